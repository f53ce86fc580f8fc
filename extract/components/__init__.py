"""spaCy components of the vnkg pipeline, one module a kind of fact.

Importing this package registers the factories named in extract.pipeline.
"""
from . import context, directives, implements, meetings, organisations, people, prepare  # noqa: F401
