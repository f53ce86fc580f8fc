"""`vnkg build` on a folder of bad files: one line per bad file naming it and
the reason, the good files still built, a non-zero exit status, and nothing
already stored lost or changed."""
import gc
import os
import re
import traceback

import pytest
from click.testing import CliRunner

import extract
import extract.ingest
from graph.cli import main
from tests.ingest.samples import REPORT, vni_bytes

from .bad_files import BAD_FILES

GOOD_A = ("Ban Chấp hành Đảng bộ huyện Sơn Khê tổ chức Hội nghị lần thứ 9 quán triệt Nghị quyết số 15-NQ/TW "
          "về công tác cán bộ.\n")
GOOD_B = ("Ban Thường vụ Đảng ủy xã Phú Lâm ban hành Kế hoạch số 12-KH/ĐU để thực hiện Chỉ thị số 08-CT/TW "
          "của Ban Bí thư.\n")
IN_FOLDER = [b for b in BAD_FILES if b.name.endswith((".txt", ".md", ".html", ".htm", ".docx"))]


def run(*args):
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    if result.exc_info:
        # The SystemExit traceback CliRunner keeps would hold the command's
        # open store; a real process would have ended and closed it.
        traceback.clear_frames(result.exc_info[2])
    gc.collect()
    return result


def error_lines(result):
    return [line for line in result.stderr.splitlines() if line.startswith("vnkg: error:")]


def dump(store):
    """Every quad of the store, sorted: what "nothing changed" compares."""
    result = run("export", "--store", str(store), "--format", "nq")
    assert result.exit_code == 0, result.output
    return sorted(line for line in result.stdout.splitlines() if line.strip())


def summary_counts(result):
    return re.search(r"(\d+) added, (\d+) updated, (\d+) unchanged.*?(\d+) failed", result.stdout).groups()


@pytest.fixture
def built(tmp_path):
    """A folder with two good reports, built once."""
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD_A, encoding="utf-8")
    (folder / "b.txt").write_text(GOOD_B, encoding="utf-8")
    store = tmp_path / "store"
    first = run("build", str(folder), "--store", str(store), "--quiet")
    assert first.exit_code == 0, first.output
    return folder, store


def test_each_bad_file_gets_one_line_and_the_good_ones_are_built(built):
    folder, store = built
    before = dump(store)
    for bad in IN_FOLDER:
        (folder / bad.name).write_bytes(bad.make())
    (folder / "c.txt").write_bytes(vni_bytes(REPORT))
    result = run("build", str(folder), "--store", str(store), "--quiet")
    assert result.exit_code == 1
    assert sorted(error_lines(result)) == sorted(f"vnkg: error: {folder / b.name}: {b.reason}" for b in IN_FOLDER)
    assert summary_counts(result) == ("1", "0", "2", str(len(IN_FOLDER)))
    assert set(before) <= set(dump(store))


