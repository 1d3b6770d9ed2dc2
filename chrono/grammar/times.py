"""Clock times: "3 p.m.", "10:30 a.m.", "noon", "midnight", "4 in the morning", "14:45 GMT".
Joining a time with its date ("3 p.m. on Friday") is the job of chrono.refine.days."""

from __future__ import annotations

import re
from datetime import date

from chrono.grammar.calendar_words import starts_a_name
from chrono.grammar.pieces import Pieces, after_any
from chrono.grammar.rule import (
    CLOCK_CLASS,
    NUMBER_CLASS,
    YEAR_CLASS,
    Rule,
    Source,
    make_rule,
    optional_group,
    trigger_words,
)
from chrono.lexicon import Lexicon
from chrono.model import Mod
from chrono.patterns import WORD, alternation
from chrono.semantics import (
    DAY_END_HOUR,
    NOON_HOUR,
    CalendarDate,
    ClockTime,
    Meaning,
    in_part_of_day,
)

_NOON_MINUTES = NOON_HOUR * 60
_DAY_MINUTES = 24 * 60
_PRICE_REACH = 60  # chars around a dotted number where a price word makes it a price
_SENTENCE_STOP = re.compile(r"[.!?]\s")
# The word right before a position, and whether a sentence or line starts just before it.
_WORD_BEFORE = re.compile(r"(?P<stop>(?:^|[.!?:]\s+|\n)\s*)?(?P<word>[A-Za-z][\w’'-]*)\s+$")
_WORD_BEFORE_REACH = 40


def rules(p: Pieces) -> tuple[Rule, ...]:
    zone = (
        rf"(?:\s+(?:(?P<zone>{p.lexicon.fragment('zone')})\b"
        rf"(?:\s+(?:{p.lexicon.fragment('zone_time')})\b)?"
        rf"|{p.lexicon.fragment('local_time_words')}\b))?"
    )
    hour_minute = r"(?P<hour>[01]?\d|2[0-3])(?:[:.](?P<minute>[0-5]\d))?"
    return (
        make_rule(
            "times.am_pm",
            rf"{hour_minute}\s*(?:(?P<am>{p.lexicon.fragment('am')})|(?P<pm>{p.lexicon.fragment('pm')})){zone}",
            _am_pm,
            {"m", "am", "pm", CLOCK_CLASS},
        ),
        make_rule(
            "times.colon",
            rf"(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)(?![:\d]){zone}",
            _colon,
            {CLOCK_CLASS},
        ),
        make_rule(
            "times.dotted_clock",
            r"(?<![\d.,$£€])(?P<hour>[01]?\d|2[0-3])\.(?P<minute>[0-5]\d)(?![\d%]|[.,]\d)",
            _dotted_clock,
            {CLOCK_CLASS},
        ),
        make_rule(
            "times.wire_clock",
            rf"(?<![\d.,])(?P<hour>[01]\d|2[0-3])\.?(?P<minute>[0-5]\d)\s+(?P<zone>{p.lexicon.fragment('zone')})\b",
            _wire_clock,
            {NUMBER_CLASS, YEAR_CLASS, CLOCK_CLASS},
            priority=1,
        ),
        make_rule(
            "times.oclock",
            rf"{hour_minute}\s+{p.frag('oclock')}(?:\s+{p.frag('ampm_in')}\s+{p.part()})?",
            _with_part,
            {"o"},
        ),
        make_rule(
            "times.spoken_oclock",
            rf"(?P<spoken>{_clock_hours(p.lexicon)})\s+{p.frag('oclock')}"
            rf"(?:\s+{p.frag('ampm_in')}\s+{p.part()})?",
            _spoken_oclock,
            {"o"},
        ),
        make_rule(
            "times.in_the_part",
            rf"{hour_minute}\s+{p.frag('ampm_in')}\s+{p.part()}",
            _with_part,
            {"morning", "afternoon", "evening", "night"},
        ),
        make_rule(
            "times.iso_datetime",
            r"(?P<year>[12]\d{3})-(?P<month>[01]\d)-(?P<day>[0-3]\d)[t\s]"
            r"(?P<hour>[01]\d|2[0-3]):(?P<minute>[0-5]\d)(?::[0-5]\d(?:[.,]\d+)?)?"
            r"(?:z|[+-](?:[01]\d|2[0-3])(?::?[0-5]\d)?)?",
            _iso_datetime,
            {YEAR_CLASS},
            priority=1,
        ),
        make_rule(
            "times.range_start",
            rf"(?<![\d.,:$])(?P<hour>1[0-2]|0?[1-9])(?:[:.](?P<minute>[0-5]\d))?"
            rf"(?=\s*(?:[-\u2013]|\s(?:{p.lexicon.fragment('span_link')}|{p.lexicon.fragment('and')})\s)"
            rf"\s*(?:(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s*(?:{p.lexicon.fragment('am')}|{p.lexicon.fragment('pm')})"
            rf"|(?:12\s+)?(?:{p.lexicon.fragment('noon')})\b))",
            _range_start,
            {"m", "am", "pm", "noon", "midday"},
        ),
        make_rule(
            "times.past_the_hour",
            _past_the_hour_pattern(p),
            _past_the_hour,
            {"past", "quarter", "half", "minutes", "minute", "midnight", "noon", "midday"},
            priority=1,
        ),
        make_rule(  # British 'half ten' is half past ten
            "times.half_hour",
            rf"{after_any(_hour_leads(p.lexicon))}{p.frag('half')}\s+"
            rf"(?P<hour>1[0-2]|[1-9]|{_hour_words(p.lexicon)})(?![\w%]|[.,:]\d)",
            _half_hour,
            {"half"},
        ),
        make_rule(
            "times.at_bare_hour",
            rf"{after_any(p.lexicon.bare_hour_prepositions)}(?P<hour>1[0-2]|[1-9]|{_hour_words(p.lexicon)})"
            rf"(?:[:.](?P<minute>[0-5]\d))?"
            rf"(?![\d:.,]\d)",
            _at_bare_hour,
            trigger_words([*p.lexicon.night_words, *p.lexicon.day_parts, *p.lexicon.deictic_days]),
        ),
        make_rule(
            "times.after_noon",
            rf"{_after_noon(p.lexicon)}(?P<hour>1[01]|[1-9])(?:[:.](?P<minute>[0-5]\d))?"
            rf"(?![\d:.,]?\d|\s*(?:{p.lexicon.fragment('am')}|{p.lexicon.fragment('pm')}))",
            _hour_after_noon,
            {"noon", "midday"},
        ),
        make_rule(  # '12 noon', as timetables write it
            "times.noon",
            rf"(?:12\s+)?(?:{p.frag('noon')})",
            lambda m, s: ClockTime(NOON_HOUR),
            {"noon", "midday"},
        ),
        make_rule(
            "times.midnight", rf"(?:12\s+)?(?:{p.frag('midnight')})", _midnight, {"midnight"}
        ),
    )


