"""What an event mention carries besides its trigger: the figures it reports (what a number counts),
its date (written in its own clause) and the words of its phrases (without relative clauses)."""

from __future__ import annotations

from kg.extract import lexicon as lx
from kg.extract import syntax as sx

# Words around a number that say what it counts: deaths, injuries, people moved.
DEATH_WORDS = {"kill", "die", "death", "dead", "life", "toll"}
INJURY_WORDS = {"injure", "wound", "injury", "hurt"}
PEOPLE_WORDS = {
    "other",
    "others",
    "more",
    "people",
    "person",
    "civilian",
    "resident",
    "individual",
    "child",
    "family",
    "citizen",
    "passenger",
    "villager",
    "inhabitant",
    "worker",
    "soldier",
    "serviceman",
    "patient",
    "student",
    "pensioner",
    "woman",
    "man",
    "adult",
    "teenager",
    "refugee",
    "employee",
    "driver",
    "miner",
    "firefighter",
    "rescuer",
    "medic",
    "sailor",
    "fisherman",
    "crew",
    "officer",
    "policeman",
    "guard",
    "troop",
    "fighter",
    "journalist",
    "pilgrim",
    "shopper",
    "farmer",
    "nurse",
    "doctor",
    "volunteer",
    "inmate",
    "prisoner",
    "detainee",
    "guest",
    "staff",
    "personnel",
    "contractor",
    "tourist",
    "protester",
    "pupil",
    "migrant",
    "smuggler",
    "militant",
    "insurgent",
    "rebel",
    "gunman",
    "attacker",
    "jihadist",
    "bandit",
    "suspect",
    "activist",
    "engineer",
    "official",
    "member",  # "wounding two crew members"
    "crewman",
    "seafarer",
    "teacher",
}


EVACUATION_WORDS = {
    "evacuate",
    "evacuation",
    "relocate",
    "relocation",
    "move",
    "evacuee",
    "bus",
    "ferry",
    "airlift",
}


# A noun event takes the date of its clause when the verb says it happened, or what it did at the
# time: "the talks took place on Monday", "an attack on Wednesday killed 12".
OCCUR_VERBS = {
    "take",
    "happen",
    "occur",
    "begin",
    "start",
    "hold",
    "open",
    "end",
    "convene",
    "resume",
    "kill",
    "injure",
    "wound",
    "destroy",
    "damage",
    "hit",
    "claim",
    "leave",
}


