"""The arguments of a trigger that its own phrase does not hold: the agent of a verb
(:func:`_subject`, through passives, control, raising, relative and participle clauses), the verb
that governs a noun trigger (:func:`_governor`), the possessor bound by the subject, the author of
a text, the parties of an agreement named by the clause around it, the owners of assets acted on,
and whom a phrasal verb, a verb of judging or the lifting of a sanction is about."""
from __future__ import annotations

from ...model import Mention
from ..context import Context
from .lexicon import LIGHT_VERBS, NOUNS, OBJECT_CONTROL, PHRASAL, VOICING, _CIRCUMSTANTIAL
from .syntax import _clause_verbs, _prep_objects
from .force import _ASSETS, _HOLDINGS
from .kinds import _kind
from .groups import _can_act, _unique
from .mentions import _actors, _it, _mention


_ATTEMPTS = {"bid", "attempt", "effort", "decision", "move", "push", "drive", "endeavour", "endeavor", "step"}
"""Nouns whose infinitive reports what their possessor set out to do ("his bid to disengage"); a
"readiness", "refusal" or "plan" to act does not report the act."""


_PACTS = {"SignAgreement", "EngageInMaterialCooperation", "Negotiate"}
"""Classes of agreement nouns ("the deal", "a partnership agreement", "talks"), whose parties the
clause around them often names instead of the noun's own modifiers."""
_ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "dative"}


def _clause_parties(ctx: Context, block, tok) -> list[Mention]:
    """The parties of an agreement noun that names none, from the clause it sits in: the subject and
    objects of the verb it depends on ("Fiat sold GM a stake as part of a partnership agreement",
    "Egypt's decision to enter into the agreement"), or, when the noun has a relative clause, the
    arguments of the verbs inside ("a pact which could see India invest"). A noun governed by a
    verb that is itself a trigger adds nothing. Agreements bind those the sentence names around
    them; with none named, the noun stays no event."""
    if tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and NOUNS.get(tok.head.lemma_.lower()) in _PACTS:
        return []  # "a partnership agreement": the head noun is the event
    node = tok
    while node.dep_ in ("pobj", "prep", "dobj", "compound", "appos", "conj") and node.head.i != node.i \
            and node.pos_ not in ("VERB", "AUX"):
        node = node.head
        if node.lower_ == "out":
            return []  # "get out of a deal", "did well out of the deal": leaving or judging it, no signing
    verb = node if node.pos_ in ("VERB", "AUX") else None
    if verb is not None and _kind(verb) is not None:
        return []  # "signed agreements", "work together in energy deals": the verb reports the event
    inner = [c for c in tok.children if c.dep_ in ("relcl", "acl")]
    if verb is not None and node is not tok and tok.dep_ not in ("nsubj", "nsubjpass"):
        found = [m for m in _subject(ctx, block, verb) if _can_act(m)]
        found += [m for c in verb.children if c.dep_ in ("dobj", "dative") and tok not in c.subtree
                  for m in _actors(ctx, block, c) if _can_act(m)]
        if found:
            return _unique(found)
    found = []
    for clause in inner:
        for t in clause.subtree:
            if t.dep_ in _ARGUMENT_DEPS and tok not in t.subtree and t.head.pos_ in ("VERB", "AUX"):
                found += [m for m in _actors(ctx, block, t) if _can_act(m)]
    return _unique(found)


def _asset_owners(ctx: Context, block, obj, sites: bool = False) -> list[Mention]:
    """The owner of assets acted on ("froze the accounts of X", "seized the company's oil fields"):
    the actors named in the possessor, name modifiers or "of" phrase of an asset noun (or, with
    ``sites``, of a business or site: "its banking operation was closed down") undergo what is done
    to it. A place named as a modifier says where the holding is ("the Manchester office"), not whose."""
    if obj.lemma_.lower() not in (_HOLDINGS if sites else _ASSETS):
        return []
    owners = [c for c in obj.children if c.dep_ in ("poss", "compound", "nmod")] + list(_prep_objects(obj, "of"))
    return _unique([m for c in owners for m in _actors(ctx, block, c)
                    if _can_act(m) and not (c.dep_ != "poss" and c.head is obj and m.category == "Place")])


