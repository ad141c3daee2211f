"""Readers of annotated corpora: the argumentative microtexts, the web-discourse Toulmin corpus
and the project's own gold op-eds. Corpora are never bundled (their licences differ); every
reader takes a path. Each can give its texts as :class:`~aidip_cli.corpora.gold.GoldText`.
"""
