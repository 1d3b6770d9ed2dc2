"""Where the clause around a date runs: its sentence's bounds (a full stop after an
abbreviation ends none; a stop before the next timetable line does), the words in it, and the
asides set off by commas whose verbs govern only themselves: a reporting aside (', forecasters
said,'), a clause after a date (', when clocks go back an hour,') and a participle after a noun
(', founded in 1980,')."""

from __future__ import annotations

import re
from functools import cache

from chrono.lexicon import Lexicon
from chrono.patterns import WORD, alternation
from chrono.tense_words import finite_verb_cues, is_function_word, is_past_form
from chrono.tokens import heading_line_follows, is_abbreviation_stop

# A sentence end or a semicolon: the verb of another clause does not govern.
_CLAUSE_END = re.compile(r"[.!?;][\"”’')\]]*\s|\n\s*\n")
SENTENCE_REACH = 160  # characters looked at on either side of a date
_ASIDE_SUBJECT = 4  # words the subject of 'officials said' may take in an aside
_ASIDE_LENGTH = 60  # characters of a relative clause or participle set off by commas
_VERB_AFTER_REACH = 30  # characters after the date where its own clause's verb would stand
# A word as the tense cues are looked for: a hyphenated compound ('long-awaited') is one word,
# and letters glued to digits are none ('7am' holds no verb 'am').
CLAUSE_WORD = re.compile(r"(?<![0-9A-Za-z’'])[A-Za-z’']+(?:-[A-Za-z’']+)*")
# A clause between commas right after a date: ', when clocks go back an hour,'.
_ASIDE = re.compile(r"\s*,\s*(\w+)\b[^,.;!?]*,")


def words_outside_asides(text: str, left: int, start: int, lex: Lexicon) -> list[str]:
    """The words from `left` to `start`, less the asides set off by commas that close before
    the date: a reporting aside ('will last until Thursday, forecasters said, with
    temperatures falling over the weekend'), whose verb tells when it was said, a day renamed
    ('will be marked on 19 August, the day the dam broke, with prayers at 10 am'), a relative
    clause or a participle ('will resume flights to Cancun, suspended since April, on Dec. 1'),
    whose verb tells of the noun before it, when a present in '-s' follows it ('The comedy,
    which was last staged in 1962, follows in June') or only the date's preposition follows it
    and a future before it governs the date (in 'who stepped down as chairman, president and chief
    executive in March' the comma lists; in 'still mourn the victims, killed in the blast, on
    Nov. 29' the date is the aside's)."""
    words: list[str] = []
    for aside in _closed_aside(lex).finditer(text, left, start):
        leading = CLAUSE_WORD.findall(text, left, aside.start())
        governed_only_by_itself = (
            aside.group("reporting")
            or aside.group("apposition")
            or _verb_in_s_after(aside, text, lex)
        )
        if not governed_only_by_itself and not _future_over(aside, leading, text, start, lex):
            continue
        words += leading
        left = aside.end()
    return words + CLAUSE_WORD.findall(text, left, start)


def present_after_an_aside(text: str, left: int, start: int, lex: Lexicon) -> str | None:
    """The main clause's verb, a present in '-s' chrono has no word for, right after a relative
    clause or participle set off by commas before the date ('The comedy, which has not been
    staged since 1962, follows in June'): the clause is told in the present."""
    asides = list(_closed_aside(lex).finditer(text, left, start))
    return _verb_in_s_after(asides[-1], text, lex) if asides else None


def _verb_in_s_after(aside: re.Match[str], text: str, lex: Lexicon) -> str | None:
    """The present in '-s' right after a relative clause or participle aside, if one stands
    there: the aside's past is no cue for the date after it."""
    following = CLAUSE_WORD.match(text, aside.end() + 1)
    if aside.group("reporting") or following is None:
        return None
    word = following.group()
    if not (word.islower() and lex.looks_plural(word)) or is_function_word(word, lex):
        return None
    right = min(sentence_right(text, following.end(), lex), following.end() + _VERB_AFTER_REACH)
    later = CLAUSE_WORD.findall(text, following.end(), right)
    if any(
        is_past_form(after, before, lex) or after.lower() in finite_verb_cues(lex)
        for before, after in zip([word, *later], later, strict=False)
    ):
        return None  # 'residents on Monday voted': a plural subject before its verb
    return word


def _future_over(
    aside: re.Match[str], leading: list[str], text: str, start: int, lex: Lexicon
) -> bool:
    """Whether a future told before an aside governs the date right after it."""
    if len(CLAUSE_WORD.findall(text, aside.end(), start)) > 1:
        return False
    participle = aside.group("participle")
    if participle and (not participle.islower() or participle in lex.not_past_forms):
        return False  # ', United in grief,'
    right = min(sentence_right(text, start, lex), start + _VERB_AFTER_REACH)
    after = [word.lower() for word in CLAUSE_WORD.findall(text, start, right)]
    finite = (lex.past_cues, lex.present_cues, lex.modal_verbs)
    if any(word in group for word in after[1:] for group in finite):
        return False  # 'the defendant, who was stopped, on Friday had drunk six pints'
    return any(word.lower() in lex.future_cues for word in leading)


