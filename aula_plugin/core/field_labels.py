"""What a planner reads instead of an output's field names and codes: one catalogue for every
AULA algorithm.

Field names never change (scripts, models and qgis_process depend on them); a layer an algorithm
loads into the project shows them through an alias, and its coded values through a value map
(``gis.layer_look`` applies both). The convention, the same for every output:

- the alias is the planner's wording, capital first, no abbreviation a planner would not use
  (NAF, ZAN, SCoT, EPCI, INSEE, SIREN, TVB stay), at most about 40 characters;
- the unit ends it, in parentheses: ``(ha)``, ``(m²)``, ``(%)``, ``(m)``, ``(km²)``,
  ``(hab./km²)``, ``(ha/an)``, ``(hab.)`` for a population; other counts and codes have none;
- the same field name means the same thing everywhere and has one alias here (``FIELDS``); an
  algorithm whose field of that name means something else says so in ``BY_ALGORITHM``;
- coded values get a label in ``VALUES`` (field -> stored value -> label); codes that are
  composed rather than listed (a rule string) get a decoder in ``DECODERS``.

Texts are written in English and marked for translation in the context ``fields``; the French
lives in ``i18n/aula_fr.ts`` like every other text.

Pure Python: no qgis, no PyQt.
"""

from __future__ import annotations

from collections.abc import Callable

from .centralities.rules import describe_rules
from .errors import QT_TRANSLATE_NOOP

# -- ZAN codes (the values the outputs store) --
from .zan.model import TOTAL
from .zan.projects import (
    EXCLUSION_NONE,
    EXCLUSION_OCSGE,
    EXCLUSION_OCSGE_MATRIX,
    EXCLUSION_PLU_U,
)
from .zan.trajectory import (
    MODE_LEGAL,
    MODE_MDA,
    SCENARIO_LABEL,
    STATUS_AT_RISK,
    STATUS_EXCEEDED,
    STATUS_ON_TRACK,
)

# fmt: off
#: the note zantrajectory writes on its post-2031 scenarios (a French text in the data)
_SCENARIO_NOTE = QT_TRANSLATE_NOOP("fields",
    "Scenario, not a rule: extends the 2021-2031 NAF consumption envelope while the target "
    "after 2031 is net artificialisation (different metrics)")
# fmt: on

CONTEXT = "fields"

