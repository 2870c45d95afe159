"""Claims: attributed statements, kept apart from facts.

Found from cue verbs with a clausal complement ("X said that ...", "said in a statement that
...", "was quoted as saying"), stance adjectives ("are concerned that"), direct quotations with an
attribution ("“...,” X said"), "according to X", "in X's assessment", reports as subjects ("the
report noted that ..."), and attributing headlines ("..., Amit Center says"). The claimant is a
resolved actor, a pronoun's antecedent ("he", "they", and "it" for an organization), a title's
holder ("the mayor", "the Prime Minister"), an organization named by its head noun ("the
alliance") or by a description ("the firm"), a state's government ("the Russian government", and
a bare "the government" when the story names one), or an unnamed source ("Palestinian sources",
"a spokesman for X", "police", "it is understood", kept only while it claims something). A claim
whose cue lies inside another claim's content is relayed by it, so "the report said that
Sinwar said that Soleimani told him X" is a chain of three claims.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import replace

from ..model import ClaimRecord, DateValue, EventRecord, Mention
from . import discourse, gazetteer
from . import time as timex
from .context import Context, trim_span, unnamed_key
from .discourse import CUES, DESCRIBING_CUES, HONORIFICS, OBJECT_CUES
from .events import CESSATION, PAIR_NOUNS, pair_of
from .roles import ROLE_NOUNS

NEG_RAISING = {"think", "believe", "expect", "feel", "suppose", "reckon", "anticipate", "consider"}
"""Cues whose negation denies the content ("X does not think Y" means X holds that not Y)."""
FINITE_ONLY = {"urge", "hope", "fear", "accept", "recall", "recognise", "recognize"}
"""Cues that report a statement only with a finite clause ("urged that talks resume"), not with an
infinitive ("urged him to resign" is an appeal, "hoped to win" an intention)."""
DENIED_NOUNS = {"wrongdoing", "allegation", "allegations", "charge", "charges", "accusation", "accusations",
                "claim", "claims", "report", "reports", "involvement", "responsibility", "guilt", "knowledge",
                "link", "links", "role", "rumour", "rumours", "rumor", "rumors", "story", "stories", "suggestion",
                "suggestions", "wrongdoings", "impropriety", "misconduct", "offence", "offences", "offense"}
"""Heads of an object that "deny" reports as a denied statement ("denied any wrongdoing", "denies
the charges"); with other objects "deny" refuses ("denied him entry", "denied the request")."""
ATTITUDE_CUES = {"express", "voice"}
"""Cues that report an attitude to a proposition when their object has a clause ("expressed its
readiness to help", "voiced hope that ..."), not a plain noun ("expressed support for X")."""
FINDING_CUES = {"find", "show"}
"""Cues that report a statement only of a report or a body, with a "that"-clause ("the audit
found that ..."); a person who "found that the door was locked" perceived, and said nothing."""
STRESS_CUES = {"stress", "emphasise", "emphasize", "underline", "underscore", "reiterate", "highlight"}
"""Cues whose object with a complement is a proposition ("stressed the importance of unity")."""
AS_CUES = DESCRIBING_CUES | {"hail", "see", "regard", "view", "dismiss", "reject"}
"""Cues that report a judgement as "<cue> X as Y" ("described the talks as useful")."""
AS_ONLY = {"see", "regard", "view", "reject"}
"""Cues that report a statement only as "<cue> X as Y" ("saw the vote as a warning", "rejected
the report as biased"): "saw the film" and "rejected the offer" report nothing."""
NAMING_CUES = {"call", "term", "brand", "label", "dub", "hold"}
"""Cues that report a judgement as "<cue> X Y", an object and its predicate ("called the issue a
red line", "held him responsible"); "call" and "term" report nothing without the predicate
("called for talks", "called a meeting")."""
AGENTLESS = {"say", "think", "believe", "report", "understand", "allege", "rumour", "rumor", "claim"}
"""Passive cues with an infinitive and no agent ("X is said to ...") attribute to an unspecified source."""
MALE = {"mr", "sir", "lord", "king", "prince", "mister", "monsieur", "signor", "herr", "spokesman", "congressman"}
FEMALE = {"mrs", "ms", "miss", "lady", "dame", "queen", "princess", "madam", "madame", "signora", "frau",
          "baroness", "spokeswoman", "congresswoman", "chairwoman"}
"""Words right before a name that tell the person's gender (for "he"/"she")."""
SOURCE_NOUNS = {"source", "sources", "official", "officials", "diplomat", "diplomats", "analyst", "analysts",
                "expert", "experts", "observer", "observers", "witness", "witnesses", "reports",
                "media", "resident", "residents", "insider", "insiders", "commentator", "commentators",
                "critics", "opponents", "supporters", "campaigners", "activists", "aides", "investigators",
                # spokespeople and the police speak for a body without being it ("a police spokesman")
                "spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "spokespeople", "police",
                # plural people and bodies that speak as a group in news reports ("ministers believe",
                # "record companies have pledged", "lawyers for the firm said")
                "ministers", "representatives", "delegates", "negotiators", "lawmakers", "legislators", "mps",
                "politicians", "senators", "advisers", "advisors", "allies", "lawyers", "attorneys", "prosecutors",
                "detectives", "economists", "scientists", "researchers", "academics", "scholars", "historians",
                "doctors", "medics", "teachers", "students", "parents", "relatives", "families", "survivors",
                "victims", "villagers", "locals", "neighbours", "neighbors", "protesters", "protestors",
                "demonstrators", "organisers", "organizers", "members", "workers", "employees", "staff", "unions",
                "companies", "firms", "groups", "charities", "promoters", "labels", "producers", "manufacturers",
                "retailers", "investors", "traders", "dealers", "bankers", "executives", "bosses", "employers",
                "voters", "fans", "commanders", "militants", "rebels", "insurgents", "clerics", "preachers",
                "representative", "authorities", "agencies", "newspapers", "outlets", "broadcasters", "judges",
                "officers", "regulators", "inspectors", "monitors", "auditors", "prosecutors", "campaigners",
                "rivals", "competitors", "sceptics", "skeptics", "environmentalists", "conservationists", "farmers",
                "shareholders", "consumers", "customers", "passengers", "patients", "landowners", "owners",
                "predictions", "forecasts", "estimates"}
"""Nouns that name an unnamed source ("Palestinian sources", "Western diplomats", "a spokesman for
the union"): people, or bodies, that speak without being named. An organization before them ("US
officials", "UKIP officials") is part of the source, not the source itself."""
RELATION_NOUNS = {"wife", "husband", "son", "daughter", "father", "mother", "brother", "sister", "widow",
                  "widower", "partner", "fiancee", "fiancée", "girlfriend", "boyfriend", "family", "friend",
                  "friends", "aide", "aides", "colleague", "colleagues", "associate", "associates", "relative",
                  "relatives", "neighbour", "neighbor", "ally", "allies", "assistant", "agent", "publicist",
                  "bodyguard", "doctor", "doctors", "lawyers", "attorneys", "solicitors", "supporters", "backers"}
"""Nouns that name people by their tie to someone ("Jane Roe's husband", "a friend of the singer"):
with the person named they are an unnamed source of their own, never that person."""
QUANTIFIERS = {"some", "many", "several", "few", "most"}
"""Determiners that make "people" an unnamed group of sources ("some people")."""
AGENT_NOUNS = {"leader", "leaders", "leadership", "government", "authorities", "ministry",
               "minister", "delegation", "envoy", "military", "army", "regime"}
"""Nouns that speak for the state or organization that modifies them ("the Iranian government" →
Iran). Unnamed officials and spokespeople are sources of their own (SOURCE_NOUNS)."""
REPORT_NOUNS = {"report", "study", "document", "statement", "article", "paper", "assessment", "analysis",
                "newspaper", "website", "center", "centre", "institute", "group", "movement", "organization",
                "organisation", "ministry", "agency", "survey", "poll", "research", "review", "inquiry", "audit",
                "investigation", "ruling", "verdict", "judgment", "judgement", "letter", "communique", "communiqué",
                "announcement", "editorial", "it"}
"""Nouns (and "it") that, as the subject of a cue, refer back to an organization or its report."""
SPEECH_NOUNS = {
    "view": "Assesses", "belief": "Assesses", "assessment": "Assesses", "conclusion": "Assesses",
    "position": "Assesses", "argument": "Assesses", "contention": "Assesses", "opinion": "Assesses",
    "claim": "Asserts", "assertion": "Asserts", "allegation": "Asserts", "statement": "Asserts",
    "suggestion": "Asserts", "insistence": "Asserts", "message": "Asserts",
    "warning": "Expects", "fear": "Expects", "hope": "Expects", "prediction": "Expects", "promise": "Expects",
    "pledge": "Expects", "expectation": "Expects", "denial": "Denies",
    "rumour": "Asserts", "rumor": "Asserts",
}
"""Nouns of saying and thinking that report a "that"-clause of their owner ("X's view is that ...",
"X's claim that ...") → stance."""
_DENIAL = re.compile(r"\W*(?:[\w’'-]+\s+){1,5}?(?:is|are|was|were|had|has|have|did|does|do)\s*"
                     r"(?:not\b|n[’']t\b)(?!\s+(?:only|just|merely|(?:" + "|".join(sorted(CESSATION)) + r")(?:e?d|ped)?)\b)", re.I)
"""A content that negates its main verb; "did not stop supplying" negates an end, so it affirms."""
_FUTURE = re.compile(r"\b(?:will|would|shall|'ll|going to|expected to|is to|are to|set to|likely to|poised to|(?-i:may)|might|could)\b", re.I)
"""A content about the future; "may" only in lower case ("fell in May" names the month)."""


def find(ctx: Context, anchor: DateValue | None, events: list[EventRecord]) -> list[ClaimRecord]:
    """Every claim of the document, in text order, with chains and asserted events.

    :param anchor: the publication date, for relative statement dates.
    :param events: the document's events, to link claims to the events they assert.
    """
    found: list[ClaimRecord] = []
    for block, doc in ctx.parsed:
        quotes = discourse.quotes(block)
        for sent in doc.sents:
            times = [(block.pos(sent.start_char + s), block.pos_end(sent.start_char + e), v)
                     for s, e, v in timex.find(block.text[sent.start_char:sent.end_char], anchor)]
            for tok in sent:
                if not _may_cue(tok):
                    continue
                new = (_from_cue(ctx, block, tok, quotes, times) + _according_to(ctx, block, tok, sent, times)
                       + _agentless_claim(ctx, block, tok, times) + _noun_claim(ctx, block, tok, times)
                       + _adjective_claim(ctx, block, tok, times) + _judged_claim(ctx, block, tok, times))
                for c in new:
                    speaker = next((m for m in ctx.mentions if m.key == c.claimant and m.category == "Person"), None)
                    nested = any(o.start <= c.cue_start < o.end for o in found)
                    body = next((m for m in ctx.mentions if m.key == c.claimant and m.category == "Organization"), None)
                    if body is not None and not nested:
                        ctx.bodies.append((c.cue_start, body))
                    if speaker is not None and not nested:
                        ctx.last_speaker = Mention(speaker.start, c.cue_start, speaker.text, speaker.category,
                                                   speaker.kind, speaker.method, speaker.confidence, speaker.key)
                found += new
    found = [c for c in found if not _hedge_of_a_claim(c, found) and not _forecast_of_an_event(ctx, c, events)]
    claims = _link(_continuations(ctx, _own_beliefs(_dedupe(found)) + _without_verb(ctx, found)), events)
    _drop_unused_sources(ctx, claims)
    return claims


_CUE_POS = frozenset({"VERB", "NOUN"})
_CUE_TAGS = frozenset({"VBN", "NNS"})
_IN_VIEW = ("assessment", "view", "opinion", "estimate", "estimation")
"""Nouns of "in X's assessment, ...", "in the view of X" (see :func:`_according_to`)."""


def _may_cue(tok) -> bool:
    """Whether any per-token rule of :func:`find` can start at ``tok``: each returns nothing at its
    first test unless the token is a verb or a noun (cue verbs, nouns of saying), a passive
    participle or plural noun (agentless and judged passives, a cue verb tagged as a noun), or one of
    the words "according", "in X's view" and the stance adjectives look for. Half of a text's tokens
    are none of these, and the six rule calls each would cost a fifth of claim extraction."""
    return tok.pos_ in _CUE_POS or tok.tag_ in _CUE_TAGS or tok.lower_ in _CUE_WORDS


def _drop_unused_sources(ctx: Context, claims: list[ClaimRecord]) -> None:
    """Remove the unnamed sources that were made while looking for a claimant but claim nothing
    ("Ministers said so." has no content to report): an unnamed source is an actor only as a
    source."""
    speakers = {c.claimant for c in claims}
    kept = [m for m in ctx.mentions if m.key in speakers
            or m.method not in ("unnamed-source", "agentless-passive", "government-body")]
    if len(kept) != len(ctx.mentions):
        ctx.mentions[:] = kept
        ctx.reindex()


_COLON = re.compile(r"(?:^|(?<=[.!?”\"]\s))([^\s:“”\"][^:“”\"\n]{1,60}):\s*[“\"]([^“”\"]{8,}?)[”\"]", re.M)
_DASH = re.compile(r"^\s*[“\"‘']([^“”\"]{8,}?)[”\"’']\s*[-–—]\s*([^\n]{2,60}?)\s*$")


def _without_verb(ctx: Context, found: list[ClaimRecord]) -> list[ClaimRecord]:
    """Attributions with punctuation instead of a verb: "Mr X: “...”" (an interview or a
    caption) and the headline form "‘...’ - X". The name must be exactly an actor mention."""
    out: list[ClaimRecord] = []
    text = ctx.document.text
    for block, _ in ctx.parsed:
        hits = [(m.start(2), m.end(2), m.start(1), m.end(1), ":") for m in _COLON.finditer(block.text)]
        hits += [(m.start(1), m.end(1), m.start(2), m.end(2), "-") for m in _DASH.finditer(block.text)]
        for qs, qe, ns, ne, cue in hits:
            name = ctx.at(block.pos(ns), block.pos_end(ne))
            name_span = trim_span(text, block.pos(ns), block.pos_end(ne))
            if name is None or (name.start, name.end) != name_span and not (
                    name.end == name_span[1] and text[name_span[0]:name.start].strip().lower().rstrip(".") in HONORIFICS):
                continue
            if name.category == "Place" and name.kind != "Country":
                continue
            s, e = trim_span(text, block.pos(qs), block.pos_end(qe))
            if len(text[s:e].split()) < 3 or any(c.start < e and s < c.end for c in [*found, *out]):
                continue
            cue_start = text.index(cue, name.end if cue == ":" else e)
            record = _record(ctx, s, e, name, cue, cue_start, "say", True, [], "claim:colon" if cue == ":" else "claim:dash")
            out.append(replace(record, confidence=0.6))
    return out


def _continuations(ctx: Context, claims: list[ClaimRecord]) -> list[ClaimRecord]:
    """Direct quotations without a cue of their own that go on with the previous speaker's words:
    a quotation that is a sentence of its own, right after a claim (within the same or the next
    paragraph), is that claimant's, with that cue ("..., he said. “Let's move on.”")."""
    text = ctx.document.text
    out = list(claims)
    for block, _ in ctx.parsed:
        for qs, qe in discourse.quotes(block):
            s, e = trim_span(text, block.pos(qs), block.pos_end(qe))
            if len(text[s:e].split()) < 3 or not _own_sentence(block.text, qs, qe):
                continue
            if any(c.start < e and s < c.end and not s <= c.cue_start < e for c in out):
                continue  # already attributed
            prior = [c for c in out if c.cue_start < s and c.end <= s]
            if not prior:
                continue
            last = max(prior, key=lambda c: (max(c.end, c.cue_start), c.cue_start))
            if any(o is not last and o.start <= last.cue_start < o.end for o in out):
                continue  # a relayed claim: its speaker is not the one who goes on
            gap = text[max(last.end, last.cue_start + len(last.cue)):s]
            # a quotation's attribution may go on with the speaker's title ('“...,” said Jane Roe,
            # chief engineer at Acme. “...”'): a longer gap is fine while it holds no other words
            # quoted and ends the attribution's own sentence
            limit = 200 if last.quoted and not re.search(r"[“”\"]", gap[:-1]) else 60
            if len(gap) > limit or gap.count("\n\n") > 1 or len(re.findall(r"[.!?](?=\W*\s)", gap)) > 1:
                continue
            content = text[s:e]
            stance = last.stance if last.stance != "Asserts" else _stance("say", content, "Asserts")
            about = tuple(sorted({m.key for m in ctx.within(s, e) if m.key != last.claimant and m.category != "UnnamedSource"}))
            out.append(ClaimRecord(start=s, end=e, claimant=last.claimant, cue=last.cue, cue_start=last.cue_start,
                                   stance=stance, date=last.date, quoted=True, about=about,
                                   method="claim:quote-continuation", confidence=0.6))
    return sorted(out, key=lambda c: (c.start, c.end, c.cue_start))


def _own_sentence(text: str, qs: int, qe: int) -> bool:
    """Whether the quotation [qs, qe) (inside its marks) is a sentence by itself: only
    sentence-final punctuation (or nothing) before its opening mark, and after its closing mark
    the end of the paragraph or a new sentence."""
    before = text[:max(0, qs - 1)].rstrip()
    after = text[qe + 1:].lstrip()
    starts = not before or before[-1] in ".!?”\""
    inner_end = text[qs:qe].rstrip()[-1:] in (".", "!", "?")
    ends = not after or inner_end and (after[0].isupper() or after[0] in "“\"‘'")
    return starts and ends


def _claimant(ctx: Context, block, tok) -> Mention | None:
    """The claimant a subject token stands for: an actor, a pronoun's antecedent, a report's
    author, or a new unnamed-source mention."""
    m = ctx.of_token(block, tok)
    if m is not None and not (tok.lower_ == "they" and m.method == "unnamed-group"):
        return m
    authored = _authored(ctx, block, tok) or _document_part(ctx, block, tok)
    if authored is not None:
        return authored
    offset = block.pos(tok.idx)
    lower = tok.lower_
    group = _quantified_group(tok)
    if group is not None:  # "Dozens of farmers and vets have warned": the farmers and vets
        return _claimant(ctx, block, group) if ctx.of_token(block, group) is not None else \
            _unnamed(ctx, block, group, first=group.left_edge, last=group.right_edge)
    if lower in ("he", "she"):
        return _antecedent(ctx, block, tok)
    if lower == "they":
        return _group_antecedent(ctx, block, tok)
    if lower == "it" and tok.dep_ == "nsubj":  # ("it was reported that": no one in particular)
        found = _it_antecedent(ctx, block, tok)
        if found is not None:
            return found
    named = _surname(ctx, block, tok)
    if named is not None:
        return named
    named = _person_in_apposition(ctx, block, tok)
    if named is not None:  # "the center's head Reuven Ehrlich", "the work's author, playwright Jane Roe,"
        return named
    lemma = tok.lemma_.lower()
    named = _apposed(ctx, block, tok)
    if named is not None:
        return named
    titled = discourse.titled(ctx, block, tok) or _headline_subject(ctx, block, tok) or _org_title(ctx, block, tok)
    if titled is not None:
        return titled
    described = _described_person(ctx, block, tok)
    if described is not None:  # "The prime minister said", "The 66-year-old said": the person just named
        return described
    related = _related(ctx, block, tok)
    if related is not None:  # "Jane Roe's lawyer", "a spokesman's aide", "an aide to Senator Roe"
        return related
    people = _people_of(ctx, block, tok)
    if people is not None:  # "the Israelis said" (a state named by its people, as the guidelines do)
        return people
    misparsed = next((c for c in tok.children if c.dep_ in ("nmod", "compound") and c.i == tok.left_edge.i
                      and c.tag_ == "NNS" and _source_noun(c) and any(g.dep_ == "prep" for g in c.children)), None)
    if misparsed is not None and not _source_noun(tok):
        # "Officials in Cojedes state said": the parser made the place the head of the subject
        return _unnamed(ctx, block, misparsed, first=tok.left_edge, last=tok)
    if lower == "reports" and tok.tag_ == "NNS" and all(
            c.lower_ in ("media", "press", "newspaper", "news") for c in tok.children if c.dep_ in ("compound", "nmod")):
        return _unnamed(ctx, block, tok)  # "media reports say": the press at large, no outlet named
    named = _name_again(ctx, block, tok)
    if named is not None:  # "according to the Observer": a name, though "observer" is a source noun
        return named
    if _source_noun(tok) and lower not in ("reports", "media"):
        # "a spokesman for X", "US officials": not X itself
        # ("Chinese officials" too: the held-out guideline makes them an unnamed source, not the
        # state, as it does "US officials"; the seeds' "Iranian officials" → Iran is not followed)
        return _unnamed(ctx, block, tok)
    unnamed_for = _indefinite_for(tok)
    if unnamed_for is not None:  # "a solicitor for the four tenants", "a friend of the family": unnamed
        return _unnamed(ctx, block, tok, first=tok, last=unnamed_for)
    named = _named_by_head(ctx, block, tok)
    if named is not None:
        return named
    # "Hamas' statement", "a report by the center", "the Amit Center report"; the name in the noun
    # phrase before its possessor ("Uganda's New Vision newspaper" is New Vision's)
    order = {"compound": 0, "appos": 0, "poss": 1, "prep": 2}
    for child in sorted(tok.children, key=lambda c: (order.get(c.dep_, 3), c.i)):
        if child.dep_ in ("poss", "compound", "appos") or child.dep_ == "prep" and child.lower_ in ("by", "of", "from"):
            for g in ([child] if child.dep_ != "prep" else [c for c in child.children if c.dep_ == "pobj"]):
                m = ctx.of_token(block, g)
                if m is None and lemma in REPORT_NOUNS and g.lemma_.lower() in REPORT_NOUNS and g != tok \
                        and tok.tag_ != "NNS":  # ("newspaper reports": the reports are the source)
                    m = _claimant(ctx, block, g)
                if m is None and lemma in REPORT_NOUNS and g != tok:
                    m = _named_by_head(ctx, block, g)  # "the council's ruling said"
                if m is not None and m.kind == "Country" and lemma in ORG_NOUNS and child.dep_ != "prep":
                    continue  # "the US company said": the firm's nationality, not the speaker
                if m is not None and (m.category != "Place" or m.kind == "Country"):
                    return m
    government = _government(ctx, block, tok)
    if government is not None:
        return government
    if lower in AGENT_NOUNS or lemma in AGENT_NOUNS:
        for child in tok.children:
            if child.dep_ in ("amod", "compound", "nmod") and child.i < tok.i:
                m = ctx.of_token(block, child)
                if m is None and child.tag_ == "JJ":
                    m = ctx.demonym(block.pos(child.idx), child.text)
                if m is not None and m.category in ("Organization", "Place"):
                    return m
    if _source_noun(tok) or lower == "leaders" or lower == "reports" and tok.tag_ == "NNS":
        return _unnamed(ctx, block, tok)  # ("union leaders", "media reports": no body named)
    if lower == "others" or lower == "people" and any(c.lower_ in QUANTIFIERS for c in tok.children):
        return _unnamed(ctx, block, tok)  # "some people believe ...", "(while) others say ..."
    described = _described_org(ctx, block, tok)
    if described is not None:
        return described
    if lemma in REPORT_NOUNS:
        # "the report", "the center": the organization whose report the article is about; a noun
        # that describes a kind of body takes up only a body of that kind ("the paper" an outlet,
        # "the group" never one)
        if lemma in DESCRIBED_BODIES:
            kinds = DESCRIBED_BODIES[lemma]
            if tok.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children):
                # "Anti-hunt organisations say", "a campaign group said": bodies the story does not
                # name, an unnamed source; only a definite description takes up a named body
                return _unnamed(ctx, block, tok)
            found = _described_body(ctx, offset, kinds, block, tok)
            # ("The newspaper reported" with no outlet named: a source of its own, as before)
            return found if found is not None or kinds is None else _unnamed(ctx, block, tok)
        found = [m for m in (ctx.before(offset, kind=k) for k in ("ThinkTank", "MediaOutlet")) if m is not None]
        if found:
            return max(found, key=lambda m: m.end)
        if lemma != "it":
            return _unnamed(ctx, block, tok)
    return None


