"""Posts in the forms the fourth held-out batch showed: a delegation leader
("làm trưởng đoàn đã ...") holds no unit named after the title."""
from __future__ import annotations

from ._bodies import posts, read


def test_a_delegation_leader_followed_by_a_verb_holds_no_unit_described_by_that_verb():
    text = ("Đoàn công tác do đồng chí Khổng Minh Đạt, Trưởng Ban Dân vận Trung ương làm trưởng đoàn "
            "đã làm việc với Tỉnh ủy Hòa Bình.")
    assert posts(read(text), "Khổng Minh Đạt") == {("Trưởng ban", "Ban Dân vận Trung ương")}
