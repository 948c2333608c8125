"""Qt-free asyncio device-protocol layer: the only layer that touches sockets, TLS and BLE."""
