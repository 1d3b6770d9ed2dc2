"""`chrono check` (exit 0 clean, 1 flagged, 2 error; text, json, jsonl) and the flags
`chrono annotate` shows once the checks raise them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chrono.cli import main

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "consistency"
FLAGGED = CORPUS / "01_water_rights_dateline.txt"
CLEAN = CORPUS / "02_water_rights_consistent.txt"
AGE = CORPUS / "07_festival_age_wrong.txt"


def _run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    status = main([str(arg) for arg in args])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_clean_file_exits_zero(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = _run(capsys, "check", CLEAN)
    assert (status, err) == (0, "")
    assert out == "1 file checked, 0 flagged (0 flags)\n"


def test_flagged_file_exits_one_with_a_located_flag(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _run(capsys, "check", FLAGGED, CLEAN)
    assert status == 1
    first, *evidence, summary = out.splitlines()
    # "In 2015," opens line 9 of the file; the flag points at its first evidence, "2015"
    assert first.startswith(f"{FLAGGED}:9:4: error dateline-contradicted: ")
    assert first.endswith("(implied DCT 2020-01-01/2021-12-31)")
    assert [line.split('"')[1] for line in evidence] == ["2015", "more than five years ago"]
    assert summary == "2 files checked, 1 flagged (1 flag)"


def test_evidence_that_is_no_timex_reads_as_a_cue(capsys: pytest.CaptureFixture[str]) -> None:
    # "12-year-old" is an age, not a timex: its evidence line has no id; the writer's text view
    # prints the same lines
    status, out, _ = _run(capsys, "check", AGE, "--dct", "2014-04-20")
    assert status == 1
    head, age, year, _summary = out.splitlines()
    assert head.startswith(f"{AGE}:3:5: error dateline-contradicted: ")
    start = AGE.read_text(encoding="utf-8").index("12-year-old")
    assert age == f'    cue {start}-{start + 11} "12-year-old"'
    assert year.startswith("    t1 ") and year.endswith(' "2006"')
    _, annotated, _ = _run(capsys, "annotate", AGE, "--dct", "2014-04-20", "--format", "text")
    assert annotated.endswith(f"{age}\n{year}\n")


def test_given_dct_overrides_the_dateline_and_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _run(capsys, "check", FLAGGED, "--dct", "2021-02-01", "--format", "json")
    record = json.loads(out)
    assert status == 1
    assert {key: record[key] for key in ("dct", "dct_source", "implied_dct")} == {
        "dct": "2021-02-01",
        "dct_source": "given",
        "implied_dct": "2020-01-01/2021-12-31",
    }
    [flag] = record["flags"]
    assert (flag["kind"], flag["implied_dct"]) == (
        "dct-contradicts-dateline",
        "2023-10-03/2023-10-03",
    )
    assert [item["text"] for item in flag["evidence"]] == ["Tuesday, October 3, 2023"]
    assert flag["message"].endswith("agrees with the given date.")


def test_a_given_dct_a_day_from_the_dateline_is_no_contradiction(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, _ = _run(capsys, "check", CLEAN, "--dct", "2021-03-09", "--format", "json")
    assert [flag["kind"] for flag in json.loads(out)["flags"]] == []
    assert status == 0


def test_jsonl_has_one_line_per_file(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _run(capsys, "check", "--format", "jsonl", FLAGGED, CLEAN)
    lines = [json.loads(line) for line in out.splitlines()]
    assert status == 1
    assert [line["path"] for line in lines] == [str(FLAGGED), str(CLEAN)]
    assert [flag["kind"] for flag in lines[0]["flags"]] == ["dateline-contradicted"]
    assert lines[1]["flags"] == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("check", "no-such-file.txt"), "no-such-file.txt: no such file"),
        (("check", str(CLEAN), "--dct", "someday"), "--dct: cannot read 'someday'"),
    ],
)
def test_errors_exit_two(
    capsys: pytest.CaptureFixture[str], args: tuple[str, ...], message: str
) -> None:
    status, out, err = _run(capsys, *args)
    assert (status, out) == (2, "")
    assert err.startswith("chrono: error: ") and message in err


def test_annotate_json_carries_the_flags(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _run(capsys, "annotate", FLAGGED)
    document = json.loads(out)
    assert status == 0
    assert document["implied_dct"] == "2020-01-01/2021-12-31"
    assert [flag["kind"] for flag in document["flags"]] == ["dateline-contradicted"]


def test_annotate_text_lists_the_flags(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = _run(capsys, "annotate", FLAGGED, "--format", "text")
    flags = out.split("\nFlags\n", 1)[1]
    assert flags.startswith("- error dateline-contradicted: ")
    assert '"more than five years ago"' in flags


def test_lines_are_counted_with_any_line_end(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "Report\r\rThe vote, on Thursday, March 14, 2023, was close.\r"
    path = tmp_path / "old_mac.txt"
    path.write_bytes(text.encode("utf-8"))
    status, out, _ = _run(capsys, "check", path, "--dct", "2023-03-20")
    assert status == 1
    assert out.startswith(f"{path}:3:14: warning weekday-mismatch")