QUANTITY_NOUNS = {"host", "number", "handful", "majority", "minority", "raft", "string", "range", "series", "couple",
                  "dozens", "scores", "hundreds", "thousands", "lot", "lots", "variety", "plenty", "most",
                  "many", "some", "several"}
"""Heads of a quantity phrase ("a host of economists", "dozens of analysts", "many of the
firms"): the people or bodies after "of" are the subject, not the quantity."""


def _quantified_group(tok):
    """The plural noun a quantity phrase counts ("dozens of farmers and vets" → farmers, with
    its conjuncts), or None."""
    if tok.lower_ not in QUANTITY_NOUNS or tok.tag_ not in ("NN", "NNS", "JJ", "DT", "CD"):
        return None
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i == tok.i + 1:
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.tag_ in ("NNS", "NNPS"):
                return pobj
    return None


def _indefinite_for(tok):
    """The last token of "a solicitor for the four tenants" (an indefinite title or tie with the
    people it works for, named or not): such a subject is an unnamed source, the phrase its
    mention; None for other subjects."""
    if (tok.tag_ != "NN" or tok.lemma_.lower() not in ROLE_NOUNS and tok.lower_ not in RELATION_NOUNS
            or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)):
        return None
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.i == tok.i + 1 and c.lower_ in ("for", "of", "at", "to")), None)
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if pobj is None:
        return None
    return pobj.right_edge if pobj.right_edge.i - tok.i <= 6 else pobj


def _national(ctx: Context, block, tok) -> Mention | None:
    """Whom "the Russian" (a singular nationality noun as the head of the subject) stands for: a
    person, not the state (news style for a player or minister named just before), so the
    subject of the previous sentence when that is a named person; else no one."""
    found = discourse.previous_sentence(ctx, block, tok)
    if found is None:
        return None
    b, sent = found
    subject = discourse.subject(sent.root)
    return _person(ctx, b, subject) if subject is not None and not discourse.quoted(b, subject) else None


DATA_NOUNS = {"forecast", "forecasts", "prediction", "predictions", "estimate", "estimates", "figures", "data",
              "statistics", "projections", "research", "findings", "calculations", "reports", "polls", "surveys",
              "survey", "poll", "study", "studies", "note", "report", "analysis", "review", "figure", "numbers"}
"""Nouns of figures and findings that are their author's word when the author is named ("according
to figures from the Treasury", "estimates by Acme"): the author is the claimant, not the figures."""
NAMING_PARTICIPLES = {"call", "name", "entitle", "title", "dub"}
"""Participles that give a study or a document its name ("a study called Tidewater")."""


def _authored(ctx: Context, block, tok) -> Mention | None:
    """The named author of figures or findings ("forecasts from the Ministry of Commerce",
    "research by Acme"): an organization, a person or a state named as the object of "from", "by"
    or "of" right after the noun, or as the agent of a participle after it ("a survey carried out
    in 2001 by Acme", "figures published by the Treasury"); a study that has a name of its own
    ("a study called Tidewater") speaks as that name."""
    if tok.lower_ not in DATA_NOUNS:
        return None
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in ("from", "by", "of") and prep.i <= tok.i + 2:
            for pobj in prep.children:
                m = ctx.of_token(block, pobj) if pobj.dep_ == "pobj" else None
                if m is not None and (m.category in ("Organization", "Person") or m.kind == "Country"):
                    return m
    for acl in tok.children:
        if acl.dep_ != "acl" or acl.tag_ != "VBN" or acl.i < tok.i:
            continue
        for child in acl.children:
            if child.dep_ == "agent" or child.dep_ == "prep" and child.lower_ == "by":
                for pobj in child.children:
                    m = ctx.of_token(block, pobj) if pobj.dep_ == "pobj" else None
                    if m is not None and (m.category in ("Organization", "Person") or m.kind == "Country"):
                        return m
            elif child.dep_ in ("oprd", "dobj", "attr") and acl.lemma_.lower() in NAMING_PARTICIPLES:
                m = ctx.of_token(block, child)
                if m is not None and m.category != "Place":
                    return m
    return None


DOCUMENT_PARTS = {"section", "chapter", "paragraph", "part", "clause", "annex", "appendix", "page", "passage"}
"""Parts of a document, which speak for the document's author ("the section on pay said")."""


def _document_part(ctx: Context, block, tok) -> Mention | None:
    """The author a part of a document speaks for, when the sentence names the document with its
    author ("In revised plans from the Acme Board, the section on pay said ...", "the chapter of
    the report by Acme"): an organization, a person or a state after "from", "by" or "of" in a
    phrase that goes with the cue or with the part."""
    if tok.lemma_.lower() not in DOCUMENT_PARTS or tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    docs = [p for c in tok.head.children if c.dep_ == "prep" and c.lower_ in ("in", "under")
            for p in c.children if p.dep_ == "pobj"]
    docs += [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "in") for p in c.children if p.dep_ == "pobj"]
    for doc_noun in docs:
        for prep in doc_noun.children:
            if prep.dep_ == "prep" and prep.lower_ in ("from", "by", "of"):
                for pobj in prep.children:
                    m = ctx.of_token(block, pobj) if pobj.dep_ == "pobj" else None
                    if m is not None and (m.category in ("Organization", "Person") or m.kind == "Country"):
                        return m
    return None


def _finding(cue, subject) -> bool:
    """Whether "find" or "show" reports a finding: a "that" right after it, or, without "that",
    a subject that is figures or a study ("Acme figures showed sales fell", "a study which found prices rose") and its
    complement a finite clause with a subject of its own (not "the survey shows a rise")."""
    if cue.i + 1 < len(cue.doc) and cue.doc[cue.i + 1].dep_ == "mark" and cue.doc[cue.i + 1].lower_ == "that":
        return True  # "found that ...", also when the parser hung the "that" on an auxiliary
    return (subject is not None and subject.lower_ in DATA_NOUNS
            and any(c.dep_ == "ccomp" and c.i > cue.i and (_finite_clause(c) or _split_subject(cue, c) is not None)
                    for c in cue.children))


def _apposed(ctx: Context, block, tok) -> Mention | None:
    """The person named in apposition right after a title ("its lawyer, Jane Roe, said"), read
    from the text: the parser often hangs such a name elsewhere."""
    if tok.lemma_.lower() not in ROLE_NOUNS or tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].text != ",":
        return None
    comma = tok.doc[tok.i + 1]
    m = ctx.at(block.pos(comma.idx) + 1, block.pos_end(comma.idx + 3))
    gap = ctx.document.text[block.pos(comma.idx) + 1:m.start] if m is not None else "x"
    return m if m is not None and m.category == "Person" and not gap.strip() else None


def _person_in_apposition(ctx: Context, block, tok) -> Mention | None:
    """A person named inside the subject as a compound or an apposition, also an apposition of
    an apposition ("the work's author, US playwright Jane Roe, says")."""
    frontier = [tok]
    for _ in range(2):
        frontier = [c for t in frontier for c in t.children if c.dep_ in ("compound", "appos")]
        for child in frontier:
            m = ctx.of_token(block, child)
            if m is not None and m.category == "Person":
                return m
    return None


