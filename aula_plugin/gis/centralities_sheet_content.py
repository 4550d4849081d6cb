"""What each centrality explanation sheet shows: the page texts and the map layers.

For every perimeter of the centralites layer written by aula:centralities, :func:`sheet_page` words
the counts against the rule's minima, the rule checklist (decoded from rules_passed), robustness,
the equipment types with their labels and the provenance, translated and with numbers in the
user's locale; the map layers are memory copies (or clones) of the user's layers.
``gis/centralities_sheet.py`` places both on an A4 layout.

The texts keep the translation context of the algorithm ("CentralitySheet").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsLabelObstacleSettings,
    QgsMapLayer,
    QgsPalLayerSettings,
    QgsProcessingFeedback,
    QgsRectangle,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication, QLocale

from ..core.centralities.rules import Rule, functions_passed, parse_rules
from ..core.centralities.sheet import (
    MINIMA_FIELDS,
    ROBUSTNESS_RUNS,
    fit_types,
    robust_runs,
    rule_minima,
)
from ..core.errors import QT_TRANSLATE_NOOP
from ..toolbelt.paths import STYLES_DIR
from .centralities_sheet import SheetPage
from .feedback import check_cancelled
from .values import integer, key_text, number, plain

translate = QCoreApplication.translate  # pylupdate5 extracts translate("CentralitySheet", "...")

POINT_FIELDS = ("function", "role")
COMMUNE_CODE_FIELDS = ("insee", "insee_com", "code_insee", "INSEE_COM", "codgeo")
#: the project's territory styles (resources/styles/), by the key field that tells a background
#: polygon layer's kind (the first that matches: a commune layer also holds epci_siren)
TERRITORY_STYLES = (
    (COMMUNE_CODE_FIELDS, "commune.qml"),
    (("epci_siren",), "epci.qml"),
    (("scot_id",), "scot.qml"),
    (("pole_id",), "pole.qml"),
    (("territoire_id",), "territoire.qml"),
)
#: fields of the perimeter layers (computed or agreed), which also hold a commune code
PERIMETER_KEYS = ("parent_id", "centralite_id")
OK, KO = "✓", "✗"

# pylupdate5 skips a text followed by a trailing comma, which is how ruff format splits long calls.
# fmt: off
_AGREED = QT_TRANSLATE_NOOP("CentralitySheet", "Overlap with the agreed perimeter (centralites_validees): IoU {iou}")  # noqa: E501
_PROVENANCE = QT_TRANSLATE_NOOP("CentralitySheet", "Method CENTRA-1 (AULA Territoires) · parameters {hash} · data: {vintages} · sheet made on {date}")  # noqa: E501
_FOOTER = QT_TRANSLATE_NOOP("CentralitySheet", "Centrality explanation sheet {n} / {total} — AULA Territoires")  # noqa: E501
_RULES_OF_WHOLE = QT_TRANSLATE_NOOP("CentralitySheet", "Rules of the CENTRA-1 method, checked on the whole perimeter {parent}")  # noqa: E501
_FUNCTIONS = QT_TRANSLATE_NOOP("CentralitySheet", "Housing and at least 2 of shops, services, facilities ({k}/4 functions)")  # noqa: E501
_ROBUSTNESS = QT_TRANSLATE_NOOP("CentralitySheet", "Robustness: {state}, perimeter found in {k} of the {n} runs on neighbouring parameters (IoU ≥ 0.7)")  # noqa: E501
_ACTIVITIES = QT_TRANSLATE_NOOP("CentralitySheet", "Activities (size: core > border > isolated)")
# fmt: on


def _tr(text: str) -> str:
    """A template marked above with QT_TRANSLATE_NOOP("CentralitySheet", ...), translated."""
    return translate("CentralitySheet", text)


@dataclass
class SheetInputs:
    """The perimeters to describe (in page order) and what is drawn with them."""

    layer: QgsVectorLayer
    name: str
    features: list[QgsFeature]
    points: QgsVectorLayer | None = None
    background: list[QgsMapLayer] = field(default_factory=list)
    sidecar: dict[str, Any] = field(default_factory=dict)
    crs: QgsCoordinateReferenceSystem | None = None  # the maps' CRS (EPSG:2154 if geographic)
    to_crs: QgsCoordinateTransform | None = None  # layer -> crs, None when the same
    without_geometry: list[str] = field(default_factory=list)  # ids of the perimeters left out

    def geometry(self, feature: QgsFeature) -> QgsGeometry:
        geometry = QgsGeometry(feature.geometry())
        if self.to_crs is not None:
            geometry.transform(self.to_crs)
        return geometry


def _check(feedback: QgsProcessingFeedback) -> None:
    check_cancelled(feedback)


# -- Page texts -----------------------------------------------------------------------------------


def kind_label(value: str) -> str:
    kinds = {
        "centralité": translate("CentralitySheet", "centrality"),
        "pôle périphérique": translate("CentralitySheet", "peripheral pole"),
        "extension d'une centralité voisine": translate(
            "CentralitySheet", "extension of a neighbouring centrality"
        ),
    }
    return kinds.get(value, value)


def level_label(value: str) -> str:
    levels = {
        "proximité": translate("CentralitySheet", "local"),
        "intermédiaire": translate("CentralitySheet", "intermediate"),
        "structurante": translate("CentralitySheet", "structuring"),
    }
    return levels.get(value, value)


def _run_minima(sidecar: dict[str, Any], params_hash: str) -> dict[str, int | None]:
    """The run's minima from its JSON sidecar, when it describes the same parameters."""
    params = sidecar.get("parameters")
    if sidecar.get("params_hash") != params_hash or not isinstance(params, dict):
        return {}
    return {name: integer(params.get(name)) for _, name in MINIMA_FIELDS}


