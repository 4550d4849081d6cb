"""Small Cerema NAF consumption files in each release layout (ZAN.md §3.2-3.3), for the tests.

Loaded by path (tests have no package): ``load_helpers()`` in the test modules. Values are
deterministic and small; ``naf`` = Σ destinations unless a test overrides a cell.
"""

from __future__ import annotations

import csv
from collections.abc import Mapping
from pathlib import Path

import pytest

ALL_DESTINATIONS = ("act", "hab", "mix", "rou", "fer", "inc")

#: per release: destinations, EPCI column year, surface column, context columns, extra windows
RELEASES: dict[str, dict] = {
    "2009-2020": {
        "last": 2019,
        "dest": ("act", "hab", "mix", "inc"),
        "epci": 20,
        "surf": "surfcom2020",
        "context": ["artcom2020", "pop12", "pop17"],
        "windows": [],
    },
    "2009-2021": {
        "last": 2020,
        "dest": ALL_DESTINATIONS,
        "epci": 20,
        "surf": "surfcom2020",
        "context": ["artcom0921", "pop12", "pop18"],
        "windows": [(2011, 2020)],
    },
    "2009-2022": {
        "last": 2021,
        "dest": ALL_DESTINATIONS,
        "epci": 22,
        "surf": "surfcom2022",
        "context": ["artcom0922", "pop13", "pop19", "pop1319"],
        "windows": [(2011, 2020)],
    },
    "2009-2023": {
        "last": 2022,
        "dest": ALL_DESTINATIONS,
        "epci": 23,
        "surf": "surfcom2022",
        "context": ["artcom0923", "pop14", "pop20"],
        "windows": [(2011, 2020)],
    },
    "2009-2024": {
        "last": 2023,
        "dest": ALL_DESTINATIONS,
        "epci": 24,
        "surf": "surfcom2024",
        "context": ["artcom0924", "pop15", "pop21", "pop1521", "men15", "men21", "emp15"],
        "windows": [],
    },
    "2009-2025": {
        "last": 2024,
        "dest": ALL_DESTINATIONS,
        "epci": 25,
        "surf": "surfcom2025",
        "context": ["artcom0925", "pop16", "pop22"],
        "windows": [(2021, 2024), (2011, 2024)],
    },
}

COMMUNES = {
    "62041": ("Arras", "200033579"),
    "62119": ("Béthune", "200072460"),
    "01001": ("L'Abergement-Clémenciat", "200069193"),
    "2A004": ("Ajaccio", "242010056"),
}


def value(insee: str, year: int, destination: str) -> int:
    """A deterministic small m² value (0..9999)."""
    seed = sum(ord(ch) * (i + 1) for i, ch in enumerate(insee + destination)) + 37 * year
    return (seed * 7919) % 10_000 if destination in ("act", "hab") else (seed * 31) % 500


def yy(year: int) -> str:
    return "{:02d}".format(year % 100)


def columns(release: str) -> list[str]:
    spec = RELEASES[release]
    epci = "epci{:02d}".format(spec["epci"])
    names = ["idcom", "idcomtxt", "idreg", "idregtxt", "iddep", "iddeptxt", epci, epci + "txt"]
    names += ["scot", "aav2020", "aav2020txt", "aav2020_typo"]
    for year in range(2009, spec["last"] + 1):
        names.append("naf{}art{}".format(yy(year), yy(year + 1)))
        names += ["art{}{}{}".format(yy(year), d, yy(year + 1)) for d in spec["dest"]]
    end = yy(spec["last"] + 1)
    names.append("naf09art" + end)
    names += ["art09{}{}".format(d, end) for d in spec["dest"]]
    for first, last in spec["windows"]:
        names.append("naf{}art{}".format(yy(first), yy(last + 1)))
    names += spec["context"]
    names.append(spec["surf"])
    return names