def _subject_before(ctx: Context, block, tok):
    """The subjects that "it", "the company" and the like may take up, nearest first: the main
    subject of their own sentence when it comes before them ("The government is cracking down on
    estates, which it says are idle"), then the main subject of each of the (up to three)
    sentences before (for an existential "There was ...", the subject of the clause under it);
    none inside quoted speech. Yields (block, token)."""
    main = discourse.subject(tok.sent.root)
    if main is not None and main.i < tok.i and tok not in set(main.subtree) and not discourse.quoted(block, main):
        yield block, main
    at = tok
    for _ in range(3):
        found = discourse.previous_sentence(ctx, block, at)
        if found is None:
            return
        block, sent = found
        subject = discourse.subject(sent.root)
        if subject is None and any(c.dep_ == "expl" and c.lower_ == "there" for c in sent.root.children):
            # "There was an outcry when the council published its plans.": an existential main
            # clause names no one, the subject of the clause under it is who the story is about
            subject = next((t for t in sent if t.dep_ == "nsubj" and t.head != sent.root and t.tag_ != "WDT"), None)
        if subject is not None and not discourse.quoted(block, subject):
            yield block, subject
        at = sent[0]


def _it_antecedent(ctx: Context, block, tok) -> Mention | None:
    """What "it" (the subject of a cue) stands for: the nearest subject before it (see
    :func:`_subject_before`) that names an organization or a state. "It said ...", after "The
    council banned the play.", is the council's; a report's "it" is handled by REPORT_NOUNS."""
    for b, subject in _subject_before(ctx, block, tok):
        if subject.lower_ in ("it", "they", "he", "she", "this", "that") or subject.tag_ not in ("NN", "NNP", "NNPS"):
            continue
        m = ctx.of_token(b, subject)
        if m is None and subject.lemma_.lower() in AGENT_NOUNS | REPORT_NOUNS | set(ORG_NOUNS) | GOVERNMENT_NOUNS | DOCUMENT_PARTS:
            m = _claimant(ctx, b, subject)  # "The government ... It said"
        if m is not None and (m.category == "Organization" or m.kind == "Country"):
            return m
        return None  # the nearest subject is something else ("The play ... It said")
    return None


ORG_NOUNS = {
    **dict.fromkeys(("company", "firm", "corporation", "conglomerate", "business", "bank", "carrier", "airline",
                     "retailer", "chain", "manufacturer", "maker", "giant", "operator", "insurer", "lender",
                     "broadcaster", "supplier", "producer", "distributor", "publisher", "developer", "brewer",
                     "miner", "utility", "multinational", "subsidiary", "bourse"), ("Company", "Organization")),
    **dict.fromkeys(("union", "charity", "club", "association", "federation", "organisation", "organization",
                     "campaign", "alliance", "coalition", "society", "foundation", "trust", "watchdog"),
                    ("Organization", "NonGovernmentalOrganization", "Company")),
    "party": ("PoliticalParty", "Organization"),
}
"""Head nouns of definite descriptions that take up a named organization ("the firm", "the
union") → the actor classes they can describe."""


def _described_org(ctx: Context, block, tok) -> Mention | None:
    """The organization "the firm", "the company", "the union" (a bare definite description as a
    cue's subject) takes up: the nearest subject before it that is such an organization, else
    the latest one named outside quoted speech within about three paragraphs. An organization
    of the noun's own class comes first ("the company" is Acme Ltd, not a union named since); one
    whose name ends in a noun of another class ("... Workers Union") is never "the company"."""
    noun = tok.lemma_.lower()
    kinds = ORG_NOUNS.get(noun)
    if (kinds is None or tok.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children)
            or any(c.dep_ in ("compound", "amod", "nmod", "poss") and not _describes(ctx, block, c) for c in tok.children)):
        return None  # (a nationality or a trade may qualify it: "the US company", "the search giant")

    def fits(m: Mention | None, exact: bool) -> bool:
        if m is None or m.category != "Organization" or m.kind not in (kinds[:1] if exact else kinds):
            return False
        last = m.text.split()[-1].lower()
        return last == noun or last not in ORG_NOUNS or ORG_NOUNS[last] == kinds

    subjects = []
    for b, subject in _subject_before(ctx, block, tok):
        # the subject itself, then the organization it speaks for ("a spokesman for Acme")
        subjects.append(ctx.of_token(b, subject))
        subjects += [ctx.of_token(b, t) for t in subject.subtree if t != subject]
    offset = block.pos(tok.idx)
    quoted = [(b.pos(qs), b.pos_end(qe)) for b, _ in ctx.parsed for qs, qe in discourse.quotes(b)]
    i = bisect.bisect_left([m.start for m in ctx.mentions], offset) - 1
    named = []
    while i >= 0 and offset - ctx.mentions[i].end < 1500:
        m = ctx.mentions[i]
        if m.end <= offset and not any(qs <= m.start < qe for qs, qe in quoted):
            named.append(m)
        i -= 1
    # a specific noun ("the company") prefers its own class; a generic one ("the organisation")
    # takes the nearest organization of any of its classes. Among the ones named (not subjects),
    # a description takes up an organization the story has named again and again before one it
    # named once in passing ("portals such as A and B"), nearest first within each.
    counts: dict[str, int] = {}
    for m in ctx.mentions:
        if m.start < offset:
            counts[m.key] = counts.get(m.key, 0) + 1
    named.sort(key=lambda m: counts.get(m.key, 0) < 2)  # stable: nearest first within each
    # The subject of the sentences just before comes first, of the noun's own class or not
    # ("Rival suitor Euronext upped the ante. ... the pan-European bourse said"): centering.
    for group in (subjects, named):
        for exact in ((True, False) if kinds[0] != "Organization" else (False,)):
            for m in group:
                if fits(m, exact):
                    return m
    return None


DISTINGUISHING = {"other", "another", "new", "second", "third", "former", "separate", "different", "smaller",
                  "larger", "bigger", "foreign"}
"""Adjectives that set a firm apart from the one the story is about ("the other company", "a
second firm"): with them a description introduces an organization, it does not take one up."""


def _describes(ctx: Context, block, mod) -> bool:
    """Whether a modifier before an organization noun only describes the organization the story
    names, so the description still takes it up: its nationality or region ("the US company",
    "the pan-European bourse"), its trade ("the search giant", "the chemicals-and-crops firm",
    lowercase words). Not a name ("the Acme subsidiary"), a tie to another firm ("the parent
    company") or a contrast ("the other firm")."""
    words = [t for t in mod.subtree if not t.is_punct and t.dep_ != "cc"]
    if any(t.lower_ in RELATIVE_FIRMS or t.lower_ in DISTINGUISHING for t in words):
        return False
    if any(ctx.at(block.pos(t.idx), block.pos_end(t.idx + len(t.text))) is not None
           and not _country_word(t.text) for t in words):
        return False  # a named actor ("the Acme unit"); a state qualifies it ("the US firm")
    return all(t.text.islower() or _country_word(t.text) or t.ent_type_ in ("NORP", "GPE", "LOC") for t in words)


RELATIVE_FIRMS = {"parent", "rival", "sister", "partner", "holding", "subsidiary", "target", "takeover", "merger"}
"""Nouns that, before "company" or "firm", name a firm by its tie to another ("the parent
company"): not the firm the story has been about."""


def _trade(tok) -> bool:
    """Whether a modifier of an organization noun names its trade ("the search giant", "the oil
    company", "the computer firm"): a lowercase common noun right before the head, which leaves
    the description definite, unlike "the parent company" or "the rival firm"."""
    return (tok.dep_ == "compound" and tok.tag_ == "NN" and tok.text.islower() and tok.i == tok.head.i - 1
            and tok.lower_ not in RELATIVE_FIRMS and tok.n_lefts + tok.n_rights == 0)


def _headline_subject(ctx: Context, block, tok) -> Mention | None:
    """Who a headline's bare noun stands for ("..., senior official says", "Acme to cut jobs,
    union says"): headlines drop the article and name the speaker only in the story, so the
    first person after the headline named with that title ("Top Hamas official Jane Roe"), or
    the first organization whose name ends in the noun ("the Amalgamated Workers Union")."""
    noun = tok.lower_
    if (ctx.parsed[0][0] is not block or tok.tag_ != "NN" or "\n" in block.text.strip() or len(block.text) > 200
            or any(c.dep_ in ("det", "poss", "compound") for c in tok.children)):
        return None
    text = ctx.document.text
    title = re.compile(rf"\b{re.escape(noun)}\b", re.I)
    for m in ctx.mentions:
        if m.start < block.end:
            continue
        if noun in ROLE_NOUNS and m.category == "Person":
            before = re.split(r"[.;:!?\n]", text[max(0, m.start - 40):m.start])[-1]
            if discourse.right_before(before, title):
                return m
        if noun in ORG_NOUNS and m.category == "Organization" and m.text.split()[-1].lower() == noun:
            return m
    return None


def _source_noun(tok) -> bool:
    """Whether a noun names an unnamed source: a word of SOURCE_NOUNS (a plural by its lemma)."""
    return tok.lower_ in SOURCE_NOUNS or tok.lemma_.lower() in SOURCE_NOUNS and tok.tag_ == "NNS"


def _surname(ctx: Context, block, tok) -> Mention | None:
    """A person named again by the last word of a name already met ("Jane Roe ... Ms Roe said")
    where the actor extractor left the later word unmarked; the word becomes a mention of that
    person."""
    if tok.tag_ != "NNP" or not tok.text[:1].isupper() or len(tok.text) < 2:
        return None
    offset = block.pos(tok.idx)
    people = [m for m in ctx.mentions if m.category == "Person" and m.end <= offset
              and m.text.split()[-1] == tok.text and len(m.text.split()) > 1]
    if len({m.key for m in people}) != 1:
        return None  # unknown, or two people of that name
    m = people[-1]
    found = Mention(offset, offset + len(tok.text), tok.text, m.category, m.kind, "surname", 0.6, m.key)
    ctx.mentions.append(found)
    ctx.reindex()
    return found


DESCRIBED_BODIES = {
    **dict.fromkeys(("paper", "newspaper", "website"), frozenset({"MediaOutlet"})),
    **dict.fromkeys(("center", "centre", "institute"), frozenset({"ThinkTank"})),
    **dict.fromkeys(("group", "movement", "organization", "organisation"), None),
}
"""Nouns of REPORT_NOUNS that describe the body itself, not its report → the actor classes they
can take up (None: any organization but a news outlet, which is "the paper", not "the group")."""


def _described_body(ctx: Context, offset: int, kinds: frozenset | None, block, tok) -> Mention | None:
    """The organization a description of a body ("the paper", "the Paris-based pressure group")
    takes up: one of ``kinds`` (with None any organization but a news outlet, a firm only when
    no other body fits; "the group" or "the movement" is no state body either). The main subject
    of the sentence just before comes first, when it is a body known to be a group of people (a
    campaign, a party, an armed group)
    ("The Acme Alliance lost its appeal when the court ruled ... But the group says": centering,
    as for "the company"); then the latest body that claimed something before (the body the story
    quotes) before one only named since (within about three paragraphs). None when no such body was
    named: a wrong speaker is worse than none."""
    noun = tok.lemma_.lower()

    def fits(m: Mention | None, firm: bool) -> bool:
        if m is None or m.category != "Organization":
            return False
        if kinds is not None:
            return m.kind in kinds
        if noun in ("group", "movement") and m.kind in _NO_GROUPS:
            return False
        return m.kind != "MediaOutlet" and (firm or m.kind != "Company")

    # only the nearest subject, of a kind known to be a group of people (no firm, and no body of
    # unknown kind: "X was accused by the watchdog Y. The pressure group said"); a body named as the
    # subject further back is no topic
    nearest = next(iter(_subject_before(ctx, block, tok)), None)
    if nearest is not None:
        m = ctx.of_token(*nearest)
        if fits(m, False) and m.kind in _GROUP_KINDS:
            return m
    named = []
    i = bisect.bisect_left(ctx._starts, offset) - 1
    while i >= 0 and offset - ctx.mentions[i].end < 1500:
        if ctx.mentions[i].end <= offset:
            named.append(ctx.mentions[i])
        i -= 1
    speakers = [m for cue, m in reversed(ctx.bodies) if cue < offset and offset - cue < 3000]
    for group in (speakers, named):
        for firm in (False, True):
            for m in group:
                if fits(m, firm):
                    return m
    return None


_NO_GROUPS = frozenset({"GovernmentBody", "MilitaryForce", "MediaOutlet"})
_GROUP_KINDS = frozenset({"NonGovernmentalOrganization", "PoliticalParty", "ArmedGroup", "ThinkTank"})
"""Kinds of bodies that "the group" or "the movement" never describes (a court, a ministry, an army)."""


def _name_again(ctx: Context, block, tok) -> Mention | None:
    """The organization a capitalized name inside a sentence refers back to when the actor
    extractor left it unmarked ("The Observer reported ... According to the Observer, ..."): a
    proper noun is a name even when its word is also a common noun of sources ("observer",
    "monitor"), so it is the organization named before whose name ends in that word."""
    if tok.tag_ != "NNP" or not tok.text[:1].isupper() or tok.i == tok.sent.start:
        return None
    m = _named_by_head(ctx, block, tok, proper=True)
    if m is None:
        return None
    offset = block.pos(tok.idx)  # a mention here, so that "the paper" after it takes it up
    found = Mention(offset, offset + len(tok.text), tok.text, m.category, m.kind, "name-again", 0.6, m.key)
    ctx.mentions.append(found)
    ctx.reindex()
    return found


def _named_by_head(ctx: Context, block, tok, proper: bool = False) -> Mention | None:
    """The organization a definite description names by the head of its name ("the alliance" for
    the Countryside Alliance, "the coalition" for the Stop War Coalition): the latest one before."""
    if tok.tag_ != ("NNP" if proper else "NN") \
            or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children) \
            or any(c.dep_ in ("compound", "poss", "amod", "nmod") for c in tok.children):
        return None
    offset = block.pos(tok.idx)
    for m in reversed(ctx.mentions):
        if m.end > offset or m.category != "Organization":
            continue
        if offset - m.end > 3000:
            break
        words = m.text.split()
        if len(words) > 1 and words[-1].lower() == tok.lower_:
            return m
    return None


def _org_title(ctx: Context, block, tok) -> Mention | None:
    """Who "Acme's chief executive" or "the Acme chairman" is (a title of a named organization as
    the subject, with no name): the person named before with that title, else an unnamed source
    of its own (the title holder speaks for the organization without being it)."""
    if tok.tag_ != "NN" or tok.lemma_.lower() not in ROLE_NOUNS or _source_noun(tok):
        return None
    org = next((c for c in tok.children if c.dep_ in ("poss", "compound") and c.i < tok.i
                and getattr(ctx.of_token(block, c), "category", None) == "Organization"), None)
    if org is None:
        return None
    words = [c.lower_ for c in tok.children if c.dep_ in ("amod", "compound") and org.i < c.i < tok.i] + [tok.lower_]
    return discourse.holder(ctx, block.pos(tok.idx), words) or _unnamed(ctx, block, tok)


def _related(ctx: Context, block, tok) -> Mention | None:
    """Who "Jane Roe's lawyer", "Britain's ambassador" or "a friend of the singer" is: a title or
    a tie (ROLE_NOUNS, RELATION_NOUNS) of a named person or state, or an indefinite one with a
    named body after it ("a lawyer for the Roe family", "an aide to Senator Roe"). The possessor
    is not the speaker: a state's title is the person named before with it ("Britain's foreign
    secretary" → the foreign secretary named so), anything else an unnamed source of its own
    with its possessor kept ("Roe's lawyer")."""
    noun = tok.lemma_.lower()
    if tok.tag_ not in ("NN", "NNS") or (noun not in ROLE_NOUNS and tok.lower_ not in RELATION_NOUNS
                                         and noun not in RELATION_NOUNS):
        return None
    owner = next((c for c in tok.children if c.dep_ == "poss" and c.i < tok.i), None)
    if owner is not None:
        if owner.tag_ == "PRP$":
            if owner.lower_ not in ("his", "her", "their") or noun in ROLE_NOUNS:
                return None  # ("its chairman", "his deputy": the title's own rules, or nothing)
            return _unnamed(ctx, block, tok, first=owner)
        m = ctx.of_token(block, owner)
        if m is None or m.category == "Organization":
            return None  # an organization's title is _org_title's, a report's owner the caller's
        if m.kind == "Country" and noun in ROLE_NOUNS:
            words = [c.lower_ for c in tok.children if c.dep_ in ("amod", "compound") and owner.i < c.i < tok.i]
            holder = discourse.holder(ctx, block.pos(tok.idx), words + [tok.lower_])
            if holder is not None:
                return holder
        first = owner.left_edge
        while first.i < owner.i and (first.dep_ == "det" or first.lower_.rstrip(".") in HONORIFICS):
            first = first.doc[first.i + 1]
        return _unnamed(ctx, block, tok, first=first)
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in tok.children):
        return None
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.i == tok.i + 1 and prep.lower_ in ("for", "to", "of"):
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is not None and any(ctx.of_token(block, t) is not None for t in pobj.subtree):
                return _unnamed(ctx, block, tok)
    return None


