"""Print the extractor's scores on the held-out documents, per field
(`python -m tests.extract.heldout_report`)."""
from __future__ import annotations

import json
from pathlib import Path

from extract import extract_file

from ._record_score import score

HELDOUT = Path(__file__).parent / "heldout"


def main() -> None:
    pairs = [(json.loads(p.read_text(encoding="utf-8")), extract_file(p.with_suffix(".txt")))
             for p in sorted(HELDOUT.glob("*.json"))]
    print(f"{'field':20s} {'P':>6s} {'R':>6s} {'F1':>6s}")
    for field, (p, r, f) in score(pairs).items():
        print(f"{field:20s} {p:6.3f} {r:6.3f} {f:6.3f}")


if __name__ == "__main__":
    main()
