"""corpus/consistency: whole documents and the flags they must raise, one pytest case each.

Each <name>.toml beside <name>.txt gives `dct` (an ISO date, "dateline" when the anchor must
be found in the text, or "none" for a text read with no date at all), `implied_dct` (the
document's writing period, or "none") and one [[flag]] per expected flag: `kind`, `evidence`
(the texts of its evidence, in text order) and, when given, `implied_dct` and `severity`. A
document without [[flag]] must raise none, and a document must raise no flag beyond those
listed. `xfail` (a reason) marks a document chrono is known to get wrong: the case must fail
until the cause is fixed.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

import chrono
from chrono.model import Flag

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "consistency"
DOCUMENT_KEYS = frozenset({"dct", "implied_dct", "note", "flag", "xfail"})
FLAG_KEYS = frozenset({"kind", "evidence", "implied_dct", "severity"})
NONE = "none"
DATELINE = "dateline"
MIN_DOCUMENTS = 15


def _specs() -> list[Path]:
    return sorted(CORPUS.glob("*.toml"))


def _load(spec: Path) -> dict[str, Any]:
    return tomllib.loads(spec.read_text(encoding="utf-8"))


def _cases() -> list[Any]:
    return [
        pytest.param(
            spec,
            id=spec.stem,
            marks=[pytest.mark.xfail(strict=True, reason=reason)]
            if (reason := _load(spec).get("xfail"))
            else [],
        )
        for spec in _specs()
    ]


def test_corpus_is_large_enough() -> None:
    assert len(_specs()) >= MIN_DOCUMENTS


@pytest.mark.parametrize("spec", _cases())
def test_document(spec: Path) -> None:
    data = _load(spec)
    assert set(data) <= DOCUMENT_KEYS, f"unknown keys {set(data) - DOCUMENT_KEYS}"
    text = spec.with_suffix(".txt").read_text(encoding="utf-8")
    if data["dct"] == DATELINE:
        doc = chrono.annotate(text)
        assert doc.dct_source is chrono.DctSource.DATELINE
    elif data["dct"] == NONE:
        doc = chrono.annotate(text, find_dateline=False)
        assert doc.dct is None
    else:
        doc = chrono.annotate(text, data["dct"])
    expected_period = data["implied_dct"]
    assert doc.implied_dct == (None if expected_period == NONE else expected_period)
    unmatched = list(doc.flags)
    for expected in data.get("flag", []):
        found = _take(unmatched, expected)
        assert found is not None, f"missing {expected}; raised {_summary(doc.flags)}"
    assert not unmatched, f"unexpected {_summary(unmatched)}"


def _take(flags: list[Flag], expected: dict[str, Any]) -> Flag | None:
    """Remove and return the flag the entry describes, if it was raised."""
    assert set(expected) <= FLAG_KEYS, f"unknown keys {set(expected) - FLAG_KEYS}"
    for flag in flags:
        if flag.kind != expected["kind"]:
            continue
        if [item.text for item in flag.evidence] != expected["evidence"]:
            continue
        if "implied_dct" in expected:
            wanted = expected["implied_dct"]
            assert flag.implied_dct == (None if wanted == NONE else wanted), flag
        if "severity" in expected:
            assert flag.severity.value == expected["severity"], flag
        flags.remove(flag)
        return flag
    return None


def _summary(flags: tuple[Flag, ...] | list[Flag]) -> list[tuple[str, list[str], str | None]]:
    return [(flag.kind, [item.text for item in flag.evidence], flag.implied_dct) for flag in flags]
