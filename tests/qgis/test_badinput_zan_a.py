"""Bad input for the ZAN consumption family, through qgis_process under a French locale (issue 10).

aula:zanimportconsumption, aula:zanconsumption, aula:zantrajectory and aula:zanreport: each trial
asserts the exit code, the French message, no traceback and no output left behind (``bad_input``).
The long table ``zan_consommation`` is edited by hand as planners do (text in surface_m2, a year
typed 20121, a lost INSEE code, NULL, a pasted row, an infinite value): the three readers give the
same verdict (gis.zan_long_table).
"""

from __future__ import annotations

import csv
import importlib.util
import random
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

IMPORT = "aula:zanimportconsumption"
CONSUMPTION = "aula:zanconsumption"
TRAJECTORY = "aula:zantrajectory"
REPORT = "aula:zanreport"
EPCI = "200000001"
COMMUNES = {
    "62001": ("Béthune", EPCI),
    "62002": ("Annezin", EPCI),
    "62003": ("Fouquières", "200000002"),
}
TABLE = "zan_consommation"


def _cerema_helpers():
    path = Path(__file__).resolve().parents[1] / "unit" / "_cerema_files.py"
    spec = importlib.util.spec_from_file_location("_cerema_files_badinput", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


files = _cerema_helpers()


def _base_gpkg(path: Path) -> Path:
    """Communes 62001-62003 (two EPCI) and their NAF consumption 2009-2022, release 2009-2023."""
    from osgeo import ogr, osr

    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(2154)
    communes = ds.CreateLayer("commune", srs, ogr.wkbPolygon)
    for name, kind in (
        ("insee", ogr.OFTString),
        ("nom", ogr.OFTString),
        ("epci_siren", ogr.OFTString),
        ("epci_nom", ogr.OFTString),
        ("surface_ha", ogr.OFTReal),
    ):
        communes.CreateField(ogr.FieldDefn(name, kind))
    for i, (insee, (nom, siren)) in enumerate(sorted(COMMUNES.items())):
        feature = ogr.Feature(communes.GetLayerDefn())
        for key, value in zip(("insee", "nom", "epci_siren", "epci_nom", "surface_ha"),
                              (insee, nom, siren, "CC " + siren, 500.0), strict=True):  # fmt: skip
            feature.SetField(key, value)
        x = 650_000 + 3_000 * i
        feature.SetGeometry(
            ogr.CreateGeometryFromWkt(
                f"POLYGON(({x} 7000000,{x + 2000} 7000000,{x + 2000} 7002000,{x} 7002000,"
                f"{x} 7000000))"
            )
        )
        communes.CreateFeature(feature)
    cons = ds.CreateLayer(TABLE, None, ogr.wkbNone)
    for name, kind in (
        ("insee", ogr.OFTString),
        ("annee", ogr.OFTInteger),
        ("destination", ogr.OFTString),
        ("surface_m2", ogr.OFTInteger64),
        ("release", ogr.OFTString),
    ):
        cons.CreateField(ogr.FieldDefn(name, kind))
    ds.StartTransaction()
    for insee in sorted(COMMUNES):
        for year in range(2009, 2023):
            for destination, m2 in (("naf", 3000), ("hab", 2000), ("act", 1000)):
                feature = ogr.Feature(cons.GetLayerDefn())
                for key, value in zip(("insee", "annee", "destination", "surface_m2", "release"),
                                      (insee, year, destination, m2, "2009-2023"),
                                      strict=True):  # fmt: skip
                    feature.SetField(key, value)
                cons.CreateFeature(feature)
    ds.CommitTransaction()
    ds = None
    return path


@pytest.fixture(scope="session")
def zan_gpkgs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str, str], Path]:
    """``make(name, sql)``: a copy of the base GeoPackage with ``sql`` run on it (hand edits)."""
    folder = tmp_path_factory.mktemp("badinput-zan-a")
    base = _base_gpkg(folder / "base.gpkg")

    def make(name: str, sql: str = "") -> Path:
        path = folder / f"{name}.gpkg"
        if not path.exists():
            path.write_bytes(base.read_bytes())
            if sql:
                con = sqlite3.connect(path)
                con.executescript(sql)
                con.close()
        return path

    return make


def _insert(insee: object, year: object, destination: object, m2: object) -> str:
    def literal(value: object) -> str:
        if value is None:
            return "NULL"
        return f"'{value}'" if isinstance(value, str) else repr(value)

    values = ", ".join(literal(v) for v in (insee, year, destination, m2, "2009-2023"))
    return (
        f"INSERT INTO {TABLE} (insee, annee, destination, surface_m2, release) VALUES ({values});"
    )


