"""spaCy components that repair what the small English model gets wrong in news, once, so that the
extraction rules read a parse a reader would agree with: names it splits, misses or mislabels, and
clauses it hangs on the wrong word. :data:`COMPONENTS` is their order in the pipeline."""

from __future__ import annotations

from itertools import pairwise

from kg.extract.lexicon import (
    APPOINT_VERBS,
    ARMED_GROUP_NOUNS,
    CLAIM_VERBS,
    HELD_NOUNS,
    INSTITUTION_HEADS,
    ORGANIZATION_WORDS,
    PLACE_PREPS,
    POLICE_WORDS,
    POST_NOUNS,
    PREMISES,
    RANKS_MILITARY,
    RECORD_NOUNS,
    REGION_ENDINGS,
    SETTLEMENT_NOUNS,
    SUCCESSION_VERBS,
    UNTIL_NOW,
)
from kg.extract.syntax import described_with_who, taking_over
from kg.names import SURNAME_PARTICLES, is_given_name

# Titles of royalty before a name, and the Arabic "son of"/"daughter of" inside one.
ROYAL_TITLES = {"prince", "princess", "king", "queen", "sheikh", "emir", "sultan"}
NASAB = {"bin", "bint", "ibn"}


def hyphened_given_name(doc, i: int) -> bool:
    """'Seung-woo', 'Min-jae', 'Ching-te': a romanised Korean or Chinese given name whose first syllable
    is ``doc[i]``, written with a hyphen and a lower-case second syllable."""
    return (
        i + 2 < len(doc)
        and doc[i].is_title
        and doc[i].is_alpha
        and not doc[i].whitespace_
        and doc[i + 1].text == "-"
        and not doc[i + 1].whitespace_
        and doc[i + 2].is_lower
        and doc[i + 2].is_alpha
        and len(doc[i + 2]) <= 5
        and doc[i + 2].tag_ not in ("VBN", "VBD", "VBG")
        and doc[i + 2].lower_ not in HYPHEN_SUFFIXES
    )


# Second halves of hyphened words that are no syllable of a name: "Korea-based", "Kremlin-run".
HYPHEN_SUFFIXES = {"based", "led", "backed", "born", "style", "owned", "run", "era", "linked", "wide", "like"}


def post_apposition(token) -> bool:
    """'the provincial governor, Adelino Tati Mavungo': a name set beside a post is its holder's."""
    return token.dep_ == "appos" and token.head.lemma_.lower() in POST_NOUNS and token.head.pos_ == "NOUN"


def with_post_apposition(token) -> bool:
    """'Halbi Yunos, the Minister of Defence II, was named ...': a name a post is set beside is a
    person's."""
    return any(
        c.dep_ == "appos" and c.lemma_.lower() in POST_NOUNS and any(d.lower_ == "the" for d in c.children)
        for c in token.children
    )


def aged_or_resigning(token) -> bool:
    """'Seetohul, 58, ...', 'Vikash Seetohul quit the post', 'X resigned': what only a person is or does."""
    if any(
        c.dep_ == "appos" and c.like_num and c.text.isdigit() and 18 <= int(c.text) <= 99
        for c in token.children
    ):
        return True
    verb = token.head
    if token.dep_ != "nsubj":
        return False
    return (
        verb.lemma_ == "resign"
        or verb.lemma_ == "quit"
        and any(o.dep_ == "dobj" and o.lemma_ in HELD_NOUNS | {"office"} for o in verb.children)
    )


def succeeded(token) -> bool:
    """'replacing Inoke Ravuvu', 'took over the portfolio from Inoke Ravuvu': one succeeded in a post
    is a person, whatever the tagger took the name for."""
    head = token.head
    if token.dep_ == "dobj" and head.lemma_ in SUCCESSION_VERBS:
        return True
    return token.dep_ == "pobj" and head.lower_ == "from" and taking_over(head.head)


