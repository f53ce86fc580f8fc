"""The inspectorate (Thanh tra tỉnh) and its heads' titles (Chánh Thanh tra)."""
from __future__ import annotations

from ._bodies import posts, read

TEXT = ("Ông Đặng Văn Lợi, Phó Chánh Thanh tra tỉnh, được bổ nhiệm giữ chức Chánh Thanh tra tỉnh Hưng Yên "
        "thay ông Mai Xuân Hòa, Chánh Thanh tra tỉnh nghỉ hưu.")


def test_phó_chánh_thanh_tra_is_a_title_not_part_of_a_name():
    assert {p.name for p in read(TEXT, locality="Hưng Yên", level="province").people} == {"Đặng Văn Lợi", "Mai Xuân Hòa"}


def test_chánh_thanh_tra_is_held_in_the_provincial_inspectorate():
    extraction = read(TEXT, locality="Hưng Yên", level="province")
    assert posts(extraction, "Mai Xuân Hòa") == {("Chánh Thanh tra", "Thanh tra tỉnh Hưng Yên")}


def test_the_provincial_inspectorate_is_an_organisation():
    extraction = read(TEXT, locality="Hưng Yên", level="province")
    assert [o.name for o in extraction.organisations] == ["Thanh tra tỉnh Hưng Yên"]


def test_inspection_as_an_activity_names_no_body():
    extraction = read("Tăng cường công tác thanh tra, kiểm tra tại các xã.", locality="Hưng Yên", level="province")
    assert extraction.organisations == []
