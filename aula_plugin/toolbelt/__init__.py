"""Small shared helpers: translation, logging, settings and paths."""
