"""Spans: each timex is a trimmed substring of the text, in order, not overlapping, ids t1..tn."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from chrono import DctSource, annotate

from .strategies import optional_anchor, vocabulary_texts
from .support import span_problems

any_text = st.text(alphabet=st.characters(exclude_categories=("Cs",)))


def _check(text: str, dct: date | None, day_first: bool, find_dateline: bool) -> None:
    doc = annotate(text, dct, day_first=day_first, find_dateline=find_dateline)
    assert doc.text == text
    if dct is not None:
        assert (doc.dct, doc.dct_source) == (dct, DctSource.GIVEN)
    assert span_problems(doc) == []


@given(text=any_text, dct=optional_anchor, day_first=st.booleans(), find_dateline=st.booleans())
def test_spans_are_well_formed_on_any_text(
    text: str, dct: date | None, day_first: bool, find_dateline: bool
) -> None:
    _check(text, dct, day_first, find_dateline)


@given(
    text=vocabulary_texts(),
    dct=optional_anchor,
    day_first=st.booleans(),
    find_dateline=st.booleans(),
)
def test_spans_are_well_formed_on_temporal_word_salad(
    text: str, dct: date | None, day_first: bool, find_dateline: bool
) -> None:
    _check(text, dct, day_first, find_dateline)
