"""TimeML support: reading gold .tml documents (the writer is `chrono.writers.timeml`)."""

from chrono.timeml.reader import GoldDocument, GoldTimex, TimemlError, read_timeml

__all__ = ["GoldDocument", "GoldTimex", "TimemlError", "read_timeml"]
