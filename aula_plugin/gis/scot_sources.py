"""Where the layers of a SCoT rule file come from (QGIS glue of aula:scotcompatibility).

A rule file names its reference layers (``sources``) and the layers it checks (``subjects``,
core/scot/model.py). This module finds them, never through a hard-coded layer name:

- a ``table`` is a table of the *reference GeoPackage*: the REFERENCES parameter, else the
  GeoPackage the subjects come from, else the user's working copy;
- an ``aula_output`` is the latest result of that kind in the reference GeoPackage's results
  register (``aula_resultats``, core/results_register.py), e.g. ``reservoirs:OUTPUT``, as the
  algorithm wrote it, without conversion;
- a ``path`` (+ ``layer``) is a file, relative to the rule file's folder (then to the reference
  GeoPackage's folder);
- a subject without ``layer`` is the SUBJECTS layer; with one, the SUBJECTS layer when its name
  or table matches (CNIG file names ``<code>_ZONE_URBA_<date>`` match ``zone_urba``), else that
  table of the subjects' or the reference GeoPackage.

A source that cannot be found is not an error: its rules become ``not_evaluable`` with the reason
(:class:`Resolved.reason`), never ``pass``. A subject layer in a geographic CRS is refused, naming
the layer: every metric is computed in the rule file's projected CRS (EPSG:2154 by default).
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qgis.core import QgsExpression, QgsFields, QgsVectorLayer, QgsWkbTypes

from ..core.errors import QT_TRANSLATE_NOOP, AulaError
from ..core.results_register import kind_of, latest
from ..core.scot import model as m
from ..core.scot.status import R_MISSING_SOURCE

# fmt: off
R_NO_REFERENCE_GPKG = QT_TRANSLATE_NOOP("aula",
    "the reference layer {source} is missing: no reference GeoPackage (give REFERENCES)")
R_NOT_COMPUTED = QT_TRANSLATE_NOOP("aula",
    "the reference layer {source} is missing: no result of {algorithm} ({output}) in the results "
    "register of {gpkg}")
R_MISSING_SUBJECT = QT_TRANSLATE_NOOP("aula", "the subject layer {layer} is missing")
R_SOURCE_FILTER = QT_TRANSLATE_NOOP("aula",
    "the filter of {source} refers to the field {field}, missing from {layer}")

GEOGRAPHIC_LAYER = QT_TRANSLATE_NOOP("aula",
    "{layer}: its CRS {crs} is geographic (degrees): metrics need a projected CRS; reproject the "
    "layer to Lambert-93 (EPSG:2154) first")
BAD_EXPRESSION = QT_TRANSLATE_NOOP("aula",
    "Rule {rule}: the filter {filter} is not a valid QGIS expression ({problem})")
UNKNOWN_FIELD = QT_TRANSLATE_NOOP("aula",
    "Rule {rule}: the field {field} is missing from the layer {layer} (fields: {fields})")
NO_SUBJECT = QT_TRANSLATE_NOOP("aula",
    "None of the rule file's subjects was found ({subjects}): the SUBJECTS layer is {layer}")
# fmt: on

Reason = tuple  # (template, values)


@dataclass
class Resolved:
    """A source or subject found (``layer``), or why not (``reason``: template, values)."""

    name: str
    layer: QgsVectorLayer | None
    label: str  # table or layer name, for messages and the run header
    reason: Reason | None = None


def gpkg_tables(gpkg: Path) -> set[str]:
    """The tables a GeoPackage lists in gpkg_contents (empty for a missing or unreadable file)."""
    if not Path(gpkg).is_file():
        return set()
    try:
        con = sqlite3.connect(f"{Path(gpkg).absolute().as_uri()}?mode=ro", uri=True)
        try:
            return {r[0] for r in con.execute("SELECT table_name FROM gpkg_contents")}
        finally:
            con.close()
    except sqlite3.Error:
        return set()


def open_table(gpkg: Path, table: str) -> QgsVectorLayer | None:
    """The table ``table`` of ``gpkg`` (case-insensitive), or None."""
    names = {t.lower(): t for t in gpkg_tables(gpkg)}
    real = names.get(table.lower())
    if real is None:
        return None
    layer = QgsVectorLayer(f"{gpkg}|layername={real}", real, "ogr")
    return layer if layer.isValid() else None


def layer_gpkg(layer: QgsVectorLayer | None) -> tuple[Path, str] | None:
    """(GeoPackage, table) a layer reads, or None when it is no GeoPackage table."""
    if layer is None or layer.providerType() != "ogr":
        return None
    path, _bar, options = layer.source().partition("|")
    if not path.lower().endswith(".gpkg"):
        return None
    table = ""
    for option in options.split("|"):
        key, _eq, value = option.partition("=")
        if key.strip().lower() == "layername":
            table = value
    return Path(path), table or layer.name()


def layer_label(layer: QgsVectorLayer) -> str:
    """A layer's table name when it is a GeoPackage table, else its name: for messages."""
    found = layer_gpkg(layer)
    return found[1] if found else layer.name()


