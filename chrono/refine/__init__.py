"""Refiners: steps over the whole list of mentions that single rules cannot take.

- a title in quotes is no time ("The Day After Tomorrow");
- a length told in parts is one duration ("six years and eight months");
- the two ends of a range are read together ("from March to May 2023", "from Monday to
  Thursday");
- "the week of" before a day, or "week" after a holiday, widens it to its week ("Easter week");
- a weekday beside a deictic week is that week's day ("Tuesday next week");
- modifiers written before a mention join it ("more than seven years ago", "the late 1990s",
  "mid-2022") and set its mod, as does "or so" after it ("the next year or so");
- a length, a weekday or "the day" before "before"/"after" and a named date counts from it
  ("a week before Christmas", "the Friday before Easter", "the day after March 5");
- a part of day before a date joins it ("the evening of June 3");
- a clock time and the date beside it become one time ("3 p.m. on Friday", "9:30 tonight");
- a weekday ending a range after a day follows it ("from 10pm Friday until 6am Monday");
- a clock time in another zone, in brackets after a local one, takes its day ("9 p.m. (0100 GMT)
  on Friday" is 01:00 on Saturday);
- a weekday listed after a recurring one recurs too ("every Monday and Thursday"), and a clock
  time or a calendar day beside a set joins it ("8 a.m. every day", "every year on July 4");
- an offset in years before a deictic period is an anniversary ("75 years ago this month");
- a numbered quarter takes the day it ended as its last ("its fourth quarter ended June 30");
- a schedule moved by a length is a comparison: only the length is a timex ("will open an hour
  earlier").
"""

from __future__ import annotations

from chrono.extract import Mention
from chrono.grammar.rule import Source
from chrono.refine.anniversaries import join_anniversaries
from chrono.refine.comparisons import compare_moved_schedules
from chrono.refine.compounds import join_compound_durations
from chrono.refine.days import (
    attach_day_parts,
    attach_weeks,
    join_times_with_dates,
    join_weekdays_with_weeks,
)
from chrono.refine.days_away import join_days_away
from chrono.refine.lists import attach_set_details, distribute_sets, share_listed_clocks
from chrono.refine.modifiers import attach_modifiers
from chrono.refine.quarters import attach_quarter_ends
from chrono.refine.ranges import (
    follow_range_starts,
    pair_weekday_ranges,
    share_clock_ranges,
    share_range_years,
)
from chrono.refine.titles import drop_titles
from chrono.refine.zones import share_zone_days


def refine(mentions: list[Mention], source: Source) -> list[Mention]:
    """Run the refiners in the order above: each sees what the ones before it made."""
    compounds = join_compound_durations(drop_titles(mentions, source), source)
    ranges = pair_weekday_ranges(share_range_years(compounds, source), source)
    weeks = join_weekdays_with_weeks(attach_weeks(ranges, source), source)
    days_away = join_days_away(attach_modifiers(weeks, source), source)
    clocks = share_clock_ranges(
        join_times_with_dates(attach_day_parts(days_away, source), source), source
    )
    joined = share_zone_days(follow_range_starts(clocks, source), source)
    sets = share_listed_clocks(attach_set_details(distribute_sets(joined, source), source), source)
    quarters = attach_quarter_ends(join_anniversaries(sets, source), source)
    return compare_moved_schedules(quarters, source)
