"""NAF consumption per territory (commune, EPCI, SCoT, pôle, any grouping) over a period.

Formulas (ZAN.md §6), values in integer m², both ends of the period included:

- period sum  ``C_T(a..b) = Σ_{c∈T} Σ_{Y=a..b} C_c(Y)`` per destination and in total ("naf");
- annual mean ``C_T(a..b) / (b − a + 1)``;
- share of the territory ``100 × C_T(a..b) / area_T`` (area_T = Σ of the members' areas, m²).

The reference decade is exactly the ten annual flows naf11art12 … naf20art21
(:func:`~.model.reference_years`). Consumption (Cerema) is not artificialisation (OCS GE).

Pure Python: no qgis, no PyQt.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from ..errors import QT_TRANSLATE_NOOP, AulaError, Cancelled
from ..territory_names import NAME, NAME_COLUMN
from .model import DESTINATIONS, M2_PER_HA, TOTAL, ConsumptionTable, reference_years

# fmt: off
_BAD_PERIOD = QT_TRANSLATE_NOOP("aula",
    "The period {first}-{last} is empty: the first year must not come after the last one")
_YEARS_MISSING = QT_TRANSLATE_NOOP("aula",
    "The consumption table has no data for year(s) {missing} of the period {first}-{last} "
    "(it covers {available})")
_MISSING_COMMUNES = QT_TRANSLATE_NOOP("aula",
    "{count} commune(s) of the grouping are missing from the consumption table and count as "
    "zero: {codes}")
_NO_GROUP = QT_TRANSLATE_NOOP("aula",
    "{count} commune(s) have an empty group and were left out: {codes}")
_NO_AREA = QT_TRANSLATE_NOOP("aula",
    "Group {group}: area unknown or zero for {count} member(s): its share of the area is left "
    "empty")
NO_COMMUNE = QT_TRANSLATE_NOOP("aula",
    "{layer}: no commune to group (the layer, or its filter, leaves none): nothing was written")
_NO_GROUPS = QT_TRANSLATE_NOOP("aula",
    "No commune has a group ({count} with an empty group): nothing was written")
_NO_MATCH = QT_TRANSLATE_NOOP("aula",
    "None of the communes of the grouping is in the consumption table: check the commune codes")
# fmt: on


@dataclass
class GroupConsumption:
    key: str
    communes: list[str]
    first: int
    last: int
    #: destination (and "naf") → Σ m² over the members and years; absent destinations absent
    sums: dict[str, int]
    area_m2: float | None

    @property
    def years(self) -> int:
        return self.last - self.first + 1

    @property
    def naf_m2(self) -> int:
        return self.sums.get(TOTAL, 0)

    @property
    def naf_ha(self) -> float:
        return self.naf_m2 / M2_PER_HA

    @property
    def annual_mean_m2(self) -> float:
        return self.naf_m2 / self.years

    @property
    def share_pct(self) -> float | None:
        if not self.area_m2:
            return None
        return 100.0 * self.naf_m2 / self.area_m2


@dataclass
class Issue:
    template: str
    values: dict[str, object]

    def message(self, translate: Callable[[str], str] | None = None) -> str:
        text = translate(self.template) if translate else self.template
        return text.format(**self.values)


@dataclass
class ConsumptionResult:
    groups: list[GroupConsumption]
    destinations: list[str]
    issues: list[Issue] = field(default_factory=list)
    missing_communes: list[str] = field(default_factory=list)


def _sample(items: Iterable[str], limit: int = 20) -> str:
    items = list(items)
    return ", ".join(items[:limit]) + (" …" if len(items) > limit else "")


def check_period(first: int, last: int, available: Iterable[int]) -> None:
    """Raise unless first <= last and every year first..last is in the table."""
    if first > last:
        raise AulaError(_BAD_PERIOD, first=first, last=last)
    years = sorted(set(available))
    missing = [y for y in range(first, last + 1) if y not in years]
    if missing:
        span = "{}-{}".format(years[0], years[-1]) if years else "-"
        raise AulaError(
            _YEARS_MISSING,
            missing=_sample(str(y) for y in missing),
            first=first,
            last=last,
            available=span,
        )


def reference_sum(table: ConsumptionTable, communes: Iterable[str]) -> int:
    """C_ref = Σ naf over exactly 2011..2020 (ten flows, naf11art12 … naf20art21)."""
    years = reference_years()
    check_period(years[0], years[-1], table.years)
    return table.period_sum(communes, years[0], years[-1])


def commune_sums(
    table: ConsumptionTable,
    first: int,
    last: int,
    is_canceled: Callable[[], bool] = lambda: False,
) -> dict[str, dict[str, int]]:
    """{insee: {destination: Σ m² over first..last}}; a destination no year has stays absent."""
    sums: dict[str, dict[str, int]] = {}
    for insee, by_year in table.values.items():
        if is_canceled():
            raise Cancelled
        out: dict[str, int] = {}
        for year in range(first, last + 1):
            for destination, m2 in by_year.get(year, {}).items():
                out[destination] = out.get(destination, 0) + m2
        sums[insee] = out
    return sums


def aggregate_consumption(
    table: ConsumptionTable,
    grouping: Mapping[str, str | None],
    first: int,
    last: int,
    areas_m2: Mapping[str, float | None] | None = None,
    is_canceled: Callable[[], bool] = lambda: False,
    years: Iterable[int] | None = None,
) -> ConsumptionResult:
    """Consumption of each group over first..last (both included).

    ``grouping`` maps each commune code to its group key (the code itself for per-commune
    figures); ``areas_m2`` gives each commune's area in m² (for the share of the territory).
    Communes of the grouping missing from the table count as zero and are reported. ``years``:
    the years the source holds (default: the table's).
    """
    check_period(first, last, table.years if years is None else years)
    return aggregate_sums(
        commune_sums(table, first, last, is_canceled), grouping, first, last, areas_m2, is_canceled
    )


def aggregate_sums(
    sums: Mapping[str, Mapping[str, int]],
    grouping: Mapping[str, str | None],
    first: int,
    last: int,
    areas_m2: Mapping[str, float | None] | None = None,
    is_canceled: Callable[[], bool] = lambda: False,
) -> ConsumptionResult:
    """Group per-commune period sums ({insee: {destination: m²}} over first..last, already
    checked against the source's years) into :class:`GroupConsumption` rows."""
    members: dict[str, list[str]] = {}
    no_group: list[str] = []
    for insee, group in grouping.items():
        if is_canceled():
            raise Cancelled
        if group is None or str(group).strip() == "":
            no_group.append(insee)
            continue
        members.setdefault(str(group), []).append(insee)
    missing = sorted(insee for insee in grouping if insee not in sums)
    if grouping and len(missing) == len(grouping):
        raise AulaError(_NO_MATCH)
    present: set[str] = set()
    groups = []
    for key in sorted(members):
        group_sums: dict[str, int] = {}
        for insee in members[key]:
            if is_canceled():
                raise Cancelled
            for destination, m2 in sums.get(insee, {}).items():
                group_sums[destination] = group_sums.get(destination, 0) + m2
                present.add(destination)
        area: float | None = None
        if areas_m2 is not None:
            known = [areas_m2.get(insee) for insee in members[key]]
            # one member without area would understate the area: no share rather than a wrong one
            area = None if any(not a for a in known) else float(sum(known))  # type: ignore[arg-type]
        groups.append(GroupConsumption(key, sorted(members[key]), first, last, group_sums, area))
    if not groups and no_group:
        raise AulaError(_NO_GROUPS, count=len(no_group))
    result = ConsumptionResult(groups, [d for d in DESTINATIONS if d in present])
    if missing:
        result.missing_communes = missing
        result.issues.append(
            Issue(_MISSING_COMMUNES, {"count": len(missing), "codes": _sample(missing)})
        )
    if no_group:
        result.issues.append(
            Issue(_NO_GROUP, {"count": len(no_group), "codes": _sample(sorted(no_group))})
        )
    if areas_m2 is not None:
        for group in groups:
            unknown = sum(1 for insee in group.communes if not areas_m2.get(insee))
            if unknown:
                result.issues.append(Issue(_NO_AREA, {"group": group.key, "count": unknown}))
    return result


def output_fields(key_name: str, destinations: Iterable[str]) -> list[tuple[str, str]]:
    """The (name, kind) columns of the consumption per territory (gis.fields.make_fields).

    The name of each group (``nom``) ends them, unless the groups are keyed by ``nom`` itself.
    """
    columns = [
        (key_name, "text"),
        ("nb_communes", "int"),
        ("first_year", "int"),
        ("last_year", "int"),
        ("years", "int"),
        ("naf_m2", "int64"),
        ("naf_ha", "double"),
        *(("{}_m2".format(d), "int64") for d in destinations),
        ("annual_mean_m2", "double"),
        ("share_pct", "double"),
    ]
    if key_name.lower() != NAME:
        columns.append(NAME_COLUMN)
    return columns


def output_row(
    group: GroupConsumption,
    destinations: Iterable[str],
    names: Mapping[str, str] | None = None,
) -> list[object]:
    """The values of one group in the order of :func:`output_fields`; with ``names`` (key ->
    name), the group's name ends the row (None when unknown)."""
    row = [
        group.key,
        len(group.communes),
        group.first,
        group.last,
        group.years,
        group.naf_m2,
        group.naf_ha,
        *(group.sums.get(d) for d in destinations),
        group.annual_mean_m2,
        group.share_pct,
    ]
    if names is not None:
        row.append(names.get(group.key))
    return row
