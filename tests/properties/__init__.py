"""Hypothesis properties: how expressions must resolve, written from docs/conventions.md."""
