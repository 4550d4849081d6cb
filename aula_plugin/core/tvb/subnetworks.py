"""Sub-networks (sous-trames) of the green and blue network, shared by every TVB module.

The ids are a stable public interface: column names of friction tables, values of ``sous_trame``
fields and the order of the SUBNETWORK enum parameters. Labels are English sources marked for
translation (context "aula"); translate them at display time.
"""

from __future__ import annotations

from ..errors import QT_TRANSLATE_NOOP

#: ids in the order of every SUBNETWORK enum parameter
SUBNETWORKS: tuple[str, ...] = ("boisee", "ouverte", "humide", "aquatique")

#: id -> English label (translate with ``tr`` from the toolbelt at display time)
LABELS: dict[str, str] = {
    "boisee": QT_TRANSLATE_NOOP("aula", "Woodland"),
    "ouverte": QT_TRANSLATE_NOOP("aula", "Grassland and open habitats"),
    "humide": QT_TRANSLATE_NOOP("aula", "Wetlands"),
    "aquatique": QT_TRANSLATE_NOOP("aula", "Aquatic (watercourses)"),
}

#: sub-networks whose species walk on land (linear infrastructure and watercourses cut them)
TERRESTRIAL: tuple[str, ...] = ("boisee", "ouverte", "humide")


def subnetwork_at(index: int) -> str:
    """The id at position ``index`` of the enum parameters."""
    return SUBNETWORKS[index]
