"""The one entry point: text and anchor in, a Document out.

text → mentions (grammar, refiners) → anchor (given or dateline) → tense and the story told so
far (story.py) → resolution → Timex list → consistency flags.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from chrono.consistency import Observation, check_document
from chrono.context import governing_tense
from chrono.dateline import find_dateline as find_dateline_in
from chrono.dct import coerce_dct
from chrono.extract import Mention, find_mentions, lower_same_length
from chrono.grammar import rules_for
from chrono.grammar.rule import Source
from chrono.lexicon import Lexicon
from chrono.lexicon.en import ENGLISH
from chrono.model import DctSource, Document, Tense, Timex, TimexType
from chrono.range_tense import ranges_under_way
from chrono.refine import refine
from chrono.refine.ranges import day_of
from chrono.resolve import resolve
from chrono.semantics import ClockTime, Duration, Shift, WeekdayRef
from chrono.story import Story
from chrono.tense_words import TenseReading
from chrono.tokens import split as split_sentences

_FIRST_WORD = re.compile(r"\S+\s+")


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
    # A dateline is looked for even when its date is not wanted: its date frames no sentence.
    located = find_dateline_in(text, mentions, lexicon)
    found = located if find_dateline else None
    if found is not None and anchor_day is None:
        anchor_day, mention = found
        dct_source = DctSource.DATELINE
        dateline_span = (mention.start, mention.end) if mention else None
    elif found is not None and found[1] is not None:
        overridden = found[0], found[1].start
    dateline_at = located[1].start if located is not None and located[1] is not None else None
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
    """Resolve the mentions in order, each against the story told so far."""
    observations: list[Observation] = []
    story = Story(text, dct, lexicon, split_sentences(text, lexicon), dateline_at)
    readings = _ranges_share_readings(
        mentions, [governing_tense(text, m.start, m.end, lexicon) for m in mentions]
    )
    readings = ranges_under_way(mentions, readings, lower_same_length(text), dct, lexicon)
    for found, own_reading in zip(mentions, readings, strict=True):
        mention, reading = story.read(found, own_reading)
        tense = reading.tense if reading else None
        mention = _settle_in_amount(mention, text, tense)
        resolution = resolve(
            mention.meaning, mention.mod, story.anchor_for(mention, reading), lexicon
        )
        timex = Timex(
            id=f"t{len(observations) + 1}",
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
        story.record(mention, resolution, tense, observations)
    return observations


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
            isinstance(day_of(start), WeekdayRef)
            and isinstance(end_day := day_of(end), WeekdayRef)
            and end_day.range_end
            and readings[index] is not None
        ):
            shared[index + 1] = readings[index]  # 'was closed from 10pm Friday until 6am Monday'
    return shared


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
