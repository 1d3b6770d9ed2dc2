"""The one entry point: text and anchor in, a Document out.

text → mentions (grammar, refiners) → anchor (given or dateline) → tense and narrative context →
resolution → Timex list → consistency flags.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime

from chrono.anchoring import DCT_LABEL, FRAMING_GRAINS, Anchor, Reference, Resolution
from chrono.consistency import Observation, check_document
from chrono.context import HEADING_READING, governing_tense
from chrono.dateline import find_dateline as find_dateline_in
from chrono.dct import coerce_dct
from chrono.extract import Mention, find_mentions, lower_same_length
from chrono.grammar import rules_for
from chrono.grammar.rule import Source
from chrono.lexicon import Lexicon
from chrono.lexicon.en import ENGLISH
from chrono.model import DctSource, Document, Tense, Timex, TimexType
from chrono.patterns import WORD
from chrono.periods import Period
from chrono.refine import refine
from chrono.resolve import resolve
from chrono.semantics import (
    Base,
    ClockTime,
    Deictic,
    Duration,
    Relation,
    Shift,
    Unit,
    WeekdayRef,
)
from chrono.tense_words import Strength, TenseReading
from chrono.tokens import Sentences, heads_a_line
from chrono.tokens import split as split_sentences

_FIRST_WORD = re.compile(r"\S+\s+")
_WORD_REACH = 30
_RESTATE_GAP = 20  # characters between a clock time and a day that restates its date
_FLASHBACK_REACH = 3  # sentences a flashback lasts past its last date


def annotate(
    text: str,
    dct: date | datetime | str | None = None,
    *,
    day_first: bool = False,
    find_dateline: bool = True,
    lexicon: Lexicon = ENGLISH,
) -> Document:
    """Find, anchor and normalize every temporal expression in `text`.

    `dct` is the document creation time; without it the dateline at the top of the text is used
    when `find_dateline` is on. `day_first` reads 09/12/2023 as 9 December. `lexicon` holds the
    language's words and phrases (English by default); the engine has none of its own.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    anchor_day = coerce_dct(dct, day_first=day_first)
    source = Source(text, lower_same_length(text), lexicon, day_first)
    mentions = refine(find_mentions(source, rules_for(lexicon)), source)
    dct_source = DctSource.GIVEN if anchor_day else DctSource.NONE
    dateline_span: tuple[int, int] | None = None
    overridden: tuple[date, int] | None = None  # a dateline the given DCT overrides
    found = find_dateline_in(text, mentions, lexicon) if find_dateline else None
    if found is not None and anchor_day is None:
        anchor_day, mention = found
        dct_source = DctSource.DATELINE
        dateline_span = (mention.start, mention.end) if mention else None
    elif found is not None and found[1] is not None:
        overridden = found[0], found[1].start
    dateline_at = found[1].start if found is not None and found[1] is not None else None
    observations = _resolve_all(mentions, text, anchor_day, lexicon, dateline_at)
    verdict = check_document(text, observations, anchor_day, lexicon, overridden)
    return Document(
        text,
        anchor_day,
        dct_source,
        tuple(item.timex for item in observations),
        verdict.flags,
        verdict.implied_dct,
        dateline_span,
    )


