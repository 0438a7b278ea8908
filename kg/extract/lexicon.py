"""Dictionary entries the extraction rules look words up in.

Every rule in this package is a pattern over the dependency parse; the words
it looks for live here, so that widening coverage means adding a word, not a rule.
"""

from __future__ import annotations

# Head nouns of a post ("Interior Minister", "special envoy", "first secretary").
POST_NOUNS = {
    "president",
    "vice-president",
    "minister",
    "premier",
    "taoiseach",  # Ireland's prime minister and deputy
    "tánaiste",
    "tanaiste",
    "hokim",  # a Central Asian region's or city's governor
    "akim",
    "wali",  # an Algerian or Moroccan province's governor
    "secretary",
    "chancellor",
    "mayor",
    "governor",
    "prefect",
    "treasurer",
    "envoy",
    "ambassador",
    "chief",
    "head",
    "leader",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "commander",
    "commander-in-chief",
    "director",
    "chairman",
    "chairwoman",
    "chair",
    "speaker",
    "aide",
    "adviser",
    "advisor",
    "commissioner",
    "negotiator",
    "prosecutor",
    "representative",
    "king",
    "queen",
    "general",
    "admiral",
    "ombudsman",
    "senator",
    "deputy",
    "lawmaker",
    "executive",  # "chief executive", "interim chief executive"
    "officer",  # "chief financial officer"
    "ceo",
    "manager",
    "prosecutor-general",
    "undersecretary",
    "under-secretary",
    "administrator",  # "the district administrator"
    "coordinator",  # "the UN humanitarian coordinator"
}
# Nouns that are not posts although they head an apposition ("Trump's son-in-law").
NOT_POSTS = {
    "son-in-law",
    "daughter-in-law",
    "wife",
    "husband",
    "son",
    "daughter",
    "brother",
    "sister",
    "father",
    "mother",
    "friend",
    "ally",
    "lieutenant",
    "rival",
    "critic",
    "loyalist",
}

# Ministry portfolios: surface topic -> canonical topic (a post is identified by its canonical topic).
MINISTRY_TOPICS = {
    "defence": "defence",
    "defense": "defence",
    "armed forces": "defence",
    "war": "defence",
    "foreign affairs": "foreign affairs",
    "foreign": "foreign affairs",
    "interior": "interior",
    "public security": "public security",
    "internal affairs": "interior",
    "home": "interior",
    "finance": "finance",
    "economy": "economy",
    "justice": "justice",
    "health": "health",
    "labour": "labour",
    "labor": "labour",
    "labour and health": "labour and health",
    "digital transformation": "digital transformation",
    "energy": "energy",
    "education": "education",
    "agriculture": "agriculture",
    "culture": "culture",
    "transport": "transport",
    "infrastructure": "infrastructure",
    "veterans": "veterans",
    "strategic industries": "strategic industries",
    "social policy": "social policy",
    "social": "social policy",
    "agrarian": "agriculture",
    "agrarian policy": "agriculture",
    "european integration": "european integration",
    "work and pensions": "work and pensions",
    "business": "business",
    "trade": "trade",
    "environment": "environment",
    "housing": "housing",
    "culture and sport": "culture",
    "industry": "industry",
    "industry and trade": "industry and trade",
    "regional development": "regional development",
    "science": "science",
    "education and science": "education and science",
    "sport": "sport",
    "youth and sports": "youth and sports",
    "family": "family",
    "tourism": "tourism",
    "petroleum": "petroleum",
    "oil": "petroleum",
    "oil and gas": "petroleum",
    "mining": "mining",
    "communications": "communications",
    "digital affairs": "digital affairs",
    "climate": "climate",
    "climate and environment": "climate and environment",
    "development": "development",
    "local government": "local government",
    "public administration": "public administration",
    "public works": "public works",
    "fisheries": "fisheries",
    "food": "food",
    "reconstruction": "reconstruction",
    "emergencies": "emergencies",
    "emergency situations": "emergency situations",
    "civil protection": "civil protection",
    "information": "information",
    "natural resources": "natural resources",
    "water": "water",
    "innovation": "innovation",
    "research": "research",
    "technology": "technology",
    "employment": "employment",
    "equality": "equality",
    "immigration": "immigration",
    "migration": "migration",
    "european affairs": "european affairs",
    "european union affairs": "european union affairs",
    "defence industry": "defence industry",
    "strategic industry": "strategic industry",
    "veterans affairs": "veterans affairs",
    "religious affairs": "religious affairs",
    "healthcare": "healthcare",
    "economic development": "economic development",
    "foreign trade": "foreign trade",
    "territories": "territories",
    "communities": "communities",
    "interior and administration": "interior and administration",
    "treasury": "finance",
    "sports": "sport",
    "economic affairs": "economy",
    "finances": "finance",
    "social affairs": "social policy",
    "home affairs": "interior",
    "national defense": "defence",
    "national defence": "defence",
    "law": "justice",
    "public health": "health",
    "revenue": "revenue",
    "urban development": "urban development",
    "rural development": "rural development",
    "water resources": "water resources",
    "higher education": "higher education",
    "parliamentary affairs": "parliamentary affairs",
    "railways": "railways",
    "civil aviation": "civil aviation",
    "commerce": "commerce",
    "planning": "planning",
    "budget": "budget",
    "economic security": "economic security",
    "mines": "mines",
    "hydrocarbons": "hydrocarbons",
    "telecommunications": "telecommunications",
}
# Words a portfolio's name is made of, for telling "Minister of Ports and Civil Aviation" from a body.
MINISTRY_TOPIC_WORDS = {word for topic in MINISTRY_TOPICS for word in topic.split()} | {
    "port",
    "ports",
    "aviation",
    "civil",
    "shipping",
    "highway",
    "highways",
    "fisheries",
    "mines",
    "mining",
    "tourism",
    "water",
    "irrigation",
    "plantation",
    "media",
    "information",
    "sport",
    "sports",
    "youth",
    "woman",
    "women",
    "child",
    "affairs",
    "development",
    "public",
    "works",
}
DEPARTMENT_NOUNS = {"ministry", "department", "portfolio", "office"}

