"""Commissioner: commission EV chargers on site."""

from __future__ import annotations

from importlib import metadata

APP_NAME = "Commissioner"
BUNDLE_ID = "io.commissioner.app"

try:
    __version__ = metadata.version("commissioner")
except metadata.PackageNotFoundError:  # running from a source tree without install
    __version__ = "0.1.0"
