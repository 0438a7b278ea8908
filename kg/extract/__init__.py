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
    parsed = parse(article.text, (article.dateline_start, article.body_start), nlp)
    mentions = Mentions(gazetteer)
    mentions.datelined(article.text[article.dateline_start : article.body_start])
    for span in parsed.spans:
        mentions.learn_names(span)
    mentions.finish_names()
    posts = Posts(mentions)
    roles, events = Roles(mentions, posts), Events(mentions)
    claims = Claims(mentions, events, roles)
    reference = Date.fromisoformat(article.date) if article.date else None
    anchor = None
    for index, span in enumerate(parsed.spans):
        mentions.resolve_sentence(index, span)
        dates, anchor = sentence_dates(span, reference, anchor)
        roles.read(index, span)
        events.read(index, span, dates)
        claims.read(index, span)
    for event in events.events:  # a post named beside a resignation is left; then vacancies can be filled
        if event.type in ("Resignation", "Dismissal") and event.theme:
            roles.leave(event.theme, event.sentences)
    roles.finish()
    events.dismissals_from(roles)
    events.appointments_from(roles)
    events.unnamed_acts(roles)
    events.locate_votes()
    return ArticleFacts(
        name=article.name,
        text=article.text,
        sha256=article.sha256,
        date=article.date,
        sentences=parsed.sentences,
        actors=mentions.actors,
        tenures=roles.tenures,
        replacements=roles.replacements,
        events=events.events,
        claims=claims.claims,
    )


def sentence_dates(span, reference, anchor):
    """The dates a sentence gives, as (token, ISO date), resolved against the article date or the
    last full date mentioned ("the next day"); and the anchor for the sentences that follow."""
    found = []
    for start, end, expression in find_date_expressions(span.text):
        if needs_anchor(expression):
            value = resolve_relative_to(expression, anchor) if anchor else None
        else:
            value = resolve_date(expression, reference)
        words = span.char_span(start, end, alignment_mode="expand")
        if value is None or words is None:
            continue
        found.append((words.root, value.iso))
        if len(value.iso) == 10:
            anchor = value
    return found, anchor
