"""The tense around an expression, from a light heuristic over cue words in its sentence.

The nearest cue wins (`chrono.tense_words`), within the clause (`chrono.clauses`); then what the
clause says of the date settles it: a deadline, a report, a timetable entry, an attributive date.
No tagger is needed, so it costs a few dictionary lookups per expression.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from chrono.clauses import (
    CLAUSE_WORD,
    SENTENCE_REACH,
    ends_with_phrase,
    past_an_apposition,
    past_an_aside,
    phrase_ends,
    present_after_an_aside,
    sentence_left,
    sentence_right,
    split_phrases,
    word_after,
    words_outside_asides,
)
from chrono.lexicon import Lexicon
from chrono.model import Tense
from chrono.patterns import WORD
from chrono.semantics import Unit
from chrono.tense_words import (
    Strength,
    TenseReading,
    finite_verb_cues,
    is_function_word,
    is_past_form,
    looks_like_a_verb,
    nearest_cue,
    word_cue,
)
from chrono.tokens import entry_start, heads_a_line, line_heading_end

_MAX_DISTANCE = 16
_SPAN_LINK_AND_UNIT = 2  # 'to' and 'months' back from 'June'; 'six' and 'the' may follow
_GRANTEE_WORDS = 3  # 'gave', 'the', 'airline' before 'until'
_PLUPERFECT_PASSIVE = 4  # 'for', 'set', 'been', 'had' back from the date
_PLUPERFECT_HELPERS = 2  # 'been' and 'had', adverbs aside
_DEADLINE_AND_SETTER = 4  # 'of', 'deadline', 'a', 'set' back from the date
_DEADLINE_MODIFIERS = 2  # 'new' or 'itself' between 'set' and 'a deadline'
_PARTICIPLE_AND_LINK = 2  # 'cut' and 'by' after the comma
_FROM_AND_VERB = 2  # 'from' and 'postponed' back from the date
_REPORT_NOUN_REACH = 6  # 'months', 'the', 'six', 'for', 'profits' past 'to'
_GOVERNOR_REACH = 3  # 'is scheduled' past the window, before the 'to' at its edge
_PREPOSITION_AND_NOUN = 2  # 'Highs on' before 'Thursday reach 20C'
_LINK_AND_SUBJECT_END = 4  # 'until', 'closed', then the link 'remain' and the subject 'paths'
# words from a date to the verb after it, past a long phrase ('In May, a week after the ... vote,
# a storm cut')
_AFTER_REACH = 24
# one past 'extended' in 'extended the deadline for paying property tax without a penalty to'
_RESCHEDULE_REACH = 11
_SCHEDULE_REACH = 60  # characters after a possessive date to 'walk starts at'
_EVENT_MODIFIERS = 2  # words between a possessive date and its event: 'first practice session'
_CLAUSE_STOP = re.compile(r"[.,;:!?](?=\s|$)")  # not the stop inside "12.30pm"
_PURPOSE_AND_LINK = 3  # 'for mention at' before '9.30am on 14 October'
_REPORTED_REACH = 4
_PASSIVE_AND_INFINITIVE = 6  # 'by', 'hit', 'be', 'to', 'due', 'was' back from the date
_SEASON_WORD_REACH = 8  # characters back from a date's end to its last word ('summer')
_STATE_REACH = 6  # words between 'lay' and 'until' in 'lay on the banks until'
_NEGATED_AUXILIARY = 2  # 'was not' before 'restored'
_NOUN_AND_PARTICIPLE = 2  # 'metro closed'
_ARRANGEMENT_REACH = 6  # words between 'is seeking' and its date
_NOUN_PARTICIPLE_BY = 3  # 'reply', 'expected' and 'by' before 'Wednesday'
_CLAUSE_HEAD_REACH = 40  # characters back from a deadline word to the comma that opens its clause

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
    left = sentence_left(text, start, lexicon)
    clause = words_outside_asides(text, left, start, lexicon)[::-1]
    before = clause[:_MAX_DISTANCE]
    at_the_start = left == 0 or left > start - SENTENCE_REACH  # the sentence's own start
    opens = len(clause) <= _MAX_DISTANCE and at_the_start
    opens = opens and "," in text[left : sentence_right(text, end, lexicon)]  # 'Founded in 1990,'
    reading = nearest_cue(before, lexicon, leftward=True, sentence_opens=opens)
    reading = _governed_past_the_window(clause, reading, lexicon) or reading
    reading = _same_form_participle_aside(text, left, start, lexicon) or reading
    if _subject_after_that(before, text, start, end, lexicon):  # 'told us that Friday is due'
        modal = word_after(text, end)
        ahead = modal.lower() in lexicon.modal_verbs  # 'that Thursday would be a test'
        told = TenseReading(Tense.FUTURE, Strength.INTENT, modal) if ahead else None
        reading = told or _first_cue_after(text, end, lexicon) or reading
    if _called_for_aside(before, reading, lexicon):  # 'The vote, called for Sunday, will pass'
        reading = _first_cue_after(text, end, lexicon) or reading
    if reading is not None and reading.tense is Tense.PAST:
        main = _past_an_opening_clause(text, left, start, lexicon)
        if _cue_at(before, reading) >= len(CLAUSE_WORD.findall(text, main, start)):
            reading = None  # 'If you missed it, a second batch ships on Oct. 15'
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
        present = present_after_an_aside(text, left, start, lexicon)
        reading = TenseReading(Tense.PRESENT, cue=present) if present else None
    if reading is None:
        reading = _subject_of_a_listing(text, end, lexicon)
    if reading is None and len(clause) == _PREPOSITION_AND_NOUN and at_the_start:
        reading = _present_after_a_plural_subject(clause, text, end, lexicon)
    if reading is None:
        described = _night_as_an_adjective(before, text, start, end, lexicon)
        reading = _first_cue_after(text, end, lexicon, skip=int(described))
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
    if ends_with_phrase(bare, lexicon.since_words):  # 'since the August bank holiday'
        return TenseReading(Tense.PAST)
    if _moved_from(before, lexicon):
        return TenseReading(Tense.PRESENT, cue=before[1])  # 'brought forward from 10 May'
    if _grants_time(before, reading, lexicon):
        return TenseReading(Tense.PRESENT, cue=reading.cue if reading else "")  # 'gave us until'
    deadline_word = ends_with_phrase(leading, lexicon.deadline_words)
    rescheduled = _rescheduled(before, lexicon) and not _plan_told_in_the_past(before, lexicon)
    if reading is not None and reading.cue.lower() in lexicon.pluperfect_cues:
        if rescheduled or _names_a_deadline(before, lexicon):
            return TenseReading(Tense.PRESENT, cue=reading.cue)  # 'had delayed it until October'
        if ends_with_phrase(leading, lexicon.due_words):
            if _names_a_weekday(text, start, end, lexicon):  # 'had been due on Thursday'
                return TenseReading(Tense.PRESENT, cue=reading.cue)
            # 'had been due on Feb. 14': past, or just ahead
            return TenseReading(Tense.PAST, Strength.DEADLINE, reading.cue)
    if rescheduled:
        rescheduled = _when_it_came(text, end, lexicon) is None
    deadline = (
        deadline_word
        or rescheduled
        or _names_a_delivery(text, end, lexicon)
        or (
            ends_with_phrase(leading, lexicon.lead_up_words)
            and (reading is None or reading.tense is not Tense.PAST)
        )
    )
    if _lasted_until(before, reading, lexicon) or _reached_by(before, reading, lexicon):
        deadline = False
    if _agent_of_a_passive(before, text, end, lexicon):
        deadline = False  # 'trees felled by Sunday's gales'
        if reading is None or told_after:  # 'hit', 'set': a participle no past form tells
            reading, told_after = TenseReading(Tense.PAST, cue=before[1]), False
    if text[start:end].lower() in lexicon.tense_led_night_words:
        deadline = False  # 'a storm moved through overnight': the adverb ends no stretch
    firm_future = (
        reading is not None
        and reading.tense is Tense.FUTURE
        and reading.strength is Strength.FIRM
        and not _opens_its_clause(before, text, start, lexicon)
    )
    if deadline and not told_after and not firm_future and _pluperfect_after(text, end, lexicon):
        return TenseReading(Tense.PAST, cue="had")  # 'by the end of the decade, shops had shut'
    participle = _participle_before_by(before, reading, lexicon)
    if (
        deadline
        and not told_after
        and (reading is None or reading.tense is Tense.PAST or participle)
    ):
        after = _past_after_by(leading, text, end, lexicon)
        completed = after is not None and after.cue.lower() in lexicon.completion_verbs
        if after is not None and (completed or not participle):
            return after  # 'began on Monday, and by 08:15 apps were failing'
    if deadline and not _narrated_past(reading, lexicon, told_after=told_after and deadline_word):
        if (
            reading is not None
            and reading.tense is Tense.FUTURE
            and reading.strength > Strength.DEADLINE
        ):
            return reading
        if _state_lasting_until(before, leading, reading, told_after, lexicon):
            return TenseReading(Tense.FUTURE, Strength.INTENT, reading.cue if reading else "")
        if rescheduled:  # 'have been put off until October' looks ahead however far
            return TenseReading(Tense.FUTURE, Strength.INTENT)
        return TenseReading(Tense.FUTURE, Strength.DEADLINE)
    if reading is not None and reading.tense is Tense.FUTURE and _results_of(before, lexicon):
        return TenseReading(Tense.PRESENT, cue=before[1])  # 'to consider results for the quarter'
    if (
        reading is not None
        and reading.tense is Tense.FUTURE
        and _ends_a_report_span(before, lexicon)
    ):
        # 'profits for the six months to June will be lower'
        return TenseReading(Tense.PRESENT, cue=before[0])
    if reading is not None and reading.tense is Tense.FUTURE and _report_after(text, end, lexicon):
        if before and before[0].lower() in lexicon.results_verbs:
            return TenseReading(Tense.PAST, cue=before[0])  # 'will report first-half results'
        return TenseReading(Tense.PRESENT, cue=reading.cue)  # 'expects third-quarter results'
    if reading is not None and _schedules_an_event(reading, told_after, text, end, lexicon):
        return TenseReading(Tense.FUTURE, Strength.INTENT, reading.cue)  # a timetable
    if (
        reading is not None
        and not (subject_of_a_plan and reading.strength is Strength.FIRM)
        and not _attends_an_event(reading, text, end, lexicon)
        and _is_attributive(before, text, end, lexicon)
    ):
        return replace(reading, strength=Strength.INFINITIVE)
    return reading


def _called_for_aside(before: list[str], reading: TenseReading | None, lex: Lexicon) -> bool:
    """', called for June 15,': a reduced passive that schedules the date, whose clause's own
    verb, after the aside, tells whether it is still ahead ('will pass') or gone ('went
    ahead'); 'was called for Thursday' takes the nearer day."""
    if reading is None or reading.cue.lower() not in lex.passive_scheduling_participles:
        return False
    at = _cue_at(before, reading)
    linked = at >= 1 and before[at - 1].lower() in lex.scheduling_links  # not 'She called Sunday'
    auxiliary = before[at + 1].lower() if at + 1 < len(before) else ""
    return linked and auxiliary not in lex.passive_auxiliaries


def _attends_an_event(reading: TenseReading, text: str, end: int, lex: Lexicon) -> bool:
    """'will attend Saturday's rally', 'would be ready for Tuesday's visit', 'will be added for
    the summer timetable': a future (or an intention) before a date that names a scheduled event
    or a season's occasion is about the event, one still ahead ('will appeal Wednesday's ruling'
    is not)."""
    if reading.tense is not Tense.FUTURE or reading.strength < Strength.INTENT:
        return False
    named = word_after(text, lex.past_possessive(text, end)).lower()
    last_words = WORD.findall(text, max(0, end - _SEASON_WORD_REACH), end)
    season = bool(last_words) and last_words[-1].lower() in lex.seasons
    return named in lex.scheduled_events or (season and named in lex.season_occasions)


def _schedules_an_event(
    reading: TenseReading, told_after: bool, text: str, end: int, lex: Lexicon
) -> bool:
    """'Saturday's walk starts at 4pm', 'Sunday's final is at 3pm': a schedule told in the
    present of an event the date owns (a scheduling verb, or 'is' before a time) is its
    timetable, and the date the one ahead; 'Thursday's hearing is over' is not."""
    if reading.tense is not Tense.PRESENT or not told_after:
        return False
    if lex.past_possessive(text, end) <= end:
        return False
    for after in _after_owned_events(text, end, lex):
        verb, following, *_ = [*after, "", ""]
        timed = (
            verb.lower() in lex.progressive_auxiliaries
            and following.lower() in lex.clock_prepositions
        )
        if lex.schedules_in_s(verb) or timed:
            return True
    return False


def _after_owned_events(text: str, end: int, lex: Lexicon) -> list[list[str]]:
    """The words after each scheduled-event noun a possessive date owns in its clause, up to two
    modifiers between them ('Saturday's walk', 'Saturday's charity walk'); a participle there
    tells of a past event ('Saturday's abandoned match')."""
    owner = lex.past_possessive(text, end)
    stop = _CLAUSE_STOP.search(text, owner, owner + _SCHEDULE_REACH)
    words = WORD.findall(text, owner, stop.start() if stop else owner + _SCHEDULE_REACH)
    found = []
    for index, word in enumerate(words[: _EVENT_MODIFIERS + 1]):
        if word.lower() in lex.scheduled_events:
            found.append(words[index + 1 :])
        elif word.lower().endswith(lex.past_suffix) or word.lower() in lex.past_cues:
            break
    return found


def _arrangement_reaches(before: list[str], reading: TenseReading, lex: Lexicon) -> bool:
    """A progressive arrangement ('is seeking a sixth term in November') dates only its own
    object, close by; not the event a noun names further on ('are appealing for witnesses to a
    crash on Thursday')."""
    if reading.cue.lower() not in lex.progressive_auxiliaries or reading.tense is not Tense.FUTURE:
        return True
    between = [word.lower() for word in before[: _cue_at(before, reading)]]
    linked = any(lex.is_fragment("clause_link", word) for word in between)  # 'is devastating, and'
    return len(between) <= _ARRANGEMENT_REACH and not _names_an_event(between, lex) and not linked


def _of_an_event(before: list[str], reading: TenseReading, lex: Lexicon) -> TenseReading:
    """'The union confirmed a walkout on 17 December': the date is the event noun's, and the
    past verb tells of the confirming, so it is heard only weakly; but a verb of taking part
    ('attended a screening of her films in January') tells that the event took place."""
    between = [word.lower() for word in before[: _cue_at(before, reading)]]
    if reading.cue.lower() in lex.participation_verbs and _takes_part_in(between[::-1], lex):
        return reading
    if _names_an_event(between, lex):
        return replace(reading, strength=Strength.INFINITIVE)
    return reading


def _takes_part_in(object_words: list[str], lex: Lexicon) -> bool:
    """Whether the verb's object is the event and the only one before the date ('attended a
    screening of her films at Nandan'), not a noun before it ('visited the venue for the summit',
    'held a briefing ahead of the marathon'). `object_words` run from the verb to the date."""
    content = [word for word in object_words if word not in lex.determiners]
    return (
        bool(content)
        and _names_an_event(content[:1], lex)
        and not _names_an_event(content[1:], lex)
    )


def _names_an_event(lowered_words: list[str], lex: Lexicon) -> bool:
    """Whether a noun among the words names an event ('walkout', 'election') the date may be of."""
    return any(word in lex.event_nouns or word in lex.scheduled_events for word in lowered_words)


def _same_form_participle_aside(
    text: str, left: int, start: int, lex: Lexicon
) -> TenseReading | None:
    """'Rations, cut by a third in March, would be restored': a participle whose past is its
    base, opening an aside after a noun's comma and followed by a preposition, tells of the past
    the date inside the aside belongs to, whatever verb the sentence goes on with."""
    comma = text.rfind(",", left, start)
    if comma < 1 or not text[comma - 1].isalpha():
        return None
    words = CLAUSE_WORD.findall(text, comma, start)
    if len(words) < _PARTICIPLE_AND_LINK or words[0] not in lex.past_event_participles:
        return None  # not 'The debate, broadcast on Thursday, will be lively'
    if words[1] not in lex.event_prepositions and not lex.is_fragment("by", words[1]):
        return None  # not 'set to resume Monday', 'cut from Monday'
    if any(word.lower() in finite_verb_cues(lex) for word in words[1:]):
        return None
    return TenseReading(Tense.PAST, cue=words[0])


def _subject_after_that(before: list[str], text: str, start: int, end: int, lex: Lexicon) -> bool:
    """A day right after a 'that', or one named with it, before a modal or 'be' ('was told on
    Monday that Friday is the deadline', 'reminded voters that Thursday is polling day'): the
    clause's own verb tells its tense."""
    first = WORD.match(text, start)
    named = first is not None and first.group().lower() in lex.relative_determiners
    if not named and (not before or before[0].lower() not in lex.relative_determiners):
        return False
    following = word_after(text, end).lower()
    return following in lex.modal_verbs or following in lex.passive_auxiliaries


def _governed_past_the_window(
    clause: list[str], reading: TenseReading | None, lex: Lexicon
) -> TenseReading | None:
    """An infinitive at the window's far edge may hang on an intention just beyond it ('is
    scheduled to spend only five hours on the ground in Dar es Salaam, Tanzania, her first stop
    Tuesday morning'): the window cut the verb off, not the sentence."""
    if reading is None or reading.strength is not Strength.INFINITIVE:
        return None
    at = _cue_at(clause[:_MAX_DISTANCE], reading)
    if at + _GOVERNOR_REACH <= _MAX_DISTANCE or len(clause) <= _MAX_DISTANCE:
        return None
    wider = nearest_cue(clause[: at + 1 + _GOVERNOR_REACH], lex, leftward=True)
    if wider is None or wider.tense is not Tense.FUTURE or wider.strength <= reading.strength:
        return None
    return wider


def _cue_at(before: list[str], reading: TenseReading) -> int:
    """How many words before the date the cue stands (0: right before it)."""
    return next((i for i, word in enumerate(before) if word == reading.cue), len(before))


def _subject_of_a_future(text: str, end: int, lex: Lexicon) -> TenseReading | None:
    """'Passengers booked on flights after Oct. 28 will be moved': a firm future right after
    the date is the main verb, and the past form before it a participle in its subject; the
    date dates the noun between them ('flights after Oct. 28'). Right after the participle
    ('the law passed in March will take effect') it dates the participle."""
    following = word_after(text, end)
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
    following = word_after(text, end)
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
    verb = word_after(text, end)
    if not (verb.isalpha() and lex.looks_plural(verb)):  # a word in -s, as a plural looks
        return None
    if word_cue(verb, "", "", lex, leftward=False) is not None:
        return None
    following = word_after(text, end + 1 + len(verb)).lower()
    if following not in lex.determiners and following != "to":
        return None
    return TenseReading(Tense.FUTURE, Strength.INTENT, verb)


def _names_a_delivery(text: str, end: int, lex: Lexicon) -> bool:
    """'crude for January delivery', 'the March contract': a futures month, one still ahead."""
    return word_after(text, end).lower() in lex.delivery_nouns


def _reports_a_clause(
    before: list[str], reading: TenseReading | None, text: str, end: int, lex: Lexicon
) -> bool:
    """Whether the cue is a reporting verb, or a reporting gerund comes between it and the date
    ('jumped after saying Saturday would be dry'), with a subject of the reported clause
    between the reporting word and the date ('said the summit in April'), or the date owns
    that subject ('said Monday's talks would ...'), not one the date follows ('said on
    Friday')."""
    if reading is None:
        return False
    spoken = before[: _cue_at(before, reading)]
    gerund = next(
        (at for at, word in enumerate(spoken) if word.lower() in lex.reporting_gerunds), None
    )
    if gerund is None and reading.cue.lower() not in lex.reporting_verbs:
        return False
    if lex.is_fragment("that", word_after(text, end).lower()):
        return False  # 'told the Dail on Tuesday that ...': the date is the telling's
    if lex.past_possessive(text, end) > end:
        return True
    between = before[1 : gerund if gerund is not None else _cue_at(before, reading)]
    if not between and _names_a_noun(text, end, lex):
        return True  # 'said Eid al-Fitr prayers would be held'
    if not between and _before_a_modal(text, end, lex):
        return True  # 'forecasters said Saturday would be dry': the date is the subject
    # 'said the summit in April would', 'after saying revenue for its second quarter would'
    owned = bool(before) and before[0].lower() in lex.determiners
    return owned or any(word.lower() in lex.determiners for word in between)


def _before_a_modal(text: str, end: int, lex: Lexicon) -> bool:
    """Whether 'would' or 'will' follows the date: the date is the reported clause's subject."""
    following = word_after(text, end).lower()
    return following in lex.future_cues or following in lex.conditional_cues


def _names_a_noun(text: str, end: int, lex: Lexicon) -> bool:
    """Whether the date stands before a noun it names ('Friday prayers', 'Christmas shopping'):
    a lower-case word right after it that is no pronoun, function word or verb form."""
    following = word_after(text, end)
    lowered = following.lower()
    if not following.isalpha() or not following.islower() or lex.is_fragment("that", lowered):
        return False
    if lowered in lex.subject_pronouns or is_function_word(lowered, lex):
        return False
    return not is_past_form(following, "", lex) and lowered not in lex.present_cues


def _reported_future(text: str, end: int, lex: Lexicon) -> TenseReading | None:
    """'said the summit in April would be difficult': the reported clause's own 'would' or
    'will', right after the date, tells its tense; the reporting verb tells only of the saying."""
    right = sentence_right(text, end, lex)
    after = WORD.findall(text, past_an_apposition(text, end, right, lex), right)[:_REPORTED_REACH]
    for word in after:
        lowered = word.lower()
        if lowered in lex.future_cues or lowered in lex.conditional_cues:
            return TenseReading(Tense.FUTURE, Strength.INTENT, word)
        if is_past_form(word, "", lex) or lowered in lex.present_cues:
            return None
    return None


def _moved_from(before: list[str], lex: Lexicon) -> bool:
    """'a game brought forward from 10 May', 'postponed from 3 May': the date an event was moved
    from is its old slot, near the new one, so the nearer occurrence, whatever the tense."""
    if len(before) < _FROM_AND_VERB or not lex.is_fragment("from", before[0]):
        return False
    return lex.event_move(before[1:]) is not None


def _grants_time(before: list[str], reading: TenseReading | None, lex: Lexicon) -> bool:
    """'gave importers until Dec. 15', 'allowed us until Sunday': time granted up to a date,
    which may lie ahead or have run out, so the nearer occurrence."""
    if reading is None or not before or before[0].lower() not in lex.until_words:
        return False
    return reading.cue.lower() in lex.granting_verbs and _cue_at(before, reading) <= _GRANTEE_WORDS


def _names_a_deadline(before: list[str], lex: Lexicon) -> bool:
    """'had set a deadline of Nov. 20': a deadline noun with its date, a plan the pluperfect
    tells of, which may still lie ahead."""
    if len(before) < _DEADLINE_AND_SETTER or before[1].lower() not in lex.deadline_nouns:
        return False
    setter = before[_DEADLINE_AND_SETTER - 1 : _DEADLINE_AND_SETTER + _DEADLINE_MODIFIERS]
    if not any(word.lower() in lex.scheduling_participles for word in setter):
        return False  # 'had missed a deadline of 30 April' tells of a deadline gone
    return lex.is_fragment("of", before[0]) or lex.is_fragment("for", before[0])


def _plan_told_in_the_past(before: list[str], lex: Lexicon) -> bool:
    """'A hearing had been set for May 10 but was adjourned': a date fixed in the pluperfect may
    have come and gone, so it takes the nearer occurrence, unlike a date set now or reported
    ('has been set for', 'was set for October 6' in a fresh report look ahead)."""
    if len(before) < _PLUPERFECT_PASSIVE or before[1].lower() not in lex.scheduling_participles:
        return False
    helpers = [
        word.lower() for word in before[2:] if not word.lower().endswith(lex.adverb_suffixes)
    ]
    if len(helpers) < _PLUPERFECT_HELPERS:  # 'had (originally) been'
        return False
    return helpers[0] in lex.passive_auxiliaries and helpers[1] in lex.pluperfect_cues


def _rescheduled(before: list[str], lex: Lexicon) -> bool:
    """A rescheduling verb with its object before the link: 'adjourned the case to March 14',
    'pushed the vote back three weeks to Friday', also with a court listing's purpose between
    the link and the date ('listed the matter for mention at 9.30am on 14 October', 'set the
    case down for hearing on May 3'). `before` runs from the date outwards."""
    verbs, links = phrase_ends(lex.rescheduling_phrases)
    for hedge in split_phrases(lex.link_hedges):  # 'put off until at least the fall'
        if tuple(word.lower() for word in before[: len(hedge)]) == hedge[::-1]:
            before = before[len(hedge) :]
    lowered = [word.lower() for word in before[:_PURPOSE_AND_LINK]]
    if lowered[:1] and lowered[0] in links:
        at = 0
    elif (
        len(lowered) == _PURPOSE_AND_LINK
        and lowered[0] in lex.event_prepositions
        and lowered[1] in lex.listing_purposes
        and lowered[2] in links
    ):
        at = _PURPOSE_AND_LINK - 1
    else:
        return False
    return any(word.lower() in verbs for word in before[at + 1 : at + _RESCHEDULE_REACH])


def _report_after(text: str, end: int, lex: Lexicon) -> bool:
    """'third-quarter results', 'August retail sales': a report noun right after the date, or
    after one lower-case word that sorts it (not one that opens a clause: 'in March once
    production resumes')."""
    following = word_after(text, end)
    if following.lower() in lex.report_nouns:
        return True
    linking = following in lex.clause_links or following in lex.aside_openers
    sorting = following.islower() and not is_function_word(following, lex) and not linking
    return sorting and word_after(text, end + len(following) + 1).lower() in lex.report_nouns


def _ends_a_report_span(before: list[str], lex: Lexicon) -> bool:
    """'profits for the six months to June will be lower', 'sales in the year ended June 30':
    the last day or month of a report's span (a unit after 'the' and maybe a count, a report
    noun a few words before) is the nearer one, whatever the future of reporting it; not a
    closure's span ('will stay shut for the six weeks to 30 September') or one a change is
    forecast over ('sales will grow in the year to December')."""
    if len(before) < _SPAN_LINK_AND_UNIT or not lex.is_fragment("period_end", before[0]):
        return False
    if before[1].lower() not in lex.units:
        return False
    if not any(lex.is_fragment("the", word) for word in before[2 : _SPAN_LINK_AND_UNIT + 2]):
        return False
    reported = [word.lower() for word in before[1:][:_REPORT_NOUN_REACH]]
    helpers = (lex.modal_verbs, lex.infinitive_markers)
    forecast = any(
        word in lex.change_verbs and any(helper in group for group in helpers)
        for word, helper in pairwise(reported)
    )
    if forecast:
        return False  # 'sales will grow in the year to December': a forecast of the year running
    quarter = any(lex.units.get(word) is Unit.QUARTER for word in reported)  # 'the quarter to'
    return quarter or any(word in lex.report_nouns for word in reported)


def _results_of(before: list[str], lex: Lexicon) -> bool:
    """'results for the April-June quarter', 'figures for June': a report's period, the nearer
    one, whatever the future of reporting it or forecasting it."""
    if len(before) < 2 or before[0].lower() not in lex.report_links:
        return False
    return before[1].lower() in lex.report_nouns


def _is_attributive(before: list[str], text: str, end: int, lex: Lexicon) -> bool:
    """Between a determiner and a lower-case word ('the Jan. 14 deadline', 'a Jan. 14 vote'), or
    a possessive before one ('to get around Wednesday's ruling')."""
    owner = lex.past_possessive(text, end)
    if owner == end and (not before or before[0].lower() not in lex.articles):
        return False
    return word_after(text, owner).islower()


def _lasted_until(before: list[str], reading: TenseReading | None, lex: Lexicon) -> bool:
    """'The road remained closed until Wednesday', 'was shut until May': a past state right
    before 'until' lasted up to the date, as a past negation does ('did not find it until').
    A rescheduling verb ('postponed until Tuesday') or a deadline granted ('gave the family
    until 9 a.m. Tuesday') points ahead."""
    if len(before) < 2 or before[0].lower() not in lex.until_words:
        return False
    if reading is None or reading.tense is not Tense.PAST:
        return False
    # the negation may stand before the verb: 'was not restored to parts of the town until'
    reach = before[1 : _cue_at(before, reading) + 1 + _NEGATED_AUXILIARY]
    if any(lex.is_fragment("negation", word.lower().replace("’", "'")) for word in reach):
        return True  # 'did not identify the fault until 10:05': it happened then
    if reading.cue.lower() in lex.lasting_verbs and _cue_at(before, reading) <= _STATE_REACH:
        return True  # 'Snow lay on the banks until mid-April'
    if _cue_at(before, reading) > 2:
        return False
    if reading.cue.lower() in lex.past_cues_without_past_verb:
        return False  # 'that it doesn't already own until 5 p.m.'
    verbs, _ = phrase_ends(lex.rescheduling_phrases)
    clause = [word.lower() for word in before[1 : _cue_at(before, reading) + 2]]
    perfect = any(word in lex.perfect_auxiliaries for word in clause)  # 'has been bailed until'
    return not perfect and not any(word in verbs for word in clause[:-1])


def _state_lasting_until(
    before: list[str],
    leading: tuple[str, ...],
    reading: TenseReading | None,
    told_after: bool,
    lex: Lexicon,
) -> bool:
    """'The road is closed until October', 'remains shut through May', 'The paths remain closed
    until October': a state told in the present lasts from now up to the date, which must be
    ahead, however far."""
    if not leading or leading[-1] not in lex.until_words:
        return False
    if reading is not None and reading.tense is Tense.PRESENT and not told_after:
        return True
    # 'until', 'closed', 'remain', 'paths': a present link before the state, not after 'will'
    words = [word.lower() for word in before[:_LINK_AND_SUBJECT_END]] + [""] * _LINK_AND_SUBJECT_END
    link, subject = words[_LINK_AND_SUBJECT_END - 2], words[_LINK_AND_SUBJECT_END - 1]
    return link in lex.present_links and not is_function_word(subject, lex)


def _night_as_an_adjective(
    before: list[str], text: str, start: int, end: int, lex: Lexicon
) -> bool:
    """'after overnight falls on Wall Street': 'overnight' after a preposition describes the
    noun right after it, which tells no tense ('falls' is no verb here)."""
    night = text[start:end].lower() in lex.tense_led_night_words
    return night and bool(before) and before[0].lower() in lex.month_context_words


def _when_it_came(text: str, end: int, lex: Lexicon) -> TenseReading | None:
    """'listed for hearing on Monday, when the defendant pleaded guilty': a past told in a clause
    of 'when' right after the date says the day has come."""
    after = WORD.findall(text, end, sentence_right(text, end, lex))
    if not after or after[0].lower() not in lex.aside_openers:
        return None
    reading = nearest_cue(after[1:_AFTER_REACH], lex, leftward=False)
    return reading if reading is not None and reading.tense is Tense.PAST else None


def _names_a_weekday(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether the expression is a weekday ('Thursday', 'Friday morning')."""
    return any(word.lower() in lex.weekdays for word in WORD.findall(text, start, end))


def in_an_opening_clause(text: str, start: int, lex: Lexicon) -> bool:
    """Whether `start` lies in a clause opening its sentence and closed by a comma ('First
    staged in 2029, the play transfers in May'): its tense is no tense of the main clause."""
    left = sentence_left(text, start, lex)
    return _past_an_opening_clause(text, left, sentence_right(text, start, lex), lex) > start


def _past_an_opening_clause(text: str, left: int, start: int, lex: Lexicon) -> int:
    """Where the main clause begins when the sentence opens with a clause of its own closed by a
    comma before the date ('If you missed it, a second batch ships on Oct. 15', 'Once banned,
    the band tours in May'): a past in that clause does not date the main clause's date."""
    opener = CLAUSE_WORD.search(text, left, start)
    if opener is None:
        return left
    word = opener.group().lower()
    participle = CLAUSE_WORD.search(text, opener.end(), start)
    described = (
        word in lex.participle_adverbs
        and participle is not None
        and is_past_form(participle.group(), "", lex)
    )  # 'Once banned, the band tours in May'
    if word not in lex.opening_subordinators and not described:
        return left
    comma = text.find(",", opener.end(), start)
    return comma + 1 if comma >= 0 else left


def _present_after_a_plural_subject(
    clause: list[str], text: str, end: int, lex: Lexicon
) -> TenseReading | None:
    """A base-form verb chrono has no word for right after a date inside a plural subject that
    opens the sentence ('Highs on Thursday reach 20C', 'Showers on Sunday give way'): a
    present, as in a forecast."""
    preposition, subject = (word.lower() for word in clause)
    if preposition not in lex.event_prepositions or not lex.looks_plural(subject):
        return None
    following = CLAUSE_WORD.match(text, end + 1) if text[end : end + 1] == " " else None
    verb = following.group() if following else ""
    if not looks_like_a_verb(verb, lex) or is_function_word(verb, lex):
        return None
    if verb in lex.month_context_words or verb in lex.same_form_pasts:
        return None
    if verb.endswith(lex.participle_suffix) or word_cue(verb, "", "", lex, leftward=False):
        return None
    return TenseReading(Tense.PRESENT, cue=verb)


def _first_cue_after(text: str, end: int, lex: Lexicon, skip: int = 0) -> TenseReading | None:
    """The nearest tense cue after the date in its sentence, past an aside set off by commas,
    and past the first `skip` words (a noun the date describes)."""
    right = sentence_right(text, end, lex)
    after = CLAUSE_WORD.findall(text, past_an_aside(text, end, right, lex), right)
    return nearest_cue(after[skip : skip + _AFTER_REACH], lex, leftward=False)


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


def _opens_its_clause(before: list[str], text: str, start: int, lex: Lexicon) -> bool:
    """Whether the word before the date ('by') opens a clause of its own: after a comma, a
    conjunction or nothing ('will reopen, but by March the contractor had gone bust')."""
    if not before:
        return True
    link = before[1].lower() if len(before) > 1 else ""
    head = text[max(0, start - _CLAUSE_HEAD_REACH) : start].rstrip()
    head = head[: len(head) - len(before[0])].rstrip()
    return not head or head[-1] in ",;:" or link in lex.conjunctions


def _agent_of_a_passive(before: list[str], text: str, end: int, lex: Lexicon) -> bool:
    """'trees felled by Sunday's gales', 'homes hit by Friday's flood': after a participle,
    'by' and a possessive date name what did it; 'returned by Friday's deadline' and 'settled by
    Tuesday's meeting' keep a deadline."""
    if len(before) < 2 or not lex.is_fragment("by", before[0]):
        return False
    participle = before[1].lower()
    listed = participle in lex.past_cues or participle in lex.same_form_pasts  # 'hit', 'set'
    if not (participle.endswith(lex.past_suffix) or listed):
        return False
    auxiliary = [word.lower() for word in before[2:_PASSIVE_AND_INFINITIVE]]
    if len(auxiliary) >= 2 and auxiliary[0] in lex.passive_auxiliaries:
        marker = auxiliary[1]
        if marker in lex.modal_verbs or marker in lex.conditional_cues:
            return False  # 'areas that will be hit by Friday's storm': the storm is ahead
        present = lex.progressive_auxiliaries.intersection(auxiliary[2:])
        if marker in lex.infinitive_markers and present:
            return False  # 'are set to be hit by Sunday's storm' looks ahead; 'was due to' back
    owner = lex.past_possessive(text, end)
    if owner <= end:
        return False
    owned = [word.lower() for word in WORD.findall(text, owner, owner + _SCHEDULE_REACH)]
    if not owned or lex.is_fragment("noon", owned[0]) or lex.is_fragment("midnight", owned[0]):
        return False  # 'by Friday's midnight deadline'
    named = owned[: _EVENT_MODIFIERS + 1]
    return not any(word in lex.scheduled_events or word in lex.deadline_nouns for word in named)


def _participle_before_by(before: list[str], reading: TenseReading | None, lex: Lexicon) -> bool:
    """'the reply expected by Wednesday': a forecast's participle right after its noun, before
    'by', describes the noun; the clause's own verb comes after the date, and a deed of
    completion there ('arrived') tells it had come by then ('was delayed' does not)."""
    if reading is None or len(before) < _NOUN_PARTICIPLE_BY or reading.cue != before[1]:
        return False
    noun = before[2]
    return (
        reading.cue.lower().endswith(lex.past_suffix)
        and noun.isalpha()
        and noun.islower()
        and noun not in lex.passive_auxiliaries
        and noun not in lex.subject_pronouns
        and noun not in lex.modal_verbs
    )


def _pluperfect_after(text: str, end: int, lex: Lexicon) -> bool:
    """Whether the first tense cue after a deadline date is a pluperfect: what had happened by
    then ('by the end of the decade three shops had shut')."""
    reading = _first_cue_after(text, end, lex)
    return reading is not None and reading.cue.lower() in lex.pluperfect_cues


def _reached_by(before: list[str], reading: TenseReading | None, lex: Lexicon) -> bool:
    """'1,200 firefighters were on the line by Sunday evening', 'shares rose 3 percent by 0900
    GMT', 'crews restored service by 6 p.m.', 'families fled by 3 pm': a past state of 'be', a
    past change, a listed deed of completion with its object or a going with none before 'by'
    held by then; 'was due by Friday', 'asked residents to leave by 6 p.m.', a demand or a
    forecast ('predicted a rate cut by June') look ahead."""
    if not before or not lex.is_fragment("by", before[0].lower()):
        return False
    if reading is None or reading.tense is not Tense.PAST:
        return False
    cue = reading.cue.lower()
    written = before[1 : _cue_at(before, reading)]
    clause = [word.lower() for word in written]
    infinitive = any(
        word.lower() in lex.infinitive_markers and looks_like_a_verb(after, lex)
        for after, word in pairwise(written)
    )
    if infinitive or any(word in lex.scheduling_words for word in clause):
        return False  # 'was due by Friday', 'asked residents to leave by 6 p.m.'
    changed = cue in lex.change_verbs and (cue in lex.past_cues or is_past_form(cue, "", lex))
    if cue in lex.past_of_be or changed:
        return True  # 'were on the line by', 'rose 4 per cent to C$12.30 by'
    particle = len(clause) == 1 and clause[0] in lex.verb_particles
    if particle and is_past_form(cue, "", lex):
        return True  # 'the tickets ran out by Monday'
    if not clause and cue in lex.departure_verbs:
        at = _cue_at(before, reading)
        helper = before[at + 1].lower() if at + 1 < len(before) else ""
        auxiliaries = (lex.perfect_auxiliaries, lex.passive_auxiliaries, lex.modal_verbs)
        return not any(helper in group for group in auxiliaries)  # 'most families fled by 3 pm'
    return bool(clause) and cue in lex.completion_verbs  # not 'credited by Friday'


def _narrated_past(reading: TenseReading | None, lex: Lexicon, *, told_after: bool) -> bool:
    """A pluperfect tells what had happened by then ('Until Thursday, they had not called him a
    suspect'), and so does a past verb after the deadline ('By Friday, the water receded');
    a past verb before it leaves it pointing ahead ('postponed until Tuesday')."""
    if reading is None:
        return False
    if told_after and reading.tense is Tense.PAST:
        return True
    return reading.cue.lower() in lex.pluperfect_cues
