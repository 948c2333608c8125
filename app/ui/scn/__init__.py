"""The SCN tab: set-up (members, parameters, rotation, validation, apply) and overview."""
