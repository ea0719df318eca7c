"""CLI commands, one module each; `register` attaches them to the group."""

from __future__ import annotations

import importlib

import click

# module name -> command attribute; each module owns one command.
_COMMANDS = (
    ("marsad.commands.article_cmd", "article"),
    ("marsad.commands.annotate_cmd", "annotate"),
    ("marsad.commands.extract_cmd", "extract"),
    ("marsad.commands.extract_cmd", "eval_"),
)


def register(group: click.Group) -> None:
    for module_name, attr in _COMMANDS:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as e:
            if e.name == module_name:  # command not written yet
                continue
            raise
        group.add_command(getattr(module, attr))
