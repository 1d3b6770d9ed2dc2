"""The command line: each format, stdin, atomic -o, and every bad input as one error line."""

from __future__ import annotations

import errno
import io
import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest

from chrono import cli
from chrono.cli import main
from chrono.cli._io import OutputError, write_files

ROOT = Path(__file__).resolve().parent.parent
TALKS = "The talks ended on 2023-12-08 & <resumed> later.\n"

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Run:
    """`chrono ARGS` in-process: the exit status, stdout and stderr."""

    def invoke(*args: str | Path) -> tuple[int, str, str]:
        status = main([str(arg) for arg in args])
        captured = capsys.readouterr()
        return status, captured.out, captured.err

    return invoke


@pytest.fixture
def talks(tmp_path: Path) -> Path:
    path = tmp_path / "talks.txt"
    path.write_text(TALKS, encoding="utf-8")
    return path


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def _assert_spans_match(text: str, document: dict[str, object]) -> None:
    timexes = document["timexes"]
    assert isinstance(timexes, list)
    for timex in timexes:
        assert text[timex["start"] : timex["end"]] == timex["text"]


def test_json_for_one_input_is_one_object(run: Run, talks: Path) -> None:
    status, out, err = run("annotate", talks, "--dct", "2023-12-09")
    document = json.loads(out)
    assert (status, err) == (0, "")
    assert set(document) >= {"path", "dct", "dct_source", "timexes", "flags"}
    assert (document["path"], document["dct"], document["dct_source"]) == (
        str(talks),
        "2023-12-09",
        "given",
    )
    _assert_spans_match(TALKS, document)


def test_json_for_several_inputs_is_an_array(run: Run, talks: Path, tmp_path: Path) -> None:
    short = tmp_path / "short.txt"
    short.write_text("No dates here.", encoding="utf-8")
    status, out, _ = run("annotate", talks, short, "--dct", "2023-12-09")
    assert status == 0
    assert [item["path"] for item in json.loads(out)] == [str(talks), str(short)]


def test_jsonl_has_one_line_per_input(run: Run, talks: Path) -> None:
    status, out, _ = run("annotate", "--format", "jsonl", talks, talks, "--dct", "2023-12-09")
    assert status == 0
    assert [json.loads(line)["path"] for line in out.splitlines()] == [str(talks)] * 2


def test_timeml_is_xml_with_docid_dct_and_the_text(run: Run, talks: Path) -> None:
    status, out, _ = run("annotate", "--format", "timeml", talks, "--dct", "2023-12-09")
    root = ET.fromstring(out)
    assert status == 0
    assert root.findtext("DOCID") == "talks"
    dct = root.find("DCT/TIMEX3")
    assert dct is not None
    assert (dct.get("tid"), dct.get("value")) == ("t0", "2023-12-09")
    body = root.find("TEXT")
    assert body is not None
    assert "".join(body.itertext()) == TALKS


def test_text_shows_the_document_and_no_colour_when_piped(run: Run, talks: Path) -> None:
    status, out, _ = run("annotate", "--format", "text", talks, "--dct", "2023-12-09")
    assert status == 0
    assert out.startswith(f"== {talks} | DCT 2023-12-09 (given) ==\n")
    assert "The talks ended" in out
    assert "\x1b" not in out


