"""First component: the text, its folded shadow and the sentences the others use.

spaCy's `doc.text` joins the tokens again on every access; components read
`doc._.text`, set once here, instead.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..model import DocumentContext, Extraction
from ..sentences import Sentences
from ..text import fold

for _name in ("text", "sentences"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


@Language.component("vnkg_prepare")
def prepare(doc: Doc) -> Doc:
    if doc._.text is None:
        doc._.text = doc.text
    doc._.folded = fold(doc._.text)
    doc._.sentences = Sentences(doc._.text)
    if doc._.extraction is None:
        doc._.extraction = Extraction(context=DocumentContext(file=""))
    return doc
