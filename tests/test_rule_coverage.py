"""Every grammar rule has a corpus case that exercises it (STYLE.md, rule 6), and every rule's
family has its corpus file: a rule nobody wrote an example for is a rule nobody checked."""

from __future__ import annotations

import pytest
from corpus_loader import FAMILIES, load_documents, load_families

import chrono
from chrono.grammar import rules_for
from chrono.grammar.rule import Rule
from chrono.lexicon.en import ENGLISH

RULE_IDS = sorted(rule.id for rule in rules_for(ENGLISH).rules)


def _rules_fired() -> set[str]:
    cases = [case for family in load_families() for case in family.cases]
    cases += load_documents()
    fired: set[str] = set()
    for case in cases:
        doc = chrono.annotate(case.text, case.anchor_date, **case.options)
        fired.update(timex.rule for timex in doc.timexes)
    return fired


@pytest.fixture(scope="module")
def fired() -> set[str]:
    return _rules_fired()


@pytest.mark.parametrize("rule_id", RULE_IDS)
def test_rule_has_a_corpus_case(rule_id: str, fired: set[str]) -> None:
    assert rule_id in fired, f"no corpus case produces a timex by rule {rule_id}"


@pytest.mark.parametrize("rule_id", RULE_IDS)
def test_rule_belongs_to_a_family_with_a_corpus_file(rule_id: str) -> None:
    family, _, name = rule_id.partition(".")
    assert family in FAMILIES and name, f"{rule_id} is not '<family>.<name>' of a corpus family"


@pytest.mark.parametrize("rule", rules_for(ENGLISH).rules, ids=lambda rule: rule.id)
def test_triggers_are_plain_words(rule: Rule) -> None:
    """The trigger scan matches the longest listed word, so a trigger such as "year's" would hide
    the plain "year" that other rules wait for (New Year's Eve went unseen that way)."""
    odd = [t for t in rule.triggers if not t.startswith("#") and not t.isalnum()]
    assert not odd, f"triggers with spaces, hyphens or apostrophes: {odd}"
