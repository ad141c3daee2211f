"""Who says so: the source behind each unit, named, vague or none.

Fact-checkers care about the difference between "according to the IMF" and "critics say": the
first can be checked, the second cannot. Two steps:

1. :func:`read_voice` reads one unit's parse: the *frame* that reports someone else's words — a
   speech verb with its subject ("X said", "the minister told reporters", "critics argue",
   "a Pentagon memo warns", "it is believed"), "according to X", "in X's words", "as X put it" —
   what kind of source it is (person, organisation, document, group, unknown), whether the unit
   quotes the source's words (``direct``) or reports them (``indirect``), and which people the unit
   names (for pronouns later on). The author's own voice ("I argued", "we should") is no source;
   neither is an actor doing something ("Britain gave ..."), a normative or predictive sentence
   about someone ("The West should expect ...", "Russia is expected to sign ...") or "That said".
   A person's view told without their words ("Ms Carrier disputes that.", "The Estonian is not
   persuaded.") and what a source that spoke before would not say ("The company did not say how
   much") are theirs all the same.
2. :func:`attribute_units` walks the document in order and decides: pronouns ("he declared") and
   titles ("the minister told reporters") resolve to the nearest compatible person named before
   them, preferring the one who last spoke or was the subject; a sentence that continues a
   quotation ("The talks are over," Ms Ray said. "Nobody will come back.") keeps its speaker; a
   clause split off a reported sentence at "because"/"as" is reported too; "the same report" points
   back at the document named just before; "the company", "it" and "the group" are the body the
   text named (a firm the tagger took for a person included), a bare surname the person named
   before, "the Nigerian" the person of that nation, and a "she" nobody named before the woman
   the paragraph names next.
"""

from __future__ import annotations

from ._document import attribute_units
from ._frames import prescription_asked, prescription_reported
from ._records import Voice
from ._voice import read_voice

__all__ = ["Voice", "attribute_units", "prescription_asked", "prescription_reported", "read_voice"]
