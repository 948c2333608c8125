"""More real NG9xx properties: identity, display, OCPP and connectivity settings.

Ids and meanings from the public cross-checked table of the vendor's Windows installer
(alfenctl research/windows/windows-findings.md); where that table gives no wire type, the type
is the one its description implies (text for addresses and names, u32 for seconds). They make
the simulated charger's property set closer in size to a real one's. Write-only secrets (APN
password, SIM PIN, proxy password) are left out on purpose.
"""

from __future__ import annotations

from app.core.values import Value
from app.drivers.alfen.properties import Access, WireType

RO = Access.READ_ONLY
RW = Access.READ_WRITE
T = WireType

# (id, name, type, access, category, default)
EXTRA: tuple[tuple[str, str, WireType, Access, str, Value], ...] = (
    ("1009_0", "hardware version per node", T.U8, RO, "generic", 3),
    ("2005_0", "object dictionary version", T.STRING, RO, "generic", "3.2"),
    ("2054_0", "NFC reader software version", T.STRING, RO, "generic", "#N:1.0"),
    ("2055_0", "charge point vendor", T.STRING, RO, "generic", "Alfen BV"),
    ("2057_0", "boot reason", T.U8, RO, "generic", 0),
    ("205A_0", "time zone (hours, legacy)", T.I8, RW, "generic", 1),
    ("205B_0", "daylight savings", T.U8, RW, "generic", 1),
    ("205C_1", "latitude", T.F32, RW, "generic", 52.0),
    ("205C_2", "longitude", T.F32, RW, "generic", 5.0),
    ("205D_0", "display language", T.STRING, RW, "generic", "en_GB"),
    ("205F_3", "left socket inoperative", T.U8, RO, "states", 0),
    ("2061_1", "auto dim flags", T.U8, RW, "leds", 0),
    ("2063_0", "plug and charge identifier", T.STRING, RW, "generic", ""),
    ("206B_1", "Nuvve enabled", T.U8, RW, "ocpp", 0),
    ("206B_2", "Nuvve interval", T.U32, RW, "ocpp", 60),
    ("206B_3", "Nuvve threshold", T.U32, RW, "ocpp", 0),
    ("206C_1", "smart charging type", T.U8, RW, "ocpp", 5),
    ("206C_2", "smart charging minimum charging time", T.U32, RW, "ocpp", 0),
    ("206C_3", "smart charging check time", T.U32, RW, "ocpp", 0),
    ("206C_4", "smart charging default measurement interval", T.U32, RW, "ocpp", 60),
    ("206C_5", "smart charging minimum measurement interval", T.U32, RW, "ocpp", 10),
    ("206C_6", "smart charging maximum measurement interval", T.U32, RW, "ocpp", 900),
    ("206C_7", "smart charging measurement per phase", T.U8, RW, "ocpp", 0),
    ("2070_0", "6 mA detection response", T.U8, RW, "generic", 0),
    ("2073_1", "mobile netmask", T.STRING, RW, "comm", "255.255.255.0"),
    ("2074_1", "mobile gateway", T.STRING, RW, "comm", "0.0.0.0"),
    ("2075_1", "mobile IP address", T.STRING, RW, "comm", "0.0.0.0"),
    ("2075_2", "mobile fixed IP", T.BOOL, RW, "comm", False),
    ("2078_1", "back-office URL (mobile)", T.STRING, RW, "ocpp", ""),
    ("2078_2", "back-office path (mobile)", T.STRING, RW, "ocpp", ""),
    ("2079_1", "mobile DNS 1", T.STRING, RW, "comm", "0.0.0.0"),
    ("207E_1", "wired DNS 1", T.STRING, RW, "comm", "0.0.0.0"),
    ("207F_1", "wired DNS 2", T.STRING, RW, "comm", "0.0.0.0"),
    ("2080_1", "mobile DNS 2", T.STRING, RW, "comm", "0.0.0.0"),
    ("2081_0", "OCPP protocol name", T.STRING, RO, "ocpp", "ocpp/json"),
    ("2083_0", "OCPP listener IP address", T.STRING, RW, "ocpp", "0.0.0.0"),
    ("2084_0", "OCPP listener port", T.U16, RW, "ocpp", 0),
    ("2087_0", "metering interval", T.U32, RW, "ocpp", 900),
    ("2088_0", "metering transmission mode", T.U8, RW, "ocpp", 1),
    ("2089_0", "metering alignment", T.U8, RW, "ocpp", 0),
    ("208A_0", "ping-pong interval", T.U32, RW, "ocpp", 300),
    ("208B_1", "wired websocket timeout", T.U32, RW, "ocpp", 60),
    ("208B_2", "mobile websocket timeout", T.U32, RW, "ocpp", 60),
    ("208D_1", "wired OCPP send timeout", T.U32, RW, "ocpp", 30),
    ("208D_2", "mobile OCPP send timeout", T.U32, RW, "ocpp", 60),
    ("208E_1", "wired OCPP reply timeout", T.U32, RW, "ocpp", 30),
    ("208E_2", "mobile OCPP reply timeout", T.U32, RW, "ocpp", 60),
    ("208F_0", "central meter sample interval", T.U32, RW, "ocpp", 900),
    ("2090_0", "metering final delivery", T.U8, RW, "ocpp", 1),
    ("2091_0", "maximum metering values", T.U32, RW, "ocpp", 10),
    ("2092_0", "optional metering interval", T.U32, RW, "ocpp", 0),
    ("2093_0", "send station status", T.U8, RW, "ocpp", 1),
    ("2094_0", "abort concurrent transaction", T.U8, RW, "ocpp", 0),
    ("2095_0", "stop transaction on invalid tag", T.U8, RW, "ocpp", 1),
    ("2096_0", "transaction message attempts", T.U32, RW, "ocpp", 3),
    ("2097_0", "transaction message retry interval", T.U32, RW, "ocpp", 60),
    *(
        (f"{block}_{n}", f"{label} measurand slot {n}", T.U32, RW, "ocpp", 0)
        for block, label in (("2098", "sampled"), ("2099", "clock-aligned"))
        for n in range(1, 10)
    ),
    ("209A_0", "clock-aligned data interval", T.U32, RW, "ocpp", 900),
    ("209B_0", "authorise remote transaction requests", T.U8, RW, "ocpp", 1),
    ("209C_0", "status notification method", T.U8, RW, "ocpp", 0),
    ("209D_0", "always send heartbeat", T.U8, RW, "ocpp", 0),
    ("209E_0", "supported mobile technologies", T.U8, RO, "comm", 7),
    ("209F_0", "mobile technology in use", T.U8, RO, "comm", 2),
    ("2100_0", "APN name", T.STRING, RW, "comm", ""),
    ("2101_0", "APN user", T.STRING, RW, "comm", ""),
    ("2104_0", "SIM IMSI", T.STRING, RO, "comm", ""),
    ("2105_0", "SIM ICCID", T.STRING, RO, "comm", ""),
    ("2106_0", "mobile connect delay", T.U32, RW, "comm", 0),
    ("2107_0", "mobile connect attempts", T.U32, RW, "comm", 3),
    ("2108_0", "mobile connect retry behaviour", T.U8, RW, "comm", 0),
    ("2109_0", "mobile band", T.U8, RW, "comm", 0),
    ("2110_0", "mobile signal strength", T.I16, RO, "comm", -113),
    ("2111_0", "weak signal threshold", T.I16, RW, "comm", -100),
    ("2112_0", "mobile network operator", T.STRING, RO, "comm", ""),
    ("2113_0", "mobile network selection", T.U8, RW, "comm", 0),
    ("2114_0", "mobile network preference", T.U8, RW, "comm", 1),
    ("2115_0", "proxy address and port", T.STRING, RW, "comm", ""),
    ("2116_0", "proxy user name", T.STRING, RW, "comm", ""),
    ("2117_0", "proxy enabled", T.U8, RW, "comm", 0),
    ("2118_0", "modem manufacturer", T.STRING, RO, "comm", ""),
    ("2119_0", "modem model", T.STRING, RO, "comm", ""),
    ("2120_0", "modem revision", T.STRING, RO, "comm", ""),
    ("2121_0", "modem IMEI", T.STRING, RO, "comm", ""),
    ("2124_0", "send informational status notifications", T.U8, RW, "ocpp", 0),
    ("2127_0", "offline NFC authorisation", T.U8, RW, "generic", 1),
    ("2131_0", "startup delay", T.U32, RW, "generic", 0),
    ("2132_0", "switch error time", T.U32, RW, "generic", 10),
    ("2133_0", "current error time", T.U32, RW, "generic", 10),
)
