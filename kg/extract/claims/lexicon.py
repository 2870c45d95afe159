"""Word lists of claim extraction shared by its rules: classes of cue verbs (negation raising,
finite only, "deny", attitude, finding, stress, "as" and naming cues, agentless passives), gender
words, the nouns that name sources, ties, agents and reports, the quantifiers of a group of
sources, and the nouns and adjectives of saying and stance with the stance they report. Lists
used by one rule only live next to that rule.
"""
from __future__ import annotations

from ..discourse import DESCRIBING_CUES

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
HEARSAY_ADVERBS = {"reportedly"}
"""Adverbs that attribute their clause to reports the text does not name ("X was reportedly
shot"): the clause is a claim of an unspecified source, the adverb its cue."""

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
MARKET_SOURCES = {"trader", "dealer", "broker", "banker"}
"""Singular people of the markets that news quotes unnamed ("one dealer said", "a trader told
Reuters"): an unnamed source when said indefinitely, not as "the trader" (someone named before)."""
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

ADJECTIVE_CUES = {
    "concerned": "Expects", "worried": "Expects", "fearful": "Expects", "afraid": "Expects", "hopeful": "Expects",
    "optimistic": "Expects", "pessimistic": "Expects", "confident": "Expects",
    "convinced": "Assesses", "sure": "Assesses", "certain": "Assesses", "adamant": "Asserts", "clear": "Asserts",
    # doubt: the subject holds the clause unlikely, as "does not think" denies it
    "sceptical": "Denies", "skeptical": "Denies", "doubtful": "Denies", "unconvinced": "Denies",
}
"""Adjectives of stance that report a "that"-clause of their subject ("Critics are concerned that
...", "the firm is confident that ...", "she was sceptical that ...") → stance."""
