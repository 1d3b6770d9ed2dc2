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
        sys.stdout.flush()
    except SystemExit as stop:
        return stop.code if isinstance(stop.code, int) else EXIT_ERROR
    except ChronoError as error:
        message = " ".join(str(error).splitlines())  # a file name may hold a newline
        print(f"chrono: error: {message}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _discard_stdout()
        return EXIT_BROKEN_PIPE
    return status


def _discard_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush cannot fail again and print."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    # A stdout that is no real file (captured in tests) has no final flush to the pipe either.
    with contextlib.suppress(OSError, ValueError):
        os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
