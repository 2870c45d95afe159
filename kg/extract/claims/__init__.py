"""Claims: attributed statements, kept apart from facts.

Found from cue verbs with a clausal complement ("X said that ...", "said in a statement that
...", "was quoted as saying"), stance adjectives ("are concerned that"), direct quotations with an
attribution ("“...,” X said"), "according to X", "in X's assessment", "reportedly", reports as
subjects ("the report noted that ..."), and attributing headlines ("..., Amit Center says"). The
claimant is a resolved actor, a pronoun's antecedent ("he", "they", and "it" for an
organization), a title's holder ("the mayor", "the Prime Minister"), an organization named by its
head noun ("the alliance") or by a description ("the firm"), a state's government ("the Russian government", and
a bare "the government" when the story names one), or an unnamed source ("Palestinian sources",
"a spokesman for X", "police", "it is understood", kept only while it claims something). A claim
whose cue lies inside another claim's content is relayed by it, so "the report said that
Sinwar said that Soleimani told him X" is a chain of three claims.

:func:`find` (here) runs the rules over a document. The modules, each importing only from those
listed before it:

- :mod:`.lexicon`: the word lists the rules share (cue classes, source nouns, speech nouns and
  stance adjectives);
- :mod:`.record`: a claim record from its span (stance, statement date, what it is about);
- :mod:`.content`: what a cue reports (the span of its clause, object or interrupted clause);
- :mod:`.cues`: which tokens can be cues (:func:`_may_cue`) and tests on a cue verb's
  construction (impersonal and agentless passives, wishes, parentheticals);
- :mod:`.sources`: unnamed and unspecified sources;
- :mod:`.persons`: persons named again, by surname, nationality or apposition;
- :mod:`.bodies`: organizations, reports and governments, named or described;
- :mod:`.claimant`: the claimant a subject stands for, pronouns included;
- :mod:`.joint`: several claimants of one claim ("A and B said");
- :mod:`.quotes`: quotations without a verb, quotations that go on, quoted questions;
- :mod:`.verbs`: claims of cue verbs, active and agentless passive;
- :mod:`.phrases`: claims of nouns of saying, stance adjectives and "according to X";
- :mod:`.chains`: the passes over all found claims (duplicates, own beliefs, hedges, forecasts,
  chains of relayed claims, asserted events, unused sources).
"""
from __future__ import annotations

from ...model import ClaimRecord, DateValue, EventRecord, Mention
from .. import discourse
from .. import time as timex
from ..context import Context
# the rules find runs, and the public word lists of every module, so that these stay importable
# from kg.extract.claims (kg.extract.claims.SOURCE_NOUNS)
from ..referents import DISTINGUISHING, ORG_NOUNS, RELATIVE_FIRMS
from .bodies import DATA_NOUNS, DESCRIBED_BODIES, DOCUMENT_PARTS, GOVERNMENT_NOUNS, NAMING_PARTICIPLES
from .chains import (BELIEF_CUES, _dedupe, _drop_unused_sources, _forecast_of_an_event, _hedge_of_a_claim, _link,
                     _own_beliefs)
from .claimant import COLLECTIVE_BODIES
from .content import INTERROGATIVES
from .cues import EXPECTED, IMPERSONAL, UNSAID_HEADS, _may_cue
from .joint import JOINT_NOUNS, NUMBERS
from .lexicon import (ADJECTIVE_CUES, AGENT_NOUNS, AGENTLESS, AS_CUES, AS_ONLY, ATTITUDE_CUES, DENIED_NOUNS, FEMALE,
                      FINDING_CUES, FINITE_ONLY, HEARSAY_ADVERBS, MALE, NAMING_CUES, NEG_RAISING, QUANTIFIERS,
                      RELATION_NOUNS, REPORT_NOUNS, SOURCE_NOUNS, SPEECH_NOUNS, STRESS_CUES)
from .persons import EPITHETS
from .phrases import OF_CONTENT, OF_STATEMENT, _according_to, _adjective_claim, _noun_claim
from .quotes import _continuations, _without_verb
from .sources import QUANTITY_NOUNS
from .verbs import JUDGED, JUDGED_AS, PARENTHETICAL_OPENERS, _agentless_claim, _from_cue, _hearsay_claim, _judged_claim


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
                       + _adjective_claim(ctx, block, tok, times) + _judged_claim(ctx, block, tok, times)
                       + _hearsay_claim(ctx, block, tok, times))
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
