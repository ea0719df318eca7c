"""CLI commands, one module each; `register` attaches them to the group."""

from __future__ import annotations

import click

from marsad.commands.annotate_cmd import annotate
from marsad.commands.article_cmd import article
from marsad.commands.extract_cmd import eval_, extract


def register(group: click.Group) -> None:
    for command in (article, annotate, extract, eval_):
        group.add_command(command)