@cache
def _closed_aside(lex: Lexicon) -> re.Pattern[str]:
    """', forecasters said,' (a few words and a reporting verb), ', which were suspended in
    April,' and ', suspended since April,': between commas, closed before the date."""
    verbs = alternation(sorted(lex.reporting_verbs))
    reporting = rf"(?:[A-Za-z’'.-]+\s+){{1,{_ASIDE_SUBJECT}}}(?:{verbs})"
    relative = rf"(?:{alternation(sorted(lex.aside_openers))})\s[^,;.!?]{{1,{_ASIDE_LENGTH}}}"
    participle = rf"(?P<participle>[^\W\d_]{{3,}}{lex.past_suffix})\s[^,;.!?]{{1,{_ASIDE_LENGTH}}}"
    day = rf"(?:{lex.fragment('the')})\s+(?:{lex.fragment('apposed_day')})"
    renamed = rf"{day}\s[^,;.!?]{{1,{_ASIDE_LENGTH}}}"
    return re.compile(
        rf",\s+(?:(?P<reporting>{reporting})|(?P<apposition>{renamed})|{relative}|{participle}),",
        re.IGNORECASE,
    )


@cache
def participle_aside(lexicon: Lexicon) -> re.Pattern[str]:
    """A past participle set off by commas after a noun, with its own time ('The orchestra,
    founded in 1980, ...')."""
    adverbs = alternation(sorted(lexicon.participle_adverbs))
    prepositions = f"{alternation(sorted(lexicon.event_prepositions))}|{lexicon.fragment('by')}"
    return re.compile(
        rf"(?<=\w),\s+(?:(?:{adverbs})\s+)?[^\W\d_]+{lexicon.past_suffix}\s+"
        rf"(?:{prepositions})\s+[^,;.]{{1,40}},",
        re.IGNORECASE,
    )


def word_after(text: str, end: int) -> str:
    """The word one space after `end`, as written, or ''."""
    following = WORD.match(text, end + 1) if text[end : end + 1] == " " else None
    return following.group() if following else ""


@cache
def phrase_ends(phrases: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The first and the last words of the phrases ('adjourned', 'to')."""
    split = split_phrases(phrases)
    return frozenset(words[0] for words in split), frozenset(words[-1] for words in split)


@cache
def split_phrases(phrases: frozenset[str]) -> tuple[tuple[str, ...], ...]:
    """Each phrase as its words, split once."""
    return tuple(tuple(phrase.split()) for phrase in phrases)


def ends_with_phrase(words: tuple[str, ...], phrases: frozenset[str]) -> bool:
    """Whether one of `phrases` ends `words` (the lower-case words right before a date): a
    deadline ('by', 'as early as') or a starting point ('since')."""
    return any(words[-len(phrase) :] == phrase for phrase in split_phrases(phrases))


def sentence_left(text: str, start: int, lex: Lexicon) -> int:
    low = max(0, start - SENTENCE_REACH)
    ends = [stop for stop in _CLAUSE_END.finditer(text, low, start) if _ends(stop, text, lex)]
    return ends[-1].end() if ends else low


def past_an_aside(text: str, end: int, right: int, lex: Lexicon) -> int:
    """Where the main clause resumes after a date: past a clause set off by commas ('From
    Sunday, when clocks go back an hour, the flight will depart'), whose verb governs only it."""
    aside = _ASIDE.match(text, end, right)
    if aside is None or aside.group(1).lower() not in lex.aside_openers:
        return end
    return aside.end()


def past_an_apposition(text: str, end: int, right: int, lex: Lexicon) -> int:
    """Where the clause resumes after a date: past an aside, or past a noun phrase set off by
    commas that restates the date ('its fiscal second quarter, the three months to March 31,
    will beat forecasts')."""
    aside = _ASIDE.match(text, end, right)
    if aside is not None and aside.group(1).lower() in lex.articles:
        return aside.end()
    return past_an_aside(text, end, right, lex)


def sentence_right(text: str, end: int, lex: Lexicon) -> int:
    high = min(len(text), end + SENTENCE_REACH)
    line_break = text.find("\n", end, high)
    next_entry = heading_line_follows(text, line_break, lex) if line_break >= 0 else None
    high = line_break if next_entry is not None else high  # the next timetable entry
    found = next((s for s in _CLAUSE_END.finditer(text, end, high) if _ends(s, text, lex)), None)
    return found.start() + 1 if found else high


def _ends(stop: re.Match[str], text: str, lex: Lexicon) -> bool:
    """A full stop after 'vs' or 'U.S' ends no clause, unless the next line heads a timetable
    entry ('no services after 9 p.m.' then 'Friday: metro closed.')."""
    if heading_line_follows(text, stop.start() + 1, lex) is not None:
        return True
    return not is_abbreviation_stop(text, stop.start(), lex)
