"""Input limits, in a module with no imports so the CLI can show them in --help cheaply."""

# Decoded characters accepted by default; a longer input is refused with a pointer to
# --max-chars. One million characters is about 170 op-eds, far beyond any single article.
DEFAULT_MAX_CHARS = 1_000_000
