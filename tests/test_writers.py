"""The writers, on hand-built documents: they must format exactly what the Document says."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from datetime import date

import pytest

from chrono.model import (
    DctSource,
    Document,
    Evidence,
    Flag,
    Mod,
    Severity,
    Timex,
    TimexType,
)
from chrono.writers import WRITERS, NamedDocument, jsonl, render_timeml, text
from chrono.writers import json as json_writer

TEXT = "Talks <ended> on Friday & resumed\r\nthe following year, every week."
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def _span(phrase: str) -> tuple[int, int]:
    start = TEXT.index(phrase)
    return start, start + len(phrase)


FRIDAY = Timex("t1", *_span("on Friday"), "on Friday", TimexType.DATE, "2023-12-08", anchor="dct")
YEAR = Timex(
    "t2",
    *_span("the following year"),
    "the following year",
    TimexType.DATE,
    "2024",
    mod=Mod.START,
    anchor="t1",
)
WEEKLY = Timex(
    "t3", *_span("every week"), "every week", TimexType.SET, "P1W", quant="EVERY", freq="1X"
)
FLAG = Flag(
    kind="weekday-mismatch",
    message="Friday is not the 9th",
    severity=Severity.WARNING,
    evidence=(Evidence("t1", FRIDAY.start, FRIDAY.end, FRIDAY.text),),
    implied_dct="2023-12-08",
)
DOC = Document(
    text=TEXT,
    dct=date(2023, 12, 9),
    dct_source=DctSource.GIVEN,
    timexes=(FRIDAY, YEAR, WEEKLY),
    flags=(FLAG,),
)
NAMED = NamedDocument("news/talks.txt", DOC)


def _text_and_tags(xml: str) -> tuple[str, list[tuple[int, int, dict[str, str]]]]:
    """What a TimeML reader sees: the text inside <TEXT>, each TIMEX3's span and attributes."""
    body = ET.fromstring(xml).find("TEXT")
    assert body is not None
    characters = body.text or ""
    tags = []
    for child in body:
        assert child.tag == "TIMEX3"
        start = len(characters)
        characters += child.text or ""
        tags.append((start, len(characters), dict(child.attrib)))
        characters += child.tail or ""
    return characters, tags


def test_json_is_to_dict_plus_path() -> None:
    data = json.loads(json_writer.render([NAMED]))
    assert data == {"path": "news/talks.txt", **DOC.to_dict()}


def test_json_of_several_documents_is_an_array_in_input_order() -> None:
    other = NamedDocument("b.txt", Document("", None, DctSource.NONE))
    data = json.loads(json_writer.render([NAMED, other]))
    assert [item["path"] for item in data] == ["news/talks.txt", "b.txt"]


def test_jsonl_has_one_line_per_document() -> None:
    other = NamedDocument("b.txt", Document("", None, DctSource.NONE))
    lines = jsonl.render([NAMED, other]).splitlines()
    assert [json.loads(line)["path"] for line in lines] == ["news/talks.txt", "b.txt"]


def test_timeml_parses_and_keeps_text_and_offsets() -> None:
    characters, tags = _text_and_tags(render_timeml(DOC, "talks"))
    assert characters == TEXT
    assert [(start, end) for start, end, _ in tags] == [
        (timex.start, timex.end) for timex in DOC.timexes
    ]


def test_timeml_attributes() -> None:
    _, tags = _text_and_tags(render_timeml(DOC, "talks"))
    assert [attributes for _, _, attributes in tags] == [
        {"tid": "t1", "type": "DATE", "value": "2023-12-08", "anchorTimeID": "t0"},
        {"tid": "t2", "type": "DATE", "value": "2024", "mod": "START", "anchorTimeID": "t1"},
        {"tid": "t3", "type": "SET", "value": "P1W", "quant": "EVERY", "freq": "1X"},
    ]


def test_timeml_header_has_docid_and_dct() -> None:
    root = ET.fromstring(render_timeml(DOC, "talks"))
    assert root.tag == "TimeML"
    assert root.findtext("DOCID") == "talks"
    dct = root.find("DCT/TIMEX3")
    assert dct is not None
    assert dct.attrib == {
        "tid": "t0",
        "type": "DATE",
        "value": "2023-12-09",
        "functionInDocument": "CREATION_TIME",
    }


def test_timeml_without_dct_leaves_out_the_dct_and_its_anchor() -> None:
    doc = Document(TEXT, None, DctSource.NONE, timexes=(FRIDAY,))
    root = ET.fromstring(render_timeml(doc, "talks"))
    assert root.find("DCT") is None
    timex = root.find("TEXT/TIMEX3")
    assert timex is not None
    assert "anchorTimeID" not in timex.attrib


