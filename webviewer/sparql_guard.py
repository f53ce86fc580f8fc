"""What the public endpoint refuses before a query reaches the store.

SERVICE would make the server itself fetch any URL a visitor names (a
request forgery into the network the server sits in), so federated queries
are refused. The check is lexical: the keyword is looked for outside strings,
IRIs and comments, so a label or IRI that merely contains "service" passes.
"""
from __future__ import annotations

import re

_TOKENS = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"'
    r"|'(?:[^'\\\n]|\\.)*'"
    r"|<[^<>\"{}|^`\\\s]*>"
    r"|#[^\n]*"
    r"|(?<![\w:?$])(?P<service>SERVICE)(?![\w:-])",
    re.IGNORECASE | re.DOTALL,
)


class FederatedQueryRefused(ValueError):
    """A query with SERVICE: this endpoint does not fetch other endpoints."""


def refuse_federation(query: str) -> None:
    """Raise FederatedQueryRefused when `query` uses SERVICE outside strings, IRIs and comments."""
    for match in _TOKENS.finditer(query):
        if match.group("service"):
            raise FederatedQueryRefused(
                "SERVICE (federated query) is not allowed: this endpoint only queries its own graph")
