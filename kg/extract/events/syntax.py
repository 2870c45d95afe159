"""Readings of the dependency parse that the rules share, before any actor is looked up: the lemma
of a token for the lexicon and whether it works as a verb, the particles and prepositional objects
of a verb, the patients of passives (raised, controlled, or a headline's dropped auxiliary), the
referents listed for "those charged", whether a noun stands for people, and the verbs of a
trigger's clause."""
from __future__ import annotations

from ..context import Context
from ..titles import ROLE_NOUNS
from .lexicon import GROUPS, OBJECT_REQUIRED, PERSON_NOUNS, VERBS, _RULE_VERBS


def _lemma(tok) -> str:
    """The token's lemma for the lexicon: spaCy's, unless a verb's lemma is no verb of the lexicon while
    its form's regular stem is one that the lemma begins ("fined", "fines" and "fining" lemmatized
    "fin"): the lemmatizer's table then picked a rarer verb, and the lexicon's is the word meant."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "VERB" or lemma in VERBS or lemma in _RULE_VERBS:
        return lemma
    form = tok.lower_
    stems = (form[:-1], form[:-2]) if form.endswith(("ed", "es")) else (form[:-3] + "e",) if form.endswith("ing") \
        else (form[:-1],) if form.endswith("s") else ()
    return next((s for s in stems if s in VERBS and s.startswith(lemma) and s != lemma), lemma)


_RAISING = {"likely", "expect", "set", "due", "go", "about", "bound", "certain", "sure", "unlikely", "poised",
            "schedule", "suppose", "think", "believe", "say", "report"}
"""Predicates (lemmas) that raise their complement's subject ("X is likely to be lifted", "X is expected to be freed")."""


def _passive_subjects(tok) -> list:
    """The patients a passive verb's subject slot gives: its own passive subject, or, for a passive
    infinitive under a raising predicate ("the ban is likely to be lifted", "they are expected to be
    freed"), the subject of that predicate's clause, which the parse attaches there."""
    own = [c for c in tok.children if c.dep_ == "nsubjpass"]
    if own or not any(c.dep_ == "auxpass" for c in tok.children):
        return own
    if tok.dep_ != "xcomp":
        return _controlled_patients(tok)
    node = tok.head
    for _ in range(3):  # "is likely to be", "is expected to be", "is set to be"
        if node.lemma_.lower() not in _RAISING | {"be"}:
            return []
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return subjects
        if node.dep_ not in ("acomp", "xcomp") or node.head.i == node.i:
            return []
        node = node.head
    return []


def _in_headline(ctx: Context, block, tok) -> bool:
    """Whether a token is in the document's headline (its title line)."""
    title = ctx.document.title_span
    return title is not None and block.pos(tok.idx) < title.end


def _headline_passive(ctx: Context, block, tok) -> bool:
    """Whether a verb of the headline is a passive with its auxiliary dropped, as headlines drop
    them ("Acme fined $2m for price fixing", "Two bankers jailed", "Singer convicted of fraud"):
    the main verb is a bare past form after its subject, without auxiliary, and it is one of the
    verbs that need someone to undergo them (:data:`OBJECT_REQUIRED`), with no person or body as
    object ("Acme fined Apex" stays active). The parser reads such a headline as an active past
    tense, which makes the one punished the punisher; the subject is the patient."""
    if not _in_headline(ctx, block, tok) or tok.dep_ != "ROOT" or tok.tag_ not in ("VBD", "VBN"):
        return False
    if _lemma(tok) not in OBJECT_REQUIRED or any(c.dep_ in ("aux", "auxpass", "nsubjpass") for c in tok.children):
        return False
    if not any(c.dep_ == "nsubj" for c in tok.children):
        return False
    return not any(c.dep_ in ("dobj", "dative") and (c.pos_ in ("PROPN", "PRON") or _person_like(c)) for c in tok.children)


_UNDERGOING = {"get", "face", "receive", "win", "serve"}
"""Verbs whose object noun is what befalls or is done by the subject ("gets jail term", "faces charges")."""


