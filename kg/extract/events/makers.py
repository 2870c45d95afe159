"""The event of a trigger token (:func:`_event`): its class from :mod:`~kg.extract.events.kinds`, its
agent, targets, other participants, places and resource from the parse, the class refined by who
acts on whom and by what is given (:func:`_refine`, :func:`_support_kind`), and the rules that drop
what is no event (a cancelled visit, an offer on sale, support in passing)."""
from __future__ import annotations

import re

from ...model import EventRecord, Mention
from ...ontology import ancestors
from ..context import Context
from .lexicon import (ACTING, AGENTIVE_NOUNS, DISPLEASED, DISPLEASING, FUMING, GROUPS, GROUP_NOUNS, LIGHT_VERBS, NOUNS,
                      OBJECT_REQUIRED, PATIENT_NOUNS, PERSON_NOUNS, PLEASED, RELATION_OBJECTS, SUPPORT_OBJECTS, _STOPPING,
                      _SUPPORT_CLASSES, _SUPPORT_KIND, _TRANSFER_VERBS)
from .syntax import (_headline_head, _headline_passive, _lemma, _listed_referents, _passive_subjects, _person_like,
                     _person_patient, _particles, _prep_objects, _split_prefix, _verbal)
from .force import _FIGURATIVE_HARM, _HOSTILE_ACTS, _POLICING, _armed_context
from .relations import _relation_phrases
from .dealings import _wanted_subject
from .kinds import _kind
from .mood import _THREATENING, _conjectured, _departure, _intended, _irrealis, _negated, _planned
from .groups import _can_act, _counted_people, _group, _unique, _unnamed_parties
from .mentions import _FIRST_PERSON, _actors
from .arguments import (_EVALUATIVE, _PACTS, _POSSESSIVE_NUMBER, _asset_owners, _bound_possessor, _clause_parties,
                        _evaluated_agents, _governor, _phrasal_objects, _proposers, _sanction_parties, _subject)
from .records import _record
from .special import _displeasure, _pleasure


ENDORSED = {"agreement", "deal", "accord", "treaty", "pact", "plan", "proposal", "bill", "law", "legislation", "idea",
            "policy", "resolution", "motion", "measure", "decision", "move", "reform", "initiative", "position", "stance",
            "candidacy", "bid", "membership", "accession", "ban", "ruling", "compromise", "draft", "directive", "call",
            "demand", "request", "campaign", "approach", "strategy", "programme", "program", "referendum", "vote"}
"""Objects whose "support" or "backing" is endorsement (CAMEO 051), not support given to an actor."""
_PLACE_NOUNS = {"city", "town", "village", "capital", "port", "region", "province", "district", "state", "county",
                "island", "border", "area", "suburb", "outskirts", "centre", "center", "streets", "territory"}
"""Nouns whose "of" phrase names the place ("the city of Tel Aviv", "the outskirts of Baghdad")."""


UNARGUED = "+unargued"
"""The method suffix of a headline's event that named no actor, which the finder gives the actors
of the event the lead reports or drops (:func:`~kg.extract.events.finder._headline_echoes`)."""


_TRIGGER_POS = frozenset({"VERB", "NOUN", "PROPN", "ADJ"})
"""The parts of speech of triggers: :func:`_kind` types verbs and nouns (a verb the tagger took for
a noun included), :func:`_displeasure` adjectives and verbs, :func:`_pleasure` adjectives."""


