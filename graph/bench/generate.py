"""The benchmark corpus generator: N text documents in the style of the dev
set (meeting news, reports, plans), deterministic for a seed.

    python -m graph.bench.generate OUT_DIR --docs 1000 [--seed 7]

For speed and scale only: the texts are plausible, not true, and carry no
gold annotations. Document i depends only on (seed, i), so any slice of a
corpus can be regenerated on its own.
"""
from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

from . import prose
from .world import (CENTRAL_DIRECTIVES, DISTRICT_DIRECTIVES, PROVINCE_DIRECTIVES, Locality,
                    bodies, central_directive, district_directive, localities, officials,
                    province_directive, seeded, subject, term_of)

KINDS = ("meeting", "report", "plan")


def document(seed: int, index: int) -> str:
    """The text of document `index` of the corpus of `seed`."""
    rng = seeded(seed, "document", index)
    locality = rng.choice(localities())
    year = rng.randint(2006, 2024)
    kind = rng.choices(KINDS, [5, 3, 3])[0]
    render = {"meeting": _meeting, "report": _report, "plan": _plan}[kind]
    return render(rng, seed, locality, year).strip() + "\n"


def _cited(rng: random.Random, seed: int, locality: Locality, count: int):
    """Directives a document cites: the district's own plans, the province's, the centre's."""
    picks = []
    for _ in range(count):
        level = rng.choices(("district", "province", "central"), [4, 3, 2])[0]
        if level == "district":
            picks.append(district_directive(seed, locality, rng.randrange(DISTRICT_DIRECTIVES)))
        elif level == "province":
            picks.append(province_directive(seed, locality, rng.randrange(PROVINCE_DIRECTIVES)))
        else:
            picks.append(central_directive(seed, rng.randrange(CENTRAL_DIRECTIVES)))
    return picks


def _body_people(rng: random.Random, cast: dict, count: int):
    keys = [k for k in cast if ":" in k]
    return [cast[k] for k in rng.sample(keys, count)]


def _directive_paragraphs(rng: random.Random, seed: int, locality: Locality) -> list[str]:
    out = []
    for directive in _cited(rng, seed, locality, rng.randint(2, 5)):
        if directive.implements is not None:
            out.append(prose.implements_phrase(rng, directive, directive.implements))
        else:
            out.append(f"Các cấp ủy tiếp tục quán triệt và triển khai {prose.reference(rng, directive)}.")
    if rng.random() < 0.5:
        out.append(f"Thực hiện {prose.state_reference(rng, locality, rng.randint(2006, 2024))}, "
                   f"các phòng ban chuyên môn đã triển khai đồng bộ.")
    return out


def _meeting(rng: random.Random, seed: int, locality: Locality, year: int) -> str:
    period_from, period_to, central_term = term_of(year)
    cast = officials(seed, locality, period_from)
    day, month = rng.randint(1, 28), rng.randint(1, 12)
    number = rng.randint(1, 30)
    term = prose.roman(rng.randint(5, 25) if rng.random() < 0.7 else rng.randint(10, 39))
    chairs = [cast["secretary"], cast["standing_deputy"], cast["deputy"]][: rng.randint(1, 3)]
    guests = _body_people(rng, cast, rng.randint(2, 5))
    body = f"Ban Chấp hành Đảng bộ {locality.place}"
    lines = [prose.dateline(rng, day, month, year), "",
             f"{locality.place[0].upper()}{locality.place[1:]}: {subject(rng).capitalize()}", "",
             f"{rng.choice(['Sáng', 'Chiều'])} ngày {day}/{month}/{year}, {body} khóa {term} "
             f"tổ chức Hội nghị lần thứ {number} dưới sự chủ trì của các đồng chí: "
             + "; ".join(prose.official(rng, p, locality) for p in chairs) + ".", "",
             "Tới dự hội nghị có " + "; ".join("đồng chí " + prose.official(rng, p, locality) for p in guests) + ".",
             ""]
    for text in _directive_paragraphs(rng, seed, locality):
        lines += [text, ""]
    for _ in range(rng.randint(2, 5)):
        lines += [prose.paragraph(rng, locality, year), ""]
    reporter = _body_people(rng, cast, 1)[0]
    lines += [f"Hội nghị đã nghe đồng chí {prose.official(rng, reporter, locality)} trình bày báo cáo "
              f"kết quả {rng.choice(['6 tháng đầu năm', '9 tháng', 'năm'])} {year}.", "",
              f"Phát biểu kết luận hội nghị, đồng chí {prose.official(rng, chairs[0], locality)} "
              f"đề nghị các cấp ủy, chính quyền tập trung thực hiện các nhiệm vụ trọng tâm "
              f"của nhiệm kỳ {period_from} - {period_to} và Nghị quyết Đại hội Đảng toàn quốc lần thứ "
              f"{central_term}.", ""]
    return "\n".join(lines)


