"""The benchmark corpus generator: deterministic, in the dev-set style, and
its command line."""
from __future__ import annotations

import re
import subprocess
import sys

from graph.bench.generate import document, write_corpus
from graph.bench.prose import roman
from graph.bench.world import Locality, central_directive, officials, term_of

PARTY_SYMBOL = re.compile(r"\b\d{1,3}-(NQ|CT|KH|KL|QĐ|CTr)/(TW|TU|QU|HU)\b")


def test_same_seed_and_index_give_the_same_document():
    assert document(7, 12) == document(7, 12)


def test_another_seed_gives_another_document():
    assert document(7, 12) != document(8, 12)


def test_a_document_does_not_depend_on_the_ones_before_it(tmp_path):
    write_corpus(tmp_path / "all", 3, seed=5)
    write_corpus(tmp_path / "last", 1, seed=5, start=2)
    assert (tmp_path / "all" / "gen_0000002.txt").read_text() == (tmp_path / "last" / "gen_0000002.txt").read_text()


def test_every_document_cites_party_style_directives():
    assert all(PARTY_SYMBOL.search(document(3, index)) for index in range(20))


def test_corpus_files_are_named_by_index(tmp_path):
    paths = write_corpus(tmp_path, 2, seed=1, start=10)
    assert [p.name for p in paths] == ["gen_0000010.txt", "gen_0000011.txt"]


def test_a_numbered_district_keeps_its_name_as_written():
    district = Locality("thành phố", "Hồ Chí Minh", "quận", "Quận 3")
    assert (district.place, district.committee_full, district.party_code) == ("Quận 3", "Quận ủy Quận 3", "QU")


def test_a_named_district_is_preceded_by_its_kind():
    district = Locality("tỉnh", "Nghệ An", "huyện", "Nam Đàn")
    assert (district.place, district.committee_full, district.province_committee_full) == (
        "huyện Nam Đàn", "Huyện ủy Nam Đàn", "Tỉnh ủy Nghệ An")


def test_the_district_secretary_sits_on_the_provincial_standing_committee():
    district = Locality("tỉnh", "Nghệ An", "huyện", "Nam Đàn")
    posts = officials(7, district, 2020)["secretary"].posts
    assert posts == [("Ủy viên Ban Thường vụ", "Tỉnh ủy Nghệ An"), ("Bí thư", "Huyện ủy Nam Đàn")]


def test_central_directives_carry_the_central_code():
    assert central_directive(7, 0).symbol.endswith("/TW")


def test_term_numbers_are_roman():
    assert [roman(n) for n in (4, 9, 14, 25, 39)] == ["IV", "IX", "XIV", "XXV", "XXXIX"]


def test_a_year_falls_in_its_local_period_and_central_term():
    assert term_of(2018) == (2015, 2020, "XII")


def test_the_command_line_writes_the_documents(tmp_path):
    done = subprocess.run([sys.executable, "-m", "graph.bench.generate", str(tmp_path / "out"), "--docs", "3"],
                          capture_output=True, text=True)
    assert done.returncode == 0
    assert done.stdout.startswith("wrote 3 documents")
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "gen_0000000.txt", "gen_0000001.txt", "gen_0000002.txt"]


def test_the_command_line_refuses_a_file_as_output_folder(tmp_path):
    target = tmp_path / "file.txt"
    target.write_text("x")
    done = subprocess.run([sys.executable, "-m", "graph.bench.generate", str(target), "--docs", "1"],
                          capture_output=True, text=True)
    assert (done.returncode, done.stderr.strip()) == (2, f"generate: error: {target}: not a directory")