def _resolve_all(
    mentions: list[Mention],
    text: str,
    dct: date | None,
    lexicon: Lexicon,
    dateline_at: int | None,
) -> list[Observation]:
    """Resolve the mentions in order, each with the narrative so far; the dateline's date dates
    the report, not the story after its dash, so it frames no sentence ('SYDNEY, Dec. 30, 2032 -
    The third Test begins on Tuesday, Jan. 4')."""
    observations: list[Observation] = []
    references: list[Reference] = []
    sentences = split_sentences(text, lexicon)
    frames: dict[int, Reference] = {}
    frame_is_past: dict[int, bool] = {}  # of a frame counted from the DCT ('Last year')
    latest_in_sentence: dict[int, Reference] = {}
    flashback: _Flashback | None = None
    told: dict[int, TenseReading] = {}
    heading: TenseReading | None = None
    readings = _ranges_share_readings(
        mentions, [governing_tense(text, m.start, m.end, lexicon) for m in mentions]
    )
    for mention, own_reading in zip(mentions, readings, strict=True):
        sentence = sentences.index(mention.start)
        # a date no cue reaches shares the tense of the sentence's date before it ('will watch
        # the data on Thursday and a speech ... in Jackson Hole, Wyo., on Saturday')
        reading = own_reading or told.get(sentence)
        if heads_a_line(text, mention.start, mention.end, lexicon):
            later_entry = heading is not None and heading.tense is not Tense.PAST
            reading = heading = _entry_reading(reading, heading)
            if later_entry and reading is not None and reading.tense is not Tense.PAST:
                mention = _after_the_entry_before(mention)
        if reading is not None:
            told[sentence] = reading
        tense = reading.tense if reading else None
        mention = _settle_in_amount(mention, text, tense)
        strength = reading.strength if reading else Strength.FIRM
        frame = frames.get(sentence)
        if frame is not None and not _tense_fits_frame(tense, frame_is_past.get(sentence)):
            frame = None  # 'Last year was the warmest, and January is forecast to be mild'
        carried = frame is None and flashback is not None
        if carried and flashback is not None:
            flashback = flashback.still_open(sentence, tense)
            frame = flashback.frame if flashback and tense is Tense.PAST else None
        said_before = latest_in_sentence.get(sentence)
        anchor = Anchor(dct, tense, references, strength, frame, carried, said_before)
        resolution = resolve(mention.meaning, mention.mod, anchor, lexicon)
        timex_id = f"t{len(observations) + 1}"
        timex = Timex(
            id=timex_id,
            start=mention.start,
            end=mention.end,
            text=text[mention.start : mention.end],
            type=resolution.type,
            value=resolution.value,
            mod=resolution.mod,
            interval=resolution.interval,
            anchor=resolution.anchor,
            quant=resolution.quant,
            freq=resolution.freq,
            tense=tense,
            rule=mention.rule,
        )
        # A duration's period ('the nine months' of a report) is a base for what follows, not a
        # date the consistency checks should weigh.
        dated = resolution.period if resolution.type is not TimexType.DURATION else None
        observations.append(Observation(timex, mention.meaning, dated))
        flashback = _flashback_after(flashback, resolution, timex_id)
        period = resolution.period
        backdrop = period is not None and _a_backdrop_quarter(mention, period, text, lexicon)
        if resolution.is_reference and period is not None and not backdrop:
            reference = Reference(timex_id, period, tense)
            _add_reference(references, reference, observations)
            latest_in_sentence[sentence] = reference
            fixed = resolution.anchor is None or _frames_like_a_date(mention.meaning)
            dated_frame = fixed and resolution.type is not TimexType.DURATION
            opens = _opens(sentences, sentence, mention, text, lexicon)
            opens = opens and mention.start != dateline_at
            if opens and dated_frame:
                if sentence not in frames and resolution.anchor == DCT_LABEL and dct is not None:
                    frame_is_past[sentence] = period.start.date() < dct
                frames.setdefault(sentence, reference)
                flashback = _Flashback(frames[sentence], sentence, sentence)
            elif (
                dated_frame
                and tense is Tense.PAST
                and _dates_its_clause(mention, period, text, lexicon)
            ):
                flashback = _Flashback(reference, sentence, sentence)
    return observations


