"""A clock time and the same moment in another zone, in brackets after it, share a day: "9 p.m.
(0100 GMT) on Friday" is 21:00 on Friday and 01:00 on Saturday, as wire copy writes it, and "7
p.m. (10 p.m. in Toronto) on Thursday" too; so do two zoned times after a comma ("4:30 p.m.
Eastern, 1:30 Pacific")."""

from __future__ import annotations

from dataclasses import replace

from chrono.extract import Mention
from chrono.grammar.rule import Source
from chrono.patterns import WORD
from chrono.refine.clocks import linked_clock_pairs
from chrono.refine.days import names_a_day
from chrono.refine.patterns import patterns_for
from chrono.semantics import ClockTime, DateMeaning

_MINUTES_A_DAY = 24 * 60
# No zone is more than 14 hours from another's clock the same way round; but GMT is never more
# than 12 hours ahead of a local clock, so a GMT clock further on is the one behind ('2.30pm
# (0400 GMT)' in Adelaide is 10.5 hours back, not 13.5 on).
_WIDEST_GAP = 14 * 60
_WIDEST_GMT_AHEAD = 12 * 60


def share_zone_days(mentions: list[Mention], source: Source) -> list[Mention]:
    """The bracketed time takes the local time's day, moved over midnight when the clocks say
    so; a day written after the brackets belongs to the local time, one written inside them
    to the bracketed time."""
    patterns = patterns_for(source.lexicon)
    refined = list(mentions)
    for index, first, second in linked_clock_pairs(refined, source, patterns.zone_open):
        local, other = refined[index], refined[index + 1]
        bracketed = "(" in source.text[local.end : other.start]
        close = patterns.zone_close.match(source.lowered, other.end)
        place = patterns.zone_place.match(source.text, other.end) if bracketed else None
        zoned = patterns.zone.search(source.lowered, other.start, other.end) is not None
        if place is not None:
            close = place
        elif close is None or not zoned:
            continue
        if not bracketed and patterns.zone.search(source.lowered, local.start, local.end) is None:
            continue  # 'at 4:30, 5:30 and 6:30' lists times; '4:30 p.m. ET, 1:30 PT' restates one
        second = _nearest_half(first, second)
        universal = any(
            word in source.lexicon.universal_zones
            for word in WORD.findall(source.lowered, other.start, other.end)
        )
        shift = _days_apart(first, second, _WIDEST_GMT_AHEAD if universal else _WIDEST_GAP)
        if first.date is None and second.date is None:
            first = replace(first, date=_day_after(refined, index + 2, close.end(), source))
        if first.date is not None:
            second = replace(second, date=first.date, days_on=first.days_on + shift)
        elif second.date is not None:
            first = replace(first, date=second.date, days_on=second.days_on - shift)
        else:
            second = replace(second, days_on=shift)
        said_local = patterns.local_time.match(source.lowered, local.end)
        end = said_local.end() if said_local and bracketed else local.end
        refined[index] = replace(local, end=end, meaning=first)  # '8 p.m. local time (1800 GMT)'
        refined[index + 1] = replace(other, meaning=second)
    return refined


def _nearest_half(local: ClockTime, other: ClockTime) -> ClockTime:
    """'4:30 p.m. Eastern, 1:30 Pacific': an hour written without a.m. or p.m. is the one of
    its two readings nearer the local time."""
    if not other.twelve_hour or other.hour is None:
        return other
    later = replace(other, hour=(other.hour + 12) % 24, twelve_hour=False)
    earlier = replace(other, twelve_hour=False)
    return min((earlier, later), key=lambda clock: _gap(local, clock))


def _gap(local: ClockTime, other: ClockTime) -> int:
    assert local.hour is not None and other.hour is not None
    start = local.hour * 60 + local.minute
    end = other.hour * 60 + other.minute
    ahead = (end - start) % _MINUTES_A_DAY
    return min(ahead, _MINUTES_A_DAY - ahead)


def _days_apart(local: ClockTime, other: ClockTime, widest: int) -> int:
    """How many days the other clock is ahead (1), behind (-1) or on the same day (0): forward
    up to `widest` minutes, else back."""
    assert local.hour is not None and other.hour is not None
    start = (local.hour * 60 + local.minute) % _MINUTES_A_DAY
    end = (other.hour * 60 + other.minute) % _MINUTES_A_DAY
    ahead = (end - start) % _MINUTES_A_DAY
    if ahead <= widest:
        return int(end < start)
    return -int(end > start)


def _day_after(
    mentions: list[Mention], index: int, position: int, source: Source
) -> DateMeaning | None:
    """The day written right after the brackets: '(0100 GMT) on Friday'."""
    if index >= len(mentions):
        return None
    day = mentions[index]
    connector = patterns_for(source.lexicon).connector
    if connector.fullmatch(source.lowered, position, day.start) is None:
        return None
    return day.meaning if names_a_day(day.meaning) else None
