"""Repeating times: "every Monday", "each morning", "every two weeks", "daily", "twice a week",
"three times a year", "on Mondays"."""

from __future__ import annotations

import re

from chrono.grammar.pieces import Pieces
from chrono.grammar.rule import Rule, Source, make_rule, optional_group, trigger_words
from chrono.numbers import is_count, parse_amount
from chrono.patterns import WORD
from chrono.semantics import CalendarDate, HolidayRef, Meaning, Recurrence, Unit
from chrono.shifts import finer_unit

_WORKING_DAYS = 5  # Monday to Friday
_SENTENCE_ENDS = ".!?\n"
_LOOK_BACK = 40  # characters back from a plural day to the words that lead to it
_PHRASE_WORDS = 3  # 'the', 'Communist', 'Party' before 'daily Granma'
_PHRASE_REACH = 40  # characters holding those words


def rules(p: Pieces) -> tuple[Rule, ...]:
    lex = p.lexicon
    quantifier = p.words(lex.quantifiers, "quantifier")
    every_n = (
        rf"{quantifier}\s+(?:(?P<other>{p.frag('other')})\s+)?"
        rf"(?:(?:{p.amount('low')}\s+(?:{p.frag('range_link')})\s+)?{p.amount()}\s+)?"
    )
    return (
        make_rule(
            "sets.every_unit",
            rf"(?:(?P<once>{p.frag('once')})\s+)?{every_n}{p.unit()}",
            _every_unit,
            lex.quantifiers,
        ),
        make_rule(
            "sets.every_fraction",
            rf"{quantifier}\s+(?:(?P<half>{p.frag('half')})|{p.frag('quarter')})"
            rf"(?:[\s-]+|\s+(?:{p.frag('of')}\s+)?{p.frag('a')}\s+){p.unit()}",
            _every_fraction,
            lex.quantifiers,
            priority=1,
        ),
        make_rule(
            "sets.every_weekday",
            rf"{quantifier}\s+(?:(?P<other>{p.frag('other')})\s+)?{p.weekday()}s?(?:\s+{p.part()})?",
            _every_weekday,
            lex.quantifiers,
            priority=1,
        ),
        make_rule("sets.every_part", rf"{quantifier}\s+{p.part()}", _every_part, lex.quantifiers),
        make_rule(
            "sets.every_calendar",
            rf"{quantifier}\s+(?:{p.month()}|{p.words(lex.seasons, 'season')}"
            rf"|{p.words(lex.holidays, 'holiday')})",
            _every_calendar,
            lex.quantifiers,
        ),
        make_rule(
            "sets.times_adverb",
            rf"(?:{p.words(lex.frequency_words, 'freq')}|{p.amount()}\s+{p.frag('times')})"
            rf"\s+{p.words(lex.set_adverbs, 'adverb')}",
            _times_per,
            trigger_words(lex.set_adverbs),
            priority=1,
        ),
        make_rule(
            "sets.adverb",
            p.words(lex.set_adverbs, "adverb"),
            _adverb,
            trigger_words(lex.set_adverbs),
        ),
        make_rule(
            "sets.times_per",
            rf"(?:{p.words(lex.frequency_words, 'freq')}|{p.amount()}[\s-]+{p.frag('times')})"
            rf"[\s-]+{p.frag('per')}[\s-]+{p.unit()}",
            _times_per,
            {*lex.frequency_words, "times"},
            priority=1,
        ),
        make_rule(
            "sets.plural_weekday",
            rf"{p.weekday()}{p.frag('weekday_plural')}(?![\w'’])",
            _plural_weekday,
            trigger_words(word + lex.plural_suffix for word in lex.weekdays),
        ),
        make_rule(
            "sets.weekday_parts",
            rf"{p.weekday()}\s+{p.part()}{p.frag('weekday_plural')}(?![\w'’])",
            _weekday_parts,
            trigger_words(word + lex.plural_suffix for word in lex.day_parts),
            priority=1,
        ),
        make_rule(
            "sets.every_working_day",
            rf"(?:{quantifier}\s+{p.frag('working_day')}"
            rf"|(?P<plural>{p.frag('working_day')}){p.frag('weekday_plural')})(?![\w'’])",
            _every_working_day,
            {*lex.quantifiers, "weekdays", "workdays", "days"},
        ),
        make_rule(
            "sets.nth_weekday_of_every_month",
            rf"(?:{p.frag('the')}\s+)?(?:{p.ordinal()}|{p.frag('last_of')})\s+"
            rf"(?:{p.weekday()}|(?P<day_word>{p.frag('working_day')}|{p.frag('day_away_unit')}))"
            rf"\s+(?:{p.frag('of')}|{p.frag('in')})\s+{quantifier}\s+{p.frag('month_word')}",
            _nth_weekday_of_every_month,
            lex.quantifiers,
            priority=2,
        ),
        make_rule(
            "sets.plural_weekend",
            rf"{p.frag('week_end')}{p.frag('weekday_plural')}(?![\w'’])",
            _plural_weekend,
            {"weekends"},
        ),
    )


