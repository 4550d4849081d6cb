"""aula:zanartificialisation: OCS GE artificialised stock per territory and millésime, and flows."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingFeedback,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterMultipleLayers,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QVariant

from ...core.compat import zip_strict
from ...core.errors import AulaError, Cancelled
from ...core.zan import ocsge
from ...gis.overlay import (
    LAMBERT93,
    Communes,
    StatusIndex,
    make_fields,
    plain,
    read_communes,
    repaired,
    reproject_note,
    table_sink,
)
from ...toolbelt.i18n import tr as tr_aula
from ..base import AulaAlgorithm

METHOD_IGN, METHOD_MATRIX = 0, 1
_READ_SHARE, _FLOW_SHARE = 75.0, 20.0
_MAX_LISTED = 10


@dataclass
class _OcsLayer:
    source: QgsProcessingFeatureSource
    name: str
    fields: dict[str, str]
    year_from_name: int | None


@dataclass
class _Pieces:
    """Clipped pieces of every OCS GE layer, as parallel lists."""

    commune: list[int] = field(default_factory=list)
    area: list[float] = field(default_factory=list)
    artif: list[bool] = field(default_factory=list)
    sealed: list[bool] = field(default_factory=list)
    year: list[int] = field(default_factory=list)
    geometry: list[QgsGeometry | None] = field(default_factory=list)


class ZanArtificialisation(AulaAlgorithm):
    OCSGE = "OCSGE"
    COMMUNES = "COMMUNES"
    INSEE_FIELD = "INSEE_FIELD"
    GROUP_FIELD = "GROUP_FIELD"
    METHOD = "METHOD"
    STOCK = "STOCK"
    FLOWS = "FLOWS"

    group_key = "zan"

    def name(self) -> str:
        return "zanartificialisation"

    def displayName(self) -> str:
        return self.tr("Artificialisation from OCS GE (stock and flows)")

    def tags(self) -> list[str]:
        return self.tr(
            "zan,ocsge,ocs ge,artificialisation,renaturation,imperméabilisation,millésime,flux"
        ).split(",")

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        ocs = QgsProcessingParameterMultipleLayers(
            self.OCSGE,
            self.tr("OCS GE layers (one or more millésimes)"),
            QgsProcessing.SourceType.TypeVectorPolygon,
        )
        ocs.setHelp(
            self.tr(
                "OCS GE v2 polygon layers (code_cs, code_us, millesime; artif for the IGN "
                "method), e.g. one per département and millésime."
            )
        )
        self.addParameter(ocs)
        communes = QgsProcessingParameterFeatureSource(
            self.COMMUNES, self.tr("Communes"), [QgsProcessing.SourceType.TypeVectorPolygon]
        )
        communes.setHelp(self.tr("Commune polygons with their INSEE code."))
        self.addParameter(communes)
        insee = QgsProcessingParameterField(
            self.INSEE_FIELD, self.tr("INSEE code field"), "insee", self.COMMUNES, optional=True
        )
        insee.setHelp(self.tr("Commune code; its first two digits give the département."))
        self.addParameter(insee)
        group = QgsProcessingParameterField(
            self.GROUP_FIELD,
            self.tr("Territory field (empty: per commune)"),
            parentLayerParameterName=self.COMMUNES,
            optional=True,
        )
        group.setHelp(self.tr("Field grouping communes into territories, e.g. epci_siren."))
        self.addParameter(group)
        method = QgsProcessingParameterEnum(
            self.METHOD,
            self.tr("Artificialised status"),
            [self.tr("IGN artif field"), self.tr("Raw CS × US matrix (approximation)")],
            defaultValue=METHOD_IGN,
        )
        method.setHelp(
            self.tr("IGN's artif field is authoritative; the raw matrix ignores thresholds.")
        )
        self.addParameter(method)
        stock = QgsProcessingParameterFeatureSink(
            self.STOCK, self.tr("Artificialised stock"), QgsProcessing.SourceType.TypeVector
        )
        stock.setHelp(self.tr("One row per territory, département and millésime."))
        self.addParameter(stock)
        flows = QgsProcessingParameterFeatureSink(
            self.FLOWS,
            self.tr("Artificialisation flows"),
            QgsProcessing.SourceType.TypeVector,
            optional=True,
        )
        flows.setHelp(self.tr("One row per territory, département and millésime pair."))
        self.addParameter(flows)

    # -- Validation -----------------------------------------------------------------------------

    def _prepare(
        self, parameters: dict[str, Any], context: QgsProcessingContext
    ) -> tuple[QgsProcessingFeatureSource, str, str | None, list[_OcsLayer], int]:
        communes = self.parameterAsSource(parameters, self.COMMUNES, context)
        if communes is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.COMMUNES))
        insee, group = self._commune_fields(parameters, context, communes)
        method = self.parameterAsEnum(parameters, self.METHOD, context)
        layers = self.parameterAsLayerList(parameters, self.OCSGE, context)
        if not layers:
            raise QgsProcessingException(self.tr("No OCS GE layer was given"))
        try:
            tags = {
                layer.name(): ocsge.detect_tag([f.name() for f in layer.fields()])
                or ocsge.TAG_OCSGE
                for layer in layers
            }
            ocsge.check_single_tag(tags)
            result = []
            for layer in layers:
                if not isinstance(layer, QgsVectorLayer):
                    raise QgsProcessingException(
                        self.tr("{layer}: not a vector layer").format(layer=layer.name())
                    )
                names = [f.name() for f in layer.fields()]
                found = ocsge.check_ocsge_schema(names, layer.name())
                if method == METHOD_IGN and ocsge.ARTIF not in found:
                    raise AulaError(ocsge.NO_ARTIF_FIELD, layer=layer.name())
                year = None
                if ocsge.MILLESIME not in found:
                    year = ocsge.year_from_name(layer.name(), layer.name())
                if layer.featureCount() == 0:
                    raise QgsProcessingException(
                        self.tr("{layer}: the layer has no feature").format(layer=layer.name())
                    )
                source = QgsProcessingFeatureSource(layer, context)
                result.append(_OcsLayer(source, layer.name(), found, year))
        except AulaError as exc:
            raise QgsProcessingException(exc.message(tr_aula)) from exc
        return communes, insee, group, result, method

    def _commune_fields(
        self, parameters: dict[str, Any], context: QgsProcessingContext, source: Any
    ) -> tuple[str, str | None]:
        fields = source.fields()
        layer = source.sourceName()
        if source.featureCount() == 0:
            raise QgsProcessingException(
                self.tr("{layer}: the layer has no feature").format(layer=layer)
            )
        names = []
        for param, default in ((self.INSEE_FIELD, "insee"), (self.GROUP_FIELD, "")):
            name = self.parameterAsString(parameters, param, context).strip() or default
            if not name:
                names.append(None)
                continue
            index = fields.lookupField(name)
            if index < 0:
                raise QgsProcessingException(
                    self.tr("{layer}: field {field} does not exist").format(layer=layer, field=name)
                )
            names.append(fields.at(index).name())
        if names[0] is None:
            raise QgsProcessingException(self.tr("The INSEE code field is required"))
        return names[0], names[1]

    # -- Run ------------------------------------------------------------------------------------

    def processAlgorithm(
        self,
        parameters: dict[str, Any],
        context: QgsProcessingContext,
        feedback: QgsProcessingFeedback,
    ) -> dict[str, Any]:
        source, insee_field, group_field, layers, method = self._prepare(parameters, context)
        try:
            return self._run(
                parameters, context, feedback, source, insee_field, group_field, layers, method
            )
        except Cancelled:
            raise QgsProcessingException(
                self.tr("Cancelled by the user: no output was written")
            ) from None
        except AulaError as exc:
            raise QgsProcessingException(exc.message(tr_aula)) from exc

    def _run(
        self,
        parameters: dict[str, Any],
        context: QgsProcessingContext,
        feedback: QgsProcessingFeedback,
        source: QgsProcessingFeatureSource,
        insee_field: str,
        group_field: str | None,
        layers: list[_OcsLayer],
        method: int,
    ) -> dict[str, Any]:
        communes = read_communes(source, insee_field, group_field, context, feedback)
        matrix = ocsge.load_matrix() if method == METHOD_MATRIX else None
        if matrix is not None:
            feedback.pushInfo(
                self.tr("Raw CS × US matrix, version {version} (approximation)").format(
                    version=matrix.version
                )
            )
        keep = len(layers) > 1 and self.parameterAsString(parameters, self.FLOWS, context) != ""
        pieces = _Pieces()
        statuses: dict[int, StatusIndex] = {}
        total = sum(max(layer.source.featureCount(), 0) for layer in layers) or 1
        done = 0
        nomenclature = ocsge.load_nomenclature()
        for layer in layers:
            done = self._read_layer(
                layer,
                communes,
                matrix,
                pieces,
                statuses if keep else None,
                nomenclature,
                context,
                feedback,
                done,
                total,
            )
        commune_idx = np.array(pieces.commune, dtype=np.int64)
        area = np.array(pieces.area, dtype=float)
        artif = np.array(pieces.artif, dtype=bool)
        sealed = np.array(pieces.sealed, dtype=bool)
        years = np.array(pieces.year, dtype=np.int64)
        size = len(communes.insee)
        stocks = {
            year: ocsge.stock(
                commune_idx[years == year],
                area[years == year],
                artif[years == year],
                sealed[years == year],
                size,
            )
            for year in sorted(set(pieces.year))
        }
        # A millésime belongs to a département when it covers most of one of its communes, so
        # that slivers of a neighbouring département's layer along the border do not count.
        index = ocsge.MillesimeIndex()
        for year, s in stocks.items():
            for n in np.nonzero(s.area_m2 > 0.5 * communes.area)[0]:
                index.add(communes.dep[n], year)
        self._check_coverage(communes, stocks, index, feedback)
        for dep in sorted(index.years):
            feedback.pushInfo(
                self.tr("Département {dep}: millésimes {years}").format(
                    dep=dep, years=", ".join(str(y) for y in index.years[dep])
                )
            )
        stock_rows = self._stock_rows(communes, stocks, index)
        flow_rows: list[list[Any]] = []
        if keep:
            flow_rows = self._flow_rows(communes, pieces, statuses, stocks, index, feedback)
        elif self.parameterAsString(parameters, self.FLOWS, context):
            feedback.pushWarning(self.tr("Flows need at least two OCS GE layers (millésimes)"))
        feedback.setProgress(_READ_SHARE + _FLOW_SHARE)
        results = {
            self.STOCK: table_sink(
                self, parameters, self.STOCK, context, self._stock_fields(), stock_rows, feedback
            )
        }
        if self.parameterAsString(parameters, self.FLOWS, context):
            results[self.FLOWS] = table_sink(
                self, parameters, self.FLOWS, context, self._flow_fields(), flow_rows, feedback
            )
        feedback.pushInfo(
            self.tr("{count} stock row(s) and {flows} flow row(s) written").format(
                count=len(stock_rows), flows=len(flow_rows)
            )
        )
        return results

    def _read_layer(
        self,
        layer: _OcsLayer,
        communes: Communes,
        matrix: ocsge.ArtifMatrix | None,
        pieces: _Pieces,
        statuses: dict[int, StatusIndex] | None,
        nomenclature: ocsge.Nomenclature,
        context: QgsProcessingContext,
        feedback: QgsProcessingFeedback,
        done: int,
        total: int,
    ) -> int:
        source = layer.source
        fields = source.fields()
        reproject_note(source, feedback)
        idx = {key: fields.lookupField(name) for key, name in layer.fields.items()}
        request = QgsFeatureRequest()
        request.setDestinationCrs(
            QgsCoordinateReferenceSystem(LAMBERT93), context.transformContext()
        )
        wanted = [
            i for key, i in idx.items() if key in (ocsge.CS, ocsge.US, ocsge.ARTIF, ocsge.MILLESIME)
        ]
        request.setSubsetOfAttributes(wanted)
        cs_seen: set[str | None] = set()
        us_seen: set[str | None] = set()
        cs_cache: dict[Any, str | None] = {}
        us_cache: dict[Any, str | None] = {}
        year_cache: dict[Any, int] = {}
        artif_cache: dict[Any, bool] = {}
        matrix_cache: dict[tuple[str | None, str | None], bool] = {}
        fixed = outside = 0
        step = max(total // 100, 1)
        i_cs, i_us = idx[ocsge.CS], idx[ocsge.US]
        i_artif, i_year = idx.get(ocsge.ARTIF, -1), idx.get(ocsge.MILLESIME, -1)
        overlay = communes.overlay
        for feature in source.getFeatures(
            request, QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks
        ):
            done += 1
            if done % step == 0:
                if feedback.isCanceled():
                    raise Cancelled
                feedback.setProgress(_READ_SHARE * done / total)
            geometry = feature.geometry()
            if geometry.isNull():
                continue
            geometry, was_fixed = repaired(geometry)
            fixed += was_fixed
            attrs = feature.attributes()
            raw_cs, raw_us = attrs[i_cs], attrs[i_us]
            cs = cs_cache.get(raw_cs, "?")
            if cs == "?":
                cs = cs_cache[raw_cs] = ocsge.clean_code(plain(raw_cs), "CS")
                cs_seen.add(cs)
            us = us_cache.get(raw_us, "?")
            if us == "?":
                us = us_cache[raw_us] = ocsge.clean_code(plain(raw_us), "US")
                us_seen.add(us)
            if layer.year_from_name is not None:
                year = layer.year_from_name
            else:
                raw_year = attrs[i_year]
                year = year_cache.get(raw_year)
                if year is None:
                    year = year_cache[raw_year] = ocsge.parse_year(plain(raw_year), layer.name)
            if matrix is None:
                raw_artif = attrs[i_artif]
                status = artif_cache.get(raw_artif)
                if status is None:
                    status = artif_cache[raw_artif] = ocsge.parse_artif(
                        plain(raw_artif), layer.name
                    )
            else:
                status = matrix_cache.get((cs, us))
                if status is None:
                    status = matrix_cache[(cs, us)] = matrix.is_artif(cs, us)
            is_sealed = cs in ocsge.SEALED_CS
            clipped = overlay.clip(geometry, keep_geometry=statuses is not None and status)
            if not clipped:
                outside += 1
            for n, piece_area, piece in clipped:
                pieces.commune.append(n)
                pieces.area.append(piece_area)
                pieces.artif.append(status)
                pieces.sealed.append(is_sealed)
                pieces.year.append(year)
                pieces.geometry.append(piece)
            if statuses is not None and clipped:
                statuses.setdefault(year, StatusIndex()).add(geometry, status)
        ocsge.validate_codes(cs_seen, "cs", nomenclature, layer.name, layer.fields[ocsge.CS])
        ocsge.validate_codes(us_seen, "us", nomenclature, layer.name, layer.fields[ocsge.US])
        if fixed:
            feedback.pushWarning(
                self.tr("{layer}: {count} invalid geometry(ies) repaired with makeValid").format(
                    layer=layer.name, count=fixed
                )
            )
        if outside:
            feedback.pushInfo(
                self.tr("{layer}: {count} polygon(s) outside the communes were ignored").format(
                    layer=layer.name, count=outside
                )
            )
        return done

    def _check_coverage(
        self,
        communes: Communes,
        stocks: dict[int, ocsge.Stock],
        index: ocsge.MillesimeIndex,
        feedback: QgsProcessingFeedback,
    ) -> None:
        """C19: the clipped polygons of a millésime cover the commune (± 0.1 %), no overlaps."""
        listed = 0
        for n, insee in enumerate(communes.insee):
            for year in index.years.get(communes.dep[n], []):
                covered = stocks[year].area_m2[n]
                expected = communes.area[n]
                if expected > 0 and abs(covered - expected) > 0.001 * expected:
                    listed += 1
                    if listed <= _MAX_LISTED:
                        feedback.pushWarning(
                            self.tr(
                                "Commune {insee}, millésime {year}: OCS GE polygons cover "
                                "{pct:.2f} % of the commune (gaps or overlaps)"
                            ).format(insee=insee, year=year, pct=100 * covered / expected)
                        )
        if listed > _MAX_LISTED:
            feedback.pushWarning(
                self.tr("{count} commune-millésime(s) in all are not fully covered").format(
                    count=listed
                )
            )

    def _groups(self, communes: Communes) -> dict[tuple[str, str], list[int]]:
        groups: dict[tuple[str, str], list[int]] = {}
        for n, (territory, dep) in enumerate(zip_strict(communes.territory, communes.dep)):
            groups.setdefault((territory, dep), []).append(n)
        return groups

    @staticmethod
    def _covered(
        communes: Communes, stocks: dict[int, ocsge.Stock], members: list[int], years: tuple
    ) -> list[int]:
        """The members covered (> 50 % of their area) by every one of ``years``."""
        return [
            n for n in members if all(stocks[y].area_m2[n] > 0.5 * communes.area[n] for y in years)
        ]

    def _territory_info(
        self, communes: Communes, index: ocsge.MillesimeIndex, stocks: dict[int, ocsge.Stock]
    ) -> dict[str, tuple[str, int]]:
        """Territory -> (coverage status, multi_departement flag)."""
        members: dict[str, list[int]] = {}
        for n, territory in enumerate(communes.territory):
            members.setdefault(territory, []).append(n)
        info = {}
        for territory, ns in members.items():
            deps = [communes.dep[n] for n in ns]
            covered = [
                bool(index.years.get(communes.dep[n]))
                and all(
                    stocks[y].area_m2[n] > 0.5 * communes.area[n]
                    for y in index.years[communes.dep[n]]
                )
                for n in ns
            ]
            status = ocsge.territory_coverage(index, deps, covered)
            info[territory] = (status, int(len(set(deps)) > 1))
        return info

    @staticmethod
    def _stock_fields() -> QgsFields:
        return make_fields(
            [
                ("territory", QVariant.String),
                ("dep", QVariant.String),
                ("millesime", QVariant.Int),
                ("communes", QVariant.Int),
                ("commune_area_m2", QVariant.Double),
                ("area_m2", QVariant.Double),
                ("artif_m2", QVariant.Double),
                ("artif_pct", QVariant.Double),
                ("impermeable_m2", QVariant.Double),
                ("coverage", QVariant.String),
                ("multi_departement", QVariant.Int),
            ]
        )

    def _stock_rows(
        self, communes: Communes, stocks: dict[int, ocsge.Stock], index: ocsge.MillesimeIndex
    ) -> list[list[Any]]:
        info = self._territory_info(communes, index, stocks)
        rows = []
        for (territory, dep), all_members in sorted(self._groups(communes).items()):
            for year in index.years.get(dep, []):
                s = stocks[year]
                # communes this millésime covers (> 50 %); the others have no data: absent,
                # not zero (the coverage field then says partial)
                members = self._covered(communes, stocks, all_members, (year,))
                if not members:
                    continue
                area = float(s.area_m2[members].sum())
                art = float(s.artif_m2[members].sum())
                rows.append(
                    [
                        territory,
                        dep,
                        year,
                        len(members),
                        float(communes.area[members].sum()),
                        area,
                        art,
                        100.0 * art / area if area > 0 else None,
                        float(s.sealed_m2[members].sum()),
                        *info[territory],
                    ]
                )
        return rows

    @staticmethod
    def _flow_fields() -> QgsFields:
        return make_fields(
            [
                ("territory", QVariant.String),
                ("dep", QVariant.String),
                ("millesime_1", QVariant.Int),
                ("millesime_2", QVariant.Int),
                ("artificialisation_m2", QVariant.Double),
                ("renaturation_m2", QVariant.Double),
                ("net_m2", QVariant.Double),
                ("stock_difference_m2", QVariant.Double),
                ("gap_m2", QVariant.Double),
                ("coverage", QVariant.String),
                ("multi_departement", QVariant.Int),
            ]
        )

    def _flow_rows(
        self,
        communes: Communes,
        pieces: _Pieces,
        statuses: dict[int, StatusIndex],
        stocks: dict[int, ocsge.Stock],
        index: ocsge.MillesimeIndex,
        feedback: QgsProcessingFeedback,
    ) -> list[list[Any]]:
        size = len(communes.insee)
        pair_flows: dict[tuple[int, int], ocsge.Flows] = {}
        pairs = sorted({p for dep in index.years for p in index.pairs(dep)})
        artif_pieces = [k for k, a in enumerate(pieces.artif) if a]
        work = max(len(artif_pieces) * len(pairs), 1)
        done = 0
        for y1, y2 in pairs:
            deps = {dep for dep in index.years if (y1, y2) in index.pairs(dep)}
            gained: tuple[list[int], list[float]] = ([], [])
            lost: tuple[list[int], list[float]] = ([], [])
            for k in artif_pieces:
                done += 1
                if done % 1000 == 0:
                    if feedback.isCanceled():
                        raise Cancelled
                    feedback.setProgress(_READ_SHARE + _FLOW_SHARE * done / work)
                n, year = pieces.commune[k], pieces.year[k]
                if communes.dep[n] not in deps or year not in (y1, y2):
                    continue
                geometry = pieces.geometry[k]
                if geometry is None:
                    continue
                other, target = (statuses[y1], gained) if year == y2 else (statuses[y2], lost)
                target[0].append(n)
                target[1].append(other.area_with_status(geometry, False))
            pair_flows[(y1, y2)] = ocsge.flows(
                np.array(gained[0], dtype=np.int64),
                np.array(gained[1]),
                np.array(lost[0], dtype=np.int64),
                np.array(lost[1]),
                stocks[y1].artif_m2,
                stocks[y2].artif_m2,
                size,
            )
        for (y1, y2), result in pair_flows.items():
            bad = [
                communes.insee[n]
                for n in np.nonzero(np.abs(result.gap_m2) > ocsge.FLOW_CHECK_TOLERANCE_M2)[0]
                if communes.dep[n] in {d for d in index.years if (y1, y2) in index.pairs(d)}
            ]
            if bad:
                feedback.pushWarning(
                    self.tr(
                        "{y1}-{y2}: net flow differs from the stock difference by more than "
                        "0.5 ha in {count} commune(s): {communes}"
                    ).format(y1=y1, y2=y2, count=len(bad), communes=", ".join(bad[:_MAX_LISTED]))
                )
        info = self._territory_info(communes, index, stocks)
        rows = []
        for (territory, dep), all_members in sorted(self._groups(communes).items()):
            for y1, y2 in index.pairs(dep):
                f = pair_flows[(y1, y2)]
                members = self._covered(communes, stocks, all_members, (y1, y2))
                if not members:
                    continue
                rows.append(
                    [
                        territory,
                        dep,
                        y1,
                        y2,
                        float(f.artificialisation_m2[members].sum()),
                        float(f.renaturation_m2[members].sum()),
                        float(f.net_m2[members].sum()),
                        float(f.stock_difference_m2[members].sum()),
                        float(f.gap_m2[members].sum()),
                        *info[territory],
                    ]
                )
        return rows
