"""The ZAN outputs as a planner reads them: every column has an alias (core.field_labels), coded
columns have value labels, and territory rows end with their name (core.territory_names)."""

from __future__ import annotations

import pytest

from aula_plugin.core import field_labels
from aula_plugin.core.territory_names import (
    NameVotes,
    commune_name_field,
    group_name_field,
    name_field,
    with_names,
)
from aula_plugin.core.zan import artificialisation, ocsge, projects, territory_trajectories
from aula_plugin.core.zan.cerema_store import _SCHEMAS as SCHEMAS
from aula_plugin.core.zan.consumption import output_fields
from aula_plugin.core.zan.model import DESTINATIONS, TABLE_CONSUMPTION, TOTAL
from aula_plugin.core.zan.trajectory import (
    MODES,
    SCENARIO_LABEL,
    STATUS_AT_RISK,
    STATUS_EXCEEDED,
    STATUS_ON_TRACK,
)

OUTPUTS = {
    "zanconsumption": [output_fields(key, DESTINATIONS) for key in ("insee", "epci_siren")],
    "zantrajectory": [
        territory_trajectories.OUTPUT_FIELDS,
        territory_trajectories.OUTPUT_YEARS_FIELDS,
    ],
    "zanprojects": [projects.COMMUNE_FIELDS, projects.TERRITORY_FIELDS],
    "zanartificialisation": [artificialisation.STOCK_FIELDS, artificialisation.FLOW_FIELDS],
}


def _consumption_table_columns() -> list[str]:
    """The columns of zan_consommation, from the CREATE TABLE of the import."""
    schema = SCHEMAS[TABLE_CONSUMPTION]
    return [part.strip().split()[0] for part in schema.split(",")]


@pytest.mark.parametrize("algorithm", sorted(OUTPUTS))
def test_every_output_column_has_an_alias_with_its_unit(algorithm: str) -> None:
    for columns in OUTPUTS[algorithm]:
        for name, _ in columns:
            alias = field_labels.field_alias(algorithm, name)
            assert alias and alias != name, (algorithm, name)
            if name.endswith("_m2"):
                assert "(m²" in alias, (algorithm, name, alias)
            elif name.endswith("_ha"):
                assert alias.endswith("(ha)"), (algorithm, name, alias)
            elif name.endswith("_pct"):
                assert alias.endswith("(%)"), (algorithm, name, alias)
        assert columns[-1] == ("nom", "text"), algorithm  # the name, after every other column


def test_the_imported_table_has_aliases_and_destination_labels() -> None:
    columns = _consumption_table_columns()
    assert columns == ["insee", "annee", "destination", "surface_m2", "release", "source"]
    for name in columns:
        assert field_labels.field_alias("zanimportconsumption", name), name
    labels = field_labels.value_labels("zanimportconsumption", "destination")
    assert set(labels) == {TOTAL, *DESTINATIONS}


def test_coded_columns_have_value_labels_for_every_code() -> None:
    def codes(algorithm: str, field: str) -> set[str]:
        return set(field_labels.value_labels(algorithm, field) or {})

    assert codes("zantrajectory", "mode") == set(MODES)
    assert codes("zantrajectory", "status") == {STATUS_EXCEEDED, STATUS_AT_RISK, STATUS_ON_TRACK}
    assert codes("zantrajectory", "rate_fallback") == codes("zantrajectory", "pooled") == {"0", "1"}
    assert codes("zantrajectory", "scenario_label") == {SCENARIO_LABEL}
    assert codes("zanprojects", "exclusion") == {
        projects.EXCLUSION_OCSGE,
        projects.EXCLUSION_OCSGE_MATRIX,
        projects.EXCLUSION_PLU_U,
        projects.EXCLUSION_NONE,
    }
    # written out in field_labels (core.zan.ocsge loads numpy): they must stay the same codes
    assert codes("zanartificialisation", "coverage") == {
        ocsge.COMPLETE_UNIFORM,
        ocsge.COMPLETE_NOT_UNIFORM,
        ocsge.PARTIAL,
        ocsge.NONE,
    }
    assert codes("zanartificialisation", "multi_departement") == {"0", "1"}
    # a code of one algorithm is not a code of another
    assert field_labels.value_labels("zanconsumption", "status") is None


def test_the_name_field_of_a_key_field() -> None:
    commune = ["insee", "NOM", "epci_siren", "epci_nom", "scot_id", "scot_nom", "territoire_id"]
    assert commune_name_field(commune) == "NOM"
    assert name_field(None, commune) == name_field("", commune) == "NOM"
    assert name_field("insee", commune) == "NOM"
    assert group_name_field("epci_siren", commune) == "epci_nom"
    assert group_name_field("SCOT_ID", commune) == "scot_nom"
    assert group_name_field("territoire_id", commune) is None  # no territoire_nom: unknown
    assert group_name_field("code_bassin", ["code_bassin", "nom_bassin"]) == "nom_bassin"
    assert group_name_field("plui", ["plui", "plui_nom", "nom"]) == "plui_nom"
    assert group_name_field("nom", ["nom"]) is None  # never itself
    assert commune_name_field(["insee", "population"]) is None


def test_names_most_given_then_alphabetical() -> None:
    votes = NameVotes()
    for key, name in [
        ("A", "Agglo"),
        ("A", "Agglo "),
        ("A", "Autre"),
        ("B", "Zeta"),
        ("B", "Beta"),
        ("C", None),
        ("C", "  "),
        (None, "x"),
        ("", "y"),
    ]:
        votes.add(key, name)
    assert votes.names() == {"A": "Agglo", "B": "Beta"}
    assert with_names([["A", 1], ["C", 2]], votes.names()) == [["A", 1, "Agglo"], ["C", 2, None]]
    assert with_names([[1, "B"]], votes.names(), key=1) == [[1, "B", "Beta"]]
    assert with_names([["A"]], None) == [["A", None]]
