"""The INSEE "comparateur de territoires" commune base, its columns recognised from its header.

The indicator catalogue (``resources/indicators/insee_catalogue.yaml``) gives each indicator's
definition, unit, source, aggregation rule and the column names it may have: the extract's
``population_2021`` as well as INSEE's own ``P21_POP``; a name's year is the value's vintage. The
header is matched against it into a wide :class:`~.csv_import.CsvMapping`, imported by the generic
importer (one import code). Communes are linked to their département (``insee_dep``) on the
geography vintage of the base (COG 2024 for the June 2024 edition); codes stay text. They are not
linked to their région: a file of one département would make a "Hauts-de-France" of the
Pas-de-Calais alone (a parent's figures are those of its members in the base). The ratio
indicators whose numerator and denominator were imported (unemployment rate) are then computed
for each commune by :func:`~.aggregate.derive_ratios`.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import QT_TRANSLATE_NOOP, AulaError
from . import spec
from .aggregate import derive_ratios
from .csv_import import (
    ColumnSpec,
    CsvMapping,
    ImportResult,
    import_table,
    indicators_from,
    read_csv_table,
)
from .model import COMMUNE, DEPT, RATIO_OF_SUMS, Indicator, IndicatorBase

_HERE = Path(__file__).resolve()
# resources/ beside core/ in the staged plugin; at the repository root in a checkout
RESOURCE_DIRS = (_HERE.parents[2] / "resources", _HERE.parents[3] / "resources")
CATALOGUE_NAME = "indicators/insee_catalogue.yaml"
DEFAULT_GEO_VINTAGE = "COG 2024"
DEFAULT_SOURCE = "INSEE, base du comparateur de territoires"

#: names of the départements and région of the Hauts-de-France (the files give codes only)
DEPARTMENT_NAMES = {
    "02": "Aisne",
    "59": "Nord",
    "60": "Oise",
    "62": "Pas-de-Calais",
    "80": "Somme",
}

# fmt: off
_NO_CODE_COLUMN = QT_TRANSLATE_NOOP("aula",
    "{file}: no commune code column ({expected}): not an INSEE comparateur commune base")
_NO_INDICATOR = QT_TRANSLATE_NOOP("aula",
    "{file}: no column is a known indicator of the catalogue {catalogue}")
_NO_CATALOGUE = QT_TRANSLATE_NOOP("aula", "the indicator catalogue {name} is missing from {dirs}")
# fmt: on

Progress = Callable[[float], None]
IsCanceled = Callable[[], bool]


@dataclass
class Catalogue:
    name: str
    indicators: dict[str, Indicator]
    #: (compiled pattern, indicator id, "geography" or "")
    patterns: list[tuple[re.Pattern[str], str, str]] = field(default_factory=list)
    territory_columns: dict[str, list[str]] = field(default_factory=dict)


def catalogue_path() -> Path:
    for folder in RESOURCE_DIRS:
        path = folder / CATALOGUE_NAME
        if path.is_file():
            return path
    raise AulaError(_NO_CATALOGUE, name=CATALOGUE_NAME, dirs=", ".join(map(str, RESOURCE_DIRS)))


def load_catalogue(path: str | Path | None = None) -> Catalogue:
    path = Path(path) if path is not None else catalogue_path()
    where = spec.Where(path.name)
    node = spec.mapping(spec.load_yaml_file(path), where)
    spec.keys(node, where, ("indicators",), ("format_version", "territory_columns"))
    place = where.key_at(node, "indicators")
    definitions = spec.mapping(node["indicators"], place)
    catalogue = Catalogue(path.name, indicators_from(definitions, place))
    for ident, definition in definitions.items():
        at = place.key_at(definitions, str(ident))
        vintage = spec.choice(definition, "vintage", at, ("geography", ""), "")
        if "columns" in definition:
            for pattern in spec.text_list(definition, "columns", at):
                catalogue.patterns.append((re.compile(pattern), str(ident), vintage))
    columns = spec.mapping(node.get("territory_columns", {}), where)
    catalogue.territory_columns = {
        str(key): spec.text_list(columns, key, where.key_at(columns, str(key))) for key in columns
    }
    return catalogue


def _year(match: re.Match[str], vintage_mode: str, geo_vintage: str) -> str:
    groups = match.groupdict()
    if groups.get("year"):
        return groups["year"]
    if groups.get("yy"):
        yy = int(groups["yy"])
        return str(2000 + yy if yy <= 50 else 1900 + yy)
    if vintage_mode == "geography":
        found = re.search(r"\d{4}", geo_vintage)
        return found.group(0) if found else ""
    return ""


def comparateur_mapping(
    header: Sequence[str],
    catalogue: Catalogue,
    *,
    name: str = "",
    geo_vintage: str = DEFAULT_GEO_VINTAGE,
    source: str = DEFAULT_SOURCE,
) -> CsvMapping:
    """The wide mapping of a comparateur file, from its header and the catalogue."""

    def first(kind: str) -> str | None:
        return next((c for c in catalogue.territory_columns.get(kind, []) if c in header), None)

    code = first("code")
    if code is None:
        expected = ", ".join(catalogue.territory_columns.get("code", []))
        raise AulaError(_NO_CODE_COLUMN, file=name, expected=expected)
    mapping = CsvMapping(
        code_column=code,
        label_column=first("label"),
        level=COMMUNE,
        pad=5,
        geo_vintage=geo_vintage,
        source=source,
    )
    dept = first("dept")
    if dept is not None:
        mapping.parents.append((DEPT, dept))
    for column in header:
        for pattern, ident, vintage_mode in catalogue.patterns:
            match = pattern.fullmatch(column)
            if match:
                vintage = _year(match, vintage_mode, geo_vintage)
                mapping.columns.append(ColumnSpec(column, ident, vintage))
                break
    if not mapping.columns:
        raise AulaError(_NO_INDICATOR, file=name, catalogue=catalogue.name)
    used = {c.indicator for c in mapping.columns}
    for ident, indicator in catalogue.indicators.items():
        ratio_ready = (
            indicator.aggregation == RATIO_OF_SUMS
            and {
                indicator.numerator,
                indicator.denominator,
            }
            <= used
        )
        if ident in used or ratio_ready:
            mapping.indicators[ident] = indicator
            mapping.indicator_sources[ident] = f"{indicator.source} ({source}, {geo_vintage})"
    return mapping


def import_comparateur(
    path: str | Path,
    *,
    catalogue: Catalogue | None = None,
    geo_vintage: str = DEFAULT_GEO_VINTAGE,
    source: str = DEFAULT_SOURCE,
    base: IndicatorBase | None = None,
    progress: Progress = lambda fraction: None,
    is_canceled: IsCanceled = lambda: False,
) -> ImportResult:
    """Import a comparateur commune base (any delimiter, UTF-8 or Windows-1252) into ``base``
    (a new one by default): communes, their département and région, every recognised indicator
    (each value's source: the indicator's source and the base's name), and the communes' ratio
    indicators."""
    catalogue = catalogue or load_catalogue()
    path = Path(path)
    table = read_csv_table(path)
    mapping = comparateur_mapping(
        table.header, catalogue, name=path.name, geo_vintage=geo_vintage, source=source
    )
    result = import_table(
        table,
        mapping,
        base=base,
        progress=lambda f: progress(0.9 * f),
        is_canceled=is_canceled,
    )
    base = result.base
    for indicator in mapping.indicators.values():
        base.add_indicator(indicator)
    for key, territory in list(base.territories.items()):
        if key[0] == DEPT and not territory.label and key[1] in DEPARTMENT_NAMES:
            base.add_territory(dataclasses.replace(territory, label=DEPARTMENT_NAMES[key[1]]))
    derive_ratios(base, level=COMMUNE, indicator_ids=list(mapping.indicators))
    progress(1.0)
    return result