def geometry_kind(layer: QgsVectorLayer) -> str:
    kind = layer.geometryType()
    if kind == QgsWkbTypes.GeometryType.PolygonGeometry:
        return m.POLYGON
    if kind == QgsWkbTypes.GeometryType.LineGeometry:
        return m.LINE
    if kind == QgsWkbTypes.GeometryType.PointGeometry:
        return m.POINT
    return m.NO_GEOMETRY


def check_projected(layer: QgsVectorLayer, name: str | None = None) -> None:
    """AulaError naming the layer when its CRS is geographic."""
    crs = layer.crs()
    if crs.isValid() and crs.isGeographic():
        raise AulaError(
            GEOGRAPHIC_LAYER,
            layer=name or layer_label(layer),
            crs=crs.authid() or crs.description(),
        )


def reference_gpkg(given: str | None, subjects: QgsVectorLayer | None, working: Path) -> Path:
    """The GeoPackage the ``table`` and ``aula_output`` sources are read from."""
    if given:
        return Path(given.split("|")[0])
    found = layer_gpkg(subjects)
    return found[0] if found else working


def _source(source: m.Source, gpkg: Path, rules_dir: Path) -> Resolved:
    name = source.name
    if source.kind == "file":
        path = Path(source.path or "")
        candidates = [path] if path.is_absolute() else [rules_dir / path, gpkg.parent / path]
        file = next((p for p in candidates if p.is_file()), None)
        label = f"{source.path}|{source.layer}" if source.layer else str(source.path)
        if file is None:
            return Resolved(name, None, label, (R_MISSING_SOURCE, {"source": f"{name} ({label})"}))
        if file.suffix.lower() == ".gpkg":
            layer = open_table(file, source.layer or "") if source.layer else None
        else:
            uri = f"{file}|layername={source.layer}" if source.layer else str(file)
            layer = QgsVectorLayer(uri, source.layer or file.stem, "ogr")
        if layer is None or not layer.isValid():
            return Resolved(name, None, label, (R_MISSING_SOURCE, {"source": f"{name} ({label})"}))
        return Resolved(name, layer, label)
    if not gpkg.is_file():
        return Resolved(name, None, source.table or name, (R_NO_REFERENCE_GPKG, {"source": name}))
    if source.kind == "table":
        layer = open_table(gpkg, source.table or "")
        label = source.table or name
        if layer is None:
            return Resolved(name, None, label, (R_MISSING_SOURCE, {"source": f"{name} ({label})"}))
        return Resolved(name, layer, label)
    result = latest(gpkg, kind_of(source.algorithm or "", source.output or "OUTPUT"))
    layer = open_table(gpkg, result.table_name) if result is not None else None
    if layer is None:
        values = {"source": name, "algorithm": source.algorithm, "output": source.output,
                  "gpkg": gpkg.name}  # fmt: skip
        return Resolved(name, None, f"{source.algorithm} {source.output}", (R_NOT_COMPUTED, values))
    return Resolved(name, layer, result.table_name)


