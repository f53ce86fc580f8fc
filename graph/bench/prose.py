"""Phrases the generated documents are made of: dates, officials with their
titles before or after the name, directive references in Party and State
style, implementation phrases and filler paragraphs."""
from __future__ import annotations

import random
from functools import lru_cache

from .world import Directive, Locality, Official, table, topic

WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
ROMAN = [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def roman(number: int) -> str:
    out = ""
    for value, letters in ROMAN:
        while number >= value:
            out += letters
            number -= value
    return out


def dateline(rng: random.Random, day: int, month: int, year: int) -> str:
    """The line a news page or report opens with."""
    style = rng.randrange(3)
    if style == 0:
        return f"{rng.choice(WEEKDAYS)}, ngày {day} tháng {month} năm {year}"
    if style == 1:
        return f"Ngày đăng {day:02d}/{month:02d}/{year} | {rng.randint(7, 21):02d}:{rng.randint(0, 59):02d}"
    return f"{day:02d}/{month:02d}/{year} - {rng.randint(7, 21):02d}:{rng.randint(0, 59):02d}"


def date_in_text(rng: random.Random, day: int, month: int, year: int) -> str:
    if rng.random() < 0.5:
        return f"ngày {day}/{month}/{year}"
    return f"ngày {day} tháng {month} năm {year}"


def official(rng: random.Random, person: Official, locality: Locality) -> str:
    """"Nguyễn Văn A - Bí thư Quận ủy", or "Bí thư Quận ủy Nguyễn Văn A"."""
    titles = [_short_title(title, organisation, locality) for title, organisation in person.posts]
    if rng.random() < 0.75:
        return f"{person.name}{rng.choice([' - ', ' – ', ', '])}{', '.join(titles)}"
    return f"{titles[-1]} {person.name}"


def _short_title(title: str, organisation: str, locality: Locality) -> str:
    # Documents name the home locality's bodies without the place name.
    for full, short in ((locality.committee_full, locality.committee),
                        (f"Ủy ban nhân dân {locality.place}", "UBND " + locality.kind),
                        (f"Hội đồng nhân dân {locality.place}", "HĐND " + locality.kind)):
        if organisation == full:
            return f"{title} {short}"
    return f"{title} {organisation}"


def reference(rng: random.Random, directive: Directive, with_subject: bool = True) -> str:
    """A directive as running text cites it, Party style."""
    text = f"{directive.type_word} số {directive.symbol}" if rng.random() < 0.8 else \
        f"{directive.type_word} {directive.symbol}"
    if rng.random() < 0.6:
        text += " " + date_in_text(rng, directive.day, directive.month, directive.year)
    text += f" của {directive.issuer}"
    if with_subject:
        text += f" về {directive.subject}"
    return text


def state_reference(rng: random.Random, locality: Locality, year: int) -> str:
    """A State document: a decision or plan of the people's committee, or a decree."""
    kind = rng.randrange(3)
    if kind == 0:
        return (f"Quyết định số {rng.randint(100, 9999)}/QĐ-UBND ngày {rng.randint(1, 28)}/{rng.randint(1, 12)}/{year} "
                f"của Ủy ban nhân dân {locality.province_place}")
    if kind == 1:
        return f"Kế hoạch số {rng.randint(1, 400)}/KH-UBND của Ủy ban nhân dân {locality.place}"
    return f"Nghị định số {rng.randint(1, 180)}/{year - rng.randint(0, 3)}/NĐ-CP của Chính phủ"


def implements_phrase(rng: random.Random, plan: Directive, target: Directive) -> str:
    """A sentence saying that `plan` carries out `target`."""
    style = rng.randrange(3)
    if style == 0:
        return (f"Thực hiện {reference(rng, target)}, {plan.issuer} đã ban hành "
                f"{plan.type_word} số {plan.symbol} để triển khai thực hiện trên địa bàn.")
    if style == 1:
        return (f"{plan.type_word} số {plan.symbol} của {plan.issuer} về việc thực hiện "
                f"{reference(rng, target, with_subject=rng.random() < 0.5)} đã được quán triệt đến toàn thể cán bộ, đảng viên.")
    return (f"Để cụ thể hóa {reference(rng, target, with_subject=False)}, {plan.issuer} ban hành "
            f"{plan.type_word} số {plan.symbol} với nhiều nhiệm vụ, giải pháp cụ thể.")


@lru_cache(maxsize=None)
def _sentences() -> list[str]:
    return [row["sentence"] for row in table("sentences")]


def paragraph(rng: random.Random, locality: Locality, year: int) -> str:
    sentences = rng.sample(_sentences(), rng.randint(3, 6))
    return " ".join(s.format(place=locality.place, topic=topic(rng), n=rng.randint(2, 150),
                             pct=f"{rng.randint(60, 120)},{rng.randint(0, 9)}", year=year)
                    for s in sentences)