def _people_of(ctx: Context, block, tok) -> Mention | None:
    """The state "the Israelis" or "the French" stands for (a people's word with "the" as the
    subject of a cue), when the story names that state; a bare "Palestinians" is a population."""
    if list(tok.children) != [c for c in tok.children if c.dep_ == "det" and c.lower_ == "the"] or not list(tok.children):
        return None
    if tok.tag_ not in ("NNPS", "NNS", "NNP", "JJ") or not tok.text[:1].isupper():
        return None
    state = ctx.demonym(block.pos(tok.idx), tok.text)
    if state is not None and tok.tag_ != "NNPS" and not tok.lower_.endswith(("s", "ch", "sh", "se")):
        return _national(ctx, block, tok)  # "the Russian" is one person ("the French" are a people)
    return state


def _unnamed(ctx: Context, block, tok, first=None, last=None) -> Mention:
    """An unnamed source ("Palestinian sources", "the report", "a spokesman for Acme"), added as a
    mention of its own: the noun with its modifiers, and the body or place it speaks for when a
    named one follows ("for Acme", "of the Green Party", "officials in Cojedes state"). A bare
    re-mention ("the officials", "Officials" again) is a mention of the group named before with
    that head noun. ``first`` and ``last`` give the span when the parse does not."""
    if first is None:
        left = [t for t in tok.lefts if t.dep_ in ("amod", "compound", "det", "nummod", "nmod", "poss") and t.i >= tok.i - 3]
        first = min([tok] + [t for t in left if (t.dep_ != "det" or t.lower_ in QUANTIFIERS)
                             and not (t.dep_ == "poss" and t.tag_ == "PRP$")], key=lambda t: t.i)
    if last is None:
        last = tok
        prep = next((c for c in tok.children if c.dep_ == "prep" and c.i == tok.i + 1
                     and c.lower_ in ("for", "of", "from", "at", "with", "in", "to")), None)
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if pobj is not None and pobj.i - tok.i <= 5 and any(
                t.pos_ == "PROPN" or ctx.of_token(block, t) is not None for t in pobj.subtree):
            last = pobj.right_edge if pobj.right_edge.i - tok.i <= 5 else pobj
    s = block.pos(first.idx)
    e = block.pos_end(last.idx + len(last.text))
    body = ctx.of_token(block, last) if last != tok else None
    if body is not None and body.end > e and body.start >= s:  # "a spokesman for Reporters Without Borders"
        e = body.end
    label = ctx.document.text[s:e]
    key = unnamed_key(ctx.document.sha256, label)
    existing = next((m for m in ctx.mentions if (m.start, m.end, m.key) == (s, e, key)), None)
    if existing is not None:
        return existing
    if first == last == tok and (tok.tag_ == "NNS" or any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)):
        earlier = _same_group(ctx, s, tok.lower_)  # "Officials ...", "the spokesman added" again
        if earlier is not None:
            key = earlier.key
    m = Mention(s, e, label, "UnnamedSource", "UnnamedSource", "unnamed-source", 0.6, key)
    ctx.mentions.append(m)
    ctx.reindex()
    return m


def _same_group(ctx: Context, offset: int, head: str) -> Mention | None:
    """The unnamed source named before ``offset`` (within 3000 characters, a short story) whose
    phrase has the noun ``head`` ("Venezuelan authorities" for a later "the authorities", "a
    spokesman for Acme" for "the spokesman")."""
    found = [m for m in ctx.mentions if m.end <= offset and offset - m.end <= 3000
             and m.category == "UnnamedSource" and head in m.text.lower().split()]
    # a fuller phrase names the group ("Venezuelan authorities"), a bare re-mention only takes it up
    return max(found, key=lambda m: (len(m.text.split()) > 1, m.end), default=None)


GOVERNMENT_NOUNS = {"government", "administration", "cabinet"}
"""Nouns that, with a state before them ("the Russian government", "Uganda's government"), name
that state's government: a body of its own, not the state (as "US government" in the guidelines)."""


def _government(ctx: Context, block, tok) -> Mention | None:
    """The government a subject names: "the Venezuelan government" (made a mention of its own,
    the state's word with the noun), or a bare "the government" that takes up the one government
    the document names, before or after (a news lead often says "the government" first)."""
    if tok.lemma_.lower() not in GOVERNMENT_NOUNS or tok.tag_ != "NN":
        return None
    span = _government_span(ctx, block, tok)
    if span is not None:
        return _government_mention(ctx, *span)
    if any(c.i < tok.i and not (c.dep_ == "det" and c.lower_ == "the") for c in tok.children):
        return None
    named: dict[str, tuple[int, int]] = {}
    for b, doc in ctx.parsed:
        for t in doc:
            if t.lemma_.lower() in GOVERNMENT_NOUNS and t.tag_ == "NN":
                found = _government_span(ctx, b, t)
                if found is not None:
                    named.setdefault(_normalize(ctx.document.text[found[0]:found[1]]), found)
    return _government_mention(ctx, *next(iter(named.values()))) if len(named) == 1 else None


def _government_span(ctx: Context, block, tok) -> tuple[int, int] | None:
    """Document span of "<state> government" ("Russian government", "Uganda's government") when a
    state's name or nationality word modifies the noun."""
    for c in tok.children:
        if c.dep_ in ("amod", "compound", "poss", "nmod") and c.i < tok.i:
            m = ctx.of_token(block, c)
            if m is not None and m.kind == "Country" or c.tag_ in ("JJ", "NNP") and _country_word(c.text):
                return block.pos(c.idx), block.pos_end(tok.idx + len(tok.text))
    # "the government in Cairo", "the administration in Washington": a state or its seat after "in"
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "in" and c.i == tok.i + 1), None)
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    m = ctx.of_token(block, pobj) if pobj is not None and pobj.tag_ == "NNP" else None
    if m is not None and m.category == "Place" and block.pos_end(pobj.idx + len(pobj.text)) == m.end:
        return block.pos(tok.idx), m.end
    return None


def _government_mention(ctx: Context, s: int, e: int) -> Mention:
    """The mention of a government body at [s, e), added unless the actors already have it."""
    found = next((m for m in ctx.mentions if (m.start, m.end) == (s, e)), None)
    if found is not None:
        return found
    label = ctx.document.text[s:e]
    m = Mention(s, e, label, "Organization", "GovernmentBody", "government-body", 0.6, _normalize(label))
    ctx.mentions.append(m)
    ctx.reindex()
    return m


def _country_word(text: str) -> bool:
    """Whether a word is a state's name or nationality word ("Russian", "Uganda")."""
    from .gazetteer import load

    g = load()
    return g.country_of_demonym(text) is not None or any(
        e.kind == "Country" for e in (g.lookup(text),) if e is not None)


def _normalize(text: str) -> str:
    """An actor key from a surface form (the actors' normalization)."""
    from .actors import normalize

    return normalize(text)


def _gender(ctx: Context, key: str) -> str | None:
    """"m" or "f" when a word right before some mention of the person tells ("Mr", "Ms",
    "spokeswoman"), else None: cheap evidence for "he"/"she" agreement, no name lists."""
    found = set()
    for m in ctx.mentions:
        if m.key == key:
            before = ctx.document.text[max(0, m.start - 20):m.start].replace(".", " ").split()
            for word in (before[-1:] + m.text.replace(".", " ").split()[:1]):
                found |= {"m"} if word.lower() in MALE else {"f"} if word.lower() in FEMALE else set()
    return found.pop() if len(found) == 1 else None


def _agrees(ctx: Context, m: Mention | None, gender: str) -> bool:
    """Whether a mention can be the antecedent of "he" ("m") or "she" ("f"): a person (never an
    organization) whose known gender, if any, is the pronoun's."""
    return m is not None and m.category == "Person" and _gender(ctx, m.key) in (None, gender)


def _single_source(ctx: Context, block, subject, gender: str) -> Mention | None:
    """The unnamed speaker a "he" or "she" takes up when the sentence before had one as its
    subject ("A spokesman for Acme said ... He added ..."): a singular person noun (a title or a
    tie, not a group), of the pronoun's gender when the noun tells it."""
    noun = subject.lower_
    if subject.tag_ != "NN" or not (noun in ROLE_NOUNS or noun in RELATION_NOUNS or noun in SOURCE_NOUNS):
        return None
    if noun in MALE and gender != "m" or noun in FEMALE and gender != "f":
        return None
    m = _claimant(ctx, block, subject)
    return m if m is not None and m.method == "unnamed-source" else None


def _antecedent(ctx: Context, block, tok, depth: int = 0) -> Mention | None:
    """The person "he" or "she" (the subject of a cue) stands for. Centering: the subject of the
    previous sentence; when the pronoun attributes a quotation that continues ("“...,” he said"),
    the latest speaker comes first. A candidate must agree in gender; failing both, the nearest
    agreeing person mentioned before (within about three paragraphs)."""
    gender = "m" if tok.lower_ in ("he", "his", "him") else "f"
    offset = block.pos(tok.idx)
    # (the latest speaker's span runs from the name to the cue, which may follow this pronoun)
    recent = ctx.last_speaker if ctx.last_speaker is not None and ctx.last_speaker.start < offset \
        and offset - ctx.last_speaker.end < 1500 else None
    previous = single = None
    found = discourse.previous_sentence(ctx, block, tok)
    if found is not None and depth < 3:
        b, sent = found
        subject = discourse.subject(sent.root)
        if subject is not None and discourse.quoted(b, subject):
            subject = None  # someone named inside quoted speech is not who the narrative is about
        if subject is not None and subject.lower_ in ("he", "she"):
            previous = _antecedent(ctx, b, subject, depth + 1) if subject.lower_ == tok.lower_ else None
        elif subject is not None:
            previous = (_person(ctx, b, subject) or _single_source(ctx, b, subject, gender)
                        or _described_person(ctx, b, subject, depth + 1))
            single = previous if previous is not None and previous.method == "unnamed-source" else None
    sent = tok.sent
    # "Mr X said ... though he acknowledged ...": the sentence's own subject, named before the pronoun
    main = discourse.subject(sent.root)
    current = (_person(ctx, block, main) if main is not None and main.i < tok.i and main.lower_ not in ("he", "she")
               and not discourse.quoted(block, main) else None)
    continuation = any(qs <= sent.start_char + 2 and sent.start_char <= qe <= tok.idx for qs, qe in discourse.quotes(block))
    for m in ((current, recent, previous) if continuation else (current, previous, recent)):
        if _agrees(ctx, m, gender) or m is not None and m is single:
            return m
    quoted = [(b.pos(qs), b.pos_end(qe)) for b, _ in ctx.parsed for qs, qe in discourse.quotes(b)]
    i = bisect.bisect_left([m.start for m in ctx.mentions], offset) - 1
    while i >= 0 and offset - ctx.mentions[i].end < 1500:
        m = ctx.mentions[i]
        # a person named inside quoted speech is rarely its speaker
        if m.end <= offset and _agrees(ctx, m, gender) and not any(qs <= m.start < qe for qs, qe in quoted):
            return m
        i -= 1
    return None


_AGE = re.compile(r"the\s+\d+\s*-\s*year\s*-\s*old$", re.I)
_ANY_TITLE = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, ROLE_NOUNS))) + r")\b", re.I)


