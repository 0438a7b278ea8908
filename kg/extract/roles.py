"""Posts held and handed over: tenures (who holds which post, new/current/former)
and replacements (who took a post over from whom), read off the parse.

Each reader is one syntactic pattern, shown by a test on a sentence of its own.
"""

from __future__ import annotations

import re

from kg.extract import lexicon as lx
from kg.extract import syntax as sx
from kg.extract.mentions import Mentions, token_key
from kg.extract.posts import FORMER_MARKERS, NEW_MARKERS, RANKS, Posts, canonical_topic, title_case
from kg.model import Post, Replacement, Tenure
from kg.names import fold

STATUS_RANK = {"current": 0, "former": 1, "new": 2}
HEDGE_HEADS = {
    "tip",
    "expect",
    "tout",
    "consider",
    "rumour",
    "rumor",
    "likely",
    "set",
    "poise",
    "want",
    "plan",
    "hope",
    "seek",
    "try",
    "say",
    "report",
}

# The title of whoever leads a unit, by the verb: "commanded the Land Force" makes its Commander.
LED_TITLES = {"chair": "Chair", "command": "Commander"}


# A holder's leaving, as a noun: "after Han's resignation".
DEPARTURE_NOUNS = (
    lx.EVENT_NOUNS["Resignation"] | lx.EVENT_NOUNS["Dismissal"] | {"departure", "death", "exit", "removal"}
)
# Nouns for a person chosen for a post: "the army chief's pick of X to head Y".
CHOICE_NOUNS = {"pick", "choice", "nomination", "appointment"}
# Titles of those whose announced appointments are decisions, not guesses.
DECIDING_TITLES = {"minister", "prime minister", "president"}
# Documents that record a decision: what they say was done, was done.
# Verbs by which whoever appoints makes an appointment known: what they announce will be is done.
ANNOUNCE_VERBS = {"announce", "confirm", "decide", "decree"}


def in_a_year(verb) -> bool:
    """'became president in 2022', 'appointed deputy minister in October 2024': a year is named."""
    return any(re.fullmatch(r"(19|20)\d\d", t.text) for o in sx.prep_objects(verb, "in") for t in o.subtree)


def stepping_in(verb) -> bool:
    """'steps in', not 'stepped down in January'."""
    return verb.lemma_ == "step" and any(c.lower_ == "in" and not list(c.children) for c in verb.children)


def bare_minister(post: Post | None) -> bool:
    """'acting minister', 'the second minister to leave': a minister of no named portfolio."""
    return post is not None and fold(post.label) == "minister"


def ministerial(post: Post) -> bool:
    """'Minister of Defence', 'Deputy Foreign Minister': a minister's post with its portfolio named."""
    return "minister" in fold(post.label).split() and not bare_minister(post)


def deputy_post_of(deputy: Post, post: Post) -> bool:
    """'Vice Premier' to 'Premier', 'Political Deputy Minister of Economic Affairs' to 'Minister of
    Economy': a deputy's post under the given one, however the article wrote the two."""
    words = fold(deputy.label).split()
    if not set(words) & {"deputy", "vice"}:
        return False
    words = [w for w in words if w not in RANKS | {"political", "administrative", "first", "of", "the"}]
    other = [w for w in fold(post.label).split() if w not in ("of", "the")]
    if set(words) == set(other):
        return True
    topics = [canonical_topic([w for w in each if w != "minister"]) for each in (words, other)]
    return "minister" in set(words) & set(other) and topics[0] is not None and topics[0] == topics[1]


def departed_before(verb) -> list:
    """'took over after Duque stepped down', '... after Ramos resigned': who left just before."""
    return [
        subject
        for clause in verb.children
        if clause.dep_ == "advcl"
        and clause.lemma_ in lx.LEAVE_VERBS
        and (clause.lemma_ != "step" or any(c.lower_ == "down" for c in clause.children))
        and any(m.dep_ == "mark" and m.lower_ in ("after", "when", "following") for m in clause.children)
        for subject in [sx.direct_subject(clause)]
        if subject is not None
    ]


ORGANIZATION_KINDS = ("Organization", "GovernmentBody", "PoliticalParty")  # bodies with posts of their own


def title_noun(post: Post) -> str:
    """What a description calls the holder: 'Prime Minister' -> prime minister, 'Minister of Defence' ->
    minister, 'Governor of Attapeu' -> governor."""
    words = fold(post.label).split()
    return "prime minister" if words[:2] == ["prime", "minister"] else words[0]


def joint_portfolio(title: list) -> bool:
    """'Energy and Mines Minister', 'Trade, Industry and Tourism Minister': one minister's title."""
    words = [t.lower_ for t in title if t.is_alpha]
    return len(words) > 2 and words[-1] in ("minister", "secretary") and bool(canonical_topic(words[:-1]))


def announced(verb) -> bool:
    """'announced that X would serve as acting minister': a decision, not a guess."""
    clause = verb.head if verb.dep_ == "conj" and verb.head.dep_ == "ccomp" else verb
    return (
        clause.dep_ == "ccomp"
        and clause.head.lemma_ in ANNOUNCE_VERBS
        and not sx.negated(verb)
        and all(
            a.lower_ in ("would", "will")
            for a in verb.children
            if a.dep_ == "aux" and a.lower_ in lx.MODAL_WORDS
        )
    )


