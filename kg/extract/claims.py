"""Attributed claims: who asserted, accused, denied, threatened or intended what.

A claim needs a speaker that resolves to an actor (a person, a country named by
its capital, a ministry, "Ukrainian officials"); what is reported stays a claim
of its speaker and is never turned into a fact.
"""

from __future__ import annotations

import re

from kg.extract import lexicon as lx
from kg.extract import syntax as sx
from kg.extract.events import Events, trigger_type
from kg.extract.mentions import Mentions
from kg.extract.roles import Roles
from kg.model import Claim
from kg.names import fold

QUOTES = set(lx.QUOTE_PAIRS)


def tidy(text: str) -> str:
    """Trim punctuation at the edges and close a quotation the cut left open."""
    text = text.strip(' ,.;:\u201c\u201d"')
    text = re.sub(r"[\s,]+(?:and|but|or)$", "", text)  # "it had targeted militants and": the cut conjunction
    if text.count("\u201c") > text.count("\u201d"):
        text += "\u201d"
    if text.count('"') % 2:
        text += '"'
    return text


def names_statement(tokens) -> bool:
    """'rejected the accusation' denies a statement; 'rejected the idea' refuses a thing."""
    return any(t.lemma_ in lx.STATEMENT_NOUNS for t in tokens)


def joined(tokens) -> str:
    """The text of ``tokens`` in order, a space where a gap (a dropped comma) would glue two words."""
    parts = []
    for token, following in zip(tokens, [*tokens[1:], None], strict=True):
        gap = following is not None and following.i != token.i + 1 and not token.whitespace_
        parts.append(token.text_with_ws + (" " if gap else ""))
    return "".join(parts)


def denied_existence(clause) -> bool:
    """'no civilian objects had been targeted', 'There have been no agreements', 'Nothing has been
    discussed': the statement says something did not happen. 'No one was hurt' and 'none of the
    missiles was intercepted' report a toll."""
    perfect = any(c.lower_ in ("has", "have", "had") for c in clause.children)
    if clause.lemma_ in lx.CASUALTY_VERBS | {"intercept", "shoot"}:
        return False  # "None of the missiles was intercepted" is a tally
    if sx.modal(clause) or not (perfect or sx.tense(clause) == "past"):
        return False  # "there will be no untouchables" promises, it does not deny
    if clause.lemma_ == "be" and any(c.dep_ == "acomp" for c in clause.children):
        return False  # "nobody in the government was untouchable": a rule stated, no event denied
    subject = sx.direct_subject(clause) or next((c for c in clause.children if c.dep_ == "expl"), None)
    if subject is None:
        return False
    if (
        subject.lower_ in ("nothing", "nobody", "none")
        or subject.lower_ == "one"
        and any(c.lower_ == "no" for c in subject.children)
    ):
        return True
    if subject.lower_ == "there":
        subject = next((c for c in clause.children if c.dep_ in ("attr", "dobj")), subject)
    return any(c.dep_ == "det" and c.lower_ == "no" for c in subject.children)


def retold_by(verb):
    """The speech verb in whose reported content ``verb`` is retold, if any: 'noting that he had come
    to office promising ...'. A clause with its own subject ('..., while Norway said') stands alone."""
    if verb.dep_ in ("advcl", "conj", "parataxis") and sx.direct_subject(verb) is not None:
        return None
    node = verb
    for _ in range(4):
        head = node.head
        if head == node or node.dep_ not in ("advcl", "xcomp", "ccomp"):
            return None
        reporting = sx.speech_verb(head) or head.lemma_ in lx.FACTIVE_VERBS | {"recall", "point"}
        if node.dep_ in ("ccomp", "xcomp") and head.pos_ == "VERB" and reporting:
            return head
        node = head
    return None


def acronym(token) -> bool:
    return token.pos_ == "PROPN" and token.is_upper and token.is_alpha and 2 <= len(token.text) <= 6


# Verbs of a condition that makes a commitment an offer: "ready to send a team if Dushanbe requested one".
ASKING_VERBS = {"request", "ask", "want", "need", "invite", "wish", "accept"}


def on_condition(clause) -> bool:
    """'his party would file a motion if more ministers were implicated', '... unless the government
    withdrew its plan': a commitment on a condition set to the other side, which makes it a threat;
    not one on the other side's asking, which is an offer."""
    return any(
        c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
        and not any(m.lower_ == "even" for m in c.subtree)
        and c.lemma_ not in ASKING_VERBS
        for c in clause.children
    )