def person_names(doc):
    """Repair the tagger's person names with the dictionary of given names: 'Oleksiy' tagged as a
    place before 'Danchenko' joins the name; 'Maia Sandu' tagged as an organisation is a person."""
    from spacy.tokens import Span
    from spacy.util import filter_spans

    def given(token) -> bool:
        return token.pos_ in ("PROPN", "NOUN", "ADJ") and token.is_title and is_given_name(token.text)

    def titled(token) -> bool:  # "President Esteban Cordero" tagged as an organisation: a titled person
        title = doc[token.i - 1] if token.i else None
        return title is not None and title.lower_ in NAME_TITLES and title.dep_ == "compound"

    spans = []
    regrown = []  # spans grown or cut: a known actor's id on their words no longer holds
    for ent in doc.ents:
        start, label = ent.start, ent.label_
        # "Anne-Marie Brink" is three words; '," George Simion' tagged a work of art starts at George
        words = [t for t in ent if t.lower_ != "the" and t.text != "-" and not t.is_quote and not t.is_punct]
        while len(words) > 2 and words[0].lower_.rstrip(".") in RANKS_MILITARY:
            words = words[1:]  # "Lieutenant General Viktor Bondarchuk": the rank is no part of the name
        if label == "PERSON" and words and words[0].i > start:
            start = words[0].i
        if (
            label in ("ORG", "GPE", "NORP", "LOC", "FAC", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW")
            and not ent.ent_id_
            # "Jean-Pierre Ondo Essono", "Abdulraqeeb Saleh al-Sanabani"
            and 2
            <= len([t for t in words if t.lower_ not in SURNAME_PARTICLES])
            <= (4 if given(words[0]) else 3)
            # "Sylvain Moussavou-Ikapi, who had run the ministry": a 'who' clause describes a person
            and (
                given(words[0])
                or titled(words[0])
                or post_apposition(ent.root)
                or with_post_apposition(ent.root)
                or aged_or_resigning(ent.root)
                or described_with_who(ent.root)
                or succeeded(ent.root)
            )
            and all(
                t.lower_ in SURNAME_PARTICLES
                or t.is_title
                and (t.pos_ == "PROPN" or t.i == words[0].i and t.is_alpha)
                for t in words
            )
            and not any(t.lower_ in ORGANIZATION_WORDS for t in words)
        ):
            start, label = words[0].i, "PERSON"
        if (
            label in ("CARDINAL", "ORDINAL", "QUANTITY")
            and all(t.is_alpha and t.is_title and t.pos_ == "PROPN" for t in ent)
            and ent.root.dep_ == "pobj"
            and ent.root.head.lower_ in ("in", "near", "at", "outside")
        ):
            label = "GPE"  # "met protest leaders in Zhanaozen", the name tagged as a number
        end = ent.end
        while end - start > 1 and doc[end - 1].pos_ in ("ADP", "CCONJ", "DET"):
            end -= 1  # "Mora in" tagged as a name: the preposition is no part of it
        following = doc[end] if end < len(doc) else None
        if (
            len(ent) == 1
            and given(ent[0])
            and (not ent.ent_id_ or ent.label_ in ("GPE", "LOC") and ent[0].head == following)
            and following is not None
            and following.pos_ == "PROPN"
            and following.is_title
            and not following.ent_type_
            and following.lower_ not in ORGANIZATION_WORDS
            and following.text not in FEATURE_WORDS
        ):
            end, label = (
                end + 1,
                "PERSON",
            )  # "Natalia" tagged a place, "Gavrilița" left untagged; "Sofia Marinho"
        if label == "PERSON":
            before = doc[start - 1] if start > 0 else None
            if (
                ent.ent_id_
                and len(ent) == 1
                and before is not None
                and before.pos_ == "PROPN"
                and before.is_title
                and before.ent_type_ in ("", "PERSON")
                and not before.ent_id_
                and before.dep_ == "compound"
                and before.lower_ not in NAME_TITLES | ROYAL_TITLES
            ):
                start -= 1  # "Rui Costa" is someone else than the Costa the reference data knows
            while start > 0 and given(doc[start - 1]) and not doc[start - 1].ent_id_:
                start -= 1
            for _ in range(2):  # "Lieutenant-Colonel Fatouma Houssein Djama" tagged from "Houssein"
                before = doc[start - 1] if start > 1 else None
                if (
                    before is not None
                    and before.pos_ == "PROPN"
                    and before.is_title
                    and before.is_alpha
                    and not before.ent_type_
                    and before.dep_ == "compound"
                    and start <= before.head.i < end
                    and before.lower_ not in NAME_TITLES | RANKS_MILITARY | ROYAL_TITLES
                    and doc[start - 2].lower_.rstrip(".") in NAME_TITLES | RANKS_MILITARY
                ):
                    start -= 1
            if (
                end < len(doc)
                and doc[end].ent_type_ in ("GPE", "LOC")
                and doc[end].ent_iob_ == "B"
                and (end + 1 == len(doc) or doc[end + 1].ent_iob_ != "I")
                and doc[end - 1].dep_ == "compound"
                and doc[end - 1].head == doc[end]
            ):
                end += 1  # "Gen. Teodoro Lima": a surname that is also a city's name
            while start + 2 < end and doc[start].lower_ in ROYAL_TITLES:
                start += 1  # "Prince Khalid bin Salman": the title is no part of the name
            if doc[end - 1].lower_ in NASAB and end < len(doc) and doc[end].pos_ == "PROPN":
                end += 1  # "Khalid bin" tagged, "Salman" taken for the crown prince: one name
            elif end + 1 < len(doc) and doc[end].lower_ in NASAB and doc[end + 1].pos_ == "PROPN":
                end += 2  # "Khalid" tagged, "bin Salman" left out
            while (  # "Jeong Min-cheol": the tagger stops at the first syllable of a hyphened given name
                end + 2 < len(doc)
                and doc[end].is_title
                and doc[end].is_alpha
                and doc[end + 1].text == "-"
                and not doc[end].whitespace_
                and not doc[end + 1].whitespace_
                and doc[end + 2].is_alpha
                and not doc[end + 2].ent_type_
            ):
                end += 3
            if hyphened_given_name(doc, end - 1):  # "Choi Min-jae" tagged as far as "Min"
                end += 2
            if (  # "Sheryl Bacchus-Hinds" tagged as far as "Bacchus"
                end + 1 < len(doc)
                and doc[end].text == "-"
                and not doc[end - 1].whitespace_
                and not doc[end].whitespace_
                and doc[end + 1].is_title
                and doc[end + 1].is_alpha
                and not doc[end + 1].ent_type_
            ):
                end += 2
            if (  # "Ahmat Bachir" tagged, "Nguéto" the word their parse hangs on: one name
                end < len(doc)
                and doc[end - 1].dep_ == "compound"
                and doc[end - 1].head == doc[end]
                and untagged_title(doc[end])
                and doc[end].lower_ not in ORGANIZATION_WORDS
                and doc[end].text not in FEATURE_WORDS
            ):
                end += 1
        changed = (start, end, label) != (ent.start, ent.end, ent.label_)
        # a known surname grown into a full name is that name, not the known person: "Oleksii Kuleba"
        kept_id = ent.id_ if (start, end) == (ent.start, ent.end) else ""
        spans.append(Span(doc, start, end, label=label, span_id=kept_id) if changed else ent)
        if changed and not kept_id:
            regrown.append((start, end))
    spans += untagged_names(doc, given)
    taken = {i for span in spans if span.label_ == "PERSON" for i in range(span.start, span.end)}
    for i in range(len(doc) - 3):  # "Han Seung-woo" with "Han" tagged a people and the rest untagged
        if (
            i not in taken
            and doc[i].is_title
            and doc[i].is_alpha
            and len(doc[i]) <= 5
            and not doc[i].ent_id_
            and doc[i + 1].is_title
            and doc[i + 1].ent_type_ in ("", "PERSON", "NORP")
            and hyphened_given_name(doc, i + 1)
        ):
            spans = [span for span in spans if not (span.start <= i + 3 and i < span.end)]
            spans.append(Span(doc, i, i + 4, label="PERSON"))
    doc.ents = filter_spans(spans)
    for start, end in regrown:
        for token in doc[start:end]:
            token.ent_id_ = ""  # "Sofia" the capital grown into "Sofia Marinho": no longer the city
    for ent in doc.ents:
        if not ent.id_:
            for token in ent:
                token.ent_id_ = ""  # the known surname's id must not outlive its span
    return doc


# Last words of a geographic feature's name: "the South China Sea", "Second Thomas Shoal".
FEATURE_WORDS = {
    "Sea",
    "Ocean",
    "Gulf",
    "Strait",
    "Straits",
    "Bay",
    "River",
    "Shoal",
    "Reef",
    "Island",
    "Islands",
    "Lake",
    "Canal",
    "Peninsula",
    "Desert",
    "Mountains",
}


def feature_names(doc):
    """A run of capitalised words ending in a feature word is one place, whatever the tagger split it
    into: 'the South China Sea' is not the South, China and a sea."""
    from spacy.tokens import Span
    from spacy.util import filter_spans

    spans = list(doc.ents)
    for token in doc:
        if token.text not in FEATURE_WORDS or token.pos_ != "PROPN":
            continue
        start = token.i
        while (
            start > 0
            and doc[start - 1].dep_ == "compound"
            and doc[start - 1].head.i in range(start, token.i + 1)
            and doc[start - 1].is_title
        ):
            start -= 1
        if start == token.i:
            continue
        spans = [span for span in spans if not (span.start < token.i + 1 and start < span.end)]
        spans.append(Span(doc, start, token.i + 1, label="LOC"))
        for word in doc[start : token.i + 1]:
            word.ent_id_ = ""  # "Niger River" is no longer the country its first word names
    doc.ents = filter_spans(spans)
    return doc


# Small words an acronym leaves out: "Front for the Liberation of the Enclave of Cabinda (FLEC)".
ACRONYM_SKIPS = {"of", "the", "for", "and", "de", "du", "des", "la", "le", "-", "'s", "\u2019s"}  # "People's"


def acronym_names(doc):
    """A run of capitalised words that a following acronym spells is one name, whatever the tagger
    split it into: 'the Islamic State West Africa Province (ISWAP)' is one group, not the Islamic
    State and a province. A name the tagger or the reference actors already have whole is left as it
    is ("United Arab Emirates (UAE)"); a new one is labelled an organisation."""
    from spacy.tokens import Span
    from spacy.util import filter_spans

    spans = list(doc.ents)
    for token in doc[2:]:
        letters = token.text
        if not (
            letters.isupper() and letters.isalpha() and 2 < len(letters) < 9 and doc[token.i - 1].text == "("
        ):
            continue
        start, wanted = token.i - 1, list(letters)
        while wanted and start > 0:
            word = doc[start - 1]
            if word.lower_ in ACRONYM_SKIPS and start - 1 < token.i - 2:
                start -= 1
            elif word.is_title and word.text[0] == wanted[-1]:
                wanted.pop()
                start -= 1
            else:
                break
        while doc[start].lower_ in ACRONYM_SKIPS:
            start += 1
        end = token.i - 1
        if wanted or any(s.start == start and s.end == end for s in spans):
            continue
        spans = [span for span in spans if not (span.start < end and start < span.end)]
        spans.append(Span(doc, start, end, label="ORG"))
        for word in doc[start:end]:
            word.ent_id_ = ""  # "Islamic State West Africa Province" is not Africa
    if len(spans) != len(doc.ents) or spans != list(doc.ents):
        doc.ents = filter_spans(spans)
    return doc


def possessive_names(doc):
    """A name the tagger ran across a possessive is two names: "Rakhine State's Maungdaw township" is
    Rakhine State and Maungdaw, "Sudan's El Fasher" is Sudan and El Fasher."""
    from spacy.tokens import Span
    from spacy.util import filter_spans

    def place_before(cut: int, start: int) -> bool:  # not "People's Party", "St Mary's Hospital"
        words = doc[start:cut]
        named = words[0].ent_id_.startswith(("country/", "place/"))
        return named or words[-1].lower_ in REGION_ENDINGS

    spans = []
    for ent in doc.ents:
        inner = [t.i for t in ent[1:-1] if t.tag_ == "POS"] if not ent.ent_id_ else []
        if not inner or not place_before(inner[0], ent.start):
            spans.append(ent)
            continue
        cut = inner[0]
        spans.append(Span(doc, ent.start, cut, label=ent.label_))
        if cut + 1 < ent.end:
            spans.append(Span(doc, cut + 1, ent.end, label=ent.label_))
    if len(spans) > len(doc.ents):
        doc.ents = filter_spans(spans)
    return doc


def group_names(doc):
    """A capitalised word the tagger left untagged before a word for fighters is a group's name:
    'Fano militias', 'Fano fighters'."""
    from spacy.tokens import Span
    from spacy.util import filter_spans

    spans = list(doc.ents)
    for token in doc:
        if token.lemma_.lower() not in ARMED_GROUP_NOUNS and token.lower_ not in ARMED_GROUP_NOUNS:
            continue
        names = [
            c
            for c in token.lefts
            if c.dep_ in ("compound", "amod")
            and c.is_title
            and c.is_alpha
            and not c.ent_type_
            and not c.is_sent_start
            and c.lower_ not in POST_NOUNS
        ]
        if names and names[-1].i == token.i - 1:
            spans.append(Span(doc, names[0].i, token.i, label="ORG"))
    if len(spans) > len(doc.ents):
        doc.ents = filter_spans(spans)
    return doc


def numbered_names(doc):
    """'the Barrio 18 gang': the tagger takes the word for a person and the number for a count; a
    name and a number before a word for a group, or after 'the', are one group's name."""
    from spacy.tokens import Span

    names = []
    for ent in doc.ents:
        number = doc[ent.end] if ent.end < len(doc) else None
        after = doc[ent.end + 1] if ent.end + 1 < len(doc) else None
        before = doc[ent.start - 1] if ent.start else None
        if (
            ent.label_ in ("PERSON", "ORG", "GPE", "NORP")
            and not ent.ent_id_
            and number is not None
            and number.is_digit
            and (
                after is not None
                and after.lower_ in ARMED_GROUP_NOUNS | GANG_NOUNS
                or before is not None
                and before.lower_ == "the"
            )
        ):
            names.append(Span(doc, ent.start, ent.end + 1, label="ORG"))
    set_names(doc, names)
    return doc


GANG_NOUNS = {"gang", "gangs", "cartel"}


def national_societies(doc):
    """'Sierra Leone Red Cross', 'the Libyan Red Crescent': a country's own society, not the
    International Committee of the Red Cross the reference data knows as 'Red Cross'."""
    from spacy.tokens import Span

    names = []
    for ent in doc.ents:
        red = doc[ent.end : ent.end + 2]
        if (
            ent.label_ in ("GPE", "NORP")
            and len(red) == 2
            and red[0].text == "Red"
            and red[1].text in ("Cross", "Crescent")
        ):
            names.append(Span(doc, ent.start, ent.end + 2, label="ORG"))
    set_names(doc, names)
    return doc


def untagged_title(token) -> bool:
    return token.is_title and token.pos_ == "PROPN" and not token.ent_type_


def institution_names(doc):
    """'the Malawi Energy Regulatory Authority': capitalised words ending in a word for a body, which
    the tagger left untagged but for the country at their start, are one body's name (three words at
    least, or two after the country), with the 'of' phrase that may end it."""
    from spacy.tokens import Span
    from spacy.util import filter_spans

    spans = list(doc.ents)
    for head in doc:
        if head.ent_type_ or not head.is_title or head.lower_ not in ORGANIZATION_WORDS:
            continue
        if head.i + 1 < len(doc) and untagged_title(doc[head.i + 1]):
            continue  # "Deputy Police Minister X", "the Somali Police Force": the name goes on
        start = head.i
        while (
            start > 1
            and doc[start - 1].text == "-"
            and doc[start - 2].is_title
            or (start > 0 and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN")
        ):
            start -= 1  # "Malaysian Anti-Corruption Commission": a hyphen within the name
        tagged = [t for t in doc[start : head.i] if t.ent_type_]
        if head.i - start < (1 if tagged or head.lower_ in POLICE_WORDS else 2):
            continue  # "the Joint Forces" may be a unit; "Energy Regulatory Authority", "Judicial Police" not
        if any(t.ent_type_ not in ("GPE", "NORP") or t.i - start >= len(tagged) for t in tagged):
            continue  # only a country or a people may lead the name: "Malawi Energy Regulatory Authority"
        end = head.i + 1
        if end + 1 < len(doc) and doc[end].lower_ == "of" and untagged_title(doc[end + 1]):
            end += 2  # "the Malta Chamber of Commerce", "... of Commerce and Industry"
            while (
                end + 1 < len(doc)
                and doc[end].lower_ == "and"
                and untagged_title(doc[end + 1])
                or (end < len(doc) and untagged_title(doc[end]))
            ):
                end += 2 if doc[end].lower_ == "and" else 1
        spans = [s for s in spans if not (start <= s.start and s.end <= end)]
        spans.append(Span(doc, start, end, label="ORG"))
    if spans != list(doc.ents):
        doc.ents = filter_spans(spans)
    return doc


# Last words of a body named for where it serves: "the UN Assistance Mission in Afghanistan".
SEATED_BODY_WORDS = {"Mission", "Force", "Office", "Operation", "Delegation", "Embassy"}


def seated_names(doc):
    """A mission's name runs on to the country it serves in: 'the African Union Support and
    Stabilization Mission in Somalia' is one body, not a mission and a country."""
    from spacy.tokens import Span
    from spacy.util import filter_spans

    spans = list(doc.ents)
    for ent in doc.ents:
        after = ent.end
        if ent.label_ != "ORG" or ent[-1].text not in SEATED_BODY_WORDS or after + 1 >= len(doc):
            continue
        if doc[after].lower_ not in ("in", "to", "for"):
            continue
        seat = next((e for e in doc.ents if e.start == after + 1 and e.label_ in ("GPE", "LOC")), None)
        if seat is not None:
            spans = [span for span in spans if span not in (ent, seat)]
            spans.append(Span(doc, ent.start, seat.end, label="ORG"))
    if len(spans) != len(doc.ents):
        doc.ents = filter_spans(spans)
    return doc


def located_names(doc):
    """A name the tagger took for a people, after 'in', 'at' or 'near', is a place: 'arrested 11
    people in Siguiri'. Peoples the gazetteer knows carry an id and keep their label."""
    from spacy.tokens import Span

    ents = list(doc.ents)
    for n, ent in enumerate(ents):
        located = ent.root.tag_ == "NNP" and ent.root.dep_ == "pobj" and ent.root.head.lower_ in PLACE_PREPS
        # "38 villages on Upolu": villages lie on an island, not on a person
        on_island = (
            ent.root.dep_ == "pobj"
            and ent.root.head.lower_ == "on"
            and ent.root.head.head.lemma_ in SETTLEMENT_NOUNS
        )
        if ent.label_ == "NORP" and not ent.ent_id_ and located:
            ents[n] = Span(doc, ent.start, ent.end, label="GPE")
        elif ent.label_ in ("PERSON", "ORG") and not ent.ent_id_ and on_island:
            ents[n] = Span(doc, ent.start, ent.end, label="GPE")
        # "met his counterpart in Cotonou", "at the residence in Mahazoarivo": one unknown word tagged a
        # person or a date, in a place phrase of a verb or a building, is a place
        elif (
            ent.label_ in ("PERSON", "DATE")
            and len(ent) == 1
            and not ent.ent_id_
            and located
            and ent.root.head.lower_ == "in"
            and ent.root.is_alpha
            and ent.root.lower_ not in CALENDAR_WORDS
            and not is_given_name(ent.text)
            and (ent.root.head.head.pos_ in ("VERB", "AUX") or ent.root.head.head.lemma_ in PREMISES)
        ):
            ents[n] = Span(doc, ent.start, ent.end, label="GPE")
        following = doc[ent.end] if ent.end < len(doc) else None
        if (
            ent.label_ in ("GPE", "LOC")
            and not ent.ent_id_  # "the Kyiv Independent" is a newspaper of a known city
            and following is not None
            and ent[-1].dep_ == "compound"
            and ent[-1].head == following
            and untagged_title(following)
            and following.lower_ not in ORGANIZATION_WORDS | POST_NOUNS
        ):
            ents[n] = Span(doc, ent.start, ent.end + 1, label=ent.label_)  # "Katima" of "Katima Mulilo"
    if ents != list(doc.ents):
        doc.ents = ents
    return doc


CALENDAR_WORDS = {
    *("january february march april may june july august september october november december".split()),
    *("monday tuesday wednesday thursday friday saturday sunday spring summer autumn winter".split()),
}

# Words of a title written before a name: "Governor", "Deputy Chief Minister", "Senior Minister".
NAME_TITLES = POST_NOUNS | RANKS_MILITARY | {"vice", "senior"}


def untagged_names(doc, given) -> list:
    """One to three capitalised words the tagger left untagged, after a title, starting with a
    given name or described with 'who': 'Governor Dikko Radda', 'Tunde Akinwale', 'Oli, who ...'."""
    from spacy.tokens import Span

    found = []
    i = 0
    while i < len(doc):
        end = i
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title and doc[end].is_alpha:
            end += 1
        run = list(range(i, end))
        tagged = [j for j in run if doc[j].ent_type_]
        if tagged and tagged == run[: len(tagged)] and run[-1] > tagged[-1]:
            rest = run[len(tagged) :]  # "State Prosecutor Kristiina Vaher" with "State" alone tagged
            run = rest if doc[rest[0]].lower_ in NAME_TITLES else []
        elif tagged:
            run = []
        words = list(run)
        # "Governor Dikko Radda"; "Director-General of the Police Marko Novak": the body ends the title
        while words and doc[words[0]].lower_ in NAME_TITLES | ORGANIZATION_WORDS:
            words = words[1:]
        # "Foreign Minister Isabel Cabral Gomes": the name starts after the last word of the title
        last_title = max((k for k, j in enumerate(words) if doc[j].lower_ in NAME_TITLES), default=None)
        hyphened = end < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_  # "Oh Jin-seok"
        if last_title is not None and len(words) - last_title - 1 >= 2 and not hyphened:
            words = words[last_title + 1 :]
        titled = len(words) < len(run)
        named = not any(doc[j].lower_ in NAME_TITLES | ORGANIZATION_WORDS for j in words)
        if 2 <= len(words) <= 3 and named and (titled or given(doc[words[0]])):
            found.append(Span(doc, words[0], words[-1] + 1, label="PERSON"))
        elif 1 <= len(words) <= 3 and named and described_with_who(doc[words[-1]]):
            found.append(Span(doc, words[0], words[-1] + 1, label="PERSON"))
        i = max(end, i + 1)
    return found


def appointing_clauses(doc):
    """Re-attach a participle of appointing that the parser took for an adjective of the next name:
    in 'dismissed X, naming deputy minister Y as acting minister' the parser reads 'naming deputy
    minister' as a description of Y and makes Y a second object of 'dismissed'. The clause is the
    dismisser's: 'naming' hangs on 'dismissed', Y is its object, and so is the 'as' phrase after Y."""
    for token in doc:
        if not (
            token.tag_ == "VBG"
            and token.lemma_ in APPOINT_VERBS
            and token.dep_ in ("amod", "compound", "nmod")
            and token.i > 0
            and doc[token.i - 1].text == ","
        ):
            continue
        name = next(
            (h for h in token.ancestors if h.ent_type_ == "PERSON" and h.dep_ in ("dobj", "conj", "appos")),
            None,
        )
        verb = next((h for h in name.ancestors if h.pos_ == "VERB"), None) if name is not None else None
        if verb is None or token.head.i < token.i:
            continue
        token.head, token.dep_ = verb, "advcl"
        name.head, name.dep_ = token, "dobj"
        for child in [c for c in verb.children if c.i > name.i and c.dep_ in ("prep", "xcomp")]:
            if child.dep_ == "xcomp" or child.lower_ in ("as", "to"):
                child.head = token
    return doc


def post_before(last):
    """The noun of a post whose phrase ends with ``last``: 'minister' in 'minister of state for
    foreign affairs'."""
    token, post = last, None
    while True:
        if token.lemma_.lower() in POST_NOUNS and token.pos_ == "NOUN":
            post = token
        if (
            token.head == token
            or token.head.i > token.i
            or token.dep_ not in ("pobj", "prep", "amod", "compound")
        ):
            return post
        token = token.head


def name_appositions(doc):
    """'removed the minister for asylum, Hendrik Bakker, who ...', 'installed one of the premier's
    allies, Eva Kollarova, in his place', 'accused the opposition All People's Congress of ...': the
    parser may hang the name set off by commas, or right after the object, on the verb.
    The name is in apposition to the object just before it (to its last noun), and a phrase the
    parser moved from the object to the verb ('for asylum') goes back to the object."""
    for name in doc:
        named = name.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")  # not "accused the army Monday"
        if not (named and name.dep_ == "npadvmod" and name.head.pos_ == "VERB"):
            continue
        start = name.left_edge.i
        verb = name.head
        if start and doc[start - 1].pos_ == "NOUN" and doc[start - 1].head == verb:
            # "accused the opposition All People's Congress of ...": the noun the name follows
            if doc[start - 1].dep_ == "dobj":
                name.head, name.dep_ = doc[start - 1], "appos"
            continue
        if name.ent_type_ != "PERSON" or start == 0 or doc[start - 1].text != ",":
            continue
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.i < start), None)
        if obj is None:
            post = post_before(doc[start - 2]) if start > 1 else None
            if post is not None:  # "in a session chaired by Qatar's minister of state, Khalid Al-Marri"
                name.head, name.dep_ = post, "appos"
            continue
        phrases = [c for c in verb.children if c.dep_ == "prep" and obj.i < c.i < start]
        for phrase in phrases:
            phrase.head = obj
        nouns = [t for t in obj.subtree if t.i < start and t.pos_ in ("NOUN", "PROPN")]
        described = nouns[-1] if nouns and obj.lower_ == "one" else obj
        name.head, name.dep_ = described, "appos"
    return doc


