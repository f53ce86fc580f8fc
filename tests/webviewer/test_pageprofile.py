"""The page profile (python -m webviewer.pageprofile): one line per kind of
entity page with its times and queries per page, the searches, and a one-line
error for a missing store."""
from __future__ import annotations

import re

from webviewer.pageprofile import main


def test_profile_reports_every_kind_of_page_and_the_searches(store_dir, capsys):
    assert main(["--store", str(store_dir), "--pages", "2"]) == 0
    lines = capsys.readouterr().out.splitlines()
    kinds = [line.split(":")[0] for line in lines if re.match(r"^\w+: \d+ pages, mean ", line)]
    assert kinds == ["person", "organisation", "directive", "meeting", "document"]
    assert [line.split(":")[0] for line in lines if line.startswith("search '")] == [
        "search 'Nguyễn'", "search 'Nghị quyết'", "search 'Ban Tuyên giáo'", "search 'ubnd quan'",
        "search '26-NQ/TW'"]
    assert re.fullmatch(r"search index: \d+ entries", lines[-1])


def test_missing_store_is_a_one_line_error(tmp_path, capsys):
    assert main(["--store", str(tmp_path / "nowhere")]) == 2
    assert capsys.readouterr().err == f"pageprofile: error: {tmp_path / 'nowhere'}: no store here (run `vnkg build` first)\n"


def test_each_kind_gives_its_cpu_time_and_queries_grouped_without_their_bound_values(store_dir, capsys):
    assert main(["--store", str(store_dir), "--pages", "2"]) == 0
    lines = capsys.readouterr().out.splitlines()
    person = next(line for line in lines if line.startswith("person: "))
    assert re.search(r"\(CPU time mean \d+\.\d ms, p95 \d+\.\d ms\); queries per page", person)
    slowest = [line for line in lines if line.startswith("    ")]
    assert slowest and all("<https://" not in line for line in slowest)
    assert any("VALUES ?e {…}" in line for line in slowest)
