"""Stretches of time counted from an anchor: "three years ago", "two weeks from now",
"in five days" (from the document date), "two days later", "a week earlier" (from the narrative)."""

from __future__ import annotations

import re
from dataclasses import replace

from chrono.grammar.durations import some_units
from chrono.grammar.pieces import Pieces, units_said
from chrono.grammar.rule import Rule, Source, make_rule, optional_group, trigger_words
from chrono.numbers import is_count, parse_amount
from chrono.patterns import WORD
from chrono.semantics import Amount, Base, Meaning, Shift, Unit

_SUPERLATIVE_REACH = 60
_COUNT_AND_NOUN = re.compile(r"(?P<count>[\w,]+)\s+(?P<noun>[A-Za-z’']+)\s+$")
_RANKED_WORDS = 6  # 'its biggest Lunar New Year celebrations in a decade'
_SHAPED_REACH = 3  # 'toughest water limits' before 'in'; 'newest ferry enters service' is a clause


def rules(p: Pieces) -> tuple[Rule, ...]:
    units = trigger_words(p.lexicon.units)
    amount_unit = p.amount_unit()
    return (
        make_rule(
            "offsets.ago",
            rf"{amount_unit}(?:\s+(?P<mod>{p.frag('or_so')}))?\s+{p.frag('ago')}",
            _ago,
            {"ago", "back"},
        ),
        make_rule(
            "offsets.units_ago",
            rf"(?<![\w-]){p.words(p.lexicon.plural_units, 'unit')}\s+{p.frag('ago')}",
            lambda match, source: Shift(
                Amount(None), source.lexicon.units[match.group("unit")], -1
            ),
            {"ago"},
        ),
        make_rule(
            "offsets.units_later",
            rf"(?<![\w-]){p.words(p.lexicon.plural_units, 'unit')}\s+"
            rf"(?:(?P<later>{p.frag('units_later')})|(?P<earlier>{p.frag('units_earlier')}))\b",
            _units_relative,
            {"later", "afterward", "afterwards", "earlier"},
        ),
        make_rule(
            "offsets.units_than",
            rf"(?<![\w-]){p.words(p.lexicon.plural_units, 'unit')}"
            rf"(?=\s+(?:{p.frag('units_later')}|{p.frag('units_earlier')})\s+{p.frag('than')}\b)",
            some_units,
            {"than"},
        ),
        make_rule(
            "offsets.from_now",
            rf"{amount_unit}\s+{p.frag('from_now')}",
            _from_now,
            {"now", "today", "hence"},
        ),
        make_rule(
            "offsets.in_amount",
            rf"{p.frag('in')}\s+(?:{p.words(p.lexicon.amount_mods, 'mod')}\s+)?{amount_unit}"
            rf"(?!{_compound_tail(p)}|-[^\W\d])",  # not 'in a second-floor flat'
            _in_amount,
            units,
        ),
        make_rule(
            "offsets.year_earlier",
            rf"(?:{p.frag('the')}\s+)?{p.frag('year_ago')}(?:\s+{p.frag('period')})?",
            _year_earlier,
            {"year"},
        ),
        make_rule(
            "offsets.later",
            rf"{amount_unit}\s+(?P<later>{p.lexicon.fragment('later')})",
            _later,
            {"later", "afterward", "afterwards"},
        ),
        make_rule(
            "offsets.range_near_end",
            rf"{p.amount('near')}(?=\s*(?:{p.frag('range_link')})\s*{amount_unit}\s+"
            rf"(?:(?P<ago>{p.frag('ago')})|(?P<after>{p.lexicon.fragment('later')})|"
            rf"(?P<before>{p.lexicon.fragment('earlier')})))",
            _range_near_end,
            {"ago", "later", "earlier", "afterward", "afterwards", "before", "previously"},
        ),
        make_rule(
            "offsets.earlier",
            rf"{amount_unit}\s+(?P<earlier>{p.lexicon.fragment('earlier')})",
            _earlier,
            {"earlier", "before", "previously"},
        ),
    )


def _year_earlier(match: re.Match[str], source: Source) -> Meaning | None:
    """'the year-earlier period', 'a year earlier': the year before; not 'a year earlier than
    planned', which compares with a date the text does not give (the length's rule reads it)."""
    if source.lexicon.is_fragment("than", source.word_after(match.end())):
        return None
    return Shift(Amount(1), Unit.YEAR, -1, Base.DCT)


def _compound_tail(p: Pieces) -> str:
    """A smaller part after a length ('an hour and 45 minutes', '2 hours 21 minutes'): the whole
    is a duration, which the compound refiner joins, not a step from now."""
    link = rf"(?:\s+{p.frag('and')}\s+|,\s*|\s+)"
    return rf"{link}{p.amount('next_amount')}\s+{p.unit('next_unit')}"


def _shift(match: re.Match[str], source: Source, sign: int, base: Base) -> Shift:
    amount, unit = units_said(match, source.lexicon)
    return Shift(amount, unit, sign, base)


