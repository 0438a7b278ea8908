"""Events: a trigger word (a noun such as "evacuation" or a verb such as "battered"),
its participants, places, figures and date, kept only when the sentence states it
as fact; then mentions of one event across sentences merged into one event."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract import lexicon as lx
from kg.extract import syntax as sx
from kg.extract.arguments import PEOPLE_WORDS, date_of, figure_name, phrase_tokens, taken_away
from kg.extract.figures import looks_like_year, parse_quantity
from kg.extract.mentions import BODY_KINDS, Mentions, token_key
from kg.model import Event, Figure

GATHERINGS = ("Meeting", "Summit")
PERSONNEL = ("Appointment", "Resignation", "Dismissal")
# "X resigned following an investigation": X is the one investigated; not so for an attack
INHERITED_THROUGH_TIME = ("Investigation", "Resignation", "Dismissal", "Election")
COUNT_NOUNS = {"vote"}  # "whose votes could decide": ballots cast, not an election
REPORTED_NEWS = {"Attack", "Evacuation", "Investigation"}
NEEDS_MODIFIER = {
    "initiative": {"peace"},
    "call": {"phone", "video", "telephone"},
    "dinner": {"working", "state"},
    "lunch": {"working"},
    "breakfast": {"working"},
    "package": {"sanctions", "sanction", "aid", "peace", "reform", "support"},
    "letter": {"intent"},
    # "heavy fighting between the army and Fano militias" is a clash; "once the fighting stops" is the war
    "fighting": {"between"},
    "clash": {"between", "with"},  # "clashed with the opposition over the budget" is no fight
    "motion": {"censure", "confidence", "no-confidence", "impeachment"},  # not "a motion on the budget"
}
FIGURE_TYPES = {
    "deaths": ("Attack",),
    "injured": ("Attack",),
    "children": ("Evacuation", "Attack"),
    "evacuated": ("Evacuation",),
    "area_km2": ("TerritorialChange",),
    "countries": GATHERINGS,
    "count": ("Investigation",),  # people arrested or detained
}
ARREST_REACH = 6  # sentences within which an arrest is a step of the investigation told before
OWN_ACT_VERBS = {"submit", "hand", "tender", "announce", "offer"}


def told_of_another(noun, verb) -> bool:
    """'The prime minister announced the resignation': a definite resignation that is not 'his' is one
    the article told already, someone else's; 'announced his resignation' is his own."""
    return (
        verb.lemma_ in ("announce", "confirm")
        and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
        and not any(c.dep_ == "poss" for c in noun.children)
    )


WEAPON_NOUNS = {
    "drone",
    "missile",
    "rocket",
    "shell",
    "bomb",
    "munition",
    "projectile",
    "artillery",
    "mortar",
    "cannon",
    "grenade",
    "explosive",
}
FORCE_VERBS = {"blast", "ram", "pelt", "spray", "douse"}  # physical force, an attack with a weapon named
HARM_VERBS = {
    "kill",
    "injure",
    "wound",
    "damage",
    "destroy",
    "hit",
    "strike",
    "tear",
    "crash",
    "slam",
    "smash",
    "rip",
    "land",
}
MEASURES = {"day", "week", "hour", "round", "month", "series", "session", "wave", "volley", "spate"}
DURATIONS = {"winter", "summer", "month", "year", "week", "day", "night", "decade"}
LOCATIVE = {"in", "at", "on", "near", "across", "over", "into", "from", "to", "inside", "outside", "around"}


@dataclass
class Mention:
    """One event mention in one sentence, before mentions of the same event are merged."""

    event: Event
    trigger: object
    theme: str | None = None  # the person appointed, resigning or dismissed


OWN_WORK = ("Evacuation", "Investigation")  # what a body reports having done itself is news


def until_then(token) -> bool:
    """'would serve as acting minister until a permanent appointment was made': the limit of a time
    still to come, not an event that happened."""
    head = sx.clause_head(token)
    return (
        any(c.dep_ == "mark" and c.lower_ == "until" for c in head.children)
        and head.head != head
        and (sx.tense(head.head) == "future" or sx.modal(head.head))
    )


def reported_news(token, verb, speaker: str, mentions: Mentions, recent_places: list[str]) -> bool:
    """A strike, casualties, an evacuation or a search on the speaker's own soil, told plainly
    ("said", "reported"): a governor reporting a missile on his city passes on news, which the
    article reports through its source. What a side says of strikes elsewhere ("its forces hit all
    designated targets") stays that side's claim."""
    if verb is not None and verb.lemma_ not in lx.NEUTRAL_REPORTING_VERBS:
        return False  # None: "according to X", as neutral as "said"
    if trigger_type(token) in PERSONNEL and mentions.actors[speaker].kind == "GovernmentBody":
        # "X was relieved of his duties, the president's office said": the government's own record
        return not sx.hypothetical(sx.clause_head(token))
    side = mentions.country_of(speaker)
    if side is None and mentions.actors[speaker].kind in ("Person", "GovernmentBody"):
        side = mentions.main_country()  # "Governor Oleh Kiper said": an official of the country in the news
    clause = sx.clause_head(token)
    if trigger_type(token) in GATHERINGS:  # "our delegations will meet in Geneva, Zelensky said": his talks
        own = any(mentions.country_of(k) == side for k in mentions.actors_in(token.subtree))
        return own and not sx.hypothetical(clause)  # "a call could take place" stays a claim
    news = lambda t: trigger_type(t) in REPORTED_NEWS or t.lemma_ in lx.CASUALTY_VERBS  # noqa: E731
    count = token.like_num or token.lower_ in ("a", "an", "dozen")  # "wounding a farmer"
    if count and not news(clause):  # "killing 15 people, including two children"
        # "ordered the evacuation of 2,700 people": the noun of the news, if no verb is
        clause = next((h for h in sx.heads(token, 5) if h.pos_ in ("VERB", "NOUN") and news(h)), clause)
    # "SEMA said it had evacuated 1,400 residents", "the Commission said it had launched an
    # investigation": a body's report of its own work
    work = token if trigger_type(token) in OWN_WORK else clause if count else None
    if work is not None and trigger_type(work) in OWN_WORK:
        doer = sx.subject_token(work if work.pos_ == "VERB" else clause)
        if doer is not None and (doer.lower_ in ("it", "they", "we") or mentions.actor(doer) == speaker):
            return True
    if not side or not (news(token) or count and news(clause)):  # "killing five people"
        return False

    def places_in(tokens) -> list[str]:
        tokens = list(tokens)
        # "launched 146 drones against Ukraine", "in southern Lebanon": a country as the place hit
        targets = [
            t
            for t in tokens
            if t.dep_ == "pobj" and t.head.lower_ in ("against", "in", "on", "across") and t.pos_ == "PROPN"
        ]
        found = [k for k in mentions.actors_in(tokens) if mentions.actors[k].kind == "Place"]
        return found + [k for k in mentions.actors_in(targets) if mentions.actors[k].kind == "Country"]

    places = places_in(clause.subtree)
    if not places and lx.CASUALTY_VERBS & {token.lemma_, clause.lemma_}:
        # "a missile struck Kharkiv, killing five"; "Two people died in a fire after the strike"
        places = places_in(token.sent) or recent_places
    # a place the reference data does not know is in the country the article is about, unless the
    # clause names another ("in Russia's Novorossiysk"; not "militants who crossed from Mozambique", nor
    # "before fleeing towards the border with Serbia")
    origins = [
        t
        for t in clause.subtree
        if t.dep_ in ("pobj", "pcomp") and t.head.lower_ in ("from", "towards", "toward", "before")
    ]
    within = [t for t in clause.subtree if not any(t in o.subtree for o in origins)]
    foreign = any(mentions.actors[k].kind == "Country" and k != side for k in mentions.actors_in(within))
    home = None if foreign else mentions.main_country()
    return any((mentions.country_of(p) or home) == side for p in places)


def conjoined_counts(token) -> int:
    """'Two police officers and three civilians were killed': the counts joined to this one, which
    together make the figure."""
    noun = token.head
    if token.dep_ != "nummod" or noun.dep_ == "conj" or noun.lemma_ not in PEOPLE_WORDS:
        return 0
    if any(c.dep_ == "punct" and c.text == "," for c in noun.children):
        return 0  # "17 people, six soldiers and 11 civilians": a total, then its parts
    total = 0
    for other in (c for c in noun.children if c.dep_ == "conj" and c.lemma_ in PEOPLE_WORDS):
        count = next((c for c in other.children if c.dep_ == "nummod"), None)
        quantity = parse_quantity(count.text) if count is not None else None
        total += quantity.value if quantity is not None and quantity.qualifier is None else 0
    return total


def routes(token) -> list:
    """The 'from' and 'to' phrases anywhere below a word, not only on it."""
    return [t for t in token.subtree if t.dep_ == "prep" and t.lower_ in ("from", "to") and t.head != token]


