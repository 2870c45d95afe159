"""Dealings, concessions and demands: agreements struck, plans dropped, sanctions lifted, money
given, heed paid, and what one wants from others."""
from __future__ import annotations


_WISHING = {"want", "hope", "wish", "seek", "offer", "propose", "like", "try"}
_ASSEMBLING = {"put", "piece", "cobble", "stitch", "throw", "lump", "add"}
_MONEY = {"money", "cash", "cheque", "check", "sum", "fund", "funds", "donation", "proceeds"}


_GOOD_CAUSES = {"charity", "project", "school", "hospital", "fund", "cause", "appeal", "victim", "family", "orphanage",
                "programme", "program", "foundation", "trust", "community", "area", "hospice", "shelter", "church"}
_PAID_HEED = {"tribute", "visit", "homage", "respect", "attention", "heed", "compliment", "price", "courtesy", "call"}
"""Objects of "pay" that are no money."""
_CONTRACTS = {"contract", "terms", "extension", "settlement"}
"""Objects of "agree" that are agreements between the parties although no treaty ("agreed a new
three-year contract", "agreed terms with X")."""
_ABANDONING = {"drop", "scrap", "abandon", "shelve", "ditch", "axe", "ax", "jettison", "rethink"}
_PLANS = {"plan", "proposal", "scheme", "idea", "policy", "measure", "reform", "bill", "legislation",
          "requirement", "rule", "pledge", "initiative", "tax", "levy"}
"""Verbs that give up a course of action, and the courses of action they give up: "the plans were
scrapped" is a concession (CAMEO 08); "scrapped the deal" and "axed the coach" are other events."""


_LIFTING = {"lift", "ease", "relax", "suspend", "scrap", "end", "remove", "drop", "repeal", "rescind", "revoke"}
"""Verbs that lift a sanction they govern: a concession (CAMEO 081, easing sanctions)."""


_AGREEING = {"strike", "reach", "seal", "clinch", "conclude", "hammer", "broker"}
"""Verbs that make an agreement noun happen; the noun, not the verb, is the event ("struck a deal")."""


def _wanted_thing(tok) -> bool:
    """Whether "want" has a thing wanted from others, not an act of the subject's own: a noun object
    ("want judicial oversight", "want £6m for the player", "wanted a clause inserted") or "want to see"
    a noun ("wants to see a withdrawal of troops"). "wants to win" is an intention, no event."""
    own = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")]
    if own and not all(c.lemma_.lower() == "see" for c in own):
        return False
    holders = [tok, *own]
    return any(c.dep_ == "dobj" and c.pos_ != "PRON" for h in holders for c in h.children)  # "£6m": "m" may be tagged a verb


def _wanted_subject(tok):
    """The one who is to act in "X wants Y to do Z" (Y), or None: wanting someone else to act is
    a demand on them; wanting to act oneself is no event."""
    for c in tok.children:
        if c.dep_ in ("ccomp", "xcomp") and c.pos_ == "VERB" and any(a.lower_ == "to" for a in c.children if a.dep_ == "aux"):
            subject = next((g for g in c.children if g.dep_ == "nsubj"), None)
            if subject is None and c.dep_ == "xcomp":
                subject = next((g for g in tok.children if g.dep_ == "dobj"), None)
            return subject
    return None
