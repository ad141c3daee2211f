"""Op-ed structure: what a multi-paragraph essay adds to the pairwise edge scores.

Microtexts are one paragraph; op-eds have several, and their paragraphs have a shape. Each body
paragraph makes one point (its opening sentence, or the sentence marked "Therefore"), and the
other sentences are reasons for that point; a split-off clause ("X, as Y") argues for its host
and an example for the sentence it illustrates. An objection ("Critics argue ...") followed by a
reply ("Yet ...") hands the paragraph over to the reply; a point the author grants the objection
("Granted, ...") backs it, and the reply after the grant answers the objection. Scene-setting
opens the essay and leads up to the thesis, a story told later in the essay and a sentence that
only announces the other side ("The deal has loud critics.") are background, not argument.

Everything here is used only when the text has more than one paragraph, so single-paragraph texts
(the microtexts the rule scorer was tuned on) are decoded exactly as before.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from ...schema import STANCE_KINDS, Kind
from ..units.features import UnitFeatures, answers_a_question
from ..units.signals import (
    announces_a_view,
    announces_points,
    answers_back,
    conceded,
    conceding_turn,
    concludes,
    dated_or_counted,
    grants_a_point,
    grants_what_was_said,
    reports_a_side,
    states_a_myth,
    turns,
)

_PRESENT = {"VBZ", "VBP", "MD"}  # main verbs in the present (or a modal)


def is_oped(units: list[UnitFeatures]) -> bool:
    """More than one paragraph: the paragraph structure below applies."""
    return bool(units) and units[0].n_paragraphs > 1


@dataclass(frozen=True)
class Layout:
    """The paragraph plan of an op-ed for one choice of major claim."""

    background: frozenset[int]  # scene-setting units left out of the tree
    anchor: dict[int, int]  # unit -> the unit of its paragraph it argues for
    points: frozenset[int]  # each paragraph's point (argues for the major claim)
    replies: frozenset[int]  # "Yet ..." answers to an objection (attack it)
    # Units that back the view they are anchored to, whatever their markers say: a point the
    # author grants it ("Granted, ...") or the view's own reasons ("..., they argue").
    backs: frozenset[int] = frozenset()


def plain(u: UnitFeatures) -> bool:
    """No marker, no split, no other voice: a unit that only states something."""
    return u.opener is None and not u.split_connective and not u.is_concession and not u.inner


def _stance(u: UnitFeatures) -> bool:
    return bool(STANCE_KINDS & set(u.kinds)) and Kind.STATISTICAL not in u.kinds


def _calls_for_action(u: UnitFeatures) -> bool:
    """A plain prescription ("Governments should ..."), not a forecast ("will have to")."""
    kinds = set(u.kinds)
    return Kind.NORMATIVE in kinds and plain(u) and not kinds & {Kind.STATISTICAL, Kind.PREDICTIVE}


def scene_setting(units: list[UnitFeatures], members: dict[int, list[int]], root: int) -> set[int]:
    """Background for this root: what leads up to the thesis rather than arguing for it.

    * In the thesis paragraph, plain sentences before the thesis (unless the thesis is marked
      as their conclusion: "... should therefore ...").
    * An opening paragraph without the thesis sets the scene up to its first argumentative move
      (see ``_lead_in``); when it only sets the scene, so do the paragraphs after it that go on
      telling (``_narrative_run``, ``_scene_continued``).
    * A closing paragraph that ends in a call to action ("Governments should ...") is set up by
      the plain factual sentences before that call.
    * A paragraph anywhere that only tells a story (see ``_told``), and a sentence that only
      announces a view the next sentence reports (see ``_signposts``).
    """
    found: set[int] = set()
    root_par = units[root].paragraph
    body = [p for p in members if not (p == root_par and units[root].is_headline)]
    if not body:
        return found
    first, last = min(body), max(body)
    # the first body paragraph (when it is all definitions, it is gone already)
    opening = min(u.paragraph for u in units if not u.is_headline)
    before_root = [i for i in members[root_par] if i < root]
    if not concludes(units[root]):
        found.update(i for i in before_root if plain(units[i]))
    if root_par != first and first == opening and len(body) > 2:
        lead = _lead_in(units, members[first])
        found.update(lead)
        if len(lead) == len(members[first]):  # the whole first paragraph sets the scene
            after = body[body.index(first) + 1 :]
            found.update(_narrative_run(units, members, after, root_par))
            found.update(_scene_continued(units, members, after, root_par))
    elif root_par == first and len(body) > 2:
        found.update(_narrative_run(units, members, body[1:], root_par))
    if len(body) > 2:
        found.update(_told(units, members, body, root_par))
    if root_par != last and len(body) > 2:
        mains = [i for i in members[last] if not units[i].split_connective]
        call = next((k for k, i in enumerate(mains) if _calls_for_action(units[i])), None)
        if call:
            found.update(i for i in mains[:call] if plain(units[i]) and not _stance(units[i]))
    found.update(_signposts(units, root))
    # A split-off clause goes with its host.
    for ids in members.values():
        for prev, i in pairwise(ids):
            if units[i].split_connective and prev in found:
                found.add(i)
    found.discard(root)
    return found


def _tells(units: list[UnitFeatures], i: int) -> bool:
    """Tells rather than argues: no marker, no split, no side taken or answered, no stance of
    the author's own (a quoted speaker's appeal in a scene is part of the scene)."""
    u = units[i]
    if u.opener is not None or u.split_connective or u.is_concession:
        return False
    if answers_back(u) or conceded(units, i):
        return False
    own = u.attribution.status == "none" and not u.voice.quote_led
    return not (own and _stance(u))


def _story(units: list[UnitFeatures], ids: list[int]) -> bool:
    """A paragraph that narrates (mostly past tense or dated, no figures offered as evidence,
    no report of findings) rather than lays out evidence."""
    if any(Kind.STATISTICAL in units[i].kinds for i in ids):
        return False
    if any(_reports_evidence(units[i]) for i in ids):
        return False  # "The IMF estimates ...": evidence, not a story
    # A date counts as telling unless the sentence argues in the present about it ("That view
    # ignores 2015").
    past = sum(
        units[i].root_tag == "VBD" or (units[i].has_date and units[i].root_tag not in _PRESENT)
        for i in ids
    )
    return 2 * past >= len(ids)


def _reports_evidence(u: UnitFeatures) -> bool:
    """Someone else's words offered as evidence; a dated report of what happened ("Microsoft
    said in November that it had been granted licences") is part of the news being told."""
    if u.attribution.status == "none" or u.voice.quote_led:
        return False
    return not (u.root_tag == "VBD" and u.has_date)


