"""CENTRA-1 parameters and rules (CENTRALITIES.md §3.1, §3.3, §3.4 steps 4, 7 and 9).

Rule stated for elected officials: a centrality gathers at least 10 shops, services or public
facilities; its core gathers the activities that each have at least 3 other activities within
100 m; activities within 100 m of the core join it; it has at least 50 dwellings and combines
housing with at least two of the three other functions. A pole without housing or dominated by
big-box formats is flagged as a peripheral pole (« pôle périphérique »).

Every comparison is ``≥`` (same as DEGURBA/GHSL). Reasons and labels reach users in French: the
templates are English sources marked with ``QT_TRANSLATE_NOOP("aula", ...)``, filled in with
``.format()`` after translation.

Periphery flag: the reference (§3.3) flags a pole from the share of MAG1 street shops, the MXI or
the EmpCom zones; activity points carry none of these, so CENTRA-1 v1 flags a pole when it has
too few dwellings (H rule fails) or when big-box activities (hyper/supermarkets and other big-box
formats, from the mapping tables) are more than ``big_box_share`` (0.5) of its activities.

Pure Python (no qgis).
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace

from ..compat import zip_strict
from ..errors import QT_TRANSLATE_NOOP, AulaError
from ..numbers import readable

RULESET_VERSION = "CENTRA-1 v1"

# Output values (French, stored in the layers as the conventions fix them)
TYPE_CENTRALITY = "centralité"
TYPE_PERIPHERAL = "pôle périphérique"
TYPE_EXTENSION = "extension d'une centralité voisine"
LEVELS = ("proximité", "intermédiaire", "structurante")

# fmt: off
REASON_ACTIVITIES = QT_TRANSLATE_NOOP("aula", "{n} activities < {n_min}")
REASON_FUNCTIONS = QT_TRANSLATE_NOOP("aula", "functions C, S, E: {k}/3 < 2")
ERR_THRESHOLDS = QT_TRANSLATE_NOOP("aula", "Level thresholds: three increasing numbers expected, got “{value}”")  # noqa: E501
ERR_PARAMETER = QT_TRANSLATE_NOOP("aula", "Parameter {name}: {value} is out of range ({low} to {high})")  # noqa: E501
# fmt: on


#: sensible range of each parameter (CENTRALITIES.md §3.3): beyond it the method means nothing
#: (a link distance of 10 km links whole towns) or the geometry work explodes (closing, holes)
RANGES = {
    "LINK_DISTANCE": (1.0, 1000.0),  # metres (100 in the method)
    "MIN_POINTS": (1, 1000),
    "MIN_ACTIVITIES": (1, 1_000_000),
    "MIN_COMMERCE": (0, 1_000_000),
    "MIN_SERVICES": (0, 1_000_000),
    "MIN_EQUIPMENT": (0, 1_000_000),
    "MIN_DWELLINGS": (0, 10_000_000),
    "CLOSING": (0.0, 1000.0),  # metres (25 in the method)
    "HOLE_MAX": (0.0, 10_000_000.0),  # m² (5,000 in the method; 1,000 ha at most)
    "BIG_BOX_SHARE": (0.0, 1.0),
}


@dataclass(frozen=True)
class CentraParams:
    """CENTRA-1 parameters with the defaults of CENTRALITIES.md §3.3."""

    link_distance: float = 100.0  # eps, metres; pairs at distance ≤ eps are linked
    min_points: int = 4  # core point: degree + 1 ≥ min_points (counts the point itself)
    min_activities: int = 10  # n_min: members of a candidate
    min_commerce: int = 3
    min_services: int = 2
    min_equipment: int = 1
    min_dwellings: int = 50
    closing: float = 25.0  # metres, +c then −c
    hole_max: float = 5000.0  # m², holes smaller than this are filled
    level_thresholds: tuple[int, int, int] = (12, 29, 69)
    big_box_share: float = 0.5  # pôle périphérique when the share of big-box activities is > this

    @property
    def envelope_radius(self) -> float:
        """r_env = eps / 2: discs around two linked points overlap or touch."""
        return self.link_distance / 2.0

    def validate(self) -> None:
        """Refuse values outside RANGES (NaN included), naming the parameter and the range."""
        for name, (low, high) in RANGES.items():
            value = getattr(self, name.lower())
            if not low <= value <= high:
                raise AulaError(
                    ERR_PARAMETER,
                    name=name,
                    value=readable(value),
                    low=readable(low),
                    high=readable(high),
                )
        t = self.level_thresholds
        if len(t) != 3 or not (0 <= t[0] <= t[1] <= t[2]):
            raise AulaError(ERR_THRESHOLDS, value=";".join(str(v) for v in t))

    def to_dict(self) -> dict:
        data = asdict(self)
        data["level_thresholds"] = list(self.level_thresholds)
        data["envelope_radius"] = self.envelope_radius
        return data

    def params_hash(self) -> str:
        """12 hex digits of the sha256 of the canonical JSON of the parameters and rule set."""
        payload = json.dumps(
            {"ruleset": RULESET_VERSION, **self.to_dict()}, sort_keys=True, separators=(",", ":")
        )
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:12]

    def variant(self, eps_factor: float, n_min_delta: int) -> CentraParams:
        """A neighbouring parameter set for the robustness re-runs (§3.4 step 10)."""
        return replace(
            self,
            link_distance=self.link_distance * eps_factor,
            min_activities=max(1, self.min_activities + n_min_delta),
        )

    def robustness_variants(self) -> list[CentraParams]:
        """eps ∈ {0.75, 1, 1.25} × eps and n_min ∈ {N−2, N, N+2}: 9 runs, the base one included."""
        return [self.variant(f, d) for f in (0.75, 1.0, 1.25) for d in (-2, 0, 2)]


def parse_thresholds(text: str) -> tuple[int, int, int]:
    """ "12;29;69" (also "12,29,69" or "12 29 69") → (12, 29, 69)."""
    parts = [p for p in text.replace(",", ";").replace(" ", ";").split(";") if p.strip()]
    try:
        values = tuple(int(float(p)) for p in parts)
    except ValueError:
        raise AulaError(ERR_THRESHOLDS, value=text) from None
    if len(values) != 3 or not (0 <= values[0] <= values[1] <= values[2]):
        raise AulaError(ERR_THRESHOLDS, value=text)
    return values  # type: ignore[return-value]


@dataclass(frozen=True)
class Counts:
    """What lies inside one envelope (members and non-members alike) plus the member count."""

    n_members: int
    n_act: int
    n_com: int
    n_srv: int
    n_equ: int
    n_log: int
    n_big_box: int
    n_types: int


@dataclass(frozen=True)
class Verdict:
    type: str | None  # TYPE_CENTRALITY, TYPE_PERIPHERAL, or None (rejected)
    rules_passed: str  # e.g. "N≥10;H≥50;C,S,E,H=4/4;BB≤0.5"
    reason_template: str  # "" unless rejected
    reason_values: dict
    share_big_box: float
    mix_entropy: float

    def reason(self, translate=None) -> str:
        if not self.reason_template:
            return ""
        text = translate(self.reason_template) if translate else self.reason_template
        return text.format(**self.reason_values)


def mix_entropy(n_com: int, n_srv: int, n_equ: int, n_log: float) -> float:
    """−Σ p ln p / ln 4 over (C, S, E, H/10) (§3.5; a descriptor, not a rule)."""
    values = [float(n_com), float(n_srv), float(n_equ), float(n_log) / 10.0]
    total = sum(values)
    if total <= 0:
        return 0.0
    h = -sum((v / total) * math.log(v / total) for v in values if v > 0)
    return round(h / math.log(4.0), 6)


# -- rules_passed: the verdict's rules as one text, written to the layers and read by the sheets --


@dataclass
class Rule:
    """One token of ``rules_passed``, as :func:`parse_rules` reads it back."""

    key: str  # N (size), H (housing), F (four functions), BB (big-box share), "" (unknown)
    passed: bool | None  # None for F (decided with H, see functions_passed) and unknown tokens
    threshold: str  # "10", "50", "4/4" (functions met / 4), "0.5"
    text: str  # the token as written


def encode_rules(size_ok: bool, h_ok: bool, k: int, big_box: bool, p: CentraParams) -> str:
    """ "N≥10;H≥50;C,S,E,H=4/4;BB≤0.5": ≥/≤ for a rule passed, </> for a rule failed.

    ``k`` is the number of C, S, E functions at their minima (the F token adds housing to it).
    """
    return ";".join(
        [
            f"N{'≥' if size_ok else '<'}{p.min_activities}",
            f"H{'≥' if h_ok else '<'}{p.min_dwellings}",
            f"C,S,E,H={k + int(h_ok)}/4",
            f"BB{'>' if big_box else '≤'}{p.big_box_share:g}",
        ]
    )


def parse_rules(rules_passed: str) -> list[Rule]:
    """The tokens of :func:`encode_rules`' text, in order; unknown tokens are kept as is."""
    rules: list[Rule] = []
    for token in (t.strip() for t in (rules_passed or "").split(";")):
        if not token:
            continue
        if token.startswith("BB") and token[2:3] in ("≤", ">"):
            rules.append(Rule("BB", token[2] == "≤", token[3:], token))
        elif token[:1] in ("N", "H") and token[1:2] in ("≥", "<"):
            rules.append(Rule(token[0], token[1] == "≥", token[2:], token))
        elif "=" in token and "/" in token:
            rules.append(Rule("F", None, token.split("=", 1)[1], token))
        else:
            rules.append(Rule("", None, "", token))
    return rules


