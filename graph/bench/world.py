"""The generator's deterministic world: localities, their bodies, the officials
who hold posts in each term, and the directives issued at each level.

Everything is drawn from the tables in `data/tables/bench/` with a random
generator seeded by (seed, what is drawn), so any document can be rendered on
its own and the same seed always gives the same world.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from functools import lru_cache

from extract.tables import load_table

# How many directives each issuer has in the world; enough that references
# spread over many nodes, few enough that documents share them.
CENTRAL_DIRECTIVES = 400
PROVINCE_DIRECTIVES = 120
DISTRICT_DIRECTIVES = 60


def table(name: str):
    return load_table(f"bench/{name}")


def seeded(seed: int, *key) -> random.Random:
    """A generator for one thing of the world, independent of every other."""
    return random.Random("/".join(str(part) for part in (seed, *key)))


@dataclass(frozen=True)
class Locality:
    """A district (or provincial city) and the province it lies in."""
    province_kind: str
    province: str
    kind: str
    name: str

    @property
    def key(self) -> str:
        return f"{self.province}/{self.kind}/{self.name}"

    @property
    def place(self) -> str:
        """How running text names it: "quận Hai Bà Trưng", "Quận 9"."""
        if self.name.lower().startswith(self.kind + " "):
            return self.name
        return f"{self.kind} {self.name}"

    @property
    def province_place(self) -> str:
        if self.province_kind == "thành phố":
            return f"Thành phố {self.province}"
        return f"tỉnh {self.province}"

    @property
    def committee(self) -> str:
        return levels()["district"][self.kind]["committee"]

    @property
    def committee_full(self) -> str:
        """"Quận ủy Quận 9", "Huyện ủy Nam Đàn"."""
        short = self.name[len(self.kind) + 1:] if self.name.lower().startswith(self.kind + " ") else self.name
        return f"{self.committee} {self.name if short.isdigit() else short}"

    @property
    def party_code(self) -> str:
        return levels()["district"][self.kind]["party_code"]

    @property
    def province_committee(self) -> str:
        return levels()["province"][self.province_kind]["committee"]

    @property
    def province_committee_full(self) -> str:
        return f"{self.province_committee} {self.province}"


@dataclass
class Official:
    name: str
    posts: list[tuple[str, str]] = field(default_factory=list)  # (title, organisation)


@dataclass(frozen=True)
class Directive:
    type_word: str
    code: str
    symbol: str
    day: int
    month: int
    year: int
    issuer: str
    subject: str
    implements: "Directive | None" = None


@lru_cache(maxsize=None)
def levels() -> dict:
    return table("levels")


@lru_cache(maxsize=None)
def localities() -> tuple[Locality, ...]:
    return tuple(Locality(r["province_kind"], r["province"], r["district_kind"], r["district"])
                 for r in table("localities"))


@lru_cache(maxsize=None)
def _names() -> tuple:
    surnames = table("surnames")
    weights = [int(r["weight"]) for r in surnames]
    middles = {sex: [r["middle"] for r in table("middle_names") if r["sex"] in (sex, "any")] for sex in "mf"}
    givens = {sex: [r["given"] for r in table("given_names") if r["sex"] == sex] for sex in "mf"}
    return [r["surname"] for r in surnames], weights, middles, givens


def person_name(rng: random.Random) -> str:
    surnames, weights, middles, givens = _names()
    sex = rng.choice("mf")
    return f"{rng.choices(surnames, weights)[0]} {rng.choice(middles[sex])} {rng.choice(givens[sex])}"


@lru_cache(maxsize=None)
def _subjects() -> tuple[list[str], list[str]]:
    return [r["action"] for r in table("directive_actions")], [r["topic"] for r in table("topics")]


def topic(rng: random.Random) -> str:
    return rng.choice(_subjects()[1])


def subject(rng: random.Random) -> str:
    actions, topics = _subjects()
    return f"{rng.choice(actions)} {rng.choice(topics)}"


def bodies(locality: Locality, level: str) -> list[dict]:
    """The locality's bodies at `level` (district or province) with names filled in."""
    if level == "district":
        committee, place = locality.committee_full, locality.place
        people = f"Ủy ban nhân dân {locality.place}"
    else:
        committee, place = locality.province_committee_full, locality.province_place
        people = f"Ủy ban nhân dân {locality.province_place}"
    filled = []
    for row in table("bodies"):
        if row["level"] not in ("both", level):
            continue
        parent = {"committee": committee, "people": people, "none": None}[row["parent"]]
        filled.append({"name": row["pattern"].format(committee=committee, place=place),
                       "parent": parent, "head": row["head"], "deputy": row["deputy"]})
    return filled