def _narrative_run(
    units: list[UnitFeatures], members: dict[int, list[int]], paragraphs: list[int], root_par: int
) -> set[int]:
    """Paragraphs after the opening that go on telling (the history, the scene, the news) up
    to the first that argues — unless the next paragraph draws a conclusion from them."""
    found: set[int] = set()
    for k, p in enumerate(paragraphs):
        if p == root_par:
            continue
        ids = members[p]
        if not all(_tells(units, i) for i in ids) or not _story(units, ids):
            break
        following = paragraphs[k + 1] if k + 1 < len(paragraphs) else None
        if following is not None and concludes(units[members[following][0]]):
            break  # "That is why ...": the story was evidence
        found.update(ids)
    return found


SCENE_MAX_UNITS = 4  # news paragraphs that set a scene are short


def _scene_continued(
    units: list[UnitFeatures], members: dict[int, list[int]], paragraphs: list[int], root_par: int
) -> set[int]:
    """After an opening that only sets the scene, the paragraphs before the thesis that still
    only tell (no marker, no stance of the author's own): the second paragraph whatever its
    tense ("The African Union has a plan to close it."), later ones while they open by telling
    the past."""
    found: set[int] = set()
    for k, p in enumerate(paragraphs):
        ids = members[p]
        if p >= root_par or len(ids) > SCENE_MAX_UNITS:
            break  # a long paragraph develops a point with its evidence
        if not all(_tells(units, i) and plain(units[i]) for i in ids):
            break
        if k > 0 and not _told_from_the_start(units[ids[0]]):
            break
        found.update(ids)
    return found