def _event(ctx: Context, block, tok, times) -> EventRecord | list[EventRecord] | None:
    if tok.pos_ not in _TRIGGER_POS:
        return None  # half of the tokens: the rules below would read a few attributes each to say so
    if tok.lower_ == "opposed" and any(c.lower_ == "as" for c in tok.children):
        return None  # "4%, as opposed to 5%": a comparison
    if tok.pos_ in ("ADJ", "VERB") and (tok.lower_ in DISPLEASED or tok.lemma_.lower() in DISPLEASING | FUMING) \
            and (tok.lower_ != "opposed" or tok.dep_ == "acomp"):  # "was opposed by X": the verb rules
        return _displeasure(ctx, block, tok, times)
    if tok.pos_ == "ADJ" and tok.lower_ in PLEASED:
        return _pleasure(ctx, block, tok, times)
    found = _kind(tok)
    if found is None or _negated(tok) or _irrealis(tok):
        return None
    if tok.pos_ in ("NOUN", "PROPN") and ctx.of_token(block, tok) is not None:
        return None  # "the Northern Alliance", "Trade Union Congress": part of a name, no event
    kind, method = found
    if _verbal(tok):
        if _departure(tok, kind) and _conjectured(tok, passive=True):
            return None  # "would quit if ...", "may step down": speculation about a departure
        kind, method = _intended(tok, kind, method)
    agent: list[Mention] = []
    targets: list[Mention] = []
    others: list[Mention] = []
    places: list[Mention] = []
    resource = None
    scope = [tok]
    adjectival: set[str] = set()  # keys of actors named only by a nationality adjective of a noun trigger
    own_span = False  # whether the evidence is the noun phrase alone, not the clause around it
    if _verbal(tok):
        agent = _subject(ctx, block, tok)
        if not agent and _split_prefix(tok) is not None:
            agent = _subject(ctx, block, _split_prefix(tok))
        if _headline_passive(ctx, block, tok) or method == "verb:plead-guilty":
            targets, agent = agent, []  # "Acme fined $2m": Acme is fined; who pleads guilty is convicted
        passive = _passive_subjects(tok)
        for c in passive:
            targets += _actors(ctx, block, c) or _asset_owners(ctx, block, c, sites=method.endswith("-down-by")) \
                or (_proposers(ctx, block, c) if kind == "Reject" else [])  # "X's bid was rejected"
        if method == "verb:find-guilty":  # "found Tom Hale guilty": the one found guilty is convicted, not the finder
            targets += [m for c in tok.children if c.lower_ == "guilty" for s in c.children if s.dep_ == "nsubj"
                        for m in _actors(ctx, block, s)]
        if passive and not any(c.dep_ == "nsubjpass" for c in tok.children):
            patients = {m.key for m in targets}  # a controlled passive: its controller is acted on, not acting
            agent = [m for m in agent if m.key not in patients]
        if method.endswith("-sanctions"):  # "lifted the EU arms ban on China": who imposed it, on whom
            for c in [*passive, *(c for c in tok.children if c.dep_ == "dobj")]:
                agent, targets = _sanction_parties(ctx, block, c, agent, targets)
        for c in tok.children:
            if c.dep_ in ("dobj", "dative"):
                found_actors = _actors(ctx, block, c) or _asset_owners(ctx, block, c, sites=method.endswith("-down-by")) \
                    or _counted_people(ctx, block, c) or (_proposers(ctx, block, c) if kind == "Reject" else [])
                if found_actors:
                    targets += found_actors
                elif c.pos_ in ("NOUN", "PROPN", "NUM", "SYM"):
                    resource = _phrase(block, c)
        for g in _prep_objects(tok, "to", "for"):
            targets += _actors(ctx, block, g)
        targets += [m for m in _phrasal_objects(ctx, block, tok, method) if m not in targets]
        if kind in _EVALUATIVE and not targets:
            targets += _evaluated_agents(ctx, block, tok)
        if kind in _HOSTILE:  # "hit out at X", "protested against X", "rounded on X"
            for holder in [tok, *[c for c in tok.children if c.dep_ == "prt"]]:
                for g in _prep_objects(holder, "at", "against", "on"):
                    targets += _actors(ctx, block, g)
        if method.endswith(("-feud", "-penalty")):  # "ended his feud with X", "imposed a suspension on X"
            for holder in (tok, *(c for c in tok.children if c.dep_ == "dobj")):
                preps = ("with",) if method.endswith("-feud") else ("on", "upon")
                targets += [m for g in _prep_objects(holder, *preps)
                            if holder is not tok or method.endswith("-penalty")
                            for m in _actors(ctx, block, g) if m not in targets]
        if any(True for _ in _prep_objects(tok, "with")):
            for g in _prep_objects(tok, "with"):
                found_actors = _actors(ctx, block, g)
                (others if kind in ("Meet", "Consult", "Negotiate", "Fight", "SignAgreement", "EngageInMaterialCooperation")
                 else targets if kind not in _SUPPORT_CLASSES else others).extend(found_actors)
                if not found_actors and kind in _SUPPORT_CLASSES:
                    resource = resource or _phrase(block, g)
        if tok.dep_ == "relcl" and any(c.dep_ == "nsubj" for c in tok.children) and not targets \
                and not any(c.dep_ in ("dobj", "prep", "ccomp", "xcomp") for c in tok.children) and tok.head.pos_ == "NOUN":
            targets += _actors(ctx, block, tok.head)  # "the party the men have left": the antecedent is the object
        elif tok.dep_ == "relcl" and any(c.dep_ == "auxpass" for c in tok.children):
            # "X, who was arrested", "a bid by X, which was rejected": the antecedent is acted on
            patients = (_proposers(ctx, block, tok.head) if kind == "Reject" else []) or _actors(ctx, block, tok.head)
            targets += [m for m in patients if m not in targets]
            agent = [m for m in agent if m.key not in {t.key for t in patients}]
        elif tok.dep_ == "relcl" and not agent:
            agent = _actors(ctx, block, tok.head)
        elif tok.dep_ == "acl" and tok.tag_ == "VBN" and not passive and tok.head.lower_ in ("those", "these"):
            for g in _listed_referents(tok.head):  # "those charged included X": the list names them
                targets += _actors(ctx, block, g)
        elif tok.dep_ == "acl" and tok.tag_ == "VBN" and not passive:
            targets += _actors(ctx, block, tok.head)  # "suspects detained without trial": a reduced passive relative
        if method == "verb:want-to":
            wanted = _wanted_subject(tok)
            targets += _actors(ctx, block, wanted)
            if not agent or wanted.pos_ == "PRON" or {m.key for m in targets} & {m.key for m in agent}:
                return None  # "wanted it to end", "wants his group to grow": no demand on another actor
        if method == "verb:want-thing" and (not agent or any(c.dep_ == "nsubj" and c.lower_ in {*_FIRST_PERSON, "you"}
                                                             for c in tok.children)):
            return None  # a demand needs an actor; "we want ..." in a quote is what the speaker claims
        if method == "verb:withdraw" and any(g.lemma_.lower() in _MARKETS for g in _prep_objects(tok, "from")):
            return None  # "the drug was withdrawn from the market": a product recalled, no concession
        if _lemma(tok) in OBJECT_REQUIRED and not targets and not _person_patient(tok):
            # "released a statement", "charged a fee": no person released or charged; but "Fraudster
            # is jailed", a headline's passive: the lead may say who
            passive = _headline_passive(ctx, block, tok) or any(c.dep_ in ("auxpass", "nsubjpass")
                                                                 for c in tok.children)
            if not passive or any(c.dep_ == "dobj" for c in tok.children):
                return None  # "Acme Corp charges for news": an active verb, no one charged
            return _unargued(ctx, block, tok, kind, method, scope, times, resource)
        if method.endswith("-org"):  # "quit the party" breaks with it; "quit" alone is a resignation
            quitting = method == "verb:quit-org"  # "quit Number 10", "quit the government": the post left
            organizations = [m for m in targets
                             if m.category == "Organization" and (quitting or m.kind not in _STATE_BODIES)]
            if not organizations and not quitting:
                return None  # "left the room"
            targets = organizations
    else:
        for c in tok.children:
            if c.dep_ == "poss" or (c.dep_ in ("amod", "compound", "nmod") and c.pos_ in ("ADJ", "PROPN")):
                found_actors = _actors(ctx, block, c)
                if not found_actors and c.dep_ == "poss" and c.lower_ in _POSSESSIVE_NUMBER:
                    found_actors = _bound_possessor(ctx, block, tok, c)
                for g in c.subtree:  # "Iran-Hamas rapprochement": every name in the modifier
                    if g is not c and g.dep_ in ("compound", "nmod", "amod", "conj"):
                        found_actors += [m for m in _actors(ctx, block, g) if m not in found_actors]
                if c.pos_ == "ADJ" and c.dep_ == "amod":
                    adjectival |= {m.key for m in found_actors}
                if c.dep_ != "poss":  # "the Gaza war", "a Brussels summit", "a London conference": a venue
                    venue = [m for m in found_actors if m.category == "Place"
                             and (kind in ("Fight", "Attack", "Protest", "Meet", "Visit") or not _can_act(m))]
                    places += venue
                    found_actors = [m for m in found_actors if m not in venue]
                patient = tok.lemma_.lower() in PATIENT_NOUNS and c.dep_ == "poss" \
                    and next(_prep_objects(tok, "of"), None) is None  # "Iran's jailing of bloggers": Iran jails
                if _departure(tok, kind) and c.dep_ != "poss":  # "his Wales retirement", "a board resignation": the side left
                    targets += [m for m in found_actors if m.category != "Person"]
                    found_actors = [m for m in found_actors if m.category == "Person"]
                (targets if patient else agent).extend(found_actors)
        if tok.dep_ == "conj" and tok.head.pos_ == "PROPN" and tok.head.i < tok.i \
                and not any(c.dep_ == "det" for c in tok.children):
            agent += _actors(ctx, block, tok.head)  # "the Hamas and Iranian cooperation": a coordinated modifier
        if tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.head.pos_ in ("PROPN", "NOUN") \
                and tok.head.head.dep_ in ("ROOT", "nsubj") and not agent:
            agent += _actors(ctx, block, tok.head.head)  # "India and Russia in energy talks", "Yukos in court fight"
        agentive = tok.lemma_.lower() in AGENTIVE_NOUNS and tok.dep_ in ("attr", "nsubj")
        for g in _prep_objects(tok, "of"):
            found_of = _actors(ctx, block, g)
            if not found_of:  # "the declaration of Trump's recognition": the possessor of the object
                found_of = [m for c in g.children if c.dep_ in ("poss",) for m in _actors(ctx, block, c)]
            (targets if tok.lemma_.lower() in PATIENT_NOUNS | AGENTIVE_NOUNS and (agentive or tok.lemma_.lower() in PATIENT_NOUNS)
             or kind == "Investigate" else agent).extend(found_of)  # "an investigation of Acme": Acme is investigated
        if agentive:  # "Iran is the main backer of X" / "the main supporter of X was Iran"
            copula = tok.head
            if copula.lemma_ == "be":
                for c in copula.children:
                    if c.dep_ in ("nsubj", "attr") and c != tok:
                        agent += _actors(ctx, block, c)
        for g in _prep_objects(tok, "by", "from"):
            agent += _actors(ctx, block, g)
        for g in _prep_objects(tok, "for", "to", "on", "against"):
            targets += _actors(ctx, block, g) or (_counted_people(ctx, block, g) if g.head.lower_ == "against" else [])
        for g in _prep_objects(tok, "with", "between", "among"):
            others += _actors(ctx, block, g)
        if kind == "Investigate":
            for g in _prep_objects(tok, "into"):  # "a probe into Acme", "into the conduct of X"
                found_into = _actors(ctx, block, g) or [m for o in _prep_objects(g, "of") for m in _actors(ctx, block, o)]
                targets += [m for m in found_into if m not in targets]
        if method.startswith("noun:relations-"):
            for g in _relation_phrases(tok):
                others += [m for m in _actors(ctx, block, g) if m not in others]
        for rel in (c for c in tok.children if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in LIGHT_VERBS | _GENERIC_GIVING):
            agent = agent or _subject(ctx, block, rel)
            for g in _prep_objects(rel, "to", "for"):
                targets += _actors(ctx, block, g)
            for g in _prep_objects(rel, "with"):  # "a deal struck with the unions"
                others += _actors(ctx, block, g)
            scope.append(rel)
        if _called_off(tok, kind):
            return None  # "the visit was cancelled", "Sizzla's UK tour being cancelled": it did not take place
        gov = _governor(tok)
        if _undergone(tok, kind):
            verb = tok.head.head
            if kind in ("Attack", "Fight") and not _armed_context(tok):
                if not agent:
                    return None  # "came under attack in the second half", "are under siege": no armed force, no one named
                kind, method = "Criticize", method + "-words"  # "came under attack from her own party"
            if any(c.dep_ == "auxpass" for c in verb.children):  # "was placed under arrest by the government"
                targets = targets or [m for c in _passive_subjects(verb) for m in _actors(ctx, block, c)]
                agent = agent or _subject(ctx, block, verb)  # the "by" phrase
            else:
                targets = targets or _subject(ctx, block, verb)  # "came under criticism", "is under investigation"
        circumstantial = gov is not None and tok.dep_ == "pobj"
        if circumstantial and kind not in ("Meet", "Visit", "Consult", "Negotiate", "SignAgreement", "MakePublicStatement", "Declare"):
            gov = None
        between = [m for g in _prep_objects(tok, "between", "among") for m in _actors(ctx, block, g)]
        if gov is not None:
            if not circumstantial:
                scope.append(gov)
            else:
                own_span = True  # "signed a pact during a meeting between A and B": the meeting is its phrase
            undergoing = gov.lemma_.lower() in _UNDERGOING or gov.lemma_.lower() == "pay" and kind in _PENALTIES
            if between and circumstantial:
                pass  # "during a meeting between A, B and C": those named meet, not the clause's subject
            elif not agent and not undergoing:
                agent = _subject(ctx, block, gov)
            if undergoing:
                targets = targets or _subject(ctx, block, gov)
            if kind in _HOSTILE | _HOSTILE_ACTS and gov.lemma_.lower() in ("hand", "give"):  # "handed him a fine", "was handed a ban"
                targets += [m for c in gov.children if c.dep_ in ("dative", "nsubjpass") for m in _actors(ctx, block, c)
                            if m not in targets]
                agent = [m for m in agent if m not in targets]
            if gov.lemma_.lower() in _STOPPING and kind in _SUPPORT_CLASSES:
                kind, method = "ReduceSupport", method + f"+{gov.lemma_.lower()}"
            elif gov.lemma_.lower() in _STOPPING and kind in ("EngageInMaterialCooperation", "RestoreRelations", "SignAgreement"):
                kind, method = "ReduceRelations", method + f"+{gov.lemma_.lower()}"
            for g in _prep_objects(gov, "to", "for", *(("against",) if kind in _HOSTILE | {"Coerce"} else ()),
                                   *(("into",) if kind == "Investigate" else ())):  # "launched a probe into X"
                targets += _actors(ctx, block, g) or (_counted_people(ctx, block, g) if g.head.lower_ == "against" else [])  # "a lawsuit was filed against X", "brought charges against X"
            for g in _prep_objects(gov, "with"):
                others += _actors(ctx, block, g)
    if method.startswith("noun:police-") and not agent:
        agent = [m for c in tok.children if c.dep_ in ("compound", "amod") and c.lemma_.lower() in _POLICING
                 for m in [_group(ctx, block, c)] if m is not None]  # "police actions": the police act
    for holder in scope:
        for g in _prep_objects(holder, "in", "at", "inside", "near"):
            if g.lemma_.lower() in RELATION_OBJECTS:
                continue  # "a thaw in relations between X and Y": the states relate, no venue
            found_places = [m for m in _actors(ctx, block, g) if m.category == "Place"]
            if not found_places and g.lemma_.lower() in _PLACE_NOUNS:  # "in the Israeli city of Tel Aviv"
                found_places = [m for o in _prep_objects(g, "of") for m in _actors(ctx, block, o) if m.category == "Place"]
            places += found_places
    if method in _JOURNEYS and not targets and not places:
        return None  # "will return to the fold", "returns to the squad": a destination that is no place nor actor
    if kind == "Visit" and _verbal(tok) and targets and not places and all(m.category == "Organization" for m in targets) \
            and not any(m.category == "Place" for m in targets):
        return None  # "returned to the party", "went to the company": rejoining a body, no journey
    if kind == "Visit":
        dest = [m for m in targets if m.category == "Place"]
        places = places or dest
    agent = [m for m in agent if _can_act(m)]
    if kind == "EngageInMaterialCooperation" and re.search(r"militar|security|intelligence|defen[cs]e|strateg",
                                                           " ".join(t.lower_ for t in tok.subtree) + " " + " ".join(t.lower_ for t in tok.children)):
        kind = "CooperateMilitarily"
    if kind == "ProvideSupport" and _endorsement(tok) and not _support_like(tok, resource, strict=True):
        kind, method = "Praise", method + "-endorse"  # "backed X's decision", "their support for the plans" (CAMEO 051)
    if kind in _SUPPORT_CLASSES and tok.pos_ == "NOUN" and not targets and len(scope) == 1 \
            and not any(c.dep_ in ("prep", "poss") for c in tok.children):
        return None  # "Iranian military support" in passing is no event; "support for Hamas" is
    if kind in _SUPPORT_CLASSES:
        if tok.pos_ == "VERB" and tok.lemma_.lower() in _GENERIC_GIVING and not _support_like(tok, resource):
            return None  # "provided Iran with another opportunity" is no support event
        if tok.pos_ == "VERB" and tok.lemma_.lower() in _GENERIC_GIVING - {"back", "help"} and any(
                c.dep_ == "dobj" and NOUNS.get(c.lemma_.lower()) not in (None, *_SUPPORT_CLASSES)
                                      for c in tok.children):
            return None  # "gave a briefing", "offered an apology": a light verb, the noun is the event
        if tok.pos_ == "VERB" and tok.lemma_.lower() in _PAYING and any(
                c.dep_ == "dobj" and any(t.lemma_.lower() in _DUES for t in c.subtree) for c in tok.children):
            return None  # "to pay a back-tax bill", "paid compensation": settling a debt, no support
        if tok.pos_ == "VERB" and tok.lemma_.lower() == "pay" and not targets and not any(
                c.dep_ == "dative" or c.dep_ == "prep" and c.lower_ in ("to", "for") for c in tok.children):
            return None  # "expected to pay more": a payment to no one named is a cost, no support
        if tok.pos_ == "VERB" and tok.lemma_.lower() in _PAYING and _purpose(tok):
            return None  # "paid $2bn to get out of the deal": a price for something, no support
        if tok.pos_ == "VERB" and tok.lemma_.lower() in _TRADING and not _support_like(tok, resource, strict=True):
            kind, method = "EngageInMaterialCooperation", method + "-goods"  # "keeps supplying engines": trade
        if kind != "Donate":
            kind = _support_kind(kind, tok, resource)
        if not agent and not (tok.pos_ == "NOUN" and targets):
            return None  # support needs a supporter, or at least a named recipient ("support for Hamas")
    place_keys_all = {m.key for m in places}
    # Places are where things happen; a city visited or fought over is no participant.
    targets = [m for m in targets if _can_act(m) and m.key not in place_keys_all or m.category != "Place"]
    others = [m for m in others if _can_act(m) and m.key not in place_keys_all or m.category != "Place"]
    if kind == "Consult" and _verbal(tok) and any(NOUNS.get(g.lemma_.lower()) == "Meet"
                                                  for g in _prep_objects(tok, "at", "during")):
        return None  # "would discuss the future of X at a meeting": the meeting is the event
    if method in ("verb:talk-to", "verb:speak-to") and not (targets or others):
        return None  # "talk with civility": no one talked to
    if method in ("verb:offer", "noun:offer") and not _offered_to(ctx, block, tok):
        return None  # "a £1.3bn offer for the LSE", "Virgin Radio offers 3G broadcasts": a bid or a sale
    if kind == "ProvideSupport" and _verbal(tok) and tok.lemma_.lower() in ("support", "back") and not targets:
        objects = [c for c in tok.children if c.dep_ == "dobj"]
        if objects and not any(_names_actor(ctx, block, o) for o in objects) \
                and not _support_like(tok, resource, strict=True):
            return None  # "supports women's rights": a stance, no support given to anyone
    if kind == "Attack" and any(t.lower_ in ("suicide", "car-bomb", "suicide-bomb") for c in tok.children
                                if c.dep_ in ("compound", "amod", "npadvmod") for t in c.subtree):
        kind = "Assault"  # suicide bombings and attacks (CAMEO 183), unlike military strikes
    kind = _refine(kind, tok, agent, targets, resource, others)
    if kind == "Attack" and _verbal(tok) and tok.lemma_.lower() in _FIGURATIVE_HARM \
            and not {"down", "up"} & set(_particles(tok)) and not _armed_context(tok):
        return None  # "has targeted success", "will destroy the industry", "shot a basket": no force used
    if kind in _THREATENING and not _verbal(tok) and tok.dep_ == "dobj" and tok.head.lemma_.lower() == "threaten":
        return None  # "threatened legal action against X": the verb is the threat
    if kind in _THREATENING - {"Protest"} and not _departure(tok, kind) and not _verbal(tok) and _planned(tok):
        kind, method = "Threaten", method + "+planned"  # "threatened legal action", "is preparing law suits"
        agent = agent or [m for m in _subject(ctx, block, tok.head) if _can_act(m)]
    if method.endswith("+may") and not agent:
        return None  # "a system which could turn away refugees", "an injury that could force him": no actor threatens
    participants = _unique(agent + targets + others)
    if not participants and kind != "Visit":  # unnamed visitors are tourists, no news
        agent, targets = _unnamed_parties(ctx, block, tok)
        participants = _unique(agent + targets)
    if not participants and tok.pos_ == "NOUN" and kind in _PACTS:
        others = _clause_parties(ctx, block, tok)
        participants = others
    if not participants and not (places and (kind in ("Fight", "Attack", "Assault", "Protest", "Elect", "Visit",
                                                      "SignAgreement", "Negotiate")
                                             or kind in ("Meet", "Arrest") and not _verbal(tok) and not _bare_anaphor(tok)
                                             or kind == "Arrest" and _verbal(tok) and _person_patient(tok))):
        # an event needs an actor, or for wars, protests and conferences a place; a headline's may
        # find its actors in the lead ("Pirates convicted")
        return _unargued(ctx, block, tok, kind, method, scope, times, resource)
    if tok.pos_ in ("NOUN", "PROPN") and adjectival and {m.key for m in participants + places} <= adjectival \
            and not {"ProvideSupport", "ProvideAid"} & ancestors(kind):
        # "the Syrian war", "Iranian elections": a nationality adjective alone is no argument; but it is
        # the giver of support ("Iranian support for the resistance had never stopped")
        return None
    if kind in ("MakePublicStatement", "Declare") and not agent:
        return None
    if kind == "Fight" and tok.pos_ == "VERB" and not (targets or others or places):
        return None  # "she will fight (on)": fighting without an enemy or a battlefield is a figure of speech
    counterparts = [m for m in _unique(targets + others) if not agent or m.key != agent[0].key]
    if kind in _SYMMETRIC and agent and len(counterparts) > 1 and all(m.category == "Person" for m in counterparts):
        # one meeting per person met ("met with A, B and C"), as each may be reported elsewhere; a meeting
        # with "representatives of A, B and C" stays one
        return [_record(ctx, block, tok, kind, method, agent, [c] if c in targets else [], [c] if c in others else [],
                        places, scope, times, resource, own_span) for c in counterparts]
    return _record(ctx, block, tok, kind, method, agent, targets, others, places, scope, times, resource, own_span)