def sworn_in(doc):
    """'swore in Deputy Minister X as interior minister': the parser takes 'in' for a preposition and
    hangs the 'as' phrase on the name. 'in' is the verb's particle, the name its object, and the post
    what the verb makes of them, as in 'swore X in as interior minister'."""
    for token in doc:
        if token.lemma_ != "swear":
            continue
        for particle in [c for c in token.children if c.lower_ == "in" and c.dep_ == "prep"]:
            name = next(
                (c for c in particle.children if c.dep_ == "pobj" and c.pos_ in ("PROPN", "PRON")), None
            )
            if name is None:
                continue
            particle.dep_ = "prt"
            name.head, name.dep_ = token, "dobj"
            for phrase in [c for c in name.children if c.dep_ == "prep" and c.lower_ == "as"]:
                phrase.head = token
    return doc


def finite_participles(doc):
    """'..., and Prime Minister X named Y to take his place': the parser may read 'named' as a
    participle describing X ('a man named Y') and make X the subject of 'take'. An infinitive with
    'to' has no subject: the verb of naming between them is X's, and the infinitive its complement."""
    for verb in doc:
        subject, later = verb.head, verb.head.head
        if not (
            verb.dep_ == "acl"
            and verb.tag_ in ("VBD", "VBN")
            and verb.lemma_ in APPOINT_VERBS
            and subject.dep_ == "nsubj"
            and later.i > verb.i
            and later.tag_ == "VB"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in later.children)
        ):
            continue
        if later.dep_ == "ROOT":
            verb.head, verb.dep_ = verb, "ROOT"
        else:
            verb.head, verb.dep_ = later.head, later.dep_
        subject.head = verb
        later.head, later.dep_ = verb, "advcl"
    return doc


