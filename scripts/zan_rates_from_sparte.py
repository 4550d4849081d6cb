#!/usr/bin/env python3
"""Write resources/zan/taux_reduction.csv from the Hauts-de-France rates of "Mon Diagnostic
Artificialisation" (MTES-MCT/sparte, MIT: public_data/fixtures/territorialisation_objectif.json,
kept in ../shared/data/zan/territorialisation_objectif_hdf.json), plus the national rate.

    /usr/bin/python3 scripts/zan_rates_from_sparte.py [--json PATH] [--output PATH]

The JSON is read with the plugin's own loader (aula_plugin.core.zan.rates.load_rates); only the CSV
is committed. Deterministic: rows sorted FRANCE, REGION_32, then by level and id.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # aula_plugin only (never import the top-level processing/)

from aula_plugin.core.zan.rates import (  # noqa: E402
    NATIONAL_ID,
    RATE_COLUMNS,
    REGION_ID,
    load_rates,
)

DEFAULT_JSON = REPO.parent / "shared" / "data" / "zan" / "territorialisation_objectif_hdf.json"
DEFAULT_OUTPUT = REPO / "resources" / "zan" / "taux_reduction.csv"

HEADER = """\
# Taux de réduction de la consommation d'espaces NAF 2021-2031 (en %), par territoire.
# Généré par scripts/zan_rates_from_sparte.py ; ne pas éditer à la main (relancer le script).
# FRANCE : loi n° 2021-1104 du 22 août 2021 « Climat et Résilience », art. 191 et 194 (taux
#   national indicatif : le SRADDET le territorialise).
# REGION_32 : SRADDET Hauts-de-France modifié, approuvé le 21 novembre 2024, fascicule pp. 153-154.
# Entrées locales (EPCI_<SIREN>, SCOT_<id docurba>, CUSTOM_…) : fixture MTES-MCT/sparte
#   public_data/fixtures/territorialisation_objectif.json (« Mon Diagnostic Artificialisation »,
#   licence MIT, version de décembre 2025). Les identifiants SCOT_ sont des identifiants docurba
#   pas encore rapprochés des noms de SCoT (ZAN.md §7) : aucun ne vise encore les SCoT de l'Artois,
#   dont les EPCI reçoivent donc le taux régional (avertissement « taux régional appliqué »).
"""

NATIONAL = {
    "territory_id": NATIONAL_ID,
    "level": "nation",
    "name": "France",
    "parent_id": "",
    "rate_pct": "50",
    "document": "Loi n° 2021-1104 du 22 août 2021 « Climat et Résilience », art. 191 et 194",
    "page": "",
    "date": "2021-08-22",
    "in_local_document": "",
    "url": "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000043956924",
    "comment": "Taux national indicatif : la réduction est territorialisée par le SRADDET",
}
REGION = {
    "level": "region",
    "name": "Hauts-de-France",
    "parent_id": NATIONAL_ID,
    "document": "SRADDET Hauts-de-France modifié (fascicule, version approuvée)",
    "page": "153-154",
    "date": "2024-11-21",
}
NAMES = {"CUSTOM_SCOT_SAINT_QUENTINOIS": "Saint-Quentinois"}
LEVEL_ORDER = {"nation": 0, "region": 1, "epci": 2, "scot": 3, "custom": 4}


def build_rows(json_path: Path) -> list[dict[str, str]]:
    table = load_rates(json_path)
    rows: list[dict[str, str]] = [dict(NATIONAL)]
    for rate in table.rates.values():
        row = {
            "territory_id": rate.territory_id,
            "level": rate.level,
            "name": NAMES.get(rate.territory_id, rate.name),
            "parent_id": rate.parent_id,
            "rate_pct": f"{rate.rate_pct:g}",
            "document": rate.document,
            "page": rate.page,
            "date": rate.date,
            "in_local_document": ""
            if rate.in_local_document is None
            else str(int(rate.in_local_document)),
            "url": rate.url,
            "comment": rate.comment,
        }
        source = f"MTES-MCT/sparte territorialisation_objectif.json ({json_path.name})"
        if rate.territory_id == REGION_ID:
            row.update(REGION)
            row["comment"] = f"{rate.comment} ; via {source}".strip(" ;")
        else:
            note = "document cité par la source : " + (rate.document or "?")
            if rate.territory_id.startswith("SCOT_"):
                note += " ; identifiant docurba non encore rapproché d'un nom de SCoT (ZAN.md §7)"
            row["comment"] = " ; ".join(p for p in (rate.comment, note, "source : " + source) if p)
        rows.append(row)
    rows.sort(key=lambda r: (LEVEL_ORDER.get(r["level"], 9), r["territory_id"]))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, default=DEFAULT_JSON)
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    args = parser.parse_args()
    rows = build_rows(args.json)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    with args.output.open("w", encoding="utf-8", newline="") as out:
        out.write(HEADER)
        writer = csv.DictWriter(out, fieldnames=RATE_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{args.output}: {len(rows)} rates")
    return 0


if __name__ == "__main__":
    sys.exit(main())