def _told(
    units: list[UnitFeatures], members: dict[int, list[int]], body: list[int], root_par: int
) -> set[int]:
    """Paragraphs anywhere in the body that only tell a story (a scene, the history, a
    quotation heard there) and that nothing after them draws a conclusion from."""
    found: set[int] = set()
    for k, p in enumerate(body):
        ids = members[p]
        if p == root_par or not all(_tells(units, i) for i in ids) or not _story(units, ids):
            continue
        if not _told_from_the_start(units[ids[0]]):
            continue  # "The warning signs are already there." + dated events: a claim, shown
        following = body[k + 1] if k + 1 < len(body) else None
        if following is not None and concludes(units[members[following][0]]):
            continue
        found.update(ids)
    return found


def _signposts(units: list[UnitFeatures], root: int) -> set[int]:
    """ "Not everyone is impressed." right before a view the author reports: it announces the
    view, the view is what argues; "Two things follow." before the points it announces; and a
    question the next sentence answers."""
    found: set[int] = set()
    for i, u in enumerate(units[:-1]):
        nxt = units[i + 1]
        alone = u.paragraph_size == 1 and nxt.is_paragraph_first  # its own one-line paragraph
        followed = nxt.paragraph == u.paragraph or alone
        announced = followed and announces_a_view(u) and conceded(units, i + 1)
        listed = followed and announces_points(u)  # "Two things follow. The first is ..."
        if i != root and (announced or listed or _posed_to_answer(u, nxt)):
            found.add(i)
    return found


def _posed_to_answer(u: UnitFeatures, nxt: UnitFeatures) -> bool:
    """ "So, can Kazakhstan become Eurasia's server room? ¶ Not in the sense its boosters
    mean.": the author asks the question to answer it next; the answer is what argues
    (development essays: 7 such questions linked, none of them by the gold)."""
    return u.is_question and not nxt.is_question and answers_a_question(nxt.text)


def _told_from_the_start(u: UnitFeatures) -> bool:
    """The paragraph opens by telling (the past, a date, a quotation), not with a present claim."""
    return u.voice.quote_led or u.root_tag == "VBD" or (u.has_date and u.root_tag not in _PRESENT)


def _lead_in(units: list[UnitFeatures], ids: list[int]) -> list[int]:
    """The plain sentences that open the essay, up to its first argumentative move.

    A move is a marked unit, a sentence split at a connective ("X, but Y"), or the premise of
    a "Therefore"/"Consequently" that follows it. When the whole
    opening paragraph is plain, its last sentence still counts as a move if it takes a stance.
    """
    lead: list[int] = []
    for k, i in enumerate(ids):
        hosts_clause = k + 1 < len(ids) and bool(units[ids[k + 1]].split_connective)
        # "X. Consequently, Y": X is Y's premise, not scene-setting.
        premise_of_next = k + 1 < len(ids) and units[ids[k + 1]].opener_cls == "conclusion"
        if not plain(units[i]) or hosts_clause or premise_of_next:
            return lead
        lead.append(i)
    if lead and _stance(units[lead[-1]]):
        lead.pop()
    return lead