def lemma_slips(doc):
    """'Beijing hoped to work with Thimphu': the small model's lemmatiser reads 'hoped' as 'hop'; every
    rule that asks for the verb of hoping ('hope') would miss it."""
    for token in doc:
        if token.lemma_ == "hop" and token.lower_.startswith("hope"):
            token.lemma_ = "hope"
    return doc


def hyphened_titles(doc):
    """'a former vice-governor of the central bank': the parser may make 'vice', '-' and 'governor'
    three appositions; 'vice' is a word of the title, as in 'vice president', and 'a former' its."""
    for dash in doc[1:-1]:
        prefix, title = doc[dash.i - 1], doc[dash.i + 1]
        if not (
            dash.text == "-"
            and prefix.lower_ in ("vice", "deputy", "co")
            and not dash.whitespace_
            and not prefix.whitespace_
            and title.lemma_.lower() in POST_NOUNS
            and prefix.head != title
            and title.head not in (prefix, dash)
        ):
            continue
        for child in list(prefix.children):
            child.head = title
        prefix.head, prefix.dep_ = title, "compound"
        dash.head, dash.dep_ = title, "punct"
    return doc


def absolute_appointments(doc):
    """'..., with Health Minister X named acting infrastructure minister in his place': after 'with' the
    parser reads 'named' as a past tense with X its subject; X is the one named."""
    for verb in doc:
        if (
            verb.dep_ == "pcomp"
            and verb.head.lower_ == "with"
            and verb.tag_ in ("VBD", "VBN")
            and verb.lemma_ in APPOINT_VERBS
            and not any(c.dep_ in ("aux", "dobj") for c in verb.children)
        ):
            for child in verb.children:
                if child.dep_ == "nsubj":
                    child.dep_ = "nsubjpass"
            verb.tag_ = "VBN"
    return doc


