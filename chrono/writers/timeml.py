"""TimeML output in the TempEval-3 .tml layout: DOCID, the DCT as TIMEX3 t0, and the text with
inline TIMEX3 tags. The characters inside <TEXT> are the document's text, so a TimeML reader
recovers the same offsets; this is what the evaluation round trip relies on."""

from __future__ import annotations

import re
from collections.abc import Sequence
from xml.sax.saxutils import escape

from chrono.model import Document, Timex
from chrono.writers.base import NamedDocument, segments

DCT_ID = "t0"

_ROOT = (
    '<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
    ' xsi:noNamespaceSchemaLocation="http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd">'
)

# Characters XML 1.0 forbids even as references; one replacement character each keeps offsets.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

# A parser turns "\r\n" and "\r" into "\n"; a reference keeps the carriage return, and the offsets.
_TEXT_ENTITIES = {"\r": "&#13;"}
_ATTRIBUTE_ENTITIES = {'"': "&quot;", "\r": "&#13;", "\n": "&#10;", "\t": "&#9;"}


def render_timeml(doc: Document, doc_id: str) -> str:
    """One TimeML document; without a DCT the DCT element is left out rather than invented."""
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', _ROOT, f"<DOCID>{_text(doc_id)}</DOCID>"]
    if doc.dct is not None:
        day = doc.dct.isoformat()
        lines.append(
            f'<DCT><TIMEX3 tid="{DCT_ID}" type="DATE" value="{day}"'
            f' functionInDocument="CREATION_TIME">{day}</TIMEX3></DCT>'
        )
    body = "".join(
        _text(piece) if timex is None else _tagged(piece, timex, doc)
        for piece, timex in segments(doc)
    )
    lines += [f"<TEXT>{body}</TEXT>", "</TimeML>", ""]
    return "\n".join(lines)


def render(docs: Sequence[NamedDocument]) -> str:
    """The writer entry point; a TimeML file holds exactly one document."""
    (named,) = docs
    return render_timeml(named.doc, named.doc_id)


def _tagged(piece: str, timex: Timex, doc: Document) -> str:
    attributes = {
        "tid": timex.id,
        "type": timex.type.value,
        "value": timex.value,
        "mod": timex.mod.value if timex.mod else None,
        "quant": timex.quant,
        "freq": timex.freq,
        "anchorTimeID": _anchor_id(timex, doc),
    }
    rendered = "".join(
        f' {name}="{_attribute(value)}"' for name, value in attributes.items() if value is not None
    )
    return f"<TIMEX3{rendered}>{_text(piece)}</TIMEX3>"


def _anchor_id(timex: Timex, doc: Document) -> str | None:
    """The tid the value was computed from: t0 for the DCT, another timex's id for the narrative."""
    if timex.anchor == "dct":
        return DCT_ID if doc.dct is not None else None
    return timex.anchor


def _text(raw: str) -> str:
    return escape(_NOT_XML.sub("\ufffd", raw), _TEXT_ENTITIES)


def _attribute(raw: str) -> str:
    return escape(_NOT_XML.sub("\ufffd", raw), _ATTRIBUTE_ENTITIES)
