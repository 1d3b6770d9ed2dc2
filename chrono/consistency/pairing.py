"""Pair an explicit event date with an expression that measures its distance from the writing,
so that the pair implies when the text was written.

Pairing is conservative: a wrong pair is a false alarm. These patterns count:

- apposition: the two expressions stand side by side, with only punctuation (not a semicolon) or
  one linking word between them ("in 1998, 20 years ago", "20 years ago in 1998", "last year's
  2019 vote"), and the second does not open a clause of its own ("in 1998; two years ago it was
  sold");
- inception: an offset governed by a word of beginning ("which began more than seven years ago")
  and the only explicit date in its sentence and the one before ("In 2014, ..."), unless a word
  of beginning governs that date too ("created in 2011": another beginning); across a sentence
  the pair is less sure (`confident` False: a flag it alone raises is a warning) unless the date
  opens its sentence as a frame ("In 2014, ...");
- since: a duration followed by 'since' and a date ("the seven years since 2014"), unless
  another date in its sentence sets the time it is measured to ("In 2018 the mayor noted that in
  the four years since 2014 ...", "In the ten years since 2004 ..., a 2014 census found"); or a
  stretch up to now beside 'since' and a date, alone in their sentence ("since 2014, for the
  past seven years").

Ages ('a 15-year-old dispute') and anniversaries are textual cues rather than timexes: see cues.py.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache

from dateutil.relativedelta import relativedelta

from chrono.consistency.observation import Observation, Timeline, timeline
from chrono.consistency.ranges import DateRange, calendar_writing_period, writing_period
from chrono.consistency.readings import (
    any_of,
    calendar_offset,
    distance,
    event_period,
    evidence,
    is_dated,
    length,
    names_a_year,
)
from chrono.lexicon import Lexicon
from chrono.model import Evidence
from chrono.semantics import Base, Deictic, Unit
from chrono.tense_words import finite_verb_cues, is_past_form
from chrono.tokens import IndexedText

_SINCE_DATES = 2  # other years looked for beside a 'since' pair's own: a second means too many

_PUNCTUATION = r"[\s,:()\[\]\-–—]*"
_INCEPTION_REACH = 3
# The last semicolon or dash before an offset starts its clause.
_CLAUSE_BREAK = re.compile(r".*(?:;|\s--\s|\s[–—]\s)", re.DOTALL)


@dataclass(frozen=True, slots=True)
class Constraint:
    """A writing period some words of the text imply, with the words it rests on."""

    period: DateRange
    evidence: tuple[Evidence, ...]
    confident: bool = True


def pair_constraints(
    indexed: IndexedText, observations: Sequence[Observation], lexicon: Lexicon
) -> list[Constraint]:
    """Every constraint the three timex patterns yield, each pair once."""
    ordered = timeline(observations)
    found: dict[tuple[str, ...], Constraint] = {}
    for constraint in (
        *_appositions(indexed, ordered.items, lexicon),
        *_inceptions(indexed, ordered, lexicon),
        *_since(indexed, ordered.items, lexicon),
        *_since_for_the_past(indexed, ordered.items, lexicon),
    ):
        key = tuple(sorted(item.timex_id for item in constraint.evidence))
        found.setdefault(key, constraint)
    return list(found.values())


def implied_by(event: Observation, relative: Observation, lexicon: Lexicon) -> DateRange | None:
    """The writing period of an explicit date and a DCT-relative expression about the same
    thing, or None when they cannot be combined."""
    period = event_period(event, lexicon)
    if period is None:
        return None
    offset = calendar_offset(relative)
    if offset is not None:
        exact = calendar_writing_period(period, offset.unit, offset.offset, offset.moved_years)
        if exact is not None or not offset.moved_years:
            return exact
    measured = distance(relative, lexicon)
    if measured is not None:
        return writing_period(period, measured.passed, measured.sign)
    return None


def _appositions(
    indexed: IndexedText, ordered: Sequence[Observation], lexicon: Lexicon
) -> Iterator[Constraint]:
    gap = _patterns(lexicon).apposition
    for index, (left, right) in enumerate(itertools.pairwise(ordered)):
        if not gap.match(indexed.lowered[left.timex.end : right.timex.start]):
            continue
        if _opens_a_clause(indexed, right.timex.end, lexicon):
            continue
        if _in_a_list(indexed, ordered, index, lexicon):
            continue
        for event, relative in ((left, right), (right, left)):
            period = implied_by(event, relative, lexicon)
            if period is not None:
                yield constraint(period, evidence(event), evidence(relative))


def _in_a_list(
    indexed: IndexedText, ordered: Sequence[Observation], index: int, lexicon: Lexicon
) -> bool:
    """'Floods hit in 2007, 2012, last year and again this week': dates listed with a third
    beside them are separate events, not one told twice."""
    link = _patterns(lexicon).list_link
    before = ordered[index - 1] if index > 0 else None
    after = ordered[index + 2] if index + 2 < len(ordered) else None
    left, right = ordered[index], ordered[index + 1]
    return (
        before is not None and _links(link, indexed, before.timex.end, left.timex.start, lexicon)
    ) or (after is not None and _links(link, indexed, right.timex.end, after.timex.start, lexicon))


def _links(
    link: re.Pattern[str], indexed: IndexedText, start: int, end: int, lexicon: Lexicon
) -> bool:
    """A list link (', ', ' and again '), whose one free word is no verb: '12 years ago, in
    August 2011, is now ...' lists nothing."""
    found = link.fullmatch(indexed.lowered, start, end)
    if found is None:
        return False
    words = found.group(0).replace(",", " ").split()
    free = [w for w in words if not lexicon.is_fragment("and", w)]
    verbs = finite_verb_cues(lexicon)
    return not any(w in verbs or is_past_form(w, "", lexicon) for w in free)


