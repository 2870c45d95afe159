#!/usr/bin/env python3
"""Validate the gold annotations in tests/gold/*.yaml against the seed documents.

Standalone: needs only the standard library and PyYAML.

    python tests/gold/check_gold.py            # check every tests/gold/*.yaml
    python tests/gold/check_gold.py FILE.yaml  # check only the given files (or the *.yaml of a folder)

Checks (any failure is an ERROR and makes the script exit with status 1):
  * the seed document exists; offsets are code-point offsets into the file decoded as UTF-8
    (read without newline translation), and text[start:end] == quote for every role, event and claim;
  * every actor mention string occurs in the document;
  * ids are unique per file, and every referenced id (person, organization, agent, participants,
    target, place, claimant, about, asserts_event, relayed_by) exists;
  * category / type / event type / stance values come from the closed lists below, and an actor's
    type is compatible with its category; a role's person is a Person; a role's organization is not
    a Person; an event's place is a Place;
  * an event's agent and target are listed among its participants;
  * a role's title and an event's trigger occur inside their quote; a claim's cue occurs in the
    document close to (or inside) its quote, or the claim continues the previous claim's quote run
    (same claimant and cue, close after it);
  * dates are null or valid ISO YYYY-MM-DD / YYYY-MM / YYYY;
  * relayed_by chains are acyclic and never self-referencing;
  * across files, one actor id always has the same label, category and type.
It also prints per-file counts and the event keys shared by several files.
"""
import datetime
import glob
import os
import re
import sys
from collections import defaultdict

try:
    import yaml
except ImportError:  # pragma: no cover
    sys.exit("PyYAML is required: pip install pyyaml")

HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = os.path.normpath(os.path.join(HERE, "..", "..", "seeds"))

CATEGORIES = {"Person", "Organization", "Place"}
TYPES_BY_CATEGORY = {
    "Person": {"Person"},
    "Organization": {"Organization", "ArmedGroup", "MilitaryForce", "GovernmentBody", "MediaOutlet", "ThinkTank",
                     "PoliticalParty", "InternationalOrganization", "Company", "NonGovernmentalOrganization",
                     "UnnamedSource"},
    "Place": {"Place", "Country", "City", "Region"},
}
EVENT_TYPES = set("""MakePublicStatement Declare Appeal ExpressIntentToCooperate Consult Meet Visit Negotiate
EngageInDiplomaticCooperation Praise RestoreRelations SignAgreement EngageInMaterialCooperation CooperateMilitarily
ProvideAid ProvideSupport ProvideMilitarySupport TransferWeapons ProvideFinancialSupport ProvideTrainingSupport
ProvideKnowHowSupport Donate Yield Investigate Demand Disapprove Criticize Accuse Reject Threaten Protest
ExhibitForcePosture ReduceRelations ReduceSupport BreakRelations Sanction Coerce Designate Arrest Assault Kill Fight
Attack UseUnconventionalMassViolence Elect Appoint""".split())
"""The event classes of ontology/kg.ttl (kg:Event and its subclasses; tests/test_heldout_tools.py keeps the two equal)."""
STANCES = {"asserts", "denies", "assesses", "expects"}
CUE_WINDOW = 300  # characters before start / after end in which the claim cue must occur

DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class Checker:
    """Checks gold files against the seeds; a subclass may read documents from elsewhere
    (:meth:`document_path`) or let more actor types go without mentions (``MENTIONLESS``)."""

    MENTIONLESS = ("UnnamedSource",)
    """Actor types that may have no mention in the text."""
    SOURCE = SEEDS
    """Where the documents are (for messages)."""

    def document_path(self, doc):
        """The file of a gold ``document`` name, or None."""
        return os.path.join(SEEDS, str(doc))

    def __init__(self):
        self.errors = 0
        self.actor_defs = {}  # id -> (label, category, type, first file)
        self.keys = defaultdict(set)

    def err(self, where, msg):
        self.errors += 1
        print(f"ERROR {where}: {msg}")

    # ------------------------------------------------------------------ helpers
    def check_date(self, where, value):
        if value is None:
            return
        if isinstance(value, datetime.date):
            return
        if isinstance(value, int):
            value = str(value)
        if not isinstance(value, str) or not DATE_RE.match(value):
            self.err(where, f"invalid date {value!r} (want YYYY-MM-DD, YYYY-MM or YYYY)")
            return
        parts = [int(p) for p in value.split("-")]
        try:
            datetime.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
        except ValueError as e:
            self.err(where, f"invalid date {value!r}: {e}")

    def check_span(self, where, text, item):
        quote, start, end = item.get("quote"), item.get("start"), item.get("end")
        if not isinstance(quote, str) or not quote:
            self.err(where, "missing/empty quote")
            return False
        if not isinstance(start, int) or not isinstance(end, int):
            self.err(where, f"start/end must be integers (got {start!r}, {end!r})")
            return False
        if end - start != len(quote):
            self.err(where, f"end-start={end - start} but len(quote)={len(quote)}")
        if text[start:end] != quote:
            found = text.find(quote)
            hint = f"; quote occurs at {found}" if found >= 0 else "; quote does not occur in the document"
            self.err(where, f"text[{start}:{end}]={text[start:end]!r} != quote {quote!r}{hint}")
            return False
        return True

    @staticmethod
    def cue_near(text, claim, previous):
        """True if the claim's cue occurs within CUE_WINDOW characters of its quote, or if the
        claim continues the previous claim (same claimant and cue, at most CUE_WINDOW characters
        after it): a run of direct quotes without cues of their own takes the cue of the first
        one (bench/heldout/README.md), which may lie further away than the window."""
        lo = max(0, claim["start"] - CUE_WINDOW)
        hi = min(len(text), claim["end"] + CUE_WINDOW)
        if claim["cue"] in text[lo:hi]:
            return True
        return (previous is not None and previous.get("claimant") == claim.get("claimant")
                and previous.get("cue") == claim["cue"] and 0 <= claim["start"] - previous["end"] <= CUE_WINDOW)

    # ------------------------------------------------------------------ one file
    def check_file(self, path):
        name = os.path.basename(path)
        with open(path, encoding="utf-8") as f:
            g = yaml.safe_load(f)
        if not isinstance(g, dict):
            self.err(name, "not a YAML mapping")
            return None
        doc = g.get("document")
        doc_path = self.document_path(doc)
        if not doc or not doc_path or not os.path.isfile(doc_path):
            self.err(name, f"document {doc!r} not found in {self.SOURCE}")
            return None
        if os.path.splitext(doc)[0] != os.path.splitext(name)[0]:
            self.err(name, f"file name does not match document stem {doc!r}")
        with open(doc_path, encoding="utf-8", newline="") as f:
            text = f.read()
        self.check_date(f"{name}: published", g.get("published"))

        # actors
        actors = {}
        for i, a in enumerate(g.get("actors") or []):
            aid = a.get("id")
            where = f"{name}: actor {aid or i}"
            if not aid or not isinstance(aid, str):
                self.err(where, "missing id")
                continue
            if aid in actors:
                self.err(where, "duplicate actor id")
            actors[aid] = a
            cat, typ, label = a.get("category"), a.get("type"), a.get("label")
            if not label:
                self.err(where, "missing label")
            if cat not in CATEGORIES:
                self.err(where, f"bad category {cat!r}")
            elif typ not in TYPES_BY_CATEGORY[cat]:
                self.err(where, f"type {typ!r} not allowed for category {cat!r}")
            mentions = a.get("mentions")
            if mentions is None or not isinstance(mentions, list):
                self.err(where, "mentions must be a list")
                mentions = []
            if not mentions and typ not in self.MENTIONLESS:
                self.err(where, "named actor without mentions")
            if len(set(mentions)) != len(mentions):
                self.err(where, "duplicate mention strings")
            for m in mentions:
                if not isinstance(m, str) or not m or m not in text:
                    self.err(where, f"mention {m!r} does not occur in the document")
            prev = self.actor_defs.get(aid)
            if prev is None:
                self.actor_defs[aid] = (label, cat, typ, name)
            elif prev[:3] != (label, cat, typ):
                self.err(where, f"inconsistent with {prev[3]}: {(label, cat, typ)} vs {prev[:3]}")

        def ref(where, field, value, category=None, not_category=None):
            if value is None:
                return
            if value not in actors:
                self.err(where, f"{field} {value!r} is not an actor of this file")
                return
            c = actors[value].get("category")
            if category and c != category:
                self.err(where, f"{field} {value!r} should be a {category} (is {c})")
            if not_category and c == not_category:
                self.err(where, f"{field} {value!r} must not be a {not_category}")

        # roles
        roles = g.get("roles") or []
        for i, r in enumerate(roles):
            where = f"{name}: role #{i + 1} ({r.get('person')})"
            if r.get("person") is None or r.get("organization") is None:
                self.err(where, "person and organization are required")
            ref(where, "person", r.get("person"), category="Person")
            ref(where, "organization", r.get("organization"), not_category="Person")
            title = r.get("title")
            if not title:
                self.err(where, "missing title")
            if self.check_span(where, text, r) and title and title not in r["quote"]:
                self.err(where, f"title {title!r} not inside quote")

        # events
        events = {}
        for i, e in enumerate(g.get("events") or []):
            eid = e.get("id")
            where = f"{name}: event {eid or i}"
            if not eid:
                self.err(where, "missing id")
                continue
            if eid in events:
                self.err(where, "duplicate event id")
            events[eid] = e
            if not e.get("key") or not isinstance(e.get("key"), str):
                self.err(where, "missing key")
            else:
                self.keys[e["key"]].add(name)
            if e.get("type") not in EVENT_TYPES:
                self.err(where, f"bad event type {e.get('type')!r}")
            parts = e.get("participants")
            if not isinstance(parts, list):
                self.err(where, "participants must be a list")
                parts = []
            if len(set(parts)) != len(parts):
                self.err(where, "duplicate participants")
            for p in parts:
                ref(where, "participant", p)
            ref(where, "agent", e.get("agent"))
            ref(where, "target", e.get("target"))
            ref(where, "place", e.get("place"), category="Place")
            for k in ("agent", "target"):
                if e.get(k) is not None and e.get(k) not in parts:
                    self.err(where, f"{k} {e.get(k)!r} not listed in participants")
            self.check_date(where, e.get("date"))
            trig = e.get("trigger")
            if not trig:
                self.err(where, "missing trigger")
            if self.check_span(where, text, e) and trig and trig not in e["quote"]:
                self.err(where, f"trigger {trig!r} not inside quote")

        # claims
        claims = {}
        previous = None
        for i, c in enumerate(g.get("claims") or []):
            cid = c.get("id")
            where = f"{name}: claim {cid or i}"
            if not cid:
                self.err(where, "missing id")
                continue
            if cid in claims:
                self.err(where, "duplicate claim id")
            claims[cid] = c
            if c.get("claimant") is None:
                self.err(where, "claimant is required")
            ref(where, "claimant", c.get("claimant"))
            if c.get("stance") not in STANCES:
                self.err(where, f"bad stance {c.get('stance')!r}")
            self.check_date(where, c.get("date"))
            about = c.get("about")
            if not isinstance(about, list):
                self.err(where, "about must be a list")
                about = []
            for a in about:
                ref(where, "about", a)
            ok = self.check_span(where, text, c)
            cue = c.get("cue")
            if not cue:
                self.err(where, "missing cue")
            elif ok and not self.cue_near(text, c, previous):
                self.err(where, f"cue {cue!r} not found within {CUE_WINDOW} chars of the quote")
            previous = c if ok else None
        for cid, c in claims.items():
            where = f"{name}: claim {cid}"
            ae = c.get("asserts_event")
            if ae is not None and ae not in events:
                self.err(where, f"asserts_event {ae!r} is not an event of this file")
            rb = c.get("relayed_by")
            if rb is not None:
                if rb == cid:
                    self.err(where, "relayed_by points to itself")
                elif rb not in claims:
                    self.err(where, f"relayed_by {rb!r} is not a claim of this file")
            seen, cur = {cid}, rb
            while cur is not None and cur in claims:
                if cur in seen:
                    self.err(where, "relayed_by cycle")
                    break
                seen.add(cur)
                cur = claims[cur].get("relayed_by")
        return name, len(actors), len(roles), len(events), len(claims)


def main(argv, *, checker=Checker, folder=HERE):
    files = [f for a in (argv[1:] or [folder])
             for f in (sorted(glob.glob(os.path.join(a, "*.yaml"))) if os.path.isdir(a) else [a])]
    if not files:
        print("no gold files found")
        return 1
    ck = checker()
    rows = []
    for p in files:
        r = ck.check_file(p)
        if r:
            rows.append(r)
    print(f"{'file':<32}{'actors':>7}{'roles':>7}{'events':>8}{'claims':>8}")
    for r in rows:
        print(f"{r[0]:<32}{r[1]:>7}{r[2]:>7}{r[3]:>8}{r[4]:>8}")
    shared = {k: v for k, v in ck.keys.items() if len(v) > 1}
    print(f"event keys shared across files: {len(shared)}")
    for k in sorted(shared):
        print(f"  {k}: {', '.join(sorted(x[:3] for x in shared[k]))}")
    if ck.errors:
        print(f"FAILED: {ck.errors} error(s)")
        return 1
    print("OK: all gold files valid")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
