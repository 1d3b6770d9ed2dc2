"""References with no size: "recently", "now", "currently", "these days", "the future"."""

from __future__ import annotations

import re

from chrono.grammar.calendar_words import follows_name
from chrono.grammar.pieces import Pieces
from chrono.grammar.rule import Rule, Source, make_rule, trigger_words
from chrono.semantics import Meaning, Ref, Vague


def rules(p: Pieces) -> tuple[Rule, ...]:
    lex = p.lexicon
    return (
        make_rule(
            "vague.reference",
            p.words(lex.vague_refs, "phrase"),
            _reference,
            trigger_words(lex.vague_refs),
        ),
        make_rule(
            "vague.adjective",
            rf"(?:{p.words(lex.then_words, 'then')}[\s-]+)?"
            rf"{p.words(lex.vague_adjectives, 'adjective')}",
            _adjective,
            trigger_words(lex.vague_adjectives),
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
    after_a_stop = _opens_sentence(source, match.start())
    named = source.is_capitalized(match, "phrase") and follows_name(source, match.start())
    if named and not after_a_stop:
        return None  # 'the group Fair Fares Now': the end of a name
    context = lex.month_context_words
    following = source.word_after(match.end())
    no_preposition = source.word_before(match.start()) not in context
    a_word_follows = following.islower() and following not in context
    if phrase.split()[0] in lex.articles and no_preposition and a_word_follows:
        return None
    if phrase in lex.adjective_refs and _describes_a_noun(
        following, match.start(), match.end(), source
    ):
        return None  # 'before the present hall was built'
    return Vague(lex.vague_refs[phrase])


def _describes_a_noun(following: str, start: int, end: int, source: Source) -> bool:
    """Whether the lower-case word after an adjective-like reference is a noun it describes:
    not a word that goes on the clause ('until the present and beyond', 'to the present when
    ...', 'the present is bleak'), nor, after the end of a range, a verb with its object ('from
    2010 to the present suggest the policy has failed'; but 'at the present rate the dam')."""
    lex = source.lexicon
    if lex.is_fragment("span_link", source.word_before(start)):
        at = source.lowered.find(following, end) + len(following)
        after_next = source.word_after(at).lower()
        if after_next in lex.articles or after_next in lex.determiners:
            return False  # 'to the present suggest the same'; not 'at the present rate the dam'
    clause_words = (
        lex.month_context_words,
        lex.conjunctions,
        lex.clause_openers,
        lex.personal_pronouns,
        lex.subject_pronouns,
        lex.verb_adverbs,
        lex.determiners,
        lex.articles,
        lex.passive_auxiliaries,
        lex.modal_verbs,
    )
    return following.islower() and not any(following in words for words in clause_words)


def _adjective(match: re.Match[str], source: Source) -> Meaning | None:
    """'the current share', 'his current wife': now, as TIMEX2 and TimeBank mark it, and 'the
    then current price' the past; not the noun ('an electric current', 'the current was
    strong', 'a current that pulled them out') nor a term of accounts ('the current account')."""
    lex = source.lexicon
    following = source.word_after(match.end())
    if not following or not (following.islower() or following.isdigit()):
        return None
    word = following.lower()
    no_noun_words = (
        lex.month_context_words,
        lex.passive_auxiliaries,
        lex.modal_verbs,
        lex.conjunctions,
        lex.aside_openers,
        lex.clause_openers,
        lex.vague_adjective_terms,
        lex.past_cues,
        lex.present_cues,
    )
    if any(word in group for group in no_noun_words):
        return None  # 'the current was strong', 'a current that pulled', 'the current account'
    if _verb_with_an_object(word, match.end(), source):
        return None  # 'the current pulled him under', 'the current carrying the boat'
    if source.word_before(match.start()) in lex.vague_adjective_nouns:
        return None
    capitalized = source.is_capitalized(match, "adjective")
    if capitalized and not _opens_sentence(source, match.start("adjective")):
        return None  # 'Current TV': a name
    if match.group("then"):
        return Vague(Ref.PAST)
    return Vague(lex.vague_adjectives[match.group("adjective").lower()])


def _opens_sentence(source: Source, start: int) -> bool:
    """Whether `start` opens the text or follows a full stop, where a capital is no sign of a
    name."""
    return start == 0 or source.text[:start].rstrip().endswith(".")


def _verb_with_an_object(word: str, end: int, source: Source) -> bool:
    """'-ing' or '-ed' after 'current' going on to a pronoun or a determiner ('the current
    pulled him under', 'the current carrying the boat'), a verb; before a noun it describes
    that noun ('its current opening hours', 'the current proposed budget')."""
    lex = source.lexicon
    verb_form = word.endswith((lex.participle_suffix, lex.past_suffix))
    return verb_form and _object_follows(word, end, source)


def _object_follows(word: str, end: int, source: Source) -> bool:
    lex = source.lexicon
    after = source.word_after(source.text.find(word, end) + len(word)).lower()
    return after in lex.determiners or after in lex.articles or after in lex.personal_pronouns
