"""Shape tests for single paragraphs: is this a sentence, a title, a name, a menu, a date?

Boilerplate is recognised partly by cue phrases (``cues.py``) and partly by shape: a title is a
short line without a final full stop, a byline is a short run of capitalised name words, a
navigation crumb is menu words glued together or joined by ``>`` and ``|``. These tests look
only at the paragraph's own text, so they work for any site and any format.
"""

from __future__ import annotations

import re
from functools import cache

from ._cues import lexicon

_CLOSERS = "\"'”’)]*_»"
_LIST_MARKER = re.compile(r"[ \t]*(?:[-*+•]|\d{1,3}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?")
_QUOTE_MARKER = re.compile(r"(?:[ \t]*>[ \t]?)+")
_BY = re.compile(r"(?:by|written by|words by|authored by|author|authors)\b\s*:?\s+", re.IGNORECASE)
_FILED_FROM = re.compile(r"\s+in\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}\s*$")
_BYLINE_SPLIT = re.compile(r"\s*(?:\||•|·|—|–|\s-\s|,|;|/)\s*")
_NAME_JOIN = re.compile(r"\s+(?:and|&)\s+|\s*,\s*")
_CRUMB_SPLIT = re.compile(r"\s+[/|]\s+|\s*[>›»→]\s*|\s+[·•]\s+|\s*::\s*")
_GLUE = re.compile(r"(?<=[a-z])(?=[A-Z])")
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DATE = re.compile(
    rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}\b"
    rf"|\b{_MONTH}\s+\d{{4}}\b"
    r"|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b"
    r"|\b\d+\s*(?:min|mins|minute|minutes)\s+read\b"
    r"|\b(?:published|updated|posted|last modified)\b(?:\s+on)?\s*:?\s*\d"
    r"|\b\d+\s+(?:minutes?|hours?|days?|weeks?)\s+ago\b",
    re.IGNORECASE,
)


def words(text: str) -> list[str]:
    return text.split()


def is_single_line(text: str) -> bool:
    return "\n" not in text.strip()


def ends_sentence(text: str) -> bool:
    """True when the text ends like a sentence (``.``, ``!``, ``?``, ``…``, maybe in quotes)."""
    core = text.rstrip().rstrip(_CLOSERS).rstrip()
    return core.endswith((".", "!", "?", "…"))


def is_body_like(text: str) -> bool:
    """Reads like running prose: a real sentence, or too long to be a heading or a menu."""
    count = len(words(text))
    return (count >= 6 and ends_sentence(text)) or count >= 25


def list_marker_length(text: str) -> int:
    """Length of a leading list marker (``- ``, ``* ``, ``1. ``), 0 when there is none."""
    match = _LIST_MARKER.match(text)
    return match.end() if match else 0


def _bare(text: str) -> str:
    """The text without surrounding whitespace and emphasis markup (``**Title**`` → ``Title``)."""
    return text.strip().strip("*_").strip()


def lead_marker_length(text: str) -> int:
    """Length of leading quote (``> ``) and list markers, 0 when there are none."""
    quote = _QUOTE_MARKER.match(text)
    skip = quote.end() if quote else 0
    return skip + list_marker_length(text[skip:])


def is_title_like(text: str) -> bool:
    """A short single line without a final full stop: how titles and headings look."""
    text = _bare(text)
    if not is_single_line(text) or list_marker_length(text):
        return False
    count = len(words(text))
    core = text.strip().rstrip(_CLOSERS)
    return 1 <= count <= 20 and not core.endswith((".", ",", ";", ":")) and _has_letter(text)


def is_heading_like(text: str) -> bool:
    """Stricter than a title: very short, no punctuation at the end, starts with a capital."""
    stripped = _bare(text)
    if not is_single_line(stripped) or list_marker_length(stripped) or not stripped:
        return False
    core = stripped.rstrip(_CLOSERS)
    return (
        1 <= len(words(stripped)) <= 12
        and not core.endswith((".", ",", ";", ":", "!", "?", "…"))
        and (stripped[0].isupper() or stripped[0].isdigit())
    )


_NUMBERED = re.compile(r"[ \t]*(?:\d{1,2}[.)]|[IVX]{1,4}\.)[ \t]+\S")


def is_numbered_heading(text: str) -> bool:
    """'1. Start with the chips': a short numbered line with no full stop at its end."""
    stripped = text.strip()
    if not is_single_line(stripped) or not _NUMBERED.match(stripped):
        return False
    core = stripped.rstrip(_CLOSERS)
    return len(words(stripped)) <= 12 and not core.endswith((".", ",", ";", "!", "?", "…"))


def _has_letter(text: str) -> bool:
    return any(char.isalpha() for char in text)


