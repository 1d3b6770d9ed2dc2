"""Hypothesis profiles for the property suite.

`chrono-dev` (the default) explores new examples on every run; `chrono-ci` (chosen when the CI
environment variable is set, or with HYPOTHESIS_PROFILE=chrono-ci) is derandomized so that a CI
run is reproducible. Neither has a deadline: annotate's first call compiles the grammar, and a
slow first example is not a bug. The example counts keep the whole suite well under a minute.
`pytest --hypothesis-profile=chrono-thorough tests/properties` hunts longer (2,000 examples a test).
"""

from __future__ import annotations

import contextlib
import os
import warnings

import pytest
from hypothesis import HealthCheck, settings

# When a property fails, Hypothesis's pytest plugin imports its patch writer, which imports libcst
# if it is installed; libcst's import warns (mypy_extensions.TypedDict is deprecated), and
# pytest's filterwarnings = ["error"] turns that into an INTERNALERROR that hides the failure.
# Importing it here, with that warning silenced, keeps failures readable (a no-op without libcst).
with warnings.catch_warnings(), contextlib.suppress(ImportError):
    warnings.simplefilter("ignore", DeprecationWarning)
    import hypothesis.extra._patching  # noqa: F401

settings.register_profile(
    "chrono-dev",
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "chrono-ci",
    parent=settings.get_profile("chrono-dev"),
    derandomize=True,
    print_blob=True,
)


def _profile_name() -> str:
    chosen = os.environ.get("HYPOTHESIS_PROFILE")
    if chosen:
        return chosen
    on_ci = os.environ.get("CI", "").strip().lower() not in {"", "0", "false", "no"}
    return "chrono-ci" if on_ci else "chrono-dev"


settings.register_profile(
    "chrono-thorough", parent=settings.get_profile("chrono-dev"), max_examples=2000
)


def pytest_configure(config: pytest.Config) -> None:
    """Load our profile unless one was chosen with pytest's --hypothesis-profile."""
    if not config.getoption("hypothesis_profile", None):
        settings.load_profile(_profile_name())