def _described_person(ctx: Context, block, tok, depth: int = 0) -> Mention | None:
    """Whom a definite description of a person stands for when the text names no holder of it.
    News style names someone, then goes on with a description. An age ("The 66-year-old
    criticised ...") takes up the person the sentence before is about (its subject: a name, or a
    pronoun or a description resolved in turn). A bare title ("The prime minister said ...")
    takes up the latest speaker, when the text never puts a title of any kind right before that
    speaker's name ("Chancellor Jane Roe said ... The prime minister said" is someone else); the
    subject before may be someone the speaker talked about ("Mr Roe was sworn in.")."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or depth > 2 or ctx.of_token(block, tok) is not None:
        return None
    phrase = ctx.document.text[block.pos(tok.left_edge.idx):block.pos_end(tok.idx + len(tok.text))]
    if _AGE.fullmatch(phrase) is None and not _epithet(tok):
        if (tok.tag_ != "NN" or tok.lemma_.lower() not in ROLE_NOUNS or tok.lower_ in SOURCE_NOUNS
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
                or any(c.dep_ in ("poss", "prep", "appos", "compound") or c.dep_ == "amod" and not c.text.islower()
                       for c in tok.children)):
            return None  # ("the Labour leader", "the leader of X": a title tied to a body, not a description)
        offset = block.pos(tok.idx)
        speaker = ctx.last_speaker
        if speaker is None or speaker.category != "Person" or not 0 <= offset - speaker.end < 1500:
            return None
        return None if any(m.key == speaker.key and _title_before(ctx, m) for m in ctx.mentions) else speaker
    found = discourse.previous_sentence(ctx, block, tok)
    if found is None:
        return None
    b, sent = found
    subject = discourse.subject(sent.root)
    if subject is None or discourse.quoted(b, subject):
        return None
    if subject.lower_ in ("he", "she"):
        person = _antecedent(ctx, b, subject, depth + 1)
    else:
        person = (_person(ctx, b, subject) or _described_person(ctx, b, subject, depth + 1)
                  or (_national(ctx, b, subject) if _nationality_noun(ctx, b, subject) else None))
    return person if person is not None and person.category == "Person" else None


EPITHETS = {"champion", "veteran", "star", "winner", "runner-up", "medallist", "medalist", "athlete", "player",
            "striker", "midfielder", "defender", "goalkeeper", "forward", "winger", "batsman", "bowler", "sprinter",
            "runner", "swimmer", "cyclist", "golfer", "boxer", "driver", "rider", "jockey", "skier", "singer",
            "actor", "actress", "rapper", "musician", "comedian", "novelist", "writer", "author", "film-maker",
            "filmmaker", "businessman", "businesswoman", "tycoon", "entrepreneur", "youngster", "teenager"}
"""Nouns that describe a person by what they do or did, not by an office: "the two-time champion"
and "the veteran" take up the person just named, like an age ("the 30-year-old")."""


def _epithet(tok) -> bool:
    """Whether a subject is a definite epithet of a person ("the two-time champion", "the
    Oscar-winning actress"): "the" and modifiers only, no possessor, name or phrase after it that
    would tie it to someone else ("the champion's coach", "the winner of the award")."""
    return (tok.tag_ == "NN" and tok.lower_ in EPITHETS
            and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
            and not any(c.dep_ in ("poss", "prep", "appos", "relcl", "acl") for c in tok.children))


def _nationality_noun(ctx: Context, block, tok) -> bool:
    """Whether a subject is "the" and a singular nationality noun ("the Norwegian, who ..."), news
    style for the person just named (see :func:`_national`), whether or not the story names the
    state."""
    return (tok.text[:1].isupper() and tok.tag_ in ("NNP", "NN", "JJ")
            and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
            and not tok.lower_.endswith(("s", "ch", "sh", "se"))
            and gazetteer.load().country_of_demonym(tok.text) is not None)


def _title_before(ctx: Context, m: Mention) -> bool:
    """Whether a title word stands right before a person's mention, or starts it ("Chancellor
    Jane Roe", "US coach Jane Roe"). Not across a comma: in "his term as US President, Jane Roe
    has said" the title belongs to the phrase before."""
    before = ctx.document.text[max(0, m.start - 40):m.start]
    honorifics = "|".join(sorted(HONORIFICS))
    return (_ANY_TITLE.match(m.text) is not None and len(m.text.split()) > 1
            or re.search(rf"{_ANY_TITLE.pattern}\s+(?:(?:{honorifics})\.?\s+)?$", before, re.I) is not None)


def _person(ctx: Context, block, tok) -> Mention | None:
    """The person a subject token names, itself or through a name in apposition ("UKIP's leader,
    Roger Knapman")."""
    m = ctx.of_token(block, tok)
    if m is not None and m.category == "Person":
        return m
    for child in tok.children:
        if child.dep_ in ("appos", "compound"):
            m = ctx.of_token(block, child)
            if m is not None and m.category == "Person":
                return m
    return None


def _group_antecedent(ctx: Context, block, tok) -> Mention | None:
    """What "they" (the subject of a cue) stands for: the claimant the subject of the previous
    sentence would be, when that is a group (an organization, a state or an unnamed source)."""
    found = discourse.previous_sentence(ctx, block, tok)
    if found is None:
        return None
    b, sent = found
    subject = discourse.subject(sent.root)
    if (subject is None or discourse.quoted(b, subject) or subject.lower_ in ("they", "he", "she", "it")
            or subject.tag_ not in ("NNS", "NNPS", "NNP", "NN")):
        return None
    m = _claimant(ctx, b, subject)
    if m is None and subject.tag_ == "NN" and subject.lemma_.lower() in COLLECTIVE_BODIES:
        m = _unnamed(ctx, b, subject)  # "An inquiry panel concluded ... They say ...": British "they"
    if m is not None and (m.category in ("Organization", "UnnamedSource") or m.kind == "Country"):
        return m
    return None


COLLECTIVE_BODIES = {"commission", "committee", "panel", "board", "council", "inquiry", "tribunal", "jury", "team",
                     "delegation", "group", "union", "association", "club", "band"}
"""Singular nouns of bodies of people that British English takes up with "they"; unnamed, such a
body is an unnamed source of its own."""


def _content(block, cue) -> tuple[int, int] | None:
    """Block span of what the cue reports: its clausal complement, or the clause it interrupts.
    A "that"-clause after the cue comes first: when the tagger misses a full stop ("... £4m. The
    bank said that ...") the parser hangs the sentence before on the cue as a second complement."""
    after_that = [c for c in cue.children if c.dep_ == "ccomp" and c.i > cue.i
                  and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
    gerund = _gerund_clause(cue)
    if gerund is not None:
        return gerund
    for child in after_that + [c for c in cue.children if c not in after_that]:
        if child.dep_ in ("ccomp", "xcomp") and child.i > cue.i or child.dep_ == "ccomp":
            toks = [t for t in child.subtree if t.dep_ != "mark" or t.head != child]
            toks = [t for t in toks if not (t.i == toks[0].i and t.lower_ == "that")]
            subject = _split_subject(cue, child)
            if subject is not None:  # "showed cargo volumes | dropped in May": one clause split in two
                toks = sorted({*subject, *toks}, key=lambda t: t.i)
            stray = discourse.stray_cue(child)
            if stray is not None:  # "said X, but claimed Y": X ends before the second cue
                toks = [t for t in toks if t.i < stray.i and not (t.i == stray.i - 1 and t.dep_ == "cc")] or toks
            own = next((c for c in child.children if c.dep_ == "conj" and c.i > cue.i and _attribution(c)), None)
            if own is not None:  # "it is thought X but Y has confirmed Z": Y's attribution is not X's
                edge = own.left_edge.i
                toks = [t for t in toks if t.i < edge] or toks
                toks = [t for t in toks if not (t.i == toks[-1].i and (t.dep_ == "cc" or t.is_punct))] or toks
            if child.dep_ == "xcomp" and cue.lemma_.lower() not in ("expect", "promise", "vow", "pledge", "threaten"):
                continue
            for other in cue.children:
                # one clause the parser split in two ("said that farmland owned by X | would be
                # taken"): a second complement that starts right where the first ends
                if (other.dep_ == "ccomp" and other.i > child.i and other.left_edge.i == toks[-1].i + 1
                        and stray is None):
                    if _attribution(other):  # "it is thought X but Y has confirmed Z": Y's own claim
                        toks = [t for t in toks if not (t.i == toks[-1].i and t.dep_ == "cc")] or toks
                        break
                    toks = toks + list(other.subtree)
            toks = _before_nested(toks)
            return toks[0].idx, toks[-1].idx + len(toks[-1].text)
    relative = _relative_content(cue) or _after_medium(cue)
    if relative is not None:
        return relative
    if cue.dep_ in ("parataxis", "ccomp") and cue.head.i != cue.i and cue.head.lemma_.lower() not in CUES:
        head = cue.head
        inner = set(cue.subtree)
        toks = [t for t in head.subtree if t not in inner]
        if toks and toks[0].i < cue.left_edge.i:
            # "..., Uganda's New Vision newspaper reports.": the clause ends where the cue's own
            # phrase begins (an interrupting "he said" leaves the words after it in the clause)
            if not [t for t in toks if t.i > cue.right_edge.i and not t.is_punct]:
                toks = [t for t in toks if t.i < cue.left_edge.i]
        if toks:
            return toks[0].idx, toks[-1].idx + len(toks[-1].text)
    # "..., senior official says" (headlines, inverted attribution): what precedes the comma
    sent = cue.sent
    subject_start = min((t.i for c in cue.children if c.dep_ == "nsubj" for t in c.subtree), default=cue.i)
    comma = subject_start - 1
    if comma > sent.start and cue.doc[comma].text == "," and not any(c.dep_ in ("ccomp", "xcomp", "dobj") and c.i > cue.i for c in cue.children):
        first = sent[0]
        return first.idx, cue.doc[comma].idx
    return None


def _split_subject(cue, clause):
    """The subject of a reported clause that the parser took for the cue's object ("figures
    showed cargo volumes dropped": "volumes" as the object of "showed", "dropped" a clause without
    a subject): the tokens from an object to a finite complement that has no subject of its own."""
    if clause.dep_ != "ccomp" or clause.i < cue.i or any(
            c.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for c in clause.children) or clause.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    obj = next((c for c in cue.children if c.dep_ == "dobj" and cue.i < c.i < clause.i), None)
    if obj is None or obj.tag_ in ("PRP", "WP"):
        return None
    between = list(cue.doc[obj.left_edge.i:clause.left_edge.i])
    # (only the object and phrases hung on the cue next to it: "volumes at the three harbours")
    if not between or any(t.is_punct or t.pos_ in ("VERB", "AUX") for t in between):
        return None
    return between


def _before_nested(toks: list) -> list:
    """The content without a relative clause that carries an attribution of its own ("... the
    paper which, according to the watchdog, does not carry ..."): that clause is another
    claim, so this one ends before its relative pronoun."""
    first = toks[0].i
    for t in toks:
        if t.dep_ != "relcl" or t.left_edge.i <= first:
            continue
        inner = list(t.subtree)
        if any(a.lower_ == "according" and any(c.lower_ == "to" for c in a.children) for a in inner):
            kept = [k for k in toks if k.i < t.left_edge.i]
            while kept and kept[-1].is_punct:
                kept.pop()
            return kept or toks
    return toks


def _gerund_clause(cue) -> tuple[int, int] | None:
    """Block span of a reported clause whose subject is a gerund phrase ("Ministers thought merging
    the two services might have cut costs"), which the parser splits into a gerund complement of
    the cue and a subjectless verb coordinated with it: from the gerund to the end of that verb's
    phrase, when the verb follows the gerund's phrase and starts with a modal or a tensed auxiliary."""
    gerund = next((c for c in cue.children if c.dep_ == "xcomp" and c.tag_ == "VBG" and c.i == cue.i + 1), None)
    if gerund is None:
        return None
    for verb in cue.children:
        if verb.dep_ != "conj" or verb.i < gerund.right_edge.i or any(c.dep_ in ("nsubj", "nsubjpass", "cc") for c in verb.children):
            continue
        first = verb.left_edge
        if first.tag_ == "MD" or first.dep_ in ("aux", "auxpass") and first.tag_ in ("VBZ", "VBD", "VBP"):
            if any(t.dep_ == "cc" and t.head == cue and gerund.i < t.i < first.i for t in cue.doc[gerund.i:first.i]):
                return None  # "thought of leaving and would go": two predicates of the cue's subject
            return gerund.idx, verb.right_edge.idx + len(verb.right_edge.text)
    return None


def _attribution(clause) -> bool:
    """Whether a clause is an attribution of its own: a cue verb with its own subject and its own
    reported clause ("but the chairman has confirmed the talks go on"), which the parser may hang
    on an earlier cue as a second complement."""
    return (clause.lemma_.lower() in CUES and clause.pos_ == "VERB"
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
            and any(c.dep_ == "ccomp" for c in clause.children))


def _after_medium(cue) -> tuple[int, int] | None:
    """Block span of the "that"-clause of "said in a statement that ...", "told reporters at a
    news conference that ...", which the parser hangs on the noun of the medium."""
    for prep in cue.children:
        if prep.dep_ != "prep" or prep.i < cue.i:
            continue
        for pobj in prep.children:
            for clause in pobj.children:
                if (clause.dep_ in ("acl", "ccomp", "relcl") and clause.i > pobj.i
                        and any(m.dep_ == "mark" and m.lower_ == "that" and m.i == pobj.i + 1 for m in clause.children)
                        and any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in clause.children)):
                    toks = [t for t in clause.subtree if not (t.dep_ == "mark" and t.head == clause)]
                    return toks[0].idx, toks[-1].idx + len(toks[-1].text)
    return None


def _relative_content(cue) -> tuple[int, int] | None:
    """Block span of "which X argues are needed ..." when the parser hung the predicate of the
    relative clause elsewhere (the cue reports the clause it sits in: "the powers - which the
    president argues are needed to help the poor - trample ..."): from the relative pronoun to
    the dash, bracket, semicolon or comma that closes the clause, or the end of the sentence."""
    doc = cue.doc
    wh = cue.left_edge
    after = cue.right_edge.i + 1
    if (any(c.dep_ in ("ccomp", "xcomp") for c in cue.children) or wh.head != cue
            or wh.lower_ not in ("which", "who", "that") or after >= cue.sent.end
            or doc[after].tag_ not in ("VBP", "VBZ", "VBD", "MD")):
        return None
    end = after
    while end + 1 < cue.sent.end and doc[end + 1].text not in ("-", "–", "—", ")", ";", ","):
        end += 1
    while end > after and doc[end].is_punct:
        end -= 1
    return wh.idx, doc[end].idx + len(doc[end].text)


def _stance(cue_lemma: str, content: str, default: str) -> str:
    """The cue's stance, refined by the content: a statement that negates its own main verb right
    after a short subject ("it was not ready", "he had not seen"; not "not only", not "not X but
    Y") denies; one about the future ("will not accept") expects."""
    if default == "Asserts" and _DENIAL.match(content) and " but " not in content[:120]:
        return "Denies"
    if default == "Asserts" and _FUTURE.search(content[:80]):
        return "Expects"
    return default


def _statement_date(times, start: int, end: int, cue_offset: int):
    """A time expression of the sentence outside the content, nearest the cue."""
    best = None
    for s, e, value in times:
        if s >= end or e <= start:
            distance = abs(s - cue_offset)
            if distance < 60 and (best is None or distance < best[0]):
                best = (distance, value)
    return best[1] if best else None


def _from_cue(ctx: Context, block, tok, quotes, times) -> list[ClaimRecord]:
    lemma = tok.lemma_.lower()
    # "..., the Daily Nation reports": a cue verb that the tagger took for a plural noun
    misread = (tok.tag_ == "NNS" and lemma in CUES and tok.dep_ in ("ROOT", "ccomp", "parataxis")
               and any(c.dep_ == "nsubj" for c in tok.children))
    if not misread and (tok.pos_ != "VERB" or lemma not in CUES and not _impersonal(tok, discourse.subject(tok))):
        return []  # ("it is understood that": a cue only in the impersonal passive)
    if _unreported(tok):
        return []
    negated = any(c.dep_ == "neg" for c in tok.children)
    if negated and lemma not in NEG_RAISING or _free_relative(tok) and not _what_was(tok) or _under_agentless(tok):
        return []
    if lemma in FINITE_ONLY and not any(c.dep_ == "ccomp" and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
                                        for c in tok.children) and not _parenthetical(tok):
        return []
    seen = _headline_view(ctx, block, tok)
    if (lemma in NAMING_CUES - AS_CUES or lemma in AS_ONLY) and _object_content(tok) is None and seen is None:
        return []  # "called for talks", "held a meeting", "saw the film"
    subject = discourse.subject(tok)
    inverted = _inverted(ctx, block, tok) if subject is None else None
    if lemma in FINDING_CUES and not any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                                         for c in tok.children) and not _finding(tok, subject):
        return []  # "the survey shows a rise": no statement
    joint: list[Mention] = []
    if _impersonal(tok, subject):
        # "it is understood (that) ...": the "it" is a dummy, the passive hides the source
        claimant = _unspecified(ctx, block, subject, tok)
    elif any(c.dep_ == "auxpass" for c in tok.children) and not (subject is not None and subject.lower_ == "it"):
        # "X is expected to win", "he was told that ...": the passive subject is not the source,
        # the agent ("by X") is; "it was reported that ..." keeps the impersonal "it" (the report)
        agent = next((g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        claimant = _claimant(ctx, block, agent) if agent is not None else None
    elif subject is not None:
        claimant = _claimant(ctx, block, subject)
        joint = _joint(ctx, block, subject)
        if joint:  # "A and B said ...", "the two firms said ...": one claim per claimant
            claimant = joint[0]
    elif inverted is not None:
        claimant = inverted[0]
    else:
        # "... Iran Saleh al-Arouri said ...": the parse lost the subject, but a name right
        # before the cue verb is who speaks.
        before = ctx.before(block.pos(tok.idx) + 1)
        gap = ctx.document.text[before.end:block.pos(tok.idx)] if before is not None else "x"
        claimant = before if gap.strip(" *_") == "" and before.category in ("Person", "Organization") else None
    if claimant is None or claimant.category == "Place" and claimant.kind != "Country" and "metonymy" not in claimant.method:
        return []
    if lemma in FINDING_CUES and claimant.category == "Person" and not (subject is not None and subject.lower_ in DATA_NOUNS):
        return []  # "she found that the door was locked": a perception ("research by Dr Roe found" is a finding)
    cue_offset = block.pos(tok.idx)
    cue = tok.text
    if claimant.method == "agentless-passive":  # the cue is the whole passive phrase
        cue_offset, cue = claimant.start, claimant.text
    if lemma == "point" and any(c.lower_ == "out" for c in tok.children):
        cue = "pointed out" if tok.text.lower().startswith("pointed") else tok.text + " out"
    if negated:  # "does not, however, think": the cue runs from the auxiliary
        first = min((c for c in tok.children if c.dep_ in ("aux", "neg") and c.i < tok.i), key=lambda c: c.i)
        cue_offset = block.pos(first.idx)
        cue = ctx.document.text[cue_offset:block.pos_end(tok.idx + len(tok.text))]
    out = []
    span = inverted[1] if inverted is not None else _what_was(tok) or _object_content(tok) or seen or _content(block, tok)
    # A direct quotation next to the cue ("“...,” X said" / "X said: “...”"), unless it is only
    # a phrase quoted inside the reported clause.
    sent = tok.sent
    strays = [discourse.stray_cue(c) for c in tok.children if c.dep_ == "ccomp"]
    later = min((t.idx for t in strays if t is not None), default=None)  # "... and promised a “fair” deal"
    for qs, qe in quotes:
        if span is not None and span[0] <= qs and qe <= span[1] and (qe - qs) < 0.8 * (span[1] - span[0]):
            continue
        if later is not None and qs > later:
            continue
        if span is not None and span[0] > tok.idx and qe <= tok.idx:
            continue  # the cue reports what follows it; a quotation before it is someone else's
        if any(o.left_edge.idx <= qs and qe <= o.right_edge.idx + len(o.right_edge.text) + 1
               for o in tok.children if o.dep_ in ("dobj", "attr")):
            continue  # a quoted name inside the object ("acknowledged the principle of “X”")
        touches = qe + 1 >= sent.start_char or _question_then_cue(block, qs, qe, tok)
        if (qs - 1 <= sent.end_char and touches) and not (qs <= tok.idx < qe):
            gap = block.text[qe:tok.idx] if qe <= tok.idx else block.text[tok.idx:qs]
            if len(gap) < 60 and "“" not in gap.strip("“”\" ,.:") and len(block.text[qs:qe].split()) >= 3:
                s, e = trim_span(ctx.document.text, block.pos(qs), block.pos_end(qe))
                out.append((abs(qs - tok.idx) if qs > tok.idx else abs(tok.idx - qe), qs, qe, s, e))
    if out:
        # the quotation next to the cue, and those it runs on from ("“A ... “B ...,” he said")
        _, qs, qe, s, e = min(out)
        chosen = [(s, e)]
        for _, ps, pe, s2, e2 in sorted(out, key=lambda q: -q[1]):
            if pe <= qs and not block.text[pe:qs].strip(" \n“”\"'"):
                chosen.append((s2, e2))
                qs = ps
        return _each(ctx, joint, [_record(ctx, s, e, claimant, cue, cue_offset, lemma, True, times, "claim:quote")
                                  for s, e in sorted(chosen)])
    if span is None or _indirect_question(tok, span):
        return []
    s, e = trim_span(ctx.document.text, block.pos(span[0]), block.pos_end(span[1]))
    denied = lemma == "deny" and span == _object_content(tok)  # ("denied the charges": short, yet a claim)
    if e - s < 8 or len(ctx.document.text[s:e].split()) < (2 if denied else 3):
        return []
    record = _record(ctx, s, e, claimant, cue, cue_offset, lemma, False, times, "claim:cue-verb")
    return _each(ctx, joint, [replace(record, stance="Denies") if negated else record])


PARENTHETICAL_OPENERS = {"also", "but", "and", "however", "yet", "still", "now", "meanwhile", "moreover",
                         "furthermore", "instead", "so", "besides", "nevertheless", "similarly", "likewise"}
"""Sentence adverbs and conjunctions that can stand alone before an inverted parenthetical cue
("Also, said Mr Roe, ..."): they link the sentence to the story, not to the reported clause."""


def _inverted(ctx: Context, block, cue) -> tuple[Mention, tuple[int, int]] | None:
    """The speaker and the block span of a sentence interrupted by an inverted cue set off by
    commas ("On a larger scale, said Mr Roe, cheaper parts can cut costs."), which the parser
    reads as a cue whose subject is in the reported clause. The speaker is the name (after an
    honorific) between the cue and the next comma; the content is the whole sentence, cue
    included (the guideline for a cue that interrupts its content), or what follows the cue
    when only a linking word precedes it ("Also, said Mr Roe, ...")."""
    doc, sent = cue.doc, cue.sent
    if cue.i - 2 < sent.start or doc[cue.i - 1].text != "," or cue.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    comma = next((t for t in doc[cue.i + 1:min(cue.i + 7, sent.end)] if t.text == ","), None)
    if comma is None or comma.i == cue.i + 1 or comma.i + 1 >= sent.end or doc[comma.i + 1].is_punct:
        return None
    first = doc[cue.i + 1]
    if first.lower_.rstrip(".") in HONORIFICS and first.i + 1 < comma.i:
        first = doc[first.i + 1]
    start, end = block.pos(first.idx), block.pos_end(doc[comma.i - 1].idx + len(doc[comma.i - 1].text))
    m = ctx.at(start, end)
    if m is None or (m.start, m.end) != (start, end) or m.category not in ("Person", "Organization"):
        return None
    last = sent.end - 1
    while last > comma.i and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    opener = [t for t in doc[sent.start:cue.i - 1] if not t.is_punct]
    begin = doc[comma.i + 1] if len(opener) == 1 and opener[0].lower_ in PARENTHETICAL_OPENERS else sent[0]
    return m, (begin.idx, doc[last].idx + len(doc[last].text))


INTERROGATIVES = {"how", "whether", "why", "what", "where", "when", "who", "whom", "which"}


def _indirect_question(cue, span: tuple[int, int]) -> bool:
    """Whether what follows the cue is an indirect question ("until she assesses how fast the new
    boat is", "did not say whether talks would resume"): it asks, it states nothing. A
    relative pronoun before the cue ("which he said was ...") and a conditional "if" state."""
    first = next((t for t in cue.doc[cue.i + 1:cue.sent.end] if t.idx >= span[0]), None)
    if first is None or first.idx != span[0] or first.lower_ not in INTERROGATIVES or first.tag_ not in ("WRB", "WP", "WDT", "IN"):
        return False
    # ("said how the plan works was a secret": the question is the subject of a statement)
    return not any(t.dep_ in ("csubj", "csubjpass") for t in first.doc[first.i:cue.sent.end] if t.idx < span[1])


def _question_then_cue(block, qs: int, qe: int, cue) -> bool:
    """"“...?” X said.": a quoted question or exclamation, after which the parser ends the
    sentence at the closing mark, so the cue's sentence is only its speaker and the cue. A
    sentence that goes on ("“...” He pointed to new plans") reports something else."""
    sent = cue.sent
    if block.text[qs:qe].rstrip()[-1:] not in ("?", "!") or qe > sent.start_char \
            or block.text[qe:sent.start_char].strip("”\"’' "):
        return False
    subject = discourse.subject(cue)
    rest = {*(subject.subtree if subject is not None else ()), cue}
    return all(t in rest or t.is_punct for t in sent)


def _each(ctx: Context, joint: list[Mention], records: list[ClaimRecord]) -> list[ClaimRecord]:
    """The records again for every joint claimant: what several actors said together ("A and B
    said", "they have all denied") is a claim of each, with the same span and cue."""
    if len(joint) < 2:
        return records
    out = []
    for r in records:
        for m in joint:
            about = tuple(sorted({x.key for x in ctx.within(r.start, r.end)
                                  if x.key != m.key and x.category != "UnnamedSource"}))
            out.append(replace(r, claimant=m.key, about=about))
    return out


JOINT_NOUNS = {"companies": "Organization", "firms": "Organization", "banks": "Organization",
               "groups": "Organization", "organisations": "Organization", "organizations": "Organization",
               "unions": "Organization", "clubs": "Organization", "parties": None, "sides": None,
               "countries": "Country", "nations": "Country", "states": "Country", "governments": "Country",
               "men": "Person", "women": "Person", "pair": "Person", "couple": "Person", "brothers": "Person",
               "sisters": "Person", "players": "Person", "defendants": None, "partners": None}
"""Plural heads that, definite ("the companies", "the two men"), take up actors named just before;
the category their antecedents must have (None: any that can speak)."""
NUMBERS = {"both": 2, "two": 2, "pair": 2, "couple": 2, "three": 3, "four": 4, "five": 5, "six": 6}
"""Words that tell how many actors a plural anaphor takes up ("both sides", "the three men")."""
_COORD_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)(?:the\s+)?(?:(?:mr|mrs|ms|dr|sir|lord|lady)\.?\s+)?", re.I)


def _joint(ctx: Context, block, subject) -> list[Mention]:
    """The actors a plural subject stands for, when it stands for several and each is clear:
    coordinated names ("A and B said"), "they" after a sentence whose subject (or, failing a
    group as subject, whose only coordination) names them, and a definite plural noun ("the
    companies", "both sides", "the three men") that takes up the last coordination of fitting
    actors named shortly before. Empty when the subject is one actor or the antecedent is unclear."""
    names = _conjoined(ctx, block, subject)
    if len(names) >= 2 or subject.lower_ not in ("they", "both", *NUMBERS) and subject.tag_ != "NNS":
        return names if len(names) >= 2 else []
    offset = block.pos(subject.idx)
    head = subject.lower_
    dets = {c.lower_ for c in subject.children if c.dep_ in ("det", "nummod", "predet", "quantmod", "amod")}
    count = NUMBERS.get(head) or next((NUMBERS[d] for d in dets if d in NUMBERS), None)
    if head == "they":
        found = discourse.previous_sentence(ctx, block, subject)
        if found is None:
            return []
        b, sent = found
        prior = discourse.subject(sent.root)
        if prior is not None and not discourse.quoted(b, prior):
            names = _conjoined(ctx, b, prior)
            if len(names) >= 2:
                return names
            if prior.lower_ not in ("they", "it") and _group_antecedent(ctx, block, subject) is not None:
                return []  # "Acme cut jobs. They said ...": the group named as subject
        groups = [g for g in _coordinations(ctx, b.pos(sent.start_char), b.pos_end(sent.end_char))
                  if len({m.category for m in g}) == 1 and g[0].category in ("Person", "Organization")]
        return groups[0] if len(groups) == 1 else []
    if head in NUMBERS and head != "both" and not dets & {"the", "all"}:
        return []  # ("Two said ...": not a reference back)
    if head not in JOINT_NOUNS and head not in NUMBERS or not (dets & {"the", "both", "these", "those", "all"} or count):
        return []
    if head in PAIR_NOUNS and count == 2:
        pair = pair_of(ctx, block, subject)
        if len(pair) == 2 and all(m.category != "UnnamedSource" for m in pair):
            return pair
    found = discourse.previous_sentence(ctx, block, subject)
    lo = block.pos(subject.sent.start_char)
    if found is not None:
        lo = found[0].pos(found[1].start_char)
    if count:  # "both sides", "the three men": the number makes a farther antecedent safe
        lo = min(lo, max(0, offset - 1200))
    category = JOINT_NOUNS.get(head)
    for g in reversed(_coordinations(ctx, lo, offset)):
        if (count is None or len(g) == count) and (category is None and all(_speaks(m) for m in g)
                                                   or all(m.category == category or m.kind == category for m in g)):
            return g
    return []


def _speaks(m: Mention) -> bool:
    """Persons, organizations and states speak; other places do not."""
    return m.category != "Place" or m.kind == "Country"


def _conjoined(ctx: Context, block, tok) -> list[Mention]:
    """The actors of a coordinated noun phrase ("EADS and BAE Systems", "Mr A, Ms B and Mr C"),
    when every conjunct names one that speaks; else empty."""
    conjuncts = [tok, *tok.conjuncts]
    if len(conjuncts) < 2:
        return []
    out: list[Mention] = []
    for t in sorted(conjuncts, key=lambda t: t.i):
        m = _person(ctx, block, t) or ctx.of_token(block, t)
        if m is None or not _speaks(m) or m.category == "UnnamedSource" or m.key in {o.key for o in out}:
            return []
        out.append(m)
    return out


def _coordinations(ctx: Context, lo: int, hi: int) -> list[list[Mention]]:
    """Runs of two or more actor mentions in [lo, hi) joined only by commas and a final "and"
    ("A, B and C"), in text order: the antecedents a plural anaphor may take up."""
    text = ctx.document.text
    out, run = [], []
    for m in ctx.within(lo, hi):
        if run and m.start < run[-1].end:
            continue  # a name inside a name
        if run and _COORD_GAP.fullmatch(text[run[-1].end:m.start]):
            run.append(m)
            continue
        if len(run) >= 2:
            out.append(run)
        run = [m]
    if len(run) >= 2:
        out.append(run)
    return [r for r in out if re.search(r"\band\b|&", text[r[-2].end:r[-1].start])
            and len({m.key for m in r}) == len(r) and all(_speaks(m) and m.category != "UnnamedSource" for m in r)]


UNSAID_HEADS = {"want", "wish", "refuse", "decline", "try", "seek", "need", "dare", "hesitate", "fail", "entitle",
                "able", "unable", "free", "entitled", "willing", "unwilling", "reluctant", "eager", "ready", "right"}
"""Words whose infinitive complement is not said ("were entitled to expect X", "refused to
comment", "was reluctant to say"): the cue under them reports no statement."""


def _unreported(cue) -> bool:
    """Whether the cue is the infinitive of a wish, a refusal, a right or an ability (UNSAID_HEADS)."""
    return (cue.dep_ == "xcomp" and cue.head != cue and cue.head.lemma_.lower() in UNSAID_HEADS
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in cue.children))


