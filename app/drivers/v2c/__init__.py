"""The V2C Trydan driver (device-protocols.md §2.7, §3.2; issue 16).

keywords.py   every keyword: kind, unit, trusted range, writable, in RealTimeData or not; codes
replies.py    the tolerant reply parser (quirks: misspelling, missing comma, odd values)
http.py       the local HTTP API client (/RealTimeData, /read/…, /write/…=…, body `OK`)
register_map.py  the Modbus TCP map (unit 1, 3010–3029 read, 6010–6021 write; encoding assumed)
modbus.py     the Modbus TCP client over that map
charger.py    the port's ChargerClient: reads with Modbus fallback, checked writes
settings.py   plan fields ↔ keywords, steps, plan read back, facts, journal typing
overview.py   states, overview, live status, dynamic power control as load balancing
live.py       live channels and sample sources (HTTP, or Modbus + HTTP)
discovery.py  the address probe (/RealTimeData) and the BLE name pattern
driver.py     the Driver (V2C), tying it together
"""

# Two setting keys the command-line help shows: a limit, a reading.
SETTING_EXAMPLES = ("MaxIntensity", "ChargePower")
