"""Lengths of time: "45 days", "nearly three weeks", "an hour and a half", "half an hour",
"a two-week trial", "the past five years", "the coming days", "recent months", "for years"."""

from __future__ import annotations

import re
from functools import cache

from chrono.grammar.pieces import Pieces, after_any, is_final_of, units_said
from chrono.grammar.rule import Rule, Source, make_rule, optional_group, trigger_words
from chrono.lexicon import Lexicon
from chrono.numbers import amount_of_units, is_count, parse_amount
from chrono.semantics import Amount, Duration, Meaning, Unit

_COUNT_NOT_LENGTH = 100  # '200 day tickets' counts tickets; '90 day loans' is a length

_COUNT_AND_COMPOUND = 3  # '80', 'truck', 'trips' before 'a day'
_SUFFIXED_AMOUNT = re.compile(r"\d(?P<suffix>[^\W\d_]{1,2})$")  # '80p', '$2bn'
_COUNT_OF_REACH = 60  # characters back to a count of something of what it holds


def rules(p: Pieces) -> tuple[Rule, ...]:
    lex = p.lexicon
    units = trigger_words(lex.units)
    plural_units = p.words(lex.plural_units, "unit")
    stretch_words = lex.vague_plural_refs.keys() | lex.stretch_words | lex.counted_stretch_words
    stretch = p.words(stretch_words, "stretch")
    return (
        make_rule(
            "durations.amount_unit",
            rf"(?:(?P<det>{p.frag('the')})\s+(?:(?P<year_ago>{p.frag('year_ago_adjective')})\s+)?"
            rf"(?!\S*-)|{p.frag('added_amount')}\s+)?"
            rf"{p.amount_unit()}"
            rf"(?P<age>-{p.frag('old')})?",
            _amount_unit,
            units,
        ),
        make_rule(
            "durations.range",
            rf"{p.amount('low')}\s*(?:{p.frag('range_link')}|\s(?P<and_link>{p.frag('and')})\s)"
            rf"\s*{p.amount_unit()}",
            _range,
            units,
            priority=1,
        ),
        make_rule(
            "durations.long_adjective",
            rf"(?:{p.amount()}-)?{p.unit()}-{p.frag('long')}",
            _long_adjective,
            units,
            priority=1,
        ),
        make_rule(
            "durations.half_unit",
            rf"{p.frag('half')}[\s-]+(?:{p.frag('a')}\s+)?{p.unit()}",
            lambda match, source: Duration(Amount(0.5), source.lexicon.units[match.group("unit")]),
            units,
        ),
        make_rule(
            "durations.quarter_unit",
            rf"(?:{p.frag('a')}|(?P<three>{p.frag('three')}))\s+{p.frag('quarter')}s?"
            rf"(?:\s+{p.frag('of')}\s+{p.frag('a')}|[\s-])\s*(?P<unit>{p.frag('quarter_units')})",
            _quarter_unit,
            {"quarter", "quarters"},
            priority=1,
        ),
        make_rule(
            "durations.stretch",
            rf"(?:(?P<det>{p.frag('the')})\s+)?{stretch}\s+"
            rf"(?:(?:{p.amount('low')}\s*(?:{p.frag('range_link')})\s*)?"
            rf"(?:{p.amount()}|{p.words(lex.scale_words, 'scale')})[\s-]+)?"
            rf"{p.unit()}(?!-{p.frag('old')})",  # not 'the next two year-old horses'
            _stretch,
            units,
            priority=-1,  # 'the last quarter' is the deictic rules' date
        ),
        make_rule(
            "durations.units_ahead",
            rf"{p.frag('the')}\s+(?:{p.amount()}\s+)?{p.unit()}\s+{p.frag('ahead')}(?![\w-])(?!\s+{p.frag('of')}\b)",
            _units_ahead,
            units,
        ),
        make_rule(
            "durations.for_units",
            rf"{after_any(lex.vague_span_preps)}{plural_units}",
            _for_units,
            units,
        ),
        make_rule(  # 'sold months in advance', 'took weeks', 'spent years'
            "durations.uncounted_units",
            rf"(?:{after_any(lex.time_taking_verbs)}|(?<![\w-])(?=\w+\s+{p.frag('in_advance')}\b))"
            rf"{plural_units}",
            _uncounted_units,
            units,
        ),
    )


