"""Score extraction records against gold records, field by field.

A faithful copy of the matching rules of the project's evaluation scorer
(`eval/score.py` in the shared evaluation data, standard library only), so
that tests can score our own held-out set without reading outside the
repository. Keep it in step with that scorer: names fold case, diacritics,
tone-mark placement and a few abbreviations; roles and organisations match
when the prediction contains all of the gold words; directives match on
type, number and issuer (issuer ignored where the gold one is null).
"""
from __future__ import annotations

import re
import unicodedata

ABBREVIATIONS = {
    "ubnd": "ủy ban nhân dân", "hđnd": "hội đồng nhân dân", "mttq": "mặt trận tổ quốc",
    "ubkt": "ủy ban kiểm tra", "bch": "ban chấp hành", "btv": "ban thường vụ",
    "uvtv": "ủy viên ban thường vụ", "bct": "bộ chính trị", "bbt": "ban bí thư",
    "tw": "trung ương", "tư": "trung ương",
}

FIELDS = ["directives", "people", "posts", "organisations", "meetings",
          "meeting_chairs", "meeting_attendees", "implements", "document_date"]


def fold(text) -> str:
    if not text:
        return ""
    words = unicodedata.normalize("NFC", str(text)).lower().split()
    words = [ABBREVIATIONS.get(w.strip(".,;:()"), w) for w in words]
    text = " ".join(words).replace("đ", "d")
    text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w/]+", " ", text).split())


def tokens(text) -> frozenset[str]:
    return frozenset(fold(text).split())


def directive_key(d):
    if isinstance(d, str):
        d = {"symbol": d}
    typ, num, issuer = d.get("type"), d.get("number"), d.get("issuer")
    symbol = d.get("symbol") or ""
    if (not typ or not num) and symbol:
        m = re.match(r"\s*0*(\d+)\s*[-–]?\s*([^/\s\d-]+)\s*(?:/\s*(\S+))?\s*$", symbol)
        if not m:
            m = re.match(r"\s*0*(\d+)\s*/(?:\s*\d{4}\s*/)?\s*([^-\s]+)\s*-\s*(\S+)", symbol)
        if m:
            num, typ, issuer = m.group(1), m.group(2), issuer or m.group(3)
    if not typ or num is None:
        return None
    num = str(num).lstrip("0") or "0"
    issuer_key = fold(issuer).replace(" ", "") if issuer and str(issuer) != "?" else None
    if issuer_key == "trunguong":
        issuer_key = "tw"
    return (fold(typ).replace(" ", ""), num, issuer_key)


def directive_match(gold, pred) -> bool:
    return gold is not None and pred is not None and gold[:2] == pred[:2] and (gold[2] is None or gold[2] == pred[2])


def _source_key(s):
    return "document" if (s is None or str(s).strip().lower() == "document") else directive_key(s)


def _source_match(gold, pred) -> bool:
    if gold == "document" or pred == "document":
        return gold == pred
    return directive_match(gold, pred)


def _greedy(gold_items, pred_items, match, cost=None) -> int:
    used = [False] * len(pred_items)
    tp = 0
    order = sorted(range(len(gold_items)), key=lambda i: -len(str(gold_items[i]))) if cost else range(len(gold_items))
    for gi in order:
        best = None
        for i, p in enumerate(pred_items):
            if not used[i] and match(gold_items[gi], p):
                if cost is None:
                    best = i
                    break
                if best is None or cost(gold_items[gi], p) < cost(gold_items[gi], pred_items[best]):
                    best = i
        if best is not None:
            used[best] = True
            tp += 1
    return tp


def _extra_words(gold, pred) -> int:
    g = gold[-1] if isinstance(gold, tuple) else gold
    p = pred[-1] if isinstance(pred, tuple) else pred
    return len(p - g)


def _dedupe(items):
    out = []
    for item in items:
        if item not in out:
            out.append(item)
    return out