def resolve_sources(ruleset: m.RuleSet, gpkg: Path, rules_dir: Path) -> dict[str, Resolved]:
    """Every source of the rule file, found or with the reason it is missing."""
    return {name: _source(s, Path(gpkg), Path(rules_dir)) for name, s in ruleset.sources.items()}


def _matches(wanted: str, layer: QgsVectorLayer) -> bool:
    names = {layer.name().lower()}
    found = layer_gpkg(layer)
    if found:
        names.add(found[1].lower())
    stem = Path(layer.source().split("|")[0]).stem.lower()
    names.add(stem)
    cnig = re.compile(rf"^[0-9a-z]+_{re.escape(wanted.lower())}(_[0-9]+)?$")
    return any(n == wanted.lower() or cnig.match(n) for n in names)


def resolve_subjects(
    ruleset: m.RuleSet, subjects: QgsVectorLayer, gpkg: Path
) -> dict[str, Resolved]:
    """Every subject of the rule file; AulaError when none is found."""
    search = [p for p in (layer_gpkg(subjects), (Path(gpkg), "")) if p]
    out: dict[str, Resolved] = {}
    for name, subject in ruleset.subjects.items():
        if subject.layer is None or _matches(subject.layer, subjects):
            out[name] = Resolved(name, subjects, layer_label(subjects))
            continue
        layer = None
        for path, _table in search:
            layer = open_table(path, subject.layer)
            if layer is not None:
                break
        reason = None if layer is not None else (R_MISSING_SUBJECT, {"layer": subject.layer})
        out[name] = Resolved(name, layer, subject.layer, reason)
    if all(r.layer is None for r in out.values()):
        raise AulaError(
            NO_SUBJECT, subjects=", ".join(sorted(r.label for r in out.values())),
            layer=layer_label(subjects),
        )  # fmt: skip
    return out


def field_of(fields: QgsFields, name: str | None) -> str | None:
    """The field ``name`` as spelled in ``fields`` (case-insensitive), None when absent or not
    asked."""
    if not name:
        return None
    index = fields.lookupField(name)
    return fields.at(index).name() if index >= 0 else None


def require_field(fields: QgsFields, name: str, rule: str, layer: str) -> str:
    """The field as spelled in the layer; AulaError naming the rule, field and layer."""
    found = field_of(fields, name)
    if found is None:
        raise AulaError(UNKNOWN_FIELD, rule=rule, field=name, layer=layer,
                        fields=", ".join(fields.names()))  # fmt: skip
    return found


def parse_filter(
    text: str | None, fields: QgsFields, rule: str, layer: str
) -> QgsExpression | None:
    """The parsed filter (None when there is none); AulaError naming the rule and the field when
    it does not parse or refers to a field the layer lacks."""
    if not text:
        return None
    expression = QgsExpression(text)
    if expression.hasParserError():
        raise AulaError(
            BAD_EXPRESSION, rule=rule, filter=text, problem=expression.parserErrorString()
        )
    for column in sorted(expression.referencedColumns()):
        if column and column != QgsFeatureRequestAll and fields.lookupField(column) < 0:
            raise AulaError(UNKNOWN_FIELD, rule=rule, field=column, layer=layer,
                            fields=", ".join(fields.names()))  # fmt: skip
    return expression


#: what referencedColumns() holds for "every attribute" (QgsFeatureRequest::ALL_ATTRIBUTES)
QgsFeatureRequestAll = "#!allattributes!#"


def missing_source_field(source: Resolved, text: str | None) -> Reason | None:
    """Why a source's own filter cannot be used (a field it lacks), or None."""
    if not text or source.layer is None:
        return None
    expression = QgsExpression(text)
    fields = source.layer.fields()
    for column in sorted(expression.referencedColumns()):
        if column and column != QgsFeatureRequestAll and fields.lookupField(column) < 0:
            return (R_SOURCE_FILTER, {"source": source.name, "field": column,
                                      "layer": source.label})  # fmt: skip
    return None


def describe(resolved: dict[str, Resolved]) -> dict[str, Any]:
    """name -> table read (or None when missing): for the JSONL run header."""
    return {
        name: (r.label if r.layer is not None else None) for name, r in sorted(resolved.items())
    }