def _after_noon(lex: Lexicon) -> str:
    """Right after 'noon to ' or 'midday until ': the hour ending a range that starts at noon
    is in the afternoon ('workshops from noon to 5')."""
    links = lex.fragment("span_link").split("|")
    return after_any(f"{noon} {link}" for noon in lex.fragment("noon").split("|") for link in links)


def _hour_after_noon(match: re.Match[str], source: Source) -> Meaning | None:
    """The afternoon hour closing 'from noon to 5', but no count ('from noon to 5 percent')."""
    following = source.word_after(match.end()).lower()
    if following in source.lexicon.quantity_nouns or source.text.startswith("%", match.end()):
        return None
    return ClockTime(int(match.group("hour")) + 12, _minute(match))


def _midnight(match: re.Match[str], source: Source) -> Meaning | None:
    """Midnight ends its day ('expired at midnight on Friday': T24:00), but 'after midnight'
    is already in the day named ('shortly after midnight on Sunday': Sunday's T00:00). A
    capitalized 'Midnight' before a capitalized word is a name ('Midnight Express'), as is one
    after a capitalized word inside a sentence ('starred in Morning After Midnight')."""
    capitalized = source.text[match.start()].isupper()
    if capitalized and _names_something(source, match.end()):
        return None  # 'the band Midnight Express'
    if capitalized and _ends_a_name(source, match.start()):
        return None
    after = source.lexicon.is_fragment("after", source.word_before(match.start()))
    return ClockTime(0 if after else DAY_END_HOUR)


