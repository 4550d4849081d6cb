"""Which layer of the territory project plays which part in an algorithm's dialog.

A layer parameter declares its *role* (``communes``, ``consumption``...); the dialog then
pre-selects the project layer playing that role, when the project holds one (``gis.dialog_defaults``
looks it up; ``qgis_process`` and ``processing.run`` never see these defaults). A role is played by:

- a table of the territory GeoPackage, or of the working copy (``TABLES``), found by its
  GeoPackage table name or, for a table an algorithm added to the project, by its layer name;
- an output an AULA algorithm loaded into the project (``OUTPUTS``: ``"algorithm:OUTPUT"``), which
  its post-processor tags, so that the next step of a chain finds the previous one's result.

Tables come first in the order given (the newest OCS GE millésime first); a parameter taking several
layers gets every layer of its role. This is the one place where roles are mapped to layers.

Pure Python: no qgis, no PyQt.
"""

from __future__ import annotations

from .zan.model import TABLE_CONSUMPTION
from .zan.rates import TABLE_RATES

COMMUNES = "communes"
EPCI = "epci"
ACTIVITIES = "activities"
DWELLINGS = "dwellings"
AGREED_CENTRALITIES = "agreed_centralities"
CENTRALITIES = "centralities"
CENTRALITY_POINTS = "centrality_points"
CONSUMPTION = "consumption"
RATES = "rates"
PROJECTS = "projects"
OCSGE = "ocsge"
ARTIFICIALISATION_STOCK = "artificialisation_stock"
ARTIFICIALISATION_FLOWS = "artificialisation_flows"
TRAJECTORIES = "trajectories"
LAND_COVER = "land_cover"
ZONINGS = "zonings"
TRANSPORT = "transport"
ROADS = "roads"
RAILWAYS = "railways"
WATERCOURSE_OBSTACLES = "watercourse_obstacles"
FRICTION = "friction"
RESERVOIRS = "reservoirs"
CORRIDORS = "corridors"
#: not a layer: the user's working copy of the territory GeoPackage (toolbelt.settings)
WORKING_COPY = "working_copy"

#: role -> GeoPackage table names playing it, preferred first (gpkg/aula_territoire.gpkg, and the
#: tables `make demo` adds to its working copy)
TABLES: dict[str, tuple[str, ...]] = {
    COMMUNES: ("commune",),
    EPCI: ("epci",),
    ACTIVITIES: ("centra_activites",),
    DWELLINGS: ("centra_logements",),
    AGREED_CENTRALITIES: ("centralites_validees",),
    CENTRALITIES: ("centralites",),
    CENTRALITY_POINTS: ("centralites_points",),
    CONSUMPTION: (TABLE_CONSUMPTION,),
    RATES: (TABLE_RATES,),
    PROJECTS: ("zan_projets_synthetiques",),
    OCSGE: ("ocsge_synthetique_2021", "ocsge_synthetique_2018"),
    LAND_COVER: ("tvb_occupation_sol",),
    ZONINGS: ("tvb_zonages",),
    TRANSPORT: ("tvb_routes", "tvb_voies_ferrees"),
    ROADS: ("tvb_routes",),
    RAILWAYS: ("tvb_voies_ferrees",),
    WATERCOURSE_OBSTACLES: ("tvb_obstacles_ecoulement",),
    RESERVOIRS: ("tvb_res_reservoirs",),
    CORRIDORS: ("tvb_res_corridors",),
}

#: role -> outputs of AULA algorithms playing it, once loaded into the project ("name:OUTPUT")
OUTPUTS: dict[str, tuple[str, ...]] = {
    CENTRALITIES: ("centralities:OUTPUT",),
    CENTRALITY_POINTS: ("centralities:OUTPUT_POINTS",),
    ARTIFICIALISATION_STOCK: ("zanartificialisation:STOCK",),
    ARTIFICIALISATION_FLOWS: ("zanartificialisation:FLOWS",),
    TRAJECTORIES: ("zantrajectory:OUTPUT",),
    FRICTION: ("frictionfromlandcover:OUTPUT",),
    RESERVOIRS: ("reservoirs:OUTPUT",),
    CORRIDORS: ("leastcostcorridors:OUTPUT",),
}

#: the custom property a loaded AULA output carries: "algorithm:OUTPUT"
OUTPUT_PROPERTY = "aula/output"


def output_tag(algorithm: str, output: str) -> str:
    """The value of ``OUTPUT_PROPERTY`` on the layer loaded from ``output`` of ``algorithm``."""
    return f"{algorithm}:{output}"


def known_roles() -> set[str]:
    return {*TABLES, *OUTPUTS, WORKING_COPY}
