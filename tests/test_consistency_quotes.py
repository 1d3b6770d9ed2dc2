"""Which stretches of a text are quoted speech (chrono.consistency.quotes)."""

from __future__ import annotations

import pytest

from chrono.consistency.quotes import any_quoted, quoted_spans
from chrono.model import Evidence


def _quoted_texts(text: str) -> list[str]:
    return [text[start:end] for start, end in quoted_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He said: "We lost money." Then he left.', ["We lost money."]),
        ("She wrote “in 2013” and “two years ago”.", ["in 2013", "two years ago"]),
        ("``Last year,'' he said, ``was hard.''", ["Last year,", "was hard."]),
        (
            "An open quote \"runs to its paragraph's end.\n\nNot past it.",
            ["runs to its paragraph's end.\n\n"],
        ),
        ("No quotes here.", []),
        ("She said: 'We began in 2005.' Then she left.", ["We began in 2005."]),
        ("He called it ‘Two years of work’ at the launch.", ["Two years of work"]),
        ("The players' union didn't say it's over.", []),
        ("'It began,' he said, 'in 2005.'", ["It began,", "in 2005."]),
    ],
)
def test_quoted_stretches(text: str, expected: list[str]) -> None:
    assert _quoted_texts(text) == expected


def test_evidence_counts_as_quoted_when_any_of_it_is() -> None:
    text = 'In 2015 he said: "Two years ago, in 2013, we nearly failed." It closed in 2016.'
    spans = quoted_spans(text)
    inside = [_evidence(text, "Two years ago"), _evidence(text, "2013")]
    assert any_quoted(inside, spans)
    assert any_quoted([_evidence(text, "2015"), inside[0]], spans)
    assert not any_quoted([_evidence(text, "2015"), _evidence(text, "2016")], spans)


def _evidence(text: str, words: str) -> Evidence:
    start = text.index(words)
    return Evidence("", start, start + len(words), words)
