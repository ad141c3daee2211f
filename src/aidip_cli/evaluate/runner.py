"""Run an evaluation setting end to end and return its results as plain data.

One function per corpus. Each returns a *section* (a JSON-ready dict) that the report module
renders as a table, Markdown or JSON. The chosen system is always reported together with the
trivial baseline, scored on exactly the same texts and folds, so every number has its floor
next to it. (In the sections, ``engine`` names the system a row scores.)

Microtext sections also say what could not be scored as usual: the corpus files that could not
be read (``unreadable``: skipped, and dropped from the folds) and the segments that are not in
the text (``segments_not_in_text``: implicit ones, such as an unstated central claim). With gold
units such a segment is given to the system with its annotated wording, like every other gold
segment: the gold segmentation is the input of that setting. With predicted units no unit can
cover it, so it is a miss (see :mod:`._alignment`).
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from ..api import analyse_documents, analyse_path
from ..argtree import ArgTree
from ..corpora.essays import DEVELOPMENT, HELD_OUT, load_gold
from ..corpora.microtexts import MicroText, Unreadable
from ..corpora.speakers import load_speaker_probes
from ..corpora.webdiscourse import WebDoc
from ..errors import AidipError, CorpusError
from ..ingest import load_text
from ..schema import Analysis
from ._alignment import EMPTY_PRF, boundary_counts, project_tree, unit_tree_from_analysis
from ._attribution import AttributionCounts, score_attribution
from ._essays import is_news_style, pool_scores, score_essay
from ._loco import leave_one_corpus_out
from ._metrics import CLASS_SCORES, LEVELS, score_fold, summarise
from ._predictors import Predictor, checked, resolve, trained
from ._quantities import Case, Figure, Prediction, analyser_predictor, load_cases, score_cases
from ._quantities import Predictor as FigurePredictor
from ._speakers import score_speaker_probes
from ._webdiscourse import WebScores, units_from_analysis

Fold = list[MicroText]


def select_folds(
    texts: Sequence[MicroText],
    folds: Sequence[Sequence[str]] | None,
    *,
    limited: bool,
    unreadable: Sequence[Unreadable] = (),
) -> list[Fold]:
    """Test folds as lists of loaded texts sorted by id; no folds → one fold of all texts.

    Ids of unreadable files are dropped. Other ids the corpus does not have are an error, unless
    the corpus was cut with ``--limit``, in which case they are dropped too (and folds left empty
    are skipped).
    """
    by_id = {micro.id: micro for micro in texts}
    if folds is None:
        return [sorted(texts, key=lambda m: m.id)]
    skipped = {file.id for file in unreadable}
    unknown = sorted({i for fold in folds for i in fold} - by_id.keys() - skipped)
    if unknown and not limited:
        shown = ", ".join(unknown[:3]) + (" ..." if len(unknown) > 3 else "")
        raise CorpusError(f"the fold file names {len(unknown)} id(s) not in the corpus: {shown}")
    selected = [[by_id[i] for i in sorted(fold) if i in by_id] for fold in folds]
    selected = [fold for fold in selected if fold]
    if not selected:
        raise CorpusError("no fold has a text from the loaded corpus")
    return selected


def _predict(predictor: Predictor, micro: MicroText) -> ArgTree:
    prediction = predictor(list(micro.segments), [0] * len(micro.segments))
    return checked(prediction, len(micro.segments))


def _engine_result(name: str, per_fold: list[dict[str, float]], folded: bool) -> dict:
    summary = summarise(per_fold)
    result: dict = {
        "engine": name,
        "levels": {lvl: {"mean": summary[lvl][0], "std": summary[lvl][1]} for lvl in LEVELS},
        "class_f1": {
            key: {"mean": summary[key][0], "std": summary[key][1]} for key in CLASS_SCORES
        },
    }
    if folded:
        result["per_fold"] = {key: [fold[key] for fold in per_fold] for key in summary}
    return result


#: What a segment that is not in the text means in each setting (see the module docstring).
_NOT_IN_TEXT = {
    "gold": "it is given with its annotated wording, like every gold segment",
    "predicted": "no unit can cover it, so it is scored as a miss",
}


def _section(
    texts: Sequence[MicroText],
    folds: list[Fold],
    units: str,
    folded: bool,
    unreadable: Sequence[Unreadable],
) -> dict:
    not_in_text = sum(len(m.not_in_text) for m in texts)
    notes = []
    if unreadable:
        names = ", ".join(file.file for file in unreadable[:5])
        more = f" and {len(unreadable) - 5} more" if len(unreadable) > 5 else ""
        notes.append(f"{len(unreadable)} file(s) could not be read and were skipped: {names}{more}")
    if not_in_text:
        notes.append(
            f"{not_in_text} segment(s) not in the text (implicit in the annotation): "
            + _NOT_IN_TEXT[units]
        )
    return {
        "corpus": "microtexts",
        "units": units,
        "texts": len(texts),
        "segments": sum(len(m.segments) for m in texts),
        "segments_not_in_text": not_in_text,
        "unreadable": [{"file": file.file, "problem": file.problem} for file in unreadable],
        "folds": len(folds) if folded else None,
        "results": [],
        "notes": notes,
    }


def evaluate_microtexts_gold(
    texts: Sequence[MicroText],
    *,
    folds: Sequence[Sequence[str]] | None = None,
    system: str = "default",
    scorer_file: Path | None = None,
    train: bool = False,
    limited: bool = False,
    unreadable: Sequence[Unreadable] = (),
) -> dict:
    """Gold segments: the system predicts a tree over each text's segments.

    Zero-shot systems predict every text once and are scored per fold. With ``train=True`` a
    scorer is trained on each fold's training part (all loaded texts not in the test fold) and
    scored on its test part; no weights leave the process.
    """
    test_folds = select_folds(texts, folds, limited=limited, unreadable=unreadable)
    folded = folds is not None
    section = _section(texts, test_folds, "gold", folded, unreadable)
    names = [system] if system == "baseline" else [system, "baseline"]
    for name in names:
        if name == system and train:
            if not folded:
                raise AidipError("--train needs --folds (train and test parts come from the folds)")
            per_fold = []
            for fold in test_folds:
                test_ids = {m.id for m in fold}
                predictor = trained([m.gold_text() for m in texts if m.id not in test_ids])
                predicted = [_predict(predictor, m) for m in fold]
                per_fold.append(score_fold([m.gold for m in fold], predicted))
            section["results"].append(_engine_result("learned (trained per fold)", per_fold, True))
            continue
        predictor = resolve(name, scorer_file=scorer_file if name == system else None)
        predicted = {m.id: _predict(predictor, m) for m in texts}
        per_fold = [
            score_fold([m.gold for m in fold], [predicted[m.id] for m in fold])
            for fold in test_folds
        ]
        label = f"{name} ({scorer_file.name})" if scorer_file and name == system else name
        result = _engine_result(label, per_fold, folded)
        result["central_claim_by_position"] = _by_position(texts, predicted)
        section["results"].append(result)
    return section


def _by_position(texts: Sequence[MicroText], predicted: dict[str, ArgTree]) -> dict:
    """Texts whose central claim opens, closes or sits inside them: how many, and in how many
    the predicted root is that claim."""
    counts = {where: {"found": 0, "texts": 0} for where in ("first", "middle", "last")}
    for micro in texts:
        root, last = micro.gold.root, micro.gold.size - 1
        where = "first" if root == 0 else "last" if root == last else "middle"
        counts[where]["texts"] += 1
        counts[where]["found"] += int(predicted[micro.id].root == root)
    return counts


def analyse_texts(
    texts: Sequence[str], *, scorer: str | None = None, workers: int = 1
) -> list[Analysis]:
    """Run the analyser on raw texts (spaCy loaded once, texts parsed in batches), in order.
    ``workers`` > 1 deals the texts round-robin to that many fresh processes (each loads spaCy
    once): the same analyses, in less time on as many cores."""
    if workers <= 1 or len(texts) < 2 * workers:
        return _analysed(list(texts), scorer)
    dealt = [list(texts[k::workers]) for k in range(workers)]
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        parts = list(pool.map(_analysed, dealt, [scorer] * workers))
    merged: list[Analysis] = [None] * len(texts)  # type: ignore[list-item]
    for k, part in enumerate(parts):
        merged[k::workers] = part
    return merged


def _analysed(texts: list[str], scorer: str | None) -> list[Analysis]:
    return list(analyse_documents([load_text(text) for text in texts], scorer=scorer))


def evaluate_microtexts_predicted(
    texts: Sequence[MicroText],
    *,
    folds: Sequence[Sequence[str]] | None = None,
    system: str = "default",
    scorer_file: Path | None = None,
    analyses: Sequence[Analysis] | None = None,
    limited: bool = False,
    unreadable: Sequence[Unreadable] = (),
) -> dict:
    """The analyser's own units on the raw ``.txt``; trees projected onto the gold segments.

    ``analyses`` (one per text, in order) can be passed in to reuse a run or to test; otherwise
    :func:`analyse_texts` makes them. The baseline uses the same units with the trivial tree.
    See :mod:`aidip_cli.evaluate._alignment` for the boundary and projection definitions.
    """
    test_folds = select_folds(texts, folds, limited=limited, unreadable=unreadable)
    folded = folds is not None
    section = _section(texts, test_folds, "predicted", folded, unreadable)
    if analyses is None:
        analyses = analyse_texts(
            [m.text for m in texts], scorer=str(scorer_file) if scorer_file else None
        )
    if len(analyses) != len(texts):
        raise AidipError(f"{len(analyses)} analyses for {len(texts)} texts")

    boundaries = EMPTY_PRF
    unit_trees = {}
    for micro, analysis in zip(texts, analyses, strict=True):
        unit_tree = unit_tree_from_analysis(analysis, micro.text)
        unit_trees[micro.id] = unit_tree
        boundaries += boundary_counts(micro.text, micro.pieces, unit_tree.spans)
    without_units = sorted(m.id for m in texts if not unit_trees[m.id].spans)

    names = [system] if system == "baseline" else [system, "baseline"]
    for name in names:
        predicted = {}
        for micro in texts:
            unit_tree = unit_trees[micro.id]
            if name == "baseline":
                unit_tree = unit_tree.trivial()
            predicted[micro.id] = project_tree(micro.pieces, unit_tree)
        per_fold = [
            score_fold([m.gold for m in fold], [predicted[m.id] for m in fold])
            for fold in test_folds
        ]
        section["results"].append(_engine_result(name, per_fold, folded))
    section["segmentation"] = {
        "boundaries": boundaries.as_dict(),
        "predicted_units": sum(len(t.spans) for t in unit_trees.values()),
        "texts_without_units": len(without_units),
    }
    if without_units:
        section["notes"].append(
            f"{len(without_units)} text(s) got no units and were scored as the trivial tree"
        )
    section["notes"].append(
        "baseline = the analyser's units, first unit the claim, all others supporting it"
    )
    return section


def evaluate_webdiscourse(
    docs: Sequence[WebDoc],
    *,
    system: str = "default",
    scorer_file: Path | None = None,
    analyses: Sequence[Analysis] | None = None,
) -> dict:
    """Claim / premise detection and major-claim accuracy (see :mod:`._webdiscourse`)."""
    if analyses is None:
        analyses = analyse_texts(
            [d.text for d in docs], scorer=str(scorer_file) if scorer_file else None
        )
    if len(analyses) != len(docs):
        raise AidipError(f"{len(analyses)} analyses for {len(docs)} documents")
    names = [system] if system == "baseline" else [system, "baseline"]
    scores = {name: WebScores() for name in names}
    for doc, analysis in zip(docs, analyses, strict=True):
        units = units_from_analysis(analysis, doc.text)
        for name in names:
            scores[name].add(doc, units.trivial() if name == "baseline" else units)
    return {
        "corpus": "webdiscourse",
        "units": "predicted",
        "texts": len(docs),
        "results": [{"engine": name, **scores[name].as_dict()} for name in names],
        "notes": [
            "baseline = the analyser's units, first unit the major claim, all others premises"
        ],
    }


#: The news-style essays were written in rounds (numbers from-to): around the issues' patterns,
#: then as published columns, then editorials and verdict theses, then three rounds on speakers,
#: argument shape and numbers. Scored apart, a rule that only fits one round shows up.
NEWS_ROUNDS = (
    (9, 40),
    (41, 56),
    (57, 68),
    (69, 80),
    (81, 92),
    (93, 104),
    (105, 116),
    (117, 124),
    (125, 132),
    (133, 140),
    (141, 148),
    (149, 156),
    (157, 164),
    (165, 172),
    (173, 180),
    (181, 188),
)


def _number(essay: str) -> int:
    head = essay.split("_", 1)[0]
    return int(head) if head.isdigit() else -1


def _round_order(key: str) -> tuple[str, int]:
    """'held-out, essays 105-116' after 'held-out, essays 93-104' (by the round's first essay)."""
    split, _, essays = key.partition(", essays ")
    return split, int(essays.split("-")[0]) if essays else -1


def evaluate_essays(directory: Path, *, scorer: str | None = None) -> dict[str, Any]:
    """A report section: one row per essay, pooled rows per set and split, and for the
    news-style essays (which have attribution gold) the attribution scores per split and per
    writing round.

    The sets are the short sample essays (01–08) and the news-style essays (09 on); each has a
    development and a held-out split."""
    scores = []
    attribution: dict[str, AttributionCounts] = {}
    for essay, gold in load_gold(directory):
        analysis = analyse_path(essay, scorer=scorer)
        score = score_essay(gold, analysis)
        scores.append(score)
        if is_news_style(gold):
            counts = score_attribution(gold, analysis)
            number = _number(score.essay)
            rounds = [
                f"{first:02d}-{last:02d}" for first, last in NEWS_ROUNDS if first <= number <= last
            ]
            for key in (score.split, *(f"{score.split}, essays {r}" for r in rounds)):
                attribution[key] = attribution.get(key, AttributionCounts()) + counts
    pooled = {}
    for group in ("sample", "news"):
        for split in (DEVELOPMENT, HELD_OUT):
            chosen = [s for s in scores if s.split == split and s.group == group]
            if chosen:
                pooled[f"{group} {split}"] = pool_scores(chosen)
    for split in (DEVELOPMENT, HELD_OUT):
        for first, last in NEWS_ROUNDS:
            chosen = [
                s
                for s in scores
                if s.split == split and s.group == "news" and first <= _number(s.essay) <= last
            ]
            if chosen:
                pooled[f"news {split}, essays {first:02d}-{last:02d}"] = pool_scores(chosen)
    return {
        "corpus": "essays",
        "texts": len(scores),
        "essays": [s.__dict__ for s in scores],
        "pooled": pooled,
        "attribution": {
            key: attribution[key].as_dict() for key in sorted(attribution, key=_round_order)
        },
    }


def evaluate_quantities(
    cases: Sequence[Case] | Path, *, others: Mapping[str, FigurePredictor] | None = None
) -> dict[str, Any]:
    """Figures scored against quantity gold (see :mod:`._quantities` for the matching rule).

    ``cases`` are loaded cases or a path to load them from; ``others`` are further systems
    (name → predictor) scored side by side on the same cases, such as a third-party extractor.
    """
    if isinstance(cases, Path):
        cases = load_cases(cases)
    texts = [case.text for case in cases]
    systems = []
    for name, predictor in {"aidip": analyser_predictor, **(others or {})}.items():
        systems.append({"system": name, **score_cases(cases, predictor(texts))})
    return {"corpus": "quantities", "texts": len(cases), "systems": systems}


def evaluate_speaker_probes(
    path: Path, *, workers: int = 1, split: str | None = None
) -> dict[str, Any]:
    """Who said it, on short passages built around pronoun and title speakers
    (``data/probes/speakers.json``): accuracy per split (see :mod:`._speakers`), or of the one
    ``split`` asked for; ``workers`` processes analyse them."""
    probes = [p for p in load_speaker_probes(path) if split is None or p.split == split]
    # (parsed in spaCy batches: the same analyses as one at a time, in about 60% of the time)
    analyses = analyse_texts([probe.text for probe in probes], workers=workers)
    return {
        "corpus": "speaker probes",
        "texts": len(probes),
        "splits": score_speaker_probes(probes, analyses),
    }


__all__ = [
    "Figure",
    "FigurePredictor",
    "Prediction",
    "analyse_texts",
    "evaluate_essays",
    "evaluate_microtexts_gold",
    "evaluate_microtexts_predicted",
    "evaluate_quantities",
    "evaluate_speaker_probes",
    "evaluate_webdiscourse",
    "leave_one_corpus_out",
    "select_folds",
]
