"""What a cue reports, as a block span: the clausal complement of a cue verb and the clause it
interrupts (:func:`_content` and its parse repairs), the object of "described X as Y", "denied the
charges", "called X Y" (:func:`_object_content`), "what X said was Y", the object of a headline's
"sees"; and the tests on such a span (an indirect question, a finite clause).
"""
from __future__ import annotations

from .. import discourse
from ..context import Context
from ..discourse import CUES, OBJECT_CUES
from .lexicon import AS_CUES, AS_ONLY, ATTITUDE_CUES, DENIED_NOUNS, NAMING_CUES, STRESS_CUES


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


def _finite_clause(verb) -> bool:
    """Whether a verb heads a clause with a subject and a tense (not an infinitive or a participle)."""
    return (any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in verb.children)
            and (verb.tag_ in ("VBD", "VBZ", "VBP", "MD")
                 or any(a.dep_ in ("aux", "auxpass") and (a.tag_ in ("VBD", "VBZ", "VBP", "MD")) for a in verb.children)))


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
