"""Plain data passed between the stages: what the extractor found in one article.

Nothing here knows about spaCy or RDF, so the extractor and the RDF builder can
be tested and replaced independently.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int  # character offsets into the article text, end exclusive
    end: int
    text: str


@dataclass
class Actor:
    """A resolved actor: ``key`` is its deterministic IRI slug (``person/kyrylo-budanov``)."""

    key: str
    label: str
    kind: (
        str  # Person | Country | InternationalOrganization | GovernmentBody | PoliticalParty | Group | Place
    )
    names: set[str] = field(default_factory=set)  # every surface form it was mentioned by
    wikidata: str | None = None
    country: str | None = None  # key of its country, when known
    reference: bool = False  # comes from the reference actors, not minted here


@dataclass(frozen=True)
class Post:
    """A position, e.g. label "Minister of Defence" in organization ``org/ministry-of-defence-of-ukraine``."""

    label: str
    organization: str | None = None  # actor key (a country or an organization)
    identity: str | None = None  # what makes two wordings one post: "minister of defence"

    @property
    def key(self) -> str:
        """Deterministic across articles: "defense ministry" and "defence portfolio" give one post."""
        from kg.names import slug

        owner = self.organization or "unknown"
        return f"post/{owner.split('/', 1)[-1]}/{slug(self.identity or self.label)}"


@dataclass
class Tenure:
    person: str  # actor key
    post: Post
    status: str  # new | current | former
    sentences: list[int] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)  # as the article wrote them: "acting defense minister"


@dataclass
class Replacement:
    successor: str
    predecessor: str
    post: Post | None
    sentences: list[int] = field(default_factory=list)
    reason: str | None = None
    date: str | None = None
    titles: list[str] = field(default_factory=list)  # the post as the article wrote it


@dataclass
class Figure:
    name: str  # deaths, injured, evacuated, children, area_km2, countries, count
    value: int | float
    qualifier: str | None = None
    text: str = ""


@dataclass
class Event:
    type: str  # one of EVENT_TYPES
    label: str
    sentences: list[int] = field(default_factory=list)
    participants: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    figures: dict[str, Figure] = field(default_factory=dict)
    date: str | None = None
    definite: bool = False  # mentioned as "the talks", "the attack": refers back
    theme: str | None = None  # the person appointed, resigning or dismissed


@dataclass
class Claim:
    speaker: str
    kind: str  # assertion | accusation | denial | threat | intent
    text: str
    sentences: list[int] = field(default_factory=list)
    about: list[str] = field(default_factory=list)


@dataclass
class ArticleFacts:
    """Everything extracted from one article."""

    name: str  # file name, e.g. seed-ukraine-peace-talks.txt
    text: str
    sha256: str
    date: str | None
    sentences: list[Sentence]
    actors: dict[str, Actor] = field(default_factory=dict)
    tenures: list[Tenure] = field(default_factory=list)
    replacements: list[Replacement] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)


EVENT_TYPES = (
    "Meeting",
    "Summit",
    "Attack",
    "Evacuation",
    "Appointment",
    "Resignation",
    "Dismissal",
    "Investigation",
    "TerritorialChange",
    "Speech",
    "Proposal",
    "Election",
)
TENURE_STATUSES = ("new", "current", "former")
CLAIM_KINDS = ("assertion", "accusation", "denial", "threat", "intent")
