"""The options object passed, read-only, to every stage.

No stage reads global configuration: what a run needs is in here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

# A page bigger than this is refused rather than parsed: a 50 MB "page" is a
# dump or an attack, and trafilatura/lxml would take minutes and gigabytes on it.
DEFAULT_MAX_BYTES = 10 * 1024 * 1024


@dataclass(frozen=True)
class Options:
    published: date | None = None  # reference date given by the caller (--published)
    max_bytes: int = DEFAULT_MAX_BYTES  # larger inputs/records are skipped with a reason
    progress: bool | None = None  # None: a bar only when stderr is a terminal
