"""The 2021-2031 NAF consumption envelope of a territory and its trajectory (ZAN.md §6).

Pure Python (no qgis). Every figure is in m² (Cerema's integer unit); hectares are for display.

- Reference ``C_ref`` = Σ of the ten annual flows 2011..2020 (``naf11art12`` … ``naf20art21``),
  never ``naf21art22``.
- Envelope ``E = C_ref × (1 − r/100)``; ``r`` in per cent (54.47), may be negative, ≤ 100.
- 1 ha guarantee: ``E* = max(E, 10 000)`` only when the caller passes ``floor_m2`` (eligible
  communes in legal mode; every level in the "Mon Diagnostic Artificialisation" compatible mode).
- Target path ``T(t) = (t − 2020) × E*/10``; cumulative ``R(t) = Σ 2021..t`` (after deductions);
  pace ``p = R(L)/(L − 2020)``; projection ``p × horizon``; first year of overshoot.
- After 2031: decade scenarios ``N_k = N_{k−1} × (1 − r_k/100)``, labelled non-regulatory.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from numbers import Real

from ..errors import QT_TRANSLATE_NOOP, AulaError
from .model import PERIOD_START, REFERENCE_FIRST, REFERENCE_LAST, reference_years

#: the 1 ha guarantee of loi 2023-630, in m²
GUARANTEE_M2 = 10_000
#: the projection horizon: to 1 January 2031 (legal), 9 years in the compatible mode
HORIZON_YEARS = 10
MDA_HORIZON_YEARS = 9
#: the national rate of loi Climat et Résilience, used by the compatible mode
MDA_RATE_PCT = 50.0
#: the ten years of the period 2021-2031 (the target path divides the envelope by it)
PERIOD_YEARS = 10
PERIOD_LAST = PERIOD_START + PERIOD_YEARS - 1  # 2030

MODE_LEGAL = "legal"
MODE_MDA = "mda_compatible"
MODES = (MODE_LEGAL, MODE_MDA)

STATUS_EXCEEDED = "dépassée"
STATUS_AT_RISK = "à risque"
STATUS_ON_TRACK = "dans la trajectoire"

#: the label of every post-2031 figure (data value, written into outputs as is)
SCENARIO_LABEL = (
    "scénario, non réglementaire : prolonge l'enveloppe de consommation d'espaces NAF 2021-2031 "
    "alors que la cible après 2031 porte sur l'artificialisation nette (métriques différentes)"
)
DECADES = ((2031, 2040), (2041, 2050))

# fmt: off
_RATE_NOT_NUMBER = QT_TRANSLATE_NOOP("aula",
    "{label}reduction rate {value!r} is not a number (per cent, e.g. 54.47)")
_RATE_ABOVE_100 = QT_TRANSLATE_NOOP("aula",
    "{label}reduction rate {value} % is above 100 %: refused")
_MISSING_REFERENCE = QT_TRANSLATE_NOOP("aula",
    "{label}the consumption does not cover the reference decade 2011..2020: "
    "missing year(s) {years}")
_NO_PERIOD_DATA = QT_TRANSLATE_NOOP("aula",
    "{label}the consumption has no annual flow from 2021 on: the trajectory needs at least 2021")
_YEAR_GAP = QT_TRANSLATE_NOOP("aula",
    "{label}the consumption has a gap: missing year(s) {years} between 2011 and {last}")
_BAD_VALUE = QT_TRANSLATE_NOOP("aula",
    "{label}the consumption of year {year} is not an integer number of m²: {value!r}")
_BAD_MODE = QT_TRANSLATE_NOOP("aula",
    "Unknown trajectory mode {value!r} (expected legal or mda_compatible)")
_BAD_HORIZON = QT_TRANSLATE_NOOP("aula",
    "The projection horizon must be a positive number of years, not {value!r}")
_BAD_DEDUCTION = QT_TRANSLATE_NOOP("aula",
    "{label}deduction of year {year} is not an integer number of m²: {value!r}")
_DEDUCTION_BEFORE_2021 = QT_TRANSLATE_NOOP("aula",
    "{label}deduction for year {year}: deductions only apply to consumption since 2021")
# fmt: on


@dataclass(frozen=True)
class Trajectory:
    c_ref_m2: int  # Σ naf11art12..naf20art21 (exactly ten flows)
    rate_pct: float  # reduction rate in per cent (54.47), may be negative, <= 100
    envelope_m2: float  # E = C_ref × (1 − r/100), no floor
    floor_m2: int | None  # 10 000 when the 1 ha guarantee applies to this territory, else None
    envelope_final_m2: float  # max(E, floor) when floor applies, else E
    consumed_since_2021_m2: int  # R(L) = Σ 2021..L (after deductions if any)
    deductions_m2: int  # PENE + PV + renaturation deducted (0 when off)
    last_year: int  # L, from the data
    share_used_pct: float | None  # 100 × R(L) / E_final (None if E_final == 0)
    remaining_m2: float  # max(0, E_final − R(L))
    overrun_m2: float  # max(0, R(L) − E_final)
    pace_m2_per_year: float  # R(L) / (L − 2020)
    projection_m2: float  # pace × horizon_years (10; 9 in MDA-compatible mode)
    overshoot_year: int | None  # first t with R(t) > E_final, else L + floor(B/p) + 1 if p > 0
    status: str  # "dépassée" | "à risque" | "dans la trajectoire"
    target_path: dict[int, float]  # T(t) = (t − 2020) × E_final / 10, t = 2021..2030
    cumulative: dict[int, int]  # R(t) for t = 2021..L
    mode: str  # "legal" or "mda_compatible"

    @property
    def consumed_gross_m2(self) -> int:
        """Consumption since 2021 before deductions (equal to the net figure when off)."""
        return self.consumed_since_2021_m2 + self.deductions_m2


@dataclass(frozen=True)
class DecadeScenario:
    """A post-2031 decade allowance N_k = N_{k−1} × (1 − r_k/100): a scenario, not a rule."""

    first_year: int
    last_year: int
    rate_pct: float
    allowance_m2: float
    label: str = SCENARIO_LABEL


def _prefix(label: str) -> str:
    return f"{label}: " if label else ""


def check_rate(rate_pct: object, label: str = "") -> float:
    """The rate as a float; refuse non-numbers, NaN and values above 100 (negative allowed)."""
    if isinstance(rate_pct, bool) or not isinstance(rate_pct, Real):
        raise AulaError(_RATE_NOT_NUMBER, label=_prefix(label), value=rate_pct)
    value = float(rate_pct)
    if math.isnan(value) or math.isinf(value):
        raise AulaError(_RATE_NOT_NUMBER, label=_prefix(label), value=rate_pct)
    if value > 100:
        raise AulaError(_RATE_ABOVE_100, label=_prefix(label), value=rate_pct)
    return value


def _as_int(value: object, year: int, template: str, label: str) -> int:
    if isinstance(value, bool) or not isinstance(value, Real):
        raise AulaError(template, label=_prefix(label), year=year, value=value)
    if isinstance(value, int):
        return value
    if not float(value).is_integer():
        raise AulaError(template, label=_prefix(label), year=year, value=value)
    return int(value)


def check_years(annual_m2: Mapping[int, object], label: str = "") -> int:
    """Check the flows cover 2011..L without gap (L ≥ 2021) and return L (from the data)."""
    years = sorted(int(y) for y in annual_m2)
    missing_ref = [y for y in reference_years() if y not in annual_m2]
    if missing_ref:
        raise AulaError(
            _MISSING_REFERENCE, label=_prefix(label), years=", ".join(map(str, missing_ref))
        )
    last = years[-1]
    if last < PERIOD_START:
        raise AulaError(_NO_PERIOD_DATA, label=_prefix(label))
    gaps = [y for y in range(REFERENCE_FIRST, last + 1) if y not in annual_m2]
    if gaps:
        raise AulaError(_YEAR_GAP, label=_prefix(label), years=", ".join(map(str, gaps)), last=last)
    return last


def reference_m2(annual_m2: Mapping[int, int]) -> int:
    """C_ref: exactly the ten flows 2011..2020 (a flow of 2021 never enters)."""
    return sum(int(annual_m2[y]) for y in range(REFERENCE_FIRST, REFERENCE_LAST + 1))


def envelope(c_ref_m2: float, rate_pct: float) -> float:
    """E = C_ref × (1 − r/100), not clamped (r = −10 gives 1.1 × C_ref)."""
    return c_ref_m2 * (100.0 - rate_pct) / 100.0


def guaranteed_envelope(envelope_m2: float, floor_m2: int | None) -> float:
    """E* = max(E, floor) when a floor applies, else E."""
    return envelope_m2 if floor_m2 is None else max(envelope_m2, float(floor_m2))


def compute_trajectory(
    annual_m2: Mapping[int, int],
    rate_pct: float,
    *,
    floor_m2: int | None = None,
    horizon_years: int = HORIZON_YEARS,
    deductions_m2: Mapping[int, int] | None = None,
    mode: str = MODE_LEGAL,
    label: str = "",
) -> Trajectory:
    """The trajectory of one territory from its annual flows ``{year: m²}`` (2011..L, no gap).

    ``label`` (optional) names the territory in error messages.
    """
    rate = check_rate(rate_pct, label)
    last = check_years(annual_m2, label)
    flows = {
        y: _as_int(annual_m2[y], y, _BAD_VALUE, label) for y in range(REFERENCE_FIRST, last + 1)
    }
    c_ref = reference_m2(flows)
    e = envelope(c_ref, rate)
    e_final = guaranteed_envelope(e, floor_m2)
    return trajectory_from_envelope(
        flows,
        c_ref_m2=c_ref,
        rate_pct=rate,
        envelope_m2=e,
        floor_m2=floor_m2,
        envelope_final_m2=e_final,
        horizon_years=horizon_years,
        deductions_m2=deductions_m2,
        mode=mode,
        label=label,
    )


def trajectory_from_envelope(
    flows: Mapping[int, int],
    *,
    c_ref_m2: int,
    rate_pct: float,
    envelope_m2: float,
    floor_m2: int | None,
    envelope_final_m2: float,
    horizon_years: int = HORIZON_YEARS,
    deductions_m2: Mapping[int, int] | None = None,
    mode: str = MODE_LEGAL,
    label: str = "",
) -> Trajectory:
    """The trajectory measured against a given final envelope (pooled PLUi: Σ E*_c)."""
    if mode not in MODES:
        raise AulaError(_BAD_MODE, value=mode)
    if isinstance(horizon_years, bool) or not isinstance(horizon_years, Real) or horizon_years <= 0:
        raise AulaError(_BAD_HORIZON, value=horizon_years)
    last = check_years(flows, label)
    deducted: dict[int, int] = {}
    for year, value in sorted((deductions_m2 or {}).items()):
        if int(year) < PERIOD_START:
            raise AulaError(_DEDUCTION_BEFORE_2021, label=_prefix(label), year=year)
        if int(year) <= last:
            deducted[int(year)] = _as_int(value, int(year), _BAD_DEDUCTION, label)

    cumulative: dict[int, int] = {}
    total = 0
    for year in range(PERIOD_START, last + 1):
        total += int(flows[year]) - deducted.get(year, 0)
        cumulative[year] = total
    consumed = total
    elapsed = last - (PERIOD_START - 1)
    pace = consumed / elapsed
    projection = pace * horizon_years
    remaining = max(0.0, envelope_final_m2 - consumed)
    overrun = max(0.0, consumed - envelope_final_m2)
    share = None if envelope_final_m2 <= 0 else 100.0 * consumed / envelope_final_m2

    overshoot: int | None
    if consumed > envelope_final_m2:
        overshoot = next(t for t in sorted(cumulative) if cumulative[t] > envelope_final_m2)
    elif consumed > 0:
        # B / p = B × (L − 2020) / R(L): one division, so exact cases stay exact
        overshoot = last + math.floor(remaining * elapsed / consumed) + 1
    else:
        overshoot = None

    if consumed > envelope_final_m2:
        status = STATUS_EXCEEDED
    elif projection > envelope_final_m2:
        status = STATUS_AT_RISK
    else:
        status = STATUS_ON_TRACK

    target = {
        t: (t - (PERIOD_START - 1)) * envelope_final_m2 / PERIOD_YEARS
        for t in range(PERIOD_START, PERIOD_LAST + 1)
    }
    return Trajectory(
        c_ref_m2=c_ref_m2,
        rate_pct=rate_pct,
        envelope_m2=envelope_m2,
        floor_m2=floor_m2,
        envelope_final_m2=envelope_final_m2,
        consumed_since_2021_m2=consumed,
        deductions_m2=sum(deducted.values()),
        last_year=last,
        share_used_pct=share,
        remaining_m2=remaining,
        overrun_m2=overrun,
        pace_m2_per_year=pace,
        projection_m2=projection,
        overshoot_year=overshoot,
        status=status,
        target_path=target,
        cumulative=cumulative,
        mode=mode,
    )


def mda_compatible_trajectory(annual_m2: Mapping[int, int], *, label: str = "") -> Trajectory:
    """ "Mon Diagnostic Artificialisation" trajectory table: r = 50, max(E, 1 ha) at every level
    (no eligibility test), projection = pace × 9. For comparisons with its figures only."""
    return compute_trajectory(
        annual_m2,
        MDA_RATE_PCT,
        floor_m2=GUARANTEE_M2,
        horizon_years=MDA_HORIZON_YEARS,
        mode=MODE_MDA,
        label=label,
    )


def pooled_envelope(member_envelopes_final_m2: Iterable[float]) -> float:
    """PLUi pooling of the 1 ha guarantee: Σ E*_c of the member communes."""
    return float(sum(member_envelopes_final_m2))


def pooled_trajectory(
    annual_m2: Mapping[int, int],
    rate_pct: float,
    member_envelopes_final_m2: Iterable[float],
    *,
    horizon_years: int = HORIZON_YEARS,
    deductions_m2: Mapping[int, int] | None = None,
    label: str = "",
) -> Trajectory:
    """A PLUi measured against Σ E*_c of its communes (the guarantee pooled); ``envelope_m2``
    stays the PLUi's own C_ref × (1 − r/100), and ``floor_m2`` is None (no floor on the PLUi)."""
    own = compute_trajectory(annual_m2, rate_pct, label=label)
    return trajectory_from_envelope(
        {y: annual_m2[y] for y in range(REFERENCE_FIRST, own.last_year + 1)},
        c_ref_m2=own.c_ref_m2,
        rate_pct=own.rate_pct,
        envelope_m2=own.envelope_m2,
        floor_m2=None,
        envelope_final_m2=pooled_envelope(member_envelopes_final_m2),
        horizon_years=horizon_years,
        deductions_m2=deductions_m2,
        mode=MODE_LEGAL,
        label=label,
    )


def decade_scenarios(
    seed_m2: float, rates_pct: Sequence[float | None], label: str = ""
) -> list[DecadeScenario]:
    """N_k = N_{k−1} × (1 − r_k/100) for 2031-2040 then 2041-2050, seeded with ``seed_m2``.

    Seeding with the 2021-2031 consumption envelope mixes metrics (NAF consumption then net
    artificialisation): every result carries SCENARIO_LABEL. A decade without rate stops the chain.
    """
    scenarios: list[DecadeScenario] = []
    previous = float(seed_m2)
    for (first, last), rate in zip(DECADES, rates_pct):
        if rate is None:
            break
        r = check_rate(rate, label)
        previous = envelope(previous, r)
        scenarios.append(DecadeScenario(first, last, r, previous))
    return scenarios