# Verbs that give a person a post ("appointed X to", "named X as", "elevated him to").
APPOINT_VERBS = {
    "appoint",
    "swear",
    "name",
    "nominate",
    "elevate",
    "promote",
    "select",
    "choose",
    "tap",
    "install",
    "instal",  # the lemmatizer's "installed"
    "reappoint",
    "designate",
    "hand",
    "make",
    "approve",  # "parliament approved X as defence minister": only with "as"
    "confirm",
    "elect",  # "was elected unopposed as the party's deputy leader"
}
# Verbs whose object is the thing a person runs ("who leads the party", "oversaw labour").
# Bodies that find things, spoken for by whoever leads them: "the inquiry, led by X, concluded".
INQUIRY_NOUNS = {"inquiry", "commission", "investigation", "probe", "panel", "review", "tribunal"}
LEAD_VERBS = {"lead", "head", "run", "oversee", "chair", "direct", "command", "steer", "manage"}
SERVE_VERBS = {"serve", "act", "work", "stay", "remain", "continue"}  # "stays on as finance minister"
STATIONED_VERBS = {"base", "station", "post", "deploy", "live"}  # "posted in Peshawar": a place

# Succession. Verb lemma -> which argument is the predecessor.
SUCCESSION_VERBS = {"replace", "succeed"}
PREDECESSOR_NOUNS = {"replacement", "successor", "predecessor"}

