"""The extractor: an article's parse -> actors, tenures, replacements, events, claims."""

from __future__ import annotations

from datetime import date as Date
from typing import TYPE_CHECKING

from kg.extract.claims import Claims
from kg.extract.dates import find_date_expressions, needs_anchor, resolve_date, resolve_relative_to
from kg.extract.events import Events
from kg.extract.mentions import Mentions
from kg.extract.posts import Posts
from kg.extract.roles import Roles
from kg.model import ArticleFacts

if TYPE_CHECKING:
    from kg.text import Article


def extract(article: Article, nlp=None, gazetteer=None) -> ArticleFacts:
    """Extract every fact of one article, each tied to the sentences it came from."""
    from kg.gazetteer import load_gazetteer
    from kg.nlp import load_pipeline, parse

    nlp = nlp or load_pipeline()
    gazetteer = gazetteer or load_gazetteer()
    parsed = parse(article.text, article.body_start, nlp)
    mentions = Mentions(gazetteer)
    for span in parsed.spans:
        mentions.learn_names(span)
    posts = Posts(mentions)
    roles, events, claims = Roles(mentions, posts), Events(mentions), Claims(mentions)
    reference = Date.fromisoformat(article.date) if article.date else None
    anchor = None
    for index, span in enumerate(parsed.spans):
        mentions.resolve_sentence(index, span)
        when, anchor = sentence_date(span.text, reference, anchor)
        roles.read(index, span)
        events.read(index, span, when)
        claims.read(index, span)
    roles.finish()
    return ArticleFacts(
        name=article.name, text=article.text, sha256=article.sha256, date=article.date,
        sentences=parsed.sentences, actors=mentions.actors, tenures=roles.tenures,
        replacements=roles.replacements, events=events.events, claims=claims.claims,
    )


def sentence_date(text: str, reference, anchor):
    """The date a sentence reports, resolved against the article date or the last date mentioned."""
    for _start, _end, expression in find_date_expressions(text):
        if needs_anchor(expression):
            value = resolve_relative_to(expression, anchor) if anchor else None
        else:
            value = resolve_date(expression, reference)
        if value is not None:
            return value.iso, value if len(value.iso) == 10 else anchor
    return None, anchor