_MARKETS = {"market", "sale", "shelf", "shop", "store", "circulation", "pharmacy"}
"""Where a product is withdrawn from: such a withdrawal is a recall, no concession."""
_JOURNEYS = {"verb:fly-to", "verb:go-to", "verb:head-to", "verb:return-to"}
"""Methods of a visit found from a verb of motion and its "to" phrase: the phrase must name where."""


_CANCELLING = {"cancel", "postpone", "scrap", "abandon", "delay", "shelve", "axe", "defer"}


def _called_off(tok, kind: str) -> bool:
    """Whether an event noun is said not to take place: the object or passive subject of "cancel",
    "postpone", "call off", or modified by such a participle ("the tour being cancelled"). Ending a
    partnership or an agreement is a reduction of relations instead (see the stopping verbs)."""
    if kind in ("EngageInMaterialCooperation", "RestoreRelations", "SignAgreement") or kind in _SUPPORT_CLASSES:
        return False
    def cancelling(v) -> bool:
        return v.lemma_.lower() in _CANCELLING or v.lemma_.lower() in ("call", "break") and any(
            c.lower_ == "off" for c in v.children if c.dep_ in ("prt", "advmod"))  # ("broke off talks")
    if tok.dep_ in ("dobj", "nsubjpass") and cancelling(tok.head):
        return True
    return any(c.dep_ in ("acl", "relcl") and cancelling(c) for c in tok.children)


