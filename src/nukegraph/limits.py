"""Limits on what the machine gives a build or a query: the cores a process may use, and the
default limits of a SPARQL query run by ``serve`` (one place for the server and the command
line that starts it)."""

from __future__ import annotations

import os

SERVE_MEMORY_MB = 2048  # megabytes a served query may allocate (serve --max-memory)
MIN_QUERY_MB = 256  # --max-memory below this stops even ASK { ?s ?p ?o }


def usable_cores() -> int:
    """All the cores this process may run on (its affinity, not the machine's count)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1
