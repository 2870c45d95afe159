"""Errors raised by kg, each with a one-line message, an optional hint and an exit code.

The CLI prints ``str(error)`` on one line and exits with :attr:`KgError.exit_code`
(see the README's table of exit codes).
"""
from __future__ import annotations

EXIT_OK = 0
EXIT_VIOLATIONS = 1
EXIT_USAGE = 2


class KgError(Exception):
    """Base class of every error kg reports to a user.

    :param message: one line saying what went wrong and where.
    :param hint: optional one line saying what to do about it.

    >>> str(KgError("no such file: a.txt", hint="check the path"))
    'no such file: a.txt (hint: check the path)'
    """

    exit_code = EXIT_USAGE

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} (hint: {self.hint})" if self.hint else self.message


class InputError(KgError):
    """An input document cannot be read or understood (empty, binary, bad front matter...)."""


class StoreError(KgError):
    """The store is missing, locked by another build, or cannot be written."""


class QueryError(KgError):
    """A SPARQL query is malformed, unknown, or failed to run."""


class ShapesError(KgError):
    """A shapes or data file for validation cannot be loaded."""


class NotConformingError(KgError):
    """The graph violates its shapes, so queries over it would give wrong answers."""

    exit_code = EXIT_VIOLATIONS