def _every_unit(match: re.Match[str], source: Source) -> Meaning | None:
    """'every two weeks', 'every other day', 'once every four years' (freq 1X); 'every few
    weeks' and 'every two or three months' repeat at a length the text leaves open (PXW, PXM)."""
    every: int | None = 2 if match.group("other") else 1
    if match.group("low"):
        every = None
    elif match.group("amount"):
        number = parse_amount(match.group("amount"), source.lexicon).number
        if number is not None and number != int(number):
            return None
        every = None if number is None else int(number)
    factor = source.lexicon.unit_factors.get(match.group("unit"), 1)  # 'every fortnight'
    quantifier = source.lexicon.quantifiers[match.group("quantifier")]
    times = 1 if optional_group(match, "once") else None
    return Recurrence(
        unit=source.lexicon.units[match.group("unit")],
        every=None if every is None else every * factor,
        quantifier=quantifier,
        times=times,
    )


def _every_working_day(match: re.Match[str], source: Source) -> Meaning | None:
    """'every weekday', 'on working days', 'runs weekdays': five days of every week (P1W,
    freq 5X), since TIMEX3 has no value for Monday to Friday."""
    if optional_group(match, "plural") and not _days_in_general(match.start(), source):
        return None
    quantifier = optional_group(match, "quantifier")
    every = source.lexicon.quantifiers[quantifier] if quantifier else "EVERY"
    return Recurrence(Unit.WEEK, times=_WORKING_DAYS, quantifier=every)


def _nth_weekday_of_every_month(match: re.Match[str], source: Source) -> Meaning | None:
    """'the first Monday of every month', 'the last working day of each month': one day a
    month (P1M, freq 1X); TIMEX3 cannot write which one."""
    if not optional_group(match, "day_word") and not source.is_capitalized(match, "weekday"):
        return None
    quantifier = source.lexicon.quantifiers[match.group("quantifier")]
    return Recurrence(Unit.MONTH, times=1, quantifier=quantifier)