def _report(rng: random.Random, seed: int, locality: Locality, year: int) -> str:
    period_from, _, _ = term_of(year)
    cast = officials(seed, locality, period_from)
    day, month = rng.randint(1, 28), rng.randint(1, 12)
    lines = [prose.dateline(rng, day, month, year), "", "BÁO CÁO", "",
             f"Kết quả thực hiện {subject(rng)} năm {year} của {locality.committee_full}", ""]
    sections = ["I. KẾT QUẢ ĐẠT ĐƯỢC", "II. HẠN CHẾ, NGUYÊN NHÂN", "III. PHƯƠNG HƯỚNG, NHIỆM VỤ"]
    directive_text = _directive_paragraphs(rng, seed, locality)
    for number, heading in enumerate(sections):
        lines += [heading, ""]
        for _ in range(rng.randint(1, 4)):
            lines += [prose.paragraph(rng, locality, year), ""]
        if number == 0:
            for text in directive_text:
                lines += [text, ""]
            for person in _body_people(rng, cast, rng.randint(1, 3)):
                lines += [f"Đồng chí {prose.official(rng, person, locality)} đã trực tiếp chỉ đạo "
                          f"việc triển khai {subject(rng)}.", ""]
    lines += [f"T/M BAN THƯỜNG VỤ {locality.committee.upper()}", "BÍ THƯ", "", cast["secretary"].name]
    return "\n".join(lines)


def _plan(rng: random.Random, seed: int, locality: Locality, year: int) -> str:
    period_from, _, _ = term_of(year)
    cast = officials(seed, locality, period_from)
    plan = district_directive(seed, locality, rng.randrange(DISTRICT_DIRECTIVES))
    target = plan.implements or province_directive(seed, locality, rng.randrange(PROVINCE_DIRECTIVES))
    lines = [f"{locality.committee.upper()} {locality.name.upper()}", f"Số {plan.symbol}", "",
             f"{locality.place[0].upper()}{locality.place[1:]}, ngày {plan.day} tháng {plan.month} năm {plan.year}",
             "", plan.type_word.upper(), f"Thực hiện {prose.reference(rng, target)}", "",
             f"Thực hiện {prose.reference(rng, target, with_subject=False)}, Ban Thường vụ "
             f"{locality.committee} xây dựng kế hoạch thực hiện như sau:", "",
             "I. MỤC ĐÍCH, YÊU CẦU", "", prose.paragraph(rng, locality, plan.year), "",
             "II. NỘI DUNG", ""]
    for text in _directive_paragraphs(rng, seed, locality):
        lines += [text, ""]
    lines += [prose.paragraph(rng, locality, plan.year), "", "III. TỔ CHỨC THỰC HIỆN", ""]
    for number, body in enumerate(bodies(locality, "district")[: rng.randint(3, 8)]):
        lines += [f"{number + 1}. {body['name']} chủ trì, phối hợp với các cơ quan liên quan "
                  f"tham mưu triển khai {subject(rng)}.", ""]
    lines += ["T/M BAN THƯỜNG VỤ", rng.choice(["BÍ THƯ", "PHÓ BÍ THƯ"]), "",
              rng.choice([cast["secretary"], cast["standing_deputy"]]).name]
    return "\n".join(lines)


def write_corpus(out_dir: Path, docs: int, seed: int = 7, start: int = 0) -> list[Path]:
    """Write documents start..start+docs-1 as OUT_DIR/gen_NNNNNNN.txt; returns their paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(start, start + docs):
        path = out_dir / f"gen_{index:07d}.txt"
        path.write_text(document(seed, index), encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m graph.bench.generate", description=__doc__.split("\n\n")[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--docs", type=int, default=100, help="how many documents [100]")
    parser.add_argument("--seed", type=int, default=7, help="random seed [7]")
    parser.add_argument("--start", type=int, default=0, help="index of the first document [0]")
    args = parser.parse_args(argv)
    if args.docs < 0 or args.start < 0:
        print("generate: error: --docs and --start must not be negative", file=sys.stderr)
        return 2
    if args.out_dir.exists() and not args.out_dir.is_dir():
        print(f"generate: error: {args.out_dir}: not a directory", file=sys.stderr)
        return 2
    paths = write_corpus(args.out_dir, args.docs, args.seed, args.start)
    size = sum(p.stat().st_size for p in paths)
    print(f"wrote {len(paths)} documents, {size / 1024:.0f} KB, to {args.out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
