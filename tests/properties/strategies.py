"""Hypothesis strategies for the properties: anchors, amounts, sentences, temporal word salad."""

from __future__ import annotations

from datetime import date

from hypothesis import strategies as st

# Anchors for the resolution properties, and the whole range annotate accepts (robustness).
anchors = st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31))
any_anchor = st.dates(min_value=date(1000, 1, 1), max_value=date(2999, 12, 31))
optional_anchor = st.none() | any_anchor

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
# Associated Press style: the five short months are never abbreviated.
AP_MONTHS = (
    "Jan.",
    "Feb.",
    "March",
    "April",
    "May",
    "June",
    "July",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
)

_ONES = (
    *("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
    *("eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen"),
    *("eighteen", "nineteen"),
)
_TENS = {
    **{20: "twenty", 30: "thirty", 40: "forty", 50: "fifty", 60: "sixty"},
    **{70: "seventy", 80: "eighty", 90: "ninety"},
}


def number_word(n: int) -> str:
    """English for 1..99: "seven", "twenty", "forty-two"."""
    if n < 20:
        return _ONES[n - 1]
    tens, ones = divmod(n, 10)
    return _TENS[tens * 10] if ones == 0 else f"{_TENS[tens * 10]}-{_ONES[ones - 1]}"


def spoken_year(year: int) -> str:
    """A year 1800..2099 as it is said: "nineteen oh five", "eighteen hundred", "two thousand
    and seven", "twenty twenty-three"."""
    century, rest = divmod(year, 100)
    if year < 2000 or rest >= 10:
        tail = (
            "hundred"
            if rest == 0
            else f"oh {number_word(rest)}"
            if rest < 10
            else number_word(rest)
        )
        return f"{number_word(century)} {tail}"
    return "two thousand" if rest == 0 else f"two thousand and {number_word(rest)}"


@st.composite
def amounts(draw: st.DrawFn, low: int = 1, high: int = 60) -> tuple[int, str]:
    """A count and how the text writes it: digits, a number word, or "a" for one."""
    n = draw(st.integers(low, high))
    forms = [str(n), number_word(n)] + (["a"] if n == 1 else [])
    return n, draw(st.sampled_from(forms))


OFFSET_UNITS = ("day", "week", "month", "year", "decade")


def unit_phrase(amount_text: str, n: int, unit: str) -> str:
    """ "three years", "a day", "1 week": the unit agrees with the count."""
    return f"{amount_text} {unit}{'' if n == 1 else 's'}"


def in_sentence(template: str, expression: str) -> tuple[str, int]:
    """The template with the expression put in (capitalized at the start), and where it starts."""
    if template.startswith("{expr}"):
        expression = expression[0].upper() + expression[1:]
    start = template.index("{expr}")
    return template.replace("{expr}", expression), start


# Sentences that hold no temporal expression of their own, by tense of the governing verb.
PAST_TEMPLATES = (
    "The plant closed {expr}.",
    "{expr}, the company opened a new office in Ohio.",
    "Officials said the bridge was built {expr} by a local firm.",
    "The senator, who took office {expr}, declined to comment.",
)
FUTURE_TEMPLATES = (
    "The plant will close {expr}.",
    "{expr}, the company will open a new office in Ohio.",
    "Officials expect the bridge to reopen {expr}.",
    "The senator will leave office {expr}, an aide confirmed.",
)

# Temporal word salad: vocabulary chosen to provoke the grammar (weekdays, months, false friends
# such as "may" and "March", numbers that could be years, times, days or counts, modifiers and
# punctuation).
VOCABULARY = (
    *WEEKDAYS,
    *MONTHS,
    *("Jan.", "Sept.", "Dec.", "Mon.", "Fri.", "may", "march", "sun", "fall", "spring"),
    *("next", "last", "this", "that", "the", "a", "an", "of", "in", "on", "at", "by", "since"),
    *("until", "through", "to", "from", "and", "or", "between", "within", "for", "during"),
    *("day", "days", "week", "weeks", "weekend", "month", "months", "year", "years", "decade"),
    *("decades", "century", "centuries", "quarter", "half", "hour", "hours", "minutes", "season"),
    *("summer", "winter", "autumn", "morning", "afternoon", "evening", "night", "tonight", "noon"),
    *("midnight", "yesterday", "today", "tomorrow", "now", "recently", "currently", "soon"),
    *("ago", "later", "earlier", "before", "after", "from now", "following", "previous", "past"),
    *("more than", "less than", "at least", "about", "nearly", "some", "early", "mid", "late"),
    *("mid-", "the end of", "the beginning of", "the middle of", "every", "each", "daily"),
    *("weekly", "annual", "fiscal", "first", "second", "third", "fourth", "21st", "19th"),
    *(
        "one",
        "two",
        "three",
        "ten",
        "twelve",
        "twenty",
        "twenty-one",
        "fifty",
        "hundred",
        "several",
    ),
    *("a few", "3", "9", "12", "24", "31", "45", "60", "100", "1990s", "'90s", "2014", "1999"),
    *("2023", "2000", "1066", "2999", "99", "p.m.", "a.m.", "3 p.m.", "9:30", "10:45 a.m."),
    *("2023-12-09", "12/09/2023", "9/11", "1990-01", "2023-W48", "Q3", "H1", "EST", "GMT"),
    *("said", "will", "was", "is", "plans to", "expects to", "had", "has", "going to", "Christmas"),
    *(",", ".", ";", ":", "-", "--", "(", ")", "'s", "/", "\u2014"),
    *("couple", "a couple of", "fortnight", "this time", "a week on", "every other", "quarter of"),
    *("local time", "0400", "14.00", "10am", "4.30pm", "2018-19", "5-9", "1,500", '"', "``", "''"),
    *("who", "overnight", "moved to", "rescheduled for", "opens", "meet", "go", "Black Friday"),
    *("the 1800s", "page", "since", "than", "period", "year-earlier", "April-June", "that summer"),
)


@st.composite
def vocabulary_texts(draw: st.DrawFn, max_tokens: int = 30) -> str:
    """Words from VOCABULARY (and random numbers) joined by spaces, punctuation or nothing."""
    token = st.sampled_from(VOCABULARY) | st.integers(0, 100_000).map(str)
    tokens = draw(st.lists(token, max_size=max_tokens))
    separators = st.sampled_from((" ", " ", " ", " ", "", ", ", "\n", ". ", "-"))
    pieces: list[str] = []
    for item in tokens:
        if pieces:
            pieces.append(draw(separators))
        pieces.append(item)
    return "".join(pieces)
