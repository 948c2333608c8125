"""Discovery over the LAN (mDNS, manual probe, subnet sweep) and Bluetooth LE, merged by a hub.

Import from the submodules (`hub`, `mdns`, `ble`, `probe`, `sweep`): this package loads none of
them, so a command that only probes an address does not load zeroconf or bleak.
"""
