"""English: every English word chrono knows, and nothing else."""

from __future__ import annotations

from chrono.holidays import (
    EasterOffset,
    EasterSeason,
    FixedDay,
    HebrewDay,
    HolidayRule,
    IndianFestival,
    IslamicDay,
    IslamicMonth,
    LunarNewYear,
    NthWeekday,
    WeekdayOnOrAfter,
)
from chrono.lexicon import Lexicon
from chrono.model import Mod
from chrono.semantics import DayPart, Ref, Season, Unit, Weekday

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}  # fmt: skip

_WEEKDAYS = {
    "monday": Weekday.MONDAY, "mon": Weekday.MONDAY, "tuesday": Weekday.TUESDAY,
    "tues": Weekday.TUESDAY, "tue": Weekday.TUESDAY, "wednesday": Weekday.WEDNESDAY,
    "wed": Weekday.WEDNESDAY, "thursday": Weekday.THURSDAY, "thurs": Weekday.THURSDAY,
    "thu": Weekday.THURSDAY, "friday": Weekday.FRIDAY, "fri": Weekday.FRIDAY,
    "saturday": Weekday.SATURDAY, "sat": Weekday.SATURDAY, "sunday": Weekday.SUNDAY,
    "sun": Weekday.SUNDAY,
}  # fmt: skip

_UNIT_STEMS = {
    Unit.SECOND: ("second", "sec"),
    Unit.MINUTE: ("minute", "min"),
    Unit.HOUR: ("hour", "hr"),
    Unit.DAY: ("day",),
    Unit.WEEKEND: ("weekend",),
    Unit.WEEK: ("week", "wk"),
    Unit.MONTH: ("month", "mo"),
    Unit.QUARTER: ("quarter",),
    Unit.YEAR: ("year", "yr"),
    Unit.DECADE: ("decade",),
}
_UNITS: dict[str, Unit] = {
    form: unit
    for unit, stems in _UNIT_STEMS.items()
    for stem in stems
    for form in (stem, stem + "s")
}
_PLURAL_UNITS = frozenset(
    {stem + "s" for stems in _UNIT_STEMS.values() for stem in stems}
    | {"fortnights", "centuries", "millennia"}
)
_UNITS |= {"fortnight": Unit.WEEK, "fortnights": Unit.WEEK}
_UNITS |= {
    "century": Unit.CENTURY,
    "centuries": Unit.CENTURY,
    "millennium": Unit.MILLENNIUM,
    "millennia": Unit.MILLENNIUM,
}

_NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip

_DECADE_WORDS = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
    "eighties": 8, "nineties": 9,
}  # fmt: skip

_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty-second": 22,
    "twenty-third": 23, "twenty-fourth": 24, "twenty-fifth": 25, "twenty-sixth": 26,
    "twenty-seventh": 27, "twenty-eighth": 28, "twenty-ninth": 29, "thirtieth": 30,
    "thirty-first": 31,
}  # fmt: skip

_HOLIDAYS = {
    "christmas": "christmas", "christmas day": "christmas", "xmas": "christmas",
    "christmas eve": "christmas_eve", "new year's day": "new_year", "new year's": "new_year",
    "new year's eve": "new_year_eve", "easter": "easter", "easter sunday": "easter",
    "good friday": "good_friday", "easter monday": "easter_monday",
    "holy saturday": "holy_saturday", "maundy thursday": "maundy_thursday",
    "holy thursday": "maundy_thursday", "shrove tuesday": "shrove_tuesday",
    "ascension day": "ascension_day", "whit monday": "whit_monday",
    "thanksgiving": "thanksgiving", "thanksgiving day": "thanksgiving",
    "independence day": "independence_day", "the fourth of july": "independence_day",
    "fourth of july": "independence_day", "july fourth": "independence_day",
    "july 4th": "independence_day",
    "labor day": "labor_day", "labour day": "labor_day", "memorial day": "memorial_day",
    "halloween": "halloween",
    "election day": "election_day",
    "valentine's day": "valentines", "veterans day": "veterans_day",
    "martin luther king day": "mlk_day", "presidents day": "presidents_day",
    "presidents' day": "presidents_day", "columbus day": "columbus_day",
    "boxing day": "boxing_day",
    "black friday": "black_friday", "cyber monday": "cyber_monday",
    "ash wednesday": "ash_wednesday", "palm sunday": "palm_sunday", "pentecost": "pentecost",
    "juneteenth": "juneteenth", "mother's day": "mothers_day", "father's day": "fathers_day",
    "lunar new year": "lunar_new_year", "chinese new year": "lunar_new_year",
    "the spring festival": "lunar_new_year",
    "eid al-fitr": "eid_al_fitr", "eid al fitr": "eid_al_fitr", "eid ul-fitr": "eid_al_fitr",
    "eid al-adha": "eid_al_adha", "eid al adha": "eid_al_adha", "eid ul-adha": "eid_al_adha",
    "islamic new year": "islamic_new_year",
    "passover": "passover", "rosh hashanah": "rosh_hashanah", "yom kippur": "yom_kippur",
    "hanukkah": "hanukkah", "chanukah": "hanukkah",
    "ramadan": "ramadan", "ramadhan": "ramadan", "lent": "lent", "holy week": "holy_week",
    "armistice day": "armistice_day", "remembrance day": "armistice_day",
    "remembrance sunday": "remembrance_sunday", "st patrick's day": "st_patricks_day",
    "st. patrick's day": "st_patricks_day", "saint patrick's day": "st_patricks_day",
    "bastille day": "bastille_day", "canada day": "canada_day", "australia day": "australia_day",
    "anzac day": "anzac_day", "guy fawkes night": "bonfire_night", "bonfire night": "bonfire_night",
    "early may bank holiday": "early_may_bank_holiday",
    "may day bank holiday": "early_may_bank_holiday", "spring bank holiday": "spring_bank_holiday",
    "summer bank holiday": "summer_bank_holiday", "august bank holiday": "summer_bank_holiday",
    "diwali": "diwali", "deepavali": "diwali", "holi": "holi", "dussehra": "dussehra",
    "dasara": "dussehra", "vijayadashami": "dussehra", "janmashtami": "janmashtami",
    "maha shivaratri": "maha_shivaratri", "ram navami": "ram_navami",
    "guru nanak jayanti": "guru_nanak_jayanti", "buddha purnima": "buddha_purnima",
}  # fmt: skip