def functions_passed(functions: str, h_passed: bool | None) -> bool:
    """The F rule from its "k/4" threshold and the H rule: housing and 2 of C, S, E (step 7)."""
    head = functions.split("/")[0].strip()
    try:
        k = int(float(head)) if head else 0
    except (ValueError, OverflowError):
        k = 0
    return bool(h_passed) and k - (1 if h_passed else 0) >= 2


# The rules of ``rules_passed`` in words, for the value map of the field: the rule as stated, ticked
# when met (as on the explanation sheets). Context "fields", as every output label
# (core/field_labels.py registers the decoder).
# fmt: off
_RULE_WORDS = {
    "N": QT_TRANSLATE_NOOP("fields", "at least {n} member activities"),
    "H": QT_TRANSLATE_NOOP("fields", "at least {n} dwellings"),
    "F": QT_TRANSLATE_NOOP("fields", "housing and 2 of shops, services, facilities ({k}/4)"),
    "BB": QT_TRANSLATE_NOOP("fields", "big-box share at most {p} %"),
}
# fmt: on


def _percent(share: str) -> str:
    """ "0.5" -> "50"; a text that is not a number stays as it is."""
    try:
        return f"{float(share) * 100:g}"
    except ValueError:
        return share


def describe_rules(rules_passed: str, translate: Callable[[str], str] | None = None) -> str:
    """``rules_passed`` in words, each rule ticked when met: "N≥10;H<50;C,S,E,H=1/4;BB≤0.5" ->
    "✓ at least 10 member activities · ✗ at least 50 dwellings · ✗ housing and 2 of shops,
    services, facilities (1/4) · ✓ big-box share at most 50 %". ``translate`` translates the
    templates (context "fields"); unknown tokens are kept as they are."""
    words = []
    rules = parse_rules(rules_passed)
    h_passed = next((r.passed for r in rules if r.key == "H"), None)
    for rule in rules:
        template = _RULE_WORDS.get(rule.key)
        if template is None:
            words.append(rule.text)
            continue
        passed = functions_passed(rule.threshold, h_passed) if rule.key == "F" else rule.passed
        text = (translate(template) if translate else template).format(
            n=rule.threshold, k=rule.threshold.split("/")[0], p=_percent(rule.threshold)
        )
        words.append(f"{'✓' if passed else '✗'} {text}")
    return " · ".join(words)


