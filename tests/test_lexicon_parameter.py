"""The engine reads every word from the lexicon it is given: a language is data, not code."""

from __future__ import annotations

from dataclasses import replace

from chrono import annotate
from chrono.lexicon.en import ENGLISH
from chrono.semantics import Weekday


def test_a_given_lexicon_is_the_one_read() -> None:
    extended = replace(
        ENGLISH,
        number_words={**ENGLISH.number_words, "zwei": 2},
        weekdays={**ENGLISH.weekdays, "freitag": Weekday.FRIDAY},
    )
    text = "The ferry sank zwei days ago and the inquiry opened on Freitag."
    found = {t.text: t.value for t in annotate(text, "2023-12-09", lexicon=extended).timexes}
    assert found == {"zwei days ago": "2023-12-07", "Freitag": "2023-12-08"}


def test_the_default_lexicon_does_not_know_those_words() -> None:
    text = "The ferry sank zwei days ago and the inquiry opened on Freitag."
    found = {t.text: t.value for t in annotate(text, "2023-12-09").timexes}
    assert found == {"days ago": "PAST_REF"}, "only the English words, with no amount, are read"
