"""Per-row confidence: the share of rows of the same kind that were right on real news.

A kind is how a row was found: a sentence row by how its metric was named and where its entity came
from ("cue/named", "context/carried", ...; see metrics._cue_kind), a row read from a table ("table"),
a rating action from sentences ("rating") or from a table ("table_rating"). The shares live in
data/confidence.yaml, measured by eval/extraction/calibrate.py.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

CONFIDENCE_PATH = Path(__file__).parent / "data" / "confidence.yaml"


def of(kind: str) -> float:
    """The confidence of a row of `kind` (the table's default for a kind it does not list)."""
    table = _table()
    return table.get(kind, table["default"])


@lru_cache(maxsize=1)
def _table() -> dict[str, float]:
    with CONFIDENCE_PATH.open(encoding="utf-8") as fh:
        return {str(k): float(v) for k, v in yaml.safe_load(fh)["kinds"].items()}
