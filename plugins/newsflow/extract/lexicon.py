"""The word tables of data/lexicon.yaml, compiled once into regexes with one named group per label."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

LEXICON_PATH = Path(__file__).parent / "data" / "lexicon.yaml"
MARKETS_PATH = Path(__file__).parent / "data" / "markets.yaml"


def _alternation(words: list[str], *, latin: bool) -> str:
    body = "|".join(words)
    return rf"(?<![A-Za-z])(?:{body})(?![A-Za-z])" if latin else f"(?:{body})"


def _labelled(table: dict[str, object]) -> re.Pattern[str]:
    """One regex; `label_of(m)` names the label whose words matched. A label's words are either
    a list or {en: [...], zh: [...]}.

    Latin words are tried only at the start of a word and must end at a word end ("arr" not
    inside "narrowed"); other words only at a non-ASCII character. The guards in front of each
    half let the engine skip most positions at once, which keeps scanning fast.
    """
    latin_groups, other_groups, mixed_groups = [], [], []
    for label, words in table.items():
        if isinstance(words, dict):
            words = [*(words.get("en") or []), *(words.get("zh") or [])]
        latin = [w for w in words if w.isascii()]
        other = [w for w in words if not w.isascii() and not w[0].isascii()]
        mixed = [w for w in words if not w.isascii() and w[0].isascii()]  # "A股", "(?<!回购)计划"
        if latin:
            latin_groups.append(f"(?P<{label}>{'|'.join(latin)})")
        if other:
            other_groups.append(f"(?P<{label}__zh>{'|'.join(other)})")
        if mixed:
            mixed_groups.append(f"(?P<{label}__mx>{'|'.join(mixed)})")
    parts = [f"(?:{'|'.join(mixed_groups)})"] if mixed_groups else []
    if latin_groups:
        parts.append(rf"(?<![A-Za-z])(?=[A-Za-z])(?:{'|'.join(latin_groups)})(?![A-Za-z])")
    if other_groups:
        parts.append(rf"(?=[^\x00-\x7f])(?:{'|'.join(other_groups)})")
    return re.compile("|".join(parts), re.IGNORECASE)


def label_of(m: re.Match[str]) -> str:
    return m.lastgroup.split("__")[0]  # type: ignore[union-attr]


@dataclass(frozen=True)
class Lexicon:
    metrics: re.Pattern[str]
    direction: re.Pattern[str]  # groups: up, down
    basis: re.Pattern[str]
    modality: re.Pattern[str]
    ratings: re.Pattern[str]
    actions: re.Pattern[str]
    ratio_metrics: frozenset[str]
    price_metrics: frozenset[str]
    default_units: dict[str, str]
    label_metrics: dict[str, str]
    negative_labels: frozenset[str]
    currency_only_labels: frozenset[str]
    right_strong_labels: frozenset[str]
    unit_metrics: dict[str, str]
    forecast_labels: frozenset[str]
    weak_labels: frozenset[str]
    result_metrics: frozenset[str]
    neutral_cue_labels: frozenset[str]
    subject_metrics: dict[str, str]
    subject_units: dict[str, str]
    central_banks: frozenset[str]
    indicators: frozenset[str]
    subjects: re.Pattern[str]  # label_of(m): the metric of the subject ("rate", "price"), or "other"
    countries: re.Pattern[str]
    indices: re.Pattern[str]  # m.lastgroup: the index's id
    economies: re.Pattern[str]  # m.lastgroup: the economy's id
    economy_names: dict[str, tuple[str, str]]  # id -> (English, Chinese) name

    def subject_key(self, simplified: str) -> str | None:
        """"index:hsi" for 恒指 and "Hang Seng Index", "economy:china" for 中国; None for anything else."""
        for prefix, rx in (("index", self.indices), ("economy", self.economies)):
            m = rx.fullmatch(simplified)
            if m is not None:
                return f"{prefix}:{m.lastgroup}"
        return None


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with LEXICON_PATH.open(encoding="utf-8") as fh:
        data = yaml.load(fh, Loader=loader)
    with MARKETS_PATH.open(encoding="utf-8") as fh:
        markets = yaml.load(fh, Loader=loader)
    for section in ("indices", "economies"):
        for item in markets[section]:
            item["aliases"] = [_bounded(a) for a in item["aliases"]]
    index_aliases = [a for item in markets["indices"] for a in item["aliases"]]
    data["subjects"]["index"] = [f"(?i:{'|'.join(index_aliases)})"] + data["subjects"].get("index_extra", [])
    data["subjects"].pop("index_extra", None)
    economy_aliases = [a for item in markets["economies"] for a in item["aliases"]]
    return Lexicon(
        metrics=_labelled(data["metrics"]),
        direction=_labelled({"up": data["up"], "down": data["down"]}),
        basis=_labelled(data["basis"]),
        modality=_labelled(data["modality"]),
        ratings=_labelled(data["ratings"]),
        actions=_labelled(data["actions"]),
        ratio_metrics=frozenset(data["ratio_metrics"]),
        price_metrics=frozenset(data["price_metrics"]),
        default_units=dict(data["default_units"]),
        label_metrics=dict(data["label_metrics"]),
        negative_labels=frozenset(data["negative_labels"]),
        currency_only_labels=frozenset(data["currency_only_labels"]),
        right_strong_labels=frozenset(data["right_strong_labels"]),
        unit_metrics=dict(data["unit_metrics"]),
        forecast_labels=frozenset(data["forecast_labels"]),
        weak_labels=frozenset(data["weak_labels"]),
        result_metrics=frozenset(data["result_metrics"]),
        neutral_cue_labels=frozenset(data["neutral_cue_labels"]),
        subject_metrics=dict(data["subject_metrics"]),
        subject_units=dict(data["subject_units"]),
        central_banks=frozenset(data["central_banks"]),
        indicators=frozenset(data["indicators"]),
        subjects=re.compile("|".join(f"(?P<{label}__{i}>{p})" for label, patterns in data["subjects"].items()
                                     for i, p in enumerate(patterns))),
        countries=re.compile("|".join(f"(?:{p})" for p in [*economy_aliases, *data["countries"]])),
        indices=_keyed(markets["indices"]),
        economies=_keyed(markets["economies"]),
        economy_names={e["id"]: (e["name"], e["name_zh"]) for e in markets["economies"]},
    )


def _bounded(alias: str) -> str:
    """A Latin alias stands as a word: "Dow" is not in "downgraded"."""
    if alias[:1].isascii() and alias[:1].isalpha():
        alias = rf"(?<![A-Za-z]){alias}"
    if re.search(r"[A-Za-z]$", alias):
        alias = rf"{alias}(?![A-Za-z])"
    return alias


def _keyed(items: list[dict]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?P<{item['id']}>{'|'.join(item['aliases'])})" for item in items), re.IGNORECASE)