def _add_reference(
    references: list[Reference], reference: Reference, observations: list[Observation]
) -> None:
    """The newest reference goes last, unless it is a day that only restates the day of the
    clock time just before it ('8 p.m. (1800 GMT) on Sunday ... shortly after midnight' counts
    from 8 p.m.), or the day a quarter ended ('its third quarter ended Oct. 31, up from $11
    million a year earlier' counts from the quarter)."""
    if references:
        last = references[-1]
        said = observations[-1].timex
        before = observations[_position(last.timex_id)].timex
        outer, inner = reference.period, last.period
        inside = outer.grain is Unit.DAY and inner.grain is Unit.MINUTE
        inside = inside and outer.start <= inner.start and inner.end <= outer.end
        restates_clock = inside and 0 <= said.start - before.end <= _RESTATE_GAP
        ends_quarter = inner.grain is Unit.QUARTER and outer.grain is Unit.DAY
        ends_quarter = ends_quarter and outer.last_day == inner.last_day
        if restates_clock or ends_quarter:
            references.insert(len(references) - 1, reference)
            return
    references.append(reference)


def _position(timex_id: str) -> int:
    """Where a timex stands in the document's list: 't3' is the third."""
    return int(timex_id[1:]) - 1


def _dates_its_clause(mention: Mention, period: Period, text: str, lexicon: Lexicon) -> bool:
    """A written month or day after a preposition ('The case began on a cold night in January
    1997'), which times a past clause, not a noun ('the August 1988 cease-fire'): its month
    goes on framing yearless days of that month in the sentences after it."""
    before = WORD.findall(text, max(0, mention.start - _WORD_REACH), mention.start)
    word = before[-1].lower() if before else ""
    return period.grain in FRAMING_GRAINS and word in lexicon.event_prepositions


@dataclass(frozen=True, slots=True)
class _Flashback:
    """A past date that opened a sentence ('Fifty years ago this month, ...') and frames the
    past-tense sentences that follow it until the text comes back to the present."""

    frame: Reference
    opened: int
    last: int

    def still_open(self, sentence: int, tense: Tense | None) -> _Flashback | None:
        """The flashback as seen from a later mention: over if that mention is told in the
        present or the future, or comes more than a few sentences after the flashback's last
        date; a mention with no tense ('the next five weeks') leaves it as it is."""
        if sentence == self.opened:
            return self
        if tense in (Tense.PRESENT, Tense.FUTURE) or sentence - self.last > _FLASHBACK_REACH:
            return None
        return _Flashback(self.frame, self.opened, sentence) if tense is Tense.PAST else self


def _entry_reading(
    reading: TenseReading | None, before: TenseReading | None
) -> TenseReading | None:
    """A verbless entry of a timetable or a timeline goes on in the past or future of the entry
    before it ('Monday: police arrested two men. / Tuesday: 14 dead'); after a present one
    ('Monday: the tunnel closes'), it looks ahead."""
    inherited = before is not None and before.tense is not Tense.PRESENT
    return before if reading == HEADING_READING and inherited else reading


def _flashback_after(
    flashback: _Flashback | None, resolution: Resolution, timex_id: str
) -> _Flashback | None:
    """The flashback once a date is resolved: ended by a date of the present, moved on to a date
    counted from the story, else as it was."""
    if flashback is None or _leaves_flashback(resolution, flashback):
        return None
    if _moves_flashback(resolution, flashback):
        assert resolution.period is not None
        return replace(flashback, frame=Reference(timex_id, resolution.period))
    return flashback


def _moves_flashback(resolution: Resolution, flashback: _Flashback) -> bool:
    """Whether a date counted from the narrative ('the following year') moves the flashback on:
    what follows is framed by it, or, by a year, no longer framed at all."""
    return (
        resolution.type is not TimexType.DURATION
        and resolution.period is not None
        and resolution.period.grain not in (Unit.WEEK, Unit.WEEKEND)  # 'the next five weeks'
        and resolution.anchor not in (None, DCT_LABEL)
    )


def _leaves_flashback(resolution: Resolution, flashback: _Flashback) -> bool:
    """Whether a resolved date ends the flashback: one counted from the DCT, or a written date
    of its own, means the text has moved on."""
    if resolution.type is TimexType.DURATION or resolution.period is None:
        return False
    return resolution.anchor is None or resolution.anchor == DCT_LABEL