# Event triggers by type: nouns and verbs (lemmas).
EVENT_NOUNS = {
    "Meeting": {
        "talk",
        "talks",
        "negotiation",
        "discussion",
        "meeting",
        "consultation",
        "call",
        "session",
        "dinner",
        "lunch",
        "breakfast",
    },
    "Summit": {"summit"},
    "Attack": {
        "attack",
        "strike",
        "airstrike",
        "shelling",
        "bombardment",
        "barrage",
        "assault",
        "bombing",
        "raid",
        "offensive",
        "fighting",
        "clash",
        "firefight",
        "gunfight",
        "skirmish",
        "killing",
        "massacre",
        "shooting",
        "ambush",
    },
    "Evacuation": {"evacuation"},
    "Appointment": {"appointment", "nomination", "reappointment"},
    "Resignation": {"resignation"},
    "Dismissal": {"dismissal", "sacking", "ouster", "firing"},
    "Investigation": {"investigation", "probe", "inquiry", "arrest"},
    "TerritorialChange": {"annexation", "capture", "seizure"},
    "Speech": {"address", "speech", "interview"},
    "Proposal": {
        "plan",
        "proposal",
        "deal",
        "agreement",
        "framework",
        "treaty",
        "initiative",
        "package",
        "letter",
        "pact",
        "accord",
        "memorandum",
        "roadmap",
    },
    "Election": {"election", "vote", "referendum", "ballot", "motion"},
}
ARREST_VERBS = {"arrest", "detain"}
# Documents by which appointments are made: "according to a royal decree", "a decree named X".
RECORD_NOUNS = {"decree", "order", "communique", "gazette", "statement", "resolution"}
# A host meets the guest: "hosted Prime Minister X in Riyadh for talks".
HOST_VERBS = {"host", "welcome", "receive"}
# Beating someone in a vote: "defeated Whitaker by 29 votes to 20 in a ballot of lawmakers".
DEFEAT_VERBS = {"defeat", "beat", "oust", "edge"}
EVENT_VERBS = {
    "Meeting": {"meet", "negotiate"},
    "Attack": {
        "attack",
        "strike",
        "shell",
        "bomb",
        "batter",
        "pound",
        "hit",
        "target",
        "bombard",
        "ambush",
        "raid",
    },
    "Evacuation": {"evacuate"},
    "Appointment": {
        "appoint",
        "name",
        "nominate",
        "elevate",
        "select",
        "reappoint",
        "tap",
        "choose",
        "hand",
        "install",
        "instal",
        "designate",
        "promote",
    },
    "Election": {"vote"},  # "elect" only for a post: see events.trigger_type
    "Resignation": {"resign", "quit", "retire"},
    "Dismissal": {"dismiss", "fire", "sack", "oust", "relieve", "suspend"},
    "Investigation": {"investigate", "probe", *ARREST_VERBS},  # an arrest is a step of one
    "TerritorialChange": {
        "capture",
        "seize",
        "occupy",
        "gain",
        "lose",
        "cede",
        "annex",
        "take",
        "recapture",
        "liberate",
    },
    "Proposal": {"propose"},
}
# Verbs of taking part: "a delegation will join", "leaders attended": they refer to the latest gathering.
PARTICIPATION_VERBS = {"join", "attend", "participate"}
# A gathering is a Summit when those who meet are leaders or a coalition.
SUMMIT_PARTICIPANT_NOUNS = {"leader", "leaders", "coalition", "head", "heads"}
GATHERING_NOUNS = {"gathering", "conference"}
# Objects that make a capture verb a territorial change.
TERRITORY_NOUNS = {
    "territory",
    "land",
    "kilometer",
    "kilometre",
    "km",
    "mile",
    "village",
    "town",
    "city",
    "region",
    "area",
    "settlement",
    "ground",
    "oblast",
    "district",
    "peninsula",
}
# Modifiers of a plural attack noun that make it a habit, not one event ("continuous strikes").
HABITUAL_MODIFIERS = {
    "continuous",
    "repeated",
    "frequent",
    "daily",
    "nightly",
    "regular",
    "constant",
    "ongoing",
    "relentless",
    "persistent",
    "routine",
    "numerous",
    "countless",
    "sporadic",
}
# Parts of a group that act for it: "the regional branch of the Islamic State group".
BRANCH_NOUNS = {"branch", "wing", "affiliate", "faction", "offshoot", "cell"}
# Counts that make a plural event noun many events: "dozens of attacks since 2021".
MANY_WORDS = {"dozens", "hundreds", "scores", "thousands", "tens", "number"}  # "the number of attacks"
# "The villages of Yohmor and Mayfadoun": what follows "of" names places ("in place of X" does not).
SETTLEMENT_NOUNS = {"village", "town", "city", "settlement", "capital"}  # "the district capital of X"
# What else a place is described as: "Gidan Dawa, a farming community in Katsina State".
COMMUNITY_NOUNS = {
    "community",
    "hamlet",
    "suburb",
    "neighbourhood",
    "neighborhood",
    "township",
    "island",
    "port",
}
# Nouns after a region's name: "the Tirah valley", "Lakki Marwat district" name places.
REGION_NOUNS = {
    "district",
    "region",
    "province",
    "valley",
    "county",
    "department",
    "oblast",
    "governorate",
    "municipality",
    "prefecture",
    "raion",
    "township",
}
# Last words of a region's own name: "Rakhine State", "Kharkiv Oblast", "Cauca Department".
REGION_ENDINGS = REGION_NOUNS | {"state"}
# Nouns that make a preposition's object stand for the places of an earlier event ("these zones").
PLACE_ANAPHORS = {"zone", "area", "region", "place", "district", "town", "city", "village"}
# Parts of a city after its name: "Tripoli's southern suburbs" is the city, not Libya's government.
CITY_PARTS = {
    "suburb",
    "outskirts",
    "outskirt",
    "neighbourhood",
    "neighborhood",
    "street",
    "centre",
    "center",
    "airport",
    "port",
    "quarter",
    "skyline",
    "residents",
    "resident",
}
# Nouns after the name of an armed or political group: "the M23 group", "the Houthi movement".
ARMED_GROUP_NOUNS = {
    "group",
    "movement",
    "militia",
    "militias",
    "rebels",
    "faction",
    "insurgency",
    "fighters",
    "militants",
    "insurgents",
    "alliance",
}
# Objects that make an attack verb an idiom: "struck a defiant tone", "hit a record", "strike a deal".
# What kills people without an attacker: "three were killed in a landslide".
DISASTER_NOUNS = {
    "accident",
    "crash",
    "collision",
    "landslide",
    "mudslide",
    "avalanche",
    "blaze",
    "stampede",
    "collapse",
    "flooding",
    "heatwave",
    "outbreak",
    "disease",
    "virus",
    "heat",
    "lightning",
    "tornado",
    "tsunami",
    "eruption",
    "drill",  # "killed when a shell exploded prematurely during a drill"
    "malfunction",
    "misfire",
    "prematurely",
    "storm",
    "cyclone",
    "typhoon",
    "hurricane",
    "flood",
    "earthquake",
    "quake",
    "drought",
}
# Subjects that hit or strike without attacking: changes, crises, storms.
NOT_ATTACKERS = {
    "change",
    "reshuffle",
    "shake-up",
    "decision",
    "crisis",
    "protest",
    "sanction",
    "inflation",
    "price",
    "scandal",
    "shortage",
    "tariff",
    "reform",
    "cut",
    "measure",
    "policy",
    "investigation",
    "probe",
    "inquiry",
    "report",
    "news",
    "announcement",
    "recession",
    "pandemic",
    "outage",
    "wave",
} | DISASTER_NOUNS  # "the cyclone struck the coast"
# Who carries out a group's attacks: "the group said its fighters had targeted ...".
# Those who carry out an attack, whom "the" points back at: "the attackers rammed a truck into ...".
ATTACKER_NOUNS = {"attacker", "assailant", "gunman", "raider", "militant", "insurgent"}
# What goes off in a bombing: "The explosion struck the vegetable market" tells the bombing again.
BLAST_NOUNS = {"explosion", "blast", "bomb", "device"}
FIGHTER_NOUNS = {"fighter", "militant", "man", "mujahideen", "unit", "member", "soldier", "force", "cell"}
IDIOM_OBJECTS = {
    "tone",
    "note",
    "chord",
    "balance",
    "deal",
    "bargain",
    "compromise",
    "pose",
    "record",
    "high",
    "low",
}
# Verbs whose object is the person an investigation looks at: "questioned him as a witness in a probe".
QUESTION_VERBS = {"question", "interview", "summon", "name", "charge", "arrest", "detain", "search"}
# Words in a portfolio's wording that are no part of its topic: "the Health Cabinet Secretary".
TOPIC_FILLERS = {"the", "of", "cabinet"}
# Verbs that make a claim only with "as": "described the killings as barbaric", not "described the plan".
AS_VERBS = {"describe", "brand"}

