"""Bodies in the forms held-out documents showed: an office whose name
lists its fields ("Phòng Kinh tế, Hạ tầng và Đô thị phường"), stations,
schools and religious bodies named by what they are, the provincial "Ban Dân
tộc tỉnh" beside the People's Council's board of that name, and a body after
"nâng cấp" (a verb that ends in the class word "cấp")."""
from __future__ import annotations

from extract import extract_text


def organisations(text: str) -> list[str]:
    return sorted(o.name for o in extract_text(text).organisations)


def posts(text: str):
    return {p.name: [(x.role, x.organisation) for x in p.posts] for p in extract_text(text).people}


ELECTED = ("Ngày 3/4/2026, kỳ họp đã bầu ông Tạ Văn Khải, Trưởng phòng Kinh tế, Hạ tầng và Đô thị phường "
           "giữ chức Phó Chủ tịch UBND phường Tân Thịnh.")


def test_an_office_whose_name_lists_its_fields_after_truong_phong_is_the_post_body_whole():
    assert posts(ELECTED)["Tạ Văn Khải"] == [("Trưởng phòng", "Phòng Kinh tế, Hạ tầng và Đô thị phường"),
                                            ("Phó Chủ tịch", "Ủy ban nhân dân phường Tân Thịnh")]


def test_an_office_whose_name_lists_its_fields_is_a_body():
    assert organisations(ELECTED) == ["Phòng Kinh tế, Hạ tầng và Đô thị phường", "Ủy ban nhân dân phường Tân Thịnh"]


def test_departments_listed_after_one_so_are_not_read_as_one_name():
    text = "Ngày 3/4/2024, Sở Nội vụ, Tài chính và Xây dựng phối hợp kiểm tra."
    assert "Sở Nội vụ, Tài chính và Xây dựng" not in organisations(text)


def test_a_station_named_by_its_service_and_place_is_a_body_even_after_nang_cap():
    text = "Ngày 15/1/2026, Hội đồng nhân dân phường Yên Thịnh họp. Phường sẽ nâng cấp Trạm Y tế phường."
    assert organisations(text) == ["Hội đồng nhân dân phường Yên Thịnh", "Trạm Y tế phường"]


def test_a_religious_board_its_church_the_ethnic_affairs_committee_and_a_school_are_bodies():
    text = ("Ngày 3/4/2026, đại diện Ban Dân tộc tỉnh, Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh và "
            "Trường Bồi dưỡng giáo lý Trung cấp Tây Nguyên dự buổi gặp mặt.")
    assert organisations(text) == ["Ban Dân tộc tỉnh", "Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh",
                                   "Giáo hội Phật giáo Việt Nam tỉnh",
                                   "Trường Bồi dưỡng giáo lý Trung cấp Tây Nguyên"]


def test_ban_dan_toc_before_a_peoples_council_is_still_the_councils_board():
    text = "Ngày 3/4/2026, ông Lò Văn Páo, Trưởng Ban Dân tộc Hội đồng nhân dân tỉnh dự."
    assert posts(text)["Lò Văn Páo"] == [("Trưởng ban", "Ban Dân tộc Hội đồng nhân dân tỉnh")]


def test_truong_hop_at_a_sentence_start_is_no_school():
    text = "Ngày 3/4/2026, Ủy ban nhân dân xã Tân Lập họp. Trường hợp vi phạm sẽ bị xử lý nghiêm."
    assert organisations(text) == ["Ủy ban nhân dân xã Tân Lập"]


def test_a_place_named_with_a_kind_word_after_its_unit_word_is_no_body():
    text = "Ngày 3/4/2026, Đảng ủy phường Trường Xuân và Trạm Y tế xã Trạm Hành tham gia."
    assert organisations(text) == ["Trạm Y tế xã Trạm Hành", "Đảng ủy phường Trường Xuân"]


def test_the_national_assemblys_standing_committee_as_an_issuer_is_a_body_under_the_national_assembly():
    text = ("Ngày 3/4/2019, căn cứ Nghị quyết số 653/2019/UBTVQH14 ngày 12/3/2019 của Ủy ban Thường vụ Quốc hội "
            "về sắp xếp đơn vị hành chính, Huyện ủy Bù Gia Mập ban hành Kế hoạch.")
    assert organisations(text) == ["Huyện ủy Bù Gia Mập", "Quốc hội", "Ủy ban Thường vụ Quốc hội"]


def test_a_school_named_after_a_person_keeps_the_persons_name():
    text = "Ngày 3/4/2026, Trường Trung học cơ sở Võ Thị Sáu tổ chức lễ khai giảng; đồng chí Lê Văn Tám dự."
    assert organisations(text) == ["Trường Trung học cơ sở Võ Thị Sáu"]
    assert [p.name for p in extract_text(text).people] == ["Lê Văn Tám"]
