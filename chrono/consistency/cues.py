"""Elapsed times the grammar does not treat as timexes: ages of things ('a 15-year-old dispute')
and anniversaries ('its 10th anniversary'), each paired with the date of the thing they measure.

- an age pairs with the first date after it in its sentence when a word of beginning stands
  between them ("a 15-year-old dispute that began in 2009"), but not a person's age ("the
  52-year-old senator, who began her career in 1995", "the 34-year-old striker began his career
  in 2008": the age is the person's, the date the career's), nor an age told at an earlier date
  of its sentence ("In 2010, the 50-year-old bridge, which opened in 1960");
- an anniversary pairs with the date right after 'of' ("the 20th anniversary of the 1978
  accord"), else with the only date before it in its sentence when a word of beginning governs
  that date ("founded in 2001, ... its 10th anniversary").

A cue is no timex, so its Evidence has an empty timex_id.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from chrono.consistency.observation import Observation, Timeline, timeline
from chrono.consistency.pairing import Constraint, constraint
from chrono.consistency.ranges import anniversary, elapsed, writing_period
from chrono.consistency.readings import any_of, event_period, evidence, is_dated
from chrono.lexicon import Lexicon
from chrono.model import Evidence
from chrono.numbers import amount_pattern, parse_amount, parse_ordinal
from chrono.patterns import alternation
from chrono.semantics import Deictic, Shift
from chrono.tokens import IndexedText

_AGE_GAP_WORDS = 8
_INCEPTION_REACH = 2
_ANNIVERSARY_REACH = 4
_ANNIVERSARY_DATES = 3


def cue_constraints(
    indexed: IndexedText, observations: Sequence[Observation], lexicon: Lexicon
) -> list[Constraint]:
    """The constraints of every age and anniversary the text pairs with a date."""
    ordered = timeline(observations)
    dated = timeline(item for item in ordered.items if is_dated(item))
    return [*_ages(indexed, ordered, lexicon), *_anniversaries(indexed, ordered, dated, lexicon)]


def _ages(indexed: IndexedText, ordered: Timeline, lexicon: Lexicon) -> Iterator[Constraint]:
    for match in _patterns(lexicon).age.finditer(indexed.lowered):
        amount = parse_amount(match.group("amount"), lexicon).number
        passed = elapsed(amount, lexicon.units[match.group("unit")], None) if amount else None
        after = _next_in_sentence(indexed, ordered, match.end())
        if passed is None or after is None:
            continue
        event = event_period(after, lexicon)
        gap = (match.end(), after.timex.start)
        if event is None or indexed.words.count(*gap) > _AGE_GAP_WORDS:
            continue
        period = writing_period(event, passed)
        between = indexed.words.between(*gap)
        if period is None or not _begins_itself(between, lexicon):
            continue
        if _of_a_person(between, lexicon) or _dated_before(indexed, ordered, match.start()):
            continue
        yield constraint(period, _cue(indexed, match), evidence(after))


def _of_a_person(between: Sequence[str], lexicon: Lexicon) -> bool:
    """'the 52-year-old senator, who began', 'the 34-year-old striker began his career', 'the
    17-year-old started skating': a person's age, not the age of what began."""
    if not between:
        return False
    first = between[0].lower()
    if first in lexicon.person_nouns or first in lexicon.inception_words:
        return True
    lowered = {word.lower() for word in between}
    return bool(lowered & (lexicon.person_relatives | lexicon.personal_pronouns))


def _dated_before(indexed: IndexedText, ordered: Timeline, position: int) -> bool:
    """An explicit date earlier in the sentence sets the time an age is told at ('In 2010, the
    50-year-old bridge')."""
    start = indexed.sentences.around(position)[0]
    return any(is_dated(item) for item in ordered.inside(start, position, limit=3))


def _anniversaries(
    indexed: IndexedText, ordered: Timeline, dated: Timeline, lexicon: Lexicon
) -> Iterator[Constraint]:
    patterns = _patterns(lexicon)
    for match in patterns.anniversary.finditer(indexed.lowered):
        count = parse_ordinal(match.group("ordinal"), lexicon)
        if _dated_or_ahead(indexed, ordered, match, lexicon):
            continue
        after = _next_in_sentence(indexed, ordered, match.end())
        of_date = after is not None and patterns.of_gap.match(
            indexed.lowered, match.end(), after.timex.start
        )
        if not of_date:
            after = _founding_before(indexed, dated, match.start(), lexicon)
        event = event_period(after, lexicon) if after is not None else None
        period = writing_period(event, anniversary(count)) if event is not None else None
        if after is not None and period is not None:
            yield constraint(period, evidence(after), _cue(indexed, match))


def _dated_or_ahead(
    indexed: IndexedText, ordered: Timeline, match: re.Match[str], lexicon: Lexicon
) -> bool:
    """An anniversary with its own date ('its 25th anniversary in 2023', '..., which falls in
    2030', 'two years ago') or one still ahead ('will mark its 10th anniversary') tells when it
    falls, not when the text was written."""
    start, end = indexed.sentences.around(match.start())
    before = indexed.words.last(start, match.start(), _ANNIVERSARY_REACH)
    if any(word.lower() in lexicon.future_cues for word in before):
        return True
    patterns = _patterns(lexicon)
    for item in ordered.inside(match.end(), end, limit=_ANNIVERSARY_DATES):
        gap = indexed.lowered[match.end() : item.timex.start]
        if patterns.of_gap.match(indexed.lowered, match.end(), item.timex.start):
            continue  # the date of what the anniversary counts from
        if is_dated(item) and item.timex.anchor is None and patterns.own_date.search(gap):
            return True
        if _in_the_past(item) and indexed.words.count(match.end(), item.timex.start) == 0:
            return True  # 'celebrated its 25th anniversary two years ago': then, not now
    return False


def _in_the_past(item: Observation) -> bool:
    """'two years ago', 'last year': a time counted back from the writing."""
    match item.meaning:
        case Shift(sign=sign):
            return sign < 0
        case Deictic(offset=offset):
            return offset < 0
    return False


def _founding_before(
    indexed: IndexedText, dated: Timeline, position: int, lexicon: Lexicon
) -> Observation | None:
    """The only date before `position` in its sentence, if a word of beginning governs it."""
    start = indexed.sentences.around(position)[0]
    found = dated.inside(start, position, limit=2)
    if len(found) != 1:
        return None
    words = indexed.words.last(start, found[0].timex.start, _INCEPTION_REACH)
    return found[0] if _has_inception(words, lexicon) else None


def _next_in_sentence(indexed: IndexedText, ordered: Timeline, position: int) -> Observation | None:
    end = indexed.sentences.around(position)[1]
    following = ordered.first_from(position)
    return following if following is not None and following.timex.end <= end else None


def _has_inception(words: Sequence[str], lexicon: Lexicon) -> bool:
    return any(word.lower() in lexicon.inception_words for word in words)


def _begins_itself(words: Sequence[str], lexicon: Lexicon) -> bool:
    """A word of beginning with nothing but a preposition before the date ('the 15-year-old
    dispute that began in 2009'), not the start of another activity ('the 30-year-old plant
    started losing money in 2019', 'began flights in 2021', 'started to crack in 2018')."""
    for index, word in enumerate(words):
        if word.lower() not in lexicon.inception_words:
            continue
        following = words[index + 1].lower() if index + 1 < len(words) else ""
        if not following or following in lexicon.event_prepositions:
            return True
    return False


def _cue(indexed: IndexedText, match: re.Match[str]) -> Evidence:
    return Evidence("", match.start(), match.end(), indexed.text[match.start() : match.end()])


@dataclass(frozen=True, slots=True)
class _Patterns:
    age: re.Pattern[str]
    anniversary: re.Pattern[str]
    of_gap: re.Pattern[str]
    own_date: re.Pattern[str]


@cache
def _patterns(lexicon: Lexicon) -> _Patterns:
    units = alternation(lexicon.units)
    suffixes = alternation(lexicon.ordinal_suffixes)
    ordinal = rf"(?P<ordinal>\d{{1,3}}{suffixes}|{alternation(lexicon.ordinals)})"
    return _Patterns(
        age=re.compile(
            rf"(?<![\w-]){amount_pattern(lexicon)}[\s-]+(?P<unit>{units})"
            rf"-(?:{lexicon.fragment('old')})(?![\w-])"
        ),
        anniversary=re.compile(rf"(?<![\w-]){ordinal}\s+{any_of(lexicon.anniversary_words)}(?!\w)"),
        of_gap=re.compile(rf"\s+(?:{lexicon.fragment('of')})\s+(?:[\w'’.-]+\s+){{0,2}}$"),
        own_date=re.compile(rf"(?:{alternation(lexicon.event_prepositions)})\s+$"),
    )