# Reported speech. Verb lemma -> claim kind; verbs marked None report without being a claim of the speaker.
CLAIM_VERBS = {
    "say": "assertion",
    "find": "assertion",  # "an official inquiry found that he had failed to declare a trip"
    "conclude": "assertion",
    "tell": "assertion",
    "state": "assertion",
    "claim": "assertion",
    "assert": "assertion",
    "maintain": "assertion",
    "insist": "assertion",
    "argue": "assertion",
    "indicate": "assertion",
    "acknowledge": "assertion",
    "add": "assertion",
    "declare": "assertion",
    "stress": "assertion",
    "emphasize": "assertion",
    "emphasise": "assertion",
    "confirm": "assertion",
    "report": "assertion",
    "suggest": "assertion",
    "believe": "assertion",
    "estimate": "assertion",
    "put": "assertion",  # "the union puts the arrears at 38 billion kwacha": an estimate (see speech_verb)
    "predict": "assertion",
    "write": "assertion",
    "communicate": "assertion",
    "explain": "assertion",
    "reveal": "assertion",
    "admit": "assertion",
    "accuse": "accusation",
    "blame": "accusation",
    "condemn": "accusation",  # "condemned the strikes as a flagrant violation"
    "denounce": "accusation",
    "decry": "accusation",
    "criticise": "accusation",
    "criticize": "accusation",
    "allege": "accusation",
    "charge": "accusation",
    "urge": "assertion",
    "dismiss": "denial",
    "call": "assertion",
    "term": "assertion",  # "termed the exercise an attempt to divert attention"
    "describe": "assertion",  # "described the killings as barbaric": only with what it is described as
    "brand": "assertion",
    "deny": "denial",
    "dispute": "denial",
    "reject": "denial",  # only of a statement (STATEMENT_NOUNS): "rejected the idea" refuses
    "rebuff": "denial",
    "refute": "denial",
    "threaten": "threat",
    "warn": "threat",
    "pledge": "intent",
    "promise": "intent",
    "vow": "intent",
    "intend": "intent",
}
# Verbs whose complement is presupposed true: events under them are facts, not claims.
FACTIVE_VERBS = {"reveal", "acknowledge", "confirm", "admit", "show", "know", "realize", "note"}
# Verbs that need a clause (not a noun phrase) to be a claim: "emphasized the need for" is not one.
CLAUSE_ONLY_VERBS = {
    "stress",
    "emphasize",
    "emphasise",
    "add",
    "report",
    "state",
    "write",
    "explain",
    "reveal",
    "indicate",
    "confirm",
    "note",
    "say",
    "tell",
    "argue",
    "insist",
    "maintain",
    "acknowledge",
    "declare",
    "suggest",
    "believe",
    "estimate",
    "predict",
    "admit",
}
# Nouns that carry a claim as the object of a speech verb ("communicated his intent to").
CLAIM_NOUNS = {
    "intent": "intent",
    "intention": "intent",
    "plan": "intent",
    "determination": "intent",
    "warning": "threat",
    "threat": "threat",
    "denial": "denial",
    "accusation": "accusation",
}
# A warning is a threat when its content names harm; otherwise it is a prediction (an assertion).
HOSTILE_WORDS = {
    "answer",
    "answered",
    "unanswered",
    "theft",
    "retribution",
    "block",
    "veto",
    "target",
    "targets",
    "strike",
    "retaliate",
    "retaliation",
    "consequences",
    "consequence",
    "pay a price",
    "pay the price",
    "horrible price",
    "heavy price",
    "pay dearly",
    "bring down",
    "destroy",
    "punish",
    "attack",
    "respond",
    "response",
    "sanction",
    "censure",
    "by force",
    "doomed to",  # "warned that any attempt to seek independence is doomed to fail"
    "military means",
    "by military",
    "necessary measures",
    "countermeasures",
    "met with force",
    "no-confidence",
    "no confidence",
    "disciplinary",  # "warned that teachers who stay away could face disciplinary action"
}
# A pledge made only of these words is a formula of office ("pledging to continue serving the
# nation", "vowed to do her best for the country"): it takes no position, so it is no claim.
FORMULAIC_PLEDGE_WORDS = {
    "to",
    "continue",
    "serve",
    "work",
    "hard",
    "tirelessly",
    "do",
    "best",
    "duty",
    "fulfil",
    "fulfill",
    "the",
    "a",
    "his",
    "her",
    "their",
    "its",
    "our",
    "my",
    "for",
    "nation",
    "country",
    "people",
    "public",
    "citizen",
    "state",
    "homeland",
    "motherland",
    "with",
    "honour",
    "honor",
    "dignity",
    "faithfully",
    "loyally",
    "and",
    "all",
    "every",
}
# Auxiliaries of a future the speaker commits to ("we will send", "said she would order").
FUTURE_AUXILIARIES = {"will", "would", "'ll", "shall", "wo"}
# Words for a post that someone else held: "took over the job", "her old post went to X".
VACANCY_NOUNS = {"job", "post", "role", "position", "seat"}
# What someone holds and hands on: "took over the post", "took over the portfolio from X".
HELD_NOUNS = VACANCY_NOUNS | {"portfolio"}