def _unargued(ctx: Context, block, tok, kind, method, scope, times, resource) -> EventRecord | None:
    """A trigger that found no actor is no event, unless it is what a headline reports: then it is
    a record without participants (method suffix :data:`UNARGUED`) that the finder gives the actors
    of the event the lead reports, or drops."""
    if not _headline_head(ctx, block, tok):
        return None
    return _record(ctx, block, tok, kind, method + UNARGUED, [], [], [], [], scope, times, resource)


_SOUGHT_OR_LOST = {"seek", "win", "need", "lose", "want", "gain", "secure", "withdraw", "end", "drop", "pull"}
"""Verbs of support not (or no longer) given: its object noun is no endorsement."""


_BACKED_PARTIES = ACTING | set(GROUP_NOUNS) | PERSON_NOUNS | {
    "regime", "government", "militia", "force", "faction", "army", "party", "side", "team", "club", "company", "firm",
    "bank", "group", "movement", "administration", "candidate", "bidder", "consortium", "venture", "rebel",
    "insurgency", "coalition", "wing", "committee", "board", "opposition", "newcomer", "separatist", "newspaper",
    # money a backer guarantees or gives: support, not endorsement
    "loan", "fund", "bond", "debt", "credit", "guarantee", "mortgage", "investment", "currency", "security", "note"}