def _layers(gpkg: Path) -> dict[str, str]:
    return {"CONSUMPTION": f"{gpkg}|layername={TABLE}", "COMMUNES": f"{gpkg}|layername=commune"}


@pytest.fixture(scope="session")
def rates_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A rates CSV as Excel saves it (Windows-1252, ;) and a file of random bytes."""
    folder = tmp_path_factory.mktemp("badinput-zan-rates")
    text = (
        "territory_id;level;name;parent_id;rate_pct;document\n"
        "FRANCE;nation;France;;50;Loi Climat et résilience\n"
        "REGION_32;région;Hauts-de-France;FRANCE;54,47;SRADDET modifié, décembre 2024\n"
    )
    excel = folder / "taux_excel.csv"
    excel.write_bytes(text.encode("cp1252"))
    noise = folder / "taux_bruit.csv"
    noise.write_bytes(random.Random(10).randbytes(4096))
    return {"excel": excel, "noise": noise}


# -- aula:zanconsumption -------------------------------------------------------------------------


def test_consumption_text_in_surface(bad_input, zan_gpkgs, tmp_path: Path) -> None:
    gpkg = zan_gpkgs("text", _insert("62001", 2015, "mix", "12 ha"))
    out = tmp_path / "conso.csv"
    proc = bad_input.refused(
        CONSUMPTION,
        "1 ligne(s) dont le champ surface_m2 n'est pas un nombre (première : ligne 127, "
        "valeur '12 ha')",
        [out],
        CONSUMPTION=_layers(gpkg)["CONSUMPTION"],
        OUTPUT=out,
    )
    assert "1 ligne(s) fausseraient les totaux" in proc.stdout + proc.stderr


def test_consumption_unknown_destination_through_qgis(bad_input, zan_gpkgs, tmp_path) -> None:
    """A filtered layer is read through QGIS, not SQLite: the same check, the same message."""
    gpkg = zan_gpkgs("destination", _insert("62002", 2012, "habitat", 50))
    out = tmp_path / "conso.csv"
    bad_input.refused(
        CONSUMPTION,
        "1 ligne(s) avec une destination inconnue dans destination (première : ligne 127, "
        "valeur 'habitat'",
        [out],
        CONSUMPTION=f'{gpkg}|layername={TABLE}|subset="annee" > 2000',
        OUTPUT=out,
    )


def test_consumption_text_area_field(bad_input, zan_gpkgs, tmp_path: Path) -> None:
    out = tmp_path / "conso.csv"
    bad_input.refused(
        CONSUMPTION,
        "base : le champ nom n'est pas numérique",
        [out],
        **_layers(zan_gpkgs("base")),
        GROUP_FIELD="epci_siren",
        AREA_FIELD="nom",
        OUTPUT=out,
    )


def test_consumption_filter_leaving_no_commune(bad_input, zan_gpkgs, tmp_path: Path) -> None:
    gpkg = zan_gpkgs("base")
    out = tmp_path / "conso.csv"
    bad_input.refused(
        CONSUMPTION,
        "aucune commune à regrouper (la couche, ou son filtre, n'en laisse aucune)",
        [out],
        CONSUMPTION=_layers(gpkg)["CONSUMPTION"],
        COMMUNES=f"{gpkg}|layername=commune|subset=\"insee\" = '99999'",
        OUTPUT=out,
    )


def test_consumption_negative_value_kept_and_flagged(bad_input, zan_gpkgs, tmp_path) -> None:
    gpkg = zan_gpkgs("negative", f"UPDATE {TABLE} SET surface_m2 = -350 WHERE fid = 7;")
    out = tmp_path / "conso.csv"
    bad_input.warned(
        CONSUMPTION,
        "1 valeur(s) négative(s) de surface_m2, conservée(s) dans toutes les sommes",
        [out],
        CONSUMPTION=_layers(gpkg)["CONSUMPTION"],
        OUTPUT=out,
    )
    text = out.read_text(encoding="utf-8")
    assert "26650" in text  # 62001, 2011-2020: 9 × 3000 − 350, the negative value kept


def test_consumption_output_in_a_file(bad_input, zan_gpkgs, tmp_path: Path) -> None:
    blocker = tmp_path / "pas_un_dossier"
    blocker.write_text("x")
    bad_input.refused(
        CONSUMPTION,
        "impossible d'écrire dans le dossier",
        [blocker / "conso.csv"],
        CONSUMPTION=_layers(zan_gpkgs("base"))["CONSUMPTION"],
        OUTPUT=blocker / "conso.csv",
    )


# -- aula:zantrajectory --------------------------------------------------------------------------


def test_trajectory_rates_from_excel(bad_input, zan_gpkgs, rates_files, tmp_path) -> None:
    out = tmp_path / "traj.csv"
    bad_input.warned(
        TRAJECTORY,
        "taux_excel.csv : lu en Windows-1252",
        [out, tmp_path / "traj_annees.csv"],
        **_layers(zan_gpkgs("base")),
        RATES=rates_files["excel"],
        OUTPUT=out,
        OUTPUT_YEARS=tmp_path / "traj_annees.csv",
    )


def test_trajectory_rates_random_bytes(bad_input, zan_gpkgs, rates_files, tmp_path) -> None:
    out = tmp_path / "traj.csv"
    bad_input.refused(
        TRAJECTORY,
        "taux_bruit.csv : ce n'est pas un fichier texte en UTF-8 ni en Windows-1252",
        [out, tmp_path / "traj_annees.csv"],
        **_layers(zan_gpkgs("base")),
        RATES=rates_files["noise"],
        OUTPUT=out,
        OUTPUT_YEARS=tmp_path / "traj_annees.csv",
    )


def test_trajectory_negative_rate_warned(bad_input, zan_gpkgs, tmp_path: Path) -> None:
    out = tmp_path / "traj.csv"
    bad_input.warned(
        TRAJECTORY,
        "200000001 : taux de réduction négatif (-10 %)",
        [out, tmp_path / "traj_annees.csv"],
        **_layers(zan_gpkgs("base")),
        GROUP_FIELD="epci_siren",
        RATE_OVERRIDE=-10,
        OUTPUT=out,
        OUTPUT_YEARS=tmp_path / "traj_annees.csv",
    )


def test_trajectory_impossible_year(bad_input, zan_gpkgs, tmp_path: Path) -> None:
    gpkg = zan_gpkgs("year", f"UPDATE {TABLE} SET annee = 20121 WHERE fid = 10;")
    out = tmp_path / "traj.csv"
    bad_input.refused(
        TRAJECTORY,
        "1 ligne(s) avec une année impossible dans annee (première : ligne 10, valeur 20121",
        [out, tmp_path / "traj_annees.csv"],
        **_layers(gpkg),
        RATE_OVERRIDE=50,
        OUTPUT=out,
        OUTPUT_YEARS=tmp_path / "traj_annees.csv",
    )


def test_trajectory_null_surface(bad_input, zan_gpkgs, tmp_path: Path) -> None:
    gpkg = zan_gpkgs("null", f"UPDATE {TABLE} SET surface_m2 = NULL WHERE fid IN (5, 6);")
    out = tmp_path / "traj.csv"
    bad_input.refused(
        TRAJECTORY,
        "2 ligne(s) avec une valeur NULL (première : ligne 5, champ surface_m2)",
        [out, tmp_path / "traj_annees.csv"],
        **_layers(gpkg),
        RATE_OVERRIDE=50,
        OUTPUT=out,
        OUTPUT_YEARS=tmp_path / "traj_annees.csv",
    )


def test_trajectory_lost_insee_code(bad_input, zan_gpkgs, tmp_path: Path) -> None:
    gpkg = zan_gpkgs("insee", _insert("6204", 2015, "naf", 100))
    out = tmp_path / "traj.csv"
    bad_input.refused(
        TRAJECTORY,
        "dont le champ insee n'est pas un code INSEE de commune (première : ligne 127, "
        "valeur '6204')",
        [out, tmp_path / "traj_annees.csv"],
        **_layers(gpkg),
        RATE_OVERRIDE=50,
        OUTPUT=out,
        OUTPUT_YEARS=tmp_path / "traj_annees.csv",
    )


# -- aula:zanreport ------------------------------------------------------------------------------


def _report(gpkg: Path, **params: object) -> dict[str, object]:
    return {**_layers(gpkg), "TERRITORY_FIELD": "epci_siren", "TERRITORY": EPCI, **params}


def test_report_folder_is_a_file(bad_input, zan_gpkgs, tmp_path: Path) -> None:
    target = tmp_path / "rapport"
    target.write_text("x")
    bad_input.refused(
        REPORT,
        f"{target} est un fichier, pas un dossier",
        **_report(zan_gpkgs("base"), OUTPUT_FOLDER=target),
    )
    assert target.read_text() == "x"


def test_report_folder_under_a_file(bad_input, zan_gpkgs, tmp_path: Path) -> None:
    blocker = tmp_path / "fichier"
    blocker.write_text("x")
    bad_input.refused(
        REPORT,
        "impossible d'écrire dans le dossier",
        [blocker / "rapport"],
        **_report(zan_gpkgs("base"), OUTPUT_FOLDER=blocker / "rapport"),
    )


def test_report_rates_random_bytes(bad_input, zan_gpkgs, rates_files, tmp_path) -> None:
    out = tmp_path / "rapport"
    bad_input.refused(
        REPORT,
        "taux_bruit.csv : ce n'est pas un fichier texte en UTF-8 ni en Windows-1252",
        [out],
        **_report(zan_gpkgs("base"), RATES=rates_files["noise"], OUTPUT_FOLDER=out),
    )


def test_report_infinite_surface(bad_input, zan_gpkgs, tmp_path: Path) -> None:
    gpkg = zan_gpkgs("infinite", f"UPDATE {TABLE} SET surface_m2 = 1e400 WHERE fid = 7;")
    out = tmp_path / "rapport"
    bad_input.refused(
        REPORT,
        "1 ligne(s) dont le champ surface_m2 n'est pas un nombre fini (première : ligne 7, "
        "valeur +Inf)",
        [out],
        **_report(gpkg, OUTPUT_FOLDER=out),
    )


def test_report_duplicate_rows(bad_input, zan_gpkgs, tmp_path: Path) -> None:
    gpkg = zan_gpkgs("duplicate", _insert("62002", 2015, "naf", 3000))
    out = tmp_path / "rapport"
    bad_input.refused(
        REPORT,
        "1 ligne(s) répètent une commune, une année et une destination déjà données (première : "
        "ligne 127, commune 62002, année 2015, destination naf) ; elles seraient comptées deux "
        "fois",
        [out],
        **_report(gpkg, OUTPUT_FOLDER=out),
    )


def test_report_negative_rate_warned(bad_input, zan_gpkgs, tmp_path: Path) -> None:
    out = tmp_path / "rapport"
    bad_input.warned(
        REPORT,
        "200000001 : taux de réduction négatif (-5 %)",
        [out],
        **_report(zan_gpkgs("base"), RATE=-5, OUTPUT_FOLDER=out),
    )
    assert len(list(out.glob("rapport_triennal_*.pdf"))) == 1


# -- aula:zanimportconsumption -------------------------------------------------------------------


def _cerema_csv(path: Path, edit: dict[str, str] | None = None, encoding: str = "utf-8") -> Path:
    rows = files.wide_rows("2009-2024", COMMUNES)
    rows[1].update(edit or {})
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), delimiter=";")
        writer.writeheader()
        writer.writerows(rows)
    return path


def _work_gpkg(path: Path) -> Path:
    from osgeo import ogr

    ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    return path


def test_import_nan_in_cerema_file(bad_input, tmp_path: Path) -> None:
    source = _cerema_csv(tmp_path / "conso.csv", {"naf12art13": "NaN"})
    gpkg = _work_gpkg(tmp_path / "travail.gpkg")
    bad_input.refused(
        IMPORT,
        "conso.csv : colonne naf12art13, ligne 3 (commune 62002) : NaN n'est pas un nombre fini "
        "(NaN ou infini) : rien n'a été importé",
        INPUT=source,
        GPKG=gpkg,
    )
    assert TABLE not in _tables(gpkg)


def test_import_huge_value_printed_readably(bad_input, tmp_path: Path) -> None:
    source = _cerema_csv(tmp_path / "conso.csv", {"naf12art13": "1e300"})
    gpkg = _work_gpkg(tmp_path / "travail.gpkg")
    proc = bad_input.refused(IMPORT, "1e+300", INPUT=source, GPKG=gpkg)
    assert "0" * 50 not in proc.stdout + proc.stderr  # never a 300-digit integer
    assert TABLE not in _tables(gpkg)


def test_import_binary_file(bad_input, tmp_path: Path) -> None:
    source = tmp_path / "conso.csv"
    source.write_bytes(random.Random(3).randbytes(8192))
    gpkg = _work_gpkg(tmp_path / "travail.gpkg")
    bad_input.refused(
        IMPORT,
        "conso.csv : ce n'est pas un fichier texte en UTF-8 ni en Windows-1252",
        INPUT=source,
        GPKG=gpkg,
    )


def test_import_excel_file_is_read_and_said(bad_input, tmp_path: Path) -> None:
    source = _cerema_csv(tmp_path / "conso.csv", encoding="cp1252")
    gpkg = _work_gpkg(tmp_path / "travail.gpkg")
    bad_input.warned(IMPORT, "conso.csv : lu en Windows-1252", [gpkg], INPUT=source, GPKG=gpkg)
    con = sqlite3.connect(gpkg)
    names = {r[0] for r in con.execute("SELECT nom FROM zan_communes_cerema")}
    con.close()
    assert "Béthune" in names


def test_imported_table_edited_by_hand(bad_input, provider, run_alg, tmp_path: Path) -> None:
    """An imported release is read with a light check (the import checked it), until a row is
    inserted or updated by hand: the journal's triggers see it and the full check comes back."""
    source = _cerema_csv(tmp_path / "conso.csv", {"naf12art13": "-40"})
    gpkg = _work_gpkg(tmp_path / "travail.gpkg")
    run_alg(IMPORT, {"INPUT": str(source), "GPKG": str(gpkg)})
    layers = {
        "CONSUMPTION": f"{gpkg}|layername={TABLE}",
        "COMMUNES": f"{gpkg}|layername=zan_communes_cerema",
    }
    out = tmp_path / "conso.csv.out.csv"
    # the negative value of the file: kept, flagged on the light path too (first row as usual)
    bad_input.warned(
        CONSUMPTION,
        "1 valeur(s) négative(s) de surface_m2, conservée(s) dans toutes les sommes",
        [out],
        **layers,
        GROUP_FIELD="epci_fichier",
        AREA_FIELD="surfcom_m2",
        OUTPUT=out,
    )
    con = sqlite3.connect(gpkg)
    con.execute(
        f"INSERT INTO {TABLE} (insee, annee, destination, surface_m2, release) "
        f"SELECT insee, annee, destination, surface_m2, release FROM {TABLE} "
        "WHERE insee = '62003' AND annee = 2015 AND destination = 'naf'"
    )
    con.commit()
    con.close()
    out.unlink()
    bad_input.refused(
        CONSUMPTION,
        "1 ligne(s) répètent une commune, une année et une destination déjà données",
        [out],
        **layers,
        GROUP_FIELD="epci_fichier",
        AREA_FIELD="surfcom_m2",
        OUTPUT=out,
    )


