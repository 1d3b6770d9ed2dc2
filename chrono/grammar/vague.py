"""References with no size: "recently", "now", "currently", "these days", "the future"."""

from __future__ import annotations

import re

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
    return Vague(source.lexicon.vague_refs[" ".join(match.group("phrase").split())])