_HOLIDAY_RULES: dict[str, HolidayRule] = {
    "christmas": FixedDay(12, 25), "christmas_eve": FixedDay(12, 24), "new_year": FixedDay(1, 1),
    "new_year_eve": FixedDay(12, 31), "easter": EasterOffset(0), "good_friday": EasterOffset(-2),
    "easter_monday": EasterOffset(1), "thanksgiving": NthWeekday(11, 4, 4),
    "holy_saturday": EasterOffset(-1), "maundy_thursday": EasterOffset(-3),
    "shrove_tuesday": EasterOffset(-47), "ascension_day": EasterOffset(39),
    "whit_monday": EasterOffset(50),
    "independence_day": FixedDay(7, 4), "labor_day": NthWeekday(9, 1, 1),
    "memorial_day": NthWeekday(5, 1, -1), "halloween": FixedDay(10, 31),
    "valentines": FixedDay(2, 14), "veterans_day": FixedDay(11, 11),
    "mlk_day": NthWeekday(1, 1, 3), "presidents_day": NthWeekday(2, 1, 3),
    "columbus_day": NthWeekday(10, 1, 2), "boxing_day": FixedDay(12, 26),
    "election_day": WeekdayOnOrAfter(11, 2, 2),
    "black_friday": WeekdayOnOrAfter(11, 23, 5), "cyber_monday": WeekdayOnOrAfter(11, 26, 1),
    "ash_wednesday": EasterOffset(-46), "palm_sunday": EasterOffset(-7),
    "pentecost": EasterOffset(49), "juneteenth": FixedDay(6, 19),
    "mothers_day": NthWeekday(5, 7, 2), "fathers_day": NthWeekday(6, 7, 3),
    "lunar_new_year": LunarNewYear(), "eid_al_fitr": IslamicDay(10, 1),
    "eid_al_adha": IslamicDay(12, 10), "islamic_new_year": IslamicDay(1, 1),
    "passover": HebrewDay(1, 15), "rosh_hashanah": HebrewDay(7, 1), "yom_kippur": HebrewDay(7, 10),
    "hanukkah": HebrewDay(9, 25), "ramadan": IslamicMonth(9), "lent": EasterSeason(-46, -1),
    "holy_week": EasterSeason(-7, -1),
    "armistice_day": FixedDay(11, 11), "remembrance_sunday": NthWeekday(11, 7, 2),
    "st_patricks_day": FixedDay(3, 17), "bastille_day": FixedDay(7, 14),
    "canada_day": FixedDay(7, 1), "australia_day": FixedDay(1, 26), "anzac_day": FixedDay(4, 25),
    "bonfire_night": FixedDay(11, 5), "early_may_bank_holiday": NthWeekday(5, 1, 1),
    "spring_bank_holiday": NthWeekday(5, 1, -1), "summer_bank_holiday": NthWeekday(8, 1, -1),
    "diwali": IndianFestival("Diwali"), "holi": IndianFestival("Holi"),
    "dussehra": IndianFestival("Dussehra"),
    "janmashtami": IndianFestival("Janmashtami (Vaishnava)"),
    "maha_shivaratri": IndianFestival("Maha Shivaratri"),
    "ram_navami": IndianFestival("Ram Navami"),
    "guru_nanak_jayanti": IndianFestival("Guru Nanak's Birthday"),
    "buddha_purnima": IndianFestival("Buddha Purnima"),
}  # fmt: skip

_PAST_CUES = frozenset(
    """said told was were had did been announced reported added noted ended began began
    came went took made gave saw met left fell rose won lost held got became brought kept found
    ago earlier last yesterday previously already ran sent sold bought paid died fled
    wrote spoke struck built chose drew flew grew knew led meant read shot shut sought stood
    thought threw understood wore agreed decided warned urged accused denied declared submitted
    conducted deployed killed spoke broke drove ate fought hung lay rode rang sang sank slept
    stole swore swam taught tore woke arrived taken written born given chosen driven eaten fallen
    forgotten frozen hidden ridden risen seen shaken spoken stolen sworn thrown worn done gone known
    shown grown drawn flown lit sat spent felt dealt dug hid laid wept bled bred clung crept flung
    forbade froze knelt leapt slid spun sprang stank stung strove swept swung underwent withdrew
    overcame overtook undertook forgave foresaw awoke bent blew caught drank forgot heard shook
    shone slew strode arose mistook overheard overran overthrew rebuilt rewrote upheld
    withheld didn't wasn't weren't hadn't sued owed lied tied eyed sped""".split()
)  # fmt: skip
_FUTURE_CUES = frozenset(
    """will shall 'll won't going scheduled slated upcoming tomorrow""".split()
)  # fmt: skip
_WEAK_FUTURE_CUES = frozenset(
    """plans planned planning expects expect expected intends intend hopes hope aims may must can
    should forecast predict opens reopens closes starts begins resumes meets
    convenes holds hosts visits arrives
    leaves plays faces launches returns heads kicks comes goes airs premieres ends sails travels
    lands debuts flies sits concludes performs appears speaks sings competes races runs
    gets welcomes unveils decides attends""".split()
)  # fmt: skip
_PRESENT_CUES = frozenset(
    """is are am says has have does do plans expects intends hopes aims takes expires runs lasts
    remains stands falls 're 'm""".split()
)

