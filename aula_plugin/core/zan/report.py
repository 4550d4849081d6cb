"""The triennial local report on land consumption (L.2231-1 and R.2231-1 CGCT): content model.

Pure logic (no qgis). :func:`build_report` turns a :class:`ReportData` (figures already computed)
into a :class:`Report`: an ordered list of sections made of paragraphs, tables and chart
references, every number already formatted the French way (``1 234,56 ha``, ``12,3 %``), plus the
list of every figure shown (:class:`FigureValue`) for the CSV. Writers (CSV, ODT, HTML for the QGIS
print layout) are in :mod:`report_writers`, charts in :mod:`report_charts`.

The report is a French legal document voted by a French council: its text is French whatever the
interface language (only the error messages of the algorithm are translated).

Sections: introduction (legal frame, procedure), then the four items of R.2231-1: (1) NAF
consumption in ha, by destination, and as a share of the territory; (2) balance of artificialised
and renatured areas; (3) impermeabilised areas; (4) assessment against the targets (2021-2031
envelope); then the sources and data releases. Items (2) and (3) need OCS GE figures: without them
the section says so ("non disponible") rather than inventing a value. Consumption (Cerema) and
artificialisation (OCS GE) are different metrics and are never combined in one figure.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Union

from ..errors import QT_TRANSLATE_NOOP, AulaError
from ..numbers import NBSP, THIN_NBSP, fr_number
from .model import DESTINATIONS, M2_PER_HA, PERIOD_START, REFERENCE_FIRST, REFERENCE_LAST, TOTAL
from .trajectory import STATUS_AT_RISK, STATUS_EXCEEDED, Trajectory

KIND_COMMUNE = "commune"
KIND_EPCI = "epci"

#: French labels of the Cerema destinations, in chart and table order
DESTINATION_LABELS = {
    "hab": "Habitat",
    "act": "Activité",
    "mix": "Mixte",
    "rou": "Route",
    "fer": "Ferroviaire",
    "inc": "Inconnu",
}
DESTINATION_ORDER = ("hab", "act", "mix", "rou", "fer", "inc")
assert set(DESTINATION_ORDER) == set(DESTINATIONS)

SYNTHETIC_STAMP = "SYNTHÉTIQUE"

#: keys of the two charts (file names rapport_triennal_<territory>_<key>.png)
CHART_CONSUMPTION = "consommation_annuelle"
CHART_TRAJECTORY = "trajectoire"
#: key of the optional map of the territory (rendered by the QGIS glue)
CHART_MAP = "carte"


SOURCE_CEREMA = "Cerema, fichiers fonciers"
SOURCE_OCSGE = "IGN, OCS GE"
SOURCE_COMMUNES = "Référentiel communal"
SOURCE_TRAJECTORY = "Calcul AULA (ZAN.md §6)"


# -- Number formatting ----------------------------------------------------------------------------


def ha_value(m2: float | int) -> Decimal:
    """m² -> ha, exactly (no float rounding before display)."""
    return Decimal(str(m2)) / M2_PER_HA


def fr_ha(m2: float | int, decimals: int = 2) -> str:
    """m² shown in hectares: 12345678 -> '1 234,57 ha'."""
    return fr_number(ha_value(m2), decimals) + NBSP + "ha"


def fr_pct(value: float | Decimal, decimals: int = 1) -> str:
    """A percentage: 12.345 -> '12,3 %'."""
    return fr_number(value, decimals) + NBSP + "%"


def fr_date(day: dt.date) -> str:
    months = (
        "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
    ).split()
    first = "1er" if day.day == 1 else str(day.day)
    return f"{first} {months[day.month - 1]} {day.year}"


# -- Input data -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class MemberCommune:
    insee: str
    name: str
    area_ha: float | None = None
    reference_m2: int | None = None  # C_ref 2011-2020 of the commune
    since_2021_m2: int | None = None  # R(L) of the commune


@dataclass(frozen=True)
class ArtifStock:
    """OCS GE stock at one millésime (1 January of the year), in m² of the territory."""

    millesime: int
    artif_m2: float
    impermeable_m2: float | None = None


@dataclass(frozen=True)
class ArtifFlow:
    """OCS GE flows between two millésimes, in m² (renaturation counted positive)."""

    millesime_from: int
    millesime_to: int
    artificialisation_m2: float
    renaturation_m2: float
    net_m2: float


@dataclass
class Artificialisation:
    stocks: list[ArtifStock] = field(default_factory=list)
    flows: list[ArtifFlow] = field(default_factory=list)
    source: str = SOURCE_OCSGE
    partial_note: str = ""  # e.g. members missing from the OCS GE table


@dataclass
class ReportData:
    """Everything the report shows, already computed (figures in m², areas in ha)."""

    territory_name: str
    kind: str  # KIND_COMMUNE or KIND_EPCI
    code: str  # INSEE (commune) or SIREN (EPCI)
    area_ha: float
    communes: list[MemberCommune]
    #: {year: {destination: m²}} from 2011 to L; "naf" = all destinations
    consumption: dict[int, dict[str, int]]
    release: str
    source_file: str
    trajectory: Trajectory
    rate_document: str
    rate_page: str = ""
    rate_date: str = ""
    rate_fallback: bool = False
    eligible: bool | None = None  # communes only: 1 ha guarantee eligibility
    artificialisation: Artificialisation | None = None
    #: data-quality notes (negative values…), already in French
    quality_notes: list[str] = field(default_factory=list)
    generated: dt.date = field(default_factory=dt.date.today)
    synthetic: bool = False
    synthetic_note: str = ""
    communes_source: str = SOURCE_COMMUNES
    plugin_version: str = ""
    #: True when the caller renders a map of the territory (figure CHART_MAP in the introduction)
    has_map: bool = False


# -- Content model --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Paragraph:
    text: str
    style: str = "normal"  # "normal", "note" (small) or "warning" (highlighted)


@dataclass(frozen=True)
class Table:
    caption: str
    header: list[str]
    rows: list[list[str]]
    #: per column: "left" or "right" (numbers)
    align: list[str]


@dataclass(frozen=True)
class FigureRef:
    key: str  # CHART_CONSUMPTION or CHART_TRAJECTORY
    caption: str


Block = Union[Paragraph, Table, FigureRef]


@dataclass
class Section:
    title: str
    blocks: list[Block] = field(default_factory=list)
    level: int = 1


@dataclass(frozen=True)
class FigureValue:
    """One figure shown in the report, for the CSV: value in the stated unit, unrounded."""

    section: str
    label: str
    value: float | int | str | None
    unit: str
    source: str


@dataclass
class Report:
    title: str
    subtitle: str
    stamp: str | None  # "SYNTHÉTIQUE" or None
    sections: list[Section]
    figures: list[FigureValue]
    #: chart data, for report_charts
    chart_consumption: dict[int, dict[str, int]]
    chart_trajectory: Trajectory
    territory_slug: str


class _Recorder:
    """Formats figures and records them, so that the CSV lists exactly what is shown."""

    def __init__(self, synthetic: bool) -> None:
        self.figures: list[FigureValue] = []
        self.section = ""
        self.suffix = f" [{SYNTHETIC_STAMP}]" if synthetic else ""

    def _add(self, label: str, value: float | int | str | None, unit: str, source: str) -> None:
        self.figures.append(FigureValue(self.section, label, value, unit, source + self.suffix))

    def ha(self, label: str, m2: float | int | None, source: str, decimals: int = 2) -> str:
        if m2 is None:
            self._add(label, None, "ha", source)
            return "non disponible"
        value = ha_value(m2)
        self._add(label, float(value), "ha", source)
        return fr_ha(m2, decimals)

    def pct(self, label: str, value: float | Decimal | None, source: str, decimals: int = 1) -> str:
        if value is None:
            self._add(label, None, "%", source)
            return "non calculable"
        self._add(label, float(value), "%", source)
        return fr_pct(value, decimals)

    def ha_bare(self, label: str, m2: float | int | None, source: str) -> str:
        """Like ha() without the unit (tables whose caption gives it); None -> '—'."""
        if m2 is None:
            self._add(label, None, "ha", source)
            return "—"
        return self.ha(label, m2, source).removesuffix(NBSP + "ha")

    def number(self, label: str, value: float | int, unit: str, source: str, decimals: int) -> str:
        self._add(label, value, unit, source)
        return fr_number(value, decimals)

    def text(self, label: str, value: str, source: str) -> str:
        self._add(label, value, "", source)
        return value


def slugify(text: str) -> str:
    """ASCII file-name part: 'CA de Béthune-Bruay' -> 'ca_de_bethune_bruay'."""
    import unicodedata

    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    out = "".join(ch.lower() if ch.isalnum() else "_" for ch in ascii_text)
    return "_".join(part for part in out.split("_") if part) or "territoire"


def territory_slug(data: ReportData) -> str:
    """File-name part of the report: '<code>_<name>', ASCII, at most 60 characters."""
    return slugify(f"{data.code}_{data.territory_name}")[:60].rstrip("_")


def _share(m2: float | int, area_ha: float) -> Decimal | None:
    if not area_ha:
        return None
    return Decimal(100) * ha_value(m2) / Decimal(str(area_ha))


def validate(data: ReportData) -> None:
    """Raise AulaError when the data cannot make a report."""
    if data.kind not in (KIND_COMMUNE, KIND_EPCI):
        raise AulaError(
            QT_TRANSLATE_NOOP("aula", "Unknown territory kind {value!r}"), value=data.kind
        )
    last = data.trajectory.last_year
    missing = [
        year
        for year in range(REFERENCE_FIRST, last + 1)
        if TOTAL not in data.consumption.get(year, {})
    ]
    if missing:
        raise AulaError(
            QT_TRANSLATE_NOOP("aula", "{territory}: no NAF consumption for the year(s) {years}"),
            territory=data.territory_name,
            years=", ".join(str(y) for y in missing),
        )


# -- The report -----------------------------------------------------------------------------------


def build_report(data: ReportData) -> Report:
    """The content of the triennial report of ``data`` (see the module docstring)."""
    validate(data)
    rec = _Recorder(data.synthetic)
    traj = data.trajectory
    last = traj.last_year
    is_epci = data.kind == KIND_EPCI
    council = "conseil communautaire" if is_epci else "conseil municipal"
    kind_label = "établissement public de coopération intercommunale" if is_epci else "commune"
    code_label = "SIREN" if is_epci else "code INSEE"
    period_end = fr_date(dt.date(last + 1, 1, 1))
    cerema = f"{SOURCE_CEREMA}, millésime {data.release}" if data.release else SOURCE_CEREMA

    title = "Rapport local de suivi de l'artificialisation des sols"
    subtitle = f"{data.territory_name} ({code_label} {data.code}) — période 2021-{last}"
    sections: list[Section] = []

    if data.synthetic:
        stamp_text = (
            f"{SYNTHETIC_STAMP} : ce rapport est produit à partir de données synthétiques "
            "(fictives), générées pour les essais. Ses chiffres ne décrivent pas le territoire et "
            "ne peuvent fonder aucune délibération."
        )
        if data.synthetic_note:
            stamp_text += " " + data.synthetic_note
        sections.append(Section(SYNTHETIC_STAMP, [Paragraph(stamp_text, "warning")]))

    # Introduction -------------------------------------------------------------------------------
    rec.section = "Introduction"
    intro = Section("Introduction")
    intro.blocks.append(
        Paragraph(
            "L'article 206 de la loi n° 2021-1104 du 22 août 2021 « Climat et résilience » a créé "
            "l'article L.2231-1 du code général des collectivités territoriales : le maire ou le "
            "président de l'établissement public de coopération intercommunale compétent en "
            "matière de document d'urbanisme présente, au moins une fois tous les trois ans, un "
            "rapport relatif à l'artificialisation des sols sur son territoire au cours des "
            "années civiles précédentes. L'article R.2231-1 en fixe le contenu : la consommation "
            "d'espaces naturels, agricoles et forestiers (NAF), le bilan de l'artificialisation "
            "et de la renaturation des sols, les surfaces imperméabilisées et l'évaluation du "
            "respect des objectifs fixés par les documents d'urbanisme."
        )
    )
    intro.blocks.append(
        Paragraph(
            f"Procédure : le rapport est présenté au {council}, il donne lieu à un débat suivi "
            "d'un vote. Dans un délai de quinze jours suivant sa publication, il est transmis au "
            "représentant de l'État dans la région et dans le département, au président du "
            "conseil régional et aux autres destinataires prévus par l'article L.2231-1 du CGCT "
            "(notamment l'établissement public de coopération intercommunale ou le syndicat "
            "mixte compétent en matière de schéma de cohérence territoriale)."
        )
    )
    n_communes = len(data.communes)
    area = rec.ha("Surface du territoire", data.area_ha * M2_PER_HA, data.communes_source)
    territory_text = (
        f"Territoire : {data.territory_name}, {kind_label} ({code_label} {data.code}), "
        f"d'une surface de {area}"
    )
    if is_epci:
        count = rec.number(
            "Nombre de communes membres", n_communes, "communes", data.communes_source, 0
        )
        territory_text += f", regroupant {count} communes"
    intro.blocks.append(Paragraph(territory_text + "."))
    if data.has_map:
        intro.blocks.append(
            FigureRef(
                CHART_MAP,
                f"Carte — {data.territory_name}"
                + (" et ses communes membres" if is_epci else "")
                + " (contours : voir les sources)",
            )
        )
    intro.blocks.append(
        Paragraph(
            f"Période observée : du 1er janvier {REFERENCE_FIRST} au {period_end} (dernière "
            f"année de données : {last}, flux du 1er janvier {last} au {period_end}). Les "
            "surfaces sont exprimées en hectares (ha) et arrondies à l'affichage seulement.",
            "note",
        )
    )
    sections.append(intro)

    # 1. Consumption -----------------------------------------------------------------------------
    rec.section = "1. Consommation d'espaces NAF"
    s1 = Section("1. Consommation d'espaces naturels, agricoles et forestiers")
    ref_m2 = traj.c_ref_m2
    since_m2 = sum(data.consumption[y][TOTAL] for y in range(PERIOD_START, last + 1))
    years_since = last - PERIOD_START + 1
    destinations = [
        d
        for d in DESTINATION_ORDER
        if any(d in data.consumption.get(y, {}) for y in range(REFERENCE_FIRST, last + 1))
    ]
    s1.blocks.append(
        Paragraph(
            "La consommation d'espaces NAF est la création ou l'extension effective d'espaces "
            "urbanisés sur le territoire (article 194 de la loi Climat et résilience). Elle est "
            "mesurée par le Cerema à partir des fichiers fonciers (DGFiP) : flux annuels de "
            "surfaces passées d'un usage naturel, agricole ou forestier à un usage artificialisé, "
            "par destination (habitat, activité, mixte, route, ferroviaire, inconnue)."
        )
    )
    summary_rows = []
    ref_ha = rec.ha(f"Consommation {REFERENCE_FIRST}-{REFERENCE_LAST}", ref_m2, cerema)
    ref_mean = rec.ha(
        f"Moyenne annuelle {REFERENCE_FIRST}-{REFERENCE_LAST}", Decimal(ref_m2) / 10, cerema
    )
    ref_share = rec.pct(
        f"Part du territoire consommée {REFERENCE_FIRST}-{REFERENCE_LAST}",
        _share(ref_m2, data.area_ha),
        cerema,
    )
    summary_rows.append(
        [f"Période de référence {REFERENCE_FIRST}-{REFERENCE_LAST} (10 ans)", ref_ha, ref_mean,
         ref_share]
    )  # fmt: skip
    since_ha = rec.ha(f"Consommation {PERIOD_START}-{last}", since_m2, cerema)
    since_mean = rec.ha(
        f"Moyenne annuelle {PERIOD_START}-{last}", Decimal(since_m2) / years_since, cerema
    )
    since_share = rec.pct(
        f"Part du territoire consommée {PERIOD_START}-{last}",
        _share(since_m2, data.area_ha),
        cerema,
    )
    summary_rows.append(
        [f"Depuis le 1er janvier {PERIOD_START} ({years_since} an{'s' if years_since > 1 else ''})",
         since_ha, since_mean, since_share]
    )  # fmt: skip
    s1.blocks.append(
        Table(
            "Tableau 1 — Consommation d'espaces NAF par période",
            ["Période", "Consommation", "Moyenne annuelle", "Part du territoire"],
            summary_rows,
            ["left", "right", "right", "right"],
        )
    )
    s1.blocks.append(
        FigureRef(
            CHART_CONSUMPTION,
            f"Figure 1 — Consommation annuelle d'espaces NAF par destination, "
            f"{REFERENCE_FIRST}-{last} (ha ; période de référence {REFERENCE_FIRST}-"
            f"{REFERENCE_LAST} signalée)",
        )
    )
    header = ["Année", *(DESTINATION_LABELS[d] for d in destinations), "Total NAF"]
    rows = []
    for year in range(REFERENCE_FIRST, last + 1):
        by_dest = data.consumption.get(year, {})
        row = [str(year)]
        for d in destinations:
            label = f"{year} — {DESTINATION_LABELS[d]}"
            row.append(rec.ha_bare(label, by_dest.get(d), cerema))
        row.append(rec.ha_bare(f"{year} — Total NAF", by_dest[TOTAL], cerema))
        rows.append(row)
    s1.blocks.append(
        Table(
            "Tableau 2 — Consommation annuelle par destination (ha ; flux du 1er janvier de "
            "l'année au 1er janvier suivant ; « — » : destination absente du millésime)",
            header,
            rows,
            ["left", *(["right"] * (len(header) - 1))],
        )
    )
    if is_epci and data.communes:
        crow = []
        for c in sorted(data.communes, key=lambda c: c.name):
            ref_c = (
                rec.ha(f"{c.name} ({c.insee}) — {REFERENCE_FIRST}-{REFERENCE_LAST}",
                       c.reference_m2, cerema)
                if c.reference_m2 is not None
                else "—"
            )  # fmt: skip
            since_c = (
                rec.ha(f"{c.name} ({c.insee}) — {PERIOD_START}-{last}", c.since_2021_m2, cerema)
                if c.since_2021_m2 is not None
                else "—"
            )
            crow.append([c.name, c.insee, ref_c, since_c])
        s1.blocks.append(
            Table(
                "Tableau 3 — Consommation par commune membre",
                ["Commune", "Code INSEE", f"{REFERENCE_FIRST}-{REFERENCE_LAST}",
                 f"{PERIOD_START}-{last}"],
                crow,
                ["left", "left", "right", "right"],
            )
        )  # fmt: skip
    for note in data.quality_notes:
        s1.blocks.append(Paragraph(note, "note"))
    s1.blocks.append(
        Paragraph(
            "Limites : les fichiers fonciers ne couvrent pas les surfaces non cadastrées "
            "(principalement les voiries publiques, de l'ordre de 4 à 5 % du territoire "
            "national) ; les valeurs annuelles négatives publiées par le Cerema sont conservées "
            "dans les totaux et signalées.",
            "note",
        )
    )
    sections.append(s1)

    # 2 and 3. Artificialisation, impermeabilisation --------------------------------------------
    artif = data.artificialisation
    missing = "Non disponible : OCS GE non fournie."
    rec.section = "2. Artificialisation et renaturation"
    s2 = Section("2. Bilan de l'artificialisation et de la renaturation des sols")
    rec.section = "3. Imperméabilisation"
    s3 = Section("3. Surfaces imperméabilisées")
    if artif is None or (not artif.stocks and not artif.flows):
        rec.section = "2. Artificialisation et renaturation"
        rec.text("Artificialisation", missing, SOURCE_OCSGE)
        s2.blocks.append(Paragraph(missing, "warning"))
        s2.blocks.append(
            Paragraph(
                "Ce bilan se mesure avec l'occupation du sol à grande échelle (OCS GE) de l'IGN "
                "selon la nomenclature annexée à l'article R.101-1 du code de l'urbanisme. Il "
                "sera complété lorsque les données seront fournies (millésimes 2018 et 2021 "
                "dans le Pas-de-Calais).",
                "note",
            )
        )
        rec.section = "3. Imperméabilisation"
        rec.text("Imperméabilisation", missing, SOURCE_OCSGE)
        s3.blocks.append(Paragraph(missing, "warning"))
    else:
        _artificialisation_sections(rec, data, artif, s2, s3)
    sections += [s2, s3]

    # 4. Targets ---------------------------------------------------------------------------------
    rec.section = "4. Évaluation au regard des objectifs"
    sections.append(_targets_section(rec, data, cerema))

    # Sources ------------------------------------------------------------------------------------
    rec.section = "Sources"
    src = Section("Sources et millésimes des données")
    items = [
        f"Consommation d'espaces NAF : {SOURCE_CEREMA} (DGFiP), millésime "
        f"{data.release or 'non précisé'}"
        + (f", fichier {data.source_file}" if data.source_file else "")
        + f" ; dernière année de données : {last}.",
        f"Communes et surfaces : {data.communes_source}.",
        "Taux de réduction : " + _rate_source_text(data) + ".",
    ]
    if artif is not None and (artif.stocks or artif.flows):
        items.append(f"Artificialisation et imperméabilisation : {artif.source}.")
    else:
        items.append("Artificialisation et imperméabilisation : OCS GE non fournie.")
    items.append(
        "Méthode : consommation de référence = somme des dix flux annuels 2011 à 2020 "
        "(naf11art12 à naf20art21) ; enveloppe = référence × (1 − taux) ; chemin cible "
        "linéaire de 2021 à 2030 ; rythme = consommation depuis 2021 / années écoulées."
    )
    if traj.mode != "legal":
        items.append(
            "Mode de calcul « compatible Mon Diagnostic Artificialisation » : garantie de 1 ha "
            "à tous les niveaux et projection sur 9 ans ; chiffres de comparaison, non "
            "réglementaires."
        )
    generated = f"Rapport généré le {fr_date(data.generated)} par l'extension QGIS AULA Territoires"
    if data.plugin_version:
        generated += f" (version {data.plugin_version})"
    items.append(generated + ". Projet de rapport à relire et compléter avant le vote.")
    for item in items:
        src.blocks.append(Paragraph(item))
    sections.append(src)

    return Report(
        title=title,
        subtitle=subtitle,
        stamp=SYNTHETIC_STAMP if data.synthetic else None,
        sections=sections,
        figures=rec.figures,
        chart_consumption={y: dict(data.consumption[y]) for y in range(REFERENCE_FIRST, last + 1)},
        chart_trajectory=traj,
        territory_slug=territory_slug(data),
    )


def _rate_source_text(data: ReportData) -> str:
    document = data.rate_document or "source non précisée"
    text = f"{fr_pct(data.trajectory.rate_pct, 2)} — {document}"
    if data.rate_page:
        text += f", p. {data.rate_page}"
    if data.rate_date:
        text += f", {data.rate_date}"
    if data.rate_fallback:
        text += (
            " (taux par défaut, repris d'un territoire englobant faute de taux territorialisé "
            "connu pour ce territoire : à remplacer par le taux du SCoT ou du PLUi lorsqu'il est "
            "fixé)"
        )
    return text


def _artificialisation_sections(
    rec: _Recorder, data: ReportData, artif: Artificialisation, s2: Section, s3: Section
) -> None:
    source = artif.source
    rec.section = "2. Artificialisation et renaturation"
    s2.blocks.append(
        Paragraph(
            "L'artificialisation est mesurée avec l'OCS GE de l'IGN (statut « artificialisé » "
            "selon la nomenclature de l'article R.101-1 du code de l'urbanisme et ses seuils). "
            "Cette mesure diffère de la consommation d'espaces NAF de la section 1 : les deux ne "
            "sont jamais additionnées."
        )
    )
    stocks = sorted(artif.stocks, key=lambda s: s.millesime)
    if stocks:
        rows = []
        for s in stocks:
            rows.append(
                [
                    f"1er janvier {s.millesime}",
                    rec.ha(f"Surface artificialisée {s.millesime}", s.artif_m2, source),
                    rec.pct(
                        f"Part artificialisée {s.millesime}", _share(s.artif_m2, data.area_ha),
                        source,
                    ),
                ]
            )  # fmt: skip
        s2.blocks.append(
            Table(
                "Tableau 4 — Surfaces artificialisées par millésime de l'OCS GE",
                ["Millésime", "Surface artificialisée", "Part du territoire"],
                rows,
                ["left", "right", "right"],
            )
        )
    flows = sorted(artif.flows, key=lambda f: (f.millesime_from, f.millesime_to))
    if flows:
        rows = []
        for f in flows:
            years = f.millesime_to - f.millesime_from
            period = f"{f.millesime_from}-{f.millesime_to}"
            per_year = (
                rec.ha(f"Artificialisation nette annuelle moyenne {period}", f.net_m2 / years,
                       source)
                if years > 0
                else "—"
            )  # fmt: skip
            rows.append(
                [
                    period,
                    rec.ha(f"Artificialisation {period}", f.artificialisation_m2, source),
                    rec.ha(f"Renaturation {period}", f.renaturation_m2, source),
                    rec.ha(f"Artificialisation nette {period}", f.net_m2, source),
                    per_year,
                ]
            )
        s2.blocks.append(
            Table(
                "Tableau 5 — Flux d'artificialisation et de renaturation entre millésimes",
                ["Période", "Artificialisation", "Renaturation", "Solde net", "Net par an"],
                rows,
                ["left", "right", "right", "right", "right"],
            )
        )
        net = sum(f.net_m2 for f in flows)
        verdict = "positif (artificialisation nette)" if net > 0 else "nul ou négatif"
        s2.blocks.append(
            Paragraph(
                f"Le solde entre artificialisation et renaturation est {verdict} sur les "
                "périodes observées."
            )
        )
    if artif.partial_note:
        s2.blocks.append(Paragraph(artif.partial_note, "note"))

    rec.section = "3. Imperméabilisation"
    s3.blocks.append(
        Paragraph(
            "Surfaces imperméabilisées : surfaces dont les sols sont imperméabilisés en raison "
            "du bâti (catégorie 1° de la nomenclature) ou d'un revêtement (catégorie 2°), "
            "mesurées avec l'OCS GE (couvertures CS1.1.1.1 et CS1.1.1.2)."
        )
    )
    sealed = [s for s in stocks if s.impermeable_m2 is not None]
    if not sealed:
        rec.text("Imperméabilisation", "Non disponible : OCS GE non fournie.", source)
        s3.blocks.append(Paragraph("Non disponible : OCS GE non fournie.", "warning"))
        return
    rows = []
    for s in sealed:
        rows.append(
            [
                f"1er janvier {s.millesime}",
                rec.ha(f"Surface imperméabilisée {s.millesime}", s.impermeable_m2, source),
                rec.pct(
                    f"Part imperméabilisée {s.millesime}",
                    _share(s.impermeable_m2 or 0, data.area_ha),
                    source,
                ),
            ]
        )
    s3.blocks.append(
        Table(
            "Tableau 6 — Surfaces imperméabilisées par millésime de l'OCS GE",
            ["Millésime", "Surface imperméabilisée", "Part du territoire"],
            rows,
            ["left", "right", "right"],
        )
    )
    if len(sealed) >= 2:
        first, last = sealed[0], sealed[-1]
        delta = (last.impermeable_m2 or 0) - (first.impermeable_m2 or 0)
        change = rec.ha(
            f"Évolution de l'imperméabilisation {first.millesime}-{last.millesime}", delta, source
        )
        s3.blocks.append(
            Paragraph(
                f"Entre {first.millesime} et {last.millesime}, la surface imperméabilisée a "
                f"évolué de {change}."
            )
        )


def _targets_section(rec: _Recorder, data: ReportData, cerema: str) -> Section:
    traj = data.trajectory
    last = traj.last_year
    calc = SOURCE_TRAJECTORY
    s4 = Section("4. Évaluation du respect des objectifs de réduction")
    rate = rec.pct("Taux de réduction", Decimal(str(traj.rate_pct)), data.rate_document or calc, 2)
    s4.blocks.append(
        Paragraph(
            "Pour la période 2021-2031, la loi Climat et résilience (article 194) impose de "
            "réduire la consommation d'espaces NAF par rapport à celle des dix années "
            f"précédentes (2011-2020). Taux de réduction retenu : {rate}. Source : "
            + _rate_source_text(data)
            + "."
        )
    )
    if data.rate_fallback:
        s4.blocks.append(
            Paragraph(
                "Attention : le taux retenu est un taux par défaut, repris d'un territoire "
                "englobant faute de taux territorialisé connu pour ce territoire.",
                "warning",
            )
        )
    rows = [
        ["Consommation de référence 2011-2020",
         rec.ha("Consommation de référence 2011-2020", traj.c_ref_m2, cerema)],
        ["Enveloppe 2021-2031 (référence × (1 − taux))",
         rec.ha("Enveloppe 2021-2031", traj.envelope_m2, calc)],
    ]  # fmt: skip
    floor_applies = traj.floor_m2 is not None
    if floor_applies:
        rows.append(
            ["Enveloppe après garantie communale de 1 ha",
             rec.ha("Enveloppe après garantie communale de 1 ha", traj.envelope_final_m2, calc)]
        )  # fmt: skip
    if traj.deductions_m2:
        rows.append(
            [f"Consommation 2021-{last} avant déductions",
             rec.ha(f"Consommation 2021-{last} avant déductions",
                    traj.consumed_since_2021_m2 + traj.deductions_m2, cerema)]
        )  # fmt: skip
        rows.append(
            ["Déductions (PENE, photovoltaïque, renaturation)",
             rec.ha("Déductions", traj.deductions_m2, calc)]
        )  # fmt: skip
    rows.append(
        [f"Consommation cumulée 2021-{last}" + (" après déductions" if traj.deductions_m2 else ""),
         rec.ha(f"Consommation cumulée 2021-{last}", traj.consumed_since_2021_m2, cerema)]
    )  # fmt: skip
    rows.append(
        ["Part de l'enveloppe consommée",
         rec.pct("Part de l'enveloppe consommée", traj.share_used_pct, calc)]
    )  # fmt: skip
    rows.append(["Enveloppe restante", rec.ha("Enveloppe restante", traj.remaining_m2, calc)])
    if traj.overrun_m2:
        rows.append(["Dépassement", rec.ha("Dépassement de l'enveloppe", traj.overrun_m2, calc)])
    rows.append(
        ["Rythme annuel depuis 2021",
         rec.ha("Rythme annuel depuis 2021", traj.pace_m2_per_year, calc) + "/an"]
    )  # fmt: skip
    rows.append(
        ["Consommation projetée au 1er janvier 2031",
         rec.ha("Consommation projetée au 1er janvier 2031", traj.projection_m2, calc)]
    )  # fmt: skip
    overshoot = (
        rec.number("Année de dépassement projetée", traj.overshoot_year, "année", calc, 0).replace(
            THIN_NBSP, ""
        )
        if traj.overshoot_year is not None
        else rec.text("Année de dépassement projetée", "aucune", calc)
    )
    rows.append(["Année de dépassement de l'enveloppe (au rythme actuel)", overshoot])
    rows.append(["Situation", rec.text("Situation", traj.status, calc)])
    s4.blocks.append(
        Table(
            "Tableau 7 — Trajectoire 2021-2031 au regard de l'enveloppe",
            ["Indicateur", "Valeur"],
            rows,
            ["left", "right"],
        )
    )
    if data.kind == KIND_COMMUNE:
        if floor_applies:
            text = (
                "La commune est déclarée éligible à la garantie communale d'1 ha (loi n° "
                "2023-630 du 20 juillet 2023 : document d'urbanisme prescrit, arrêté ou approuvé "
                "avant le 22 août 2026) : son enveloppe ne peut être inférieure à 1 ha."
            )
        else:
            text = (
                "La commune n'est pas déclarée éligible à la garantie communale d'1 ha : "
                "l'enveloppe est celle issue du taux, sans plancher."
            )
    else:
        text = (
            "La garantie communale d'1 ha s'applique aux communes éligibles, pas à "
            "l'enveloppe intercommunale, calculée ici sans plancher."
        )
    s4.blocks.append(Paragraph(text, "note"))
    used = (
        fr_pct(traj.share_used_pct)
        if traj.share_used_pct is not None
        else "une part non calculable"
    )
    verdict = {
        STATUS_EXCEEDED: "l'enveloppe est déjà dépassée",
        STATUS_AT_RISK: "au rythme observé, l'enveloppe serait dépassée avant le 1er janvier 2031",
    }.get(traj.status, "au rythme observé, la consommation resterait dans l'enveloppe")
    s4.blocks.append(
        Paragraph(
            f"Au {fr_date(dt.date(last + 1, 1, 1))}, la consommation cumulée depuis le 1er "
            f"janvier 2021 atteint {fr_ha(traj.consumed_since_2021_m2)}, soit {used} de "
            f"l'enveloppe de {fr_ha(traj.envelope_final_m2)} : {verdict} (situation : "
            f"« {traj.status} »)."
        )
    )
    s4.blocks.append(
        FigureRef(
            CHART_TRAJECTORY,
            "Figure 2 — Consommation cumulée depuis 2021 et chemin cible vers l'enveloppe "
            "2021-2031 (projection au rythme observé en tirets)",
        )
    )
    rows = []
    for year in range(PERIOD_START, 2031):
        target = traj.target_path.get(year)
        cumul = traj.cumulative.get(year)
        rows.append(
            [
                f"{year}",
                rec.ha(f"Chemin cible au 1er janvier {year + 1}", target, calc)
                if target is not None
                else "—",
                rec.ha(f"Consommation cumulée au 1er janvier {year + 1}", cumul, cerema)
                if cumul is not None
                else "—",
            ]
        )
    s4.blocks.append(
        Table(
            "Tableau 8 — Chemin cible linéaire et consommation cumulée (fin d'année)",
            ["Année", "Chemin cible cumulé", "Consommation cumulée"],
            rows,
            ["left", "right", "right"],
        )
    )
    s4.blocks.append(
        Paragraph(
            "Objectifs des documents d'urbanisme (SRADDET, SCoT, PLUi) : à compléter par la "
            "collectivité (objectifs chiffrés de son document et état de leur mise en œuvre).",
            "note",
        )
    )
    return s4


def member_summary(
    consumption: Mapping[str, Mapping[int, Mapping[str, int]]],
    communes: Sequence[tuple[str, str, float | None]],
    last_year: int,
) -> list[MemberCommune]:
    """Per member commune: reference and since-2021 consumption ('naf'), from the long table."""
    out = []
    for insee, name, area in communes:
        by_year = consumption.get(insee, {})
        ref = sum(
            by_year.get(y, {}).get(TOTAL, 0) for y in range(REFERENCE_FIRST, REFERENCE_LAST + 1)
        )
        since = sum(by_year.get(y, {}).get(TOTAL, 0) for y in range(PERIOD_START, last_year + 1))
        out.append(MemberCommune(insee, name, area, ref, since))
    return out


def territory_consumption(
    consumption: Mapping[str, Mapping[int, Mapping[str, int]]],
    members: Sequence[str],
) -> dict[int, dict[str, int]]:
    """{year: {destination: m²}} summed over the members (a destination no one has: absent)."""
    out: dict[int, dict[str, int]] = {}
    for insee in members:
        for year, by_dest in consumption.get(insee, {}).items():
            target = out.setdefault(year, {})
            for dest, m2 in by_dest.items():
                target[dest] = target.get(dest, 0) + m2
    return dict(sorted(out.items()))


def negative_value_notes(
    consumption: Mapping[str, Mapping[int, Mapping[str, int]]],
    names: Mapping[str, str],
    limit: int = 20,
) -> list[str]:
    """French notes listing the negative annual values of the members (kept in every sum)."""
    found = [
        (insee, year, dest, m2)
        for insee in sorted(consumption)
        for year in sorted(consumption[insee])
        for dest, m2 in sorted(consumption[insee][year].items())
        if m2 < 0
    ]
    if not found:
        return []
    parts = [
        f"{names.get(insee, insee)} ({insee}) {year} "
        f"{DESTINATION_LABELS.get(dest, 'total NAF').lower()} : {fr_ha(m2)}"
        for insee, year, dest, m2 in found[:limit]
    ]
    more = f" et {len(found) - limit} autre(s)" if len(found) > limit else ""
    return [
        f"Qualité des données : {len(found)} valeur(s) annuelle(s) négative(s) publiée(s) par le "
        "Cerema, conservée(s) dans les totaux : " + " ; ".join(parts) + more + "."
    ]
