"""A schedule moved by hours or minutes ("will open an hour earlier", "closes 30 minutes later")
compares with its usual time, a date the text does not give: only the length is a timex. A date told
before it in its sentence is what the length counts from instead ("flies to Tokyo on Monday and
returns two days later")."""

from __future__ import annotations

import re
from functools import cache

from chrono.extract import Mention
from chrono.grammar.rule import Source
from chrono.lexicon import Lexicon
from chrono.patterns import WORD, alternation
from chrono.semantics import Base, Duration, Shift, Unit

_VERB_REACH = 30  # characters back to 'will open' before 'an hour earlier'
_SENTENCE_STOP = re.compile(r"[.!?]\s")
_CLOCK_UNITS = (Unit.HOUR, Unit.MINUTE)  # a timetable moves by these; 'a year later' narrates


def compare_moved_schedules(mentions: list[Mention], source: Source) -> list[Mention]:
    """Offsets after a moved schedule's verb with no date before them in their sentence become
    the lengths they move it by."""
    refined: list[Mention] = []
    for mention in mentions:
        meaning = mention.meaning
        if (
            isinstance(meaning, Shift)
            and meaning.base is Base.REF
            and meaning.unit in _CLOCK_UNITS
            and not _dated_before(refined, mention, source)
            and _after_a_moved_schedule(mention, source)
        ):
            refined.append(_as_length(mention, meaning, source))
        else:
            refined.append(mention)
    return refined


def _after_a_moved_schedule(mention: Mention, source: Source) -> bool:
    before = WORD.findall(source.text, max(0, mention.start - _VERB_REACH), mention.start)
    return bool(before) and source.lexicon.moves_a_schedule(before[-1], "".join(before[-2:-1]))


def _dated_before(refined: list[Mention], mention: Mention, source: Source) -> bool:
    """Whether a mention before this one stands in its clause: in its sentence, with no new
    subject after a comma and a link between ('..., and the library closes 30 minutes later')."""
    if not refined:
        return False
    gap = source.text[refined[-1].end : mention.start]
    if _SENTENCE_STOP.search(gap):
        return False
    return _new_clause(source.lexicon).search(gap) is None


@cache
def _new_clause(lex: Lexicon) -> re.Pattern[str]:
    """', and the', ', but its': a comma, a link and the next subject's determiner."""
    determiners = alternation(sorted(lex.determiners))
    return re.compile(rf",\s+(?:{lex.fragment('clause_link')})\s+(?:{determiners})\b", re.I)


def _as_length(mention: Mention, shift: Shift, source: Source) -> Mention:
    """'an hour earlier' as 'an hour': the span without its last word."""
    said = source.text[mention.start : mention.end]
    end = mention.start + len(said.rsplit(None, 1)[0])
    return Mention(
        mention.start, end, mention.rule, Duration(shift.amount, shift.unit), mention.mod
    )