# Verbs whose infinitive is an act the subject means to do: "Beijing hoped to work with Thimphu".
MEANING_VERBS = {"hope", "plan", "intend", "aim", "want", "pledge", "vow", "promise", "seek", "expect"}
# A government's own measure, announced: "would ask parliament to extend the state of emergency",
# "would bring in legislation", "the cabinet would approve an emergency package", "offered to cap".
PROPOSING_VERBS = {"ask", "seek", "submit", "send", "introduce", "bring", "approve", "table", "present"}
PROPOSED_MEASURES = {"bill", "legislation", "law", "package", "emergency", "decree", "amendment", "curfew"}
OFFER_VERBS = {"offer"}
# "The city", "the bloc" as the subject of what a mayor or a bloc's official says it will do.
OWN_SIDE_NOUNS = {
    "city",
    "bloc",
    "government",
    "alliance",
    "ministry",
    "party",
    "army",
    "union",
    "region",
    "administration",
    "council",
    "company",
    "cabinet",
    "coalition",
    "state",
    "chamber",
    "country",
    "nation",
    "police",
    "mission",
    "force",
    "forces",
    "opposition",
    "sultanate",
    "kingdom",
    "emirate",
    "republic",
    "group",
    "movement",
    "agency",
    "commission",
    "committee",
    "organisation",
    "organization",
}
# "until now secretary of state", "until recently deputy minister": a post held till the news.
UNTIL_NOW = {"now", "recently", "lately", "then", "last"}
# Who searches and raids as part of an inquiry, and what they search: no attack, an investigation.
INVESTIGATORS = {
    "police",
    "policeman",
    "officer",
    "investigator",
    "detective",
    "prosecutor",
    "agent",
    "bureau",
    "directorate",
    "authorities",
}
PREMISES = {
    "home",
    "house",
    "office",
    "headquarters",
    "premises",
    "residence",
    "apartment",
    "flat",
    "location",
}
# What a future clause says will befall someone, which makes the statement a threat.
PUNISHMENT_PHRASES = (
    "to justice",
    "face justice",
    "face the full force",
    "answer for",
    "held accountable",
    "held responsible",
    "be punished",
    "be prosecuted",
    "face prosecution",
    "face the consequences",
    "be arrested",
    "on trial",
    "be tried",
    "face trial",
    "be jailed",
    "hunted down",
    "tracked down",
    "hold accountable",
    "held to account",
    "pay a heavy price",
    "pay dearly",
    "force of the law",
    "wrath of the law",
    "no place to hide",
    "wherever they hide",
    "wherever they are",
    "nowhere to hide",
    "no hiding place",
)
# A spokesperson not named speaks for the body named beside the word: "a Commission spokesperson said".
SPOKESPERSON_NOUNS = {"spokesman", "spokeswoman", "spokesperson"}
# What makes a message a speech to the public: "a televised message", "a video statement".
BROADCAST_WORDS = {"televised", "television", "broadcast", "video", "radio", "recorded", "nationwide"}
# Measures an office orders, announced in the passive: "every guard will be suspended", "the border
# crossing would be closed": the intent of the official or body that says so.
MEASURE_VERBS = {
    "suspend",
    "dismiss",
    "close",
    "shut",
    "ban",
    "deploy",
    "evacuate",
    "relocate",
    "transfer",
    "review",
    "reopen",
    "lift",
    "extend",
    "compensate",
    "rebuild",
    "reinforce",
    "audit",
    "install",
    "impose",
    "tighten",
    "increase",
    "double",
    "summon",  # "the ambassador would be summoned"
    "expel",
    "recall",
    "discipline",  # "officers who used excessive force would be disciplined"
    "sanction",
    "equip",
    "empower",
    "send",
    "fly",
    "step",
    "provide",
    "strengthen",
    "expand",
    "boost",
}
# What is denied when it is rejected: "rejected the accusation" denies, "rejected the idea" refuses.
STATEMENT_NOUNS = {
    "accusation",
    "allegation",
    "claim",
    "charge",
    "criticism",
    "suggestion",
    "report",
    "assertion",
    "claims",
    "accusations",
    "allegations",
    "charges",
    "reports",
    "suggestions",
    "warning",  # "rejected the warning as an attempt to divert attention"
    "warnings",
    "statement",
    "statements",
    "remark",
    "remarks",
}
# A statement that the speaker did no wrong is a denial: "insisted he had done nothing wrong",
# "said Moscow had nothing to do with it", "called the charges baseless".
DENIAL_PHRASES = (
    "nothing wrong",
    "nothing to hide",
    "anything to hide",
    "no wrongdoing",
    "nothing to do with",
    "no connection",
    "not involved",
    "no involvement",
    "not guilty",
    "innocent",
    "no part in",
    "not a party to",
    "no role in",
    "not responsible",
    "baseless",
    "unfounded",
    "groundless",
    "fabricated",
    "absurd",
    "ridiculous",
    "nonsense",
    "no evidence",
    "never ordered",
    "did not order",
    "no links",  # "Kigali had no links whatsoever with any armed group"
    "no link with",
    "no ties to",
    "no ties with",
)
# Verbs that pass on news without taking a side: what a governor "said" struck his city is news.
NEUTRAL_REPORTING_VERBS = {"say", "report", "tell", "add", "write", "confirm", "announce", "state"}
# Firing weapons at someone: "Russia launched 146 drones against Ukraine" is an attack, and the tally
# stays the reporting side's claim.
LAUNCH_VERBS = {"launch", "fire"}
# Casualty verbs: "two people died", "more than a dozen were injured".
CASUALTY_VERBS = {"die", "kill", "injure", "wound", "hurt", "evacuate"}
# Adverbs that make a verb a pattern over time rather than one event.
HABITUAL_ADVERBS = {
    "repeatedly",
    "often",
    "regularly",
    "frequently",
    "routinely",
    "constantly",
    "rarely",
    "seldom",
    "usually",
    "sometimes",
    "daily",
    "nightly",
}
# Words that make a clause not a statement of fact.
MODAL_WORDS = {"would", "could", "might", "may", "should"}
# Verbs of agreeing to a gathering, which is then yet to be: "agreed to meet again in September".
AGREED_HEADS = {"agree", "decide", "offer", "propose", "arrange"}
# Verbs that say their complement did not happen: "failing to order an evacuation", "refused to meet".
UNREALISED_HEADS = {"fail", "refuse", "neglect", "decline"}
INTENT_HEADS = {
    "intent",
    "intention",
    "plan",
    "aim",
    "threat",
    "want",
    "seek",
    "hope",
    "intend",
    "threaten",
    "try",
    "attempt",
    "vow",
    "pledge",
    "promise",
    "bid",
    "expect",
    "wish",
}
TEMPORAL_PREPOSITIONS = {"following", "after", "before", "during", "since", "amid", "amidst"}

