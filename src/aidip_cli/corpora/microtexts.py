"""Load arggraph XML (the Argumentative Microtext Corpus, parts 1 and 2, and other corpora in
the same format) as gold dependency trees.

The corpus is CC BY-NC-SA, so it is never copied into this repository: every function here takes
a path the user gives. The conversion follows the corpus README (which mirrors evidencegraph's
``ArgTree.load_from_arggraph``) and extends it to what part 2 and the DTD allow:

* a segment is an ADU; its EDUs reach it by ``seg`` edges, directly or through a ``<joint>``,
  and its text is theirs joined by single spaces in document order. Segments are numbered
  1..n in the document order of their first EDU (in part 1 every ADU has one EDU);
* an EDU that belongs to no ADU (non-argumentative text) stays in the text but is no segment;
* ``text`` is the ``.txt`` file when it exists, otherwise the EDUs joined by single spaces
  (implicit ones left out); each segment's *pieces* say where it is in the text: its EDUs are
  searched left to right (exactly, then whitespace-insensitively), and EDUs of one segment with
  only whitespace between them make one piece;
* an *implicit* EDU (``implicit="true"``: wording the annotators supplied, such as an unstated
  central claim) is searched anywhere in the text, case- and whitespace-insensitively,
  preferring a place no explicit EDU covers. A segment none of whose EDUs is in the text has no
  pieces; evaluation still scores it (see :mod:`aidip_cli.evaluate.runner`);
* ``sup`` / ``exa`` / ``reb`` edges keep their type: (src, trg, type); ``exa`` counts as
  support in the simple relation set;
* ``und`` (an attack on an edge) → (undercutter, source ADU of the undercut edge, ``und``);
* ``add`` (a linked premise) → (extra premise, first source ADU of the target relation, ``link``);
  when the target edge itself points at an edge, the rule is applied again until an ADU is hit;
* the root (central claim) is the only ADU with no outgoing relation edge.

:func:`load_corpus` never gives up on the whole corpus because of one file: a file that cannot
be read is listed in :attr:`MicroCorpus.unreadable` with its problem (``strict=True`` makes the
first one an error instead).
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from ..argtree import ATTACK, SUPPORT, ArgTree, TreeError
from ..errors import CorpusError
from .gold import GoldText

RELATION_TYPES = {"sup": "sup", "exa": "exa", "reb": "reb", "und": "und", "add": "link"}
#: The corpus's full relation set → the simple one (support / attack) every metric uses.
SIMPLE_LABEL = {"sup": SUPPORT, "exa": SUPPORT, "link": SUPPORT, "reb": ATTACK, "und": ATTACK}

Span = tuple[int, int]


class _Invalid(Exception):
    """What is wrong with one arggraph document (the caller says which file)."""


@dataclass(frozen=True)
class MicroText:
    """One microtext with its gold tree (segment numbers are 1-based).

    ``pieces[k]`` are the character spans of segment k+1 in ``text``: one when its EDUs are
    adjacent, several when other text comes between them, none when it is not in the text.
    """

    id: str
    text: str
    segments: list[str]
    pieces: list[tuple[Span, ...]]
    tree: list[tuple[int, int, str]]
    root: int
    roles: list[str]
    topic_id: str | None = None
    stance: str | None = None

    @property
    def not_in_text(self) -> list[int]:
        """Segments (1-based) none of whose EDUs is in the text."""
        return [seg for seg, pieces in enumerate(self.pieces, start=1) if not pieces]

    @property
    def gold(self) -> ArgTree:
        """The gold tree over segments 0..n-1 with support/attack labels."""
        edges = ((src - 1, trg - 1, SIMPLE_LABEL[label]) for src, trg, label in self.tree)
        return ArgTree.from_edges(len(self.segments), edges, self.root - 1)

    def gold_text(self) -> GoldText:
        """The text for training: one paragraph, every segment in the tree."""
        return GoldText(self.id, list(self.segments), self.gold, [0] * len(self.segments))


@dataclass(frozen=True)
class Unreadable:
    """A corpus file that could not be read: its name in the folder, its id, the problem."""

    file: str
    id: str
    problem: str


@dataclass(frozen=True)
class MicroCorpus:
    """The texts of a corpus folder (sorted by id) and the files that could not be read."""

    folder: Path
    texts: list[MicroText]
    unreadable: list[Unreadable]

    def warnings(self) -> list[str]:
        """One line per unreadable file: where it is, what is wrong with it."""
        return [
            f"{self.folder / file.file}: {file.problem}; text skipped" for file in self.unreadable
        ]


@dataclass(frozen=True)
class _Edu:
    id: str
    text: str
    implicit: bool


def parse_arggraph(
    xml_text: str, *, text: str | None = None, source: str = "<string>"
) -> MicroText:
    """Parse one arggraph document; ``text`` is the matching ``.txt`` content, if any."""
    try:
        return _parse(xml_text, text, Path(source).stem)
    except _Invalid as exc:
        raise CorpusError(f"{source}: {exc}") from None


def _parse(xml_text: str, text: str | None, default_id: str) -> MicroText:
    try:
        root_el = ET.fromstring(xml_text)
    except ET.ParseError as exc:
        raise _Invalid(f"not well-formed XML ({exc})") from None
    if root_el.tag != "arggraph":
        raise _Invalid(f"root element is <{root_el.tag}>, expected <arggraph>")

    edus = [
        _Edu(
            el.get("id", ""),
            (el.text or "").strip(),
            el.get("implicit", "").strip().lower() == "true",
        )
        for el in root_el.iter("edu")
    ]
    if not edus:
        raise _Invalid("no <edu> elements")
    adu_type = {el.get("id", ""): el.get("type", "") for el in root_el.iter("adu")}
    joints = {el.get("id", "") for el in root_el.iter("joint")}
    edges = {
        el.get("id", ""): (el.get("src", ""), el.get("trg", ""), el.get("type", ""))
        for el in root_el.iter("edge")
    }

    members = _segmentation(edus, adu_type, joints, edges)
    order = sorted(members, key=lambda adu: members[adu][0])
    segment_of = {adu: seg for seg, adu in enumerate(order, start=1)}
    tree = _relations(edges, segment_of)
    sources = {src for src, _, _ in tree}
    roots = [seg for seg in range(1, len(order) + 1) if seg not in sources]
    if len(roots) != 1:
        raise _Invalid(f"expected one central claim, found {len(roots)}")

    full_text = " ".join(e.text for e in edus if not e.implicit) if text is None else text
    located = _locate(full_text, edus)
    micro = MicroText(
        id=root_el.get("id") or default_id,
        text=full_text,
        segments=[" ".join(edus[i].text for i in members[adu]) for adu in order],
        pieces=[_pieces(full_text, [located[i] for i in members[adu]]) for adu in order],
        tree=tree,
        root=roots[0],
        roles=[adu_type[adu] for adu in order],
        topic_id=root_el.get("topic_id"),
        stance=root_el.get("stance"),
    )
    try:
        micro.gold  # noqa: B018 - validates that the relations form a tree
    except TreeError as exc:
        raise _Invalid(f"relations do not form a tree ({exc})") from None
    return micro


def _segmentation(
    edus: list[_Edu],
    adu_type: dict[str, str],
    joints: set[str],
    edges: dict[str, tuple[str, str, str]],
) -> dict[str, list[int]]:
    """ADU id → the indices of its EDUs in document order (EDUs of no ADU are left out)."""
    sources = {edu.id for edu in edus} | joints
    targets = adu_type.keys() | joints
    up: dict[str, str] = {}
    for src, trg, kind in edges.values():
        if kind != "seg":
            continue
        if src not in sources or trg not in targets:
            raise _Invalid(f"seg edge {src}→{trg} does not join an EDU or joint to an ADU or joint")
        if src in up:
            raise _Invalid(f"{src} is segmented into both {up[src]} and {trg}")
        up[src] = trg
    members: dict[str, list[int]] = {}
    for index, edu in enumerate(edus):
        node, hops = edu.id, 0
        while node in up:
            node, hops = up[node], hops + 1
            if hops > len(up):
                raise _Invalid(f"seg edges from {edu.id} go round in a circle")
        if node not in adu_type:
            continue  # non-argumentative text
        if not edu.text:
            raise _Invalid(f"EDU {edu.id} is empty")
        members.setdefault(node, []).append(index)
    without = sorted(adu_type.keys() - members.keys())
    if without:
        raise _Invalid(f"ADU {without[0]} has no EDU")
    return members


def _relations(
    edges: dict[str, tuple[str, str, str]], segment_of: dict[str, int]
) -> list[tuple[int, int, str]]:
    """The relation edges as (source segment, target segment, corpus label), sorted."""

    def resolve(target: str, seen: frozenset[str] = frozenset()) -> int:
        if target in segment_of:
            return segment_of[target]
        if target in edges and target not in seen:
            return resolve(edges[target][0], seen | {target})
        raise _Invalid(f"relation target {target!r} is neither an ADU nor an edge")

    tree: list[tuple[int, int, str]] = []
    for src, trg, kind in edges.values():
        if kind == "seg":
            continue
        if kind not in RELATION_TYPES:
            raise _Invalid(f"unknown edge type {kind!r}")
        if src not in segment_of:
            raise _Invalid(f"relation source {src!r} is not an ADU")
        if kind in ("sup", "exa", "reb") and trg not in segment_of:
            raise _Invalid(f"{kind} edge from {src} does not target an ADU")
        tree.append((segment_of[src], resolve(trg), RELATION_TYPES[kind]))
    return sorted(tree)


def _loose(words: str, *, ignore_case: bool) -> re.Pattern[str]:
    """``words`` with any run of whitespace between them (and, if asked, in any case)."""
    pattern = r"\s+".join(re.escape(word) for word in words.split())
    return re.compile(pattern, re.IGNORECASE if ignore_case else 0)


def _locate(text: str, edus: list[_Edu]) -> list[Span | None]:
    """Where each EDU is in ``text`` (None: an implicit EDU that is not there)."""
    spans: list[Span | None] = [None] * len(edus)
    cursor = 0
    for index, edu in enumerate(edus):
        if edu.implicit or not edu.text:
            continue
        start = text.find(edu.text, cursor)
        match = None if start >= 0 else _loose(edu.text, ignore_case=False).search(text, cursor)
        if start < 0 and match is None:
            raise _Invalid(f"EDU {edu.id} is not found in the text")
        span = (start, start + len(edu.text)) if match is None else match.span()
        spans[index] = span
        cursor = span[1]
    explicit = [span for span in spans if span is not None]
    for index, edu in enumerate(edus):
        if edu.implicit and edu.text:
            found = [m.span() for m in _loose(edu.text, ignore_case=True).finditer(text)]
            free = [s for s in found if not any(s[0] < e and b < s[1] for b, e in explicit)]
            spans[index] = (free or found or [None])[0]
    return spans


def _pieces(text: str, spans: list[Span | None]) -> tuple[Span, ...]:
    """The spans of one segment's EDUs, joined where only whitespace separates them."""
    merged: list[Span] = []
    for start, end in sorted(span for span in spans if span is not None):
        if merged and not text[merged[-1][1] : start].strip():
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return tuple(merged)