def sequenced(token) -> bool:
    """'The attack followed two days of heavy fighting', 'after weeks of shelling': an event told as
    coming before another in the same sentence is another event."""
    for head in sx.heads(token, 4):
        if head.lemma_ in ("follow", "precede") and head.pos_ == "VERB" and token.i > head.i:
            return True
        if head.lower_ in ("after", "before", "following") and head.pos_ in ("ADP", "VERB", "SCONJ"):
            return True
    return False


def proposed_measure(token) -> bool:
    """'a bill', 'legislation', 'a state of emergency'; not 'emergency supplies'."""
    if token.lemma_ == "emergency":
        return token.head.lower_ == "of" and token.head.head.lemma_ == "state"
    return token.lemma_ in lx.PROPOSED_MEASURES


def speech_occasion(noun) -> bool:
    """'told a news conference', 'a press briefing', 'a televised message': one speaker before the press
    or a camera is a speech, not a meeting of parties. 'Said in a statement' is how something was said,
    not an occasion. A gathering someone addresses or speaks at is the occasion of that speech, told by
    the verb."""
    if noun.lemma_ in lx.GATHERING_NOUNS and addressed(noun):
        return False
    modifiers = {c.lower_ for c in noun.children if c.dep_ in ("compound", "amod")}
    if noun.lemma_ in ("message", "statement") and modifiers & lx.BROADCAST_WORDS:
        return True  # "in a televised message to the nation"; not "said in a statement"
    return noun.lemma_ in ("conference", "briefing") and bool(modifiers & {"news", "press"})


MEETING_WORDS = {"meeting", "session", "summit", "congress"}  # events of their own, whoever spoke there


def addressed(noun) -> bool:
    """'addressing a party gathering', 'speaking at an economic forum': an audience of a speech."""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "at" else noun.head
    if noun.lemma_ not in lx.AUDIENCE_NOUNS:
        return False
    if noun.dep_ == "dobj" and verb.lemma_ == "address":
        return True
    # "speaking at a meeting of ministers" was one voice at the meeting, an event of its own
    return noun.dep_ == "pobj" and verb.lemma_ == "speak" and noun.lemma_ not in MEETING_WORDS


def support_sought(token):
    """'to win support for 44 billion euros in budget savings': what support is sought for is put
    forward, a proposal. Returns the verb that seeks it."""
    if token.dep_ != "pobj" or token.head.lower_ != "for":
        return None
    head = token.head.head  # "support for X", or "win [support] for X" as the parser may hang it
    verb = head.head if head.dep_ == "dobj" else head
    support = head if head.dep_ == "dobj" else next((o for o in sx.objects(head)), None)
    if support is None or support.lemma_ not in ("support", "backing", "approval"):
        return None
    return verb if verb.lemma_ in lx.SEEK_VERBS else None


def searched(token) -> bool:
    """'officers from the DSI searched his home', 'a police raid', 'police raided the offices',
    'carried out more than 20 searches': investigators at work, an investigation and not an attack."""
    if token.lemma_ not in ("search", "raid"):
        return False
    if token.pos_ == "VERB":
        subject = sx.subject_token(token)
        doers = [subject] if subject is not None else []
        doers += [o for d in doers for o in sx.prep_objects(d, "from", "of")]  # "officers from the DSI"
        premises = any(o.lemma_ in lx.PREMISES for o in sx.objects(token))
        return premises or any(investigator(d) for d in doers)
    modifiers = [c for c in token.children if c.dep_ in ("compound", "amod", "nmod", "poss")]
    done = token.dep_ == "dobj" and token.head.lemma_ in ("carry", "conduct")  # "carried out searches"
    if done and token.lemma_ == "raid":  # "the group has carried out cross-border raids": attacks
        doer = sx.subject_token(token.head)
        done = doer is not None and investigator(doer)
    at = any(o.lemma_ in lx.PREMISES for o in sx.prep_objects(token, "of", "at", "on"))
    return done or at or any(investigator(m) for m in modifiers)


def inside_name(token) -> bool:
    """A word within an organisation's name headed by another word: 'Investigation' in 'the Department
    of Special Investigation'."""
    if token.ent_type_ != "ORG":
        return False
    name = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    return name is not None and name.root != token and name.root.lower_ in lx.ORGANIZATION_WORDS


def investigator(token) -> bool:
    """Police, prosecutors, officers, an anti-graft bureau."""
    return token.lemma_.lower() in lx.INVESTIGATORS


def labour_strike(token) -> bool:
    """'went on strike', 'a general strike', 'the teachers' strike', 'a strike by nurses'."""
    if token.dep_ == "pobj" and token.head.lower_ == "on" and token.head.head.lemma_ in ("go", "be", "stay"):
        return True
    workers = [c for c in token.children if c.dep_ in ("poss", "compound", "amod")]
    workers += sx.prep_objects(token, "by")
    return any(w.lower_ in lx.STOPPAGE_WORDS or w.lemma_ in lx.WORKER_NOUNS for w in workers)