class Tally:
    def __init__(self):
        self.tp = self.npred = self.ngold = 0

    def add(self, tp, npred, ngold):
        self.tp += tp
        self.npred += npred
        self.ngold += ngold

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / self.npred if self.npred else (1.0 if not self.ngold else 0.0)
        r = self.tp / self.ngold if self.ngold else (1.0 if not self.npred else 0.0)
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _posts(record):
    return _dedupe([(fold(person.get("name")), tokens(f"{post.get('role', '')} {post.get('organisation', '')}"))
                    for person in record.get("people", []) for post in person.get("posts", []) or []])


def _meeting_key(m):
    return (fold(m.get("kind")), str(m.get("number")), tokens(m.get("body")))


def score_document(gold: dict, pred: dict, tally: dict[str, Tally]) -> None:
    g = _dedupe([k for k in map(directive_key, gold.get("directives", [])) if k])
    p = _dedupe([k for k in map(directive_key, pred.get("directives", [])) if k])
    tally["directives"].add(_greedy(g, p, directive_match), len(p), len(g))

    g = _dedupe([fold(x.get("name")) for x in gold.get("people", []) if x.get("name")])
    p = _dedupe([fold(x.get("name")) for x in pred.get("people", []) if x.get("name")])
    tally["people"].add(_greedy(g, p, lambda a, b: a == b), len(p), len(g))

    g, p = _posts(gold), _posts(pred)
    tally["posts"].add(_greedy(g, p, lambda a, b: a[0] == b[0] and a[1] <= b[1], _extra_words), len(p), len(g))

    g = _dedupe([tokens(x.get("name")) for x in gold.get("organisations", []) if x.get("name")])
    p = _dedupe([tokens(x.get("name")) for x in pred.get("organisations", []) if x.get("name")])
    tally["organisations"].add(_greedy(g, p, lambda a, b: a <= b, _extra_words), len(p), len(g))

    gm, pm = gold.get("meetings", []), pred.get("meetings", [])
    used = [False] * len(pm)
    tp = 0
    for gi in gm:
        gk = _meeting_key(gi)
        for i, pi in enumerate(pm):
            pk = _meeting_key(pi)
            if not used[i] and gk[0] == pk[0] and gk[1] == pk[1] and gk[2] <= pk[2]:
                used[i] = True
                tp += 1
                for field in ("chairs", "attendees"):
                    gs = set(fold(x) for x in gi.get(field, []) or [])
                    ps = set(fold(x) for x in pi.get(field, []) or [])
                    tally[f"meeting_{field}"].add(len(gs & ps), len(ps), len(gs))
                break
        else:
            for field in ("chairs", "attendees"):
                tally[f"meeting_{field}"].add(0, 0, len(gi.get(field, []) or []))
    for i, pi in enumerate(pm):
        if not used[i]:
            for field in ("chairs", "attendees"):
                tally[f"meeting_{field}"].add(0, len(pi.get(field, []) or []), 0)
    tally["meetings"].add(tp, len(pm), len(gm))

    def pairs(record):
        return _dedupe([(_source_key(x.get("source")), directive_key(x.get("target") or ""))
                        for x in record.get("implements", [])])

    g, p = pairs(gold), pairs(pred)
    tally["implements"].add(
        _greedy(g, p, lambda a, b: _source_match(a[0], b[0]) and directive_match(a[1], b[1])), len(p), len(g))

    gd = (gold.get("document") or {}).get("date")
    pd = (pred.get("document") or {}).get("date")
    if gd or pd:
        tally["document_date"].add(int(bool(gd) and gd == pd), int(bool(pd)), int(bool(gd)))


def score(pairs) -> dict[str, tuple[float, float, float]]:
    """(precision, recall, F1) per field and "micro" over all, for (gold, predicted) record pairs."""
    tally = {f: Tally() for f in FIELDS}
    for gold, pred in pairs:
        score_document(gold, pred, tally)
    total = Tally()
    for t in tally.values():
        total.add(t.tp, t.npred, t.ngold)
    result = {f: tally[f].prf() for f in FIELDS}
    result["micro"] = total.prf()
    return result
