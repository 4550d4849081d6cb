"""AULA Processing provider and algorithms.

Staged as ``aula_plugin/processing``: never importable as a top-level ``processing`` package, which
is QGIS's own.
"""