"""Nouns of a party that backing helps (support, CAMEO 07) rather than a thing it endorses, and of
money a backer stands behind ("the loan is backed by X")."""


def _endorsement(tok) -> bool:
    """Whether "support" or "back" endorses a course of action (CAMEO 051) rather than helps an actor:
    what is backed is a decision, plan, law or the like ("backed the agreement", "backed X's decision
    to sell", "the plans are backed by Y", "announced their support for the plans"), whoever's it is;
    or a thing nobody owns is backed by a named backer ("the new domain is backed by X", "a technology
    backed by X"; not a party or money, :data:`_BACKED_PARTIES`, nor "their action is supported by X")."""
    lemma = tok.lemma_.lower()
    if _verbal(tok) and lemma in ("support", "back"):
        backed = [c for c in tok.children if c.dep_ == "dobj"] + _passive_subjects(tok)
        if tok.dep_ == "acl" and tok.tag_ == "VBN":
            backed.append(tok.head)  # "a law backed by X"
        if any(c.dep_ == "agent" for c in tok.children) and backed and all(
                o.pos_ == "NOUN" and not o.ent_type_ and not o.text[:1].isupper() and not _person_like(o)
                and o.lemma_.lower() not in _BACKED_PARTIES
                and not any(c.dep_ == "poss" for c in o.children) for o in backed):
            return True  # "the domain is backed by the Postal Union": a thing backed by a named backer (not
            # "their action is supported by X": backing for the ones whose action it is)
    elif tok.pos_ == "NOUN" and lemma in ("support", "backing") and not (
            tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in _SOUGHT_OR_LOST):
        backed = list(_prep_objects(tok, "for"))  # not "seeks support for", "withdrew its backing for"
        if any(c.dep_ == "amod" and c.lower_ in ("financial", "military", "economic") for c in tok.children):
            return False
    else:
        return False
    return any(o.lemma_.lower() in ENDORSED for o in backed)