def _ends_a_name(source: Source, start: int) -> bool:
    """A capitalized word right before, itself no sentence's first word nor a day or month
    ('Morning After Midnight', not 'Friday Midnight' or '. At Midnight')."""
    previous = _WORD_BEFORE.search(source.text, max(0, start - _WORD_BEFORE_REACH), start)
    if previous is None or not previous.group("word")[:1].isupper():
        return False
    if _in_a_headline(source.text, start) and not _inside_quotes(source.text, start):
        return False  # 'Ceasefire To Take Effect At Midnight'; not 'Film: "Mumbai After Midnight"'
    word = previous.group("word").lower()
    lex = source.lexicon
    timely = word in lex.weekdays or word in lex.months or word in lex.deictic_days
    return not timely and previous.group("stop") is None


def _in_a_headline(text: str, position: int) -> bool:
    """Whether the line holding `position` capitalizes every word of more than three letters,
    as a headline does."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    words = re.findall(r"[A-Za-z]{4,}", text[start : end if end >= 0 else len(text)])
    return all(word[0].isupper() for word in words)


def _inside_quotes(text: str, position: int) -> bool:
    """Whether an odd number of double quotes stand between the line's start and `position`."""
    start = text.rfind("\n", 0, position) + 1
    return sum(text.count(mark, start, position) for mark in '"“”') % 2 == 1


def _names_something(source: Source, end: int) -> bool:
    """A capitalized word after 'Midnight' that is no day, month or zone: a name ('Midnight
    Express'), not 'Midnight Friday' or 'Midnight GMT'."""
    if not starts_a_name(source, end):
        return False
    lex = source.lexicon
    following = source.word_after(end).lower()
    timely = following in lex.weekdays or following in lex.months or following in lex.deictic_days
    return not timely and not lex.is_fragment("zone", following)


def _minute(match: re.Match[str]) -> int:
    return int(match.group("minute")) if match.group("minute") else 0


def _am_pm(match: re.Match[str], source: Source) -> Meaning | None:
    hour = int(match.group("hour"))
    if not 1 <= hour <= 12:
        return None
    if match.group("pm"):
        hour = hour % 12 + 12
    elif hour == 12:
        hour = 0
    return ClockTime(hour, _minute(match))


def _past_the_hour_pattern(p: Pieces) -> str:
    lex = p.lexicon
    numbers = alternation(lex.number_words)
    tens = alternation(lex.tens_words)
    minutes = (
        rf"(?P<minutes>{p.frag('clock_quarter')}|{p.frag('half')}|[1-5]?\d"
        rf"|(?:{tens})(?:[\s-]+(?:{numbers}))?|{numbers})"
    )
    direction = rf"(?P<direction>{lex.fragment('past_hour')}|{lex.fragment('to_hour')})"
    hour = (
        rf"(?:(?P<noon>{p.frag('noon')})|(?P<midnight>{p.frag('midnight')})"
        rf"|(?P<hour>1[0-2]|0?[1-9]|{numbers}))"
    )
    half_of_day = (
        rf"(?:\s*(?:(?P<am>{lex.fragment('am')})|(?P<pm>{lex.fragment('pm')}))"
        rf"|\s+{p.frag('ampm_in')}\s+{p.part()})?"
    )
    return (
        rf"{minutes}(?P<minutes_said>\s+{p.frag('minutes_word')})?\s+{direction}\s+{hour}"
        rf"{half_of_day}"
    )


