"""Widgets, wizard pages, models, plots, dialogs (Qt)."""
