"""Component vnkg_organisations (to be written)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("vnkg_organisations")
def find_organisations(doc: Doc) -> Doc:
    return doc
