"""The errors chrono raises on purpose; the CLI turns each into one line on stderr, exit 2."""


class ChronoError(Exception):
    """Base of every error chrono reports to a user."""


class InputError(ChronoError):
    """A file that cannot be read as UTF-8 text: missing, a directory, binary or badly encoded."""


class DctError(ChronoError):
    """A document creation time that cannot be parsed or lies outside the supported years."""