#: field name -> alias (English source text, with its unit), shared by every algorithm
FIELDS: dict[str, str] = {
    "insee": QT_TRANSLATE_NOOP("fields", "INSEE code"),
    "insee_com": QT_TRANSLATE_NOOP("fields", "INSEE code"),
    "nom": QT_TRANSLATE_NOOP("fields", "Name"),
    "name": QT_TRANSLATE_NOOP("fields", "Name"),
    "epci_siren": QT_TRANSLATE_NOOP("fields", "EPCI SIREN code"),
    "epci_nom": QT_TRANSLATE_NOOP("fields", "EPCI name"),
    "population": QT_TRANSLATE_NOOP("fields", "Population (inhab.)"),
    "surface_ha": QT_TRANSLATE_NOOP("fields", "Area (ha)"),
    "nb_features": QT_TRANSLATE_NOOP("fields", "Number of features aggregated"),
    # -- TVB (green and blue network) --
    "sous_trame": QT_TRANSLATE_NOOP("fields", "Sub-network"),
    "origine": QT_TRANSLATE_NOOP("fields", "Origin (zoning or habitat)"),
    "source_fid": QT_TRANSLATE_NOOP("fields", "Number of the source feature"),
    "max_cost": QT_TRANSLATE_NOOP("fields", "Maximum cost (cost units)"),
    "units": QT_TRANSLATE_NOOP("fields", "Cost units"),
    "from_id": QT_TRANSLATE_NOOP("fields", "From reservoir"),
    "to_id": QT_TRANSLATE_NOOP("fields", "To reservoir"),
    "cost": QT_TRANSLATE_NOOP("fields", "Least cost (cost units)"),
    "length_m": QT_TRANSLATE_NOOP("fields", "Length (m)"),
    "corridor_id": QT_TRANSLATE_NOOP("fields", "Corridor identifier"),
    "infra_class": QT_TRANSLATE_NOOP("fields", "Infrastructure class"),
    "infra_name": QT_TRANSLATE_NOOP("fields", "Infrastructure name"),
    "link_importance": QT_TRANSLATE_NOOP("fields", "Link importance (PC drop, %)"),
    "weight": QT_TRANSLATE_NOOP("fields", "Class weight"),
    "score": QT_TRANSLATE_NOOP("fields", "Score (importance × weight)"),
    "rank": QT_TRANSLATE_NOOP("fields", "Rank"),
    "capacity": QT_TRANSLATE_NOOP("fields", "Capacity (ha, or the capacity field)"),
    "dPC": QT_TRANSLATE_NOOP("fields", "Importance for connectivity dPC (%)"),
    "dPCintra": QT_TRANSLATE_NOOP("fields", "dPC intra: own area (%)"),
    "dPCflux": QT_TRANSLATE_NOOP("fields", "dPC flux: flows (%)"),
    "dPCconnector": QT_TRANSLATE_NOOP("fields", "dPC connector: stepping stone (%)"),
    "dIIC": QT_TRANSLATE_NOOP("fields", "Importance for connectivity dIIC (%)"),
    "PC": QT_TRANSLATE_NOOP("fields", "Probability of connectivity PC"),
    "PCnum": QT_TRANSLATE_NOOP("fields", "PC numerator PCnum (ha²)"),
    "EC": QT_TRANSLATE_NOOP("fields", "Equivalent connected area EC (ha)"),
    "IIC": QT_TRANSLATE_NOOP("fields", "Integral index of connectivity IIC"),
    "IICnum": QT_TRANSLATE_NOOP("fields", "IIC numerator IICnum (ha²)"),
    "n_patches": QT_TRANSLATE_NOOP("fields", "Number of reservoirs"),
    "n_links": QT_TRANSLATE_NOOP("fields", "Number of links"),
    "n_iic_links": QT_TRANSLATE_NOOP("fields", "Number of links within the IIC threshold"),
    "landscape_ha": QT_TRANSLATE_NOOP("fields", "Landscape area (ha)"),
    "alpha": QT_TRANSLATE_NOOP("fields", "Distance decay alpha (1/cost unit)"),
    "d0": QT_TRANSLATE_NOOP("fields", "Reference distance d0 (cost units)"),
    "p0": QT_TRANSLATE_NOOP("fields", "Probability p0 at d0"),
    "iic_threshold": QT_TRANSLATE_NOOP("fields", "IIC threshold (cost units)"),
    # -- ZAN: zanconsumption, zantrajectory, zanprojects, zanartificialisation --------------------
    "territory": QT_TRANSLATE_NOOP("fields", "Territory code"),
    "naf_m2": QT_TRANSLATE_NOOP("fields", "NAF consumption (m²)"),
    "naf_ha": QT_TRANSLATE_NOOP("fields", "NAF consumption (ha)"),
    "act_m2": QT_TRANSLATE_NOOP("fields", "Consumption for activities (m²)"),
    "hab_m2": QT_TRANSLATE_NOOP("fields", "Consumption for housing (m²)"),
    "mix_m2": QT_TRANSLATE_NOOP("fields", "Consumption for mixed use (m²)"),
    "rou_m2": QT_TRANSLATE_NOOP("fields", "Consumption for roads (m²)"),
    "fer_m2": QT_TRANSLATE_NOOP("fields", "Consumption for railways (m²)"),
    "inc_m2": QT_TRANSLATE_NOOP("fields", "Consumption, destination unknown (m²)"),
    "annual_mean_m2": QT_TRANSLATE_NOOP("fields", "Annual mean consumption (m²/year)"),
    "share_pct": QT_TRANSLATE_NOOP("fields", "Consumption over the area (%)"),
    "rate_pct": QT_TRANSLATE_NOOP("fields", "Reduction rate (%)"),
    "rate_id": QT_TRANSLATE_NOOP("fields", "Identifier in the rates table"),
    "rate_fallback": QT_TRANSLATE_NOOP("fields", "Rate of a parent territory"),
    "rate_warning": QT_TRANSLATE_NOOP("fields", "Note on the rate"),
    "rate_document": QT_TRANSLATE_NOOP("fields", "Document setting the rate"),
    "rate_page": QT_TRANSLATE_NOOP("fields", "Page of the document"),
    "rate_date": QT_TRANSLATE_NOOP("fields", "Date of the document"),
    "rate_url": QT_TRANSLATE_NOOP("fields", "Link to the document"),
    "c_ref_m2": QT_TRANSLATE_NOOP("fields", "Consumption 2011-2020 (m²)"),
    "c_ref_ha": QT_TRANSLATE_NOOP("fields", "Consumption 2011-2020 (ha)"),
    "envelope_m2": QT_TRANSLATE_NOOP("fields", "Envelope before the 1 ha guarantee (m²)"),
    "floor_m2": QT_TRANSLATE_NOOP("fields", "1 ha guarantee (m²)"),
    "envelope_final_m2": QT_TRANSLATE_NOOP("fields", "Envelope 2021-2031 (m²)"),
    "envelope_final_ha": QT_TRANSLATE_NOOP("fields", "Envelope 2021-2031 (ha)"),
    "sum_commune_envelopes_m2": QT_TRANSLATE_NOOP("fields", "Sum of the communes' envelopes (m²)"),
    "pooled": QT_TRANSLATE_NOOP("fields", "Pooled in a PLUi"),
    "consumed_gross_m2": QT_TRANSLATE_NOOP("fields", "Gross consumption since 2021 (m²)"),
    "deduction_pene_m2": QT_TRANSLATE_NOOP("fields", "Deduction for national projects (m²)"),
    "deduction_pv_m2": QT_TRANSLATE_NOOP("fields", "Deduction for solar farms (m²)"),
    "deduction_renaturation_m2": QT_TRANSLATE_NOOP("fields", "Deduction for renaturation (m²)"),
    "deductions_m2": QT_TRANSLATE_NOOP("fields", "Total deductions (m²)"),
    "consumed_since_2021_m2": QT_TRANSLATE_NOOP("fields", "Consumption since 2021 (m²)"),
    "consumed_since_2021_ha": QT_TRANSLATE_NOOP("fields", "Consumption since 2021 (ha)"),
    "share_used_pct": QT_TRANSLATE_NOOP("fields", "Share of the envelope used (%)"),
    "remaining_m2": QT_TRANSLATE_NOOP("fields", "Remaining envelope (m²)"),
    "overrun_m2": QT_TRANSLATE_NOOP("fields", "Envelope overrun (m²)"),
    "pace_m2_per_year": QT_TRANSLATE_NOOP("fields", "Pace since 2021 (m²/year)"),
    "horizon_years": QT_TRANSLATE_NOOP("fields", "Projection horizon (years)"),
    "projection_m2": QT_TRANSLATE_NOOP("fields", "Projected consumption by 2031 (m²)"),
    "overshoot_year": QT_TRANSLATE_NOOP("fields", "Year the envelope is exceeded"),
    "rate_2031_2040_pct": QT_TRANSLATE_NOOP("fields", "Scenario rate 2031-2040 (%)"),
    "allowance_2031_2040_m2": QT_TRANSLATE_NOOP("fields", "Scenario envelope 2031-2040 (m²)"),
    "rate_2041_2050_pct": QT_TRANSLATE_NOOP("fields", "Scenario rate 2041-2050 (%)"),
    "allowance_2041_2050_m2": QT_TRANSLATE_NOOP("fields", "Scenario envelope 2041-2050 (m²)"),
    "scenario_label": QT_TRANSLATE_NOOP("fields", "Status of the scenarios"),
    "consumed_m2": QT_TRANSLATE_NOOP("fields", "Consumption of the year (m²)"),
    "consumed_cumulative_m2": QT_TRANSLATE_NOOP("fields", "Consumption since 2021, cumulated (m²)"),
    "target_cumulative_m2": QT_TRANSLATE_NOOP("fields", "Target trajectory, cumulated (m²)"),
    "budget_m2": QT_TRANSLATE_NOOP("fields", "Remaining envelope before the projects (m²)"),
    "projects": QT_TRANSLATE_NOOP("fields", "Number of projects"),
    "projects_m2": QT_TRANSLATE_NOOP("fields", "Area of the projects (m²)"),
    "excluded_m2": QT_TRANSLATE_NOOP("fields", "Part of the projects already consumed (m²)"),
    "balance_m2": QT_TRANSLATE_NOOP("fields", "Balance after the projects (m²)"),
    "exclusion": QT_TRANSLATE_NOOP("fields", "Already consumed land taken from"),
    "communes_without_budget": QT_TRANSLATE_NOOP("fields", "Communes without an envelope"),
    "millesime": QT_TRANSLATE_NOOP("fields", "OCS GE millésime"),
    "commune_area_m2": QT_TRANSLATE_NOOP("fields", "Area of the communes (m²)"),
    "artif_m2": QT_TRANSLATE_NOOP("fields", "Artificialised area (m²)"),
    "artif_pct": QT_TRANSLATE_NOOP("fields", "Artificialised share (%)"),
    "impermeable_m2": QT_TRANSLATE_NOOP("fields", "Sealed area (m²)"),
    "multi_departement": QT_TRANSLATE_NOOP("fields", "Over several départements"),
    "millesime_1": QT_TRANSLATE_NOOP("fields", "First OCS GE millésime"),
    "millesime_2": QT_TRANSLATE_NOOP("fields", "Second OCS GE millésime"),
    "artificialisation_m2": QT_TRANSLATE_NOOP("fields", "Artificialisation (m²)"),
    "renaturation_m2": QT_TRANSLATE_NOOP("fields", "Renaturation (m²)"),
    "stock_difference_m2": QT_TRANSLATE_NOOP("fields", "Difference of the stocks (m²)"),
    "gap_m2": QT_TRANSLATE_NOOP("fields", "Net flow minus stock difference (m²)"),
    # -- centralities, DEGURBA, aggregation --
    "nom_com": QT_TRANSLATE_NOOP("fields", "Commune name"),
    "territoire": QT_TRANSLATE_NOOP("fields", "Territory"),
    "nom_territoire": QT_TRANSLATE_NOOP("fields", "Territory name"),
    # -- pinchpoints (and the current at the conflict points) --
    "current_max": QT_TRANSLATE_NOOP("fields", "Maximum current density (A)"),
    "current_mean": QT_TRANSLATE_NOOP("fields", "Mean current density (A)"),
    "area_ha": QT_TRANSLATE_NOOP("fields", "Area (ha)"),
    "link_ids": QT_TRANSLATE_NOOP("fields", "Links (identifiers)"),
    "link_id": QT_TRANSLATE_NOOP("fields", "Link identifier"),
    "cost_to_resistance": QT_TRANSLATE_NOOP("fields", "Cost to resistance ratio"),
    "corridor_ha": QT_TRANSLATE_NOOP("fields", "Corridor area (ha)"),
    "crossing_current": QT_TRANSLATE_NOOP("fields", "Current density at the crossing (A)"),
    "current_score": QT_TRANSLATE_NOOP("fields", "Score × current factor"),
}