# Common nouns that stand for a country or body when qualified by it ("Ukrainian officials", "Russian army").
GROUP_NOUNS = {
    "official",
    "officials",
    "delegation",
    "authorities",
    "government",
    "forces",
    "force",
    "army",
    "troops",
    "military",
    "diplomats",
    "negotiators",
    "leadership",
    "side",
    "administration",
}
# Prepositions only a place follows: "near Bamenda".
NEAR_PREPS = {"near", "outside", "around", "toward", "towards"}
# Prepositions a name that is no people's follows only when it is a place: "in Siguiri", "at Kolda".
PLACE_PREPS = NEAR_PREPS | {"in", "at"}
# Verbs whose object is a place taken or raided, never a person: "stormed Lascahobas".
PLACE_TAKING_VERBS = {"storm", "overrun", "raid", "seize", "capture", "besiege", "shell", "encircle"}
# A state's forces, and its head of state's office, which news names without saying whose ("the army
# said", "the presidency said"): the home country's.
HOME_FORCE_NOUNS = {"army", "military", "police", "navy", "gendarmerie", "presidency"}

INSTITUTION_HEADS = {
    "staff",
    "embassy",
    "administration",
    "prosecutor",
    "ministry",
    "force",
    "army",
    "navy",
    "office",
    "parliament",
    "department",
    "police",
    "service",
    "agency",
    "guard",
}
# Definite descriptions that refer back to the last person ("the minister", "the 39-year-old").
PERSON_DESCRIPTIONS = {
    "minister",
    "president",
    "premier",
    "taoiseach",
    "hokim",
    "akim",
    "leader",
    "centrist",
    "conservative",
    "socialist",
    "chancellor",
    "mayor",
    "envoy",
    "official",
    "politician",
    "veteran",
    "general",
}

