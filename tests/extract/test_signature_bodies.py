"""The body a signatory's post is held in: a board signing alone ("T/M BAN
THƯỜNG VỤ") belongs to the committee of the heading; a deputy signing for
the chairman ("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH") holds the post in the body of
the heading, whose place is the heading's next line."""
from __future__ import annotations

from extract import extract_text

BLOC_REPORT = """ĐẢNG BỘ TỈNH SƠN LA
ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH
Số 77-BC/ĐUK

Sơn La, ngày 3 tháng 6 năm 2021

BÁO CÁO
Kết quả công tác kiểm tra 5 tháng đầu năm

Đảng ủy Khối các cơ quan tỉnh đã kiểm tra 9 tổ chức đảng trực thuộc.

T/M BAN THƯỜNG VỤ
BÍ THƯ

Lường Văn Piếng
"""

CITY_PLAN = """ỦY BAN NHÂN DÂN
THÀNH PHỐ SA ĐÉC
Số: 88/KH-UBND

Sa Đéc, ngày 2 tháng 3 năm 2021

KẾ HOẠCH
Chỉnh trang đô thị năm 2021

Ủy ban nhân dân tỉnh Đồng Tháp và Tỉnh ủy Đồng Tháp chỉ đạo chỉnh trang các tuyến đường của Ủy ban nhân dân thành phố Sa Đéc.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Trần Văn Mười
"""


def posts(text: str):
    return {p.name: [(q.role, q.organisation) for q in p.posts] for p in extract_text(text).people}


def test_a_standing_board_signing_alone_is_the_board_of_the_committee_in_the_heading():
    assert posts(BLOC_REPORT) == {"Lường Văn Piếng": [("Bí thư", "Đảng ủy Khối các cơ quan tỉnh Sơn La")]}


def test_a_deputy_signing_for_the_chairman_holds_the_post_in_the_headings_peoples_committee():
    assert posts(CITY_PLAN) == {"Trần Văn Mười": [("Phó Chủ tịch", "Ủy ban nhân dân thành phố Sa Đéc")]}


def test_a_place_on_the_heading_line_under_the_issuer_is_the_documents_locality():
    assert extract_text(CITY_PLAN).context.locality == "thành phố Sa Đéc"

DISTRICT_REPORT = """ĐẢNG BỘ TỈNH HÀ GIANG
HUYỆN ỦY BẮC MÊ
Số 20-BC/HU

Bắc Mê, ngày 3 tháng 6 năm 2021

BÁO CÁO
Kết quả 6 tháng đầu năm

Huyện ủy đã lãnh đạo các xã hoàn thành nhiệm vụ được giao trong 6 tháng đầu năm 2021 theo kế hoạch đề ra.

"""


def test_a_signed_mark_between_the_title_and_the_name_keeps_the_signatorys_post():
    assert posts(DISTRICT_REPORT + "T/M HUYỆN ỦY\nBÍ THƯ\n(Đã ký)\n\nMa Văn Thạch\n") == {
        "Ma Văn Thạch": [("Bí thư", "Huyện ủy Bắc Mê")]}


def test_a_deputy_signing_k_t_for_the_secretary_holds_the_post_in_the_headings_committee():
    assert posts(DISTRICT_REPORT + "T/M HUYỆN ỦY\nK/T BÍ THƯ\nPHÓ BÍ THƯ\n\nMa Văn Thạch\n") == {
        "Ma Văn Thạch": [("Phó Bí thư", "Huyện ủy Bắc Mê")]}


def test_the_chief_of_office_signing_t_l_the_standing_board_holds_the_post_in_the_committees_office():
    assert posts(DISTRICT_REPORT + "T/L BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG\n\nMa Văn Thạch\n") == {
        "Ma Văn Thạch": [("Chánh Văn phòng", "Văn phòng Huyện ủy Bắc Mê")]}

DISTRICT_PLAN = """ỦY BAN NHÂN DÂN
HUYỆN THUẬN BẮC
Số: 510/KH-UBND

Thuận Bắc, ngày 4 tháng 5 năm 2022

KẾ HOẠCH
Phòng chống thiên tai năm 2022

Thực hiện Kế hoạch số 1200/KH-UBND của Ủy ban nhân dân tỉnh Ninh Thuận, Ủy ban nhân dân huyện ban hành Kế hoạch.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Chamaléa Thị Hồng
"""


def test_the_bare_peoples_committee_of_the_heading_is_the_districts_not_the_provinces():
    assert posts(DISTRICT_PLAN) == {"Chamaléa Thị Hồng": [("Phó Chủ tịch", "Ủy ban nhân dân huyện Thuận Bắc")]}
