"""Reading inputs and writing outputs for every subcommand: inputs are checked to be UTF-8 text
of bounded size, files are written in full before any is replaced, and stdout gets UTF-8
whatever the locale."""

from __future__ import annotations

import argparse
import contextlib
import errno
import os
import sys
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from chrono.errors import ChronoError, InputError

STDIN = "-"
STDIN_LABEL = "<stdin>"
DEFAULT_MAX_BYTES = 64 * 1024 * 1024
_CHUNK = 1024 * 1024


class OutputError(ChronoError):
    """An output that cannot be written where the user asked."""


@dataclass(frozen=True, slots=True)
class Source:
    """An input's text and the name errors and outputs call it by."""

    label: str
    text: str


def add_input_options(parser: argparse.ArgumentParser) -> None:
    """The `--max-bytes` option, so every subcommand bounds its inputs the same way."""
    parser.add_argument(
        "--max-bytes",
        type=_positive_int,
        default=DEFAULT_MAX_BYTES,
        metavar="N",
        help=f"refuse an input larger than N bytes (default {DEFAULT_MAX_BYTES}, i.e. 64 MiB)",
    )


def read_inputs(names: Sequence[str], max_bytes: int) -> list[Source]:
    """Every input, read and checked before the caller produces any output."""
    if list(names).count(STDIN) > 1:
        raise InputError(f"{STDIN_LABEL}: standard input given more than once")
    return [read_input(name, max_bytes) for name in names]


def read_input(name: str, max_bytes: int) -> Source:
    """One input as text; `-` is standard input."""
    label = STDIN_LABEL if name == STDIN else name
    return Source(label, decode_text(_read_bytes(name, label, max_bytes), label))


def decode_text(data: bytes, label: str) -> str:
    """The bytes as UTF-8 text (a leading byte order mark dropped); NUL bytes mean binary data,
    and a text of only white space is refused: there is nothing to annotate, which in a batch
    usually means a truncated or wrong file."""
    nul = data.find(b"\0")
    if nul >= 0:
        raise InputError(f"{label}: binary input (NUL byte at offset {nul})")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        byte = data[error.start]
        raise InputError(
            f"{label}: not UTF-8 text (byte 0x{byte:02x} at offset {error.start})"
        ) from None
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise InputError(f"{label}: empty input (no text to annotate)")
    return text


def write_files(outputs: Sequence[tuple[Path, str]]) -> None:
    """Write every file, replacing as few as a failure allows.

    Each output is first written in full to a temporary file beside its target, so a failure
    while writing (a full disk, a missing directory) replaces nothing. Only then are the targets
    renamed into place, one by one: each rename is atomic, the set is not, so should a rename
    fail, the targets renamed before it stay replaced and the error names them; a target that
    is a directory is refused before anything is written. No temporary file is left behind. A
    symbolic link is followed, so the file it points to is replaced; a target that is no
    regular file (/dev/null, a named pipe) is written in place, as a rename would put a file
    where the device was."""
    staged: list[tuple[str, Path]] = []
    in_place: list[tuple[Path, str]] = []
    try:
        for path, content in outputs:
            with _writing(path):
                target = Path(os.path.realpath(path))  # a link keeps pointing at its file
                if target.is_dir():
                    raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR))
                if target.exists() and not target.is_file():
                    in_place.append((target, content))  # a device or a pipe: /dev/null, a FIFO
                else:
                    staged.append((_stage(target, content), target))
        for target, content in in_place:
            with _writing(target), open(target, "wb") as stream:
                stream.write(_encoded(content))
        replaced: list[Path] = []
        for temporary, path in staged:
            with _writing(path, replaced):
                os.replace(temporary, path)
            replaced.append(path)
    finally:
        for temporary, _ in staged:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temporary)


def write_stdout(content: str) -> None:
    """`content` on stdout as UTF-8, independent of the locale's encoding, in full or not at
    all quietly: a short write (an unbuffered or non-blocking stdout) is carried on, and a
    failure (a full disk, a closed stdout) is an OutputError. A closed pipe is left to the
    caller, which ends quietly."""
    if sys.stdout is None:
        raise OutputError("standard output is closed")
    try:
        sys.stdout.flush()
        with contextlib.suppress(OSError, ValueError):
            os.set_blocking(sys.stdout.fileno(), True)
        data = memoryview(_encoded(content))
        while data:
            written = sys.stdout.buffer.write(data)
            data = data[written or 0 :]
        sys.stdout.buffer.flush()
    except BrokenPipeError:
        raise
    except OSError as error:
        raise OutputError(f"standard output: cannot write ({error.strerror or error})") from None


def stdout_is_terminal() -> bool:
    """Whether stdout is a terminal that wants colour (NO_COLOR, see no-color.org, says not)."""
    return sys.stdout is not None and sys.stdout.isatty() and not os.environ.get("NO_COLOR")


def _read_bytes(name: str, label: str, max_bytes: int) -> bytes:
    try:
        if name == STDIN:
            if sys.stdin is None:
                raise InputError(f"{label}: standard input is closed")
            data = _read_at_most(sys.stdin.buffer, max_bytes + 1)
        else:
            with open(name, "rb") as stream:
                data = _read_at_most(stream, max_bytes + 1)
    except FileNotFoundError:
        raise InputError(f"{label}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{label}: is a directory") from None
    except PermissionError:
        raise InputError(f"{label}: permission denied") from None
    except OSError as error:
        raise InputError(f"{label}: cannot read ({error.strerror or error})") from None
    if len(data) > max_bytes:
        raise InputError(f"{label}: larger than {max_bytes} bytes (see --max-bytes)")
    return data


def _read_at_most(stream: BinaryIO, limit: int) -> bytes:
    """Up to `limit` bytes, read in chunks: a large limit allocates nothing up front."""
    chunks: list[bytes] = []
    remaining = limit
    while remaining > 0:
        chunk = stream.read(min(remaining, _CHUNK))
        if not chunk:
            break
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)


def _encoded(content: str) -> bytes:
    """UTF-8; a file name that was not UTF-8 (its bytes kept as surrogates) is written with
    backslash escapes rather than failing."""
    return content.encode("utf-8", "backslashreplace")


def _stage(path: Path, content: str) -> str:
    """A temporary file in the target's directory (so the rename is atomic) holding `content`."""
    descriptor, temporary = tempfile.mkstemp(
        prefix=f".{path.name}.", suffix=".tmp", dir=path.parent
    )
    try:
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(_encoded(content))
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, _mode_for(path))
    except BaseException:
        os.unlink(temporary)
        raise
    return temporary


@contextlib.contextmanager
def _writing(path: Path, replaced: Sequence[Path] = ()) -> Iterator[None]:
    """An OSError as one OutputError line, naming the outputs `replaced` before it."""
    try:
        yield
    except OSError as error:
        done = f"; already replaced: {', '.join(map(str, replaced))}" if replaced else ""
        raise OutputError(f"{path}: cannot write ({error.strerror or error}){done}") from None


def _mode_for(path: Path) -> int:
    """An existing file's permissions, else what the umask grants a new file (mkstemp uses 0600)."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _positive_int(raw: str) -> int:
    try:
        value = int(raw)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {raw!r}") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"must be positive: {raw!r}")
    if value > sys.maxsize - 1:
        raise argparse.ArgumentTypeError(f"too large: {raw[:40]!r}")
    return value
