"""An explicit date told in the past tense that lies after the document date, or one told in the
future tense that lies before it.

Tense comes from a cue-word heuristic, so the check is conservative: the date must be the time of
its clause (after 'on', 'in'...: not 'the 1969 landing', nor a noun's date: 'agreed to a pay
freeze in 2026'), the whole period must lie more than a
day beyond the DCT (time zones, late editions), and the sentence must hold no cue of
the other direction: a past-tense sentence with 'would', 'forecast' or 'will' may report a plan,
a future-tense sentence needs a firm cue ('will', not 'plans'), and one with 'said' is reported
speech ("said on May 3 he will...").
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from chrono.clauses import participle_aside
from chrono.consistency.observation import Observation, Timeline, timeline
from chrono.consistency.readings import event_period, evidence
from chrono.lexicon import Lexicon
from chrono.model import Flag, Severity, Tense
from chrono.patterns import WORD
from chrono.tense_words import as_an_opening, is_past_form, looks_like_a_verb
from chrono.tokens import IndexedText

PAST_AFTER = "past-event-after-dct"
FUTURE_BEFORE = "future-event-before-dct"
_SLACK = timedelta(days=1)
_ADVERBIAL_REACH = 20
_NOUN_PHRASE_REACH = 60
_NOUN_PHRASE_WORDS = 7
_PARTICIPLE_AND_PREPOSITION = 2
_RANGE_DASHES = frozenset("-\u2013\u2014/")


def tense_flags(
    indexed: IndexedText, observations: Sequence[Observation], dct: date, lexicon: Lexicon
) -> Iterator[Flag]:
    """A flag for each explicit date whose tense points the other way from the DCT."""
    ordered = timeline(observations)

    @cache
    def cues(sentence: int) -> _Cues:
        """Read once per sentence, however many dates it holds."""
        return _read_cues(_cue_words(indexed, indexed.sentences.bounds(sentence), ordered), lexicon)

    for observation in observations:
        timex = observation.timex
        period = event_period(observation, lexicon)
        if period is None or not _is_adverbial(indexed, timex.start, lexicon):
            continue
        index = indexed.sentences.index(timex.start)
        # the words before the date in its own sentence ('... since 2009. Her father retired in
        # March 2015': the 'since' of the sentence before opens no time clause here)
        reach = max(indexed.sentences.bounds(index)[0], timex.start - _NOUN_PHRASE_REACH)
        leading = indexed.words.last(reach, timex.start, _NOUN_PHRASE_WORDS)
        if _of_a_noun(leading, lexicon) or _subordinate(leading, lexicon):
            continue
        past = timex.tense is Tense.PAST and period.first_day > dct + _SLACK
        future = timex.tense is Tense.FUTURE and period.last_day < dct - _SLACK
        if not past and not future:
            continue
        sentence = cues(index)
        if past and _past_only_in_an_aside(indexed, index, lexicon):
            past = False  # 'The orchestra, founded in 1980, celebrates its 50th year in 2030'
        if past and not sentence.ahead:
            yield _flag(PAST_AFTER, observation, "past", "after", dct)
        if future and sentence.firm and not sentence.back:
            yield _flag(FUTURE_BEFORE, observation, "future", "before", dct)


def _is_adverbial(indexed: IndexedText, start: int, lexicon: Lexicon) -> bool:
    """Whether the date is the time of the clause ('will vote on March 3'), not a label of a
    thing ('to mark the anniversary of the July 1969 landing', 'approved the 2025 budget'),
    whose tense says nothing about the date. The second end of a range ('scored 14 goals in
    2024-25') is no time of its own: the range as a whole is."""
    if indexed.text[max(0, start - 1) : start] in _RANGE_DASHES:
        return False
    before = indexed.words.last(max(0, start - _ADVERBIAL_REACH), start, 2)
    if not before or before[-1].lower() not in lexicon.event_prepositions:
        return False
    # 'a lease ending on June 30, 2020': the date ends the lease's term, not the clause's time
    term = before[0].lower() in lexicon.term_participles
    return len(before) < _PARTICIPLE_AND_PREPOSITION or not term


def _of_a_noun(words: Sequence[str], lexicon: Lexicon) -> bool:
    """Whether the date's preposition follows a phrase naming an event ('agreed to a pay freeze
    in 2026', 'covers the floods in March 2023', 'announced a ban on new petrol cars in 2030'):
    the date is that event's, and the verb's tense says nothing of it. A verb before the
    preposition ('reopened in May 2025') or no event noun ('reopened its doors on May 14', 'vote
    on the bypass plan on March 3') keeps the check. `words` are the last few before the date."""
    if len(words) < 3 or not words[-2].islower():
        return False
    head, before = words[-2], words[-3].lower()
    lowered = [word.lower() for word in words[:-1]]
    named = lexicon.event_nouns | lexicon.scheduled_events
    nouns = [i for i, w in enumerate(lowered) if w in named]
    if not nouns:
        return False
    # the noun is the subject of a verb between it and the preposition ('the fire broke out on',
    # 'the summit took place in', 'the ban will come into force in'): the date is the verb's
    after = words[nouns[-1] + 1 : -1]
    if any(
        word.lower() in lexicon.modal_verbs
        or word.lower() in lexicon.future_cues
        or is_past_form(word, after[i - 1] if i else words[nouns[-1]], lexicon)
        for i, word in enumerate(after)
    ):
        return False
    verb_markers = (
        lexicon.modal_verbs,
        lexicon.future_cues,
        lexicon.infinitive_markers,
        lexicon.passive_auxiliaries,
        lexicon.perfect_auxiliaries,
        lexicon.pluperfect_cues,
    )
    verb_heads = (
        lexicon.present_cues,
        lexicon.weak_future_cues,
        lexicon.scheduling_verbs,
        lexicon.inception_words,
    )
    if any(before in group for group in verb_markers) or any(head in g for g in verb_heads):
        return False
    return not is_past_form(head, before, lexicon) and not head.endswith(lexicon.adverb_suffixes)


def _subordinate(words: Sequence[str], lexicon: Lexicon) -> bool:
    """Whether the date sits in a time clause of its own ('will open after premiering in Cannes
    in May 2023', 'following its debut in May 2023'), whose tense is not the main verb's."""
    return any(word.lower() in lexicon.time_clause_words for word in words[:-1])


@dataclass(frozen=True, slots=True)
class _Cues:
    """What a sentence's cue words say: a look ahead, a firm future, a look back."""

    ahead: bool
    firm: bool
    back: bool


def _read_cues(words: Sequence[str], lexicon: Lexicon) -> _Cues:
    lowered = [word.lower() for word in words]
    return _Cues(
        ahead=_looks_ahead(words, lowered, lexicon),
        firm=any(word in lexicon.future_cues for word in lowered),
        back=_looks_back(words, lexicon),
    )


def _cue_words(indexed: IndexedText, bounds: tuple[int, int], ordered: Timeline) -> list[str]:
    """The sentence's words outside every timex (the month 'May' is no 'may'), as written: 'to
    Lisbon' is no infinitive."""
    inside = [(item.timex.start, item.timex.end) for item in ordered.overlapping(*bounds)]
    kept: list[str] = []
    span = 0
    for start, word in indexed.words.within(*bounds):
        while span < len(inside) and inside[span][1] <= start:
            span += 1
        if span == len(inside) or start < inside[span][0]:
            kept.append(word)
    return kept


def _looks_ahead(words: Sequence[str], lowered: Sequence[str], lexicon: Lexicon) -> bool:
    """Whether the words hold a future, conditional or projection cue, an infinitive ('is set to
    begin in early 1991'), or a new date set ('the hearing was moved to a date in June'; but
    'moved to Paris in June' is a past move)."""
    ahead = lexicon.future_cues | lexicon.weak_future_cues | lexicon.projection_words
    pairs = zip(lowered, [*words[1:], ""], strict=True)
    return _sets_a_new_date(lowered, lexicon) or any(
        word in ahead
        or (word in lexicon.infinitive_markers and looks_like_a_verb(following, lexicon))
        for word, following in pairs
    )


def _sets_a_new_date(words: Sequence[str], lexicon: Lexicon) -> bool:
    """A rescheduling phrase before an article: 'postponed to a date in', 'pushed back to the
    week of'."""
    for phrase in lexicon.rescheduling_phrases:
        parts = phrase.split()
        size = len(parts)
        for index in range(len(words) - size):
            if list(words[index : index + size]) == parts and words[index + size] in (
                lexicon.articles
            ):
                return True
    return False


def _looks_back(words: Sequence[str], lexicon: Lexicon) -> bool:
    """Whether a past-tense verb (not 'will be held', not 'the proposed bypass') is in the words;
    a cue that is no past verb ('says', 'already', 'last') does not count, and any word after
    'first' or 'originally' is a participle ('the race, first run in 2014, will start')."""
    return any(
        (
            _past_form_at(words, index, lexicon)
            and word.lower() not in lexicon.past_cues_without_past_verb
        )
        or _after_a_participle_adverb(words, index, lexicon)
        for index, word in enumerate(words)
    )


def _past_form_at(words: Sequence[str], index: int, lexicon: Lexicon) -> bool:
    word, following = words[index], words[index + 1] if index + 1 < len(words) else ""
    word = as_an_opening(word, following, lexicon) if index == 0 else word
    return is_past_form(word, words[index - 1] if index else "", lexicon)


def _after_a_participle_adverb(words: Sequence[str], index: int, lexicon: Lexicon) -> bool:
    """'first run', 'originally built', but not 'the first session'."""
    if index < 1 or words[index - 1].lower() not in lexicon.participle_adverbs:
        return False
    return index < 2 or words[index - 2].lower() not in lexicon.determiners


def _flag(kind: str, observation: Observation, tense: str, side: str, dct: date) -> Flag:
    timex = observation.timex
    message = (
        f'"{timex.text}" is told in the {tense} tense, but it lies {side} the document date'
        f" {dct.isoformat()}."
    )
    return Flag(kind, message, Severity.WARNING, (evidence(observation),))


def _past_only_in_an_aside(indexed: IndexedText, index: int, lexicon: Lexicon) -> bool:
    """Whether every past form of the sentence sits in a participle aside, which tells of the
    noun before it, not of the clause's time: then no past verb times the date."""
    start, end = indexed.sentences.bounds(index)
    sentence = indexed.text[start:end]
    aside = participle_aside(lexicon)
    if aside.search(sentence) is None:
        return False
    return not _looks_back(WORD.findall(aside.sub(",", sentence)), lexicon)
