"""Scorers: how much each unit reads as the thesis or as background, and how likely one unit
argues for or against another. ``base`` is the contract, ``rules`` the shipped scorer,
``learned`` a scorer file from ``aidip train``, ``registry`` picks one by name."""
