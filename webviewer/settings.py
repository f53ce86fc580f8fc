"""Default settings of the viewer; `create_app(config=...)` or VNKG_* environment variables override them."""
from __future__ import annotations

import os

DEFAULTS = {
    # SPARQL endpoint limits: a query running longer is answered 503, and
    # results beyond the cap are cut (the response says so in a header).
    "SPARQL_TIMEOUT_SECONDS": 10.0,
    "SPARQL_ROW_CAP": 10000,
    # Entity IRIs under this base dereference at /id/<rest> (the graph's data
    # base, $VNKG_BASE; see docs/ontology.md).
    "ENTITY_BASE": None,
    # The network view draws at most this many nodes and says when it stops.
    "NETWORK_NODE_CAP": 120,
    "SEARCH_RESULT_LIMIT": 50,
    "DEFAULT_LANGUAGE": "vi",
}

_ENVIRONMENT = {
    "SPARQL_TIMEOUT_SECONDS": ("VNKG_SPARQL_TIMEOUT", float),
    "SPARQL_ROW_CAP": ("VNKG_SPARQL_ROW_CAP", int),
    "NETWORK_NODE_CAP": ("VNKG_NETWORK_NODE_CAP", int),
}


def settings(overrides: dict | None = None) -> dict:
    """The defaults, then the environment, then explicit overrides."""
    values = dict(DEFAULTS)
    for key, (variable, convert) in _ENVIRONMENT.items():
        if os.environ.get(variable):
            values[key] = convert(os.environ[variable])
    values.update(overrides or {})
    if not values["ENTITY_BASE"]:
        from graph.namespaces import data_base
        values["ENTITY_BASE"] = data_base()
    return values
