"""Event makers besides the trigger rules of :mod:`~kg.extract.events.makers`: an actor's displeasure
as disapproval ("X is furious", "Y's refusal angered X": :func:`_displeasure`), an actor's pleasure at
something as praise (:func:`_pleasure`), "X described Y as Z"
as praise or criticism (:func:`_described_as`), "X says Y should act" as an appeal
(:func:`_modal_appeal`), and the appeals in the content of claims (:func:`claimed_appeals`, run
after the claims)."""
from __future__ import annotations

from ...model import EventRecord, Mention
from ..context import Context
from ..discourse import DESCRIBING_CUES
from .lexicon import CONDEMNING, DISPLEASED, DISPLEASING, FUMING, GROUPS, PERSON_NOUNS, PLEASED, PRAISING
from .syntax import _prep_objects
from .mood import _CONDITIONAL, _DEONTIC, _irrealis, _negated, _reproach
from .groups import _can_act, _register, _unique
from .mentions import _FIRST_PERSON, _actors
from .arguments import _PROPOSALS, _subject
from .records import _record


_COPULAS = {"be", "become", "remain", "stay", "seem", "appear", "feel", "grow", "get", "look", "sound"}
_STIMULUS_PREPS = ("at", "by", "over", "with", "about", "to")  # "to": "opposed to Y's plan"


_DOINGS = _PROPOSALS | {"plan", "decision", "policy", "move", "remark", "comment", "handling", "conduct", "treatment",
                        "behaviour", "behavior", "action", "approach", "ruling"}
"""What someone does or puts forward, whose author an "of" phrase names ("the decision of Y")."""


