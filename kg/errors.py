"""The project's own exceptions. Library code raises these; only the CLI turns
them into one-line messages and exit codes."""

from __future__ import annotations


class KgError(Exception):
    """Base class: a mistake the user can fix, with a message that says how."""


class InputError(KgError):
    """An article could not be read: missing, empty, binary, undecodable, too large."""


class StoreError(KgError):
    """The store is missing, locked or unreadable."""


class QueryError(KgError):
    """A SPARQL query is malformed or failed."""


class UnknownName(KgError):
    """A name typed by the user matches no actor in the store."""

    def __init__(self, name: str, suggestions: list[str]):
        self.name = name
        self.suggestions = suggestions
        hint = f" Did you mean: {', '.join(suggestions)}?" if suggestions else ""
        super().__init__(f"No actor named {name!r} in the store.{hint}")


class ModelError(KgError):
    """The spaCy pipeline could not be loaded."""