def sheet_page(
    inputs: SheetInputs,
    feature: QgsFeature,
    index: int,
    labels: dict[str, str],
    locale: QLocale,
    today: str,
) -> SheetPage:
    """Everything page ``index`` (0-based) says about ``feature``, in the user's language."""

    def get(name: str) -> Any:
        position = feature.fields().lookupField(name)
        return plain(feature.attribute(position)) if position >= 0 else None

    def text(name: str) -> str:
        return key_text(get(name))

    def num(value: float | None, decimals: int = 0) -> str:
        return "—" if value is None else locale.toString(float(value), "f", decimals)

    key, kind = text("id"), kind_label(text("type"))
    commune = text("nom_com") or text("insee_com") or "?"
    if text("niveau"):
        title = translate("CentralitySheet", "{commune} — {kind}, {level} level").format(
            commune=commune, kind=kind, level=level_label(text("niveau"))
        )
    else:
        title = translate("CentralitySheet", "{commune} — {kind}").format(
            commune=commune, kind=kind
        )
    area = number(get("surface_ha"))
    geometry = inputs.geometry(feature)
    if area is None:
        area = geometry.area() / 10_000
    members = integer(get("n_membres"))
    subtitle = translate("CentralitySheet", "Perimeter {id} · commune {insee} · {area} ha").format(
        id=key, insee=text("insee_com") or "—", area=num(area, 1)
    )
    if members is not None:
        subtitle += " · " + translate("CentralitySheet", "{n} member activities").format(n=members)
    parent = text("parent_id")
    is_piece = bool(parent and parent != key)  # the rules were checked on the whole perimeter
    if get("cross_commune") in (True, 1, "true", "1") or is_piece:
        subtitle += " · " + translate(
            "CentralitySheet", "part of perimeter {parent}, split by commune"
        ).format(parent=parent or key)

    rules = parse_rules(text("rules_passed"))
    params_hash = text("params_hash")
    minima = rule_minima(_run_minima(inputs.sidecar, params_hash), rules)
    counts = {k: integer(get(name)) for k, name in (("C", "n_com"), ("S", "n_srv"),
                                                   ("E", "n_equ"), ("H", "n_log"))}  # fmt: skip
    size_value = members if members is not None else integer(get("n_act"))

    def row(label: str, value: int | None, key: str) -> list[str]:
        met = "" if value is None else (OK if value >= minima[key] else KO)
        return [label, num(value), f"≥ {minima[key]}", met]

    rows = [
        row(translate("CentralitySheet", "Shops"), counts["C"], "C"),
        row(translate("CentralitySheet", "Services"), counts["S"], "S"),
        row(translate("CentralitySheet", "Facilities"), counts["E"], "E"),
        row(translate("CentralitySheet", "Dwellings"), counts["H"], "H"),
        row(translate("CentralitySheet", "Member activities"), size_value, "N"),
        [translate("CentralitySheet", "Activities inside (all)"), num(integer(get("n_act"))),
         "—", ""],
    ]  # fmt: skip
    if is_piece:  # the ticks are the whole perimeter's: the piece's own counts would mislead
        checked, checked_size, share = dict.fromkeys(counts), None, None
    else:
        checked, checked_size, share = counts, size_value, number(get("share_big_box"))
    checklist = rule_checklist(rules, checked, checked_size, share, num)

    robustness = robustness_text(text("robust"), number(get("robust_share")))
    agreed_iou = number(get("agreed_iou"))
    if agreed_iou is not None:
        robustness += "\n" + _tr(_AGREED).format(iou=num(agreed_iou, 2))

    codes = [c for c in text("types").split(";") if c.strip()]
    n_types = integer(get("n_types"))
    vintages = text("data_vintages")
    provenance = _tr(_PROVENANCE).format(
        hash=params_hash or "—", vintages=vintages or "—", date=today
    )
    run_date = key_text(inputs.sidecar.get("run_date"))
    if run_date and inputs.sidecar.get("params_hash") == params_hash:
        provenance += " · " + translate("CentralitySheet", "computed on {date}").format(
            date=run_date[:10]
        )
    stamp = None
    if "synth" in vintages.lower():
        stamp = translate("CentralitySheet", "SYNTHETIC — synthetic data, not for a decision")
    if is_piece:
        checklist_title = _tr(_RULES_OF_WHOLE).format(parent=parent)
    else:
        checklist_title = translate("CentralitySheet", "Rules of the CENTRA-1 method")
    return SheetPage(
        geometry=geometry,
        insee=text("insee_com"),
        title=title,
        subtitle=subtitle,
        table_headers=[
            translate("CentralitySheet", "Function"),
            translate("CentralitySheet", "Inside the perimeter"),
            translate("CentralitySheet", "Rule minimum"),
            translate("CentralitySheet", "Met"),
        ],
        table_rows=rows,
        checklist_title=checklist_title,
        checklist=checklist,
        robustness=robustness,
        types_title=translate("CentralitySheet", "Equipment and activity types ({n})").format(
            n=n_types if n_types is not None else len(codes)
        ),
        types_text=types_text(codes, labels),
        provenance=provenance,
        footer=_tr(_FOOTER).format(n=index + 1, total=len(inputs.features)),
        stamp=stamp,
    )


