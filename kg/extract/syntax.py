"""Small questions asked of a dependency parse: who is the subject of this verb,
is this clause stated as fact, which clause does a word belong to."""

from __future__ import annotations

from kg.extract import lexicon as lx

SUBJECTS = ("nsubj", "nsubjpass", "csubj")
RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}


def noun_lemma(token) -> str:
    """The lower-case lemma of a noun, plural proper nouns too: the tagger leaves "Forces" in
    "the Jordan Armed Forces" as its own lemma."""
    lemma = token.lemma_.lower()
    if token.tag_ == "NNPS" and lemma == token.lower_ and lemma.endswith("s"):
        return lemma[:-1]
    return lemma


def clause_head(token):
    """The verb (or the root) of the clause a word belongs to."""
    while token.pos_ not in ("VERB", "AUX") and token.head != token:
        token = token.head
    return token


def heads(token, limit: int) -> list:
    """The words above ``token`` in the parse, nearest first, at most ``limit`` of them."""
    found = []
    while token.head != token and len(found) < limit:
        token = token.head
        found.append(token)
    return found


REFLEXIVES = {"himself", "herself", "itself", "themselves"}


def stray_subject(token):
    """'In a letter to President Kiprono, the 61-year-old said ...' parsed with the subject as an
    apposition of the name before it: the verb right after the apposition, if it has no subject."""
    if token.dep_ != "appos":
        return None
    end = max(t.i for t in token.subtree)
    if end + 1 >= len(token.doc):
        return None
    verb = token.doc[end + 1]
    if verb.pos_ != "VERB" or any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    fronted = [c for c in verb.children if c.dep_ == "prep" and c.i < token.i]
    return verb if any(token in c.subtree for c in fronted) else None


def who_antecedent(clause):
    """The person a 'who' clause is about. The parser may hang the clause on the last noun before
    it: in 'appointed X, an engineer and TD for Limerick, who succeeds Y' it is X, not Limerick."""
    head = clause.head
    if head.ent_type_ not in ("ORG", "GPE", "LOC", "FAC", "NORP"):
        return head
    for above in head.ancestors:
        if above.ent_type_ == "PERSON":
            return above
        if above.dep_ not in ("pobj", "prep", "appos", "conj", "compound"):
            break
    return head


def subject_token(verb):
    """The subject of ``verb``, inherited through control ("named X to replace Y") and participles."""
    for _ in range(4):
        subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
        if not subjects:
            subjects = [
                t
                for c in verb.children
                if c.dep_ == "prep" and c.i < verb.i
                for t in c.subtree
                if stray_subject(t) == verb
            ]
        if subjects:
            # two subjects is a misparse, "Leader of the Opposition ... C.T. Prakash accused": the
            # one next to the verb is the name, the one before it its title
            subject = min(subjects, key=lambda c: abs(verb.i - c.i))
            if subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                return who_antecedent(verb) if subject.lower_ == "who" else verb.head
            return subject
        if verb.dep_ == "relcl":
            return verb.head
        if verb.dep_ == "acl" and verb.head != verb:  # "Fedorov, currently serving as ..."
            return verb.head
        reporting = second_speech_act(verb)
        if reporting is not None:
            verb = reporting
            continue
        if verb.dep_ == "acomp" and verb.pos_ == "ADJ" and verb.head != verb:
            verb = verb.head  # "ministers are due to meet", "is ready to sign": the copula's subject
            continue
        if verb.dep_ in ("xcomp", "advcl", "conj", "ccomp", "pcomp") and verb.head != verb:
            head = verb.head
            if head.pos_ == "ADP":  # "of carrying out": the verb the preposition hangs on
                if (
                    head.lower_ in lx.TEMPORAL_PREPOSITIONS
                    and head.head.dep_ == "acl"
                    and head.head.head.dep_ == "dobj"
                ):
                    # "proposed a ceasefire covering ports after hosting X": "after" tells when the main
                    # verb happened, though the parser hung it on the participle
                    head = head.head.head
                head = head.head
            if verb.dep_ in ("xcomp",) or verb.dep_ == "advcl" and verb.tag_ in ("TO", "VB"):
                objects = [c for c in head.children if c.dep_ in ("dobj", "oprd")]
                objects += [o for o in prep_objects(head, "to") if o.pos_ == "PROPN"]  # "turned to Rinaldi"
                if (
                    objects
                    and verb.dep_ == "xcomp"
                    or objects
                    and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
                ):
                    if objects[0].lower_ not in REFLEXIVES:  # "had called himself to win": the subject
                        return objects[0]  # object control: "named Lecornu to replace him"
            verb = head
            continue
        return None
    return None