def _headline_view(ctx: Context, block, cue) -> tuple[int, int] | None:
    """Block span of the object of a headline's "sees" ("Minister sees slower growth"): headlines
    use "X sees Y" for what X expects or judges, a claim; in a story "saw the film" is not."""
    if (cue.lemma_.lower() != "see" or ctx.parsed[0][0] is not block or "\n" in block.text.strip()
            or len(block.text) > 200 or cue.tag_ != "VBZ"):
        return None
    obj = next((c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i and c.tag_ not in ("PRP", "WP")), None)
    if obj is None:
        return None
    toks = list(obj.subtree)
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


def _parenthetical(cue) -> bool:
    """Whether the cue interrupts the finite clause it reports ("This, they fear, could hurt
    ..."): a parenthetical set off by commas inside a clause with a subject of its own."""
    head = cue.head
    doc = cue.doc
    words = [t.i for t in cue.subtree if not t.is_punct]
    return (cue.dep_ == "parataxis" and head != cue and head.pos_ in ("VERB", "AUX")
            and any(c.dep_ in ("nsubj", "nsubjpass") and c.i < cue.i for c in head.children)
            and words[0] > 0 and doc[words[0] - 1].text == ","
            and words[-1] + 1 < len(doc) and doc[words[-1] + 1].text == ",")


def _free_relative(cue) -> bool:
    """Whether the cue reports no statement, only refers to one: "we had what X said"."""
    return any(c.dep_ == "dobj" and c.lower_ in ("what", "whatever") for c in cue.children)


def _what_was(cue) -> tuple[int, int] | None:
    """Block span of Y in "what X said was Y" (a pseudo-cleft: Y is the statement): from after the
    copula to the next comma or semicolon or the end of the sentence."""
    doc = cue.doc
    after = cue.i + 1
    if after >= cue.sent.end or doc[after].lemma_ != "be":
        return None
    if not any(t.lower_ == "what" for t in doc[max(cue.sent.start, cue.i - 6):cue.i]):
        return None
    toks = []
    for t in doc[after + 1:cue.sent.end]:
        if t.text in (",", ";", ".", ":") or t.text in ("”", '"') and not toks:
            break
        toks.append(t)
    if len(toks) < 2:
        return None
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


IMPERSONAL = AGENTLESS - {"report"} | {"know", "feel", "fear", "hope", "expect", "suggest", "argue", "estimate", "assume",
                          "suppose", "suspect", "announce", "confirm", "acknowledge", "state"}
"""Cues of the impersonal passive "it is <cue> (that) ..." ("it is understood", "it was announced");
not "it was reported", which in a story about a report is that report's (REPORT_NOUNS)."""


def _impersonal(cue, subject) -> bool:
    """"It is understood (that) ...", "it was reported that ...": a passive cue with a dummy "it"
    subject, a clause and no agent, which leaves the source unspecified."""
    return (subject is not None and subject.lower_ == "it" and subject.dep_ == "nsubjpass" and subject.head == cue
            and cue.lemma_.lower() in IMPERSONAL and any(c.dep_ == "auxpass" for c in cue.children)
            and not any(c.dep_ == "agent" for c in cue.children)
            and any(c.dep_ == "ccomp" and c.i > cue.i for c in cue.children))


def _unspecified(ctx: Context, block, first, last) -> Mention:
    """The unspecified source of an agentless attribution, implied by the passive phrase from token
    ``first`` to ``last`` ("is thought to", "It is understood"). The phrase names no one, so it is
    no mention of the source (the gold rule: ``unspecified_source`` has no mention): the source is
    implied (:meth:`Context.imply`), the claimant of its claims without actor evidence."""
    ms, me = block.pos(first.idx), block.pos_end(last.idx + len(last.text))
    source = Mention(ms, me, ctx.document.text[ms:me], "UnnamedSource", "UnnamedSource", "agentless-passive", 0.5,
                     unnamed_key(ctx.document.sha256, "unspecified source"))
    ctx.imply(source)
    return source