def _point(units: list[UnitFeatures], ids: list[int], last_paragraph: bool) -> int:
    """The paragraph's point: a marked conclusion, a closing call to action, or the opener."""
    mains = [i for i in ids if not units[i].split_connective]
    if not mains:
        return ids[0]
    # "Therefore ..." concludes the paragraph; a summary opener only when it closes it
    # ("Taken together, X and Y account for ..." mid-paragraph just adds figures up).
    marked = [
        i
        for i in mains
        if units[i].opener_cls == "conclusion"
        or (units[i].opener_cls == "summary" and i == mains[-1])
    ]
    if marked and marked[-1] != mains[0]:
        return marked[-1]
    if len(mains) > 1 and concludes(units[mains[-1]]):
        return mains[-1]
    if last_paragraph and not _stance(units[mains[0]]):
        call = next((i for i in mains if _calls_for_action(units[i])), None)
        if call is not None:
            return call
    return mains[0]


def layout(
    units: list[UnitFeatures], active: list[int], root: int, *, complete: bool = False
) -> Layout:
    """Background, paragraph points and in-paragraph anchors for ``root`` as the major claim
    (``complete``: every unit takes part, no scene-setting is left out)."""
    members: dict[int, list[int]] = {}
    for i in active:
        members.setdefault(units[i].paragraph, []).append(i)
    background = set() if complete else scene_setting(units, members, root)
    last = max(members)
    anchor: dict[int, int] = {}
    points: set[int] = set()
    replies: set[int] = set()
    backs: set[int] = set()
    granted: dict[int, int] = {}  # a grant -> the view it grants a point to
    other_side: int | None = None  # the view the previous paragraph ended on, when not ours
    voiced: int | None = None  # where the previous paragraph's closing run of voices begins
    for p in sorted(members):
        ids = [i for i in members[p] if i not in background]
        if not ids:
            continue
        point = root if units[root].paragraph == p else _point(units, ids, p == last)
        carried: int | None = None
        if point != root:
            points.add(point)
            # A paragraph that opens by answering the view the last one ended on ("Both
            # arguments confuse ...", "Yet the evidence ...") replies to it.
            if other_side is not None and point == ids[0] and _turns_back(units, point):
                anchor[point] = other_side
                replies.add(point)
                points.discard(point)
            # "Granted, ..." opening the paragraph after a view: the author grants that view a
            # point (supports it); the turn that follows answers the view. The grant itself
            # says the voices the paragraph before ended on are the other side ("Greta Hollis
            # is less alarmed. '...,' the former official told me. ¶ That may be true today.
            # But ...").
            elif (view := _view_granted(units, point, other_side, voiced)) is not None and (
                point == ids[0] and grants_a_point(units[point])
            ):
                anchor[point] = view
                backs.add(point)
                granted[point] = view
                points.discard(point)
            # "Indian officials argue that ... ¶ '...,' the commodore said.": somebody of that
            # side, quoted right after, backs the view (and leaves it the view to answer)
            elif other_side is not None and point == ids[0] and _voices_a_view(units, point):
                anchor[point] = other_side
                backs.add(point)
                points.discard(point)
                carried = other_side
        current = point
        previous: int | None = None
        for i in ids:
            u = units[i]
            if i == point:
                previous = i
                continue
            if i < point:
                anchor[i] = point
            elif u.split_connective == "which means" and previous not in (None, point):
                # "X, which means Y": X is the reason, Y the consequence the paragraph needs.
                anchor[i] = anchor.get(previous, current)
                anchor[previous] = i  # type: ignore[index]
            elif u.split_connective and previous is not None:
                anchor[i] = previous
            elif answers_back(u) and current in granted:
                anchor[i] = granted[current]
                replies.add(i)
                current = i
            elif answers_back(u) and conceded(units, current):
                anchor[i] = current
                replies.add(i)
                current = i
            elif grants_a_point(u) and _voices_a_view(units, current):
                anchor[i] = current
                backs.add(i)
                granted[i] = current
                current = i
            elif _voices_a_view(units, current) and _voices_a_view(units, i) and not turns(u):
                anchor[i] = current  # the same side goes on to give its reasons
                backs.add(i)
            elif (
                turns(u)
                and not conceding_turn(u)
                and previous is not None
                and not dated_or_counted(units[previous])
            ):
                # "X. Yet Y": a contrast turns against the sentence before it; it opens an
                # attack, never a support (a fact set against a fact is evidence weighed).
                anchor[i] = previous
                replies.add(i)
                current = i
            elif current == point and states_a_myth(units[point]) and not conceded(units, i):
                # The section stated the myth; the author's next sentence takes it apart.
                anchor[i] = current
                replies.add(i)
                current = i
            elif conceded(units, i) and not conceded(units, current):
                if _same_side_voice(units, current, i):
                    anchor[i] = current  # "Officials in Abu Dhabi bristle at ... '...,' one
                    backs.add(i)  # Emirati official told this newspaper": the view, voiced
                else:
                    anchor[i] = point
                    current = i
            elif u.opener_cls == "example" and previous is not None and previous != current:
                anchor[i] = _host(units, ids, previous)
            else:
                anchor[i] = current
            previous = i
        other_side = carried if carried is not None else _reported_view(units, ids)
        voiced = _closing_voices(units, ids)
        if other_side is None and (conceded(units, current) or current in granted):
            other_side = granted.get(current, current)
    return Layout(
        frozenset(background), anchor, frozenset(points), frozenset(replies), frozenset(backs)
    )


