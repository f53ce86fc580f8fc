"""The vnkg web viewer: a Flask application over the store (read-only)."""