def _opens_a_clause(indexed: IndexedText, end: int, lexicon: Lexicon) -> bool:
    """Whether the second expression of a pair starts a clause of its own rather than standing
    beside the first: a verb or a subject follows it ('Unlike 2019, last year saw ...', 'in
    1976 -- three decades ago it was rebuilt'), or it owns a noun ('the level of 2019, last
    year's report')."""
    text = indexed.text
    if lexicon.past_possessive(text, end) > end:
        return True
    following = indexed.words.within(end, min(len(text), end + 30))
    if not following or text[end : following[0][0]].strip():
        return False
    word = following[0][1]
    lowered = word.lower()
    verbs = lexicon.past_cues | lexicon.present_cues | lexicon.future_cues
    return (
        lowered in lexicon.subject_pronouns or lowered in verbs or is_past_form(word, "", lexicon)
    )


def _inceptions(indexed: IndexedText, ordered: Timeline, lexicon: Lexicon) -> Iterator[Constraint]:
    """Each past offset a word of beginning governs, with the only explicit date in its
    sentence and the one before, if that date comes first."""
    sentences = indexed.sentences
    dated = timeline(item for item in ordered.items if is_dated(item))
    for relative in ordered.items:
        measured = distance(relative, lexicon)
        if measured is None or measured.sign > 0 or not _begins(indexed, relative, lexicon):
            continue
        here = sentences.index(relative.timex.start)
        window = (sentences.bounds(here - 1)[0] if here > 0 else 0, sentences.bounds(here)[1])
        found = dated.inside(*window, limit=2)
        if len(found) != 1 or found[0].timex.end > relative.timex.start:
            continue
        if _begins_its_own(indexed, found[0], lexicon):
            continue  # 'Corvair was created in 2011. Its flights began six years ago.'
        period = implied_by(found[0], relative, lexicon)
        if period is not None:
            across = sentences.index(found[0].timex.start) != here
            paired = constraint(period, evidence(found[0]), evidence(relative))
            yield replace(paired, confident=not across or _frames(indexed, found[0]))


def _begins(indexed: IndexedText, relative: Observation, lexicon: Lexicon) -> bool:
    """Whether a word of beginning governs the offset ('which began more than seven years ago'),
    in its own clause ('founded in 1998; two years ago it was sold' is two clauses)."""
    start = indexed.sentences.around(relative.timex.start)[0]
    clause = _CLAUSE_BREAK.search(indexed.text[start : relative.timex.start])
    start += clause.end() if clause else 0
    before = indexed.words.last(start, relative.timex.start, _INCEPTION_REACH)
    return any(word.lower() in lexicon.inception_words for word in before)


def _frames(indexed: IndexedText, dated: Observation) -> bool:
    """Whether the date opens its sentence ('In 2014, Russia annexed ...'): a frame the next
    sentence goes on in, not a detail of one event."""
    start = indexed.sentences.around(dated.timex.start)[0]
    return indexed.words.count(start, dated.timex.start) <= 1


def _begins_its_own(indexed: IndexedText, dated: Observation, lexicon: Lexicon) -> bool:
    """Whether a word of beginning governs the date itself ('founded in 1995'): then it dates
    that beginning, not the one the offset measures."""
    start = indexed.sentences.around(dated.timex.start)[0]
    before = indexed.words.last(start, dated.timex.start, _INCEPTION_REACH)
    return any(word.lower() in lexicon.inception_words for word in before)


