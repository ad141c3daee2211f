"""Argument units and what is known about each before any tree is built.

``segmenting`` cuts parsed paragraphs into units; ``markers``, ``modality``, ``attribution`` and
``quantities`` read one unit each; ``features`` gathers all of it into :class:`UnitFeatures`;
``signals`` derives the judgements several later stages share (turns, concludes, concedes).
"""
