"""Mentions -> actors: names, aliases, surnames, capitals used for their country,
demonyms, pronouns and definite descriptions, each resolved to one actor key.

Resolution order for a name: the reference actors (entity ruler id, alias,
transliteration), then people already named in this article (full name or
surname), then a new actor minted from the name with the reference IRI scheme.
"""

from __future__ import annotations

import re
from collections import Counter

from kg.extract import lexicon as lx
from kg.extract import syntax as sx
from kg.extract.figures import number_value
from kg.gazetteer import Gazetteer
from kg.model import Actor
from kg.names import SURNAME_PARTICLES, fold, gender_of, is_given_name, slug, surnames

ENTITY_LABELS = {"PERSON", "GPE", "LOC", "ORG", "NORP", "FAC"}
OTHER_NAME_LABELS = {"WORK_OF_ART", "PRODUCT", "EVENT", "LAW"}  # NER sometimes files a surname here
LOCATIVE_PREPS = {
    "in",
    "at",
    "to",
    "from",
    "near",
    "across",
    "over",
    "into",
    "toward",
    "towards",
    "on",
    "around",
    "outside",
    "inside",
    "through",
    "within",
}
PERSON_PRONOUNS = {"he", "him", "his", "she", "her", "hers", "himself", "herself"}
PRONOUN_GENDER = {
    **dict.fromkeys(("he", "him", "his", "himself"), "male"),
    **dict.fromkeys(("she", "her", "hers", "herself"), "female"),
}
KIND_OF_ORG = (
    ("party", "PoliticalParty"),
    ("rally", "PoliticalParty"),
    ("ministry", "GovernmentBody"),
    ("office", "GovernmentBody"),
    ("assembly", "GovernmentBody"),
    ("parliament", "GovernmentBody"),
    ("council", "GovernmentBody"),
    ("force", "GovernmentBody"),
    ("army", "GovernmentBody"),
    ("congress", "GovernmentBody"),
    ("senate", "GovernmentBody"),
    ("government", "GovernmentBody"),
    ("service", "GovernmentBody"),  # "the Border Service", "the National Prison Service"
    ("committee", "GovernmentBody"),  # "the State Committee for National Security"
    ("commission", "GovernmentBody"),
    ("directorate", "GovernmentBody"),
    ("command", "GovernmentBody"),
    ("police", "GovernmentBody"),
)


def token_key(token) -> tuple[int, int]:
    return (id(token.doc), token.i)


