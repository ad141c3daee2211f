"""The package version, in a module with no imports so every stage can read it cheaply."""

__version__ = "0.1.0"
