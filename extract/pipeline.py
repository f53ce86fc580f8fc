"""The spaCy pipeline: a blank Vietnamese pipeline with vnkg's components.

The tokenizer is spaCy's `Tokenizer` without affix rules: tokens are the
whitespace-separated words. Every component works on character offsets of
`doc._.text` and `doc._.folded`, never on tokens, so splitting punctuation off
(seven times slower, most of the pipeline's time on a long text) bought
nothing; for the same reason the vocabulary works out no lexical attributes.
The components run in dependency order; each reads what the earlier
ones put on `doc._.extraction` and adds its own facts.
"""
from __future__ import annotations

import gc
import inspect
import sys
from contextlib import contextmanager
from functools import lru_cache
from typing import Iterator

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from . import components  # noqa: F401  (registers the component factories)
from .model import DocumentContext, Extraction

if not Doc.has_extension("extraction"):
    Doc.set_extension("extraction", default=None)
if not Doc.has_extension("folded"):
    Doc.set_extension("folded", default=None)

COMPONENTS = (
    "vnkg_context",        # title, date, kind, locality
    "vnkg_directives",     # 26-NQ/TW, 1234/QĐ-UBND, bare references
    "vnkg_organisations",  # bodies, written out in full, with parents
    "vnkg_people",         # names and their posts
    "vnkg_meetings",       # Hội nghị / Đại hội, chairs, attendees
    "vnkg_implements",     # what implements what
)


@spacy.registry.tokenizers("vnkg.WhitespaceTokenizer.v1")
def create_whitespace_tokenizer():
    """spaCy's tokenizer with no prefix, suffix, infix or special-case rules."""
    def make(nlp: Language) -> Tokenizer:
        return Tokenizer(nlp.vocab)
    return make


def build_pipeline() -> Language:
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"@tokenizers": "vnkg.WhitespaceTokenizer.v1"}}})
    # spaCy's 1,000,000-character guard protects parsers and NER models that
    # need memory per token; these rule components do not, and ingest already
    # caps what a file may hold.
    nlp.max_length = 50_000_000
    # No lexical attributes (lower, norm, shape, like_num, stop word...): no
    # component reads them, and working them out took 23 Python calls for
    # every word the process had not seen before, most of the tokenizer's
    # time on new documents. Tokens keep their text and whitespace.
    nlp.vocab.lex_attr_getters = {}
    nlp.add_pipe("vnkg_prepare", first=True)
    for name in COMPONENTS:
        nlp.add_pipe(name)
    return nlp


def load_tables() -> None:
    """Build now every pattern and set the extract package works out from its
    tables (its lru_cache'd functions of no argument), not at the first
    document that needs one: otherwise the first documents of a build, and the
    first round of a benchmark, pay for them."""
    for name, module in list(sys.modules.items()):
        if name == __name__ or (name != __package__ and not name.startswith(__package__ + ".")):
            continue  # this module's own cached function is get_pipeline
        for value in list(vars(module).values()):
            if (hasattr(value, "cache_info") and getattr(value, "__module__", None) == name
                    and not inspect.signature(value.__wrapped__).parameters):
                value()


@lru_cache(maxsize=1)
def get_pipeline() -> Language:
    """The shared pipeline, built once per process, its tables loaded."""
    nlp = build_pipeline()
    load_tables()
    # The modules, tables and vocabulary loaded so far live as long as the
    # process: frozen, they are out of the cyclic collector's reach, and a
    # full collection (one every few dozen documents) no longer walks their
    # 85,000 objects, 100 ms and more each time.
    gc.freeze()
    return nlp


@contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic garbage collection inside: the components allocate many small
    objects (matches, spans, phrases), and each collection would walk every
    live object of the process, a third of the extraction time on a long
    text. What they allocate is freed by reference counting; any cycle is
    collected once the document is done."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def run(text: str, file: str = "") -> Extraction:
    """Extract the facts of one NFC-normalised text."""
    nlp = get_pipeline()
    with gc_paused():
        doc = nlp.make_doc(text)
        doc._.text = text
        doc._.extraction = Extraction(context=DocumentContext(file=file))
        for _, component in nlp.pipeline:
            doc = component(doc)
    return doc._.extraction
