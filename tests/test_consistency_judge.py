"""The document-level verdict (chrono.consistency.document.judge): which writing period wins when
constraints disagree, and how disagreement lowers the severity instead of flipping the verdict."""

from __future__ import annotations

from datetime import date

from chrono.consistency.document import DATELINE, ELAPSED, judge
from chrono.consistency.pairing import Constraint
from chrono.consistency.ranges import DateRange
from chrono.model import Evidence, Severity


def _constraint(name: str, first: date | None, last: date | None) -> Constraint:
    return Constraint(DateRange(first, last), (Evidence(name, 0, len(name), name),))


Y2021 = _constraint("a", date(2021, 1, 1), date(2021, 12, 31))
Y2021_WIDE = _constraint("b", date(2020, 7, 1), date(2022, 6, 30))
Y2024 = _constraint("c", date(2024, 1, 1), date(2024, 12, 31))


def test_no_constraint_no_period() -> None:
    verdict = judge([], date(2023, 1, 1))
    assert verdict.period is None and verdict.flags == ()


def test_agreeing_constraints_intersect_and_fit_the_dct() -> None:
    verdict = judge([Y2021, Y2021_WIDE], date(2021, 5, 1))
    assert verdict.period == DateRange(date(2021, 1, 1), date(2021, 12, 31))
    assert verdict.flags == ()


def test_unanimous_text_against_the_dct_is_an_error() -> None:
    verdict = judge([Y2021, Y2021_WIDE], date(2023, 5, 1))
    (flag,) = verdict.flags
    assert (flag.kind, flag.severity, flag.implied_dct) == (
        DATELINE,
        Severity.ERROR,
        "2021-01-01/2021-12-31",
    )
    assert [item.text for item in flag.evidence] == ["a", "b"]


def test_majority_wins_and_dissent_lowers_the_severity() -> None:
    # two constraints say 2021, one says 2024 like the DCT: the DCT is flagged as a warning and
    # the dissenting constraint reported for information
    verdict = judge([Y2021, Y2021_WIDE, Y2024], date(2024, 3, 1))
    kinds = {(flag.kind, flag.severity) for flag in verdict.flags}
    assert kinds == {(DATELINE, Severity.WARNING), (ELAPSED, Severity.INFO)}
    assert verdict.period == DateRange(date(2021, 1, 1), date(2021, 12, 31))


def test_a_tie_goes_to_the_dct() -> None:
    # one constraint for 2021, one for 2024; the DCT is in 2024: no dateline flag, and the
    # 2021 statement is the outlier, a warning because it excludes the DCT
    verdict = judge([Y2021, Y2024], date(2024, 3, 1))
    (flag,) = verdict.flags
    assert (flag.kind, flag.severity, flag.implied_dct) == (
        ELAPSED,
        Severity.WARNING,
        "2021-01-01/2021-12-31",
    )


def test_without_a_dct_the_outlier_is_still_reported() -> None:
    verdict = judge([Y2021, Y2021_WIDE, Y2024], None)
    (flag,) = verdict.flags
    assert flag.kind == ELAPSED and [item.text for item in flag.evidence] == ["c"]


def test_open_ranges() -> None:
    before = _constraint("d", None, date(2010, 12, 31))
    verdict = judge([before], date(2012, 1, 1))
    (flag,) = verdict.flags
    assert flag.implied_dct == "../2010-12-31"