# What one calls by holding it, not by naming it: "called a confidence vote", "called a snap election".
CALLED_OCCASIONS = {
    "vote",
    "election",
    "referendum",
    "poll",
    "meeting",
    "session",
    "summit",
    "strike",
    "halt",
}
# Verbs that seek support for something: "to win support for budget savings" puts the savings forward.
SEEK_VERBS = {"win", "seek", "rally", "garner", "secure", "muster", "build", "gather", "drum", "shore"}
# Buildings that stand for the head of state's or government's office: "State House said".
SEATS_OF_GOVERNMENT = {"state house", "blue house", "white house", "downing street", "malacanang", "elysee"}
# What one person takes of another's: "was posted in his place", "named as her successor".
TAKEN_PLACES = {"place", "post", "job", "role", "seat", "successor", "shoe"}
# Verbs done in one's own place: "stood again in his seat", "kept her job", "lost his seat".
OWN_PLACE_VERBS = {
    "stand",
    "run",
    "keep",
    "retain",
    "hold",
    "remain",
    "stay",
    "lose",
    "win",
    "defend",
    "contest",
}
# Verbs that break an agreement in force: its being broken is no proposal.
BREACH_VERBS = {"violate", "breach", "break", "flout", "undermine"}
# Nouns that, with "the" alone, point back at the organisation named last: "According to the group".
GROUP_REFERENCES = {"group", "movement", "organisation", "organization", "militia"}
# Adjectives that leave a description pointing back at a person: "the outgoing premier".
DESCRIPTION_ADJECTIVES = {"new", "outgoing", "incoming", "embattled", "beleaguered", "veteran", "defeated"}
# Quotation marks and the mark that closes (or opens) them.
QUOTE_PAIRS = {"\u201c": "\u201d", "\u201d": "\u201c", '"': '"'}
# Cities whose datelines report international bodies' news, not the host country's.
INTERNATIONAL_SEATS = {"brussels", "geneva", "strasbourg", "the hague", "new york", "luxembourg"}
# Posts held over a place: "mayor of Brno" names a city even when the tagger calls it a person.
PLACE_POSTS = {"mayor", "governor", "prefect", "administrator"}

