"""Read the corpus (corpus/en/<family>.toml and corpus/documents/<name>.toml) into plain cases.

The loader never raises on a malformed entry: test_corpus.py reports every problem it finds as a
failing test, so one typo does not stop the whole suite from being collected.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from properties.timex3 import TIMEML_MODS

CORPUS_DIR = Path(__file__).resolve().parent.parent / "corpus"
FAMILY_DIR = CORPUS_DIR / "en"
DOCUMENT_DIR = CORPUS_DIR / "documents"

FAMILIES = (
    "absolute",
    "deictic",
    "offsets",
    "narrative",
    "durations",
    "times",
    "sets",
    "holidays",
    "vague",
    "negative",
)
MIN_TOTAL_CASES = 400

TIMEX_TYPES = frozenset({"DATE", "TIME", "DURATION", "SET"})
MODS = TIMEML_MODS
FILE_KEYS = frozenset({"family", "dct", "case"})
DOCUMENT_KEYS = frozenset({"dct", "expected_dct", "note", "options", "expect", "flag"})
CASE_KEYS = frozenset({"id", "text", "dct", "options", "note", "expect"})
EXPECT_KEYS = frozenset(
    {"span", "occurrence", "type", "value", "mod", "interval", "anchor", "quant", "freq"}
)
# Attributes compared only when the entry gives them; the literal "none" means "must be None".
OPTIONAL_CHECKS = ("interval", "anchor", "quant", "freq")
NONE = "none"
DATELINE = "dateline"


class CorpusError(ValueError):
    """A corpus entry that cannot be turned into a check (missing span, bad key...)."""


@dataclass(frozen=True, slots=True)
class Expected:
    """One expected timex, as written in the corpus."""

    span: str
    occurrence: int
    type: str
    value: str
    mod: str | None
    checks: dict[str, str]
    raw: dict[str, Any]


@dataclass(frozen=True, slots=True)
class Case:
    """One text to annotate and the complete list of timexes it must yield."""

    family: str
    id: str
    text: str
    dct: str
    options: dict[str, Any]
    note: str
    expect: tuple[Expected, ...]
    raw: dict[str, Any] = field(repr=False)
    expected_dct: str | None = None

    @property
    def test_id(self) -> str:
        return f"{self.family}:{self.id}"

    @property
    def anchor_date(self) -> date | None:
        """The DCT to pass to chrono.annotate (None for "none" and "dateline")."""
        if self.dct in (NONE, DATELINE):
            return None
        return date.fromisoformat(self.dct)


@dataclass(frozen=True, slots=True)
class FamilyFile:
    """A corpus/en/<family>.toml file."""

    path: Path
    data: dict[str, Any]
    cases: tuple[Case, ...]

    @property
    def stem(self) -> str:
        return self.path.stem


def find_span(text: str, span: str, occurrence: int = 1) -> tuple[int, int]:
    """Offsets of the `occurrence`-th (1-based) appearance of `span` in `text`."""
    if not span:
        raise CorpusError("empty span")
    position = -1
    for _ in range(max(occurrence, 1)):
        position = text.find(span, position + 1)
        if position < 0:
            raise CorpusError(f"span {span!r} (occurrence {occurrence}) is not in the text")
    return position, position + len(span)


def _expected(raw: Any) -> Expected:
    entry = raw if isinstance(raw, dict) else {}
    mod = entry.get("mod")
    checks = {key: str(entry[key]) for key in OPTIONAL_CHECKS if key in entry}
    return Expected(
        span=str(entry.get("span", "")),
        occurrence=int(entry.get("occurrence", 1)),
        type=str(entry.get("type", "")),
        value=str(entry.get("value", "")),
        mod=str(mod) if mod is not None else None,
        checks=checks,
        raw=entry,
    )


def _case(family: str, raw: dict[str, Any], default_dct: str) -> Case:
    return Case(
        family=family,
        id=str(raw.get("id", "")),
        text=str(raw.get("text", "")),
        dct=str(raw.get("dct", default_dct)),
        options=dict(raw.get("options", {})),
        note=str(raw.get("note", "")),
        expect=tuple(_expected(item) for item in raw.get("expect", [])),
        raw=raw,
    )


def load_family(path: Path) -> FamilyFile:
    """Parse one family file; the cases take the file's stem as their family."""
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    default_dct = str(data.get("dct", NONE))
    cases = tuple(_case(path.stem, raw, default_dct) for raw in data.get("case", []))
    return FamilyFile(path=path, data=data, cases=cases)


def load_families() -> list[FamilyFile]:
    """Every corpus/en/*.toml file, sorted by name."""
    return [load_family(path) for path in sorted(FAMILY_DIR.glob("*.toml"))]


def load_document(path: Path) -> Case:
    """A whole article: <name>.txt for the text, <name>.toml for the expectations."""
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    text = path.with_suffix(".txt").read_text(encoding="utf-8")
    return Case(
        family="documents",
        id=path.stem,
        text=text,
        dct=str(data.get("dct", NONE)),
        options=dict(data.get("options", {})),
        note=str(data.get("note", "")),
        expect=tuple(_expected(item) for item in data.get("expect", [])),
        raw=data,
        expected_dct=data.get("expected_dct"),
    )


def load_documents() -> list[Case]:
    """Every corpus/documents/*.toml with its .txt, sorted by name."""
    return [load_document(path) for path in sorted(DOCUMENT_DIR.glob("*.toml"))]


def entry_problems(case: Case) -> list[str]:
    """What is wrong with a case's own data (not with chrono's answer)."""
    problems: list[str] = []
    allowed = DOCUMENT_KEYS if case.family == "documents" else CASE_KEYS
    problems += [f"unknown key {key!r}" for key in sorted(set(case.raw) - allowed)]
    if not case.id or not case.text:
        problems.append("missing id or text")
    if case.dct not in (NONE, DATELINE):
        try:
            date.fromisoformat(case.dct)
        except ValueError:
            problems.append(f"dct {case.dct!r} is not an ISO date, 'none' or 'dateline'")
    for index, item in enumerate(case.expect, start=1):
        where = f"expect #{index} ({item.span!r})"
        problems += [f"{where}: unknown key {key!r}" for key in sorted(set(item.raw) - EXPECT_KEYS)]
        if item.type not in TIMEX_TYPES:
            problems.append(f"{where}: type {item.type!r}")
        if not item.value:
            problems.append(f"{where}: no value")
        if item.mod is not None and item.mod not in MODS:
            problems.append(f"{where}: mod {item.mod!r}")
        anchor = item.checks.get("anchor")
        if anchor is not None and anchor not in ("dct", NONE):
            if not (anchor.startswith("#") and anchor[1:].isdigit()):
                problems.append(f"{where}: anchor {anchor!r}")
            elif not 1 <= int(anchor[1:]) <= len(case.expect) or int(anchor[1:]) == index:
                problems.append(f"{where}: anchor {anchor!r} names no other expected timex")
        try:
            find_span(case.text, item.span, item.occurrence)
        except CorpusError as error:
            problems.append(f"{where}: {error}")
    return problems
