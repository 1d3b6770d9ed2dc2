"""Titles and names are no times: a film, a book or a show named in quotes ("The Day After
Tomorrow", 'Next Week') is dropped when the quotes hold exactly the mention, every word
capitalized; so is a surname before an age ("Mary Christmas, 54, a nurse") or in an apposition
("its captain, Sam Tuesday, apologised")."""

from __future__ import annotations

import re

from chrono.extract import Mention
from chrono.grammar.rule import Source
from chrono.patterns import WORD
from chrono.refine.patterns import RefinePatterns, patterns_for

_NAME_REACH = 20  # characters a given name may take
_NAME_BEFORE = re.compile(r"[A-Z][a-z]+[ ]$")
_AGE_AFTER = re.compile(r",\s*\d{1,3},")
# a given name set off by a comma after a lower-case word: 'its captain, Sam Tuesday,'
_APPOSITION_BEFORE = re.compile(r"\b(?P<noun>[a-z]+),\s+[A-Z][a-z]+[ ]$")


def drop_titles(mentions: list[Mention], source: Source) -> list[Mention]:
    patterns = patterns_for(source.lexicon)
    return [
        mention
        for mention in mentions
        if not _is_quoted_title(mention, source, patterns) and not _is_a_surname(mention, source)
    ]


def _is_a_surname(mention: Mention, source: Source) -> bool:
    """One capitalized word after a given name and before an age ('Grace Friday, 31, said'), or
    closing a name set off by commas after a noun for a person ('its captain, Sam Tuesday,
    apologised'), not a list of places ('Storms hit Texas, Oklahoma Sunday, killing three')."""
    text, start, end = source.text, mention.start, mention.end
    one_word = len(WORD.findall(text, start, end)) == 1 and text[start].isupper()
    name = _NAME_BEFORE.search(text, max(0, start - _NAME_REACH), start)
    lex = source.lexicon
    word = name.group(0).strip().lower() if name else ""
    function = word in lex.month_context_words or word in lex.determiners
    named = name is not None and not function
    aged = _AGE_AFTER.match(text, end) is not None
    reach = max(0, start - 2 * _NAME_REACH)
    apposition = _APPOSITION_BEFORE.search(text, reach, start)
    in_apposition = apposition is not None and apposition.group("noun") in lex.person_nouns
    return one_word and named and (aged or (in_apposition and text.startswith(",", end)))


def _is_quoted_title(mention: Mention, source: Source, patterns: RefinePatterns) -> bool:
    text, start, end = source.text, mention.start, mention.end
    if not start or not patterns.opening_quote.fullmatch(text, start - 1, start):
        return False
    if not patterns.closing_quote.fullmatch(text, end, end + 1):
        return False
    words = WORD.findall(text, start, end)
    return len(words) > 1 and all(word[:1].isupper() for word in words)
