"""The TempEval-3 scorer on hand-built cases whose scores are worked out by hand, and on gold
scored against itself; plus the `chrono eval` command's error handling."""

from __future__ import annotations

from collections.abc import Callable
from fractions import Fraction
from pathlib import Path

import pytest
from tbaq_location import tbaq

from chrono.cli import main
from chrono.evaluation import (
    Counts,
    Prf,
    align,
    by_group,
    evaluate,
    gold_files,
    prf,
    render_json,
    render_table,
    score_document,
    value_errors,
)
from chrono.evaluation.mismatches import sentence_around
from chrono.model import Timex, TimexType
from chrono.timeml import GoldDocument, GoldTimex, read_timeml

DATE, TIME, DURATION, SET = TimexType.DATE, TimexType.TIME, TimexType.DURATION, TimexType.SET
TEXT = "x" * 100

SAMPLE_DOCUMENT = (
    '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08"'
    ' functionInDocument="CREATION_TIME">x</TIMEX3></DCT><TEXT>It rained'
    ' <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3>.</TEXT></TimeML>'
)


def gold(start: int, end: int, kind: TimexType, value: str) -> GoldTimex:
    return GoldTimex(f"g{start}", start, end, TEXT[start:end], kind, value)


def system(start: int, end: int, kind: TimexType, value: str) -> Timex:
    return Timex(f"s{start}", start, end, TEXT[start:end], kind, value)


# Gold A, B, F, G, C; system A', B', F', G' and two spurious ones:
#   A  exact,   value right, type right      F  exact,   value wrong, type wrong
#   B  overlap, value right, type right      G  overlap, value wrong, type right
#   C  missed                                 D1, D2 spurious (D2 a SET)
GOLD = [
    gold(0, 6, DATE, "1998-01-08"),  # A
    gold(10, 20, DURATION, "P3D"),  # B
    gold(30, 35, TIME, "1998-01-08T10:00"),  # F
    gold(40, 48, DATE, "1998-W02"),  # G
    gold(60, 65, DATE, "1998"),  # C
]
SYSTEM = [
    system(0, 6, DATE, "1998-01-08"),  # A'
    system(12, 25, DURATION, "P3D"),  # B'
    system(30, 35, DATE, "1998-01-08"),  # F'
    system(38, 44, DATE, "1998-01-05"),  # G'
    system(70, 75, DATE, "1998-01-09"),  # D1
    system(80, 85, SET, "P1W"),  # D2
]


def as_fractions(scores: Prf) -> tuple[Fraction, ...]:
    """Precision, recall and F1 as fractions, so expected scores can be written exactly."""
    found = (scores.precision, scores.recall, scores.f1)
    return tuple(Fraction(x).limit_denominator(1000) for x in found)


def test_one_exact_one_overlap_one_miss_one_spurious() -> None:
    golds = [gold(0, 5, DATE, "a"), gold(10, 20, DATE, "b"), gold(30, 35, DATE, "c")]
    systems = [system(0, 5, DATE, "a"), system(15, 25, DATE, "x"), system(50, 55, DATE, "d")]
    counts = score_document(golds, systems, TEXT).counts
    third, two_thirds = Fraction(1, 3), Fraction(2, 3)
    assert as_fractions(counts.strict_scores) == (third, third, third)
    assert as_fractions(counts.relaxed_scores) == (two_thirds, two_thirds, two_thirds)
    assert as_fractions(counts.value_scores) == (third, third, third)
    assert as_fractions(counts.type_scores) == (two_thirds, two_thirds, two_thirds)


def test_counts_of_the_hand_built_case() -> None:
    counts = score_document(GOLD, SYSTEM, TEXT).counts
    assert counts == Counts(gold=5, system=6, strict=2, relaxed=4, value=2, type=3)


@pytest.mark.parametrize(
    ("attribute", "expected"),
    [
        # strict: A, F of 6 system and 5 gold: P 2/6, R 2/5, F1 2PR/(P+R) = 4/11
        ("strict_scores", (Fraction(1, 3), Fraction(2, 5), Fraction(4, 11))),
        # relaxed: A, B, F, G: P 4/6, R 4/5, F1 8/11
        ("relaxed_scores", (Fraction(2, 3), Fraction(4, 5), Fraction(8, 11))),
        # value: A, B: P 2/6, R 2/5, F1 4/11
        ("value_scores", (Fraction(1, 3), Fraction(2, 5), Fraction(4, 11))),
        # type: A, B, G: P 3/6, R 3/5, F1 6/11
        ("type_scores", (Fraction(1, 2), Fraction(3, 5), Fraction(6, 11))),
    ],
)
def test_scores_of_the_hand_built_case(attribute: str, expected: tuple[Fraction, ...]) -> None:
    assert as_fractions(getattr(score_document(GOLD, SYSTEM, TEXT).counts, attribute)) == expected


def test_per_type_counts_put_matched_system_timexes_under_the_gold_type() -> None:
    by_type = score_document(GOLD, SYSTEM, TEXT).by_type
    assert by_type == {
        DATE: Counts(gold=3, system=3, strict=1, relaxed=2, value=1, type=2),
        DURATION: Counts(gold=1, system=1, strict=0, relaxed=1, value=1, type=1),
        TIME: Counts(gold=1, system=1, strict=1, relaxed=1, value=0, type=0),  # F' is a DATE
        SET: Counts(gold=0, system=1),  # the spurious SET counts under its own type
    }