_PROPOSALS = {"bid", "offer", "approach", "proposal", "request", "application", "overture", "plea", "claim", "demand"}
"""What someone puts forward for another to accept or turn down: rejecting it is rejecting its author."""


def _proposers(ctx: Context, block, obj) -> list[Mention]:
    """Who put forward a bid, offer or request that is turned down: the actors of its possessor and of
    its "from" or "by" phrase ("X's bid", "an offer from X", "the claim made by X")."""
    if obj.lemma_.lower() not in _PROPOSALS:
        return []
    made_by = [g for c in obj.children if c.dep_ == "acl" for a in c.children if a.dep_ == "agent"
               for g in a.children if g.dep_ == "pobj"]
    return _unique([m for m in _named_authors(ctx, block, obj) + [m for g in made_by for m in _actors(ctx, block, g)]
                    if _can_act(m)])


ATTENDING = {"host", "attend", "chair", "leave", "join", "convene", "organise", "organize", "hold"}
"""Verbs whose subject (or "by" agent) takes part in the meeting, summit or conference they govern."""
_HAPPENING = {"happen", "occur", "continue", "resume", "begin", "start", "open", "proceed"}
"""Intransitive verbs that report that the event noun, their subject, happened."""


_GOVERNING = LIGHT_VERBS | VOICING | {"receive", "seek", "get", "accept", "serve", "hand", "pay"}
"""Verbs whose subject acts in (or undergoes) the event noun they govern: "held a meeting", "raised
concerns", "paid tribute", "received a fine", "is serving a sentence", "agreed to pay a fine"."""


def _governor(tok):
    """For a noun trigger, the verb whose subject also acts in it: a light verb it is the object of
    ("held a meeting", "resumed financial backing"), or the verb of a circumstantial phrase
    ("shook hands during their meeting"). Returns None otherwise."""
    head = tok.head
    if head == tok:
        return None
    if tok.pos_ == "ADJ" and tok.dep_ == "amod":
        return _governor(head)  # "paid a $2m fine", the noun taken for an adjective of the sum
    if (tok.dep_ in ("dobj", "attr", "nsubjpass", "xcomp") or tok.dep_ == "acomp" and tok.pos_ == "ADJ") \
            and head.pos_ == "VERB":  # "paid a $1.5m fine", its noun taken for an adjective complement
        if NOUNS.get(tok.lemma_.lower()) == "Meet" and head.lemma_.lower() in ATTENDING:
            return head  # "hosted the summit", "the meeting is being hosted by X", "leaving a summit"
        return head if head.lemma_.lower() in _GOVERNING else None
    if tok.dep_ == "nsubj" and head.pos_ == "VERB" and (head.lemma_.lower() in _HAPPENING or head.lemma_.lower() == "take"
                                                       and any(c.lower_ == "place" for c in head.children if c.dep_ == "dobj")):
        return head  # "discussions were taking place with US officials": the verb carries its arguments
    if tok.dep_ == "pobj" and head.lower_ in _CIRCUMSTANTIAL and (head.head.pos_ == "VERB" or
                                                                  head.head.pos_ == "AUX" and tok.lemma_.lower() == "contact"):
        return head.head
    if tok.dep_ == "conj":
        return _governor(head)
    return None