def _headline_head(ctx: Context, block, tok) -> bool:
    """Whether a word of the headline says what the headline reports: its main verb or noun
    ("Pirates convicted", "Commons hunt protest"), or the object of a light verb that is ("gets jail
    term"); not a modifier ("election seat target") nor what another verb acts on ("threaten mobile
    deal")."""
    if not _in_headline(ctx, block, tok):
        return False
    return tok.dep_ == "ROOT" or tok.dep_ == "dobj" and tok.head.dep_ == "ROOT" and tok.head.lemma_.lower() in _UNDERGOING


def _controlled_patients(tok) -> list:
    """The patients of a passive verb without a subject of its own, which English gives by control:
    a passive gerund adjunct takes the subject of the clause it modifies ("X was furious after being
    fined", "having been arrested, X ..."), and a passive conjunct shares its first conjunct's
    subject ("the men had forged a pass and had been helped by a guard")."""
    if tok.dep_ == "pcomp" and tok.tag_ == "VBN" and tok.head.dep_ == "prep" and tok.head.head.pos_ in ("VERB", "AUX"):
        matrix = tok.head.head
    elif tok.dep_ in ("advcl", "conj") and tok.tag_ == "VBN" and tok.head.pos_ in ("VERB", "AUX") \
            and not any(c.dep_ == "mark" for c in tok.children):
        matrix = tok.head
    else:
        return []
    return [c for c in matrix.children if c.dep_ in ("nsubj", "nsubjpass")]


_IDENTIFYING = {"include", "be"}
"""Verbs that list who a demonstrative stands for ("those charged included X", "those held were X")."""


def _listed_referents(pronoun) -> list:
    """What a bare demonstrative with a participle ("those charged", "those detained") stands for,
    when it is the subject of a clause that lists them: the object of "include" or the complement of
    "be". Other uses of "those" (the families of those killed) name nobody. (The inverted "among
    those sued are X" is left alone: it met a typing error more often than it found an event.)"""
    verb = pronoun.head
    if pronoun.dep_ == "nsubj" and verb.lemma_.lower() in _IDENTIFYING:
        return [c for c in verb.children if c.dep_ in ("dobj", "attr")]
    return []


def _split_prefix(tok):
    """The "co" token of a hyphenated verb that the tokenizer split ("co-operate", "co-ordinate"),
    which then holds the verb's subject and auxiliaries; None for other tokens."""
    if tok.i >= 2 and tok.pos_ == "VERB" and tok.nbor(-1).text == "-" and tok.nbor(-2).lower_ == "co":
        return tok.nbor(-2)
    return None


def _verbal(tok) -> bool:
    """Whether a token works as a verb: tagged so, or a verb of the lexicon that the tagger took for a
    noun although it heads a clause with its own subject ("Kilroy-Silk quit UKIP", "saw protesters
    picket gigs"): a noun takes no nominal subject, so the parse tells what the tag missed."""
    if tok.pos_ == "VERB":
        return True
    lemma = tok.lemma_.lower()
    if tok.pos_ != "NOUN" or not (lemma in VERBS or lemma in _RULE_VERBS):
        return False
    if tok.tag_ == "NN" and tok.dep_ in ("xcomp", "advcl", "acl", "ccomp") \
            and any(c.dep_ == "aux" and c.lower_ == "to" and c.i == tok.i - 1 for c in tok.children):
        return True  # "was quick to apologise": "to" right before marks an infinitive, no noun
    return tok.tag_ in ("NN", "NNS") and any(c.dep_ == "nsubj" for c in tok.children) \
        and tok.dep_ in ("ROOT", "ccomp", "conj", "relcl", "advcl")


_ADVERBIAL_PARTICLES = {"up", "down", "out", "in", "over", "off", "back", "away"}
"""Particles that make a phrasal verb only as particles: "gave in" yields, "gave in addition" does not."""


