"""Posts from the words news uses for them: "Interior Minister", "minister of the
armed forces", "the defense ministry", "Zelensky's presidential office",
"president of the National Rally". One post object per (organization, post),
whatever the wording, so that "defence portfolio" and "minister of the armed
forces" in one article are the same post."""

from __future__ import annotations

import re

from kg.extract import lexicon as lx
from kg.extract import syntax as sx
from kg.extract.mentions import Mentions, token_key
from kg.model import Post
from kg.names import fold, slug


def _counted_times(token) -> bool:
    """'time' in 'first-time', 'term' in 'five-term', and the count before them."""
    doc = token.doc
    if token.lower_ in ("time", "term") and token.i >= 2 and doc[token.i - 1].text == "-":
        return True
    return (
        token.i + 2 < len(doc)
        and doc[token.i + 1].text == "-"
        and doc[token.i + 2].lower_ in ("time", "term")
        and (token.like_num or token.ent_type_ == "ORDINAL" or token.lower_ in ("first", "second", "third"))
    )


SKIP_MODIFIERS = {
    "new",
    "former",
    "old",  # "her old trade portfolio": the trade portfolio
    "previous",
    "retired",
    "ex",
    "outgoing",
    "then",
    "now",  # "until now parliamentary secretary"
    "current",
    "incoming",
    "acting",
    "interim",
    "the",
    "a",
    "an",
    "his",
    "her",
    "its",
    "their",
    "top",
    "powerful",
    "longtime",
    "veteran",
    "so-called",
    "female",  # "Senegal's second female head of government": who holds it, not which post
    "male",
    "woman",
    "youngest",
    "oldest",
}
FORMER_MARKERS = {"former", "ex", "then", "ex-", "previous", "previously", "formerly", "retired"}
NEW_MARKERS = {"new", "incoming", "newly", "designate", "elect"}
CLAUSES = {"relcl", "acl", "appos", "advcl"}  # what follows a post's place or body and is not its name
# Ranks below the head of a portfolio: "the state secretary for defence policy" is not the minister.
RANKS = {"deputy", "state", "junior", "assistant", "vice", "under", "permanent", "parliamentary"}
NOT_TITLE_ENTITIES = {"ORDINAL", "CARDINAL", "DATE", "TIME", "QUANTITY"}
# Kept in the title as written, though the post is the same: "acting director", "interim chief executive".
TENURE_QUALIFIERS = {"acting", "interim", "caretaker"}
# Written after a post for one chosen but not yet in it: "prime minister-designate", "president-elect".
TITLE_SUFFIXES = {"designate", "elect"}
PRESIDENTIAL_OFFICE = {"presidential office", "president office", "office of the president", "presidency"}


def title_case(text: str) -> str:
    small = {"of", "the", "and", "for", "in"}
    words = text.split()
    return " ".join(w if (i and w in small) else w[:1].upper() + w[1:] for i, w in enumerate(words))


def canonical_topic(words: list[str]) -> str | None:
    """'energy policy', 'the armed forces', 'defense' -> the portfolio they name, if one is known."""
    words = [w for w in words if w not in lx.TOPIC_FILLERS]
    text = " ".join(words)
    if text not in lx.MINISTRY_TOPICS and words and words[-1] in ("policy", "affairs", "issues"):
        text = " ".join(words[:-1])  # "oversaw energy policy" ran the energy portfolio
    if text in lx.MINISTRY_TOPICS:
        return lx.MINISTRY_TOPICS[text]
    # "energy and mines", "trade, industry and tourism": one ministry of portfolios each known
    parts = [p.split() for p in re.split(r"\s*(?:,|\band\b)\s*", text) if p.strip()]
    if len(parts) < 2 or "and" not in words:
        return None
    topics = [canonical_topic(p) for p in parts]
    if not all(topics) or len(set(topics)) < len(topics):
        return None
    return ", ".join(topics[:-1]) + " and " + topics[-1]