#: algorithm name -> field name -> alias, where a field means something of its own there
BY_ALGORITHM: dict[str, dict[str, str]] = {
    # -- TVB (green and blue network): id and source are the algorithm's own --
    "reservoirs": {"id": QT_TRANSLATE_NOOP("fields", "Reservoir identifier")},
    "costdistance": {"source": QT_TRANSLATE_NOOP("fields", "Source number (allocation)")},
    "leastcostcorridors": {"id": QT_TRANSLATE_NOOP("fields", "Corridor identifier")},
    "connectivitymetrics": {  # the reservoirs' own fields come first (fid: from a GeoPackage)
        "id": QT_TRANSLATE_NOOP("fields", "Reservoir identifier"),
        "fid": QT_TRANSLATE_NOOP("fields", "Reservoir feature number"),
    },
    "conflictpoints": {"id": QT_TRANSLATE_NOOP("fields", "Conflict point identifier")},
    "dilatationerosion": {"id": QT_TRANSLATE_NOOP("fields", "Continuum identifier")},
    # -- ZAN: names other tables use too, with their meaning in the ZAN outputs -------------------
    "zanimportconsumption": {
        "annee": QT_TRANSLATE_NOOP("fields", "Year"),
        "destination": QT_TRANSLATE_NOOP("fields", "Destination"),
        "surface_m2": QT_TRANSLATE_NOOP("fields", "NAF consumption of the year (m²)"),
        "release": QT_TRANSLATE_NOOP("fields", "Cerema release"),
        "source": QT_TRANSLATE_NOOP("fields", "Source file"),
    },
    "zanconsumption": {
        # the groups' key column is named after the commune layer's group field
        "scot_id": QT_TRANSLATE_NOOP("fields", "SCoT code"),
        "pole_id": QT_TRANSLATE_NOOP("fields", "Pôle code"),
        "territoire_id": QT_TRANSLATE_NOOP("fields", "Territory code"),
        "nb_communes": QT_TRANSLATE_NOOP("fields", "Number of communes"),
        "first_year": QT_TRANSLATE_NOOP("fields", "First year"),
        "last_year": QT_TRANSLATE_NOOP("fields", "Last year"),
        "years": QT_TRANSLATE_NOOP("fields", "Number of years"),
    },
    "zantrajectory": {
        "nb_communes": QT_TRANSLATE_NOOP("fields", "Number of communes"),
        "mode": QT_TRANSLATE_NOOP("fields", "Calculation mode"),
        "last_year": QT_TRANSLATE_NOOP("fields", "Last year of the data"),
        "status": QT_TRANSLATE_NOOP("fields", "Trajectory status"),
        "year": QT_TRANSLATE_NOOP("fields", "Year"),
    },
    "zanprojects": {
        "communes": QT_TRANSLATE_NOOP("fields", "Number of communes"),
        "net_m2": QT_TRANSLATE_NOOP("fields", "Net new consumption (m²)"),
    },
    "zanartificialisation": {
        "dep": QT_TRANSLATE_NOOP("fields", "Département"),
        "communes": QT_TRANSLATE_NOOP("fields", "Number of communes"),
        "area_m2": QT_TRANSLATE_NOOP("fields", "Area covered by OCS GE (m²)"),
        "coverage": QT_TRANSLATE_NOOP("fields", "OCS GE coverage"),
        "net_m2": QT_TRANSLATE_NOOP("fields", "Net artificialisation (m²)"),
    },
    # -- centralities: perimeters, activity points, rejected candidates, comparison table --
    "centralities": {
        "id": QT_TRANSLATE_NOOP("fields", "Perimeter id"),
        "parent_id": QT_TRANSLATE_NOOP("fields", "Whole perimeter id"),
        "cross_commune": QT_TRANSLATE_NOOP("fields", "Split by commune"),
        "type": QT_TRANSLATE_NOOP("fields", "Kind of perimeter"),
        "niveau": QT_TRANSLATE_NOOP("fields", "Level"),
        "n_act": QT_TRANSLATE_NOOP("fields", "Activities inside"),
        "n_com": QT_TRANSLATE_NOOP("fields", "Shops"),
        "n_srv": QT_TRANSLATE_NOOP("fields", "Services"),
        "n_equ": QT_TRANSLATE_NOOP("fields", "Public facilities"),
        "n_membres": QT_TRANSLATE_NOOP("fields", "Member activities"),
        "n_types": QT_TRANSLATE_NOOP("fields", "Distinct facility types"),
        "types": QT_TRANSLATE_NOOP("fields", "Facility type codes"),
        "n_log": QT_TRANSLATE_NOOP("fields", "Dwellings"),
        "mix_entropy": QT_TRANSLATE_NOOP("fields", "Function mix (0–1)"),
        "share_big_box": QT_TRANSLATE_NOOP("fields", "Big-box share (0–1)"),
        "rules_passed": QT_TRANSLATE_NOOP("fields", "CENTRA-1 rules"),
        "robust": QT_TRANSLATE_NOOP("fields", "Robustness"),
        "robust_share": QT_TRANSLATE_NOOP("fields", "Re-runs finding the perimeter (0–1)"),
        "params_hash": QT_TRANSLATE_NOOP("fields", "Parameter fingerprint"),
        "data_vintages": QT_TRANSLATE_NOOP("fields", "Data vintages"),
        "agreed_iou": QT_TRANSLATE_NOOP("fields", "Overlap with agreed perimeter (IoU)"),
        "source": QT_TRANSLATE_NOOP("fields", "Source"),
        "source_id": QT_TRANSLATE_NOOP("fields", "Id in the source"),
        "function": QT_TRANSLATE_NOOP("fields", "Function"),
        "type_code": QT_TRANSLATE_NOOP("fields", "Facility or activity type"),
        "cluster_id": QT_TRANSLATE_NOOP("fields", "Group id"),
        "role": QT_TRANSLATE_NOOP("fields", "Role in the group"),
        "n_raw": QT_TRANSLATE_NOOP("fields", "Source rows merged"),
        "reason": QT_TRANSLATE_NOOP("fields", "Reason for rejection"),
        "kind": QT_TRANSLATE_NOOP("fields", "Row"),
        "agreed_id": QT_TRANSLATE_NOOP("fields", "Agreed perimeter id"),
        "agreed_nom": QT_TRANSLATE_NOOP("fields", "Agreed perimeter name"),
        "statut": QT_TRANSLATE_NOOP("fields", "Status of the agreed perimeter"),
        "computed_id": QT_TRANSLATE_NOOP("fields", "Computed perimeter id"),
        "iou": QT_TRANSLATE_NOOP("fields", "Overlap (IoU)"),
        "area_agreed_ha": QT_TRANSLATE_NOOP("fields", "Agreed perimeter area (ha)"),
        "area_computed_ha": QT_TRANSLATE_NOOP("fields", "Computed perimeter area (ha)"),
        "area_diff_ha": QT_TRANSLATE_NOOP("fields", "Area difference (ha)"),
        "act_both": QT_TRANSLATE_NOOP("fields", "Activities in both"),
        "act_agreed_only": QT_TRANSLATE_NOOP("fields", "Activities in the agreed one only"),
        "act_computed_only": QT_TRANSLATE_NOOP("fields", "Activities in the computed one only"),
        "message": QT_TRANSLATE_NOOP("fields", "Comparison"),
    },
    # -- degurbagrid: communes classified --
    "degurbagrid": {
        "pop_water": QT_TRANSLATE_NOOP("fields", "Population in water cells"),
        "pop_rural": QT_TRANSLATE_NOOP("fields", "Population in rural cells"),
        "pop_cluster": QT_TRANSLATE_NOOP("fields", "Population in urban clusters"),
        "pop_centre": QT_TRANSLATE_NOOP("fields", "Population in urban centres"),
        "pop_total": QT_TRANSLATE_NOOP("fields", "Population of the grid cells"),
        "share_centre": QT_TRANSLATE_NOOP("fields", "Share in urban centres (0–1)"),
        "degurba": QT_TRANSLATE_NOOP("fields", "Degree of urbanisation"),
        "degurba_rules": QT_TRANSLATE_NOOP("fields", "DEGURBA rule set"),
    },
    # -- SCoT: the CNIG PLU / PPR import (core/cnig.py; CNIG column names as the standard
    # spells them) and its anomalies table --
    "scotimportplu": {
        "LIBELLE": QT_TRANSLATE_NOOP("fields", "Label"),
        "LIBELONG": QT_TRANSLATE_NOOP("fields", "Full name of the zone"),
        "TYPEZONE": QT_TRANSLATE_NOOP("fields", "Type of zone"),
        "DESTDOMI": QT_TRANSLATE_NOOP("fields", "Main use"),
        "FORMDOMI": QT_TRANSLATE_NOOP("fields", "Main urban form"),
        "TXT": QT_TRANSLATE_NOOP("fields", "Short label"),
        "TYPEPSC": QT_TRANSLATE_NOOP("fields", "Prescription type"),
        "STYPEPSC": QT_TRANSLATE_NOOP("fields", "Prescription subtype"),
        "TYPEINF": QT_TRANSLATE_NOOP("fields", "Information type"),
        "STYPEINF": QT_TRANSLATE_NOOP("fields", "Information subtype"),
        "NATURE": QT_TRANSLATE_NOOP("fields", "Nature"),
        "NOMFIC": QT_TRANSLATE_NOOP("fields", "Regulation file"),
        "URLFIC": QT_TRANSLATE_NOOP("fields", "Regulation link"),
        "IDURBA": QT_TRANSLATE_NOOP("fields", "Planning document identifier"),
        "DATVALID": QT_TRANSLATE_NOOP("fields", "Validation date"),
        "INSEE": QT_TRANSLATE_NOOP("fields", "INSEE code"),
        "codezonereglement": QT_TRANSLATE_NOOP("fields", "Regulatory zone code"),
        "libellezonereglement": QT_TRANSLATE_NOOP("fields", "Regulatory zone"),
        "typereglement": QT_TRANSLATE_NOOP("fields", "Type of regulation"),
        "table_cible": QT_TRANSLATE_NOOP("fields", "Table written"),
        "couche": QT_TRANSLATE_NOOP("fields", "Layer read"),
        "objet": QT_TRANSLATE_NOOP("fields", "Feature"),
        "champ": QT_TRANSLATE_NOOP("fields", "Field"),
        "valeur": QT_TRANSLATE_NOOP("fields", "Value"),
        "anomalie": QT_TRANSLATE_NOOP("fields", "Departure from the standard"),
        "message": QT_TRANSLATE_NOOP("fields", "Message"),
    },
    # -- circuitflow (circuit theory): effective resistance table --
    "circuitflow": {
        "id_a": QT_TRANSLATE_NOOP("fields", "Focal node A"),
        "id_b": QT_TRANSLATE_NOOP("fields", "Focal node B"),
        "resistance": QT_TRANSLATE_NOOP("fields", "Effective resistance (Ω)"),
        "connected": QT_TRANSLATE_NOOP("fields", "Connected"),
    },
    # -- pinchpoints --
    "pinchpoints": {
        "id": QT_TRANSLATE_NOOP("fields", "Pinch point identifier"),
        "resistance": QT_TRANSLATE_NOOP("fields", "Effective resistance (friction units)"),
        "connected": QT_TRANSLATE_NOOP("fields", "Connected"),
    },
    # -- SCoT findings: aula:scotcompatibility (core/scot/findings_layer.py) --
    "scotcompatibility": {
        "rule_id": QT_TRANSLATE_NOOP("fields", "Rule"),
        "title": QT_TRANSLATE_NOOP("fields", "Rule title"),
        "relation": QT_TRANSLATE_NOOP("fields", "Legal relation"),
        "severity": QT_TRANSLATE_NOOP("fields", "Severity"),
        "scope": QT_TRANSLATE_NOOP("fields", "Level"),
        "scope_key": QT_TRANSLATE_NOOP("fields", "Level key"),
        "status": QT_TRANSLATE_NOOP("fields", "Finding"),
        "subject_layer": QT_TRANSLATE_NOOP("fields", "Layer checked"),
        "subject_id": QT_TRANSLATE_NOOP("fields", "Feature checked"),
        "subject_label": QT_TRANSLATE_NOOP("fields", "Label"),
        "insee": QT_TRANSLATE_NOOP("fields", "INSEE code"),
        "measure_name": QT_TRANSLATE_NOOP("fields", "Measure"),
        "measure_value": QT_TRANSLATE_NOOP("fields", "Measured value"),
        "measure_unit": QT_TRANSLATE_NOOP("fields", "Unit"),
        "threshold_op": QT_TRANSLATE_NOOP("fields", "Comparison"),
        "threshold_value": QT_TRANSLATE_NOOP("fields", "Threshold"),
        "threshold_warning": QT_TRANSLATE_NOOP("fields", "Warning limit"),
        "message": QT_TRANSLATE_NOOP("fields", "Message"),
        "reason": QT_TRANSLATE_NOOP("fields", "Why not evaluated"),
        "note": QT_TRANSLATE_NOOP("fields", "Note"),
        "citation_document": QT_TRANSLATE_NOOP("fields", "Document cited"),
        "citation_article": QT_TRANSLATE_NOOP("fields", "Article cited"),
        "citation_page": QT_TRANSLATE_NOOP("fields", "Page"),
        "citation_url": QT_TRANSLATE_NOOP("fields", "Link to the document"),
        "evidence_role": QT_TRANSLATE_NOOP("fields", "Evidence drawn"),
    },
    # -- package: aula:checkpackage (maintenance/integrity.py) --
    "checkpackage": {
        "check": QT_TRANSLATE_NOOP("fields", "Check"),
        "severity": QT_TRANSLATE_NOOP("fields", "Severity"),
        "table": QT_TRANSLATE_NOOP("fields", "Table"),
        "detail": QT_TRANSLATE_NOOP("fields", "Problem"),
        "fix": QT_TRANSLATE_NOOP("fields", "How to fix it"),
    },
    # -- package: aula:updatelayer (its rejections table, maintenance/imports.py REASONS) --
    "updatelayer": {
        "reason": QT_TRANSLATE_NOOP("fields", "Reason for rejection"),
        "count": QT_TRANSLATE_NOOP("fields", "Features rejected"),
        "examples": QT_TRANSLATE_NOOP("fields", "Examples (feature and key)"),
        "detail": QT_TRANSLATE_NOOP("fields", "Detail"),
    },
    # -- package: aula:mergepackage (its conflicts table, maintenance/offline.py REPORT_FIELDS) --
    "mergepackage": {
        "table": QT_TRANSLATE_NOOP("fields", "Table"),
        "key": QT_TRANSLATE_NOOP("fields", "Feature key"),
        "field": QT_TRANSLATE_NOOP("fields", "Field"),
        "kind": QT_TRANSLATE_NOOP("fields", "Conflict"),
        "base": QT_TRANSLATE_NOOP("fields", "Value at the checkout"),
        "master": QT_TRANSLATE_NOOP("fields", "Master's value"),
        "copy": QT_TRANSLATE_NOOP("fields", "Copy's value"),
        "resolution": QT_TRANSLATE_NOOP("fields", "Resolution"),
    },
}

