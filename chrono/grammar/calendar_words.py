"""Context checks that keep calendar words from firing on their other senses: "may" the modal,
"march" the verb, "April" the first name, "the Sunday Times", "2,000 people", "Boeing 737"."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache

from chrono.grammar.rule import Source
from chrono.lexicon import Lexicon
from chrono.patterns import alternation
from chrono.semantics import Relation

_RELATIONS = {-1: Relation.LAST, 0: Relation.THIS, 1: Relation.NEXT}
_NUMBER_AROUND = re.compile(r"[\d$£€#]")
_DIGIT_AFTER = re.compile(r"[,.:-]\d")
_PREVIOUS_WORD = re.compile(r"(\S+)\s+$")
_CATALOGUE_CODE = re.compile(r" [A-Z]{1,3}\d{1,4}\b")  # '2024 YR4', '2011 QF3'
_PHONE_GROUPS = re.compile(r"[ \t]\d{2,4}[ \t]\d{2,4}\b")  # '1800 555 212', '1300 360 880'


def relation_of(match: re.Match[str], source: Source) -> Relation | None:
    """The explicit 'last'/'this'/'next' a pattern captured in its group 'relation', if any."""
    if "relation" not in match.re.groupindex or match.group("relation") is None:
        return None
    offset = source.lexicon.relative_to_dct[" ".join(match.group("relation").split())]
    return _RELATIONS[offset]


_DEADLINE_REACH = 20
_SHORTEST_GERUND = 5  # letters: 'founding' is an event, 'thing' and 'king' are not
_HOURS_A_DAY = 24
_MINUTES_AN_HOUR = 60
_LOOK_BACK = 16  # characters back to a possessive or a line break before a word
_COLON_AFTER = re.compile(r"[ \t]*:")


def month_is_plausible(match: re.Match[str], source: Source) -> bool:
    """A month name standing alone is a month only with a context word before it ('in March',
    'mid-March', 'in Dec.' with its dot) or a determiner before it and a noun after ('its March
    meeting', 'the May election'), or, for names that are neither common words nor
    abbreviations, when it is not someone's name."""
    word = match.group("month").rstrip(".")
    start = match.start()
    hyphened = source.text[start - 1 : start] == "-"
    before = source.word_before(start - 1 if hyphened else start)
    lex = source.lexicon
    dotted = match.group("month").endswith(".")
    if _is_abbreviation(word, lex.months) and not dotted:
        return False
    if names_a_street(source, match.end()) or _names_a_march(match, before, source):
        return False
    if before in lex.month_context_words or _after_a_deadline(source, start, lex):
        return True
    if hyphened and before in lex.hyphen_period_mods:
        return True  # 'by end-March'
    if before in lex.season_adjectives and _described_by_a_determiner(source, start):
        return True  # 'the wettest March in a decade', 'a wet May', 'a cold, wet March'
    if before in lex.honorifics or before in lex.ordinals or _is_abbreviation(word, lex.months):
        return False  # 'Mr. May', 'the first December general election'
    if _after_a_name(source, start):
        return False
    after = source.word_after(match.end())
    if before in lex.determiners and after.islower() and after not in lex.family_nouns:
        return True
    if word in lex.ambiguous_names:
        return False
    return not (after[:1].isupper() and after.lower() not in lex.months)


def _names_a_march(match: re.Match[str], before: str, source: Source) -> bool:
    """'the March for Jobs group', 'the March on Washington': after 'the', a month followed by
    'for', 'against' or 'on' and a capitalized word that is no calendar word opens a name."""
    lex = source.lexicon
    link = source.word_after(match.end())
    if not lex.is_fragment("the", before) or link.lower() not in lex.name_links:
        return False
    named = source.word_after(source.text.find(link, match.end()) + len(link))
    calendar = named.lower() in lex.months or named.lower() in lex.weekdays
    return named[:1].isupper() and not calendar


def _described_by_a_determiner(source: Source, start: int) -> bool:
    """Whether weather adjectives before `start`, one or more, with commas or 'and' between,
    follow a determiner: 'a wet May', 'the driest, coldest March', 'a cold and wet March'."""
    lex = source.lexicon
    low = max(0, start - _DEADLINE_REACH)
    words = re.findall(r"[\w'-]+", source.lowered[low:start])
    for word in reversed(words):
        if word in lex.determiners:
            return True
        if word not in lex.season_adjectives and not lex.is_fragment("and", word):
            return False
    return False


def _after_a_deadline(source: Source, start: int, lex: Lexicon) -> bool:
    """'as early as March', 'as soon as May'."""
    before = " ".join(source.lowered[max(0, start - _DEADLINE_REACH) : start].split())
    return any(before.endswith(phrase) for phrase in lex.deadline_words if " " in phrase)


def _after_a_name(source: Source, start: int) -> bool:
    """Whether a capitalized word that does not open a sentence stands right before: 'Jack
    August', 'Theresa May' (a surname), not 'In March' or a sentence's first word."""
    end = start
    while end > 0 and source.text[end - 1] == " ":
        end -= 1
    begin = end
    while begin > 0 and source.text[begin - 1].isalpha():
        begin -= 1
    if begin == end or not source.text[begin].isupper():
        return False
    previous = source.text[max(0, begin - 2) : begin].strip()
    return previous != "" and previous[-1:] not in '.!?"“:'


def _is_abbreviation(word: str, table: Mapping[str, int]) -> bool:
    """'jan', 'sept': a name that only abbreviates another; standing alone it is rarely a month
    ('Jan Kavan')."""
    return any(other != word and other.startswith(word) for other in table)


def season_is_plausible(match: re.Match[str], source: Source) -> bool:
    """A season without a year or 'last'/'next' needs a time preposition or a verb of spending
    time before it ('in the fall', 'spent the winter') and must not be 'the fall of' something,
    nor 'the winter months' of any year."""
    lex = source.lexicon
    following = source.word_after(match.end())
    if lex.is_fragment("of", following) or starts_a_name(source, match.end()):
        return False
    if following.lower() in lex.plural_units:
        return False  # 'in the winter months': any winter
    bare = match.group(0).split()[0].lower() not in lex.articles
    owner = source.word_before(match.start())  # 'the', 'their', "Congress's"
    possessive = _after_a_possessive(source, match.start())
    told_as_one = owner in lex.articles or owner in lex.determiners or possessive
    told_as_one = told_as_one or source.text[match.start()].isupper()
    if following.lower() in lex.season_occasions and (not bare or told_as_one):
        return True  # 'The summer break starts on 15 May'; not 'Shares fall session after session'
    before = source.word_before(match.start())
    if before.lower() in lex.season_adjectives:
        # 'during a wet summer', 'through its coldest summer': the article (or an owner) and
        # the preposition stand before the adjective
        article_at = match.start() - len(before) - 1
        article = source.word_before(article_at).lower()
        if article not in lex.articles and article not in lex.possessive_determiners:
            return False
        before = source.word_before(article_at - len(article) - 1)
    if before in lex.time_spending_verbs or _after_a_deadline(source, match.start(), lex):
        return True  # 'would spend the summer raising money', 'until at least the fall'
    linked = lex.is_fragment("and", before)  # 'and the spring thaw arrived'
    if bare and before in lex.month_context_words and _names_a_kind(following, lex):
        return False  # 'demand for winter gear', 'ran out of summer dresses'
    return before in lex.month_context_words and before not in lex.infinitive_markers and not linked


def _names_a_kind(following: str, lex: Lexicon) -> bool:
    """Whether the word after a season, with no article before it, is a noun it describes as a
    kind ('winter gear', 'spring water', 'winter flu'): a lower-case word that is no
    preposition, conjunction, pronoun, auxiliary, verb cue or adverb, nor an event or a stretch
    of the season ('spring elections', 'summer holidays')."""
    word = following.lower()
    if not following.isalpha() or not following.islower() or word.endswith(lex.adverb_suffixes):
        return False
    others = (
        lex.month_context_words,
        lex.articles,
        lex.determiners,
        lex.passive_auxiliaries,
        lex.modal_verbs,
        lex.past_cues,
        lex.present_cues,
        lex.future_cues,
        lex.conjunctions,
        lex.aside_openers,
        lex.subject_pronouns,
        lex.time_clause_words,
        lex.event_nouns,
        lex.season_stretches,
    )
    return not any(word in group for group in others) and not word.endswith(lex.past_suffix)


def year_is_plausible(match: re.Match[str], source: Source) -> bool:
    """Four digits are a year unless they are part of a larger number, an amount of something,
    a price, a model number or a phone number."""
    year = int(match.group("year"))
    start, end = match.start(), match.end()
    text, lex = source.text, source.lexicon
    before_char = text[start - 1] if start else " "
    after = text[end : end + 2]
    if _NUMBER_AROUND.match(before_char) or before_char in ",.:/":
        return False
    modifier = source.word_before(start - 1)
    if before_char == "-" and not (
        modifier in lex.period_mods or modifier in lex.hyphen_period_mods
    ):
        return False
    if after[:1] in ("%", "/") or _DIGIT_AFTER.match(after) or _compound_noun_after(source, end):
        return False
    if _street_after(lex).match(text, end) or _CATALOGUE_CODE.match(text, end):
        return False  # '1875 Main Street', the asteroid '2024 YR4'
    groups = _PHONE_GROUPS.match(text, end)
    if groups and not _counted_after(groups.end(), source):
        return False  # 'the helpline on 1800 555 212'; but 'In 2024 50 000 people attended'
    following = source.word_after(end).lower()
    if _counts(following, lex) or following in lex.units:
        return False
    before = source.word_before(start)
    if before.rstrip(".") in lex.number_labels or before.isdigit():
        return False  # 'version 2019', 'call 0800 555 1999'
    if (
        before in lex.month_context_words
        or before in lex.period_mods
        or lex.is_fragment("the", before)
        or (_after_a_possessive(source, start) and _names_an_event(following, lex))
        or _heads_a_timeline_line(source, start, end, year)
    ):
        return 1000 <= year <= 2999
    if follows_name(source, start) and not _after_a_possessive(source, start):
        return False  # but 'Navigation Mixte's 1989 profit'
    return 1900 <= year <= 2099


def _counted_after(end: int, source: Source) -> bool:
    """Whether a noun the digits count follows them ('In 2015 60 000 fans attended'), not a
    verb in -s before its object ('1800 555 212 takes calls')."""
    lex = source.lexicon
    counted = source.word_after(end).lower()
    if _counts(counted, lex):
        return True
    after = source.word_after(source.lowered.find(counted, end) + len(counted)).lower()
    takes_an_object = after in lex.articles or after in lex.determiners or lex.looks_plural(after)
    singular = counted[: -len(lex.plural_suffix)]
    calendar = singular in lex.day_parts or singular in lex.weekdays  # 'mornings', 'Fridays'
    calendar = calendar or counted in lex.plural_units
    return lex.looks_plural(counted) and not takes_an_object and not calendar


def _after_a_possessive(source: Source, start: int) -> bool:
    """'its 1883 founding', 'the town's 1850 election', 'Navigation Mixte's 1989 profit'."""
    lex = source.lexicon
    before = source.text[max(0, start - _LOOK_BACK) : start].rstrip(" \t")
    return source.word_before(start) in lex.possessive_determiners or (
        lex.past_possessive(before, len(before) - 2) == len(before)
    )


def _names_an_event(word: str, lex: Lexicon) -> bool:
    """An event after a possessive's digits makes them its year, before 1900 too ('its 1883
    founding'); anything else may be counted ('her 1600 word essay', 'its 1600 seat theatre')."""
    gerund = word.endswith(lex.participle_suffix) and len(word) > _SHORTEST_GERUND
    return gerund or word in lex.event_nouns or word in lex.scheduled_events


def _heads_a_timeline_line(source: Source, start: int, end: int, year: int) -> bool:
    """'1586: The first ...': digits opening a line with a colon after them head a timeline's
    entry, unless they read as a live blog's 24-hour stamp ('1412: The minister arrives')."""
    head = source.text[max(0, start - _LOOK_BACK) : start].rstrip(" \t")
    opens = head.endswith("\n") or (start <= _LOOK_BACK and not head.strip())
    stamp = year // 100 < _HOURS_A_DAY and year % 100 < _MINUTES_AN_HOUR
    return opens and not stamp and _COLON_AFTER.match(source.text, end) is not None


def year_heads_its_line(match: re.Match[str], source: Source) -> bool:
    """'On this day: 14 October' then a line '1913: An explosion ...': a year written after a
    line break with a colon after it, or after a blank line, heads a line of its own; it is
    no year of the date before it."""
    before = source.text[match.start() : match.start("year")]  # the gap lies inside the match
    gap = before[len(before.rstrip()) :]
    if "\n" not in gap:
        return False
    return gap.count("\n") > 1 or _COLON_AFTER.match(source.text, match.end("year")) is not None


def names_a_street(source: Source, end: int) -> bool:
    """'May Street', 'Sunday Lane', 'Tuesday Club', 'Sunday Times': a calendar word before the
    name word of a street, a club or a paper."""
    following = source.word_after(end)
    lex = source.lexicon
    named = following.lower() in lex.street_words or following.lower() in lex.group_name_words
    return following[:1].isupper() and named


def starts_a_name(source: Source, end: int) -> bool:
    """True when a capitalized word follows: 'Easter Island', 'Fall River', 'Saturday Night'."""
    return source.word_after(end)[:1].isupper()


def _counts(noun: str, lex: Lexicon) -> bool:
    """'2000 people', '2019 votes' count things; '2019 vote' (a singular whose plural is listed)
    names an event of that year."""
    return noun in lex.quantity_nouns and noun + lex.plural_suffix not in lex.quantity_nouns


@cache
def _street_after(lex: Lexicon) -> re.Pattern[str]:
    """'1875 Main Street', '1600 Pennsylvania Ave.': a house number before a street's name."""
    streets = alternation(lex.street_words)
    return re.compile(rf"\s+(?:[A-Z][\w.'’-]*\s+){{1,3}}(?i:{streets})(?![\w-])")


def _compound_noun_after(source: Source, end: int) -> bool:
    """'a 2014-seat arena': the number modifies a noun of quantity."""
    if not source.text.startswith("-", end):
        return False
    return source.word_after(end + 1).lower() in source.lexicon.quantity_nouns


def follows_name(source: Source, position: int) -> bool:
    """True after a capitalized word inside a sentence ('Boeing 2707', 'Agenda 2030')."""
    found = _PREVIOUS_WORD.search(source.text, max(0, position - 40), position)
    if found is None or not found.group(1)[:1].isupper():
        return False
    word = found.group(1).strip(".,").lower()
    if word in source.lexicon.months or word in source.lexicon.weekdays:
        return False
    head = source.text[max(0, found.start() - 4) : found.start()].rstrip()
    return found.start() > 0 and bool(head) and head[-1] not in '.!?"“”:;'