def _name_token(token: str) -> bool | None:
    """True for a name word or initial, None for a particle (``van``, ``al``), else False."""
    lex = lexicon()
    bare = token.strip(",")
    if bare in lex.name_particles:
        return None
    if bare.lower() in lex.not_name_words:
        return False
    if len(bare) == 2 and bare[0].isupper() and bare[1] == ".":
        return True
    parts = [part for part in re.split(r"[-'’]", bare) if part]
    if not parts or not all(part.isalpha() for part in parts):
        return False
    first = parts[0]
    if first.lower() in lex.name_particles and len(parts) > 1:
        parts = parts[1:]
    # "Wei-ling", "Chih-hao": a given name whose second syllable is written in lower case
    syllable = re.fullmatch(r"[A-Z][a-z]+-[a-z]+", bare) is not None
    return syllable or all(
        part[0].isupper() and (len(part) == 1 or any(c.islower() for c in part[1:]))
        for part in parts
    )


def is_name_like(text: str, *, min_words: int = 2) -> bool:
    """A person's name: 2–5 capitalised words (initials and particles like ``bin`` allowed)."""
    tokens = words(text)
    if not 1 <= len(tokens) <= 7:
        return False
    verdicts = [_name_token(token) for token in tokens]
    if any(verdict is False for verdict in verdicts):
        return False
    names = sum(1 for verdict in verdicts if verdict)
    return min_words <= names <= 5


def _names_like(text: str, *, min_words: int) -> bool:
    parts = [part for part in _NAME_JOIN.split(text.strip()) if part]
    return bool(parts) and all(is_name_like(part, min_words=min_words) for part in parts)


def starts_with_by(text: str) -> bool:
    """The line opens with "By" (or "Written by", "Author:"): it signs the article."""
    return _BY.match(text.strip().strip("*_")) is not None


def byline_author(text: str) -> str | None:
    """The author named by a byline such as ``By Jane Doe | May 3, 2024``, else None.

    A line starting with "By" may name one word (``By Reuters``); a bare line must be a name of
    2–5 words, optionally followed by a short date or role after ``|``, ``,`` or a dash.
    """
    stripped = text.strip().strip("*_")
    if not is_single_line(stripped) or len(words(stripped)) > 20 or ends_sentence(stripped):
        return None
    by = _BY.match(stripped)
    rest = stripped[by.end() :] if by else stripped
    head, *tail = _BYLINE_SPLIT.split(rest, maxsplit=1)
    if by:  # "By Rachel Ambrose in Lusaka": where the author writes from
        head = _FILED_FROM.sub("", head)
    if tail and len(words(tail[0])) > 12:
        return None
    if not _names_like(head, min_words=1 if by else 2):
        return None
    return head.strip()


def is_date_line(text: str) -> bool:
    """A short line carrying a date or reading time (``May 3, 2024``, ``5 min read``)."""
    stripped = text.strip()
    return (
        is_single_line(stripped)
        and len(words(stripped)) <= 12
        and not is_body_like(stripped)
        and _DATE.search(stripped) is not None
    )


def is_breadcrumb(text: str, *, strict: bool) -> bool:
    """Menu segments joined by ``>``, ``|``, ``/`` or ``»`` (``Home > World > Asia``).

    ``strict`` (used between body paragraphs) also asks that the first segment is a menu word.
    """
    stripped = text.strip()
    if not is_single_line(stripped) or is_body_like(stripped):
        return False
    segments = [segment.strip() for segment in _CRUMB_SPLIT.split(stripped)]
    if len(segments) < 2 or not all(segments):
        return False
    if any(len(words(segment)) > 8 or segment.endswith(".") for segment in segments):
        return False
    first_is_menu = segments[0].lower() in lexicon().nav_words
    if strict:
        return first_is_menu and len(segments) >= 3
    return first_is_menu or len(segments) >= 3


def is_glued_menu(text: str) -> bool:
    """Menu words glued by a lost layout: ``HomeTechnologyArtificial intelligenceThe ...``.

    A word counts as glued when it splits at lower→upper case changes into three or more parts,
    or into parts whose first is a menu word; ``OpenAI`` or ``ChatGPT`` (two parts, not a menu
    word) do not count.
    """
    nav = lexicon().nav_words
    for token in words(text):
        parts = _GLUE.split(token.strip(".,;:!?\"'()"))
        if len(parts) >= 3 and all(len(part) >= 2 for part in parts):
            return True
        if len(parts) >= 2 and parts[0].lower() in nav and len(parts[1]) >= 2:
            return True
    return False