def _names_actor(ctx: Context, block, tok) -> bool:
    """Whether a noun phrase names actors ("Sunni rebel forces", "a range of militias"), leaving out
    its relative and participial clauses ("the agreement reached by ministers" names an agreement)."""
    words = [tok]
    for c in tok.children:
        if c.dep_ in ("compound", "amod", "poss", "conj", "appos", "nmod"):
            words += list(c.subtree)
        elif c.dep_ == "prep" and c.lower_ == "of":
            words += [t for g in c.children if g.dep_ == "pobj" for t in [g, *g.children] if t.dep_ not in ("relcl", "acl")]
    return any(ctx.of_token(block, t) is not None or t.lemma_.lower() in GROUPS | GROUP_NOUNS for t in words)


def _bare_anaphor(tok) -> bool:
    """Whether an event noun only refers back ("the meetings took place in X", "the attack"): a
    definite article and no modifier of its own, unlike "the London conference"."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "these", "those", "this", "such") for c in tok.children) \
        and not any(c.dep_ in ("compound", "amod", "poss", "nmod") for c in tok.children)


_HOSTILE = {"Criticize", "Disapprove", "Accuse", "Protest", "Threaten", "Attack", "Fight"}
"""Classes whose "at"/"against"/"on" phrase names the target."""
_UNDERGONE = (_HOSTILE | _HOSTILE_ACTS | {"Investigate"}) - {"Threaten"}
"""Classes whose noun after "under" befalls the clause's subject ("came under attack", "is under
investigation", "under arrest"); "under the deal" is no such phrase, nor "under threat of closure"
(a risk)."""


_BEING_UNDER = {"be", "come", "remain", "fall", "stay", "go", "face", "find"}
"""Verbs whose subject is "under" the noun ("came under fire", "remains under investigation"); a verb
that puts someone else under it ("put China under an embargo") does so only in the passive."""


def _undergone(tok, kind: str) -> bool:
    """Whether an event noun is the object of "under" in the clause of a verb ("X came under fire"),
    whose subject undergoes the event."""
    verb = tok.head.head
    return kind in _UNDERGONE and tok.dep_ == "pobj" and tok.head.lower_ == "under" and verb.pos_ in ("VERB", "AUX") \
        and (verb.lemma_.lower() in _BEING_UNDER or any(c.dep_ == "auxpass" for c in verb.children))


_SYMMETRIC = {"Meet", "Consult", "Negotiate"}
"""Classes whose "with" counterparts each make their own event."""


_STATE_BODIES = {"GovernmentBody", "Government", "Legislature", "Court"}


_ARMED = {"ArmedGroup", "MilitaryForce", "TerroristOrganization"}
_SANCTION_WORDS = {"arm", "arms", "weapon", "trade", "export", "import", "travel", "oil", "investment", "economic"}


def _offered_to(ctx: Context, block, tok) -> bool:
    """Whether an offer is made to an actor, which makes it a stated intent to cooperate (CAMEO 03:
    "offered China access to its oil", "offered to supply fuel to China"). A priced offer or an offer
    "for" something is a bid to buy, and an offer with no one offered to is a product or service on
    sale; both are trade, no event."""
    priced = any(t.ent_type_ == "MONEY" or t.tag_ == "$" for c in tok.children if c.dep_ != "prep" for t in c.subtree)
    if priced or not _verbal(tok) and any(True for _ in _prep_objects(tok, "for")):
        return False
    if not _verbal(tok):
        return any(c.dep_ == "poss" for c in tok.children) and any(True for _ in _prep_objects(tok, "to"))
    holders = [tok, *(c for c in tok.children if c.dep_ == "xcomp")]
    recipients = [c for c in tok.children if c.dep_ in ("dative", "dobj")]
    recipients += [g for h in holders for g in _prep_objects(h, "to")]
    return any(_actors(ctx, block, r) for r in recipients)


def _refine(kind: str, tok, agent: list[Mention], targets: list[Mention], resource: str | None,
            others: list[Mention] = ()) -> str:
    """Classes that depend on who acts on whom: a politician "attacking" a rival or party criticises
    it; a ban on a country or on trade is a sanction, other bans are coercion."""
    lemma = tok.lemma_.lower()
    if kind == "Attack" and agent and all(m.category == "UnnamedSource" and _PROTESTERS.search(m.text) for m in agent):
        return "Protest"  # "protesters stormed the chamber": a protest action, not a military attack
    if kind == "Attack" and lemma == "attack" and agent and all(m.category == "Person" for m in agent) \
            and all(m.category == "Person" or m.category == "Organization" and m.kind not in _ARMED for m in targets):
        return "Criticize"
    if kind == "Attack" and lemma in ("attack", "target", "assault") and targets \
            and all(m.category == "Organization" and m.kind not in _ARMED | {"MilitaryForce", "PoliticalParty"}
                    for m in targets) \
            and not any(m.kind in _ARMED | {"MilitaryForce"} for m in agent):
        return "Coerce"  # "prosecutors targeted the ranch", "the state's attacks against Yukos": no armed attack
    opponents = [*targets, *others]
    if kind == "Fight" and lemma in _QUARRELS and agent and (opponents or not _verbal(tok)) \
            and all(_civilian(m) for m in agent + opponents):
        return "Disapprove"  # "X, who has clashed with his leaders", "the party's hostility to Europe"
    if lemma == "ban" and kind in ("Coerce", "Sanction"):
        words = {t.lemma_.lower() for c in tok.children if c.dep_ in ("compound", "amod", "dobj", "nsubjpass", "prep")
                 for t in c.subtree}
        return "Sanction" if words & _SANCTION_WORDS or any(m.kind == "Country" for m in targets) else "Coerce"
    return kind


_QUARRELS = {"clash", "hostility", "fight", "battle", "conflict"}
"""Fight words that between politicians, parties or firms are a quarrel (CAMEO 11), not combat."""


def _civilian(m: Mention) -> bool:
    """Whether an actor fights only with words: a person, or an organization that is neither armed
    nor a state body; states, places and unnamed groups (police, protesters) may fight."""
    return m.category == "Person" or m.category == "Organization" and m.kind not in _ARMED | {"MilitaryForce"} | _STATE_BODIES


_PROTESTERS = re.compile(r"protest|demonstrat|activist|campaigner|striker|picket", re.I)
"""Words for groups whose forceful acts are protests."""
_GENERIC_GIVING = {"provide", "give", "send", "deliver", "supply", "transfer", "ship", "offer", "help", "back"}


_PAYING = {"pay", "fund", "finance"}
_UNDERGOING = {"receive", "seek", "get", "accept", "face", "serve", "encounter"}
"""Verbs whose subject undergoes the event noun they govern ("received a fine", "is serving a sentence")."""
_PENALTIES = {"Coerce", "Sanction", "Arrest"}
"""Event classes whose noun's payer undergoes it ("agreed to pay a $1.5m fine")."""
_DUES = {"bill", "tax", "debt", "fine", "bribe", "kickback", "ransom", "price", "cost", "compensation", "damages", "fee", "wage", "salary", "rent",
         "penalty", "arrears", "dividend", "premium", "tariff", "duty", "interest", "settlement"}
