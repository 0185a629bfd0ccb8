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
from .periods import find_periods

_NAME = scan.compile(r"(?:证券|股票|企业|公司|机构)?(?:简称|名称)|(?:东财|申万|中信)?(?:一级|二级)?行业|板块|个股|公司|Stock|Company|Name|Industry|Sector",
                     re.IGNORECASE)
_CODE = scan.compile(r"(?:证券|股票)?代码|Code|Ticker", re.IGNORECASE)
_HEADER_UNIT = scan.compile(r"[(（]\s?(?P<u>(?:亿|万)?(?:元|吨|辆)|%)\s?[)）]")
_GROWTH_HEAD = scan.compile(r"同比(?:增速|增长|增幅|变动)?|增速|增幅|增长率")  # "同比增速" over "+0.6%": a column of growth rates
_VALUE = scan.compile(r"(?P<num>[-−+]?\d[\d,]*(?:\.\d+)?)\s?(?P<scale>万亿|亿|万)?(?P<yuan>元)?%?")
_BASE_UNITS = {"元": "CNY", "吨": "tonnes", "辆": "vehicles"}
_MOVE = scan.compile(r"(?P<share>占.{0,8}比(?:例|重)?)|涨跌幅?|涨幅|跌幅")
_END = scan.compile(r"(?:数据)?来源|Source", re.IGNORECASE)


def read_ranked_tables(lines: list[str], offsets: list[int], taken: list[tuple[int, int]], lex: Lexicon, evidence,
                       out, article) -> None:
    """Add a metric for every measured cell of every ranking table in `lines` (`article`: the text's context, whose
    year dates a period a column names, "1-11月产量(亿吨)")."""
    i = 0
    while i < len(lines):
        header = _cells(lines[i])
        columns = _columns(header, lex, article) if not any(a <= offsets[i] < b for a, b in taken) else None
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


def _columns(header: list[str], lex: Lexicon, article) -> list[tuple[int, int | None, list[tuple[int, str | None, str, str | None]]]]:
    """The header's tables: (name column, code column, [(column, metric, unit, period)]), one per name column; [] when
    it is no ranking's header (fewer than two cells, no name column, or no measured column)."""
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
                if _GROWTH_HEAD.fullmatch(cells[k]) and measures and measures[-1][1]:
                    measures.append((k, f"{measures[-1][1]}_growth", "%", measures[-1][3]))  # the growth of the measure before it
                continue
            label = cells[k][:unit.start()]
            if unit.group("u") == "%" and (moved := _MOVE.search(label)) is not None:
                metric = "share" if moved.group("share") else "share_price_change"  # 收盘涨跌(%), 占成交额比(%)
            else:
                cue = lex.metrics.search(label)
                metric = lex.label_metrics.get(label_of(cue), label_of(cue)) if cue else None
            stated = find_periods(label)
            measures.append((k, metric, unit.group("u"), stated[0].resolve(article.year, article.fiscal) if stated else None))
        if measures:
            tables.append((at, code, measures))
    return tables


def _row(row: list[str], name_at: int, code_at: int | None, measures, span, text: str, out) -> None:
    name = row[name_at].strip()
    if not name or _VALUE.fullmatch(name):
        return
    ticker = normalise_ticker(row[code_at]) if code_at is not None and row[code_at].strip().isdigit() else None
    key = names.entity_key(None, ticker, name)
    for k, metric, header_unit, period in measures:
        value = _VALUE.fullmatch(row[k].strip()) if k < len(row) else None
        if value is None:
            continue  # ("-": none that day)
        number = parse_arabic(value.group("num").replace("−", "-").lstrip("+"))
        if header_unit == "%":
            unit = "%"
        else:
            scale = SCALES.get(value.group("scale") or header_unit[:-1], 1.0)
            number, unit = number * scale, _BASE_UNITS[header_unit[-1]]
        out.metrics.append(Metric(metric=metric, value=float(f"{number:.15g}"), unit=unit, period=period, entity=name, ticker=ticker,
                                  span=span, evidence=text, entity_key=key, confidence=confidence.of("table")))


def _cells(line: str) -> list[str]:
    line = line.strip()
    if line.count("|") < 2:
        return []
    return [c.strip() for c in line.strip("|").split("|")]
