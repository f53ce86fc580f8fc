"""read_document: every encoding and format it accepts, read to the same text."""
import codecs
import unicodedata

import pytest

from extract.ingest import SourceText, read_document

from .samples import REPORT, REPORT_TCVN3_SAFE, cp1258_bytes, docx_bytes, tcvn3_bytes, vni_bytes

TCVN3_NOTE = "converted from the legacy TCVN3 (ABC) encoding"
VNI_NOTE = "converted from the legacy VNI encoding"


def read(tmp_path, name: str, data: bytes) -> SourceText:
    path = tmp_path / name
    path.write_bytes(data)
    return read_document(path)


@pytest.mark.parametrize("data, encoding", [
    (REPORT.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + REPORT.encode("utf-8"), "utf-8"),
    (REPORT.encode("utf-16"), "utf-16"),
    (codecs.BOM_UTF16_BE + REPORT.encode("utf-16-be"), "utf-16"),
    (REPORT.encode("utf-16-le"), "utf-16"),
    (REPORT.encode("utf-16-be"), "utf-16"),
    (cp1258_bytes(REPORT), "cp1258"),
], ids=["utf-8", "utf-8-bom", "utf-16-bom", "utf-16-be-bom", "utf-16-le-no-bom", "utf-16-be-no-bom", "cp1258"])
def test_unicode_and_windows_encodings_read_to_the_same_text(tmp_path, data, encoding):
    source = read(tmp_path, "report.txt", data)
    assert (source.text, source.encoding, source.notes) == (REPORT, encoding, ())


def test_decomposed_utf8_is_read_as_nfc(tmp_path):
    source = read(tmp_path, "report.txt", unicodedata.normalize("NFD", REPORT).encode("utf-8"))
    assert source.text == REPORT


def test_tcvn3_file_is_converted_with_a_note(tmp_path):
    source = read(tmp_path, "old.txt", tcvn3_bytes(REPORT_TCVN3_SAFE))
    assert (source.text, source.encoding, source.notes) == (REPORT_TCVN3_SAFE, "tcvn3", (TCVN3_NOTE,))


def test_vni_file_is_converted_with_a_note(tmp_path):
    source = read(tmp_path, "old.txt", vni_bytes(REPORT))
    assert (source.text, source.encoding, source.notes) == (REPORT, "vni", (VNI_NOTE,))


def test_tcvn3_text_pasted_into_a_utf8_file_is_converted(tmp_path):
    pasted = tcvn3_bytes(REPORT_TCVN3_SAFE).decode("latin-1").encode("utf-8")
    source = read(tmp_path, "pasted.md", pasted)
    assert (source.text, source.encoding) == (REPORT_TCVN3_SAFE, "tcvn3")


def test_vni_html_page_is_converted(tmp_path):
    page = (b"<html><body><article><h1>Th\xf4ng b\xe1o</h1><p>" + vni_bytes(REPORT)
            + b"</p></article></body></html>")
    source = read(tmp_path, "page.html", page)
    assert source.encoding == "vni"
    assert REPORT.strip() in source.text


def test_docx_paragraphs_and_tables_are_read_in_document_order(tmp_path):
    data = docx_bytes(["Báo cáo sơ kết", "Đảng bộ xã Phú Lâm"], table=[["Chi bộ", "Đảng viên"], ["Thôn 1", "24"]])
    source = read(tmp_path, "report.docx", data)
    assert source.text == "Báo cáo sơ kết\n\nĐảng bộ xã Phú Lâm\n\nChi bộ | Đảng viên\n\nThôn 1 | 24"
    assert (source.encoding, source.format) == ("docx", "docx")


def test_docx_typed_in_a_tcvn3_font_is_converted(tmp_path):
    legacy_text = tcvn3_bytes(REPORT_TCVN3_SAFE.strip()).decode("latin-1")
    source = read(tmp_path, "old.docx", docx_bytes([legacy_text]))
    assert (source.text, source.encoding, source.notes) == (REPORT_TCVN3_SAFE.strip(), "tcvn3", (TCVN3_NOTE,))


def test_html_keeps_the_article_and_drops_scripts_and_navigation(tmp_path):
    page = (
        "<html><head><script>var tracker = 'Thông báo giả trong script';</script>"
        "<style>p { color: red }</style></head><body>"
        "<nav><a href='/'>Trang chủ</a> | <a href='/tin'>Tin tức</a></nav>"
        f"<article><h1>Hội nghị Ban Chấp hành</h1><p>{REPORT}</p></article>"
        "<script>document.write('Quảng cáo chèn vào');</script>"
        "<footer>Bản quyền thuộc cổng thông tin</footer></body></html>"
    )
    source = read(tmp_path, "page.html", page.encode("utf-8"))
    assert source.format == "html"
    assert REPORT.strip() in source.text
    for junk in ("Thông báo giả", "Quảng cáo chèn", "color: red", "Trang chủ"):
        assert junk not in source.text


def test_a_few_broken_bytes_in_utf8_are_replaced_with_a_note(tmp_path):
    data = REPORT.encode("utf-8") + b"\xff" + REPORT.encode("utf-8")
    source = read(tmp_path, "report.txt", data)
    assert source.text == REPORT + "\ufffd" + REPORT
    assert (source.encoding, source.notes) == ("utf-8", ("1 invalid UTF-8 byte replaced",))


def test_nul_padding_after_the_text_is_dropped_with_a_note(tmp_path):
    source = read(tmp_path, "report.txt", REPORT.encode("utf-8") + b"\x00" * 4096)
    assert (source.text, source.notes) == (REPORT, ("4096 NUL bytes removed",))


def test_a_stray_nul_inside_the_text_is_dropped(tmp_path):
    source = read(tmp_path, "report.txt", REPORT.encode("utf-8").replace(b"Ban", b"B\x00an", 1))
    assert (source.text, source.notes) == (REPORT, ("1 NUL byte removed",))


def test_the_file_suffix_is_case_insensitive(tmp_path):
    assert read(tmp_path, "REPORT.TXT", REPORT.encode("utf-8")).text == REPORT


def test_docx_with_unicode_heading_and_a_tcvn3_body_is_converted_line_by_line(tmp_path):
    body = tcvn3_bytes(REPORT_TCVN3_SAFE.strip()).decode("latin-1")
    source = read(tmp_path, "mixed.docx", docx_bytes(["THÔNG BÁO KẾT LUẬN", body]))
    assert source.text == "THÔNG BÁO KẾT LUẬN\n\n" + REPORT_TCVN3_SAFE.strip()
    assert (source.encoding, source.notes) == ("tcvn3", ("1 line converted from the legacy TCVN3 (ABC) encoding",))