def test_value_errors_are_the_relaxed_pairs_with_different_values() -> None:
    mismatches = score_document(GOLD, SYSTEM, TEXT, "doc").mismatches
    assert [(m.gold_value, m.system_value) for m in mismatches] == [
        ("1998-01-08T10:00", "1998-01-08"),
        ("1998-W02", "1998-01-05"),
    ]
    assert mismatches[0].forms == ("9999-99-99T99:99", "9999-99-99")


def test_one_gold_overlapping_two_system_timexes_matches_only_one() -> None:
    counts = score_document(
        [gold(0, 20, DATE, "a")], [system(0, 5, DATE, "a"), system(10, 20, DATE, "a")], TEXT
    ).counts
    assert counts == Counts(gold=1, system=2, strict=0, relaxed=1, value=1, type=1)


def test_an_exact_span_is_preferred_to_an_overlapping_one() -> None:
    pairs = align([gold(0, 10, DATE, "a")], [system(0, 5, DATE, "a"), system(0, 10, DATE, "a")])
    assert [(p.gold, p.system, p.exact) for p in pairs] == [(0, 1, True)]


def test_overlap_matching_pairs_as_many_as_possible() -> None:
    # Taking system 0 for gold 0 (first in text order) would leave gold 1 with nothing.
    golds = [gold(0, 10, DATE, "a"), gold(12, 14, DATE, "b")]
    systems = [system(5, 13, DATE, "b"), system(8, 11, DATE, "a")]
    assert [(p.gold, p.system) for p in align(golds, systems)] == [(0, 1), (1, 0)]


def test_empty_denominators() -> None:
    assert prf(0, 0, 0) == Prf(1.0, 1.0, 1.0)  # nothing to find and nothing found
    assert prf(0, 0, 3) == Prf(0.0, 0.0, 0.0)
    assert prf(0, 2, 0) == Prf(0.0, 0.0, 0.0)


def test_sentence_around_a_span() -> None:
    text = "First one. The  meeting\nis on Friday. Last one!"
    start = text.index("Friday")
    assert sentence_around(text, start, start + 6) == "The meeting is on Friday."


def test_gold_scored_against_itself_is_perfect() -> None:
    corpus = tbaq()
    if corpus is None:
        pytest.skip("TBAQ not found (set CHRONO_TBAQ to its directory)")
    path = corpus / "TimeBank" / "ABC19980108.1830.0711.tml"
    document = read_timeml(path)
    assert document.timexes
    for timex in document.timexes:
        assert document.text[timex.start : timex.end] == timex.text

    def answer_key(doc: GoldDocument) -> tuple[GoldTimex, ...]:
        return doc.timexes

    (result,) = evaluate([path], answer_key)
    perfect = [
        Counts(counts.gold, counts.gold, counts.gold, counts.gold, counts.gold, counts.gold)
        for counts in result.score.by_type.values()
    ]
    assert list(result.score.by_type.values()) == perfect
    (group, together) = by_group([result])
    assert group.name == "TimeBank"
    counts = together.counts
    for scores in (
        counts.strict_scores,
        counts.relaxed_scores,
        counts.value_scores,
        counts.type_scores,
    ):
        assert (scores.precision, scores.recall, scores.f1) == (1.0, 1.0, 1.0)


def test_reports_render(tmp_path: Path) -> None:
    path = tmp_path / "corpus" / "doc.tml"
    path.parent.mkdir()
    path.write_text(SAMPLE_DOCUMENT, encoding="utf-8")

    def wrong(doc: GoldDocument) -> list[Timex]:
        return [Timex("t1", 10, 19, "yesterday", DATE, "1998-01-06")]

    results = evaluate(gold_files([tmp_path]), wrong)
    assert render_table(results, errors=1).splitlines()[2].startswith("corpus")
    assert '"system_value": "1998-01-06"' in render_json(results, errors=1)
    assert [len(group.examples) for group in value_errors(results, 5)] == [1]


def missing(directory: Path) -> Path:
    return directory / "missing"


def without_gold_files(directory: Path) -> Path:
    (directory / "notes.txt").write_text("not a gold file", encoding="utf-8")
    return directory


def not_timeml(directory: Path) -> Path:
    path = directory / "x.tml"
    path.write_text("<p>hello</p>", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (missing, "missing: no such file or directory"),
        (without_gold_files, "no .tml files in this directory"),
        (not_timeml, "x.tml: not TimeML"),
    ],
)
def test_eval_command_errors_are_one_line_and_exit_2(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    make: Callable[[Path], Path],
    message: str,
) -> None:
    assert main(["eval", str(make(tmp_path))]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and message in error


def test_eval_command_prints_the_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "doc.tml"
    path.write_text(SAMPLE_DOCUMENT, encoding="utf-8")
    assert main(["eval", str(path), "--errors", "3"]) == 0
    assert capsys.readouterr().out.splitlines()[0].split()[:3] == ["docs", "gold", "system"]


def test_eval_names_the_file_whose_dct_is_out_of_range(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "ancient.tml"
    path.write_text(SAMPLE_DOCUMENT.replace("1998-01-08", "0001-01-01"), encoding="utf-8")
    assert main(["eval", str(path)]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and error.startswith(f"chrono: error: {path}: ")


def test_eval_warns_of_a_document_without_dct_and_leaves_empty_rows_unscored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "undated.tml"
    path.write_text("<TimeML><TEXT>Nothing dated here.</TEXT></TimeML>", encoding="utf-8")
    assert main(["eval", str(path)]) == 0
    captured = capsys.readouterr()
    assert captured.err == (
        f"chrono: warning: {path}: no document creation time; its timexes are scored unanchored\n"
    )
    all_row = next(line for line in captured.out.splitlines() if line.startswith("all"))
    assert "100.0" not in all_row and "n/a" in all_row