def _ranges_share_readings(
    mentions: list[Mention], readings: list[TenseReading | None]
) -> list[TenseReading | None]:
    """The first clock time of a range that took its day from the second ('from noon until 4:30
    on Saturday') takes the second's tense too, so that both land on the same Saturday; the
    end of a weekday range takes its start's ('Tuesday to Friday: reduced timetable'), so that
    the two days make one stretch."""
    shared = list(readings)
    for index in range(len(mentions) - 1):
        start, end = mentions[index].meaning, mentions[index + 1].meaning
        if (
            isinstance(start, ClockTime)
            and isinstance(end, ClockTime)
            and start.date is not None
            and start.date == end.date
        ):
            shared[index] = readings[index + 1]
        elif (
            isinstance(start, WeekdayRef)
            and isinstance(end, WeekdayRef)
            and end.range_end
            and readings[index] is not None
        ):
            shared[index + 1] = readings[index]
    return shared


def _tense_fits_frame(tense: Tense | None, counted_in_past: bool | None) -> bool:
    """A frame counted from the DCT ('Last year', 'Next year') holds only a clause told on its
    side of the DCT; a written date frames whatever the tense."""
    if counted_in_past is None or tense is None:
        return True
    return counted_in_past == (tense is Tense.PAST)


def _frames_like_a_date(meaning: object) -> bool:
    """'Fifty years ago this month', 'Last year', 'Two years ago': a period counted from the DCT
    that still frames its sentence as a written date does ('Last year the brand ran short in
    February'; '..., on a humid night in early June')."""
    match meaning:
        case Deictic(moved_years=moved) if moved != 0:
            return True
        case Deictic(unit=Unit.YEAR, offset=offset, base=Base.DCT) if offset != 0:
            return True
        case Shift(unit=Unit.YEAR, base=Base.DCT):
            return True
    return False


def _a_backdrop_quarter(mention: Mention, period: Period, text: str, lexicon: Lexicon) -> bool:
    """A quarter named just after 'after' ('After a flat second quarter, profit rose in ...') is
    what the reported quarter is set against, not the quarter the report is about."""
    if period.grain is not Unit.QUARTER:
        return False
    leading = text[max(0, mention.start - _WORD_REACH) : mention.start]
    words = "|".join(re.escape(word) for word in sorted(lexicon.backdrop_words))
    return re.search(rf"\b(?:{words})\s+(?:[\w-]+\s+){{0,2}}$", leading, re.IGNORECASE) is not None


def _opens(sentences: Sentences, index: int, mention: Mention, text: str, lexicon: Lexicon) -> bool:
    """Whether the mention opens its sentence, after one word at most ('In 2014, ...'), as a
    time of its own, not a possessive ('Last year's sales rose')."""
    start = sentences.bounds(index)[0]
    possessive = lexicon.past_possessive(text, mention.end) > mention.end
    return len(WORD.findall(text, start, mention.start)) <= 1 and not possessive


def _after_the_entry_before(mention: Mention) -> Mention:
    """A weekday heading a later line of a timetable that looks ahead is the first such day
    after the entries before it ('Tuesday to Friday: reduced timetable. / Saturday: no
    service' is the Saturday after that Friday)."""
    day = mention.meaning
    if not isinstance(day, WeekdayRef) or day.relation is not None or day.range_other is not None:
        return mention
    if day.base is not Base.DCT or day.weeks_on or day.in_week is not None:
        return mention
    return replace(mention, meaning=replace(day, relation=Relation.NEXT, base=Base.REF))


def _settle_in_amount(mention: Mention, text: str, tense: Tense | None) -> Mention:
    """'in five days' is a point only in a future context; elsewhere ('the highest in ten years')
    it is the duration 'ten years'."""
    meaning = mention.meaning
    if (
        not isinstance(meaning, Shift)
        or not meaning.needs_future
        or tense not in (Tense.PAST, Tense.PRESENT)
    ):
        return mention
    first_word = _FIRST_WORD.match(text, mention.start)
    start = first_word.end() if first_word else mention.start
    return Mention(
        start, mention.end, mention.rule, Duration(meaning.amount, meaning.unit), mention.mod
    )
