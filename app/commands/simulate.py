"""`simulate`: serve a simulated site on 127.0.0.1 until SIGINT or SIGTERM (or, with
`--until-stdin-closes`, until its standard input ends: how the desktop program's demo site, a
process of its own, ends with the program on every platform; app/services/demo_process.py)."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import signal
import sys
import threading
from pathlib import Path

from app.commands.numbers import TIME_SCALE
from app.core.errors import CommissionerError
from app.sim.runner import SimulatedSite
from app.sim.site import SiteTemplate, load_site
from app.store.paths import data_paths

UNTIL_STDIN_CLOSES = "--until-stdin-closes"


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "simulate",
        help="serve a simulated site (chargers, physics, control API) on 127.0.0.1",
        description="Serve the chargers of a site template on 127.0.0.1 and write where they "
        "listen to an endpoints file. Runs until Ctrl-C or SIGTERM.",
    )
    parser.add_argument("--site", required=True, help="site template, e.g. presets/sites/demo.toml")
    parser.add_argument("--endpoints", required=True, help="JSON file to write the endpoints to")
    parser.add_argument(
        "--time-scale",
        type=TIME_SCALE,
        default=1.0,
        help="site seconds per real second (10 makes a 60 s reboot take 6 s)",
    )
    parser.add_argument(
        "--mdns",
        action="store_true",
        help="also advertise each charger over mDNS (on 127.0.0.1 only), as real ones do",
    )
    parser.add_argument(
        "--certificates",
        metavar="DIR",
        help="where each simulated charger keeps its TLS key and certificate across runs "
        "(default: simulator/certificates in the data directory)",
    )
    parser.add_argument(
        UNTIL_STDIN_CLOSES,
        action="store_true",
        help="also stop when standard input reaches its end (the program that started this "
        "one closed it, or ended)",
    )
    parser.set_defaults(handler=run_simulate)


def run_simulate(args: argparse.Namespace) -> int:
    """Load the template (errors name file and field), then serve until stopped."""
    template = load_site(args.site)
    certificates = Path(args.certificates) if args.certificates else sim_certificates(args)
    return asyncio.run(
        _serve(
            template,
            Path(args.endpoints),
            args.time_scale,
            certificates,
            mdns=args.mdns,
            until_stdin_closes=args.until_stdin_closes,
        )
    )


def sim_certificates(args: argparse.Namespace) -> Path:
    """Simulated chargers keep their certificates with the program's data, like real ones."""
    return data_paths(getattr(args, "data_dir", None) or None).root / "simulator" / "certificates"


def _add_mdns(site: SimulatedSite) -> None:
    """Advertise every charger with its real service type and host name, on loopback only."""
    from zeroconf import NonUniqueNameException  # only for --mdns: the site starts sooner

    from app.sim.mdns import MdnsAdvertiser, MdnsEntry

    advertiser = MdnsAdvertiser(("127.0.0.1",))

    async def start(running: SimulatedSite) -> None:
        entries = [
            MdnsEntry(n.charger.serial, n.charger.model, n.api.port, "https") for n in running.nodes
        ]
        try:
            await advertiser.start(entries)
        except NonUniqueNameException:
            raise CommissionerError(
                "Another simulator already advertises these chargers over mDNS: stop it, "
                "or start this one without --mdns."
            ) from None

    site.add_hook(start, advertiser.stop)


def stop_on_signals(loop: asyncio.AbstractEventLoop, stop: asyncio.Event) -> None:
    """SIGINT and SIGTERM set `stop`; where the loop cannot take signal handlers (Windows), a
    Ctrl-C still ends the process through KeyboardInterrupt."""
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, stop.set)


def stop_at_end_of_input(loop: asyncio.AbstractEventLoop, stop: asyncio.Event) -> None:
    """Set `stop` once standard input reaches its end. A daemon thread reads it (a blocking read
    works on every platform's pipes, which the event loop cannot watch everywhere)."""

    def read_until_end() -> None:
        if sys.stdin is None:  # no input to watch (a windowed build): signals and kill end it
            return
        with contextlib.suppress(OSError, ValueError):
            while sys.stdin.buffer.read1(4096):
                pass
        with contextlib.suppress(RuntimeError):  # the loop already ended
            loop.call_soon_threadsafe(stop.set)

    threading.Thread(target=read_until_end, name="stdin watch", daemon=True).start()


async def _serve(
    template: SiteTemplate,
    endpoints: Path,
    time_scale: float,
    certificates: Path,
    *,
    mdns: bool = False,
    until_stdin_closes: bool = False,
) -> int:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    stop_on_signals(loop, stop)
    if until_stdin_closes:
        stop_at_end_of_input(loop, stop)
    site = SimulatedSite(
        template, time_scale=time_scale, endpoints_path=endpoints, certificates=certificates
    )
    if mdns:
        _add_mdns(site)
    async with site:
        print(
            f"Simulated site '{site.template.name}' ready: {site.charger_count} chargers, "
            f"control {site.control_url}, endpoints in {endpoints}",
            flush=True,
        )
        await stop.wait()
    print("Simulated site stopped.", file=sys.stderr, flush=True)
    return 0
