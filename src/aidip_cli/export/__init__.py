"""Export an analysis to the formats other argument tools read.

:mod:`.registry` maps each format name to its exporter (``export(analysis, "argdown")``);
:mod:`.formats` holds the names and file suffixes alone, so the CLI can list them without
importing any exporter. Every exporter is a pure function ``Analysis -> str``.
"""