def _subject(ctx: Context, block, verb) -> list[Mention]:
    """Agent of a verb: its subject, the "by" phrase of a passive, or the subject of the verb it depends on.

    A pronoun subject of a reported clause is the reporting clause's subject ("Iranian officials
    promised they would provide ...", "Iran said it would ..."); "it" elsewhere is the last
    organization or state named shortly before.
    """
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and verb.pos_ == "AUX" or child.dep_ == "nsubj":
            if child.lower_ in ("they", "it", "he", "she", "we") and verb.dep_ in ("ccomp", "xcomp") and verb.head != verb:
                matrix = _subject(ctx, block, verb.head)
                if matrix:
                    return matrix
            return _it(ctx, block, child) if child.lower_ == "it" else _actors(ctx, block, child)
        if child.dep_ == "agent":
            for g in child.children:
                if g.dep_ == "pobj":
                    return _actors(ctx, block, g)
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in OBJECT_CONTROL:
        controller = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
        if controller is not None:  # "prompting it to cut off its aid": the object acts
            return _it(ctx, block, controller) if controller.lower_ == "it" else _actors(ctx, block, controller)
    if verb.dep_ == "xcomp" and verb.head != verb:
        raised = next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)
        if raised is not None:  # "X is expected to hold talks", "X was forced to resign": X acts
            return _it(ctx, block, raised) if raised.lower_ == "it" else _actors(ctx, block, raised)
    if verb.dep_ in ("xcomp", "conj", "advcl", "acomp") and verb.head != verb:
        found = _controller(ctx, block, verb.head) if _nonfinite(verb) else _subject(ctx, block, verb.head)
        if not found and verb.dep_ == "conj" and verb.head.dep_ == "ccomp":
            found = _subject(ctx, block, verb.head.head)  # "X said it was Y and refused": a misattached conjunct
        return found
    if verb.dep_ == "pcomp" and verb.head.head.i != verb.head.i:
        matrix = verb.head.head
        obj = next((c for c in matrix.children if c.dep_ == "dobj"), None)
        if verb.head.lower_ == "for" and obj is not None:
            return _actors(ctx, block, obj)  # "criticised Hamas for cooperating with Iran": Hamas cooperates
        return _controller(ctx, block, matrix)  # "X criticised Y after meeting Z", "by attacking the party"
    if verb.dep_ == "relcl":
        return _actors(ctx, block, verb.head)
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.lemma_.lower() in DOCUMENT_NOUNS:
        return _author(ctx, block, verb.head)  # "Turkey must issue a statement promising to ...": its author acts
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("PROPN", "NOUN"):
        return _actors(ctx, block, verb.head)  # "Jack Smith, touring Asia, said": the noun modified acts
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in _ATTEMPTS and any(c.dep_ == "aux" and c.lower_ == "to"
                                                                          for c in verb.children):
        owner = next((c for c in verb.head.children if c.dep_ == "poss"), None)
        if owner is not None:  # "his bid to disengage from Gaza", "Iran's decision to cut aid": the possessor acts
            return _actors(ctx, block, owner)
    return []


def _nonfinite(verb) -> bool:
    """Whether a dependent verb is an infinitive or participle without a subject of its own, whose
    subject is therefore its controller's ("to criticise", "using his blog")."""
    return verb.dep_ in ("xcomp", "advcl") and verb.tag_ in ("VB", "VBG") \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") and c.lower_ != "to" for c in verb.children)


def _controller(ctx: Context, block, matrix) -> list[Mention]:
    """Who acts in a subjectless infinitive or participle that depends on ``matrix``: the matrix's
    agent, or, when the matrix is passive, its surface subject, which controls the adjunct as well
    ("X was arrested after using his blog to criticise Y": X criticises; "X was asked to resign")."""
    found = _subject(ctx, block, matrix)
    if found:
        return found
    for c in matrix.children:
        if c.dep_ == "nsubjpass":
            return _it(ctx, block, c) if c.lower_ == "it" else _actors(ctx, block, c)
    return []


DOCUMENT_NOUNS = {"statement", "letter", "report", "resolution", "motion", "message", "communique", "communiqué",
                  "note", "document", "memo", "memorandum", "petition", "declaration", "editorial", "article", "leaflet"}
"""Nouns for texts, whose participle clause reports what their author does ("a letter urging X to ...")."""


_POSSESSIVE_NUMBER = {"his": "Person", "her": "Person", "its": "thing", "their": "plural"}


