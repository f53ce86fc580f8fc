"""Dates as Vietnamese documents write them, and the year a bare day falls in."""
from __future__ import annotations

import pytest

from extract.dates import find_dates, parse_date, year_for


@pytest.mark.parametrize("text,iso", [
    ("Sáng ngày 12/7/2018, Ban Chấp hành họp", "2018-07-12"),
    ("ngày 30-3-2007 của Bộ Chính trị", "2007-03-30"),
    ("Chủ Nhật, ngày 5 tháng 7 năm 2020", "2020-07-05"),
    ("trong tháng 9/2021", "2021-09"),
])
def test_dates_with_their_year(text, iso):
    assert parse_date(text) == iso


@pytest.mark.parametrize("text,iso", [
    ("Chiều 12-4, Quận ủy họp", "2020-04-12"),
    ("Sáng 7.8, Đại hội bế mạc", "2020-08-07"),
    ("Ngày 7/10, hội nghị", "2020-10-07"),
])
def test_bare_days_take_the_default_year(text, iso):
    assert parse_date(text, default_year=2020) == iso


def test_a_publishing_stamp_is_a_date_marked_as_stamp():
    (stamp,) = find_dates("Ngày đăng 12/07/2018\n\nNội dung.")
    assert (stamp.iso(), stamp.stamp) == ("2018-07-12", True)


def test_a_stamp_with_a_clock_time_is_marked_as_stamp():
    dates = find_dates("12/04/2021 15:07\n\nChiều 12-4, hội nghị.")
    assert [(d.stamp, d.day, d.month) for d in dates] == [(True, 12, 4), (False, 12, 4)]


def test_a_percentage_is_not_a_date():
    assert find_dates("tăng 7.8% so với cùng kỳ") == []


def test_bare_day_takes_the_stamp_year():
    stamp, day = find_dates("Thứ Tư, 15/01/2020 08:22\n\nSáng 14-1, hội nghị.")
    assert year_for(day, stamp) == 2020


def test_bare_day_after_the_stamp_day_is_the_year_before():
    stamp, day = find_dates("Thứ Năm, ngày 21 tháng 1 năm 2021\n\nNgày 7/10, hội nghị.")
    assert year_for(day, stamp) == 2020


def test_without_stamp_the_default_year_is_used():
    (day,) = find_dates("Ngày 19/4, lễ trao quyết định.")
    assert year_for(day, None, 2024) == 2024


def test_day_words_one_after_another_each_find_their_day():
    found = find_dates("Chiều ngày 12-4 họp, sáng 13/4 và tối hôm 14/4; khoảng ngày 2 và 3/5/2019 dự")
    assert [(d.day, d.month, d.year) for d in found] == [(12, 4, None), (13, 4, None), (14, 4, None),
                                                           (2, 5, 2019)]


def test_a_day_word_inside_another_word_opens_no_date():
    assert find_dates("bongay 12/4, mùasang 13/4") == []