class Roles:
    """Collects the tenures and replacements of one article, sentence by sentence."""

    def __init__(self, mentions: Mentions, posts: Posts):
        self.mentions = mentions
        self.posts = posts
        self.tenures: list[Tenure] = []
        self.replacements: list[Replacement] = []
        self.appointees: dict[int, list[str]] = {}  # sentence -> people appointed in it
        self.appointers: dict[str, str] = {}  # successor -> who named them ("X replaced him with Y": X)
        self.unnamed_leavers: list[tuple[int, Post]] = []  # (sentence, post) of "the minister resigned"
        self.ousted: list[tuple[str, str, int]] = []  # (predecessor, successor, sentence) of "X replaced Y"
        self.open_posts: list[tuple[int, Post]] = []  # "The post of X changed hands": no holder named
        self.to_vacancy: list[tuple[str, int]] = []  # "named X to the post"
        self.takeovers: list[tuple[str, int]] = []  # "took over the job": the post last left, if any
        self.moves: list[tuple[str, Post, int]] = []  # "Transport Minister X moves to Tourism"
        self.titled: set[tuple[str, str, int]] = set()  # (person, post key, sentence) of a title held
        self.left_as: set[tuple[str, int]] = set()  # (person, sentence) where the post left is named
        self.kept: set[tuple[str, int]] = set()  # "will run the energy ministry while keeping trade"
        self.kept_posts: set[tuple[str, str]] = set()  # (person, post key): "X will keep fisheries"
        self.left_at: dict[str, int] = {}  # person -> sentence of their resignation or dismissal

    # -------------------------------------------------------------- recording

    def hold(
        self, person: str | None, post: Post | None, status: str, sentence: int, title: str | None = None
    ) -> None:
        if not person or post is None or self.mentions.actors[person].kind != "Person":
            return
        title = title or self.posts.wording.get(post.key)
        post = self._placed(person, post)
        if status == "new":  # "appointed X as prime minister ... The new prime minister": X
            self.mentions.titles.setdefault(person, set()).add(title_noun(post))
        tenure = next((t for t in self.tenures if t.person == person and t.post is post), None)
        if tenure is None:
            tenure = Tenure(person, post, status, [])
            self.tenures.append(tenure)
        elif STATUS_RANK[status] > STATUS_RANK[tenure.status]:
            tenure.status = status
        if sentence not in tenure.sentences:
            tenure.sentences.append(sentence)
        if title and title not in tenure.titles:
            tenure.titles.append(title)

    def _placed(self, person: str, post: Post, deputy: bool = True) -> Post:
        """'His deputy, X, will serve as acting governor', 'takes over from Y as prefect': the
        governorship of the place X was deputy in (or, not ``deputy``, Y held), not one anywhere."""
        if " " in post.label or bare_minister(post):  # "acting minister": see _name_bare_post
            return post
        prefix = "Deputy " if deputy else ""
        for tenure in self.tenures:
            if tenure.person == person and tenure.post.label.startswith(f"{prefix}{post.label} of "):
                return self.posts.get(tenure.post.label.removeprefix(prefix), tenure.post.organization)
        return post

    def _place_bare_posts(self) -> None:
        """'appointed his deputy, X, as acting director': known once the whole sentence is read, the
        post X was deputy in places the directorship she takes up."""
        for tenure in [t for t in self.tenures if t.status == "new"]:
            placed = self._placed(tenure.person, tenure.post)
            if placed is tenure.post:
                continue
            same = next((t for t in self.tenures if t.person == tenure.person and t.post is placed), None)
            if same is None:
                tenure.post = placed
            else:
                same.status = "new"
                same.sentences = sorted(set(same.sentences) | set(tenure.sentences))
                same.titles += [t for t in tenure.titles if t not in same.titles]
                self.tenures.remove(tenure)

    def replace(
        self,
        successor: str | None,
        predecessor: str | None,
        post: Post | None,
        sentence: int,
        reason: str | None = None,
    ) -> None:
        actors = self.mentions.actors
        if not successor or not predecessor or successor == predecessor:
            return
        written = post
        if post is not None:
            post = self._placed(successor, self._placed(predecessor, post, deputy=False))
        if actors[successor].kind != "Person" or actors[predecessor].kind != "Person":
            return
        for known in self.replacements:
            if known.successor == successor and known.predecessor == predecessor:
                if post and known.post and post.key != known.post.key and not bare_minister(post):
                    continue  # "succeeding X as prime minister ... chose her to succeed X as party leader"
                known.post = known.post or post
                known.reason = known.reason or reason
                if sentence not in known.sentences:
                    known.sentences.append(sentence)
                return
        titles = [self.posts.wording[written.key]] if written and written.key in self.posts.wording else []
        self.replacements.append(Replacement(successor, predecessor, post, [sentence], reason, titles=titles))

    def _pair_respectively(self) -> None:
        """'X becomes A and B, replacing Y in the first role and Z in the second': Y left A, Z left B."""
        for r in self.replacements:
            if r.post is not None:
                continue
            sentence = r.sentences[0]
            siblings = [
                s
                for s in self.replacements
                if s.successor == r.successor and s.post is None and s.sentences[0] == sentence
            ]
            posts = [
                t.post
                for t in self.tenures
                if t.person == r.successor and t.status == "new" and sentence in t.sentences
            ]
            if len(siblings) > 1 and len(siblings) == len(posts):
                for replacement, post in zip(siblings, posts, strict=False):
                    replacement.post = post

    def _fill_bare_posts(self) -> None:
        """'named Mykytiuk as acting minister' after the health minister's dismissal: that ministry;
        'acting commissioner' after the police commissioner resigned: that commissioner's post."""
        for tenure in self.tenures:
            if tenure.status == "new" and bare_minister(tenure.post):
                post = self.vacancy(tenure.sentences[0])
                if post is not None:
                    tenure.post = post
            elif tenure.status == "new" and fold(tenure.post.label) == "deputy minister":
                # "accepted her resignation and named Y as the new deputy minister": the deputy's post left
                left = self._last_left(tenure.sentences[0], 2, tenure.person, "minister")
                if left and fold(left.post.label).startswith("deputy "):
                    tenure.post = left.post
            elif tenure.status == "new" and len(tenure.post.label.split()) == 1:
                # "will serve as acting commissioner" after the police commissioner resigned: that post
                left = self._last_left(tenure.sentences[0], 2, tenure.person, fold(tenure.post.label))
                tenure.post = left.post if left else tenure.post

    def _drop_bare_posts(self) -> None:
        """'Okamura is the second minister to leave' after 'Defense Minister Okamura resigned': the
        bare word is the post already named, not a second one."""
        specific = {t.person for t in self.tenures if ministerial(t.post)}
        # "At the interior ministry, X was sworn in as minister": the bare word is that ministry
        taken_up = {
            (t.person, i)
            for t in self.tenures
            if ministerial(t.post) and t.status == "new"
            for i in t.sentences
        }
        self.tenures = [
            t
            for t in self.tenures
            if not (
                bare_minister(t.post)
                and t.person in specific
                and (t.status != "new" or any((t.person, i) in taken_up for i in t.sentences))
            )
        ]

    def _name_bare_post(self, r: Replacement) -> None:
        """'X would serve as acting minister in place of Tsiklauri': the interior minister's post."""
        ministries = [t.post for t in self.tenures if t.person == r.predecessor and ministerial(t.post)]
        left = ministries[0] if ministries else self.post_of(r.predecessor, r.sentences[0])
        if left is None or bare_minister(left):
            return
        for tenure in self.tenures:
            if tenure.person == r.successor and tenure.post is r.post and tenure.status == "new":
                tenure.post = left
        r.post = left

    def _moved_from(self) -> None:
        """'Transport Minister X moves to Tourism': the ministry whose title she bears as she moves is
        one she leaves, so that whoever takes it over succeeds her (a swap gives two successions)."""
        # "Energy Minister X was sworn in as Minister of Ports, succeeding Y": a move by succession too
        taken = [(r.successor, r.post, r.sentences[0]) for r in self.replacements if r.post is not None]
        for person, post, index in self.moves + taken:
            for tenure in self.tenures:
                if (
                    tenure.person == person
                    and tenure.status == "current"
                    and index in tenure.sentences
                    and (person, index) not in self.kept
                    and not self._kept(tenure)
                    and tenure.post is not post
                    and ministerial(tenure.post)
                    and ministerial(post)
                ):
                    tenure.status = "former"

    def _promoted_from(self) -> None:
        """'Minister of Economic Affairs Huang was named vice premier ... Tsai was promoted to head the
        ministry': whoever takes up a post another held while that other takes up a new one nearby
        has the post the other left."""
        for new in [t for t in self.tenures if t.status == "new"]:
            for held in self.tenures:
                if held.person == new.person or held.post is not new.post or held.status != "current":
                    continue
                if self._kept(held):
                    continue
                if any(
                    t.person == held.person
                    and t.status == "new"
                    and t.post is not new.post
                    and min(abs(i - new.sentences[0]) for i in t.sentences) <= 8
                    for t in self.tenures
                ):
                    held.status = "former"

    def _implicit_replacements(self) -> None:
        """Someone takes up the very post another has just left: a succession the article implies."""
        for new in [t for t in self.tenures if t.status == "new"]:
            for old in self.tenures:
                # one who moved on to a new post hands the old one on, however far the article tells it
                moved_on = any(t.person == old.person and t.status == "new" for t in self.tenures)
                if (
                    old.status == "former"
                    and old.post.key == new.post.key
                    and old.person != new.person
                    # left nearby: "appointed X as prime minister, a day after Y resigned" (and Y's post
                    # told paragraphs later: "He had led the government since 2024")
                    and min(
                        abs(new.sentences[0] - i) for i in [*old.sentences, self.left_at.get(old.person, -9)]
                    )
                    <= (8 if moved_on else 3)
                    and not any(
                        r.successor == new.person and r.predecessor == old.person for r in self.replacements
                    )
                    and not any(
                        r.successor == new.person and r.post is not None and r.post.key == new.post.key
                        for r in self.replacements
                    )
                ):
                    self.replacements.append(
                        Replacement(new.person, old.person, new.post, list(new.sentences))
                    )

    def _open_post(self, index: int) -> Post | None:
        """A post named without its holder one or two sentences back: 'fired the army chief'."""
        return next((post for i, post in reversed(self.open_posts) if 0 <= index - i <= 2), None)

    def vacancy(self, index: int, window: int = 2, excluded: str | None = None) -> Post | None:
        """The post someone (not ``excluded``) has just left, for 'the post' and 'the job' in the next
        sentences."""
        left = self._last_left(index, window, excluded)
        return left.post if left else None

    def _last_left(
        self, index: int, window: int, excluded: str | None = None, title: str | None = None
    ) -> Tenure | None:
        """The tenure left last within ``window`` sentences before ``index``, by anyone but
        ``excluded``, of a post whose title ends in ``title`` when given."""
        return next(
            (
                t
                for t in reversed(self.tenures)
                if t.status == "former"
                and t.person != excluded
                and any(0 <= index - i <= window for i in t.sentences)
                and (title is None or fold(t.post.label).split()[-1] == title)
            ),
            None,
        )

    def leave(self, person: str, sentences: list[int]) -> None:
        """'Romania's defence minister, Radu Ciobanu, resigned': the post named beside a resignation or
        dismissal is one the person has now left."""
        self.left_at.setdefault(person, min(sentences))
        if not any(t.person == person for t in self.tenures):
            # "Guatemala's interior minister resigned. X handed his resignation to the president": X
            left = [post for i, post in self.unnamed_leavers if 0 <= min(sentences) - i <= 2]
            if left:
                self.hold(person, left[-1], "former", min(sentences))
        for tenure in self.tenures:
            if tenure.person != person or not set(tenure.sentences) & set(sentences):
                continue
            if all((person, i) in self.left_as for i in set(tenure.sentences) & set(sentences)):
                continue  # the post left is the one named: "resigned as party leader"
            # "took over the finance ministry in March last year" and now "Finance Minister X resigned":
            # a post taken up elsewhere in the article, and named beside the resignation, is left too
            taken_elsewhere = tenure.status == "new" and not set(tenure.sentences) <= set(sentences)
            # "Health Minister X, who ... before being promoted to lead the ministry, resigned": the
            # title before her name says she held the post she was promoted to when she resigned
            titles = {(person, tenure.post.key, i) for i in sentences}
            titled = tenure.status == "new" and bool(titles & self.titled)
            if tenure.status == "current" or taken_elsewhere or titled:
                tenure.status = "former"

    def country_of(self, person: str) -> str | None:
        """The country a person serves, from the posts the article gives them."""
        for tenure in self.tenures:
            country = tenure.person == person and self.mentions.country_of(tenure.post.organization)
            if country:
                return country
        return None

    def new_post_of(self, person: str) -> Post | None:
        return next((t.post for t in self.tenures if t.person == person and t.status == "new"), None)

    def _sole_post_of(self, person: str) -> Post | None:
        """'Voloshyn, who succeeded Tkachuk': the one post the successor holds now, if only one."""
        held = [t.post for t in self.tenures if t.person == person and t.status == "current"]
        return held[0] if len(held) == 1 else None

    def post_of(self, person: str, sentence: int) -> Post | None:
        """The post a predecessor left: one named in the succession's sentence ('succeeds Recean, who
        had headed the government'), else one held until now, else any earlier one."""
        held = [t for t in self.tenures if t.person == person and t.status != "new"]
        moved_to = {post.key for who, post, _ in self.moves if who == person}  # "whom Z moved to Y": not Y
        held = held or [  # "X, who stepped in as acting PM"
            t for t in self.tenures if t.person == person and t.post.key not in moved_to
        ]
        there = [t for t in held if sentence in t.sentences]
        if there:
            return there[0].post
        current = next((t.post for t in held if t.status == "current"), None)
        if current is not None or not held:
            return current
        # the one left nearest before the succession ("PM X resigned ... named Y to succeed him"), not
        # one he held long ago ("X, a former central bank governor, ...")
        # (of two left in one sentence, the one told last: "the regional police commander, Deputy
        # Commissioner X": the post, not the rank)
        return min(
            reversed(held), key=lambda t: min((i > sentence, abs(i - sentence)) for i in t.sentences)
        ).post

    def _titled_in(self, person: str, sentence: int) -> Post | None:
        """'Foreign Minister Claire Dumoulin, who replaced Thierry Lanvin in October': her title."""
        return next(
            (
                t.post
                for t in self.tenures
                if t.person == person and sentence in t.sentences and t.status != "former"
            ),
            None,
        )

    def _chain_post(self, r: Replacement) -> Post | None:
        """'A succeeds B ... B had himself taken over from C': a chain with no post named is one post."""
        return next(
            (
                q.post
                for q in self.replacements
                if q.predecessor == r.successor
                and q.post is not None
                and abs(q.sentences[0] - r.sentences[0]) <= 2
            ),
            None,
        )

    def finish(self) -> None:
        """Fill posts a replacement left implicit, then let every replacement imply its two tenures."""
        for person, index in self.to_vacancy:
            # "dropped Minister X and named Y to the post": X's post, which the succession already names
            known = next(
                (
                    r.post
                    for r in self.replacements
                    if r.successor == person and index in r.sentences and r.post
                ),
                None,
            )
            # "who had served as deputy speaker, was elected to the post": another's post, not her own
            self.hold(person, known or self.vacancy(index, excluded=person), "new", index)
        for person, index in self.takeovers:
            left = self._last_left(index, 6)
            if left is not None and left.person != person:
                self.hold(person, left.post, "new", index)
                self.replace(person, left.person, left.post, index)
        self._moved_from()
        self._promoted_from()
        self._fill_bare_posts()
        self._drop_bare_posts()
        self._place_bare_posts()
        self._implicit_replacements()
        self._pair_respectively()
        for r in self.replacements:
            # "The post of deputy PM changed hands. X was replaced by Y."; but the predecessor's own
            # title in that sentence first ("General X, the chief of defence, would be replaced by Y")
            if r.post is None:
                there = [
                    t
                    for t in self.tenures
                    if t.person == r.predecessor and r.sentences[0] in t.sentences and t.status != "new"
                ]
                # the title held until now; else, when the successor takes up no post of their own, one
                # left in this very sentence ("Interior Minister X was relieved of his duties and
                # replaced by Y"), before a post named without its holder
                held = [t.post for t in there if t.status == "current"]
                left = [t.post for t in there if t.status == "former" and not self.new_post_of(r.successor)]
                # "The energy portfolio went to X, who replaces Y": the post X takes up in that sentence
                taken = [
                    t.post
                    for t in self.tenures
                    if t.person == r.successor and t.status == "new" and r.sentences[0] in t.sentences
                ]
                r.post = next(iter(held + left + taken), None) or self._open_post(r.sentences[0])
            r.post = (
                r.post
                or self.new_post_of(r.successor)
                or self.post_of(r.predecessor, r.sentences[0])
                or self._chain_post(r)
                or self._titled_in(r.successor, r.sentences[0])
                or self._sole_post_of(r.successor)
            )
            if bare_minister(r.post):
                self._name_bare_post(r)
            if r.post is not None:
                first = r.sentences[0]
                self.hold(r.successor, r.post, "new", first, r.titles[0] if r.titles else None)
                self.hold(r.predecessor, r.post, "former", first)
                r.titles += [  # "defense minister", "acting minister": how the article wrote the post
                    title
                    for person in (r.successor, r.predecessor)
                    for t in self.tenures
                    if t.person == person and t.post is r.post
                    for title in t.titles
                ]
                r.titles = list(dict.fromkeys(r.titles))
        # "named Finance Minister X prime minister ... The finance portfolio will be run by Y": known
        # only now that the succession's post is
        replaced = len(self.replacements)
        self._promoted_from()
        self._implicit_replacements()
        for r in self.replacements[replaced:]:
            self.hold(r.predecessor, r.post, "former", r.sentences[0])
        for r in self.replacements:  # replaced in turn: Recean took over from Gavrilița, then lost the post
            for tenure in self.tenures:
                if tenure.person == r.predecessor and tenure.post is r.post:
                    tenure.status = "former"
                # the deputy who takes the minister's post leaves her own, unless she only acts in it
                acting = any(set(fold(t).split()) & {"acting", "interim", "caretaker"} for t in r.titles)
                promoted = (
                    r.post is not None
                    and not acting
                    and (
                        tenure.post is self.posts.deputy_of(r.post)
                        # "Political Deputy Minister of Economic Affairs X was promoted to head the ministry"
                        or r.sentences[0] in tenure.sentences
                        and deputy_post_of(tenure.post, r.post)
                    )
                )
                promoted = promoted and not self._kept(tenure)
                if tenure.person == r.successor and promoted and tenure.status == "current":
                    tenure.status = "former"  # the deputy who takes the minister's post leaves her own
        for tenure in self.tenures:
            if self._kept(tenure) and tenure.status == "former":
                tenure.status = (
                    "current"  # "X, until now justice minister, ... will keep the justice portfolio"
                )
        self._drop_bare_posts()  # the replacements' posts are known now

    # -------------------------------------------------------------- readers

    def _leaving(self, index: int, verb) -> None:
        """'Angela Rayner resigned as deputy prime minister': she held the post until now."""
        if sx.negated(verb) or sx.hypothetical(verb):
            return
        if verb.lemma_ in lx.DISMISS_VERBS:
            # "was relieved of his duties as chief of defence", "dismissed X as head of the agency"
            dismissed = sx.subject_token(verb) if sx.is_passive(verb) else next(iter(sx.objects(verb)), None)
            person = self._person(dismissed) if dismissed is not None else None
            if person is None and dismissed is not None and dismissed.lemma_ in lx.POST_NOUNS:
                # "fired the commander of the police, Gen. X": the name parsed as a second object
                person = next((self._person(o) for o in sx.objects(verb)[1:] if self._person(o)), None)
            duties = [d for d in sx.prep_objects(verb, "of", "from") if d.lemma_ in lx.DUTY_NOUNS]
            for noun in sx.prep_objects(verb, "as") + [n for d in duties for n in sx.prep_objects(d, "as")]:
                self.hold(person, self.posts.from_phrase(noun, person), "former", index)
            if person and dismissed.lemma_ in lx.POST_NOUNS and not sx.is_passive(verb):
                # "removed the district police officer, Tariq Mehmood": the post the object names
                self.hold(person, self.posts.from_phrase(dismissed, person), "former", index)
            if person is None and dismissed is not None and dismissed.lemma_ in lx.POST_NOUNS:
                post = self.posts.from_phrase(dismissed, None)  # "fired the chief of the General Staff"
                if post:
                    self.open_posts.append((index, post))
            for duty in duties:
                if duty.lemma_ in lx.VACANCY_NOUNS and any(c.lower_ == "the" for c in duty.children):
                    self.hold(person, self._open_post(index), "former", index)  # "removed from the post"
            for command in (d for d in sx.prep_objects(verb, "from", "of") if d.lemma_ == "command"):
                for unit in sx.prep_objects(command, "of"):  # "removed X from command of the 3rd Corps"
                    self.hold(person, self._led_post(unit, person, "Commander"), "former", index)
            self.hold(person, self._where_post(verb, person), "former", index)
            return
        if verb.lemma_ not in lx.LEAVE_VERBS:
            return
        subject = sx.subject_token(verb)
        person = self._person(subject) if subject is not None else None
        if person is None and subject is not None and subject.lemma_ in lx.POST_NOUNS:
            post = self.posts.from_phrase(subject, None)  # "Guatemala's interior minister resigned"
            if post:
                self.open_posts.append((index, post))
                self.unnamed_leavers.append((index, post))
        self.hold(person, self._where_post(verb, person), "former", index)
        for noun in sx.prep_objects(verb, "as"):
            for each in sx.with_conjuncts([noun]):
                post = self.posts.from_phrase(each, person)
                self.hold(person, post, "former", index)
                if person and post:  # "prompting Prime Minister X to step down as party leader": only that
                    self.left_as.add((person, index))

    def _where_post(self, verb, person: str | None) -> Post | None:
        """'The reshuffle also reached Agriculture, where Ignacio Pardo was removed': the ministry the
        clause hangs on is the post."""
        if verb.dep_ != "relcl" or not any(c.lower_ == "where" for c in verb.children):
            return None
        place = verb.head
        if place.ent_type_ in ("GPE", "LOC", "FAC") or self.mentions.actor(place):
            return None  # "Kharkiv, where the governor resigned"
        return self.posts.from_department(place, person) or self.posts.from_topic([place], person)

    def _moving(self, index: int, verb) -> None:
        """'Mahmood moves to the Home Office', 'takes over the work and pensions department'."""
        if sx.negated(verb) or self._hedged(verb):
            return
        taking_over = sx.taking_over(verb)
        if verb.lemma_ not in lx.MOVE_VERBS and not taking_over:
            return
        subject = sx.subject_token(verb)
        person = self._person(subject) if subject is not None else None
        if verb.lemma_ in lx.MOVE_VERBS and sx.objects(verb):  # "Meloni moved her interior minister to ..."
            mover = self.mentions.actor(subject) if subject is not None else None
            person = self._person(sx.objects(verb)[0])
            if person and mover and mover != person:
                self.appointers.setdefault(person, mover)  # "reshuffled his cabinet, moving X to Y"
        targets = sx.prep_objects(verb, "to") if verb.lemma_ in lx.MOVE_VERBS else sx.objects(verb)
        if taking_over:
            targets += sx.prep_objects(verb, "at")  # "takes over at Transport"
        also = any(c.lower_ in ("also", "additionally") for c in verb.children)  # a second portfolio
        if verb.lemma_ in lx.MOVE_VERBS:  # "is moving to Warsaw as ambassador to Poland"
            # "moves to the State Committee for National Security as deputy chairman": the body's post
            bodies = [self.mentions.actor(t) for t in sx.prep_objects(verb, "to")]
            body = next((k for k in bodies if k and self.mentions.actors[k].kind in ORGANIZATION_KINDS), None)
            for noun in sx.prep_objects(verb, "as"):
                post = self.posts.from_phrase(noun, person)
                if post is not None and body and post.organization != body and " of " not in post.label:
                    post = self.posts.get(post.label, body)
                self.hold(person, post, "new", index)
        for noun in targets:
            if taking_over and noun.lemma_ in lx.TAKE_CHARGE_NOUNS:
                continue  # "took over command of the regiment": see _taking_charge
            post = self.posts.from_department(noun, person)
            if post is None and not sx.prep_objects(verb, "as"):  # "moves to the X as deputy": not X's head
                post = self._led_post(noun, person)
            bare = not any(c.dep_ in ("compound", "amod", "nmod", "poss") for c in noun.children)
            vacancy = (
                noun.lemma_ in lx.VACANCY_NOUNS or noun.lemma_ == "portfolio" and bare
            )  # "the portfolio"
            if post is None and taking_over and vacancy and person:
                self.takeovers.append((person, index))  # "named X to take over the job of policing spending"
            self.hold(person, post, "new", index)
            if person and post is not None and not also:
                self.moves.append((person, post, index))
        for noun in sx.prep_objects(verb, "from"):
            if verb.lemma_ in lx.MOVE_VERBS:
                self.hold(person, self.posts.from_department(noun, person), "former", index)

    def _handed_over(self, index: int, verb) -> None:
        """'The agriculture portfolio goes to Martin Sedlacek': he takes up that ministry; 'her old
        post went to Owen Hartley': he succeeds her in it."""
        filled = verb.lemma_ == "fill" and sx.is_passive(verb)  # "His former post will be filled by Y"
        allotted = verb.lemma_ in lx.ALLOT_VERBS and sx.is_passive(verb)  # "has been allotted to Y"
        if verb.lemma_ in lx.ALLOT_VERBS and not allotted and not sx.negated(verb) and not self._hedged(verb):
            self._allotting(index, verb)
        if verb.lemma_ not in ("go", "pass", "fall") and not (filled or allotted):
            return
        if sx.negated(verb) or self._hedged(verb):
            return
        department = sx.subject_token(verb)
        given = self._person(department) if allotted and department is not None else None
        if given:
            for noun in sx.objects(verb):  # "Y was given the Sports portfolio"
                self.hold(given, self.posts.from_department(noun, given), "new", index)
            return
        owned = department is not None and any(c.dep_ == "poss" for c in department.children)
        if department is not None and (
            department.lemma_ in lx.VACANCY_NOUNS | {"place"} or department.lemma_ == "portfolio" and owned
        ):  # "His place at Defence goes to Y", "Perera's old portfolio went to Y"
            owner = next((self._person(c) for c in department.children if c.dep_ == "poss"), None)
            left = [t.post for t in self.tenures if t.person == owner and t.status == "former"]
            post = left[-1] if left else self.post_of(owner, index) if owner else None  # her old job
            named = [  # "His place at Defence goes to Y": the post named there
                self.posts.from_department(n, owner) or self._led_post(n, owner)
                for n in sx.prep_objects(department, "at", "in")
            ]
            if any(c.dep_ == "compound" for c in department.children):  # "her old trade portfolio"
                named.append(self.posts.from_department(department, owner))
            given_up = next((p for p in named if p), None)
            post = given_up or post
            for holder in [sx.agent(verb)] if filled else sx.prep_objects(verb, "to"):
                named_holder = self._naming(holder) if holder is not None else None
                if named_holder is None:  # "goes to her deputy, X": the parser may hang X on the portfolio
                    named_holder = next((c for c in department.children if c.dep_ == "appos"), None)
                person = self._person(named_holder) if named_holder is not None else None
                self.hold(person, post, "new", index)
                if person and owner and person != owner and given_up is not None:
                    self.hold(owner, given_up, "former", index)  # she gave it up
                self.replace(person, owner, post, index)
            return
        if department is None or department.lemma_ not in ("portfolio", "ministry", "department"):
            return
        # "The Urban Development portfolio, held by Mr. Manjunath until his resignation, ..."
        held = [sx.agent(c) for c in department.children if c.dep_ == "acl" and c.lemma_ == "hold"]
        earlier = [self._person(t) for t in held if t is not None]
        for holder in sx.prep_objects(verb, "to"):
            person = self._person(holder)
            post = self.posts.from_department(department, person)
            self.hold(person, post, "new", index)
            for predecessor in earlier:
                self.hold(predecessor, post, "former", index)
                self.replace(person, predecessor, post, index)

    def _allotting(self, index: int, verb) -> None:
        """'handed the Health portfolio to Amina Hassan', 'gave Ortega the defence portfolio'."""
        given = [o for o in sx.objects(verb) if o.lemma_ in ("portfolio", "ministry", "department")]
        recipients = sx.prep_objects(verb, "to") + [
            o
            for c in verb.children
            if c.dep_ == "dative"
            for o in ([c] if c.pos_ != "ADP" else [g for g in c.children if g.dep_ == "pobj"])
        ]  # "to career diplomat Nadia El-Amin" may come as a dative
        subject = sx.subject_token(verb)
        giver = self.mentions.actor(subject) if subject is not None else None
        for holder in recipients:
            person = self._person(holder)
            for noun in given:
                self.hold(person, self.posts.from_department(noun, person), "new", index)
            if person and given and giver and giver != person:
                self.appointers[person] = giver  # "Tayfour reshuffled his cabinet, handing ... to Y"

    def _misparsed_step(self, index: int, token) -> None:
        """'Valenti steps in for Corradi at ...', 'Zielińska steps into the role vacated by ...' where
        the tagger read "steps" as a plural noun and hung the name on it."""
        if token.lemma_ != "step" or token.pos_ != "NOUN":
            return
        successor = next((self._person(c) for c in token.children if self._person(c)), None)
        predecessors = []
        for prep in (c for c in token.children if c.dep_ == "prep"):
            for inner in (c for c in prep.children if c.dep_ == "prep" and c.lower_ == "for"):
                predecessors += [o for o in inner.children if o.dep_ == "pobj"]  # "in for Corradi"
            for role in (
                o for o in prep.children if o.dep_ == "pobj" and o.lemma_ in ("role", "post", "job")
            ):
                for vacated in (c for c in role.children if c.dep_ == "acl"):
                    by = sx.agent(vacated)
                    predecessors += [by] if by is not None else []
        posts = [
            self.posts.from_department(n, successor) or self.posts.from_phrase(n, successor)
            for n in sx.prep_objects(token, "at", "as")
        ]
        post = next((p for p in posts if p), None)
        for token_ in predecessors:
            self.replace(successor, self._person(token_), post, index)
        if post and predecessors:
            self.hold(successor, post, "new", index)

    def _misparsed_succeeding(self, index: int, token) -> None:
        """'X was sworn in as minister of Y, succeeding Z, who quit after officers of ... searched his
        offices', where the parser made 'succeeding' a clause of its own and Z the subject of 'searched':
        Z is whom the subject of the sentence succeeds, in the post it was named to."""
        if token.lemma_ not in ("succeed", "replace") or token.tag_ != "VBG" or sx.objects(token):
            return
        name = next((e for e in token.doc.ents if e.start == token.i + 1 and e.label_ == "PERSON"), None)
        if name is None or name.root.head == token:
            return  # no name right after it, or parsed as it should be: _succession reads it
        subject = next(
            (t for t in token.sent if t.i < token.i and t.dep_ in ("nsubj", "nsubjpass") and self._person(t)),
            None,
        )
        if subject is None:
            return
        successor, predecessor = self._person(subject), self._person(name.root)
        named = [self.posts.from_phrase(n, successor) for n in sx.prep_objects(subject.head, "as")]
        post = next((p for p in named if p), None)
        if predecessor and successor != predecessor:
            self.replace(successor, predecessor, post, index)

    def _put_in_charge(self, index: int, verb) -> None:
        """'removed the director, X, putting his deputy, Y, in charge': Y takes the post just left, or
        the one named ('placed Y in charge of the police')."""
        if verb.lemma_ not in ("put", "place", "leave") or sx.negated(verb) or self._hedged(verb):
            return
        charge = next((o for o in sx.prep_objects(verb, "in") if o.lemma_ == "charge"), None)
        person = next((self._person(o) for o in sx.objects(verb) if self._person(o)), None)
        if charge is None or person is None:
            return
        named = [self.posts.from_department(o, person) for o in sx.prep_objects(charge, "of")]
        post = next((p for p in named if p), None)
        left = self._last_left(index, 0) if post is None else None
        if left is not None and left.person != person:
            post = left.post
            self.replace(person, left.person, post, index)
        self.hold(person, post, "new", index)

    def read(self, index: int, span) -> None:
        for token in span:
            self._misparsed_step(index, token)
            self._misparsed_succeeding(index, token)
            self._titled_name(index, token)
            self._apposition(index, token)
            self._until_now(index, token)
            if token.pos_ in ("VERB", "AUX"):
                self._copula(index, token)
                self._keeping(index, token)
                self._holding(index, token)
                self._leaving(index, token)
                self._put_in_charge(index, token)
                self._moving(index, token)
                self._handed_over(index, token)
                self._serving(index, token)
                self._leading(index, token)
                self._appointment(index, token)
                self._succession(index, token)
            if (
                token.lemma_ in lx.POST_NOUNS
                and any(c.lower_ in NEW_MARKERS for c in token.children)
                and any(c.lower_ in ("a", "an") for c in token.children)
                and not any(c.dep_ == "appos" for c in token.children)
            ):  # "The delegation arrived with a new chief negotiator.": the post the next sentence fills
                post = self.posts.from_phrase(token, None)
                if post:
                    self.open_posts.append((index, post))
            named = any(c.dep_ in ("compound", "amod", "nmod", "prep") for c in token.children)
            if (
                token.lemma_ in lx.DEPARTMENT_NOUNS
                and token.dep_ == "pobj"
                and token.head.lower_ == "at"
                and named
            ):
                # "The biggest change is at the interior ministry.": the post of the next sentences; not
                # "at the ministry that oversees the police", which is whichever ministry was just named
                post = self.posts.from_department(token, None)
                if post:
                    self.open_posts.append((index, post))
            if token.lemma_ in lx.HELD_NOUNS and token.pos_ == "NOUN":
                for noun in sx.prep_objects(token, "of"):
                    post = self.posts.from_phrase(noun, None)
                    if post:
                        self.open_posts.append((index, post))
            if token.lemma_ in lx.PREDECESSOR_NOUNS and token.pos_ == "NOUN":
                self._replacement_noun(index, token, span)

    def _person(self, token) -> str | None:
        key = self.mentions.actor(token)
        return key if key and self.mentions.actors[key].kind == "Person" else None

    def _misparsed_from(self, token):
        """'takes over from Lemos, Valadares' office said': the parser makes one phrase of the name and
        the speaker after the comma; the name is the one taken over from."""
        if self._person(token):
            return token
        return next(
            (c for c in token.children if c.dep_ == "nmod" and c.i < token.i and self._person(c)), token
        )

    def _dismissed_with(self, verb) -> list:
        """The people dismissed by the verb that 'appointed Y to succeed him' is joined to."""
        # "... and appointed Y in his place"; "and named Y to replace him", also as a purpose clause
        appointing = verb.head if verb.dep_ in ("xcomp", "advcl") else verb
        if appointing.lemma_ not in lx.APPOINT_VERBS or appointing.dep_ != "conj":
            return []
        # "sacked X, whose handling had drawn criticism, and named Y": the parser may join it to the clause
        fired = next((h for h in sx.heads(appointing, 3) if h.lemma_ in lx.DISMISS_VERBS), None)
        if fired is None or sx.is_passive(fired):
            return []
        return [t for t in map(self._naming, sx.objects(fired)) if t is not None]

    def _naming(self, token):
        """The words naming a person: ``token`` itself, or the name set beside a description of them
        ('his deputy, Sofia Marinho')."""
        if self._person(token):
            return token
        if token.lower_ == "one":  # "installed one of the premier's closest allies, Lucia Hrnciarova"
            token = next(iter(sx.prep_objects(token, "of")), token)
        return next((c for c in token.children if c.dep_ == "appos" and self._person(c)), None)

    def _person_named(self, token) -> str | None:
        naming = self._naming(token)
        return self._person(naming) if naming is not None else None

    def _titled_name(self, index: int, token) -> None:
        """A title before a name: 'President Volodymyr Zelensky', 'Interior Minister Ihor Klymenko',
        'special envoy Steve Witkoff'."""
        named = self.mentions.by_token.get(token_key(token))  # the name itself, not a pronoun for it
        person = self._person(token) if named else None
        if not person or token.dep_ == "compound" and self._person(token.head) == person:
            return
        title = []
        for child in token.lefts:
            if (
                child.dep_ in ("compound", "amod", "nmod", "poss")
                and self.mentions.by_token.get(token_key(child)) != person
            ):
                title += [t for t in child.subtree if t.i < token.i]  # not a comma the parser hung on it
        title = [t for t in title if self.mentions.by_token.get(token_key(t)) != person]
        title = [t for t in title if not (t.pos_ == "VERB" and t.lemma_ in lx.PERSONNEL_VERBS)]
        for cut, word in reversed(list(enumerate(title))):  # "between Vilkelis and Defense Minister X"
            other = self.mentions.by_token.get(token_key(word))
            if word.pos_ == "CCONJ" and joint_portfolio(title):
                continue  # "Energy and Mines Minister X": one ministry of two portfolios
            if word.pos_ == "CCONJ" or other and self.mentions.actors[other].kind == "Person":
                title = title[cut + 1 :]
                break
        while (
            len(title) > 1
            and title[-1].lower_.rstrip(".") in lx.RANKS_MILITARY
            and (title[-2].lemma_.lower() in lx.POST_NOUNS)
            # "Prosecutor General X", "Secretary General Y": the word is part of the title
            and not (title[-1].lower_ == "general" and title[-2].lower_ in lx.GENERAL_TITLES)
        ):
            title = title[:-1]  # "army commander General Sok Pheakdey": the rank is no part of the post
        if not title:
            title = self._title_before(token, person)
        # "General Sorin Matei", "Brazilian Major General X", "Argentina's Major General Y": a rank
        words = {t.lower_ for t in title if t.ent_type_ not in ("NORP", "GPE") and t.tag_ != "POS"}
        if not title or title[-1].lower_ in lx.NOT_POSTS or words <= lx.RANKS_MILITARY:
            return
        post = self.posts.from_title(title, person)
        if post:
            status = self._status_of(title, "current")
            self.hold(person, post, status, index)
            if status == "current":
                self.titled.add((person, post.key, index))

    def _title_before(self, token, person: str) -> list:
        """The words just before a name when the parser did not attach them to it:
        "Ukraine's military intelligence chief Kirill Budanov will ..." """
        start = min(t.i for t in token.subtree if self.mentions.by_token.get(token_key(t)) == person)
        words = []
        for i in range(start - 1, max(start - 7, -1), -1):
            word = token.doc[i]
            if word.pos_ == "CCONJ" and i > 0 and joint_portfolio([token.doc[i - 1], word, *words]):
                words.insert(0, word)  # "Energy and Mines Minister X"
                continue
            if (
                word.is_punct
                or word.pos_ in ("VERB", "AUX", "ADP", "DET", "PRON", "CCONJ")
                and word.tag_ != "POS"
            ):
                break
            words.insert(0, word)
        return words if words and words[-1].lemma_.lower() in lx.POST_NOUNS else []

    def _apposition(self, index: int, token) -> None:
        """A post in apposition: 'Jordan Bardella, president of the National Rally' and
        'the party's first secretary, Olivier Faure'."""
        if token.dep_ != "appos":
            return
        head = token.head
        named = self.mentions.by_token.get(token_key(token))
        if token.lemma_ in lx.POST_NOUNS and named and named == self._person(head):
            named = None  # "Ana Lopez, the minister of energy,": a description of her, her post
        if named and self.mentions.actors[named].kind == "Person":
            person, post_noun = named, head  # "the party's first secretary, Olivier Faure"
            if (
                head.dep_ == "pobj"
                and head.head.head.lemma_ in lx.POST_NOUNS
                and head.head.head.pos_ != "VERB"
            ):
                post_noun = head.head.head  # "The mayor of Lviv, Andriy Sadovyi" parsed onto Lviv
            post_noun = sx.conjoined_title(token) or post_noun
        else:
            person, post_noun = self._person(head), token  # "Jordan Bardella, president of ..."
        if (
            not person
            or post_noun.lower_ in lx.NOT_POSTS
            or self._person(post_noun) == person
            and post_noun.pos_ == "PROPN"
            and post_noun.lower_ not in lx.POST_NOUNS  # "the chancellor of the Exchequer, Rachel Reeves"
        ):
            return
        boss = next((self._person(c) for c in post_noun.children if c.dep_ == "poss"), None)
        if post_noun.lemma_ == "counterpart" and boss:
            self._counterpart(index, person, boss, post_noun)
            return
        post = self.posts.from_phrase(post_noun, person)
        if post and post_noun.lemma_ == "deputy" and post.label == "Deputy" and boss:
            held = [t for t in self.tenures if t.person == boss]  # "installed his deputy, X"
            held = [t for t in held if t.status == "current"] or held  # the post he holds, not one he takes
            post = self.posts.deputy_of(held[-1].post) if held else post
            titled = [  # "Huang's deputy, Political Deputy Minister of Economic Affairs Tsai": that title
                t
                for t in self.tenures
                if t.person == person and index in t.sentences and "deputy" in fold(t.post.label).split()
            ]
            post = None if titled else post
        if post:
            before = [
                t for t in post_noun.subtree if t.i <= post_noun.i
            ]  # "until now parliamentary secretary"
            self.hold(person, post, self._status_of(before, "current"), index)

    def _counterpart(self, index: int, person: str, other: str, noun) -> None:
        """'Foreign Minister X and her Honduran counterpart, Y': Y holds X's post, in Y's country."""
        held = [t for t in self.tenures if t.person == other and t.status != "former"]
        demonym = next((c for c in noun.children if c.dep_ in ("amod", "compound")), None)
        country = self.mentions.actor(demonym) if demonym is not None else None
        if not held or not country or self.mentions.actors[country].kind != "Country":
            return
        post = held[-1].post
        self.hold(person, self.posts.get(post.label, country, post.identity), "current", index)

    def _until_now(self, index: int, token) -> None:
        """'goes to Ledesma, until now secretary of state for defence', 'X, until recently deputy
        interior minister, was named ...': a post the person named just before has held till now."""
        if token.lower_ != "until" or not any(c.lower_ in lx.UNTIL_NOW for c in token.children):
            return
        person = next(
            (
                key
                for t in reversed(token.doc[token.sent.start : token.i])
                for key in [self.mentions.by_token.get(token_key(t))]
                if key and self.mentions.actors[key].kind == "Person"
            ),
            None,
        )
        for noun in (c for c in token.children if c.dep_ == "pobj"):
            if noun.lemma_.lower() in lx.POST_NOUNS or noun.lower_ in lx.POST_NOUNS:
                self.hold(person, self.posts.from_phrase(noun, person), "former", index)

    def _kept(self, tenure) -> bool:
        """A post the article says its holder keeps, whatever else they take up."""
        return (tenure.person, tenure.post.key) in self.kept_posts

    def _keeping(self, index: int, verb) -> None:
        """'Zidhna will keep the fisheries portfolio': a post held still, whatever else she takes up."""
        if verb.lemma_ not in ("keep", "retain") or sx.negated(verb) or sx.hypothetical(verb):
            return
        subject = sx.subject_token(verb)
        person = self._person(subject) if subject is not None else None
        # "keep the fisheries portfolio" may be parsed "keep [the fisheries] [portfolio]"
        split = any(c.dep_ == "oprd" and c.lemma_ in lx.DEPARTMENT_NOUNS for c in verb.children)
        for obj in sx.objects(verb) if person else []:
            post = self.posts.from_department(obj, person)
            if post is None and split:
                post = self.posts.from_topic(list(obj.subtree), person)
            if post is None:
                continue
            held = [t.post for t in self.tenures if t.person == person]
            # "minister of petroleum and mineral resources ... will keep the petroleum portfolio": that post
            post = next((p for p in held if f"{p.label} ".startswith(f"{post.label} ")), post)
            self.hold(person, post, "current", index)
            self.kept_posts.add((person, post.key))

    def _holding(self, index: int, verb) -> None:
        """'X will himself hold the tourism ministry on an interim basis': a department's post taken up;
        'who holds the energy portfolio': held now."""
        if verb.lemma_ != "hold" or sx.negated(verb) or self._hedged(verb):
            return
        subject = sx.subject_token(verb)
        person = self._person(subject) if subject is not None else None
        for obj in sx.objects(verb) if person else []:
            if obj.lemma_ not in lx.DEPARTMENT_NOUNS:
                continue  # "held talks", "holds a degree"
            post = self.posts.from_department(obj, person)
            tense = sx.tense(verb)
            status = "new" if tense == "future" else "former" if tense == "past" else "current"
            self.hold(person, post, status, index)

    def _copula(self, index: int, verb) -> None:
        """'Catherine Vautrin is France's new minister of the armed forces'."""
        if verb.lemma_ not in ("be", "become", "remain", "stay"):
            return
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        attribute = next((c for c in verb.children if c.dep_ == "attr"), None)
        person = self._person(subject) if subject is not None else None
        if not person or attribute is None or sx.negated(verb) or sx.modal(verb):
            return
        default = "former" if sx.tense(verb) == "past" else "current"
        if verb.lemma_ == "become":
            default = "new"  # "Lammy becomes deputy prime minister and justice secretary"
            if sx.tense(verb) == "past" and in_a_year(verb):
                default = "current"  # "Atayev became president in 2022": held since, unless left later
        for noun in sx.with_conjuncts([attribute]):
            post = self.posts.from_phrase(noun, person)
            if post:
                self.hold(person, post, self._status_of(list(noun.lefts), default), index)

    def _serving(self, index: int, verb) -> None:
        """'Fedorov, currently serving as the Minister of Digital Transformation'."""
        if verb.lemma_ not in lx.SERVE_VERBS:
            return
        if verb.dep_ == "xcomp" and verb.head.lemma_ in lx.APPOINT_VERBS:
            return  # "named X to act as deputy governor": the appointment, read as one
        person = self._person(sx.subject_token(verb)) if sx.subject_token(verb) is not None else None
        for noun in sx.prep_objects(verb, "as"):
            post = self.posts.from_phrase(noun, person)
            if post:
                currently = any(c.lower_ in ("currently", "now", "still") for c in verb.children)
                if any(c.lower_ == "until" for c in verb.children):
                    currently = False  # "who until now served as ambassador": no longer
                past = verb.tag_ == "VBD" or sx.tense(verb) == "past"
                until = any(c.lower_ == "until" for c in verb.children)
                status = "former" if (past or until) and not currently else "current"
                # "said X would serve as acting foreign minister until ...": the future seen from then
                future = sx.told_to_come(verb)
                conditional = any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children)
                if future and not sx.negated(verb) and not conditional and verb.lemma_ in ("serve", "act"):
                    status = "new"  # "His deputy will serve (act) as acting governor": the post taken up
                self.hold(person, post, status, index)

    def _leading(self, index: int, verb) -> None:
        """'who leads the National Rally's deputies', 'who ran the ministry', 'oversaw labour and health'."""
        if verb.lemma_ == "take" and not sx.negated(verb) and not sx.hypothetical(verb):
            self._taking_charge(index, verb)
        if verb.lemma_ not in lx.LEAD_VERBS or sx.negated(verb):
            return
        subject = sx.subject_token(verb)
        person = self._person(subject) if subject is not None else None
        led = sx.objects(verb)
        # "The Defense Ministry will be led by Takuya Maeda": the agent leads the department
        passive = sx.is_passive(verb) and subject is not None and sx.agent(verb) is not None
        if passive:
            person, led = self._person(sx.agent(verb)), [subject]
        purpose = verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        if (verb.dep_ == "xcomp" or purpose) and verb.head.lemma_ in lx.APPOINT_VERBS:
            status = "new"  # "named X to lead the agency", "tapped X, the navy chief, to lead the JCS"
            person = self._appointee(verb.head) or person
        elif verb.dep_ == "acl" and verb.head.lemma_ in CHOICE_NOUNS and not self._hedged(verb.head.head):
            status = "new"  # "approved the army chief's pick of Itai Barkan to head the Northern Command"
            person = next((self._person(o) for o in sx.prep_objects(verb.head, "of")), None)
        elif sx.hypothetical(verb) or passive and self._hedged(verb):
            return
        elif passive and sx.tense(verb) == "future":
            status = "new"  # a department that will be led by someone: the post they take up
        else:
            status = "former" if sx.tense(verb) == "past" else "current"
        for obj in led:
            # a department led in the passive; not "the delegation was led by X"
            post = self.posts.from_department(obj, person) if passive else self._led_post(obj, person)
            if post is None and obj.lower_ == "ministry" and [c.lower_ for c in obj.children] == ["the"]:
                if person and sx.tense(verb) == "future":  # "the minister resigned. X will lead the ministry"
                    self.to_vacancy.append((person, index))
            held = post is not None and any(t.post is post and t.person != person for t in self.tenures)
            if post and sx.tense(verb) == "future" and (ministerial(post) or held):
                status = "new"  # "X will run the infrastructure ministry on an interim basis"
            if post:
                self.hold(person, post, status, index)

    def _taking_charge(self, index: int, verb) -> None:
        """'will take charge of the presidential office', 'took the helm of the party': a new post."""
        subject = sx.subject_token(verb)
        person = self._person(subject) if subject is not None else None
        for noun in sx.objects(verb):
            if noun.lemma_ in lx.TAKE_CHARGE_NOUNS:
                for obj in sx.prep_objects(noun, "of"):
                    post = self._led_post(obj, person, "Commander" if noun.lemma_ == "command" else None)
                    if post:
                        self.hold(person, post, "new", index)

    def _led_post(self, obj, person: str | None, title: str | None = None) -> Post | None:
        post = self.posts.from_department(obj, person)
        if post:
            return post
        if obj.lemma_.lower() in ("government", "cabinet") and not any(
            c.dep_ == "poss" for c in obj.children
        ):
            country = self.mentions.country_of(person) or self.mentions.main_country()
            # "who had headed the government since 2023"; "named to head the Cabinet" where the article
            # calls the head of government "Premier"
            head = "Premier" if (country, "premier") in self.posts.known else "Prime Minister"
            return self.posts.get(head, country)
        owner = self.mentions.actor(obj)
        if owner is None:
            owner = next((self.mentions.actor(c) for c in obj.children if c.dep_ == "poss"), None)
        if owner and self.mentions.actors[owner].kind not in ("Person", "Country", "Place"):
            phrase = " ".join(t.text for t in obj.subtree if t.dep_ not in ("det",) and not t.is_punct)
            phrase = phrase.replace(" 's", "'s").replace(" ’s", "’s")
            if obj.lemma_ in ("party", "movement") or self.mentions.actor(obj) == owner:
                phrase = self.mentions.actors[owner].label
            if self.mentions.actors[owner].kind == "GovernmentBody" and self.mentions.actor(obj) == owner:
                if phrase.startswith("Ministry of "):  # "moved to the Ministry of Solid Minerals Development"
                    return self.posts.get(phrase.replace("Ministry", "Minister", 1), owner)
                head = title or LED_TITLES.get(obj.head.lemma_, "Head")  # "ran the Cabinet Office"
                return self.posts.get(f"{head} of the {phrase}", owner)
            return self.posts.get(f"{title or 'Leader'} of {phrase}", owner)
        # "who headed the ministry's internal audit department", "who chairs parliament's health committee"
        clauses = {  # and "the regional command from X": who held it is no part of its name
            t.i
            for c in obj.children
            if c.dep_ in ("relcl", "acl", "appos") or c.dep_ == "prep" and c.lower_ in ("from", "to", "since")
            for t in c.subtree
        }
        topic = self.posts.from_topic([t for t in obj.subtree if t.i not in clauses], person)
        if topic or obj.lemma_.lower() not in lx.UNIT_NOUNS:  # "takes over at Transport, where he ..."
            return topic
        words = [
            t for t in obj.subtree if t.dep_ not in ("det", "case") and not t.is_punct and t.i not in clauses
        ]
        words = [
            t
            for t in words
            if not (t.dep_ == "poss" or any(a.dep_ == "poss" for a in t.ancestors if a in words))
        ]
        if [t.lower_ for t in words] == [obj.lower_] and any(c.lower_ == "the" for c in obj.children):
            ending = f" {obj.text.title()}"
            named = next(  # "the head of the Armament Agency ... will run the agency": that agency's head
                (
                    t.post
                    for t in reversed(self.tenures)
                    if not t.post.label.startswith("Deputy ")  # who runs it heads it
                    and (
                        t.post.label.endswith(ending)
                        or t.post.organization
                        and self.mentions.actors[t.post.organization].label.endswith(ending)
                    )
                ),
                None,
            )
            if named is not None:
                return named
        title = title or LED_TITLES.get(obj.head.lemma_, "Head")
        country = self.mentions.country_of(person) or self.mentions.main_country()
        return self.posts.get(f"{title} of the {title_case(' '.join(t.text for t in words))}", country)

    def _appointee(self, verb) -> str | None:
        if sx.is_passive(verb):
            subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
            return self._person(subject) if subject is not None else None
        for obj in [c for c in verb.children if c.dep_ in ("dobj", "oprd")]:
            # "named the mayor of Durres, Blerina Shehu, to ...": the name beside the post
            described = obj.lemma_ in lx.POST_NOUNS or obj.lower_ == "one"
            person = self._person_named(obj) if described else self._person(obj)
            if person:
                return person
        return None

    def _appointment(self, index: int, verb) -> None:
        """A new post: 'appointed X to the defense ministry', 'elevated him to prime minister',
        'was handed the defence portfolio'."""
        if verb.lemma_ not in lx.APPOINT_VERBS or self._hedged(verb):
            return
        person = self._appointee(verb)
        if not person or verb.lemma_ in ("approve", "confirm") and not sx.prep_objects(verb, "as"):
            return
        self.appointees.setdefault(index, []).append(person)
        # "sacked its chief executive, X, and named his deputy, Y, to head the authority": Y succeeds X
        # "sacked X, appointing his deputy, Y, as acting director": the same
        fired = verb.head if verb.dep_ == "conj" or verb.dep_ == "advcl" and verb.tag_ == "VBG" else None
        if fired is not None and fired.lemma_ in lx.DISMISS_VERBS and not sx.is_passive(fired):
            for obj in sx.objects(fired):  # "dismissed the provincial governor, X, and appointed Y"
                dismissed = self._person_named(obj)
                left = self.post_of(dismissed, index) if dismissed else None
                self.replace(person, dismissed, left, index)
        posts = [self.posts.from_phrase(n, person) for n in sx.prep_objects(verb, "to", "as")]
        posts += [
            self.posts.from_phrase(n, person)
            for n in verb.children
            if n.dep_ in ("oprd", "attr") and (n.pos_ == "NOUN" or n.lower_ in lx.POST_NOUNS)
        ]  # "was named interior minister", "was named minister of justice" (tagged PROPN)
        if verb.lemma_ == "hand":
            posts += [self.posts.from_department(n, person) for n in sx.objects(verb)]
        for clause in (c for c in verb.children if c.dep_ == "advcl" and c.lemma_ == "make"):
            posts += [
                self.posts.from_phrase(n, person) for n in sx.objects(clause)
            ]  # "making him the fifth PM"
        if not any(posts):  # "named Zielińska to the post": the one just left, known once the article is read
            for noun in sx.prep_objects(verb, "to", "as"):
                if noun.lemma_ in ("post", "job", "role", "position") and not sx.prep_objects(noun, "of"):
                    self.to_vacancy.append((person, index))
        # "Dewi, who was appointed deputy trade minister in October 2024": a post held since, not news
        since = verb.dep_ == "relcl" and in_a_year(verb)
        for post in posts:
            if post:
                self.hold(person, post, "current" if since else "new", index)
        # "named X as finance minister a day after Y quit the post": Y left the post X takes up
        for leaver in departed_before(verb) if not since else []:
            left = self._person(leaver)
            if (
                left
                and left != person
                and leaver.head.lemma_ in lx.LEAVE_VERBS
                and not any(o.lemma_ not in lx.VACANCY_NOUNS for o in sx.objects(leaver.head))
            ):
                for post in filter(None, posts[:1]):
                    self.replace(person, left, post, index)

    def _succession(self, index: int, verb) -> None:
        """'X replaces/succeeds Y', 'Y was replaced by X', 'X took over from Y', 'in place of Y'."""
        if self._hedged(verb):
            return
        subject = sx.subject_token(verb)
        # "Dillé's deputy, General Salifou Ada, succeeds him": the one the description names
        successor = self._person_named(subject) if subject is not None else None
        if (verb.lemma_ in lx.APPOINT_VERBS or verb.lemma_ in lx.MOVE_VERBS) and self._appointee(verb):
            # "Munteanu named Gherasim as minister in place of Rotaru", "moved X to Y in place of Z"
            successor = self._appointee(verb)
        appointing = verb.head if verb.dep_ == "advcl" and verb.head.lemma_ in lx.APPOINT_VERBS else None
        if appointing is not None and self._appointee(appointing):
            successor = self._appointee(appointing)  # "named X as military governor, replacing Y"
        named = appointed_just_before(verb)
        if appointing is None and named is not None and self._appointee(named):
            # "accompanied by X, who was named foreign minister last month, replacing Y": the parser hangs
            # the participle on the main verb; it tells of the appointment just before it
            successor, subject = self._appointee(named), None
        predecessors = []
        if verb.lemma_ in lx.SUCCESSION_VERBS:
            if sx.is_passive(verb):
                by = sx.agent(verb)
                successor = self._person(by) if by is not None else None
                predecessors = [c for c in verb.children if c.dep_ == "nsubjpass"]
                if not predecessors and verb.dep_ == "conj" and subject is not None:
                    predecessors = [subject]  # "X stepped down and was replaced by Y"
            else:
                # "replaced the region's governor, X, with Y": the parser may hang "with Y" on the object
                withs = sx.prep_objects(verb, "with") + [
                    w for o in sx.objects(verb) for w in sx.prep_objects(o, "with")
                ]
                instead = [self._person_named(o) for o in withs]
                if instead and instead[0]:
                    successor = instead[0]  # "dismissed X and replaced him with Y": Y is the successor
                elif instead:
                    successor = None  # "replacing him with a caretaker": not the one who replaced him
                # "replacing Rayner in the first role and Mahmood in the second": the parser makes the
                # second name a conjunct of the verb
                predecessors = sx.objects(verb) + [
                    c
                    for c in [*verb.children, *(g for o in sx.prep_objects(verb, "in") for g in o.children)]
                    if c.dep_ == "conj" and c.pos_ == "PROPN"
                ]
        elif sx.taking_over(verb):
            predecessors = [self._misparsed_from(o) for o in sx.prep_objects(verb, "from")]
            # "took over the post from X", the parser hanging "from X" on the post
            predecessors += [
                o
                for n in sx.objects(verb)
                if n.lemma_ in lx.VACANCY_NOUNS
                for o in sx.prep_objects(n, "from")
            ]
            # "takes over at petroleum from X", the parser hanging "from X" on the portfolio
            predecessors += [o for d in sx.prep_objects(verb, "at") for o in sx.prep_objects(d, "from")]
            predecessors += [  # "took over command of the regiment, which ..., from Brig. Gen. X"
                o
                for n in sx.objects(verb)
                if n.lemma_ in lx.TAKE_CHARGE_NOUNS
                for t in n.subtree
                for o in sx.prep_objects(t, "from")
                if self._person(o)
            ]
            predecessors += [  # "took over as acting minister after Han's resignation"
                c
                for o in sx.prep_objects(verb, "after", "following")
                if o.lemma_ in DEPARTURE_NOUNS
                for c in o.children
                if c.dep_ == "poss"
            ]
            predecessors += departed_before(verb)
            if not predecessors and subject is not None and subject.lemma_ == "deputy":
                # "Her deputy, X, takes over as interim leader of the party": from the one he deputised
                # for, someone the article gives a post
                predecessors = [
                    c
                    for c in subject.children
                    if c.dep_ == "poss" and any(t.person == self._person(c) for t in self.tenures)
                ]
        elif verb.lemma_ == "take" and any(o.lemma_ in lx.TAKE_CHARGE_NOUNS for o in sx.objects(verb)):
            # "will take the helm of the directorate from Y", the parser hanging "from Y" on the directorate
            predecessors = sx.prep_objects(verb, "from") + [
                o
                for t in sx.objects(verb)[0].subtree
                if t.pos_ in ("NOUN", "PROPN")
                for o in sx.prep_objects(t, "from")
            ]
            predecessors += departed_before(verb)  # "took the reins in March after Duque stepped down"
        elif verb.lemma_ == "hand" and any(c.dep_ == "prt" and c.lower_ == "over" for c in verb.children):
            # "Serdiuk hands over to his deputy, Colonel Vovk": the one handing over is the predecessor
            if not sx.objects(verb) and subject is None:
                subject = next((c for c in verb.lefts if c.dep_ in ("amod", "compound", "npadvmod")), None)
            predecessors = [subject] if subject is not None and not sx.objects(verb) else []
            successor = next((self._person(o) for o in sx.prep_objects(verb, "to")), None)
        elif stepping_in(verb) and sx.prep_objects(verb, "at", "as"):
            # "steps in for Corradi at the interior ministry"; standing in at a meeting is no succession
            predecessors = sx.prep_objects(verb, "for")
            predecessors += [  # "stepped in as acting prime minister when Petkovic resigned"
                sx.direct_subject(t)
                for t in verb.subtree
                if t.lemma_ in lx.LEAVE_VERBS
                and any(c.lower_ == "when" for c in t.children)
                and sx.direct_subject(t) is not None
            ]
            for noun in sx.prep_objects(verb, "at", "as"):
                post = self.posts.from_department(noun, successor) or self.posts.from_phrase(noun, successor)
                self.hold(successor, post, "new", index)
        elif stepping_in(verb) and successor and self.new_post_of(successor) is not None:
            # "moved X to the defence ministry. He steps in for Y": in the post he was just given
            predecessors = sx.prep_objects(verb, "for")
        elif verb.lemma_ in ("take", "step", "move", "fill"):
            for place in [*sx.objects(verb), *sx.prep_objects(verb, "into")]:
                if place.lemma_ in ("place", "role", "post", "job", "seat", "vacancy", "position"):
                    predecessors += [c for c in place.children if c.dep_ == "poss"]
                    for vacated in (c for c in place.children if c.dep_ in ("acl", "relcl")):
                        # "the seat vacated by X", "fills the deputy minister post that Dewi vacated"
                        by = sx.agent(vacated) if vacated.dep_ == "acl" else sx.direct_subject(vacated)
                        if vacated.lemma_ in ("vacate", "leave", "hold", "occupy") or vacated.dep_ == "acl":
                            predecessors += [by] if by is not None else []
        if predecessors and all(p.pos_ == "PRON" for p in predecessors):
            # "dismissed the governor, X, and appointed Y to succeed him": him is X
            predecessors = self._dismissed_with(verb) or predecessors
        as_posts = sx.prep_objects(verb, "as")
        if verb.lemma_ == "become":  # "who becomes economy minister in place of Borg"
            as_posts += [c for c in verb.children if c.dep_ == "attr" and c.lemma_ in lx.POST_NOUNS]
        for place in sx.prep_objects(verb, "in") + [p for n in as_posts for p in sx.prep_objects(n, "in")]:
            if place.lemma_ == "place":  # "in place of X", also when hung on "as state secretary"
                predecessors += sx.prep_objects(place, "of")
                predecessors += [c for c in place.children if c.dep_ == "poss"]  # "appointed Y in his place"
        explicit = [
            self.posts.from_phrase(n, successor)
            for n in as_posts
            + (appointed_as(appointing) if appointing is not None else [])
            + [a for o in sx.objects(verb) if o.lemma_ in ("place", "role") for a in sx.prep_objects(o, "as")]
        ]  # "takes X's place as envoy"
        if verb.lemma_ in lx.SUCCESSION_VERBS:  # "replaced the commander of the X, General Y, with Z"
            explicit += [
                self.posts.from_phrase(p, successor) for p in predecessors if p.lemma_ in lx.POST_NOUNS
            ]
        if verb.lemma_ in lx.MOVE_VERBS | lx.LEAD_VERBS or verb.lemma_ == "take":
            # "moved X to the Ministry of Power", "takes over the power portfolio from him", "will run
            # the energy ministry in place of X"
            explicit += [
                self.posts.from_department(n, successor)
                for n in sx.prep_objects(verb, "to") + sx.objects(verb)
                if n.pos_ in ("NOUN", "PROPN")
            ]
        if verb.lemma_ == "take":  # "took over the North regional command from X": its commander's post
            explicit += [
                self._led_post(n, successor, "Commander")
                for n in sx.objects(verb)
                if n.lemma_ == "command"
                and any(c.dep_ in ("amod", "compound", "nmod") for c in n.children)
                and not sx.prep_objects(n, "of")
            ]
        explicit += [  # "fills the deputy trade minister post that Dewi vacated"
            self.posts.from_phrase(c, successor)
            for o in sx.objects(verb)
            if o.lemma_ in ("post", "role", "job", "position", "seat")
            for c in o.children
            if c.dep_ == "compound" and c.lemma_ in lx.POST_NOUNS
        ]
        post = next((p for p in explicit if p), None)
        if (
            post is None
            and verb.lemma_ == "take"  # not "filling the post vacated by X": X's post
            and predecessors  # "took over the post from X"; not "named Y to take over the post": the vacancy
            and any(o.lemma_ in lx.HELD_NOUNS and not sx.prep_objects(o, "of") for o in sx.objects(verb))
        ):
            # "he took over the post from X", "Foreign Minister Y, who took over the portfolio from X"
            post = self.post_of(successor, index) if successor else None
        for department in sx.prep_objects(verb, "at") if post is None or bare_minister(post) else []:
            bare = department.lower_ == "ministry" and not any(
                c.dep_ in ("compound", "amod") for c in department.children
            )
            taken = self.new_post_of(successor) if bare else None
            # "moved X to the Interior Ministry ... takes over at the ministry": the one just moved to
            post = taken or self.posts.from_department(
                department, successor
            )  # "At the industry ministry, X ..."
        if sx.taking_over(verb) and not predecessors and post is not None and successor:
            # "Khim Vannak takes over as army commander" after the army commander was given defence: he
            # succeeds whoever the article gave that post before
            holder = next(
                (
                    t.person
                    for t in self.tenures
                    if t.post.key == post.key and t.person != successor and t.status != "new"
                ),
                None,
            )
            self.hold(successor, post, "new", index)
            if holder:
                self.hold(holder, post, "former", index)
                self.replace(successor, holder, post, index)
        if successor and any(c.dep_ == "advcl" and c.lemma_ in ("keep", "retain") for c in verb.children):
            self.kept.add((successor, index))  # "will run the energy ministry in place of X while keeping"
        for token in sx.with_conjuncts(predecessors):
            predecessor = self._person(token)
            self.replace(successor, predecessor, post, index, self._reason(token))
            if (
                verb.lemma_ == "replace"
                and (verb.dep_ in ("ROOT", "conj") or announced(verb))
                and verb.tag_ != "VBG"
                and predecessor
                and successor
                and not self._reason(token)
            ):  # "Nowacki was replaced by Y", "announced that X had been replaced by Y": let go; not
                # "who replaced X in October", "replacing X"
                self.ousted.append((predecessor, successor, index))
        chooser = verb.head if announced(verb) else verb if subject is not None else None
        if verb.dep_ == "xcomp" and verb.head.lemma_ in ("ask", "invite", "choose", "pick", "tap"):
            chooser = verb.head  # "Naseer asked X to take over from Y": Naseer chose X
        chooser = sx.subject_token(chooser) if chooser is not None else None
        appointer = self.mentions.actor(chooser) if chooser is not None else None
        if (
            predecessors
            and successor
            and appointer
            and appointer not in (successor, *map(self._person, predecessors))
        ):
            self.appointers[successor] = appointer  # "announced that Y would serve in place of X"

    def _hedged(self, verb) -> bool:
        if announced(verb):
            return False  # "the prime minister announced that X would serve as acting minister"
        if self._decided_by_speaker(verb):
            return False

        if sx.hypothetical(verb):
            return True
        reporter = sx.reported_by(verb)
        official = reporter is not None and self._official_record(reporter, verb)
        if reporter is not None and not official:
            return True
        node = verb
        for _ in range(3):
            if node.dep_ in ("xcomp", "ccomp") and node.head.lemma_ in HEDGE_HEADS:
                if not (official and node.head == reporter):
                    return True
            if node.head == node:
                break
            node = node.head
        return False

    def _decided_by_speaker(self, verb) -> bool:
        """'Defence Minister X told a news conference that General Y would be replaced by Z': a
        replacement one holding office announces, in the future of the past, is decided."""
        reporter = sx.reported_by(verb)
        if reporter is None or verb.lemma_ not in lx.SUCCESSION_VERBS or sx.negated(verb):
            return False
        if not sx.told_to_come(verb):
            return False
        subject = sx.subject_token(reporter)
        speaker = self._person(subject) if subject is not None else None
        # titled beside their name as one who decides appointments: "Defence Minister X"
        return bool(speaker) and bool(self.mentions.titles.get(speaker, set()) & DECIDING_TITLES)

    def _official_record(self, reporter, verb) -> bool:
        """'State House said the President had handed the portfolio to Y': a government body telling
        what was done, in the past, is the record of it, not a guess; and so is a decree."""
        if reporter.lower_ == "according":  # "according to a royal decree"
            return any(o.lemma_ in lx.RECORD_NOUNS for o in sx.prep_objects(reporter, "to"))
        subject = sx.subject_token(reporter)
        if subject is None and reporter.i > 0:
            # "takes over from Lemos, Valadares' office said", parsed as one phrase: the noun before "said"
            subject = reporter.doc[reporter.i - 1]
        speaker = self.mentions.actor(subject) if subject is not None else None
        while verb.dep_ == "xcomp" and verb.head != verb:
            verb = verb.head  # "named X to succeed Chen, the Presidential Office said": when named
        if subject is not None and subject.lemma_ in lx.RECORD_NOUNS and reporter.lemma_ in ("say", "state"):
            # "the portfolio will be run by Y until ..., the decree said": what a decree says will be, is
            return not sx.negated(verb) and not (sx.modal(verb) and sx.tense(verb) != "future")
        body = speaker is not None and self.mentions.actors[speaker].kind == "GovernmentBody"
        # "Y will take over her duties as acting deputy, the Cabinet Office said": the government's decision
        decided = body and sx.told_to_come(verb)
        return (
            speaker is not None
            and (body or sx.news_medium(subject))
            and reporter.lemma_ in ("say", "state", "report")
            and (sx.tense(verb) in ("past", "present") and not sx.modal(verb) or bool(decided))
            and not sx.negated(verb)
        )

    def _replacement_noun(self, index: int, noun, span) -> None:
        """'no reasons were given for the replacement of Y' next to 'appointed X': X replaces Y;
        'X, Y's successor' and 'named X as Y's successor': X replaces Y."""
        predecessors = sx.prep_objects(noun, "of") + [c for c in noun.children if c.dep_ == "poss"]
        successors = self.appointees.get(index) or []
        if noun.lemma_ == "successor":
            predecessors = [c for c in noun.children if c.dep_ == "poss"] + sx.prep_objects(noun, "to")
            if noun.dep_ == "appos" and self._person(noun.head):
                successors = [self._person(noun.head)]
        if noun.lemma_ == "predecessor":  # "after his predecessor, F, stepped down": he replaced F
            owner = next((self._person(c) for c in noun.children if c.dep_ == "poss"), None)
            successors = [owner] if owner else []
            predecessors = [c for c in noun.children if c.dep_ == "appos"]
            predecessors += [noun.head] if noun.dep_ == "appos" else []
        for token in predecessors:
            predecessor = self._person(token)
            for successor in successors:
                self.replace(successor, predecessor, self.new_post_of(successor), index, self._reason(token))

    def _reason(self, predecessor_token) -> str | None:
        """'Y, who resigned following a corruption investigation' -> why Y left."""
        for clause in (c for c in predecessor_token.children if c.dep_ == "relcl"):
            if clause.lemma_ in ("resign", "quit", "step", "die", "leave") or lx.EVENT_VERBS["Dismissal"] & {
                clause.lemma_
            }:
                words = [t.text_with_ws for t in clause.subtree if t.lower_ not in ("who", "which")]
                return "".join(words).strip(" ,")
        return None

    def _status_of(self, tokens, default: str) -> str:
        words = {t.lower_.rstrip("-") for t in tokens}
        if words & {w.rstrip("-") for w in FORMER_MARKERS} or "until" in words and words & lx.UNTIL_NOW:
            return "former"  # "a former deputy head", "until now Ukraine's ambassador"
        if words & NEW_MARKERS:
            return "new"
        return default


def appointed_just_before(verb):
    """'X, who was named foreign minister last month, replacing Y': the appointing clause that ends
    just before a participle the parser hung on the sentence's main verb."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.head.i > verb.i:
        return None
    return next(
        (
            t
            for t in verb.doc[verb.head.i + 1 : verb.i]
            if t.dep_ == "relcl"
            and t.lemma_ in lx.APPOINT_VERBS
            and sx.is_passive(t)
            and max(w.i for w in t.subtree) in (verb.i - 1, verb.i - 2)
        ),
        None,
    )


def appointed_as(verb) -> list:
    """'named X as governor', 'tapped X to lead its work as special envoy': the posts given."""
    verbs = [verb, *(c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.tag_ == "VB")]
    verbs += [c for c in verb.children if c.dep_ == "oprd" and c.pos_ == "ADJ"]  # "elected unopposed as"
    return [o for v in verbs for o in sx.prep_objects(v, "as")]
