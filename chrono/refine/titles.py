"""Titles are no times: a film, a book or a show named in quotes ("The Day After Tomorrow",
'Next Week') is dropped when the quotes hold exactly the mention, every word capitalized."""

from __future__ import annotations

from chrono.extract import Mention
from chrono.grammar.rule import Source
from chrono.patterns import WORD
from chrono.refine.patterns import RefinePatterns, patterns_for


def drop_titles(mentions: list[Mention], source: Source) -> list[Mention]:
    patterns = patterns_for(source.lexicon)
    return [mention for mention in mentions if not _is_quoted_title(mention, source, patterns)]


def _is_quoted_title(mention: Mention, source: Source, patterns: RefinePatterns) -> bool:
    text, start, end = source.text, mention.start, mention.end
    if not start or not patterns.opening_quote.fullmatch(text, start - 1, start):
        return False
    if not patterns.closing_quote.fullmatch(text, end, end + 1):
        return False
    words = WORD.findall(text, start, end)
    return len(words) > 1 and all(word[:1].isupper() for word in words)