class Posts:
    def __init__(self, mentions: Mentions):
        self.mentions = mentions
        self.known: dict[tuple[str | None, str], Post] = {}
        self.last_ministry: Post | None = None
        self.wording: dict[str, str] = {}  # post key -> the title as the article last wrote it

    def written(self, post: Post | None, tokens: list) -> Post | None:
        """Remember how the article wrote the post ('defense minister', 'acting director'):
        the post is one node whatever the wording, the tenure keeps the words."""
        tokens = [t for t in tokens if t.lower_ not in SKIP_MODIFIERS or t.lower_ in TENURE_QUALIFIERS]
        while tokens and (tokens[0].tag_ == "POS" or tokens[0].is_punct):
            tokens = tokens[1:]
        if post is not None and tokens:
            doc = tokens[0].doc
            text = doc[tokens[0].i : tokens[-1].i + 1].text
            self.wording[post.key] = " ".join(text.split())
        return post

    def get(self, label: str, organization: str | None, identity: str | None = None) -> Post:
        identity = identity or fold(label)
        if organization:
            self.mentions.use(organization)  # a country known only from the reference data joins the article
        key = (organization, identity)
        if key not in self.known:
            self.known[key] = Post(label, organization, identity)
        post = self.known[key]
        if identity.startswith("minister of"):
            self.last_ministry = post
        return post

    def minister(self, topic_words: list[str], country: str | None) -> Post:
        topic = " ".join(topic_words).strip()
        canonical = canonical_topic(topic.split()) or topic
        label = "Minister of " + title_case(canonical)  # one name per post, whatever the wording
        return self.get(label, country, "minister of " + canonical)

    def deputy_of(self, post: Post) -> Post:
        """'his deputy' of the trade minister: the deputy trade minister, one post with the article's
        'deputy trade minister' when it writes the minister's title before a name."""
        wording = fold(self.wording.get(post.key, "")).split()
        if wording and wording[-1] in lx.POST_NOUNS and "of" not in wording:
            return self._title_post(["deputy", *wording], post.organization, None)
        return self.get(f"Deputy {post.label}", post.organization)

    # -------------------------------------------------------------- readers

    def from_title(self, tokens: list, holder: str | None) -> Post | None:
        """A title written before a name: 'French President', 'military intelligence chief'."""
        post, written = self._from_title(tokens, holder)
        return self.written(post, written)

    def _from_title(self, tokens: list, holder: str | None) -> tuple[Post | None, list]:
        possessors = {t.i for p in tokens if p.dep_ == "poss" for t in p.subtree}
        words = [
            t
            for t in tokens
            if t.lower_ not in SKIP_MODIFIERS
            and t.tag_ != "POS"
            and not (t.tag_ == "IN" and t.lower_ not in ("of", "for"))  # "As finance minister, she ..."
            and (t.i not in possessors or self.mentions.by_token.get(token_key(t)))
        ]
        organization = None
        kept: list[str] = []
        kept_tokens: list = []
        for token in words:
            key = self.mentions.by_token.get(token_key(token))
            if key:
                organization = organization or key
            elif token.lower_ == "first" and token.i + 1 < len(token.doc) and token.nbor(1).lower_ in RANKS:
                kept.append("first")  # "first deputy health minister": part of the title, not a count
                kept_tokens.append(token)
            elif token.text == "-":
                continue  # "Vice-Chancellor", "co-leader" come split in three tokens
            elif token.pos_ == "VERB" and token.lemma_ in lx.PERSONNEL_VERBS:
                continue  # "a decree removed Brigadier General X", parsed as his title: the act, not the post
            elif _counted_times(token):
                continue  # "first-time Minister", "five-term lawmaker": how often, not which post
            elif (
                token.is_alpha or "-" in token.text.strip("-")
            ) and token.ent_type_ not in NOT_TITLE_ENTITIES:
                kept.append(token.lower_)
                kept_tokens.append(token)
            else:
                kept, kept_tokens = [], []  # "the 39-year-old fifth prime minister": the words next to it
        if "of" in kept[1:] and kept[kept.index("of") - 1] in ("minister", "secretary"):
            at = kept.index("of")  # "Political Deputy Minister of Economic Affairs X": the economy minister
            if canonical_topic(kept[at + 1 :]):
                kept = [*kept[: at - 1], *kept[at + 1 :], kept[at - 1]]
                kept_tokens = [*kept_tokens[: at - 1], *kept_tokens[at + 1 :], kept_tokens[at - 1]]
        heads = [i for i, w in enumerate(kept) if w in lx.POST_NOUNS]
        if not heads:
            return None, []
        kept = kept[: heads[-1] + 1]
        first, last = kept_tokens[0].i, kept_tokens[heads[-1]].i
        first = min([first] + [t.i for t in tokens if t.lower_ in TENURE_QUALIFIERS and t.i < last])
        written = [t for t in tokens if first <= t.i <= last]
        return self._title_post(kept, organization, holder), written

    def _title_post(self, kept: list[str], organization: str | None, holder: str | None) -> Post:
        country = self.mentions.country_of(organization) or self.mentions.country_of(holder)
        country = country or self.mentions.main_country()
        head = kept[-1]
        modifiers = kept[:-1]
        if (
            head in ("minister", "secretary")
            and modifiers
            and modifiers != ["prime"]
            and canonical_topic(modifiers)
        ):
            return self.minister(modifiers, organization or country)
        owner = self.mentions.actors.get(organization) if organization else None
        ranked = bool(modifiers) and all(m in RANKS for m in modifiers)  # "deputy head of the police"
        if (
            head in ("chief", "head") and modifiers and not ranked
        ):  # "the EU's foreign policy chief", "military intelligence chief"
            return self.get(f"Chief of {title_case(' '.join(modifiers))}", organization or country)
        if (
            head in ("chief", "head", "director", "commander")
            and owner
            and owner.kind not in ("Country", "Place")
        ):
            rank = title_case(" ".join(modifiers)) + " " if ranked else ""
            return self.get(f"{rank}{head.capitalize()} of {owner.label}", organization)
        return self.get(title_case(" ".join(kept)), organization or country)

    def from_phrase(self, noun, holder: str | None) -> Post | None:
        """A post noun phrase: 'minister of the armed forces', 'president of the National Rally'."""
        if noun.lower_ in TITLE_SUFFIXES:  # "prime minister-designate": the post is named before the suffix
            title = [t for child in noun.lefts for t in child.subtree if t.text != "-"]
            return self.written(self._from_title(title, holder)[0], [*title, noun])
        post_noun = noun.lemma_ in lx.POST_NOUNS or noun.lower_ in lx.POST_NOUNS
        split = next((c for c in noun.children if c.dep_ == "conj" and c.lower_ in lx.POST_NOUNS), None)
        between = noun.doc[noun.i + 1 : split.i] if split is not None and not post_noun else []
        if between and all(t.dep_ == "cc" or t.dep_ == "compound" and t.head == split for t in between):
            # "as mines and hydrocarbons minister": the parser splits one title at its 'and'
            title = list(noun.doc[noun.i : split.i + 1])
            return self.written(self._from_title(title, holder)[0], title)
        if not post_noun:
            return self.from_department(noun, holder)
        return self.written(self._from_phrase(noun, holder), self._phrase_words(noun))

    @staticmethod
    def _phrase_words(noun) -> list:
        """'the acting minister of the armed forces, who ...' -> acting minister of the armed forces."""
        tokens = [t for c in noun.lefts if c.dep_ in ("compound", "amod", "poss", "nmod") for t in c.subtree]
        tokens.append(noun)
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "for")):
            for token in prep.subtree:
                if token.is_punct or token.tag_ in ("WDT", "WP"):
                    break
                tokens.append(token)
        return sorted(tokens, key=lambda t: t.i)

    def _from_phrase(self, noun, holder: str | None) -> Post | None:
        if noun.lower_ in lx.NOT_POSTS:
            return None
        before = [c for c in noun.lefts if c.dep_ in ("compound", "amod", "poss", "nmod")]
        tokens = []
        for child in before:
            tokens += list(child.subtree)
        tokens.append(noun)
        organization = None
        topic = []
        phrase = ""
        for prep in [c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "for")]:
            for obj in prep.children:
                if any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in obj.children):
                    continue  # "relieved the Minister of Defence, X, of his appointment": no topic
                key = self.mentions.actor(obj)
                # "commander of Tajikistan's border troops": a body of the country named, not the country
                unit = key and self.mentions.actors[key].kind == "Country" and obj.pos_ == "NOUN"
                body = key and self.mentions.actors[key].kind not in ("Person", "Place")
                if (
                    body
                    and noun.lower_ in ("minister", "secretary")
                    and portfolio_named(obj, key, self.mentions)
                ):
                    body, key = False, None  # "Minister of Ports and Civil Aviation", "Ports" tagged a body
                if body:
                    organization = key
                # "a minister of the government" is any minister; Bolivia's "minister of government" is one
                bare_government = obj.lower_ == "government" and not any(
                    c.dep_ in ("det", "poss") for c in obj.children
                )
                if (not body or unit) and (
                    obj.lemma_ not in ("term", "government", "cabinet") or bare_government
                ):
                    topic = [t.lower_ for t in obj.subtree if t.lower_ not in ("the",)]
                    owners = {t.i for c in obj.children if c.dep_ == "poss" for t in c.subtree}
                    # "governor of the Bryansk region, which borders Ukraine": the clause is no part of it
                    owners |= {t.i for d in obj.subtree if d.dep_ in CLAUSES for t in d.subtree}
                    phrase = "".join(  # "chief of the military's General Staff": of the General Staff
                        t.text_with_ws for t in obj.subtree if t.lower_ != "the" and t.i not in owners
                    ).strip(" ,")
        if noun.lower_ in ("ambassador", "envoy") and not organization:
            hosts = [o for o in sx.prep_objects(noun, "to") if self.mentions.actor(o)]
            host = self.mentions.actor(hosts[0]) if hosts else None
            if host and self.mentions.actors[host].kind == "Country":
                # "the Saudi ambassador to Jordan": a post of Saudi Arabia's, named for where it serves
                country = self._country_in(tokens) or self._context_country(holder)
                return self.get(f"Ambassador to {self.mentions.actors[host].label}", country)
        ranks = [t.lower_ for t in tokens if t.lower_ in RANKS]
        if phrase.lower() == "staff" and noun.lower_ in ("chief", "head"):
            return self._chief_of_staff(noun, tokens, ranks, organization, holder)
        of_state = any(  # "minister of state for transport": a junior minister, not the minister
            p.lower_ == "of" and o.lower_ == "state" and not list(o.children)
            for p in noun.children
            if p.dep_ == "prep"
            for o in p.children
        )
        if of_state and topic and topic != ["state"] and noun.lower_ == "minister":
            country = self._country_in(tokens) or self._context_country(holder)
            words = [w for w in topic if w not in ("the",)]
            return self.get(f"Minister of State for {title_case(' '.join(words))}", country)
        if topic and noun.lower_ in ("minister", "secretary") and canonical_topic(topic) and not ranks:
            country = organization or self._country_in(tokens) or self._context_country(holder)
            return self.minister(topic, country)
        post = self.from_title(tokens, holder)
        if post and phrase and organization and self.mentions.actors[organization].kind == "Country":
            post = self.get(f"{post.label} of {title_case(phrase)}", organization)
        elif post and organization:
            body = self.mentions.actors[organization]
            if post.label in ("Head", "Chief", "Director", "Commander") and body.kind != "Country":
                # "the head of the Armament Agency": the agency's head, not a head of anything
                return self.get(f"{post.label} of the {body.label.removeprefix('the ')}", organization)
            post = self.get(post.label, organization)
        elif post and phrase.lower() == "party":  # "interim leader of the party": the party leader
            country = self._country_in(tokens) or self._context_country(holder)
            post = self.get(f"Party {post.label}", country)
        elif post and phrase:  # "deputy head of the state grid operator Ukrenergo"
            country = self._country_in(tokens) or self._context_country(holder)
            post = self.get(f"{post.label} of {title_case(phrase)}", country)
        return post

    def _chief_of_staff(self, noun, tokens, ranks, organization, holder) -> Post:
        """'the army's chief of staff', 'deputy chief of staff': one title, whose body is its owner."""
        owner = organization or next(
            (self.mentions.actor(c) for c in noun.children if c.dep_ == "poss"), None
        )
        label = " ".join([*(title_case(r) for r in ranks), "Chief of Staff"])
        body = self.mentions.actors[owner] if owner else None
        if body is not None and body.kind not in ("Country", "Place", "Person"):
            return self.get(f"{label} of the {body.label.removeprefix('the ')}", owner)
        country = owner if body is not None and body.kind == "Country" else None
        return self.get(label, country or self._country_in(tokens) or self._context_country(holder))

    def from_department(self, noun, holder: str | None) -> Post | None:
        """A post named by its department: 'the defense ministry', 'the defence portfolio',
        'Zelensky's presidential office', 'the ministry'."""
        words = []
        for child in noun.lefts:
            if child.dep_ in ("compound", "amod", "nmod") and child.lower_ not in SKIP_MODIFIERS:
                words += list(child.subtree)  # "her old trade portfolio": the trade portfolio
        text = fold(" ".join(t.text for t in [*words, noun]))
        owner = next((self.mentions.actor(c) for c in noun.children if c.dep_ == "poss"), None)
        country = (
            self.mentions.country_of(owner)
            or self._country_in(list(noun.subtree))
            or self._context_country(holder)
        )
        if text in PRESIDENTIAL_OFFICE or (noun.lower_ == "office" and "presidential" in text):
            return self._office_head(country)
        topic_words = [t.lower_ for t in words]
        if noun.lemma_ in ("post", "job", "brief") and topic_words and canonical_topic(topic_words):
            return self.written(self.minister(topic_words, country), [*words, noun])  # "the defence post"
        if noun.lower_ not in lx.DEPARTMENT_NOUNS and noun.lemma_ not in lx.DEPARTMENT_NOUNS:
            bare = noun.dep_ == "pobj" and noun.head.lower_ in ("at", "to") and canonical_topic(text.split())
            if bare and not noun.ent_type_:  # "takes over at petroleum", "moves to fisheries"
                return self.written(self.minister(text.split(), country), [*words, noun])
            return None
        topic = [w for w in text.split() if w not in lx.DEPARTMENT_NOUNS and w != "of"]
        of_words = []
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
            of_words += list(prep.subtree)
            topic += [t.lower_ for t in prep.subtree if t.lower_ not in ("of", "the")]
        if topic and canonical_topic(topic):  # "the Home portfolio" stays written so
            return self.written(
                self.minister(topic, country), sorted([*words, noun, *of_words], key=lambda t: t.i)
            )
        if (
            words
            and not of_words
            and noun.lower_ == "ministry"
            and all(t.pos_ == "NOUN" and t.is_lower and not t.ent_type_ for t in words)
        ):  # "the unification ministry", "the fisheries ministry": a portfolio the lexicon does not list
            return self.written(self.minister([t.lower_ for t in words], country), [*words, noun])
        if not topic and noun.lower_ == "ministry" and self.last_ministry is not None:
            return self.last_ministry  # "who ran the ministry"
        return None

    def _office_head(self, country: str | None) -> Post:
        gaz = self.mentions.gaz
        body = None
        for key in gaz.by_name.get("office of the president", []) + gaz.by_name.get(
            "presidential office", []
        ):
            if gaz.actors[key].country == country:
                body = key
                break
        if body is None:
            label = "Office of the President" + (
                f" of {self.mentions.actors[country].label}" if country else ""
            )
            body = self.mentions.use(
                f"org/{slug(label)}", None, label=label, kind="GovernmentBody", country=country
            )
        else:
            self.mentions.use(body)
        return self.get("Head of the Office of the President", body)

    def from_topic(self, tokens: list, holder: str | None) -> Post | None:
        """'oversaw labour and health' -> Minister of Labour and Health."""
        words = [t.lower_ for t in tokens if t.is_alpha and t.lower_ not in ("the",)]
        if canonical_topic(words):
            return self.minister(words, self._context_country(holder))
        return None

    def _country_in(self, tokens) -> str | None:
        for token in tokens:
            key = self.mentions.by_token.get(token_key(token))
            if key and self.mentions.country_of(key):
                return self.mentions.country_of(key)
        return None

    def _context_country(self, holder: str | None) -> str | None:
        return self.mentions.country_of(holder) or self.mentions.main_country()


def portfolio_named(obj, key: str, mentions) -> bool:
    """'Minister of Ports and Civil Aviation' with 'Ports' tagged as an organisation: a body the
    article knows only from this phrase, named by common words, is the portfolio's topic."""
    actor = mentions.actors[key]
    if actor.reference or actor.kind != "Organization":
        return False
    words = [t for t in obj.subtree if t.is_alpha and t.lower_ not in ("and", "of", "the")]
    return all(
        t.lemma_.lower() in lx.MINISTRY_TOPIC_WORDS or t.lower_ in lx.MINISTRY_TOPIC_WORDS for t in words
    )