def rule_checklist(
    rules: list[Rule],
    counts: dict[str, int | None],
    size_value: int | None,
    big_box_share: float | None,
    num: Callable[..., str],
) -> list[str]:
    """One ticked line per rule of rules_passed (unknown tokens as is); None values print « — »."""
    lines: list[str] = []
    h_passed = next((r.passed for r in rules if r.key == "H"), None)
    for rule in rules:
        passed = rule.passed
        if rule.key == "N":
            line = translate("CentralitySheet", "At least {min} member activities ({value})")
            line = line.format(min=rule.threshold, value=num(size_value))
        elif rule.key == "H":
            line = translate("CentralitySheet", "At least {min} dwellings ({value})").format(
                min=rule.threshold, value=num(counts["H"])
            )
        elif rule.key == "F":
            passed = functions_passed(rule.threshold, h_passed)
            line = _tr(_FUNCTIONS).format(k=rule.threshold.split("/")[0])
        elif rule.key == "BB":
            value = "—" if big_box_share is None else num(100 * big_box_share, 0) + " %"
            maximum = num(100 * (number(rule.threshold) or 0), 0)
            line = translate("CentralitySheet", "Big-box share at most {max} % ({value})")
            line = line.format(max=maximum, value=value)
        else:
            lines.append(f"• {rule.text}")
            continue
        lines.append(f"{OK if passed else KO} {line}")
    if not lines:
        lines.append(translate("CentralitySheet", "No rule recorded (rules_passed is empty)"))
    return lines


