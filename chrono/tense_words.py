"""What one word says of the tense around a date: a past form ("said", "-ed"), a future marker
("will"), an intention ("expects", "plans") or a present ("is"), read with the words beside it,
and the nearest such cue in a row of words."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from functools import cache
from itertools import pairwise

from chrono.lexicon import Lexicon
from chrono.model import Tense

_SUBJECT_REACH = 6  # words a subject may run before its verb
_VERB_AND_MARKER = 2  # 'turn' and 'will' before 'unsettled'
_ADJECTIVE_AND_DETERMINER = 2  # 'weak' and 'a' before 'start'
_DETERMINER_AND_NOUN = 2  # 'the festival' between a date and 'winds down'
_SHORTEST_ING = 4  # 'seeking', not 'king' or 'ring'
_COORDINATED_REACH = 8  # words from 'and eased' out to 'be reviewed every two weeks'
_LENGTH_AND_VERB = 4  # 'hour', 'an', 'open', 'will' before 'earlier'
_PLAN_REACH = 2  # 'billed', 'was' before 'to'
_NEGATION_AND_AUXILIARY = 2  # 'not' and 'does' before 'open'
_SHORTEST_VERB_IN_S = 3  # 'as' and 'its' end in -s too
_SHORTEST_ADVERB = 4  # 'fully', not 'fly' or 'rely'
_ADVERBS_REACH = 4  # one past 'still', 'not' and 'had' before 'paid'
_DIRECTIVE_REACH = 3  # 'urged', or 'told' and an object of up to two words, before 'to'
_DIRECTIVE_AUXILIARIES = 2  # 'been' and 'have' before 'told'
_ABSOLUTE_REACH = 4  # 'works', 'no', 'with' (and an adjective) back from 'permitted'


class Strength(IntEnum):
    """How firmly a cue fixes the tense: "will" (FIRM), an intention ("plans", INTENT), a
    deadline word ("by Friday", DEADLINE), a bare infinitive ("agreed to acquire the bank in
    January", INFINITIVE)."""

    INFINITIVE = 1
    DEADLINE = 2
    INTENT = 3
    FIRM = 4


@dataclass(frozen=True, slots=True)
class TenseReading:
    """A tense and how firm its cue is. A weekday moves forward only for an intention or firmer
    ("to mark its entry into NATO on Friday" is past); a reported quarter only for a firm cue
    ("expects to report third-quarter profit" is about a past quarter)."""

    tense: Tense
    strength: Strength = Strength.FIRM
    cue: str = ""


def nearest_cue(
    words: list[str], lex: Lexicon, *, leftward: bool, sentence_opens: bool = False
) -> TenseReading | None:
    """The first cue among `words`, listed from the expression outwards. An infinitive gives way
    to an intention further out that governs it ("plans to strike on Thursday"); a relative
    clause's opener ends the search leftwards ("hoped she would help the city where the Aug. 7
    blasts killed 200": the verb after it governs). `sentence_opens` says the last word opens
    its sentence, where a capital is no sign of a name ('Founded in 1990, ...')."""
    found: TenseReading | None = None
    owned_plan: TenseReading | None = None  # 'the firm's plans include a launch on Saturday'
    for index, word in enumerate(words):
        if leftward and found is None and word.lower() in lex.clause_openers:
            return None
        if leftward:  # 'had' behind adverbs stands for the word before the verb
            outer = _pluperfect_behind_adverbs(words[index + 1 : index + _ADVERBS_REACH], lex)
        else:
            outer = words[index + 1] if index + 1 < len(words) else ""
        inner = words[index - 1] if index else ""
        previous, following = (outer, inner) if leftward else (inner, outer)
        opening = sentence_opens and index == len(words) - 1
        word = as_an_opening(word, following, lex) if opening else word
        if not leftward and _heads_a_subject(word, words[index + 1 : index + _SUBJECT_REACH], lex):
            continue  # 'early returns from the suburbs showed': a noun before its verb
        if leftward and _noun_after_an_adjective(word, words[index + 1 : index + 3], lex):
            continue  # 'made a weak start on Monday': the noun, not the verb
        if leftward and _owned_intention(words, index, following, lex):
            owned_plan = owned_plan or TenseReading(Tense.FUTURE, Strength.INTENT, word)
            continue  # 'kept their promotion hopes alive on Saturday': the noun's verb tells
        if leftward and _compares_a_schedule(
            word, words[index + 1 : index + 1 + _LENGTH_AND_VERB], lex
        ):
            continue  # 'will open an hour earlier, at 6 a.m.': no past
        outer_reach = words[index + 1 : index + _COORDINATED_REACH]
        if leftward and _shares_a_passive(word, following, outer_reach, lex):
            continue  # 'would be reviewed every two weeks and eased in the autumn'
        reading = word_cue(word, previous, following, lex, leftward=leftward)
        if leftward and index == 1 and _called_for(word, previous, inner, lex):
            reading = TenseReading(Tense.PRESENT, cue=word)  # ', called for June 15': the nearer
        if leftward and index and _ends_a_unit(reading, previous, inner, lex):
            continue  # 'will report results for its quarter ended March 31 on April 20'
        if reading is not None and reading.strength is Strength.INFINITIVE:
            directive = words[index + 1 : index + 1 + _DIRECTIVE_REACH + _DIRECTIVE_AUXILIARIES]
            if _directed(directive, lex):
                reading = TenseReading(Tense.FUTURE, Strength.INTENT, word)  # 'urged to stay'
        if reading is not None and reading.tense is Tense.PAST:
            words_before = words[index + 1 :] if leftward else words[:index][::-1]
            if _absolute_participle(reading, words_before[:_ABSOLUTE_REACH], following, lex):
                continue  # 'closes for a week, with no works permitted at Easter': no past
        staged = reading is not None and _staged(word.lower(), previous, lex)
        if staged and any(inner.lower() in lex.time_clause_words for inner in words[:index]):
            reading = None  # 'is held on remand after his arrest on Monday': not the date's
        if leftward and _negated_schedule(word, words[index + 1 : index + 3], lex):
            reading = TenseReading(Tense.FUTURE, Strength.INTENT, word)  # 'does not open'
        if (
            leftward
            and reading is not None
            and _planned_in_the_past(word, words[index + 1 : index + 1 + _PLAN_REACH], lex)
        ):
            reading = TenseReading(Tense.PRESENT, cue=word)  # 'was billed to start at 7.30 pm'
        after_a_subject = not leftward and index == _DETERMINER_AND_NOUN
        if reading is None and after_a_subject and _present_in_s(word, words, lex):
            reading = TenseReading(Tense.PRESENT, cue=word)  # 'On Sunday, the festival winds down'
        outer_words = words[index + 1 : index + 3]
        if reading is None or (leftward and _adjective_in_a_future(reading, outer_words, lex)):
            continue
        if found is None and reading.strength is not Strength.INFINITIVE:
            return _unless_pluperfect(reading, words[index + 1 : index + 4], lex, leftward=leftward)
        if found is None:
            found = reading
        elif reading.tense is Tense.FUTURE and reading.strength > found.strength:
            return _unless_pluperfect(reading, words[index + 1 : index + 4], lex, leftward=leftward)
        elif reading.strength is not Strength.INFINITIVE:
            return found  # an infinitive's own infinitive ('to return to normal') reads on
    return found or owned_plan


def _ends_a_unit(reading: TenseReading | None, unit: str, dated: str, lex: Lexicon) -> bool:
    """'its quarter ended March 31', 'the year ended June 30': a past form between a unit and
    the day it ended names that unit, with a date of its own; it tells no tense to a date
    further on."""
    if reading is None or reading.tense is not Tense.PAST or unit.lower() not in lex.units:
        return False
    return dated.lower().rstrip(".") in lex.months or dated.isdigit()


def _names_its_object(following: str, lex: Lexicon) -> bool:
    """'its forecast for the year', 'a forecast of gales on Sunday': the noun's object, which
    lies ahead, follows it."""
    after = following.lower()
    return lex.is_fragment("for", after) or lex.is_fragment("of", after)


def _directed(outer: list[str], lex: Lexicon) -> bool:
    """'have been urged to avoid the coast on Saturday', 'the club urges fans to arrive early on
    Sunday': an infinitive after a directive told in the present or the perfect is the thing
    to be done, which lies ahead; 'were ordered to evacuate on Sunday' tells what was done."""
    for at, word in enumerate(outer[:_DIRECTIVE_REACH]):
        lowered = word.lower()
        if lowered not in lex.directive_verbs:
            continue
        if not (lowered.endswith(lex.past_suffix) or lowered in lex.past_cues):
            return True  # 'urges', 'we ask residents to'
        auxiliaries = [aux.lower() for aux in outer[at + 1 : at + 1 + _DIRECTIVE_AUXILIARIES]]
        while auxiliaries and auxiliaries[0] in lex.participle_auxiliaries:
            auxiliaries.pop(0)  # 'been', 'being' before the tense's own auxiliary
        present = lex.perfect_auxiliaries | lex.progressive_auxiliaries
        return bool(auxiliaries) and auxiliaries[0] in present
    return False


def _absolute_participle(
    reading: TenseReading | None, words_before: list[str], following: str, lex: Lexicon
) -> bool:
    """'with no works permitted at Easter', 'with the bridge closed on Sunday': a past form
    after the noun that 'with' opens describes that noun; the clause's own verb tells the
    tense ('with the deal expected to close' still tells a forecast). `words_before` runs
    back from the word; an object after it makes it a verb."""
    if reading is None or reading.tense is not Tense.PAST:
        return False
    after = following.lower()
    objects = (lex.articles, lex.possessive_determiners, lex.personal_pronouns)
    if any(after in words for words in objects):
        return False  # 'Police with the dogs searched the woods'; not 'closed each evening'
    cue = reading.cue.lower()
    if not (cue.endswith(lex.past_suffix) or cue in lex.same_form_pasts):
        return False  # 'patients with the disease began': no participle
    for index, before in enumerate(words_before):
        lowered = before.lower()
        if lowered in lex.absolute_openers:
            return index > 1 and words_before[index - 1].lower() in lex.absolute_determiners
        if lowered in lex.personal_pronouns or lowered in lex.subject_pronouns:
            return False  # 'with what he gathered on Friday': a clause of its own
    return False


def _pluperfect_behind_adverbs(outer: list[str], lex: Lexicon) -> str:
    """The word before a verb, or the 'had' or form of 'be' behind adverbs there ('had still
    not paid', 'were fully reopened')."""
    for index, word in enumerate(outer):
        lowered = word.lower()
        if index and (lowered in lex.pluperfect_cues or lowered in lex.passive_auxiliaries):
            return word
        adverb = lowered.endswith(lex.adverb_suffixes) and len(lowered) > _SHORTEST_ADVERB
        if lowered not in lex.verb_adverbs and not adverb:
            break
    return outer[0] if outer else ""


def as_an_opening(word: str, following: str, lex: Lexicon) -> str:
    """The sentence's first word as the cue readers take it: a regular past form before a
    preposition in lower case ('Founded in 1990, ...', 'Elected by a landslide, ...'), since
    `is_past_form` reads only lower-case '-ed' words, so that names ('Alfred will visit') are no
    verbs; any other word as written."""
    after = following.lower()
    before_a_preposition = after in lex.month_context_words or lex.is_fragment("by", after)
    participle = (
        word[:1].isupper()
        and word[1:].islower()
        and before_a_preposition
        and is_past_form(word.lower(), "", lex)
    )
    return word.lower() if participle else word


def _adjective_in_a_future(reading: TenseReading, outer: list[str], lex: Lexicon) -> bool:
    """'will turn unsettled on Tuesday', 'will batter exposed coasts', 'are expected to turn
    unsettled': a regular '-ed' form right after a verb that follows 'will' or 'to' is an
    adjective of the clause, not a past verb ('Exports to China slumped' is one)."""
    cue = reading.cue.lower()
    regular = cue.endswith(lex.past_suffix) and cue not in lex.past_cues
    regular = regular or cue in lex.past_cues_without_past_verb  # 'will open earlier from
    if reading.tense is not Tense.PAST or not regular or len(outer) < _VERB_AND_MARKER:
        return False
    verb, marker = outer[0], outer[1].lower()
    marked = marker in lex.future_cues or marker in lex.infinitive_markers
    return marked and verb.islower() and looks_like_a_verb(verb, lex)  # not 'Exports to China


def _unless_pluperfect(
    reading: TenseReading, outer: list[str], lex: Lexicon, *, leftward: bool
) -> TenseReading:
    """A plan told in the pluperfect may have been dropped or kept: 'had been due to expire
    Friday' is read like a present cue, the nearer occurrence, not the next one."""
    firm = reading.strength is Strength.FIRM and reading.cue.lower() in lex.modal_verbs
    if not leftward or reading.tense is not Tense.FUTURE or firm:
        return reading  # but 'had been scheduled for October' is a plan
    perfect = next((word for word in outer if word.lower() in lex.pluperfect_cues), None)
    return TenseReading(Tense.PRESENT, cue=perfect) if perfect else reading


def word_cue(
    word: str, previous: str, following: str, lex: Lexicon, *, leftward: bool
) -> TenseReading | None:
    """The tense one word tells, judged with its neighbours ('May' the month tells none, 'to'
    after 'plans' a plan), or None; `leftward` when the word stands before the expression."""
    lowered = word.lower().replace("’", "'")
    if word[:1].isupper() and lowered in lex.months:
        return None  # the month 'May', not the modal
    clitic = lowered[lowered.find("'") :] if "'" in lowered else ""
    if lowered in lex.past_cues and following.lower() in lex.comparison_words:
        return None  # 'will close no earlier than June' compares; it tells no tense
    if lowered in lex.future_cues_before_to and following.lower() not in lex.infinitive_markers:
        if previous.lower() in lex.progressive_auxiliaries:  # 'are going on strike on Monday'
            return TenseReading(Tense.FUTURE, Strength.INTENT, word)
        return None  # 'within two days of going on sale', not 'going to'
    if lowered in lex.future_cues or clitic in lex.future_cues:
        return TenseReading(Tense.FUTURE, cue=word)
    if leftward and _arranged(lowered, clitic, following, lex):
        return TenseReading(Tense.FUTURE, Strength.INTENT, word)  # 'is seeking a term in November'
    if clitic in lex.present_cues:  # "we're opening"
        return TenseReading(Tense.PRESENT, cue=word)
    if lowered in lex.weak_future_cues and _plan_told_as_done(lowered, previous, lex):
        return None
    if lowered.endswith(lex.participle_suffix) and previous.lower() in lex.plural_units:
        return None  # 'spent five weeks planning a rescue': how the time went, no plan
    ranked = previous.lower() in lex.articles or previous.lower() in lex.possessive_determiners
    if lowered in lex.past_cues_without_past_verb and ranked:
        return None  # 'in the last week of June', 'his last lecture' rank; they tell no past
    if lowered in lex.past_cues_without_past_verb and previous.lower() in lex.month_context_words:
        return None  # 'ahead of last year, with July 4 still to come': a date, not the clause's
    counted = lowered in lex.quantity_nouns and previous.lower() in lex.month_context_words
    if lowered in lex.weak_future_cues and ranked and not _names_its_object(following, lex):
        return None  # 'lifted its forecast on Tuesday': a noun, no intention
    if lowered in lex.weak_future_cues and not counted:  # 'won by 63 runs on Tuesday'
        if leftward or lowered in lex.modal_verbs:
            return TenseReading(Tense.FUTURE, Strength.INTENT, word)
        # after the date, 'expects' or a schedule ('the office opens') tells the nearer one
        present = lowered in lex.present_cues or lex.schedules_in_s(lowered)
        return TenseReading(Tense.PRESENT, cue=word) if present else None
    if lowered in lex.conditional_cues:
        after = following.lower()
        ability = lowered in lex.possibility_modals and after in lex.passive_auxiliaries
        reported_future = leftward and after not in lex.perfect_auxiliaries and not ability
        return TenseReading(Tense.FUTURE, Strength.INTENT, word) if reported_future else None
    if lowered in lex.infinitive_markers:
        if not leftward or not looks_like_a_verb(following, lex):
            return None
        before = previous.lower()
        if before in lex.present_cues or before in lex.scheduling_words:
            return TenseReading(Tense.FUTURE, Strength.INTENT, word)
        return TenseReading(Tense.FUTURE, Strength.INFINITIVE, word)
    staged = _staged(lowered, previous, lex) and following.lower() in lex.event_prepositions
    if _scheduled_for(lowered, previous, following, lex) or staged:
        return TenseReading(Tense.FUTURE, Strength.INTENT, word)
    scheduled = f"{lowered} {following.lower()}" in lex.scheduling_phrases
    if leftward and scheduled and _has_a_subject(previous, lex):
        return TenseReading(Tense.FUTURE, Strength.INTENT, word)  # 'takes place on Sunday'
    if _was_scheduled_for(lowered, previous, following, lex):
        return TenseReading(Tense.PRESENT, cue=word)
    if lowered in lex.scheduling_verbs and leftward and _has_a_subject(previous, lex):
        if word.istitle() and previous[:1].isupper() and following[:1].islower():
            return None  # 'recorded at Malin Head at 11pm': a name, not 'head'
        return TenseReading(Tense.FUTURE, Strength.INTENT, word)
    # A count noun after a preposition or a determiner: 'won by 63 runs' (digits are no words).
    before = previous.lower()
    noun = lowered in lex.quantity_nouns and (
        before in lex.month_context_words or before in lex.determiners
    )
    if lowered in lex.present_cues and lowered not in lex.past_cues and not noun:
        return TenseReading(Tense.PRESENT, cue=word)
    if lowered in lex.agent_participles and lex.is_fragment("by", following):
        return None  # 'wreaths will be laid, followed by a silence': no finite verb
    relative = _past_in_a_relative(word, previous, following, lex)
    if (
        relative
        or is_past_form(word, previous, lex)
        or _same_form_past(word, previous, following, lex)
    ):
        perfect = previous.lower() in lex.pluperfect_cues
        return TenseReading(Tense.PAST, cue=previous if perfect else word)
    if _present_after_a_pronoun(word, before, lex):
        return TenseReading(Tense.PRESENT, cue=word)
    if _present_after_a_day(word, previous, following, lex):
        return TenseReading(Tense.FUTURE, Strength.INTENT, word)  # a listing, as 'opens' is
    return None


def _past_in_a_relative(word: str, previous: str, following: str, lex: Lexicon) -> bool:
    """'a debate that lasted until midnight': after a relative 'that', a past form followed by
    a preposition or a determiner is the clause's verb, not an adjective ('that damaged car')."""
    if previous.lower() not in lex.relative_determiners or not is_past_form(word, "", lex):
        return False
    after = following.lower()
    if after in lex.scheduling_links:
        return False  # 'riders that qualified for Sunday's race': the race may lie ahead
    return after in lex.month_context_words or after in lex.determiners


def _arranged(lowered: str, clitic: str, following: str, lex: Lexicon) -> bool:
    """A present progressive before the date tells of an arrangement ahead ('is seeking a sixth
    term in November', 'we're opening on Friday')."""
    auxiliary = lowered in lex.progressive_auxiliaries or clitic in lex.progressive_auxiliaries
    after = following.lower()
    return auxiliary and _participle(after, lex) and after.isalpha()


def _heads_a_subject(word: str, following: list[str], lex: Lexicon) -> bool:
    """Whether a scheduling verb in -s after the date ('returns', 'opens') is rather a plural
    noun in the subject of a finite verb a few words on ('early returns from the suburbs
    showed')."""
    return lex.schedules_in_s(word) and _finite_verb_among(word, following, lex)


def _finite_verb_among(word: str, following: list[str], lex: Lexicon) -> bool:
    """Whether a finite verb stands among the words after `word`: a listed cue or a past form."""
    cues = finite_verb_cues(lex)
    return any(
        later.lower() in cues or is_past_form(later, before, lex)
        for before, later in zip([word, *following], following, strict=False)
    )


def _present_in_s(word: str, words: list[str], lex: Lexicon) -> bool:
    """A verb in '-s' chrono has no word for, right after a date and a subject of a determiner
    and a singular noun ('On Sunday, the festival winds down'), unless a finite verb follows,
    which makes the '-s' word a noun of the subject ('On Sunday, the city streets were empty').
    `words` run from the date on; the word is the third of them."""
    lowered = word.lower()
    if not word.islower() or "'" in word:
        return False
    if not lex.looks_plural(lowered) or len(lowered) <= _SHORTEST_VERB_IN_S + 1:
        return False
    determiner, noun = words[0].lower(), words[1]
    after = words[_DETERMINER_AND_NOUN + 1 :]  # to the clause's end: 'the city councils ... agreed'
    singular = noun.islower() and not lex.looks_plural(noun) and not is_function_word(noun, lex)
    if not (determiner in lex.articles or determiner in lex.determiners) or not singular:
        return False
    if lowered in finite_verb_cues(lex) or is_function_word(lowered, lex):
        return False
    next_word = after[0].lower() if after else ""
    links = (lex.verb_particles, lex.month_context_words, lex.determiners, lex.articles)
    if next_word and not any(next_word in group for group in links):
        return False  # 'the ambulance crews sped to the scene': a verb chrono has no word for
    return not _finite_verb_among(word, after, lex)


def _compares_a_schedule(word: str, outer: list[str], lex: Lexicon) -> bool:
    """'earlier' after the length a schedule moves by ('will open an hour earlier', 'closes 30
    minutes earlier') compares with its usual time and tells no past. `outer` runs outwards:
    the unit, its amount if written in words, the verb and the word before it."""
    if word.lower() not in lex.past_cues_without_past_verb or not outer:
        return False
    if outer[0].lower() not in lex.units:
        return False
    at = 1
    if len(outer) > at and (
        outer[at].lower() in lex.indefinite_amounts or outer[at].lower() in lex.number_words
    ):
        at += 1
    if len(outer) <= at:
        return False
    previous = outer[at + 1] if len(outer) > at + 1 else ""
    return lex.moves_a_schedule(outer[at], previous)


def _shares_a_passive(word: str, following: str, outer: list[str], lex: Lexicon) -> bool:
    """A past form after 'and' that shares the passive of the participle before it ('would be
    reviewed every two weeks and eased in the autumn'): a participle, whose auxiliary further
    out tells the tense; not one with an object of its own ('and signed the order on Monday').
    `outer` runs outwards from the word, `following` is the word after it."""
    if not outer or not lex.is_fragment("and", outer[0].lower()):
        return False
    after = following.lower()
    if after not in lex.event_prepositions and after not in lex.clock_prepositions:
        return False
    if not is_past_form(word, outer[0], lex):
        return False
    return any(
        participle.endswith(lex.past_suffix) and auxiliary.lower() in lex.passive_auxiliaries
        for participle, auxiliary in pairwise(outer[1:])
    )


def _noun_after_an_adjective(word: str, outer: list[str], lex: Lexicon) -> bool:
    """A scheduling verb's base form after 'a' and a lower-case word ('a weak start', 'a late
    close'), which makes it a noun: a singular subject would take '-s'. After 'the' it may be
    a verb ('schools in the district open on Wednesday')."""
    if word.lower() not in lex.scheduling_verbs or len(outer) < _ADJECTIVE_AND_DETERMINER:
        return False
    adjective, article = outer[0], outer[1].lower()
    return lex.is_fragment("a", article) and adjective.islower() and not lex.looks_plural(adjective)


def _owned_intention(words: list[str], index: int, following: str, lex: Lexicon) -> bool:
    """An intention word in '-s' after a determiner and a noun ('their promotion hopes', 'the
    firm's expansion plans') is a plural noun unless what a verb of intention takes follows it
    ('The party hopes to win', 'the board plans a vote', 'the coach hopes for more'); 'for'
    right before the date is the noun's ('the club's hopes for Saturday ended'). `words` run
    back from the date; the word is `words[index]`."""
    if words[index].lower() not in lex.intention_nouns:
        return False
    outer = words[index + 1 : index + 1 + _ADJECTIVE_AND_DETERMINER]
    if len(outer) < _ADJECTIVE_AND_DETERMINER:
        return False
    modifier, owner = outer[0], outer[1].lower()
    owned = owner in lex.articles or owner in lex.possessive_determiners
    owned = owned or lex.ends_a_possessive(owner, len(owner))
    after = following.lower()
    verb_object = after in lex.infinitive_markers or after in lex.determiners
    verb_object = verb_object or after in lex.personal_pronouns or lex.is_fragment("that", after)
    verb_object = verb_object or (lex.is_fragment("for", after) and index > 1)
    return owned and modifier.islower() and not verb_object


@cache
def finite_verb_cues(lex: Lexicon) -> frozenset[str]:
    """Every word that is a finite verb or a modal: past, present and future cues."""
    return lex.past_cues | lex.present_cues | lex.future_cues | lex.modal_verbs


def _plan_told_as_done(word: str, previous: str, lex: Lexicon) -> bool:
    """'stronger-than-expected sales', 'began as planned', 'as previously planned', 'for planned
    operations': a plan or an expectation named as a yardstick, as already made or as an
    adjective, which says nothing of the tense."""
    before = previous.lower()
    made = before in lex.past_cues and is_past_form(word, previous, lex)
    made = made and before not in lex.pluperfect_cues  # 'had planned to sign' was a plan
    adjective = word.endswith(lex.past_suffix) and (
        before in lex.determiners or before in lex.month_context_words
    )  # 'waited for planned operations in June'
    return before in lex.comparison_words or made or adjective


def _present_after_a_pronoun(word: str, before: str, lex: Lexicon) -> bool:
    """'we see no sign', 'they expect', 'she thinks': a verb right after a subject pronoun that
    is no past form is a present tense."""
    if before not in lex.subject_pronouns or not word.islower() or is_function_word(word, lex):
        return False
    if before in lex.singular_pronouns:
        return word.endswith(lex.plural_suffix)
    return True


def _present_after_a_day(word: str, previous: str, following: str, lex: Lexicon) -> bool:
    """'The deal reached on Monday gives crews a raise in January', 'Saturday brings a choir, and
    Sunday ...': a word in -s right after a day name, with an object after it (an article or a
    plural), is the verb its clause hangs on, told in the present of a schedule; in 'Black Friday
    sales beat forecasts' it is a noun."""
    return (
        (following.lower() in lex.determiners or lex.looks_plural(following))
        and previous[:1].isupper()
        and previous.lower() in lex.weekdays
        and len(word) > _SHORTEST_VERB_IN_S
        and lex.looks_plural(word)
        and not is_function_word(word, lex)
    )


def _scheduled_for(word: str, previous: str, following: str, lex: Lexicon) -> bool:
    """'is set for Thursday', 'are targeted for March', 'with launch targeted for 6 a.m.': a
    present or reduced passive that schedules (not 'was set for', whose plan may be past)."""
    if word not in lex.scheduling_participles or following.lower() not in lex.scheduling_links:
        return False
    before = previous.lower()
    reduced = bool(before) and not is_function_word(before, lex)
    return before in lex.present_cues or (reduced and before not in lex.subject_pronouns)


def _negated_schedule(word: str, outer: list[str], lex: Lexicon) -> bool:
    """A scheduling verb after 'not' and a present auxiliary ('does not open on Monday'): a
    timetable still, as 'opens on Monday' is; after 'did not' the past tells."""
    if word.lower() not in lex.scheduling_verbs or len(outer) < _NEGATION_AND_AUXILIARY:
        return False
    negation, auxiliary = (item.lower().replace("’", "'") for item in outer)
    return lex.is_fragment("negation", negation) and auxiliary in lex.present_cues


def _staged(word: str, previous: str, lex: Lexicon) -> bool:
    """'is held on Sunday', 'are played on Saturday': a present passive that stages an event."""
    return word in lex.staging_participles and previous.lower() in lex.progressive_auxiliaries


def _planned_in_the_past(word: str, outer: list[str], lex: Lexicon) -> bool:
    """'The show was billed to start at 7.30 pm', 'was due to close on 25 June': a plan told in
    the past may have been kept or not, so, as after 'was set for', the nearer occurrence, and a
    clock time stays on the day the story is on. `outer` holds the two words before 'to'."""
    if word.lower() not in lex.infinitive_markers or len(outer) < _PLAN_REACH:
        return False
    planned, auxiliary = outer[0].lower(), outer[1].lower()
    scheduling = planned in lex.scheduling_participles or planned in lex.scheduling_words
    scheduling = scheduling or planned in lex.future_cues  # 'was scheduled to'
    return scheduling and auxiliary in lex.past_of_be  # not 'had been set to expire Nov. 6'


def _called_for(word: str, previous: str, link: str, lex: Lexicon) -> bool:
    """'a by-election in Saint John East, called for June 15, will be ...': a reduced passive
    that schedules, with the date right after its 'for' (the active 'called for a walkout on
    Monday' demands, with its object between)."""
    before = previous.lower()
    return (
        word.lower() in lex.passive_scheduling_participles
        and link.lower() in lex.scheduling_links
        and bool(before)
        and not is_function_word(before, lex)
        and before not in lex.subject_pronouns
    )


def _was_scheduled_for(word: str, previous: str, following: str, lex: Lexicon) -> bool:
    """'Sentencing was set for June 20', 'the by-election was called for Thursday': a plan told
    in the past may have been kept or not, so the nearer occurrence, as for a plan in the
    pluperfect."""
    scheduling = word in lex.scheduling_participles or word in lex.passive_scheduling_participles
    return (
        scheduling
        and previous.lower() in lex.passive_auxiliaries
        and following.lower() in lex.scheduling_links
    )


def is_function_word(word: str, lex: Lexicon) -> bool:
    """'to', a modal, a determiner or an auxiliary: after one, a verb form is no finite verb
    of its own ('to meet', 'could hold', 'the close', 'have come', 'were open')."""
    groups = (
        lex.infinitive_markers,
        lex.modal_verbs,
        lex.determiners,
        lex.perfect_auxiliaries,
        lex.pluperfect_cues,
        lex.passive_auxiliaries,
    )
    return any(word in group for group in groups)


def _same_form_past(word: str, previous: str, following: str, lex: Lexicon) -> bool:
    """A verb whose past is its base ('cut', 'hit', 'set') is past after a singular subject and
    before its object ('the firm cut 500 jobs', 'the storm hit the coast'), where the present
    would add '-s'; not before a preposition ('a rate cut in March' is a noun)."""
    if word.lower() not in lex.same_form_pasts or not previous or not following:
        return False
    before = previous.lower()
    if is_function_word(before, lex) or lex.looks_plural(before):
        return False
    if before in lex.subject_pronouns and before not in lex.singular_pronouns:
        return False
    return following.lower() not in lex.month_context_words


def _has_a_subject(previous: str, lex: Lexicon) -> bool:
    """A base-form verb is a present tense ('voters go to the polls on Saturday') unless 'to' or
    a modal comes before it ('agreed to meet on Friday', 'could meet'), a determiner makes it
    a noun ('a return to', 'the close of business'), a perfect a participle ('have come
    down') or a form of 'be' an adjective ('the polls were open'); after 'not' the auxiliary
    before it tells the tense ('did not open on Friday')."""
    before = previous.lower()
    joined = lex.is_fragment("and", before)  # 'have won two games and travel to Brighton'
    return (
        bool(before)
        and not is_function_word(before, lex)
        and not lex.is_fragment("negation", before.replace("’", "'"))
        and (before not in lex.month_context_words or joined)
    )


def is_past_form(word: str, previous: str, lex: Lexicon) -> bool:
    """A past-tense verb: a listed form, or '-ed', but not a participle after a form of 'be'
    ('will be paid', 'is pencilled in'), nor a base form after a modal or 'to' ('will last',
    'could hold', 'expected to last'), nor an '-ed' adjective after a determiner or a
    preposition ('the proposed bypass', 'a stake in preferred shares') or a capitalized listed
    one there ('the Rose Theatre'), nor a listed word that only looks past ('Series H preferred
    shares', 'will succeed him')."""
    before = previous.lower()
    if before in lex.passive_auxiliaries or before in lex.modal_verbs:
        return False
    if before in lex.infinitive_markers:
        return False  # 'is expected to last until Thursday'
    preposition = before in lex.month_context_words and not lex.is_fragment("and", before)
    adjective_slot = before in lex.determiners or preposition
    if word.lower().replace("’", "'") in lex.past_cues:
        return not (adjective_slot and word[:1].isupper())  # 'at the Rose Theatre': a name
    if word.lower() in lex.not_past_forms:
        return False
    # 'long-awaited', 'state-owned': a compound adjective, no verb
    regular = (
        word.islower() and len(word) > 4 and word.endswith(lex.past_suffix) and "-" not in word
    )
    return regular and not adjective_slot


def looks_like_a_verb(word: str, lex: Lexicon) -> bool:
    """After 'to', a base-form verb: lower case, not a function word, not a plural noun, not a
    noun that often follows 'to' ('shot to death', 'sent to prison'), not the word of an amount
    whose digits the clause's words leave out ('rose to 5.2 percent', 'to $4 billion', 'to over
    2,000')."""
    if word in lex.passive_auxiliaries or word in lex.short_verbs:
        return True  # 'to be', 'due to go ahead'
    amount = word in lex.scale_words or word in lex.amount_words or word in lex.amount_mods
    amount = amount or word in lex.number_words  # 'fell to nine percent'
    return (
        word.islower()
        and len(word) > 2
        and word not in lex.determiners
        and word not in lex.nouns_after_to
        and not amount
        and not lex.looks_plural(word)
        and not _participle(word, lex)
    )


def _participle(word: str, lex: Lexicon) -> bool:
    """A word in '-ing' that is no base verb ('rose to 8,189.49, leaving', 'looks forward to
    meeting'), unlike 'bring' or 'sing'."""
    long_enough = len(word) > _SHORTEST_ING
    return long_enough and word.endswith(lex.participle_suffix) and word not in lex.not_participles
