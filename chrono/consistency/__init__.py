"""Consistency checks over a resolved document: they read what the text says about time and flag
what does not fit together (a dateline the content contradicts, a weekday that is not its date).

Only statements that measure the distance between an event and the writing ('seven years ago',
'last year', 'its 10th anniversary') paired with the event's explicit date say when a text was
written; an article about 2014 written in 2021 is consistent, and explicit dates alone are never
evidence against the dateline. A pair with a part inside a quotation measures from when it was said
and is set aside, and a quoted date's tense is the speaker's. docs/consistency.md describes each
check and its measured rates.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from chrono.consistency.cues import cue_constraints
from chrono.consistency.document import judge
from chrono.consistency.given_dct import given_dct_flags
from chrono.consistency.impossible import impossible_date_flags
from chrono.consistency.observation import Observation, Verdict
from chrono.consistency.pairing import pair_constraints
from chrono.consistency.quotes import any_quoted, is_quoted, quoted_spans
from chrono.consistency.readings import story_start, without_dateline
from chrono.consistency.tense import tense_flags
from chrono.consistency.weekday import weekday_flags
from chrono.lexicon import Lexicon
from chrono.model import Flag
from chrono.tokens import index_text


def check_document(
    text: str,
    observations: Sequence[Observation],
    dct: date | None,
    lexicon: Lexicon,
    dateline: tuple[date, int] | None = None,
) -> Verdict:
    """Run every check; flags come in text order of their first evidence. `dateline` is the
    date of a dateline the caller's DCT overrode, with the offset of its timex."""
    story = story_start(text, observations, lexicon)
    indexed = index_text(text, lexicon, () if story is None else (story,))
    body = without_dateline(text, observations, lexicon)
    quoted = quoted_spans(text)
    constraints = [
        found
        for found in (
            *pair_constraints(indexed, body, lexicon),
            *cue_constraints(indexed, body, lexicon),
        )
        if not any_quoted(found.evidence, quoted)
    ]
    judgement = judge(constraints, dct)
    flags: list[Flag] = [
        *weekday_flags(observations),
        *impossible_date_flags(text, lexicon),
        *judgement.flags,
    ]
    if dct is not None:
        told = [o for o in observations if not is_quoted(o.timex.start, o.timex.end, quoted)]
        flags.extend(tense_flags(indexed, told, dct, lexicon))
        flags.extend(given_dct_flags(observations, dct, dateline, judgement.period))
    flags.sort(key=lambda flag: flag.evidence[0].start if flag.evidence else 0)
    implied = judgement.period.render() if judgement.period else None
    return Verdict(tuple(flags), implied)


__all__ = ["Observation", "Verdict", "check_document"]
