"""Option parsing shared by the commands."""

from __future__ import annotations

from datetime import date

import click


def parse_date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> date | None:
    """click callback for --published YYYY-MM-DD."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as e:
        raise click.BadParameter(f"expected YYYY-MM-DD, got {value!r}") from e
