"""Component vnkg_implements (to be written)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("vnkg_implements")
def find_implements(doc: Doc) -> Doc:
    return doc