def _past_the_hour(match: re.Match[str], source: Source) -> Meaning | None:
    """'a quarter past three', 'half past nine', 'ten past six', '20 minutes to 4': a 12-hour
    clock time; a part of day beside it decides its half ('... this afternoon'). A bare count
    before 'to' is a range of numbers ('2 to 4 stores'), not a time."""
    lex = source.lexicon
    written = match.group("hour")
    if match.group("noon") or match.group("midnight"):
        hour = 12
    else:
        hour = int(written) if written.isdigit() else lex.number_words.get(written, 0)
    said = match.group("minutes")
    backward = lex.is_fragment("to_hour", match.group("direction"))
    before = source.word_before(match.start())
    if lex.is_fragment("clock_quarter", said):
        minutes = 15
    elif lex.is_fragment("half", said):
        minutes = 30 if not backward else 0
    elif backward and not (
        match.group("minutes_said") or match.group("noon") or match.group("midnight")
    ):
        return None  # '2 to 4 stores'; but 'five to midnight'
    elif backward and not match.group("minutes_said") and lex.is_fragment("from", before):
        return None  # 'open from five to midnight': a span of hours
    else:
        minutes = int(said) if said.isdigit() else _spoken_minutes(said, lex)
    if not 1 <= hour <= 12 or not 1 <= minutes < 60:
        return None
    if match.group("noon") or match.group("midnight"):
        base = _NOON_MINUTES if match.group("noon") else _DAY_MINUTES * backward
        total = base - minutes if backward else base + minutes
        return ClockTime(total // 60, total % 60)
    if backward:
        hour, minutes = hour - 1 or 12, 60 - minutes
    if match.group("pm") or match.group("am"):
        return ClockTime(hour % 12 + 12 * bool(match.group("pm")), minutes)
    part = lex.day_parts.get(match.group("part") or "")
    if part is not None:
        return ClockTime(in_part_of_day(hour, part), minutes)
    return ClockTime(hour, minutes, twelve_hour=hour < 12)


def _spoken_minutes(said: str, lex: Lexicon) -> int:
    """'ten', 'twenty', 'twenty-five' as a count of minutes."""
    return sum(
        lex.tens_words.get(word, 0) or lex.number_words.get(word, 0)
        for word in re.split(r"[\s-]+", said)
    )


def _at_bare_hour(match: re.Match[str], source: Source) -> Meaning | None:
    """'tonight at 8', 'at 8 tomorrow', 'Friday night at 10', 'by 9 this morning': a bare hour
    after 'at', 'by' or 'until' is a clock time only beside a part of day or a day word; 'at 8'
    alone may be anything ('at 8 percent')."""
    lex = source.lexicon
    at_start = match.start() - len(source.word_before(match.start())) - 1
    following = source.word_after(match.end()).lower()
    beside: tuple[str, ...] = (source.word_before(at_start), following)
    day_words = (lex.night_words, lex.day_parts, lex.deictic_days)
    if following in lex.relative_to_dct:  # 'by 9 this morning'
        after = match.end() + 1 + len(following)
        beside = (*beside, source.word_after(after).lower())
    if not any(word in words for word in beside for words in day_words):
        return None
    counted = beside[0]  # the word before 'at'
    if counted in lex.past_of_be or counted in lex.present_links:  # 'the toll was at nine'
        counted = source.word_before(at_start - 1 - len(counted))
    levels = (lex.level_verbs, lex.change_verbs, lex.tally_nouns)
    if any(counted in words for words in levels):
        return None  # 'the death toll stood at 6 this morning', 'put the toll at nine' count
    hour = match.group("hour")
    if hour.isdigit():
        return ClockTime(int(hour), _minute(match), twelve_hour=True)
    return ClockTime(lex.number_words[hour], twelve_hour=True)  # 'at seven this morning'


def _half_hour(match: re.Match[str], source: Source) -> Meaning | None:
    """'by half ten', 'at half seven': half past the hour, as British speech says it; not
    'by half ten years ago' or 'at half ten percent'."""
    lex = source.lexicon
    following = source.word_after(match.end()).lower()
    if following in lex.units or following in lex.quantity_nouns or following in lex.amount_words:
        return None
    if lex.is_fragment("times", following) or following in lex.price_words:
        return None  # 'at about half five times earnings', 'at half six euro an hour'
    hour = match.group("hour")
    number = int(hour) if hour.isdigit() else lex.number_words[hour]
    return ClockTime(number, 30, twelve_hour=True)


def _hour_leads(lex: Lexicon) -> set[str]:
    """What may stand before a spoken half hour: 'at', or 'at' and an approximation ('at about
    half five')."""
    approximations = [word for word, mod in lex.amount_mods.items() if mod is Mod.APPROX]
    leads = set(lex.bare_hour_prepositions)
    return leads | {f"{lead} {word}" for lead in leads for word in approximations}


def _hour_words(lex: Lexicon) -> str:
    """The number words of the hours on a clock face: 'one' to 'twelve'."""
    return alternation(word for word, value in lex.number_words.items() if 1 <= value <= NOON_HOUR)


def _range_start(match: re.Match[str], source: Source) -> Meaning | None:
    """The first hour of a clock range whose a.m. or p.m. is written only after the second
    ('from 2 to 4 p.m.', '7:30-10 p.m.'): the range refiner gives it the second's half of day."""
    return ClockTime(int(match.group("hour")), _minute(match), twelve_hour=True)


def _iso_datetime(match: re.Match[str], source: Source) -> Meaning | None:
    """'2023-12-09T10:00Z', '2023-12-09 10:00:30+01:00': the local clock time to the minute (a
    TIMEX3 value has no zone)."""
    year, month, day = (int(match.group(name)) for name in ("year", "month", "day"))
    try:
        date(year, month, day)
    except ValueError:
        return None
    return ClockTime(int(match.group("hour")), _minute(match), date=CalendarDate(year, month, day))


def _colon(match: re.Match[str], source: Source) -> Meaning | None:
    before = source.text[match.start() - 1 : match.start()]
    if before in ("$", ":") or before.isdigit():
        return None
    hour = int(match.group("hour"))
    twenty_four = match.group("hour").startswith("0")  # '03:30' is a 24-hour clock
    return ClockTime(hour, _minute(match), twelve_hour=1 <= hour <= NOON_HOUR and not twenty_four)


def _dotted_clock(match: re.Match[str], source: Source) -> Meaning | None:
    """'at 3.30', 'starts at 6.30', a live blog's '09.58 The judge ...': a clock written with a
    dot and nothing after it, as British papers do; after a clock preposition, or opening a line
    before a capital, and not among prices or rates ('shares closed at 4.25')."""
    lex = source.lexicon
    line_start = match.start() == 0 or source.text[match.start() - 1] == "\n"
    next_word = source.word_after(match.end())
    stamp = line_start and next_word[:1].isupper()
    if not stamp and source.word_before(match.start()) not in lex.clock_prepositions:
        return None
    following = next_word.lower()
    measured = following in lex.quantity_nouns or following in lex.units
    measured = measured or following in lex.scale_words  # 'at 2.46 billion guilders'
    if measured or following in lex.price_words:
        return None  # '3.30 metres', '6.30 per cent', '2.15 hours'
    if _among_prices(match, source):
        return None
    hour = int(match.group("hour"))
    twenty_four = match.group("hour").startswith("0") or stamp
    return ClockTime(hour, _minute(match), twelve_hour=1 <= hour <= NOON_HOUR and not twenty_four)


def _among_prices(match: re.Match[str], source: Source) -> bool:
    """Whether a price or rate word stands near the number in its own sentence."""
    low = max(0, match.start() - _PRICE_REACH)
    stops = list(_SENTENCE_STOP.finditer(source.lowered, low, match.start()))
    low = stops[-1].end() if stops else low
    after = _SENTENCE_STOP.search(source.lowered, match.end(), match.end() + _PRICE_REACH)
    high = after.start() if after else match.end() + _PRICE_REACH
    return any(
        word in source.lexicon.price_words for word in WORD.findall(source.lowered, low, high)
    )


def _wire_clock(match: re.Match[str], source: Source) -> Meaning | None:
    """'0400 GMT', '14.00 GMT': a 24-hour clock, as wire copy gives it, always with a zone."""
    return ClockTime(int(match.group("hour")), _minute(match))


def _with_part(match: re.Match[str], source: Source) -> Meaning | None:
    hour = int(match.group("hour"))
    if not 1 <= hour <= 12:
        return None
    part = source.lexicon.day_parts.get(match.group("part") or "")
    if part is None:
        return ClockTime(hour, _minute(match), twelve_hour=hour < 12)
    return ClockTime(in_part_of_day(hour, part), _minute(match))


def _spoken_oclock(match: re.Match[str], source: Source) -> Meaning | None:
    """'three o'clock', 'seven o'clock in the evening'."""
    hour = source.lexicon.number_words[match.group("spoken")]
    part = source.lexicon.day_parts.get(optional_group(match, "part") or "")
    if part is None:
        return ClockTime(hour, 0, twelve_hour=hour < NOON_HOUR)
    return ClockTime(in_part_of_day(hour, part), 0)


def _clock_hours(lex: Lexicon) -> str:
    """The number words of the twelve clock hours."""
    return alternation(word for word, n in lex.number_words.items() if 1 <= n <= NOON_HOUR)