def _under_agentless(cue) -> bool:
    """Whether the cue is the infinitive of an agentless passive ("is thought to fear"): the
    passive, not the subject, is the source."""
    return cue.dep_ in ("xcomp", "advcl") and cue.head != cue and _agentless(cue.head) and _infinitive(cue.head) == cue


EXPECTED = {"expect", "tip"}
"""Participles of forecast. After their noun ("a meeting expected to take place next month", "the
election, widely expected to be called for May") and in a plain finite passive ("X is expected to
table reforms", "Y is tipped to win") they are an agentless attribution, like "is said to": the
forecast is someone's, the passive hides whose (held-out guideline, sets 6 and 10). Under a modal
("would be expected to keep inflation down", "can be expected to") the passive states an obligation
or the writer's own inference, not a report, so it is left alone (:func:`_finite_forecast`)."""
_FINITE_BE = {"is", "are", "was", "were", "'s", "'re", "’s", "’re"}


def _infinitive(tok):
    """The "to"-infinitive a passive reporting verb takes: its open complement ("is said to be"),
    or a clause the parser detached after an adverbial ("was reported in May to have met")."""
    return next((c for c in tok.children if c.dep_ in ("xcomp", "advcl") and c.i > tok.i
                 and any(a.dep_ == "aux" and a.lower_ == "to" and a.i < c.i for a in c.children)), None)


def _agentless(tok) -> bool:
    """"X is said/thought/believed/expected to ...", and the reduced relative "a meeting expected
    to take place": a passive reporting verb with an infinitive and no agent."""
    lemma = tok.lemma_.lower()
    if tok.tag_ != "VBN" or lemma not in AGENTLESS and lemma not in EXPECTED:
        return False
    if any(c.dep_ == "agent" for c in tok.children) or _infinitive(tok) is None:
        return False
    if _reduced_relative(tok) is not None:  # "the talks expected to start", "options said to include"
        return True
    if lemma in EXPECTED:
        return _finite_forecast(tok)
    return any(c.dep_ == "auxpass" for c in tok.children)


def _hedge_of_a_claim(c: ClaimRecord, found: list[ClaimRecord]) -> bool:
    """Whether an agentless attribution lies inside what a named source states ("X says ... Y,
    who is expected to win the election", "X said hunting will go on, with hunts expected to test
    the law"): the hedge is the speaker's own wording, part of the speaker's claim, not a report of
    an unnamed source's."""
    return c.method == "claim:agentless" and any(
        o is not c and o.method != "claim:agentless" and o.start <= c.start and c.end <= o.end
        and (o.end - o.start) > (c.end - c.start) for o in found)


_FORECAST_CUE = re.compile(r"(?:is|are|was|were)\s+(?:\w+\s+)?(?:expected|tipped)\s+to$", re.I)


def _forecast_of_an_event(ctx: Context, c: ClaimRecord, events: list[EventRecord]) -> bool:
    """Whether a finite forecast ("X is expected to visit Y", "X is also expected to hold talks")
    forecasts an event the extraction reports from the infinitive right after its cue (the verb, or
    the noun a light verb takes: "hold talks", "pay a visit"): the forecast is that planned event's
    modality (planned and expected events are annotated as events), not a statement of its own.
    Forecasts of what is no event ("is expected to table reforms", "are expected to turn out") stay
    claims of an unspecified source."""
    if c.method != "claim:agentless" or not _FORECAST_CUE.search(c.cue):
        return False
    text = ctx.document.text
    head = _INFINITIVE_HEAD.match(text, c.cue_start + len(c.cue))
    if head is None:
        return False
    lo, hi = head.start(1), head.end(1)
    return any(e.start <= lo < e.end and lo <= text.find(e.trigger, lo, hi) for e in events)


_INFINITIVE_HEAD = re.compile(r"\s*((?:\w+)(?:\s+(?:a|an|the|further|new|more|fresh))?(?:\s+\w+)?)")
"""The first words of a forecast's infinitive: its verb, and the noun a light verb may take ("hold
talks", "pay a visit", "hold fresh talks")."""


def _finite_forecast(tok) -> bool:
    """"X is/are/was expected to ...", "X is tipped to ...": the passive auxiliary is a finite "be"
    and no modal or other auxiliary comes with it ("would be expected to", "has been tipped to"
    are left alone)."""
    aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    return len(aux) == 1 and aux[0].dep_ == "auxpass" and aux[0].lower_ in _FINITE_BE


def _reduced_relative(tok):
    """The noun a passive participle modifies right after it ("a meeting expected to ...", "the
    election, widely expected to ..."): its head when the parser makes it an ``acl``, the noun
    before its comma when it makes it an adverbial clause without a subject; else None."""
    if tok.dep_ == "acl":
        return tok.head if tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i < tok.i else None
    if tok.dep_ != "advcl" or any(c.dep_ in ("nsubj", "nsubjpass", "auxpass", "aux") for c in tok.children):
        return None
    i = tok.left_edge.i - 1
    if i < 1 or tok.doc[i].text != ",":
        return None
    noun = tok.doc[i - 1]
    return noun if noun.pos_ in ("NOUN", "PROPN") and noun.dep_ != "nsubj" else None


def _noun_claim(ctx: Context, block, tok, times) -> list[ClaimRecord]:
    """"X's view is that ...", "the warning of X is that ...", "X's claim that ...": a noun of
    saying with an owner and a "that"-clause (as its predicate or its complement)."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "NOUN" or lemma not in SPEECH_NOUNS and lemma not in OF_STATEMENT or tok.head.lower_ == "in":
        return []
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    of_content = _possessed_of(ctx, block, tok, owner) if owner is not None else None
    if of_content is not None:  # "Acme's announcement of a possible recall of the drug"
        return _np_claim(ctx, block, of_content, _claimant(ctx, block, owner), tok, times, OF_STATEMENT[lemma])
    if lemma not in SPEECH_NOUNS:
        return []
    if owner is None:
        owner = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                      if g.dep_ == "pobj"), None)
        if owner is not None and lemma in OF_CONTENT and ctx.at(block.pos(owner.idx), block.pos_end(owner.idx + len(owner.text))) is None:
            owner = None  # "claims of infighting": what is claimed, not who claims it
    if owner is None and _ownerless(ctx, block, tok):
        return _ownerless_claim(ctx, block, tok, times)
    if owner is None or owner.tag_ == "PRP$" and owner.lower_ not in ("his", "her", "their"):
        return []
    clause = None
    if tok.dep_ == "nsubj" and tok.head.lemma_ == "be":
        clause = next((c for c in tok.head.children if c.dep_ == "ccomp" and c.i > tok.i), None)
    else:
        clause = next((c for c in tok.children if c.dep_ in ("acl", "ccomp") and c.i > tok.i), None)
    # the "that" right after the noun or its copula: a loose apposition ("the argument, that ...")
    # is left alone, the parser rarely gets its extent right
    if clause is None or not any(m.dep_ == "mark" and m.lower_ == "that" and m.i - 1 in (tok.i, tok.head.i)
                                 for m in clause.children):
        return []
    if owner.lower_ in ("his", "her", "their"):
        claimant = _antecedent(ctx, block, owner) if owner.lower_ != "their" else None
    else:
        claimant = _claimant(ctx, block, owner)
    return _clause_claim(ctx, block, clause, claimant, tok.text, block.pos(tok.idx), times, "claim:speech-noun",
                         SPEECH_NOUNS[lemma])


OF_STATEMENT = {"announcement": "Asserts", "denial": "Denies", "prediction": "Expects", "warning": "Expects",
                "forecast": "Expects", "claim": "Asserts", "allegation": "Asserts", "assertion": "Asserts"}
"""Nouns of saying whose "of" phrase, with a named owner before them, is what the owner says
("Acme's announcement of a possible recall", a nominal cue as "Ruritania's denials that ...")
→ stance."""


def _np_claim(ctx: Context, block, np, claimant, cue, times, stance: str) -> list[ClaimRecord]:
    """The claim of a noun phrase reported by a noun of saying ("of a possible recall of the
    drug"): the phrase up to the first finite verb in it, where a verbless parse ("Acme's
    announcement of X caught analysts by surprise" as one noun phrase) let the sentence run on."""
    if claimant is None or claimant.category == "Place" and claimant.kind != "Country":
        return []
    toks = list(np.subtree)
    verb = next((t for t in toks if t.tag_ in ("VBD", "VBZ", "VBP", "MD") and t.i > np.i), None)
    if verb is not None:
        toks = [t for t in toks if t.i < verb.i]
    while toks and toks[-1].is_punct:
        toks.pop()
    if not toks:
        return []
    s, e = trim_span(ctx.document.text, block.pos(toks[0].idx), block.pos_end(toks[-1].idx + len(toks[-1].text)))
    if len(ctx.document.text[s:e].split()) < 3:
        return []
    record = _record(ctx, s, e, claimant, cue.text, block.pos(cue.idx), "say", False, times, "claim:speech-noun")
    return [replace(record, stance=stance, confidence=0.6)]


def _possessed_of(ctx: Context, block, tok, owner):
    """The object of "of" after a noun of OF_STATEMENT whose possessor is a named actor ("Acme's
    announcement of a possible recall of the drug"), or None; "his warning of" and an unnamed
    owner are left alone (their extent and owner are often something else)."""
    if tok.lemma_.lower() not in OF_STATEMENT or owner.dep_ != "poss" or ctx.of_token(block, owner) is None:
        return None
    return next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == tok.i + 1
                 for g in c.children if g.dep_ in ("pobj", "pcomp")), None)


OF_CONTENT = {"claim", "allegation", "rumour", "rumor", "suggestion"}
"""Nouns of saying whose "of" phrase is what is said ("claims of infighting between the
ministers"), and for allegations also an "about" phrase ("allegations about the firm's links with
X": what is alleged); "rumours about the plant" name a topic, "hopes of a deal" and "fears of war"
an outcome, not a statement."""


def _ownerless(ctx: Context, block, tok) -> bool:
    """Whether a noun of saying has no owner the text names: plural without a determiner ("claims
    that", "amid rumours that"), or "the" as the subject of a copula ("the allegation was that
    ..."). Lowercase modifiers keep it ownerless ("growing fears", "newspaper claims"); a modifier
    inside an actor mention or a capitalized one names the owner ("Israeli claims", "Labour's
    claim")."""
    dets = [c for c in tok.children if c.dep_ == "det"]
    if any(c.dep_ in ("poss", "nmod") for c in tok.children):
        return False
    if dets and not (len(dets) == 1 and dets[0].lower_ == "the" and tok.dep_ == "nsubj" and tok.head.lemma_ == "be"):
        return False
    if not dets and tok.tag_ != "NNS":
        return False
    for c in tok.children:
        if c.dep_ in ("amod", "compound") and c.i < tok.i and (
                not c.text.islower() or ctx.at(block.pos(c.idx), block.pos_end(c.idx + len(c.text))) is not None):
            return False
    return True


def _ownerless_claim(ctx: Context, block, tok, times) -> list[ClaimRecord]:
    """"Following claims that X ...", "amid suggestions that X ...": a noun of saying without an
    owner and with its content right after it is an agentless attribution, a claim of an
    unspecified source (as "X is said to ..."); the noun is the cue and the source's mention.
    The content is a "that"-clause, a clause right after the noun without "that" ("amid rumours
    the group may raise its bid"), the "that"-clause of a copula ("the allegation was that ..."),
    or an "of"/"about" phrase of a noun of OF_CONTENT ("claims of infighting")."""
    if discourse.quoted(block, tok):
        return []
    clause = _ownerless_content(tok)
    if clause is None:
        return []
    source = _unspecified(ctx, block, tok, tok)
    return _clause_claim(ctx, block, clause, source, tok.text, source.start, times, "claim:speech-noun",
                         SPEECH_NOUNS[tok.lemma_.lower()])


def _finite_clause(verb) -> bool:
    """Whether a verb heads a clause with a subject and a tense (not an infinitive or a participle)."""
    return (any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in verb.children)
            and (verb.tag_ in ("VBD", "VBZ", "VBP", "MD")
                 or any(a.dep_ in ("aux", "auxpass") and (a.tag_ in ("VBD", "VBZ", "VBP", "MD")) for a in verb.children)))


def _ownerless_content(tok):
    """The token whose subtree is the content of an ownerless noun of saying (see _ownerless_claim)."""
    if tok.dep_ == "nsubj" and tok.head.lemma_ == "be":
        return next((c for c in tok.head.children if c.dep_ == "ccomp" and c.i > tok.head.i
                     and any(m.dep_ == "mark" and m.lower_ == "that" and m.i == tok.head.i + 1 for m in c.children)
                     and _finite_clause(c)), None)
    clause = next((c for c in tok.children if c.dep_ in ("acl", "ccomp") and c.i > tok.i
                   and any(m.dep_ == "mark" and m.lower_ == "that" and m.i == tok.i + 1 for m in c.children)
                   and any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)), None)
    if clause is not None:
        return clause
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is None:
        return None
    if nxt.dep_ in ("nsubj", "nsubjpass") or nxt.head.dep_ in ("nsubj", "nsubjpass") and nxt.dep_ in ("det", "poss"):
        subject = nxt if nxt.dep_ in ("nsubj", "nsubjpass") else nxt.head
        verb = subject.head
        # a clause right after the noun, with no "that": the parser hangs it on the noun or on
        # the noun's verb ("give succour to suggestions it was preparing ..."), never as a relative
        if (verb.i > subject.i and verb.dep_ in ("acl", "ccomp") and verb.left_edge.i == tok.i + 1
                and (verb.head == tok or verb.head in tok.ancestors) and _finite_clause(verb)):
            return verb
    if (tok.lemma_.lower() in OF_CONTENT and nxt.dep_ == "prep" and nxt.head == tok
            and (nxt.lower_ == "of" or nxt.lower_ == "about" and tok.lemma_.lower() == "allegation")):
        return next((g for g in nxt.children if g.dep_ == "pobj"), None)
    return None


def _clause_claim(ctx: Context, block, clause, claimant, cue: str, cue_start: int, times, method: str,
                  stance: str) -> list[ClaimRecord]:
    """The claim of a "that"-clause reported by a noun or an adjective of stance: none when the
    claimant is missing or a place other than a country, or when the clause (without its "that",
    trimmed) is under three words (a parse fragment, not a statement)."""
    if claimant is None or claimant.category == "Place" and claimant.kind != "Country":
        return []
    toks = [t for t in clause.subtree if not (t.dep_ == "mark" and t.head == clause)]
    s, e = trim_span(ctx.document.text, block.pos(toks[0].idx), block.pos_end(toks[-1].idx + len(toks[-1].text)))
    if len(ctx.document.text[s:e].split()) < 3:
        return []
    record = _record(ctx, s, e, claimant, cue, cue_start, "say", False, times, method)
    return [replace(record, stance=_stance("say", ctx.document.text[s:e], stance), confidence=0.6)]


ADJECTIVE_CUES = {
    "concerned": "Expects", "worried": "Expects", "fearful": "Expects", "afraid": "Expects", "hopeful": "Expects",
    "optimistic": "Expects", "pessimistic": "Expects", "confident": "Expects",
    "convinced": "Assesses", "sure": "Assesses", "certain": "Assesses", "adamant": "Asserts", "clear": "Asserts",
    # doubt: the subject holds the clause unlikely, as "does not think" denies it
    "sceptical": "Denies", "skeptical": "Denies", "doubtful": "Denies", "unconvinced": "Denies",
}
"""Adjectives of stance that report a "that"-clause of their subject ("Critics are concerned that
...", "the firm is confident that ...", "she was sceptical that ...") → stance."""
_CUE_WORDS = frozenset({"according", *_IN_VIEW, *ADJECTIVE_CUES})
"""The words (lower case) that :func:`_may_cue` lets through whatever their tag."""