def _stimulus(ctx: Context, block, holder) -> list[Mention]:
    """Who displeased: the actors of the "by"/"at"/"over"/"with"/"about"/"to" phrases of ``holder``, or
    the owner of what they name ("irritated by Y's disclosure", "shocked at the decision of Y",
    "opposed to Y's plan")."""
    out: list[Mention] = []
    for g in [*_prep_objects(holder, *_STIMULUS_PREPS),
              *(g for c in holder.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj")]:
        authors = [c for c in g.children if c.dep_ == "poss"]  # "Y's decision"
        if g.lemma_.lower() in _DOINGS:
            authors += _prep_objects(g, "of")  # "the plan of Y", not "the condition of the men"
        found = _actors(ctx, block, g) or [m for c in authors for m in _actors(ctx, block, c)]
        out += [m for m in found if m not in out]
    return out


_MILD = {"disappointed", "frustrated"}
"""Words of displeasure that disapprove only of someone named: "X is disappointed that Y left" (but
"disappointed with the result", "frustrated with the pace of talks" are no one's doing)."""


def _displeasure(ctx: Context, block, tok, times) -> EventRecord | None:
    """An actor's displeasure stated as a state of mind is disapproval (CAMEO 11): "X is furious",
    "X was irritated by Y's decision", "Y's refusal angered X", "X is fuming". The one displeased acts
    (the agent); whoever or whatever displeased is the target. The word must say the actor's state
    (predicative, a passive, an active verb with the actor as its object, or the headline's "X angered
    by Y"): "an angry crowd" states nothing of an actor. A stance is one too: "X remains opposed to
    Y's plan" (predicative only; "as opposed to" compares). A milder word (:data:`_MILD`) must name
    whom: "X is disappointed that Y left"."""
    if _negated(tok) or _irrealis(tok):
        return None
    lemma = tok.lemma_.lower()
    scope = [tok]
    experiencer: list[Mention] = []
    stimulus: list[Mention] = []
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    if tok.dep_ == "acomp" and tok.head.lemma_.lower() in _COPULAS and tok.lower_ in DISPLEASED:
        if _negated(tok.head):
            return None  # "X was not angry"
        experiencer = _subject(ctx, block, tok.head)
        stimulus = _stimulus(ctx, block, tok) + [  # "disappointed that Y had referred the case": Y
            m for c in tok.children if c.dep_ == "ccomp" for s in c.children if s.dep_ == "nsubj"
            for m in _actors(ctx, block, s)]
        scope.append(tok.head)
    elif tok.pos_ == "VERB" and lemma in FUMING and any(c.dep_ == "nsubj" for c in tok.children):
        experiencer = _subject(ctx, block, tok)
        stimulus = _stimulus(ctx, block, tok)
    elif tok.pos_ == "VERB" and tok.tag_ == "VBN" and (lemma in DISPLEASING or tok.lower_ in DISPLEASED) \
            and not any(c.dep_ == "dobj" for c in tok.children):
        if subjects:  # "X was angered by Y", "X is shocked at Y's decision"
            experiencer = [m for c in subjects for m in _actors(ctx, block, c)]
        elif tok.dep_ == "acl" and tok.head.pos_ in ("PROPN", "NOUN"):
            experiencer = _actors(ctx, block, tok.head)  # "X angered by fine": a reduced passive
        else:
            return None
        stimulus = _stimulus(ctx, block, tok)
    elif tok.pos_ == "VERB" and lemma in DISPLEASING:
        objects = [c for c in tok.children if c.dep_ == "dobj"]
        experiencer = [m for c in objects for m in _actors(ctx, block, c)]  # "Y's refusal angered X"
        stimulus = _subject(ctx, block, tok) or [m for c in subjects for d in c.children if d.dep_ == "poss"
                                                 for m in _actors(ctx, block, d)]
    if any(c.lower_ in _FIRST_PERSON for h in scope for c in h.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")):
        return None  # "I'm outraged", "it angers us": a speaker's own feelings are what a quote says, a claim
    experiencer = [m for m in experiencer if _can_act(m)]
    if not experiencer:
        return None
    keys = {m.key for m in experiencer}
    stimulus = [m for m in stimulus if _can_act(m) and m.key not in keys]
    if tok.lower_ in _MILD and not stimulus:
        return None  # "disappointed with the result": let down, by no one named
    return _record(ctx, block, tok, "Disapprove", f"{tok.pos_.lower()}:displeased-{lemma}", experiencer[:1],
                   stimulus, experiencer[1:], [], scope, times, None)


_UNSURE = {"may", "might", "could", "would", "will", "should"}
_BODIES = {"government", "administration", "council", "committee", "board", "court", "club", "party", "team"}
"""Bodies that act, named by a common noun ("pleased the administration was prepared to act")."""


def _pleasure(ctx: Context, block, tok, times) -> EventRecord | None:
    """An actor's pleasure at something, said of the actor, is praise (CAMEO 05): "X was pleased the
    government was prepared to act", "X is delighted with Y's decision". The adjective must be
    predicative and say at what, with a clause or a phrase: "X is glad to help" (an intent) and a
    bare "X was pleased" are none, and so is a speaker's own "I am glad ...", a claim, as for
    :func:`_displeasure`; the clause or the phrase must name who did what pleased ("delighted with
    the victory" is none). The one pleased acts; the target is the actor of the clause or the phrase."""
    if tok.dep_ != "acomp" or tok.head.lemma_.lower() not in _COPULAS or tok.lower_ not in PLEASED \
            or _negated(tok) or _negated(tok.head) or _irrealis(tok.head) or tok.head.dep_ == "xcomp" \
            or any(c.dep_ == "aux" and c.lower_ in _UNSURE or c.lower_ in ("hardly", "scarcely")
                   for c in tok.head.children):
        return None  # "may be pleased", "will hardly be pleased", "is unlikely to be pleased"
    clause = next((c for c in tok.children if c.dep_ == "ccomp"), None)
    stimulus = [m for m in _stimulus(ctx, block, tok) if m.category != "UnnamedSource"]  # not "the sales figures"
    if clause is None and not any(True for _ in _prep_objects(tok, *_STIMULUS_PREPS)):
        return None
    if any(c.lower_ in _FIRST_PERSON for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")):
        return None
    experiencer = [m for m in _subject(ctx, block, tok.head) if _can_act(m)]
    if not experiencer:
        return None
    doers = [] if clause is None else [c for c in clause.children if c.dep_ == "nsubj"] + [
        g for c in clause.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    # (who did it: "glad X had been fined" praises no X, who was acted on)
    stimulus += [m for c in doers for m in _actors(ctx, block, c)]
    keys = {m.key for m in experiencer}
    stimulus = [m for m in stimulus if _can_act(m) and m.key not in keys]
    if not stimulus and not any(c.lemma_.lower() in GROUPS | _BODIES for c in doers):
        return None  # "delighted with the victory", "glad the weather held": pleased at no one's act
    return _record(ctx, block, tok, "Praise", f"adj:pleased-{tok.lower_}", experiencer[:1], stimulus[:1],
                   experiencer[1:] + stimulus[1:], [], [tok, tok.head], times, None)


_SAYING = {"say", "insist", "argue", "tell", "believe", "think", "suggest", "add", "warn", "write", "stress"}


def _modal_appeal(ctx: Context, block, tok, times) -> EventRecord | None:
    """"Blair says the mayor should apologise": saying that someone should or must act is an appeal
    by the speaker to that someone."""
    if tok.pos_ != "VERB" or tok.dep_ != "ccomp" or tok.head.lemma_.lower() not in _SAYING:
        return None
    if not any(c.dep_ == "aux" and c.lemma_.lower() in _DEONTIC for c in tok.children):
        return None
    if _reproach(tok):
        return None
    if tok.sent.text.rstrip().endswith("?"):
        return None
    speaker = [m for m in _subject(ctx, block, tok.head) if _can_act(m)]
    addressee = [m for c in tok.children if c.dep_ == "nsubj" for m in _actors(ctx, block, c) if _can_act(m)]
    if not speaker or not addressee or {m.key for m in speaker} == {m.key for m in addressee}:
        return None
    return _record(ctx, block, tok, "Appeal", f"verb:{tok.head.lemma_.lower()}-{tok.lemma_.lower()}-should",
                   speaker, addressee, [], [], [tok.head, tok], times, None)


_ADDRESSEE_NOUNS = GROUPS | PERSON_NOUNS | {
    "school", "university", "college", "hospital", "bank", "lender", "council", "club", "business", "government",
    "country", "state", "parent", "patient", "consumer", "customer", "user", "voter", "public", "people", "court",
    "party", "agency", "industry", "employer", "landlord", "retailer", "provider", "supplier", "manufacturer"}
"""Heads of generic addressees that can be asked to act ("schools must ...", "doctors should ...")."""
_ADDRESSEE_PRONOUNS = {"we", "he", "she", "many", "some", "all", "both", "others"}
"""Pronouns for people or bodies that can be asked to act ("we must not allow ...", "many must adapt");
not "I" (one's own duty), generic "you" or "anyone" ("you must work longer", "anyone ... should be
worried": what follows for everybody, not a call on someone)."""
_CLAUSE_BARRIERS = {"relcl", "advcl", "acl", "csubj", "pcomp"}


def claimed_appeals(ctx: Context, claims, events: list[EventRecord]) -> list[EventRecord]:
    """A claim by a named speaker whose content says that someone should or must act, or that
    something should be done (:func:`_called_for`), is an appeal by the speaker (CAMEO 02;
    "Universities must widen access, the minister said", "'Voters should be given a say,' the party
    says", "we must not let this happen", "the law should be changed"), whether or not the one
    asked is an actor: the target is the subject when it is an actor that acts (active voice), else
    none.
    Runs after the claims, whose claimant and content say who speaks and what is said, so that a
    quote whose cue is elsewhere in the paragraph is covered too.

    Only a clause that asks for an action counts: its subject is someone who can be asked (an
    actor, a person or a body, a personal or quantifier pronoun), so that an epistemic "should"
    ("the deal should close in May", "prices must fall") is no appeal; "should have" (a reproach of
    the past), a question, and a modal inside a relative, adverbial or conditional clause are not
    either. Clauses that already gave an appeal (:func:`_modal_appeal`) are skipped."""
    out: list[EventRecord] = []
    for c in claims:
        speaker = next((m for m in ctx.mentions if m.key == c.claimant), None)
        if speaker is None or speaker.category not in ("Person", "Organization") and not (
                speaker.category == "Place" and _can_act(speaker)):
            continue
        for block, doc in ctx.parsed:
            if block.start > c.end or block.pos_end(len(block.text)) < c.start:
                continue
            for tok in doc:
                if tok.pos_ not in ("VERB", "AUX") or not c.start <= block.pos(tok.idx) < c.end:
                    continue
                record = _claimed_appeal(ctx, block, tok, c, speaker)
                if record is not None and not any(e.kind == "Appeal" and e.start < record.end and record.start < e.end
                                                  for e in events + out):
                    out.append(record)
    return out


def _claimed_appeal(ctx: Context, block, tok, claim, speaker: Mention) -> EventRecord | None:
    """The appeal of one deontic clause of a claim's content (see :func:`claimed_appeals`)."""
    aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if not any(a.dep_ == "aux" and a.lemma_.lower() in _DEONTIC for a in aux):
        return None
    if _reproach(tok):
        return None
    if tok.sent.text.rstrip().rstrip("\"”’'").endswith("?"):
        return None
    node = tok
    while node.head.i != node.i:
        if node.dep_ in _CLAUSE_BARRIERS or any(c.dep_ == "mark" and c.lower_ in _CONDITIONAL for c in node.children):
            return None
        node = node.head
    subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lower_ in ("it", "this", "that", "there"):
        return None
    known = {m.key for m in ctx.mentions}
    # a generic group ("doctors", "judges") is asked but is no actor: only actors already found count
    actors = [m for m in _actors(ctx, block, subject) if _can_act(m) and m.key in known] if subject.pos_ != "PRON" else []
    if not actors and subject.lower_ not in _ADDRESSEE_PRONOUNS and subject.lemma_.lower() not in _ADDRESSEE_NOUNS \
            and not _called_for(tok, subject):
        return None
    if speaker.key in {m.key for m in actors}:
        return None  # the speaker's own undertaking ("Acme must cut costs, Acme said")
    passive = subject.dep_ == "nsubjpass"
    targets = [] if passive else actors[:1]
    others = actors if passive else actors[1:]
    start = block.pos(subject.left_edge.idx)
    # the clause ends before a coordinated clause ("X must improve - or Y will suffer")
    cut = {t.i for c in tok.children if c.dep_ in ("conj", "cc") and c.i > tok.i for t in c.subtree}
    last = max((t for t in tok.subtree if t.i not in cut and t.dep_ != "punct" and block.pos(t.idx) < claim.end),
               key=lambda t: t.i, default=tok)
    end = min(block.pos_end(last.idx + len(last.text)), claim.end)
    participants = _unique([speaker] + targets + others)
    _register(ctx, participants)
    return EventRecord(start=max(start, claim.start), end=end, kind="Appeal", trigger=tok.text, agent=speaker.key,
                       participants=tuple(sorted({m.key for m in participants})),
                       target=targets[0].key if targets else None, method="rule:claim-modal-appeal", confidence=0.5)


def _called_for(tok, subject) -> bool:
    """Whether a deontic passive asks for something to be done ("the law should be changed",
    "Courts should be used as a last resort", "the release should not be delayed"): a thing that
    someone is to act on. Not a forecast: a time in the clause ("should be completed by May"), an
    agent ("Profits should be boosted by the weak dollar"), an adverb of time ("should be known
    soon"), or a verb of an outcome rather than an act ("should be finished in time", "known")."""
    if subject.dep_ != "nsubjpass" or subject.pos_ not in ("NOUN", "PROPN") or tok.lemma_.lower() in _OUTCOMES:
        return False
    if any(c.dep_ == "agent" or c.dep_ == "advmod" and c.lower_ in _SOON for c in tok.children):
        return False
    return not any(t.ent_type_ in ("DATE", "TIME") for t in tok.subtree)


_OUTCOMES = {"know", "finish", "complete", "expect", "boost", "hit", "affect", "reach", "see", "feel", "deliver",
             "finalise", "finalize", "conclude", "approve", "release", "publish", "announce", "launch", "open"}
"""Verbs of what will come about rather than of an act asked for ("the deal should be completed")."""
_SOON = {"soon", "shortly", "eventually", "later", "sooner", "next", "early"}
"""Adverbs of when something will come about ("should be known soon"): a forecast, no call."""


def _under(tok, top) -> bool:
    """Whether ``tok`` hangs under ``top`` with no clause of its own between them: no relative or
    reduced clause, no verb with its own subject ("the rules, which X condemned as ridiculous")."""
    while tok.i != top.i:
        tok = tok.head
        if tok.i != top.i and (tok.dep_ in ("relcl", "acl")
                               or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)):
            return False
    return True


def _described_as(ctx: Context, block, tok, times) -> EventRecord | None:
    """"X described Y as Z" with a judging Z is praise or criticism by X (CAMEO 05 and 11: "she
    described the minister as an outstanding colleague", "he described the rules as 'ridiculous'").
    The describer acts; the one described is the target when it is an actor, else there is none
    (criticism of a law or a product). Z decides: it must hold a word of praise or of criticism, and
    not both (a neutral description, "described the talks as a first step", is no event); a negated
    judging word ("not unfair") is left to the claim."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in DESCRIBING_CUES or _negated(tok) or _irrealis(tok):
        return None
    described = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if described is None:
        return None
    phrase = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "as"), None) \
        or next((c for c in described.subtree if c.dep_ == "prep" and c.lower_ == "as" and _under(c, described)), None)
    if phrase is None:  # (the "as" phrase is also found under the object: "described their reasons for missing
        return None     # the tests as 'unacceptable'", where the parser hangs it on "missing")
    words = [t for t in phrase.subtree if t.i != phrase.i]
    if any(t.dep_ == "neg" or t.lower_ in ("not", "no", "never", "un") for t in words):
        return None
    lemmas = {t.lower_ for t in words} | {t.lemma_.lower() for t in words}
    praise, blame = bool(lemmas & PRAISING), bool(lemmas & CONDEMNING)
    if praise == blame:
        return None
    agent = [m for m in _subject(ctx, block, tok) if _can_act(m)] if described.dep_ == "dobj" else \
        [m for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"
         for m in _actors(ctx, block, g) if _can_act(m)]
    if not agent:
        return None
    targets = [m for m in _actors(ctx, block, described) if _can_act(m) and m.key != agent[0].key]
    kind = "Praise" if praise else "Criticize"
    return _record(ctx, block, tok, kind, f"verb:{tok.lemma_.lower()}-as-{kind.lower()}", agent[:1], targets[:1],
                   targets[1:], [], [tok, phrase, *words], times, None)
