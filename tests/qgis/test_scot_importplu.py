"""aula:scotimportplu on the real CNIG samples (PLUi 248000747, PPRT 69dreal20090005) read in place,
on small synthetic shapefiles, and on bad input through qgis_process."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from osgeo import ogr, osr
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer

ALG = "aula:scotimportplu"
LIBELONG_AU = "Zone à urbaniser à vocation principale d'habitat"


class Recorder(QgsProcessingFeedback):
    def __init__(self, cancel_at: float | None = None) -> None:
        super().__init__()
        self.warnings: list[str] = []
        self.infos: list[str] = []
        self.cancel_at = cancel_at

    def pushWarning(self, text: str) -> None:
        self.warnings.append(text)
        super().pushWarning(text)

    def pushInfo(self, text: str) -> None:
        self.infos.append(text)
        super().pushInfo(text)

    def setProgress(self, progress: float) -> None:
        super().setProgress(progress)
        if self.cancel_at is not None and progress >= self.cancel_at:
            self.cancel()


def empty_gpkg(path: Path) -> Path:
    ogr.GetDriverByName("GPKG").CreateDataSource(str(path)).FlushCache()
    return path


def rows(gpkg: Path, sql: str) -> list[tuple[Any, ...]]:
    with sqlite3.connect(gpkg) as con:
        return con.execute(sql).fetchall()


def tables(gpkg: Path) -> set[str]:
    return {r[0] for r in rows(gpkg, "SELECT table_name FROM gpkg_contents")}


@pytest.fixture
def plui(shared_data: Path) -> Path:
    return shared_data / "cnig" / "plui_248000747"


@pytest.fixture
def target(tmp_path: Path) -> Path:
    return empty_gpkg(tmp_path / "travail.gpkg")


def test_the_real_plui_is_imported_in_place(run_alg, alg, plui: Path, target: Path) -> None:
    before = {p.name: p.stat().st_mtime for p in plui.iterdir()}
    feedback = Recorder()
    shp = plui / "248000747_ZONE_URBA_20201109.shp"
    result = run_alg(alg, {"INPUT": str(shp), "GPKG": str(target)}, feedback=feedback)
    assert result["OUTPUT"] == f"{target}|layername=zone_urba"
    assert result["TABLES"] == "zone_urba,prescription_surf,info_surf"
    assert result["FEATURES"] == 1049 + 1367 + 613
    assert result["INVALID"] == 0
    assert {p.name: p.stat().st_mtime for p in plui.iterdir()} == before  # read, never written
    # A9.1: 1,049 zones (U 729, N 189, A 109, AUc 14, AUs 8), UTF-8 without mojibake
    counts = dict(rows(target, "SELECT TYPEZONE, count(*) FROM zone_urba GROUP BY 1"))
    assert counts == {"U": 729, "N": 189, "A": 109, "AUc": 14, "AUs": 8}
    libelongs = {r[0] for r in rows(target, "SELECT LIBELONG FROM zone_urba")}
    assert LIBELONG_AU in libelongs
    assert not any("Ã" in (text or "") for text in libelongs)
    assert any("read as UTF-8 (its .cpg)" in info for info in feedback.infos)
    # A9.2: prescription and information codes
    psc = dict(rows(target, "SELECT TYPEPSC || '-' || STYPEPSC, count(*) FROM prescription_surf "
                            "GROUP BY 1"))  # fmt: skip
    assert psc == {"07-00": 972, "02-00": 170, "16-00": 87, "05-00": 86, "18-00": 51, "05-07": 1}
    inf = dict(
        rows(target, "SELECT TYPEINF || '-' || STYPEINF, count(*) FROM info_surf GROUP BY 1")
    )
    assert inf == {"99-00": 463, "19-00": 150}
    # A9.4: IDURBA everywhere
    assert rows(target, "SELECT DISTINCT IDURBA FROM zone_urba") == [("248000747_PLUI_20201109",)]
    # A9.5/6: Lambert-93 as EPSG:2154, multi-part 2D polygons, spatial index
    layer = QgsVectorLayer(f"{target}|layername=zone_urba", "z", "ogr")
    assert layer.isValid() and layer.featureCount() == 1049
    assert layer.crs().authid() == "EPSG:2154"
    assert layer.wkbType() == 6  # QgsWkbTypes.MultiPolygon (2D)
    assert rows(target, "SELECT count(*) FROM rtree_zone_urba_geom") == [(1049,)]
    assert all(
        g.constGet().numGeometries() == 1 for g in (f.geometry() for f in layer.getFeatures())
    )


def test_info_surf_with_a_wrong_column_warns_and_imports(run_alg, alg, plui: Path,
                                                         target: Path) -> None:  # fmt: skip
    feedback = Recorder()
    run_alg(alg, {"INPUT": str(plui), "GPKG": str(target)}, feedback=feedback)
    wrong = [w for w in feedback.warnings if "WRONGINSEE" in w]
    assert len(wrong) == 1
    assert "248000747_INFO_SURF_20201109.shp" in wrong[0] and "INFO_SURF" in wrong[0]
    # A9.3: the integer INSEE codes become text of five characters, 80000 flagged
    assert dict(rows(target, "SELECT INSEE, count(*) FROM info_surf GROUP BY 1")) == {
        "80000": 543,
        "80016": 70,
    }
    assert rows(target, "SELECT typeof(INSEE) FROM info_surf LIMIT 1") == [("text",)]
    flagged = [w for w in feedback.warnings if "'80000'" in w]
    assert flagged and "543 feature(s)" in flagged[0]
    anomalies = rows(target, "SELECT table_cible, champ, anomalie, count(*) FROM cnig_anomalies "
                             "GROUP BY 1, 2, 3")  # fmt: skip
    assert anomalies == [
        ("info_surf", "INSEE", "not_a_commune", 543),
        ("info_surf", "WRONGINSEE", "unexpected_column", 1),
    ]


def test_the_ppr_geopackage_is_imported(run_alg, alg, shared_data: Path, target: Path) -> None:
    ppr = shared_data / "cnig" / "pprt_69dreal20090005" / "pprt_69dreal20090005.gpkg"
    result = run_alg(alg, {"INPUT": str(ppr), "GPKG": str(target)})
    assert result["OUTPUT"] == f"{target}|layername=ppr_zonereglementaireurba_s"
    zones = dict(rows(target, "SELECT typereglement, count(*) FROM ppr_zonereglementaireurba_s "
                              "GROUP BY 1"))  # fmt: skip
    assert zones == {"01": 5, "02": 12, "04": 8}  # A9.12: the red filter selects 8
    assert {"ppr_perimetre_s", "ppr_procedure", "ppr_zonereglementairefoncier_s"} <= tables(target)


def make_zone_urba(folder: Path, wkt: str, *, epsg: int = 2154, cpg: str | None = "UTF-8") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "62498_ZONE_URBA_20200101.shp"
    ds = ogr.GetDriverByName("ESRI Shapefile").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    geometry = ogr.CreateGeometryFromWkt(wkt)
    layer = ds.CreateLayer(path.stem, srs, geometry.GetGeometryType(), ["ENCODING=UTF-8"])
    for name in ("LIBELLE", "LIBELONG", "TYPEZONE", "IDURBA"):
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    for label, kind in (("UA", "U"), ("1AUh", "AU")):  # "AU" is no TYPEZONE of the standard
        feature = ogr.Feature(layer.GetLayerDefn())
        for name, value in (("LIBELLE", label), ("LIBELONG", "Zone é"), ("TYPEZONE", kind),
                            ("IDURBA", "62498_PLU_20200101")):  # fmt: skip
            feature.SetField(name, value)
        feature.SetGeometry(geometry)
        layer.CreateFeature(feature)
    ds = None
    for old in folder.glob("*.[cC][pP][gG]"):
        old.unlink()
    if cpg is not None:
        path.with_suffix(".cpg").write_text(cpg)
    return path


BOWTIE_3D = "POLYGON Z ((0 0 5,10 10 5,10 0 5,0 10 5,0 0 5))"
SQUARE = "POLYGON ((0 0,100 0,100 100,0 100,0 0))"


def test_3d_and_invalid_geometries_are_written_2d_and_reported(run_alg, alg, tmp_path: Path,
                                                               target: Path) -> None:  # fmt: skip
    make_zone_urba(tmp_path / "plu", BOWTIE_3D)
    feedback = Recorder()
    result = run_alg(alg, {"INPUT": str(tmp_path / "plu"), "GPKG": str(target)}, feedback=feedback)
    assert result["INVALID"] == 2  # reported, never dropped
    layer = QgsVectorLayer(result["OUTPUT"], "z", "ogr")
    assert layer.featureCount() == 2 and layer.wkbType() == 6  # 2D MultiPolygon
    assert any("3D geometries (2 feature(s)) written in 2D" in w for w in feedback.warnings)
    invalid = [w for w in feedback.warnings if "invalid geometry" in w]
    assert len(invalid) == 2 and "feature 1" in invalid[0]
    bad_type = [w for w in feedback.warnings if "TYPEZONE" in w]
    assert bad_type and "'AU'" in bad_type[0] and "62498_ZONE_URBA_20200101.shp" in bad_type[0]
    assert rows(target, "SELECT anomalie, count(*) FROM cnig_anomalies GROUP BY 1") == [
        ("invalid_geometry", 2),
        ("not_in_list", 1),
    ]


def test_a_cancelled_import_writes_nothing(run_alg, alg, plui: Path, target: Path) -> None:
    feedback = Recorder(cancel_at=1.0)
    with pytest.raises(QgsProcessingException, match="nothing was written"):
        run_alg(alg, {"INPUT": str(plui), "GPKG": str(target)}, feedback=feedback)
    assert tables(target) == set()


def test_a_second_import_replaces_the_tables(run_alg, alg, tmp_path: Path, target: Path) -> None:
    make_zone_urba(tmp_path / "plu", SQUARE)
    run_alg(alg, {"INPUT": str(tmp_path / "plu"), "GPKG": str(target)})
    run_alg(alg, {"INPUT": str(tmp_path / "plu"), "GPKG": str(target)})
    assert rows(target, "SELECT count(*) FROM zone_urba") == [(2,)]
    assert rows(target, "SELECT count(*) FROM cnig_anomalies") == [(1,)]


def test_the_dialog_opens_the_zoning_styled(provider, load_like_dialog, plui: Path,
                                            target: Path) -> None:  # fmt: skip
    _results, project = load_like_dialog(ALG, {"INPUT": str(plui), "GPKG": str(target)})
    layers = {layer.name(): layer for layer in project.mapLayers().values()}
    zoning = next(lyr for lyr in layers.values() if lyr.source().endswith("layername=zone_urba"))
    assert zoning.renderer().type() == "RuleRenderer"
    labels = {rule.label() for rule in zoning.renderer().rootRule().children()}
    assert "AUs - zone à urbaniser bloquée" in labels
    index = zoning.fields().indexOf("TYPEZONE")
    assert zoning.attributeAlias(index) == "Type of zone"
    assert "cnig_anomalies" in layers and "info_surf" in layers
    project.clear()


# -- Bad input, as a French planner meets it (qgis_process, French locale) ------------------------


def test_a_folder_without_cnig_tables_is_refused(bad_input, tmp_path: Path) -> None:
    (tmp_path / "vide").mkdir()
    (tmp_path / "vide" / "notes.txt").write_text("x")
    target = empty_gpkg(tmp_path / "t.gpkg")
    bad_input.refused(ALG, "aucune table du standard CNIG PLU", INPUT=tmp_path / "vide",
                      GPKG=target)  # fmt: skip
    assert tables(target) == set()


def test_a_geographic_crs_is_refused(bad_input, tmp_path: Path) -> None:
    make_zone_urba(tmp_path / "plu", "POLYGON ((2.5 50.4,2.6 50.4,2.6 50.5,2.5 50.4))", epsg=4326)
    target = empty_gpkg(tmp_path / "t.gpkg")
    bad_input.refused(ALG, "système de coordonnées géographique", INPUT=tmp_path / "plu",
                      GPKG=target)  # fmt: skip
    assert tables(target) == set()


def test_a_wrong_cpg_is_refused(bad_input, tmp_path: Path) -> None:
    shp = make_zone_urba(tmp_path / "plu", SQUARE, cpg="KLINGON-42")
    target = empty_gpkg(tmp_path / "t.gpkg")
    bad_input.refused(ALG, "son .cpg nomme l'encodage 'KLINGON-42'", INPUT=shp, GPKG=target)
    assert tables(target) == set()


def test_a_missing_cpg_is_said(bad_input, tmp_path: Path) -> None:
    shp = make_zone_urba(tmp_path / "plu", SQUARE, cpg=None)
    target = empty_gpkg(tmp_path / "t.gpkg")
    bad_input.warned(ALG, "pas de fichier .cpg : lu en UTF-8", INPUT=shp, GPKG=target)
    assert rows(target, "SELECT LIBELONG FROM zone_urba LIMIT 1") == [("Zone é",)]


def test_a_missing_input_is_refused(bad_input, tmp_path: Path) -> None:
    target = empty_gpkg(tmp_path / "t.gpkg")
    bad_input.refused(ALG, "aucun fichier ni dossier", INPUT=tmp_path / "absent.shp", GPKG=target)
