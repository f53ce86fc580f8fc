"""Component vnkg_meetings (to be written)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("vnkg_meetings")
def find_meetings(doc: Doc) -> Doc:
    return doc