class Mentions:
    """Resolves the mentions of one article, sentence by sentence, in reading order."""

    def __init__(self, gazetteer: Gazetteer):
        self.gaz = gazetteer
        self.actors: dict[str, Actor] = {}
        self.by_token: dict[tuple[int, int], str] = {}
        self.person_names: dict[str, str] = {}  # folded full name or surname -> person key
        self.first_names: dict[str, str] = {}  # folded first name -> person key, see finish_names
        self.shared_first_names: set[str] = set()  # first names two people of the article have
        self.group_names: set[str] = set()  # folded names of groups the tagger took for places: "M23"
        self.place_names: set[str] = set()  # folded names described as settlements: "X, a farming village"
        self.history: list[tuple[int, object, str]] = []  # (sentence index, token, person key), reading order
        self.groups: list[tuple[int, object, str]] = []  # the same for organisations: "the group" is one
        self.countries: list[tuple[int, object, str]] = []  # and for countries: "the four countries"
        self.bodies: list[tuple[int, object, str]] = []  # states and bodies that were subjects: "it said"
        self.country_counts: Counter[str] = Counter()
        self.article_counts: Counter[str] = Counter()  # the same over the whole article, from the first pass
        self.learned = 0  # sentences seen by the first pass
        self.titles: dict[str, set[str]] = {}  # person key -> post nouns written beside their name
        self.abbreviations: dict[str, str] = {}  # folded "AUR" -> the body it was introduced for
        self.capital_runs: dict[str, set[str]] = {}  # "GDF" -> {"Guyana Defence Force"}, see learn_names
        self.pairs: dict[tuple[int, int], list[str]] = {}  # "the two leaders", "the pair" -> two people

    # ------------------------------------------------------------------ actors

    def use(
        self,
        key: str,
        surface: str | None = None,
        label: str | None = None,
        kind: str | None = None,
        country: str | None = None,
    ) -> str:
        """Register that ``key`` was mentioned (as ``surface``); mint the actor if new."""
        actor = self.actors.get(key)
        if actor is None:
            ref = self.gaz.actors.get(key)
            if ref is not None:
                actor = Actor(ref.key, ref.label, ref.kind, set(), ref.wikidata, ref.country, True)
            else:
                kind = kind or KIND_OF_KEY.get(key.split("/", 1)[0], "Organization")  # person/... is a Person
                actor = Actor(key, label or surface or key, kind, set(), None, country)
            self.actors[key] = actor
            if actor.kind == "Person":
                self._learn_person(actor.label, key)
        if actor.kind == "Person" and not actor.reference and surface and fuller_name(surface, actor.label):
            actor.names.add(actor.label)  # the headline's "Ishida", then "Yoko Ishida": she is Yoko Ishida
            actor.label = surface
        if surface and fold(surface) != fold(actor.label):
            actor.names.add(surface)
            if actor.kind == "Person":
                self._learn_person(surface, key)  # "Volodymyr Zelenskyy" makes a later "Zelenskyy" him
        return key

    def _initialled(self, acronym: str) -> str | None:
        """The one body whose capitalised words' initials spell ``acronym``: a body named so far, else
        a run of capitalised words the article wrote somewhere ('a Guyana Defence Force patrol')."""
        if not 2 <= len(acronym) <= 6 or not acronym.isalpha():
            return None
        found = {
            key
            for key, actor in self.actors.items()
            if actor.kind not in ("Person", "Country", "Place") and initials(actor.label) == acronym
        }
        if len(found) == 1:
            return found.pop()
        runs = self.capital_runs.get(acronym, set())
        if found or len(runs) != 1:
            return None
        run = runs.pop()
        self.capital_runs[acronym] = {run}
        return self.use(f"org/{slug(run)}", run, label=run, kind="Organization")

    def finish_names(self) -> None:
        """After the first pass: a name described as a settlement anywhere is no person anywhere; and a
        first name only one person in the article has is that person, as Indonesian, Thai or Brazilian
        news calls people ('Dewi took her oath' after 'Dewi Kartikasari', 'Nurul Ain said' after 'Nurul Ain
        Jamaluddin')."""
        places = {self.person_names[name] for name in self.place_names if name in self.person_names}
        self.person_names = {name: key for name, key in self.person_names.items() if key not in places}
        people: dict[str, set[str]] = {}
        for name, key in self.person_names.items():
            words = name.split()
            if len(words) > 1 and words[0].isalpha() and len(words[0]) > 2:
                people.setdefault(words[0], set()).add(key)
            if len(words) > 2 and all(w.isalpha() for w in words[:2]):
                people.setdefault(" ".join(words[:2]), set()).add(key)  # "Nurul Ain" for Nurul Ain Jamaluddin
        for name, key in list(self.person_names.items()):
            fuller = people.get(name, set()) - {key}
            if (
                len(name.split()) == 2
                and len(fuller) == 1
                and self.person_names[name] == f"person/{slug(name)}"
            ):
                self.person_names[name] = next(iter(fuller))  # "Nurul Ain" learned alone is Nurul Ain J.
        free = {
            word: keys
            for word, keys in people.items()
            if word not in self.person_names.keys() | self.place_names
        }
        self.first_names = {word: next(iter(keys)) for word, keys in free.items() if len(keys) == 1}
        self.shared_first_names = {word for word, keys in free.items() if len(keys) > 1}

    def _learn_person(self, name: str, key: str) -> None:
        self.person_names.setdefault(fold(name), key)
        for surname in surnames(name):
            self.person_names.setdefault(surname, key)

    def datelined(self, dateline: str) -> None:
        """'SEOUL, March 4 —': the country an article is written from counts as mentioned twice."""
        line = dateline.split("|")[-1].strip()  # "Nile Observer | JUBA, 19 May 2026 -": outlet first
        place = re.split(r"[,\u2014\u2013(]|\s-\s", line, maxsplit=1)[0].strip()
        if fold(place) in lx.INTERNATIONAL_SEATS:
            return  # "BRUSSELS —" is the EU's news, not Belgium's
        key = self.gaz.lookup(place.title(), ("Place", "Country")) if place else None
        country = self.gaz.country_of_capital.get(key) or (self.gaz.actors[key].country if key else None)
        if key and self.gaz.actors[key].kind == "Country":
            country = key
        if country:
            self.country_counts[country] += 2
            self.article_counts[country] += 3

    def main_country(self) -> str | None:
        """The country the article is about: the one it names most, counted over the whole article so
        that a post takes the same country in the first sentence and the last."""
        counts = self.article_counts or self.country_counts
        return counts.most_common(1)[0][0] if counts else None

    def country_of(self, key: str | None) -> str | None:
        if not key:
            return None
        actor = self.actors.get(key) or self.gaz.actors.get(key)
        if actor is None:
            return None
        return key if actor.kind == "Country" else actor.country

    # ------------------------------------------------------------------ sentences

    def learn_names(self, span) -> None:
        """First pass: the people an article names, so that a later 'Lecornu' tagged ORG is still him;
        and the names it describes as settlements, which stay places wherever they come."""
        for ent in span.ents:
            country = self.country_of(ent.ent_id_) if ent.ent_id_ else None
            # a party ("Democratic Party") or a generic body ("the Presidential Office") may be anyone's
            party = ent.ent_id_ and self.gaz.actors[ent.ent_id_].kind == "PoliticalParty"
            if country and not party and not generic_name(clean_name(ent)):
                lead = self.learned < LEAD_SENTENCES  # the headline and lead say what the news is about
                self.article_counts[country] += 2 if lead else 1
            if ent.label_ in ("GPE", "LOC", "PERSON") and not ent.ent_id_ and armed_group(ent):
                self.group_names.add(fold(clean_name(ent)))
            if ent.label_ in ("PERSON", "ORG") and (settled(ent.root) or settlement_name(ent.root)):
                self.place_names.add(fold(clean_name(ent)))
        for ent in span.ents:
            if (
                ent.label_ == "PERSON"
                and not ent.ent_id_
                and len(clean_name(ent).split()) > 1
                and not named_place(ent.root)
                and not region_name(ent.root)
                and not region_titled(ent)
                and not settled(ent.root)
                and not business_or_outlet(ent.root)
                and headline_name(ent)
            ):
                name = clean_name(ent)
                key = self._reference_person(name) or f"person/{slug(name)}"
                self._learn_person(name, key)
        for name in untagged_people(span):
            key = self._reference_person(name) or f"person/{slug(name)}"
            self._learn_person(name, key)
        for run in capital_runs(span):
            self.capital_runs.setdefault(initials(run), set()).add(run)
        self.learned += 1

    def resolve_sentence(self, index: int, span) -> None:
        for ent in span.ents:
            key = self._resolve_entity(ent, index)
            abbreviation = abbreviation_of(ent)
            if key and abbreviation and self.actors[key].kind not in ("Person", "Place"):
                self.abbreviations[fold(abbreviation)] = (
                    key  # "the Alliance for the Union of Romanians (AUR)"
                )
                self.use(key, abbreviation)
            if key:
                for token in ent:
                    self.by_token[token_key(token)] = key
                # how often each country is mentioned, itself or by its people and bodies ("Starmer"
                # makes an article about Britain even if Britain is never named): for main_country
                country = self.country_of(key)
                if country:
                    self.country_counts[country] += 1
        for token in span:
            if token_key(token) in self.by_token:
                key = self.by_token[token_key(token)]
                if self.actors[key].kind == "Person" and token.i == token_head_of_mention(token, self).i:
                    self.history.append((index, token, key))
                    self.titles.setdefault(key, set()).update(titles_of(token))
                elif self.actors[key].kind == "Organization" and not affiliation(token):
                    self.groups.append((index, token, key))
                elif self.actors[key].kind == "Country":
                    self.countries.append((index, token, key))
                if self.actors[key].kind in BODY_KINDS and in_subject(token):
                    self.bodies.append((index, token, key))
                continue
            size = country_group(token)
            if size:
                found = self._last_named(self.countries, index, token, size)
                if found:
                    self.pairs[token_key(token)] = found
                continue
            if pair_reference(token):
                people = self._last_named(self.history, index, token, 2)
                if people:
                    self.pairs[token_key(token)] = people
                continue
            key = (
                self._resolve_reference(index, token)
                or self._bare_surname(token)
                or self._untagged_name(token)
                or self._untagged_place(token)
                or (self.abbreviations.get(fold(token.text)) if token.text.isupper() else None)
            )
            if key:
                self.by_token[token_key(token)] = key
                if self.actors[key].kind == "Person":
                    self.history.append((index, token, key))
                elif self.actors[key].kind in BODY_KINDS and in_subject(token) and token.pos_ != "PRON":
                    self.bodies.append((index, token, key))  # "The company said ... It insisted"

    def _reference_person(self, name: str) -> str | None:
        return self.gaz.lookup(name, ("Person",))

    def _resolve_entity(self, ent, index: int | None = None) -> str | None:
        if index is not None and aged(ent) and ent.label_ in ("NORP", "ORG"):
            return self.antecedent(index, ent.root)  # "the 65-year-old Social Democrat said"
        label = ent.label_
        if label == "PERSON" and (len(ent) == 1 and governed_place(ent.root) or named_place(ent.root)):
            label = "GPE"  # "deputy mayor of Brno"
        if label == "PERSON" and len(ent) == 1 and not ent.ent_id_ and attacked_name(ent.root):
            label = "GPE"  # "gunmen stormed Lascahobas": what is stormed is a place, not a person
        if label == "ORG" and len(ent) == 1 and not ent.ent_id_ and governed_place(ent.root):
            label = "GPE"  # "a former mayor of Coimbra" tagged as an organisation
        if (
            label in ("ORG", "PERSON")
            and not ent.ent_id_
            and ent.root.dep_ == "pobj"
            and ent.root.head.lower_ in lx.NEAR_PREPS
            and (label == "ORG" or near_a_thing(ent.root) and fold(clean_name(ent)) not in self.person_names)
        ):
            label = "GPE"  # "ambushed a patrol near Bamenda", "a forest road near Buco-Zau": a place
        if (
            label in ("GPE", "LOC", "PERSON")
            and not ent.ent_id_
            and fold(clean_name(ent)) in self.group_names
        ):
            label = "ORG"  # "the M23 group", then "M23 said": a group, wherever the tagger put it
        if label == "PERSON" and ent[-1].lower_ in lx.ORGANIZATION_WORDS:
            label = "ORG"  # "Coordination Headquarters" tagged as a person
        if label == "PERSON" and not ent.ent_id_ and business_or_outlet(ent.root):
            label = "ORG"  # "told the private broadcaster Zodiak", "Kono Diamond Resources, a mining company"
        if label in ("PERSON", "ORG") and not ent.ent_id_ and self._beside_a_place(ent.root):
            label = "GPE"  # "into Darfur and Kordofan"
        if label == "PERSON" and region_titled(ent):
            label = "GPE"  # "Rakhine State", "Cauca Department" tagged as people
        # "the Tirah valley", "Khyber Pakhtunkhwa's Lakki Marwat district"; then "Lakki Marwat's police";
        # "the town of Tibú" tagged as an organisation, "Gidan Dawa, a farming community" (place_names)
        placed = not ent.ent_id_ and (
            label in ("PERSON", "ORG", "NORP")
            and (region_name(ent.root) or fold(clean_name(ent)) in self.place_names)
            or label in ("PERSON", "ORG")
            and f"place/{slug(clean_name(ent))}" in self.actors  # "Merawi town", then "around Merawi"
        )
        if placed:
            label = "GPE"
        name = clean_name(ent)
        if not name or label not in ENTITY_LABELS | OTHER_NAME_LABELS:
            return None
        folded = fold(name)
        if not ent.ent_id_ and folded.split()[-1] in lx.POST_NOUNS and " of " not in f" {folded} ":
            return None  # "Foreign Minister" tagged as an organisation is a title, no actor
        if (
            not ent.ent_id_
            and ent.root.dep_ == "compound"
            and ent.root.head.lemma_.lower() in lx.POST_NOUNS
            and " ".join(w for w in folded.split() if w not in lx.TOPIC_FILLERS) in lx.MINISTRY_TOPICS
        ):
            return None  # "Health Cabinet Secretary": the portfolio in a title, no organisation
        group = f"org/{slug(folded[:-1])}" if folded.endswith("s") and not ent.ent_id_ else None
        if group in self.actors:
            return self.use(group, name)  # "the Huthi rebels", then "blaming the Huthis": the group
        if label == "PERSON" and folded.endswith("s") and folded[:-1] in self.gaz.demonyms:
            return self.use(self.gaz.demonyms[folded[:-1]])  # "Romanians' pockets": a people, not a person
        if folded in self.abbreviations:
            return self.use(self.abbreviations[folded], name)
        initialled = self._initialled(name) if name.isupper() and not ent.ent_id_ else None
        if initialled:
            return self.use(initialled, name)  # "a Guyana Defence Force patrol", then "the GDF said"
        short_for = self._long_name(folded) if not ent.ent_id_ and ent.root.pos_ == "PROPN" else None
        if short_for:
            return self.use(short_for, name)  # "the Polisario Front", then "the Polisario declared"
        if ent.ent_id_ and len(ent) == 1 and folded in self.person_names:
            return self.use(self.person_names[folded], name)  # "Kuleba" after "Oleksii Kuleba": him
        if ent.ent_id_:
            key = ent.ent_id_
            if label == "NORP":
                return self.use(key)
            if key in self.gaz.country_of_capital and not stands_for_place(ent.root):
                return self.use(self.gaz.country_of_capital[key], name)  # "Moscow accused" -> Russia
            return self._home_body(key, name) or self.use(key, name)
        if (
            folded in self.person_names and not placed
        ):  # a person this article already named, tagged as anything
            return self.use(self.person_names[folded], name, label=name, kind="Person")
        if folded in self.shared_first_names and label in ("PERSON", "ORG", "GPE"):
            return None  # "Budi said" after Budi Santoso and Budi Gunawan: either of them
        if (
            folded in self.first_names
            and not placed
            and (label in ("PERSON", "ORG") or label == "GPE" and not self.gaz.lookup(name))
        ):
            return self.use(self.first_names[folded], name)  # "Dewi took her oath": Dewi Kartikasari
        if label in OTHER_NAME_LABELS:
            return None
        ref = self.gaz.lookup(name)
        if ref:
            return self._home_body(ref, name) or self.use(ref, name)
        if label == "ORG" and ent.root.lower_ in lx.INSTITUTION_HEADS:
            body = self._institution(ent.root)  # "Russia's Defence Ministry": Russia's, not any
            if body:
                return body
        if label in ("PERSON", "ORG") and len(folded.split()) == 1:
            candidates = self.gaz.by_surname.get(folded, [])
            if len(candidates) == 1:
                return self.use(candidates[0], name)
        if label == "PERSON":
            if folded not in self.person_names and not headline_name(ent):
                return None  # "Peru Finance Chief Quits Amid Highway Graft Probe": no "Quits Amid"
            if len(ent) == 1 and ent.root.dep_ == "compound" and ent.root.head.tag_ in ("NN", "NNS"):
                return None  # "the Garrahan children's hospital": a name in an institution's name
            key = f"person/{slug(name)}"
            return self.use(key, name, label=name, kind="Person")
        if label == "NORP":
            country = self.gaz.demonyms.get(folded)
            return self.use(country) if country else None
        if label in ("GPE", "LOC", "FAC"):
            return self.use(f"place/{slug(name)}", name, label=name, kind="Place")
        if folded in lx.MINISTRY_TOPICS:
            return None  # "Minister of Digital Transformation": a portfolio, not an organization
        named = self._named_before(folded) if label == "ORG" else None
        if named:
            return self.use(named)  # "Ukraine's Air Force said ... According to the Air Force"
        words = {w.removesuffix("s") for w in folded.split()} | set(folded.split())  # "Armed Forces"
        kind = next((k for word, k in KIND_OF_ORG if word in words), "Organization")
        if folded in lx.SEATS_OF_GOVERNMENT or folded.split()[-1] in ("presidency", "secretariat"):
            kind = "GovernmentBody"  # "State House said": the president's office, by its building
        # "the Lebanese Official National News Agency", "the Malian army": the demonym gives its country
        first = folded.split()[0] if len(folded.split()) > 1 else None
        # "the Jordan Armed Forces", "the Malawi Energy Regulatory Authority": the country's by its name
        country = self.gaz.demonyms.get(first) or self.gaz.lookup(first, ("Country",)) if first else None
        return self.body(name, kind, country)

    def _resolve_reference(self, index: int, token) -> str | None:
        """Pronouns, definite descriptions and qualified group nouns."""
        lower = token.lower_
        if lower in PERSON_PRONOUNS and token.pos_ == "PRON":
            return self.antecedent(index, token)
        if (
            lower == "it"
            and token.dep_ == "nsubj"
            and any(map(sx.speech_verb, sx.with_conjuncts([token.head])))
        ):
            # "The RSF rejected the accusation. ... it said", "It made no mention of X and vowed to ..."
            return self._last_body(index, token)
        if (
            lower == "old"
            and any(c.lower_ == "the" for c in token.children)
            and any(c.lemma_ == "year" for c in token.children)
        ):
            return self.antecedent(index, token)  # "named the 48-year-old as his new defence minister"
        if (token.pos_ == "NOUN" or token.pos_ == "PROPN" and token.is_lower) and any(
            c.lower_ == "the" for c in token.children
        ):
            predicate = token.dep_ in ("attr", "oprd") or token.dep_ == "pobj" and token.head.lower_ == "as"
            described = (
                token.lemma_ in lx.PERSON_DESCRIPTIONS
                and not predicate
                and not any(
                    c.dep_ in ("compound", "amod", "poss")
                    and c.lower_ not in lx.DESCRIPTION_ADJECTIVES
                    and not (c.lower_ == "prime" and described_title(token) == "prime minister")
                    or c.dep_ == "prep"
                    and any(self.by_token.get(token_key(t)) for t in c.subtree)  # "the president of France"
                    for c in token.children
                )
            )
            if described:  # "the minister", "the outgoing premier"; "accused the president of purging"
                holder = self._title_holder(index, token)
                specific = described_title(token) != token.lemma_.lower() or any(
                    c.dep_ == "prep" for c in token.children
                )
                if holder or specific:
                    return holder
                return self.antecedent(index, token, title=described_title(token))
            if (
                token.lemma_ in lx.PERSON_DESCRIPTIONS | lx.PERSON_NOUNS
                and any(c.lower_ == "year" for c in token.subtree)
                and not any(c.dep_ in ("prep", "poss") for c in token.children)
            ):
                return self.antecedent(index, token)  # "The 57-year-old career diplomat succeeds ..."
            if re.fullmatch(r"\d+-year-old", lower) or re.fullmatch(r"[a-z]+-year-old", lower):
                return self.antecedent(index, token)
        if (
            token.ent_type_ == "NORP"
            and token.pos_ in ("NOUN", "PROPN")
            and any(c.lower_ == "the" for c in token.children)
            and token.lower_.endswith(("man", "woman"))
        ):
            return self.antecedent(index, token, prefer_subject=False)  # "the Dutchman": the last one named
        if sx.noun_lemma(token) in lx.INSTITUTION_HEADS and token.pos_ in ("NOUN", "PROPN"):
            body = self._institution(token) or self._same_institution(token)
            if body:
                return body
        if home_force(token) and token.pos_ in ("NOUN", "PROPN"):
            body = self._home_force(token)
            if body:
                return body
        if lower == "office" and token.pos_ in ("NOUN", "PROPN"):
            return self._leaders_office(token) or self._prosecutors_office(token) or self._local_office(token)
        seated = self._seated_government(token) if lower == "government" else None
        if seated:
            return self.use(seated)  # "the government in Gitega": the state whose capital it sits in
        if lower == "government" and token.pos_ == "NOUN" and the_only_determiner(token):
            country = self.main_country()  # "the government said", in news about one country: that state
            return self.use(country) if country else None
        if (
            token.lemma_ in lx.COMPANY_NOUNS
            and token.pos_ == "NOUN"
            and the_only_determiner(token)
            and not any(c.dep_ == "appos" for c in token.children)  # "The contractor, X, said": X
        ):
            # "Kono Diamond Resources told residents ... The company said": the body last the subject of
            # a clause, not one only named ("In a filing with the Stock Exchange, the company said")
            acting = [(i, t, key) for i, t, key in self.groups if in_subject(t)]
            found = self._last_named(acting, index, token, 1)
            # or one named as that kind of body just before: "engineers employed by the Xe Kong Power
            # Company ... The company denied any negligence"
            kind = [(i, t, k) for i, t, k in self.groups if fold(self.actors[k].label).endswith(token.lemma_)]
            found = found or self._last_named(kind, index, token, 1)
            if found:
                return found[0]
        if lower in lx.GROUP_NOUNS or token.lemma_ in lx.GROUP_NOUNS:
            return self._qualifier_country(token)
        if token.lemma_ in lx.GROUP_REFERENCES and token.pos_ == "NOUN" and the_only_determiner(token):
            return self._last_group(index, token)
        if "-" in token.text.strip("-"):  # "U.S.-backed", "Kremlin-brokered", "Russian-occupied"
            prefix = token.text.rsplit("-", 1)[0]
            key = self.gaz.lookup(prefix) or self.gaz.demonyms.get(fold(prefix))
            if key and self.gaz.actors[key].kind not in ("Person", "Place"):
                return self.use(key, prefix)
            if key in self.gaz.country_of_capital:
                return self.use(self.gaz.country_of_capital[key], prefix)
        if token.lemma_ == "capital":  # "the Ukrainian capital", "the French capital" -> Kyiv, Paris
            for child in token.children:
                country = (
                    self.by_token.get(token_key(child))
                    if child.dep_ in ("amod", "poss", "compound")
                    else None
                )
                if country and country in self.gaz.capital_of:
                    return self.use(self.gaz.capital_of[country])
        return None

    def _untagged_name(self, token) -> str | None:
        """The parts of a full name learnt by :func:`untagged_people`."""
        if token.pos_ != "PROPN" or token.ent_type_ not in ("", "ORG", "NORP") or token.ent_id_:
            return None
        head = token if token.dep_ != "compound" else token.head
        name = " ".join(t.text for t in [*[c for c in head.lefts if c.dep_ == "compound"], head])
        key = self.person_names.get(fold(name)) if len(name.split()) > 1 else None
        return self.use(key, name, label=name, kind="Person") if key else None

    def _untagged_place(self, token) -> str | None:
        """'the Tirah valley' or 'the town of Tibú' with the name left untagged, and a later 'elders in
        Tirah': a place."""
        if token.ent_type_ or token.pos_ != "PROPN" or not token.is_title:
            return None
        if region_name(token):
            words = [
                t
                for c in token.head.lefts
                if c.dep_ == "compound"
                for t in c.subtree
                if t.pos_ == "PROPN" and t.is_title
            ]
            name = " ".join(t.text for t in words)
            return self.use(f"place/{slug(name)}", name, label=name, kind="Place")
        key = f"place/{slug(token.text)}"
        if key not in self.actors and settlement_name(token):  # "the district capital of Macomia"
            return self.use(key, token.text, label=token.text, kind="Place")
        return self.use(key, token.text) if key in self.actors else None

    def _bare_surname(self, token) -> str | None:
        """'Vautrin, 65, who ...': a surname the tagger missed, of someone this article already named."""
        if token.ent_type_ or not token.is_title:
            return None
        if token.pos_ not in ("PROPN", "ADJ", "NOUN") and not (
            token.tag_ == "VBG" and not token.is_sent_start
        ):
            return None  # "the talks led by Tshering": a surname in -ing read as a verb
        key = self.person_names.get(fold(token.text))
        if (
            key is None
            and token.pos_ == "PROPN"
            and not (token.dep_ == "compound" and token.head.pos_ == "PROPN")
        ):
            key = self.first_names.get(fold(token.text))  # alone, not the first word of a full name
        if token.pos_ != "PROPN" and key is None:
            return None  # "Serdiuk hands over" tagged an adjective: only a name this article gave
        if key is None and token.dep_ in ("nsubj", "nsubjpass", "dobj", "poss"):
            known = self.gaz.by_surname.get(fold(token.text), [])  # "Merz named ...": a well-known surname
            key = known[0] if len(known) == 1 else None
        return self.use(key, token.text) if key else None

    def _same_institution(self, token) -> str | None:
        """'The Lebanese Army said ... The army later evacuated', 'Gribov's post at the ministry': the
        body of that name the article introduced last."""
        if not the_only_determiner(token):
            return None
        head = token.lemma_.lower()
        armed = head in ("army", "force", "navy", "military")  # a state's, not a rebel "Liberation Army"
        named = [
            k
            for k in self.actors
            if self.actors[k].kind == "GovernmentBody" and (self.actors[k].country or not armed)
        ]
        return next((k for k in reversed(named) if fold(self.actors[k].label).split()[-1] == head), None)

    def _home_force(self, token) -> str | None:
        """'The army said', 'the police arrested', 'the army general staff denied': in news about one
        country, that country's army, police or general staff."""
        country = self.main_country()
        if token.dep_ == "pobj" and token.head.lower_ == "of":
            return None  # "minister of the armed forces", "chief of the army": a post's words
        children = list(token.children)
        # "the police", or "Police said" with no article at all; not "a police officer", "police in Kyiv",
        # nor a word in a longer name or title ("the Somali Police Force", "Tbilisi police chief")
        articles = [c.lower_ for c in children if c.dep_ == "det"]
        bare = not articles and token.dep_ not in ("compound", "amod", "nmod", "poss")
        bare = bare and not any(c.dep_ in ("compound", "amod") for c in children)  # not "riot police"
        unqualified = (articles == ["the"] or bare) and not any(
            c.dep_ in ("prep", "poss", "nummod", "acl", "relcl") or token_key(c) in self.by_token
            for c in children
        )
        return self._institution(token, country) if country and unqualified else None

    def _institution(self, token, country: str | None = None) -> str | None:
        """'the defence ministry in Moscow', "Ukraine's air force" -> that country's body, found or minted."""
        country = country or self._qualifier_country(token, places=True)
        if not country:
            return None
        topic = [
            c.lower_
            for c in token.lefts
            if c.dep_ in ("compound", "amod") and token_key(c) not in self.by_token and c.is_alpha
        ]
        wanted = set(topic) | {sx.noun_lemma(token)}
        for key, actor in self.gaz.actors.items():
            if (
                actor.kind == "GovernmentBody"
                and actor.country == country
                and any(wanted <= set(fold(n).split()) for n in actor.names | {actor.label})
            ):
                return self.use(key, None)
        if not topic and sx.noun_lemma(token) in (
            "ministry",
            "office",
            "department",
            "service",
            "agency",
            "force",
        ):
            return None  # "the Russian ministry": which one is not said
        demonym = self.gaz.demonym_of.get(country)
        owner = demonym or self.actors[country].label
        label = " ".join([owner, *(w.capitalize() for w in topic), token.text.capitalize()])
        return self.use(f"org/{slug(label)}", None, label=label, kind="GovernmentBody", country=country)

    def _beside_a_place(self, token) -> bool:
        """A name joined by 'and' to a place the reference data knows is a place too."""
        if token.dep_ != "conj" or token.head == token:
            return False
        key = self.by_token.get(token_key(token.head))
        return key is not None and self.actors[key].kind == "Place" and token.head.ent_type_ in ("GPE", "LOC")

    def _home_body(self, key: str, name: str) -> str | None:
        """'the presidential office said' in news from Seoul: South Korea's, not the one reference body
        that answers to the bare words. A name of common words only is another country's body."""
        ref = self.gaz.actors[key]
        home = self.main_country()
        if ref.kind != "GovernmentBody" or not ref.country or home == ref.country:
            return None
        if not generic_name(name):
            return None  # "the IDF", "Ukrainian presidential office": a name of its own, or its country's
        text = re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)
        if home is None:  # no country named yet: the body of a country the article has not said
            return self.body(text[:1].upper() + text[1:], "GovernmentBody")
        demonym = self.gaz.demonym_of.get(home) or self.gaz.actors[home].label
        return self.body(f"{demonym.title()} {text}", "GovernmentBody", home)

    def _seated_government(self, token) -> str | None:
        """'the government in Gitega': the country whose capital is named."""
        if not any(c.lower_ == "the" for c in token.children):
            return None
        seats = [self.gaz.lookup(p.text) for p in sx.prep_objects(token, "in")]
        return next((self.gaz.country_of_capital.get(k) for k in seats if k), None)

    def _leaders_office(self, token) -> str | None:
        """ "the Prime Minister's Office said": the head of government's office, of the article's country."""
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        if owner is None:
            return None
        leader = self.by_token.get(token_key(owner))
        if leader and self.actors[leader].kind == "Person":  # "Valadares' office said": the premier's
            titles = self.titles.get(leader, set())
            title = next((t.title() for t in ("prime minister", "president") if t in titles), None)
            if title is None:
                return None
            country = self.country_of(leader) or self.main_country()
        else:
            if token.text != "Office" or owner.lower_ not in ("minister", "president"):
                return None
            title = " ".join(t.text for t in owner.subtree if t.dep_ != "case" and t.lower_ != "the")
            if title.lower() not in ("prime minister", "president"):
                return None
            country = self._qualifier_country(owner) or self.main_country()
        if country is None:
            return None
        return self._titled_office(title, country)

    def _titled_office(self, title: str, country: str) -> str:
        """The office of a country's office-holder: 'Israeli Prime Minister's Office', 'Belgian Federal
        Prosecutor's Office'."""
        owner_name = self.gaz.demonym_of.get(country) or self.actors[country].label
        label = f"{owner_name} {title}'s Office"
        return self.use(
            f"org/{slug(label)}", f"{title}'s Office", label=label, kind="GovernmentBody", country=country
        )

    def _local_office(self, token) -> str | None:
        """'The United Nations office in Bujumbura said': an organisation's local office speaks for it."""
        for child in (c for c in token.children if c.dep_ == "compound"):
            key = self.by_token.get(token_key(child))
            if key and self.actors[key].kind in ("Organization", "InternationalOrganization"):
                return key
        return None

    def _prosecutors_office(self, token) -> str | None:
        """ "the federal prosecutor's office said", "the attorney general's office opened an inquiry": in
        news about one country, that country's prosecution service."""
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        if owner is None or token_key(owner) in self.by_token:
            return None
        words = [t for t in owner.subtree if t.dep_ != "case" and t.lower_ != "the"]
        if (
            not words
            or words[-1].lower_ not in ("prosecutor", "general")
            or not all(t.is_alpha for t in words)
        ):
            return None
        if words[-1].lower_ == "general" and not {"attorney", "prosecutor"} & {t.lower_ for t in words}:
            return None  # "the inspector general's office" is no prosecution
        country = self._qualifier_country(owner) or self.main_country()
        if country is None:
            return None
        title = " ".join(t.text.capitalize() for t in words if self.by_token.get(token_key(t)) is None)
        return self._titled_office(title, country)

    def _qualifier_country(self, token, places: bool = False) -> str | None:
        """The country qualifying a group noun: 'Ukrainian officials', 'A U.S. delegation',
        'Russia's army', 'the ministry in Moscow'."""
        for child in token.children:
            if child.dep_ == "poss" and child.lower_ == "its":
                return self._its_country(token)
            if child.dep_ in ("amod", "compound", "poss", "nmod"):
                key = self.by_token.get(token_key(child))
                if key and self.country_of(key) and self.actors[key].kind in ("Country",):
                    return self.use(key, None)
            if child.dep_ == "prep" and child.lower_ in ("from", "in", "of"):
                for obj in child.children:
                    key = self.by_token.get(token_key(obj))
                    if places and key in self.gaz.country_of_capital:
                        return self.use(
                            self.gaz.country_of_capital[key], obj.text
                        )  # "the ministry in Moscow"
                    if key and self.actors.get(key) and self.actors[key].kind == "Country":
                        return key
        return None

    def _its_country(self, token) -> str | None:
        """'The Russian Defense Ministry claimed its forces ...': the country of the subject above;
        'Lithuania moved first. On March 3, its Foreign Ministry ...': else the country named last."""
        for verb in (h for h in sx.heads(token, 6) if h.pos_ in ("VERB", "AUX")):
            subject = sx.direct_subject(verb)
            if subject is not None and token not in subject.subtree:
                key = self.by_token.get(token_key(subject))
                if key and self.country_of(key):
                    return self.use(self.country_of(key), None)
        return self.countries[-1][2] if self.countries else None

    def _long_name(self, folded: str) -> str | None:
        """The one movement this article named with a generic last word that this name leaves off."""
        found = [
            key
            for key, actor in self.actors.items()
            if actor.kind not in ("Person", "Place", "Country")
            and fold(actor.label).removeprefix("the ").rsplit(" ", 1)[0] == folded
            and fold(actor.label).split()[-1] in lx.DROPPED_NAME_ENDINGS
        ]
        return found[0] if len(found) == 1 else None

    def _named_before(self, folded: str) -> str | None:
        """The one body this article named in full whose name ends with this shorter one."""
        if len(folded.split()) > 3:
            return None
        found = [
            key
            for key, actor in self.actors.items()
            if actor.kind not in ("Person", "Place", "Country") and fold(actor.label).endswith(" " + folded)
        ]
        return found[0] if len(found) == 1 else None

    def _title_holder(self, index: int, token) -> str | None:
        """'the president': the one person this article has called president, if only one."""
        holders = {k for k, titles in self.titles.items() if described_title(token) in titles}
        excluded = {self.by_token.get(token_key(t)) for t in co_arguments(token)}
        holders -= excluded
        return holders.pop() if len(holders) == 1 else None

    def antecedent(
        self, index: int, token, prefer_subject: bool = True, title: str | None = None
    ) -> str | None:
        """The most recent person before ``token`` who is not a co-argument of the same verb; for a
        description ("the president"), not someone the article has given another title ("spokesman")."""
        # "Zelensky reshuffled his cabinet": a possessive may be its own clause's subject; an object may not
        excluded = (
            set() if token.dep_ == "poss" else {self.by_token.get(token_key(t)) for t in co_arguments(token)}
        )
        if sx.stray_subject(token) is not None:  # "In a letter to X, the 61-year-old said": not X
            excluded.add(self.by_token.get(token_key(token.head)))
        if token.dep_ == "poss" and token.head.lemma_ in lx.TAKEN_PLACES:
            # "Khan was posted in his place": no one takes their own place
            verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
            subject = sx.subject_token(verb) if verb is not None else None
            # "would stand again in his Auckland seat", "kept his job": one's own place
            if subject is not None and verb.lemma_ not in lx.OWN_PLACE_VERBS:
                excluded.add(self.by_token.get(token_key(subject)))
            if verb is not None and verb.lemma_ in lx.APPOINT_VERBS:  # "named X as his successor": not X
                excluded |= {self.by_token.get(token_key(o)) for o in sx.objects(verb)}
            # "the premier named X to take his place": neither the one named nor the one naming
            naming = verb.head if verb is not None and verb.dep_ in ("xcomp", "advcl") else None
            if naming is not None and naming.lemma_ in lx.APPOINT_VERBS:
                leaving = (  # "the premier resigned and named X to take her place": hers
                    naming.dep_ == "conj"
                    and naming.head.lemma_ in lx.LEAVE_VERBS
                    and not any(c.dep_ == "nsubj" for c in naming.children)
                )
                chosen = sx.objects(naming) + [c for c in naming.children if c.dep_ == "oprd"]
                for t in chosen + ([] if leaving else [sx.subject_token(naming)]):
                    if t is not None:
                        excluded.add(self.by_token.get(token_key(t)))
            # "ousted the speaker, X, and installed one of Harvan's allies in his place": X's place
            fired = verb.head if verb is not None and verb.dep_ == "conj" else None
            if fired is not None and fired.lemma_ in lx.DISMISS_VERBS:
                named = [
                    self.by_token.get(token_key(t))
                    for o in sx.objects(fired)
                    for t in [o, *(c for c in o.children if c.dep_ == "appos")]
                ]
                people = [k for k in named if k and self.actors[k].kind == "Person"]
                if len(people) == 1:
                    return people[0]
        wanted = PRONOUN_GENDER.get(token.lower_)
        if token.dep_ == "nsubj" and token.head.lemma_ in lx.CLAIM_VERBS:
            # '"The government declared war on Romanians," he said': not someone named in his own quote;
            # 'His party will table a motion, he said': a pronoun there is most often the speaker
            quoted = [c for c in token.head.children if c.dep_ in ("ccomp", "parataxis") and c.i < token.i]
            excluded |= {
                self.by_token.get(token_key(t)) for c in quoted for t in c.subtree if t.pos_ != "PRON"
            }
        candidates = [
            (sent_index, earlier, key)
            for sent_index, earlier, key in reversed(self.history)
            if index - 3 <= sent_index
            and not (earlier.doc is token.doc and earlier.i >= token.i)
            and key not in excluded
            and gender_of(self.actors[key].label) in (None, wanted or gender_of(self.actors[key].label))
            and (title not in lx.POST_NOUNS or title in (self.titles.get(key) or {title}))
        ]
        naming = next((a for a in token.ancestors if a.pos_ == "VERB"), None)
        if (
            token.dep_ == "poss"
            and token.head.lemma_ in ("successor", "place")
            and naming is not None
            and naming.lemma_ in lx.APPOINT_VERBS
        ):
            # "sacked the army chief, General X. A decree named Y as his successor": the one who left
            for sent_index, earlier, key in candidates:
                if index - 1 <= sent_index and left_a_post(earlier):
                    return key
        if token.dep_ in ("nsubjpass", "dobj") and token.head.lemma_ in lx.SUCCESSION_VERBS:
            # "Sharipov dismissed the regional chairman, X. He was replaced by Y", "Y was named to
            # replace him": the one dismissed
            for sent_index, earlier, key in candidates:
                if index - 1 <= sent_index and left_a_post(earlier):
                    return key
        # the same sentence first, most recent first; then the subject of the previous sentence's main
        # clause, which is what the next sentence is most often about; then whoever came last
        for sent_index, _earlier, key in candidates:
            if sent_index == index:
                return key
        for sent_index, earlier, key in candidates:
            if (
                prefer_subject
                and sent_index == index - 1
                and earlier.dep_ in ("nsubj", "nsubjpass")
                and (earlier.head.dep_ == "ROOT" or reported_main_clause(earlier.head))
            ):
                return key
        return candidates[0][2] if candidates else None

    def _last_group(self, index: int, token) -> str | None:
        """'Hamas rejected the claim. According to the group, ...': the organisation named last, in this
        sentence or the two before it, that is not an argument of the same verb."""
        excluded = {self.by_token.get(token_key(t)) for t in co_arguments(token)}
        found = self._last_named(self.groups, index, token, 1, excluded)
        return found[0] if found else None

    def _last_body(self, index: int, token) -> str | None:
        """The state or body that was last the subject of a clause, in this sentence or the one before."""
        recent = [
            (earlier, key)
            for sent_index, earlier, key in reversed(self.bodies)
            if sent_index >= index - 1 and not (earlier.doc is token.doc and earlier.i >= token.i)
        ]
        # "Ukraine's air force said Russia had launched 83 drones ... None was intercepted, it said":
        # who spoke last, before whoever their words were about
        speakers = [key for earlier, key in recent if sx.speech_verb(phrase_head(earlier).head)]
        return next(iter(speakers + [key for _, key in recent]), None)

    @staticmethod
    def _last_named(history: list, index: int, token, size: int, excluded=frozenset()) -> list[str] | None:
        """The last ``size`` actors of ``history`` named in this sentence or the two before it, in
        reading order: 'The pair met' (two people), 'The four countries proposed' (four countries)."""
        found: list[str] = []
        for sent_index, earlier, key in reversed(history):
            if sent_index < index - 2 or earlier.doc is token.doc and earlier.i >= token.i or key in excluded:
                continue
            if key not in found:
                found.append(key)
            if len(found) == size:
                return found[::-1]
        return None

    def speaking_body(self, place: str) -> str | None:
        """An unknown name the tagger took for a place, which speaks: a body (a company, an agency)."""
        actor = self.actors[place]
        if actor.country is not None or len(actor.label.split()) > 2:
            return None  # a place of a known country stays a place: "Kutsurub said" is no statement
        return self.body(actor.label)

    def body(self, name: str, kind: str = "Organization", country: str | None = None) -> str:
        """An organisation known by ``name`` alone: a company, an agency, a party ("BJP")."""
        return self.use(f"org/{slug(name)}", name, label=name, kind=kind, country=country)

    def people(self, token) -> list[str]:
        """The people a plural reference stands for ('the two leaders'), else none."""
        return self.pairs.get(token_key(token), [])

    def actor(self, token) -> str | None:
        """The actor a token stands for, looking through appositions and group nouns."""
        key = self.by_token.get(token_key(token))
        if key:
            return key
        if token.lower_ in ("who", "whom", "which", "that") and token.head.dep_ == "relcl":
            antecedent = token.head.head  # "a career diplomat whom Zelensky named": the diplomat's name
            if antecedent.dep_ == "appos":
                antecedent = antecedent.head
            return self.actor(antecedent) if antecedent != token else None
        for child in token.children:
            if child.dep_ == "appos" and sx.conjoined_title(child) in (None, token):
                key = self.by_token.get(token_key(child))
                if key:
                    return key
        if token.dep_ == "conj" and token.lemma_ in lx.POST_NOUNS:  # "X and the commander of ..., Y,"
            for appos in (c for c in token.head.children if c.dep_ == "appos"):
                key = self.by_token.get(token_key(appos)) if sx.conjoined_title(appos) == token else None
                if key:
                    return key
        if token.dep_ == "appos" and token.pos_ == "NOUN":  # "Restrepo, a former ombudswoman who took ..."
            key = self.by_token.get(token_key(token.head))
            if key and self.actors[key].kind == "Person":
                return key
        following = token.nbor(1) if token.i + 1 < len(token.doc) else None
        if token.lemma_.lower() in lx.POST_NOUNS and not any(c.dep_ == "det" for c in token.children):
            for conj in (c for c in token.children if c.dep_ == "conj"):  # two titles before one name:
                key = self.by_token.get(token_key(conj))  # "Government spokesperson and Communications
                if key and self.actors[key].kind == "Person":  # Minister Jean-Pierre Kabeya accused"
                    return key
        if token.lemma_.lower() in lx.POST_NOUNS:  # "Minority Leader in the National Assembly Stephen Mutiso"
            for obj in (
                o for p in token.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"
            ):
                key = self.by_token.get(token_key(obj))
                body = any(  # the name follows the body's name in one phrase
                    c.dep_ == "compound" and self.by_token.get(token_key(c)) not in (None, key)
                    for c in obj.children
                )
                if key and body and self.actors[key].kind == "Person":
                    return key
        if token.lemma_ in lx.POST_NOUNS and following is not None:  # "intelligence chief Kirill Budanov ..."
            key = self.by_token.get(token_key(following))
            if key and self.actors[key].kind == "Person":
                return key
        if (
            token.lemma_ in lx.POST_NOUNS
        ):  # "The mayor of Lviv, Andriy Sadovyi": the parser hung the name on Lviv
            for obj in (o for p in token.children if p.dep_ == "prep" for o in p.children):
                for child in (c for c in obj.children if c.dep_ == "appos"):
                    key = self.by_token.get(token_key(child))
                    if key and self.actors[key].kind == "Person":
                        return key
        return None

    def actors_in(self, tokens) -> list[str]:
        found: list[str] = []
        for token in tokens:
            key = self.by_token.get(token_key(token))
            if key and key not in found:
                found.append(key)
        return found