def figure_name(token) -> str | None:
    """What a number counts, from the noun it counts and the word that governs it.

    Casualty and evacuation figures count people ("fourteen people", "three passengers", or a bare
    "injuring 40"); "11 frontline villages" counts places and is no figure of those.
    """
    noun = token.head if token.dep_ == "nummod" else token
    if noun == token and token.dep_ in ("dobj", "nsubjpass") and token.head.lemma_ in EVACUATION_WORDS:
        return "evacuated"  # "evacuated 37 of the most seriously wounded": the wounded are moved
    counted = [o for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
    if noun == token and any(o.pos_ == "NOUN" and o.lemma_ not in PEOPLE_WORDS | {"child"} for o in counted):
        return None  # "Gaua, one of the largest islands": an island, no person
    following = [t.lower_ for t in token.doc[token.i + 1 : token.i + 5]]
    if "of" in following[:1] and any(w in ("children",) for w in following):
        return "children"
    lemma = noun.lemma_
    if lemma in ("child", "children"):
        return "children"
    if (
        lemma in ("country", "nation")
        or lemma == "state"
        and any(c.lower_ in ("member", "eu", "nato") for c in noun.children)
    ):
        return "countries"  # "15 countries", "the 27 member states"
    if lemma in ("kilometer", "kilometre", "mile", "km") and any(t.lower_ == "square" for t in noun.children):
        return "area_km2"
    if lemma == "life":
        return "deaths"
    if lemma in lx.ARREST_VERBS and noun != token:
        return "count"  # "police made 23 arrests"
    if noun != token and arrested(noun):
        return "count"  # "arrested 14 suspected gang members", "the arrest of 12 prison guards": people
    if noun != token and lemma not in PEOPLE_WORDS and not (noun.ent_type_ == "NORP" and noun.tag_ == "NNPS"):
        return None  # "23 Palestinians" are people too
    for clause in (
        c for c in noun.children if c.dep_ in ("acl", "relcl") and c.tag_ == "VBN"
    ):  # "80 others injured"
        if clause.lemma_ in INJURY_WORDS:
            return "injured"
        if clause.lemma_ in DEATH_WORDS:
            return "deaths"
    node = noun
    for _ in range(3):
        if node.lemma_ in DEATH_WORDS and node != noun or node.head.lemma_ in DEATH_WORDS:
            return "deaths"
        if node.head.lemma_ in INJURY_WORDS:
            return "injured"
        if (
            node.head.lemma_ in EVACUATION_WORDS
            or node.head.lemma_ in ("take", "fly")
            and taken_away(node.head)
        ):
            return "evacuated"
        if arrested(node):
            return "count"  # "police arrested 14 people", "two of its engineers were detained"
        if node.head == node:
            break
        node = node.head
    return None


# Civilians, not those under arrest or in arms, for "were taken from their homes".
CIVILIAN_WORDS = PEOPLE_WORDS - {
    *("soldier", "serviceman", "troop", "fighter", "officer", "policeman", "guard", "inmate", "prisoner"),
    *("detainee", "suspect", "smuggler", "militant", "insurgent", "rebel", "gunman", "attacker"),
    *("jihadist", "bandit", "official", "protester", "activist", "journalist"),
}


def taken_away(verb) -> bool:
    """'Another 2,300 people were taken from their homes', '120 miners and their families were flown
    out of Eteringbang': civilians carried away from where they live."""
    people = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj") and c.lemma_ in CIVILIAN_WORDS]
    if not people:
        return False
    origins = sx.prep_objects(verb, "from") + [
        o
        for c in verb.children
        if c.dep_ in ("prt", "prep") and c.lower_ == "out"
        for o in sx.prep_objects(c, "of")
    ]
    if verb.lemma_ == "take":
        return any(o.lemma_ in ("home", "house", "village") for o in origins)
    return bool(origins) or any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)


def arrested(token) -> bool:
    """Taken by an arrest: 'arrested 14 people', 'two were detained', 'the arrest of 12 guards'."""
    verb = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else token.head
    return token.dep_ in ("dobj", "nsubjpass", "pobj") and verb.lemma_ in lx.ARREST_VERBS


def date_of(trigger, dates: list) -> str | None:
    """The date written in the trigger's own clause or phrase, not one from another clause."""
    if trigger.pos_ in ("VERB", "AUX"):
        return next((iso for token, iso in dates if sx.clause_head(token) == trigger), None)
    inside = {t.i for t in phrase_tokens(trigger, demonyms=True)}  # not "X, who had served since 2023"
    clause = sx.clause_head(trigger)
    occurs = clause.lemma_ in OCCUR_VERBS and trigger.dep_ in ("nsubj", "nsubjpass", "dobj")
    for token, iso in dates:
        if token.i in inside or occurs and sx.clause_head(token) == clause:
            return iso
    return None


def phrase_tokens(token, demonyms: bool = False) -> list:
    """A noun phrase without its relative clauses ("regions, where Russian advances ..."); without its
    demonyms too when looking for places ("Russian" names an actor, not a place)."""
    clauses = [t for t in token.subtree if t.dep_ in ("relcl", "acl", "advcl") and t != token]
    inside = {t.i for c in clauses for t in c.subtree}
    return [t for t in token.subtree if t.i not in inside and (demonyms or t.ent_type_ != "NORP")]
