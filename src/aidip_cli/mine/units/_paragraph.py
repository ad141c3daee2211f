"""What several steps of the mine stage read of one parsed paragraph, read once and kept in the
doc's user data: the paragraph's text (``Doc.text`` joins every word anew on each call, and
segmenting, the features and attribution each ask for it)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Doc


def kept(doc: Doc, key: str, read: Callable[[Doc], Any]) -> Any:
    """What ``read`` finds in the document, read on the first call and kept in its user data
    under ``key`` for the next ones."""
    found = doc.user_data.get(key)
    if found is None:
        found = doc.user_data[key] = read(doc)
    return found


def paragraph_text(doc: Doc) -> str:
    """The parsed paragraph's text (a span's text is a slice of it)."""
    text: str = kept(doc, "aidip_paragraph_text", _joined_words)
    return text


def _joined_words(doc: Doc) -> str:
    return doc.text
