"""A broker's financial summary table ("财务数据及盈利预测"), with years as rows
(`|年份|营业总收入(百万元)|同比增长率(%)|...|` then `|2023|20,655|-3.9|...|`) or as columns
(`|指标|2023A|2024E|2025E|` then `|营业收入(亿元)|55.5|60.1|66.0|`): one metric row per cell, for the
company the article is about, its unit and scale from the label's brackets, its period from the year."""

from __future__ import annotations

import re

from . import Metric, confidence, scan
from .lexicon import Lexicon, label_of
from .numbers import SCALES, parse_arabic

# 2023, 2024E, 2025F, FY2024, 2024Q1-3, 2024A
_PERIOD = scan.compile(r"(?:FY)?(?P<y>20\d{2})\s?(?:(?P<q>Q1\s?-\s?3|Q[1-4]|H[12])|(?P<e>[AEFP]))?(?:年)?", re.IGNORECASE)
_NUMBER = scan.compile(r"[-−+]?\d[\d,]*(?:\.\d+)?")
_UNIT = scan.compile(r"[(（](?P<u>[^()（）]{1,8})[)）]\s*$")
_GROWTH = scan.compile(r"同比|增长率|增速|yoy|growth|^\(?\+/-\)?%?$", re.IGNORECASE)  # ("(+/-)%": the row above's change)
_MULTIPLE = scan.compile(r"市盈率|市净率|P/?E|P/?B|EV/EBITDA", re.IGNORECASE)
_PERCENT = scan.compile(r"率|%|ROE|ROA|margin|yield", re.IGNORECASE)


def read_forecast_tables(lines: list[str], offsets: list[int], entity: tuple[str | None, str | None, str | None],
                         lex: Lexicon, evidence, out) -> None:
    """Add the metrics of every summary table in `lines` (the text's lines, with their offsets) to `out`
    (a tables.Tables); `entity` is (name, key, ticker) of the company, `evidence(start, end)` gives the span and
    the text as written."""
    i = 0
    while i < len(lines):
        header = _cells(lines[i])
        body, j = [], i + 1
        while j < len(lines) and len(row := _cells(lines[j])) == len(header) and header:
            if not all(set(c) <= set("-: ") for c in row):
                body.append((j, row))
            j += 1
        if len(header) >= 3 and body:
            if all(_period(c) for c in header[1:]):  # years as columns
                cells = [(row[0], header[k], n, row[k]) for n, row in body for k in range(1, len(header))]
            elif all(_period(row[0]) for _, row in body):  # years as rows
                cells = [(header[k], row[0], n, row[k]) for n, row in body for k in range(1, len(header))]
            else:
                cells = []
            if cells:
                _emit(cells, lines, offsets, entity, lex, evidence, out)
                out.spans.append((offsets[i], offsets[j - 1] + len(lines[j - 1])))
        i = max(j, i + 1)


def _emit(cells, lines, offsets, entity, lex: Lexicon, evidence, out) -> None:
    last_metric: dict[str, str | None] = {}  # period -> the metric before, which a growth column speaks of
    for label, period_cell, line_no, value_cell in cells:
        number = _NUMBER.fullmatch(value_cell.replace(" ", "").removesuffix("%"))  # ("9.1%" under a "(+/-)%" label)
        period = _period(period_cell)
        if number is None or period is None:
            continue
        metric, unit, scale = label_measure(label, lex)
        if metric == "growth":
            base = last_metric.get(period_cell)
            metric = f"{base}_growth" if base else "growth"
        else:
            last_metric[period_cell] = metric
        if metric is None:
            continue
        value = float(f"{parse_arabic(number.group().replace('−', '-')) * scale:.15g}")
        span, text = evidence(offsets[line_no], offsets[line_no] + len(lines[line_no]))
        name, key, ticker = entity
        out.metrics.append(Metric(metric=metric, value=value, unit=unit, period=period[0], entity=name, ticker=ticker,
                                  entity_key=key, span=span, evidence=text,
                                  modality="forecast" if period[1] else "actual", confidence=confidence.of("table")))


def label_measure(label: str, lex: Lexicon) -> tuple[str | None, str | None, float]:
    """(metric, unit, scale) of a column or row label such as 营业总收入(百万元), 同比增长率(%), 每股收益(元/股), 市盈率."""
    bracket = _UNIT.search(label)
    name = label[:bracket.start()] if bracket else label
    unit_word = bracket.group("u") if bracket else ""
    if _GROWTH.search(name):
        return "growth", "%", 1.0
    if _MULTIPLE.search(name):
        metric = "pb_ratio" if re.search(r"市净率|P/?B", name, re.IGNORECASE) else "pe_ratio"
        return metric, "x", 1.0
    cue = lex.metrics.search(name)
    metric = lex.label_metrics.get(label_of(cue), label_of(cue)) if cue else None
    if "%" in unit_word or (not unit_word and _PERCENT.search(name)):
        return metric or name.strip().lower(), "%", 1.0
    scale_word = next((w for w in sorted(SCALES, key=len, reverse=True) if w in unit_word), None)
    currency = "CNY" if "元" in unit_word and "港" not in unit_word and "美" not in unit_word else \
        "HKD" if "港" in unit_word else "USD" if "美" in unit_word else None
    return metric, currency, SCALES[scale_word] if scale_word else 1.0


def _period(cell: str) -> tuple[str, bool] | None:
    """("2024", forecast?) of a year cell; None for any other cell."""
    m = _PERIOD.fullmatch(cell.strip())
    if m is None:
        return None
    q = re.sub(r"\s", "", m.group("q") or "").upper()
    if q == "Q1-3":
        return f"{m.group('y')}Q1-Q3", False
    if q:
        return f"{m.group('y')}{q}", False
    return m.group("y"), (m.group("e") or "").upper() in ("E", "F", "P")  # as the text's "2024-2026年…分别" reads


def _cells(line: str) -> list[str]:
    line = line.strip()
    if line.count("|") < 2:
        return []
    return [c.strip() for c in line.strip("|").split("|")]
