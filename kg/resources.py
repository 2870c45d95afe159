"""The one module that knows where kg's data files are.

Ontology and shapes live at the top of the repository (``ontology/``, ``shapes/``);
the wheel ships them inside the package as ``kg/_data/``. Bundled queries live in
``kg/queries/``. Nothing here touches the network.
"""
from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _data_dir(name: str) -> Path:
    """Return the folder ``name`` from the installed wheel, or from the source checkout.

    >>> _data_dir("ontology").name
    'ontology'
    """
    for candidate in (_PACKAGE / "_data" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"kg data folder {name!r} is missing from the installation")


def ontology_dir() -> Path:
    """Folder of the OWL ontology files (Turtle)."""
    return _data_dir("ontology")


def ontology_files() -> list[Path]:
    """The ontology's Turtle files, sorted.

    >>> [p.name for p in ontology_files()][:1]
    ['kg.ttl']
    """
    return sorted(ontology_dir().glob("*.ttl"))


def shapes_dir() -> Path:
    """Folder of the SHACL shapes files (Turtle)."""
    return _data_dir("shapes")


def shapes_files() -> list[Path]:
    """The shapes' Turtle files, sorted."""
    return sorted(shapes_dir().glob("*.ttl"))


def queries_dir() -> Path:
    """Folder of the bundled SPARQL queries (``NAME.rq``)."""
    return _PACKAGE / "queries"


def gazetteer_file() -> Path:
    """The reference list of well-known actors (YAML)."""
    return _PACKAGE / "data" / "gazetteer.yaml"


def event_lexicon_file() -> Path:
    """The event trigger lexicon: verb, noun and phrasal-verb lemmas per event class (YAML)."""
    return _PACKAGE / "data" / "events.yaml"


def offices_file() -> Path:
    """The reference list of office titles (YAML): one title of several words, its state if only one."""
    return _PACKAGE / "data" / "offices.yaml"


def first_names_file() -> Path:
    """First names and the sex they almost always name (TSV: name, "m" or "f")."""
    return _PACKAGE / "data" / "first_names.tsv"


@cache
def first_names() -> dict[str, str]:
    """The first names of :func:`first_names_file`, lower case → "m" or "f".

    >>> first_names()["margaret"], first_names()["gordon"], "hilary" in first_names()
    ('f', 'm', False)
    """
    rows = (line.split("\t") for line in first_names_file().read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#"))
    return {name: sex for name, sex in rows}


@cache
def ontology_turtle() -> str:
    """The ontology as one Turtle string (all files concatenated in order)."""
    return "\n".join(p.read_text(encoding="utf-8") for p in ontology_files())


def read_yaml(path: Path):
    """A bundled YAML data file, parsed with libyaml when PyYAML was built with it (several times
    faster than the pure-Python loader on the lexicons and the gazetteer)."""
    import yaml

    return yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
