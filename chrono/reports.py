"""Earnings reports: 'the quarter', 'the year-ago quarter', 'the nine months', 'a year earlier'.

A report is about one quarter (the last one it named, else the last one completed by the document
date); its comparisons count from that quarter, as TimeBank annotates business news.
"""

from __future__ import annotations

from chrono.anchoring import DCT_LABEL, Anchor, Reference, Resolution, holding_reference
from chrono.intervals import render
from chrono.model import Mod, Tense, TimexType
from chrono.periods import Period, containing, quarter_period, shifted, unit_step
from chrono.semantics import Amount, Deictic, Unit
from chrono.timex import period_value

_OCTOBER = 10
_YEAR_END = (12, 31)
_RELEASE_LOOK_BACK = 4  # references back to a quarter, past the dates that restate or follow it


def reported_quarter(anchor: Anchor) -> tuple[Period, str] | None:
    """'the quarter', 'the latest quarter': the last quarter the report named, or else the last
    one completed before the document date ('earnings fell in the latest quarter'). A past
    clause passes over forecasts."""
    for reference in reversed(anchor.references):
        if reference.period.grain is Unit.QUARTER and not _forecast_for_past(reference, anchor):
            return reference.period, reference.timex_id
    if anchor.dct is None:
        return None
    return shifted(containing(Unit.QUARTER, anchor.dct), -1), DCT_LABEL


def year_just_reported(anchor: Anchor) -> tuple[Period, str] | None:
    """'For the full year, profit fell' in a report on the fourth quarter of the year before
    the document's ('fourth-quarter sales', 'the three months ended Dec. 31'): that year, which
    the quarter closed."""
    if not anchor.references or anchor.dct is None:
        return None
    reference = _quarter_told_last(anchor)
    told = reference.period
    last_year = told.start.year == anchor.dct.year - 1
    fourth_quarter = told.grain is Unit.QUARTER and told.start.month >= _OCTOBER
    year_end = told.grain is Unit.DAY and (told.start.month, told.start.day) == _YEAR_END
    if not last_year or not (fourth_quarter or year_end) or anchor.tense is Tense.FUTURE:
        return None
    return containing(Unit.YEAR, told.start), reference.timex_id


def _quarter_told_last(anchor: Anchor) -> Reference:
    """The latest reference, or the quarter before it when every reference since lies inside
    that quarter ('fourth-quarter sales rose, helped by a deal signed in November')."""
    return holding_reference(anchor.references, Unit.QUARTER) or anchor.references[-1]


def moved_reported_quarter(deictic: Deictic, anchor: Anchor) -> tuple[Period, str] | None:
    """The reported quarter, `offset` quarters away or in the year `in_year`."""
    found = reported_quarter(anchor)
    if found is None:
        return None
    quarter, label = found
    if deictic.in_year is not None and quarter.fiscal_quarter is not None:
        return shifted(quarter, 4 * (deictic.in_year - quarter.fiscal_quarter[0])), label
    if deictic.in_year is not None:
        return quarter_period(deictic.in_year, (quarter.start.month - 1) // 3 + 1), label
    return shifted(quarter, deictic.offset), label


def reported_span(months: Amount, anchor: Anchor) -> Period | None:
    """The months a report covers, ending with its quarter: 'the nine months' of a third-quarter
    report are January to September. Not a value of its own: a base for what follows."""
    found = reported_quarter(anchor)
    if found is None or months.number is None or months.number != int(months.number):
        return None
    end = found[0].end
    return Period(end - unit_step(Unit.MONTH, int(months.number)), end, Unit.MONTH)


def quarter_a_year_away(years: int, mod: Mod | None, anchor: Anchor) -> Resolution | None:
    """In a report about a quarter, 'a year ago' and 'a year earlier' mean that
    quarter a year before (TimeBank's practice in earnings news). Not a narrative reference.
    A past comparison passes over forecasts of quarters not yet over ('expect losses through
    the third quarter of 1990 ... In the year-ago period, it earned')."""
    reference = _latest_reported(anchor)
    if reference is None or reference.period.grain is not Unit.QUARTER:
        return None
    period = shifted(reference.period, 4 * years)
    value = period_value(period)
    return Resolution(
        TimexType.DATE, value, mod, render(period), reference.timex_id, period, is_reference=False
    )


def _latest_reported(anchor: Anchor) -> Reference | None:
    """The latest reference, passing over forecasts when the clause is past, and, after a
    quarter, the days its figures came out or are due ('figures for the June quarter came out
    on Monday. Growth was 1.5 per cent from a year earlier' compares with that quarter), and
    the dates inside it when the last of them restates it ('first-quarter profit fell as a wet
    March kept shoppers away ... in the three months ended March 31 ... a year earlier')."""
    told = [ref for ref in reversed(anchor.references) if not _forecast_for_past(ref, anchor)]
    for index, reference in enumerate(told[:_RELEASE_LOOK_BACK]):
        quarter = reference.period
        if quarter.grain is not Unit.QUARTER:
            continue
        later = [ref.period for ref in told[:index]]
        restated = bool(later) and _restates(later[0], quarter)
        if all(
            _released(period, quarter) or (restated and quarter.holds(period)) for period in later
        ):
            return reference
    return told[0] if told else None


def _released(period: Period, quarter: Period) -> bool:
    """A day (or a time) told after a quarter and after its end: when its figures came out."""
    return period.grain.rank <= Unit.DAY.rank and period.start >= quarter.end


def _restates(period: Period, quarter: Period) -> bool:
    """The quarter again: its span ('the three months ended March 31') or its last day."""
    same_span = (period.start, period.end) == (quarter.start, quarter.end)
    last_day = period.grain is Unit.DAY and period.last_day == quarter.last_day
    return same_span or last_day


def _forecast_for_past(reference: Reference, anchor: Anchor) -> bool:
    """A period not over by the document date and not told in the past ('expect losses through
    the third quarter of 1990'), seen from a past clause, which reports what is over."""
    if anchor.tense is not Tense.PAST or anchor.dct is None:
        return False
    return reference.period.last_day >= anchor.dct and reference.tense is not Tense.PAST