def _view_granted(
    units: list[UnitFeatures], grant: int, other_side: int | None, voiced: int | None
) -> int | None:
    """The view a paragraph-opening grant grants: the other side the paragraph before ended on,
    or, for a grant that points back ("That may be true today."), whatever voices it ended on."""
    if other_side is not None:
        return other_side
    return voiced if grants_what_was_said(units[grant]) else None


def _closing_voices(units: list[UnitFeatures], ids: list[int]) -> int | None:
    """The first unit of the run of other people's words a paragraph ends on, if it does."""
    first: int | None = None
    for i in reversed(ids):
        if units[i].split_connective:
            continue
        if not _voiced(units[i]):
            break
        first = i
    return first


def _reported_view(units: list[UnitFeatures], ids: list[int]) -> int | None:
    """The side a paragraph ends on when it ends in other people's words: the first sentence
    of its closing run of reported speech, when that voices the other side ("Critics say AI
    will ... because ..." / "Pan-Africanists object that ... '...,' one minister said."). A
    reply or a grant that opens the next paragraph ("They have it backwards.", "They have a
    point.") answers that view, not the author's sentence before it. (Quotations that back the
    author's own point are evidence, not a side.)"""
    view = _closing_voices(units, ids)
    if view is None or not conceded(units, view):
        return None
    # Mid-paragraph, only a voice named by its side ("Critics say ...") is the other side; other
    # quotations there back the author's sentence before them ("Admittedly, X. '...,' she said.")
    return view if view == ids[0] or reports_a_side(units[view]) else None


def _turns_back(units: list[UnitFeatures], i: int) -> bool:
    """The author answers the view before: "But ...", "That argument ...", or a "Still, ..."
    that grants nothing because the point before it was granted already."""
    u = units[i]
    return answers_back(u) or (conceding_turn(u) and not conceded(units, i))


def _same_side_voice(units: list[UnitFeatures], view: int, i: int) -> bool:
    """A voice right after a view the author reports, naming no side of its own and not
    turning: one of those who hold the view, giving it in their words."""
    u = units[i]
    return (
        _voiced(units[view])
        and _voiced(u)
        and not reports_a_side(u)
        and not turns(u)
        and not u.is_concession
    )


def _voiced(u: UnitFeatures) -> bool:
    return u.attribution.status != "none" or u.voice.quote_led


def _voices_a_view(units: list[UnitFeatures], i: int) -> bool:
    """Somebody else's view the author may grant a point to ("Hawks argue ...")."""
    return conceded(units, i) and _voiced(units[i])


def _host(units: list[UnitFeatures], ids: list[int], i: int) -> int:
    """A split-off clause stands for the sentence it was split from."""
    pos = ids.index(i)
    while pos > 0 and units[ids[pos]].split_connective:
        pos -= 1
    return ids[pos]
