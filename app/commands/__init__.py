"""CLI sub-commands, one module per topic; each exposes `register(subparsers)`."""
