"""Human-readable output: the text with each expression marked as [expression]{TYPE value},
then the document's flags. The terminal variant adds ANSI colour; the layout stays the same, so
what a user sees on screen is what `grep` sees in a pipe."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from chrono.model import Flag, Severity, Timex, TimexType
from chrono.writers.base import NamedDocument, evidence_line, flag_line, segments


@dataclass(frozen=True, slots=True)
class _Palette:
    """SGR codes per part of the output; an empty code leaves that part unpainted."""

    types: Mapping[TimexType, str]
    value: str
    heading: str
    severities: Mapping[Severity, str]
    shows_controls: bool = False


_PLAIN = _Palette(types={}, value="", heading="", severities={})
_ANSI = _Palette(
    types={
        TimexType.DATE: "1;32",
        TimexType.TIME: "1;35",
        TimexType.DURATION: "1;33",
        TimexType.SET: "1;34",
    },
    value="2",
    heading="1",
    severities={Severity.INFO: "34", Severity.WARNING: "33", Severity.ERROR: "1;31"},
    shows_controls=True,
)
# Control characters other than tab, newline and return, which a terminal would obey ('\x1b[2J'
# clears it): on a terminal they are shown as escapes instead.
_CONTROLS = {
    code: f"\\x{code:02x}"
    for code in (*range(0x20), *range(0x7F, 0xA0))
    if chr(code) not in "\t\n\r"
}


def render(docs: Sequence[NamedDocument]) -> str:
    """Plain text, for files and pipes."""
    return _render(docs, _PLAIN)


def render_coloured(docs: Sequence[NamedDocument]) -> str:
    """The same text with ANSI colour, for a terminal."""
    return _render(docs, _ANSI)


def _render(docs: Sequence[NamedDocument], palette: _Palette) -> str:
    return "\n".join(_document(named, palette) for named in docs)


def _document(named: NamedDocument, palette: _Palette) -> str:
    doc = named.doc
    anchor = f"DCT {doc.dct.isoformat()} ({doc.dct_source.value})" if doc.dct else "no DCT"
    heading = _paint(palette.heading, f"== {named.path} | {anchor} ==")
    pieces = (
        (piece.translate(_CONTROLS) if palette.shows_controls else piece, timex)
        for piece, timex in segments(doc)
    )
    body = "".join(
        piece if timex is None else _marked(piece, timex, palette) for piece, timex in pieces
    )
    parts = [heading + "\n", body if body.endswith("\n") or not body else body + "\n"]
    if doc.flags:
        parts.append("\n" + _paint(palette.heading, "Flags") + "\n")
        parts.extend(_flag(flag, palette) for flag in doc.flags)
    return "".join(parts)


def _marked(piece: str, timex: Timex, palette: _Palette) -> str:
    details = [timex.type.value, timex.value]
    details += [
        f"{name}={value}"
        for name, value in (
            ("mod", timex.mod.value if timex.mod else None),
            ("quant", timex.quant),
            ("freq", timex.freq),
        )
        if value is not None
    ]
    label = "{" + " ".join(details) + "}"
    return _paint(palette.types.get(timex.type, ""), f"[{piece}]") + _paint(palette.value, label)


def _flag(flag: Flag, palette: _Palette) -> str:
    severity = _paint(palette.severities.get(flag.severity, ""), flag.severity.value)
    lines = [f"- {flag_line(flag, severity)}", *map(evidence_line, flag.evidence)]
    return "\n".join(lines) + "\n"


def _paint(code: str, text: str) -> str:
    return f"\x1b[{code}m{text}\x1b[0m" if code else text