def decreed_appointments(doc):
    """'a day after a royal decree named X, until now ambassador to Jordan, as ambassador to Yemen':
    the parser may read 'named' as a participle ('a man named X'). After a word for a decree it is
    the decree's verb, X its object, and the phrases after X its own."""
    for verb in doc:
        decree = verb.head
        named = next(
            (c for c in verb.children if c.dep_ in ("oprd", "dobj") and c.ent_type_ == "PERSON"), None
        )
        if not (
            verb.dep_ == "acl"
            and verb.tag_ in ("VBD", "VBN")
            and verb.lemma_ in APPOINT_VERBS
            and decree.lemma_ in RECORD_NOUNS
            and named is not None
            and not any(c.dep_ == "agent" for c in verb.children)
        ):
            continue
        if decree.dep_ == "ROOT":
            verb.head, verb.dep_ = verb, "ROOT"
        else:
            verb.head, verb.dep_ = decree.head, decree.dep_
        decree.head, decree.dep_ = verb, "nsubj"
        named.dep_ = "dobj"
        later = [c for c in decree.children if c.i > named.i]  # "as ambassador to Yemen", "succeeding Y"
        later += [t for t in named.subtree if t.dep_ == "prep" and t.lower_ == "as" and t.head != named]
        later += [
            c for a in verb.ancestors for c in a.children if c.dep_ in ("advcl", "acl") and c.i > named.i
        ]
        for child in later:
            if child.lemma_ in SUCCESSION_VERBS or child.lower_ == "as" or child.head == decree:
                child.head = verb
    return doc