def some_units(match: re.Match[str], source: Source) -> Meaning | None:
    """'for weeks', 'weeks later than usual': a length of the unit the text does not count."""
    return Duration(Amount(None), source.lexicon.units[match.group("unit")])


def _for_units(match: re.Match[str], source: Source) -> Meaning | None:
    """'for weeks'; not 'asked for days off', a kind of leave with no length."""
    return None if _taken_off(match.end(), source) else some_units(match, source)


def _taken_off(end: int, source: Source) -> bool:
    """'days off', 'weeks off work': leave; but 'searched for hours off the island' places the
    search, and the hours are its length."""
    lex = source.lexicon
    leave = source.word_after(end)
    if leave.lower() not in lex.leave_words:
        return False
    place_at = source.lowered.find(leave.lower(), end) + len(leave)
    place = source.word_after(place_at)
    after = source.word_after(source.lowered.find(place.lower(), place_at) + len(place))
    pointed = place.lower() in lex.determiners and place.lower() not in lex.quantifiers
    placed = place.lower() in lex.articles or (pointed and after.islower())
    timed = after.lower() in lex.units  # 'days off this week', 'off every Friday' are leave
    return timed or not (placed or place.istitle())


def _uncounted_units(match: re.Match[str], source: Source) -> Meaning | None:
    """A plural unit no number counts, after a verb of taking time or before 'in advance': a
    length the text leaves open ('took months', 'booked weeks in advance')."""
    lex = source.lexicon
    counted = source.word_before(match.start())
    if is_count(counted, lex) or counted in lex.indefinite_amounts or counted in lex.determiners:
        return None  # 'two weeks in advance', 'the weeks in advance': other rules read them
    if f"{counted} {match.group('unit')}" in lex.taken_records:
        return None  # 'the clerk took minutes'
    if _taken_off(match.end(), source):
        return None  # 'took days off': a kind of leave, no length
    return some_units(match, source)


def _units_ahead(match: re.Match[str], source: Source) -> Meaning | None:
    """'the weeks ahead', 'the three years to come', 'the year ahead': a span from the anchor on,
    as 'the coming weeks' is."""
    lex = source.lexicon
    word = match.group("unit")
    if match.group("amount"):
        return Duration(*amount_of_units(match.group("amount"), word, lex))
    if word in lex.plural_units:
        return Duration(Amount(None), lex.units[word])
    return Duration(*amount_of_units(None, word, lex))


def _quarter_unit(match: re.Match[str], source: Source) -> Meaning | None:
    """'a quarter century' (P25Y), 'a quarter of an hour', 'three quarters of an hour' (PT45M)."""
    share = 0.75 if match.group("three") else 0.25
    return Duration(Amount(share), source.lexicon.units[match.group("unit").lower()])


def _amount_unit(match: re.Match[str], source: Source) -> Meaning | None:
    """'45 days', 'an hour and a half'; not an age ('52 years old', '6-year-old'), a fraction
    ('three-quarters of its food', 'cut by a quarter'), a rate ('$2 million a year'), a title
    ('CBS's "60 Minutes"', a unit in title case after digits) or a score ('scored a century')."""
    amount, unit = units_said(match, source.lexicon)
    lex = source.lexicon
    following = source.word_after(match.end()).lower()
    if (
        source.text.startswith("-", match.end())
        or _is_quoted_title(match, source)
        or match.group("age")
        or lex.is_fragment("old", following)
        or (unit is Unit.QUARTER and _is_a_fraction(match, following, source))
        or (unit is Unit.SECOND and match.group("amount") in lex.indefinite_amounts)
        or (unit is Unit.MINUTE and following in lex.tiny_quantity_nouns)  # 'a minute amount'
        or (unit is Unit.CENTURY and source.word_before(match.start()) in lex.scoring_verbs)
        or _counts_a_compound(match, amount, source)
    ):
        return None
    if match.group("det") and amount.number is None:
        return None
    if match.group("amount") in source.lexicon.indefinite_amounts and _follows_a_quantity(
        match, source
    ):
        return None
    return Duration(amount, unit, reported=_is_reported_span(match, unit))


