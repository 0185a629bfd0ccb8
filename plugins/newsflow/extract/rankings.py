"""Tables that rank stocks or industries by measures (a data report's top-ten list): one row per stock or
industry, one column per measure, each column's unit in its header:

    证券代码 | 证券简称 | 融资净买入额(元) | 融资余额(元) | 收盘涨跌(%) |
    300803 | 指南针 | 5.30亿 | 44.09亿 | 3.19 |

Two tables side by side under one header (东财行业 | 净流入额(元) | 融资余额(元) | 东财行业 | …) are read as two.
Each cell with a unit becomes a metric of its row's stock or industry; a cell without one ("连续净买入天数") is left.
"""

from __future__ import annotations

import re

from . import Metric, confidence, names, scan
from .entities import normalise_ticker
from .lexicon import Lexicon, label_of
from .numbers import SCALES, parse_arabic

_NAME = scan.compile(r"(?:证券|股票)?(?:简称|名称)|(?:东财|申万|中信)?(?:一级|二级)?行业|板块|个股|公司|Stock|Company|Name|Industry|Sector",
                     re.IGNORECASE)
_CODE = scan.compile(r"(?:证券|股票)?代码|Code|Ticker", re.IGNORECASE)
_HEADER_UNIT = scan.compile(r"[(（]\s?(?P<u>亿元|万元|元|%)\s?[)）]")
_VALUE = scan.compile(r"(?P<num>[-−+]?\d[\d,]*(?:\.\d+)?)\s?(?P<scale>万亿|亿|万)?(?P<yuan>元)?")
_MOVE = scan.compile(r"(?P<share>占.{0,8}比(?:例|重)?)|涨跌幅?|涨幅|跌幅")
_END = scan.compile(r"(?:数据)?来源|Source", re.IGNORECASE)


def read_ranked_tables(lines: list[str], offsets: list[int], taken: list[tuple[int, int]], lex: Lexicon, evidence,
                       out) -> None:
    """Add a metric for every measured cell of every ranking table in `lines`."""
    i = 0
    while i < len(lines):
        header = _cells(lines[i])
        columns = _columns(header, lex) if not any(a <= offsets[i] < b for a, b in taken) else None
        if not columns:
            i += 1
            continue
        j, last = i + 1, None
        while j < len(lines) and len(_cells(lines[j])) >= 2 and not _END.match(lines[j].strip()):
            row = _cells(lines[j])
            if len(row) >= len(header) and not all(set(c) <= set("-: ") for c in row):
                span, text = evidence(offsets[j], offsets[j] + len(lines[j]))
                for name_at, code_at, measures in columns:
                    _row(row, name_at, code_at, measures, span, text, out)
                last = j
            j += 1
        if last is not None:
            out.spans.append((offsets[i], offsets[last] + len(lines[last])))
        i = j


def _columns(header: list[str], lex: Lexicon) -> list[tuple[int, int | None, list[tuple[int, str | None, str]]]]:
    """The header's tables: (name column, code column, [(column, metric, unit)]), one per name column; [] when it
    is no ranking's header (fewer than two cells, no name column, or no measured column)."""
    cells = [re.sub(r"\s", "", c) for c in header]
    starts = [k for k, c in enumerate(cells) if _NAME.fullmatch(c)]
    if len(cells) < 3 or not starts:
        return []
    tables = []
    for n, at in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(cells)
        code = at - 1 if at and _CODE.fullmatch(cells[at - 1]) else None
        end = end - 1 if n + 1 < len(starts) and _CODE.fullmatch(cells[end - 1]) else end
        measures = []
        for k in range(at + 1, end):
            unit = _HEADER_UNIT.search(cells[k])
            if unit is None:
                continue
            label = cells[k][:unit.start()]
            if unit.group("u") == "%" and (moved := _MOVE.search(label)) is not None:
                metric = "share" if moved.group("share") else "share_price_change"  # 收盘涨跌(%), 占成交额比(%)
            else:
                cue = lex.metrics.search(label)
                metric = lex.label_metrics.get(label_of(cue), label_of(cue)) if cue else None
            measures.append((k, metric, unit.group("u")))
        if measures:
            tables.append((at, code, measures))
    return tables


def _row(row: list[str], name_at: int, code_at: int | None, measures, span, text: str, out) -> None:
    name = row[name_at].strip()
    if not name or _VALUE.fullmatch(name):
        return
    ticker = normalise_ticker(row[code_at]) if code_at is not None and row[code_at].strip().isdigit() else None
    key = names.entity_key(None, ticker, name)
    for k, metric, header_unit in measures:
        value = _VALUE.fullmatch(row[k].strip()) if k < len(row) else None
        if value is None:
            continue  # ("-": none that day)
        number = parse_arabic(value.group("num").replace("−", "-"))
        if header_unit == "%":
            unit = "%"
        else:
            scale = SCALES.get(value.group("scale") or header_unit.removesuffix("元"), 1.0)
            number, unit = number * scale, "CNY"
        out.metrics.append(Metric(metric=metric, value=float(f"{number:.15g}"), unit=unit, entity=name, ticker=ticker,
                                  span=span, evidence=text, entity_key=key, confidence=confidence.of("table")))


def _cells(line: str) -> list[str]:
    line = line.strip()
    if line.count("|") < 2:
        return []
    return [c.strip() for c in line.strip("|").split("|")]