def second_speech_act(verb):
    """'The army claimed it had targeted militants and accused the group of ...': a verb of saying
    that the parser put beside the reported verb belongs beside the reporting one. Returns that
    reporting verb: the conjunct has no subject or auxiliary of its own and the reporting verb's tense,
    where the reported verb has another."""
    if verb.dep_ != "conj" or not speech_verb(verb):
        return None
    reported = verb.head
    node, reporting = reported, None
    for _ in range(4):  # "said Han had failed to explain how he would prevent it and accused ..."
        if node.dep_ not in ("ccomp", "advcl", "xcomp") or node.head == node:
            return None
        node = node.head
        if speech_verb(node) and node.tag_ == verb.tag_:  # the reporting verb's tense, not "to explain"
            reporting = node
            break
    if reporting is None:
        return None
    if any(c.dep_ in SUBJECTS or c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    if reported.tag_ == verb.tag_ and not any(c.dep_ == "aux" for c in reported.children):
        return None  # "said it struck X and accused Y": the reported verb's own tense, so its conjunct
    return reporting


def direct_subject(verb):
    """The verb's own subject, or the noun a relative clause hangs on; no inheritance."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if subject is not None and subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        return verb.head
    if subject is None and verb.dep_ == "relcl":
        return verb.head
    return subject


def objects(verb) -> list:
    return [c for c in verb.children if c.dep_ in ("dobj", "obj")]


def agent(verb):
    """The 'by X' of a passive verb, also where the parser hung it lower ("succeeded on an interim
    basis by X")."""
    for child in verb.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    if not is_passive(verb):
        return None
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            for by in (c for c in obj.children if c.dep_ == "prep" and c.lower_ == "by"):
                return next((c for c in by.children if c.dep_ == "pobj"), None)
    return None


def is_passive(verb) -> bool:
    """'was replaced', also 'was dropped and replaced by Y', the second verb sharing the first's 'was'."""
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return True
    if verb.dep_ != "conj" or verb.head == verb or not is_passive(verb.head):
        return False
    # "was suspended and replaced by his deputy", "replaced" tagged a past tense: no object, no subject
    return (
        verb.tag_ == "VBN"
        or verb.tag_ == "VBD"
        and not any(
            c.dep_ in ("dobj", "nsubj", "oprd", "dative", "attr", "ccomp", "xcomp") for c in verb.children
        )
    )


def prep_objects(token, *prepositions: str) -> list:
    found = []
    for child in token.children:
        if child.dep_ == "prep" and (not prepositions or child.lower_ in prepositions):
            found += [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
    return found


def with_conjuncts(tokens) -> list:
    found = []
    for token in tokens:
        found.append(token)
        found += [c for c in token.conjuncts if c not in found]
    return found


def negated(token) -> bool:
    return any(c.dep_ == "neg" for c in token.children) or any(
        c.lower_ in ("no", "never") for c in token.children if c.dep_ == "det"
    )


def modal(verb) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in lx.MODAL_WORDS for c in verb.children)


def told_to_come(verb) -> bool:
    """'will take over', 'said X would serve as': what is to be, told as settled, not 'could' or 'may'."""
    helpers = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return bool(helpers & {"will", "would", "shall"}) and not helpers & (lx.MODAL_WORDS - {"would"})


def tense(verb) -> str:
    """'past' or 'present' for a clause, looking at the verb and its auxiliaries."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in ("had", "was", "were", "did") for a in auxiliaries) or verb.tag_ == "VBD":
        return "past"
    if any(a.lower_ in ("will", "shall") for a in auxiliaries):
        return "future"
    return "present"


def demand_clauses(verb) -> list:
    """'called for the assets to be used': the clause a demand is parsed as."""
    return [
        c
        for c in verb.children
        if c.dep_ == "advcl" and any(m.lower_ == "for" and m.dep_ == "mark" for m in c.children)
    ]


def speech_verb(verb) -> bool:
    """A verb of saying in this use: "claimed the capture" is; "claimed 28 lives" is not."""
    if verb.lemma_ not in lx.CLAIM_VERBS:
        return False
    if verb.lemma_ == "term" and not any(c.dep_ in ("oprd", "xcomp", "ccomp") for c in verb.children):
        return False  # "termed X an attempt to ...": what X is called is the statement
    if verb.lemma_ in ("call", "term", "describe") and any(c.lower_ == "what" for c in verb.children):
        return False  # "will not negotiate with what it calls extremist groups": a name, not a statement
    if (
        verb.lemma_ == "call"
        and not demand_clauses(verb)
        and not any(
            c.dep_ == "prep"
            and c.lower_ in ("for", "on")
            or c.dep_ in ("oprd", "xcomp")  # "calling her a safe pair of hands", not "called a vote himself"
            and c.lemma_ not in lx.CALLED_OCCASIONS
            for c in verb.children
        )
    ):
        return False  # "called a confidence vote" is no statement; "called for talks" is
    if verb.lemma_ == "put" and not estimated(verb):
        return False  # "put forward a plan", "put pressure on"; only "put the toll at 40" estimates
    if verb.lemma_ == "declare" and any(
        c.dep_ == "dobj" and c.lemma_ not in lx.CLAIM_NOUNS for c in verb.children
    ):
        return False  # "declared war", "declared a state of emergency": an act, not a statement
    return verb.lemma_ != "claim" or not any(
        c.dep_ == "dobj" and c.lemma_ in ("life", "victim") for c in verb.children
    )


def estimated(verb) -> bool:
    """'puts the death toll at 40', 'put the cost at $2 billion': a figure someone reckons."""
    return any(c.dep_ == "dobj" for c in verb.children) and any(
        t.like_num or t.ent_type_ in ("MONEY", "PERCENT", "QUANTITY", "CARDINAL")
        for p in prep_objects(verb, "at")
        for t in p.subtree
    )


def separate_clause(node) -> bool:
    """A clause the parser made the complement of a verb after a semicolon: it stands on its own."""
    head = node.head
    return node.dep_ == "ccomp" and node.i < head.i and any(t.text == ";" for t in node.doc[node.i : head.i])


def reported_by(token):
    """The reporting verb whose content ``token`` is part of, if any ("said that ... strike").

    Temporal adjuncts ("following a strike", "after the attack") are presupposed, so an
    event named in one is a fact even inside reported speech.
    """
    node = token
    while node.head != node:
        head = node.head
        if node.dep_ == "prep" and node.lower_ in lx.TEMPORAL_PREPOSITIONS:
            return None
        if separate_clause(node):
            node = head  # "X was relieved of his command; the ministry did not say ...": two clauses
            continue
        if node.dep_ in ("relcl", "appos") and head.pos_ == "PROPN":
            return None  # "did not say who would succeed Ostapenko, who resigned": an aside, taken as given
        if node.dep_ == "advcl" and any(c.dep_ == "advmod" and c.lower_ == "when" for c in node.children):
            return None  # "the year when Moscow seized ...": a time given by an event, presupposed
        if (
            head.pos_ in ("VERB", "AUX")
            and speech_verb(head)
            and node.dep_ in ("ccomp", "xcomp", "dobj", "prep", "pcomp", "parataxis", "advcl")
            and head.lemma_ not in lx.FACTIVE_VERBS
        ):
            if node.dep_ == "prep" and node.lower_ not in ("of", "about", "for", "with"):
                node = head
                continue
            if node.dep_ == "advcl" and not any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
                node = head
                continue
            if head.lemma_ in lx.CLAUSE_ONLY_VERBS and node.dep_ not in ("ccomp", "parataxis"):
                node = head  # "reported casualties from strikes": the object is not reported speech
                continue
            return head
        node = head
    return None


def hypothetical(verb) -> bool:
    """A verb stated as possible, wanted or planned rather than as having happened."""
    node = verb
    for _ in range(3):
        if modal(node) or negated(node):
            return True
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in node.children):
            return True
        if node.dep_ in ("xcomp", "acl") and node.head.lemma_ in lx.INTENT_HEADS | lx.UNREALISED_HEADS:
            return True
        if separate_clause(node):
            break
        purpose = node.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
        if (node.dep_ in ("xcomp", "ccomp", "conj") or purpose) and node.head != node:
            node = node.head
            continue
        break
    return False


def conjoined_title(appos):
    """'X and the commander of the border troops, General Y, met': the parser hangs Y on X; Y names
    the title conjoined to X just before. Returns that title's noun, or None."""
    if appos.dep_ != "appos":
        return None
    return next(
        (
            c
            for c in appos.head.children
            if c.dep_ == "conj" and c.i < appos.i and c.pos_ == "NOUN" and c.lemma_ in lx.POST_NOUNS
        ),
        None,
    )


def taking_over(verb) -> bool:
    """'took over', 'takes over the portfolio from X': the phrasal verb of succession."""
    return verb.lemma_ == "take" and any(c.dep_ == "prt" and c.lower_ == "over" for c in verb.children)


def described_with_who(token) -> bool:
    """'Oli, who chairs the party', 'a diplomat whom Zelensky named': a 'who' clause describes a person."""
    return any(
        c.dep_ == "relcl" and any(w.lower_ in ("who", "whom") for w in c.children) for c in token.children
    )


def news_medium(token) -> bool:
    """'state news agency KUNA', 'state television', 'the broadcaster': one reporting the news, whose
    report of what was done in the past is the record of it."""
    words = {token.lemma_.lower()} | {
        c.lemma_.lower() for c in token.children if c.dep_ in ("compound", "amod")
    }
    return bool(words & lx.NEWS_MEDIA_WORDS)


def medium_reports(verb) -> bool:
    """'..., state news agency KPL reported': a news medium passing on news, the article's source,
    not a party to it taking a position."""
    if verb.lemma_ not in lx.NEUTRAL_REPORTING_VERBS or verb.pos_ not in ("VERB", "AUX"):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]  # "state news agency KPL": two, parsed
    subjects += [a for s in subjects for a in s.children if a.dep_ == "appos"]  # "KPL, the state agency"
    return any(news_medium(s) for s in subjects)
