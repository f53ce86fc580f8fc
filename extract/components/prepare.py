"""First component: the folded shadow text and the sentences the others use."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..model import DocumentContext, Extraction
from ..sentences import Sentences
from ..text import fold

if not Doc.has_extension("sentences"):
    Doc.set_extension("sentences", default=None)


@Language.component("vnkg_prepare")
def prepare(doc: Doc) -> Doc:
    doc._.folded = fold(doc.text)
    doc._.sentences = Sentences(doc.text)
    if doc._.extraction is None:
        doc._.extraction = Extraction(context=DocumentContext(file=""))
    return doc