def trigger_type(token) -> str | None:
    lemma, lower = token.lemma_, token.lower_
    if searched(token):
        return "Investigation"
    if token.pos_ in ("NOUN", "PROPN"):
        if inside_name(token):
            return None  # "the Department of Special Investigation" is a body, no investigation
        if token.dep_ == "compound" and token.head.lemma_ in WEAPON_NOUNS | {"helicopter", "aircraft"}:
            return None  # "Shahed-type attack drones": a kind of weapon, no event
        if (
            lemma in ("killing", "shooting")
            and token.tag_ == "NNS"
            and not any(c.dep_ in ("det", "nummod") for c in token.children)
        ):
            return None  # "a task team probing political killings": killings in general; "the killings" one
        if (
            lemma == "death"
            and token.dep_ == "nsubj"
            and token.head.lemma_ in ("occur", "happen")
            and any(c.lower_ == "the" for c in token.children)
        ):
            return "Attack"  # "The deaths occurred on Sunday in Mutsamudu": the killings just told
        if lemma == "strike" and labour_strike(token):
            return None  # "70,000 teachers went on strike": a stoppage of work, no attack
        if speech_occasion(token):
            return "Speech"
        if support_sought(token) is not None and token.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP"):
            return "Proposal"
        if addressed(token) and lemma not in MEETING_WORDS:
            return None  # "addressing a party gathering": the speech is the verb's event
        if lower in lx.GATHERING_NOUNS or lemma in lx.GATHERING_NOUNS:
            words = {t.lower_ for t in token.subtree} | {t.lemma_ for t in token.subtree}
            return "Summit" if words & lx.SUMMIT_PARTICIPANT_NOUNS else "Meeting"
        if token.head.lower_ == "of" and any(h.lemma_ in ("relieve", "strip") for h in sx.heads(token, 3)):
            return None  # "relieved the minister of his appointment": the post he held, no event
        for kind, nouns in lx.EVENT_NOUNS.items():
            if lemma in nouns or lower in nouns:
                if lemma in COUNT_NOUNS and token.tag_ == "NNS":
                    return None
                needed = NEEDS_MODIFIER.get(lemma)
                modifiers = {c.lower_ for c in token.children} | {
                    o.lower_ for o in sx.prep_objects(token, "of")
                }
                told_before = (  # "The clashes broke out near the village of X": the clashes just told
                    lemma == "clash"
                    and "the" in modifiers
                    and token.dep_ == "nsubj"
                    and token.head.lemma_ in lx.OUTBREAK_VERBS
                )
                if needed and not modifiers & needed and not told_before:
                    return None  # "a package of sanctions" is a proposal; "a package" is not
                return kind
        return None
    if token.pos_ == "VERB":
        if any(c.dep_ == "dobj" and c.lemma_ in lx.IDIOM_OBJECTS for c in token.children):
            return None  # "Milei struck a defiant tone", "hit a record high", "strike a deal"
        doers = [c for c in token.children if c.dep_ == "nsubj"] + [
            o for a in token.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"
        ]
        if lemma in lx.EVENT_VERBS["Attack"] and any(
            w.lemma_.lower() in lx.NOT_ATTACKERS
            for c in doers
            for w in [c, *(m for m in c.children if m.dep_ == "compound")]
        ):
            return None  # "the changes hit the ministry", "the cyclone struck", "hit by political crises"
        targets = [
            o for o in sx.prep_objects(token, "on", "at", "into") if o.ent_type_ not in ("DATE", "TIME")
        ]
        if lemma == "fire" and targets and not sx.objects(token) and not sx.is_passive(token):
            return "Attack"  # "attackers fired on a passenger bus": shooting; not "was fired on Wednesday"
        if (
            lemma == "set"
            and any(c.lower_ == "fire" for c in sx.objects(token))
            and sx.prep_objects(token, "to")
        ):
            return "Attack"  # "gang members set fire to 38 buses"
        if (
            lemma == "open"
            and any(c.lower_ == "fire" for c in sx.objects(token))
            and sx.prep_objects(token, "on", "at")
        ):
            return "Attack"  # "gunmen opened fire on three vehicles"
        if lemma == "elect":  # "was elected unopposed as deputy leader"; not "first elected to Parliament"
            again = (
                token.i > 1 and token.nbor(-1).text == "-" and token.nbor(-2).lower_ == "re"
            )  # "re-elected"
            complements = [c for c in token.children if c.dep_ in ("oprd", "attr")]
            posts = complements + [o for t in [token, *complements] for o in sx.prep_objects(t, "as")]
            return "Election" if again or any(p.lemma_ in lx.POST_NOUNS for p in posts) else None
        if lemma in ("take", "fly") and taken_away(token):
            return "Evacuation"  # "2,300 people were taken from their homes", "miners were flown out of X"
        for kind, verbs in lx.EVENT_VERBS.items():
            if lemma in verbs:
                return kind
        if lemma == "step" and any(
            c.dep_ in ("prt", "advmod") and c.lower_ == "down" for c in token.children
        ):
            return "Resignation"
        if lemma == "swear" and any(
            c.lower_ == "in" and c.dep_ in ("prt", "prep") and not list(c.children) for c in token.children
        ):
            return "Appointment"  # "swore him in", "was sworn in as minister", "swore in X"; not "an oath"
        if lemma in lx.HOST_VERBS and any(
            c.dep_ == "dobj" and c.ent_type_ == "PERSON" for c in token.children
        ):
            return "Meeting"  # "after hosting Volodymyr Zelenskyy in Istanbul": a host meets a guest
        if lemma in lx.LAUNCH_VERBS and any(
            c.dep_ == "dobj" and c.lemma_ in WEAPON_NOUNS for c in token.children
        ):
            return "Attack"  # "Russia launched 146 drones and three missiles against Ukraine"
        if lemma == "drop" and (
            any(o.lower_ in ("cabinet", "government", "team") for o in sx.prep_objects(token, "from"))
            or any(
                c.dep_ == "nsubjpass" and (c.ent_type_ == "PERSON" or c.lower_ == "who")
                for c in token.children
            )
        ):
            return "Dismissal"  # "was dropped from the cabinet"; "Khan, who was also dropped"
        if lemma == "remove" and (
            any(
                c.dep_ in ("dobj", "nsubjpass") and (c.ent_type_ == "PERSON" or c.lemma_ in lx.POST_NOUNS)
                for c in token.children
            )
            or any(o.lemma_ in lx.DUTY_NOUNS for o in sx.prep_objects(token, "from"))
        ):
            return "Dismissal"  # "removed the district police officer, X", "the director, X, was removed"
        if lemma in ("speak", "talk") and any(
            o.lower_ in ("phone", "telephone", "video") for o in sx.prep_objects(token, "by", "via", "over")
        ):
            return "Meeting"  # "he had spoken by phone with Macron": a call
        if any(addressed(o) for o in [*sx.objects(token), *sx.prep_objects(token, "at")]):
            return "Speech"  # "Zelensky addressed the leaders by video link", "speaking at a forum"
        if (
            lemma in HARM_VERBS
            and any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_ in WEAPON_NOUNS for c in token.children)
            or lemma in HARM_VERBS
            and token.dep_ in ("conj", "advcl")
            and token.head.lemma_ not in lx.EVENT_VERBS["Attack"]  # "a missile struck X, injuring": struck
            and any(c.dep_ == "nsubj" and c.lemma_ in WEAPON_NOUNS for c in token.head.children)
        ):
            return (
                "Attack"  # "a drone came down on a farm and injured two", "drones dropped ..., injuring four"
            )
        if (
            lemma == "storm"
            and any(c.dep_ == "dobj" for c in token.children)
            or (lemma == "open" and any(c.dep_ == "dobj" and c.lower_ == "fire" for c in token.children))
        ):
            return "Attack"  # "gunmen stormed a police post", "troops opened fire on the village"
        if (
            lemma in FORCE_VERBS
            and any(c.dep_ == "dobj" for c in token.children)
            and (lemma == "ram" or any(o.lemma_ in WEAPON_NOUNS for o in sx.prep_objects(token, "with")))
        ):
            return "Attack"  # "ships blasted a supply boat with water cannons and rammed it"
        if (
            lemma == "fight"
            and token.tag_ == "VBG"
            and token.dep_ in ("nsubj", "nsubjpass")
            and any(c.dep_ == "prep" and c.lower_ in NEEDS_MODIFIER["fighting"] for c in token.children)
        ):
            return "Attack"  # "Fighting between rival armed groups killed nine", tagged as a verb
        if lemma in ("move", "relocate", "bus", "ferry", "airlift") and any(
            c.dep_ in ("dobj", "nsubjpass") and c.lemma_ in PEOPLE_WORDS for c in token.children
        ):
            return "Evacuation"  # "Authorities moved about 240 residents to shelters", "guests were bused"
        if lemma in ("take", "gain", "seize", "establish") and any(
            c.dep_ == "dobj" and c.lemma_ == "control" for c in token.children
        ):
            return "TerritorialChange"  # "Russian forces have taken control of Hulyaipole"
    return None


def own_forces_struck(clause) -> bool:
    """'its forces had targeted vital facilities', said by a group: the group's own attack."""
    return (
        clause.dep_ == "ccomp"
        and trigger_type(clause) == "Attack"
        and any(
            s.dep_ == "nsubj"
            and s.lemma_ in lx.FIGHTER_NOUNS
            and any(p.dep_ == "poss" and p.lower_ in ("its", "their") for p in s.children)
            for s in clause.children
        )
    )


def killed_by_someone(token) -> bool:
    """'At least 31 inmates were killed', 'a car bomb exploded, killing nine people': people counted as
    killed, with no disaster in the sentence ('killed in a flood') to have killed them."""
    if token.lemma_ != "kill" or token.pos_ != "VERB" or sx.negated(token):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "since" for c in token.children):
        return False  # "1,900 police officers have been killed since 2018": a tally, no event
    told_later = [*(c for c in token.children if c.dep_ == "mark"), *token.ancestors]
    if any(a.lower_ in ("after", "before", "since") and a.pos_ in ("ADP", "SCONJ") for a in told_later):
        return False  # "days after two soldiers were killed in an ambush": the lead of what is told later
    # the victims told as the subject, or after what killed them ("exploded, killing nine"); "gunmen
    # killed 20 villagers" in a lead mostly sums up the attack the article tells later
    victims = ("nsubjpass", "dobj") if token.dep_ == "advcl" and token.tag_ == "VBG" else ("nsubjpass",)
    counted = any(
        c.dep_ in victims
        and (c.like_num or c.lemma_ in PEOPLE_WORDS and any(n.dep_ == "nummod" for n in c.children))
        for c in token.children
    )
    causes = {t.lemma_.lower() for t in token.sent} & lx.DISASTER_NOUNS
    return counted and not causes