def test_timeml_escapes_markup_and_replaces_characters_xml_forbids() -> None:
    raw = 'a < b && c > "d"\x0c\x01'
    phrase = Timex("t1", 0, 1, "a", TimexType.DATE, 'x"<&>')
    xml = render_timeml(Document(raw, None, DctSource.NONE, timexes=(phrase,)), "x&y")
    characters, tags = _text_and_tags(xml)
    assert characters == 'a < b && c > "d"\ufffd\ufffd'
    assert tags[0][2]["value"] == 'x"<&>'
    assert ET.fromstring(xml).findtext("DOCID") == "x&y"


@pytest.mark.parametrize(
    "timexes",
    [
        (
            Timex("t1", 0, 10, "x", TimexType.DATE, "2023"),
            Timex("t2", 5, 12, "x", TimexType.DATE, "2023"),
        ),
        (Timex("t1", 60, 999, "x", TimexType.DATE, "2023"),),
        (Timex("t1", 4, 4, "", TimexType.DATE, "2023"),),
    ],
    ids=["overlap", "outside", "empty"],
)
def test_spans_inline_markup_cannot_show_are_refused(timexes: tuple[Timex, ...]) -> None:
    doc = Document(TEXT, None, DctSource.NONE, timexes=timexes)
    with pytest.raises(ValueError, match=r"timex t[12]"):
        render_timeml(doc, "x")


def test_text_marks_each_expression_with_its_value() -> None:
    rendered = text.render([NAMED])
    assert rendered.startswith("== news/talks.txt | DCT 2023-12-09 (given) ==\n")
    assert "Talks <ended> [on Friday]{DATE 2023-12-08} & resumed\r\n" in rendered
    assert "[the following year]{DATE 2024 mod=START}" in rendered
    assert "[every week]{SET P1W quant=EVERY freq=1X}." in rendered


def test_text_lists_flags_with_their_evidence() -> None:
    rendered = text.render([NAMED])
    flags = rendered.split("\nFlags\n", 1)[1]
    assert flags == (
        "- warning weekday-mismatch: Friday is not the 9th (implied DCT 2023-12-08)\n"
        f'    t1 {FRIDAY.start}-{FRIDAY.end} "on Friday"\n'
    )


def test_evidence_that_is_no_timex_is_labelled_a_cue() -> None:
    # an age or an anniversary is no timex, so its evidence has no id to show
    age = Flag(
        kind="dateline-contradicted",
        message="too early",
        severity=Severity.ERROR,
        evidence=(
            Evidence("", 0, 5, "Talks"),
            Evidence("t1", FRIDAY.start, FRIDAY.end, "on Friday"),
        ),
    )
    doc = Document(TEXT, None, DctSource.NONE, timexes=(FRIDAY,), flags=(age,))
    flags = text.render([NamedDocument("a.txt", doc)]).split("\nFlags\n", 1)[1]
    assert flags == (
        "- error dateline-contradicted: too early\n"
        '    cue 0-5 "Talks"\n'
        f'    t1 {FRIDAY.start}-{FRIDAY.end} "on Friday"\n'
    )


def test_text_without_flags_has_no_flags_section() -> None:
    doc = Document("Nothing here", None, DctSource.NONE)
    assert text.render([NamedDocument("a.txt", doc)]) == "== a.txt | no DCT ==\nNothing here\n"


def test_colour_only_in_the_terminal_variant_and_layout_unchanged() -> None:
    plain = text.render([NAMED])
    coloured = text.render_coloured([NAMED])
    assert "\x1b" not in plain
    assert "\x1b[" in coloured
    assert ANSI.sub("", coloured) == plain


def test_only_text_has_a_terminal_variant() -> None:
    assert {name for name, writer in WRITERS.items() if writer.render_for_terminal} == {"text"}


@pytest.mark.parametrize("name", sorted(WRITERS))
def test_every_writer_renders_an_empty_document(name: str) -> None:
    empty = NamedDocument("-", Document("", None, DctSource.NONE))
    assert WRITERS[name].render([empty]).endswith("\n")


def test_timeml_writer_takes_exactly_one_document() -> None:
    assert WRITERS["timeml"].one_per_output
    with pytest.raises(ValueError):
        WRITERS["timeml"].render([NAMED, NAMED])


@pytest.mark.parametrize(
    ("path", "doc_id"),
    [
        ("news/talks.txt", "talks"),
        ("<stdin>", "stdin"),
        ("a b.tar.gz", "ab.tar"),
        ("???", "document"),
    ],
)
def test_doc_id_is_a_safe_file_stem(path: str, doc_id: str) -> None:
    assert NamedDocument(path, DOC).doc_id == doc_id


def test_the_terminal_variant_shows_control_characters_from_the_text() -> None:
    doc = Document("A \x1b[2J trap\r\n", None, DctSource.NONE)
    coloured = text.render_coloured([NamedDocument("a.txt", doc)])
    assert "\x1b[2J" not in coloured and "\\x1b[2J trap\r\n" in coloured
    assert "\x1b[2J" in text.render([NamedDocument("a.txt", doc)])