def generic_name(name: str) -> bool:
    """A body's name of common words only ('the Presidential Office', 'the Defence Ministry'), which
    every country's body of that kind answers to."""
    generic = lx.INSTITUTION_HEADS | lx.ORGANIZATION_WORDS | lx.POST_NOUNS
    return set(fold(name).split()) <= generic | {"of", "the", "presidential", "s"}


def untagged_people(span) -> list[str]:
    """Full names the tagger missed, known as people by what they do: 'Ana Ruiz replaces ...'."""
    found = []
    for token in span:
        if (
            token.ent_type_ not in ("", "ORG", "NORP", "FAC")  # "Ayman Obeidat" tagged as a building
            or token.pos_ != "PROPN"
            or token.dep_ == "compound"
            or not token.is_title
            or token.ent_id_
        ):
            continue
        parts = [
            c
            for c in token.lefts
            if c.dep_ == "compound"
            and c.pos_ == "PROPN"
            and (c.is_title or c.lower_ in SURNAME_PARTICLES)
            and c.ent_type_ in ("", token.ent_type_)
            and not c.ent_id_
        ]
        while parts and parts[0].lower_ in HONORIFICS:
            parts = parts[1:]  # "Sheikh Fahad replaces ...": Fahad, whom the article named in full
        if not parts or len(parts) > 3 or parts[0].i != token.i - len(parts):
            continue
        verb = token.head
        if token.dep_ == "conj":  # "replacing Eva Dvorak in the first role and Petr Sova in the second"
            verb = next((a for a in token.ancestors if a.pos_ == "VERB"), verb)
        if token.lower_ in lx.ORGANIZATION_WORDS or token.lower_ in lx.POST_NOUNS:
            continue  # "Foreign Minister" is a title, no one's name
        if " ".join(t.lower_ for t in [*parts, token]) in lx.MINISTRY_TOPICS:
            continue  # "Political Deputy Minister of Economic Affairs Tsai Pei-ling": a portfolio
        if (
            described_as_person(token)
            or token.dep_ == "poss"
            and token.head.lemma_
            in ("place", "role", "post", "job", "seat")  # "takes Pieter van Loon's place"
            or token.dep_ == "appos"
            and token.head.lemma_ in lx.POST_NOUNS  # "the interior minister, Stefano Corradi,"
        ):
            found.append(" ".join(t.text for t in [*parts, token]))
            continue
        if (
            token.ent_type_ == "ORG"
            and verb.lemma_ not in lx.SUCCESSION_VERBS | lx.MOVE_VERBS | lx.APPOINT_VERBS
            and not (token.dep_ == "pobj" and any(a.lemma_ == "step" for a in list(token.ancestors)[:3]))
        ):
            continue  # a name tagged as an organization is taken as a person only where a person is replaced
        if (
            token.dep_ in ("nsubj", "nsubjpass", "dobj", "conj")
            and verb.lemma_ in lx.PERSON_VERBS
            or (token.dep_ == "pobj" and any(a.lemma_ in lx.PERSON_VERBS for a in list(token.ancestors)[:3]))
        ):
            found.append(" ".join(t.text for t in [*parts, token]))
    return found