_HONORIFICS = frozenset(
    """mr mrs ms miss dr sen rep gov gen col capt lt sgt prof rev reverend st sir lady lord
    madam""".split()
)
_QUANTITY_NOUNS = frozenset(
    """people persons troops soldiers workers residents jobs cars units shares tons tonnes
    dollars euros pounds yen barrels votes seats pages men women children students
    employees members copies homes houses acres miles kilometers feet meters points
    percent cases deaths families patients passengers protesters refugees seat page member
    mile acre room bed person ton vote share job point percentage runs goals cent staff
    sheep cattle pence""".split()
)  # fmt: skip

# What a season names the time of ('the summer break', 'the winter timetable').
_SEASON_OCCASIONS = frozenset(
    "holiday holidays break term session recess vacation sales schedule timetable".split()
)

# A new date set for something: what follows lies ahead even after a past-tense verb.
_RESCHEDULING_PHRASES = frozenset(
    {"extended to", "postponed to", "delayed to", "put off to", "pushed back to", "moved to"}
    | {"rescheduled for", "rescheduled to", "brought forward to", "pushed to", "postponed until"}
    | {"adjourned to", "adjourned until", "deferred to", "deferred until", "put back to"}
    | {"delayed until", "put off until", "pushed back until", "held over until"}
    | {"set for", "fixed for", "listed for"}
)