def evaluate(c: Counts, p: CentraParams) -> Verdict:
    """Steps 4 and 7: size rule, then the four-function test and the periphery flag.

    * members < n_min → rejected, "{n} activities < {n_min}";
    * housing below its minimum, or big-box share > big_box_share → pôle périphérique;
    * housing and at least 2 of C, S, E at their minima → centralité;
    * otherwise rejected, "functions C, S, E: k/3 < 2".
    """
    share = c.n_big_box / c.n_act if c.n_act else 0.0
    entropy = mix_entropy(c.n_com, c.n_srv, c.n_equ, c.n_log)
    size_ok = c.n_members >= p.min_activities
    h_ok = c.n_log >= p.min_dwellings
    cse = [c.n_com >= p.min_commerce, c.n_srv >= p.min_services, c.n_equ >= p.min_equipment]
    k = sum(cse)
    big_box = share > p.big_box_share
    rules = encode_rules(size_ok, h_ok, k, big_box, p)
    if not size_ok:
        return Verdict(
            None,
            rules,
            REASON_ACTIVITIES,
            {"n": c.n_members, "n_min": p.min_activities},
            share,
            entropy,
        )
    if not h_ok or big_box:
        return Verdict(TYPE_PERIPHERAL, rules, "", {}, share, entropy)
    if k >= 2:
        return Verdict(TYPE_CENTRALITY, rules, "", {}, share, entropy)
    return Verdict(None, rules, REASON_FUNCTIONS, {"k": k}, share, entropy)


def level(n_types: int, thresholds: tuple[int, int, int]) -> str | None:
    """Step 9: proximité ≥ 12 types, intermédiaire ≥ 29, structurante ≥ 69; None below 12."""
    result = None
    for name, threshold in zip_strict(LEVELS, thresholds):
        if n_types >= threshold:
            result = name
    return result


def piece_type(parent_type: str, n_act_piece: int, p: CentraParams) -> str:
    """Step 8: a commune piece with fewer than n_min/2 activities extends a neighbour."""
    if n_act_piece < p.min_activities / 2.0:
        return TYPE_EXTENSION
    return parent_type