def reduced_relatives(doc):
    """'Projectiles fired from across the berm struck the city': the parser reads 'fired' as the
    verb and 'struck' as a second one joined without 'and' or a comma, which English does not do.
    The first is a participle describing the subject, and the second the clause's verb."""
    for first in doc:
        subject = next((c for c in first.children if c.dep_ == "nsubj" and c.i < first.i), None)
        if subject is None or first.tag_ != "VBD" or subject.pos_ == "PRON":
            continue
        second = next((c for c in first.children if c.dep_ == "conj" and c.tag_ == "VBD"), None)
        if second is None or any(
            t.dep_ == "cc" or t.text in (",", ";", "-", "—") for t in doc[first.i + 1 : second.i]
        ):
            continue
        head, dep = (second, "ROOT") if first.dep_ == "ROOT" else (first.head, first.dep_)
        second.head, second.dep_ = head, dep
        subject.head = second
        first.head, first.dep_ = subject, "acl"
    return doc


# Words of a body or a post, which are no part of a person's name: "the Police Marko Novak".
BODY_WORDS = POST_NOUNS | ORGANIZATION_WORDS | INSTITUTION_HEADS


def titles_of_bodies(doc):
    """'Director-General of the Police Rok Vidmar was replaced': the parser takes the name for the
    object of 'of', with the body as its compound. The name is the phrase's head, the title
    describes it, and the body is what the title is 'of', as in 'Minister of Finance John Smith'."""
    from spacy.tokens import Span

    ents = list(doc.ents)
    for n, ent in enumerate(ents):
        name, of = ent.root, ent.root.head
        if ent.label_ != "PERSON" or name.dep_ != "pobj" or of.lower_ != "of" or of.dep_ != "prep":
            continue
        start = ent.start  # "of the Police Marko Novak" may be tagged whole: the body is no part of him
        while start < ent.end - 1 and doc[start].lower_ in BODY_WORDS:
            start += 1
        title = of.head
        body = [t for t in doc[of.i + 1 : start] if t.pos_ in ("PROPN", "NOUN")]
        if title.lower_ not in NAME_TITLES | {"general"} or not body or ent.end - start < 2:
            continue
        if title.dep_ == "ROOT":
            name.head, name.dep_ = name, "ROOT"
        else:
            name.head, name.dep_ = title.head, title.dep_
        for word in doc[of.i + 1 : start]:
            word.head = body[-1] if word != body[-1] else of
        body[-1].dep_ = "pobj"
        title.head, title.dep_ = name, "nmod"
        ents[n] = Span(doc, start, ent.end, label="PERSON")
    if ents != list(doc.ents):
        doc.ents = ents
    return doc


def reported_conjuncts(doc):
    """'told reporters that the attack was cowardly and accused Algeria of arming the rebels': the
    parser joins the second verb of saying to the reported clause. It is the speaker's second
    statement, joined to the verb that introduced the first, when it has no subject of its own and
    takes a side (an accusation, a denial, a threat or a pledge; "and urged calm" may be reported)."""
    for verb in doc:
        clause = verb.head
        if not (
            verb.dep_ == "conj"
            and CLAIM_VERBS.get(verb.lemma_, "assertion") != "assertion"  # accused, denied, vowed
            and clause.dep_ == "ccomp"
            and clause.head.lemma_ in CLAIM_VERBS
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        ):
            continue
        verb.head = clause.head
    return doc


def appointing_prepositions(doc):
    """'moved within hours to name economy minister X to the post vacated by Y', 'a decree read on
    radio named X, who ..., as his successor': the parser hangs the phrase of the post on an earlier
    verb. After the object of a verb of appointing, it belongs to that verb, as a reader takes it."""
    for prep in doc:
        verb = prep.head
        if prep.dep_ != "prep" or prep.lower_ not in ("to", "as") or verb.pos_ != "VERB":
            continue
        if verb.lemma_ in APPOINT_VERBS or not verb.i < prep.i:
            continue
        naming = next(
            (
                t
                for t in reversed(doc[verb.i + 1 : prep.i])
                if t.pos_ == "VERB"
                and t.lemma_ in APPOINT_VERBS
                and any(o.dep_ == "dobj" and o.i < prep.i for o in t.children)
            ),
            None,
        )
        if naming is not None:
            prep.head = naming
    return doc


def interim_appositions(doc):
    """'Joseph Vella, until now parliamentary secretary for investment, who becomes ...': the parser
    hangs 'until now' on the verb, with the post as its object. Between commas after a name, the post
    describes the person, as 'formerly' would: an apposition of the name."""
    for until in doc:
        post = next((c for c in until.children if c.dep_ == "pobj" and c.lemma_ in POST_NOUNS), None)
        if until.lower_ != "until" or post is None or until.i < 2:
            continue
        comma, name = doc[until.i - 1], doc[until.i - 2]
        if comma.text != "," or name.ent_type_ != "PERSON" or until.nbor(1).lower_ not in UNTIL_NOW:
            continue
        post.head, post.dep_ = name, "appos"
        until.head = post
    return doc


def read_participles(doc):
    """'A decree read on national radio named General X as ...': the tagger takes 'read' for a noun
    and makes it the sentence's verb. It is a participle describing the subject, and the verb that
    follows, which the parser hung inside its phrase, is the clause's."""
    for read in doc:
        subject = next((c for c in read.children if c.dep_ == "nsubj" and c.i < read.i), None)
        if read.lower_ not in ("read", "broadcast") or read.dep_ != "ROOT" or subject is None:
            continue
        verb = next(
            (
                t
                for t in read.subtree
                if t.i > read.i and t.dep_ == "acl" and t.pos_ == "VERB" and t.tag_ in ("VBD", "VBN")
            ),
            None,
        )
        if verb is None:
            continue
        verb.head, verb.dep_ = verb, "ROOT"
        subject.head = verb
        read.head, read.dep_, read.pos_, read.tag_ = subject, "acl", "VERB", "VBN"
        if not any(c.dep_ == "dobj" for c in verb.children):  # "radio named X": a name, now the object
            for named in (c for c in verb.children if c.dep_ == "oprd"):
                named.dep_ = "dobj"
        for token in read.doc[read.sent.start : read.sent.end]:
            if token.head == read and token.dep_ == "punct" and token.i > verb.i:
                token.head = verb  # the full stop
    return doc


