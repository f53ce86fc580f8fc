"""An event held over several days ("Trong hai ngày 23 và 24/5/2018") is dated by its first day."""
from __future__ import annotations

from extract import extract_text
from extract.dates import parse_date


def test_two_days_joined_by_va_give_the_first_day():
    assert parse_date("Trong hai ngày 14 và 15/9/2022, Đại hội diễn ra.") == "2022-09-14"


def test_a_span_of_days_with_a_dash_gives_the_first_day():
    assert parse_date("Ngày 7-8/10/2019, Đại hội đại biểu Hội Nông dân tỉnh diễn ra.") == "2019-10-07"


def test_a_news_item_about_a_congress_over_two_days_is_dated_by_its_first_day():
    text = ("Trong hai ngày 14 và 15/9/2022, Hội Cựu chiến binh tỉnh Bắc Kạn tổ chức Đại hội đại biểu "
            "lần thứ VII, nhiệm kỳ 2022 - 2027.")
    record = extract_text(text)
    assert (record.context.date, record.meetings[0].date) == ("2022-09-14", "2022-09-14")


def test_a_span_of_days_in_brackets_gives_the_first_day():
    assert parse_date("Trong 2 ngày (15 - 16/3/2023), Đại hội diễn ra.") == "2023-03-15"