def home_force(token) -> bool:
    """'the army', 'the police', 'the general staff', 'the security forces': a state's force named
    without saying whose."""
    modifiers = {c.lower_ for c in token.children if c.dep_ in ("amod", "compound")}
    lemma = sx.noun_lemma(token)
    return (
        lemma in lx.HOME_FORCE_NOUNS
        or lemma == "staff"
        and "general" in modifiers
        or lemma == "guard"
        and modifiers == {"coast"}  # "previously commanded the coast guard"
        or lemma == "force"
        and token.tag_ in ("NNS", "NNPS")
        and bool(modifiers & {"armed", "security"})
    )


def the_only_determiner(token) -> bool:
    """'the group', 'the militant group'; not 'a group', 'the group of technocrats', 'the Wagner group'."""
    children = list(token.children)
    return any(c.lower_ == "the" for c in children) and not any(
        c.dep_ in ("prep", "compound", "poss", "acl", "relcl", "nummod") for c in children
    )


def described_title(token) -> str:
    """The title a description names: 'the prime minister' -> prime minister, 'the minister' -> minister,
    'the premier' -> prime minister."""
    if token.lemma_.lower() == "minister" and any(c.lower_ == "prime" for c in token.children):
        return "prime minister"
    return SAME_TITLES.get(token.lemma_.lower(), token.lemma_.lower())


