"""Process-wide CLI flags (set once by the root callback)."""

DEBUG = False
