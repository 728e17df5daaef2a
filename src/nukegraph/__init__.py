"""nukegraph: a knowledge graph of actors, treaties and positions from Chinese UN disarmament documents."""

from .errors import NukegraphError
from .pipeline import BuildSummary, build

__all__ = ["BuildSummary", "NukegraphError", "build"]
__version__ = "0.1.0"
