"""An mDNS advertiser in a process of its own, on 127.0.0.1 only.

`python -m tests.transports.discovery.mdns_peer SERIAL:PORT:KIND ...` prints `ready` once every
charger is advertised, and says goodbye when stdin closes. Killing it with SIGKILL plays a
charger that loses power: no goodbye, it just stops answering.
"""

from __future__ import annotations

import asyncio
import sys

from app.sim.mdns import MdnsAdvertiser, MdnsEntry


async def main(argv: list[str]) -> None:
    entries = []
    for arg in argv:
        serial, port, kind = arg.split(":")
        entries.append(MdnsEntry(serial, "NG910-60027", int(port), kind))
    advertiser = MdnsAdvertiser(("127.0.0.1",))
    await advertiser.start(entries)
    print("ready", flush=True)
    await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)
    await advertiser.stop()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1:]))
