"""What a story has told so far, as the next mention is resolved: the dates it named (the
references 'two days later' counts from), the date that opened each sentence (a frame for the
yearless dates after it), the flashback still open, the tense each sentence was told in, and
the heading of the timetable entry above."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from chrono.anchoring import DCT_LABEL, FRAMING_GRAINS, Anchor, Reference, Resolution
from chrono.consistency import Observation
from chrono.context import HEADING_READING, in_an_opening_clause
from chrono.extract import Mention
from chrono.flashback import Flashback, flashback_after
from chrono.lexicon import Lexicon
from chrono.model import Tense, TimexType
from chrono.patterns import WORD
from chrono.periods import Period
from chrono.reference_kinds import (
    WORD_REACH,
    a_backdrop_quarter,
    a_balance_date,
    closes_its_day,
    ends_a_named_quarter,
    ends_a_report_span,
    quarter_it_closes,
)
from chrono.semantics import (
    Base,
    ClockTime,
    Deictic,
    Relation,
    Shift,
    Unit,
    WeekdayRef,
)
from chrono.tense_words import Strength, TenseReading
from chrono.tokens import Sentences, heads_a_line

_RESTATE_GAP = 20  # characters between a clock time and a day that restates its date
_SAYING_REACH = 2  # words between a reporting verb and the date of the saying ('said on')
_TOKEN = re.compile(r"[\w’']+")  # a word or a number ('carries 34,000 vehicles')
_SUBJECT_REACH = 5  # words from 'today' to the state verb ('Today the old pier is')
_DISTANT_PAST_DAYS = 366  # a past told further back than this makes a present 'today' nowadays
_SINCE_REACH = 15  # words from 'since' to the date that starts its stretch
_CLAUSE_BREAKS = frozenset(",;:—–()")
_SINCE_CLAUSE_WORD = re.compile(r"\d[\d,.]*\d|[\w’'.-]+|[,;:—–()]")  # '4,800' is one word


@dataclass(slots=True)
class Story:
    """The narrative state one document's mentions are resolved against, in text order. The
    dateline's date dates the report, not the story after its dash, so it frames no sentence
    ('SYDNEY, Dec. 30, 2032 - The third Test begins on Tuesday, Jan. 4')."""

    text: str
    dct: date | None
    lexicon: Lexicon
    sentences: Sentences
    dateline_at: int | None
    references: list[Reference] = field(default_factory=list)
    frames: dict[int, Reference] = field(default_factory=dict)
    frame_is_past: dict[int, bool] = field(default_factory=dict)  # a frame counted from the DCT
    latest_in_sentence: dict[int, Reference] = field(default_factory=dict)
    told: dict[int, TenseReading] = field(default_factory=dict)
    heading: TenseReading | None = None
    flashback: Flashback | None = None
    starts: dict[str, int] = field(default_factory=dict)  # where each timex begins
    previous: Mention | None = None  # the mention recorded last
    stamp: Reference | None = None  # the live blog's last time stamp

    def read(
        self, mention: Mention, own_reading: TenseReading | None
    ) -> tuple[Mention, TenseReading | None]:
        """The mention's tense: its own, else its sentence's date before it ('will watch the
        data on Thursday and a speech ... on Saturday'); a timetable entry's from the entry
        above, and a later entry that looks ahead moves past the one before."""
        sentence = self.sentences.index(mention.start)
        reading = own_reading or self.told.get(sentence)
        if heads_a_line(self.text, mention.start, mention.end, self.lexicon):
            later_entry = self.heading is not None and self.heading.tense is not Tense.PAST
            reading = self.heading = _entry_reading(reading, self.heading)
            if later_entry and reading is not None and reading.tense is not Tense.PAST:
                mention = _after_the_entry_before(mention)
        if reading is not None and not in_an_opening_clause(self.text, mention.start, self.lexicon):
            self.told[sentence] = reading
        return mention, reading

    def anchor_for(self, mention: Mention, reading: TenseReading | None) -> Anchor:
        """What the mention resolves against: the DCT, its tense, the references so far, the
        frame of its sentence or of a flashback still open, and the date told before it in its
        sentence. The flashback is carried on to the mention, so call this once per mention."""
        sentence = self.sentences.index(mention.start)
        tense = reading.tense if reading else None
        strength = reading.strength if reading else Strength.FIRM
        frame = self.frames.get(sentence)
        said_before = self.latest_in_sentence.get(sentence)
        seen_from = self._seen_from(reading, frame or self._date_of_saying(said_before, sentence))
        fits = _tense_fits_frame(tense, self.frame_is_past.get(sentence))
        if frame is not None and not fits and strength is not Strength.DEADLINE:
            frame = None  # 'Last year was the warmest, and January is forecast to be mild'
        nowadays = reading is not None and self._tells_a_state(mention, reading, sentence)
        nowadays = nowadays and self._just_after_a_distant_past(sentence)
        carried = frame is None and self.flashback is not None
        if carried and self.flashback is not None:
            self.flashback = self.flashback.still_open(sentence, tense)
            frame = self.flashback.frame if self.flashback and tense is Tense.PAST else None
        references: Sequence[Reference] = self.references
        if self.stamp is not None and self._stamps(mention):
            # a live blog's entries tell of other days; its stamps go on from the stamp before
            references, frame, said_before = (self.stamp,), None, None
        return Anchor(
            self.dct,
            tense,
            references,
            strength,
            frame,
            carried,
            said_before,
            seen_from,
            nowadays,
        )

    def _stamps(self, mention: Mention) -> bool:
        """Whether the mention is a live blog's time stamp: a bare clock time opening its line
        before a capital ('16:12 The council says ...')."""
        clock = mention.meaning
        if not isinstance(clock, ClockTime) or clock.date is not None or clock.hour is None:
            return False
        line_start = mention.start == 0 or self.text[mention.start - 1] == "\n"
        following = self.text[mention.end : mention.end + 2].lstrip()
        return line_start and following[:1].isupper()

    def _tells_a_state(self, mention: Mention, reading: TenseReading, sentence: int) -> bool:
        """Whether the mention opens a present sentence whose verb, after a subject, tells how
        things stand: a form of 'be' before 'a' ('Today the mill is a parking lot') or a listed
        verb of measure before an amount ('Today the trip lasts 40 minutes', 'carries 34,000
        vehicles a day'); not an event of the day ('Today he is released', 'Today the jury
        begins', 'Today is the anniversary', 'Today it is up 2 percent')."""
        if reading.tense is not Tense.PRESENT:
            return False
        if not _near_the_start(self.sentences, sentence, mention.start, self.text):
            return False
        after = [
            word.lower()
            for word in _TOKEN.findall(self.text, mention.end, self.sentences.bounds(sentence)[1])
        ]
        cue, lex = reading.cue.lower(), self.lexicon
        if cue not in after[1:_SUBJECT_REACH]:
            return False  # 'Today is the 56th anniversary': 'today' is the subject
        at = after.index(cue) + 1
        following = after[at] if at < len(after) else ""
        described = cue in lex.progressive_auxiliaries and following in lex.indefinite_amounts
        measured = cue in lex.state_verbs and (
            following[:1].isdigit() or following in lex.number_words
        )
        return described or measured

    def _just_after_a_distant_past(self, sentence: int) -> bool:
        """Whether the sentence before told of a past more than a year before the DCT ('When he
        opened the grill in 1956, coffee cost a dime. Today the mill is a parking lot'): a
        present sentence right after it, opened by 'today', is about nowadays."""
        told = self.latest_in_sentence.get(sentence - 1)
        if told is None or told.tense is not Tense.PAST or self.dct is None:
            return False
        return (self.dct - told.period.last_day).days > _DISTANT_PAST_DAYS

    def _date_of_saying(self, told: Reference | None, sentence: int) -> Reference | None:
        """A date opening the sentence ('On Monday, officials said') or right after a reporting
        verb ('said on Monday that ...'), which dates the saying; not one inside a clause of its
        own ('Raman, who took over in March 2021, said')."""
        if told is None:
            return None
        start = self.starts[told.timex_id]
        before = WORD.findall(self.text, max(0, start - WORD_REACH), start)[-_SAYING_REACH:]
        said = any(word.lower() in self.lexicon.reporting_verbs for word in before)
        opening = _near_the_start(self.sentences, sentence, start, self.text)
        return told if said or opening else None

    def _seen_from(self, reading: TenseReading | None, told: Reference | None) -> Reference | None:
        """The date told earlier in the sentence, when it is past and the mention is a future
        told from it ('would')."""
        if reading is None or reading.tense is not Tense.FUTURE or told is None:
            return None
        if reading.cue.lower() not in self.lexicon.future_in_past_cues or self.dct is None:
            return None
        fine = told.period.grain.rank <= Unit.MONTH.rank  # not 'said in 2019', 'in the 1990s'
        return told if fine and told.period.last_day < self.dct else None

    def record(
        self,
        mention: Mention,
        resolution: Resolution,
        tense: Tense | None,
        observations: list[Observation],
    ) -> None:
        """Take in the mention just resolved (the last of `observations`): it may end or move
        the flashback, become a reference, frame its sentence or open a flashback."""
        timex_id = observations[-1].timex.id
        previous, self.previous = self.previous, mention
        if self._stamps(mention) and resolution.period is not None:
            self.stamp = Reference(timex_id, resolution.period, tense)
        self.starts[timex_id] = mention.start
        sentence = self.sentences.index(mention.start)
        text, lexicon = self.text, self.lexicon
        self.flashback = flashback_after(self.flashback, resolution, timex_id)
        period = resolution.period
        backdrop = period is not None and a_backdrop_quarter(mention, period, text, lexicon)
        if not resolution.is_reference or period is None or backdrop:
            return
        possessive = lexicon.past_possessive(text, mention.end) > mention.end
        ends_its_day = closes_its_day(mention, text, lexicon)
        quarter = quarter_it_closes(mention, previous, period, text, lexicon)
        reference = Reference(
            timex_id,
            period,
            tense,
            possessive,
            ends_its_day,
            closes_a_span=quarter is not None
            or a_balance_date(mention, period, text, lexicon)
            or ends_a_named_quarter(mention, previous, period, text, lexicon)
            or ends_a_report_span(mention, previous, text, lexicon),
            opens_a_stretch=self._since_then(mention),
        )
        _add_reference(self.references, reference, observations)
        if quarter is not None:
            self._tell_quarter(quarter, observations[-2].timex.id, tense)
        self.latest_in_sentence[sentence] = reference
        fixed = resolution.anchor is None or _frames_like_a_date(mention.meaning)
        dated_frame = fixed and resolution.type is not TimexType.DURATION
        opens = _opens(self.sentences, sentence, mention, text, lexicon)
        opens = opens and mention.start != self.dateline_at
        if opens and dated_frame:
            if (
                sentence not in self.frames
                and resolution.anchor == DCT_LABEL
                and self.dct is not None
            ):
                self.frame_is_past[sentence] = period.start.date() < self.dct
            self.frames.setdefault(sentence, reference)
            self.flashback = Flashback(self.frames[sentence], sentence, sentence)
        elif opens and _a_season_of_the_story(resolution, period):
            self.frames.setdefault(sentence, reference)  # 'That winter ..., and in February'
        elif (
            dated_frame
            and tense is Tense.PAST
            and _dates_its_clause(mention, period, text, lexicon)
        ):
            self.flashback = Flashback(reference, sentence, sentence)

    def _since_then(self, mention: Mention) -> bool:
        """Whether the mention dates the start of a stretch running to now: the first date after
        'since' in its clause, with no clause break or conjunction between ('home for the first
        time since a wildfire forced them to flee on Aug. 5'; not 'since 2010 and on Friday
        opened a bakery', nor 'since Thursday finally got in on Saturday'): the story is not on
        that day."""
        start = self.sentences.around(mention.start)[0]
        leading = self.text[start : mention.start].lower()
        if not any(word in leading for word in self.lexicon.since_words):
            return False  # most sentences have no 'since': skip the word scan
        words = list(_SINCE_CLAUSE_WORD.finditer(self.text, start, mention.start))
        if not words or words[-1].group() in _CLAUSE_BREAKS:
            return False
        reach = words[-_SINCE_REACH:]
        lex = self.lexicon
        since = [at for at, word in enumerate(reach) if word.group().lower() in lex.since_words]
        if not since:
            return False
        between = reach[since[-1] + 1 :]
        if any(
            word.group() in _CLAUSE_BREAKS or word.group().lower() in lex.conjunctions
            for word in between
        ):
            return False
        opened = reach[since[-1]].end()
        return not any(opened <= told < mention.start for told in self.starts.values())

    def _tell_quarter(self, quarter: Period, span_id: str, tense: Tense | None) -> None:
        """Make the quarter that a span of three months restates the latest reference: the one
        named before ('in its fiscal fourth quarter, the three months to March 31'), else the
        calendar quarter, anchored on the span."""
        named = [
            ref
            for ref in self.references
            if ref.period.grain is Unit.QUARTER and ref.period.holds(quarter)
        ]
        if named:
            self.references.remove(named[-1])
        self.references.append(named[-1] if named else Reference(span_id, quarter, tense))


def _add_reference(
    references: list[Reference], reference: Reference, observations: list[Observation]
) -> None:
    """The newest reference goes last, unless it is a day that only restates the day of the
    clock time just before it ('8 p.m. (1800 GMT) on Sunday ... shortly after midnight' counts
    from 8 p.m.), the day a quarter ended ('its third quarter ended Oct. 31, up from $11
    million a year earlier' counts from the quarter), or a span with the quarter's own bounds
    ('first-quarter profit fell ... in the three months ended March 31')."""
    if references:
        last = references[-1]
        said = observations[-1].timex
        before = observations[_position(last.timex_id)].timex
        outer, inner = reference.period, last.period
        inside = outer.grain is Unit.DAY and inner.grain is Unit.MINUTE
        inside = inside and outer.holds(inner)
        restates_clock = inside and 0 <= said.start - before.end <= _RESTATE_GAP
        ends_quarter = inner.grain is Unit.QUARTER and outer.grain is Unit.DAY
        ends_quarter = ends_quarter and outer.last_day == inner.last_day
        span = said.type is TimexType.DURATION and inner.grain is Unit.QUARTER
        same_bounds = span and (outer.start, outer.end) == (inner.start, inner.end)
        if restates_clock or ends_quarter or same_bounds:
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
    before = WORD.findall(text, max(0, mention.start - WORD_REACH), mention.start)
    word = before[-1].lower() if before else ""
    return period.grain in FRAMING_GRAINS and word in lexicon.event_prepositions


def _entry_reading(
    reading: TenseReading | None, before: TenseReading | None
) -> TenseReading | None:
    """A verbless entry of a timetable or a timeline goes on in the past or future of the entry
    before it ('Monday: police arrested two men. / Tuesday: 14 dead'); after a present one
    ('Monday: the tunnel closes'), it looks ahead."""
    inherited = before is not None and before.tense is not Tense.PRESENT
    return before if reading == HEADING_READING and inherited else reading


def _tense_fits_frame(tense: Tense | None, counted_in_past: bool | None) -> bool:
    """A frame counted from the DCT ('Last year', 'Next year') holds only a clause told on its
    side of the DCT (a bare deadline's weak future aside: 'Forty years ago this month, a storm
    left farms without power until February'); a written date frames whatever the tense."""
    if counted_in_past is None or tense is None:
        return True
    return counted_in_past == (tense is Tense.PAST)


def _a_season_of_the_story(resolution: Resolution, period: Period) -> bool:
    """A season counted from the story ('That winter', 'The next summer'): it frames the
    yearless months of its sentence, but opens no flashback, since the story may come back to
    the present in the next sentence."""
    return period.grain is Unit.SEASON and resolution.anchor not in (None, DCT_LABEL)


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


def _opens(sentences: Sentences, index: int, mention: Mention, text: str, lexicon: Lexicon) -> bool:
    """Whether the mention opens its sentence, after one word at most ('In 2014, ...'), as a
    time of its own, not a possessive ('Last year's sales rose')."""
    possessive = lexicon.past_possessive(text, mention.end) > mention.end
    return _near_the_start(sentences, index, mention.start, text) and not possessive


def _near_the_start(sentences: Sentences, index: int, start: int, text: str) -> bool:
    """Whether at most one word stands between the sentence's start and `start`."""
    return len(WORD.findall(text, sentences.bounds(index)[0], start)) <= 1


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
