"""Sample sources any driver can build on: several sources sampled as one."""

from __future__ import annotations

import asyncio

from app.core.channels import Sample, SampleSource
from app.core.errors import InvalidInput


class CombinedSource:
    """Several sources sampled together; one failing leaves only its channels as gaps."""

    def __init__(self, *sources: SampleSource) -> None:
        if not sources:
            raise InvalidInput("A combined source needs at least one source.")
        self._sources = sources

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(n for s in self._sources for n in s.names))

    async def sample(self) -> Sample:
        results = await asyncio.gather(*(s.sample() for s in self._sources), return_exceptions=True)
        out: Sample = {}
        errors = [r for r in results if isinstance(r, BaseException)]
        for result in results:
            if isinstance(result, dict):
                out.update(result)
        if len(errors) == len(results):
            raise errors[0]
        return out
