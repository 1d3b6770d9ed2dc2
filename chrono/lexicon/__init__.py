"""The shape every language's data fills in: words and phrases mapped to language-neutral meanings.

The engine (grammar, resolver, context) sees only a `Lexicon`, never an English word, so another
language is a new data module beside `en.py`. Keys are lower case: text is lowered once, at lookup.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from chrono.holidays import HolidayRule
from chrono.model import Mod
from chrono.semantics import DayPart, Ref, Season, Unit, Weekday

_SPACES = re.compile(r" +")
_POSSESSIVE_CHARS = 2  # "'s", "’s"
_PARTICLE_AND_VERB = 2  # 'forward' and 'brought' before 'from'


@dataclass(frozen=True, slots=True, eq=False)
class Lexicon:
    """All language data the grammar and the tense heuristic use (hashed by identity: one per
    language, so compiled rules can be cached per lexicon)."""

    months: Mapping[str, int]
    weekdays: Mapping[str, Weekday]
    units: Mapping[str, Unit]
    plural_units: frozenset[str]
    vague_span_preps: frozenset[str]
    tense_led_night_words: frozenset[str]
    modal_verbs: frozenset[str]
    verb_stretch_words: frozenset[str]
    generic_day_nouns: frozenset[str]
    unit_factors: Mapping[str, int]
    number_words: Mapping[str, int]
    tens_words: Mapping[str, int]
    decade_words: Mapping[str, int]
    scale_words: Mapping[str, int]
    indefinite_amounts: Mapping[str, float]
    vague_amounts: frozenset[str]
    ordinals: Mapping[str, int]
    ordinal_suffixes: frozenset[str]
    deictic_days: Mapping[str, int]
    day_parts: Mapping[str, DayPart]
    night_words: Mapping[str, int]
    night_hours: frozenset[str]
    relative_to_dct: Mapping[str, int]
    relative_to_ref: Mapping[str, int]
    twice_removed: Mapping[str, int]
    seasons: Mapping[str, Season]
    holidays: Mapping[str, str]
    holiday_rules: Mapping[str, HolidayRule]
    word_like_holidays: frozenset[str]
    superlative_words: frozenset[str]
    time_spending_verbs: frozenset[str]
    timing_verbs: frozenset[str]
    ordinal_units: frozenset[str]
    tiny_quantity_nouns: frozenset[str]
    bare_hour_prepositions: frozenset[str]
    group_name_words: frozenset[str]
    adverb_followers: frozenset[str]
    vague_refs: Mapping[str, Ref]
    adjective_refs: frozenset[str]
    # Adjectives that place what they describe at a time ('the current share', 'the then
    # current price'), with the word that moves them into the past and the words that make
    # them no time at all ('the current account', 'an electric current').
    vague_adjectives: Mapping[str, Ref]
    then_words: frozenset[str]
    vague_adjective_terms: frozenset[str]
    vague_adjective_nouns: frozenset[str]
    vague_plural_refs: Mapping[str, int]
    stretch_words: frozenset[str]
    report_span_words: frozenset[str]
    set_adverbs: Mapping[str, Unit]
    set_adverb_steps: Mapping[str, int]
    frequency_words: Mapping[str, int]
    quantifiers: Mapping[str, str]
    amount_mods: Mapping[str, Mod]
    comparison_only_after: Mapping[str, frozenset[str]]
    period_mods: Mapping[str, Mod]
    within_period_mods: Mapping[str, Mod]
    hyphen_period_mods: Mapping[str, Mod]
    approx_point_words: frozenset[str]
    past_cues: frozenset[str]
    future_cues: frozenset[str]
    weak_future_cues: frozenset[str]
    present_cues: frozenset[str]
    passive_auxiliaries: frozenset[str]
    infinitive_markers: frozenset[str]
    scheduling_words: frozenset[str]
    scheduling_verbs: frozenset[str]
    not_past_forms: frozenset[str]
    agent_participles: frozenset[str]
    recurring_day_leads: frozenset[str]
    weekday_compound_nouns: frozenset[str]
    report_nouns: frozenset[str]
    progressive_auxiliaries: frozenset[str]
    conditional_cues: frozenset[str]
    clause_openers: frozenset[str]
    person_relatives: frozenset[str]
    subject_pronouns: frozenset[str]
    perfect_auxiliaries: frozenset[str]
    pluperfect_cues: frozenset[str]
    articles: frozenset[str]
    nouns_after_to: frozenset[str]
    deadline_words: frozenset[str]
    past_suffix: str
    participle_suffix: str
    term_participles: frozenset[str]
    lasting_verbs: frozenset[str]
    lowercase_holidays: frozenset[str]
    not_participles: frozenset[str]
    counted_compounds: frozenset[str]
    clock_prepositions: frozenset[str]
    price_words: frozenset[str]
    plural_suffix: str
    honorifics: frozenset[str]
    abbreviations: frozenset[str]
    ambiguous_names: frozenset[str]
    month_context_words: frozenset[str]
    quantity_nouns: frozenset[str]
    number_labels: frozenset[str]
    false_friends: frozenset[str]
    fragments: Mapping[str, str]
    dateline_max_lines: int = 6
    # Consistency checks (chrono.consistency): words that tie an elapsed time to an event's date.
    inception_words: frozenset[str] = frozenset()
    anniversary_words: frozenset[str] = frozenset()
    approx_below_words: frozenset[str] = frozenset()
    apposition_links: frozenset[str] = frozenset()
    since_words: frozenset[str] = frozenset()
    stretches_to_now: frozenset[str] = frozenset()
    participle_adverbs: frozenset[str] = frozenset()
    comparison_words: frozenset[str] = frozenset()
    until_words: frozenset[str] = frozenset()
    # Words that count a plural of days rather than take all of them ('on several Fridays').
    day_counters: frozenset[str] = frozenset()
    # Words after a plural weekday that, before a capital, begin a title ('Fridays for Future').
    title_links: frozenset[str] = frozenset()
    # Words opening a noun and a participle that describes it ('with no works permitted').
    participle_auxiliaries: frozenset[str] = frozenset()
    short_verbs: frozenset[str] = frozenset()
    passive_scheduling_participles: frozenset[str] = frozenset()
    directive_verbs: frozenset[str] = frozenset()
    count_comparatives: frozenset[str] = frozenset()
    reporting_gerunds: frozenset[str] = frozenset()
    leave_words: frozenset[str] = frozenset()
    absolute_openers: frozenset[str] = frozenset()
    absolute_determiners: frozenset[str] = frozenset()
    # A word that takes every one of a plural of days ('on all working days').
    all_words: frozenset[str] = frozenset()
    # Words of an amount after its digits, never a verb ('rose to 5.2 percent', 'to 3 per cent').
    amount_words: frozenset[str] = frozenset()
    # Words before a quarter's last day that make it a balance date ('$131 million at Dec. 31').
    balance_date_words: frozenset[str] = frozenset()
    time_clause_words: frozenset[str] = frozenset()
    change_verbs: frozenset[str] = frozenset()
    scale_readings: frozenset[str] = frozenset()
    # Weather words that may stand between an article and a season ('during a wet summer').
    season_adjectives: frozenset[str] = frozenset()
    # The past of 'be': a state it tells before 'by' had held by the date.
    past_of_be: frozenset[str] = frozenset()
    # Fractions that, before 'more than', compare two amounts ('a third more than a year ago').
    fraction_words: frozenset[str] = frozenset()
    # Words after 'the week' or 'the month' that make it no period of the document's own.
    week_followers: frozenset[str] = frozenset()
    # Words opening a clause set off by commas, whose verb governs only that clause.
    aside_openers: frozenset[str] = frozenset()
    projection_words: frozenset[str] = frozenset()
    rescheduling_phrases: frozenset[str] = frozenset()
    same_form_pasts: frozenset[str] = frozenset()
    possibility_modals: frozenset[str] = frozenset()
    superlatives: frozenset[str] = frozenset()
    superlative_suffix: str = ""
    participation_verbs: frozenset[str] = frozenset()
    listing_purposes: frozenset[str] = frozenset()
    state_verbs: frozenset[str] = frozenset()
    completion_verbs: frozenset[str] = frozenset()
    future_cues_before_to: frozenset[str] = frozenset()
    not_superlatives: frozenset[str] = frozenset()
    award_nouns: frozenset[str] = frozenset()
    family_nouns: frozenset[str] = frozenset()
    game_words: frozenset[str] = frozenset()
    person_nouns: frozenset[str] = frozenset()
    adverb_suffixes: tuple[str, ...] = ()
    event_nouns: frozenset[str] = frozenset()
    reporting_verbs: frozenset[str] = frozenset()
    delivery_nouns: frozenset[str] = frozenset()
    scheduled_events: frozenset[str] = frozenset()
    past_cues_without_past_verb: frozenset[str] = frozenset()
    scheduling_participles: frozenset[str] = frozenset()
    # A present passive that stages an event ('is held on Sunday'), and two-word schedules
    # ('takes place on Sunday'): a timetable, which looks ahead.
    staging_participles: frozenset[str] = frozenset()
    scheduling_phrases: frozenset[str] = frozenset()
    scheduling_links: frozenset[str] = frozenset()
    street_words: frozenset[str] = frozenset()
    lead_up_words: frozenset[str] = frozenset()
    # Words that set a period up as the backdrop of what is reported ('After a flat second
    # quarter, profit rose').
    backdrop_words: frozenset[str] = frozenset()
    conjunctions: frozenset[str] = frozenset()
    # A person's possessives, before which a ranked century may be a score ('his third century').
    personal_possessives: frozenset[str] = frozenset()
    # Possessive determiners, after which digits and one thing name the thing's year ('its 1883
    # founding').
    possessive_determiners: frozenset[str] = frozenset()
    # Letters after a number's digits that make it an amount of money ('80p', '$2bn').
    amount_suffixes: frozenset[str] = frozenset()
    # What a possessive date owns when 'by' before it still sets a deadline ('by Friday's
    # deadline'), not an agent ('felled by Sunday's gales').
    deadline_nouns: frozenset[str] = frozenset()
    # After a ranked period, words that count a streak ('the third quarter running').
    streak_words: frozenset[str] = frozenset()
    # Words that open a stretch only before a count ('the following three days').
    counted_stretch_words: frozenset[str] = frozenset()
    # Relatives after 'the last <unit>' that make it a rank ('the last year that').
    ranking_relatives: frozenset[str] = frozenset()
    # Same-form participles that tell of a past event in an aside ('rations, cut in March,').
    past_event_participles: frozenset[str] = frozenset()
    # Past verbs that grant time up to a deadline ('gave importers until Dec. 15').
    granting_verbs: frozenset[str] = frozenset()
    # Words that set a level an amount after them is ('peaked at', 'hit', 'was cut to').
    level_words: frozenset[str] = frozenset()
    # Conjunctions that join or open a clause ('and', 'once', 'because').
    clause_links: frozenset[str] = frozenset()
    # Verbs that take a 'that' clause, whose subject may be a day ('told reporters that Friday
    # would be key').
    clause_taking_verbs: frozenset[str] = frozenset()
    # Verbs that move an event to a new date, said of the date it leaves ('brought forward from'),
    # and those that do so only in the passive ('has been moved from'; 'prices moved from').
    moving_verbs: frozenset[str] = frozenset()
    passive_moving_verbs: frozenset[str] = frozenset()
    # Words and phrases that move it later ('postponed', 'pushed back') and earlier ('brought
    # forward').
    delaying_verbs: frozenset[str] = frozenset()
    advancing_verbs: frozenset[str] = frozenset()
    # Past verbs of going that complete with no object ('residents left by 2 pm').
    departure_verbs: frozenset[str] = frozenset()
    # Intention words in '-s' that are also plural nouns ('their promotion hopes').
    intention_nouns: frozenset[str] = frozenset()
    # Determiners that also open a relative clause ('a debate that lasted until midnight').
    relative_determiners: frozenset[str] = frozenset()
    # Adverbs between 'had' and its verb ('had already filed').
    verb_adverbs: frozenset[str] = frozenset()
    # Nouns for a stretch of a season, which keep it a time ('summer holidays').
    season_stretches: frozenset[str] = frozenset()
    # Those a season names the time of, even opening a sentence ('The summer break starts'),
    # where the article is the occasion's, not the season's.
    season_occasions: frozenset[str] = frozenset()
    # False friends that are idioms of a person ('man Friday'), which a part of day after them
    # makes a day and its part ('arrested a man Friday night').
    day_idioms: frozenset[str] = frozenset()
    # Words opening a sentence with a clause of its own, closed by a comma ('If you missed it,').
    opening_subordinators: frozenset[str] = frozenset()
    # Present linking verbs before a state ('the paths remain closed until October').
    present_links: frozenset[str] = frozenset()
    # Verbs that put an amount at a level ('the toll stood at six'): a number after them counts.
    level_verbs: frozenset[str] = frozenset()
    # Nouns of a count, after which 'at' and a number give its level ('put the toll at nine').
    tally_nouns: frozenset[str] = frozenset()
    # Zones of universal time, never more than 12 hours ahead of a local clock.
    universal_zones: frozenset[str] = frozenset()
    # Words between a report and its period ('results for the quarter').
    report_links: frozenset[str] = frozenset()
    # A deadline told as what was owed ('had been due on Feb. 14').
    due_words: frozenset[str] = frozenset()
    # Verbs a bare plural unit after which is how long something took ('took months').
    time_taking_verbs: frozenset[str] = frozenset()
    # A verb and a unit that name a record taken ('the clerk took minutes'), no length.
    taken_records: frozenset[str] = frozenset()
    # Words between a rescheduling link and its date ('put off until at least the fall').
    link_hedges: frozenset[str] = frozenset()
    # Words after a verb that make it a phrasal one ('winds down').
    verb_particles: frozenset[str] = frozenset()
    # Words opening a clause that follows on from the one before ('and it was contained').
    sequence_words: frozenset[str] = frozenset()
    # Verbs after which 'a century' is a hundred runs ('scored a century').
    scoring_verbs: frozenset[str] = frozenset()
    # Words that join a month to the rest of a name ('the March for Jobs').
    name_links: frozenset[str] = frozenset()
    # Verbs that publish results, which are of a period begun by then ('will report first-half
    # results').
    results_verbs: frozenset[str] = frozenset()
    # Capitalized words after a weekday that name its service, not a product ('his Sunday Mass').
    weekday_observances: frozenset[str] = frozenset()
    # Cues of a future told from a past ('said the bridge would reopen in March').
    future_in_past_cues: frozenset[str] = frozenset()
    personal_pronouns: frozenset[str] = frozenset()
    singular_pronouns: frozenset[str] = frozenset()
    determiners: frozenset[str] = frozenset()
    event_prepositions: frozenset[str] = frozenset()
    # Words before a length that make it a stretch of time, not a step from a date ('for two
    # days after Christmas').
    stretch_openers: frozenset[str] = frozenset()

    def moves_a_schedule(self, verb: str, previous: str) -> bool:
        """Whether a scheduling verb told ahead or as a habit stands before a length and
        'earlier' or 'later' ('will open an hour earlier', 'closes 30 minutes later'): the
        schedule moved against its usual time, a comparison, not a date."""
        ahead = verb.lower() in self.scheduling_verbs and previous.lower() in self.modal_verbs
        return ahead or self.schedules_in_s(verb)

    def schedules_in_s(self, word: str) -> bool:
        """'opens', 'returns': a scheduling verb in its present third person."""
        lowered, suffix = word.lower(), self.plural_suffix
        return lowered.endswith(suffix) and lowered.removesuffix(suffix) in self.scheduling_verbs

    def event_move(self, words: Sequence[str]) -> int | None:
        """How the words before 'from', nearest first, move an event, up to a particle away:
        1 to a later date ('was postponed'), -1 to an earlier one ('brought forward'), 0 either
        way ('has been moved'), None when they move none ('prices moved')."""
        for at, word in enumerate(words[:_PARTICLE_AND_VERB]):
            lowered = word.lower()
            helper = words[at + 1].lower() if at + 1 < len(words) else ""
            phrase = f"{lowered} {words[at - 1].lower()}" if at else lowered  # 'brought forward'
            if lowered in self.delaying_verbs or phrase in self.delaying_verbs:
                return 1
            if phrase in self.advancing_verbs:
                return -1
            passive = lowered in self.passive_moving_verbs and helper in self.passive_auxiliaries
            if lowered in self.moving_verbs or passive:
                return 0
        return None

    def looks_superlative(self, word: str, previous: str) -> bool:
        """A lower-case word with the superlative ending after a determiner ('its toughest',
        'the strictest'), but not a noun that ends so ('the interest', 'the harvest')."""
        suffix = self.superlative_suffix
        shaped = bool(suffix) and word.islower() and word.endswith(suffix)
        shaped = shaped and len(word) > len(suffix) + 1
        after_determiner = previous.lower() in self.determiners
        return shaped and after_determiner and word not in self.not_superlatives

    def looks_plural(self, word: str) -> bool:
        """A lower-case word with the plural ending ('tickets'), not a doubled one ('glass')."""
        suffix = self.plural_suffix
        return word.islower() and word.endswith(suffix) and not word.endswith(suffix * 2)

    def fragment(self, name: str) -> str:
        """A small structural piece of pattern (e.g. the word for 'of'), as a regex alternation;
        a space in the data stands for any run of white space (rules compile with re.VERBOSE)."""
        return _fragment(self, name)

    def ends_a_possessive(self, text: str, end: int) -> bool:
        """Whether a possessive ending ends right at `end`, spaces aside ('the bakery's')."""
        stop = len(text[:end].rstrip())
        starts = range(max(0, stop - _POSSESSIVE_CHARS), stop)
        return any(self.past_possessive(text, start) == stop for start in starts)

    def past_possessive(self, text: str, end: int) -> int:
        """`end` moved past a possessive ending right there ('Wednesday's'), else `end`."""
        possessive = _fragment_pattern(self, "possessive").match(text, end, end + _POSSESSIVE_CHARS)
        return possessive.end() if possessive else end

    def is_fragment(self, name: str, text: str) -> bool:
        """Whether `text` (any case) is exactly one of the fragment's alternatives."""
        return _fragment_pattern(self, name).fullmatch(text) is not None


@cache
def _fragment(lexicon: Lexicon, name: str) -> str:
    """Built once per lexicon and name: the tense heuristic asks for fragments per word."""
    return _SPACES.sub(r"\\s+", lexicon.fragments[name])


@cache
def _fragment_pattern(lexicon: Lexicon, name: str) -> re.Pattern[str]:
    """The fragment compiled once, for `is_fragment` and `past_possessive`."""
    return re.compile(_fragment(lexicon, name), re.IGNORECASE)
