"""Every timex chrono emits is valid TimeML and follows the conventions' value and interval rules.

Checked on temporal word salad (strategies.vocabulary_texts): most rules, in odd company.
"""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from chrono import Document, Timex, annotate

from .strategies import optional_anchor, vocabulary_texts
from .support import describe
from .timex3 import (
    TIMEML_MODS,
    TIMEX_TYPES,
    date_period,
    interval_dates,
    interval_problem,
    thirds,
    value_interval,
    value_kind,
)

documents = st.builds(
    annotate,
    vocabulary_texts(),
    optional_anchor,
    day_first=st.booleans(),
    find_dateline=st.booleans(),
)

_KINDS_BY_TYPE = {
    # A named day's part ("Friday night") is a DATE, as TimeBank and AQUAINT mostly annotate it;
    # "this morning" is a TIME: TimeML gives a TIME a time of day, even a vague one.
    "DATE": {"date", "week", "part-of-year", "part-of-day", "decade", "century", "vague"},
    "TIME": {"time", "part-of-day", "vague"},
    "DURATION": {"duration"},
    # "every summer" repeats a season: XXXX-SU, as TimeML writes it.
    "SET": {"date", "week", "time", "part-of-day", "part-of-year", "duration"},
}


def _failures(doc: Document, check: str, problems: list[str]) -> str:
    return f"{check} in {doc.text!r} (dct {doc.dct}): {problems}; all: [{describe(doc)}]"


def _mod(timex: Timex) -> str | None:
    return None if timex.mod is None else str(timex.mod)


@given(doc=documents)
def test_every_value_is_a_valid_timex3_value(doc: Document) -> None:
    bad = [f"{t.id} {t.text!r}: {t.value!r}" for t in doc.timexes if value_kind(t.value) is None]
    assert not bad, _failures(doc, "invalid values", bad)


@given(doc=documents)
def test_every_type_is_timeml_and_agrees_with_the_value(doc: Document) -> None:
    bad = [
        f"{t.id} {t.text!r}: {t.type} {t.value!r}"
        for t in doc.timexes
        if str(t.type) not in TIMEX_TYPES or value_kind(t.value) not in _KINDS_BY_TYPE[str(t.type)]
    ]
    assert not bad, _failures(doc, "type and value disagree", bad)


@given(doc=documents)
def test_every_mod_is_a_timeml_mod_and_quant_freq_are_for_sets(doc: Document) -> None:
    bad = [
        f"{t.id} {t.text!r}: mod {t.mod!r}"
        for t in doc.timexes
        if t.mod and _mod(t) not in TIMEML_MODS
    ]
    bad += [
        f"{t.id} {t.text!r}: {t.type} with quant {t.quant!r} freq {t.freq!r}"
        for t in doc.timexes
        if str(t.type) != "SET" and (t.quant is not None or t.freq is not None)
    ]
    assert not bad, _failures(doc, "bad mod/quant/freq", bad)


@given(doc=documents)
def test_every_interval_is_well_formed(doc: Document) -> None:
    bad = [
        f"{t.id} {t.text!r}: {problem}"
        for t in doc.timexes
        if t.interval is not None and (problem := interval_problem(t.interval)) is not None
    ]
    assert not bad, _failures(doc, "malformed intervals", bad)


def _has_no_interval(timex: Timex) -> bool:
    """Conventions: durations, sets, vague values and unanchored (X) values have no interval."""
    return (
        str(timex.type) in {"DURATION", "SET"}
        or value_kind(timex.value) == "vague"
        or "X" in timex.value
    )


@given(doc=documents)
def test_an_unmodified_date_or_time_has_the_period_of_its_value(doc: Document) -> None:
    bad: list[str] = []
    for t in doc.timexes:
        if _has_no_interval(t):
            expected = None
        elif t.mod is None:
            expected = value_interval(t.value)
            if expected is None:
                continue  # a value whose interval the conventions leave open (seconds, MI, DT)
        else:
            continue  # see test_a_modified_dates_interval_follows_its_mod
        if t.interval != expected:
            bad.append(
                f"{t.id} {t.text!r} {t.type} {t.value}: interval {t.interval}, expected {expected}"
            )
    assert not bad, _failures(doc, "intervals differ from the value's period", bad)


def _mod_problem(timex: Timex) -> str | None:
    """How a modified DATE's interval breaks the conventions' rule for its mod, if it does."""
    period = date_period(timex.value)
    if period is None or timex.interval is None or interval_problem(timex.interval):
        return None
    first, last = interval_dates(timex.interval)
    mod = _mod(timex)
    if mod == "APPROX" and (first, last) != period:
        return "APPROX must keep the period of the value"
    if mod == "BEFORE" and (first, last) != (None, period[0] - timedelta(days=1)):
        return "BEFORE must be ../<day before the period>"
    if mod == "AFTER" and (first, last) != (period[1] + timedelta(days=1), None):
        return "AFTER must be <day after the period>/.."
    if mod in {"START", "MID", "END"}:
        return _third_problem(mod, first, last, period, thirds(timex.value))
    return None


def _third_problem(
    mod: str,
    first: date | None,
    last: date | None,
    period: tuple[date, date],
    parts: tuple[tuple[date, date], ...] | None,
) -> str | None:
    if first is None or last is None or first < period[0] or last > period[1]:
        return f"{mod} must lie inside the period {period}"
    if mod == "START" and first != period[0]:
        return "START must begin with the period"
    if mod == "END" and last != period[1]:
        return "END must end with the period"
    if parts is None:
        return None
    start_part, mid_part, end_part = parts
    if mod == "MID" and (first, last) != mid_part:
        return f"MID must be the middle third {mid_part}"
    if mod == "START" and last > start_part[1]:
        return f"START must lie in the first third {start_part}"
    if mod == "END" and first < end_part[0]:
        return f"END must lie in the last third {end_part}"
    return None


@given(doc=documents)
def test_a_modified_dates_interval_follows_its_mod(doc: Document) -> None:
    bad = [
        f"{t.id} {t.text!r} {t.value} {t.mod} {t.interval}: {problem}"
        for t in doc.timexes
        if str(t.type) == "DATE" and t.mod is not None and (problem := _mod_problem(t)) is not None
    ]
    assert not bad, _failures(doc, "mod intervals", bad)


@given(doc=documents)
def test_anchors_are_the_dct_or_an_earlier_specific_timex(doc: Document) -> None:
    position = {t.id: index for index, t in enumerate(doc.timexes)}
    bad: list[str] = []
    for index, t in enumerate(doc.timexes):
        if t.anchor is None:
            continue
        if t.anchor == "dct":
            if doc.dct is None:
                bad.append(f"{t.id} {t.text!r}: anchored to a DCT the document does not have")
            continue
        earlier = position.get(t.anchor, index)
        anchor = doc.timexes[earlier]
        if earlier >= index:
            bad.append(f"{t.id} {t.text!r}: anchor {t.anchor!r} is not an earlier timex")
        elif str(anchor.type) not in {"DATE", "TIME"} or value_kind(anchor.value) == "vague":
            bad.append(f"{t.id} {t.text!r}: anchor {t.anchor} is {anchor.type} {anchor.value}")
    assert not bad, _failures(doc, "anchors", bad)