def test_import_into_a_locked_gpkg(bad_input, tmp_path: Path) -> None:
    source = _cerema_csv(tmp_path / "conso.csv")
    gpkg = _work_gpkg(tmp_path / "travail.gpkg")
    con = sqlite3.connect(gpkg, isolation_level=None, check_same_thread=False)
    con.execute("BEGIN EXCLUSIVE")  # another program writing into it
    release = threading.Timer(60, con.rollback)
    release.start()
    try:
        bad_input.refused(
            IMPORT,
            "travail.gpkg : le GeoPackage est verrouillé par un autre programme : fermez-le",
            INPUT=source,
            GPKG=gpkg,
        )
    finally:
        release.cancel()
        con.rollback()
        con.close()
    assert TABLE not in _tables(gpkg)


def test_import_into_a_text_file(bad_input, tmp_path: Path) -> None:
    source = _cerema_csv(tmp_path / "conso.csv")
    gpkg = tmp_path / "travail.gpkg"
    gpkg.write_text("pas un GeoPackage\n")
    bad_input.refused(IMPORT, "travail.gpkg : ce n'est pas un GeoPackage", INPUT=source, GPKG=gpkg)
    assert gpkg.read_text() == "pas un GeoPackage\n"


def _tables(gpkg: Path) -> set[str]:
    con = sqlite3.connect(gpkg)
    try:
        return {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        con.close()


# -- cancellation (in process: a feedback that cancels at a given progress) ----------------------


def _cancel_at(percent: float):
    from qgis.core import QgsProcessingFeedback

    class CancelAt(QgsProcessingFeedback):
        def setProgress(self, progress: float) -> None:
            super().setProgress(progress)
            if progress >= percent:
                self.cancel()

    return CancelAt()


def test_consumption_cancelled_leaves_no_csv(provider, run_alg, zan_gpkgs, tmp_path) -> None:
    from qgis.core import QgsProcessingException

    out = tmp_path / "conso.csv"
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run_alg(
            CONSUMPTION,
            {**_layers(zan_gpkgs("base")), "GROUP_FIELD": "epci_siren", "OUTPUT": str(out)},
            feedback=_cancel_at(70),
        )
    assert sorted(p.name for p in tmp_path.iterdir()) == []  # no CSV, no staging folder


def test_report_cancelled_at_95_percent_writes_nothing(
    provider, run_alg, zan_gpkgs, tmp_path
) -> None:
    from qgis.core import QgsProcessingException

    out = tmp_path / "rapport"
    out.mkdir()
    (out / "garder.txt").write_text("fichier de l'utilisateur")
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run_alg(REPORT, _report(zan_gpkgs("base"), OUTPUT_FOLDER=str(out)), feedback=_cancel_at(95))
    assert sorted(p.name for p in out.iterdir()) == ["garder.txt"]