def test_a_stored_document_that_turns_bad_keeps_its_graph(built):
    folder, store = built
    before = dump(store)
    (folder / "a.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    result = run("build", str(folder), "--store", str(store), "--quiet")
    assert result.exit_code == 1
    assert error_lines(result) == [f"vnkg: error: {folder / 'a.txt'}: binary content (a PNG image), not text"]
    assert dump(store) == before


def test_a_file_that_disappears_mid_build_is_reported_and_the_rest_built(built, monkeypatch):
    folder, store = built
    before = dump(store)
    (folder / "c.txt").write_text(GOOD_A.replace("Sơn Khê", "Tân Lộc"), encoding="utf-8")
    (folder / "d.txt").write_text(GOOD_B.replace("Phú Lâm", "Hòa Bình"), encoding="utf-8")
    real_read = extract.ingest.read_document

    def read_after_deleting_c(path):
        if os.path.basename(path) == "c.txt":
            os.remove(path)  # someone moves the file away while the build runs
        return real_read(path)

    monkeypatch.setattr(extract.ingest, "read_document", read_after_deleting_c)
    result = run("build", str(folder), "--store", str(store), "--quiet")
    assert result.exit_code == 1
    assert error_lines(result) == [
        f"vnkg: error: {folder / 'c.txt'}: no such file (it may have been moved or deleted)"]
    assert summary_counts(result) == ("1", "0", "2", "1")
    assert set(before) <= set(dump(store))


def test_a_symlink_loop_in_the_folder_does_not_hang_or_fail_the_build(built):
    folder, store = built
    (folder / "sub").mkdir()
    (folder / "sub" / "back-to-inbox").symlink_to(folder, target_is_directory=True)
    (folder / "sub" / "c.txt").write_text(GOOD_A.replace("Sơn Khê", "Tân Lộc"), encoding="utf-8")
    result = run("build", str(folder), "--store", str(store), "--quiet")
    assert result.exit_code == 0, result.output
    assert summary_counts(result) == ("1", "0", "2", "0")


def test_a_symlink_to_itself_is_reported(built):
    folder, store = built
    (folder / "self.txt").symlink_to(folder / "self.txt")
    result = run("build", str(folder), "--store", str(store), "--quiet")
    assert result.exit_code == 1
    assert error_lines(result) == [
        f"vnkg: error: {folder / 'self.txt'}: cannot read (Too many levels of symbolic links)"]


def test_odd_file_names_are_built_and_a_bad_one_is_reported_on_one_line(built):
    folder, store = built
    (folder / "quyết định 'số 5' \"mới\" #1.txt").write_text(GOOD_A.replace("Sơn Khê", "Tân Lộc"), encoding="utf-8")
    (folder / "-dash & <b>.txt").write_text(GOOD_B.replace("Phú Lâm", "Hòa Bình"), encoding="utf-8")
    (folder / "tờ trình\nsố 5.txt").write_bytes(b"")
    result = run("build", str(folder), "--store", str(store), "--quiet")
    assert result.exit_code == 1
    assert error_lines(result) == [f"vnkg: error: {folder}/tờ trình\\nsố 5.txt: empty file"]
    assert summary_counts(result) == ("2", "0", "2", "1")


def test_a_legacy_encoded_file_is_noted_in_the_build_output(built):
    folder, store = built
    (folder / "old.txt").write_bytes(vni_bytes(REPORT))
    result = run("build", str(folder), "--store", str(store), "--quiet")
    assert result.exit_code == 0, result.output
    assert f"{folder / 'old.txt'}: converted from the legacy VNI encoding" in result.stderr


def test_an_extractor_failure_on_one_file_is_reported_and_the_others_built(built, monkeypatch):
    folder, store = built
    (folder / "c.txt").write_text(GOOD_A.replace("Sơn Khê", "Tân Lộc"), encoding="utf-8")
    (folder / "d.txt").write_text("Trigger the extractor bug.\n", encoding="utf-8")
    real_extract = extract.extract_text

    def extract_with_a_bug(text, file=""):
        if file == "d.txt":
            raise KeyError("meeting")
        return real_extract(text, file=file)

    monkeypatch.setattr(extract, "extract_text", extract_with_a_bug)
    result = run("build", str(folder), "--store", str(store), "--quiet")
    assert result.exit_code == 1
    assert error_lines(result) == [
        f"vnkg: error: {folder / 'd.txt'}: extraction failed (KeyError: 'meeting'); please report it"]
    assert summary_counts(result) == ("1", "0", "2", "1")


def test_a_file_name_that_is_not_utf8_is_reported_and_the_others_built(built):
    folder, store = built
    odd = os.path.join(os.fsencode(folder), b"b\xe1o c\xe1o.txt")  # a Windows-1258 name from an old archive
    with open(odd, "wb") as f:
        f.write(GOOD_A.replace("Sơn Khê", "Tân Lộc").encode("utf-8"))
    (folder / "c.txt").write_text(GOOD_B.replace("Phú Lâm", "Hòa Bình"), encoding="utf-8")
    result = run("build", str(folder), "--store", str(store), "--quiet")
    assert result.exit_code == 1
    assert error_lines(result) == [
        f"vnkg: error: {folder}/b\\xe1o c\\xe1o.txt: the path is not valid UTF-8 (rename the file or its folder)"]
    assert summary_counts(result) == ("1", "0", "2", "1")
