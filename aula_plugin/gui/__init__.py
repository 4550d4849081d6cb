"""Thin GUI layer: widgets and dialogs, no domain logic."""