def conditional(clause) -> bool:
    """'should negotiations falter': an inverted conditional, not reported content."""
    first = min(clause.subtree, key=lambda t: t.i)
    return first.lower_ in ("should", "had", "were") and first.dep_ == "aux"


PARTY_KINDS = ("PoliticalParty", "Organization")  # "Movement for Democratic Change" is a party unnamed so


class Claims:
    def __init__(self, mentions: Mentions, events: Events | None = None, roles: Roles | None = None):
        self.mentions = mentions
        self.events = events  # what they take as reported news is no claim
        self.roles = roles  # whose country a speaker serves
        self.claims: list[Claim] = []
        self.last_quote: tuple[int, str] | None = None  # (sentence, speaker) of the last quotation
        self.open_quote: tuple[int, object] | None = None  # a quotation left open, its speaker yet unnamed

    def read(self, index: int, span) -> None:
        before = len(self.claims)
        for token in span:
            if token.pos_ in ("VERB", "AUX") and sx.speech_verb(token):
                self._verb(index, token)
            elif token.lower_ == "according" and token.dep_ == "prep":
                self._according_to(index, token)
        if len(self.claims) == before and self.last_quote and self.last_quote[0] == index - 1:
            self._quote_continued(index, span, self.last_quote[1])
        quoted = any(t.text in QUOTES for t in span)
        new = [c for c in self.claims if index in c.sentences]
        if (
            new
            and self.open_quote
            and self.open_quote[0] == index - 1
            and span.text.lstrip()[:1] not in QUOTES
        ):
            # '"There were no talks. Nothing was agreed," Peskov said.': the quotation began a sentence before
            self._quoted_by(index - 1, self.open_quote[1], new[0].speaker)
        opened = len(self.claims) == before and span.text.lstrip()[:1] in QUOTES
        self.open_quote = (index, span) if opened and sum(t.text in QUOTES for t in span) % 2 else None
        self.last_quote = (index, new[-1].speaker) if quoted and new else None

    def _quote_continued(self, index: int, span, speaker: str) -> None:
        """'"Decisions, not delays," Nauseda said. "Kazlauskas has our trust."': a quotation standing
        alone right after a quoted speaker's is theirs too."""
        text = span.text.strip()
        if text[:1] in QUOTES and text.rstrip(".")[-1:] in QUOTES:
            self._quoted_by(index, span, speaker)

    def _quoted_by(self, index: int, span, speaker: str) -> None:
        text = span.text.strip()
        content = [span.root]
        kind = self._stance(content)
        if kind == "assertion":
            kind = self._commitment(content, speaker) or kind
        if kind == "assertion" and self._blames_other_side(content, speaker):
            kind = "accusation"
        about = [k for k in self.mentions.actors_in(span) if k != speaker]
        self._record(Claim(speaker, kind, tidy(text), [index], about))

    def _verb(self, index: int, verb, speaker: str | None = None) -> None:
        if sx.negated(verb) or sx.modal(verb):
            return
        if verb.lemma_ == "dismiss" and any(self._person_object(o) for o in sx.objects(verb)):
            return  # "the Rada dismissed Levchenko" fires him; "Moscow dismissed the measures" rejects them
        if not sx.speech_verb(verb):
            return  # "called for the assets to be used" demands; "called a vote" does not
        if verb.dep_ == "xcomp" and verb.head.lemma_ in lx.UNREALISED_HEADS:
            # "declined to say whether further moves were planned": nothing said; but "declined to say
            # who ..., telling reporters only that ...": what they told them is theirs
            for told in (t for t in verb.subtree if t.tag_ == "VBG" and t.dep_ == "advcl"):
                if sx.speech_verb(told) and speaker is None:
                    self._verb(index, told, speaker=self._speaker(verb))
            return
        if sx.medium_reports(verb):
            return  # "..., state news agency KPL reported": the article's source, not a party's claim
        if verb.dep_ in ("amod", "acl") and verb.tag_ == "VBN":
            return  # "the so-called coalition", "the reported attack"
        if verb.dep_ == "conj" and verb.tag_ == "VBN" and verb.head.dep_ in ("amod", "acl"):
            return  # "an Iranian national arrested in Lyon and charged with ...": charged, not charging
        reporter = retold_by(verb)
        if (
            speaker is None
            and reporter is not None
            and self._speaker(verb) != self._speaker(reporter)
            and not self._relayed(verb)
        ):
            return  # "accused X, noting that he had come to office promising ...": X's promise is retold
        content = [c for c in self._content(verb) if not conditional(c)]
        if verb.lemma_ in ("find", "conclude"):  # "found that he had failed to declare", not "found it hard"
            content = [c for c in content if c.dep_ == "ccomp" and sx.direct_subject(c) is not None]
        if not content or all(map(self._relayed, content)):
            return
        kind = lx.CLAIM_VERBS[verb.lemma_]
        if verb.lemma_ in ("reject", "rebuff"):
            if not names_statement(content):
                return  # "rejected the idea", "a demand Kyiv rejected": a refusal, not a statement
            kind = "denial"  # "rejected the accusation"
        for noun in (t for t in content if t.dep_ == "dobj" and t.lemma_ in lx.CLAIM_NOUNS):
            if kind == "assertion":  # "communicated his intent to ..."; "rejected the accusation" denies
                kind = lx.CLAIM_NOUNS[noun.lemma_]
        if verb.lemma_ not in lx.CLAIM_VERBS and not any(t.lemma_ in lx.CLAIM_NOUNS for t in content):
            return
        if kind == "intent" and self._formulaic(content):
            return
        speaker = speaker or self._speaker(verb)
        if (
            verb.lemma_ == "warn"
            and not self._hostile(content)
            and not self._own_action(content, speaker)
            and not self._warned_off(verb, speaker)
        ):
            kind = "assertion"  # "warned that the death toll could rise" predicts, it does not threaten
        if not speaker:
            return
        others = self._others_words(content)
        if kind == "assertion":
            kind = self._stance(content, others)
        if kind == "assertion" and self._own_conduct_denied(content, speaker):
            kind = "denial"
        grounds = self._grounds_of(verb)
        if kind == "assertion" and grounds in ("denial", "accusation", "threat"):
            kind = grounds  # "rejected the accusation, saying ...": the reasons of that denial
        if (
            kind == "assertion"
            and self.events
            and self.mentions.actors[speaker].kind != "Person"
            and all(self.events.is_news(c, verb, speaker) for c in content)
            and not any(c.lemma_ in lx.LAUNCH_VERBS for c in content)  # a tally of drones is theirs too
            # "said it was investigating whether X had pressured officials": the inquiry is news, and
            # what it looks into is the body's position too
            and not any(trigger_type(c) == "Investigation" for c in content)
        ):
            return  # "a missile struck the city, killing five, the governor said": news, not a position
        if kind == "assertion":
            kind = self._commitment(content, speaker) or kind
        if kind == "assertion" and self._blames_other_side(content, speaker):
            kind = "accusation"
        tokens = sorted({t for root in content for t in root.subtree if t.i not in others}, key=lambda t: t.i)
        about = [k for k in self.mentions.actors_in(tokens) if k != speaker]
        if kind == "accusation":
            accused = [k for o in sx.objects(verb) for k in [self.mentions.actor(o)] if k] or [
                k for o in sx.objects(verb) for k in self.mentions.actors_in(o.subtree) if k != speaker
            ]
            about = [k for k in accused if k] + [k for k in about if k not in accused]
        if kind == "denial" and names_statement(content):
            # "Davlatov dismissed the claim as propaganda": a denial of what another just claimed
            answered = self._last_claim_by_another(index, speaker)
            about += [answered] if answered and answered not in about else []
        self._record(Claim(speaker, kind, tidy(joined(tokens)), [index], about))

    def _last_claim_by_another(self, index: int, speaker: str) -> str | None:
        return next(
            (
                c.speaker
                for c in reversed(self.claims)
                if c.speaker != speaker and index - 2 <= c.sentences[0] <= index and c.kind != "denial"
            ),
            None,
        )

    def _warned_off(self, verb, speaker: str | None) -> bool:
        """'warned Lithuania and Poland against provocations': another side told what it must not do."""
        against = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "against"), None)
        if against is None or against.i < verb.i:
            return False
        warned = self.mentions.actors_in(verb.doc[verb.i + 1 : against.i])  # "warned neighbouring X"
        return any(k != speaker and self.mentions.actors[k].kind != "Place" for k in warned)

    def _relayed(self, verb) -> bool:
        """'Sisi stressed the need to ..., spokesman Shennawy said', 'Erdogan told Sisi that ..., the
        statement said': a statement relayed by someone else is its own speaker's claim."""
        subject = sx.direct_subject(verb)
        return (
            verb.dep_ in ("ccomp", "parataxis")
            and verb.pos_ == "VERB"
            and sx.speech_verb(verb)
            and verb.tag_ in ("VBD", "VBZ", "VBP")
            and subject is not None
            and self._actor(subject) is not None
            and bool(self._content(verb))
        )

    def _content(self, verb) -> list:
        """What == said: a clause, a quoted object, 'of doing X' after accuse, 'to do X' after pledge."""
        found = []
        for child in verb.children:
            if child.dep_ in ("ccomp", "parataxis"):
                found.append(child)
            elif child.dep_ == "xcomp" and verb.lemma_ not in lx.CLAUSE_ONLY_VERBS:
                found.append(child)
            elif child.dep_ == "xcomp" and child.tag_ == "VBG":  # "denies deliberately targeting"
                found.append(child)
            elif child.dep_ == "dobj" and (
                verb.lemma_ not in lx.CLAUSE_ONLY_VERBS or child.lemma_ in lx.CLAIM_NOUNS
            ):
                hung = [p for p in child.children if p.dep_ == "prep" and p.lower_ in ("of", "for")]
                # the verb's own "of" (or "for", "with"); 'accused X of Y "in exchange for money"' has none
                grounds = any(p.dep_ == "prep" and p.lower_ in ("of", "for", "with") for p in verb.children)
                if verb.lemma_ in ("accuse", "charge") and hung and not grounds:
                    found += hung  # "accused the president of shuffling ...", "of" parsed onto the president
                elif verb.lemma_ == "blame" or (verb.lemma_ in ("accuse", "charge") and not grounds):
                    found.append(child)  # "blamed falling fragments of Ukrainian missiles for ..."
                elif verb.lemma_ not in ("accuse", "blame", "charge"):
                    found.append(child)
            elif (
                child.dep_ == "prep"
                and child.lower_ in ("of", "for", "with")
                and verb.lemma_ in ("accuse", "blame", "charge")
            ):
                found.append(child)
            elif child.dep_ == "prep" and child.lower_ == "at" and verb.lemma_ == "put":
                found.append(child)  # "puts the total arrears at about 38 billion kwacha"
            elif child.dep_ == "prep" and child.lower_ in ("for", "on") and verb.lemma_ == "call":
                found.append(child)  # "called for more air defence"
            elif child.dep_ == "prep" and child.lower_ == "against" and verb.lemma_ == "warn":
                found.append(child)  # "warned Lithuania against what he called provocations"
            elif verb.lemma_ in ("call", "term") and child.dep_ in ("oprd", "xcomp"):
                found.append(child)  # "calling her a safe pair of hands", "termed it an attempt to ..."
            elif verb.lemma_ == "call" and child in sx.demand_clauses(verb):
                found.append(child)  # "called for the assets to be used", parsed as a clause
            elif child.dep_ == "advcl" and verb.lemma_ in ("deny",) and child.tag_ == "VBG":
                if not sx.speech_verb(child):  # "calling it a crime of the regime": a statement of its own
                    found.append(child)
            elif (
                child.dep_ == "prep"
                and child.lower_ == "as"
                and (
                    lx.CLAIM_VERBS[verb.lemma_] == "accusation"
                    or verb.lemma_ in lx.AS_VERBS
                    or verb.lemma_ in ("reject", "rebuff")  # "rejected the warning as an attempt to ..."
                )
            ):
                found.append(child)  # "condemned the strikes as a flagrant violation"
        if verb.lemma_ in lx.AS_VERBS and not any(c.lower_ == "as" for c in found):
            return []  # "described the plan in detail" states nothing
        if verb.lemma_ in lx.CLAUSE_ONLY_VERBS and not found:
            # 'saying the minister bore "political responsibility"': a quotation makes the object speech
            found += [
                o for o in sx.objects(verb) if any(t.text in ('"', "\u201c", "\u201d") for t in o.subtree)
            ]
        # "indicated in his address that ...", "said in a statement that ...": the clause parsed onto a noun
        for obj in sx.objects(verb) + sx.prep_objects(verb, "in", "on"):
            found += [
                c
                for c in obj.children
                if c.dep_ in ("acl", "relcl")
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            ]
        if not found and verb.dep_ == "relcl" and verb.lemma_ in ("deny", "dispute", "reject", "confirm"):
            found.append(verb.head)  # "a claim Kyiv denied": what is denied is the noun the clause hangs on
        if verb.lemma_ in ("say", "tell") and not found:
            # '"All targets were hit," the ministry said': the quote is the head of the sentence
            if verb.dep_ in ("parataxis", "ccomp") and verb.head != verb:
                found.append(verb.head)
        return found

    def _blames_other_side(self, content, speaker: str) -> bool:
        """'The Lebanese Army said Syrian forces had shelled residential areas': an attack by another
        side, told by one side and not passed on as news, accuses that side. A tally of what was
        launched stays a report."""
        side = self.mentions.country_of(speaker)
        for clause in content:
            if clause.lemma_ in lx.LAUNCH_VERBS or trigger_type(clause) != "Attack":
                continue
            doer = sx.subject_token(clause)
            actors = self.mentions.actors_in(doer.subtree) if doer is not None else []
            if any(self.mentions.country_of(k) not in (None, side) for k in actors):
                return True
        return False

    def _hostile(self, content) -> bool:
        text = " ".join(t.lower_ for root in content for t in root.subtree)
        lemmas = {t.lemma_ for root in content for t in root.subtree}
        return any(w in text for w in lx.HOSTILE_WORDS if " " in w) or bool(lemmas & lx.HOSTILE_WORDS)

    @staticmethod
    def _others_words(content) -> set[int]:
        """'it would put 500 million, while Norway said ...': another speaker's words are not in this
        claim, nor a second statement of the same speaker's that the parser hung inside it."""
        return {
            t.i
            for root in content
            for v in root.subtree
            if v != root
            and v.dep_ in ("advcl", "conj")
            and v.pos_ == "VERB"
            and sx.speech_verb(v)
            and (sx.direct_subject(v) is not None or sx.second_speech_act(v) is not None)
            for t in v.subtree
        }

    @staticmethod
    def _words(content, skip: set[int] = frozenset()) -> set[str]:
        tokens = [t for root in content for t in root.subtree if t.i not in skip]
        words = {t.lower_ for t in tokens} | {t.lemma_ for t in tokens}
        return words | {f"{a.lower_} {b.lower_}" for a, b in zip(tokens, tokens[1:], strict=False)}

    def _stance(self, content, skip: set[int] = frozenset()) -> str:
        """What a statement's content makes it: an accusation ("claimed the election had been
        rigged"), a denial ("insisted he had done nothing wrong"), or an assertion."""
        # "the fight against banditry and terrorism" names a crime without accusing anyone of it
        fought = {
            t.i
            for root in content
            for p in root.subtree
            if p.lower_ == "against" and p.head.lemma_ != "crime"  # "a crime against civilians" accuses
            for t in p.subtree
        }
        # "separatist fighters ambushed a patrol": the name of a kind of fighter, no charge against them
        kinds = {
            t.i
            for root in content
            for t in root.subtree
            if t.dep_ == "amod" and t.head.lemma_ in lx.FIGHTER_NOUNS | lx.ARMED_GROUP_NOUNS
        }
        if self._words(content, skip | fought | kinds) & lx.ACCUSATION_WORDS or self._blames(content):
            return "accusation"
        rejects = any(  # 'said it "categorically rejects" any suggestion of wrongdoing'
            c.lemma_ in ("deny", "reject", "refute")
            and (c.lemma_ == "deny" or names_statement(sx.objects(c)))
            and not sx.is_passive(c)  # "he had been denied the resources": refused them, no denial
            for c in content
        )
        return "denial" if rejects or self._denies(content, skip) else "assertion"

    def _commitment(self, content, speaker: str) -> str | None:
        """'said she would order a review': an intent, or a threat when it names harm; 'the culprits
        will be brought to justice' threatens whoever it names."""
        if self._punishment(content):
            return "threat"
        if not self._own_action(content, speaker):
            return None
        return "threat" if self._hostile(content) or any(map(on_condition, content)) else "intent"

    def _own_conduct_denied(self, content, speaker: str) -> bool:
        """'"I have never taken a single zloty from anyone"', 'said its fighters do not target
        civilians': the speaker's side says it did not do, or does not do, something."""
        for clause in (t for root in content for t in sx.with_conjuncts([root])):
            negation = {c.lower_ for c in clause.children if c.dep_ == "neg"}
            helpers = {c.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass")}
            modal = any(c.tag_ == "MD" for c in clause.children)  # "will not resign", "must never again"
            if not negation or modal or clause.lemma_ == "be":
                continue  # a promise or a wish is no denial, nor "we are not a party" (a phrase of its own)
            if "never" not in negation and not helpers & {"do", "does", "did", "have", "has", "had"}:
                continue
            subject = sx.direct_subject(clause)
            if subject is None:
                continue
            body = bool(speaker) and self.mentions.actors[speaker].kind != "Person"
            its = any(c.dep_ == "poss" and c.lower_ == "its" for c in subject.children)
            if self._speakers_own(subject, speaker) or body and (subject.lower_ in ("it", "they") or its):
                return True  # "its fighters do not target civilians", said by the group
        return False

    def _speakers_own(self, subject, speaker: str | None) -> bool:
        """'we', 'I', the speaker or the side the speaker speaks for, or what is theirs ('our troops',
        'his party', 'Berlin's envoy')."""
        if subject.lower_ in ("we", "i") or self._speakers_side(subject, speaker):
            return True
        owner = next((c for c in subject.children if c.dep_ == "poss"), None)
        return owner is not None and (owner.lower_ in ("our", "my") or self._speakers_side(owner, speaker))

    @staticmethod
    def _blames(content) -> bool:
        """'those who arm them bear full responsibility', 'held the army responsible': blame laid on
        others, as a fact; not 'she bore responsibility' (her own) nor 'would hold X responsible'."""
        for token in (t for root in content for t in root.subtree):
            verb = token.head
            if (verb.lemma_, token.lemma_) not in lx.BLAMING_PAIRS:
                continue
            subject = sx.subject_token(verb)
            if (subject is None or subject.tag_ != "PRP") and not any(
                c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children
            ):
                return True
        return False

    @staticmethod
    def _denies(content, skip: set[int] = frozenset()) -> bool:
        tokens = [
            t
            for root in content
            for t in root.subtree
            if t.i not in skip and not (t.lower_ == "innocent" and t.dep_ == "amod")  # "innocent people"
        ]
        text = " ".join(t.lower_ for t in tokens if t.text not in '"\u201c\u201d')
        return any(phrase in text for phrase in lx.DENIAL_PHRASES) or any(map(denied_existence, content))

    def _grounds_of(self, verb) -> str | None:
        """The kind of the speech verb a 'saying ...' clause gives the reasons for."""
        head = verb.head
        if verb.dep_ != "advcl" or verb.tag_ != "VBG" or head == verb or not sx.speech_verb(head):
            return None
        if head.lemma_ == "dismiss" and any(self._person_object(o) for o in sx.objects(head)):
            return None  # "dismissed the police commissioner, saying ...": why he fired him
        if any(c.dep_ in ("ccomp", "xcomp", "parataxis") for c in head.children):
            return None  # "denied that the drone was Russian, claiming ...": a statement of its own
        if head.lemma_ in ("reject", "rebuff"):
            return "denial" if names_statement([c for c in head.children if c.dep_ == "dobj"]) else None
        return lx.CLAIM_VERBS[head.lemma_]

    @staticmethod
    def _formulaic(content) -> bool:
        """'pledging to continue serving the nation': a formula of office, no position taken."""
        words = [t for root in content for t in root.subtree if not t.is_punct]
        return bool(words) and all(
            t.lower_ in lx.FORMULAIC_PLEDGE_WORDS or t.lemma_ in lx.FORMULAIC_PLEDGE_WORDS for t in words
        )

    def _own_action(self, content, speaker: str | None) -> bool:
        """The speaker's own side will act: 'said she would order a review', '"We will send our
        comments"', 'said Berlin would provide', 'warned that his party would force a by-election'."""
        for clause in content:
            subject = self._subject(clause)
            ready = clause.lemma_ == "be" and any(  # "Türkiye is ready to host the technical teams"
                c.dep_ == "acomp" and c.lower_ in ("ready", "willing", "prepared") for c in clause.children
            )
            if subject is None or not (
                ready
                or any(a.lower_ in lx.FUTURE_AUXILIARIES for a in clause.children)
                or self._means_to(clause)  # "Beijing hoped to work with Thimphu"
            ):
                continue
            if subject.dep_ == "nsubjpass":  # "Hungary will not be lectured by anyone": no act of its own
                if clause.lemma_ in lx.MEASURE_VERBS and self._in_office(speaker):
                    return True  # the president: "every guard on duty will be suspended pending an inquiry"
                continue
            if self._speakers_own(subject, speaker):
                return True
            if (
                subject.lower_ in ("it", "they")
                and speaker
                and self.mentions.actors[speaker].kind != "Person"
                and not self._thing_named_before(clause)  # "rejected the plan, saying it would cost"
            ):
                return True  # "The Netherlands said it would put 500 million euros into the fund"
            if subject.lemma_ in lx.OWN_SIDE_NOUNS and any(
                c.lower_ in ("the", "this", "our") for c in subject.children
            ):
                return True  # "the mayor said the city would house the families", '"This government will"'
        return False

    @staticmethod
    def _subject(clause):
        return next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)

    @staticmethod
    def _means_to(clause) -> bool:
        """'hoped to work with', 'plans to appeal', 'intends to stand': a verb of intending with its own
        act to come, not the noun ('a plan to') nor a past try ('tried to flee')."""
        return clause.lemma_ in lx.MEANING_VERBS and any(
            c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") for c in clause.children
        )

    def _in_office(self, speaker: str | None) -> bool:
        """A government body, or a person the article gives a post: one who can order a measure."""
        if not speaker:
            return False
        if self.mentions.actors[speaker].kind == "GovernmentBody":
            return True
        return bool(self.roles) and any(t.person == speaker for t in self.roles.tenures)

    @staticmethod
    def _punishment(content) -> bool:
        """A clause in the future that someone will be punished: 'the hoodlums will be tracked down and
        brought to justice', 'they will answer for it before a judge', 'will be held accountable'."""
        for clause in (t for root in content for t in root.subtree):
            if not any(a.lower_ in lx.FUTURE_AUXILIARIES for a in clause.children):
                continue
            words = " ".join(t.lower_ for t in clause.subtree)
            # "will be found and punished": each participle with the clause's "be"
            words += "".join(f" be {c.lower_}" for c in clause.conjuncts if c.tag_ == "VBN")
            if any(phrase in words for phrase in lx.PUNISHMENT_PHRASES):
                return True
        return False

    @staticmethod
    def _thing_named_before(clause) -> bool:
        """A thing the saying verbs take as object, which 'it' in the clause may stand for."""
        verb = clause.head
        while True:
            if any(o.dep_ == "dobj" and o.pos_ == "NOUN" for o in verb.children):
                return True
            if verb.dep_ not in ("advcl", "conj") or verb.head == verb or sx.direct_subject(verb) is not None:
                return False  # only "..., saying it would" shares the object of the verb it hangs on
            verb = verb.head

    def _speakers_side(self, token, speaker: str | None) -> bool:
        """The speaker, the body the speaker holds a post in, or the country the speaker speaks for
        ('Merz said Berlin would ...')."""
        key = self.mentions.actor(token)
        if not key or not speaker:
            return False
        if key == speaker:
            return True
        # the posts the speaker holds, and the one taken over from a predecessor ("takes over from X")
        replacements, tenures = (self.roles.replacements, self.roles.tenures) if self.roles else ([], [])
        holders = {speaker} | {r.predecessor for r in replacements if r.successor == speaker}
        held = [t.post for t in tenures if t.person in holders]
        if any(self._heads(post, key) for post in held):
            return True  # the director of SNAI: "Paredes said SNAI would install signal jammers"
        country = self.mentions.country_of(speaker) or (self.roles and self.roles.country_of(speaker))
        return bool(country) and self.mentions.country_of(key) == country and key == country

    def _heads(self, post, key: str) -> bool:
        """``post`` is held in the body ``key``: its organisation, or a body its title names."""
        if post.organization == key:
            return True
        actor = self.mentions.actors[key]
        title = f" {fold(post.label)} "
        return actor.kind != "Country" and any(f" {fold(n)} " in title for n in {actor.label, *actor.names})

    def _person_object(self, token) -> bool:
        """A person, or one named by their post: 'dismissed the commander of the northern sector'."""
        key = self.mentions.actor(token)
        return (bool(key) and self.mentions.actors[key].kind == "Person") or token.lemma_ in lx.POST_NOUNS

    def _speaker(self, verb) -> str | None:
        if sx.is_passive(verb):
            by = sx.agent(verb)
            return self._actor(by) if by is not None else None
        subject = sx.subject_token(verb)
        return self._actor(subject) if subject is not None else None

    def _actor(self, token) -> str | None:
        key = self.mentions.actor(token)
        if key is None and token.lemma_ in lx.INQUIRY_NOUNS:
            # "The inquiry, led by Sir Malcolm Everett, concluded that ...": its head speaks for it
            for clause in (c for c in token.children if c.dep_ == "acl" and c.lemma_ in lx.LEAD_VERBS):
                by = sx.agent(clause)
                key = self.mentions.actor(by) if by is not None else None
        if key is None and token.lemma_ in lx.POST_NOUNS and self.roles:
            key = self._former_holder(token)
        if key is None and token.lemma_ in lx.SPOKESPERSON_NOUNS:
            # "a European Commission spokesperson said", "a spokesman for the Kremlin": the body speaks
            named = [c for c in token.children if c.dep_ == "compound"] + sx.prep_objects(token, "for")
            bodies = [k for t in named for k in [self.mentions.actor(t)] if k]
            key = next((k for k in bodies if self.mentions.actors[k].kind not in ("Person", "Place")), None)
        if key is None and token.lemma_ == "party" and self.roles:
            key = self._party_of(token)  # "Sambú's party accused the security forces of beating ..."
        if key is None and acronym(token):
            # "The Opposition BJP termed ...", "JNIM threatened ...": an acronym the tagger missed that
            # speaks is an organisation
            key = self.mentions.body(token.text)
        if key and self.mentions.actors[key].kind == "Place" and not self.mentions.actors[key].reference:
            return self.mentions.speaking_body(key)  # "Ukrzaliznytsia said": an unknown "place" that speaks
        if key and self.mentions.actors[key].kind != "Place":
            return key
        return None

    def _party_of(self, token) -> str | None:
        """'Sambú's party': the body whose leader (or member) the article makes the owner."""
        # named, not "his party": a pronoun's party is most often the speaker's own, said by him
        owner = next(
            (self.mentions.actor(c) for c in token.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None
        )
        bodies = [
            t.post.organization
            for t in self.roles.tenures
            if t.person == owner and t.post.organization and t.status != "former"
        ]
        return next(
            (
                k
                for k in bodies
                if self.mentions.actors.get(k) and self.mentions.actors[k].kind in PARTY_KINDS
            ),
            None,
        )

    def _former_holder(self, token) -> str | None:
        """'"I have done nothing wrong," the former minister said': who last left such a post."""
        if not any(c.dep_ == "amod" and c.lower_ in ("former", "outgoing", "ousted") for c in token.children):
            return None
        noun = token.lemma_
        left = {t.person for t in self.roles.tenures if t.status == "former" and noun in fold(t.post.label)}
        left |= {
            r.predecessor for r in self.roles.replacements if r.post is None or noun in fold(r.post.label)
        }
        if self.events:
            left |= {e.theme for e in self.events.events if e.type in ("Resignation", "Dismissal")}
        # of those, the one named last: "Fuenzalida handed in her resignation ... the former minister said"
        return next((key for _, _, key in reversed(self.mentions.history) if key in left), None)

    def _according_to(self, index: int, according) -> None:
        for to in (c for c in according.children if c.lower_ == "to"):
            if not any(c.dep_ == "pobj" and self._actor(c) for c in to.children):
                self._according_to_misparsed(index, to)  # "the Air Force, air defense units": one NP
            for obj in (c for c in to.children if c.dep_ == "pobj"):
                speaker = self._actor(obj)
                if speaker:
                    clause = according.head
                    tokens = [t for t in clause.subtree if t not in list(according.subtree)]
                    if self.events and any(self.events.is_news(t, None, speaker) for t in tokens):
                        continue  # "strikes killed five, according to Lebanon's health ministry": news
                    text = tidy("".join(t.text_with_ws for t in tokens))
                    about = [k for k in self.mentions.actors_in(tokens) if k != speaker]
                    kind = self._stance([clause], {t.i for t in according.subtree})
                    self._record(Claim(speaker, kind, text, [index], about))

    def _according_to_misparsed(self, index: int, to) -> None:
        """'According to the Air Force, units shot down 118 drones' with the source hung on the clause:
        the source is the name up to the comma, the claim is what follows it."""
        doc = to.doc
        comma = next((t for t in doc[to.i + 1 : to.sent.end] if t.text == ","), None)
        if comma is None or to.i > to.sent.start + 2:
            return
        source = [
            k
            for k in self.mentions.actors_in(doc[to.i + 1 : comma.i])
            if self.mentions.actors[k].kind != "Place"
        ]
        tokens = list(doc[comma.i + 1 : to.sent.end])
        if len(source) == 1 and tokens:
            about = [k for k in self.mentions.actors_in(tokens) if k != source[0]]
            self._record(Claim(source[0], "assertion", tidy(joined(tokens)), [index], about))

    def _record(self, claim: Claim) -> None:
        """One claim per speaker, kind and sentence: 'maintained that ..., asserting that ...' is one."""
        claim.about = [k for k in claim.about if self.mentions.actors[k].kind != "Place"]  # whom, not where
        # "the Israeli army has violated the ceasefire": a claim about a state's army is about that state
        home = self.mentions.country_of(claim.speaker)
        for key in list(claim.about):
            country = self.mentions.country_of(key)
            if self.mentions.actors[key].kind == "GovernmentBody" and country not in (
                None,
                home,
                *claim.about,
            ):
                claim.about.append(self.mentions.use(country))
        for known in self.claims:
            if (
                known.speaker == claim.speaker
                and known.kind == claim.kind
                and known.sentences == claim.sentences
            ):
                known.text = f"{known.text}; {claim.text}"
                known.about += [k for k in claim.about if k not in known.about]
                return
        self.claims.append(claim)