def _ago(match: re.Match[str], source: Source) -> Meaning | None:
    return _shift(match, source, -1, Base.DCT)


def _from_now(match: re.Match[str], source: Source) -> Meaning | None:
    return _shift(match, source, 1, Base.DCT)


def _in_amount(match: re.Match[str], source: Source) -> Meaning | None:
    """'in five days' from now; not 'in a quarter that produced a loss', a stretch of time
    described rather than counted, nor 'the worst storm in 50 years', 'the first time in a
    decade', a stretch a superlative ranks over (left to the duration rules)."""
    lex = source.lexicon
    if parse_amount(match.group("amount"), lex).is_vague:
        return None
    following = source.word_after(match.end())
    if lex.is_fragment("relative_pronoun", following):
        return None
    compared = bool(optional_group(match, "mod"))
    if _ranked_over(match.start(), compared, source) or _counted_within(match.start(), source):
        return None
    if match.group("unit") in lex.ordinal_units and following.isalpha():
        return None  # 'killed in a second blast': the ordinal, not the unit
    return replace(_shift(match, source, 1, Base.DCT), needs_future=True)


def _counted_within(start: int, source: Source) -> bool:
    """'no more than four doses in 24 hours', 'three goals in 10 minutes': a count of things
    before 'in' makes the length a window they fall in, not a date ahead."""
    found = _COUNT_AND_NOUN.search(source.text, max(0, start - _SUPERLATIVE_REACH), start)
    if found is None:
        return False
    count, noun = found.group("count").lower(), found.group("noun")
    lex = source.lexicon
    counted = count.replace(",", "").isdigit() or count in lex.number_words
    return counted and lex.looks_plural(noun)  # '300 patients', 'four doses'


def _ranked_over(start: int, compared: bool, source: Source) -> bool:
    """Whether a superlative or an ordinal ('the second increase in a month', 'its biggest Lunar
    New Year celebrations in a decade') stands in the few words before 'in', within the clause;
    before a compared amount ('in more than a decade') any word shaped as a superlative does
    ('its toughest water limits'), as 'the latest figures in a week' would not."""
    clause = source.text[max(0, start - _SUPERLATIVE_REACH) : start]
    words = WORD.findall(re.split(r"[.;:!?,]", clause)[-1])
    lex = source.lexicon
    first = max(0, len(words) - _RANKED_WORDS)
    near = len(words) - _SHAPED_REACH  # 'its toughest water limits in', not across a verb
    return any(
        words[i].lower() in lex.superlatives
        or words[i].lower() in lex.ordinals
        or (compared and i >= near and lex.looks_superlative(words[i], words[i - 1] if i else ""))
        for i in range(first, len(words))
    )


def _range_near_end(match: re.Match[str], source: Source) -> Meaning | None:
    """The nearer end of 'two to three years ago', '10 or 12 days later': a range of offsets is
    two dates, as 'July 5-9' is; the rule for the farther end reads the rest."""
    lex = source.lexicon
    near = parse_amount(match.group("near"), lex)
    far, unit = units_said(match, lex)
    if near.number is None or far.number is None or not near.number < far.number:
        return None
    if match.group("ago"):
        return Shift(near, unit, -1, Base.DCT, range_near_end=True)
    told = "after" if match.group("after") else "before"
    if lex.is_fragment("than", source.word_after(match.end(told))):
        return None
    return Shift(near, unit, 1 if told == "after" else -1, Base.REF, range_near_end=True)


def _later(match: re.Match[str], source: Source) -> Meaning | None:
    return _relative(match, source, "later", 1)


def _earlier(match: re.Match[str], source: Source) -> Meaning | None:
    return _relative(match, source, "earlier", -1)


def _units_relative(match: re.Match[str], source: Source) -> Meaning | None:
    """'Months later, the river flooded': some of the unit after the narrative's date, a vague
    future or past of it, as 'a few weeks later' is; not 'weeks later than usual', whose length
    the 'units_than' rule reads, nor '30 minutes later', the amount's rule's."""
    lex = source.lexicon
    if lex.is_fragment("than", source.word_after(match.end())):
        return None
    counted = source.word_before(match.start())
    if is_count(counted, lex) or counted in lex.indefinite_amounts:
        return None  # '30 minutes later': the amount's rule reads it
    sign = 1 if match.group("later") else -1
    return Shift(Amount(None), lex.units[match.group("unit")], sign, Base.REF)


def _relative(match: re.Match[str], source: Source, group: str, sign: int) -> Meaning | None:
    """'two days later' counts from the narrative's date; 'a week earlier than planned' compares
    with a date the text does not give, so only the length ('a week') is a timex."""
    if source.lexicon.is_fragment("than", source.word_after(match.end())):
        return None
    return _shift(match, source, sign, Base.REF) if source.dangles(match, group) else None