def robustness_text(robust: str, share: float | None) -> str:
    if not robust:
        return translate("CentralitySheet", "Robustness: not computed (re-runs not asked)")
    states = {
        "stable": translate("CentralitySheet", "stable"),
        "fragile": translate("CentralitySheet", "fragile"),
    }
    return _tr(_ROBUSTNESS).format(
        state=states.get(robust, robust), k=robust_runs(share), n=ROBUSTNESS_RUNS
    )


def types_text(codes: list[str], labels: dict[str, str]) -> str:
    """The equipment types with their labels, as many as fit the page."""
    if not codes:
        return translate("CentralitySheet", "No type recorded")
    shown, more = fit_types(codes, labels)
    text = " · ".join(shown)
    if more:
        text += " " + translate("CentralitySheet", "… and {n} more (see the types field)").format(
            n=more
        )
    return text


# -- Map layers -----------------------------------------------------------------------------------


def grown_extent(box: QgsRectangle) -> QgsRectangle:
    """The map extent of a sheet, with room for the aspect ratio of the map frame."""
    side = max(box.width(), box.height(), 50.0)
    return QgsRectangle(
        box.center().x() - side,
        box.center().y() - side,
        box.center().x() + side,
        box.center().y() + side,
    )


def perimeters_layer(inputs: SheetInputs, feedback: QgsProcessingFeedback) -> QgsVectorLayer:
    """A memory copy of every perimeter (neighbours drawn in context), styled by level."""
    layer = QgsVectorLayer(
        f"MultiPolygon?crs={inputs.crs.authid()}&field=id:string&field=type:string"
        "&field=niveau:string&field=nom_com:string",
        translate("CentralitySheet", "Centralities"),
        "memory",
    )
    fields = inputs.layer.fields()
    idx = [fields.lookupField(n) for n in ("id", "type", "niveau", "nom_com")]
    features = []
    request = QgsFeatureRequest().setSubsetOfAttributes(idx)
    for feature in inputs.layer.getFeatures(request):
        _check(feedback)
        out = QgsFeature(layer.fields())
        out.setGeometry(inputs.geometry(feature))
        out.setAttributes([plain(feature.attribute(i)) for i in idx])
        features.append(out)
    layer.dataProvider().addFeatures(features)
    layer.loadNamedStyle(str(STYLES_DIR / "centralites.qml"))
    blocking(layer)
    layer.setOpacity(0.55)
    return layer


