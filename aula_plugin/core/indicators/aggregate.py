"""Parents computed from their members by each indicator's declared rule.

The arithmetic is the one of ``aula:aggregateindicators`` (:func:`aula_plugin.core.aggregation.
aggregate`: exact sums, Σ numerator / Σ denominator × factor), called here once per vintage; this
module only decides which members count and what status the parent gets:

- ``sum``: Σ of the members' values; ``ratio_of_sums``: Σ numerator / Σ denominator × factor over
  the members (unemployment rate = Σ unemployed / Σ active × 100), never a mean of the members'
  rates; ``not_aggregable`` (medians): never computed, the parent keeps the value its source
  publishes, or has none (shown "n.d.").
- **Secret or missing members** (reference SCOT_AND_FACT_SHEETS.md B7): when any member of a
  parent has a secret or missing value (or no value at all) for an indicator the rule needs, while
  other members have one, the parent's value is **not computed**: it is stored with status
  ``missing``, no number, and a note counting the secret and missing members. A partial sum is
  never shown as the parent's value, and nothing is ever read as zero.
- A member with an ``estimated`` value makes the parent ``estimated``.
- A zero denominator gives ``missing`` with a note.
- A value the source publishes for a parent (any value whose source is not a computation of this
  module) is kept as it is unless ``keep_published=False``; values computed by an earlier run are
  replaced.

Parents are every territory above ``from_level`` through the links (commune -> EPCI -> SCoT, or
commune -> SCoT directly): each is computed from its members of ``from_level``, never from an
intermediate level's results.

:func:`merge_territories` applies the same rules to communes merged into a commune nouvelle (a
COG 2024 file brought to a COG 2025 geography): counts summed, ratios as Σ numerator / Σ
denominator of the former communes, medians not computable (missing, with a note).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from ..aggregation import RateSpec, aggregate
from ..errors import Cancelled
from ..numbers import readable
from .model import (
    COMMUNE,
    ESTIMATED,
    MISSING,
    NOT_AGGREGABLE,
    OK,
    RATIO_OF_SUMS,
    SECRET,
    SUM,
    Indicator,
    IndicatorBase,
    TerritoryKey,
    Value,
    vintage_sort_key,
)

#: the source of every computed value starts with this
COMPUTED_SOURCE = "Calcul AULA"
_PARENT = "_parent"

Progress = Callable[[float], None]
IsCanceled = Callable[[], bool]


@dataclass
class RollupReport:
    """What :func:`aggregate_to_parents` computed."""

    values: list[Value] = field(default_factory=list)
    #: parent values left ``missing`` because members were secret or missing
    flagged: int = 0
    #: parent values published by the source and kept
    kept_published: int = 0
    #: indicators whose rule forbids aggregation (medians...)
    not_aggregable: list[str] = field(default_factory=list)


def is_computed(value: Value) -> bool:
    return value.source.startswith(COMPUTED_SOURCE)


def _needed(indicator: Indicator) -> tuple[str, ...]:
    if indicator.aggregation == RATIO_OF_SUMS:
        return (indicator.numerator, indicator.denominator)
    return (indicator.id,)


def _member_status(base: IndicatorBase, member: TerritoryKey, fields: Sequence[str], vintage: str):
    """(worst status, values by field) of one member: secret > missing > estimated > ok."""
    worst = OK
    numbers: dict[str, object] = {}
    for name in fields:
        value = base.value(member, name, vintage)
        if value is None or value.status == MISSING:
            status, number = MISSING, None
        else:
            status, number = value.status, value.value
        numbers[name] = number
        if status == SECRET or (status == MISSING and worst != SECRET):
            worst = status
        elif status == ESTIMATED and worst == OK:
            worst = ESTIMATED
    return worst, numbers


def _flag_note(secret: int, missing: int, total: int, level: str) -> str:
    parts = []
    if secret:
        parts.append(f"{secret} en secret statistique")
    if missing:
        parts.append(f"{missing} sans valeur")
    return "non calculé : sur {} membres ({}), {}".format(total, level, " et ".join(parts))


def _sources(base: IndicatorBase, members: Iterable[TerritoryKey], fields, vintage: str) -> str:
    found: list[str] = []
    for member in members:
        for name in fields:
            value = base.value(member, name, vintage)
            if value is not None and value.source and value.source not in found:
                found.append(value.source)
    return " ; ".join(found[:3]) + (" ; …" if len(found) > 3 else "")


def _compute(
    base: IndicatorBase,
    groups: dict[TerritoryKey, list[TerritoryKey]],
    indicators: Sequence[Indicator],
    vintage: str,
    member_level: str,
    is_canceled: IsCanceled,
    own: bool = False,
) -> tuple[list[Value], int]:
    """The values of ``indicators`` at ``vintage`` for every group key, from its members (from
    itself when ``own``: a territory's ratio from its own numerator and denominator)."""
    sums = [i for i in indicators if i.aggregation == SUM]
    ratios = [i for i in indicators if i.aggregation == RATIO_OF_SUMS]
    if not sums and not ratios:
        return [], 0
    fields = sorted({name for i in (*sums, *ratios) for name in _needed(i)})
    records = []
    # (parent, indicator) -> [secret, missing, estimated, with a value]
    counts: dict[tuple[TerritoryKey, str], list[int]] = {}
    for parent, members in groups.items():
        if is_canceled():
            raise Cancelled
        for member in members:
            record: dict[str, object] = {_PARENT: parent}
            for indicator in (*sums, *ratios):
                needed = _needed(indicator)
                status, numbers = _member_status(base, member, needed, vintage)
                tally = counts.setdefault((parent, indicator.id), [0, 0, 0, 0])
                if status == SECRET:
                    tally[0] += 1
                elif status == MISSING:
                    tally[1] += 1
                else:
                    tally[3] += 1
                    tally[2] += status == ESTIMATED
                record.update(numbers)
            for name in fields:
                record.setdefault(name, None)
            records.append(record)
    if not records:
        return [], 0
    result = aggregate(
        records,
        _PARENT,
        [i.id for i in sums],
        [RateSpec(i.id, i.numerator, i.denominator, float(i.factor)) for i in ratios],
        layer=member_level,
        is_canceled=is_canceled,
    )
    out: list[Value] = []
    flagged = 0
    for group in result.groups:
        parent = group.key
        members = groups[parent]
        for indicator in (*sums, *ratios):
            secret, missing, estimated, present = counts[(parent, indicator.id)]
            if not present and not secret:
                continue  # no member has this indicator at this vintage: nothing to say
            needed = _needed(indicator)
            if own:
                source = "{} : {} / {} × {}".format(
                    COMPUTED_SOURCE, indicator.numerator, indicator.denominator,
                    readable(indicator.factor),
                )  # fmt: skip
            else:
                rule = "somme" if indicator.aggregation == SUM else "ratio des sommes"
                source = "{} : {} sur {} membres ({})".format(
                    COMPUTED_SOURCE, rule, len(members), member_level
                )
            origin = _sources(base, members, needed, vintage)
            if origin:
                source += " ; source : " + origin
            if secret or missing:
                flagged += 1
                if own:
                    note = "non calculé : {} ou {} {}".format(
                        indicator.numerator,
                        indicator.denominator,
                        "en secret statistique" if secret else "sans valeur",
                    )
                else:
                    note = _flag_note(secret, missing, len(members), member_level)
                out.append(Value(*parent, indicator.id, vintage, None, MISSING, source, note))
                continue
            if indicator.aggregation == SUM:
                number = group.sums[indicator.id]
            else:
                number = group.rates[indicator.id]
            if number is None:
                note = "non calculé : dénominateur nul ({})".format(indicator.denominator)
                out.append(Value(*parent, indicator.id, vintage, None, MISSING, source, note))
                continue
            status = ESTIMATED if estimated else OK
            out.append(Value(*parent, indicator.id, vintage, number, status, source))
    return out, flagged


def _vintages(base: IndicatorBase, level: str | None, fields: set[str]) -> list[str]:
    found = {
        v.vintage
        for v in base.values.values()
        if v.indicator_id in fields and (level is None or v.territory_level == level)
    }
    return sorted(found, key=vintage_sort_key)


def _select(base: IndicatorBase, indicator_ids: Iterable[str] | None) -> list[Indicator]:
    if indicator_ids is None:
        return list(base.indicators.values())
    return [base.indicators[i] for i in indicator_ids if i in base.indicators]


def _store(
    base: IndicatorBase, computed: list[Value], keep_published: bool, report: RollupReport
) -> None:
    for value in computed:
        existing = base.values.get(value.key)
        if existing is not None and keep_published and not is_computed(existing):
            report.kept_published += 1
            continue
        report.values.append(value)
    base.add_values(report.values)


def aggregate_to_parents(
    base: IndicatorBase,
    *,
    from_level: str = COMMUNE,
    indicator_ids: Iterable[str] | None = None,
    keep_published: bool = True,
    progress: Progress = lambda fraction: None,
    is_canceled: IsCanceled = lambda: False,
) -> RollupReport:
    """Compute every parent of the ``from_level`` territories, for every vintage, by each
    indicator's rule; the results are added to ``base`` and returned in the report."""
    indicators = _select(base, indicator_ids)
    report = RollupReport(
        not_aggregable=sorted(i.id for i in indicators if i.aggregation not in (SUM, RATIO_OF_SUMS))
    )
    groups = base.members(from_level)
    fields = {name for i in indicators for name in _needed(i)}
    vintages = _vintages(base, from_level, fields)
    computed: list[Value] = []
    for n, vintage in enumerate(vintages, start=1):
        values, flagged = _compute(base, groups, indicators, vintage, from_level, is_canceled)
        computed += values
        report.flagged += flagged
        progress(n / len(vintages))
    _store(base, computed, keep_published, report)
    progress(1.0)
    return report


def derive_ratios(
    base: IndicatorBase,
    *,
    level: str | None = None,
    indicator_ids: Iterable[str] | None = None,
    keep_published: bool = True,
    is_canceled: IsCanceled = lambda: False,
) -> RollupReport:
    """The ``ratio_of_sums`` indicators of each territory (of ``level``, or all) from its own
    numerator and denominator, where the source gives those and not the ratio (the INSEE bases
    give the unemployed and the active, not the rate). Same rule and code as the parents."""
    ratios = [i for i in _select(base, indicator_ids) if i.aggregation == RATIO_OF_SUMS]
    report = RollupReport()
    fields = {name for i in ratios for name in _needed(i)}
    keys = sorted(
        {v.territory for v in base.values.values() if v.indicator_id in fields},
        key=lambda k: (k[0], k[1]),
    )
    groups = {key: [key] for key in keys if level is None or key[0] == level}
    computed: list[Value] = []
    for vintage in _vintages(base, level, fields):
        values, flagged = _compute(
            base, groups, ratios, vintage, level or "", is_canceled, own=True
        )
        computed += values
        report.flagged += flagged
    _store(base, computed, keep_published, report)
    return report


def merge_territories(
    base: IndicatorBase,
    merges: Mapping[TerritoryKey, Sequence[TerritoryKey]],
    *,
    notes: Mapping[TerritoryKey, str] | None = None,
    is_canceled: IsCanceled = lambda: False,
) -> RollupReport:
    """Territories merged into one (former communes -> their commune nouvelle, which may keep the
    code of one of them): the new territory's values computed from the former ones by each
    indicator's rule (sums summed, ratios as Σ numerator / Σ denominator, a secret or missing part
    making the value missing), ``not_aggregable`` values (medians) missing with a note; the former
    territories other than the new one are removed from ``base``. Every value of a merged
    territory gets its note from ``notes`` (which former territories it sums). A merge none of
    whose territories is in ``base`` is left out."""
    report = RollupReport()
    groups: dict[TerritoryKey, list[TerritoryKey]] = {}
    for new, olds in merges.items():
        members = sorted({tuple(new), *(tuple(old) for old in olds)}, key=lambda k: k[1])
        if any(member in base.territories for member in members):
            groups[tuple(new)] = members
    if not groups:
        return report
    member_keys = {m for members in groups.values() for m in members}
    indicators = list(base.indicators.values())
    computed: list[Value] = []
    for level in sorted({key[0] for key in groups}):
        of_level = {k: v for k, v in groups.items() if k[0] == level}
        fields = {name for i in indicators for name in _needed(i)}
        for vintage in _vintages(base, level, fields):
            values, flagged = _compute(base, of_level, indicators, vintage, level, is_canceled)
            computed += values
            report.flagged += flagged
    medians = {i.id for i in indicators if i.aggregation == NOT_AGGREGABLE}
    seen: set[tuple[str, str, str, str]] = set()
    for value in list(base.values.values()):
        if value.territory not in member_keys or value.indicator_id not in medians:
            continue
        new = next(k for k, members in groups.items() if value.territory in members)
        key = (*new, value.indicator_id, value.vintage)
        if key in seen:
            continue
        seen.add(key)
        report.not_aggregable.append(value.indicator_id)
        computed.append(
            Value(
                *new, value.indicator_id, value.vintage, None, MISSING, value.source,
                "non calculable : une valeur de ce type (médiane) ne s'additionne pas "
                "entre communes fusionnées",
            )
        )  # fmt: skip
    gone = member_keys - set(groups)
    base.remove_territories(gone)
    base.remove_values([k for k in base.values if k[:2] in groups])
    notes = notes or {}
    report.values = [
        dataclasses.replace(v, note=" ; ".join(p for p in (v.note, notes.get(v.territory)) if p))
        for v in computed
    ]
    base.add_values(report.values)
    report.not_aggregable = sorted(set(report.not_aggregable))
    return report
