"""Read a TimeML (.tml) document: its raw text, its DCT and its gold TIMEX3 annotations.

The raw text is the content of <TEXT> with every tag removed and every entity decoded, exactly
what TempEval-3 systems are given; gold offsets index that string, so they can be compared with
the offsets `chrono.annotate` reports for the same text.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from chrono.errors import ChronoError, InputError
from chrono.model import Mod, TimexType


class TimemlError(ChronoError):
    """A file that is not a TimeML document this reader can score against."""


@dataclass(frozen=True, slots=True)
class GoldTimex:
    """One gold TIMEX3 inside <TEXT>, located by character offsets in the raw text."""

    tid: str
    start: int
    end: int
    text: str
    type: TimexType
    value: str
    mod: Mod | None = None


@dataclass(frozen=True, slots=True)
class GoldDocument:
    """A TimeML document as an evaluation needs it: the text a system sees and the answers.

    `dct` is the day of the creation time; `dct_value` keeps the TIMEX3 value as written
    (TimeBank sometimes gives a clock time, e.g. 1998-12-05T09:42).
    """

    doc_id: str
    text: str
    dct: date | None
    dct_value: str | None
    timexes: tuple[GoldTimex, ...]


def read_timeml(path_or_text: str | Path) -> GoldDocument:
    """Read a .tml file, or TimeML given as a string (recognised by its leading '<').

    Raises InputError for a file that cannot be read and TimemlError for one that is not TimeML.
    """
    if isinstance(path_or_text, str) and path_or_text.lstrip().startswith("<"):
        return _parse(path_or_text, "<string>", "")
    path = Path(path_or_text)
    try:
        data = path.read_bytes()  # bytes: the parser, not Python, decodes and handles newlines
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror or error})") from None
    return _parse(data, str(path), path.stem)


def _parse(data: str | bytes, label: str, fallback_id: str) -> GoldDocument:
    try:
        root = ET.fromstring(data)
    except ET.ParseError as error:
        raise TimemlError(f"{label}: not TimeML (XML error: {error})") from None
    body = root.find("TEXT")
    if root.tag != "TimeML" or body is None:
        raise TimemlError(f"{label}: not TimeML (no <TimeML> root with a <TEXT> element)")
    raw = _RawText()
    _walk(body, raw)
    text = "".join(raw.pieces)
    timexes = sorted(
        (
            _gold_timex(element, start, end, text[start:end], label)
            for element, start, end in raw.tagged
        ),
        key=lambda timex: (timex.start, timex.end),
    )
    doc_id = (root.findtext("DOCID") or "").strip() or fallback_id
    dct_value = _dct_value(root)
    return GoldDocument(doc_id, text, _dct_day(dct_value, label), dct_value, tuple(timexes))


class _RawText:
    """The raw text as it is collected, and the offsets of every TIMEX3 element in it."""

    def __init__(self) -> None:
        self.pieces: list[str] = []
        self.length = 0
        self.tagged: list[tuple[ET.Element, int, int]] = []

    def add(self, piece: str | None) -> None:
        if piece:
            self.pieces.append(piece)
            self.length += len(piece)


def _walk(element: ET.Element, raw: _RawText) -> None:
    """Collect the element's text without its tags, noting where each TIMEX3 starts and ends."""
    start = raw.length
    raw.add(element.text)
    for child in element:
        _walk(child, raw)
        raw.add(child.tail)
    if element.tag == "TIMEX3":
        raw.tagged.append((element, start, raw.length))


def _gold_timex(element: ET.Element, start: int, end: int, text: str, label: str) -> GoldTimex:
    where = f"{label}: not TimeML (TIMEX3 {element.get('tid') or '?'}"
    raw_type, value, raw_mod = element.get("type", ""), element.get("value"), element.get("mod")
    if value is None:
        raise TimemlError(f"{where} has no value)")
    try:
        timex_type = TimexType(raw_type)
        mod = Mod(raw_mod) if raw_mod else None
    except ValueError:
        raise TimemlError(f"{where} has type {raw_type!r}, mod {raw_mod!r})") from None
    return GoldTimex(element.get("tid", ""), start, end, text, timex_type, value, mod)


def _dct_value(root: ET.Element) -> str | None:
    """The value of the TIMEX3 whose functionInDocument is CREATION_TIME (normally in <DCT>)."""
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            return timex.get("value")
    return None


def _dct_day(value: str | None, label: str) -> date | None:
    if value is None:
        return None
    try:
        return datetime.fromisoformat(value).date()
    except ValueError:
        raise TimemlError(
            f"{label}: not TimeML (creation time {value!r} is not an ISO 8601 date)"
        ) from None