def _adjective_claim(ctx: Context, block, tok, times) -> list[ClaimRecord]:
    """"X is/are <adjective> that ...": a stance adjective after a copula with a finite
    "that"-clause; the copula and the adjective are the cue ("are concerned")."""
    lemma = tok.lower_
    if lemma not in ADJECTIVE_CUES or tok.dep_ != "acomp" or tok.head.lemma_ != "be":
        return []
    clause = next((c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i
                   and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                   and any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)), None)
    subject = next((c for c in tok.head.children if c.dep_ == "nsubj" and c.i < tok.i), None)
    if clause is None or subject is None or subject.lower_ in ("it", "i", "we", "you") or discourse.quoted(block, tok):
        return []  # ("it is clear that": no one's stance; a first person speaks inside a quotation)
    claimant = _claimant(ctx, block, subject)
    cue_start = block.pos(min(tok.head.idx, tok.idx))
    cue = ctx.document.text[cue_start:block.pos_end(tok.idx + len(tok.text))]
    return _clause_claim(ctx, block, clause, claimant, cue, cue_start, times, "claim:adjective", ADJECTIVE_CUES[lemma])


def _agentless_claim(ctx: Context, block, tok, times) -> list[ClaimRecord]:
    """"Washington is thought to fear ...", "X are said to have ...": the whole clause, subject
    included, is a claim of an unspecified source (the passive phrase is its mention)."""
    if not _agentless(tok):
        return []
    subject = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    xcomp = _infinitive(tok)
    noun = _reduced_relative(tok)
    if noun is not None:
        # the reduced relative "the vote, widely expected to be held in May": the noun phrase
        # with its participle is what is expected (or said) of it
        end = max(x.i for x in tok.subtree)
        toks = [t for t in tok.doc[noun.left_edge.i:end + 1] if not t.is_punct or noun.i < t.i < tok.i]
    elif subject is None and tok.dep_ == "conj" and discourse.subject(tok) is not None:
        # "X will not attend, but is said to be watching": the subject is shared, the claim is
        # the passive and what it reports
        first_aux = min((c for c in tok.children if c.dep_ in ("aux", "auxpass")), key=lambda c: c.i, default=tok)
        toks = [t for t in sorted([*tok.children, tok, *xcomp.subtree], key=lambda t: t.i)
                if t.i >= first_aux.i and t.dep_ != "cc" and not t.is_punct]
    elif subject is None or subject.lower_ in ("this", "that"):
        return []  # (a referential "it" is a subject like any: "It is reported to be keen on ...")
    else:
        toks = sorted([*subject.subtree, *tok.children, tok, *xcomp.subtree], key=lambda t: t.i)
        toks = [t for t in toks if t.i >= subject.left_edge.i and not t.is_punct or t.i > subject.i and t.text in "\"”’'"]
    s, e = trim_span(ctx.document.text, block.pos(toks[0].idx), block.pos_end(toks[-1].idx + len(toks[-1].text)))
    if len(ctx.document.text[s:e].split()) < 4:
        return []
    marks = ("advmod",) if noun is not None else ("auxpass",)  # "widely expected", "is said"
    first = min((c for c in tok.children if c.dep_ in marks and c.i < tok.i), key=lambda c: c.i, default=tok)
    to = next(a for a in xcomp.children if a.dep_ == "aux" and a.lower_ == "to")
    if noun is not None or to.i != tok.i + 1:
        to = tok  # the cue is the participle ("expected", "was reported in May to ...")
    source = _unspecified(ctx, block, first, to)
    lemma = "expect" if tok.lemma_.lower() in EXPECTED else tok.lemma_.lower()  # "is tipped to": a forecast
    record = _record(ctx, s, e, source, source.text, source.start, lemma, False, times, "claim:agentless")
    return [replace(record, confidence=0.55)]


JUDGED_AS = {"see", "regard", "view"}
JUDGED = {"consider", "deem"}
"""Passive cues of a judgement with a predicate and no agent: "X was seen/regarded/viewed as Y",
"X is considered/deemed Y". Like "is said to", they attribute the judgement to an unspecified
source (held-out guideline: "was seen as crucial", "are considered vital")."""


def _judgement(tok):
    """The predicate of a passive judgement: the "as"-phrase ("was seen as crucial") or the
    object predicate ("are considered vital"); None for a perception ("was seen as he left",
    "was seen in the park") or with an agent ("considered by many to be ...")."""
    lemma = tok.lemma_.lower()
    if tok.tag_ != "VBN" or lemma not in JUDGED_AS | JUDGED or any(c.dep_ == "agent" for c in tok.children):
        return None
    if not any(c.dep_ == "auxpass" for c in tok.children) or any(c.tag_ == "MD" for c in tok.children):
        return None
    if lemma in JUDGED_AS:
        return next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "as" and c.i == tok.i + 1
                     and any(g.dep_ in ("pobj", "amod", "acomp") for g in c.children)), None)
    return next((c for c in tok.children if c.dep_ in ("oprd", "acomp") and c.i == tok.i + 1), None)


def _judged_claim(ctx: Context, block, tok, times) -> list[ClaimRecord]:
    """"The deal was seen as crucial to ...", "Such reforms are considered vital for ...": the
    clause, subject included, is a claim of an unspecified source; the passive is the cue. Not
    inside what another cue reports ("they agreed that an attack is considered an attack on all"),
    where the judgement is that speaker's."""
    predicate = _judgement(tok)
    subject = next((c for c in tok.children if c.dep_ == "nsubjpass" and c.i < tok.i), None)
    if predicate is None or subject is None or subject.lower_ in ("it", "this", "that", "which", "who"):
        return []
    if tok.dep_ in ("ccomp", "xcomp") and tok.head.lemma_.lower() in CUES or discourse.quoted(block, tok):
        return []
    toks = [t for t in (*subject.subtree, tok, *(t for c in tok.children if c.i > tok.i for t in c.subtree))
            if not t.is_punct or t.i > tok.i]
    s, e = trim_span(ctx.document.text, block.pos(min(toks, key=lambda t: t.i).idx),
                     block.pos_end(max(t.idx + len(t.text) for t in toks)))
    if len(ctx.document.text[s:e].split()) < 4:
        return []
    first = min((c for c in tok.children if c.dep_ == "auxpass"), key=lambda c: c.i)
    last = predicate if predicate.lower_ == "as" else tok
    source = _unspecified(ctx, block, first, last)
    lemma = "expect" if tok.lemma_.lower() in EXPECTED else tok.lemma_.lower()  # "is tipped to": a forecast
    record = _record(ctx, s, e, source, source.text, source.start, lemma, False, times, "claim:agentless")
    return [replace(record, stance="Assesses", confidence=0.55)]


def _object_content(cue) -> tuple[int, int] | None:
    """Block span of a noun phrase the cue reports: its object for "expressed its readiness to
    help", "promised a firm policy"; object and "as" phrase for "described the talks as useful"."""
    lemma = cue.lemma_.lower()
    if any(c.dep_ in ("ccomp", "xcomp") for c in cue.children):
        return None  # "promised Hamas they would ...": the clause is what is reported
    obj = next((c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i), None)
    if obj is not None and lemma == "deny" and obj.lower_ in DENIED_NOUNS \
            and not any(c.dep_ == "dative" for c in cue.children):
        return obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge.text)  # "denied any wrongdoing"
    if obj is None or obj.tag_ in ("PRP", "WP", "WDT") or lemma not in OBJECT_CUES | AS_CUES | ATTITUDE_CUES | STRESS_CUES | NAMING_CUES:
        return None
    if lemma in NAMING_CUES:
        predicate = next((c for c in cue.children if c.dep_ in ("oprd", "acomp") and c.i > obj.i), None)
        if predicate is not None:
            toks = sorted([*obj.subtree, *predicate.subtree], key=lambda t: t.i)
            return toks[0].idx, toks[-1].idx + len(toks[-1].text)
        quoted = _quoted_predicate(obj)
        if quoted is not None:
            return quoted
        if lemma not in AS_CUES:
            return None
    complements = [c for c in obj.children if c.dep_ in ("acl", "relcl", "ccomp")]
    if lemma in ATTITUDE_CUES and not complements:
        return None
    if lemma in STRESS_CUES and not complements + [c for c in obj.children if c.dep_ == "prep"]:
        return None
    toks = list(obj.subtree)
    if lemma in AS_CUES:
        # "as" heads its phrase ("as a failure") or modifies it ("as deeply flawed"), or sits in the object
        as_phrase = next((c for c in cue.children if c.i > obj.i and (c.lower_ == "as" or any(
            g.lower_ == "as" and g.i == c.left_edge.i for g in c.children))), None)
        if as_phrase is None and not any(t.lower_ == "as" and t.dep_ == "prep" for t in obj.subtree):
            return None
        if lemma in AS_ONLY and (as_phrase is None or any(
                t.lower_ in ("part", "result", "well", "soon", "long", "much") for t in as_phrase.subtree if t.i <= as_phrase.i + 1)):
            return None  # "rejected the bill as part of a deal": a circumstance, not a judgement
        toks += list(as_phrase.subtree) if as_phrase is not None else []
    toks.sort(key=lambda t: t.i)
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


def _quoted_predicate(obj) -> tuple[int, int] | None:
    """Block span of "the court “illegal”" in "called the court “illegal”": a predicate in quotation
    marks right after the object noun, which the parser takes for a modifier of it; the span runs
    from the object to the closing mark."""
    doc = obj.doc
    if obj.i + 2 >= len(doc) or doc[obj.i + 1].text not in ("“", '"'):
        return None
    for c in obj.children:
        if c.dep_ in ("amod", "appos") and c.i > obj.i + 1 and c.left_edge.i <= obj.i + 2:
            end = c.right_edge.i
            if end + 1 < len(doc) and doc[end + 1].text in ("”", '"'):
                end += 1
            return obj.left_edge.idx, doc[end].idx + len(doc[end].text)
    return None


def _record(ctx: Context, s: int, e: int, claimant: Mention, cue: str, cue_offset: int, lemma: str,
            quoted: bool, times, method: str) -> ClaimRecord:
    content = ctx.document.text[s:e]
    stance = _stance(lemma, content, CUES.get(lemma, "Asserts"))
    about = tuple(sorted({m.key for m in ctx.within(s, e) if m.key != claimant.key and m.category != "UnnamedSource"}))
    return ClaimRecord(start=s, end=e, claimant=claimant.key, cue=cue, cue_start=cue_offset, stance=stance,
                       date=_statement_date(times, s, e, cue_offset), quoted=quoted, about=about, method=method,
                       confidence=0.75 if quoted else 0.65)


def _according_to(ctx: Context, block, tok, sent, times) -> list[ClaimRecord]:
    """"According to X, ..." / "..., according to X" and "In X's assessment, ..."."""
    lower = tok.lower_
    if lower == "according" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to":
        pobj = next((c for c in tok.doc[tok.i + 1].children if c.dep_ == "pobj"), None)
        cue, stance, phrase_end = "according to", "Asserts", None
    elif lower in _IN_VIEW and tok.head.lower_ == "in":
        pobj = next((c for c in tok.children if c.dep_ in ("poss", "compound")), None)
        if pobj is None:
            pobj = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                         if g.dep_ == "pobj"), None)
        cue, stance, phrase_end = "in " + ("assessment" if lower == "assessment" else lower), "Assesses", None
    else:
        return []
    if pobj is None:
        return []
    claimant = _named_conjunct(ctx, block, pobj) or _claimant(ctx, block, pobj)
    if claimant is None:
        return []
    phrase = [t for t in (tok.head.subtree if lower != "according" else tok.subtree)]
    p_start, p_end = phrase[0].idx, phrase[-1].idx + len(phrase[-1].text)
    if lower == "according" and block.pos_end(p_end) < claimant.end <= block.pos_end(sent.end_char):
        # the name in apposition that the parser hung elsewhere ("according to its lawyer, Jane
        # Roe of Roe and Partners, the ..."): the phrase runs to the comma after the name
        name_end = block.local(claimant.end - 1) + 1
        comma = block.text.find(",", name_end, sent.end_char)
        p_end = comma if comma != -1 and len(block.text[name_end:comma].split()) <= 6 else name_end
    before = (sent.start_char, p_start)
    after = (p_end, sent.end_char)
    s, e = after if after[1] - after[0] >= before[1] - before[0] else before
    relative = tok.head if lower == "according" and tok.head.dep_ == "relcl" else None
    if relative is not None and relative.left_edge.i < tok.i and relative.left_edge.tag_ in ("WDT", "WP"):
        # "the paper which, according to the watchdog, does not carry ...": the relative clause
        # is what the source says, cue included (a cue inside its content)
        s, e = relative.left_edge.idx, relative.right_edge.idx + len(relative.right_edge.text)
    s, e = trim_span(ctx.document.text, block.pos(s), block.pos_end(e))
    if e - s < 8:
        return []
    record = _record(ctx, s, e, claimant, cue if lower == "according" else block.text[tok.head.idx:tok.idx + len(tok.text)],
                     block.pos(tok.head.idx if lower != "according" else tok.idx), "assess" if stance == "Assesses" else "say",
                     False, times, "claim:according-to" if lower == "according" else "claim:assessment")
    return [record]


def _named_conjunct(ctx: Context, block, tok) -> Mention | None:
    """A claim has one claimant: of a common noun coordinated with a named person ("according to
    media and PR strategist Jane Roe", where the parser also splits a title of two nouns so), the
    named person."""
    if ctx.of_token(block, tok) is not None or tok.pos_ == "PROPN":
        return None
    for c in tok.children:
        m = ctx.of_token(block, c) if c.dep_ == "conj" else None
        if m is not None and m.category == "Person":
            return m
    return None


BELIEF_CUES = {"believe", "think", "feel", "reckon", "suppose", "consider"}
"""Cues of a speaker's own belief, which "X said he believed Y" reports as part of what X said."""


def _own_beliefs(claims: list[ClaimRecord]) -> list[ClaimRecord]:
    """Without the belief a speaker reports of himself ("X said he believed Y"): the said claim
    already holds it, with the same claimant; a belief of another ("X said Y believed Z") stays,
    relayed by X's claim, and so does a second statement ("..., he admitted, ...")."""
    def own(c: ClaimRecord) -> bool:
        word = c.cue.split()[-1].lower()
        return any(o is not c and o.claimant == c.claimant and o.start <= c.cue_start and c.end <= o.end
                   and any(word.startswith(b[:-1] if b.endswith("e") else b) for b in BELIEF_CUES) for o in claims)
    return [c for c in claims if not own(c)]


def _dedupe(claims: list[ClaimRecord]) -> list[ClaimRecord]:
    """One claim per cue: a quotation wins over the clause parse of the same cue."""
    by_cue: dict[tuple[int, str], list[ClaimRecord]] = {}
    for c in sorted(claims, key=lambda c: (c.cue_start, not c.quoted, c.start)):
        kept = by_cue.setdefault((c.cue_start, c.claimant), [])
        if not kept or c.quoted and kept[0].quoted and all((k.start, k.end) != (c.start, c.end) for k in kept):
            kept.append(c)  # several quotations may run on before one cue
    return sorted((c for kept in by_cue.values() for c in kept), key=lambda c: (c.start, c.end, c.cue_start))


def _link(claims: list[ClaimRecord], events: list[EventRecord]) -> list[ClaimRecord]:
    """Chains (a claim whose cue is inside another claim's content is relayed by it) and the
    events each claim's content asserts."""
    out = []
    for i, c in enumerate(claims):
        outer = [j for j, o in enumerate(claims) if j != i and o.start <= c.cue_start < o.end and (o.end - o.start) > (c.end - c.start)]
        relayed = min(outer, key=lambda j: claims[j].end - claims[j].start) if outer else None
        asserted = tuple(k for k, ev in enumerate(events)
                         if ev.start >= c.start and ev.end <= c.end + 1 or
                         min(ev.end, c.end) - max(ev.start, c.start) > 0.6 * (ev.end - ev.start))
        out.append(replace(c, relayed_by=relayed, events=asserted))
    return out
