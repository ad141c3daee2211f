"""Load the Argumentative Microtext Corpus (arggraph XML) as gold dependency trees.

The corpus is CC BY-NC-SA, so it is never copied into this repository: every function here takes
a path the user gives. The conversion follows the corpus README (which mirrors evidencegraph's
``ArgTree.load_from_arggraph``):

* segments are the EDUs in document order, numbered 1..n; ``text`` is the ``.txt`` file when it
  exists (the EDUs joined by single spaces), otherwise that join;
* ``sup`` / ``exa`` / ``reb`` edges keep their type: (src, trg, type);
* ``und`` (an attack on an edge) → (undercutter, source ADU of the undercut edge, ``und``);
* ``add`` (a linked premise) → (extra premise, first source ADU of the target relation, ``link``);
  when the target edge itself points at an edge, the rule is applied again until an ADU is hit;
* the root (central claim) is the only ADU with no outgoing relation edge.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from ..argtree import ATTACK, SUPPORT, ArgTree, TreeError
from ..errors import CorpusError
from .gold import GoldText

RELATION_TYPES = {"sup": "sup", "exa": "exa", "reb": "reb", "und": "und", "add": "link"}
#: The corpus's full relation set → the simple one (support / attack) every metric uses.
SIMPLE_LABEL = {"sup": SUPPORT, "exa": SUPPORT, "link": SUPPORT, "reb": ATTACK, "und": ATTACK}


@dataclass(frozen=True)
class MicroText:
    """One microtext with its gold tree (segment numbers are 1-based)."""

    id: str
    text: str
    segments: list[str]
    spans: list[tuple[int, int]]
    tree: list[tuple[int, int, str]]
    root: int
    roles: list[str]
    topic_id: str | None = None
    stance: str | None = None

    @property
    def gold(self) -> ArgTree:
        """The gold tree over segments 0..n-1 with support/attack labels."""
        edges = ((src - 1, trg - 1, SIMPLE_LABEL[label]) for src, trg, label in self.tree)
        return ArgTree.from_edges(len(self.segments), edges, self.root - 1)

    def gold_text(self) -> GoldText:
        """The text for training: one paragraph, every segment in the tree."""
        return GoldText(self.id, list(self.segments), self.gold, [0] * len(self.segments))


def parse_arggraph(
    xml_text: str, *, text: str | None = None, source: str = "<string>"
) -> MicroText:
    """Parse one arggraph document; ``text`` is the matching ``.txt`` content, if any."""
    try:
        root_el = ET.fromstring(xml_text)
    except ET.ParseError as exc:
        raise CorpusError(f"{source}: not well-formed XML ({exc})") from None
    if root_el.tag != "arggraph":
        raise CorpusError(f"{source}: root element is <{root_el.tag}>, expected <arggraph>")
    doc_id = root_el.get("id") or Path(source).stem

    edus = [(el.get("id", ""), (el.text or "").strip()) for el in root_el.iter("edu")]
    if not edus:
        raise CorpusError(f"{source}: no <edu> elements")
    edu_index = {edu_id: i for i, (edu_id, _) in enumerate(edus, start=1)}
    adu_type = {el.get("id", ""): el.get("type", "") for el in root_el.iter("adu")}
    if root_el.find("joint") is not None:
        raise CorpusError(f"{source}: <joint> segments are not supported")

    edges: dict[str, tuple[str, str, str]] = {}
    for el in root_el.iter("edge"):
        edges[el.get("id", "")] = (el.get("src", ""), el.get("trg", ""), el.get("type", ""))

    segment_of: dict[str, int] = {}
    for src, trg, kind in edges.values():
        if kind != "seg":
            continue
        if src not in edu_index or trg not in adu_type:
            raise CorpusError(f"{source}: seg edge {src}→{trg} does not join an EDU to an ADU")
        if trg in segment_of:
            raise CorpusError(f"{source}: ADU {trg} spans several EDUs (not supported)")
        segment_of[trg] = edu_index[src]
    if len(segment_of) != len(edus) or set(segment_of) != set(adu_type):
        raise CorpusError(f"{source}: EDUs and ADUs are not in one-to-one correspondence")

    def resolve(target: str, seen: frozenset[str] = frozenset()) -> int:
        if target in segment_of:
            return segment_of[target]
        if target in edges and target not in seen:
            return resolve(edges[target][0], seen | {target})
        raise CorpusError(f"{source}: relation target {target!r} is neither an ADU nor an edge")

    tree: list[tuple[int, int, str]] = []
    for src, trg, kind in edges.values():
        if kind == "seg":
            continue
        if kind not in RELATION_TYPES:
            raise CorpusError(f"{source}: unknown edge type {kind!r}")
        if src not in segment_of:
            raise CorpusError(f"{source}: relation source {src!r} is not an ADU")
        if kind in ("sup", "exa", "reb") and trg not in segment_of:
            raise CorpusError(f"{source}: {kind} edge from {src} does not target an ADU")
        tree.append((segment_of[src], resolve(trg), RELATION_TYPES[kind]))
    tree.sort()

    sources = {src for src, _, _ in tree}
    roots = [seg for seg in range(1, len(edus) + 1) if seg not in sources]
    if len(roots) != 1:
        raise CorpusError(f"{source}: expected one central claim, found {len(roots)}")

    segments = [edu_text for _, edu_text in edus]
    joined = " ".join(segments)
    full_text = joined if text is None else text
    spans = _segment_spans(full_text, segments, source)
    by_segment = {seg: adu for adu, seg in segment_of.items()}
    roles = [adu_type[by_segment[seg]] for seg in range(1, len(edus) + 1)]
    micro = MicroText(
        id=doc_id,
        text=full_text,
        segments=segments,
        spans=spans,
        tree=tree,
        root=roots[0],
        roles=roles,
        topic_id=root_el.get("topic_id"),
        stance=root_el.get("stance"),
    )
    try:
        micro.gold  # noqa: B018 - validates that the relations form a tree
    except TreeError as exc:
        raise CorpusError(f"{source}: relations do not form a tree ({exc})") from None
    return micro


def _segment_spans(text: str, segments: list[str], source: str) -> list[tuple[int, int]]:
    """Character span of each segment in ``text``, searched left to right."""
    spans: list[tuple[int, int]] = []
    cursor = 0
    for segment in segments:
        start = text.find(segment, cursor)
        if start < 0:
            raise CorpusError(f"{source}: segment {len(spans) + 1} is not found in the text")
        spans.append((start, start + len(segment)))
        cursor = start + len(segment)
    return spans


def load_microtext(xml_path: str | Path) -> MicroText:
    """Load ``micro_<id>.xml`` (and its ``.txt`` sibling when present)."""
    path = Path(xml_path)
    try:
        xml_text = path.read_text(encoding="utf-8")
        txt_path = path.with_suffix(".txt")
        text = txt_path.read_text(encoding="utf-8") if txt_path.is_file() else None
    except OSError as exc:
        raise CorpusError(f"{path}: cannot read ({exc.strerror or exc})") from None
    return parse_arggraph(xml_text, text=text, source=str(path))


def load_corpus(directory: str | Path) -> list[MicroText]:
    """All microtexts in ``directory`` (or its ``en/`` subfolder), sorted by id."""
    folder = Path(directory)
    if not folder.is_dir():
        raise CorpusError(f"{folder}: not a directory")
    if not any(folder.glob("*.xml")) and (folder / "en").is_dir():
        folder = folder / "en"
    paths = sorted(folder.glob("*.xml"))
    if not paths:
        raise CorpusError(f"{folder}: no arggraph .xml files")
    texts = [load_microtext(path) for path in paths]
    return sorted(texts, key=lambda micro: micro.id)


def load_folds(path: str | Path) -> list[list[str]]:
    """The test folds of ``folds_10x5.json`` (key ``test_folds``), or a bare list of lists."""
    file = Path(path)
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except OSError as exc:
        raise CorpusError(f"{file}: cannot read ({exc.strerror or exc})") from None
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
