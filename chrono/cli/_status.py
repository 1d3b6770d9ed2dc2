"""How a command's outcome becomes an exit status. A user's mistake is one line on stderr,
never a traceback; an interrupt or a closed pipe ends the command quietly."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable

from chrono.errors import ChronoError

EXIT_OK = 0
EXIT_ERROR = 2
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141


def guarded(action: Callable[[], int]) -> int:
    """Run `action` and return its exit status, turning errors into statuses."""
    try:
        status = action()
        if sys.stdout is not None:
            sys.stdout.flush()
    except SystemExit as stop:
        return stop.code if isinstance(stop.code, int) else EXIT_ERROR
    except ChronoError as error:
        _say(str(error))
        return EXIT_ERROR
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _discard_stdout()
        return EXIT_BROKEN_PIPE
    except OSError as error:  # what no check foresaw, such as a path too long for the system
        where = f"{error.filename}: " if error.filename else ""
        _say(f"{where}{error.strerror or error}")
        return EXIT_ERROR
    return status


def warn(message: str) -> None:
    """A warning that does not stop the command, as one line on stderr."""
    _say(message, "warning")


def _say(message: str, level: str = "error") -> None:
    """One line on stderr: a newline in a file name is folded, and bytes that were not UTF-8
    in a name are shown as escapes."""
    line = " ".join(message.splitlines())
    if sys.stderr is not None:
        said = f"chrono: {level}: {line}".encode("utf-8", "backslashreplace").decode()
        print(said, file=sys.stderr)


def _discard_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush cannot fail again and print."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    # A stdout that is no real file (captured in tests) has no final flush to the pipe either.
    with contextlib.suppress(OSError, ValueError):
        os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
