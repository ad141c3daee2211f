"""Evaluation: how close the analyser comes to annotated corpora, always next to a baseline.

Nothing here imports spaCy until an analysis is actually requested, and no corpus data is stored
in the package (readers in :mod:`aidip_cli.corpora` take paths). Modules: :mod:`._metrics`
(cc / ro / fu / at / lat, and the F1 of the central-claim and attached classes alone),
:mod:`._predictors` (baseline, the analyser, trained per fold), :mod:`._alignment` (predicted
units vs gold segments), :mod:`._webdiscourse` and :mod:`._essays` (scores on those corpora),
:mod:`.runner` (settings end to end), :mod:`.report` (JSON / rich / Markdown).
"""