def _bound_possessor(ctx: Context, block, noun, pronoun) -> list[Mention]:
    """The antecedent of a possessive pronoun on an event noun that is the subject of the clause
    it sits in ("the EU and the US confirmed their willingness", "the party learned nothing from
    its defeats"): a possessive in the predicate is bound by the subject when they agree in
    number ("their" a plural or coordinated subject, "his"/"her" one person, "its" one
    organization or state). Other antecedents are left unresolved."""
    verb = next(_clause_verbs(noun), None)
    if verb is None or verb.i == noun.i or any(noun in c.subtree for c in verb.children
                                                if c.dep_ in ("nsubj", "nsubjpass")):
        return []
    subject = _subject(ctx, block, verb)
    want = _POSSESSIVE_NUMBER[pronoun.lower_]
    if want == "plural":
        heads = [c for c in verb.children if c.dep_ == "nsubj"]
        plural = len(subject) > 1 or any(h.tag_ in ("NNS", "NNPS") or h.lower_ == "they" for h in heads)
        return subject if plural else []
    if len(subject) != 1:
        return []
    return subject if (subject[0].category == "Person") == (want == "Person") else []


def _named_authors(ctx: Context, block, noun) -> list[Mention]:
    """The actors of a noun's possessor and of its "by"/"from" phrase ("Iran's statement", "an offer from X")."""
    return [m for c in noun.children if c.dep_ == "poss" for m in _actors(ctx, block, c)] + [
        m for g in _prep_objects(noun, "by", "from") for m in _actors(ctx, block, g)]


def _author(ctx: Context, block, noun) -> list[Mention]:
    """Who speaks through a text: its possessor ("Iran's statement"), its "by"/"from" phrase, or the
    subject of the verb that issues it ("Turkey must issue a written statement")."""
    owner = _named_authors(ctx, block, noun)
    if owner:
        return owner
    if noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ == "VERB":
        return _subject(ctx, block, noun.head)
    return []


def _phrasal_objects(ctx: Context, block, verb, method: str) -> list[Mention]:
    """The actors named by the object of a phrasal verb's preposition ("called on President X to
    act", "turned to Y"): the preposition is part of the verb, so its object is the verb's own
    object, the one the act is directed at."""
    lemma, _, particle = method.removeprefix("verb:").partition("-")
    if (lemma, particle) not in PHRASAL:
        return []
    return [m for g in _prep_objects(verb, particle) for m in _actors(ctx, block, g)]


_EVALUATIVE = {"Praise", "Criticize", "Accuse", "Disapprove", "Reject"}
"""Classes of judging someone: judging an act or a thing of someone judges that someone."""


def _evaluated_agents(ctx: Context, block, verb) -> list[Mention]:
    """Whom a verb of judging judges when its object names no actor but an act or thing of one
    ("applauded the efforts of India", "condemned Iran's decision", "criticised the Hamas
    statement"): the named actors of the object's possessor, name modifiers and "of"/"by" phrase
    ("sued a host of companies" makes no new unnamed group). The object's own clauses are not
    looked into."""
    out: list[Mention] = []
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        if _actors(ctx, block, obj):
            continue
        holders = [c for c in obj.children if c.dep_ in ("poss", "compound", "nmod")
                   or c.dep_ == "amod" and c.pos_ == "PROPN"]
        holders += list(_prep_objects(obj, "of", "by"))
        out += [m for h in holders for m in _actors(ctx, block, h)
                if _can_act(m) and m.method != "unnamed-group" and m not in out]
    return out


def _sanction_parties(ctx: Context, block, noun, agent: list[Mention], targets: list[Mention]):
    """Agent and targets of lifting a sanction, from the sanction noun itself: its possessor or name
    modifiers impose it ("the EU arms ban", "Washington's embargo"), its "on"/"against" phrase is
    its target ("the embargo on China"); a second name modifier is the target ("EU China arms ban").
    The verb's own subject, when there is one, stays the agent."""
    named = [m for c in noun.children if c.dep_ in ("poss", "compound", "amod", "nmod") for t in c.subtree
             for m in [_mention(ctx, block, t)] if m is not None]
    named = _unique(named)
    on = [m for g in _prep_objects(noun, "on", "against") for m in _actors(ctx, block, g)]
    if not agent and named:
        agent = named[:1]
    rest = [m for m in named if not agent or m.key != agent[0].key]
    return agent, targets + on + (rest if not on else [])