def pair_reference(token) -> bool:
    """'the pair', 'the two leaders', 'both men', 'the two' (as a subject): two people named before."""
    if token.pos_ not in ("NOUN", "NUM", "PRON"):
        return False
    children = {c.lower_ for c in token.children}
    if token.lemma_ in ("pair", "duo"):
        return "the" in children
    if token.lower_ == "two":
        return "the" in children and token.dep_ in ("nsubj", "nsubjpass")
    person_noun = token.lemma_ in lx.PERSON_DESCRIPTIONS or token.lemma_ in ("man", "woman", "leader")
    return token.tag_ == "NNS" and person_noun and ("two" in children or "both" in children)


BODY_KINDS = ("Organization", "GovernmentBody", "PoliticalParty", "Country")


def phrase_head(token):
    """The head noun of the phrase ``token`` is a word of: "North Korea's defense ministry" -> ministry."""
    while token.dep_ in ("compound", "amod", "poss", "flat", "nmod") and token.head != token:
        token = token.head
    return token


def in_subject(token) -> bool:
    """'North Korea's defense ministry accused ...': a word of a clause's subject phrase."""
    return phrase_head(token).dep_ in ("nsubj", "nsubjpass")


def affiliation(token) -> bool:
    """'the al-Qaeda-linked group', 'an Iran-backed militia': a name that only qualifies another group,
    which 'the group' does not stand for."""
    qualifier = token.dep_ in ("npadvmod", "compound", "punct")  # "al-Qaeda-linked": any of its words
    return qualifier and token.head.tag_ == "VBN" and token.head.dep_ == "amod"


