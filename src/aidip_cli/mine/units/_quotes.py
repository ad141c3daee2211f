"""Where the quotations are in a stretch of text.

A quotation is what stands between a pair of quotation marks: straight double quotes (paired in
order), curly “ ”, guillemets « », German „ “, and single quotes, curly ‘ ’ or straight ' (as
British papers print them), when they enclose words that end in punctuation (‘We will stay,’ she
said; 'The talks are over. Nobody will come back,' he said) — an apostrophe inside or after a
word ("Africa's", "officials' view") never opens or closes one. A mark that is
never closed runs to the end of the text (a quotation that goes on into the next paragraph), so
unbalanced marks never make a quotation swallow what comes before them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_PAIRS = {"“": "”", "«": "»", "„": "“"}
_SINGLE = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–-]))‘([^‘’]{2,}?[,.!?…])’")
# A straight ' opens after a space (or at the start) before a letter, and closes after the
# quotation's final punctuation before a space or the end; apostrophes in between are words.
_STRAIGHT_SINGLE = re.compile(
    r"(?:(?<=^)|(?<=[\s(\[—–-]))'(?=[^\W\d_])([^\n]{2,}?[,.!?…])'(?=\s|$|[)\]—–-])"
)


@dataclass(frozen=True)
class Quotation:
    """``start``/``end`` include the marks; ``inner`` the quoted words; ``closed`` is False for a
    quotation that runs on past the end of the text."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    closed: bool

    def holds(self, offset: int) -> bool:
        """``offset`` falls inside the marks."""
        return self.inner_start <= offset < self.inner_end


def find_quotations(text: str) -> list[Quotation]:
    """Quotations in ``text``, in order and without overlap (an inner quotation is not listed)."""
    found: list[Quotation] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == '"' or ch in _PAIRS:
            close = '"' if ch == '"' else _PAIRS[ch]
            end = text.find(close, i + 1)
            if ch == "„" and end < 0:
                end = text.find("”", i + 1)
            if end < 0:
                found.append(Quotation(i, n, i + 1, n, closed=False))
                break
            found.append(Quotation(i, end + 1, i + 1, end, closed=True))
            i = end + 1
            continue
        if ch in "‘'":
            match = (_SINGLE if ch == "‘" else _STRAIGHT_SINGLE).match(text, i)
            if match is not None:
                found.append(Quotation(i, match.end(), i + 1, match.end() - 1, closed=True))
                i = match.end()
                continue
        i += 1
    return found