def _since(
    indexed: IndexedText, ordered: Sequence[Observation], lexicon: Lexicon
) -> Iterator[Constraint]:
    gap = _patterns(lexicon).since
    dated = timeline(item for item in ordered if names_a_year(item))
    for left, right in itertools.pairwise(ordered):
        passed = length(left, lexicon)
        event = event_period(right, lexicon)
        if passed is None or event is None:
            continue
        sentence_start, sentence_end = indexed.sentences.around(left.timex.start)
        inside = dated.inside(sentence_start, sentence_end, limit=_SINCE_DATES + 1)
        others = [other for other in inside if other is not right]
        measured_to = _years_from_the_writing(others)
        if measured_to is None:
            continue  # 'In 2018 the mayor noted that in the four years since 2014'
        period = writing_period(event, passed)
        if period is not None and gap.match(indexed.lowered[left.timex.end : right.timex.start]):
            written = _years_earlier(period, measured_to)
            found = (evidence(left), evidence(right), *(evidence(other) for other in others))
            yield constraint(written, *found)


def _years_from_the_writing(others: list[Observation]) -> int | None:
    """How many years from the writing a 'since' pair is measured to: none with no other year in
    its sentence; the count of a year counted from the DCT ('Next year the choir will mark 30
    years since 1996' ends the 30 years a year after the writing); None for a written year,
    which the pair may be measured to instead ('In 2018 ... the four years since 2014')."""
    if not others:
        return 0
    if len(others) > 1:
        return None
    match others[0].meaning:
        case Deictic(unit=Unit.YEAR, base=Base.DCT, offset=int() as offset, moved_years=0):
            return offset
    return None


def _years_earlier(period: DateRange, years: int) -> DateRange:
    """The writing period when the stretch ends `years` after the writing."""
    step = relativedelta(years=-years)
    first = period.first + step if period.first is not None else None
    last = period.last + step if period.last is not None else None
    return DateRange(first, last)


def _since_for_the_past(
    indexed: IndexedText, ordered: Sequence[Observation], lexicon: Lexicon
) -> Iterator[Constraint]:
    """'since 2014, for the past seven years': a date after 'since' and a stretch up to now
    ('the past', 'the last') side by side in one sentence, with no other explicit date in it,
    are the same stretch."""
    explicit = timeline(item for item in ordered if is_dated(item))
    for index, stretch in enumerate(ordered):
        passed = length(stretch, lexicon)
        if passed is None or not _reaches_now(stretch, lexicon):
            continue
        found = explicit.inside(*indexed.sentences.around(stretch.timex.start), limit=2)
        neighbours = ordered[max(0, index - 1) : index + 2]
        if len(found) != 1 or not any(item is found[0] for item in neighbours):
            continue
        dated = found[0]
        event = event_period(dated, lexicon)
        before = [
            word.lower()
            for word in indexed.words.last(max(0, dated.timex.start - 16), dated.timex.start, 2)
        ]
        if before and lexicon.is_fragment("the", before[-1]):
            before.pop()  # 'ever since the 2014 flood'
        if event is None or not before or before[-1] not in lexicon.since_words:
            continue
        period = writing_period(event, passed)
        if period is not None:
            yield constraint(period, evidence(stretch), evidence(dated))


def _reaches_now(stretch: Observation, lexicon: Lexicon) -> bool:
    """'the past seven years', 'the last decade': a stretch that ends at the writing."""
    words = stretch.timex.text.lower().split()
    return len(words) > 1 and words[1] in lexicon.stretches_to_now


def constraint(period: DateRange, *items: Evidence) -> Constraint:
    """A constraint with its evidence in text order."""
    return Constraint(period, tuple(sorted(items, key=lambda item: item.start)))


@dataclass(frozen=True, slots=True)
class _Patterns:
    apposition: re.Pattern[str]
    since: re.Pattern[str]
    list_link: re.Pattern[str]


@cache
def _patterns(lexicon: Lexicon) -> _Patterns:
    links = any_of(lexicon.apposition_links)
    since = any_of(lexicon.since_words)
    the = lexicon.fragment("the")
    return _Patterns(
        apposition=re.compile(rf"{_PUNCTUATION}(?:(?<![\w'’]){links}(?!\w){_PUNCTUATION})?$"),
        since=re.compile(rf"\s+{since}\s+(?:(?:{the})\s+)?$"),
        list_link=re.compile(
            rf"\s*(?:,\s*(?:(?:{lexicon.fragment('and')})\s+)?|\s(?:{lexicon.fragment('and')})\s+)"
            rf"(?:\w+\s+)?"
        ),
    )