# "take charge of X", "took the helm of X": a person takes up the leadership of X.
TAKE_CHARGE_NOUNS = {"charge", "helm", "reins", "rein", "leadership", "command"}
# Leaving a post: "resigned as deputy prime minister".
LEAVE_VERBS = {"resign", "quit", "step", "retire", "leave"}
# "relieved of his duties as ...", "removed from his post as ...".
DUTY_NOUNS = {"duty", "duties", "post", "position", "command", "job", "role", "office"}
# Moving between posts: "moves to the Home Office".
MOVE_VERBS = {"move", "switch", "transfer", "shift", "go"}
# Giving someone a post, told in the passive: "the portfolio has been allotted to Y", "Y was given it".
ALLOT_VERBS = {"allot", "allocate", "assign", "give", "hand", "award", "entrust"}
# Last words of organization names: "Cabinet Office" is never a person.
# A force's name may be two words: "the Judicial Police", "the National Gendarmerie".
POLICE_WORDS = {"police", "gendarmerie"}
ORGANIZATION_WORDS = {
    "office",
    "ministry",
    "party",
    "department",
    "council",
    "assembly",
    "rally",
    "union",
    "agency",
    "service",
    "bank",
    "committee",
    "forces",
    "army",
    "court",
    "parliament",
    "government",
    "house",
    "street",
    "company",
    "group",
    "front",
    "alliance",
    "movement",
    "headquarters",
    "directorate",
    "command",
    "commission",
    "authority",
    "chamber",
    "federation",
    "confederation",
    "association",
    *POLICE_WORDS,
}
# Last words of a body's name an acronym may stand for: "Guyana Defence Force" (GDF).
BODY_NAME_ENDINGS = ORGANIZATION_WORDS | {
    "force",
    "guard",
    "corps",
    "institute",
    "organisation",
    "organization",
    "society",
    "fund",
    "board",
    "bureau",
}
# Nouns for businesses, which make a name described by one a company's: "Kono Diamond Resources, a
# mining company".
COMPANY_NOUNS = {
    "company",
    "firm",
    "corporation",
    "conglomerate",
    "operator",
    "producer",
    "miner",
    "lender",
    "insurer",
    "airline",
    "carrier",
    "manufacturer",
    "contractor",
    "subsidiary",
}
# Nouns for news outlets, which make the name beside them an outlet's: "the broadcaster Zodiak", "the
# news portal N1 Slovenija", "the daily Kathimerini".
MEDIA_NOUNS = {
    "broadcaster",
    "newspaper",
    "daily",
    "weekly",
    "portal",
    "outlet",
    "channel",
    "station",
    "website",
    "magazine",
    "tabloid",
}
# Words of the news media: a report by one ("state news agency KUNA reported") records what was done.
NEWS_MEDIA_WORDS = MEDIA_NOUNS | {"agency", "television", "radio", "media"}
# Verbs of fighting breaking out: "The clashes broke out near X" tells the clashes just reported.
OUTBREAK_VERBS = {"break", "erupt", "flare", "begin", "start"}
# Last words a movement's name drops once the article has named it in full: "the Polisario Front",
# then "the Polisario declared" (what is left must still be a proper name).
DROPPED_NAME_ENDINGS = {"front", "movement", "party", "alliance", "group", "coalition", "army", "militia"}
# Nouns for people, which make an apposition say its name is a person's: "Hrytsak, a career diplomat".
PERSON_NOUNS = {
    "diplomat",
    "lawmaker",
    "politician",
    "official",
    "economist",
    "businessman",
    "businesswoman",
    "veteran",
    "lawyer",
    "journalist",
    "activist",
    "banker",
    "general",
    "colonel",
    "officer",
    "engineer",
    "academic",
    "professor",
    "mother",
    "father",
    "son",
    "daughter",
    "wife",
    "husband",
}
# Military ranks: a rank before a name is not a post ("General Sorin Matei").
# Verbs of naming and removing that a misparse may hang on a title: "a decree removed Brigadier General X".
DISMISS_VERBS = EVENT_VERBS["Dismissal"] | {"remove", "drop"}  # "dropped Information Minister X"
PERSONNEL_VERBS = APPOINT_VERBS | DISMISS_VERBS
# Titles that "general" completes rather than a rank after them: "Prosecutor General X".
GENERAL_TITLES = {
    *("prosecutor", "secretary", "solicitor", "attorney", "auditor", "surgeon", "inspector"),
    *("director", "governor", "commissioner", "procurator", "registrar", "comptroller", "accountant"),
}
RANKS_MILITARY = {
    "general",
    "colonel",
    "admiral",
    "major",
    "lieutenant",
    "sergeant",
    "captain",
    "marshal",
    "brigadier",
    "commodore",
    "rear",  # "Rear Admiral"
    "lt",
    "gen",
    "col",
    "maj",
    "brig",
    "capt",
    "adm",
    "superintendent",
    "supt",
    "inspector",
    "insp",
    "constable",
}
# Who is addressed when "address" is a speech: "addressed the leaders by video link".
AUDIENCE_NOUNS = {
    "forum",
    "gathering",
    "event",
    "ceremony",
    "convention",
    "leader",
    "nation",
    "parliament",
    "lawmaker",
    "assembly",
    "summit",
    "conference",
    "rally",
    "crowd",
    "audience",
    "people",
    "congress",
    "session",
    "meeting",
    "delegate",
    "country",
}
# Units a person can head: "headed the internal audit department", "chairs the health committee".
UNIT_NOUNS = {
    "department",
    "committee",
    "unit",
    "directorate",
    "division",
    "service",
    "agency",
    "commission",
    "office",
    "bureau",
    "council",
    "team",
    "delegation",
    "force",
    "command",
    "corps",
    "brigade",
    "regiment",
    "battalion",
    "group",
    "district",
    "fleet",
    "navy",
    "army",
    "subsidiary",
    "staff",
}
# Verbs whose subject or object is a person: an untagged "Ana Ruiz" next to one is taken as a name.
PERSON_VERBS = (
    {"become", "remain", "join"}
    | SUCCESSION_VERBS
    | APPOINT_VERBS
    | LEAD_VERBS
    | MOVE_VERBS
    | {"resign", "quit", "step"}
    | {v for v, kind in CLAIM_VERBS.items() if kind in ("assertion", "accusation", "denial")}
) - {"make"}
# Words that make a statement an accusation: "claimed the election had been rigged".
ACCUSATION_WORDS = {
    "rig",
    "rigged",
    "sabotage",
    "sabotaging",
    "theft",
    "war crime",
    "terrorist",
    "terrorism",
    "genocide",
    "fraud",
    "blackmail",
    "provocation",
    "aggression",
    "crimes",
    "violation",
    "violate",
    "massacre",
    "atrocity",
    "repression",
    "illegally",
    "unlawful",
    "separatist",
    "deliberate attack",
    "deliberately targeted",
    "deliberately attacked",
    "are criminals",  # "These are criminals who ...", not "dangerous criminals stay behind bars"
    "were criminals",
    "not criminals",
    "scapegoat",
    "double game",
    "did nothing",
    "look away",
    "looked away",
    "cover-up",
    "negligence",
    "incompetence",
    "mismanagement",
    "crime against",  # "calling it a crime against civilians"
    "diktat",
    "diktats",
    "witch",  # "a witch-hunt"
    "persecution",
    "trick",  # "called the dismissal a cheap political trick"
    "stunt",
    "smokescreen",
    "whitewash",
    "to steal",  # "a system designed to steal from the sickest patients"
    "politically motivated",
    "to kill",
    "guilt",  # "those who give these criminals weapons share their guilt"
    "complicit",
    "complicity",
}
# A verb and the word it governs that lay blame on someone: "those who arm them bear full
# responsibility", "held the army responsible"; not "she took full responsibility".
BLAMING_PAIRS = {
    ("bear", "responsibility"),
    ("hold", "responsible"),
    # "the force had failed the people of Enga": let down those it owed protection
    *(("fail", who) for who in ("people", "public", "citizen", "victim", "family", "community", "nation")),
}
# Who stops work, and the words for a stoppage: "the teachers' strike", "a general strike".
WORKER_NOUNS = {
    "teacher",
    "worker",
    "doctor",
    "nurse",
    "driver",
    "miner",
    "union",
    "staff",
    "employee",
    "dockworker",
    "pilot",
    "farmer",
    "student",
    "lawyer",
    "servant",
}
STOPPAGE_WORDS = {"general", "hunger", "labour", "labor", "nationwide", "indefinite", "wildcat", "sit-down"}
# What a meeting does with those who take part: "the meeting brought together X and Y".
CONVENING_VERBS = {"bring", "gather", "involve", "include", "unite", "assemble"}
