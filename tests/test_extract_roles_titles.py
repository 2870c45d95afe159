"""Roles from the development set 15 misses: more title nouns ("director-general", "controller",
"chief accountant"), an honorific between the title and the name, a former holder's "ex-" title,
a date before a title that is no part of it, a state office before a name in apposition ("The new
President, X,"; "the country's new president, X,"), an office taken up ("X became president", "X,
elected president in January,"), and the state a story is about counted from the parties and
government bodies it names; a name without the listed organization it belongs to ("Radio 1" of
"BBC Radio 1") is the same actor. Invented sentences; none from the seeds or the corpus."""
from __future__ import annotations

import pytest

from conftest import roles_of


@pytest.mark.parametrize("text,holder,title,org", [
    ('"We welcome this," Vexo Holdings director-general Sir Tim Talbot told reporters.', "tim talbot",
     "director-general", "vexo holdings"),
    ('Vexo Holdings signed the band. Vexo Holdings\'s controller, Tim Talbot, said: "They are great."', "tim talbot",
     "controller", "vexo holdings"),
    ('"We will act," said Tim Talbot, the SEC\'s chief accountant.', "tim talbot", "chief accountant", "sec"),
    ("Ukraine accused its old government, led by ex-President Tim Talbot, of corruption.", "tim talbot",
     "ex-President", "ukraine"),
    ("Ukraine is selling firms. But on Wednesday Prime Minister Tim Talbot said the list was short.", "tim talbot",
     "Prime Minister", "ukraine"),
    ("Ukraine is selling firms. The new President, Tim Talbot, has said a list is being drawn up.", "tim talbot",
     "President", "ukraine"),
    ("Georgia is selling firms. The country's new president, Tim Talbot, has said a list is being drawn up.",
     "tim talbot", "president", "georgia"),
    ("Ukraine is selling firms. Mr Talbot became president after a revolution.", "talbot", "president", "ukraine"),
    ("India wants more trade. Tim Talbot, Commerce and Industry Minister, said so.", "tim talbot", "Minister", "india"),
    ("Georgia is selling firms. Tim Talbot, elected president in January after a revolution, has said so.",
     "tim talbot", "president", "georgia"),
    ("Georgia is changing. Tim Talbot, elected president in January after Mr Kamal Varma was toppled, has urged "
     "reform.", "tim talbot", "president", "georgia"),
    ("Britain will send aid to Kenya and Mozambique, and to Tanzania. Labour MPs and the Tories agreed in the "
     "Commons. On Tuesday, Deputy Prime Minister Tim Talbot told reporters the plan was sound.", "tim talbot",
     "Deputy Prime Minister", "united kingdom"),
])
def test_extract_roles_titles(extract_text, text, holder, title, org):
    x = extract_text(text)
    assert (holder, title, org) in roles_of(x), roles_of(x)


@pytest.mark.parametrize("text,holder", [
    # a firm's president, written in lower case with no state: no state office
    ("Ukraine is selling firms. The new president, Tim Talbot, has said a list is being drawn up.", "tim talbot"),
    # a band in a list of acts is no monarch
    ("Ukraine's charts had Tim Talbot, Queen, Jane Roe and others.", "tim talbot"),
    ("Ukraine's charts had Tim Talbot, Queen, Jane Roe and others.", "jane roe"),
    # review of round 28: someone else took the office, or it is only hoped for
    ("Ukraine is changing. Tim Talbot, whose father became president in 1990, said so.", "tim talbot"),
    ("Ukraine is changing. Tim Talbot, who hopes to become president, said so.", "tim talbot"),
    # an elected post in a body, a queen among guests, a club's president: no state office
    ("Ukraine is changing. Tim Talbot, elected president of the students' union in 2001, said so.", "tim talbot"),
    ("Ukraine's guests included Tim Talbot, the Queen, Jane Roe and Kamal Varma.", "jane roe"),
    ("Ukraine is changing. The club President, Tim Talbot, said so.", "tim talbot"),
    ("Ukraine is changing. The country's football association president, Tim Talbot, said so.", "tim talbot"),
    # "became" with no title after it
    ("Ukraine is selling firms. Tim Talbot became a target of the protesters.", "tim talbot"),
    # a firm's post written in capitals is no state's
    ("Ukraine is selling firms. The new Finance Director, Tim Talbot, has said a list is being drawn up.",
     "tim talbot"),
])
def test_extract_roles_titles_no_state(extract_text, text, holder):
    x = extract_text(text)
    assert not [r for r in x.roles if r.holder == holder and r.organization == "ukraine"], roles_of(x)


def test_extract_roles_date_is_no_title(extract_text):
    x = extract_text("Ukraine is selling firms. On Wednesday President Tim Talbot said the list was short.")
    assert [t for h, t, _ in roles_of(x) if h == "tim talbot"] == ["President"], roles_of(x)


def test_extract_roles_name_without_its_listed_parent(extract_text):
    """"Radio 1" after "BBC Radio 1" is the same station (the BBC is listed), so its controller's
    role is in it."""
    x = extract_text("BBC Radio 1 has new DJs. Radio 1 is popular. Radio 1's controller, Tim Talbot, said: \"Good.\"")
    keys = {m.text: m.key for m in x.mentions if m.category == "Organization"}
    assert keys.get("Radio 1") == keys.get("BBC Radio 1") == "bbc radio 1", keys
    assert ("tim talbot", "controller", "bbc radio 1") in roles_of(x), roles_of(x)


def test_extract_roles_subordinate_cut_is_lower_case(extract_text):
    """"After" in a name is no conjunction: the apposition keeps its organization."""
    x = extract_text("Ukraine is changing. Tim Talbot, director of Life After Debt, said so.")
    assert [o for h, _, o in roles_of(x) if h == "tim talbot"] == ["life after debt"], roles_of(x)
