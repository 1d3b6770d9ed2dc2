"""Properties of the consistency checks over generated documents.

- a document whose elapsed-time statement fits its DCT raises nothing and implies a period;
  moving that DCT ten years or more (far enough for every pattern below) flags the DCT;
- a document with only explicit dates never implies a writing period and never flags the DCT,
  whatever the DCT;
- flags depend on nothing but the text and the DCT (not the clock, the time zone, or what was
  annotated before).

The consistent DCT of each pattern is worked out by hand in its comment.
"""

from __future__ import annotations

import contextlib
import os
import time
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from unittest import mock

from dateutil.relativedelta import relativedelta
from hypothesis import given, settings
from hypothesis import strategies as st

import chrono

# A failing property makes Hypothesis import its patch writer, which imports libcst when it is
# installed; libcst warns on import, and filterwarnings = error would hide the failure behind an
# INTERNALERROR (the same guard as tests/properties/conftest.py, which does not cover this file).
with warnings.catch_warnings(), contextlib.suppress(ImportError):
    warnings.simplefilter("ignore", DeprecationWarning)
    import hypothesis.extra._patching  # noqa: F401

WRITING_KINDS = {"dateline-contradicted", "elapsed-time-conflict"}
FAR = 10

FILLER = (
    "The council met in the town hall.",
    "Several residents spoke against the plan.",
    "A spokesman declined to comment.",
    "The weather stayed dry all afternoon.",
)
THINGS = ("museum", "market", "ferry service", "library", "festival")
ORDINAL_SUFFIXES = {1: "st", 2: "nd", 3: "rd"}

Pattern = Callable[[str, int, int], tuple[str, date]]


def _apposition(thing: str, year: int, amount: int) -> tuple[str, date]:
    # 'in Y, N years ago': N-0.5 to N+1 years after Y, so the middle of year Y+N fits
    return f"The {thing} opened in {year}, {amount} years ago.", date(year + amount, 7, 1)


def _more_than(thing: str, year: int, amount: int) -> tuple[str, date]:
    # 'in Y, more than N years ago' (N < 10): N to N+1 years after Y, so March of Y+N+1 fits
    small = amount % 9 + 1
    return f"The {thing} closed in {year}, more than {small} years ago.", date(
        year + small + 1, 3, 1
    )


def _possessive(thing: str, year: int, amount: int) -> tuple[str, date]:
    # "last year's Y election": written in Y+1
    return f"The {thing} was busy after last year's {year} election.", date(year + 1, 5, 1)


def _age(thing: str, year: int, amount: int) -> tuple[str, date]:
    # 'the N-year-old X, which began in Y': N-0.5 to N+1 years after Y
    text = f"The {amount}-year-old {thing}, which began in {year}, is still popular."
    return text, date(year + amount, 6, 1)


def _anniversary(thing: str, year: int, amount: int) -> tuple[str, date]:
    # 'the Nth anniversary of the Y accord': within a year of Y+N
    suffix = "th" if 10 <= amount % 100 < 20 else ORDINAL_SUFFIXES.get(amount % 10, "th")
    text = f"The {thing} marked the {amount}{suffix} anniversary of the {year} accord."
    return text, date(year + amount, 6, 1)


def _since(thing: str, year: int, amount: int) -> tuple[str, date]:
    # 'in the N years since Y': N-0.5 to N+1 years after Y
    return f"The {thing} has grown in the {amount} years since {year}.", date(year + amount, 6, 1)


PATTERNS: tuple[Pattern, ...] = (
    _apposition,
    _more_than,
    _possessive,
    _age,
    _anniversary,
    _since,
)


@st.composite
def consistent_documents(draw: st.DrawFn) -> tuple[str, date]:
    pattern = draw(st.sampled_from(PATTERNS))
    sentence, dct = pattern(
        draw(st.sampled_from(THINGS)),
        draw(st.integers(1900, 2040)),
        draw(st.integers(2, 40)),
    )
    before = draw(st.lists(st.sampled_from(FILLER), max_size=3))
    after = draw(st.lists(st.sampled_from(FILLER), max_size=3))
    return " ".join([*before, sentence, *after]), dct


@settings(max_examples=150, deadline=None)
@given(consistent_documents())
def test_a_fitting_dct_raises_nothing(document: tuple[str, date]) -> None:
    text, dct = document
    doc = chrono.annotate(text, dct)
    assert doc.flags == ()
    assert doc.implied_dct is not None


@settings(max_examples=150, deadline=None)
@given(consistent_documents(), st.integers(FAR, 60), st.sampled_from((-1, 1)))
def test_moving_the_dct_far_enough_flags_it(
    document: tuple[str, date], years: int, direction: int
) -> None:
    text, dct = document
    doc = chrono.annotate(text, dct + relativedelta(years=direction * years))
    assert "dateline-contradicted" in {flag.kind for flag in doc.flags}


MONTHS = ("January", "March", "June", "September", "November")
VERBS = ("opened", "will open", "is open", "was sold", "closed for good")


@st.composite
def explicit_sentences(draw: st.DrawFn) -> str:
    thing = draw(st.sampled_from(THINGS))
    verb = draw(st.sampled_from(VERBS))
    year = draw(st.integers(1900, 2060))
    match draw(st.integers(0, 2)):
        case 0:
            return f"The {thing} {verb} in {year}."
        case 1:
            month = draw(st.sampled_from(MONTHS))
            return f"In {month} {year}, the {thing} {verb}."
    return f"The {thing} {verb} in the {year // 10 * 10}s."


@settings(max_examples=150, deadline=None)
@given(
    st.lists(explicit_sentences(), min_size=1, max_size=6),
    st.dates(date(1900, 1, 1), date(2999, 12, 31)),
)
def test_explicit_dates_alone_never_date_the_writing(sentences: list[str], dct: date) -> None:
    doc = chrono.annotate(" ".join(sentences), dct)
    assert doc.implied_dct is None
    assert not WRITING_KINDS & {flag.kind for flag in doc.flags}


@contextmanager
def _other_clock_and_zone() -> Iterator[None]:
    saved = os.environ.get("TZ")
    os.environ["TZ"] = "Pacific/Kiritimati"
    time.tzset()
    try:
        with mock.patch("time.time", return_value=3_000_000_000.0):
            yield
    finally:
        if saved is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = saved
        time.tzset()


@settings(max_examples=60, deadline=None)
@given(consistent_documents(), st.integers(-30, 30), consistent_documents())
def test_flags_depend_only_on_text_and_dct(
    document: tuple[str, date], years: int, other: tuple[str, date]
) -> None:
    text, dct = document
    dct += relativedelta(years=years)
    first = chrono.annotate(text, dct)
    chrono.annotate(*other)
    with _other_clock_and_zone():
        again = chrono.annotate(text, dct)
    assert (again.flags, again.implied_dct) == (first.flags, first.implied_dct)