def country_group(token) -> int:
    """'the four countries', 'the two nations', 'both governments': how many countries named before."""
    if token.tag_ != "NNS" or token.lemma_ not in ("country", "nation", "government", "power", "state"):
        return 0
    children = {c.lower_: c for c in token.children}
    if "both" in children:
        return 2
    count = next((c for c in token.children if c.dep_ == "nummod"), None)
    value = number_value(count.lower_) if count is not None and "the" in children else None
    return int(value) if isinstance(value, int) and 2 <= value <= 12 else 0


def described_as_person(token) -> bool:
    """'Oleksandr Hrytsak, 58, a career diplomat whom ...': an age, a person noun, a 'who' clause or
    the post held 'until now'."""
    if sx.described_with_who(token):
        return True
    for child in token.children:
        if child.dep_ == "appos" and child.like_num and child.text.isdigit() and 18 <= int(child.text) <= 99:
            return True
        noun = child.lemma_.lower()  # "Hailu Berhanu, State Minister of ...": a capitalised title too
        if child.dep_ == "appos" and (noun in lx.POST_NOUNS or noun in lx.PERSON_NOUNS):
            return True
        if child.dep_ == "prep" and child.lower_ == "until":  # "Ayman Obeidat, until now governor of ..."
            if any(o.dep_ == "pobj" and o.lemma_.lower() in lx.POST_NOUNS for o in child.children):
                return True
    return False