#: field name -> stored value -> label (English source text)
VALUES: dict[str, dict[str, str]] = {
    # -- TVB (green and blue network) --
    "sous_trame": {  # core.tvb.subnetworks.SUBNETWORKS
        "boisee": QT_TRANSLATE_NOOP("fields", "Woodland"),
        "ouverte": QT_TRANSLATE_NOOP("fields", "Grassland and open habitats"),
        "humide": QT_TRANSLATE_NOOP("fields", "Wetlands"),
        "aquatique": QT_TRANSLATE_NOOP("fields", "Aquatic (watercourses)"),
    },
    "units": {  # the cost units of every TVB cost (COST_UNITS)
        "m": QT_TRANSLATE_NOOP("fields", "friction × metres"),
        "cells": QT_TRANSLATE_NOOP("fields", "friction × cells"),
    },
}
#: algorithm name -> field name -> stored value -> label, where the codes are its own
VALUES_BY_ALGORITHM: dict[str, dict[str, dict[str, str]]] = {
    # -- ZAN ---------------------------------------------------------------------------------------
    "zanimportconsumption": {
        "destination": {
            TOTAL: QT_TRANSLATE_NOOP("fields", "All destinations"),
            "act": QT_TRANSLATE_NOOP("fields", "Activities"),
            "hab": QT_TRANSLATE_NOOP("fields", "Housing"),
            "mix": QT_TRANSLATE_NOOP("fields", "Mixed use"),
            "rou": QT_TRANSLATE_NOOP("fields", "Roads"),
            "fer": QT_TRANSLATE_NOOP("fields", "Railways"),
            "inc": QT_TRANSLATE_NOOP("fields", "Unknown destination"),
        },
    },
    "zantrajectory": {
        "mode": {
            MODE_LEGAL: QT_TRANSLATE_NOOP("fields", "Legal"),
            MODE_MDA: QT_TRANSLATE_NOOP("fields", "Mon Diagnostic Artificialisation compatible"),
        },
        "status": {
            STATUS_EXCEEDED: QT_TRANSLATE_NOOP("fields", "Envelope exceeded"),
            STATUS_AT_RISK: QT_TRANSLATE_NOOP("fields", "At risk of exceeding"),
            STATUS_ON_TRACK: QT_TRANSLATE_NOOP("fields", "On track"),
        },
        "rate_fallback": {
            "0": QT_TRANSLATE_NOOP("fields", "No: its own rate"),
            "1": QT_TRANSLATE_NOOP("fields", "Yes: the rate of a parent territory"),
        },
        "pooled": {
            "0": QT_TRANSLATE_NOOP("fields", "No"),
            "1": QT_TRANSLATE_NOOP("fields", "Yes"),
        },
        "scenario_label": {SCENARIO_LABEL: _SCENARIO_NOTE},
    },
    "zanprojects": {
        "exclusion": {
            EXCLUSION_OCSGE: QT_TRANSLATE_NOOP("fields", "OCS GE (artif field)"),
            EXCLUSION_OCSGE_MATRIX: QT_TRANSLATE_NOOP("fields", "OCS GE (CS × US matrix)"),
            EXCLUSION_PLU_U: QT_TRANSLATE_NOOP("fields", "U zones of the PLU"),
            EXCLUSION_NONE: QT_TRANSLATE_NOOP("fields", "Nothing: the whole area counts"),
        },
    },
    "zanartificialisation": {
        "coverage": {
            # core.zan.ocsge's coverage codes (not imported: that module loads numpy)
            "complete-uniform": QT_TRANSLATE_NOOP("fields", "Complete, same millésimes"),
            "complete-not-uniform": QT_TRANSLATE_NOOP("fields", "Complete, different millésimes"),
            "partial": QT_TRANSLATE_NOOP("fields", "Partial"),
            "none": QT_TRANSLATE_NOOP("fields", "Not covered"),
        },
        "multi_departement": {
            "0": QT_TRANSLATE_NOOP("fields", "No"),
            "1": QT_TRANSLATE_NOOP("fields", "Yes"),
        },
    },
    # -- centralities (the stored values are French, core/centralities/rules.py) --
    "centralities": {
        "type": {
            "centralité": QT_TRANSLATE_NOOP("fields", "Centrality"),
            "pôle périphérique": QT_TRANSLATE_NOOP("fields", "Peripheral pole"),
            "extension d'une centralité voisine": QT_TRANSLATE_NOOP(
                "fields", "Extension of a neighbouring centrality"
            ),
        },
        "niveau": {
            "proximité": QT_TRANSLATE_NOOP("fields", "Local"),
            "intermédiaire": QT_TRANSLATE_NOOP("fields", "Intermediate"),
            "structurante": QT_TRANSLATE_NOOP("fields", "Structuring"),
        },
        "robust": {
            "stable": QT_TRANSLATE_NOOP("fields", "Stable"),
            "fragile": QT_TRANSLATE_NOOP("fields", "Fragile"),
        },
        "function": {
            "C": QT_TRANSLATE_NOOP("fields", "Shop"),
            "S": QT_TRANSLATE_NOOP("fields", "Service"),
            "E": QT_TRANSLATE_NOOP("fields", "Public facility"),
        },
        "role": {
            "core": QT_TRANSLATE_NOOP("fields", "Core"),
            "border": QT_TRANSLATE_NOOP("fields", "Border"),
            "noise": QT_TRANSLATE_NOOP("fields", "Isolated"),
        },
        "kind": {
            "agreed": QT_TRANSLATE_NOOP("fields", "Agreed perimeter"),
            "computed": QT_TRANSLATE_NOOP("fields", "Computed perimeter, not agreed"),
        },
        "statut": {  # of the agreed perimeter (gis/centralities_agreed.py STATUSES)
            "en discussion": QT_TRANSLATE_NOOP("fields", "Under discussion"),
            "validé": QT_TRANSLATE_NOOP("fields", "Agreed"),
            "rejeté": QT_TRANSLATE_NOOP("fields", "Rejected"),
        },
    },
    # -- degurbagrid: class of a commune (core/degurba.py unit_class) --
    "degurbagrid": {
        "degurba": {
            "0": QT_TRANSLATE_NOOP("fields", "Unpopulated"),
            "1": QT_TRANSLATE_NOOP("fields", "Rural area (thinly populated)"),
            "2": QT_TRANSLATE_NOOP("fields", "Town or suburb (intermediate density)"),
            "3": QT_TRANSLATE_NOOP("fields", "City (densely populated)"),
        },
    },
    # -- aggregateindicators: the key of the whole territory (core/aggregation.py) --
    "aggregateindicators": {
        "territoire": {"ensemble": QT_TRANSLATE_NOOP("fields", "Whole territory")},
    },
    # -- SCoT: the CNIG PLU / PPR import --
    "scotimportplu": {
        "TYPEZONE": {
            "U": QT_TRANSLATE_NOOP("fields", "U - urban zone"),
            "AUc": QT_TRANSLATE_NOOP("fields", "AUc - zone to be urbanised"),
            "AUs": QT_TRANSLATE_NOOP("fields", "AUs - zone to be urbanised later (blocked)"),
            "A": QT_TRANSLATE_NOOP("fields", "A - agricultural zone"),
            "N": QT_TRANSLATE_NOOP("fields", "N - natural and forest zone"),
        },
        "typereglement": {  # PPR géostandard (confirm 05 and 06)
            "01": QT_TRANSLATE_NOOP("fields", "Prescriptions outside hazard zone"),
            "02": QT_TRANSLATE_NOOP("fields", "Prescriptions"),
            "03": QT_TRANSLATE_NOOP("fields", "Ban"),
            "04": QT_TRANSLATE_NOOP("fields", "Strict ban"),
            "05": QT_TRANSLATE_NOOP("fields", "Possible relinquishment"),
            "06": QT_TRANSLATE_NOOP("fields", "Possible expropriation"),
        },
        "anomalie": {
            "missing_column": QT_TRANSLATE_NOOP("fields", "Required field missing"),
            "unexpected_column": QT_TRANSLATE_NOOP("fields", "Field outside the standard"),
            "empty": QT_TRANSLATE_NOOP("fields", "Required value empty"),
            "not_in_list": QT_TRANSLATE_NOOP("fields", "Value outside the code list"),
            "format": QT_TRANSLATE_NOOP("fields", "Value of the wrong form"),
            "too_long": QT_TRANSLATE_NOOP("fields", "Value too long"),
            "not_a_commune": QT_TRANSLATE_NOOP("fields", "Code of no commune"),
            "no_geometry": QT_TRANSLATE_NOOP("fields", "No geometry"),
            "invalid_geometry": QT_TRANSLATE_NOOP("fields", "Invalid geometry"),
        },
    },
    # -- circuitflow (circuit theory): whether a pair is connected --
    "circuitflow": {
        "connected": {
            "1": QT_TRANSLATE_NOOP("fields", "Connected"),
            "0": QT_TRANSLATE_NOOP("fields", "Disconnected (infinite resistance)"),
        },
    },
    # -- pinchpoints --
    "pinchpoints": {
        "connected": {
            "1": QT_TRANSLATE_NOOP("fields", "Connected"),
            "0": QT_TRANSLATE_NOOP("fields", "Not connected within the corridor width"),
        },
    },
    # -- SCoT findings: aula:scotcompatibility (core/scot/model.py, status.py) --
    "scotcompatibility": {
        "status": {
            "pass": QT_TRANSLATE_NOOP("fields", "Respected"),
            "warning": QT_TRANSLATE_NOOP("fields", "To be examined"),
            "fail": QT_TRANSLATE_NOOP("fields", "Deviation to be assessed"),
            "not_applicable": QT_TRANSLATE_NOOP("fields", "Not applicable"),
            "not_evaluable": QT_TRANSLATE_NOOP("fields", "Not evaluable"),
        },
        "relation": {
            "compatibilite": QT_TRANSLATE_NOOP("fields", "Compatibility"),
            "conformite": QT_TRANSLATE_NOOP("fields", "Conformity"),
            "prise_en_compte": QT_TRANSLATE_NOOP("fields", "Taking into account"),
            "information": QT_TRANSLATE_NOOP("fields", "Information"),
        },
        "severity": {
            "fail": QT_TRANSLATE_NOOP("fields", "Deviation"),
            "warning": QT_TRANSLATE_NOOP("fields", "Warning only"),
        },
        "scope": {
            "feature": QT_TRANSLATE_NOOP("fields", "Feature"),
            "commune": QT_TRANSLATE_NOOP("fields", "Commune"),
            "epci": QT_TRANSLATE_NOOP("fields", "EPCI"),
            "scot": QT_TRANSLATE_NOOP("fields", "SCoT"),
        },
        "measure_unit": {
            "m2": "m²",
            "ha": "ha",
            "pct": "%",
            "m": "m",
            "lgt_ha": QT_TRANSLATE_NOOP("fields", "dwellings/ha"),
        },
        "threshold_op": {"le": "≤", "lt": "<", "ge": "≥", "gt": ">"},
        "evidence_role": {
            "outside": QT_TRANSLATE_NOOP("fields", "Part outside the reference"),
            "overlap": QT_TRANSLATE_NOOP("fields", "Overlap with the reference"),
            "shortest_line": QT_TRANSLATE_NOOP("fields", "Shortest line to the reference"),
        },
    },
    # -- package: aula:checkpackage (maintenance/integrity.py CHECKS) --
    "checkpackage": {
        "severity": {
            "error": QT_TRANSLATE_NOOP("fields", "Error"),
            "warning": QT_TRANSLATE_NOOP("fields", "Warning"),
        },
        "check": {
            "file": QT_TRANSLATE_NOOP("fields", "File"),
            "application_id": QT_TRANSLATE_NOOP("fields", "GeoPackage signature"),
            "sqlite_integrity": QT_TRANSLATE_NOOP("fields", "SQLite integrity"),
            "gpkg_tables": QT_TRANSLATE_NOOP("fields", "GeoPackage tables"),
            "spatial_ref_sys": QT_TRANSLATE_NOOP("fields", "Spatial reference systems"),
            "contents": QT_TRANSLATE_NOOP("fields", "Contents (gpkg_contents)"),
            "geometry_columns": QT_TRANSLATE_NOOP("fields", "Geometry columns"),
            "spatial_index": QT_TRANSLATE_NOOP("fields", "Spatial index"),
            "foreign_keys": QT_TRANSLATE_NOOP("fields", "Foreign keys"),
            "aula_schema": QT_TRANSLATE_NOOP("fields", "AULA schema"),
        },
    },
    # -- package: aula:updatelayer (maintenance/imports.py REASONS) --
    "updatelayer": {
        "reason": {
            "geometry_missing": QT_TRANSLATE_NOOP("fields", "No geometry"),
            "geometry_type": QT_TRANSLATE_NOOP("fields", "Geometry of the wrong type"),
            "geometry_invalid": QT_TRANSLATE_NOOP("fields", "Invalid geometry"),
            "value_missing": QT_TRANSLATE_NOOP("fields", "Required value missing"),
            "code": QT_TRANSLATE_NOOP("fields", "Unknown code"),
            "key_missing": QT_TRANSLATE_NOOP("fields", "No key value"),
            "duplicate_key": QT_TRANSLATE_NOOP("fields", "Duplicate key"),
            "key_exists": QT_TRANSLATE_NOOP("fields", "Key already in the layer"),
        },
    },
    # -- package: aula:mergepackage (maintenance/offline.py: kinds of conflict, sides) --
    "mergepackage": {
        "kind": {
            "both_edited": QT_TRANSLATE_NOOP("fields", "Edited on both sides"),
            "deleted_in_master": QT_TRANSLATE_NOOP(
                "fields", "Deleted in the master, edited in the copy"
            ),
            "deleted_in_copy": QT_TRANSLATE_NOOP(
                "fields", "Edited in the master, deleted in the copy"
            ),
        },
        "resolution": {
            "master": QT_TRANSLATE_NOOP("fields", "Master's value kept"),
            "copy": QT_TRANSLATE_NOOP("fields", "Copy's value kept"),
            "": QT_TRANSLATE_NOOP("fields", "Undecided"),
        },
    },
}