def test_text_is_coloured_on_a_terminal(
    run: Run, talks: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    class Terminal(io.TextIOWrapper):
        def isatty(self) -> bool:
            return True

    terminal = Terminal(io.BytesIO(), encoding="utf-8")
    monkeypatch.setattr(sys, "stdout", terminal)
    monkeypatch.delenv("NO_COLOR", raising=False)
    assert run("annotate", "--format", "text", talks)[0] == 0
    assert isinstance(terminal.buffer, io.BytesIO)
    assert b"\x1b[" in terminal.buffer.getvalue()


def test_stdin(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    _stdin(monkeypatch, TALKS.encode())
    status, out, _ = run("annotate", "-", "--dct", "2023-12-09")
    document = json.loads(out)
    assert (status, document["path"]) == (0, "<stdin>")
    _assert_spans_match(TALKS, document)


@pytest.mark.parametrize("data", [b"", b"  \n\t\n", b"\xef\xbb\xbf"])
def test_empty_input_is_refused_in_one_line(
    run: Run, monkeypatch: pytest.MonkeyPatch, data: bytes
) -> None:
    _stdin(monkeypatch, data)
    status, out, err = run("annotate", "-")
    assert (status, out) == (2, "")
    assert err.count("\n") == 1 and "empty input" in err


def test_byte_order_mark_is_not_part_of_the_text(run: Run, tmp_path: Path) -> None:
    marked = tmp_path / "bom.txt"
    marked.write_bytes(b"\xef\xbb\xbf" + TALKS.encode())
    status, out, _ = run("annotate", "--format", "timeml", marked)
    body = ET.fromstring(out).find("TEXT")
    assert status == 0 and body is not None
    assert "".join(body.itertext()) == TALKS


def test_output_file(run: Run, talks: Path, tmp_path: Path) -> None:
    out_path = tmp_path / "out.json"
    status, out, _ = run("annotate", talks, "-o", out_path)
    assert (status, out) == (0, "")
    assert json.loads(out_path.read_text(encoding="utf-8"))["path"] == str(talks)


def test_output_file_keeps_the_permissions_of_the_file_it_replaces(
    run: Run, talks: Path, tmp_path: Path
) -> None:
    out_path = tmp_path / "out.json"
    out_path.write_text("old")
    out_path.chmod(0o640)
    assert run("annotate", talks, "-o", out_path)[0] == 0
    assert out_path.stat().st_mode & 0o777 == 0o640


def test_failing_input_leaves_no_output_and_keeps_the_old_one(
    run: Run, talks: Path, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"caf\xe9")
    fresh, existing = tmp_path / "fresh.json", tmp_path / "existing.json"
    existing.write_text("old")
    before = set(tmp_path.iterdir())
    assert run("annotate", talks, broken, "-o", fresh)[0] == 2
    assert run("annotate", talks, broken, "-o", existing)[0] == 2
    assert set(tmp_path.iterdir()) == before
    assert existing.read_text() == "old"


def test_output_directory_gets_one_file_per_input(run: Run, talks: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_text("Nothing to see.")
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    status, out, _ = run("annotate", "--format", "timeml", talks, other, "-o", out_dir)
    assert (status, out) == (0, "")
    assert sorted(path.name for path in out_dir.iterdir()) == ["other.tml", "talks.tml"]
    assert ET.parse(out_dir / "talks.tml").getroot().findtext("DOCID") == "talks"


def test_an_output_that_is_a_directory_stops_everything_before_writing(
    run: Run, talks: Path, tmp_path: Path
) -> None:
    # other.json is a directory: refused before talks.json is written
    other = tmp_path / "other.txt"
    other.write_text("Nothing to see.")
    out_dir = tmp_path / "out"
    (out_dir / "other.json").mkdir(parents=True)
    status, out, err = run("annotate", talks, other, "-o", out_dir)
    assert (status, out) == (2, "")
    assert err == f"chrono: error: {out_dir / 'other.json'}: cannot write (Is a directory)\n"
    assert sorted(path.name for path in out_dir.iterdir()) == ["other.json"]


def test_a_failed_rename_names_the_outputs_already_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    real_replace = os.replace

    def replace_but_the_second(source: str, target: Path) -> None:
        if Path(target) == second:
            raise PermissionError(errno.EACCES, "Permission denied")
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", replace_but_the_second)
    with pytest.raises(OutputError) as raised:
        write_files([(first, "one"), (second, "two")])
    assert str(raised.value) == (
        f"{second}: cannot write (Permission denied); already replaced: {first}"
    )
    assert first.read_text() == "one"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["first.json"]


def test_a_failed_write_replaces_nothing(tmp_path: Path) -> None:
    # every output is written in full before any target is replaced
    first, missing = tmp_path / "first.json", tmp_path / "no-such-dir" / "second.json"
    first.write_text("old")
    with pytest.raises(OutputError, match=r"second\.json: cannot write \(No such file"):
        write_files([(first, "new"), (missing, "new")])
    assert first.read_text() == "old"
    assert list(tmp_path.iterdir()) == [first]


def test_a_trailing_slash_asks_for_an_existing_directory(
    run: Run, talks: Path, tmp_path: Path
) -> None:
    missing = tmp_path / "missing"
    status, out, err = run("annotate", talks, "-o", f"{missing}/")
    assert (status, out) == (2, "")
    assert "no such directory" in err and not missing.exists()


def test_timeml_with_several_inputs_needs_a_directory(run: Run, talks: Path) -> None:
    status, out, err = run("annotate", "--format", "timeml", talks, talks)
    assert (status, out) == (2, "")
    assert err == "chrono: error: timeml holds one input per output: use -o DIRECTORY\n"


def test_two_inputs_with_the_same_name_cannot_share_a_directory(
    run: Run, talks: Path, tmp_path: Path
) -> None:
    (tmp_path / "sub").mkdir()
    twin = tmp_path / "sub" / "talks.txt"
    twin.write_text("x")
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    status, _, err = run("annotate", talks, twin, "-o", out_dir)
    assert status == 2 and "two inputs" in err
    assert list(out_dir.iterdir()) == []


def test_output_never_replaces_an_input(run: Run, talks: Path) -> None:
    status, _, err = run("annotate", talks, "-o", talks)
    assert status == 2 and "would overwrite the input" in err
    assert talks.read_text(encoding="utf-8") == TALKS


# Each bad input: its arguments and how its one error line starts; {dir} is the test's directory,
# where the bad_files fixture has written a.bin, latin.txt and big.
BAD_INPUTS = {
    "missing": (["{dir}/nope.txt"], "{dir}/nope.txt: no such file"),
    "directory": (["{dir}"], "{dir}: is a directory"),
    "binary": (["{dir}/a.bin"], "{dir}/a.bin: binary input (NUL byte at offset 4)"),
    "not-utf8": (["{dir}/latin.txt"], "{dir}/latin.txt: not UTF-8 text (byte 0xe9 at offset 3)"),
    "too-large": (
        ["{dir}/big", "--max-bytes", "10"],
        "{dir}/big: larger than 10 bytes",
    ),
    "bad-dct": (["{dir}/big", "--dct", "someday"], "--dct: cannot read 'someday' as a date"),
    "impossible-dct": (["{dir}/big", "--dct", "2023-02-30"], "--dct: cannot read"),
    "absurd-dct": (["{dir}/big", "--dct", "9999-01-01"], "--dct: date 9999-01-01 is outside"),
    "stdin-twice": (["-", "-"], "<stdin>: standard input given more than once"),
    "unwritable": (
        ["{dir}/big", "-o", "{dir}/no/out.json"],
        "{dir}/no/out.json: cannot write",
    ),
}


@pytest.fixture
def bad_files(tmp_path: Path) -> Path:
    (tmp_path / "a.bin").write_bytes(b"PK\x03\x04\x00\x00")
    (tmp_path / "latin.txt").write_bytes("Café".encode("latin-1"))
    (tmp_path / "big").write_text("x" * 11)
    return tmp_path


@pytest.mark.parametrize("case", BAD_INPUTS)
def test_bad_input_is_one_error_line_and_status_2(run: Run, bad_files: Path, case: str) -> None:
    args, message = BAD_INPUTS[case]
    status, out, err = run("annotate", *(arg.format(dir=bad_files) for arg in args))
    assert (status, out) == (2, "")
    assert err.startswith("chrono: error: " + message.format(dir=bad_files))
    assert err.count("\n") == 1 and err.endswith("\n")


def test_bad_input_after_good_ones_writes_nothing_to_stdout(run: Run, talks: Path) -> None:
    status, out, _ = run("annotate", talks, talks.with_name("missing.txt"))
    assert (status, out) == (2, "")


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["annotate"],
        ["annotate", "--format", "yaml", "x"],
        ["annotate", "--max-bytes", "0", "x"],
        ["annotate", "--max-bytes", "9" * 30, "x"],
        ["annotate", "--fo", "text", "x"],
    ],
    ids=["no-command", "no-file", "unknown-format", "zero-limit", "huge-limit", "abbreviated"],
)
def test_usage_errors_are_one_line_and_exit_2(run: Run, args: list[str]) -> None:
    status, out, err = run(*args)
    assert (status, out) == (2, "")
    assert err.startswith("chrono: error: ")
    assert err.count("\n") == 1
    assert err.rstrip().endswith("--help')")


def test_version_is_printed(run: Run) -> None:
    status, out, _ = run("--version")
    assert status == 0
    assert out.startswith("chrono ")


def test_help_exits_0(run: Run) -> None:
    status, out, _ = run("annotate", "--help")
    assert status == 0
    assert "-o DIRECTORY" in out


def test_interrupt_exits_130_quietly(
    run: Run, talks: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("chrono.cli._annotating.annotate", interrupted)
    assert run("annotate", talks) == (130, "", "")


def test_a_subcommand_is_a_register_function_in_commands(
    run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    def register(subparsers: cli._command.Subparsers) -> None:
        subparsers.add_parser("hello").set_defaults(run=lambda args: 7)

    monkeypatch.setattr(cli, "COMMANDS", (*cli.COMMANDS, register))
    assert run("hello")[0] == 7


def _chrono(
    *args: str, stdin: bytes = b"", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    """`python -m chrono ARGS` in a fresh process, as a user runs it."""
    return subprocess.run(
        [sys.executable, "-m", "chrono", *args],
        input=stdin,
        capture_output=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
        check=False,
    )


def test_process_reports_bad_input_without_traceback(tmp_path: Path) -> None:
    result = _chrono("annotate", str(tmp_path / "missing.txt"))
    assert result.returncode == 2
    assert result.stdout == b""
    assert result.stderr.decode().splitlines() == [
        f"chrono: error: {tmp_path / 'missing.txt'}: no such file"
    ]


@pytest.mark.parametrize("fmt", ["text", "timeml"])
def test_output_depends_on_neither_locale_nor_time_zone(fmt: str) -> None:
    text = "Le café a fermé on Friday, 8 December 2023.\n".encode()
    outputs = {
        _chrono("annotate", "--format", fmt, "-", "--dct", "2023-12-09", stdin=text, env=env).stdout
        for env in ({"TZ": "UTC", "LC_ALL": "C.UTF-8"}, {"TZ": "Pacific/Kiritimati", "LC_ALL": "C"})
    }
    assert len(outputs) == 1
    assert "café".encode() in outputs.pop()


def test_closed_pipe_ends_quietly() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "chrono", "annotate", "--format", "text", "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert process.stdin is not None and process.stdout is not None
    process.stdout.close()  # the reader is gone before chrono writes anything
    _, err = process.communicate(TALKS.encode() * 20_000)
    assert (process.returncode, err) == (141, b"")


def test_error_line_stays_one_line_for_a_file_name_with_a_newline(run: Run, tmp_path: Path) -> None:
    status, _, err = run("annotate", tmp_path / "two\nlines.txt")
    assert status == 2
    assert err == f"chrono: error: {tmp_path}/two lines.txt: no such file\n"


def test_an_iso_shaped_but_impossible_dct_is_an_error(run: Run, talks: Path) -> None:
    status, out, err = run("annotate", talks, "--dct", "2023-13-01")
    assert (status, out) == (2, "")
    assert err.count("\n") == 1 and "2023-13-01" in err


def test_output_through_a_link_replaces_the_file_it_points_to(
    run: Run, talks: Path, tmp_path: Path
) -> None:
    target, link = tmp_path / "target.json", tmp_path / "link.json"
    target.write_text("old")
    link.symlink_to(target)
    assert run("annotate", talks, "-o", link)[0] == 0
    assert link.is_symlink()
    assert json.loads(target.read_text(encoding="utf-8"))["path"] == str(talks)


@pytest.mark.skipif(not Path(os.devnull).is_char_device(), reason="no character-device null")
def test_output_to_a_device_writes_to_it_and_leaves_it_a_device(run: Run, talks: Path) -> None:
    assert run("annotate", talks, "-o", os.devnull)[0] == 0
    assert Path(os.devnull).is_char_device()


def test_an_empty_output_path_is_refused(run: Run, talks: Path) -> None:
    status, out, err = run("annotate", talks, "-o", "")
    assert (status, out, err) == (2, "", "chrono: error: -o: empty path\n")


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full on this system")
def test_a_full_stdout_is_one_line_and_exit_2(talks: Path) -> None:
    with open("/dev/full", "wb") as full:
        result = subprocess.run(
            [sys.executable, "-m", "chrono", "annotate", str(talks)],
            stdout=full,
            stderr=subprocess.PIPE,
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            check=False,
        )
    assert result.returncode == 2
    assert result.stderr.decode() == (
        "chrono: error: standard output: cannot write (No space left on device)\n"
    )


@pytest.mark.skipif(sys.platform != "linux", reason="file names as raw bytes")
def test_a_file_name_that_is_not_utf8_is_escaped(tmp_path: Path) -> None:
    name = os.fsdecode(bytes(tmp_path / "bad") + b"\xff.txt")
    Path(name).write_text(TALKS, encoding="utf-8")
    result = _chrono("annotate", name)
    assert result.returncode == 0
    assert json.loads(result.stdout)["path"] == name  # a JSON escape of the stray byte
    missing = _chrono("annotate", name + "x")
    assert missing.returncode == 2
    assert missing.stderr.decode().count("\n") == 1
    assert "Traceback" not in missing.stderr.decode()
