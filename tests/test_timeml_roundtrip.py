"""TimeML reading: hand-checked offsets, and the writer/reader round trip as a property.

What render_timeml writes, read_timeml must read back unchanged: the same raw text (so offsets
agree), the same spans, types, values and mods. This is what lets `chrono eval` trust offsets.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chrono.errors import InputError
from chrono.model import DctSource, Document, Mod, Timex, TimexType
from chrono.timeml import TimemlError, read_timeml
from chrono.writers.timeml import render_timeml

SAMPLE = (
    '<?xml version="1.0" ?>\n<TimeML>\n<DOCID>d1</DOCID>\n'
    '<DCT><TIMEX3 tid="t0" type="TIME" value="1998-12-05T09:42"'
    ' functionInDocument="CREATION_TIME">12/05/1998 09:42:00</TIMEX3></DCT>\n'
    "<TITLE>not part of the text</TITLE>\n"
    '<TEXT>\nAT&amp;T <EVENT eid="e1" class="REPORTING">said</EVENT> <SIGNAL sid="s1">on</SIGNAL>'
    ' <TIMEX3 tid="t1" type="DATE" value="1998-12-04">Friday</TIMEX3> &lt;sic&gt; it would'
    ' <TIMEX3 tid="t2" type="DURATION" value="P2Y" mod="MORE_THAN">more than two years</TIMEX3>'
    "</TEXT>\n</TimeML>\n"
)


def test_reader_removes_tags_and_decodes_entities_before_counting_offsets() -> None:
    gold = read_timeml(SAMPLE)
    assert gold.text == "\nAT&T said on Friday <sic> it would more than two years"
    assert gold.doc_id == "d1"
    assert (gold.dct, gold.dct_value) == (date(1998, 12, 5), "1998-12-05T09:42")
    friday, years = gold.timexes
    assert (friday.tid, friday.start, friday.end, friday.text) == ("t1", 14, 20, "Friday")
    assert (friday.type, friday.value, friday.mod) == (TimexType.DATE, "1998-12-04", None)
    assert (years.start, years.end) == (36, 55)
    assert (years.type, years.value, years.mod) == (TimexType.DURATION, "P2Y", Mod.MORE_THAN)


def test_reader_takes_a_path_and_falls_back_to_the_file_name_for_the_id(tmp_path: Path) -> None:
    path = tmp_path / "doc7.tml"
    path.write_text(SAMPLE.replace("<DOCID>d1</DOCID>", ""), encoding="utf-8")
    assert read_timeml(path).doc_id == "doc7"
    assert read_timeml(str(path)).text == read_timeml(SAMPLE).text


@pytest.mark.parametrize(
    "content",
    [
        "plain text, not XML",
        "<html><body>no TimeML here</body></html>",
        "<TimeML><DOCID>x</DOCID></TimeML>",
        '<TimeML><TEXT><TIMEX3 tid="t1" type="DAY" value="X">a</TIMEX3></TEXT></TimeML>',
        '<TimeML><TEXT><TIMEX3 tid="t1" type="DATE">a</TIMEX3></TEXT></TimeML>',
    ],
)
def test_reader_refuses_what_is_not_timeml(tmp_path: Path, content: str) -> None:
    path = tmp_path / "bad.tml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(TimemlError, match=r"bad\.tml: not TimeML"):
        read_timeml(path)


def test_reader_reports_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_timeml(tmp_path / "missing.tml")


# XML 1.0 cannot carry C0 controls other than tab, newline and carriage return, surrogates, or
# U+FFFE/U+FFFF; the writer replaces those, so the round trip is promised for everything else.
_XML_CHARACTERS = st.characters(
    codec="utf-8", exclude_categories=("Cs", "Cc"), exclude_characters="\ufffe\uffff"
) | st.sampled_from("\t\n\r&<>\"'")
_TEXTS = st.text(_XML_CHARACTERS, max_size=80)


@st.composite
def documents(draw: st.DrawFn) -> Document:
    """A random text with random non-overlapping, non-empty (possibly adjacent) timex spans."""
    text = draw(_TEXTS)
    timexes: list[Timex] = []
    position = 0
    while position < len(text) and draw(st.booleans()):
        start = position + draw(st.integers(0, len(text) - position - 1))
        end = start + draw(st.integers(1, len(text) - start))
        timexes.append(
            Timex(
                id=f"t{len(timexes) + 1}",
                start=start,
                end=end,
                text=text[start:end],
                type=draw(st.sampled_from(TimexType)),
                value=draw(_TEXTS),
                mod=draw(st.none() | st.sampled_from(Mod)),
            )
        )
        position = end
    dct = draw(st.none() | st.dates(date(1000, 1, 1), date(2999, 12, 31)))
    source = DctSource.NONE if dct is None else DctSource.GIVEN
    return Document(text, dct, source, tuple(timexes))


@settings(max_examples=300, deadline=None)
@given(documents(), st.from_regex(r"[A-Za-z0-9_.-]{1,20}", fullmatch=True))
def test_render_then_read_gives_back_the_document(doc: Document, doc_id: str) -> None:
    gold = read_timeml(render_timeml(doc, doc_id))
    assert gold.text == doc.text
    assert gold.doc_id == doc_id
    assert gold.dct == doc.dct
    assert [(t.start, t.end, t.type, t.value, t.mod) for t in gold.timexes] == [
        (t.start, t.end, t.type, t.value, t.mod) for t in doc.timexes
    ]