"""What one pays because one owes it: paying it supports no one."""
_TRADING = {"supply", "deliver", "ship"}
"""Giving verbs that also name trade: supplying goods that are no aid is commerce (CAMEO 061)."""


def _purpose(tok) -> bool:
    """Whether a verb has a purpose infinitive ("paid him to leave")."""
    return any(c.dep_ in ("advcl", "xcomp") and any(a.lower_ == "to" for a in c.children if a.dep_ == "aux")
               for c in tok.children)


def _support_like(tok, resource: str | None, strict: bool = False) -> bool:
    """Whether the object of a giving verb is something that supports (arms, money, aid...);
    ``strict`` leaves out "supply"/"back"/"help" with any object."""
    words = [t.lemma_.lower() for c in tok.children if c.dep_ in ("dobj", "prep", "dative")
             for t in c.subtree if t.pos_ in ("NOUN", "PROPN")]
    return any(w in SUPPORT_OBJECTS or w.rstrip("s") in SUPPORT_OBJECTS for w in words) or \
        bool(resource and re.search(r"\$|\d", resource)) or not strict and tok.lemma_.lower() in ("supply", "back", "help") and bool(words)


def _phrase(block, tok) -> str:
    toks = list(tok.subtree)
    if len(toks) > 8:
        toks = [t for t in toks if t.i <= tok.i][-6:]
    return block.text[toks[0].idx:toks[-1].idx + len(toks[-1].text)].strip()


def _support_kind(kind: str, tok, resource: str | None) -> str:
    """Refine a support event from the words around the trigger ("military", "missiles", "funds")."""
    words = " ".join([tok.lower_] + [t.lower_ for c in tok.children if c.dep_ in ("amod", "compound", "dobj", "prep", "nmod")
                                     for t in c.subtree] + [resource.lower() if resource else ""])
    for pattern, refined in _SUPPORT_KIND:
        if re.search(pattern, words):
            if refined == "weapons":
                return "TransferWeapons" if tok.lemma_.lower() in _TRANSFER_VERBS or tok.lemma_.lower() in ("supply", "transfer", "shipment") else "ProvideMilitarySupport"
            return refined
    return kind