def aged(ent) -> bool:
    """'the 65-year-old Social Democrat': a description of a person by age, right before the name."""
    left = [t.lower_ for t in ent.doc[max(0, ent.start - 6) : ent.start]]
    return left[-1:] == ["old"] and "year" in left[-3:] and "the" in left


SAME_TITLES = {"premier": "prime minister"}


def titles_of(name) -> set[str]:
    """Post nouns written beside a name: 'President Gitanas Nauseda', 'Nauseda, the president'."""
    head = name
    words = [t for t in head.lefts if t.dep_ == "compound"] + [t for t in head.children if t.dep_ == "appos"]
    titles = {
        SAME_TITLES.get(t.lemma_.lower(), t.lemma_.lower())
        for t in words
        if t.lemma_.lower() in lx.POST_NOUNS
    }
    prefix = {t.lower_ for t in head.subtree if t.i < head.i}
    if "minister" in titles and "prime" in prefix and not prefix & {"deputy", "vice"}:
        titles.add("prime minister")  # "Prime Minister Dorin Recean": "the prime minister" is he
    return titles


def left_a_post(token) -> bool:
    """The name of one who leaves: 'X resigned', 'sacked the army chief, General X', 'X was fired'."""
    if token.dep_ == "appos":
        token = token.head
        for _ in range(2):  # "the chairman of Khatlon region, X": the parser hangs X on the region
            if (
                token.dep_ == "pobj"
                and token.head.dep_ == "prep"
                and token.head.head.pos_ in ("NOUN", "PROPN")
            ):
                token = token.head.head
    verb = token.head
    if token.dep_ == "nsubj":
        return verb.lemma_ in lx.LEAVE_VERBS
    return token.dep_ in ("dobj", "nsubjpass") and verb.lemma_ in lx.DISMISS_VERBS


def reported_main_clause(verb) -> bool:
    """'X was relieved of his duties, the office said': the clause reported by the sentence's root."""
    return (
        verb.dep_ in ("ccomp", "parataxis")
        and verb.head.dep_ == "ROOT"
        and verb.head.lemma_ in lx.CLAIM_VERBS
    )


def attacked_name(token) -> bool:
    """'stormed Lascahobas', 'overran Koui': a one-word name a raid takes is a place."""
    return token.dep_ == "dobj" and token.head.lemma_ in lx.PLACE_TAKING_VERBS


def near_a_thing(token) -> bool:
    """'a forest road near Buco-Zau', 'clashes outside Mora': near a thing or an event, not a person."""
    holder = token.head.head
    return holder.pos_ in ("NOUN", "VERB") and holder.lemma_ not in lx.PERSON_NOUNS | lx.POST_NOUNS


def governed_place(token) -> bool:
    """'mayor of Brno', 'governor of Sumy': the place a post is held over."""
    of = token.head
    return token.dep_ == "pobj" and of.lower_ == "of" and of.head.lemma_ in lx.PLACE_POSTS


def region_titled(ent) -> bool:
    """'Rakhine State', 'Cauca Department': a name ending in a word for a region is a place's."""
    words = [t for t in ent if t.tag_ != "POS"]
    return len(words) > 1 and words[-1].lower_ in lx.REGION_ENDINGS


def region_name(token) -> bool:
    """'the Tirah valley', 'Lakki Marwat district', 'Kankara town': a name before a word for a region
    or a settlement is a place's."""
    return token.dep_ == "compound" and token.head.lemma_ in lx.REGION_NOUNS | lx.SETTLEMENT_NOUNS