def _read(path: Path) -> MicroText:
    """One ``micro_<id>.xml`` with its ``.txt`` sibling when present."""
    txt_path = path.with_suffix(".txt")
    try:
        xml_text = path.read_text(encoding="utf-8-sig")
        text = txt_path.read_text(encoding="utf-8-sig") if txt_path.is_file() else None
    except OSError as exc:
        name = Path(exc.filename or path).name
        raise _Invalid(f"cannot read {name} ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise _Invalid("the .xml or .txt file is not UTF-8") from None
    return _parse(xml_text, text, path.stem)


def load_microtext(xml_path: str | Path) -> MicroText:
    """Load ``micro_<id>.xml`` (and its ``.txt`` sibling when present)."""
    path = Path(xml_path)
    try:
        return _read(path)
    except _Invalid as exc:
        raise CorpusError(f"{path}: {exc}") from None


def load_corpus(directory: str | Path, *, strict: bool = False) -> MicroCorpus:
    """All readable microtexts in ``directory`` (or its ``en/`` subfolder), sorted by id.

    A file that cannot be read is set aside in :attr:`MicroCorpus.unreadable`; with
    ``strict=True`` it is an error. A folder in which no file can be read is an error.
    """
    folder = Path(directory)
    if not folder.is_dir():
        raise CorpusError(f"{folder}: not a directory")
    if not any(folder.glob("*.xml")) and (folder / "en").is_dir():
        folder = folder / "en"
    paths = sorted(folder.glob("*.xml"))
    if not paths:
        raise CorpusError(f"{folder}: no arggraph .xml files")
    texts: list[MicroText] = []
    unreadable: list[Unreadable] = []
    for path in paths:
        try:
            texts.append(_read(path))
        except _Invalid as exc:
            if strict:
                raise CorpusError(f"{path}: {exc}") from None
            unreadable.append(Unreadable(path.name, path.stem, str(exc)))
    if not texts:
        first = unreadable[0]
        raise CorpusError(
            f"{folder}: none of the {len(paths)} arggraph files can be read "
            f"({first.file}: {first.problem})"
        )
    return MicroCorpus(folder, sorted(texts, key=lambda micro: micro.id), unreadable)


def load_folds(path: str | Path) -> list[list[str]]:
    """The test folds of ``folds_10x5.json`` (key ``test_folds``), or a bare list of lists."""
    file = Path(path)
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except OSError as exc:
        raise CorpusError(f"{file}: cannot read ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise CorpusError(f"{file}: not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise CorpusError(f"{file}: not JSON ({exc.msg}, line {exc.lineno})") from None
    folds = data.get("test_folds") if isinstance(data, dict) else data
    if (
        not isinstance(folds, list)
        or not folds
        or not all(isinstance(f, list) and all(isinstance(i, str) for i in f) for f in folds)
    ):
        raise CorpusError(f"{file}: expected a non-empty list of lists of text ids")
    return [list(fold) for fold in folds]
