"""The shared data model of the ZAN modules: the long consumption table and its names.

Every ZAN algorithm exchanges NAF consumption as a *long table*, one row per commune, year and
destination, in integer m² (the Cerema unit; hectares are for display only):

    insee TEXT      commune code at the table's COG year (text: leading zeros, 2A/2B)
    annee INTEGER   Y: the flow from 1 January Y to 1 January Y+1 (Cerema's naf{YY}art{YY+1})
    destination TEXT  "naf" (all destinations, the naf… columns) or one of DESTINATIONS
    surface_m2 INTEGER  may be negative (kept and flagged, never clipped)

A destination absent from a release (rou/fer before 2009-2021) has no row: absent, not zero.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from ..booleans import FALSE_WORDS, TRUE_WORDS
from ..errors import QT_TRANSLATE_NOOP, AulaError, Cancelled

#: the total of all destinations (Cerema's naf{YY}art{YY+1})
TOTAL = "naf"
#: Cerema destinations: activity, housing, mixed, road, rail, unknown
DESTINATIONS = ("act", "hab", "mix", "rou", "fer", "inc")

#: an INSEE commune code (upper case): five digits, or 2A/2B and three digits (Corsica)
INSEE_CODE = re.compile(r"(?:[0-9]{5}|2[AB][0-9]{3})\Z")
#: the first annual flow Cerema publishes (naf09art10)
FIRST_FLOW_YEAR = 2009


def is_insee(code: str) -> bool:
    """Whether ``code`` is an INSEE commune code (2a004 as 2A004)."""
    return INSEE_CODE.match(code.upper()) is not None


#: the reference decade: exactly the ten annual flows naf11art12 … naf20art21
REFERENCE_FIRST, REFERENCE_LAST = 2011, 2020
#: the first year of the 2021-2031 period
PERIOD_START = 2021
M2_PER_HA = 10_000

#: names of the tables written into the user's working GeoPackage
TABLE_CONSUMPTION = "zan_consommation"
TABLE_IMPORTS = "zan_consommation_imports"
TABLE_ANOMALIES = "zan_consommation_anomalies"
TABLE_CEREMA_COMMUNES = "zan_communes_cerema"
TABLE_EDITS = "zan_consommation_modifications"
FIELDS_CONSUMPTION = ("insee", "annee", "destination", "surface_m2")

# The ZAN readers of yes/no values use core.booleans.boolean_word; two of them accept fewer words
# than core.booleans and always have (their results must not change), named here once:
#: 1 ha guarantee eligibility of a commune (gis.zan_inputs): any other value is refused; "x" (a
#: tick in a spreadsheet) is not taken as a statement of eligibility
ELIGIBLE_WORDS = TRUE_WORDS - {"x"}
NOT_ELIGIBLE_WORDS = FALSE_WORDS
#: in_local_document of the rates table (core.zan.rates): the one-letter y/o/n, "x" and blank
#: give "unknown" (None), not yes or no
IN_DOCUMENT_WORDS = TRUE_WORDS - {"y", "o", "x"}
NOT_IN_DOCUMENT_WORDS = FALSE_WORDS - {"n", ""}


def reference_years() -> range:
    """2011..2020 included: ten annual flows, never naf21art22."""
    return range(REFERENCE_FIRST, REFERENCE_LAST + 1)


@dataclass
class ConsumptionTable:
    """Annual NAF consumption per commune, year and destination, in m²."""

    #: values[insee][year][destination] = m²
    values: dict[str, dict[int, dict[str, int]]] = field(default_factory=dict)
    release: str = ""

    def add(self, insee: str, year: int, destination: str, m2: int) -> None:
        if destination != TOTAL and destination not in DESTINATIONS:
            raise AulaError(
                QT_TRANSLATE_NOOP("aula", "Unknown consumption destination {value!r}"),
                value=destination,
            )
        by_year = self.values.setdefault(insee, {}).setdefault(year, {})
        by_year[destination] = by_year.get(destination, 0) + m2

    @classmethod
    def from_rows(
        cls,
        rows: Iterable[Mapping[str, object]],
        release: str = "",
        is_canceled: Callable[[], bool] = lambda: False,
    ) -> ConsumptionTable:
        """Build from long-table rows (mappings with the FIELDS_CONSUMPTION keys)."""
        table = cls(release=release)
        for row in rows:
            if is_canceled():
                raise Cancelled
            table.add(
                str(row["insee"]),
                int(row["annee"]),  # type: ignore[call-overload]
                str(row["destination"]),
                int(row["surface_m2"]),  # type: ignore[call-overload]
            )
        return table

    def rows(self) -> Iterable[tuple[str, int, str, int]]:
        for insee in sorted(self.values):
            for year in sorted(self.values[insee]):
                for destination, m2 in sorted(self.values[insee][year].items()):
                    yield insee, year, destination, m2

    @property
    def communes(self) -> list[str]:
        return sorted(self.values)

    @property
    def years(self) -> list[int]:
        return sorted({y for by_year in self.values.values() for y in by_year})

    @property
    def last_year(self) -> int:
        """Start year of the last annual flow: from the data, never hard-coded."""
        years = self.years
        if not years:
            raise AulaError(QT_TRANSLATE_NOOP("aula", "The consumption table is empty"))
        return years[-1]

    def period_sum(
        self,
        communes: Iterable[str],
        first: int,
        last: int,
        destination: str = TOTAL,
    ) -> int:
        """Σ over the communes and the years first..last (both included) of one destination."""
        total = 0
        for insee in communes:
            by_year = self.values.get(insee, {})
            for year in range(first, last + 1):
                total += by_year.get(year, {}).get(destination, 0)
        return total

    def reference(self, communes: Iterable[str]) -> int:
        """C_ref = naf11art12 + … + naf20art21 (exactly ten annual flows)."""
        return self.period_sum(communes, REFERENCE_FIRST, REFERENCE_LAST)


def _release_order(label: str) -> tuple[int, str]:
    """Cerema releases are labelled by their span ("2009-2024"): the most recent ends last."""
    years = [int(part) for part in label.replace("_", "-").split("-") if part.isdigit()]
    return (max(years) if years else -1, label)


def choose_release(releases: Iterable[str], requested: str = "", layer: str = "") -> str:
    """The release to read from a long table holding one or more imports.

    The requested one when given (an error if the table lacks it), else the most recent. Callers
    warn when several releases exist and none was requested: mixing them would count twice.
    """
    available = sorted({r for r in releases if r}, key=_release_order)
    if requested:
        if requested not in available:
            raise AulaError(
                QT_TRANSLATE_NOOP("aula", "{layer}: no release {release} (releases: {releases})"),
                layer=layer,
                release=requested,
                releases=", ".join(available),
            )
        return requested
    return available[-1] if available else ""
