"""SYNTHETIC SCoT prescription layers for the demo SCoT (communes of the CA de Lens-Liévin).

``build_scot_demo(territory, target)`` creates the SCoT prescription model
(aula_plugin/core/scot/model_tables.py) in the GeoPackage ``target`` and fills it, in one
transaction, with plausible but invented prescriptions written in the style of a DOO: the armature
tier of each commune with its density minimum, centralities and one peripheral retail site (SIP),
TVB reservoirs and a corridor, the urban envelope, the land budget per commune, a red and a blue
risk zone, and public-transport stops. Every row says ``source = 'synthétique'`` and cites an
invented DOO article ("DOO (synthétique)"). The communes are read from the territory GeoPackage
(``commune`` layer, read only): the shipped gpkg/aula_territoire.gpkg is never written.

Not a real SCoT: the Lens-Liévin–Hénin-Carvin SCoT's own DOO is not mapped here.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

from osgeo import ogr

REPO = Path(__file__).resolve().parents[2]
LENS_LIEVIN = "246200364"
SOURCE = "synthétique"
DOO = "DOO (synthétique)"
DOO_URL = "https://example.invalid/scot-demo/doo.pdf#page={page}"

#: (level, minimum population, density minimum in dwellings/ha): invented, DOO-like tiers
TIERS = (
    ("pôle majeur", 30000, 40.0),
    ("pôle intermédiaire", 10000, 30.0),
    ("pôle de proximité", 3000, 25.0),
    ("commune rurale", 0, 18.0),
)
#: the invented DOO articles every layer cites: id -> (title, relation, page)
ARTICLES = {
    "P1.3": ("Pas d'extension urbaine dans les réservoirs de biodiversité", "compatibilite", 23),
    "P2.1": ("Densités minimales de logements par niveau d'armature", "compatibilite", 41),
    "P2.4": ("Densité renforcée autour des arrêts de transport structurants", "compatibilite", 44),
    "P3.2": ("Enveloppe de consommation foncière par commune 2021-2031", "compatibilite", 52),
    "P4.2": (
        "Commerces de plus de 300 m² de surface de vente dans les centralités",
        "compatibilite",
        57,
    ),
    "P5.1": ("Pas de construction nouvelle dans les zones rouges des PPR", "conformite", 63),
}


def _model():
    """create_scot_model of the plugin (importable already, or from this repository)."""
    try:
        from aula_plugin.gis.scot_model import create_scot_model
    except ImportError:
        sys.path.insert(0, str(REPO))
        try:
            from aula_plugin.gis.scot_model import create_scot_model
        finally:
            sys.path.remove(str(REPO))
    return create_scot_model


def _communes(territory: Path, epci: str) -> list[dict]:
    ds = ogr.Open(str(territory))
    layer = ds.GetLayerByName("commune")
    layer.SetAttributeFilter(f"epci_siren = '{epci}'")
    rows = []
    for feature in layer:
        geometry = feature.GetGeometryRef().Clone()
        rows.append(
            {
                "insee": feature.GetField("insee"),
                "nom": feature.GetField("nom"),
                "population": feature.GetField("population") or 0,
                "surface_ha": feature.GetField("surface_ha") or 0.0,
                "geom": geometry,
                "centre": geometry.PointOnSurface(),
            }
        )
    ds = None
    return sorted(rows, key=lambda r: r["insee"])


def _cite(feature: ogr.Feature, article: str) -> None:
    feature.SetField("doo_document", DOO)
    feature.SetField("doo_article", f"Prescription {article}")
    feature.SetField("doo_page", ARTICLES[article][2])
    feature.SetField("doo_url", DOO_URL.format(page=ARTICLES[article][2]))
    feature.SetField("source", SOURCE)


def _add(layer: ogr.Layer, article: str, geometry: ogr.Geometry | None, **values) -> None:
    feature = ogr.Feature(layer.GetLayerDefn())
    for name, value in values.items():
        feature.SetField(name, value)
    _cite(feature, article)
    if geometry is not None:
        kind = layer.GetGeomType()
        feature.SetGeometry(ogr.ForceTo(geometry, kind) if kind != ogr.wkbPoint else geometry)
    if layer.CreateFeature(feature) != 0:
        raise RuntimeError(f"{layer.GetName()}: cannot write a feature")


def _offset(point: ogr.Geometry, dx: float, dy: float) -> ogr.Geometry:
    return ogr.CreateGeometryFromWkt(f"POINT ({point.GetX() + dx} {point.GetY() + dy})")


def _tier(population: int) -> tuple[str, float]:
    return next((level, density) for level, floor, density in TIERS if population >= floor)


def build_scot_demo(territory: Path | str, target: Path | str, epci: str = LENS_LIEVIN) -> dict:
    """Create the SCoT model in ``target`` (an existing GeoPackage) and write the synthetic demo
    prescriptions of the communes of ``epci``; the number of rows written per table."""
    communes = _communes(Path(territory), epci)
    if not communes:
        raise ValueError(f"{territory}: no commune of EPCI {epci}")
    _model()(Path(target))
    ds = ogr.Open(str(target), update=1)
    layers = {
        name: ds.GetLayerByName(name)
        for name in (
            "scot_prescription",
            "scot_armature",
            "scot_centralite",
            "scot_tvb",
            "scot_tvb_lineaire",
            "scot_enveloppe_urbaine",
            "scot_budget_foncier",
            "scot_risque",
            "scot_arret_tc",
        )
    }
    ds.StartTransaction()
    try:
        for article, (title, relation, _page) in ARTICLES.items():
            _add(
                layers["scot_prescription"],
                article,
                None,
                id=article,
                titre=title,
                relation=relation,
                texte=f"{title} (texte synthétique, inspiré d'un DOO)",
            )
        by_population = sorted(communes, key=lambda c: -c["population"])
        for commune in communes:
            level, density = _tier(commune["population"])
            centre = commune["centre"]
            _add(
                layers["scot_armature"],
                "P2.1",
                commune["geom"],
                insee=commune["insee"],
                nom=commune["nom"],
                niveau=level,
                densite_min_lgt_ha=density,
            )
            # urban envelope: about 300 m² per inhabitant around the centre, inside the commune
            radius = max(150.0, math.sqrt(commune["population"] * 300.0 / math.pi))
            envelope = centre.Buffer(radius, 16).Intersection(commune["geom"])
            _add(
                layers["scot_enveloppe_urbaine"],
                "P3.2",
                envelope,
                insee=commune["insee"],
                millesime=2021,
            )
            budget = max(1.0, round(commune["surface_ha"] * 0.004, 1))
            _add(
                layers["scot_budget_foncier"],
                "P3.2",
                None,
                territoire=commune["insee"],
                nom=commune["nom"],
                periode="2021-2031",
                ha_max=budget,
                destination="toutes",
            )
            if level in ("pôle majeur", "pôle intermédiaire"):
                _add(
                    layers["scot_centralite"],
                    "P4.2",
                    centre.Buffer(300.0, 16),
                    id=f"C-{commune['insee']}",
                    nom=f"Centre-ville de {commune['nom']}",
                    insee=commune["insee"],
                    type="centralité",
                    surf_vente_min=300.0,
                )
                _add(
                    layers["scot_arret_tc"],
                    "P2.4",
                    centre,
                    id=f"TC-{commune['insee']}",
                    nom=f"Gare de {commune['nom']}",
                    insee=commune["insee"],
                    mode="BHNS",
                    rayon_m=500.0,
                    densite_min_lgt_ha=45.0,
                )
        largest = by_population[0]
        _add(
            layers["scot_centralite"],
            "P4.2",
            _offset(largest["centre"], 1500, -800).Buffer(250.0, 16),
            id="SIP-1",
            nom=f"Zone commerciale périphérique de {largest['nom']}",
            insee=largest["insee"],
            type="SIP",
            surf_vente_min=300.0,
            surf_vente_max=2500.0,
        )
        rural = by_population[::-1][:3]
        points = []
        for index, commune in enumerate(rural):
            point = _offset(commune["centre"], 400.0, 400.0)
            points.append(point)
            _add(
                layers["scot_tvb"],
                "P1.3",
                point.Buffer(500.0, 16),
                id=f"R-{index + 1}",
                type="réservoir",
                sous_trame="boisee",
                regle="inconstructible",
            )
        line = ogr.Geometry(ogr.wkbLineString)
        for point in points:
            line.AddPoint_2D(point.GetX(), point.GetY())
        _add(
            layers["scot_tvb_lineaire"],
            "P1.3",
            line,
            id="CO-1",
            type="corridor",
            sous_trame="boisee",
            regle="continuité à préserver",
            largeur_m=50.0,
        )
        second = by_population[1]["centre"]
        for niveau, dx, code in (("rouge", 600.0, "04"), ("bleu", 900.0, "02")):
            x, y = second.GetX() + dx, second.GetY() - 600.0
            box = ogr.CreateGeometryFromWkt(
                f"POLYGON (({x} {y},{x + 250} {y},{x + 250} {y + 200},{x} {y + 200},{x} {y}))"
            )
            _add(
                layers["scot_risque"],
                "P5.1",
                box,
                id=f"PPR-{niveau}",
                type_risque="inondation",
                niveau=niveau,
                typereglement=code,
            )
        ds.CommitTransaction()
    except BaseException:
        ds.RollbackTransaction()
        raise
    counts = {name: layer.GetFeatureCount() for name, layer in layers.items()}
    ds = None
    return counts


if __name__ == "__main__":  # python3 gpkg/synthetic/scot_demo.py territory.gpkg target.gpkg
    print(build_scot_demo(sys.argv[1], sys.argv[2]))