def _particles(tok) -> list[str]:
    """The particle and prepositions of a verb ("step down", "call for"), and the subordinator that
    opens its complement right after it ("called for the ban to be lifted")."""
    dated = {c.i for c in tok.children if c.dep_ == "prep" and any(g.ent_type_ in ("DATE", "TIME") for g in c.children
                                                                   if g.dep_ == "pobj")}
    obj_end = max((c.right_edge.i for c in tok.children if c.dep_ == "dobj" and c.i > tok.i), default=tok.i)
    out = [c.lower_ for c in tok.children if c.dep_ == "prt" or c.dep_ == "prep" and c.lower_ not in _ADVERBIAL_PARTICLES
           and c.i not in dated  # "insisted on Wednesday that ...": a date, not "insist on"
           or c.dep_ == "advmod" and c.lower_ in _ADVERBIAL_PARTICLES and c.i in (tok.i + 1, obj_end + 1)]
    # the particle right after the verb or after its object ("turned the protesters away")
    out += [g.lower_ for c in tok.children if c.dep_ in ("advcl", "ccomp", "xcomp")
            for g in c.children if g.dep_ == "mark" and tok.i < g.i <= tok.i + 2]
    return out


def _of_objects(tok, *preps: str) -> set[str]:
    """Lemmas of the objects of a verb's prepositions ("withdrew from the treaty"; "out" follows
    "out of"), or with ``"dobj-of"`` of its object's "of" phrase ("won 31% of the vote")."""
    out = set()
    for child in tok.children:
        if child.dep_ == "dobj" and "dobj-of" in preps:
            out |= {g.lemma_.lower() for g in _prep_objects(child, "of")}
        if child.dep_ in ("prep", "prt") and child.lower_ in preps:
            for g in child.children:
                if g.dep_ == "pobj":
                    out.add(g.lemma_.lower())
                if g.dep_ == "prep":  # "out of the deal"
                    out |= {x.lemma_.lower() for x in g.children if x.dep_ == "pobj"}
    return out


def _prep_objects(tok, *preps: str):
    for child in tok.children:
        if child.dep_ in ("prep", "agent", "dative") and child.lower_ in preps:
            for g in child.children:
                if g.dep_ == "pobj":
                    yield g


def _person_like(tok) -> bool:
    """Whether a noun phrase head stands for people: a personal pronoun, a person or nationality
    entity, or a noun for people or for a group of them."""
    return tok.lower_ in ("he", "she", "they", "we", "him", "her", "them", "us", "i", "you") \
        or tok.ent_type_ in ("PERSON", "NORP") or tok.lemma_.lower() in PERSON_NOUNS | GROUPS | set(ROLE_NOUNS) \
        or tok.tag_ == "NNS" and any(c.dep_ == "amod" and c.ent_type_ == "NORP" for c in tok.children)  # "Chilean engineers"


def _patients(tok, *, conjuncts: bool = True) -> list:
    """A verb's objects and passive subjects (with their conjuncts unless ``conjuncts`` is false), and
    the noun its participle modifies ("suspects detained")."""
    found = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if tok.dep_ == "acl" and tok.tag_ == "VBN":
        found.append(tok.head)
    return [q for p in found for q in (p, *p.conjuncts)] if conjuncts else found


def _person_patient(tok) -> bool:
    """Whether a verb's object, passive subject, or the noun a participle modifies stands for people
    ("jails blogger", "foreign nationals are being held", "suspects detained"): such verbs need no
    named patient, as news often reports a detention before it names the detained."""
    return any(_person_like(p) for p in _patients(tok, conjuncts=False))


def _auxiliaries(tok, children=None) -> set[str]:
    """The lemmas of a verb's auxiliaries ("may", "will", "have"), from ``children`` when given."""
    return {c.lemma_.lower() for c in (tok.children if children is None else children) if c.dep_ == "aux"}


def _clause_verbs(tok):
    """The trigger's own clause, inside out: a verb trigger and the verbs it is the open complement
    of ("pledged to work towards lifting"), or for a noun the verb it hangs from."""
    node = tok
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
    yield node
    while node.dep_ in ("xcomp", "pcomp", "prep", "conj") and node.head.i != node.i:
        node = node.head
        yield node
