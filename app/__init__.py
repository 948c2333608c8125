"""Commissioner: commission EV chargers on site."""

from __future__ import annotations

APP_NAME = "Commissioner"
BUNDLE_ID = "io.commissioner.app"

# Written here and in pyproject.toml (a test holds them equal): reading the installed metadata
# instead would cost every command's start-up the import of importlib.metadata.
__version__ = "0.1.0"
