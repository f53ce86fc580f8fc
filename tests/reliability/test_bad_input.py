"""Every file of the bad-input corpus gets one clear reason naming it, or is
read with the repairs it needed."""
import os

import pytest

from extract.ingest import IngestError, MAX_FILE_BYTES, MAX_TEXT_CHARS, read_document
from extract.ingest import readers
from tests.ingest.samples import REPORT, docx_bytes

from .bad_files import BAD_FILES, GOOD_BUT_ODD


@pytest.mark.parametrize("bad", BAD_FILES, ids=[b.name for b in BAD_FILES])
def test_bad_file_is_refused_with_its_reason(tmp_path, bad):
    path = tmp_path / bad.name
    path.write_bytes(bad.make())
    with pytest.raises(IngestError) as caught:
        read_document(path)
    assert str(caught.value) == f"{path}: {bad.reason}"


@pytest.mark.parametrize("odd", GOOD_BUT_ODD, ids=[o.name for o in GOOD_BUT_ODD])
def test_odd_but_good_file_is_read_with_its_notes(tmp_path, odd):
    path = tmp_path / odd.name
    path.write_bytes(odd.make())
    source = read_document(path)
    assert (source.text, source.encoding, source.notes) == (odd.text, odd.encoding, odd.notes)


def test_a_50_mb_text_is_refused_before_it_is_read(tmp_path, monkeypatch):
    path = tmp_path / "dump.txt"
    with path.open("wb") as f:  # a sparse file: 50 MB on paper, nothing written
        f.truncate(50 * 1024 * 1024)
    monkeypatch.setattr(type(path), "read_bytes", lambda self: pytest.fail("the file was read"))
    with pytest.raises(IngestError) as caught:
        read_document(path)
    assert str(caught.value) == f"{path}: too large (50.0 MB; vnkg reads files up to 20.0 MB)"


def test_a_single_5_mb_line_is_refused_as_too_long_to_extract(tmp_path):
    path = tmp_path / "one-line.txt"
    path.write_bytes(b"Hoi nghi, " * 500_000)  # 5 MB, no newline
    with pytest.raises(IngestError) as caught:
        read_document(path)
    assert str(caught.value) == f"{path}: too long (4.8 MB of text; vnkg extracts documents up to 1,000,000 characters)"


def test_a_text_over_the_length_limit_is_refused_with_its_length(tmp_path):
    path = tmp_path / "long.md"
    path.write_bytes("Hội nghị, ".encode("utf-8") * 120_000)  # 1.2 million characters in 1.7 MB
    with pytest.raises(IngestError) as caught:
        read_document(path)
    assert str(caught.value) == (f"{path}: too long (1,200,000 characters of text; "
                                 f"vnkg extracts documents up to 1,000,000 characters)")


def test_a_text_just_under_the_length_limit_is_read(tmp_path):
    path = tmp_path / "long.txt"
    path.write_bytes(b"a" * (MAX_TEXT_CHARS - 1) + b"\n")
    assert len(read_document(path).text) == MAX_TEXT_CHARS


def test_a_docx_that_inflates_past_the_limit_is_refused(tmp_path, monkeypatch):
    path = tmp_path / "bomb.docx"
    path.write_bytes(docx_bytes(["Báo cáo " * 2000]))
    monkeypatch.setattr(readers, "MAX_UNZIPPED_BYTES", 20_000)
    with pytest.raises(IngestError, match=r"bomb\.docx: too large once unzipped \(0\.\d MB\)$"):
        read_document(path)


def test_the_size_limits_are_20_mb_of_file_and_200_mb_unzipped():
    assert (MAX_FILE_BYTES, readers.MAX_UNZIPPED_BYTES) == (20 * 1024 * 1024, 200 * 1024 * 1024)


def test_a_missing_file_says_it_may_have_been_moved(tmp_path):
    with pytest.raises(IngestError) as caught:
        read_document(tmp_path / "gone.txt")
    assert str(caught.value) == f"{tmp_path / 'gone.txt'}: no such file (it may have been moved or deleted)"


def test_a_folder_named_like_a_file_is_refused(tmp_path):
    (tmp_path / "folder.txt").mkdir()
    with pytest.raises(IngestError) as caught:
        read_document(tmp_path / "folder.txt")
    assert caught.value.reason == "is a directory, not a file"


def test_a_named_pipe_is_refused_without_blocking(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    with pytest.raises(IngestError) as caught:
        read_document(tmp_path / "pipe.txt")
    assert caught.value.reason == "not a regular file"


def test_a_symlink_to_itself_is_refused(tmp_path):
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    with pytest.raises(IngestError) as caught:
        read_document(tmp_path / "loop.txt")
    assert caught.value.reason == "cannot read (Too many levels of symbolic links)"


def test_a_newline_in_a_file_name_is_escaped_in_the_message(tmp_path):
    path = tmp_path / "tờ trình\nsố 5.txt"
    path.write_bytes(b"")
    with pytest.raises(IngestError) as caught:
        read_document(path)
    assert str(caught.value) == f"{tmp_path}/tờ trình\\nsố 5.txt: empty file"


def test_undecodable_bytes_in_a_file_name_are_shown_as_hex(tmp_path):
    path = os.path.join(os.fsencode(tmp_path), b"b\xe1o c\xe1o.txt")
    with open(path, "wb"):
        pass
    with pytest.raises(IngestError) as caught:
        read_document(os.fsdecode(path))
    assert str(caught.value) == f"{tmp_path}/b\\xe1o c\\xe1o.txt: empty file"


@pytest.mark.parametrize("name", ["quyết định 'số 5' \"mới\".txt", "-dash.txt", "a b  c.txt", "#1 <b>&amp;.md",
                                  "bảng.TXT", "x" * 200 + ".txt"])
def test_odd_file_names_are_read(tmp_path, name):
    path = tmp_path / name
    path.write_text(REPORT, encoding="utf-8")
    assert read_document(path).text == REPORT
