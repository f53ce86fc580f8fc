"""The vnkg web viewer: a Flask application over the store (read-only)."""
from __future__ import annotations


def create_app(store_location: str | None = None, config: dict | None = None):
    """See :func:`webviewer.app.create_app`."""
    from .app import create_app as factory
    return factory(store_location, config)
