"""Titles are no times: a film, a book or a show named in quotes ("The Day After Tomorrow",
'Next Week') is dropped when the quotes hold exactly the mention, every word capitalized."""

from __future__ import annotations

from chrono.extract import Mention
from chrono.grammar.rule import Source
from chrono.patterns import WORD


def drop_titles(mentions: list[Mention], source: Source) -> list[Mention]:
    return [mention for mention in mentions if not _is_quoted_title(mention, source)]


def _is_quoted_title(mention: Mention, source: Source) -> bool:
    lex, text = source.lexicon, source.text
    opening = text[mention.start - 1 : mention.start] if mention.start else ""
    closing = text[mention.end : mention.end + 1]
    if not (
        lex.is_fragment("opening_quote", opening) and lex.is_fragment("closing_quote", closing)
    ):
        return False
    words = WORD.findall(text, mention.start, mention.end)
    return len(words) > 1 and all(word[:1].isupper() for word in words)
