"""The Commissioning tab: one page per topic, built from the plan's field declarations."""
