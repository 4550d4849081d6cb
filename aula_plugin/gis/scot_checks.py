"""Evaluate a SCoT rule file on subject layers: one finding per rule × subject × scope key.

QGIS glue of aula:scotcompatibility (the pure status logic is core/scot/status.py). For each rule:

1. its subject's features (the subject's own filter selects them), read into the rule file's
   metric CRS (Lambert-93 by default; a subject layer in a geographic CRS is refused);
2. the applicability filter (a QGIS expression, checked against the layer's fields before
   anything runs: errors name the rule and the field): false → ``not_applicable``;
3. the reference layer (gis/scot_sources.py), indexed once (gis/scot_measures.py), buffered by
   the rule's ``buffer_m`` (corridors are lines) or ``tolerance_m``; missing or empty →
   ``not_evaluable`` with the reason, never ``pass``;
4. the measure of the test (area outside, overlap area or ratio, density, distance and shortest
   line...), then the status (core/scot/status.py ``evaluate``) with its French message;
5. the scopes: per feature, then summed per commune / EPCI / SCoT (ratios of sums; distances: the
   worst); a group with a member that could not be measured is ``not_evaluable``, not a partial
   pass.

An invalid subject geometry is ``not_evaluable`` with GEOS's reason (never a silent pass);
invalid reference geometries are repaired with makeValid and reported.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_EXCEPTION, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsFeatureRequest,
    QgsGeometry,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QThread

from ..__about__ import __version__
from ..core.errors import QT_TRANSLATE_NOOP, Cancelled
from ..core.scot import model as m
from ..core.scot import status as st
from ..core.scot.loader import check_source_geometries
from ..toolbelt.i18n import tr
from .geometry import GeometryRepair
from .scot_measures import Measure, Reference, Tiles, collect, invalid_reason, wkt
from .scot_sources import (
    References,
    check_projected,
    field_of,
    geometry_kind,
    missing_source_field,
    parse_filter,
    reference_store,
    require_field,
    resolve_sources,
    resolve_subjects,
)
from .values import key_text, number

# fmt: off
R_NOT_AREA = QT_TRANSLATE_NOOP("aula",
    "the test measures areas but the subject's test geometry is a {geometry}: use within_distance "
    "or distance_to_nearest")
R_NO_DWELLINGS = QT_TRANSLATE_NOOP("aula", "no number of dwellings in {field}")
R_GROUP = QT_TRANSLATE_NOOP("aula", "{count} of its subject(s) could not be measured ({reason})")
R_NO_KEY = QT_TRANSLATE_NOOP("aula", "the subject has no {scope} key")
# fmt: on

ROLE_OUTSIDE = "outside"
ROLE_OVERLAP = "overlap"
ROLE_LINE = "shortest_line"
DISTANCE_OPS = (m.WITHIN_DISTANCE, m.DISTANCE_TO_NEAREST)
AREA_MEASURES = (m.WITHIN, m.DISJOINT, m.INTERSECTS, m.OVERLAP, m.OUTSIDE_ENVELOPE)

Progress = Callable[[float], None]


#: threads for the rules (0: one per core, as QThread.idealThreadCount says; 1: none)
RULE_THREADS = 0


@dataclass
class Item:
    """One subject feature, its geometry in the metric CRS and its keys."""

    fid: int
    sid: Any
    label: str | None
    insee: str | None
    epci: str | None
    geometry: QgsGeometry
    problem: str | None
    feature: Any
    #: the prepared engine and the cut of the footprint, per thread (rules run in parallel: a
    #: prepared GEOS geometry builds its index when first queried, never shared across threads)
    prepared: dict[int, Any] = field(default_factory=dict)
    cut: dict[int, Tiles] = field(default_factory=dict)

    def tiles(self, geometry: QgsGeometry) -> Tiles:
        """The footprint cut for the intersections (made once per thread, shared by its rules)."""
        if geometry is not self.geometry:
            return Tiles(geometry)
        thread = threading.get_ident()
        found = self.cut.get(thread)
        if found is None:
            found = self.cut[thread] = Tiles(self.geometry)
        return found

    def engine(self, geometry: QgsGeometry) -> Any:
        """The prepared GEOS engine of the footprint (made once per thread)."""
        if geometry is not self.geometry:
            engine = QgsGeometry.createGeometryEngine(geometry.constGet())
            engine.prepareGeometry()
            return engine
        thread = threading.get_ident()
        found = self.prepared.get(thread)
        if found is None:
            found = QgsGeometry.createGeometryEngine(self.geometry.constGet())
            found.prepareGeometry()
            self.prepared[thread] = found
        return found


@dataclass
class Checked:
    """A finding with the geometries of its rows: ``area`` for the findings layer (MultiPolygon:
    the evidence, else the subject) and ``line`` (the shortest line, or None)."""

    finding: st.Finding
    area: QgsGeometry | None
    line: QgsGeometry | None


@dataclass
class CheckResult:
    checked: list[Checked]
    run: dict[str, Any]
    references: References
    warnings: list[str] = field(default_factory=list)

    @property
    def findings(self) -> list[st.Finding]:
        return [c.finding for c in self.checked]


def _convert(value: float, unit: str) -> float:
    return value / 10000.0 if unit == m.HA else value


def _worst(values: Sequence[float], op: str) -> float:
    return max(values) if op in (m.LE, m.LT) else min(values)


class Engine:
    """One evaluation of a rule set (see the module docstring)."""

    def __init__(
        self,
        ruleset: m.RuleSet,
        subjects: QgsVectorLayer,
        rules_dir: Path,
        working: Path,
        references: str | None = None,
        transform_context: QgsCoordinateTransformContext | None = None,
        translate: Callable[[str], str] = tr,
        progress: Progress | None = None,
        is_canceled: Callable[[], bool] | None = None,
    ) -> None:
        self.ruleset = ruleset
        self.translate = translate
        self.progress = progress or (lambda _f: None)
        self.is_canceled = is_canceled or (lambda: False)
        self.context = transform_context or QgsCoordinateTransformContext()
        self.crs = QgsCoordinateReferenceSystem(ruleset.metric_crs)
        self.warnings: list[str] = []
        check_projected(subjects)
        self.refs = reference_store(references, subjects, working)
        self.subjects = resolve_subjects(ruleset, subjects, self.refs)
        self.sources = resolve_sources(ruleset, self.refs, rules_dir)
        for resolved in [*self.subjects.values(), *self.sources.values()]:
            if resolved.layer is not None and resolved.layer.geometryType() != (
                QgsWkbTypes.GeometryType.NullGeometry
            ):
                check_projected(resolved.layer, resolved.label)
        check_source_geometries(
            ruleset,
            {n: geometry_kind(r.layer) for n, r in self.sources.items() if r.layer is not None},
        )
        self._check_fields()
        self._items: dict[str, list[Item]] = {}
        self._refs: dict[str, Reference] = {}
        self._tables: dict[tuple[str, str, str], dict[str, Any]] = {}
        self._hashes: dict[str, dict[str, Any]] = {}

    # -- checks before anything runs ------------------------------------------------------------

    def _check_fields(self) -> None:
        self.filters: dict[str, QgsExpression | None] = {}
        self.subject_filters: dict[str, QgsExpression | None] = {}
        for rule in self.ruleset.rules:
            resolved = self.subjects[rule.subject]
            if resolved.layer is None:
                continue
            fields, layer = resolved.layer.fields(), resolved.label
            subject = self.ruleset.subjects[rule.subject]
            self.subject_filters[rule.subject] = parse_filter(
                subject.filter, fields, rule.id, layer
            )
            for name in (subject.id_field, subject.label_field, subject.commune_field,
                         subject.epci_field, rule.test.dwellings_field):  # fmt: skip
                if name:
                    require_field(fields, name, rule.id, layer)
            self.filters[rule.id] = parse_filter(rule.applies_filter, fields, rule.id, layer)

    def _source_reason(self, name: str | None) -> tuple[str, dict] | None:
        if name is None:
            return None
        resolved = self.sources[name]
        if resolved.reason is not None:
            return resolved.reason
        return missing_source_field(resolved, self.ruleset.sources[name].filter)

    # -- reading --------------------------------------------------------------------------------

    def _transform(self, layer: QgsVectorLayer) -> QgsCoordinateTransform | None:
        crs = layer.crs()
        if not crs.isValid() or crs == self.crs:
            return None
        return QgsCoordinateTransform(crs, self.crs, self.context)

    def _request(self, layer: QgsVectorLayer, text: str | None) -> QgsFeatureRequest:
        request = QgsFeatureRequest()
        if text:
            request.setFilterExpression(text)
            context = QgsExpressionContext()
            context.appendScopes(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
            request.setExpressionContext(context)
        return request

    def reference(self, name: str) -> Reference:
        """The source ``name`` read into the metric CRS and indexed (once)."""
        found = self._refs.get(name)
        if found is not None:
            return found
        resolved = self.sources[name]
        layer = resolved.layer
        transform = self._transform(layer)
        repair = GeometryRepair()
        geometries, attributes = [], []
        digest = hashlib.sha256()
        names = layer.fields().names()
        order = sorted(range(len(names)), key=lambda i: names[i])  # the digest's (name, text)
        features = sorted(
            layer.getFeatures(self._request(layer, self.ruleset.sources[name].filter)),
            key=lambda f: f.id(),
        )
        for count, feature in enumerate(features):
            if count % 1000 == 0 and self.is_canceled():
                raise Cancelled
            row = feature.attributes()
            values = dict(zip(names, row))
            digest.update(feature.geometry().asWkb().data() if feature.hasGeometry() else b"")
            digest.update(repr([(names[i], str(row[i])) for i in order]).encode())
            geometry = repair(feature.geometry())
            if geometry is None:
                continue
            geometry = QgsGeometry(geometry)
            if transform is not None:
                geometry.transform(transform)
            geometries.append(geometry)
            attributes.append(values)
        if repair.repaired or repair.dropped:
            self.warnings.append(
                tr(QT_TRANSLATE_NOOP("aula",
                   "{layer}: {count} invalid reference geometry(ies) repaired with makeValid"))
                .format(layer=resolved.label, count=repair.repaired + repair.dropped)
            )  # fmt: skip
        self._hashes[name] = {"table": resolved.label, "features": len(features),
                              "sha256": digest.hexdigest()}  # fmt: skip
        found = Reference(geometries, attributes, self.is_canceled)
        self._refs[name] = found
        return found

    def table(self, name: str, key_field: str, value_field: str) -> dict[str, Any] | tuple:
        """key -> value of a source read as a table, or the reason it cannot be."""
        cache = (name, key_field, value_field)
        if cache in self._tables:
            return self._tables[cache]
        reason = self._source_reason(name)
        if reason is None:
            layer = self.sources[name].layer
            fields = layer.fields()
            for wanted in (key_field, value_field):
                if field_of(fields, wanted) is None:
                    reason = (
                        st.R_MISSING_FIELD,
                        {"field": wanted, "layer": self.sources[name].label},
                    )
        if reason is not None:
            self._tables[cache] = reason
            return reason
        key, value = field_of(fields, key_field), field_of(fields, value_field)
        out: dict[str, Any] = {}
        request = self._request(layer, self.ruleset.sources[name].filter)
        request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
        for feature in sorted(layer.getFeatures(request), key=lambda f: f.id()):
            code = key_text(feature.attribute(key), None)
            if code and code not in out:
                out[code] = feature.attribute(value)
        self._hashes.setdefault(name, {"table": self.sources[name].label, "features": len(out)})
        self._tables[cache] = out
        return out

    def items(self, subject_name: str) -> list[Item]:
        """The features of a subject (its filter applied) in the metric CRS, by feature id."""
        found = self._items.get(subject_name)
        if found is not None:
            return found
        subject = self.ruleset.subjects[subject_name]
        layer = self.subjects[subject_name].layer
        fields = layer.fields()
        id_f, label_f = field_of(fields, subject.id_field), field_of(fields, subject.label_field)
        com_f, epci_f = (
            field_of(fields, subject.commune_field),
            field_of(fields, subject.epci_field),
        )
        transform = self._transform(layer)
        communes = None
        key_field = None
        source = subject.commune_source
        if source and com_f is None and self._source_reason(source) is None:
            communes = self.reference(source)
            key_field = self.ruleset.sources[source].key_field
        out = []
        for feature in sorted(layer.getFeatures(self._request(layer, subject.filter)),
                              key=lambda f: f.id()):  # fmt: skip
            if self.is_canceled():
                raise Cancelled
            geometry = QgsGeometry(feature.geometry())
            problem = None
            if geometry.isNull() or geometry.isEmpty():
                problem = "-"
            else:
                if transform is not None:
                    geometry.transform(transform)
                problem = invalid_reason(geometry)
            insee = key_text(feature.attribute(com_f), None) if com_f else None
            if insee is None and communes is not None and problem is None:
                n = communes.containing(geometry.centroid())
                if n is None:
                    n = communes.containing(geometry.pointOnSurface())
                if n is not None and key_field:
                    insee = key_text(communes.attributes[n].get(key_field), None)
            out.append(Item(
                fid=feature.id(),
                sid=key_text(feature.attribute(id_f)) if id_f else feature.id(),
                label=key_text(feature.attribute(label_f), None) if label_f else None,
                insee=insee or None,
                epci=key_text(feature.attribute(epci_f), None) if epci_f else None,
                geometry=geometry, problem=problem, feature=feature,
            ))  # fmt: skip
        self._items[subject_name] = out
        return out

    # -- one rule -------------------------------------------------------------------------------

    def _applies(self, rule: m.Rule, item: Item) -> bool:
        expression = self.filters.get(rule.id)
        if expression is None:
            return True
        context = QgsExpressionContext()
        context.setFeature(item.feature)
        context.setFields(item.feature.fields())
        value = expression.evaluate(context)
        return bool(value) and not (hasattr(value, "isNull") and value.isNull())

    def _measure(self, rule: m.Rule, item: Item, ref: Reference | None) -> Measure | tuple:
        test = rule.test
        op = test.op
        geometry = item.geometry
        if test.geometry == m.CENTROID:
            geometry = geometry.centroid()
        if op in AREA_MEASURES and geometry.type() != QgsWkbTypes.GeometryType.PolygonGeometry:
            kind = "point" if geometry.type() == QgsWkbTypes.GeometryType.PointGeometry else "line"
            return (R_NOT_AREA, {"geometry": kind})
        prepared = item.engine(geometry)
        tiles = item.tiles(geometry)
        if op == m.WITHIN:
            # the evidence is the part outside the reference itself; the tolerance is measured
            # only when something lies outside (it can only shrink that part)
            before, part = ref.outside(geometry, prepared, tiles=tiles)
            outside = before
            if test.tolerance_m > 0 and part is not None:
                tolerant = ref.buffered(test.tolerance_m)
                outside, _none = tolerant.outside(geometry, prepared, evidence=False, tiles=tiles)
            return Measure(outside, outside, geometry.area(), before, part, ROLE_OUTSIDE)
        if op in (m.DISJOINT, m.INTERSECTS, m.OVERLAP):
            area, part = ref.overlap(geometry, prepared, tiles)
            if op == m.OVERLAP and test.measure == m.OVERLAP_RATIO:
                total = geometry.area()
                value = 100.0 * area / total if total > 0 else None
                return Measure(value, area, total, None, part, ROLE_OVERLAP)
            return Measure(area, area, geometry.area(), None, part, ROLE_OVERLAP)
        if op == m.OUTSIDE_ENVELOPE:
            outside, part = ref.outside(geometry, prepared, tiles=tiles)
            return Measure(outside, outside, geometry.area(), None, part, ROLE_OUTSIDE)
        if op in DISTANCE_OPS:
            found = ref.nearest(geometry, prepared)
            if found is None:
                return (st.R_EMPTY_SOURCE, {"source": test.against})
            return Measure(found[0], found[0], 0.0, None, found[1], ROLE_LINE)
        # density_ratio
        dwellings = number(item.feature.attribute(test.dwellings_field))
        if dwellings is None:
            return (R_NO_DWELLINGS, {"field": test.dwellings_field})
        area_ha = geometry.area() / 10000.0
        if area_ha <= 0:
            return (st.R_ZERO_AREA, {})
        return Measure(dwellings / area_ha, dwellings, area_ha)

    def _value(self, rule: m.Rule, measure: Measure) -> float | None:
        if measure.value is None:
            return None
        if rule.test.op in AREA_MEASURES and not (
            rule.test.op == m.OVERLAP and rule.test.measure == m.OVERLAP_RATIO
        ):
            return _convert(measure.value, rule.threshold.unit)
        return measure.value

    def _class(self, rule: m.Rule, key: str | None) -> tuple[str | None, tuple | None]:
        t = rule.threshold
        if not t.classes:
            return None, None
        table = self.table(t.class_source, t.class_key_field, t.class_field)
        if isinstance(table, tuple):
            return None, table
        if key is None:
            return None, (st.R_NO_COMMUNE, {})
        value = table.get(key)
        return (key_text(value, None) if value is not None else None), None

    def _budget(self, rule: m.Rule, key: str) -> tuple[float | None, tuple | None]:
        budget = rule.test.budget
        if budget is None or rule.threshold.field is None:
            return None, None
        table = self.table(budget.source, budget.key_field, rule.threshold.field)
        if isinstance(table, tuple):
            return None, table
        return number(table.get(key)), None

    def check_rule(self, rule: m.Rule, done: list[int], total: int) -> list[Checked]:
        resolved = self.subjects[rule.subject]
        if resolved.layer is None:
            outcome = st.evaluate(rule, None, reason=resolved.reason)
            key = self.ruleset.document.get("idurba") or m.SCOT
            return [self._checked(rule, outcome, rule.scopes[0], str(key), resolved, key)]
        reason = self._source_reason(rule.test.against)
        ref = None
        if reason is None and rule.test.against:
            ref = self.reference(rule.test.against)
            if not len(ref):
                reason = (st.R_EMPTY_SOURCE, {"source": rule.test.against})
            elif rule.test.buffer_m:
                ref = ref.buffered(rule.test.buffer_m)
        measured: list[tuple[Item, bool, Measure | None, tuple | None]] = []
        out: list[Checked] = []
        for item in self.items(rule.subject):
            if self.is_canceled():
                raise Cancelled
            done[0] += 1  # (a count for the progress bar: a race between rules only blurs it)
            if done[0] % 50 == 0 and threading.get_ident() == self._caller:
                self.progress(done[0] / max(total, 1))
            applicable = self._applies(rule, item)
            why = None
            measure = None
            if applicable:
                if item.problem == "-":
                    why = (st.R_NO_GEOMETRY, {})
                elif item.problem:
                    why = (st.R_INVALID_GEOMETRY, {"problem": item.problem})
                else:
                    why = reason
                if why is None:
                    result = self._measure(rule, item, ref)
                    measure, why = (result, None) if isinstance(result, Measure) else (None, result)
            measured.append((item, applicable, measure, why))
            if m.FEATURE in rule.scopes:
                out.append(self._feature(rule, resolved, item, applicable, measure, why))
        for scope in rule.scopes:
            if scope != m.FEATURE:
                out.extend(self._groups(rule, resolved, scope, measured))
        return out

    def _feature(self, rule, resolved, item, applicable, measure, why) -> Checked:
        class_name, class_why = self._class(rule, item.insee) if applicable else (None, None)
        why = why or class_why
        value = self._value(rule, measure) if measure is not None else None
        outcome = st.evaluate(
            rule, value, applicable=applicable, reason=why, class_name=class_name,
            before_tolerance=(_convert(measure.before_tolerance, rule.threshold.unit)
                              if measure is not None and measure.before_tolerance is not None
                              else None),
        )  # fmt: skip
        evidence = measure.evidence if measure is not None else None
        role = measure.role if measure is not None else None
        return self._checked(rule, outcome, m.FEATURE, str(item.sid), resolved, item.sid,
                             item.label, item.insee, evidence, role, [item.geometry])  # fmt: skip

    def _key(self, scope: str, item: Item) -> str | None:
        if scope == m.COMMUNE:
            return item.insee
        if scope == m.EPCI:
            return item.epci
        return str(self.ruleset.document.get("idurba") or m.SCOT)

    def _groups(self, rule, resolved, scope, measured) -> list[Checked]:
        groups: dict[str, list] = {}
        missing: list = []
        for entry in measured:
            key = self._key(scope, entry[0])
            if key is None:
                if entry[1]:
                    missing.append(entry)
                continue
            groups.setdefault(key, []).append(entry)
        out = []
        for key in sorted(groups):
            out.append(self._group(rule, resolved, scope, key, groups[key]))
        if missing:  # subjects without the scope's key: said, never dropped silently
            outcome = st.evaluate(rule, None, reason=(R_NO_KEY, {"scope": scope}))
            geometries = [e[0].geometry for e in missing]
            out.append(self._checked(rule, outcome, scope, "", resolved, "", None, None,
                                     None, None, geometries))  # fmt: skip
        return out

    def _group(self, rule, resolved, scope, key, entries) -> Checked:
        applicable = [e for e in entries if e[1]]
        geometries = [e[0].geometry for e in entries]
        insee = key if scope == m.COMMUNE else None
        if not applicable:
            outcome = st.evaluate(rule, None, applicable=False)
            return self._checked(rule, outcome, scope, key, resolved, key, None, insee,
                                 None, None, geometries)  # fmt: skip
        failed = [e for e in applicable if e[3] is not None or e[2] is None]
        class_name, why = self._class(rule, key) if scope == m.COMMUNE else (None, None)
        if rule.threshold.classes and scope != m.COMMUNE:
            names = {self._class(rule, e[0].insee)[0] for e in applicable}
            class_name = names.pop() if len(names) == 1 else None
        field_value, budget_why = self._budget(rule, key)
        why = why or budget_why
        if failed:
            first = failed[0][3] or (st.R_NO_MEASURE, {})
            why = (R_GROUP, {"count": len(failed), "reason": tr(first[0]).format(**first[1])})
        measures = [e[2] for e in applicable if e[2] is not None]
        value = before = None
        op = rule.test.op
        if not failed:
            if op == m.DENSITY_RATIO:
                value = st.density(
                    [x.numerator for x in measures], [x.denominator for x in measures]
                )
            elif op in DISTANCE_OPS:
                value = _worst([x.value for x in measures], rule.threshold.op)
            elif op == m.OVERLAP and rule.test.measure == m.OVERLAP_RATIO:
                total = sum(x.denominator for x in measures)
                value = 100.0 * sum(x.numerator for x in measures) / total if total > 0 else None
            else:
                value = _convert(sum(x.numerator for x in measures), rule.threshold.unit)
                if op == m.WITHIN:
                    before = _convert(sum(x.before_tolerance or 0.0 for x in measures),
                                      rule.threshold.unit)  # fmt: skip
        outcome = st.evaluate(rule, value, reason=why, class_name=class_name,
                              field_value=field_value, before_tolerance=before)  # fmt: skip
        if op in DISTANCE_OPS and measures:
            worst = next(x for x in measures if x.value == value)
            evidence, role = worst.evidence, ROLE_LINE
        else:
            evidence = collect(x.evidence for x in measures)
            role = next((x.role for x in measures if x.role), None)
        return self._checked(rule, outcome, scope, key, resolved, key, None, insee,
                             evidence, role, geometries)  # fmt: skip

    def _checked(self, rule, outcome, scope, key, resolved, subject_id, label=None, insee=None,
                 evidence=None, role=None, geometries=()) -> Checked:  # fmt: skip
        measured = outcome.status in st.MEASURED
        evidence_text = wkt(evidence) if measured else None
        finding = st.make_finding(
            rule, outcome, scope, key, resolved.label, subject_id, label, insee,
            evidence_text, role if evidence_text else None, self.translate,
        )  # fmt: skip
        line = evidence if measured and role == ROLE_LINE and evidence_text else None
        area = evidence if measured and evidence_text and role != ROLE_LINE else None
        if area is None:
            area = collect(geometries)
        return Checked(finding, area, line)

    # -- the whole rule set ---------------------------------------------------------------------

    def run(self) -> CheckResult:
        rules = self.ruleset.rules
        total = sum(
            len(self.items(r.subject)) for r in rules if self.subjects[r.subject].layer is not None
        )  # fmt: skip
        for rule in rules:
            self._read(rule)
        done = [0]
        self._caller = threading.get_ident()
        workers = min(len(rules), RULE_THREADS or max(1, QThread.idealThreadCount()))
        if workers <= 1:
            lists = [self.check_rule(rule, done, total) for rule in rules]
        else:
            lists = self._in_parallel(rules, workers, done, total)
        checked = [c for found in lists for c in found]
        self.progress(1.0)
        order = {id(f): n for n, f in enumerate(st.sort_findings(c.finding for c in checked))}
        checked.sort(key=lambda c: order[id(c.finding)])
        return CheckResult(checked, self.run_header(), self.refs, self.warnings)

    def _read(self, rule: m.Rule) -> None:
        """Everything ``rule`` reads from layers, read now in the calling thread (the one the
        layers belong to): its subjects, its reference, its class and budget tables. (Buffers are
        made from the reference's geometries, in any thread.)"""
        if self.subjects[rule.subject].layer is None:
            return
        self.items(rule.subject)
        if rule.test.against and self._source_reason(rule.test.against) is None:
            self.reference(rule.test.against)
        t = rule.threshold
        if t.classes:
            self.table(t.class_source, t.class_key_field, t.class_field)
        budget = rule.test.budget
        if budget is not None and t.field is not None:
            self.table(budget.source, budget.key_field, t.field)

    def _in_parallel(
        self, rules: Sequence[m.Rule], workers: int, done: list[int], total: int
    ) -> list[list[Checked]]:
        """The rules' checks in ``workers`` threads: GEOS runs outside Python's lock in QGIS's
        bindings (two threads: 1.6 times the speed of one on the same intersections). Only
        geometries, prepared engines (one per thread) and expressions are used there; progress
        and cancellation are read in this thread; the findings are sorted afterwards, so the
        result does not depend on which rule ends first."""

        def weight(rule: m.Rule) -> int:  # the costliest first: the threads end together
            test = rule.test
            if test.buffer_m or (test.op == m.WITHIN and test.tolerance_m > 0):
                return 0  # two passes, or a buffer per feature and unions
            return 1 if test.op in AREA_MEASURES else 2

        order = sorted(range(len(rules)), key=lambda n: weight(rules[n]))
        with ThreadPoolExecutor(max_workers=workers) as pool:
            started = {n: pool.submit(self.check_rule, rules[n], done, total) for n in order}
            futures = [started[n] for n in range(len(rules))]
            pending = set(futures)
            while pending:
                _finished, pending = wait(pending, timeout=0.2, return_when=FIRST_EXCEPTION)
                self.progress(min(done[0] / max(total, 1), 0.99))
                failed = [f for f in futures if f.done() and f.exception() is not None]
                if failed or self.is_canceled():
                    for future in pending:
                        future.cancel()  # those not started; the running ones see the cancel
                    if failed:
                        raise failed[0].exception()  # type: ignore[misc]
                    raise Cancelled
            return [future.result() for future in futures]

    def run_header(self) -> dict[str, Any]:
        subjects = {}
        for name, resolved in sorted(self.subjects.items()):
            items = self._items.get(name, [])
            subjects[name] = {"layer": resolved.label if resolved.layer is not None else None,
                              "features": len(items)}  # fmt: skip
        sources = {}
        for name, resolved in sorted(self.sources.items()):
            sources[name] = self._hashes.get(name) or {
                "table": resolved.label if resolved.layer is not None else None
            }
        return st.run_header(
            self.ruleset, plugin=__version__, qgis=Qgis.QGIS_VERSION, sources=sources,
            subjects=subjects, references=self.refs.name,
        )  # fmt: skip


def run_checks(
    ruleset: m.RuleSet,
    subjects: QgsVectorLayer,
    rules_dir: Path,
    working: Path,
    references: str | None = None,
    transform_context: QgsCoordinateTransformContext | None = None,
    translate: Callable[[str], str] = tr,
    progress: Progress | None = None,
    is_canceled: Callable[[], bool] | None = None,
) -> CheckResult:
    """Every finding of ``ruleset`` on ``subjects`` (and the other subject layers it names)."""
    engine = Engine(ruleset, subjects, rules_dir, working, references, transform_context,
                    translate, progress, is_canceled)  # fmt: skip
    return engine.run()