def is_menu_words(text: str) -> bool:
    """A line of one to four section-menu words only (``Opinion``, ``World Asia``)."""
    tokens = [token.strip(",|/·•").lower() for token in words(text)]
    tokens = [token for token in tokens if token]
    nav = lexicon().nav_words
    return 1 <= len(tokens) <= 4 and all(token in nav for token in tokens)


_BIO_SUBJECTS = frozenset(
    {"he", "she", "they", "the author", "the authors", "the writer", "the writers", "the columnist"}
)
_BIO = re.compile(
    r"[\s*_\-–—]*(?P<subject>[^.,;:]{2,80}?)\s+"
    r"(?P<verb>is|was|has been|serves as|served as|works as|worked|has worked|spent|teaches|"
    r"holds|heads|leads|directs|covers|has covered|reports on|writes on|writes about|"
    r"has reported from|has reported on|reports from|has written about|has written on)\b"
    r"(?P<rest>.*)",
    re.DOTALL,
)


def is_author_bio(text: str, author: str | None) -> bool:
    """``Jane Doe is a senior fellow at the ...``: who the author is, not what they argue.

    The subject must be the known author, "The author", or a name. For the author a role word
    anywhere near the start is enough; for any other name the role must be tied to a named
    organisation (``fellow at the Institute``), so ``Jane Doe is a diplomat who warned ...``
    in an essay's conclusion stays body text.
    """
    stripped = text.strip()
    if len(words(stripped)) > 80 or _SPOKEN.search(stripped) or _REPORTED.search(stripped):
        return False
    match = _BIO.match(stripped)
    if match is None:
        return False
    subject = match.group("subject").strip()
    explicit = subject.lower() in _BIO_SUBJECTS or (
        author is not None
        and (subject == author or subject in words(author) or subject.startswith(author))
    )
    if not (explicit or is_name_like(subject)):
        return False
    rest = " ".join(words(match.group("rest"))[:25])
    if explicit and match.group("verb") in _BEAT_VERBS and subject.lower() not in _PRONOUNS:
        return True  # "The writer covers mining and trade in South-East Asia."
    if explicit:
        head_words = set(re.findall(r"[a-z][a-z\-]*", rest.lower()))
        return _WRITES.search(rest) is not None or any(
            role in head_words or (" " in role and role in rest.lower()) for role in _roles()
        )
    return _role_pattern().search(rest) is not None or _WRITES.search(rest) is not None


# Somebody's spoken words ('"My job is to make sure they know," Cutler told me.'): a bio quotes
# nobody (a book title in quotes ends without a comma or a full stop inside).
_SPOKEN = re.compile(r"[\"“]\w[^\"”]*\s[^\"”]*\s[^\"”]*[,.!?][\"”]")

# A paragraph that reports what somebody said ('She is Dr X, and she teaches law in Lagos. She
# said inspectors would need "access ..."'): a feature introducing its subject, no bio.
_REPORTED = re.compile(r"\b(?:[Ss]he|[Hh]e|[Tt]hey) (?:said|says|told|argued|argues)\b")

# What a journalist's beat is: "The writer covers ...", "She reports on ...".
_BEAT_VERBS = frozenset(
    {"covers", "has covered", "reports on", "writes on", "writes about", "has reported from",
     "has reported on", "reports from", "has written about", "has written on"}
)  # fmt: skip
_PRONOUNS = frozenset({"he", "she", "they"})

# "... a former UN conference officer who writes about multilateral institutions": a role and
# the writing that makes the person this essay's author.
_WRITES = re.compile(
    r"^\s*(?:a|an|the)\b[^.;:]{0,80}?\b(?:who|and)\s+(?:now\s+)?"
    r"(?:writes|has written|wrote|reports|comments)\s+(?:about|on|for)\b"
)


@cache
def _roles() -> tuple[str, ...]:
    return tuple(sorted(lexicon().bio_roles, key=len, reverse=True))


@cache
def _role_pattern() -> re.Pattern[str]:
    """A role word, up to four more words, then ``at|of|with|for`` and a capitalised name."""
    roles = "|".join(re.escape(role) for role in _roles())
    return re.compile(
        rf"\b(?i:{roles})s?\b(?:[\s,]+[\w’'&-]+){{0,4}}?[\s,]+(?:at|of|with|for)\s+"
        rf"(?:(?:the|a|an)\s+)?[A-Z]"
    )


def starts_lowercase(text: str) -> bool:
    """The first letter is lower-case (a sentence fragment, not a label or a headline)."""
    first = next((char for char in text if char.isalpha()), "")
    return first.islower()


def same_title(left: str, right: str) -> bool:
    """Equal after folding case, whitespace and surrounding punctuation or markup."""
    return _title_key(left) == _title_key(right) and bool(_title_key(left))


def _title_key(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())
