"""A state office in apposition that names no organization ("X, the Home Secretary,", "the Lord
Chief Justice, X") is a role in the state the office belongs to, as an office before a name is; a
firm's post, a shadow post and an office of no known state are not. Invented sentences."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,holder,title,org", [
    ("Tim Talbot, the Home Secretary, said sentences were too long.", "tim talbot", "Home Secretary", "united kingdom"),
    ("The Home Secretary, Tim Talbot, said the case was weak.", "tim talbot", "Home Secretary", "united kingdom"),
    ("Lena Okafor, the Lord Chief Justice, said sentences were too long.", "lena okafor", "Lord Chief Justice",
     "united kingdom"),
    ("Paymaster General Tim Talbot spoke in the Commons.", "tim talbot", "Paymaster General", "united kingdom"),
])
def test_extract_roles_state_office_in_apposition(extract_text, text, holder, title, org):
    x = extract_text(text)
    assert any(r.holder == holder and r.title == title and r.organization == org for r in x.roles), x.roles


@pytest.mark.parametrize("text,holder", [
    ("Robert Hale, senior vice president, said the software would ship in May.", "robert hale"),
    ("The shadow foreign secretary, Tim Talbot, said the plan was wrong.", "tim talbot"),
    ("Tim Talbot, the Foreign Minister, met the leaders of Vexo.", "tim talbot"),
])
def test_extract_roles_apposed_office_limits(extract_text, text, holder):
    x = extract_text(text)
    assert not [r for r in x.roles if r.holder == holder and r.organization == "united kingdom"], x.roles
