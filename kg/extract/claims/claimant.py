"""Claimant resolution: the claimant a subject token stands for (:func:`_claimant`), trying in turn
an actor mention, an author, a pronoun's antecedent ("he", "she", "they", "it"), a person or
body the subject names or describes, and an unnamed source. The pronoun rules and
:func:`_claimant` call each other, so they live together here; the rules for persons, bodies and
sources they call are in :mod:`.persons`, :mod:`.bodies` and :mod:`.sources`.
"""
from __future__ import annotations

import bisect
import re

from ...model import Mention
from .. import discourse
from ..context import Context
from ..referents import ORG_NOUNS
from ..referents import described_org as _described_org
from ..referents import subjects_before as _subject_before
from ..titles import ROLE_NOUNS
from .bodies import (DESCRIBED_BODIES, DOCUMENT_PARTS, GOVERNMENT_NOUNS, _authored, _described_body, _document_owner,
                     _document_part, _government, _headline_subject, _name_again, _named_by_head)
from .described import _introduced, _last_body_of_report, _title_words, _titled_holder, _titled_person_last
from .lexicon import AGENT_NOUNS, FEMALE, MALE, MARKET_SOURCES, QUANTIFIERS, RELATION_NOUNS, REPORT_NOUNS, SOURCE_NOUNS
from .persons import (_agrees, _apposed, _epithet, _national, _nationality_noun, _people_of, _person,
                      _person_in_apposition, _surname, _title_before)
from .sources import _indefinite_for, _org_title, _quantified_group, _related, _source_noun, _unnamed


def _claimant(ctx: Context, block, tok) -> Mention | None:
    """The claimant a subject token stands for: an actor, a pronoun's antecedent, a report's
    author, or a new unnamed-source mention."""
    m = ctx.of_token(block, tok)
    if m is not None and m.category != "Person":
        titled = _titled_person_last(ctx, block, tok)
        if titled is not None:  # "the Acme Guide author Tim Talbot said", misparsed with the work as subject
            return titled
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
    owner = _document_owner(ctx, block, tok)
    if owner is not None:  # "the report said", after "a report by Acme": Acme's word
        return owner
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
            if found is None and kinds is None and _introduced(ctx.document.text, offset, lemma):
                return _unnamed(ctx, block, tok)  # "A group of MPs has ... The group says": that group, unnamed
            # ("The newspaper reported" with no outlet named: a source of its own, as before)
            return found if found is not None or kinds is None else _unnamed(ctx, block, tok)
        found = _last_body_of_report(ctx, offset)
        if found is not None:
            return found
        if lemma != "it":
            return _unnamed(ctx, block, tok)
    return None


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
        if m is None and subject.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
            m = _titled_holder(ctx, b.pos(subject.idx), _title_words(subject))  # "The administrator ... It said"
        if m is not None and (m.category == "Organization" or m.kind == "Country"):
            return m
        return None  # the nearest subject is something else ("The play ... It said")
    return None


def _single_source(ctx: Context, block, subject, gender: str) -> Mention | None:
    """The unnamed speaker a "he" or "she" takes up when the sentence before had one as its
    subject ("A spokesman for Acme said ... He added ..."): a singular person noun (a title or a
    tie, not a group), of the pronoun's gender when the noun tells it."""
    noun = subject.lower_
    if subject.tag_ != "NN" or not (noun in ROLE_NOUNS or noun in RELATION_NOUNS or noun in SOURCE_NOUNS
                                   or noun in MARKET_SOURCES):
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
    previous = single = named = None
    found = discourse.previous_sentence(ctx, block, tok)
    if recent is not None and _speaker_quoted(ctx, block, tok, recent):
        # inside a quotation "he" is never its speaker ("X went on: “He thinks ...”" is someone X
        # talked about): the person the sentence before has as a subject, else the nearest one
        return _quoted_other(ctx, block, tok, found, recent, gender)
    if found is not None and depth < 3:
        b, sent = found
        subject = discourse.subject(sent.root)
        if subject is not None and discourse.quoted(b, subject):
            subject = None  # someone named inside quoted speech is not who the narrative is about
        if subject is not None and subject.lower_ in ("he", "she"):
            previous = _antecedent(ctx, b, subject, depth + 1) if subject.lower_ == tok.lower_ else None
        elif subject is not None:
            named = _person(ctx, b, subject)
            previous = (named or _single_source(ctx, b, subject, gender)
                        or _described_person(ctx, b, subject, depth + 1))
            single = previous if previous is not None and previous.method == "unnamed-source" else None
    sent = tok.sent
    # "Mr X said ... though he acknowledged ...": the sentence's own subject, named before the pronoun
    main = discourse.subject(sent.root)
    current = (_person(ctx, block, main) if main is not None and main.i < tok.i and main.lower_ not in ("he", "she")
               and not discourse.quoted(block, main) else None)
    continuation = any(qs <= sent.start_char + 2 and sent.start_char <= qe <= tok.idx for qs, qe in discourse.quotes(block))
    if continuation and single is not None and (recent is None or single.start > recent.end) and current is None \
            and found is not None and found[1].root.lemma_.lower() in discourse.CUES:
        return single  # "A spokeswoman for X said ... “...,” she said": she spoke after the last named speaker
    # a quotation that opens a sentence goes on with the latest speaker's words ("“...,” he
    # added"), unless the sentence before is about someone else, named there as its subject, whom
    # the quotation does not talk about, and the cue is not one of going on ("Earlier X defended
    # the plans. “...,” he told MPs": X's; "X was sacked. “We wish him well,” he said": not X's)
    introduced = (named is not None and recent is not None and named.key != recent.key and named.start > recent.end
                  and not discourse.speaks_on(tok.head) and not _talked_about(ctx, block, tok, named, gender))
    for m in ((current, recent, previous) if continuation and not introduced else (current, previous, recent)):
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