ENGLISH = Lexicon(
    months=_MONTHS,
    weekdays=_WEEKDAYS,
    units=_UNITS,
    plural_units=_PLURAL_UNITS,
    vague_span_preps=frozenset({"for", "within"}),
    tense_led_night_words=frozenset({"overnight"}),
    modal_verbs=frozenset("will would shall should may might must can could".split()),
    verb_stretch_words=frozenset({"last"}),
    generic_day_nouns=frozenset(
        """youth world society children generation generations young kids teenagers economy
        culture technology computers standards families parents students workers women men people
        markets cars cities jobs leaders""".split()
    ),
    unit_factors={"fortnight": 2, "fortnights": 2},
    number_words=_NUMBER_WORDS,
    tens_words=_TENS_WORDS,
    decade_words=_DECADE_WORDS,
    scale_words={
        "hundred": 100,
        "thousand": 1000,
        "million": 10**6,
        "billion": 10**9,
        "trillion": 10**12,
    },
    indefinite_amounts={
        "a": 1,
        "an": 1,
        "another": 1,
        "a couple of": 2,
        "a couple": 2,
        "couple of": 2,
        "a dozen": 12,
        "a half": 0.5,
    },
    vague_amounts=frozenset(
        {
            "several",
            "a few",
            "few",
            "many",
            "some",
            "a number of",
            "numerous",
            "countless",
        }
    ),
    ordinals=_ORDINALS,
    ordinal_suffixes=frozenset({"st", "nd", "rd", "th"}),
    deictic_days={
        "today": 0,
        "yesterday": -1,
        "tomorrow": 1,
        "the day before yesterday": -2,
        "the day after tomorrow": 2,
    },
    day_parts={
        "morning": DayPart.MORNING,
        "afternoon": DayPart.AFTERNOON,
        "evening": DayPart.EVENING,
        "night": DayPart.NIGHT,
    },
    night_words={"tonight": 0, "overnight": 0},
    # The hours after midnight, which like a part of day take 'of' and a day ('the small hours
    # of the 20th').
    night_hours=frozenset({"early hours", "small hours"}),
    relative_to_dct={
        "last": -1,
        "this": 0,
        "next": 1,
        "coming": 1,
        "this coming": 1,
        "current": 0,
        "past": -1,
    },
    relative_to_ref={
        "following": 1,
        "next": 1,
        "previous": -1,
        "preceding": -1,
        "prior": -1,
        "same": 0,
        "that": 0,
    },
    twice_removed={"before last": -2, "after next": 2},
    seasons={
        "spring": Season.SPRING,
        "summer": Season.SUMMER,
        "fall": Season.FALL,
        "autumn": Season.FALL,
        "winter": Season.WINTER,
    },
    holidays=_HOLIDAYS,
    holiday_rules=_HOLIDAY_RULES,
    word_like_holidays=frozenset({"lent"}),
    superlative_words=frozenset({"most", "least"}),
    time_spending_verbs=frozenset("spend spends spent spending pass passes passed passing".split()),
    taken_records=frozenset(f"{take} minutes" for take in "take takes took taken taking".split()),
    time_taking_verbs=frozenset(
        "take takes took taken taking lasts lasted spend spends spent spending".split()
    ),
    ordinal_units=frozenset({"second"}),  # 'in a second blast'
    bare_hour_prepositions=frozenset({"at", "by", "until", "till"}),  # 'by 9 this morning'
    # Words that may follow 'daily' or 'hourly' used as adverbs: 'hourly all day', 'daily and'.
    adverb_followers=frozenset("all and or but except until throughout thereafter".split()),
    # Name words of groups and papers a calendar word may open: 'Tuesday Club', 'Sunday Times'.
    group_name_words=frozenset(
        """club clubs band society league group times mail telegraph express post herald
        tribune networks network stores department inc corp corporation co company industries
        holdings systems partners technologies airlines motors foods communications
        entertainment bancorp capital""".split()
    ),
    # Nouns the adjective 'minute' (tiny) goes with: 'a minute amount of lead'.
    tiny_quantity_nouns=frozenset(
        """amount amounts fraction quantity quantities trace traces detail details particle
        particles portion portions dose doses difference differences""".split()
    ),
    # Verbs after which 'early' or 'late' tells how something falls, not which part of a period.
    timing_verbs=frozenset(
        "falls fall fell comes come came arrives arrive arrived arriving starts started".split()
    ),
    vague_refs={
        "recently": Ref.PAST,
        "lately": Ref.PAST,
        "currently": Ref.PRESENT,
        "now": Ref.PRESENT,
        "nowadays": Ref.PRESENT,
        "these days": Ref.PRESENT,
        "at present": Ref.PRESENT,
        "at the moment": Ref.PRESENT,
        "the past": Ref.PAST,
        "the future": Ref.FUTURE,
        "the present": Ref.PRESENT,
        "the present day": Ref.PRESENT,
        "the present time": Ref.PRESENT,
        "the present moment": Ref.PRESENT,
        "the near future": Ref.FUTURE,
        "a later date": Ref.FUTURE,
        "some day": Ref.FUTURE,
        "someday": Ref.FUTURE,
    },
    # References that are also adjectives: before a noun they describe it, even after a
    # preposition ('before the present hall was built', 'until the present owners took over').
    adjective_refs=frozenset({"the present"}),
    vague_adjectives={"current": Ref.PRESENT},
    then_words=frozenset({"then"}),
    vague_adjective_terms=frozenset(
        "account accounts assets liabilities affairs ratio yield expenditure".split()
    ),
    vague_adjective_nouns=frozenset("electric electrical alternating direct ocean rip".split()),
    vague_plural_refs={"recent": -1, "past": -1, "last": -1, "coming": 1, "next": 1},
    stretch_words=frozenset({"previous", "first", "final", "latest"}),
    # Words that open a stretch only before a count ('the following three days'; 'the following
    # days are holidays:' introduces a list).
    counted_stretch_words=frozenset({"following"}),
    report_span_words=frozenset({"first", "latest"}),
    set_adverbs={
        "hourly": Unit.HOUR,
        "daily": Unit.DAY,
        "weekly": Unit.WEEK,
        "biweekly": Unit.WEEK,
        "monthly": Unit.MONTH,
        "quarterly": Unit.QUARTER,
        "annually": Unit.YEAR,
        "yearly": Unit.YEAR,
        "fortnightly": Unit.WEEK,
        "semiannually": Unit.MONTH,
        "semi-annually": Unit.MONTH,
        "biannually": Unit.MONTH,
        "bi-annually": Unit.MONTH,
        "bi-weekly": Unit.WEEK,
    },
    set_adverb_steps={
        "biweekly": 2,
        "bi-weekly": 2,
        "fortnightly": 2,
        "semiannually": 6,
        "semi-annually": 6,
        "biannually": 6,
        "bi-annually": 6,
    },
    frequency_words={"once": 1, "twice": 2, "thrice": 3},
    quantifiers={"every": "EVERY", "each": "EACH"},
    comparison_only_after={
        "over": frozenset(
            """for in of than after within last lasts lasted lasting take takes took taken taking
            spent spend spends spending just well only""".split()
        )
    },
    amount_mods={
        "more than": Mod.MORE_THAN,
        "over": Mod.MORE_THAN,
        "upwards of": Mod.MORE_THAN,
        "longer than": Mod.MORE_THAN,
        "less than": Mod.LESS_THAN,
        "under": Mod.LESS_THAN,
        "fewer than": Mod.LESS_THAN,
        "shorter than": Mod.LESS_THAN,
        "at least": Mod.EQUAL_OR_MORE,
        "no less than": Mod.EQUAL_OR_MORE,
        "no more than": Mod.EQUAL_OR_LESS,
        "at most": Mod.EQUAL_OR_LESS,
        "up to": Mod.EQUAL_OR_LESS,
        "about": Mod.APPROX,
        "around": Mod.APPROX,
        "roughly": Mod.APPROX,
        "some": Mod.APPROX,
        "approximately": Mod.APPROX,
        "nearly": Mod.APPROX,
        "almost": Mod.APPROX,
        "close to": Mod.APPROX,
        "just over": Mod.MORE_THAN,
        "just under": Mod.LESS_THAN,
        "well over": Mod.MORE_THAN,
        "an estimated": Mod.APPROX,
    },
    period_mods={
        "early": Mod.START,
        "the beginning of": Mod.START,
        "the start of": Mod.START,
        "the early part of": Mod.START,
        "the early hours of": Mod.START,
        "the small hours of": Mod.START,
        "mid": Mod.MID,
        "the middle of": Mod.MID,
        "late": Mod.END,
        "the end of": Mod.END,
        "the close of": Mod.END,
        "the latter part of": Mod.END,
        "the first half of": Mod.START,
        "the second half of": Mod.END,
        "the latter half of": Mod.END,
    },
    within_period_mods={"earlier": Mod.START, "later": Mod.END},
    # Only with a hyphen ('end-March', 'start-2025'): 'end March 3' may be the verb.
    hyphen_period_mods={"end": Mod.END, "start": Mod.START},
    approx_point_words=frozenset(
        {"around", "about", "approximately", "roughly", "circa", "almost", "nearly"}
    ),
    past_cues=_PAST_CUES,
    future_cues=_FUTURE_CUES,
    weak_future_cues=_WEAK_FUTURE_CUES,
    present_cues=_PRESENT_CUES,
    passive_auxiliaries=frozenset(
        {"be", "been", "being", "is", "are", "am", "was", "were", "stay", "stays", "remain"}
        | {"remains", "get", "gets", "become", "becomes"}
    ),
    infinitive_markers=frozenset({"to"}),
    # Forms of 'be' between a tense's auxiliary and a participle ('have been told').
    participle_auxiliaries=frozenset({"been", "being"}),
    # Verbs too short for the length test of a verb after 'to' ('due to go ahead on Friday').
    short_verbs=frozenset({"go", "do"}),
    # Verbs that tell someone to do something: the infinitive after them lies ahead.
    directive_verbs=frozenset(
        """urge urges urged tell tells told ask asks asked advise advises advised warn warns
        warned order orders ordered instruct instructs instructed""".split()
    ),
    scheduling_words=frozenset(
        """set due poised slated ready likely forecast projected plan want wants aim seek seeks
        vow vows pledge pledges promise promises threaten threatens about""".split()
    ),
    scheduling_verbs=frozenset(
        """open reopen close start begin resume meet convene go head return play face launch host
        come air premiere end sail travel land fly conclude perform appear speak sing compete kick
        race""".split()
    ),
    not_past_forms=frozenset(
        """preferred unspecified limited related combined succeed exceed proceed need feed speed
        bleed breed heed unchanged unexpected unnamed unopposed unemployed unrelated undisclosed
        unidentified unresolved unfinished unsolved unprecedented dated""".split()
    ),
    agent_participles=frozenset(
        """followed preceded accompanied joined flanked chaired hosted backed""".split()
    ),
    # Words after which a plural weekday recurs ('closed Mondays', 'daily except Sundays').
    recurring_day_leads=frozenset(
        "except excluding including but or closed open opens closes shut".split()
    ),
    # Nouns a weekday names a kind of, with no date: 'Sunday school', 'Sunday best'.
    weekday_compound_nouns=frozenset(
        "school schools best league driver drivers supplement supplements".split()
    ),
    # What a period's figures are reported as: 'will report third-quarter results'.
    report_nouns=frozenset(
        """results earnings profit profits revenue revenues sales figures numbers data
        statistics accounts index output production payrolls exports imports loss losses
        turnover income""".split()
    ),
    # A present form of 'be' before an '-ing' verb: an arrangement ('is seeking a sixth term').
    progressive_auxiliaries=frozenset({"is", "are", "am", "'re", "'m"}),  # "'s" may be a possessive
    # Words before a clock written with a dot and nothing after it ('at 3.30', 'from 6.30').
    clock_prepositions=frozenset("at from until till by before after around about".split()),
    # Words that make a dotted number a price or a rate, not a clock ('shares closed at 4.25').
    price_words=frozenset(
        """share shares stock stocks index price prices priced rate rates yield yields pence
        cents dollar dollars pound pounds euro euros percent cent points bond bonds currency
        trading traded per""".split()
    ),
    # Things a unit names a kind of, counted in hundreds: 'sold 2,000 day tickets'.
    counted_compounds=frozenset("tickets passes trips permits visitors rovers".split()),
    # Words in '-ing' that are no verb forms: 'what matters is during March'.
    not_participles=frozenset(
        """during nothing something anything everything morning evening spring string ceiling
        building meeting wedding funding ruling king thing bring cling fling sling sting swing
        wring""".split()
    ),
    # Holiday names often written without capitals.
    lowercase_holidays=frozenset(
        {"early may bank holiday", "spring bank holiday", "summer bank holiday"}
    ),
    # Past states that last up to a date after 'until': 'snow lay on the banks until April'.
    lasting_verbs=frozenset(
        "lay stayed remained lasted persisted lingered stood sat waited continued kept".split()
    ),
    # A term's ends named by a participle: 'a lease ending on June 30, 2020'.
    term_participles=frozenset(
        "ending expiring running lasting starting beginning commencing".split()
    ),
    conditional_cues=frozenset({"would", "could", "might"}),
    possibility_modals=frozenset({"could", "might"}),
    adverb_suffixes=("ly",),
    delivery_nouns=frozenset({"delivery", "contract", "futures"}),
    past_cues_without_past_verb=frozenset("ago earlier last yesterday previously already".split()),
    scheduled_events=frozenset(
        """rally match game final semifinal meeting summit concert ceremony service race parade
        debate session hearing launch festival talks conference show premiere fixture derby
        tournament celebration celebrations gala auction visit speech briefing showdown clash
        marathon kickoff walk vigil screening lecture fireworks""".split()
    ),
    scheduling_participles=frozenset(
        "set targeted timed planned earmarked pencilled penciled tipped billed".split()
    ),
    scheduling_links=frozenset({"for"}),
    # Participles that schedule only in the passive ('was called for Thursday'; the active
    # 'called for a strike' demands).
    passive_scheduling_participles=frozenset({"called"}),
    staging_participles=frozenset({"held", "staged", "played"}),
    scheduling_phrases=frozenset({"takes place", "take place"}),
    street_words=frozenset(
        """street st. avenue ave. road rd. boulevard blvd. lane drive dr. way place court terrace
        highway parkway square plaza crescent close grove mews gardens creek""".split()
    ),
    # Phrases are matched word by word, and a hyphen parts words: "run up" matches "run-up".
    lead_up_words=frozenset({"ahead of", "in the run up to", "in the lead up to"}),
    backdrop_words=frozenset({"after", "following"}),
    conjunctions=frozenset("and but or nor so yet because if unless than that as".split()),
    season_stretches=_SEASON_OCCASIONS | frozenset({"months", "weeks", "days", "season"}),
    season_occasions=_SEASON_OCCASIONS,
    link_hedges=frozenset({"at least", "no earlier than", "not before"}),
    report_links=frozenset({"for", "of"}),
    universal_zones=frozenset({"gmt", "utc", "z"}),
    present_links=frozenset("is are remain remains stay stays".split()),
    opening_subordinators=frozenset("if unless although though because whether".split()),
    level_verbs=frozenset(
        "stood stands stand remained remains remain put puts estimated estimates".split()
    ),
    tally_nouns=frozenset("toll tally total number figure dead casualties injured".split()),
    day_idioms=frozenset({"man friday", "girl friday"}),
    due_words=frozenset({"due", "due on", "due in", "due by"}),
    verb_particles=frozenset("down up out off back away".split()),
    sequence_words=frozenset({"and", "then"}),
    personal_possessives=frozenset("his her".split()),
    possessive_determiners=frozenset("its his her their our my your".split()),
    # Adverbs between 'had' and its verb ('had already filed', 'had not paid').
    # Letters after a number's digits that make it an amount of money ('80p', '50c', '$2bn').
    amount_suffixes=frozenset("p c k m bn".split()),
    verb_adverbs=frozenset(
        "already just never not yet also still finally all since long again earlier".split()
    ),
    scoring_verbs=frozenset("score scores scored scoring".split()),
    name_links=frozenset({"for", "against", "on"}),
    results_verbs=frozenset("report post release announce publish unveil issue".split()),
    weekday_observances=frozenset("mass service services sermon prayers worship liturgy".split()),
    future_in_past_cues=frozenset({"would"}),
    reporting_verbs=frozenset("said told reported added noted warned predicted".split()),
    reporting_gerunds=frozenset("saying telling warning predicting adding noting".split()),
    # Words after an uncounted plural unit that make it a kind of leave ('asked for days off').
    leave_words=frozenset({"off"}),
    event_nouns=frozenset(
        """strike strikes ban freeze flood floods crash war attack attacks storm fire election
        elections concert concerts tour festival summit games olympics final launch ceremony
        referendum walkout walkouts shutdown blackout earthquake riot riots protest protests
        uprising bombing bombings shooting massacre collapse closure closures reopening trial
        inquiry exhibition""".split()
    ),
    person_nouns=frozenset(
        """man woman boy girl child baby son daughter mother father brother sister wife husband
        grandmother grandfather player striker midfielder defender goalkeeper forward driver rider
        runner swimmer singer actor actress artist writer author teacher student pupil nurse
        doctor officer soldier resident victim suspect veteran patient worker mayor president
        senator minister leader executive manager coach captain founder owner farmer pilot
        rookie star winger""".split()
    ),
    personal_pronouns=frozenset("he she him her his hers they them their i we".split()),
    game_words=frozenset(
        """yards touchdown touchdowns goal goals innings halftime half-time kickoff penalty
        penalties interception interceptions rebounds baskets possession scored equalised
        equalized equaliser equalizer match game referee striker whistle substitute""".split()
    ),
    family_nouns=frozenset("family families brothers sisters twins household clan estate".split()),
    award_nouns=frozenset(
        """player coach person album song record book car athlete rookie manager team driver
        artist entertainer newcomer goal try""".split()
    ),
    superlatives=frozenset(
        """first worst best most least only highest lowest biggest largest smallest longest
        shortest strongest weakest deadliest hottest coldest warmest driest wettest heaviest
        busiest sharpest steepest fastest slowest greatest widest deepest lightest quietest
        costliest bloodiest fewest""".split()
    ),
    superlative_suffix="est",
    future_cues_before_to=frozenset({"going"}),
    completion_verbs=frozenset(
        """restored completed finished recovered cleared evacuated reopened repaired collected
        contained rescued arrested removed delivered reached arrived landed""".split()
    ),
    past_event_participles=frozenset("cut hit shut hurt burst split shed".split()),
    granting_verbs=frozenset("gave granted allowed offered".split()),
    level_words=frozenset("at to hit hits reached reaches peaked topped touched".split()),
    clause_links=frozenset(
        """and or but nor so yet as once because if unless until since before after while when
        whereas although though provided how""".split()
    ),
    clause_taking_verbs=frozenset(
        """said says told tells reported reports added adds noted notes warned warns predicted
        predicts announced announces insisted insists confirmed confirms stressed stresses argued
        argues claimed claims agreed agrees decided decides believed believes expected expects
        hoped hopes feared fears knew knows learned learnt heard hears ruled rules admitted admits
        conceded concedes acknowledged acknowledges revealed reveals explained explains suggested
        suggests estimated estimates""".split()
    ),
    moving_verbs=frozenset("pushed rescheduled".split()),
    passive_moving_verbs=frozenset("moved shifted switched".split()),
    delaying_verbs=frozenset({"postponed", "delayed", "deferred", "pushed back", "put back"}),
    advancing_verbs=frozenset({"brought forward", "moved forward", "pulled forward"}),
    # Past verbs of going that complete with no object ('families fled by 3 pm').
    departure_verbs=frozenset("fled departed dispersed arrived landed escaped".split()),
    state_verbs=frozenset(
        """has have lasts last costs cost employs employ houses house holds hold carries carry
        seats seat takes take""".split()
    ),
    listing_purposes=frozenset("mention hearing trial sentencing sentence directions".split()),
    participation_verbs=frozenset(
        """attended watched joined held staged hosted won lost missed skipped boycotted addressed
        performed played led chaired visited organised organized celebrated witnessed
        disrupted""".split()
    ),
    not_superlatives=frozenset(
        """latest interest forest harvest protest request contest arrest guest quest chest crest
        inquest conquest manifest honest modest priest digest unrest midwest southwest northwest
        bequest behest""".split()
    ),
    clause_openers=frozenset({"where", "which", "who", "whose"}),
    # Relatives after 'the last <unit>' that make it a rank ('the last year that the fair ran').
    ranking_relatives=frozenset({"that", "when"}),
    relative_determiners=frozenset({"that"}),
    intention_nouns=frozenset("hopes plans aims forecasts".split()),
    person_relatives=frozenset({"who", "whom", "whose"}),
    subject_pronouns=frozenset("i you he she it we they".split()),
    singular_pronouns=frozenset("he she it".split()),
    same_form_pasts=frozenset(
        """cut hit set put let shut spread cost hurt quit split cast beat shed burst bid bet
        broadcast""".split()
    ),
    perfect_auxiliaries=frozenset({"have", "'ve", "’ve", "has"}),
    pluperfect_cues=frozenset({"had", "hadn't", "hadn’t"}),
    articles=frozenset({"the", "a", "an"}),
    nouns_after_to=frozenset(
        """death prison hospital trial safety town church office power court jail war school bed
        sea""".split()
    ),
    deadline_words=frozenset(
        {"by", "until", "till", "effective", "payable", "record", "as soon as", "as early as"}
        | {"due", "due on", "due in", "due out", "record date of", "through"}
        | {"payable on", "effective on", "payable on or before"}
        | {"no later than", "not later than", "until after", "till after", "until at least"}
        | _RESCHEDULING_PHRASES
    ),
    rescheduling_phrases=_RESCHEDULING_PHRASES,
    deadline_nouns=frozenset({"deadline", "cutoff", "cut-off", "close"}),
    # After a ranked period, words that count a streak of them ('the third quarter running').
    streak_words=frozenset({"running", "in a row", "on the trot"}),
    past_suffix="ed",
    participle_suffix="ing",
    plural_suffix="s",
    honorifics=_HONORIFICS,
    abbreviations=frozenset("vs v inc corp co ltd jr sr no nos ave dept est approx".split()),
    ambiguous_names=frozenset({"may", "march", "jan", "mar", "sun", "sat", "wed", "dec", "sept"}),
    month_context_words=frozenset(
        {
            "in",
            "of",
            "since",
            "until",
            "till",
            "by",
            "from",
            "through",
            "throughout",
            "except",
            "over",
            "into",
            "during",
            "outside",
            "inside",
            "across",
            "around",
            "circa",
            "at",
            "early",
            "late",
            "mid",
            "last",
            "next",
            "this",
            "before",
            "after",
            "on",
            "between",
            "and",
            "to",
            "for",
            "than",
        }
    ),
    quantity_nouns=_QUANTITY_NOUNS,
    number_labels=frozenset(
        """page pages p pp number no nos section article chapter room flight route rule code model
        version platform gate bus item paragraph reference ref passcode password pin extension
        ext box suite""".split()
    ),
    false_friends=frozenset(
        {
            "sheffield wednesday",
            "girl friday",
            "man friday",
            "sunday times",
            "sunday telegraph",
            "saturday night live",
            "easter island",
            "good friday agreement",
            "super tuesday",
            "bloody sunday",
            "black monday",
            "mail on sunday",
            "sunday mirror",
            "high noon",
            "christmas island",
            "fall river",
            "may day parade",
            "independence day resurgence",
            "summer games",
            "winter games",
            "midnight mass",
            "summer olympics",
            "winter olympics",
            "summer olympic",
            "winter olympic",
        }
    ),
    fragments={
        "the": "the",
        "of": "of",
        "this_time": r"this\s+time",
        "at": "at",
        "by": "by",
        "from": "from",
        "mod_link": "on|in",
        "once": "once",
        "part_preps": "in|by|during|throughout|through|into|until|till|since",
        "mid": "mid",
        "part_edge": "early|late",
        "the_new_year": r"the\s+new\s+year(?!['’]s|[-\w])",
        "weeks_on": "week|fortnight",
        "today_or_tomorrow": "today|tomorrow",
        "year_or_week": "year|week",
        "than": "than",
        "last_of": "last|final",
        "opening_quote": "[\"'`\u201c\u2018]",
        "closing_quote": "[\"'\u201d\u2019]",
        "a": "an?",
        "and": "and",
        "clause_link": "and|but|while",
        "span_over": "over|throughout",
        "before_era": r"b\.c\.(?:e\.)?|bce?",
        "common_era": r"a\.d\.|ad|c\.e\.|ce",
        "negation": "not|never|didn't|wasn't|weren't|hadn't|couldn't",
        "or": "or",
        "owner_determiner": "its|their|our",
        "on": "on|at",
        "ago": "ago|back",
        "later": "later|afterwards?|on",
        "earlier": "earlier|before|previously",
        "units_later": "later|afterwards?",  # after a bare plural: not 'for weeks on end'
        "units_earlier": "earlier",
        "from_now": r"from\s+(?:now|today)|hence",
        "in": "in",
        "am": r"a\.\s?m\.?|am\b",
        "pm": r"p\.\s?m\.?|pm\b",
        "oclock": "o'clock|o’clock",
        "noon": "noon|midday",
        "midnight": "midnight",
        "after": "after",
        "fiscal": "fiscal|fy",
        "half": "half",
        "three": "three",
        "quarter_units": "century|hour",
        "two_quarters": r"two\s+quarters",
        "latter": "last|latter|final",
        "quarter": "quarter",
        "century": "century",
        "times": "times",
        "per": "a|an|per|each|every",
        "possessive": "'s|’s",
        "week_end": "weekend",
        "year_word": "year",
        "for": "for",
        "current": "current|same|full|entire|whole",
        "latest": "latest|recent|most\\s+recent",
        "reported_unit": "quarter|year",
        "week_or_month": "week|fortnight|month",
        "matching": "comparable|corresponding|same|like",
        "relative_pronoun": "that|which|when|where|whose",
        "period_end": "ended|ending|to|through",
        "period_start": "from|starting|beginning",
        "or_so": "or so|or thereabouts",
        "list_link": ",|and|or|, and|, or",
        "range_link": "to|or|-|–",
        "span_link": "to|through|until|till|thru",
        "night_into": "into",
        "clock_quarter": r"(?:a\s+)?quarter",
        "minutes_word": "minutes?",
        "past_hour": "past|after",
        "to_hour": "to|before",
        "range_opener": "from|between",
        "unit_sort": (  # 'school' sorts days and weeks only: 'the 2030-31 school year' is a year
            "more|additional|extra|further|trading|business|working|calendar|consecutive"
            r"|straight|successive|school(?=\s+(?:day|week))"
        ),
        "year_end": "year-end|year end|year's end|year’s end",
        "spoken_century": "eighteen|nineteen|twenty",
        "spoken_zero": "oh|o",
        "spoken_millennium": "two thousand",
        "hundred": "hundred",
        "last_year": "last\\s+year",
        "period": "quarter|period",
        "year_ago": "year-earlier|year-ago|year\\s+earlier|year\\s+ago",
        "year_ago_adjective": "year-earlier|year-ago",
        "old": "olds?",
        "long": "long",
        "ahead": r"ahead|to\s+come",
        "in_advance": r"in\s+advance|beforehand",
        "before_after": "before|after|earlier|later",
        "clause_final": "before|after|on",
        "day_away": "before|after",
        "day_away_unit": "day",
        "apposed_day": "day|night|date|week|weekend|month|year",
        "week_away_unit": "week|weekend",
        "eve": "eve",
        "edge_first": "first|opening",
        "edge_last": "last|final|closing",
        "other": "other|second|alternate",
        "zone": "et|est|edt|ct|cst|cdt|pt|pst|pdt|mt|mst|mdt|gmt|utc|bst|cet|cest|eet|eest|msk|ist"
        "|hkt|sgt|jst|aest|aedt|uk|eastern|central|mountain|pacific",
        "local_time": r"(?:local\s+)?time,?",
        "local_time_words": r"local\s+time",
        "added_amount": r"another|a\s+further|an\s+additional|an\s+extra",
        "quarter_length": r"(?:the\s+)?(?:three|3)\s+months",
        "zone_time": r"(?:standard\s+|daylight\s+)?time",
        "ampm_in": "in the",
        "weekday_plural": "s",
        "working_day": r"week\s?day|work(?:ing\s+|\s?)day|business\s+day",
        "month_word": "month",
        "that": "that",
        "same": "same",
    },
    inception_words=frozenset(
        """began begun begins started starts erupted founded established opened launched
        created formed inaugurated""".split()
    ),
    anniversary_words=frozenset({"anniversary"}),
    approx_below_words=frozenset({"nearly", "almost", "close to"}),
    apposition_links=frozenset({"in", "on", "back in", "'s"}),
    since_words=frozenset({"since"}),
    stretches_to_now=frozenset({"past", "last"}),
    participle_adverbs=frozenset({"first", "originally", "initially", "once"}),
    comparison_words=frozenset({"than", "as"}),
    # Words between a count and what it counts ('6.2 fewer migraine days a month').
    count_comparatives=frozenset({"fewer", "more", "less", "extra", "additional"}),
    until_words=frozenset({"until", "till", "through"}),
    balance_date_words=frozenset({"at", "as of"}),
    amount_words=frozenset({"percent", "per", "cent", "pct"}),
    all_words=frozenset({"all"}),
    day_counters=frozenset("several many few consecutive successive straight other".split()),
    title_links=frozenset({"for", "with"}),
    # Words opening a noun and a participle that describes it ('with no works permitted'), and
    # the determiners that must follow them ('patients with kidney disease began' has a verb).
    absolute_openers=frozenset({"with"}),
    absolute_determiners=frozenset("no the its his her their our all both".split()),
    time_clause_words=frozenset({"after", "following", "before", "since", "while"}),
    aside_openers=frozenset("when which where who whose while as once although though".split()),
    week_followers=frozenset(
        """of before after ahead following earlier later prior previous preceding leading when
        that""".split()
    ),
    past_of_be=frozenset({"was", "were"}),
    fraction_words=frozenset("half third thirds quarter quarters fifth fifths tenth twice".split()),
    season_adjectives=frozenset(
        """wet dry hot cold mild warm cool harsh rainy snowy stormy freezing scorching sweltering
        brutal severe icy chilly sunny gloomy bitter drought-hit record-breaking wettest driest
        hottest coldest mildest warmest coolest rainiest snowiest stormiest sunniest""".split()
    ),
    # Words that make 'the 90s' a reading on a scale, not a decade.
    scale_readings=frozenset(
        """temperature temperatures high highs low lows degrees mercury thermometer readings
        score scores""".split()
    ),
    # Verbs of change before 'a quarter' make it a share ('fell almost a quarter').
    change_verbs=frozenset(
        """fell rose dropped lost gained slumped jumped climbed plunged soared shed grew shrank
        declined increased slipped edged eased dipped tumbled surged slid sank rallied advanced
        fall rise drop lose gain grow shrink decline increase jump climb plunge soar slip ease dip
        tumble surge slide sink rally advance""".split()
    ),
    projection_words=frozenset(
        """forecast forecasts projected projection projections estimate estimates estimated
        predicted predicts prediction target targets budget budgeted outlook goal would could
        might should if unless""".split()
    ),
    determiners=frozenset(
        """the a an our his her their its my your this that these those some any all each every
        about around nearly more less than what date""".split()
    ),
    event_prepositions=frozenset({"on", "in", "at", "during"}),
    stretch_openers=frozenset(
        """for over during within in the these those its his her their first last past next
        took take takes spent spend spends lasted lasting served serving""".split()
    ),
)
