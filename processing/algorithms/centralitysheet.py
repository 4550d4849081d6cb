"""aula:centralitysheet: one explanation sheet per centrality perimeter, as a PDF (QGIS layout)."""

from __future__ import annotations

import csv
import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from qgis.core import (
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsMapLayer,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
    QgsProviderRegistry,
    QgsRectangle,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QLocale, QVariant

from ...core.centralities.rules import CentraParams
from ...core.errors import Cancelled
from ...toolbelt.paths import RESOURCES_DIR, STYLES_DIR
from ..base import AulaAlgorithm

REQUIRED_FIELDS = (
    "id",
    "insee_com",
    "nom_com",
    "type",
    "niveau",
    "n_act",
    "n_com",
    "n_srv",
    "n_equ",
    "n_log",
    "n_types",
    "types",
    "rules_passed",
    "robust",
    "robust_share",
    "params_hash",
    "data_vintages",
)
POINT_FIELDS = ("function", "role")
MAPPING_FILES = ("typequ_fonction_bpe2023.csv", "naf_fonction_rev2.csv")
COMMUNE_CODE_FIELDS = ("insee", "insee_com", "code_insee", "INSEE_COM", "codgeo")
#: characters of the equipment list that fit the page (about 11 lines at 7 pt)
TYPES_BUDGET = 1300
ROBUSTNESS_RUNS = 9
OK, KO = "✓", "✗"
WORK_CRS = "EPSG:2154"


def _plain(value: Any) -> Any:
    if isinstance(value, QVariant):
        return None if value.isNull() else value.value()
    return value


def _text(value: Any) -> str:
    value = _plain(value)
    return "" if value is None else str(value).strip()


def _int(value: Any) -> int | None:
    value = _plain(value)
    try:
        return None if value is None or value == "" else int(float(value))
    except (TypeError, ValueError):
        return None


def _float(value: Any) -> float | None:
    value = _plain(value)
    try:
        return None if value is None or value == "" else float(value)
    except (TypeError, ValueError):
        return None


@dataclass
class _Rule:
    key: str  # N, H, F (four functions), BB, or "" (unknown token)
    passed: bool | None
    threshold: str
    text: str


def parse_rules(rules_passed: str) -> list[_Rule]:
    """The tokens of ``rules_passed`` ("N≥10;H≥50;C,S,E,H=4/4;BB≤0.5"): ≥/≤ passed, </> failed."""
    rules: list[_Rule] = []
    for token in (t.strip() for t in (rules_passed or "").split(";")):
        if not token:
            continue
        if token.startswith("BB") and token[2:3] in ("≤", ">"):
            rules.append(_Rule("BB", token[2] == "≤", token[3:], token))
        elif token[:1] in ("N", "H") and token[1:2] in ("≥", "<"):
            rules.append(_Rule(token[0], token[1] == "≥", token[2:], token))
        elif "=" in token and "/" in token:
            rules.append(_Rule("F", None, token.split("=", 1)[1], token))
        else:
            rules.append(_Rule("", None, "", token))
    return rules


def load_type_labels(folder: Path) -> dict[str, str]:
    """code -> label from the mapping tables of resources/centralities (empty when absent)."""
    labels: dict[str, str] = {}
    for name in MAPPING_FILES:
        path = folder / name
        if not path.is_file():
            continue
        with path.open(encoding="utf-8", newline="") as handle:
            rows = csv.DictReader(line for line in handle if not line.startswith("#"))
            key = "typequ" if "typequ" in (rows.fieldnames or []) else "naf"
            for row in rows:
                code, label = (row.get(key) or "").strip(), (row.get("libelle") or "").strip()
                if code and label:
                    labels.setdefault(code, label)
    return labels


@dataclass
class _Inputs:
    layer: QgsVectorLayer
    name: str
    features: list[QgsFeature]
    points: QgsVectorLayer | None = None
    background: list[QgsMapLayer] = field(default_factory=list)
    sidecar: dict[str, Any] = field(default_factory=dict)
    crs: QgsCoordinateReferenceSystem | None = None  # the maps' CRS (EPSG:2154 if geographic)
    to_crs: QgsCoordinateTransform | None = None  # layer -> crs, None when the same

    def geometry(self, feature: QgsFeature) -> QgsGeometry:
        geometry = QgsGeometry(feature.geometry())
        if self.to_crs is not None:
            geometry.transform(self.to_crs)
        return geometry


class CentralitySheet(AulaAlgorithm):
    CENTRALITIES = "CENTRALITIES"
    POINTS = "POINTS"
    IDS = "IDS"
    SELECTED_ONLY = "SELECTED_ONLY"
    BACKGROUND = "BACKGROUND"
    OUTPUT = "OUTPUT"
    PAGES = "PAGES"

    group_key = "centralities"

    def name(self) -> str:
        return "centralitysheet"

    def displayName(self) -> str:
        return self.tr("Centrality explanation sheets")

    def tags(self) -> list[str]:
        return self.tr("centrality,centralité,fiche,sheet,PDF,layout,élus,CENTRA-1").split(",")

    def flags(self) -> QgsProcessingAlgorithm.Flags:
        # The layout, its throw-away project and the map layers it draws are created, rendered
        # and deleted by this algorithm: keep them all in the main thread.
        return super().flags() | QgsProcessingAlgorithm.Flag.FlagNoThreading

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        centralities = QgsProcessingParameterVectorLayer(
            self.CENTRALITIES,
            self.tr("Centralities (perimeters)"),
            [QgsProcessing.SourceType.TypeVectorPolygon],
        )
        centralities.setHelp(
            self.tr("The centralites layer written by aula:centralities (same fields).")
        )
        self.addParameter(centralities)
        points = QgsProcessingParameterVectorLayer(
            self.POINTS,
            self.tr("Activity points (optional)"),
            [QgsProcessing.SourceType.TypeVectorPoint],
            optional=True,
        )
        points.setHelp(
            self.tr("The centralites_points layer (fields function and role), drawn on the maps.")
        )
        self.addParameter(points)
        ids = QgsProcessingParameterString(
            self.IDS, self.tr("Perimeter ids (optional, comma-separated)"), optional=True
        )
        ids.setHelp(self.tr("Values of the id field; empty: every perimeter."))
        self.addParameter(ids)
        selected = QgsProcessingParameterBoolean(
            self.SELECTED_ONLY, self.tr("Selected perimeters only"), defaultValue=False
        )
        selected.setHelp(self.tr("Only the perimeters selected in the layer."))
        self.addParameter(selected)
        background = QgsProcessingParameterMultipleLayers(
            self.BACKGROUND,
            self.tr("Background layers (optional)"),
            QgsProcessing.SourceType.TypeMapLayer,
            optional=True,
        )
        background.setHelp(
            self.tr(
                "Drawn under the perimeters, e.g. the communes; a polygon layer with an INSEE "
                "code field (insee, insee_com…) also gives the commune boundary."
            )
        )
        self.addParameter(background)
        output = QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("Explanation sheets (PDF)"), self.tr("PDF files (*.pdf)")
        )
        output.setHelp(self.tr("One A4 portrait page per perimeter."))
        self.addParameter(output)
        self.addOutput(QgsProcessingOutputNumber(self.PAGES, self.tr("Number of pages")))

    # -- Validation -----------------------------------------------------------------------------

    def _missing(self, layer: QgsVectorLayer, names: tuple[str, ...], label: str) -> None:
        fields = layer.fields()
        missing = [n for n in names if fields.lookupField(n) < 0]
        if missing:
            raise QgsProcessingException(
                self.tr("{layer}: missing field(s) {fields} (expected: {expected})").format(
                    layer=label, fields=", ".join(missing), expected=", ".join(names)
                )
            )

    def _prepare(self, parameters: dict[str, Any], context: QgsProcessingContext) -> _Inputs:
        layer = self.parameterAsVectorLayer(parameters, self.CENTRALITIES, context)
        if layer is None or not layer.isValid():
            raise QgsProcessingException(self.invalidSourceError(parameters, self.CENTRALITIES))
        name = layer.name()
        self._missing(layer, REQUIRED_FIELDS, name)
        id_index = layer.fields().lookupField("id")
        if self.parameterAsBoolean(parameters, self.SELECTED_ONLY, context):
            if layer.selectedFeatureCount() == 0:
                raise QgsProcessingException(
                    self.tr("{layer}: no perimeter is selected").format(layer=name)
                )
            request = QgsFeatureRequest().setFilterFids(layer.selectedFeatureIds())
        else:
            request = QgsFeatureRequest()
        features = list(layer.getFeatures(request))
        wanted = [
            i.strip()
            for i in self.parameterAsString(parameters, self.IDS, context).split(",")
            if i.strip()
        ]
        if wanted:
            by_id = {_text(f.attribute(id_index)): f for f in features}
            unknown = [i for i in wanted if i not in by_id]
            if unknown:
                raise QgsProcessingException(
                    self.tr("{layer}: unknown perimeter id(s) {ids}").format(
                        layer=name, ids=", ".join(unknown)
                    )
                )
            features = [by_id[i] for i in dict.fromkeys(wanted)]
        else:
            fields = layer.fields()
            features.sort(
                key=lambda f: (
                    _text(f.attribute(fields.lookupField("nom_com"))),
                    _text(f.attribute(fields.lookupField("insee_com"))),
                    _text(f.attribute(id_index)),
                )
            )
        features = [f for f in features if f.hasGeometry() and not f.geometry().isEmpty()]
        if not features:
            raise QgsProcessingException(
                self.tr("{layer}: no perimeter to describe").format(layer=name)
            )
        inputs = _Inputs(layer=layer, name=name, features=features, crs=layer.crs())
        if layer.crs().isGeographic():  # metres for the extents, areas and scale bars
            inputs.crs = QgsCoordinateReferenceSystem(WORK_CRS)
            inputs.to_crs = QgsCoordinateTransform(
                layer.crs(), inputs.crs, context.transformContext()
            )
        points = self.parameterAsVectorLayer(parameters, self.POINTS, context)
        if points is not None:
            self._missing(points, POINT_FIELDS, points.name())
            inputs.points = points
        inputs.background = [
            lyr
            for lyr in self.parameterAsLayerList(parameters, self.BACKGROUND, context)
            if lyr is not None and lyr.isValid()
        ]
        inputs.sidecar = self._sidecar(layer)
        return inputs

    def _sidecar(self, layer: QgsVectorLayer) -> dict[str, Any]:
        """The JSON written beside the layer's file by aula:centralities, or {}."""
        parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
        path = str(parts.get("path") or "")
        if not path:
            return {}
        candidate = Path(path).with_suffix(".json")
        try:
            with candidate.open(encoding="utf-8") as handle:
                doc = json.load(handle)
        except (OSError, ValueError):
            return {}
        return doc if isinstance(doc, dict) else {}

    # -- Run ------------------------------------------------------------------------------------

    def processAlgorithm(
        self,
        parameters: dict[str, Any],
        context: QgsProcessingContext,
        feedback: QgsProcessingFeedback,
    ) -> dict[str, Any]:
        from ...gis.centralities_sheet import SheetLayers, render_sheets

        inputs = self._prepare(parameters, context)
        output = Path(self.parameterAsFileOutput(parameters, self.OUTPUT, context))
        crs = inputs.crs
        if crs != inputs.layer.crs():
            feedback.pushInfo(
                self.tr("{layer}: geographic coordinates, the maps are drawn in {crs}").format(
                    layer=inputs.name, crs=crs.authid()
                )
            )
        locale = QLocale(QgsApplication.locale() or "en")
        labels = load_type_labels(RESOURCES_DIR / "centralities")
        if not labels:
            feedback.pushInfo(
                self.tr("No mapping table found in resources/centralities: types shown as codes")
            )
        today = locale.toString(dt.date.today(), QLocale.ShortFormat)
        try:
            pages = []
            total = len(inputs.features)
            for n, feature in enumerate(inputs.features):
                self._check(feedback)
                pages.append(self._sheet(inputs, feature, n, total, labels, locale, today))
            feedback.setProgress(10)
            extents = [_grown(p.geometry.boundingBox()) for p in pages]
            layers = SheetLayers(
                crs=crs,
                perimeters=self._perimeters(inputs, feedback),
                points=self._points(inputs, crs, extents, context, feedback),
                background=self._background(inputs),
                communes=self._communes(inputs, crs, pages, context, feedback),
                perimeter_label=self.tr("Perimeter"),
                commune_label=self.tr("Commune boundary"),
            )
            feedback.setProgress(25)
            count = render_sheets(
                pages,
                layers,
                output,
                progress=lambda f: feedback.setProgress(25 + 50 * f),
                is_canceled=feedback.isCanceled,
            )
        except Cancelled:
            raise QgsProcessingException(self._cancelled()) from None
        except OSError as exc:
            raise QgsProcessingException(
                self.tr("The PDF could not be written to {path}: {error}").format(
                    path=str(output), error=str(exc)
                )
            ) from exc
        feedback.setProgress(100)
        feedback.pushInfo(
            self.tr("{count} sheet(s) written to {path}").format(count=count, path=str(output))
        )
        return {self.OUTPUT: str(output), self.PAGES: count}

    def _check(self, feedback: QgsProcessingFeedback) -> None:
        if feedback.isCanceled():
            raise Cancelled

    def _cancelled(self) -> str:
        return self.tr("Cancelled by the user: no output was written")

    # -- Page texts -----------------------------------------------------------------------------

    def _kind(self, value: str) -> str:
        kinds = {
            "centralité": self.tr("centrality"),
            "pôle périphérique": self.tr("peripheral pole"),
            "extension d'une centralité voisine": self.tr("extension of a neighbouring centrality"),
        }
        return kinds.get(value, value)

    def _level(self, value: str) -> str:
        levels = {
            "proximité": self.tr("local"),
            "intermédiaire": self.tr("intermediate"),
            "structurante": self.tr("structuring"),
        }
        return levels.get(value, value)

    def _minima(self, inputs: _Inputs, params_hash: str, rules: list[_Rule]) -> dict[str, int]:
        defaults = CentraParams()
        minima = {
            "C": defaults.min_commerce,
            "S": defaults.min_services,
            "E": defaults.min_equipment,
            "H": defaults.min_dwellings,
            "N": defaults.min_activities,
        }
        doc = inputs.sidecar
        if doc.get("params_hash") == params_hash and isinstance(doc.get("parameters"), dict):
            params = doc["parameters"]
            for key, name in (("C", "min_commerce"), ("S", "min_services"),
                              ("E", "min_equipment"), ("H", "min_dwellings"),
                              ("N", "min_activities")):  # fmt: skip
                value = _int(params.get(name))
                if value is not None:
                    minima[key] = value
        for rule in rules:  # the thresholds written in rules_passed win
            if rule.key in ("N", "H") and _int(rule.threshold) is not None:
                minima[rule.key] = int(rule.threshold)
        return minima

    def _sheet(
        self,
        inputs: _Inputs,
        feature: QgsFeature,
        number: int,
        total: int,
        labels: dict[str, str],
        locale: QLocale,
        today: str,
    ) -> Any:
        from ...gis.centralities_sheet import SheetPage

        def get(name: str) -> Any:
            index = feature.fields().lookupField(name)
            return _plain(feature.attribute(index)) if index >= 0 else None

        def num(value: float | None, decimals: int = 0) -> str:
            return "—" if value is None else locale.toString(float(value), "f", decimals)

        key, kind_value = _text(get("id")), _text(get("type"))
        commune = _text(get("nom_com")) or _text(get("insee_com")) or "?"
        kind, level = self._kind(kind_value), _text(get("niveau"))
        if level:
            title = self.tr("{commune} — {kind}, {level} level").format(
                commune=commune, kind=kind, level=self._level(level)
            )
        else:
            title = self.tr("{commune} — {kind}").format(commune=commune, kind=kind)
        area = _float(get("surface_ha"))
        geometry = inputs.geometry(feature)
        if area is None:
            area = geometry.area() / 10_000
        members = _int(get("n_membres"))
        subtitle = self.tr("Perimeter {id} · commune {insee} · {area} ha").format(
            id=key, insee=_text(get("insee_com")) or "—", area=num(area, 1)
        )
        if members is not None:
            subtitle += " · " + self.tr("{n} member activities").format(n=members)
        parent = _text(get("parent_id"))
        is_piece = bool(parent and parent != key)  # the rules were checked on the whole perimeter
        if _plain(get("cross_commune")) in (True, 1, "true", "1") or is_piece:
            subtitle += " · " + self.tr("part of perimeter {parent}, split by commune").format(
                parent=parent or key
            )

        rules = parse_rules(_text(get("rules_passed")))
        params_hash = _text(get("params_hash"))
        minima = self._minima(inputs, params_hash, rules)
        counts = {
            "C": _int(get("n_com")),
            "S": _int(get("n_srv")),
            "E": _int(get("n_equ")),
            "H": _int(get("n_log")),
        }
        size_value = members if members is not None else _int(get("n_act"))

        def met(value: int | None, minimum: int) -> str:
            return "" if value is None else (OK if value >= minimum else KO)

        rows = [
            [self.tr("Shops"), num(counts["C"]), f"≥ {minima['C']}", met(counts["C"], minima["C"])],
            [self.tr("Services"), num(counts["S"]), f"≥ {minima['S']}",
             met(counts["S"], minima["S"])],
            [self.tr("Facilities"), num(counts["E"]), f"≥ {minima['E']}",
             met(counts["E"], minima["E"])],
            [self.tr("Dwellings"), num(counts["H"]), f"≥ {minima['H']}",
             met(counts["H"], minima["H"])],
            [self.tr("Member activities"), num(size_value), f"≥ {minima['N']}",
             met(size_value, minima["N"])],
            [self.tr("Activities inside (all)"), num(_int(get("n_act"))), "—", ""],
        ]  # fmt: skip

        checklist = self._checklist(rules, minima, counts, size_value, get, num, is_piece)
        robustness = self._robustness(_text(get("robust")), _float(get("robust_share")))
        agreed_iou = _float(get("agreed_iou"))
        if agreed_iou is not None:
            robustness += "\n" + self.tr(
                "Overlap with the agreed perimeter (centralites_validees): IoU {iou}"
            ).format(iou=num(agreed_iou, 2))

        codes = [c for c in _text(get("types")).split(";") if c.strip()]
        n_types = _int(get("n_types"))
        types_title = self.tr("Equipment and activity types ({n})").format(
            n=n_types if n_types is not None else len(codes)
        )
        types_text = self._types(codes, labels)

        vintages = _text(get("data_vintages"))
        provenance = self.tr(
            "Method CENTRA-1 (AULA Territoires) · parameters {hash} · data: {vintages} · "
            "sheet made on {date}"
        ).format(hash=params_hash or "—", vintages=vintages or "—", date=today)
        run_date = _text(inputs.sidecar.get("run_date"))
        if run_date and inputs.sidecar.get("params_hash") == params_hash:
            provenance += " · " + self.tr("computed on {date}").format(date=run_date[:10])
        stamp = None
        if "synth" in vintages.lower():
            stamp = self.tr("SYNTHETIC — synthetic data, not for a decision")
        footer = self.tr("Centrality explanation sheet {n} / {total} — AULA Territoires").format(
            n=number + 1, total=total
        )
        return SheetPage(
            geometry=geometry,
            insee=_text(get("insee_com")),
            title=title,
            subtitle=subtitle,
            table_headers=[
                self.tr("Function"),
                self.tr("Inside the perimeter"),
                self.tr("Rule minimum"),
                self.tr("Met"),
            ],
            table_rows=rows,
            checklist_title=(
                self.tr(
                    "Rules of the CENTRA-1 method, checked on the whole perimeter {parent}"
                ).format(parent=parent)
                if is_piece
                else self.tr("Rules of the CENTRA-1 method")
            ),
            checklist=checklist,
            robustness=robustness,
            types_title=types_title,
            types_text=types_text,
            provenance=provenance,
            footer=footer,
            stamp=stamp,
        )

    def _checklist(self, rules, minima, counts, size_value, get, num, is_piece) -> list[str]:
        lines: list[str] = []
        if is_piece:  # the ticks are the whole perimeter's: the piece's own counts would mislead
            counts, size_value = dict.fromkeys(counts), None  # num() writes « — » for None
        h_passed = next((r.passed for r in rules if r.key == "H"), None)
        for rule in rules:
            if rule.key == "N":
                text = self.tr("At least {min} member activities ({value})").format(
                    min=rule.threshold, value=num(size_value)
                )
            elif rule.key == "H":
                text = self.tr("At least {min} dwellings ({value})").format(
                    min=rule.threshold, value=num(counts["H"])
                )
            elif rule.key == "F":
                k = _int(rule.threshold.split("/")[0])
                cse = (k or 0) - (1 if h_passed else 0)
                rule.passed = bool(h_passed) and cse >= 2
                text = self.tr(
                    "Housing and at least 2 of shops, services, facilities ({k}/4 functions)"
                ).format(k=rule.threshold.split("/")[0])
            elif rule.key == "BB":
                share = _float(get("share_big_box"))
                value = "—" if share is None or is_piece else num(100 * share, 0) + " %"
                text = self.tr("Big-box share at most {max} % ({value})").format(
                    max=num(100 * (_float(rule.threshold) or 0), 0), value=value
                )
            else:
                lines.append(f"• {rule.text}")
                continue
            lines.append(f"{OK if rule.passed else KO} {text}")
        if not lines:
            lines.append(self.tr("No rule recorded (rules_passed is empty)"))
        return lines

    def _robustness(self, robust: str, share: float | None) -> str:
        if not robust:
            return self.tr("Robustness: not computed (re-runs not asked)")
        state = {"stable": self.tr("stable"), "fragile": self.tr("fragile")}.get(robust, robust)
        k = round((share or 0.0) * ROBUSTNESS_RUNS)
        return self.tr(
            "Robustness: {state}, perimeter found in {k} of the {n} runs on neighbouring "
            "parameters (IoU ≥ 0.7)"
        ).format(state=state, k=k, n=ROBUSTNESS_RUNS)

    def _types(self, codes: list[str], labels: dict[str, str]) -> str:
        if not codes:
            return self.tr("No type recorded")
        items = [f"{c} {labels[c]}" if c in labels else c for c in sorted(set(codes))]
        shown: list[str] = []
        used = 0
        for item in items:
            if used + len(item) + 3 > TYPES_BUDGET:
                break
            shown.append(item)
            used += len(item) + 3
        text = " · ".join(shown)
        if len(shown) < len(items):
            text += " " + self.tr("… and {n} more (see the types field)").format(
                n=len(items) - len(shown)
            )
        return text

    # -- Map layers -----------------------------------------------------------------------------

    def _perimeters(self, inputs: _Inputs, feedback: QgsProcessingFeedback) -> QgsVectorLayer:
        """A memory copy of every perimeter (neighbours drawn in context), styled by level."""
        layer = QgsVectorLayer(
            f"MultiPolygon?crs={inputs.crs.authid()}&field=id:string&field=type:string"
            "&field=niveau:string&field=nom_com:string",
            self.tr("Centralities"),
            "memory",
        )
        fields = inputs.layer.fields()
        idx = [fields.lookupField(n) for n in ("id", "type", "niveau", "nom_com")]
        features = []
        request = QgsFeatureRequest().setSubsetOfAttributes(idx)
        for feature in inputs.layer.getFeatures(request):
            self._check(feedback)
            out = QgsFeature(layer.fields())
            out.setGeometry(inputs.geometry(feature))
            out.setAttributes([_plain(feature.attribute(i)) for i in idx])
            features.append(out)
        layer.dataProvider().addFeatures(features)
        layer.loadNamedStyle(str(STYLES_DIR / "centralites.qml"))
        layer.setLabelsEnabled(False)
        layer.setOpacity(0.55)
        return layer

    def _points(
        self,
        inputs: _Inputs,
        crs: QgsCoordinateReferenceSystem,
        extents: list[QgsRectangle],
        context: QgsProcessingContext,
        feedback: QgsProcessingFeedback,
    ) -> QgsVectorLayer | None:
        """A memory copy of the points inside the maps, styled by function (size by role)."""
        source = inputs.points
        if source is None:
            return None
        layer = QgsVectorLayer(
            f"Point?crs={crs.authid()}&field=function:string&field=role:string",
            self.tr("Activities (size: core > border > isolated)"),
            "memory",
        )
        to_source = QgsCoordinateTransform(crs, source.crs(), context.transformContext())
        to_map = QgsCoordinateTransform(source.crs(), crs, context.transformContext())
        fields = source.fields()
        idx = [fields.lookupField(n) for n in POINT_FIELDS]
        seen: set[int] = set()
        features = []
        for extent in extents:
            rect = to_source.transformBoundingBox(extent) if crs != source.crs() else extent
            request = QgsFeatureRequest().setFilterRect(rect).setSubsetOfAttributes(idx)
            for feature in source.getFeatures(request):
                self._check(feedback)
                if feature.id() in seen or not feature.hasGeometry():
                    continue
                seen.add(feature.id())
                geometry = QgsGeometry(feature.geometry())
                if crs != source.crs():
                    geometry.transform(to_map)
                out = QgsFeature(layer.fields())
                out.setGeometry(geometry)
                out.setAttributes([_text(feature.attribute(i)) for i in idx])
                features.append(out)
        layer.dataProvider().addFeatures(features)
        layer.loadNamedStyle(str(STYLES_DIR / "centralites_points.qml"))
        layer.setLabelsEnabled(False)
        renderer = layer.renderer()
        if isinstance(renderer, QgsCategorizedSymbolRenderer):
            names = {"C": self.tr("Shops"), "S": self.tr("Services"), "E": self.tr("Facilities")}
            for i, category in enumerate(renderer.categories()):
                renderer.updateCategoryLabel(i, names.get(str(category.value()), self.tr("Other")))
        return layer

    def _background(self, inputs: _Inputs) -> list[QgsMapLayer]:
        """Clones of the background layers (the user's keep their style and labels), faded."""
        clones = []
        for layer in inputs.background:
            clone = layer.clone()
            clone.setOpacity(0.6)
            clones.append(clone)
        return clones

    def _communes(
        self,
        inputs: _Inputs,
        crs: QgsCoordinateReferenceSystem,
        pages: list[Any],
        context: QgsProcessingContext,
        feedback: QgsProcessingFeedback,
    ) -> dict[str, QgsGeometry]:
        """INSEE code -> commune outline, from the first background polygon layer with a code."""
        wanted = {p.insee for p in pages if p.insee}
        for layer in inputs.background:
            if not isinstance(layer, QgsVectorLayer):
                continue
            if layer.geometryType() != QgsWkbTypes.PolygonGeometry:
                continue
            index = next(
                (layer.fields().lookupField(n) for n in COMMUNE_CODE_FIELDS
                 if layer.fields().lookupField(n) >= 0),
                -1,
            )  # fmt: skip
            if index < 0:
                continue
            transform = QgsCoordinateTransform(layer.crs(), crs, context.transformContext())
            found: dict[str, QgsGeometry] = {}
            for feature in layer.getFeatures(QgsFeatureRequest().setSubsetOfAttributes([index])):
                self._check(feedback)
                code = _text(feature.attribute(index))
                if code in wanted and feature.hasGeometry():
                    geometry = QgsGeometry(feature.geometry())
                    if layer.crs() != crs:
                        geometry.transform(transform)
                    found[code] = geometry
            if found:
                return found
        return {}


def _grown(box: QgsRectangle) -> QgsRectangle:
    """The map extent of a sheet, with room for the aspect ratio of the map frame."""
    side = max(box.width(), box.height(), 50.0)
    return QgsRectangle(
        box.center().x() - side,
        box.center().y() - side,
        box.center().x() + side,
        box.center().y() + side,
    )
