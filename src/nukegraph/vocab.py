"""The RDF vocabulary of the graph contract (``docs/graph-contract.md``) and IRI minting."""

from __future__ import annotations

from urllib.parse import quote

from rdflib import URIRef
from rdflib.namespace import DefinedNamespace, Namespace

NG_IRI = "https://w3id.org/nukegraph/ontology#"
NGID_IRI = "https://w3id.org/nukegraph/id/"


class NG(DefinedNamespace):
    """Classes and properties of the nukegraph ontology (contract plus documented extensions)."""

    _NS = Namespace(NG_IRI)
    _fail = True

    # classes
    Actor: URIRef
    State: URIRef
    Organization: URIRef
    Group: URIRef
    Treaty: URIRef
    Resolution: URIRef
    Document: URIRef
    Topic: URIRef
    Mention: URIRef
    Statement: URIRef
    AnonymousActor: URIRef
    # identity and provenance
    id: URIRef
    sourcePath: URIRef
    mentions: URIRef
    entity: URIRef
    document: URIRef
    surface: URIRef
    start: URIRef
    end: URIRef
    year: URIRef
    # statements
    subject: URIRef
    predicate: URIRef
    object: URIRef
    evidence: URIRef
    cue: URIRef
    polarity: URIRef
    quantifier: URIRef
    holderKind: URIRef
    # relation predicates
    supports: URIRef
    opposes: URIRef
    submitted: URIRef
    onBehalfOf: URIRef
    memberOf: URIRef
    signed: URIRef
    ratified: URIRef
    acceded: URIRef
    spokeIn: URIRef
    # extensions (documented in the ontology file)
    mentionCount: URIRef
    title: URIRef
    foundInText: URIRef
    aspect: URIRef


# Entity classes: the short name used in gazetteers/IRIs, and the rdf:type.
ENTITY_CLASSES: dict[str, URIRef] = {
    "state": NG.State,
    "organization": NG.Organization,
    "group": NG.Group,
    "treaty": NG.Treaty,
    "resolution": NG.Resolution,
    "document": NG.Document,
    "topic": NG.Topic,
}

ACTOR_CLASSES = frozenset({"state", "organization", "group"})


def encode_id(identifier: str) -> str:
    """Percent-encode every character outside ``[A-Za-z0-9_.-]``, as the contract requires."""
    # quote() keeps "~" unescaped, which the contract's character set does not allow.
    return quote(identifier, safe="_.-").replace("~", "%7E")


def entity_iri(cls: str, identifier: str) -> str:
    """``ngid:<class>/<id>`` as a full IRI string."""
    return f"{NGID_IRI}{cls}/{encode_id(identifier)}"
