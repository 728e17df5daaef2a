"""Every error nukegraph raises, in one place.

Each message says which file (and line) is at fault and what the user can do about it; the
CLI prints the message and exits with the error's ``exit_code``, never a traceback.
"""

from __future__ import annotations

from pathlib import Path


class NukegraphError(Exception):
    """Base class: a problem the user can fix."""

    exit_code = 1


class CorpusError(NukegraphError):
    """The corpus folder is missing, empty or not a folder."""

    exit_code = 2


class DocumentError(NukegraphError):
    """One input document cannot be read (encoding, binary content, empty)."""

    exit_code = 3

    def __init__(self, path: Path | str, problem: str) -> None:
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"{path}: {problem}")


class GazetteerError(NukegraphError):
    """A gazetteer file is malformed or contradicts another."""

    exit_code = 4

    def __init__(self, path: Path | str, line: int | None, problem: str) -> None:
        self.path = Path(path)
        self.line = line
        self.problem = problem
        where = f"{path}:{line}" if line is not None else f"{path}"
        super().__init__(f"{where}: {problem}")


class OutputError(NukegraphError):
    """The output folder cannot be written."""

    exit_code = 5


class SchedulerError(NukegraphError):
    """The Dask scheduler cannot be used (not installed, unreachable, or its workers differ)."""

    exit_code = 9


class GraphError(NukegraphError):
    """A folder holds no build, or its graph cannot be loaded into the query store."""

    exit_code = 6


class QueryError(NukegraphError):
    """A query file is missing or unreadable, the query is malformed, or evaluating it failed."""

    exit_code = 7


class QueryRefusedError(QueryError):
    """The query asks for what the endpoint does not allow (SERVICE, unless allowed)."""


class QueryLimitError(QueryError):
    """A limit of the machine or of the endpoint ended the query (time, memory), not the query's
    text: the endpoint answers 503, not 400."""

    exit_code = 8


class QueryTimeoutError(QueryLimitError):
    """A query ran longer than its time limit and was stopped."""


class QueryMemoryError(QueryLimitError):
    """A query needed more memory than its limit and was stopped."""
