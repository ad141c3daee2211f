"""The tree engines the harness can score on gold segments, behind one callable shape.

An engine maps a text's segments to a tree. ``baseline`` is built in (segment 1 is the central
claim, every other segment supports it: the trivial baseline of the corpus README). ``default``
is the analyser's engine, ``aidip_cli.mine.engine.predict_tree``; it is imported lazily, only
when asked for, so the harness works (and the baseline can be reported) before it exists.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import ModelError
from .trees import TreeLike

#: ``(segments, paragraph_of) -> tree``; the tree has 0-based ``heads``/``labels`` and ``root``.
Predictor = Callable[[Sequence[str], "list[int] | None"], TreeLike]

ENGINES = ("default", "baseline")


class EngineUnavailable(ModelError):
    """The requested engine (or the training API) is not importable in this build."""


@dataclass(frozen=True)
class BaselinePrediction:
    """Same shape as ``aidip_cli.mine.engine.TreePrediction``."""

    heads: list[int | None]
    labels: list[str | None]
    root: int


def predict_baseline(
    segments: Sequence[str], paragraph_of: list[int] | None = None
) -> BaselinePrediction:
    """First unit = central claim; every other unit supports it."""
    n = len(segments)
    heads: list[int | None] = [None] + [0] * (n - 1)
    labels: list[str | None] = [None] + ["support"] * (n - 1)
    return BaselinePrediction(heads=heads, labels=labels, root=0)


def default_predictor(model_file: Path | None = None) -> Predictor:
    """Wrap ``aidip_cli.mine.engine.predict_tree``; ``model_file`` is passed as its ``engine``.

    Raises :class:`EngineUnavailable` (one line, exit code 4) when the engine module or the
    function does not exist yet.
    """
    try:
        from ..mine import engine as engine_module

        predict_tree = engine_module.predict_tree
    except (ImportError, AttributeError) as exc:
        raise EngineUnavailable(
            f"the default engine is not available (aidip_cli.mine.engine.predict_tree: {exc}); "
            "use --engine baseline"
        ) from None
    engine_name = str(model_file) if model_file is not None else None

    def predict(segments: Sequence[str], paragraph_of: list[int] | None = None) -> TreeLike:
        return predict_tree(list(segments), paragraph_of=paragraph_of, engine=engine_name)

    return predict


def resolve_engine(name: str, *, model_file: Path | None = None) -> Predictor:
    """The predictor for an engine name (``default`` or ``baseline``)."""
    if name == "baseline":
        return predict_baseline
    if name == "default":
        return default_predictor(model_file)
    raise ModelError(f"unknown engine {name!r} (choose from: {', '.join(ENGINES)})", exit_code=2)


def default_available() -> tuple[bool, str]:
    """Whether the default engine can be imported, and why not when it cannot."""
    try:
        default_predictor()
    except EngineUnavailable as exc:
        return False, str(exc)
    return True, ""
