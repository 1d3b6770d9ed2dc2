"""The tense around an expression, from a light heuristic over cue words in its sentence.

The nearest cue wins: a past-tense verb ("said", "-ed"), a future marker ("will"), an intention
("expects", "plans"), or a present one ("is"). No tagger is needed, so it costs a few dictionary
lookups per expression.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from enum import IntEnum
from functools import cache

from chrono.lexicon import Lexicon
from chrono.model import Tense
from chrono.patterns import WORD, alternation
from chrono.tokens import (
    entry_start,
    heading_line_follows,
    heads_a_line,
    is_abbreviation_stop,
    line_heading_end,
)

# A sentence end or a semicolon: the verb of another clause does not govern.
_CLAUSE_END = re.compile(r"[.!?;][\"”’')\]]*\s|\n\s*\n")
_REACH = 160
_MAX_DISTANCE = 16
_RESCHEDULE_REACH = 7
_REPORTED_REACH = 4
_SUBJECT_REACH = 6  # words a subject may run before its verb
_VERB_AND_MARKER = 2  # 'turn' and 'will' before 'unsettled'
_STATE_REACH = 6  # words between 'lay' and 'until' in 'lay on the banks until'
_NOUN_AND_PARTICIPLE = 2  # 'metro closed'
_ARRANGEMENT_REACH = 6  # words between 'is seeking' and its date
_SHORTEST_ING = 4  # 'seeking', not 'king' or 'ring'
_ASIDE_SUBJECT = 4  # words the subject of 'officials said' may take in an aside
_SHORTEST_VERB_IN_S = 3  # 'as' and 'its' end in -s too
# A word as the tense cues are looked for: a hyphenated compound ('long-awaited') is one word.
_CLAUSE_WORD = re.compile(r"[A-Za-z’']+(?:-[A-Za-z’']+)*")
# A clause between commas right after a date: ', when clocks go back an hour,'.
_ASIDE = re.compile(r"\s*,\s*(\w+)\b[^,.;!?]*,")


class Strength(IntEnum):
    """How firmly a cue fixes the tense: "will" (FIRM), an intention ("plans", INTENT), a
    deadline word ("by Friday", DEADLINE), a bare infinitive ("agreed to acquire the bank in
    January", INFINITIVE)."""

    INFINITIVE = 1
    DEADLINE = 2
    INTENT = 3
    FIRM = 4


@dataclass(frozen=True, slots=True)
class TenseReading:
    """A tense and how firm its cue is. A weekday moves forward only for an intention or firmer
    ("to mark its entry into NATO on Friday" is past); a reported quarter only for a firm cue
    ("expects to report third-quarter profit" is about a past quarter)."""

    tense: Tense
    strength: Strength = Strength.FIRM
    cue: str = ""


# The reading of a timetable entry whose line has no tense of its own.
HEADING_READING = TenseReading(Tense.FUTURE, Strength.INTENT, ":")


def governing_tense(text: str, start: int, end: int, lexicon: Lexicon) -> TenseReading | None:
    """The tense of the clause an expression sits in: the verb before it when there is one
    ("will brief the assembly on Tuesday, he added"), else the one after it ("On Thursday,
    Putin urged"). A deadline ("by Jan. 14", "effective June 1", "as early as Tuesday") points
    forward whatever the reporting verb's tense, and 'since' back; so does 'ahead of' unless the
    clause is past ("fans are arriving ahead of Sunday's final"). An intention points forward
    only to what follows it; after the date it is a present cue ("On Friday, the Kremlin expects
    ..." may date the statement or the plan: the nearer Friday).
    A date used as an adjective ("gave no reason for the Jan. 14 deadline") hears the clause's
    verb only weakly: the verb tells of the deadline's naming, not of the date; but a firm
    future after it ("the Nov. 5 election will decide") tells of the thing dated."""
    left = _sentence_left(text, start, lexicon)
    clause = _words_outside_asides(text, left, start, lexicon)[::-1]
    before = clause[:_MAX_DISTANCE]
    opens = len(clause) <= _MAX_DISTANCE and (left == 0 or left > start - _REACH)
    opens = opens and "," in text[left : _sentence_right(text, end, lexicon)]  # 'Founded in 1990,'
    reading = _nearest(before, lexicon, leftward=True, sentence_opens=opens)
    if reading is not None and not _arrangement_reaches(before, reading, lexicon):
        reading = TenseReading(Tense.PRESENT, cue=reading.cue)
    if _reports_a_clause(before, reading, text, end, lexicon):
        reading = _reported_future(text, end, lexicon) or reading
    elif reading is not None and reading.tense is Tense.PAST and _cue_at(before, reading) > 1:
        reading = _subject_of_a_future(text, end, lexicon) or reading
    if reading is not None and reading.tense is Tense.PAST:
        reading = _subject_of_a_new_clause(before, text, end, lexicon) or reading
    if reading is not None and reading.tense is Tense.PAST and _cue_at(before, reading) > 1:
        reading = _of_an_event(before, reading, lexicon)
    told_after = False
    if reading is None:
        reading = _subject_of_a_listing(text, end, lexicon)
    if reading is None:
        reading = _first_cue_after(text, end, lexicon)
        told_after = reading is not None
    if heads_a_line(text, start, end, lexicon) and (
        reading is None or (told_after and _opens_the_entry(reading, text, end, lexicon))
    ):
        reading = HEADING_READING
    elif reading is not None and _inside_a_described_entry(reading, text, start, lexicon):
        reading = None  # 'Friday: metro closed from 5:30 a.m.': the entry's heading tells
    subject_of_a_plan = told_after and reading is not None and reading.tense is Tense.FUTURE
    leading = tuple(word.lower() for word in WORD.findall(text, max(0, start - 30), start))
    bare = leading[:-1] if leading and leading[-1] in lexicon.articles else leading
    if _ends_with_phrase(bare, lexicon.since_words):  # 'since the August bank holiday'
        return TenseReading(Tense.PAST)
    deadline_word = _ends_with_phrase(leading, lexicon.deadline_words)
    rescheduled = _rescheduled(before, lexicon)
    if rescheduled and reading is not None and reading.cue.lower() in lexicon.pluperfect_cues:
        return TenseReading(Tense.PRESENT, cue=reading.cue)  # 'had delayed it until October'
    deadline = (
        deadline_word
        or rescheduled
        or _names_a_delivery(text, end, lexicon)
        or (
            _ends_with_phrase(leading, lexicon.lead_up_words)
            and (reading is None or reading.tense is not Tense.PAST)
        )
    )
    if _lasted_until(before, reading, lexicon) or _reached_by(before, reading, lexicon):
        deadline = False
    if deadline and not told_after and _pluperfect_after(text, end, lexicon):
        return TenseReading(Tense.PAST, cue="had")  # 'by the end of the decade, shops had shut'
    if deadline and not told_after and (reading is None or reading.tense is Tense.PAST):
        after = _past_after_by(leading, text, end, lexicon)
        if after is not None:
            return after  # 'began on Monday, and by 08:15 apps were failing'
    if deadline and not _narrated_past(reading, lexicon, told_after=told_after and deadline_word):
        if (
            reading is not None
            and reading.tense is Tense.FUTURE
            and reading.strength > Strength.DEADLINE
        ):
            return reading
        return TenseReading(Tense.FUTURE, Strength.DEADLINE)
    if (
        reading is not None
        and reading.tense is Tense.FUTURE
        and _word_after(text, end).lower() in lexicon.report_nouns
    ):
        return TenseReading(Tense.PRESENT, cue=reading.cue)  # 'will report third-quarter results'
    if (
        reading is not None
        and not (subject_of_a_plan and reading.strength is Strength.FIRM)
        and not _attends_an_event(reading, text, end, lexicon)
        and _is_attributive(before, text, end, lexicon)
    ):
        return replace(reading, strength=Strength.INFINITIVE)
    return reading


def _words_outside_asides(text: str, left: int, start: int, lex: Lexicon) -> list[str]:
    """The words from `left` to `start`, less reporting asides set off by commas ('will last
    until Thursday, forecasters said, with temperatures falling over the weekend'): the
    aside's verb tells when it was said, not the tense of the clause around it."""
    words: list[str] = []
    for aside in _reporting_aside(lex).finditer(text, left, start):
        words += _CLAUSE_WORD.findall(text, left, aside.start())
        left = aside.end()
    return words + _CLAUSE_WORD.findall(text, left, start)


@cache
def _reporting_aside(lex: Lexicon) -> re.Pattern[str]:
    """', forecasters said,': a few words and a reporting verb between commas."""
    verbs = alternation(sorted(lex.reporting_verbs))
    return re.compile(rf",\s+(?:[A-Za-z’'.-]+\s+){{1,{_ASIDE_SUBJECT}}}(?:{verbs}),", re.IGNORECASE)


def _attends_an_event(reading: TenseReading, text: str, end: int, lex: Lexicon) -> bool:
    """'will attend Saturday's rally', 'would be ready for Tuesday's visit': a future (or an
    intention) before a date that names a scheduled event is about the event, one still ahead
    ('will appeal Wednesday's ruling' is not)."""
    if reading.tense is not Tense.FUTURE or reading.strength < Strength.INTENT:
        return False
    return _word_after(text, lex.past_possessive(text, end)).lower() in lex.scheduled_events


def _arrangement_reaches(before: list[str], reading: TenseReading, lex: Lexicon) -> bool:
    """A progressive arrangement ('is seeking a sixth term in November') dates only its own
    object, close by; not the event a noun names further on ('are appealing for witnesses to a
    crash on Thursday')."""
    if reading.cue.lower() not in lex.progressive_auxiliaries or reading.tense is not Tense.FUTURE:
        return True
    between = [word.lower() for word in before[: _cue_at(before, reading)]]
    named = any(word in lex.event_nouns or word in lex.scheduled_events for word in between)
    return len(between) <= _ARRANGEMENT_REACH and not named


def _of_an_event(before: list[str], reading: TenseReading, lex: Lexicon) -> TenseReading:
    """'The union confirmed a walkout on 17 December': the date is the event noun's, and the
    past verb tells of the confirming, so it is heard only weakly."""
    between = (word.lower() for word in before[: _cue_at(before, reading)])
    if any(word in lex.event_nouns or word in lex.scheduled_events for word in between):
        return replace(reading, strength=Strength.INFINITIVE)
    return reading


def _cue_at(before: list[str], reading: TenseReading) -> int:
    """How many words before the date the cue stands (0: right before it)."""
    return next((i for i, word in enumerate(before) if word == reading.cue), len(before))


def _subject_of_a_future(text: str, end: int, lex: Lexicon) -> TenseReading | None:
    """'Passengers booked on flights after Oct. 28 will be moved': a firm future right after
    the date is the main verb, and the past form before it a participle in its subject; the
    date dates the noun between them ('flights after Oct. 28'). Right after the participle
    ('the law passed in March will take effect') it dates the participle."""
    following = _word_after(text, end)
    if following.lower() not in lex.future_cues:
        return None
    return TenseReading(Tense.FUTURE, cue=following)


def _subject_of_a_new_clause(
    before: list[str], text: str, end: int, lex: Lexicon
) -> TenseReading | None:
    """'Last year was the warmest, and January is forecast to be mild': a date right after 'and'
    or 'but' that a present verb follows is the subject of a clause of its own."""
    if not before or not lex.is_fragment("clause_link", before[0].lower()):
        return None
    following = _word_after(text, end)
    lowered = following.lower()
    if lowered in lex.present_cues and lowered not in lex.past_cues:
        return TenseReading(Tense.PRESENT, cue=following)
    return None


def _opens_the_entry(reading: TenseReading, text: str, end: int, lex: Lexicon) -> bool:
    entry = entry_start(text, end)
    return entry is not None and _describes_the_entry(reading, text, entry, lex)


def _inside_a_described_entry(reading: TenseReading, text: str, start: int, lex: Lexicon) -> bool:
    """A date inside a timetable entry whose cue is the entry's describing participle."""
    entry = line_heading_end(text, start, lex)
    return entry is not None and entry <= start and _describes_the_entry(reading, text, entry, lex)


def _describes_the_entry(reading: TenseReading, text: str, entry: int, lex: Lexicon) -> bool:
    """'Tuesday to Friday: reduced weekday timetable', 'Friday: metro closed from 5:30 a.m.': a
    past form right after an entry's colon, or after its first word with no object after it,
    describes the entry; it tells no tense ('Monday: police arrested two men' does)."""
    if reading.tense is not Tense.PAST:
        return False
    line_end = text.find("\n", entry)
    words = WORD.findall(text, entry, len(text) if line_end < 0 else line_end)
    if words[:1] == [reading.cue]:
        return True
    if len(words) < _NOUN_AND_PARTICIPLE or words[1] != reading.cue:
        return False
    rest = words[_NOUN_AND_PARTICIPLE:]
    return not rest or rest[0].lower() in lex.month_context_words  # 'metro closed from 5:30


def _subject_of_a_listing(text: str, end: int, lex: Lexicon) -> TenseReading | None:
    """'Friday night belongs to the blues, and Saturday brings a choir': a present verb chrono
    has no word for, right after a date that is its subject, lists what is coming, like a
    schedule ('opens'). Only a verb in -s followed by an article or 'to' is heard, so that a
    plural noun ('Friday prayers') is not."""
    verb = _word_after(text, end)
    if not (verb.isalpha() and lex.looks_plural(verb)):  # a word in -s, as a plural looks
        return None
    if _cue(verb, "", "", lex, leftward=False) is not None:
        return None
    following = _word_after(text, end + 1 + len(verb)).lower()
    if following not in lex.determiners and following != "to":
        return None
    return TenseReading(Tense.FUTURE, Strength.INTENT, verb)


def _word_after(text: str, end: int) -> str:
    """The word one space after `end`, as written, or ''."""
    following = WORD.match(text, end + 1) if text[end : end + 1] == " " else None
    return following.group() if following else ""


def _names_a_delivery(text: str, end: int, lex: Lexicon) -> bool:
    """'crude for January delivery', 'the March contract': a futures month, one still ahead."""
    return _word_after(text, end).lower() in lex.delivery_nouns


def _reports_a_clause(
    before: list[str], reading: TenseReading | None, text: str, end: int, lex: Lexicon
) -> bool:
    """Whether the cue is a reporting verb with a subject of the reported clause between it and
    the date ('said the summit in April'), or the date owns that subject ('said Monday's talks
    would ...'), not one the date follows ('said on Friday')."""
    if reading is None or reading.cue.lower() not in lex.reporting_verbs:
        return False
    if lex.past_possessive(text, end) > end:
        return True
    between = before[1 : _cue_at(before, reading)]
    if not between and _names_a_noun(text, end, lex):
        return True  # 'said Eid al-Fitr prayers would be held'
    if not between and _before_a_modal(text, end, lex):
        return True  # 'forecasters said Saturday would be dry': the date is the subject
    return any(word.lower() in lex.determiners for word in between)


def _before_a_modal(text: str, end: int, lex: Lexicon) -> bool:
    """Whether 'would' or 'will' follows the date: the date is the reported clause's subject."""
    following = _word_after(text, end).lower()
    return following in lex.future_cues or following in lex.conditional_cues


def _names_a_noun(text: str, end: int, lex: Lexicon) -> bool:
    """Whether the date stands before a noun it names ('Friday prayers', 'Christmas shopping'):
    a lower-case word right after it that is no pronoun, function word or verb form."""
    following = _word_after(text, end)
    lowered = following.lower()
    if not following.isalpha() or not following.islower() or lex.is_fragment("that", lowered):
        return False
    if lowered in lex.subject_pronouns or _is_function_word(lowered, lex):
        return False
    return not is_past_form(following, "", lex) and lowered not in lex.present_cues


def _reported_future(text: str, end: int, lex: Lexicon) -> TenseReading | None:
    """'said the summit in April would be difficult': the reported clause's own 'would' or
    'will', right after the date, tells its tense; the reporting verb tells only of the saying."""
    after = WORD.findall(text, end, _sentence_right(text, end, lex))[:_REPORTED_REACH]
    for word in after:
        lowered = word.lower()
        if lowered in lex.future_cues or lowered in lex.conditional_cues:
            return TenseReading(Tense.FUTURE, Strength.INTENT, word)
        if is_past_form(word, "", lex) or lowered in lex.present_cues:
            return None
    return None


def _rescheduled(before: list[str], lex: Lexicon) -> bool:
    """A rescheduling verb with its object before the link: 'adjourned the case to March 14',
    'pushed the vote back three weeks to Friday'. `before` runs from the date outwards."""
    verbs, links = _ends_of(lex.rescheduling_phrases)
    if not before or before[0].lower() not in links:
        return False
    return any(word.lower() in verbs for word in before[1:_RESCHEDULE_REACH])


@cache
def _ends_of(phrases: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The first and the last words of the phrases ('adjourned', 'to')."""
    split = _split(phrases)
    return frozenset(words[0] for words in split), frozenset(words[-1] for words in split)


@cache
def _split(phrases: frozenset[str]) -> tuple[tuple[str, ...], ...]:
    """Each phrase as its words, split once."""
    return tuple(tuple(phrase.split()) for phrase in phrases)


def _is_attributive(before: list[str], text: str, end: int, lex: Lexicon) -> bool:
    """Between a determiner and a lower-case word ('the Jan. 14 deadline', 'a Jan. 14 vote'), or
    a possessive before one ('to get around Wednesday's ruling')."""
    owner = lex.past_possessive(text, end)
    if owner == end and (not before or before[0].lower() not in lex.articles):
        return False
    return _word_after(text, owner).islower()


def _lasted_until(before: list[str], reading: TenseReading | None, lex: Lexicon) -> bool:
    """'The road remained closed until Wednesday', 'was shut until May': a past state right
    before 'until' lasted up to the date, as a past negation does ('did not find it until').
    A rescheduling verb ('postponed until Tuesday') or a deadline granted ('gave the family
    until 9 a.m. Tuesday') points ahead."""
    if len(before) < 2 or before[0].lower() not in lex.until_words:
        return False
    if reading is None or reading.tense is not Tense.PAST:
        return False
    reach = before[1 : _cue_at(before, reading) + 1]
    if any(lex.is_fragment("negation", word.lower().replace("’", "'")) for word in reach):
        return True  # 'did not identify the fault until 10:05': it happened then
    if reading.cue.lower() in lex.lasting_verbs and _cue_at(before, reading) <= _STATE_REACH:
        return True  # 'Snow lay on the banks until mid-April'
    if _cue_at(before, reading) > 2:
        return False
    if reading.cue.lower() in lex.past_cues_without_past_verb:
        return False  # 'that it doesn't already own until 5 p.m.'
    verbs, _ = _ends_of(lex.rescheduling_phrases)
    clause = [word.lower() for word in before[1 : _cue_at(before, reading) + 2]]
    perfect = any(word in lex.perfect_auxiliaries for word in clause)  # 'has been bailed until'
    return not perfect and not any(word in verbs for word in clause[:-1])


def _first_cue_after(text: str, end: int, lex: Lexicon) -> TenseReading | None:
    """The nearest tense cue after the date in its sentence, past an aside set off by commas."""
    right = _sentence_right(text, end, lex)
    after = _CLAUSE_WORD.findall(text, _past_an_aside(text, end, right, lex), right)
    return _nearest(after[:_MAX_DISTANCE], lex, leftward=False)


def _past_after_by(
    leading: tuple[str, ...], text: str, end: int, lex: Lexicon
) -> TenseReading | None:
    """The past verb after 'by <date>' that tells what had happened by then, not a reporting
    clause ('... by Friday, officials said')."""
    if not leading or not lex.is_fragment("by", leading[-1]):
        return None
    after = _first_cue_after(text, end, lex)
    if after is None or after.tense is not Tense.PAST:
        return None
    return None if after.cue.lower() in lex.reporting_verbs else after


def _pluperfect_after(text: str, end: int, lex: Lexicon) -> bool:
    """Whether the first tense cue after a deadline date is a pluperfect: what had happened by
    then ('by the end of the decade three shops had shut')."""
    reading = _first_cue_after(text, end, lex)
    return reading is not None and reading.cue.lower() in lex.pluperfect_cues


def _reached_by(before: list[str], reading: TenseReading | None, lex: Lexicon) -> bool:
    """'1,200 firefighters were on the line by Sunday evening': a past state of 'be' before
    'by' held by then; 'was due by Friday' or 'was postponed by a week' are no such state."""
    if not before or not lex.is_fragment("by", before[0].lower()):
        return False
    if reading is None or reading.tense is not Tense.PAST:
        return False
    cue = reading.cue.lower()
    clause = [word.lower() for word in before[1 : _cue_at(before, reading)]]
    return cue in lex.past_of_be and not any(word in lex.scheduling_words for word in clause)


def _narrated_past(reading: TenseReading | None, lex: Lexicon, *, told_after: bool) -> bool:
    """A pluperfect tells what had happened by then ('Until Thursday, they had not called him a
    suspect'), and so does a past verb after the deadline ('By Friday, the water receded');
    a past verb before it leaves it pointing ahead ('postponed until Tuesday')."""
    if reading is None:
        return False
    if told_after and reading.tense is Tense.PAST:
        return True
    return reading.cue.lower() in lex.pluperfect_cues


def _nearest(
    words: list[str], lex: Lexicon, *, leftward: bool, sentence_opens: bool = False
) -> TenseReading | None:
    """The first cue among `words`, listed from the expression outwards. An infinitive gives way
    to an intention further out that governs it ("plans to strike on Thursday"); a relative
    clause's opener ends the search leftwards ("hoped she would help the city where the Aug. 7
    blasts killed 200": the verb after it governs). `sentence_opens` says the last word opens
    its sentence, where a capital is no sign of a name ('Founded in 1990, ...')."""
    found: TenseReading | None = None
    for index, word in enumerate(words):
        if leftward and found is None and word.lower() in lex.clause_openers:
            return None
        outer = words[index + 1] if index + 1 < len(words) else ""
        inner = words[index - 1] if index else ""
        previous, following = (outer, inner) if leftward else (inner, outer)
        opening = sentence_opens and index == len(words) - 1
        if opening and is_opening_participle(word, following, lex):
            word = word.lower()  # 'Founded in 1990, the club will open a stadium next year'
        if not leftward and _heads_a_subject(word, words[index + 1 : index + _SUBJECT_REACH], lex):
            continue  # 'early returns from the suburbs showed': a noun before its verb
        reading = _cue(word, previous, following, lex, leftward=leftward)
        outer_words = words[index + 1 : index + 3]
        if reading is None or (leftward and _adjective_in_a_future(reading, outer_words, lex)):
            continue
        if found is None and reading.strength is not Strength.INFINITIVE:
            return _unless_pluperfect(reading, words[index + 1 : index + 4], lex, leftward=leftward)
        if found is None:
            found = reading
        elif reading.tense is Tense.FUTURE and reading.strength > found.strength:
            return _unless_pluperfect(reading, words[index + 1 : index + 4], lex, leftward=leftward)
        else:
            return found
    return found


def is_opening_participle(word: str, following: str, lex: Lexicon) -> bool:
    """A regular past form capitalized because it opens its sentence, before a preposition
    ('Founded in 1990, ...', 'Elected by a landslide, ...'); `is_past_form` reads only lower-case
    '-ed' words, so that names ('Alfred will visit') are no verbs."""
    after = following.lower()
    before_a_preposition = after in lex.month_context_words or lex.is_fragment("by", after)
    return (
        word[:1].isupper()
        and word[1:].islower()
        and before_a_preposition
        and is_past_form(word.lower(), "", lex)
    )


def _adjective_in_a_future(reading: TenseReading, outer: list[str], lex: Lexicon) -> bool:
    """'will turn unsettled on Tuesday', 'will batter exposed coasts', 'are expected to turn
    unsettled': a regular '-ed' form right after a verb that follows 'will' or 'to' is an
    adjective of the clause, not a past verb ('Exports to China slumped' is one)."""
    cue = reading.cue.lower()
    regular = cue.endswith(lex.past_suffix) and cue not in lex.past_cues
    if reading.tense is not Tense.PAST or not regular or len(outer) < _VERB_AND_MARKER:
        return False
    verb, marker = outer[0], outer[1].lower()
    marked = marker in lex.future_cues or marker in lex.infinitive_markers
    return marked and verb.islower() and looks_like_a_verb(verb, lex)  # not 'Exports to China


def _unless_pluperfect(
    reading: TenseReading, outer: list[str], lex: Lexicon, *, leftward: bool
) -> TenseReading:
    """A plan told in the pluperfect may have been dropped or kept: 'had been due to expire
    Friday' is read like a present cue, the nearer occurrence, not the next one."""
    if not leftward or reading.tense is not Tense.FUTURE or reading.strength is Strength.FIRM:
        return reading
    perfect = next((word for word in outer if word.lower() in lex.pluperfect_cues), None)
    return TenseReading(Tense.PRESENT, cue=perfect) if perfect else reading


def _cue(
    word: str, previous: str, following: str, lex: Lexicon, *, leftward: bool
) -> TenseReading | None:
    lowered = word.lower().replace("’", "'")
    if word[:1].isupper() and lowered in lex.months:
        return None  # the month 'May', not the modal
    clitic = lowered[lowered.find("'") :] if "'" in lowered else ""
    if lowered in lex.past_cues and following.lower() in lex.comparison_words:
        return None  # 'will close no earlier than June' compares; it tells no tense
    if lowered in lex.future_cues or clitic in lex.future_cues:
        return TenseReading(Tense.FUTURE, cue=word)
    if leftward and _arranged(lowered, clitic, following, lex):
        return TenseReading(Tense.FUTURE, Strength.INTENT, word)  # 'is seeking a term in November'
    if clitic in lex.present_cues:  # "we're opening"
        return TenseReading(Tense.PRESENT, cue=word)
    if lowered in lex.weak_future_cues and _plan_told_as_done(lowered, previous, lex):
        return None
    if lowered.endswith(lex.participle_suffix) and previous.lower() in lex.plural_units:
        return None  # 'spent five weeks planning a rescue': how the time went, no plan
    if lowered in lex.past_cues_without_past_verb and previous.lower() in lex.articles:
        return None  # 'in the last week of June' ranks the week; it tells no past
    if lowered in lex.weak_future_cues:
        if leftward or lowered in lex.modal_verbs:
            return TenseReading(Tense.FUTURE, Strength.INTENT, word)
        # after the date, 'expects' or a schedule ('the office opens') tells the nearer one
        present = lowered in lex.present_cues or _scheduling_verb_in_s(lowered, lex)
        return TenseReading(Tense.PRESENT, cue=word) if present else None
    if lowered in lex.conditional_cues:
        after = following.lower()
        ability = lowered in lex.possibility_modals and after in lex.passive_auxiliaries
        reported_future = leftward and after not in lex.perfect_auxiliaries and not ability
        return TenseReading(Tense.FUTURE, Strength.INTENT, word) if reported_future else None
    if lowered in lex.infinitive_markers:
        if not leftward or not looks_like_a_verb(following, lex):
            return None
        before = previous.lower()
        if before in lex.present_cues or before in lex.scheduling_words:
            return TenseReading(Tense.FUTURE, Strength.INTENT, word)
        return TenseReading(Tense.FUTURE, Strength.INFINITIVE, word)
    if _scheduled_for(lowered, previous, following, lex):
        return TenseReading(Tense.FUTURE, Strength.INTENT, word)
    if _was_scheduled_for(lowered, previous, following, lex):
        return TenseReading(Tense.PRESENT, cue=word)
    if lowered in lex.scheduling_verbs and leftward and _has_a_subject(previous, lex):
        return TenseReading(Tense.FUTURE, Strength.INTENT, word)
    # A count noun after a preposition or a determiner: 'won by 63 runs' (digits are no words).
    before = previous.lower()
    noun = lowered in lex.quantity_nouns and (
        before in lex.month_context_words or before in lex.determiners
    )
    if lowered in lex.present_cues and lowered not in lex.past_cues and not noun:
        return TenseReading(Tense.PRESENT, cue=word)
    if lowered in lex.agent_participles and lex.is_fragment("by", following):
        return None  # 'wreaths will be laid, followed by a silence': no finite verb
    if is_past_form(word, previous, lex) or _same_form_past(word, previous, following, lex):
        perfect = previous.lower() in lex.pluperfect_cues
        return TenseReading(Tense.PAST, cue=previous if perfect else word)
    if _present_after_a_pronoun(word, before, lex):
        return TenseReading(Tense.PRESENT, cue=word)
    if _present_after_a_day(word, previous, following, lex):
        return TenseReading(Tense.FUTURE, Strength.INTENT, word)  # a listing, as 'opens' is
    return None


def _arranged(lowered: str, clitic: str, following: str, lex: Lexicon) -> bool:
    """A present progressive before the date tells of an arrangement ahead ('is seeking a sixth
    term in November', 'we're opening on Friday')."""
    auxiliary = lowered in lex.progressive_auxiliaries or clitic in lex.progressive_auxiliaries
    after = following.lower()
    participle = after.endswith(lex.participle_suffix) and len(after) > _SHORTEST_ING
    participle = participle and after not in lex.not_participles
    return auxiliary and participle and after.isalpha()


def _heads_a_subject(word: str, following: list[str], lex: Lexicon) -> bool:
    """Whether a scheduling verb in -s after the date ('returns', 'opens') is rather a plural
    noun in the subject of a finite verb a few words on ('early returns from the suburbs
    showed')."""
    if not _scheduling_verb_in_s(word.lower(), lex):
        return False
    cues = finite_verb_cues(lex)
    return any(
        later.lower() in cues or is_past_form(later, before, lex)
        for before, later in zip([word, *following], following, strict=False)
    )


def _scheduling_verb_in_s(lowered: str, lex: Lexicon) -> bool:
    """'opens', 'returns': a scheduling verb in its present third person."""
    return lowered.endswith(lex.plural_suffix) and lowered[:-1] in lex.scheduling_verbs


@cache
def finite_verb_cues(lex: Lexicon) -> frozenset[str]:
    """Every word that is a finite verb or a modal: past, present and future cues."""
    return lex.past_cues | lex.present_cues | lex.future_cues | lex.modal_verbs


def _plan_told_as_done(word: str, previous: str, lex: Lexicon) -> bool:
    """'stronger-than-expected sales', 'began as planned', 'as previously planned', 'for planned
    operations': a plan or an expectation named as a yardstick, as already made or as an
    adjective, which says nothing of the tense."""
    before = previous.lower()
    made = before in lex.past_cues and is_past_form(word, previous, lex)
    adjective = word.endswith(lex.past_suffix) and (
        before in lex.determiners or before in lex.month_context_words
    )  # 'waited for planned operations in June'
    return before in lex.comparison_words or made or adjective


def _present_after_a_pronoun(word: str, before: str, lex: Lexicon) -> bool:
    """'we see no sign', 'they expect', 'she thinks': a verb right after a subject pronoun that
    is no past form is a present tense."""
    if before not in lex.subject_pronouns or not word.islower() or _is_function_word(word, lex):
        return False
    if before in lex.singular_pronouns:
        return word.endswith(lex.plural_suffix)
    return True


def _present_after_a_day(word: str, previous: str, following: str, lex: Lexicon) -> bool:
    """'The deal reached on Monday gives crews a raise in January', 'Saturday brings a choir, and
    Sunday ...': a word in -s right after a day name, with an object after it (an article or a
    plural), is the verb its clause hangs on, told in the present of a schedule; in 'Black Friday
    sales beat forecasts' it is a noun."""
    return (
        (following.lower() in lex.determiners or lex.looks_plural(following))
        and previous[:1].isupper()
        and previous.lower() in lex.weekdays
        and len(word) > _SHORTEST_VERB_IN_S
        and lex.looks_plural(word)
        and not _is_function_word(word, lex)
    )


def _scheduled_for(word: str, previous: str, following: str, lex: Lexicon) -> bool:
    """'is set for Thursday', 'are targeted for March', 'with launch targeted for 6 a.m.': a
    present or reduced passive that schedules (not 'was set for', whose plan may be past)."""
    if word not in lex.scheduling_participles or following.lower() not in lex.scheduling_links:
        return False
    before = previous.lower()
    reduced = bool(before) and not _is_function_word(before, lex)
    return before in lex.present_cues or (reduced and before not in lex.subject_pronouns)


def _was_scheduled_for(word: str, previous: str, following: str, lex: Lexicon) -> bool:
    """'Sentencing was set for June 20': a plan told in the past may have been kept or not, so
    the nearer occurrence, as for a plan in the pluperfect."""
    return (
        word in lex.scheduling_participles
        and previous.lower() in lex.passive_auxiliaries
        and following.lower() in lex.scheduling_links
    )


def _is_function_word(word: str, lex: Lexicon) -> bool:
    """'to', a modal, a determiner or an auxiliary: after one, a verb form is no finite verb
    of its own ('to meet', 'could hold', 'the close', 'have come', 'were open')."""
    groups = (
        lex.infinitive_markers,
        lex.modal_verbs,
        lex.determiners,
        lex.perfect_auxiliaries,
        lex.pluperfect_cues,
        lex.passive_auxiliaries,
    )
    return any(word in group for group in groups)


def _same_form_past(word: str, previous: str, following: str, lex: Lexicon) -> bool:
    """A verb whose past is its base ('cut', 'hit', 'set') is past after a singular subject and
    before its object ('the firm cut 500 jobs', 'the storm hit the coast'), where the present
    would add '-s'; not before a preposition ('a rate cut in March' is a noun)."""
    if word.lower() not in lex.same_form_pasts or not previous or not following:
        return False
    before = previous.lower()
    if _is_function_word(before, lex) or lex.looks_plural(before):
        return False
    if before in lex.subject_pronouns and before not in lex.singular_pronouns:
        return False
    return following.lower() not in lex.month_context_words


def _has_a_subject(previous: str, lex: Lexicon) -> bool:
    """A base-form verb is a present tense ('voters go to the polls on Saturday') unless 'to' or
    a modal comes before it ('agreed to meet on Friday', 'could meet'), a determiner makes it
    a noun ('a return to', 'the close of business'), a perfect a participle ('have come
    down') or a form of 'be' an adjective ('the polls were open')."""
    before = previous.lower()
    joined = lex.is_fragment("and", before)  # 'have won two games and travel to Brighton'
    return (
        bool(before)
        and not _is_function_word(before, lex)
        and (before not in lex.month_context_words or joined)
    )


def is_past_form(word: str, previous: str, lex: Lexicon) -> bool:
    """A past-tense verb: a listed form, or '-ed', but not a participle after a form of 'be'
    ('will be paid', 'is pencilled in'), nor a base form after a modal or 'to' ('will last',
    'could hold', 'expected to last'), nor an '-ed' adjective after a determiner or a
    preposition ('the proposed bypass', 'a stake in preferred shares'), nor a listed word that
    only looks past ('Series H preferred shares', 'will succeed him')."""
    before = previous.lower()
    if before in lex.passive_auxiliaries or before in lex.modal_verbs:
        return False
    if before in lex.infinitive_markers:
        return False  # 'is expected to last until Thursday'
    if word.lower().replace("’", "'") in lex.past_cues:
        return True
    if word.lower() in lex.not_past_forms:
        return False
    preposition = before in lex.month_context_words and not lex.is_fragment("and", before)
    adjective_slot = before in lex.determiners or preposition
    # 'long-awaited', 'state-owned': a compound adjective, no verb
    regular = (
        word.islower() and len(word) > 4 and word.endswith(lex.past_suffix) and "-" not in word
    )
    return regular and not adjective_slot


def looks_like_a_verb(word: str, lex: Lexicon) -> bool:
    """After 'to', a base-form verb: lower case, not a function word, not a plural noun, not a
    noun that often follows 'to' ('shot to death', 'sent to prison')."""
    if word in lex.passive_auxiliaries:
        return True
    return (
        word.islower()
        and len(word) > 2
        and word not in lex.determiners
        and word not in lex.nouns_after_to
        and not lex.looks_plural(word)
    )


def _ends_with_phrase(words: tuple[str, ...], phrases: frozenset[str]) -> bool:
    """Whether one of `phrases` ends `words` (the lower-case words right before a date): a
    deadline ('by', 'as early as') or a starting point ('since')."""
    return any(words[-len(phrase) :] == phrase for phrase in _split(phrases))


def _sentence_left(text: str, start: int, lex: Lexicon) -> int:
    low = max(0, start - _REACH)
    ends = [stop for stop in _CLAUSE_END.finditer(text, low, start) if _ends(stop, text, lex)]
    return ends[-1].end() if ends else low


def _past_an_aside(text: str, end: int, right: int, lex: Lexicon) -> int:
    """Where the main clause resumes after a date: past a clause set off by commas ('From
    Sunday, when clocks go back an hour, the flight will depart'), whose verb governs only it."""
    aside = _ASIDE.match(text, end, right)
    if aside is None or aside.group(1).lower() not in lex.aside_openers:
        return end
    return aside.end()


def _sentence_right(text: str, end: int, lex: Lexicon) -> int:
    high = min(len(text), end + _REACH)
    line_break = text.find("\n", end, high)
    next_entry = heading_line_follows(text, line_break, lex) if line_break >= 0 else None
    high = line_break if next_entry is not None else high  # the next timetable entry
    found = next((s for s in _CLAUSE_END.finditer(text, end, high) if _ends(s, text, lex)), None)
    return found.start() + 1 if found else high


def _ends(stop: re.Match[str], text: str, lex: Lexicon) -> bool:
    """A full stop after 'vs' or 'U.S' ends no clause, unless the next line heads a timetable
    entry ('no services after 9 p.m.' then 'Friday: metro closed.')."""
    if heading_line_follows(text, stop.start() + 1, lex) is not None:
        return True
    return not is_abbreviation_stop(text, stop.start(), lex)