def relative_antecedents(doc):
    """'named General X, 54, who until now commanded the brigade, as his successor': a 'who' clause
    set off by commas right after a name describes that person, wherever the parser hung it; and what
    follows its closing comma belongs to the verb the name depends on."""
    for clause in doc:
        who = next((c for c in clause.children if c.lower_ in ("who", "whom")), None)
        if clause.dep_ != "relcl" or who is None or who.i < 2 or clause.head.ent_type_ == "PERSON":
            continue
        before = who.i - 1
        if (
            doc[before].text == ","
            and before >= 3
            and doc[before - 1].like_num
            and doc[before - 2].text == ","
        ):
            before -= 2  # "X, 54, who"
        name = doc[before - 1]
        if doc[before].text != "," or name.ent_type_ != "PERSON" or name.dep_ == "compound":
            continue
        clause.head = name
        governor = name.head
        for late in [c for c in clause.children if c.dep_ == "prep" and c.i > clause.i]:
            if doc[late.i - 1].text == "," and governor.pos_ == "VERB":
                late.head = governor  # ", as his successor"
    return doc


def joint_titles(doc):
    """'Interior and Public Security Minister Gervais Bigirimana accused ...': the parser takes the
    first portfolio for the subject and joins the name to it with 'and'. The words before 'Minister'
    are one title of the name, and the name is the subject."""
    from spacy.tokens import Span

    from kg.extract.posts import canonical_topic

    for minister in doc:
        if minister.lower_ not in ("minister", "secretary") or not minister.is_title:
            continue
        start = minister.i
        while start > 0 and (doc[start - 1].is_title or doc[start - 1].lower_ in ("and", ",")):
            start -= 1
        while start < minister.i and not doc[start].is_title:
            start += 1  # "In a decree, Energy and Mines Minister X": the comma before is no part of it
        words = [t.lower_ for t in doc[start : minister.i] if t.is_alpha]
        name = next((e for e in doc.ents if e.label_ == "PERSON" and e.start == minister.i + 1), None)
        if name is None or "and" not in words or not canonical_topic(words):
            continue
        title = range(start, minister.i + 1)
        root = name.root
        outer = next((t for t in doc[start : minister.i + 1] if t.head.i not in title or t.head == t), None)
        if outer is None or root.head.i not in title:
            continue  # the name already carries its title
        root.head, root.dep_ = (root, "ROOT") if outer.head == outer else (outer.head, outer.dep_)
        for token in doc[start : minister.i]:
            token.head, token.dep_ = minister, "cc" if token.lower_ == "and" else "compound"
        minister.head, minister.dep_ = root, "compound"
        kept = [e for e in doc.ents if e.end <= start or e.start > minister.i]
        if len(kept) < len(doc.ents):
            doc.ents = [Span(doc, e.start, e.end, label=e.label_, span_id=e.id_) for e in kept]
    return doc


def set_names(doc, names: list) -> None:
    """Make ``names`` (new spans) entities, leaving every other entity as it is, ids written on its
    words by earlier repairs included; what is left of a name a new one cuts through is no name."""
    from spacy.tokens import Span

    if not names:
        return
    covered = {i for name in names for i in range(name.start, name.end)}
    cut = [
        Span(doc, t.i, t.i + 1)
        for s in doc.ents
        if any(s.start <= i < s.end for i in covered)
        for t in s
        if t.i not in covered
    ]
    for i in covered:
        doc[i].ent_id_ = ""
    doc.set_ents(names, outside=cut, default="unmodified")


# Last words of a body's name, the tagger sometimes leaves untagged: "the Malawi National Teachers' Union".
BODY_ENDINGS = {"union", "association", "federation", "confederation", "congress", "syndicate"}


def untagged_bodies(doc):
    """'leaders of the Malawi National Teachers' Union' left untagged, or only 'Malawi' tagged: capitalised
    words, a possessive among them, before a word that ends the name of a union or association."""
    from spacy.tokens import Span

    names = []
    for end in doc:
        if not (end.lower_ in BODY_ENDINGS and end.is_title and end.pos_ == "PROPN" and not end.ent_type_):
            continue
        start = end.i
        while start > 0 and (
            doc[start - 1].tag_ == "POS" or doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN"
        ):
            start -= 1
        words = [t for t in doc[start : end.i + 1] if t.tag_ != "POS"]
        if len(words) >= 2 and doc[start].tag_ != "POS" and all(t.head.i <= end.i for t in words if t != end):
            names.append(Span(doc, start, end.i + 1, label="ORG"))
    set_names(doc, names)
    return doc


def group_name_endings(doc):
    """'Islamic State Khorasan' tagged an organisation and a person: a last word the organisation's
    words hang on as compounds, no given name, ends the organisation's name."""
    from spacy.tokens import Span

    set_names(
        doc,
        [
            Span(doc, group.start, ent.end, label="ORG")
            for group, ent in pairwise(doc.ents)
            if group.label_ == "ORG"
            and ent.label_ == "PERSON"
            and len(ent) == 1
            and ent.start == group.end
            and not is_given_name(ent.text)
            and all(t.head == ent.root and t.dep_ == "compound" for t in group if t.head not in group)
        ],
    )
    return doc


def neighbouring_adjectives(doc):
    """'warned neighbouring Lithuania and Poland against ...': 'neighbouring' parsed as a verb taking
    the countries as its object is their adjective, and they are the object of 'warned'."""
    for token in doc[:-1]:
        noun = doc[token.i + 1]
        if (
            token.lower_ not in ("neighbouring", "neighboring")
            or token.pos_ != "VERB"
            or token.dep_ == "ROOT"
            or noun.head != token
            or noun.dep_ != "dobj"
        ):
            continue
        role = {"xcomp": "dobj", "advcl": "dobj", "ccomp": "dobj", "pcomp": "pobj"}.get(
            token.dep_, token.dep_
        )
        noun.head, noun.dep_ = token.head, role
        token.head, token.dep_ = noun, "amod"
        token.pos_, token.tag_ = "ADJ", "JJ"
    return doc


def told_clauses(doc):
    """'declined to say who would succeed him, telling reporters only that the president would "take
    his time"': the parser hangs the that-clause on the verb before 'telling', or on 'telling' as an
    adverbial clause; it is what was told."""
    for telling in doc:
        if telling.tag_ != "VBG" or telling.lemma_ not in ("tell", "say") or telling.dep_ != "advcl":
            continue
        if any(c.dep_ == "ccomp" for c in telling.children):
            continue
        told = next(
            (
                c
                for c in [*telling.children, *telling.head.children]
                if c.i > telling.i
                and c.dep_ in ("advcl", "ccomp")
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            ),
            None,
        )
        if told is not None and not any(t.text in ".;" for t in doc[telling.i : told.i]):
            told.head, told.dep_ = telling, "ccomp"
    return doc


