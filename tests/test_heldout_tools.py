"""The gold tooling: tests/gold/check_gold.py (folders as arguments, cues of continued quotes) and
bench/heldout.py (``--gold DIR``: stories found from the gold ``document`` field). Invented
documents only; nothing here runs the extractor."""
import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _load(name: str, path: Path):
    """Import a script by path (``bench/heldout.py`` shares its name with the ``bench/heldout/`` folder)."""
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


check_gold = _load("check_gold_under_test", ROOT / "tests" / "gold" / "check_gold.py")
heldout = _load("heldout_under_test", ROOT / "bench" / "heldout.py")

FILLER = "The weather stayed mild and the harbour was quiet for most of the week. " * 5
TEXT = ('Mayor Ada Brook said: "The ferry will run again in May. '
        + FILLER + '"The bridge will close in June."\n')


def _claim(cid, claimant, quote, cue="said"):
    start = TEXT.index(quote)
    return {"id": cid, "claimant": claimant, "cue": cue, "stance": "expects", "date": None, "quote": quote,
            "start": start, "end": start + len(quote), "about": [], "asserts_event": None, "relayed_by": None}


def _write(folder: Path, second_claimant: str) -> None:
    (folder / "story.txt").write_text(TEXT, encoding="utf-8")
    actors = [{"id": "brook", "label": "Ada Brook", "category": "Person", "type": "Person", "mentions": ["Ada Brook"]},
              {"id": "council", "label": "council", "category": "Organization", "type": "UnnamedSource",
               "mentions": []}]
    claims = [_claim("c1", "brook", "The ferry will run again in May. " + FILLER.rstrip()),
              _claim("c2", second_claimant, "The bridge will close in June.")]
    import yaml
    gold = {"document": "story.txt", "published": None, "actors": actors, "roles": [], "events": [], "claims": claims}
    (folder / "story.yaml").write_text(yaml.safe_dump(gold, sort_keys=False), encoding="utf-8")


def _checker(folder: Path):
    class Local(check_gold.Checker):
        SOURCE = str(folder)

        def document_path(self, doc):
            return str(folder / doc)
    return Local


def test_continued_quote_takes_the_cue_of_the_run(tmp_path):
    """The second quote is more than CUE_WINDOW characters after "said" but continues the
    speaker's run of quotes: valid. A folder argument checks the folder's *.yaml."""
    assert TEXT.index("The bridge") - TEXT.index("said") > check_gold.CUE_WINDOW
    _write(tmp_path, "brook")
    assert check_gold.main(["check_gold.py", str(tmp_path)], checker=_checker(tmp_path)) == 0


def test_far_cue_of_another_claimant_is_an_error(tmp_path, capsys):
    """The same quote attributed to someone else does not continue the run, so its far cue is an error."""
    _write(tmp_path, "council")
    assert check_gold.main(["check_gold.py", str(tmp_path)], checker=_checker(tmp_path)) == 1
    assert "cue 'said' not found" in capsys.readouterr().out


def test_heldout_finds_stories_of_any_gold_folder(tmp_path, monkeypatch):
    """``--gold DIR``: each story is named by the gold ``document`` field, any corpus folder."""
    monkeypatch.setenv("KG_BBC", str(tmp_path / "bbc"))
    gold = tmp_path / "gold-x"
    gold.mkdir()
    (gold / "bbc_business_007.yaml").write_text("document: bbc_business_007.txt\npublished: null\n", encoding="utf-8")
    (gold / "bbc_tech_012.yaml").write_text("document: bbc_tech_012.txt\npublished: null\n", encoding="utf-8")
    assert heldout.gold_documents(gold) == [
        ("bbc_business_007.txt", tmp_path / "bbc" / "business" / "007.txt"),
        ("bbc_tech_012.txt", tmp_path / "bbc" / "tech" / "012.txt")]
    assert heldout.results_path(gold).name == "RESULTS-gold-x.md"
    assert heldout.results_path(heldout.GOLD) == heldout.RESULTS


def test_heldout_rejects_a_gold_file_without_document(tmp_path):
    (tmp_path / "x.yaml").write_text("published: null\n", encoding="utf-8")
    with pytest.raises(SystemExit):
        heldout.gold_documents(tmp_path)


def test_gold_event_types_are_the_ontology_event_classes():
    """check_gold.py stays standalone (no rdflib) with its own list; it must name every event class
    of ontology/kg.ttl and nothing else, or a valid gold event is refused (as a mass killing was)."""
    from kg.ontology import _hierarchy

    event_classes = {cls for cls, above in _hierarchy()[0].items() if "Event" in above and cls != "Event"}
    assert check_gold.EVENT_TYPES == event_classes


drawing = _load("draw_under_test", ROOT / "bench" / "heldout" / "draw.py")


def _story(i: int, topic: str) -> str:
    """An invented story of about 300 words whose sentences are its own."""
    body = " ".join(f"Sentence {j} of story {i} tells of the {topic} in the town of Vexford today." for j in range(25))
    return f"Headline {i}\n\n{body}\n"


def test_draw_skips_used_copied_and_near_copied_stories(tmp_path):
    """A used story, its headline, a byte copy and a story repeating three of a used story's
    sentences are never drawn; the draw is the same for the same seed."""
    corpus = tmp_path / "bbc"
    (corpus / "tech").mkdir(parents=True)
    for i in range(1, 9):
        (corpus / "tech" / f"{i:03}.txt").write_text(_story(i, "network"), encoding="utf-8")
    (corpus / "tech" / "009.txt").write_bytes((corpus / "tech" / "002.txt").read_bytes())  # a copy of 002
    used_text = (corpus / "tech" / "001.txt").read_text(encoding="utf-8")
    (corpus / "tech" / "010.txt").write_text(_story(10, "network").replace("Headline 10", "Headline 1"), encoding="utf-8")
    near = used_text.split("\n\n", 1)[1].split(". ")[1:4]
    (corpus / "tech" / "011.txt").write_text(_story(11, "network").rstrip("\n") + " " + ". ".join(near) + ".\n",
                                             encoding="utf-8")
    (corpus / "tech" / "012.txt").write_text("Short\n\nToo short to draw.\n", encoding="utf-8")
    quota = {"tech": 6}
    got = drawing.draw(5, corpus, {"tech/001.txt"}, quota)
    assert len(got) == 6 and got == drawing.draw(5, corpus, {"tech/001.txt"}, quota)
    assert set(got) == {f"tech/{i:03}.txt" for i in range(3, 9)}, got  # not 001, 002/009, 010, 011, 012


def test_draw_reads_the_used_stories_of_every_gold_folder(tmp_path):
    (tmp_path / "gold-3").mkdir()
    (tmp_path / "gold-3" / "bbc_sport_004.yaml").write_text("document: bbc_sport_004.txt\n", encoding="utf-8")
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "bbc_politics_010.yaml").write_text("document: bbc_politics_010.txt\n", encoding="utf-8")
    assert drawing.used_stories(tmp_path) == {"sport/004.txt", "politics/010.txt"}