def _every_fraction(match: re.Match[str], source: Source) -> Meaning | None:
    """'every half hour', 'every half an hour', 'every quarter of an hour': a part of the unit,
    told in a finer one (every 30 minutes, every 15)."""
    finer = finer_unit(source.lexicon.units[match.group("unit")])
    share = 2 if match.group("half") else 4
    if finer is None or finer[1] % share:
        return None
    quantifier = source.lexicon.quantifiers[match.group("quantifier")]
    return Recurrence(unit=finer[0], every=finer[1] // share, quantifier=quantifier)


def _every_weekday(match: re.Match[str], source: Source) -> Meaning | None:
    """'every Monday', 'each Friday night'; 'every other Thursday' is every second week, which
    TIMEX3 can only say in the quant ('EVERY OTHER')."""
    lex = source.lexicon
    part = lex.day_parts.get(match.group("part") or "")
    weekday = lex.weekdays[match.group("weekday").rstrip(".")]
    quantifier = lex.quantifiers[match.group("quantifier")]
    if match.group("other"):
        return Recurrence(Unit.WEEK, 2, weekday, part, quantifier=f"{quantifier} OTHER")
    return Recurrence(weekday=weekday, part=part, quantifier=quantifier)


def _every_part(match: re.Match[str], source: Source) -> Meaning | None:
    lex = source.lexicon
    return Recurrence(
        part=lex.day_parts[match.group("part")],
        quantifier=lex.quantifiers[match.group("quantifier")],
    )


def _adverb(match: re.Match[str], source: Source) -> Meaning | None:
    """'daily', 'annually', 'hourly all day'; but not before a noun ('a quarterly dividend', 'the
    weekly address'), where the word names a kind of thing rather than when something happens."""
    word = match.group("adverb")
    following = source.word_after(match.end())
    lex = source.lexicon
    adverbial = following in lex.month_context_words or following in lex.adverb_followers
    if following.islower() and not adverbial:
        return None
    if _before_a_name(match, following, source):
        return None
    every = source.lexicon.set_adverb_steps.get(word, 1)
    return Recurrence(unit=source.lexicon.set_adverbs[word], every=every, times=1)


def _before_a_name(match: re.Match[str], following: str, source: Source) -> bool:
    """'the Communist Party daily Granma', 'its daily Toronto-London flight': after a
    determiner's noun phrase and before a name that is no calendar word, the adverb is a noun
    (a paper) or an adjective, not when something happens ('opens daily Monday to Friday', 'runs
    daily Christmas excepted', 'runs daily Dublin to Shannon')."""
    lex = source.lexicon
    name = following.lower()
    if not following[:1].isupper() or name.rstrip("s") in lex.weekdays or name in lex.months:
        return False
    if any(holiday.split()[0] == name for holiday in lex.holidays):
        return False  # 'runs daily Christmas excepted'
    written = WORD.findall(source.text, max(0, match.start() - _PHRASE_REACH), match.start())
    verb = written[-1] if written else ""  # 'runs', not 'Paris' ('The Paris daily Le Monde')
    if lex.looks_plural(verb) and verb not in lex.determiners and "'" not in verb:
        return False  # 'a shuttle runs daily Dublin to Shannon': a verb before it
    return any(word.lower() in lex.determiners for word in written[-_PHRASE_WORDS:])


def _every_calendar(match: re.Match[str], source: Source) -> Meaning | None:
    """'every January', 'each spring', 'every Christmas'."""
    lex = source.lexicon
    quantifier = lex.quantifiers[match.group("quantifier")]
    on: CalendarDate | HolidayRef
    if match.group("month"):
        if not source.is_capitalized(match, "month"):
            return None
        on = CalendarDate(month=lex.months[match.group("month").rstrip(".")])
    elif match.group("season"):
        on = CalendarDate(season=lex.seasons[match.group("season")])
    else:
        on = HolidayRef(lex.holidays[" ".join(match.group("holiday").replace("’", "'").split())])
    return Recurrence(on=on, quantifier=quantifier)


def _times_per(match: re.Match[str], source: Source) -> Meaning | None:
    lex = source.lexicon
    if match.group("freq"):
        times = lex.frequency_words[match.group("freq")]
    else:
        number = parse_amount(match.group("amount"), lex).number
        if number is None or number != int(number):
            return None
        times = int(number)
    adverb = optional_group(match, "adverb")
    if adverb:
        return Recurrence(unit=lex.set_adverbs[adverb], times=times)
    word = match.group("unit")  # 'once a fortnight' repeats every two weeks
    return Recurrence(unit=lex.units[word], times=times, every=lex.unit_factors.get(word, 1))


def _weekday_parts(match: re.Match[str], source: Source) -> Meaning | None:
    """'on Sunday afternoons', 'Friday nights': that part of every such weekday."""
    if not source.is_capitalized(match, "weekday"):
        return None
    lex = source.lexicon
    weekday = lex.weekdays[match.group("weekday").rstrip(".")]
    return Recurrence(weekday=weekday, part=lex.day_parts[match.group("part")], quantifier="EVERY")


def _plural_weekday(match: re.Match[str], source: Source) -> Meaning | None:
    """'on Mondays', 'closed Sundays', 'moves to Mondays': every such day."""
    if not source.is_capitalized(match, "weekday") or len(match.group("weekday")) < 6:
        return None
    if not _days_in_general(match.start(), source, named=True):
        return None
    led = source.word_before(match.start()) in source.lexicon.month_context_words
    # 'joined Fridays for Future' begins a title; 'on Sundays for Londoners' does not
    if not led and _titles(match.end(), source):
        return None
    return Recurrence(weekday=source.lexicon.weekdays[match.group("weekday")], quantifier="EVERY")


def _titles(end: int, source: Source) -> bool:
    """Whether the plural weekday begins a title or a movement's name: 'for' or 'with' and a
    capitalized word that is no month, day or holiday after it ('Fridays for Future', 'Tuesdays
    with Morrie')."""
    lex = source.lexicon
    link = source.word_after(end)
    if link.lower() not in lex.title_links:
        return False
    named = source.word_after(end + 1 + len(link))
    calendar = named.lower() in lex.months or named.lower() in lex.weekdays
    return named[:1].isupper() and not calendar and named.lower() not in lex.holidays


def _plural_weekend(match: re.Match[str], source: Source) -> Meaning | None:
    """'on weekends', 'opens weekends only', 'including weekends': every weekend."""
    if not _days_in_general(match.start(), source):
        return None
    return Recurrence(Unit.WEEKEND, quantifier="EVERY")


def _days_in_general(start: int, source: Source, *, named: bool = False) -> bool:
    """Whether a plural of days stands for all of them: after punctuation ('Bandra: weekends,
    8am to 1pm'), a preposition, 'all', a word that leads to recurring days ('closed Sundays',
    'including weekends') or a verb ('runs weekdays'); a weekday's name also after any other
    lower-case word, but not opening a sentence. A base verb counts after a modal or 'to' ('will
    work weekends'). Not counted or picked out ('two weekends', 'the Mondays', 'these weekends')
    nor inside a name ('Happy Mondays')."""
    lex = source.lexicon
    low = max(0, start - _LOOK_BACK)
    before = source.text[low:start].rstrip(" \t")
    if not before or before[-1] in _SENTENCE_ENDS:
        return not named  # 'Fridays at the bar are loud' may name a night out
    if not before[-1].isalnum():
        return True
    word = source.word_before(start)
    leads = word in lex.month_context_words or word in lex.recurring_day_leads
    if leads or word in lex.all_words:
        return True
    written = before[-len(word) :]
    if not written.islower() or word in lex.determiners or is_count(word, lex):
        return False
    if word in lex.day_counters:
        return False  # 'on several Fridays', 'three consecutive Sundays'
    verb = lex.looks_plural(word) or word.endswith(lex.past_suffix) or word in lex.present_cues
    auxiliary = source.word_before(low + len(before) - len(word))  # 'will work weekends'
    base = auxiliary in lex.modal_verbs or auxiliary in lex.infinitive_markers
    return named or verb or base
