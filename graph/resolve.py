"""Entity resolution: which node a name in a document stands for.

People resolve by name key (tone placement and case folded) plus shared
context; organisations by name and scope (national, province, locality);
directives by issuer, type, number and year or term. Lookups go to the
store, so a document joins the nodes of the documents built before it; every
join with another document's node is returned as a `Merge` with its reason.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable

from extract.tables import load_table
from extract.text import name_key, search_key

from . import iris
from .namespaces import sparql_prefixes

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


def _place_core(place: str) -> str:
    """"quận Hà Đông" → "ha dong": the proper name without its unit word."""
    key = search_key(place)
    for word in sorted(load_table("organisation_scope")["unit_words"], key=len, reverse=True):
        w = search_key(word)
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

    # ---------------------------------------------------------------- organisations

    def organisation_scope(self, name: str, level: str | None) -> str | None:
        """The place a body's IRI is scoped to, or None for a national body or
        a name that already says where it is."""
        table = load_table("organisation_scope")
        key = search_key(name)
        if level == "central" or key in {search_key(n) for n in table["central_names"]} or any(
                key.endswith(" " + search_key(e)) for e in table["central_endings"]):
            return None
        for place in (self.scope.locality, self.scope.province):
            if place and _contains_words(key, _place_core(place)):
                return None
        province_level = level == "province" or any(
            key == search_key(w) or key.startswith(search_key(w) + " ") for w in table["province_leading"])
        if province_level and self.scope.province and self.scope.level not in ("province", "central"):
            return self.scope.province
        return self.scope.locality

    def organisation(self, name: str, level: str | None = None) -> str:
        place = self.organisation_scope(name, level)
        local = iris.slug(name) + (f"-{iris.slug(place)}" if place else "")
        return iris.organisation(local)

    # ---------------------------------------------------------------- people

    def person(self, name: str, organisations: set[str], has_posts: bool = False) -> str:
        key = name_key(name)
        if key in self._minted:
            return self._minted[key]
        candidates = self._person_candidates(key)
        chosen = None
        for person_iri, context in sorted(candidates.items()):
            rule = self._person_rule(context, organisations, has_posts)
            if rule:
                self.merges.append(Merge(person_iri, rule[0], f"same name key '{key}'; {rule[1]}", name))
                chosen = person_iri
                break
        if chosen is None:
            chosen = self._mint_person(name, set(candidates))
        self._minted[key] = chosen
        return chosen

    def _person_rule(self, context: dict[str, set[str]], organisations: set[str],
                     has_posts: bool) -> tuple[str, str] | None:
        loc, prov = self.scope.locality_key, self.scope.province_key
        if loc and loc in context["localities"]:
            return "same-locality", f"both documents are about '{self.scope.locality}'"
        shared = organisations & context["organisations"]
        if shared:
            return "shared-organisation", f"both hold a post in <{sorted(shared)[0]}>"
        if prov and prov in context["provinces"] | context["localities"]:
            return "same-province", f"both documents are in '{self.scope.province}'"
        if not loc or not context["localities"]:
            return "no-conflicting-context", "one side has no known locality and nothing conflicts"
        if not has_posts and not context["posts"]:
            # A name given without any post anchors nobody to a place (national
            # figures are named this way in local reports): nothing tells them apart.
            return "no-local-anchor", "neither is given a post that ties them to a locality"
        return None

    def _person_candidates(self, key: str) -> dict[str, dict[str, set[str]]]:
        rows = self.lookup(sparql_prefixes() + f"""
SELECT ?p ?doc ?loc ?prov ?org ?post WHERE {{
  {self._elsewhere(1, f"?p vnkg:nameKey {_literal(key)} .")}
  OPTIONAL {{ {self._elsewhere(2, "?doc vnkg:mentions ?p . OPTIONAL { ?doc vnkg:localityKey ?loc } "
                                 "OPTIONAL { ?doc vnkg:provinceKey ?prov }")} }}
  OPTIONAL {{ {self._elsewhere(3, "?post org:member ?p . OPTIONAL { ?post org:organization ?org }")} }}
}}""")
        found: dict[str, dict[str, set[str]]] = {}
        for row in rows:
            ctx = found.setdefault(row["p"], {"docs": set(), "localities": set(),
                                              "provinces": set(), "organisations": set(), "posts": set()})
            for var, bucket in (("doc", "docs"), ("loc", "localities"), ("prov", "provinces"),
                                ("org", "organisations"), ("post", "posts")):
                if row.get(var):
                    ctx[bucket].add(row[var])
        return found

    def _mint_person(self, name: str, taken: set[str]) -> str:
        base = iris.slug(name)
        options = [base]
        if self.scope.locality:
            options.append(f"{base}-{iris.slug(self.scope.locality)}")
        options += [f"{base}-{n}" for n in range(2, 1000)]
        for local in options:
            candidate = iris.person(local)
            if candidate not in taken and not self._subject_exists(candidate):
                return candidate
        raise RuntimeError(f"no free IRI for {name}")

    def _elsewhere(self, n: int, pattern: str) -> str:
        """`pattern` matched in any graph but this document's own (its previous
        build), so a rebuild resolves exactly as the first build did."""
        return f"GRAPH ?g{n} {{ {pattern} }} FILTER(?g{n} != <{self.scope.graph_iri}>)"

    def _subject_exists(self, node: str) -> bool:
        return bool(self.lookup(f"SELECT ?p WHERE {{ {self._elsewhere(0, f'<{node}> ?p ?o')} }} LIMIT 1"))

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
SELECT ?d ?year ?term WHERE {{
  {self._elsewhere(1, f"?d a vnkg:Directive ; eli:number {_literal(number)} ; "
                      f"eli:type_document <{iris.doctype_concept(type_code)}> . {issuer_pattern}")}
  OPTIONAL {{ ?d vnkg:year ?year }} OPTIONAL {{ ?d vnkg:term ?term }}
}}""")
        found: dict[str, set[str]] = {}
        for row in rows:
            quals = found.setdefault(row["d"], set())
            quals.update(v for v in (row.get("year"), row.get("term")) if v)
        return found