def blocking(layer: QgsVectorLayer) -> None:
    """No labels of its own, but the background's labels (commune names) avoid its features."""
    settings = QgsPalLayerSettings()
    settings.drawLabels = False
    obstacle = settings.obstacleSettings()
    obstacle.setIsObstacle(True)
    obstacle.setFactor(2.0)
    if layer.geometryType() == QgsWkbTypes.PolygonGeometry:
        obstacle.setType(QgsLabelObstacleSettings.PolygonWhole)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def points_layer(
    source: QgsVectorLayer | None,
    crs: QgsCoordinateReferenceSystem,
    extents: list[QgsRectangle],
    transform_context: QgsCoordinateTransformContext,
    feedback: QgsProcessingFeedback,
) -> QgsVectorLayer | None:
    """A memory copy of the points inside the maps, styled by function (size by role)."""
    if source is None:
        return None
    layer = QgsVectorLayer(
        f"Point?crs={crs.authid()}&field=function:string&field=role:string",
        _tr(_ACTIVITIES),
        "memory",
    )
    to_source = QgsCoordinateTransform(crs, source.crs(), transform_context)
    to_map = QgsCoordinateTransform(source.crs(), crs, transform_context)
    fields = source.fields()
    idx = [fields.lookupField(n) for n in POINT_FIELDS]
    seen: set[int] = set()
    features = []
    for extent in extents:
        rect = to_source.transformBoundingBox(extent) if crs != source.crs() else extent
        request = QgsFeatureRequest().setFilterRect(rect).setSubsetOfAttributes(idx)
        for feature in source.getFeatures(request):
            _check(feedback)
            if feature.id() in seen or not feature.hasGeometry():
                continue
            seen.add(feature.id())
            geometry = QgsGeometry(feature.geometry())
            if crs != source.crs():
                geometry.transform(to_map)
            out = QgsFeature(layer.fields())
            out.setGeometry(geometry)
            out.setAttributes([key_text(feature.attribute(i)) for i in idx])
            features.append(out)
    layer.dataProvider().addFeatures(features)
    layer.loadNamedStyle(str(STYLES_DIR / "centralites_points.qml"))
    blocking(layer)
    renderer = layer.renderer()
    if isinstance(renderer, QgsCategorizedSymbolRenderer):
        names = {
            "C": translate("CentralitySheet", "Shops"),
            "S": translate("CentralitySheet", "Services"),
            "E": translate("CentralitySheet", "Facilities"),
        }
        other = translate("CentralitySheet", "Other")
        for i, category in enumerate(renderer.categories()):
            renderer.updateCategoryLabel(i, names.get(str(category.value()), other))
    return layer


def territory_style(layer: QgsMapLayer) -> str | None:
    """The project's style of a territory polygon layer (communes, EPCI, SCoT…), else None."""
    if not isinstance(layer, QgsVectorLayer):
        return None
    if layer.geometryType() != QgsWkbTypes.PolygonGeometry:
        return None
    fields = layer.fields()
    if any(fields.lookupField(key) >= 0 for key in PERIMETER_KEYS):
        return None
    for keys, style in TERRITORY_STYLES:
        if any(fields.lookupField(key) >= 0 for key in keys):
            return style
    return None


def background_clones(layers: list[QgsMapLayer]) -> list[QgsMapLayer]:
    """Clones of the background layers: territories (communes, EPCI…) drawn with the project's
    own styles (light fill, outlines, names), whatever their style in the user's project; other
    layers keep theirs, faded."""
    clones = []
    for layer in layers:
        clone = layer.clone()
        style = territory_style(clone)
        if style is None or not clone.loadNamedStyle(str(STYLES_DIR / style))[1]:
            clone.setOpacity(0.6)
        clones.append(clone)
    return clones


def commune_outlines(
    layers: list[QgsMapLayer],
    wanted: set[str],
    crs: QgsCoordinateReferenceSystem,
    transform_context: QgsCoordinateTransformContext,
    feedback: QgsProcessingFeedback,
) -> dict[str, QgsGeometry]:
    """INSEE code -> commune outline, from the first background layer of communes."""
    for layer in layers:
        if territory_style(layer) != "commune.qml":
            continue
        index = next(
            (layer.fields().lookupField(n) for n in COMMUNE_CODE_FIELDS
             if layer.fields().lookupField(n) >= 0),
            -1,
        )  # fmt: skip
        if index < 0:
            continue
        transform = QgsCoordinateTransform(layer.crs(), crs, transform_context)
        found: dict[str, QgsGeometry] = {}
        for feature in layer.getFeatures(QgsFeatureRequest().setSubsetOfAttributes([index])):
            _check(feedback)
            code = key_text(feature.attribute(index))
            if code in wanted and feature.hasGeometry():
                geometry = QgsGeometry(feature.geometry())
                if layer.crs() != crs:
                    geometry.transform(transform)
                found[code] = geometry
        if found:
            return found
    return {}
