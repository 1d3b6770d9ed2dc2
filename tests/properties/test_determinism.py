"""The output depends only on the text and the anchor: not on the clock, not on the time zone.

Style rule 1: below the CLI nothing reads the clock. We check it from outside: the same texts are
annotated here, in this process under other TZ values and a patched `time.time`, and in subprocesses
whose clock (time.*, datetime.date.today, datetime.datetime.now) is faked to another century before
chrono (and dateparser) are imported.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from unittest import mock

import pytest

from chrono import annotate

REPO = Path(__file__).resolve().parents[2]

TEXTS = (
    "The company said on Friday that profits rose 3 percent from a year ago.",
    "Yesterday the plant closed; it will reopen next month, three years after it first opened.",
    "WASHINGTON, Dec. 9, 2023 (AP) - Talks will resume in January, officials said last week.",
    "The meeting starts at 3 p.m. tomorrow and ends at midnight; the vote is Tuesday morning.",
    "Sales fell in the third quarter of 2014, rose in the 1990s and peaked in the 19th century.",
    "Now is the time: recently prices rose every Monday, and this weekend they may fall.",
    "The talks, due on 12/09/2023, were postponed until the spring, two weeks from now.",
    "Today, more than seven years ago, in five days, the following year, earlier this month.",
    "It was 11:45 p.m. on New Year's Eve, 45 days before the election and a decade after the war.",
    "The office will close later this year and reopen at the end of next quarter.",
)
DCTS: tuple[str | None, ...] = ("2023-12-09", "1999-12-31", "2024-02-29", None)
CASES = [(text, dct) for text in TEXTS for dct in DCTS]

# UTC+14 and UTC-12 by name, and a POSIX rule (UTC+5:45, with summer time) no zoneinfo file names:
# libraries that insist on a zoneinfo name (tzlocal) fail on it, and chrono must not call them.
ZONES = ("Pacific/Kiritimati", "Etc/GMT+12", "NPT-5:45NPST,M3.5.0,M10.5.0")
FAKE_NOWS = ("2087-06-15T23:59:30", "1971-01-01T00:00:05")

_CHILD = r"""
import datetime as _dt
import json
import os
import sys
import time as _time

_fake = os.environ.get("CHRONO_FAKE_NOW")
if _fake:
    _real_date, _real_datetime = _dt.date, _dt.datetime
    _now = _real_datetime.fromisoformat(_fake)
    _stamp = _now.timestamp()

    class _DateMeta(type):
        def __instancecheck__(cls, obj):
            return isinstance(obj, _real_date)

        def __subclasscheck__(cls, sub):
            return issubclass(sub, _real_date)

    class _DateTimeMeta(_DateMeta):
        def __instancecheck__(cls, obj):
            return isinstance(obj, _real_datetime)

        def __subclasscheck__(cls, sub):
            return issubclass(sub, _real_datetime)

    class _FakeDate(_real_date, metaclass=_DateMeta):
        @classmethod
        def today(cls):
            return _real_date(_now.year, _now.month, _now.day)

    class _FakeDateTime(_real_datetime, metaclass=_DateTimeMeta):
        @classmethod
        def now(cls, tz=None):
            return _real_datetime.fromtimestamp(_stamp, tz)

        @classmethod
        def today(cls):
            return _real_datetime.fromtimestamp(_stamp)

        @classmethod
        def utcnow(cls):
            return _real_datetime.fromtimestamp(_stamp, _dt.timezone.utc).replace(tzinfo=None)

    _dt.date, _dt.datetime = _FakeDate, _FakeDateTime
    _real_localtime, _real_gmtime = _time.localtime, _time.gmtime
    _time.time = lambda: _stamp
    _time.time_ns = lambda: int(_stamp * 1e9)
    _time.localtime = lambda secs=None: _real_localtime(_stamp if secs is None else secs)
    _time.gmtime = lambda secs=None: _real_gmtime(_stamp if secs is None else secs)

from chrono import annotate

cases = json.load(sys.stdin)
json.dump([annotate(text, dct).to_dict() for text, dct in cases], sys.stdout)
"""


def _annotate_all() -> list[dict[str, Any]]:
    return [annotate(text, dct).to_dict() for text, dct in CASES]


@pytest.fixture(scope="module")
def baseline() -> list[dict[str, Any]]:
    return _annotate_all()


@pytest.fixture
def restore_tz() -> Iterator[None]:
    saved = os.environ.get("TZ")
    yield
    if saved is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = saved
    time.tzset()


def _first_difference(expected: list[dict[str, Any]], actual: list[dict[str, Any]]) -> str:
    for (text, dct), want, got in zip(CASES, expected, actual, strict=True):
        if want != got:
            return f"{text!r} with dct {dct}:\n  usual:   {want}\n  changed: {got}"
    return ""


@pytest.mark.usefixtures("restore_tz")
@pytest.mark.parametrize("zone", ZONES)
def test_same_output_under_another_time_zone_and_clock(
    zone: str, baseline: list[dict[str, Any]]
) -> None:
    os.environ["TZ"] = zone
    time.tzset()
    with mock.patch("time.time", return_value=3_400_000_000.0):  # in the year 2077
        changed = _annotate_all()
    assert changed == baseline, _first_difference(baseline, changed)


@pytest.mark.parametrize(("zone", "fake_now"), list(zip(ZONES, (*FAKE_NOWS, None), strict=True)))
def test_same_output_in_a_process_with_another_time_zone_and_clock(
    zone: str, fake_now: str | None, baseline: list[dict[str, Any]]
) -> None:
    env = {
        **os.environ,
        "TZ": zone,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])),
    }
    env.pop("CHRONO_FAKE_NOW", None)
    if fake_now:
        env["CHRONO_FAKE_NOW"] = fake_now
    child = subprocess.run(
        [sys.executable, "-c", _CHILD],
        input=json.dumps(CASES),
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=120,
        check=False,
    )
    assert child.returncode == 0, child.stderr[-3000:]
    changed = json.loads(child.stdout)
    assert changed == baseline, _first_difference(baseline, changed)
