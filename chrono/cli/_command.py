"""The contract between `chrono.cli.main` and a subcommand module: `register(subparsers)` adds
the subcommand's parser and sets its `run` default, which returns the exit status."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TypeAlias

Subparsers: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"
Register: TypeAlias = Callable[[Subparsers], None]
Run: TypeAlias = Callable[[argparse.Namespace], int]