def distant_appositions(doc):
    """'Farah had dismissed the commander of the northern sector, Colonel X, and ...', 'suspended Y and
    named the bank's director of supervision, X, to act as ...': the parser may hang X on a noun across
    a verb. An apposition stands beside what it describes: the verb's object just before its comma."""
    for appos in doc:
        if appos.dep_ != "appos" or appos.head.i >= appos.i:
            continue
        first = min(t.i for t in appos.subtree)
        if first < 2 or doc[first - 1].text != ",":
            continue
        described = appos.head
        noun = doc[first - 2]  # the last word of the phrase before the comma; up to its head after the verb
        while described.i < noun.head.i < first and noun.head.pos_ in ("NOUN", "PROPN", "ADP"):
            noun = noun.head
        verb = noun.head
        if (
            noun.pos_ in ("NOUN", "PROPN")
            and noun.dep_ in ("dobj", "attr", "oprd")
            and verb.pos_ in ("VERB", "AUX")
            and described.i < verb.i < noun.i
        ):
            appos.head = noun
    return doc


def conjoined_names(doc):
    """'Trinidad and Tobago's police commissioner, X, resigned': the parser reads a known name with
    'and' in it as two things joined, the police commissioner a third. The name is one phrase headed by
    its last word, and what hung on its first word hangs on the phrase it belongs to."""
    for ent in doc.ents:
        if not ent.ent_id_ or len(ent) < 3 or not any(t.dep_ == "cc" for t in ent[1:-1]):
            continue
        first, last = ent[0], ent[-1]
        inside = range(ent.start, ent.end)
        if first.head.i in inside and first.head.i != first.i:
            continue  # the parser already made the name one phrase
        phrase = last
        if last.head.i not in inside and last.head.dep_ == "conj" and last.head.head == first:
            phrase = last.head  # "Trinidad and [Tobago's police commissioner]": the commissioner
        outer_head, outer_dep = (first.head, first.dep_) if first.head.i != first.i else (None, "ROOT")
        movers = [c for c in first.children if c.i not in inside and c.i != phrase.i]
        if phrase.i == last.i:
            last.head, last.dep_ = (outer_head or last), outer_dep
        else:
            phrase.head, phrase.dep_ = (outer_head or phrase), outer_dep
        for child in movers:
            child.head = phrase
        for token in ent[:-1]:
            token.head, token.dep_ = last, "compound"
    return doc


def appointed_purposes(doc):
    """'suspended Y without pay and named X to act as deputy governor in her place': the parser hangs
    'to act' on the first verb; it says what the one named is to do, so it belongs to 'named'."""
    for purpose in doc:
        if purpose.dep_ != "advcl" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in purpose.children):
            continue
        naming = next(
            (
                c
                for c in purpose.head.children
                if c.dep_ == "conj" and c.lemma_ in APPOINT_VERBS and c.i < purpose.i
            ),
            None,
        )
        if naming is not None and any(c.dep_ == "dobj" for c in naming.children):
            purpose.head = naming
    return doc


def particle_names(doc):
    """'Agapito dos Reis Lopes': the tagger may stop at the particle and start again after it; two
    names with only 'dos', 'da' or 'van' between them, or nothing at all ('Ahmed Shiyam' 'Naseer'),
    are one."""
    from spacy.tokens import Span

    def joined(ent, after) -> bool:
        if after.start == ent.end:  # a full name and one more word; not "Taoiseach" "Sean Kelleher"
            return len(ent) >= 2 and len(after) == 1 and after[0].is_title and doc[ent.end - 1].is_alpha
        particle = doc[ent.end]
        return after.start == ent.end + 1 and particle.lower_ in SURNAME_PARTICLES and particle.is_lower

    set_names(
        doc,
        [
            Span(doc, ent.start, after.end, label="PERSON")
            for ent, after in pairwise(doc.ents)
            if ent.label_ == after.label_ == "PERSON" and joined(ent, after)
        ],
    )
    return doc


def elected_unopposed(doc):
    """'was then elected prime minister unopposed': the parser makes the post the subject of a small
    clause 'prime minister unopposed'. The post is what the verb made her; 'unopposed' says how."""
    for word in doc:
        if word.dep_ != "oprd" or word.pos_ != "ADJ" or word.head.lemma_ not in APPOINT_VERBS:
            continue
        post = next((c for c in word.children if c.dep_ == "nsubj" and c.lemma_.lower() in POST_NOUNS), None)
        if post is not None:
            post.head, post.dep_ = word.head, "oprd"
            word.dep_ = "advmod"
    return doc


# Last words of the name of a school, a hospital or a foundation: "the Central American University".
INSTITUTE_WORDS = {"University", "College", "Institute", "Academy", "Hospital", "Foundation", "School"}


def institute_names(doc):
    """'who led the Central American University': the reference data takes 'American' for the
    United States and cuts the name in two. A run of capitalised words ending in 'University' or
    'Hospital' is one name."""
    from spacy.tokens import Span

    for end in (t for t in doc if t.text in INSTITUTE_WORDS):
        start = end.i
        while (
            start > 0
            and doc[start - 1].is_title
            and doc[start - 1].is_alpha
            and not doc[start - 1].is_sent_start
        ):
            start -= 1
        after = doc[end.i + 1 : end.i + 3]
        continued = len(after) == 2 and after[0].lower_ in ("of", "for") and after[1].is_title
        if end.i - start < 1 or end.ent_type_ == "ORG" or continued:
            continue  # "the Pakistan Institute for Conflict and Security Studies": a name of its own
        set_names(doc, [Span(doc, start, end.i + 1, label="ORG")])
    return doc


def clock_sentence_ends(doc):
    """'shortly after 3 a.m. She said she would stay': the abbreviation's full stop may end the
    sentence too. Before a capitalised word that only starts sentences ('She', 'The'), it does; set
    before the parser, which keeps the boundaries it is given."""
    for token in doc[:-1]:
        following = doc[token.i + 1]
        if token.lower_ in ("a.m.", "p.m.") and following.is_title and following.is_stop:
            following.is_sent_start = True
    return doc


# Run before the parser: boundaries it must keep.
BEFORE_PARSER = (clock_sentence_ends,)

# In pipeline order, after the tagger's entities: names first, then the clauses built on them.
COMPONENTS = (
    lemma_slips,
    person_names,
    particle_names,
    possessive_names,
    feature_names,
    group_names,
    numbered_names,
    national_societies,
    seated_names,
    institution_names,
    located_names,
    acronym_names,
    appointing_clauses,
    sworn_in,
    name_appositions,
    interim_appositions,
    titles_of_bodies,
    reported_conjuncts,
    read_participles,
    relative_antecedents,
    finite_participles,
    hyphened_titles,
    absolute_appointments,
    decreed_appointments,
    appointing_prepositions,
    reduced_relatives,
    neighbouring_adjectives,
    joint_titles,
    group_name_endings,
    untagged_bodies,
    told_clauses,
    distant_appositions,
    appointed_purposes,
    conjoined_names,
    elected_unopposed,
    institute_names,
)
