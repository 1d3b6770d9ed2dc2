"""The corpus as tests: one pytest case per corpus case (`<family>:<id>`) and per document.

Expected values are written by hand in corpus/ (STYLE.md rule 9); nothing here derives them from
chrono. A failure prints everything chrono found, with the rule that found it.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from corpus_loader import (
    FAMILIES,
    FILE_KEYS,
    MIN_TOTAL_CASES,
    NONE,
    Case,
    CorpusError,
    FamilyFile,
    entry_problems,
    find_span,
    load_documents,
    load_families,
)

import chrono
from chrono.model import DctSource, Timex

FAMILY_FILES = load_families()
CASES = [case for family_file in FAMILY_FILES for case in family_file.cases]
DOCUMENTS = load_documents()


def _describe(timex: Timex, index: int) -> str:
    mod = timex.mod.value if timex.mod else None
    return (
        f"  #{index} id={timex.id} [{timex.start}:{timex.end}] {timex.text!r} {timex.type.value} "
        f"value={timex.value} mod={mod} interval={timex.interval} anchor={timex.anchor} "
        f"quant={timex.quant} freq={timex.freq} rule={timex.rule or '?'}"
    )


def _anchor_id(expected: str, found: Sequence[Timex]) -> str | None:
    """The anchor chrono must report: "dct", None, or the id of the k-th found timex."""
    if expected == NONE:
        return None
    if expected.startswith("#"):
        position = int(expected[1:])
        return found[position - 1].id if 1 <= position <= len(found) else f"<no timex {expected}>"
    return expected


def _problems(case: Case, found: Sequence[Timex]) -> list[str]:
    """Every difference between the expected and the found timexes."""
    if len(found) != len(case.expect):
        return [f"expected {len(case.expect)} timexes, found {len(found)}"]
    problems: list[str] = []
    for index, (expected, timex) in enumerate(zip(case.expect, found, strict=True), start=1):
        where = f"#{index} {expected.span!r}"
        try:
            start, end = find_span(case.text, expected.span, expected.occurrence)
        except CorpusError as error:
            problems.append(f"{where}: corpus error: {error}")
            continue
        if (timex.start, timex.end) != (start, end):
            problems.append(f"{where}: span [{timex.start}:{timex.end}] {timex.text!r}")
        actual = {
            "type": timex.type.value,
            "value": timex.value,
            "mod": timex.mod.value if timex.mod else None,
        }
        wanted: dict[str, str | None] = {
            "type": expected.type,
            "value": expected.value,
            "mod": expected.mod,
        }
        for key, raw in expected.checks.items():
            actual[key] = getattr(timex, key)
            if key == "anchor":
                wanted[key] = _anchor_id(raw, found)
            else:
                wanted[key] = None if raw == NONE else raw
        problems += [
            f"{where}: {key} is {actual[key]!r}, expected {wanted[key]!r}"
            for key in wanted
            if actual[key] != wanted[key]
        ]
    return problems


def _report(case: Case, found: Sequence[Timex], problems: list[str]) -> str:
    lines = [f"{case.test_id}: {case.text!r} (dct={case.dct}, options={case.options})"]
    if case.note:
        lines.append(f"note: {case.note}")
    lines.append("problems:")
    lines += [f"  {problem}" for problem in problems]
    lines.append("expected:")
    lines += [
        f"  #{index} {item.span!r} {item.type} value={item.value} mod={item.mod} {item.checks}"
        for index, item in enumerate(case.expect, start=1)
    ]
    lines.append(f"found ({len(found)}):")
    lines += [_describe(timex, index) for index, timex in enumerate(found, start=1)]
    return "\n".join(lines)


def _check(case: Case, found: Sequence[Timex]) -> None:
    problems = _problems(case, found)
    if problems:
        pytest.fail(_report(case, found, problems), pytrace=False)


@pytest.mark.parametrize("case", CASES, ids=[case.test_id for case in CASES])
def test_case(case: Case) -> None:
    """chrono finds exactly the expected timexes in one corpus sentence."""
    document = chrono.annotate(case.text, case.anchor_date, **case.options)
    _check(case, document.timexes)


@pytest.mark.parametrize("case", DOCUMENTS, ids=[case.test_id for case in DOCUMENTS])
def test_document(case: Case) -> None:
    """chrono finds exactly the expected timexes in a whole article."""
    document = chrono.annotate(case.text, case.anchor_date, **case.options)
    if case.dct == "dateline":
        assert document.dct_source == DctSource.DATELINE, f"dct_source={document.dct_source}"
        if case.expected_dct is not None:
            found_dct = document.dct.isoformat() if document.dct else None
            assert found_dct == case.expected_dct, f"dateline read as {found_dct}"
    _check(case, document.timexes)
    if "flag" in case.raw:
        expected_kinds = sorted(str(flag.get("kind")) for flag in case.raw["flag"])
        found_kinds = sorted(flag.kind for flag in document.flags)
        assert found_kinds == expected_kinds, f"flags: {[f.to_dict() for f in document.flags]}"


# The corpus's own consistency: these must pass whatever state the engine is in.


def test_every_family_has_a_file() -> None:
    """There is exactly one corpus file per grammar family."""
    assert sorted(family_file.stem for family_file in FAMILY_FILES) == sorted(FAMILIES)


@pytest.mark.parametrize("family_file", FAMILY_FILES, ids=[f.stem for f in FAMILY_FILES])
def test_family_key_matches_stem(family_file: FamilyFile) -> None:
    """A file's `family` key names the file."""
    assert family_file.data.get("family") == family_file.stem


@pytest.mark.parametrize("family_file", FAMILY_FILES, ids=[f.stem for f in FAMILY_FILES])
def test_case_ids_unique(family_file: FamilyFile) -> None:
    """Case ids are unique within a file."""
    ids = [case.id for case in family_file.cases]
    duplicates = sorted({case_id for case_id in ids if ids.count(case_id) > 1})
    assert not duplicates, f"duplicate ids: {duplicates}"


@pytest.mark.parametrize("family_file", FAMILY_FILES, ids=[f.stem for f in FAMILY_FILES])
def test_entries_well_formed(family_file: FamilyFile) -> None:
    """Known keys only, valid types and mods, spans that occur in their text."""
    unknown = sorted(set(family_file.data) - FILE_KEYS)
    problems = [f"file: unknown key {key!r}" for key in unknown]
    for case in family_file.cases:
        problems += [f"{case.test_id}: {problem}" for problem in entry_problems(case)]
    if family_file.stem == "negative":
        problems += [
            f"{case.test_id}: a negative case expects timexes"
            for case in family_file.cases
            if case.expect
        ]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("case", DOCUMENTS, ids=[case.test_id for case in DOCUMENTS])
def test_document_well_formed(case: Case) -> None:
    """A document's expectations are well formed and its spans occur in the article."""
    problems = entry_problems(case)
    assert not problems, "\n".join(problems)


def test_total_case_count() -> None:
    """The corpus is large enough to specify the grammar."""
    assert len(CASES) >= MIN_TOTAL_CASES, f"only {len(CASES)} cases"