@lru_cache(maxsize=4096)
def officials(seed: int, locality: Locality, period: int) -> dict[str, Official]:
    """Who holds which post in the locality during a term: the leaders by
    role ("secretary", "deputy", ...) and every body's head and deputy."""
    rng = seeded(seed, "officials", locality.key, period)
    committee = locality.committee_full
    people_committee = f"Ủy ban nhân dân {locality.place}"
    council = f"Hội đồng nhân dân {locality.place}"
    cast = {
        "secretary": Official(person_name(rng), [("Ủy viên Ban Thường vụ", locality.province_committee_full),
                                                  ("Bí thư", committee)]),
        "standing_deputy": Official(person_name(rng), [("Phó Bí thư Thường trực", committee),
                                                        ("Chủ tịch", council)]),
        "deputy": Official(person_name(rng), [("Phó Bí thư", committee), ("Chủ tịch", people_committee)]),
        "vice_chair": Official(person_name(rng), [("Ủy viên Ban Thường vụ", committee),
                                                   ("Phó Chủ tịch", people_committee)]),
        "province_secretary": Official(person_name(rng), [("Ủy viên Trung ương Đảng", "Ban Chấp hành Trung ương Đảng"),
                                                           ("Bí thư", locality.province_committee_full)]),
    }
    for level in ("district", "province"):
        for number, body in enumerate(bodies(locality, level)):
            cast[f"{level}:{number}:head"] = Official(person_name(rng), [(body["head"], body["name"])])
            cast[f"{level}:{number}:deputy"] = Official(person_name(rng), [(body["deputy"], body["name"])])
    return cast


def _date(rng: random.Random, year: int) -> tuple[int, int, int]:
    return rng.randint(1, 28), rng.randint(1, 12), year


@lru_cache(maxsize=None)
def central_directive(seed: int, index: int) -> Directive:
    rng = seeded(seed, "central", index)
    issuers = levels()["central_issuers"]
    code = rng.choices(["NQ", "CT", "KL", "QĐ"], [5, 3, 2, 1])[0]
    word = {"NQ": "Nghị quyết", "CT": "Chỉ thị", "KL": "Kết luận", "QĐ": "Quy định"}[code]
    day, month, year = _date(rng, rng.randint(2005, 2024))
    return Directive(word, code, f"{rng.randint(1, 99)}-{code}/TW", day, month, year,
                     rng.choice(issuers[code]), subject(rng))


@lru_cache(maxsize=65536)
def province_directive(seed: int, locality: Locality, index: int) -> Directive:
    rng = seeded(seed, "province", locality.province, index)
    code = rng.choices(["NQ", "CT", "KH", "KL", "CTr"], [3, 3, 4, 1, 2])[0]
    word = {"NQ": "Nghị quyết", "CT": "Chỉ thị", "KH": "Kế hoạch", "KL": "Kết luận",
            "CTr": "Chương trình hành động"}[code]
    issuer = ("Ban Chấp hành " if code == "NQ" else "Ban Thường vụ ") + locality.province_committee_full
    parent = central_directive(seed, rng.randrange(CENTRAL_DIRECTIVES)) if code in ("KH", "CTr") else None
    day, month, year = _date(rng, parent.year + rng.randint(0, 1) if parent else rng.randint(2005, 2024))
    topic_text = f"thực hiện {parent.type_word} số {parent.symbol}" if parent else subject(rng)
    return Directive(word, code, f"{rng.randint(1, 450)}-{code}/{levels()['province'][locality.province_kind]['party_code']}",
                     day, month, year, issuer, topic_text, parent)


@lru_cache(maxsize=65536)
def district_directive(seed: int, locality: Locality, index: int) -> Directive:
    rng = seeded(seed, "district", locality.key, index)
    code = rng.choices(["KH", "CTr", "NQ", "CT"], [6, 2, 1, 1])[0]
    word = {"NQ": "Nghị quyết", "CT": "Chỉ thị", "KH": "Kế hoạch", "CTr": "Chương trình"}[code]
    if code in ("KH", "CTr"):
        parent = (province_directive(seed, locality, rng.randrange(PROVINCE_DIRECTIVES)) if rng.random() < 0.6
                  else central_directive(seed, rng.randrange(CENTRAL_DIRECTIVES)))
    else:
        parent = None
    issuer = ("Ban Chấp hành Đảng bộ " + locality.place if code == "NQ"
              else "Ban Thường vụ " + locality.committee_full)
    day, month, year = _date(rng, parent.year + rng.randint(0, 1) if parent else rng.randint(2005, 2024))
    topic_text = f"thực hiện {parent.type_word} số {parent.symbol}" if parent else subject(rng)
    return Directive(word, code, f"{rng.randint(1, 300)}-{code}/{locality.party_code}",
                     day, month, year, issuer, topic_text, parent)


def term_of(year: int) -> tuple[int, int, str]:
    """The local period (from, to) and central term (khóa) a year falls in."""
    periods = levels()["local_periods"]
    period = next((p for p in periods if p["from"] <= year < p["to"]), periods[-1])
    central = next((t for t in levels()["central_terms"] if t["from"] <= year <= t["to"]),
                   levels()["central_terms"][-1])
    return period["from"], period["to"], central["term"]
