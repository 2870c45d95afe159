"""Title words: the nouns that make a phrase a role title ("spokesman", "minister") and a player's
positions ("striker"), shared by the roles, the claims (a title names a speaker) and the events."""
from __future__ import annotations

ROLE_NOUNS = {
    "leader", "head", "chief", "deputy", "spokesman", "spokeswoman", "spokesperson", "president", "minister",
    "secretary", "secretary-general", "commander", "chairman", "chairwoman", "chair", "director", "representative",
    "envoy", "ambassador", "adviser", "advisor", "official", "member", "founder", "co-founder", "king", "queen",
    "emir", "prince", "speaker", "governor", "mayor", "senator", "general", "colonel", "editor", "editor-in-chief",
    "ceo", "executive", "officer", "analyst", "researcher", "correspondent", "reporter", "coordinator", "premier",
    "chancellor", "judge", "prosecutor", "lawmaker", "mp", "legislator", "delegate", "negotiator", "mediator",
    "cleric", "commissioner", "manager", "coach", "captain", "owner", "administrator", "inspector", "attorney",
    "lawyer", "professor", "scholar", "expert", "fellow", "strategist", "diplomat", "politician", "activist",
    "economist", "historian", "journalist", "columnist", "commentator", "vice-president", "vice", "sultan", "pope",
    "counterpart", "boss", "patriarch", "matriarch", "chairperson", "vice-chairman", "vice-chair", "treasurer",
    "trustee", "dean", "rector", "headmaster", "headmistress", "headteacher", "superintendent",
    "constable", "detective", "sergeant", "bishop", "archbishop", "imam", "rabbi", "cardinal", "chaplain", "vicar",
    "magistrate", "coroner", "solicitor", "barrister", "counsel", "auditor", "presenter", "president-elect",
    "whip", "convenor", "convener", "marshal", "admiral", "lieutenant", "brigadier", "commandant", "justice",
    "director-general", "attorney-general", "solicitor-general", "inspector-general", "controller", "comptroller",
    "accountant", "registrar", "curator", "vice-chancellor", "under-secretary", "undersecretary", "backbencher",
    "frontbencher", "co-ordinator", "mep", "lecturer", "librarian", "supremo",
}
"""Nouns that make a phrase a role title."""


POSITIONS = {"striker", "midfielder", "goalkeeper", "keeper", "defender", "winger", "skipper", "hooker", "flanker",
             "physio", "fly-half", "scrum-half", "full-back", "centre-back", "left-back", "right-back", "lock", "prop",
             "batsman", "bowler", "wicketkeeper", "all-rounder", "playmaker", "quarterback", "pitcher",
             "international", "centre", "physiotherapist", "forward", "wing"}
"""A player's position, a post in a club when the club is named with it ("Felpersham striker X",
"Ireland fly-half X", "former Scotland international X": a club or a national side, which the
model often takes for its town or country). Not in :data:`ROLE_NOUNS`: alone ("their goalkeeper")
it makes no speaker or unnamed source."""

BAND_POSITIONS = {"guitarist", "drummer", "bassist", "frontman", "vocalist", "keyboardist", "singer"}
"""A musician's place in a band, a post in the band when it is named with it ("Queen bassist X",
"Acme Five singer Y"). Not a post of a state: a nationality before it ("Irish singer X") says
where the musician is from."""
MUSIC_GENRES = {"rock", "pop", "soul", "jazz", "folk", "punk", "country", "rap", "hip-hop", "hip hop", "indie",
                "opera", "r&b", "r&amp;b", "reggae", "metal", "gospel", "dance", "classical", "garage",
                "grime", "techno", "disco", "funk", "emo", "ska", "glam", "britpop", "grunge", "rock'n'roll",
                "bollywood", "hollywood", "broadway", "eurovision", "motown"}
"""Kinds and scenes of music, which come before a musician's post as bands do ("Rock singer X",
"Bollywood singer X") but name no band (not "blues": "Blues boss X" is a club's)."""
