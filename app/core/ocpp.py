"""Back-office (OCPP 1.6) facts the Connectivity page shows: boot state and ChargePointModel.

The boot-notification state the charger reports is a number whose codes the vendor does not
document; we read it as OCPP 1.6's registration status (0 none yet, 1 pending, 2 accepted,
3 rejected), the simulator follows the same scheme, and any other code is shown as a number.
The model table is the vendor's NG910 (Eve Single Pro-line) list of ChargePointModel values a
charger sends at boot (installation manual §4.5).
"""

from __future__ import annotations

from dataclasses import dataclass

# OCPP 1.6 registration status by code (see the module text); the UI puts them in words.
BOOT_STATES: dict[int, str] = {0: "none", 1: "pending", 2: "accepted", 3: "rejected"}
BOOT_CODES: dict[str, int] = {name: code for code, name in BOOT_STATES.items()}


@dataclass(frozen=True, slots=True)
class ChargePointModel:
    model: str  # what the charger sends as ChargePointModel
    article: str  # the vendor's article number
    description: str


_NG910 = (
    ("60003", "904460003", "1PH T2"),
    ("60005", "904460005", "1PH T2S"),
    ("60007", "904460007", "1PH Cable"),
    ("60023", "904460023", "3PH T2"),
    ("60025", "904460025", "3PH T2S"),
    ("60027", "904460027", "3PH Cable"),
    ("60123", "904460123", "DE 3PH T2"),
    ("60127", "904460127", "DE 3PH Cable"),
    ("60503", "904460503", "1PH T2"),
    ("60505", "904460505", "1PH T2S"),
    ("60507", "904460507", "1PH Cable"),
    ("60523", "904460523", "3PH T2"),
    ("60525", "904460525", "3PH T2S"),
    ("60527", "904460527", "3PH Cable"),
    ("60553", "904460553", "1PH T2 RFID"),
    ("60555", "904460555", "1PH T2S RFID"),
    ("60557", "904460557", "1PH Cable RFID"),
    ("60573", "904460573", "1PH T2 Mobile"),
    ("60575", "904460575", "1PH T2S Mobile"),
    ("60577", "904460577", "1PH Cable Mobile"),
    ("60583", "904460583", "3PH T2 RFID"),
    ("60585", "904460585", "3PH T2S RFID"),
    ("60587", "904460587", "3PH Cable RFID"),
    ("60593", "904460593", "3PH T2 Mobile"),
    ("60595", "904460595", "3PH T2S Mobile"),
    ("60597", "904460597", "3PH Cable Mobile"),
)
NG910_MODELS: dict[str, ChargePointModel] = {
    f"NG910-{code}": ChargePointModel(f"NG910-{code}", article, f"Eve Single Pro-line {text}")
    for code, article, text in _NG910
}


def charge_point_model(model: str) -> ChargePointModel | None:
    """The vendor's table row for a model string such as 'NG910-60027', None when not listed."""
    return NG910_MODELS.get(model.strip().upper())