def _counts_a_compound(match: re.Match[str], amount: Amount, source: Source) -> bool:
    """'sold 2,000 day tickets': a count of listed things a singular unit names ('day tickets'),
    not a length ('150 year bonds', 'a 27-year Reuters veteran', 'two hour delays' are)."""
    several = amount.number is not None and amount.number >= _COUNT_NOT_LENGTH
    singular = match.group("unit").lower() not in source.lexicon.plural_units
    counted = source.word_after(match.end()) in source.lexicon.counted_compounds
    return several and singular and "-" not in match.group() and counted


def _is_a_fraction(match: re.Match[str], following: str, source: Source) -> bool:
    """'a quarter of the staff', 'three quarters of the seats', 'cut output by a quarter', 'the
    index fell almost a quarter'."""
    lex = source.lexicon
    if lex.is_fragment("of", following) or following in lex.quantity_nouns:
        return True
    if match.group("amount") not in lex.indefinite_amounts:
        return False
    before = source.word_before(match.start())
    if (
        before in lex.amount_mods
        or before in lex.approx_below_words
        or before in lex.approx_point_words
    ):
        before = source.word_before(source.lowered.rfind(before, 0, match.start()))
    return lex.is_fragment("by", before) or before in lex.change_verbs


def _is_quoted_title(match: re.Match[str], source: Source) -> bool:
    """A unit in title case right after an opening quote: a show's or a book's name."""
    unit = source.text[match.start("unit") : match.end("unit")]
    title_case = len(unit) > 1 and unit[0].isupper() and unit[1:].islower()
    before = source.text[max(0, match.start() - 1) : match.start()]
    return title_case and source.lexicon.is_fragment("opening_quote", before)


def _is_a_verb(stretch: str, start: int, source: Source) -> bool:
    """'expected to last six weeks', 'will last three days', 'would start on Tuesday and last
    48 hours': 'last' is the verb, and the length after it is a duration of its own."""
    lex = source.lexicon
    before = source.word_before(start)
    verb_slot = (
        before in lex.modal_verbs
        or before in lex.infinitive_markers
        or lex.is_fragment("and", before)
    )
    return stretch in lex.verb_stretch_words and verb_slot


def _is_reported_span(match: re.Match[str], unit: Unit) -> bool:
    """'the nine months', 'the first six months': with 'the', a count of months in a report
    is the stretch it covers ('the year-earlier nine months' is the one it compares with)."""
    year_ago = "year_ago" in match.re.groupindex and match.group("year_ago")
    return bool(match.group("det")) and unit is Unit.MONTH and not year_ago


def _range(match: re.Match[str], source: Source) -> Meaning | None:
    """'two to three weeks', 'between two and three years': a length the text gives only as a
    range, so its number is unknown (PXW), as TIMEX3 writes a vague amount. Before 'ago' or
    'later' the offset rules read the phrase instead."""
    lex = source.lexicon
    following = source.word_after(match.end()).lower()
    if any(lex.is_fragment(name, following) for name in ("ago", "later", "earlier")):
        return None
    between = lex.is_fragment("range_opener", source.word_before(match.start()))
    if optional_group(match, "and_link") and not between:
        return None
    low = parse_amount(match.group("low"), lex).number
    high, unit = units_said(match, lex)
    if low is None or high.number is None or not low < high.number:
        return None
    return Duration(Amount(None), unit)