#: field name -> function giving the label of a composed code, given a translation function
Translate = Callable[[str], str]


# -- TVB (green and blue network): the decoders' labels --
#: a reservoir's origins (core.tvb.zonings.ZONING_TYPES and habitat patches), joined by "; "
TVB_ORIGINS = {
    "ZNIEFF1": QT_TRANSLATE_NOOP("fields", "ZNIEFF type 1"),
    "N2000": QT_TRANSLATE_NOOP("fields", "Natura 2000"),
    "APPB": QT_TRANSLATE_NOOP("fields", "Biotope protection order (APPB)"),
    "RNR": QT_TRANSLATE_NOOP("fields", "Regional nature reserve"),
    "RNN": QT_TRANSLATE_NOOP("fields", "National nature reserve"),
    "ENS": QT_TRANSLATE_NOOP("fields", "Sensitive natural area (ENS)"),
    "habitat": QT_TRANSLATE_NOOP("fields", "Habitat patch"),
}
#: the infrastructure classes of the built-in weights and friction tables; a class of the
#: user's own keeps its code
TVB_INFRA_CLASSES = {
    "autoroute": QT_TRANSLATE_NOOP("fields", "Motorway"),
    "nationale": QT_TRANSLATE_NOOP("fields", "National road"),
    "departementale": QT_TRANSLATE_NOOP("fields", "Departmental road"),
    "locale": QT_TRANSLATE_NOOP("fields", "Local road"),
    "voie_ferree": QT_TRANSLATE_NOOP("fields", "Railway"),
    "cours_eau": QT_TRANSLATE_NOOP("fields", "Watercourse"),
    "obstacle": QT_TRANSLATE_NOOP("fields", "Watercourse obstacle"),
}


