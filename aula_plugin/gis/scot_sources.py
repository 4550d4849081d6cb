"""Where the layers of a SCoT rule file come from (QGIS glue of aula:scotcompatibility).

A rule file names its reference layers (``sources``) and the layers it checks (``subjects``,
core/scot/model.py). This module finds them, never through a hard-coded layer name:

- a ``table`` is a table of the *references*: the REFERENCES GeoPackage, else the GeoPackage the
  subjects come from, else — subjects of a PostGIS schema published by aula:publishpostgis —
  that schema, else the user's working copy (the log and the run header say which);
- an ``aula_output`` is the latest result of that kind in the reference GeoPackage's results
  register (``aula_resultats``, core/results_register.py), e.g. ``reservoirs:OUTPUT``, as the
  algorithm wrote it, without conversion (a GeoPackage's register only: with PostGIS references
  such a source is missing, its rules ``not_evaluable`` saying to give REFERENCES);
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
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qgis.core import (
    QgsDataSourceUri,
    QgsExpression,
    QgsFields,
    QgsProviderConnectionException,
    QgsProviderRegistry,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ..core.errors import QT_TRANSLATE_NOOP, AulaError
from ..core.results_register import kind_of, latest
from ..core.scot import model as m
from ..core.scot.status import R_MISSING_SOURCE
from .stored_tables import (
    POSTGRES,
    StoredTable,
    gpkg_path,
    gpkg_tables,
    split_gpkg_uri,
    stored_table,
    table_name,
)

# fmt: off
R_NO_REFERENCE_GPKG = QT_TRANSLATE_NOOP("aula",
    "the reference layer {source} is missing: no reference GeoPackage (give REFERENCES)")
R_NOT_COMPUTED = QT_TRANSLATE_NOOP("aula",
    "the reference layer {source} is missing: no result of {algorithm} ({output}) in the results "
    "register of {gpkg}")
R_MISSING_SUBJECT = QT_TRANSLATE_NOOP("aula", "the subject layer {layer} is missing")
R_POSTGIS_REGISTER = QT_TRANSLATE_NOOP("aula",
    "the reference layer {source} is missing: the results of {algorithm} are looked up in a "
    "GeoPackage's results register, not in the PostGIS schema {schema}; give REFERENCES (the "
    "GeoPackage holding them)")
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


def open_table(gpkg: Path, table: str) -> QgsVectorLayer | None:
    """The table ``table`` of ``gpkg`` (case-insensitive), or None."""
    names = {t.lower(): t for t in gpkg_tables(gpkg)}
    real = names.get(table.lower())
    if real is None:
        return None
    layer = QgsVectorLayer(f"{gpkg}|layername={real}", real, "ogr")
    return layer if layer.isValid() else None


@dataclass(frozen=True)
class References:
    """Where the rule file's ``table`` and ``aula_output`` sources are read: a GeoPackage
    (``gpkg``), or the PostGIS schema of a published table (``schema``: any of its tables)."""

    gpkg: Path | None = None
    schema: StoredTable | None = None

    @property
    def name(self) -> str:
        """For the log and the run header: the file name, or ``PostGIS <schema>``."""
        if self.schema is not None:
            return self.schema.where
        return self.gpkg.name if self.gpkg is not None else ""

    def exists(self) -> bool:
        return self.schema is not None or (self.gpkg is not None and self.gpkg.is_file())

    def open(self, table: str) -> QgsVectorLayer | None:
        """The table ``table`` (case-insensitive), or None."""
        if self.schema is not None:
            return open_postgis_table(self.schema, table)
        return open_table(self.gpkg, table) if self.gpkg is not None else None


def open_postgis_table(schema: StoredTable, table: str) -> QgsVectorLayer | None:
    """The table ``table`` (case-insensitive) of the PostGIS schema of ``schema``, or None."""
    metadata = QgsProviderRegistry.instance().providerMetadata(POSTGRES)
    uri = QgsDataSourceUri(schema.conninfo)
    try:
        connection = metadata.createConnection(uri.uri(False), {})
        names = {t.tableName().lower(): t for t in connection.tables(schema.schema)}
    except QgsProviderConnectionException:
        return None
    found = names.get(table.lower())
    if found is None:
        return None
    real = found.tableName()
    geometry = found.geometryColumn() if found.geometryColumnCount() else ""
    keys = found.primaryKeyColumns()
    uri.setDataSource(schema.schema, real, geometry, "", keys[0] if keys else "")
    layer = QgsVectorLayer(uri.uri(False), real, POSTGRES)
    return layer if layer.isValid() else None


def layer_store(layer: QgsVectorLayer | None) -> References | None:
    """The GeoPackage or PostGIS schema a layer reads, None for other layers."""
    stored = stored_table(layer)
    if stored is not None and stored.is_postgis:
        return References(schema=stored)
    path = gpkg_path(layer)
    return References(gpkg=path) if path is not None else None


def layer_label(layer: QgsVectorLayer) -> str:
    """A layer's table name when it is a GeoPackage or PostGIS table, else its name: for
    messages."""
    return table_name(layer) or layer.name()


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


def reference_store(
    given: str | None, subjects: QgsVectorLayer | None, working: Path
) -> References:
    """Where the ``table`` and ``aula_output`` sources are read: REFERENCES, else the subjects'
    GeoPackage or published PostGIS schema, else the working copy."""
    if given:
        found = split_gpkg_uri(given)
        return References(gpkg=found[0] if found else Path(given.split("|")[0]))
    return layer_store(subjects) or References(gpkg=working)


def _source(source: m.Source, refs: References, rules_dir: Path) -> Resolved:
    name = source.name
    if source.kind == "file":
        path = Path(source.path or "")
        candidates = [path] if path.is_absolute() else [rules_dir / path]
        if not path.is_absolute() and refs.gpkg is not None:
            candidates.append(refs.gpkg.parent / path)
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
    if not refs.exists():
        return Resolved(name, None, source.table or name, (R_NO_REFERENCE_GPKG, {"source": name}))
    if source.kind == "table":
        layer = refs.open(source.table or "")
        label = source.table or name
        if layer is None:
            return Resolved(name, None, label, (R_MISSING_SOURCE, {"source": f"{name} ({label})"}))
        return Resolved(name, layer, label)
    label = f"{source.algorithm} {source.output}"
    if refs.gpkg is None:  # the register is read with SQLite: never silently elsewhere
        schema = refs.schema.schema if refs.schema is not None else refs.name
        values = {"source": name, "algorithm": source.algorithm, "schema": schema}
        return Resolved(name, None, label, (R_POSTGIS_REGISTER, values))
    gpkg = refs.gpkg
    result = latest(gpkg, kind_of(source.algorithm or "", source.output or "OUTPUT"))
    layer = open_table(gpkg, result.table_name) if result is not None else None
    if layer is None:
        values = {"source": name, "algorithm": source.algorithm, "output": source.output,
                  "gpkg": gpkg.name}  # fmt: skip
        return Resolved(name, None, label, (R_NOT_COMPUTED, values))
    return Resolved(name, layer, result.table_name)


def resolve_sources(ruleset: m.RuleSet, refs: References, rules_dir: Path) -> dict[str, Resolved]:
    """Every source of the rule file, found or with the reason it is missing."""
    return {name: _source(s, refs, Path(rules_dir)) for name, s in ruleset.sources.items()}


def _matches(wanted: str, layer: QgsVectorLayer) -> bool:
    names = {layer.name().lower()}
    if table_name(layer):
        names.add(table_name(layer).lower())
    stem = Path(layer.source().split("|")[0]).stem.lower()
    names.add(stem)
    cnig = re.compile(rf"^[0-9a-z]+_{re.escape(wanted.lower())}(_[0-9]+)?$")
    return any(n == wanted.lower() or cnig.match(n) for n in names)


def resolve_subjects(
    ruleset: m.RuleSet, subjects: QgsVectorLayer, refs: References
) -> dict[str, Resolved]:
    """Every subject of the rule file; AulaError when none is found."""
    search = [p for p in (layer_store(subjects), refs) if p is not None]
    out: dict[str, Resolved] = {}
    for name, subject in ruleset.subjects.items():
        if subject.layer is None or _matches(subject.layer, subjects):
            out[name] = Resolved(name, subjects, layer_label(subjects))
            continue
        layer = None
        for store in search:
            layer = store.open(subject.layer)
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
