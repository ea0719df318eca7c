"""The `marsad` command: a thin shell over the pipeline stages.

Each command lives in its own module under `marsad.commands`, next to
nothing but the wiring it needs: parse options into an `Options`, read
documents with `marsad.sources`, run the stages, render the result.
"""

from __future__ import annotations

import click

from marsad import __version__
from marsad.commands import register


@click.group()
@click.version_option(__version__, prog_name="marsad")
def main() -> None:
    """marsad: Arabic conflict reports in, geolocated events with evidence out."""


register(main)
