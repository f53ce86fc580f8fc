"""Posts in the forms held-out documents showed: a delegation leader
("làm trưởng đoàn đã ...") holds no unit named after the title; a person
appointed to take part in a standing board is its member; a department whose
name runs on in lower case ("Trưởng phòng Thanh tra kinh tế - xã hội, Thanh
tra tỉnh") is one unit."""
from __future__ import annotations

from extract import extract_text

from ._bodies import posts, read


def test_a_delegation_leader_followed_by_a_verb_holds_no_unit_described_by_that_verb():
    text = ("Đoàn công tác do đồng chí Khổng Minh Đạt, Trưởng Ban Dân vận Trung ương làm trưởng đoàn "
            "đã làm việc với Tỉnh ủy Hòa Bình.")
    assert posts(read(text), "Khổng Minh Đạt") == {("Trưởng ban", "Ban Dân vận Trung ương")}


def test_a_person_appointed_to_take_part_in_a_standing_board_is_its_member():
    text = ("Đồng chí Lò Văn Hặc, Bí thư Huyện ủy Mường La, được chỉ định tham gia Ban Thường vụ Tỉnh ủy "
            "nhiệm kỳ 2020 - 2025.")
    assert posts(read(text, "tỉnh Sơn La", "province"), "Lò Văn Hặc") == {
        ("Bí thư", "Huyện ủy Mường La"), ("Ủy viên Ban Thường vụ", "Tỉnh ủy tỉnh Sơn La")}


def test_a_person_the_board_appoints_to_take_part_in_it_is_its_member():
    text = "Ban Thường vụ Tỉnh ủy chỉ định đồng chí Lò Văn Hặc tham gia Ban Thường vụ Tỉnh ủy Sơn La."
    assert posts(read(text, "tỉnh Sơn La", "province"), "Lò Văn Hặc") == {("Ủy viên Ban Thường vụ", "Tỉnh ủy Sơn La")}


def test_a_department_named_on_in_lower_case_before_its_body_is_the_whole_unit():
    text = "Ông Hứa Văn Nhàn, Trưởng phòng Thanh tra kinh tế - xã hội, Thanh tra tỉnh được bổ nhiệm."
    record = extract_text(text)
    assert ([(x.role, x.organisation) for x in record.people[0].posts],
            sorted((o.name, o.parent) for o in record.organisations)) == (
        [("Trưởng phòng", "Phòng Thanh tra kinh tế - xã hội, Thanh tra tỉnh")],
        [("Phòng Thanh tra kinh tế - xã hội", "Thanh tra tỉnh"), ("Thanh tra tỉnh", None)])


def test_an_appointment_into_a_standing_board_joined_to_a_post_gives_both():
    text = ("Ban Thường vụ Tỉnh ủy điều động đồng chí Hà Văn Lực, Trưởng Ban Tuyên giáo Huyện ủy Kim Bảng, đến "
            "nhận công tác tại Huyện ủy Bình Lục, chỉ định tham gia Ban Thường vụ Huyện ủy Bình Lục và giữ chức "
            "Bí thư Huyện ủy Bình Lục.")
    assert posts(read(text, locality="tỉnh Hà Nam", level="province"), "Hà Văn Lực") == {
        ("Trưởng ban", "Ban Tuyên giáo Huyện ủy Kim Bảng"), ("Bí thư", "Huyện ủy Bình Lục"),
        ("Ủy viên Ban Thường vụ", "Huyện ủy Bình Lục")}


def test_the_head_named_with_do_and_lam_truong_ban_heads_the_steering_committee_before_do():
    text = ("Ủy ban nhân dân huyện thành lập Ban Chỉ đạo phòng, chống dịch bệnh huyện do đồng chí Lò Văn Tâm, "
            "Phó Chủ tịch UBND huyện làm Trưởng ban.")
    assert posts(read(text, locality="huyện Mường La", level="district"), "Lò Văn Tâm") == {
        ("Phó Chủ tịch", "Ủy ban nhân dân huyện Mường La"),
        ("Trưởng ban", "Ban Chỉ đạo phòng, chống dịch bệnh huyện")}
