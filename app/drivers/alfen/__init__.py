"""The Alfen NG9xx driver (device-protocols.md §2); `driver.py` ties its modules together.

Only the facts other layers need before loading the driver live here.
"""

# Two setting keys the command-line help shows: the station maximum current, a socket 1 meter
# reading.
SETTING_EXAMPLES = ("2062_0", "2221_16")
