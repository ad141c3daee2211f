"""aidip: an offline argument analyser for op-eds about AI and international diplomacy.

The Python API mirrors the CLI: ``aidip_cli.analyse(text)`` is what ``aidip analyse`` runs.
Heavy modules (spaCy) load lazily, so importing this package stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .version import __version__

if TYPE_CHECKING:
    from .api import analyse, analyse_document, analyse_documents, analyse_path

__all__ = ["__version__", "analyse", "analyse_document", "analyse_documents", "analyse_path"]


def __getattr__(name: str) -> Any:
    if name in {"analyse", "analyse_path", "analyse_document", "analyse_documents"}:
        from . import api

        return getattr(api, name)
    raise AttributeError(name)
