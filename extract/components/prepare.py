"""First component: the folded shadow text that the other components match on."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..model import DocumentContext, Extraction
from ..text import fold


@Language.component("vnkg_prepare")
def prepare(doc: Doc) -> Doc:
    doc._.folded = fold(doc.text)
    if doc._.extraction is None:
        doc._.extraction = Extraction(context=DocumentContext(file=""))
    return doc