def _reservoir_origin(code: str, tr: Translate) -> str:
    parts = [part.strip() for part in code.split(";") if part.strip()]
    return ", ".join(tr(TVB_ORIGINS[p]) if p in TVB_ORIGINS else p for p in parts)


def _infra_class(code: str, tr: Translate) -> str:
    return tr(TVB_INFRA_CLASSES[code]) if code in TVB_INFRA_CLASSES else code


DECODERS: dict[str, Callable[[str, Translate], str]] = {
    # -- TVB (green and blue network) --
    "origine": _reservoir_origin,
    "infra_class": _infra_class,  # open list: the user's own classes keep their code
    # -- centralities: "N≥10;H≥50;C,S,E,H=4/4;BB≤0.5", the rules ticked in words --
    "rules_passed": describe_rules,
}


def field_alias(algorithm: str, field: str) -> str | None:
    """The alias (English source text) of ``field`` in the outputs of ``algorithm``."""
    own = BY_ALGORITHM.get(algorithm, {})
    return own.get(field) or FIELDS.get(field)


def value_labels(algorithm: str, field: str) -> dict[str, str] | None:
    """Stored value -> label (English source text) of a coded field, if it is one."""
    own = VALUES_BY_ALGORITHM.get(algorithm, {})
    return own.get(field) or VALUES.get(field)
