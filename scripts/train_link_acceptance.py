#!/usr/bin/env python3
"""Fit the link-acceptance model on the development half of ``data/essays`` and write
``src/aidip_cli/models/link_acceptance.json`` (see ``aidip_cli.mine.tree.acceptance``).

Prints the five-fold cross-validation over the development essays first: how many links a model
fitted on the other folds would leave out, how often those were right, and the precision of the
links kept. Held-out essays are never read. Usage: python scripts/train_link_acceptance.py
"""

from __future__ import annotations

import json
from pathlib import Path

from aidip_cli.train import link_acceptance

REPO = Path(__file__).resolve().parents[1]
MODEL = REPO / "src" / "aidip_cli" / "models" / "link_acceptance.json"


def main() -> None:
    rows = link_acceptance.link_rows(REPO / "data" / "essays")
    checked = link_acceptance.cross_validate(rows)
    print(json.dumps(checked, indent=1))
    provenance = {
        "essays": len({r.essay for r in rows}),
        "corpus": "data/essays, development split only",
        "cross_validation": checked,
    }
    link_acceptance.save(link_acceptance.fit(rows), MODEL, provenance)
    print(f"wrote {MODEL.relative_to(REPO)}")


if __name__ == "__main__":
    main()
