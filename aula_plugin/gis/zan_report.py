"""The QGIS glue of the triennial report: read its inputs into a ReportData, write its files.

:func:`read_report_data` reads the layers (``gis.zan_inputs``) and the GeoPackages' provenance
(``gis.provenance``) and hands the rows to the pure assembly of ``core.zan.report_data``;
:func:`write_report_files` writes the charts, CSV, ODT, map and PDF into a temporary folder and
moves them into the output folder only when everything is written.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from qgis.core import QgsExpression, QgsFeatureRequest, QgsFeatureSource, QgsProcessingFeedback

from ..core.errors import QT_TRANSLATE_NOOP, AulaError
from ..core.zan import report as rp
from ..core.zan.report_charts import consumption_chart, trajectory_chart
from ..core.zan.report_data import (
    FLOW_FIELDS,
    STOCK_FIELDS,
    ReportFacts,
    ReportProvenance,
    ReportRequest,
    annual_totals,
    artificialisation,
    consumption_notes,
    guarantee_floor,
    report_data,
    report_provenance,
    report_rate,
    report_release,
    sum_flows,
    sum_stocks,
    territory_members,
    territory_rows,
)
from ..core.zan.report_writers import to_html, write_csv, write_odt
from ..core.zan.trajectory import compute_trajectory
from ..toolbelt.i18n import tr
from .feedback import check_cancelled
from .fields import field_or_none
from .provenance import imported_source_file, is_synthetic, stored_provenance_rows
from .stored_tables import StoredTable
from .zan_inputs import (
    commune_ancestors,
    read_members,
    territory_table_rows,
)
from .zan_long_table import LongTable, read_long_table, releases

FILE_PREFIX = "rapport_triennal_"
#: kinds of the report's files (the charts and map use their report keys)
PDF, ODT, CSV = "pdf", "odt", "csv"

# fmt: off
_NO_MAP = QT_TRANSLATE_NOOP("aula", "{layer}: no polygon geometry: the report has no map")
_PDF_FAILED = QT_TRANSLATE_NOOP("aula", "The PDF could not be written to {path}: {error}")
_MOVE_FAILED = QT_TRANSLATE_NOOP("aula",
    "The report could not be moved into {folder} ({error}): the folder was left as it was")
#: the territory field names its role (gis.fields.field_name's missing template)
NO_TERRITORY_FIELD = QT_TRANSLATE_NOOP("aula", "{layer}: territory field {field} does not exist")
# fmt: on


@dataclass
class ReportInputs:
    """The validated inputs of a report: the request and the layers to read."""

    request: ReportRequest
    consumption: LongTable  # the long table (gis.zan_long_table)
    communes: QgsFeatureSource
    communes_name: str
    stock: QgsFeatureSource | None = None
    stock_name: str = ""
    flows: QgsFeatureSource | None = None
    flows_name: str = ""
    #: source and provider of the commune layer, for the map ("" : no map)
    communes_uri: str = ""
    communes_provider: str = ""
    #: role ("consumption", "communes", "stock", "flows") -> the GeoPackage or PostGIS table
    tables: dict[str, StoredTable] = field(default_factory=dict)


def read_report_data(
    inputs: ReportInputs, shipped_rates: Path, plugin_version: str, feedback: QgsProcessingFeedback
) -> rp.ReportData:
    """Read the inputs and compute every figure of the report (progress 0 to 30 %)."""

    def warn(error: AulaError) -> None:
        feedback.pushWarning(error.message(tr))

    request = inputs.request
    found, group_names = read_members(
        inputs.communes, request.territory_field, request.territory, feedback
    )
    members, name = territory_members(found, group_names, request, inputs.communes_name)
    codes = [m[0] for m in members]
    feedback.setProgress(5)
    found = releases(inputs.consumption, codes) if inputs.consumption.release_field else [""]
    if not inputs.consumption.release_field and not _has_rows(inputs.consumption, codes):
        found = []
    release = report_release(
        dict.fromkeys(found), request.release, inputs.consumption.name, request.territory, warn
    )
    table = read_long_table(inputs.consumption, release, feedback, warn, communes=codes)
    table.release = release
    feedback.setProgress(20)
    notes = consumption_notes(table, members, inputs.consumption.name, warn)
    consumption = rp.territory_consumption(table.values, codes)
    floor = guarantee_floor(request, name, warn)
    ancestors: tuple[str, ...] = ()
    if request.rate is None and request.kind == rp.KIND_COMMUNE:
        ancestors = commune_ancestors(inputs.communes, request.territory)
    rate = report_rate(
        request, shipped_rates, ancestors, warn, lambda note: feedback.pushInfo(note.message(tr))
    )
    trajectory = compute_trajectory(
        annual_totals(consumption), rate.rate_pct, floor_m2=floor, label=name
    )
    feedback.setProgress(30)
    facts = ReportFacts(
        request=request,
        name=name,
        members=members,
        table=table,
        consumption=consumption,
        trajectory=trajectory,
        rate=rate,
        notes=notes,
        communes_name=inputs.communes_name,
        plugin_version=plugin_version,
        artificialisation=_artificialisation(inputs, codes, warn, feedback),
        provenance=_provenance(inputs, release),
    )
    return report_data(facts, warn)


def _has_rows(table: LongTable, codes: list[str]) -> bool:
    """True when the table (without a release field) has rows for one of ``codes``."""
    request = QgsFeatureRequest()
    request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
    request.setNoAttributes()
    request.setLimit(1)
    listed = ", ".join(QgsExpression.quotedValue(code) for code in codes)
    request.setFilterExpression(
        f"{QgsExpression.quotedColumnRef(table.fields['insee'])} IN ({listed})"
    )
    return any(True for _ in table.source.getFeatures(request))


def _artificialisation(
    inputs: ReportInputs, codes: list[str], warn, feedback: QgsProcessingFeedback
) -> rp.Artificialisation | None:
    if inputs.stock is None and inputs.flows is None:
        return None
    stocks: list[rp.ArtifStock] = []
    flows: list[rp.ArtifFlow] = []
    notes: list[str] = []
    territory = inputs.request.territory
    if inputs.stock is not None:
        rows = territory_table_rows(inputs.stock, STOCK_FIELDS, feedback)
        rows, note = territory_rows(rows, territory, codes, inputs.stock_name, warn)
        notes += note
        stocks = sum_stocks(rows)
    if inputs.flows is not None:
        rows = territory_table_rows(inputs.flows, FLOW_FIELDS, feedback)
        rows, note = territory_rows(rows, territory, codes, inputs.flows_name, warn)
        notes += note
        flows = sum_flows(rows)
    return artificialisation(stocks, flows, (inputs.stock_name, inputs.flows_name), notes)


def _provenance(inputs: ReportInputs, release: str) -> ReportProvenance:
    """What the inputs' GeoPackages or published PostGIS schema record: aula_provenance rows, the
    Cerema import record."""
    rows = {
        role: (stored.table, stored_provenance_rows(stored))
        for role, stored in inputs.tables.items()
    }
    consumption = inputs.tables.get("consumption")
    source_file = imported_source_file(consumption, release) if consumption else ""
    communes_rows = rows["communes"][1] if "communes" in rows else []
    return report_provenance(rows.values(), communes_rows, source_file, is_synthetic)


def report_file_names(data: rp.ReportData) -> dict[str, str]:
    """File kind -> file name: rapport_triennal_<territory>[_<chart>].<ext>."""
    stem = FILE_PREFIX + rp.territory_slug(data)
    return {
        PDF: f"{stem}.pdf",
        ODT: f"{stem}.odt",
        CSV: f"{stem}.csv",
        rp.CHART_CONSUMPTION: f"{stem}_{rp.CHART_CONSUMPTION}.png",
        rp.CHART_TRAJECTORY: f"{stem}_{rp.CHART_TRAJECTORY}.png",
        rp.CHART_MAP: f"{stem}_{rp.CHART_MAP}.png",
    }


def write_report_files(
    data: rp.ReportData, inputs: ReportInputs, folder: Path, feedback: QgsProcessingFeedback
) -> dict[str, Path]:
    """Write every file of the report into ``folder`` (progress 40 to 95 %): kind -> path.

    Everything is written into a temporary folder first, then moved: a cancel or an error
    leaves the output folder as it was. The map is left out when the communes have no polygon.
    """
    folder.mkdir(parents=True, exist_ok=True)
    names = report_file_names(data)
    work = Path(tempfile.mkdtemp(prefix=".zanreport-", dir=folder))
    try:
        images: dict[str, Path] = {}
        territory_map = _map(inputs, data, work / names[rp.CHART_MAP], feedback)
        if territory_map is None:
            del names[rp.CHART_MAP]
        else:
            images[rp.CHART_MAP] = territory_map
            data.has_map = True
        report = rp.build_report(data)
        images[rp.CHART_CONSUMPTION] = consumption_chart(
            report.chart_consumption, work / names[rp.CHART_CONSUMPTION], synthetic=data.synthetic
        )
        images[rp.CHART_TRAJECTORY] = trajectory_chart(
            report.chart_trajectory, work / names[rp.CHART_TRAJECTORY], synthetic=data.synthetic
        )
        check_cancelled(feedback)
        feedback.setProgress(55)
        write_csv(report, work / names[CSV])
        write_odt(report, work / names[ODT], images)
        check_cancelled(feedback)
        feedback.setProgress(65)
        _write_pdf(report, images, work / names[PDF], data)
        feedback.setProgress(95)
        check_cancelled(feedback)  # the last moment a cancel can still leave the folder as it was
        return _move_all(work, folder, names)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _move_all(work: Path, folder: Path, names: dict[str, str]) -> dict[str, Path]:
    """Move every file of ``work`` into ``folder``, or none: older files of the same names come
    back when one move fails."""
    moved: list[tuple[Path, Path | None]] = []  # (target, backup of the older file)
    written: dict[str, Path] = {}
    try:
        for kind, filename in names.items():
            target = folder / filename
            backup = None
            if target.exists():
                backup = work / f"{filename}.previous"
                target.replace(backup)
            moved.append((target, backup))
            (work / filename).replace(target)
            written[kind] = target
    except OSError as exc:
        for target, backup in reversed(moved):
            if target.exists() and (backup is None or backup.exists()):
                target.unlink()
            if backup is not None and backup.exists():
                backup.replace(target)
        raise AulaError(_MOVE_FAILED, folder=str(folder), error=str(exc)) from exc
    return written


def _map(
    inputs: ReportInputs, data: rp.ReportData, path: Path, feedback: QgsProcessingFeedback
) -> Path | None:
    """The map of the territory from the commune layer, or None (no geometry, no layer)."""
    from .zan_report_pdf import render_territory_map

    if not inputs.communes_uri:
        return None
    members = [c.insee for c in data.communes]
    insee = field_or_none(inputs.communes.fields(), "insee") or "insee"
    found = render_territory_map(
        inputs.communes_uri, inputs.communes_provider, insee, members, path
    )
    if found is None:
        feedback.pushInfo(tr(_NO_MAP).format(layer=inputs.communes_name))
    return found


def _write_pdf(report: rp.Report, images: dict[str, Path], path: Path, data: rp.ReportData) -> None:
    from .zan_report_pdf import render_pdf

    footer = f"Rapport triennal — {data.territory_name}"
    try:
        render_pdf(to_html(report, images), path, footer=footer, stamp=report.stamp)
    except OSError as exc:
        raise AulaError(_PDF_FAILED, path=str(path), error=str(exc)) from exc
