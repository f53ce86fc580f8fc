"""The document's place: its own Party committee, named in full, and the place
leading a headline outweigh a guest's committee."""
from __future__ import annotations

from extract import extract_text
from extract.components.context import find_context
from extract.components.prepare import prepare
from extract.model import DocumentContext, Extraction
from extract.pipeline import get_pipeline

DISTRICT_MEETING_WITH_PROVINCIAL_GUEST = (
    "Đức Trọng: Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 4\n\n"
    "Ngày 5/4/2021, Ban Chấp hành Đảng bộ huyện Đức Trọng tổ chức Hội nghị lần thứ 4. "
    "Dự có đồng chí Lê Thị Hoa, Phó Trưởng Ban Tổ chức Tỉnh ủy Lâm Đồng.\n\n"
    "Đồng chí Trần Văn Nhân, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện báo cáo tình hình kinh tế.")


def context_of(text: str):
    doc = get_pipeline().make_doc(text)
    doc._.extraction = Extraction(context=DocumentContext(file="tin.txt"))
    return find_context(prepare(doc))._.extraction.context


def test_ban_chap_hanh_dang_bo_of_a_district_makes_it_the_locality_over_a_guests_provincial_committee():
    context = context_of(DISTRICT_MEETING_WITH_PROVINCIAL_GUEST)
    assert (context.locality, context.locality_level, context.province) == ("huyện Đức Trọng", "district", "Lâm Đồng")


def test_the_district_peoples_committee_of_such_a_meeting_is_an_organisation():
    names = {o.name for o in extract_text(DISTRICT_MEETING_WITH_PROVINCIAL_GUEST).organisations}
    assert "Ủy ban nhân dân huyện" in names


def test_a_provincial_committee_still_wins_over_a_district_party_organisation_named_once():
    text = ("Ngày 5/4/2021, Tỉnh ủy Lâm Đồng tổ chức hội nghị. Ban Thường vụ Tỉnh ủy Lâm Đồng "
            "giao Đảng bộ huyện Đức Trọng chuẩn bị báo cáo.")
    context = context_of(text)
    assert (context.locality, context.locality_level) == ("Lâm Đồng", "province")


def test_a_place_leading_the_headline_is_the_locality():
    text = ("Cát Tiên: Tổng kết công tác dân vận năm 2020\n\n"
            "Ngày 20/12/2020, Ban Dân vận Huyện ủy tổ chức hội nghị tổng kết. Dự có đồng chí "
            "Lê Văn Hai, Ủy viên Ban Thường vụ Tỉnh ủy Lâm Đồng, Trưởng Ban Dân vận Tỉnh ủy. "
            "Năm 2020, các xã của huyện Cát Tiên xây dựng 20 mô hình dân vận khéo.")
    context = context_of(text)
    assert (context.locality, context.locality_level) == ("huyện Cát Tiên", "district")
