from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from gateway.errors import InvalidInput
from gateway.reports.domain import (
    SECONDARY_TEXT,
    SUPPRESSED_TEXT,
    AcademicYear,
    AnnualReport,
    Figure,
    apply_secondary_suppression,
    ofs_lines,
    suppress,
)


def test_academic_year_runs_1_august_to_31_july() -> None:
    year = AcademicYear(2025)
    assert (year.first_day, year.last_day, year.label) == (date(2025, 8, 1), date(2026, 7, 31),
                                                           "2025-26")
    assert year.contains(date(2026, 7, 31)) and not year.contains(date(2026, 8, 1))
    assert year.contains(datetime(2025, 8, 1, 0, 0, tzinfo=UTC))
    assert not year.contains(datetime(2025, 7, 31, 23, 59, 59, tzinfo=UTC))
    assert AcademicYear.of(date(2026, 7, 31)) == year
    assert AcademicYear.of(date(2026, 8, 1)) == AcademicYear(2026)


def test_implausible_year_is_refused() -> None:
    with pytest.raises(InvalidInput):
        AcademicYear(25)


@pytest.mark.parametrize(("count", "shown"), [(0, 0), (1, SUPPRESSED_TEXT), (4, SUPPRESSED_TEXT),
                                              (5, 5), (17, 17)])
def test_counts_one_to_four_are_fewer_than_five(count: int, shown: object) -> None:
    assert suppress(count) == shown
    assert suppress(count, identifying=False) == count


def test_breakdown_by_a_group_of_people_is_refused() -> None:
    for dimension in ("ethnicity", "religion", "nationality", "gender"):
        with pytest.raises(ValueError, match=r"policy 2\.2"):
            Figure("x.y", "s", "label", dimension, 3)


def _cells(*values: int) -> list[Figure]:
    return [Figure(f"g.c{i}", "s", f"c{i}", "source", v) for i, v in enumerate(values)]


def test_secondary_suppression_hides_cells_until_hidden_total_is_ten() -> None:
    # 1 + 1 hidden could be worked out from the total: 5 and then 6 are hidden too.
    shown = [f.display for f in apply_secondary_suppression(_cells(6, 5, 1, 1))]
    assert shown == [SECONDARY_TEXT, SECONDARY_TEXT, SUPPRESSED_TEXT, SUPPRESSED_TEXT]
    # A single hidden 3: hide the next smallest (12) and stop, since 15 >= 10.
    shown = [f.display for f in apply_secondary_suppression(_cells(20, 12, 3, 0))]
    assert shown == [20, SECONDARY_TEXT, SUPPRESSED_TEXT, 0]
    # Nothing suppressed: nothing changes.
    assert [f.display for f in apply_secondary_suppression(_cells(7, 0, 9))] == [7, 0, 9]


def test_ofs_lines_count_distinct_cases_and_each_line_is_of_the_first() -> None:
    figs = [
        Figure("cases.escalated.total", "cases", "e", "total", 2, ("case:A", "case:B")),
        # Case C was escalated last year; advice was sought on it this year.
        Figure("cases.advice_sought.total", "cases", "a", "total", 2, ("case:A", "case:C")),
        Figure("cases.formal_referral.total", "cases", "f", "total", 2, ("case:A", "case:B")),
        Figure("training.completed_in_year.introductory", "t", "i", "kind", 3,
               ("training_completion:1", "training_completion:2", "training_completion:3"),
               identifying=False),
        Figure("training.completed_in_year.refresher", "t", "r", "kind", 0, (), identifying=False),
    ]
    report = AnnualReport(AcademicYear(2025), "Org", datetime.now(UTC), tuple(figs))
    lines = {line.item.code: line for line in ofs_lines(report)}
    assert lines["welfare.escalated_to_prevent_lead"].value == 3  # A, B and C, once each
    assert lines["welfare.external_advice_sought"].value == 2
    assert lines["welfare.formal_referrals"].value == 2
    assert lines["welfare.formal_referrals"].display == SUPPRESSED_TEXT
    assert lines["welfare.formal_referrals"].shown(exact=True) == 2
    assert lines["training.induction_completed"].display == 3  # staff counts are not suppressed
    assert lines["events.speaker_requests"].value == 0
