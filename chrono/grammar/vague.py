"""References with no size: "recently", "now", "currently", "these days", "the future"."""

from __future__ import annotations

import re

from chrono.grammar.calendar_words import follows_name
from chrono.grammar.pieces import Pieces
from chrono.grammar.rule import Rule, Source, make_rule, trigger_words
from chrono.semantics import Meaning, Vague


def rules(p: Pieces) -> tuple[Rule, ...]:
    lex = p.lexicon
    return (
        make_rule(
            "vague.reference",
            p.words(lex.vague_refs, "phrase"),
            _reference,
            trigger_words(lex.vague_refs),
        ),
    )


def _reference(match: re.Match[str], source: Source) -> Meaning | None:
    """'the future', 'to the present'; not after 'most' ('most recently'). Without a
    preposition before it, 'the ...' is no time when a verb or noun follows ('the future looks
    bleak', 'the present government'), but 'in the past it considered' is."""
    lex = source.lexicon
    phrase = " ".join(match.group("phrase").split())
    if source.word_before(match.start()) in lex.superlative_words:
        return None  # 'killed three times, most recently last October': an order, not a time
    after_a_stop = source.text[max(0, match.start() - 3) : match.start()].rstrip()[-1:] == "."
    named = source.is_capitalized(match, "phrase") and follows_name(source, match.start())
    if named and not after_a_stop:
        return None  # 'the group Fair Fares Now': the end of a name
    context = lex.month_context_words
    if phrase.split()[0] in lex.articles and source.word_before(match.start()) not in context:
        following = source.word_after(match.end())
        if following.islower() and following not in context:
            return None
    return Vague(lex.vague_refs[phrase])