def _talked_about(ctx: Context, block, tok, person: Mention, gender: str) -> bool:
    """Whether the quotation that ``tok`` attributes (one that closes in ``tok``'s sentence, before
    it) talks about ``person``: it names them (a word of their name, capitalized as written) or
    uses a pronoun of their sex ("“We wish him well,” he said"). No one talks of themselves so."""
    names = {w for m in ctx.mentions if m.key == person.key for w in m.text.split()}
    names |= {w.capitalize() for w in person.key.split()}
    pronouns = {"he", "him", "his", "himself"} if gender == "m" else {"she", "her", "hers", "herself"}
    sent = tok.sent
    for qs, qe in discourse.quotes(block):
        if sent.start_char <= qe <= tok.idx:
            words = set(re.findall(r"[\w'’-]+", block.text[qs:qe]))
            if words & names or {w.lower() for w in words} & pronouns:
                return True
    return False


_ATTRIBUTION_AFTER = re.compile(r"^[\s,”\"']*(?:\w+\s+){0,3}?(?:said|says|added|adds|told|tells|wrote|writes|insisted|"
                                r"explained|continued|went on)\b")


def _speaker_quoted(ctx: Context, block, tok, speaker: Mention) -> bool:
    """Whether ``tok`` lies inside a quotation of ``speaker``, the latest speaker: one that opens
    after the speaker's cue and is not attributed after its close ("“...,” said Jane Roe" is
    Jane Roe's, whoever spoke before)."""
    for qs, qe in discourse.quotes(block):
        if qs <= tok.idx < qe:
            return block.pos(qs) >= speaker.end and _ATTRIBUTION_AFTER.match(block.text[qe:qe + 60]) is None
    return False


def _quoted_other(ctx: Context, block, tok, found, speaker: Mention, gender: str, depth: int = 0) -> Mention | None:
    """Whom a "he" or "she" inside the latest speaker's quotation (:func:`_speaker_quoted`) stands for: a person other than
    the speaker that the sentence before has as the subject of one of its clauses ("X said Y had
    complained ... X went on: “He thinks ...”"), else the nearest other person named before."""
    if found is not None:
        b, sent = found
        for t in sent:
            if t.dep_ not in ("nsubj", "nsubjpass"):
                continue
            if t.lower_ == tok.lower_ and discourse.quoted(b, t) and depth < 3:
                # ("He thinks ... “He says ...”": the same "he" of the speaker's words goes on)
                return _quoted_other(ctx, b, t, discourse.previous_sentence(ctx, b, t), speaker, gender, depth + 1)
            m = _person(ctx, b, t)
            if m is not None and m.key != speaker.key and _agrees(ctx, m, gender):
                return m
    offset = block.pos(tok.idx)
    i = bisect.bisect_left([m.start for m in ctx.mentions], offset) - 1
    while i >= 0 and offset - ctx.mentions[i].end < 1500:
        m = ctx.mentions[i]
        if m.end <= offset and m.key != speaker.key and _agrees(ctx, m, gender):
            return m
        i -= 1
    return None


_AGE = re.compile(r"the\s+\d+\s*-\s*year\s*-\s*old$", re.I)


def _described_person(ctx: Context, block, tok, depth: int = 0) -> Mention | None:
    """Whom a definite description of a person stands for when the text names no holder of it (or
    the firm named right after the title: "administrators Acme Partners ... The administrator said").
    News style names someone, then goes on with a description. An age ("The 66-year-old
    criticised ...") takes up the person the sentence before is about (its subject: a name, or a
    pronoun or a description resolved in turn). A bare title ("The prime minister said ...")
    takes up the latest speaker, when the text never puts a title of any kind right before that
    speaker's name ("Chancellor Jane Roe said ... The prime minister said" is someone else); the
    subject before may be someone the speaker talked about ("Mr Roe was sworn in.")."""
    inverted = tok.head.i < tok.i and discourse.closes_quotation(tok.doc, tok.head.i)  # "“...,” said the veteran"
    if tok.dep_ not in ("nsubj", "nsubjpass") and not inverted or depth > 2 or ctx.of_token(block, tok) is not None:
        return None
    phrase = ctx.document.text[block.pos(tok.left_edge.idx):block.pos_end(tok.idx + len(tok.text))]
    if _AGE.fullmatch(phrase) is None and not _epithet(tok):
        if (tok.tag_ != "NN" or tok.lemma_.lower() not in ROLE_NOUNS or tok.lower_ in SOURCE_NOUNS
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
                or any(c.dep_ in ("poss", "prep", "appos", "compound") or c.dep_ == "amod" and not c.text.islower()
                       for c in tok.children)):
            return None  # ("the Labour leader", "the leader of X": a title tied to a body, not a description)
        offset = block.pos(tok.idx)
        holder = _titled_holder(ctx, offset, _title_words(tok))
        if holder is not None:  # "administrators Acme Partners ... The administrator said": that holder
            return holder
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