def _follows_a_quantity(match: re.Match[str], source: Source) -> bool:
    """'$500 million a year', '20% a year', '10,000 units a year', '40 flights a day', 'one
    train an hour', '40 kilograms of fresh pasta a week': a rate, not a duration."""
    head = source.text[max(0, match.start() - 24) : match.start()].rstrip()
    if head[-1:].isdigit() or head.endswith(("%", "$")):
        return True
    lex = source.lexicon
    suffixed = _SUFFIXED_AMOUNT.search(head)
    if suffixed and suffixed.group("suffix").lower() in lex.amount_suffixes:
        return True  # '80p an hour', '$2bn a year'
    previous = source.word_before(match.start())
    after_a_preposition = previous in lex.month_context_words or previous in lex.stretch_openers
    reach = max(0, match.start() - _COUNT_OF_REACH)
    placed = source.word_after(match.end()).lower() in lex.week_followers  # 'a day after'
    count_of = _count_of(lex).search(source.text, reach, match.start())
    if count_of and not after_a_preposition and not placed:
        return True  # not 'arrested 40 members of the gang within a week', nor 'a day after'
    if previous in lex.scale_words or previous in lex.quantity_nouns:
        return True
    counted_at = match.start() - len(previous) - 1
    counted = source.word_before(counted_at)
    if counted in lex.count_comparatives:  # '4.5 fewer referrals a week'
        counted = source.word_before(source.lowered.rfind(counted, 0, counted_at))
    one = counted == "1" or lex.number_words.get(counted) == 1  # 'one train an hour'
    decimal = counted.replace(".", "", 1)  # '2.5 attacks a week'
    if is_count(decimal, lex) and (lex.looks_plural(previous) or one):
        return True
    compound = lex.looks_plural(previous) and _count_before_a_compound(head, lex)
    return compound and not placed  # not '3 young players a month before the deadline'


def _count_before_a_compound(head: str, lex: Lexicon) -> bool:
    """'80 truck trips a day', '6.2 fewer migraine days a month': a count before a noun and the
    plural it describes."""
    said = head.split()[-_COUNT_AND_COMPOUND - 1 :]
    words = [word for word in said if word.lower() not in lex.count_comparatives]
    words = [word.replace(".", "", 1) for word in words[-_COUNT_AND_COMPOUND:]]
    if len(words) < _COUNT_AND_COMPOUND:
        return False
    count, modifier = words[0].lower(), words[1]
    described = modifier.isalpha() and modifier.islower() and modifier not in lex.conjunctions
    return is_count(count, lex) and described


@cache
def _count_of(lex: Lexicon) -> re.Pattern[str]:
    """A count of something 'of' what it holds, right before a unit: '40 loaves of bread a week'."""
    of = lex.fragment("of")
    return re.compile(rf"\b\d[\d,.]*\s+[A-Za-z]+\s+(?:{of})\s+(?:[A-Za-z-]+\s+){{1,3}}$")


def _long_adjective(match: re.Match[str], source: Source) -> Meaning | None:
    """'week-long', 'two-day-long', 'decades-long' (a plural without an amount is vague)."""
    word = match.group("unit")
    if not match.group("amount") and word in source.lexicon.plural_units:
        return Duration(Amount(None), source.lexicon.units[word])
    amount, unit = amount_of_units(match.group("amount"), word, source.lexicon)
    return Duration(amount, unit)


def _stretch(match: re.Match[str], source: Source) -> Meaning | None:
    """'the past five years', 'the next hundred years', 'the coming days': a span reaching to
    or from the anchor. Without an amount a plural unit is vague ('recent months'); a singular
    one counts one ('the past year'), but 'the next year' is left to the narrative rules."""
    lex = source.lexicon
    word = match.group("unit")
    unit = lex.units[word]
    stretch = match.group("stretch")
    if not match.group("det") and _is_a_verb(stretch, match.start(), source):
        return None
    if is_final_of(stretch, bool(match.group("det")), match.end(), source):
        return None
    counted = match.group("low") or match.group("scale") or match.group("amount")
    if stretch in lex.counted_stretch_words and not counted:
        return None  # 'the following days are holidays:' introduces a list
    if match.group("low"):
        return Duration(Amount(None), unit)
    if match.group("scale"):  # 'the next hundred years'
        return Duration(Amount(float(lex.scale_words[match.group("scale").lower()])), unit)
    if match.group("amount"):
        amount = parse_amount(match.group("amount"), lex)
        if _counts_a_compound(match, amount, source):
            return None  # 'the last 200 day tickets'
        opening = match.group("stretch") in lex.report_span_words
        reported = opening and _is_reported_span(match, unit)
        return Duration(amount, unit, reported=reported)
    if word in lex.plural_units:
        return Duration(Amount(None), unit)
    if word in lex.unit_factors:
        return Duration(*amount_of_units(None, word, lex))
    if (
        match.group("stretch") not in lex.vague_plural_refs
        or lex.vague_plural_refs[match.group("stretch")] > 0
        or not match.group("det")
    ):
        return None
    return Duration(Amount(1), unit)