def named_place(token) -> bool:
    """'the villages of Yohmor, Zawtar al-Sharqiya and Mayfadoun', 'SP Investigation in Dera Ismail
    Khan': places, whatever the tagger says."""
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    of = token.head
    if token.dep_ == "pobj" and of.lower_ == "in" and of.head.pos_ in ("NOUN", "PROPN"):
        # not "Minority Leader in the National Assembly Stephen Mutiso": a title, then the name
        return of.head.lemma_.lower() not in lx.POST_NOUNS | {
            "trust",
            "confidence",
            "faith",
            "interest",
            "place",
        }
    if token.dep_ == "pobj" and of.lower_ == "in" and of.head.lemma_ in lx.SERVE_VERBS | lx.STATIONED_VERBS:
        return True  # "who was serving in Dera Ismail Khan"
    return settlement_name(token)


def settlement_name(token) -> bool:
    """'the villages of Yohmor and Mayfadoun', 'the town of Tibú', 'a residential district of Taiz',
    'the district capital of Macomia': what follows 'of' names places."""
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    of = token.head
    # not "the department of Health"; "the hamlet of Las Higueras" is a place
    areas = lx.SETTLEMENT_NOUNS | lx.COMMUNITY_NOUNS | lx.REGION_NOUNS - {"department"}
    return token.dep_ == "pobj" and of.lower_ == "of" and of.head.lemma_ in areas


def armed_group(ent) -> bool:
    """'the M23 group', 'M23 rebels': a name before a word for a group; and a name with a digit in it
    ('M23') is never a place."""
    root = ent.root
    named_group = root.dep_ == "compound" and root.head.lower_ in lx.ARMED_GROUP_NOUNS
    return named_group or any(ch.isdigit() for ch in ent.text)


def settled(token) -> bool:
    """'Gidan Dawa, a farming community in ...': a name described as a settlement is a place."""
    return any(
        c.dep_ == "appos" and c.lemma_ in lx.SETTLEMENT_NOUNS | lx.COMMUNITY_NOUNS for c in token.children
    )


def abbreviation_of(ent) -> str | None:
    """'Alliance for the Union of Romanians (AUR)': the capitals in brackets right after a name."""
    doc = ent.doc
    inside = [i for i, t in enumerate(ent) if t.text == "("]
    if inside:  # the tagger took the bracket into the name
        rest = list(ent)[inside[0] + 1 :]
        word = rest[0] if rest else None
    else:
        word = doc[ent.end + 1] if ent.end + 2 < len(doc) and doc[ent.end].text == "(" else None
        word = word if word is not None and doc[word.i + 1].text == ")" else None
    if word is not None and word.text.isupper() and word.is_alpha and 2 <= len(word.text) <= 8:
        return word.text
    return None


LEAD_SENTENCES = 3  # headline and lead, whose countries count twice towards the article's own
HONORIFICS = {"mr", "mrs", "ms", "miss", "mx", "dr", "sheikh", "sheik", "shaikh"}  # "Sheikh Fahad": Fahad


def clean_name(ent) -> str:
    """The name as written ("Kosiniak-Kamysz", "National Prosecutor's Office") without a leading
    article or a trailing possessive."""
    tokens = list(ent)
    if any(t.text == "(" for t in tokens):  # "Alliance for the Union of Romanians (AUR"
        tokens = tokens[: [t.text for t in tokens].index("(")]
    while tokens and tokens[0].lower_ == "the":
        tokens = tokens[1:]
    while len(tokens) > 1 and tokens[0].lower_.rstrip(".") in HONORIFICS:
        tokens = tokens[1:]  # "Ms Sargsyan" is Sargsyan
    while tokens and (tokens[-1].tag_ == "POS" or tokens[-1].lower_ in ("'s", "’s")):
        tokens = tokens[:-1]
    text = "".join(t.text_with_ws for t in tokens[:-1]) + (tokens[-1].text if tokens else "")
    return " ".join(text.split()).strip(' ,.\u201c\u201d"')


def stands_for_place(token) -> bool:
    """A capital names the city after a locative preposition or as what an attack hit; else its country."""
    head = token.head
    if token.dep_ == "pobj" and head.lower_ in LOCATIVE_PREPS:
        return True
    if token.dep_ == "dobj" and any(head.lemma_ in verbs for verbs in (lx.EVENT_VERBS["Attack"],)):
        return True
    return (
        token.dep_ in ("compound", "conj", "appos")
        or token.dep_ == "poss"
        and head.lemma_ in lx.PLACE_ANAPHORS | lx.CITY_PARTS
    )


def business_or_outlet(token) -> bool:
    """'the broadcaster Zodiak', 'the news portal N1 Slovenija': a news outlet's name; 'Kono Diamond
    Resources, a mining company': a company's. The tagger often takes either for a person."""
    beside = [c for c in token.children if c.dep_ in ("compound", "amod") and not c.ent_type_]
    if token.dep_ in ("appos", "compound"):
        beside.append(token.head)
    described = [c for c in token.children if c.dep_ == "appos"]
    return any(t.lemma_.lower() in lx.MEDIA_NOUNS for t in beside) or any(
        t.lemma_.lower() in lx.COMPANY_NOUNS for t in described
    )


def co_arguments(token) -> list:
    """Who a pronoun cannot be: a subject pronoun is not its verb's object; an object pronoun is not
    the subject of its verb nor of the verbs controlling it ("Macron named Lecornu to replace him")."""
    verb = token.head
    while verb.dep_ in ("prep", "pobj", "poss", "compound", "amod") and verb.head != verb:
        verb = verb.head
    if token.dep_ in ("nsubj", "nsubjpass"):
        return [c for c in verb.children if c.dep_ in ("dobj", "oprd")]
    found = []
    for _ in range(3):
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        controllers = (
            [c for c in verb.head.children if c.dep_ in ("dobj", "oprd")] if verb.dep_ == "xcomp" else []
        )
        found += subjects + controllers
        if subjects or verb.dep_ not in ("xcomp", "advcl", "conj") or verb.head == verb:
            break
        verb = verb.head
    found += [c for t in found for c in t.children if c.dep_ == "appos"]  # "X's deputy, Y, succeeds him"
    return [t for t in found if t != token]


def token_head_of_mention(token, mentions: Mentions):
    key = mentions.by_token.get(token_key(token))
    head = token
    while head.head != head and mentions.by_token.get(token_key(head.head)) == key:
        head = head.head
    return head


def headline_name(ent) -> bool:
    """A person's name, unless a Title Case headline is all that makes it one: there a name needs a
    known given name to start it ("Quits Amid" is no one; "Lucía Paredes" is)."""
    return not title_case(ent.sent) or is_given_name(ent.text.split()[0])


def title_case(sentence) -> bool:
    """A headline written In Title Case, where the tagger takes any two capitals for a name: no full
    stop, nearly every word capitalised, verbs too ("Quits", "Names")."""
    words = [t for t in sentence if t.is_alpha and not t.is_stop]
    capitals = [t for t in words if t.is_title or t.is_upper]
    return (
        sentence[-1].text != "."
        and len(words) >= 4
        and len(capitals) >= 0.8 * len(words)
        and any(t.pos_ == "VERB" or t.tag_ in ("VBZ", "VBD", "NNS") for t in capitals[1:])
    )


KIND_OF_KEY = {"person": "Person", "place": "Place", "country": "Country"}


def initials(name: str) -> str:
    """'Guyana Defence Force' -> 'GDF': the first letters of its capitalised words."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def capital_runs(span) -> list[str]:
    """Runs of three or more capitalised words ending in a word that names a body ('Guyana Defence
    Force'), which an acronym may stand for later."""
    runs, run = [], []
    for token in [*span, None]:
        if token is not None and token.is_title and token.is_alpha and not token.is_sent_start:
            run.append(token)
            continue
        if len(run) >= 3 and run[-1].lower_ in lx.BODY_NAME_ENDINGS:
            runs.append(" ".join(t.text for t in run))
        run = []
    return runs


def fuller_name(name: str, than: str) -> bool:
    """'Yoko Ishida' is a fuller name than 'Ishida' (more words, ending in the same ones)."""
    longer, shorter = fold(name).split(), fold(than).split()
    if len(longer) > len(shorter) and fold(than) in surnames(name):
        return True  # "Han Seung-woo" after the headline's "Han": the family name comes first
    if len(longer) > len(shorter) and longer[: len(shorter)] == shorter and len(shorter) == 1:
        return True  # "Prabowo Subianto" after the headline's "Prabowo": called by the first name
    return len(longer) > len(shorter) and longer[-len(shorter) :] == shorter
