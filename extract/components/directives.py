"""Component vnkg_directives (to be written)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("vnkg_directives")
def find_directives(doc: Doc) -> Doc:
    return doc
