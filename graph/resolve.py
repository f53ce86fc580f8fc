"""Entity resolution: which node a name in a document stands for.

People resolve by name slug plus the place the record ties them to (never
by what other documents were built before); organisations by name and scope (national, province, locality);
directives by issuer, type, number and year or term. Lookups go to the
store, so a document joins the nodes of the documents built before it; every
join with another document's node is returned as a `Merge` with its reason.
"""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass, field
from typing import Callable

from extract.tables import load_table
from extract.text import name_key, search_key

from . import iris
from .labels import body_full_name
from .namespaces import VNKG, sparql_prefixes

Lookup = Callable[[str], list[dict[str, str]]]


@dataclass
class Merge:
    """Why `surface` in this document was joined to `entity`, first seen elsewhere."""

    entity: str
    rule: str
    reason: str
    surface: str


@dataclass
class DocumentScope:
    """Where the document stands: its locality and province, as comparison keys."""

    doc_iri: str
    graph_iri: str
    locality: str | None = None
    province: str | None = None
    level: str | None = None

    @property
    def locality_key(self) -> str | None:
        return search_key(self.locality) if self.locality else None

    @property
    def province_key(self) -> str | None:
        return search_key(self.province) if self.province else None


def _literal(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def canonical_symbol(symbol: str) -> str:
    """26-NQ/TƯ → 26-NQ/TW; 07-TT/QU → 7-TT/QU; 01/2021/NQ-HĐND → 1/2021/NQ-HĐND."""
    symbol = " ".join(symbol.split()).replace("TƯ", "TW")
    return re.sub(r"(?<![\d])0+(?=\d)", "", symbol)


@lru_cache(maxsize=1)
def _scope_keys() -> tuple[tuple[str, ...], frozenset[str], tuple[str, ...], tuple[str, ...]]:
    """The organisation_scope table as search keys, computed once: (unit words,
    longest first; central names; central endings; province-leading words)."""
    table = load_table("organisation_scope")
    return (tuple(sorted((search_key(w) for w in table["unit_words"]), key=len, reverse=True)),
            frozenset(search_key(n) for n in table["central_names"]),
            tuple(search_key(e) for e in table["central_endings"]),
            tuple(search_key(w) for w in table["province_leading"]))


@lru_cache(maxsize=4096)
def _place_core(place: str) -> str:
    """"quận Hà Đông" → "ha dong": the proper name without its unit word."""
    key = search_key(place)
    for w in _scope_keys()[0]:
        if key.startswith(w + " "):
            return key[len(w) + 1:]
    return key


def _contains_words(haystack: str, needle: str) -> bool:
    return bool(needle) and re.search(rf"(?<!\w){re.escape(needle)}(?!\w)", haystack) is not None


@dataclass
class Resolver:
    """Resolves the names of one document against what the store already holds."""

    lookup: Lookup
    scope: DocumentScope
    merges: list[Merge] = field(default_factory=list)
    _minted: dict[str, str] = field(default_factory=dict)
    anchors: dict[str, str | None] = field(default_factory=dict)

    # ---------------------------------------------------------------- organisations

    def organisation_scope(self, name: str, level: str | None) -> tuple[str | None, str | None]:
        """(the place a body's IRI is scoped to, its anchor): the place is None
        for a national body or a name that already says where it is; the
        anchor says which of the document's places the body belongs to:
        "locality", "province", None (national, or no place known), or
        "fallback" (a province body scoped to the locality for want of its province)."""
        _, central_names, central_endings, province_leading = _scope_keys()
        key = search_key(name)
        if level == "central" or key in central_names or any(key.endswith(" " + e) for e in central_endings):
            return None, None
        for place, anchor in ((self.scope.locality, "locality"), (self.scope.province, "province")):
            if place and _contains_words(key, _place_core(place)):
                return None, anchor
        province_level = level == "province" or any(
            key == w or key.startswith(w + " ") for w in province_leading)
        if province_level and self.scope.province and self.scope.level not in ("province", "central"):
            return self.scope.province, "province"
        if province_level and self.scope.level not in ("province", "central"):
            # A city's committee named in a district document whose city is not
            # known: kept apart per district, but it is not the district's body.
            return self.scope.locality, ("fallback" if self.scope.locality else None)
        return self.scope.locality, ("locality" if self.scope.locality else None)

    def organisation(self, name: str, level: str | None = None) -> tuple[str, str]:
        """(the body's IRI, its full name): "Quận ủy" in a Quận 9 document is
        id:org/quan-uy-quan-9, "Quận ủy Quận 9"."""
        place, anchor = self.organisation_scope(name, level)
        if anchor == "fallback":
            full, anchor = body_full_name(name, None), None
            node = iris.organisation(f"{iris.slug(full)}-{iris.slug(place)}")
        else:
            full = body_full_name(name, place)
            node = iris.organisation(iris.slug(full))
        self.anchors[node] = anchor
        return node, full

    # ---------------------------------------------------------------- people

    def person_context(self, post_organisations: list[str | None]) -> tuple[str | None, str]:
        """The place a person is known by in this document, from the record
        alone (so that build order never matters): a post in a local body →
        the document's locality; else a post in a province body → its
        province; a post with no body → the document's locality, else its
        province; posts only in national bodies, or no post at all → none (a
        name given without any post ties nobody to a place: national figures
        are named this way in local reports)."""
        anchors = {self.anchors.get(o) if o else "document" for o in post_organisations}
        loc, prov = self.scope.locality, self.scope.province
        if "locality" in anchors and loc:
            return loc, "same-locality"
        if "province" in anchors and prov:
            return prov, "same-province"
        if not post_organisations:
            return None, "no-post"
        if anchors <= {None}:
            return None, "national-post"
        if loc:
            return loc, "same-locality"
        if prov:
            return prov, "same-province"
        return None, "no-local-context"

    def person(self, name: str, post_organisations: list[str | None]) -> str:
        """A person's IRI: the name's slug, plus the slug of the place the
        person is known by (person_context), if any. Names that differ only
        in tone-mark placement or case share a slug and so a node."""
        key = name_key(name)
        if key in self._minted:
            return self._minted[key]
        place, rule = self.person_context(post_organisations)
        node = iris.person(iris.slug(name) + (f"-{iris.slug(place)}" if place else ""))
        if self._subject_exists(node):
            why = {"same-locality": f"both are named in documents about '{place}'",
                   "same-province": f"both are named in documents of '{place}'",
                   "national-post": "both hold posts only in national bodies",
                   "no-post": "neither is given a post that ties them to a place",
                   "no-local-context": "neither document gives a locality or province"}[rule]
            self.merges.append(Merge(node, rule, f"same name key '{key}'; {why}", name))
        self._minted[key] = node
        return node

    def _elsewhere(self, n: int, node: str) -> str:
        """`node` described by a document graph other than this document's own
        (its previous build: graph.entities), so a rebuild resolves exactly as
        the first build did."""
        return (f"GRAPH ?g{n} {{ ?claim{n} <{VNKG.about.value}> {node} }} "
                f"FILTER(?g{n} != <{self.scope.graph_iri}>)")

    def _subject_exists(self, node: str) -> bool:
        return bool(self.lookup(f"ASK {{ {self._elsewhere(0, f'<{node}>')} }}"))

    # ---------------------------------------------------------------- directives

    def directive(self, issuer: str | None, type_code: str, number: str,
                  year: int | None, term: str | None, symbol: str) -> str:
        qualifier = str(year) if year else (term or None)
        memo = f"{issuer}|{type_code}|{number}|{qualifier}"
        if memo in self._minted:
            return self._minted[memo]
        candidates = self._directive_candidates(issuer, type_code, number)
        chosen = None
        if qualifier:
            same = [c for c, q in candidates.items() if qualifier in q]
            open_ = [c for c, q in candidates.items() if not q]
            if same:
                chosen = same[0]
            elif len(open_) == 1:
                chosen = open_[0]
                self._note_directive_merge(chosen, symbol, f"the other reference gives no year or term; this one gives {qualifier}")
        elif len(candidates) == 1:
            chosen = next(iter(candidates))
            self._note_directive_merge(chosen, symbol, "this reference gives no year or term and only one directive matches")
        if chosen is None:
            chosen = iris.directive(issuer, type_code, number, qualifier)
        self._minted[memo] = chosen
        return chosen

    def _note_directive_merge(self, node: str, symbol: str, why: str) -> None:
        self.merges.append(Merge(node, "same-identity", f"same issuer, type and number; {why}", symbol))

    def _directive_candidates(self, issuer: str | None, type_code: str, number: str) -> dict[str, set[str]]:
        issuer_pattern = (f"?d vnkg:issuerCode {_literal(issuer)} ." if issuer
                          else "FILTER NOT EXISTS { ?d vnkg:issuerCode ?anyIssuer }")
        rows = self.lookup(sparql_prefixes() + f"""
SELECT DISTINCT ?d ?year ?term WHERE {{
  ?d a vnkg:Directive ; eli:number {_literal(number)} ;
     eli:type_document <{iris.doctype_concept(type_code)}> . {issuer_pattern}
  {self._elsewhere(1, "?d")}
  OPTIONAL {{ ?d vnkg:year ?year }} OPTIONAL {{ ?d vnkg:term ?term }}
}}""")
        found: dict[str, set[str]] = {}
        for row in rows:
            quals = found.setdefault(row["d"], set())
            quals.update(v for v in (row.get("year"), row.get("term")) if v)
        return found
