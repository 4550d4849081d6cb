"""Zoning types of the biodiversity reservoirs (aula:reservoirs): the spellings found in INPN and
DREAL layers, read from an attribute or from a layer name."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from ..compat import pairwise

ZONING_TYPES = ("ZNIEFF1", "N2000", "APPB", "RNR", "RNN", "ENS")
# spellings found in INPN/DREAL layers (upper case, letters and digits only) → our type
_ALIASES = {
    "N2000": "N2000",
    "NATURA2000": "N2000",
    "ZSC": "N2000",
    "ZPS": "N2000",
    "SIC": "N2000",
    "PSIC": "N2000",
    "APPB": "APPB",
    "APB": "APPB",
    "APHN": "APPB",
    "ARRETEDEPROTECTIONDEBIOTOPE": "APPB",
    "ARRETEPREFECTORALDEPROTECTIONDEBIOTOPE": "APPB",
    "RNR": "RNR",
    "RESERVENATURELLEREGIONALE": "RNR",
    "RNN": "RNN",
    "RESERVENATURELLENATIONALE": "RNN",
    "ENS": "ENS",
    "ESPACENATURELSENSIBLE": "ENS",
}


def _compact(value: Any) -> str:
    text = unicodedata.normalize("NFKD", str(value or "")).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Z0-9]", "", text.upper())


def zoning_type(value: Any) -> str | None:
    """'ZNIEFF de type I', 'znieff_1', 'Natura 2000', 'ZSC' → our type; None if unknown (and for
    ZNIEFF type 2, which is not a reservoir type)."""
    text = _compact(value)
    if text.startswith("ZNIEFF"):
        rest = text[6:].replace("DETYPE", "").replace("TYPE", "")
        return "ZNIEFF1" if rest in ("1", "I") else None
    return _ALIASES.get(text)


def type_from_name(name: str) -> str | None:
    """The zoning type named in a layer name ('znieff1_pdc', 'sites_natura_2000'), if any: each
    word, and each pair of adjacent words, is read as a type."""
    words = [w for w in re.split(r"[^A-Za-z0-9]+", name) if w]
    candidates = words + [a + b for a, b in pairwise(words)]
    for word in candidates:
        kind = zoning_type(word)
        if kind is None and _compact(word).startswith("ZNIEFF1"):
            kind = "ZNIEFF1"
        if kind is not None:
            return kind
    return None