def wide_rows(
    release: str,
    communes: Mapping[str, tuple[str, str]] | None = None,
    overrides: Mapping[tuple[str, int, str], int] | None = None,
) -> list[dict[str, str]]:
    """One dict per commune, every value as text; ``overrides[(insee, year, d)]`` sets a value."""
    spec = RELEASES[release]
    communes = communes or COMMUNES
    overrides = overrides or {}
    epci = "epci{:02d}".format(spec["epci"])
    out = []
    for n, (insee, (name, siren)) in enumerate(sorted(communes.items())):
        row = {c: "" for c in columns(release)}
        row.update(
            idcom=insee,
            idcomtxt=name,
            idreg="32",
            idregtxt="Hauts-de-France",
            iddep=insee[:2],
            iddeptxt="Dép",
            scot="SCoT de test",
            aav2020="001",
            aav2020txt="Paris",
            aav2020_typo="11",
        )
        row[epci], row[epci + "txt"] = siren, "EPCI " + siren
        totals: dict[str, int] = {}
        for year in range(2009, spec["last"] + 1):
            naf = 0
            for d in spec["dest"]:
                m2 = overrides.get((insee, year, d), value(insee, year, d))
                row["art{}{}{}".format(yy(year), d, yy(year + 1))] = str(m2)
                naf += m2
                totals[d] = totals.get(d, 0) + m2
            naf = overrides.get((insee, year, "naf"), naf)
            row["naf{}art{}".format(yy(year), yy(year + 1))] = str(naf)
        end = yy(spec["last"] + 1)
        annual = {
            y: int(row["naf{}art{}".format(yy(y), yy(y + 1))])
            for y in range(2009, spec["last"] + 1)
        }
        row["naf09art" + end] = str(sum(annual.values()))
        for d in spec["dest"]:
            row["art09{}{}".format(d, end)] = str(totals[d])
        for first, last in spec["windows"]:
            row["naf{}art{}".format(yy(first), yy(last + 1))] = str(
                sum(annual[y] for y in range(first, last + 1))
            )
        for c in spec["context"]:
            row[c] = str(1000 + n)
        row[spec["surf"]] = str(10_000_000 + 1_000_000 * n)
        out.append(row)
    return out


def write_csv(path: Path, rows: list[dict[str, str]], delimiter: str = ";") -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), delimiter=delimiter)
        writer.writeheader()
        writer.writerows(rows)
    return path


def write_shapefile(path: Path, rows: list[dict[str, str]]) -> Path:
    """A real shapefile written with OGR: UPPER CASE names cut to 10 characters, numbers as
    integer fields, a point per commune (as the published shapefiles carry geometry)."""
    pytest.importorskip("osgeo", reason="GDAL bindings: apt-get install python3-gdal")
    from osgeo import ogr, osr

    driver = ogr.GetDriverByName("ESRI Shapefile")
    dataset = driver.CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(2154)
    layer = dataset.CreateLayer(path.stem, srs, ogr.wkbPoint, ["ENCODING=UTF-8"])
    names = list(rows[0])
    cut = []
    for name in names:
        short = name.upper()[:10]
        text = name in ("idcom", "idcomtxt", "idreg", "idregtxt", "iddep", "iddeptxt", "scot")
        text = text or name.startswith("epci") or name.startswith("aav")
        field = ogr.FieldDefn(short, ogr.OFTString if text else ogr.OFTInteger64)
        if text:
            field.SetWidth(80)
        layer.CreateField(field)
        cut.append((name, layer.GetLayerDefn().GetFieldIndex(short), text))
    for i, row in enumerate(rows):
        feature = ogr.Feature(layer.GetLayerDefn())
        for name, index, text in cut:
            if row[name] == "":
                continue
            feature.SetField(index, row[name] if text else int(row[name]))
        point = ogr.Geometry(ogr.wkbPoint)
        point.AddPoint_2D(650_000 + i, 7_000_000 + i)
        feature.SetGeometry(point)
        layer.CreateFeature(feature)
    dataset = None
    return path
