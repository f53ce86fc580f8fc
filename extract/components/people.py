"""Component vnkg_people (to be written)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("vnkg_people")
def find_people(doc: Doc) -> Doc:
    return doc