class Events:
    def __init__(self, mentions: Mentions):
        self.mentions = mentions
        self.events: list[Event] = []
        self.last_places: list[str] = []
        self.calls: set[int] = set()  # ids of the meetings held by phone or video
        self.words: dict[int, set[str]] = {}  # id of an event -> lemmas of the words that told it
        # "dismissed his oil minister": (type, the post's words, who acted, sentence), for once posts are held
        self.unnamed: list[tuple[str, object, list[str], int]] = []

    # -------------------------------------------------------------- per sentence

    def read(self, index: int, span, dates: list) -> None:
        found: list[Mention] = []
        for token in span:
            mention = self._mention(index, token)
            if mention:
                mention.event.date = date_of(token, dates)
                found.append(mention)
        if not any(m.event.type == "Attack" for m in found) and self._recent(("Attack",), index) is None:
            killing = next((t for t in span if killed_by_someone(t)), None)
            mention = self._mention(index, killing, "Attack") if killing is not None else None
            if mention:  # "At least 31 inmates were killed when rival gangs fought": the killing is told
                mention.event.date = date_of(killing, dates)
                found.append(mention)
        if not any(m.event.type == "Attack" for m in found):
            found += self._accused_killing(index, span, dates)
        self._place_fallback(span, found)
        self._figures(span, found, index)
        for mention in found:
            self._merge(mention, index)
        self._responsibility(span, index)
        self._announced_measures(index, span)

    def _announced_measures(self, index: int, span) -> None:
        """'said the government would ask Parliament to extend a state of emergency', 'offered to set up
        joint patrols': a measure its authors announce, or an offer, is a Proposal they make."""
        told = [e for e in self.events if e.type == "Proposal" and index in e.sentences]
        for verb in (t for t in span if t.pos_ == "VERB" and not sx.negated(t)):
            reporter = sx.reported_by(verb)
            if verb.lemma_ in lx.OFFER_VERBS:  # not "offered to resign": a departure, no proposal
                plan = next(
                    (
                        c
                        for c in verb.children
                        if c.dep_ == "xcomp" and c.pos_ == "VERB" and c.lemma_ not in lx.LEAVE_VERBS
                    ),
                    None,
                )
            elif verb.lemma_ == "propose" and any(
                c.dep_ in ("dobj", "xcomp", "ccomp") for c in verb.children
            ):
                # "said ..., and proposed building a prison": the proposal is told by its author
                plan = verb if reporter is not None else None
            elif verb.lemma_ in lx.PROPOSING_VERBS and any(
                c.lower_ in lx.FUTURE_AUXILIARIES for c in verb.children
            ):
                measure = any(map(proposed_measure, (t for t in verb.subtree if t.dep_ != "nsubj")))
                plan = verb if measure and reporter is not None else None
            else:
                plan = None
            if plan is None or told or sx.hypothetical(reporter or verb):
                continue
            authors = [sx.subject_token(verb), sx.subject_token(reporter) if reporter is not None else None]
            event = Event("Proposal", self._label(plan), [index])
            for author in (a for a in authors if a is not None):
                self._add(event, self._actors_of(author), places_ok=False)
            self.events.append(event)

    def _group_of(self, subject) -> str | None:
        """The group a subject names: 'Al-Shabaab'; 'The regional branch of the Islamic State group,
        known as Islamic State Khorasan': the name it is known by, else the group it is a branch of;
        'The Houthi movement's military spokesman': the movement."""
        if subject.lemma_ in lx.SPOKESPERSON_NOUNS:
            owners = [c for c in subject.children if c.dep_ in ("poss", "compound")]
            owners += sx.prep_objects(subject, "for")
            named = [k for o in owners for k in self.mentions.actors_in(o.subtree)]
            return next((k for k in named if self.mentions.actors[k].kind not in ("Person", "Place")), None)
        key = self.mentions.actor(subject)
        if key or subject.lemma_ not in lx.BRANCH_NOUNS:
            return key
        known = [o for c in subject.children if c.dep_ == "acl" for o in sx.prep_objects(c, "as")]
        named = [k for t in known + sx.prep_objects(subject, "of") for k in [self.mentions.actor(t)] if k]
        return named[0] if named else None

    def _accused_killing(self, index: int, span, dates: list) -> list[Mention]:
        """'accused the army of killing 11 civilians in air strikes on Nyala': that people were killed
        there is told as known; who struck is the accuser's claim, so the strike has no doer."""
        for verb in (t for t in span if t.lemma_ in ("accuse", "blame") and t.pos_ == "VERB"):
            for killing in (p for p in sx.prep_objects(verb, "of", "for") if p.lemma_ == "kill"):
                counts = [c for o in sx.objects(killing) for c in [o, *o.children] if c.like_num]
                quantity = parse_quantity(counts[0].text) if counts else None
                strikes = [o for o in sx.prep_objects(killing, "in") if trigger_type(o) == "Attack"]
                if quantity is None or not strikes:
                    continue
                event = Event("Attack", self._label(strikes[0]), [index], date=date_of(killing, dates))
                event.figures["deaths"] = Figure("deaths", quantity.value, quantity.qualifier, quantity.text)
                self._locate(event, strikes[0])
                self._locate(event, killing)  # "killing 11 civilians in air strikes on Nyala", parsed so
                if event.places:
                    return [Mention(event, strikes[0])]
        return []

    def _responsibility(self, span, index: int) -> None:
        """A group that claims an attack took part in it: 'Al-Shabaab claimed responsibility for the
        bombing', 'the group claimed the raid', 'said its fighters had targeted "apostate officials"'."""
        for verb in span:
            subject = sx.subject_token(verb) if verb.pos_ == "VERB" else None
            claimer = self._group_of(subject) if subject is not None else None
            if not claimer or self.mentions.actors[claimer].kind not in ("Organization", "Group"):
                continue
            owned = verb.lemma_ == "claim" and any(  # "claimed the raid", "claimed responsibility"
                o.lemma_ == "responsibility" or trigger_type(o) == "Attack" for o in sx.objects(verb)
            )
            owned = owned or sx.speech_verb(verb) and any(map(own_forces_struck, verb.children))
            # a claim of responsibility may come a few paragraphs after the attack it owns
            attack = self._recent(("Attack",), index, within=6) if owned else None
            if attack is not None and claimer not in attack.participants:
                attack.participants.append(claimer)

    def _mention(self, index: int, token, kind: str | None = None) -> Mention | None:
        kind = kind or trigger_type(token)
        if kind is None:
            if (
                token.lemma_ in lx.PARTICIPATION_VERBS
                and token.pos_ == "VERB"
                and not any(
                    c.dep_ in ("dobj", "prep") for c in token.children if c.dep_ == "dobj" or c.lower_ == "in"
                )
            ):
                return self._participation(index, token)
            return None
        if not self._factual(token, kind):
            return None
        event = Event(kind, self._label(token), [index], definite=self._definite(token))
        mention = Mention(event, token)
        if token.pos_ == "VERB":
            if not self._verb_arguments(mention, token):
                return None
        else:
            self._noun_arguments(mention, token)
        if kind == "Meeting" and token.pos_ == "VERB" and self._summit_like(token):
            event.type = "Summit"
        return mention

    def _participation(self, index: int, verb) -> Mention | None:
        """'A U.S. delegation is set to join': someone joins the gathering already in the story."""
        if sx.negated(verb) or self._claimed(verb):
            return None
        subject = sx.subject_token(verb)
        participants = self._actors_of(subject) if subject is not None else []
        if not participants:
            return None
        event = Event("Meeting", self._label(verb), [index], participants=participants, definite=True)
        return Mention(event, verb)

    def _claimed(self, token) -> bool:
        """Reported by an actor ("Moscow claimed", "the ministry said its forces struck"): a claim of
        theirs, not a fact. A lead's "..., local officials said" names no actor, and a governor who
        says a missile struck his city reports news: the reporter tells both as fact."""
        verb = sx.reported_by(token)
        if verb is None or sx.medium_reports(verb):
            return False
        speaker = sx.agent(verb) if sx.is_passive(verb) else sx.subject_token(verb)
        key = self.mentions.actor(speaker) if speaker is not None else None
        if not key or self.mentions.actors[key].kind == "Place":
            return False
        return not self.is_news(token, verb, key)

    def is_news(self, token, verb, speaker: str) -> bool:
        """What ``speaker`` reports with ``verb`` at ``token`` is news, told as fact: see reported_news."""
        return reported_news(token, verb, speaker, self.mentions, self.last_places)

    def _factual(self, token, kind: str) -> bool:
        if self._claimed(token) or until_then(token):
            return False
        if token.pos_ == "VERB":
            if kind in GATHERINGS and token.dep_ == "xcomp" and token.head.lemma_ in lx.AGREED_HEADS:
                return False  # "agreed to meet again in Sofia in September": a meeting yet to be
            scheduled = kind in GATHERINGS  # "delegations will meet in Geneva next week": on the calendar
            if (
                sx.hypothetical(token)
                or token.dep_ in ("amod",)
                or sx.tense(token) == "future"
                and not scheduled
            ):
                return False
            if any(c.dep_ == "advmod" and c.lower_ in lx.HABITUAL_ADVERBS for c in token.children):
                return False  # "Odesa has been targeted repeatedly": a pattern, not one event
            if any(
                c.dep_ == "advmod" and c.lower_ == "before" and not list(c.children) for c in token.children
            ):
                return False  # "Gaua has been evacuated before": some earlier time, not this news
            if token.dep_ == "acl" and kind in ("TerritorialChange", "Attack"):
                return False  # "territory seized by Russia" describes the territory
            told = [o for h in sx.heads(token, 2) for o in sx.objects(h)]
            told += [p for o in told for p in sx.prep_objects(o, "of")]  # "dozens of attacks"
            if (
                kind == "Attack"
                and token.tag_ == "VBG"
                and token.dep_ == "advcl"
                and any(trigger_type(o) == "Attack" for o in told)
            ):
                return False  # "has carried out dozens of attacks ..., targeting mosques": those attacks
            return True
        if any(c.dep_ == "det" and c.lower_ in ("no", "any") for c in token.children):
            return False
        if (
            kind == "Attack"
            and token.tag_ == "NNS"
            and token.head.lower_ == "of"
            and (token.head.head.lemma_ in DURATIONS or token.head.head.lower_ in lx.MANY_WORDS)
        ):
            return False  # "two winters of Russian strikes", "dozens of attacks": a campaign, not one event
        if (
            kind == "Attack"
            and token.tag_ == "NNS"
            and any(c.lower_ in lx.HABITUAL_MODIFIERS for c in token.subtree if c.i < token.i)
        ):
            return False  # "nearly continuous missile strikes" is a habit, not one event
        head = sx.clause_head(token)
        if (
            head != token
            and head.pos_ in ("VERB", "AUX")
            and sx.hypothetical(head)
            and kind not in ("Proposal", "Meeting", "Summit")
        ):
            return False  # "would receive guarantees to deter a fresh offensive"
        if kind == "Proposal" and token.dep_ == "dobj" and token.head.lemma_ in lx.BREACH_VERBS:
            return False  # "has violated the ceasefire agreement": one in force, broken, not proposed here
        taken = sx.prep_objects(token, "of") if kind == "TerritorialChange" else []
        if any(not (self.mentions.actor(o) or o.lemma_ in lx.TERRITORY_NOUNS) for o in taken):
            return False  # "the seizure of 1.2 tonnes of cocaine": goods taken, no territory
        return True

    @staticmethod
    def _definite(token) -> bool:
        """'the strike', 'its offensive'; 'One hit a house': one of the projectiles told before."""
        if told_in_part(token):
            return True
        if token.pos_ == "VERB" and any(
            a.lemma_ == "claim" and any(o.lemma_ == "responsibility" for o in sx.objects(a))
            for a in token.ancestors
        ):
            return True  # "claimed responsibility, saying it had targeted X": the attack claimed
        if own_forces_struck(token) and sx.speech_verb(token.head):
            return True  # "its spokesman said its forces had targeted 'vital facilities'": that attack
        subject = sx.subject_token(token) if token.pos_ == "VERB" else None
        if (
            subject is not None
            and (subject.lemma_ in lx.ATTACKER_NOUNS | lx.BLAST_NOUNS or trigger_type(subject) == "Attack")
            and any(c.lower_ == "the" for c in subject.children)
        ):
            return True  # "the attackers first rammed a truck into the wall": the attack told before
        return any(
            c.dep_ in ("det", "poss")
            and c.lower_ in ("the", "these", "this", "those", "that", "his", "her", "its", "their")
            or c.dep_ == "poss"
            and c.ent_type_ == "DATE"  # "Tuesday's meeting in Dajabón": the one held that day
            for c in token.children
        )

    def _summit_like(self, verb) -> bool:
        subject = sx.subject_token(verb)
        if subject is None:
            return False
        words = {t.lemma_ for t in subject.subtree} | {t.lower_ for t in subject.subtree}
        return bool(words & lx.SUMMIT_PARTICIPANT_NOUNS)

    # -------------------------------------------------------------- arguments

    def _actors_of(self, token) -> list[str]:
        found = []
        for t in sx.with_conjuncts([token]):
            key = self.mentions.actor(t) or self._reporting_body(t)
            if not key and self.mentions.people(t):  # "the two leaders discussed it in a phone call"
                found += [k for k in self.mentions.people(t) if k not in found]
            elif key:
                found.append(key)
                if (
                    t.lemma_ in lx.GROUP_NOUNS or t.lower_ in lx.GROUP_NOUNS
                ):  # "Ukrainian and American negotiators"
                    qualifiers = [c for c in t.children if c.dep_ in ("amod", "compound")]
                    qualifiers += sx.prep_objects(t, "from")  # "negotiators from the US, Ukraine and Russia"
                    for child in qualifiers:
                        found += [k for k in self.mentions.actors_in(child.subtree) if k not in found]
            else:
                found += [
                    k
                    for k in self.mentions.actors_in(phrase_tokens(t, demonyms=True))
                    if self.mentions.actors[k].kind != "Place"
                ]
        return found

    def _reporting_body(self, token) -> str | None:
        """'SEMA said it had evacuated ...': 'it' in what a body reports is that body."""
        verb = sx.reported_by(token) if token.lower_ in ("it", "they") else None
        speaker = sx.subject_token(verb) if verb is not None else None
        key = self.mentions.actor(speaker) if speaker is not None else None
        return key if key and self.mentions.actors[key].kind in BODY_KINDS else None

    def _add(self, event: Event, keys, places_ok: bool = True) -> None:
        for key in keys:
            kind = self.mentions.actors[key].kind
            if kind == "Place" and places_ok:
                if key not in event.places:
                    event.places.append(key)
            elif kind != "Place" and key not in event.participants:
                event.participants.append(key)
                country = self.mentions.actors[key].country
                if kind == "GovernmentBody" and country and country not in event.participants:
                    self.mentions.use(country)
                    event.participants.append(country)  # "the Russian army captured" -> Russia acted

    def _verb_arguments(self, mention: Mention, verb) -> bool:
        event = mention.event
        subject = sx.subject_token(verb)
        passive = sx.is_passive(verb)
        doer = sx.agent(verb) if passive else subject
        undergoer = (
            subject
            if passive
            else next(iter(sx.objects(verb) + [c for c in verb.children if c.dep_ == "oprd"]), None)
        )
        if undergoer is not None and undergoer.lower_ in ("which", "that") and verb.dep_ == "relcl":
            undergoer = verb.head  # "Merawi, which Fano fighters briefly seized on Saturday"
        if event.type in PERSONNEL:
            theme_token = undergoer if event.type != "Resignation" else subject
            if (
                event.type == "Resignation"
                and subject is not None
                and subject.lemma_ in ("government", "cabinet")
            ):
                # "the government of Sheikh Nasser resigned": its head resigned with it
                theme_token = next(iter(sx.prep_objects(subject, "of")), None)
            theme = self.mentions.actor(theme_token) if theme_token is not None else None
            if not theme or self.mentions.actors[theme].kind != "Person":
                if event.type != "Resignation" and theme_token is not None and theme_token.pos_ == "NOUN":
                    doers = self._actors_of(doer) if doer is not None else []
                    self.unnamed.append((event.type, theme_token, doers, event.sentences[0]))
                return False
            mention.theme = theme
        if event.type == "TerritorialChange":
            target = undergoer
            if target is not None and target.lemma_ == "control":  # "taken control of Hulyaipole"
                target = next(iter(sx.prep_objects(target, "of")), None)
                if target is not None:
                    self._add(event, self.mentions.actors_in(phrase_tokens(target)))
            held = self.mentions.actor(target) if target is not None else None
            if held and self.mentions.actors[held].kind not in ("Place", "Country"):
                return False  # "took over the VSD": an agency changes hands, no territory
            if target is None or not (target.lemma_ in lx.TERRITORY_NOUNS or held):
                return False
        if (
            event.type == "Appointment"
            and verb.lemma_ == "hand"
            and undergoer is not None
            and not any(o.lemma_ in ("portfolio", "post", "job", "ministry") for o in sx.objects(verb))
        ):
            return False
        if doer is not None:
            self._add(event, self._actors_of(doer), places_ok=False)
            if event.type in ("Investigation", "Evacuation"):
                self._locate(event, doer)  # "police in Ulaanbaatar detained 14 people": they acted there
        elif event.type == "Evacuation" and passive:
            # "The Disaster Management Office said 6,240 people had been evacuated": the body that
            # reports an evacuation no one is named as carrying out ran it
            reporter = sx.reported_by(verb)
            speaker = sx.subject_token(reporter) if reporter is not None else None
            body = self.mentions.actor(speaker) if speaker is not None else None
            if body and self.mentions.actors[body].kind in BODY_KINDS:
                self._add(event, [body], places_ok=False)
        if undergoer is not None:
            if event.type == "Attack" and self.mentions.actor(undergoer):
                self._add(event, [self.mentions.actor(undergoer)])
            else:
                self._add(event, self._actors_of(undergoer))
        if mention.theme and mention.theme not in event.participants:
            event.participants.append(mention.theme)
        if event.type == "Election":  # "voted to bring down the government of Prime Minister X": X
            for clause in (c for c in verb.children if c.dep_ == "xcomp"):
                for obj in sx.objects(clause):
                    people = self.mentions.actors_in(obj.subtree)
                    self._add(event, [k for k in people if self.mentions.actors[k].kind == "Person"])
        for obj in sx.prep_objects(verb, "with", "between"):
            self._add(event, self._actors_of(obj), places_ok=False)
        if event.type == "Appointment":  # "selected to lead Zelensky's office": whose office it is
            for clause in (c for c in verb.children if c.dep_ == "xcomp"):
                for obj in sx.objects(clause):
                    self._add(
                        event,
                        [
                            self.mentions.actor(c)
                            for c in obj.children
                            if c.dep_ == "poss" and self.mentions.actor(c)
                        ],
                        places_ok=False,
                    )
        self._locate(event, verb)
        guest = self.mentions.actor(undergoer) if undergoer is not None else None
        if guest and self.mentions.actors[guest].kind == "Person":
            self._locate(event, undergoer)  # "hosting Zelensky in Istanbul": the parser hung it on him
        return True

    def _noun_arguments(self, mention: Mention, noun) -> None:
        event = mention.event
        trigger = noun
        for child in noun.children:
            if child.dep_ in ("poss", "compound", "amod", "nmod"):
                self._add(event, self.mentions.actors_in(child.subtree), places_ok=False)
        for obj in sx.prep_objects(noun, "of", "by", "between", "with", "from", "against", "among", "into"):
            self._add(event, self._actors_of(obj), places_ok=False)
        if event.type == "Investigation" and noun.dep_ == "pobj" and noun.head.lower_ == "in":
            # "questioned him as a witness in an investigation", "named X a suspect in the probe"
            verb = next((h for h in sx.heads(noun, 4) if h.pos_ == "VERB"), None)
            for obj in sx.objects(verb) if verb is not None and verb.lemma_ in lx.QUESTION_VERBS else []:
                self._add(event, self._actors_of(obj), places_ok=False)
        head = noun.head
        temporal = noun.dep_ == "pobj" and head.lower_ in lx.TEMPORAL_PREPOSITIONS
        if noun.dep_ == "pobj":
            head = head.head
            if head.dep_ == "dobj" and event.type in (*GATHERINGS, "Speech") and head.head.pos_ == "VERB":
                head = head.head  # "discussed the plan in a phone call": the call is where they discussed
            if head.lemma_ in MEASURES and head.dep_ in ("dobj", "pobj", "nsubj"):
                noun = head  # "negotiators ended two days of talks": the talks take the days' place
                head = head.head if head.dep_ != "pobj" else head.head.head
        if temporal and event.type not in INHERITED_THROUGH_TIME:
            pass  # "Moscow accused Kyiv following a strike": the accuser did not strike
        elif noun.dep_ in ("dobj", "pobj", "attr") and head.pos_ in ("VERB", "AUX"):
            subject = sx.direct_subject(head)
            if subject is None and head.dep_ == "advcl" and head.tag_ == "VBG":
                subject = sx.subject_token(head)  # "Speaking at a news conference, Erdoğan said"
            if subject is None and head.dep_ == "conj" and event.type in GATHERINGS:
                subject = sx.subject_token(head)  # "X was sworn in and went straight into talks with Y"
            after = head.head if head.dep_ == "pcomp" and head.tag_ == "VBG" else None
            if subject is None and after is not None and after.lower_ in ("after", "before", "while"):
                # "declared a state of emergency after chairing a meeting": who declared it chaired it
                subject = sx.subject_token(after.head) if after.head.pos_ == "VERB" else None
            if temporal and event.type in PERSONNEL and any(c.dep_ == "poss" for c in noun.children):
                subject = None  # "X took over after Han's resignation": Han resigned, not X
            if lx.CLAIM_VERBS.get(head.lemma_) in ("accusation", "denial") and event.type != "Speech":
                subject = None  # "Aoun condemned the strikes": who judges an event did not take part
            if event.type in PERSONNEL and told_of_another(noun, head):
                subject = None  # "the prime minister announced the resignation": the one known already
            if subject is not None:
                self._add(event, self._actors_of(subject), places_ok=False)
                if event.type in OWN_WORK:  # "The Gaziantep chief prosecutor's office opened an inquiry"
                    named = self.mentions.actors_in(subject.subtree)
                    self._add(event, [k for k in named if self.mentions.actors[k].kind == "Place"])
            if event.type in GATHERINGS:  # "X will take part in the talks alongside officials from Y"
                for obj in sx.prep_objects(head, "alongside", "with", "between"):  # "hosted talks between"
                    self._add(event, self._actors_of(obj), places_ok=False)
                if head.lemma_ in lx.HOST_VERBS:  # "hosted Prime Minister X in Riyadh for talks"
                    for obj in sx.objects(head):
                        self._add(event, self._actors_of(obj), places_ok=False)
            if event.type == "Election" and head.lemma_ in lx.DEFEAT_VERBS:  # "defeated X in a ballot"
                for obj in sx.objects(head):
                    self._add(event, self._actors_of(obj), places_ok=False)
            if event.type == "Election" and head.lemma_ == "win":  # "won the vote by 19 to 8 over X"
                for obj in sx.prep_objects(head, "over", "against"):
                    self._add(event, self._actors_of(obj), places_ok=False)
            self._locate(event, head)
        elif noun.dep_ in ("nsubj", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
            if event.type in GATHERINGS and head.lemma_ in lx.CONVENING_VERBS:
                # "Tuesday's meeting in Dajabón brought together X and her Haitian counterpart, Y"
                for obj in sx.objects(head):
                    self._add(event, self._actors_of(obj), places_ok=False)
            self._locate(event, head)
            for xcomp in (c for c in head.children if c.dep_ == "xcomp"):
                self._locate(event, xcomp)
        for clause in (c for c in noun.children if c.dep_ == "acl"):  # "the plans drawn up by British staff"
            by = sx.agent(clause)
            if by is not None:
                self._add(event, self._actors_of(by), places_ok=False)
        seeking = support_sought(trigger)
        if seeking is not None and sx.subject_token(seeking) is not None:  # "the centrist ... to win support"
            self._add(event, self._actors_of(sx.subject_token(seeking)), places_ok=False)
        for clause in (c for c in noun.children if c.dep_ == "relcl"):  # "a vote the centrist had called"
            if clause.lemma_ in ("blame", "attribute") and event.type == "Attack":
                # "an attack the government blamed on the Barrio 18 gang": the gang, not the government
                for obj in sx.prep_objects(clause, "on", "to"):
                    self._add(event, self._actors_of(obj), places_ok=False)
                continue
            subject = sx.direct_subject(clause)
            if subject is not None and subject != noun:
                self._add(event, self._actors_of(subject), places_ok=False)
        if event.type in PERSONNEL:
            # the one appointed or resigning: "his resignation", "the nomination of X", or the subject
            # of "handed in / submitted the resignation", not of "accepted the resignation"
            owner = next((self.mentions.actor(c) for c in noun.children if c.dep_ == "poss"), None)
            owner = owner or next((self.mentions.actor(o) for o in sx.prep_objects(noun, "of")), None)
            document = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
            if owner is None and document is not None:  # "presented Han with his letter of appointment"
                owner = next((self.mentions.actor(c) for c in document.children if c.dep_ == "poss"), None)
                verb = document.head.head if document.head.pos_ == "ADP" else document.head
                giver = sx.subject_token(verb) if verb.pos_ == "VERB" else None
                if event.type == "Appointment" and giver is not None:
                    self._add(event, self._actors_of(giver), places_ok=False)
            if (
                owner is None
                and noun.dep_ == "dobj"
                and noun.head.lemma_ in OWN_ACT_VERBS
                and not told_of_another(noun, noun.head)
            ):
                subject = sx.subject_token(noun.head)
                owner = self.mentions.actor(subject) if subject is not None else None
            if owner and self.mentions.actors[owner].kind == "Person":
                mention.theme = owner
                self._add(event, [owner], places_ok=False)
        self._locate(event, trigger)
        if noun is not trigger:
            self._locate(event, noun)  # "a wave of airstrikes in southern Lebanon"

    def _locate(self, event: Event, token) -> None:
        """Places in the locative phrases of a word or of its object ('struck a base in the town of X'),
        and 'these zones' for the places of the last event."""
        objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN"]
        heads = [token, *(objects if token.pos_ == "VERB" and trigger_type(token) else ())]
        if token.pos_ == "VERB" and trigger_type(token) in GATHERINGS:
            # "met his counterpart, Minister X, in Cotonou": the place hung on the guest's name
            guests = [c for c in token.children if c.dep_ == "dobj"]
            heads += [a for g in guests for a in g.children if a.dep_ == "appos"]
            if any(c.dep_ == "advmod" and c.lower_ == "where" for c in token.children):
                # "flew to Katima Mulilo on Thursday, where she met governors" (hung on "Thursday")
                heads += [next((h for h in sx.heads(token, 3) if h.pos_ == "VERB"), token.head)]
        # "evacuated 1,400 residents of Gidan Dawa": where the people are from is where it happened
        of_people = [c for o in objects if o.lemma_ in PEOPLE_WORDS for c in o.children if c.lower_ == "of"]
        preps = sorted(
            [c for head in heads for c in head.children if c.dep_ == "prep" and c.lower_ in LOCATIVE]
            + (of_people if len(heads) > 1 else [])
            # "evacuated 3,800 residents, among them 1,200 children, from Merawi": where from, wherever
            # the parser hung it
            + (routes(token) if trigger_type(token) == "Evacuation" else []),
            key=lambda t: t.i,
        )
        for obj in objects if len(heads) > 1 else []:  # "shelled the town of Pinga", "struck Kharkiv"
            target = self.mentions.actor(obj)
            # "searched its Minsk headquarters": premises named for their city are there
            if (
                obj.lemma_ in lx.SETTLEMENT_NOUNS | lx.PREMISES
                or target
                and self.mentions.actors[target].kind == "Place"
            ):
                named = [
                    k
                    for k in self.mentions.actors_in(phrase_tokens(obj))
                    if self.mentions.actors[k].kind == "Place"
                ]
                event.places += [k for k in named if k not in event.places]
        for prep in preps:
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                places = [
                    k
                    for k in self.mentions.actors_in(phrase_tokens(obj))
                    if self.mentions.actors[k].kind in ("Place", "Country")
                ]
                if places:
                    for key in places:
                        if key not in event.places:
                            event.places.append(key)
                    if within_named_place(obj):
                        event.places += [p for p in self.last_places if p not in event.places]
                elif obj.lemma_ in lx.PLACE_ANAPHORS and any(
                    c.lower_ in ("these", "those") for c in obj.children
                ):
                    event.places += [p for p in self.last_places if p not in event.places]
                elif prep.lower_ == "at":  # "at the prime minister's residence in Mahazoarivo"
                    for inner in sx.prep_objects(obj, "in"):
                        named = self.mentions.actors_in(phrase_tokens(inner))
                        places = [k for k in named if self.mentions.actors[k].kind in ("Place", "Country")]
                        event.places += [k for k in places if k not in event.places]

    def _place_fallback(self, span, found: list[Mention]) -> None:
        """A physical event with no place takes the sentence's places that nothing else claimed."""
        used = {p for m in found for p in m.event.places + m.event.participants}
        free = [
            k
            for k in self.mentions.actors_in(span)
            if k not in used and self.mentions.actors[k].kind == "Place"
        ]
        if free and any(within_named_place(t) for t in span):
            free += [p for p in self.last_places if p not in free]
        for mention in found:
            if mention.event.type in ("Attack", "Evacuation") and not mention.event.places:
                mention.event.places += free

    def _figures(self, span, found: list[Mention], index: int) -> None:
        for token in span:
            counted = (
                token.like_num or token.pos_ == "NUM" or token.lower_ == "dozen" and token.dep_ == "nummod"
            )
            if not counted or looks_like_year(token.text):
                continue
            # "wounding 61", the number tagged a date: a count of the people a casualty verb takes
            victims = token.dep_ == "dobj" and token.head.lemma_ in lx.CASUALTY_VERBS
            if (
                token.ent_type_ in ("DATE", "TIME", "ORDINAL", "MONEY", "PERCENT")
                and not (token.ent_type_ == "DATE" and victims)
                or token.dep_ in ("quantmod", "compound")
            ):
                continue
            phrase = [
                t
                for t in token.subtree
                if t.i <= token.i
                and t.dep_ in ("advmod", "quantmod", "amod", "nummod", "compound")
                or t == token
                or t.head == token
                and t.lower_ in ("dozen", "hundred", "thousand", "million")  # "two dozen"
            ]
            if token.dep_ == "nummod" and token.head.lemma_ in ("kilometer", "kilometre", "mile"):
                phrase = [t for t in token.head.subtree if t.i <= token.head.i]
            quantity = parse_quantity(" ".join(t.text for t in phrase))
            name = figure_name(token)
            if quantity is None or name is None:
                continue
            value = quantity.value + conjoined_counts(token)
            if name == "area_km2" and token.head.lemma_ == "mile":
                value = round(value * 2.59)
            self._add_figure(found, token, index, name, value, quantity.qualifier, quantity.text)
        for token in span:  # "injuring a 54-year-old man": one person
            victim = token.head
            if (
                token.lower_ in ("a", "an")
                and token.dep_ == "det"
                and victim.tag_ == "NN"
                and victim.lemma_ in PEOPLE_WORDS
                and victim.dep_ == "dobj"
                and victim.head.lemma_ in ("kill", "injure", "wound")
            ):
                name = "deaths" if victim.head.lemma_ == "kill" else "injured"
                self._add_figure(found, token, index, name, 1, None, token.text)

    def _add_figure(self, found, token, index: int, name: str, value, qualifier, text: str) -> None:
        """A figure joins the nearest event mention of a kind it can count, else the last such event."""
        target = nearest(found, token, FIGURE_TYPES[name])
        event = target.event if target is not None else self._recent(FIGURE_TYPES[name], index)
        if event is not None and name not in event.figures and not self._claimed(token):
            event.figures[name] = Figure(name, value, qualifier, text)
            if index not in event.sentences:
                event.sentences.append(index)

    def _recent_places(self, index: int) -> list[str]:
        for event in reversed(self.events):
            if event.type in ("Attack", "Evacuation") and event.places and index - max(event.sentences) <= 4:
                return list(event.places)
        return []

    def _recent(self, types: tuple[str, ...], index: int, within: int = 2) -> Event | None:
        """'More than 70 people were injured.' after an attack: the figure is that attack's."""
        for event in reversed(self.events):
            if event.type in types and index - max(event.sentences) <= within:
                return event
        return None

    def dismissals_from(self, roles) -> None:
        """'Defence Minister Nowacki was replaced by Ewa Kaczmarczyk': one replaced who neither resigned
        nor moved to another post was let go, a Dismissal (see the event vocabulary)."""
        for person, successor, sentence in roles.ousted:
            left = any(
                e.type in ("Resignation", "Dismissal") and (e.theme == person or person in e.participants)
                for e in self.events
            )
            moved = any(t.person == person and t.status == "new" for t in roles.tenures) or any(
                r.successor == person for r in roles.replacements
            )  # "Preda replaces him there": he took a post elsewhere
            if left or moved:
                continue
            label = f"Dismissal of {self.mentions.actors[person].label}"
            event = Event("Dismissal", label, [sentence], participants=[person], theme=person)
            appointer = roles.appointers.get(successor)
            if appointer and appointer != person:
                event.participants.append(appointer)
            self.events.append(event)

    def unnamed_acts(self, roles) -> None:
        """'The president dismissed his oil minister': the one who held the post, as the article tells
        it elsewhere, was dismissed, and by the president."""
        for kind, words, doers, index in self.unnamed:
            post = roles.posts.from_phrase(words, None)
            status = "former" if kind == "Dismissal" else "new"
            people = {
                t.person
                for t in roles.tenures
                if post and t.post.key == post.key and t.status == status and t.person not in doers
            }
            if len(people) != 1:
                continue
            person = people.pop()
            event = next((e for e in self.events if e.type == kind and e.theme == person), None)
            if event is None:
                label = f"{kind} of {self.mentions.actors[person].label}"
                event = Event(kind, label, [index], participants=[person], theme=person)
                self.events.append(event)
            event.sentences = sorted({*event.sentences, index})
            event.participants += [k for k in doers if k not in event.participants]
            if kind != "Dismissal":
                continue
            # "dismissed his finance minister ... He was replaced by Y": who let him go appointed Y
            for r in (r for r in roles.replacements if r.predecessor == person):
                for appointment in self.events:
                    if appointment.type == "Appointment" and appointment.theme == r.successor:
                        appointment.participants += [k for k in doers if k not in appointment.participants]

    def locate_votes(self) -> None:
        """A vote told with no place is held in the country of those who take part in it, or of the
        article: 'won a confidence vote in parliament'."""
        for event in (e for e in self.events if e.type == "Election" and not e.places):
            countries = [self.mentions.country_of(k) for k in event.participants]
            country = next((c for c in countries if c), None) or self.mentions.main_country()
            if country:
                event.places.append(self.mentions.use(country))

    def appointments_from(self, roles) -> None:
        """Whoever takes up a post in the article was appointed: 'X replaces Y', 'X becomes deputy PM'.
        One Appointment per person, joined to the one the text already names if there is one."""
        newcomers = [(r.successor, r.sentences[0], r.predecessor) for r in roles.replacements]
        newcomers += [(t.person, t.sentences[0], None) for t in roles.tenures if t.status == "new"]
        for person, sentence, predecessor in newcomers:
            # the post and every sentence that gives it: "X replaces Y" and "X ... shifted to Revenue"
            taken = [t for t in roles.tenures if t.person == person and t.status == "new"]
            posts = [t.post.label for t in taken] + [
                r.post.label for r in roles.replacements if r.successor == person and r.post
            ]
            sentences = sorted({sentence, *(i for t in taken for i in t.sentences)})
            label = f"Appointment of {self.mentions.actors[person].label}"
            if posts:
                label += f" as {posts[0]}"
            named = next((e for e in self.events if e.type == "Appointment" and e.theme == person), None)
            if named is not None:  # "presented Han with his letter of appointment": the post is the tenure's
                named.sentences = sorted({*named.sentences, *sentences})
                if posts or len(named.label.split()) < 3:
                    named.label = label  # "Appointment of X as Minister of Defence" says more than a clause
                event = named
            else:
                event = Event("Appointment", label, sentences, participants=[person], theme=person)
                self.events.append(event)
            appointer = roles.appointers.get(person)
            if appointer and appointer not in event.participants:
                event.participants.append(appointer)
            # "Zelensky dismissed X and replaced him with Y": who dismissed the predecessor appointed Y
            for dismissal in self.events:
                if (
                    dismissal.type == "Dismissal"
                    and sentence in dismissal.sentences
                    and dismissal.theme == predecessor
                ):
                    event.participants += [
                        k
                        for k in dismissal.participants
                        if k not in (predecessor, person) and k not in event.participants
                    ]

    # -------------------------------------------------------------- merging

    def _merge(self, mention: Mention, index: int) -> None:
        event = mention.event
        word = mention.trigger.lemma_
        order = list(reversed(self.events))
        if event.definite:  # "the strike" is the strike told before, not the fighting told since
            order.sort(key=lambda e: word not in self.words.get(id(e), ()))
        for earlier in order:
            if self._part_of(earlier, mention):
                # "hitting Odesa and Lviv ... In Odesa, a missile struck": Odesa's strike, its own event
                event.participants += [k for k in earlier.participants if k not in event.participants]
                event.places = [p for p in event.places if p in earlier.places]
                self.events.append(event)
                self.words.setdefault(id(event), set()).add(word)
                break
            if self._same(earlier, mention, index):
                absorb(earlier, event)
                earlier.theme = earlier.theme or mention.theme
                self.words.setdefault(id(earlier), set()).add(word)
                break
        else:
            self.words.setdefault(id(event), set()).add(word)
            event.theme = mention.theme
            if is_call(mention.trigger):
                self.calls.add(id(event))
            if event.type in ("Attack", "Evacuation") and not event.places:
                # "Rescuers evacuated 130 residents from the building": the building of the strike before
                event.places += self._recent_places(index)
            self.events.append(event)
        if event.places and event.type in ("Attack", "Evacuation", "TerritorialChange"):
            self.last_places = list(event.places)  # where the fighting was, for "these zones", "killing five"

    @staticmethod
    def _part_of(earlier: Event, mention: Mention) -> bool:
        """One place of a strike on several, told on its own with its own toll."""
        event = mention.event
        return (
            earlier.type == event.type == "Attack"
            and len(earlier.places) > 1
            and len(set(event.places) & set(earlier.places)) == 1
            and not event.definite
        )

    def _within(self, places: set[str], outer: set[str]) -> bool:
        """Some of ``places`` lies in a country among ``outer``, or the other way round."""
        country = self.mentions.country_of
        return any(country(p) in outer for p in places) or any(country(p) in places for p in outer)

    def _same(self, earlier: Event, mention: Mention, index: int) -> bool:
        event = mention.event
        gathering = earlier.type in GATHERINGS and event.type in GATHERINGS
        bare = lambda e: not (e.participants or e.places or e.figures)  # noqa: E731
        if earlier.type != event.type and not (gathering and (event.definite or bare(event))):
            return False
        if gathering and is_call(mention.trigger) != (id(earlier) in self.calls):
            return False  # "after hosting X, three days after a phone call": a visit and a call
        if told_in_part(mention.trigger) and index - max(earlier.sentences) <= 2:
            return True  # "Four projectiles landed ... One hit a house, killing two": that attack, in part
        same_sentence = index in earlier.sentences
        separate = any(
            c.lower_ in ("separate", "another", "second", "other") for c in mention.trigger.children
        )
        arrest = mention.trigger.lemma_ in lx.ARREST_VERBS
        if same_sentence and not event.definite and sequenced(mention.trigger) and not arrest:
            return False  # "after detaining a man": an arrest is a step of the investigation opened
        places, earlier_places = set(event.places), set(earlier.places)
        refined = False
        if gathering:  # "met at the Dolmabahçe Palace" may be in the Istanbul named before: venues agree
            venue = lambda k: not self.mentions.actors[k].reference  # noqa: E731
            places = {p for p in places if not venue(p)}
            earlier_places = {p for p in earlier_places if not venue(p)}
        if earlier_places and places and not earlier_places & places:
            # "a drone strike ... in central Mali. ... wounded in the strike in the village of X, in the
            # Mopti region": the strike told again, its place now narrower
            narrower = event.definite and not separate and self._within(places, earlier_places)
            # "A drone strike on a camp near El Fasher ... The attack on Abu Shouk camp": told again at once,
            # at a place the reference data cannot put anywhere
            unplaced = all(self.mentions.country_of(p) is None for p in places)
            # "The explosion struck the market in the centre of the city, the capital of Baghlan
            # province": a region round the place told just before
            regional = all(
                self.mentions.actors[p].label.split()[-1].lower() in lx.REGION_ENDINGS for p in places
            )
            unplaced = unplaced or regional
            # "gunmen attacked a village in Papua New Guinea's Enga province ... Attackers stormed
            # Yakumanda village": the next sentence names, more narrowly, where the attack was
            refined = (
                event.type == "Attack"
                and not separate
                and all(self.mentions.country_of(p) is None for p in places)
                and index - max(earlier.sentences) == 1
                and any(self.mentions.actors[p].kind == "Country" for p in earlier_places)
            )
            narrower = (
                narrower
                or refined
                or event.definite
                and not separate
                and unplaced
                and index - max(earlier.sentences) <= 1
            )
            if (not same_sentence or separate) and not narrower:  # one sentence's "the deadliest attack
                return False  # on the port" is the same
        if (
            earlier.date
            and event.date
            and not (earlier.date.startswith(event.date) or event.date.startswith(earlier.date))
        ):
            return False  # "2026" and "2026-04-14" may be one event; two days are two
        if any(
            n in earlier.figures and earlier.figures[n].value != f.value for n, f in event.figures.items()
        ):
            return False
        theme = earlier.theme
        if mention.theme and theme and mention.theme != theme:
            return False
        if arrest and index - max(earlier.sentences) <= ARREST_REACH:
            return True  # "detectives searched his ministry ... X was detained": an arrest of that inquiry
        shared = set(earlier.participants) & set(event.participants)
        personnel = event.type in PERSONNEL  # the boss who accepts a resignation is not who resigned
        if (
            not gathering
            and not personnel
            and not same_sentence
            and not (event.definite and event.type in ("Election", "Investigation"))  # "the vote": one vote
            and earlier.participants
            and event.participants
            and not shared
        ):
            return False
        return (
            index in earlier.sentences
            or refined
            or event.definite
            or bare(event)
            or bare(earlier)
            or bool(shared)
            # "a hospital in the city's district was hit": the attack on the city, told again
            or event.type == "Attack"
            and not event.participants
            and bool(places & earlier_places)
            or bool(mention.theme and mention.theme == theme)
            or earlier.type == event.type == "Summit"  # one article's summit, however often it is told
            # "Five killed as shelling hits villages" and "Five people were killed when shells struck": the
            # same toll is the same attack, told again
            or not separate
            and "deaths" in event.figures
            and "deaths" in earlier.figures
            and earlier.figures["deaths"].value == event.figures["deaths"].value
        )

    # -------------------------------------------------------------- labels

    def _label(self, token) -> str:
        """The trigger with its arguments, without subordinate clauses, pronouns replaced by names."""
        cut = {"relcl", "acl", "advcl", "ccomp", "parataxis", "mark", "appos"}
        skipped = {t.i for c in token.subtree if c.dep_ in cut and c != token for t in c.subtree}
        kept = [t for t in token.subtree if t.i not in skipped]
        words = [t for t in kept if abs(t.i - token.i) <= 10]
        for t in [t for t in kept if words and t.i > words[-1].i]:
            if t.i != words[-1].i + 1 or t.ent_iob_ != "I":  # a name the window cut: "the town of Al-Nuhud"
                break
            words.append(t)
        while words and (words[-1].is_punct or words[-1].dep_ in ("cc", "prep", "det", "poss")):
            words.pop()
        while words and (words[0].is_punct or words[0].dep_ in ("mark", "cc") or _sentence_adverb(words)):
            words.pop(0)
        parts = []
        for t in words:
            key = self.mentions.by_token.get(token_key(t))
            if t.tag_ == "WP" and t.head.dep_ == "relcl":  # "who resigned": the one the clause is about
                key = self.mentions.by_token.get(token_key(t.head.head))
            if t.pos_ == "PRON" and key and t.dep_ != "poss":
                parts.append(self.mentions.actors[key].label + t.whitespace_)
            else:
                parts.append(t.text_with_ws)
        text = re.sub(r"\s*,(\s*,)+", ",", "".join(parts)).strip(" ,")  # a cut name's commas
        text = _unquoted_ends(text)
        return text[:1].upper() + text[1:]


def _sentence_adverb(words) -> bool:
    """'Furthermore,' or 'Meanwhile,' opening a label: the article's linking word, not the event's;
    'when' or 'where' opening a clause."""
    if words[0].dep_ != "advmod":
        return False
    return words[0].tag_ == "WRB" or len(words) > 1 and words[1].text == ","


def _unquoted_ends(text: str) -> str:
    """Quotation marks at the ends go unless they pair with one inside; one left open is closed:
    'the so-called “coalition of the willing”'."""
    pairs = lx.QUOTE_PAIRS
    while text and text[0] in pairs and text.count(text[0]) + text.count(pairs[text[0]]) < 2:
        text = text[1:].strip()
    while text and text[-1] in pairs and text.count(text[-1]) + text.count(pairs[text[-1]]) < 2:
        text = text[:-1].strip()
    if text.count("\u201c") == text.count("\u201d") + 1:  # the closing mark fell with the punctuation
        text += "\u201d"
    return text


def within_named_place(token) -> bool:
    """'the city's Kyivskyi district', 'its port': a part of the place the article has just named."""
    return any(
        c.dep_ == "poss" and (c.lemma_ in lx.PLACE_ANAPHORS or c.lower_ == "its") for c in token.children
    )


def is_call(trigger) -> bool:
    """A meeting held by phone or video: 'a phone call', 'Monday's call', 'a video conference'."""
    return trigger.lemma_ == "call" or any(
        c.lower_ in ("phone", "video", "telephone") for c in trigger.children
    )


def told_in_part(trigger) -> bool:
    """'One hit a house', 'another struck a school': the subject is one of several told just before."""
    subject = sx.direct_subject(trigger) if trigger.pos_ == "VERB" else None
    return subject is not None and subject.lower_ in ("one", "another") and not list(subject.children)


def absorb(earlier: Event, event: Event) -> None:
    for key in event.participants:
        if key not in earlier.participants:
            earlier.participants.append(key)
    for key in event.places:
        if key not in earlier.places:
            earlier.places.append(key)
    for name, figure in event.figures.items():
        earlier.figures.setdefault(name, figure)
    earlier.date = earlier.date or event.date
    for index in event.sentences:
        if index not in earlier.sentences:
            earlier.sentences.append(index)


def nearest(found: list[Mention], token, types: tuple[str, ...]) -> Mention | None:
    candidates = [m for m in found if m.event.type in types]
    return min(candidates, key=lambda m: abs(m.trigger.i - token.i), default=None)
