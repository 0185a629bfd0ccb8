"""A statistics table: items as rows, measures as columns, each measure's unit in its header's brackets.

    表1:2013年1-3季度国内生产总值初步核算数据
    | 绝对额(亿元) | 比去年同期增长(%) |
    | 国内生产总值 | 386762 | 7.7 |
    | 第一产业 | 35669 | 3.4 |

A row names what its figures belong to: an item (第一产业: the entity, the title giving the metric), a metric
(营业收入: the company the article is about), or a period (2011年1季度, then 2季度 of the same year). A
column of growth (增长, 同比, 增减) gives the row's growth; a column of the year before (上年同期) gives the prior
value of the column before it. The period is the title's unless the row states one. A table with no brackets takes
the unit a line above it declares (单位：元) for its period columns (本报告期 | 上年同期 | 增减变动幅度). A periodic
report's table laid out in columns without pipes is read by `read_column_tables`.
"""

from __future__ import annotations

import re

from . import Metric, confidence, names, scan
from .forecasts import label_measure
from .lexicon import Lexicon, label_of
from .numbers import SCALES, parse_arabic
from .periods import find_periods
from .units import prefix_unit

_UNIT = scan.compile(r"[(（](?:单位\s?[:：]\s?)?(?P<u>[^()（）]{1,8})[)）]\s*$")
_GROWTH = scan.compile(r"增长|增速|增减|增幅|同比|环比|比上年|比去年|变动|yoy|growth|change", re.IGNORECASE)
_PRIOR = scan.compile(r"^(?:上年同期|去年同期|上年|去年|上期|上年度|prior year|last year)")
_NUMBER = scan.compile(r"[-−+]?\d[\d,]*(?:\.\d+)?%?")
_END = scan.compile(r"^(?:注|说明|资料来源|来源|数据来源|表\s?\d|Note|Source)")
_NO_MEASURE = (None, None, None, 1.0, None)
_TABLE_NAMED = scan.compile(r"(?<=[\u4e00-\u9fff])表(?=[,，。:：;；\s]|$)")  # "…原保险保费收入表,": the table's name ends
_SECTION = scan.compile(r"[\u4e00-\u9fff、]{2,12}")
_SPACED_OUT = scan.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")
_CATEGORY = scan.compile(r"[\u4e00-\u9fff]{2,8}")  # a column that names a part (财产保险, 寿险), no measure nor period
# Column headers that are periods, under a unit line: 本报告期 | 上年同期 | 增减变动幅度, 本报告期末 | 本报告期初.
_PERIOD_COLUMN = scan.compile(r"(?:本报告期|本期|本年|本年度|上年同期|上期|上年|上年度|本报告期末|本报告期初|期末|期初|年初|年末|上年末|上年度末|"
                              r"年初至(?:本)?报告期末|(?:19|20)\d{2}\s?年(?:度|末|初)?|增减变动幅度|增减变动|增减幅度|增减|变动幅度|同比增减|同比变动|"
                              r"(?:本报告期末?|年初至(?:本)?报告期末)(?:同比|比上年(?:同期|度末))增减(?:幅度)?)(?:\s?[(（]%[)）])?")
_YEAR_TO_DATE = scan.compile(r"^年初至(?:本)?报告期末")
_QUARTER = scan.compile(r"^(?P<y>\d{4})Q(?P<q>[2-4])$")
_EARLIER_COLUMN = scan.compile(r"上年|上期|期初|年初")
_BASIS = [(scan.compile(r"环比|上一?季|qoq", re.IGNORECASE), "qoq"), (scan.compile(r"同比|同期|比上年|比去年|yoy", re.IGNORECASE), "yoy")]
_TITLE_LENGTH = 60  # characters: a longer line above a table is a sentence, not its title
_SENTENCE_MARK = scan.compile(r"[，。；]|[:：]$")  # "…，现将其中有关内容更正如下：" introduces a table; it is no title
_SIZE = scan.compile(r"规模|余额")
_WHOLE_CLASS = frozenset({"全部", "合计", "小计", "总计", "整体"})
_TITLE_MARK = scan.compile(r"^(?:表\s?\d+\s?[:：.]?|Table\s?\d+\s?[:.]?)")


def read_statistics_tables(lines: list[str], offsets: list[int], taken: list[tuple[int, int]], article,
                           company: tuple[str | None, str | None, str | None] | None, lex: Lexicon, evidence,
                           out) -> None:
    """Add the figures of every statistics table in `lines` (the text's lines, with their offsets) that no
    other reader took (`taken`: spans) to `out` (a tables.Tables). `company`: (name, key, ticker) of the
    company the article is about, for rows that name a metric."""
    i = 0
    while i < len(lines):
        header = [c for c in _cells(lines[i]) if c]
        units = [c for c in _cells(lines[i + 1]) if c] if i + 1 < len(lines) else []
        stacked = bool(header) and len(units) == len(header) and all(_UNIT.fullmatch(u) for u in units)
        if stacked:  # "绝对量 | 同比增长" over "(亿元) | (%)": a header whose units wrap onto the line below
            header = [h + u for h, u in zip(header, units)]
        # (a report's table whose rows carry their units, "营业收入(元) | 2,071,488,667.07 | -7.25% | …", declares none)
        declared = _declared_unit(lines, i) or ((None, 1.0) if sum(bool(_PERIOD_COLUMN.fullmatch(c)) for c in header) >= 2 else None)
        measures = [_measure(c, lex, declared) for c in header]
        start = offsets[i]
        labelled = bool(measures) and measures[0] is None  # the first cell names the rows' column ("项目")
        # "类型 | 细类 | 最新规模(亿元) | …": a class and its parts, each row named by its part (the class left blank under
        # its first)
        nested = labelled and len(measures) >= 4 and measures[1] is None and all(m is not None and m[0] for m in measures[2:])
        if nested:
            measures = measures[1:]
        columns = [m or _NO_MEASURE for m in (measures[1:] if labelled else measures)]
        intro_metric = None
        if not any(column[0] for column in columns) and labelled and declared is not None and declared[0] and len(header) >= 3 \
                and all(_CATEGORY.fullmatch(c) for c in header[1:]) and (intro_metric := _intro_metric(lines, i, lex)) is not None:
            # "单位:万元" over "地区 | 合计 | 财产保险 | 寿险": each column a part of the figure the text introduces, each row an item
            columns = [("level", None, declared[0], declared[1], c) for c in header[1:]]
        if not any(column[0] for column in columns) or any(a <= start < b for a, b in taken):
            i += 1
            continue
        title = _title(lines, i)
        title_metric = _title_metric(title, lex) or intro_metric
        title_periods = (find_periods(title) if re.search(r"\d|[一二三四上下]季|半年", title) else []) or _report_period(lines, i)
        period = title_periods[0].resolve(article.year, article.fiscal) if title_periods else None
        column_periods = _column_periods(header[1 + nested:] if labelled else header, period)
        if i > 0 and not any(column_periods) and (spanned := _spanned_periods(lines[i - 1], len(columns), article)) is not None:
            column_periods = spanned  # "指标 | 3月 | | 1—3月 |" over the measures: each period spans the columns under it
        j, year, kind_of = i + 1 + stacked, None, ""
        while j < len(lines):
            cells = [c for c in _cells(lines[j]) if c]
            if nested and len(raw := _cells(lines[j])) == len(header) and raw[1]:
                kind_of = raw[0] or kind_of
                cells = [kind_of if raw[1] in _WHOLE_CLASS else raw[1]] + raw[2:]  # the part names the row ("全部": the class)
            if not cells or _END.match(cells[0]):
                break
            if all(set(c) <= set("-: ") for c in cells):
                j += 1
                continue
            again = [_measure(c, lex, declared) for c in cells]
            if all(again) and any(m[0] for m in again):  # a second header ("本报告期末 | 本报告期初 | 增减变动幅度")
                columns, column_periods = again, _column_periods(cells, period)
                j += 1
                continue
            label, values = cells[0], cells[1:]
            if not values and _SECTION.fullmatch(label) and j + 1 < len(lines) and len([c for c in _cells(lines[j + 1]) if c]) == len(columns) + 1:
                j += 1  # "分地区", "分产业": a heading over the rows that follow
                continue
            if _NUMBER.fullmatch(label.replace(" ", "")) or len(values) != len(columns):
                break  # no row of this table: a code, a row cut in two
            row_period, year = _row_period(label, year, article)
            span, text = evidence(offsets[j], offsets[j] + len(lines[j]))
            _row(label, values, columns, row_period or period, title_metric, row_period is not None, company, lex,
                 span, text, out, column_periods)
            j += 1
        if j > i + 1:
            out.spans.append((start, offsets[j - 1] + len(lines[j - 1])))
        i = max(j, i + 1)


# A report's table as text laid out in columns ("主要财务数据" of a periodic report): under a line declaring the unit
# (单位:元), rows of a label, this period's figure, the year-earlier one and the change; a label may wrap onto
# the next line ("归属于上市公司股" / "东的净资产").
_UNIT_LINE = scan.compile(r"单位\s?[:：]\s?(?P<u>(?:人民币)?(?:千|万|百万|亿)?元)")
_FIGURE = r"[-−]?\d[\d,]*(?:\.\d+)?"
_COLUMN_ROW = scan.compile(rf"^\s*(?P<label>[^\d\s|:：][^\s|]{{1,24}}?)\s+(?P<a>{_FIGURE})(?P<percent>%)?\s+(?P<b>{_FIGURE})%?"
                          rf"(?:\s+(?:(?P<c>[-−+]?\d+(?:\.\d+)?)%?|(?P<pp_dir>增加|减少|上升|下降)\s?(?P<pp>\d+(?:\.\d+)?)\s?个百分点|不适用))?\s*$")
_LABEL_TAIL = scan.compile(r"^\s*[\u4e00-\u9fff()（）%/]{1,12}\s*$")
# The rest of a label a PDF's copy wrapped onto the next line, with the row's last column ("归属于上市公司股东的
# 665,400,494.07 303,394,861.47" then "净利润 119.32%").
_LABEL_TAIL_CHANGE = scan.compile(r"^\s*(?P<tail>[\u4e00-\u9fff()（）/]{1,12}?)\s*(?P<c>[-−+]?\d+(?:\.\d+)?)%\s*$")


def read_column_tables(lines: list[str], offsets: list[int], taken: list[tuple[int, int]], period: str | None,
                       company: tuple[str | None, str | None, str | None] | None, lex: Lexicon, evidence, out) -> None:
    """Add the figures of every table laid out in columns under a unit line (see above): this period's value
    with the year-earlier one as its prior, and the change, for the company the text is about."""
    entity = company or (None, None, None)
    for i, line in enumerate(lines):
        unit_line = _UNIT_LINE.search(line)
        if unit_line is None or any(a <= offsets[i] < b for a, b in taken):
            continue
        scale = SCALES.get(unit_line.group("u").removeprefix("人民币").removesuffix("元"), 1.0)
        j, misses, first, last, row_period = i + 1, 0, None, i, period
        while j < len(lines) and misses <= 6:
            row = _COLUMN_ROW.match(lines[j])
            if row is None:
                if _BALANCE_HEADER.match(lines[j]):
                    row_period = _period_end(period)  # "本报告期末 本报告期初": the balances at the period's end
                elif _FLOW_HEADER.match(lines[j]):
                    row_period = period  # "本报告期 上年同期": the period's flows again
                misses += 1
                j += 1
                continue
            label, end, change = row.group("label"), j, row.group("c")
            while end + 1 < len(lines) and _LABEL_TAIL.match(lines[end + 1]):
                end += 1
                label += lines[end].strip()
            if change is None and row.group("pp") is None and end + 1 < len(lines) \
                    and (wrapped := _LABEL_TAIL_CHANGE.match(lines[end + 1])) is not None:
                end += 1
                label, change = label + wrapped.group("tail"), wrapped.group("c")
            span, text = evidence(offsets[j], offsets[end] + len(lines[end]))
            _column_row(label, row, change, scale, row_period, entity, lex, span, text, out)
            first = first if first is not None else offsets[j]
            misses, j, last = 0, end + 1, end
        if first is not None:  # (to its last row: the prose after it is read as prose)
            out.spans.append((first, offsets[last] + len(lines[last])))


_BALANCE_HEADER = scan.compile(r"^\s*(?:本报告期末|本期末|期末)\s+(?:本报告期初|上年度?末|期初|年初)")
_FLOW_HEADER = scan.compile(r"^\s*(?:本报告期|本期)(?!末)\s")
_PERIOD_END = {"": "12-31", "H1": "06-30", "Q1": "03-31", "Q2": "06-30", "Q3": "09-30", "Q1-Q3": "09-30", "Q4": "12-31"}


def _period_end(period: str | None) -> str | None:
    """The day a calendar period ends (2019 -> 2019-12-31, 2024H1 -> 2024-06-30); any other period as it is."""
    if period is None or not period[:4].isdigit() or period[4:] not in _PERIOD_END:
        return period
    return f"{period[:4]}-{_PERIOD_END[period[4:]]}"


def _column_row(label, row, change, scale, period, entity, lex, span, text, out) -> None:
    own = _UNIT.search(label)
    name = label[:own.start()] if own else label
    cue = lex.metrics.search(name)
    if cue is None:
        return
    base = lex.label_metrics.get(label_of(cue), label_of(cue))
    percent = own is not None and "%" in own.group("u") or row.group("percent") is not None  # ("9.68% 4.74%": a ratio's)
    per_share = own is not None and "股" in own.group("u") or "每股" in name
    unit, factor = ("%", 1.0) if percent else ("CNY", 1.0 if per_share else scale)
    value, prior = (float(f"{parse_arabic(row.group(k).replace('−', '-')) * factor:.15g}") for k in ("a", "b"))
    common = dict(period=period, entity=entity[0], entity_key=entity[1], ticker=entity[2], span=span, evidence=text,
                  modality="actual", confidence=confidence.of("table"))
    out.metrics.append(Metric(metric=base, value=value, unit=unit, prior_value=prior, **common))
    if row.group("pp"):
        change = float(row.group("pp")) * (-1 if row.group("pp_dir") in ("减少", "下降") else 1)
        out.metrics.append(Metric(metric=f"{base}_change", value=change, unit="pp", **common))
    elif change is not None:
        change = float(change.replace("−", "-"))
        out.metrics.append(Metric(metric=f"{base}_change" if percent else f"{base}_growth", value=change,
                                  unit="pp" if percent else "%", basis="yoy", **common))


_REPORT_NAME = scan.compile(r"(?:(?:19|20)\d{2}\s?年)?(?:第?[一二三四1-4]季度|半年度|年度)(?:报告|业绩快报|业绩预告)")


def _report_period(lines: list[str], header: int) -> list:
    """The period of the report a table stands in when its title states none: "利亚德光电股份有限公司 2022年第三季度报告"."""
    for line in lines[max(0, header - 20):header]:
        if _REPORT_NAME.search(line) and (found := [p for p in find_periods(line) if not p.comparison]):
            return found
    return []


def _spanned_periods(line: str, columns: int, article) -> list[str | None] | None:
    """The period of each column from a header line above the measures whose periods each span several columns."""
    cells = _cells(line)
    if cells and not find_periods(cells[0]):
        cells = cells[1:]  # the rows' label ("指标")
    cells += [""] * (columns - len(cells))  # (a last period spans to the end: its empty cells were dropped)
    if len(cells) != columns or not cells[0]:
        return None
    spanned: list[str | None] = []
    for cell in cells:
        if cell:
            found = find_periods(cell)
            if len(found) != 1 or found[0].end - found[0].start < len(cell) - 1:
                return None
            current = found[0].resolve(article.year, article.fiscal)
        spanned.append(current)
    return spanned


def _column_periods(header: list[str], period: str | None) -> list[str | None]:
    """The period of each column where it is not the table's: "年初至报告期末" under a third quarter is 2022Q1-Q3."""
    quarter = _QUARTER.match(period or "")
    return [f"{quarter.group('y')}Q1-Q{quarter.group('q')}" if quarter and _YEAR_TO_DATE.match(c) else None for c in header]


def _row(label, values, columns, period, title_metric, period_row, company, lex, span, text, out,
         column_periods: list[str | None] = ()) -> None:
    own_unit = _measure(label, lex)  # "基本每股收益(元)": the row's unit is its own
    name = label[:_UNIT.search(label).start()] if own_unit else label
    cue = lex.metrics.search(name)
    label_metric = lex.label_metrics.get(label_of(cue), label_of(cue)) if cue else None
    if period_row:
        entity = (None, None, None)
    elif label_metric is not None and (company is not None or cue.end() - cue.start() >= len(name) - 2):
        entity = company or (None, None, None)  # "营业收入": a figure of the company the article is about
    else:
        item = _SPACED_OUT.sub("", label)  # "北 京": a name spaced to the column's width
        entity = (item, names.entity_key(None, None, item), None)
    base = label_metric or title_metric
    if base is None and not any(column[1] for column in columns):
        return  # "股本": a line of no metric we name (a column may name its own: "本周净流入(亿元)")
    last: Metric | None = None
    ratio = False  # a row whose figures are percentages (加权平均净资产收益率 | 5.72% | 7.61%): its change is one of points
    for n, ((kind, metric, unit, scale, basis), cell) in enumerate(zip(columns, values)):
        if kind is None:
            continue
        if own_unit and own_unit[0] == "level" and kind in ("level", "prior"):
            unit, scale = own_unit[2], own_unit[3]
        if kind in ("level", "prior") and (cell.strip().endswith("%") or base in lex.ratio_metrics and unit not in (None, "%")):
            unit, scale, ratio = "%", 1.0, True  # (加权平均净资产收益率 | 0.19 | 1.60 under 单位：万元: percentages still)
        if unit is None:
            continue  # a row with no unit of its own under a table that declares none
        number = _NUMBER.fullmatch(cell.replace(" ", ""))
        if number is None and kind == "growth" and ratio and (points := _POINTS_CELL.fullmatch(cell.strip())):
            number, unit = points, "pp"  # "减少1.41个百分点"
        if number is None:
            continue
        value = float(f"{parse_arabic(number.group('v') if unit == 'pp' else number.group().rstrip('%').replace('−', '-')) * scale:.15g}")
        if unit == "pp" and number.group("d") in ("减少", "下降"):
            value = -value
        if kind == "growth" and ratio and unit == "%":
            unit = "pp"  # "加权平均净资产收益率 | -1.27% | -1.49%" under "比上年同期增减": the ratio moved by points
        if kind == "prior":
            if last is not None and last.prior_value is None and last.unit == unit:
                last.prior_value = value
            continue
        if kind == "growth":
            name = (f"{base}_change" if ratio else f"{base}_growth") if base else "growth"
        else:
            name = metric or base
        if name is None:
            continue
        last = Metric(metric=name, value=value, unit=unit, period=(column_periods[n] if n < len(column_periods) else None) or period,
                      basis=", ".join(filter(None, (_EPS_KIND[kind_of.group().lower()] if (kind_of := _EPS_ROW.search(label)) else None, basis)))
                      or None, entity=entity[0], entity_key=entity[1],
                      ticker=entity[2], span=span, evidence=text, modality="actual", confidence=confidence.of("table"))
        out.metrics.append(last)


def _measure(cell: str, lex: Lexicon, declared: tuple[str, float] | None = None
             ) -> tuple[str | None, str | None, str | None, float, str | None] | None:
    """(kind: "level", "growth" or "prior", metric, unit, scale, basis) of a header cell that carries a unit in
    brackets (绝对额(亿元), 比去年同期增长(%)), or of a period's column under a unit line (本报告期, 上年同期,
    增减变动幅度 under 单位：元); None for any other cell."""
    if _SUPERSEDED.search(cell):
        return _NO_MEASURE  # a correction's "本报告期(更正前)": the figures it replaces
    cell = _CORRECTED.sub("", cell)
    bracket = _UNIT.search(cell)
    if bracket is None:
        if declared is None or not _PERIOD_COLUMN.fullmatch(cell.strip()):
            return None
        if _GROWTH.search(cell):
            return "growth", None, "%", 1.0, "yoy"
        kind = "prior" if _EARLIER_COLUMN.search(cell) and not _YEAR_TO_DATE.match(cell) else "level"
        return kind, None, declared[0], declared[1], None
    name = cell[:bracket.start()]
    metric, unit, scale = label_measure(name + f"({bracket.group('u')})", lex)
    if metric is None and _SIZE.search(name):
        metric = "size"  # "最新规模(亿元)": what the row's item holds
    if unit not in ("%", "CNY", "HKD", "USD"):
        return _NO_MEASURE  # a count of shares, of tonnes: a column this reader leaves
    if _PRIOR.match(name):
        return "prior", None, unit, scale, None
    if _GROWTH.search(name) and unit == "%":
        return "growth", None, "%", 1.0, next((basis for rx, basis in _BASIS if rx.search(name)), None)
    return "level", (metric if metric != "growth" else None), unit, scale, None


# A results table's basic and diluted earnings per share: two rows, though their figures are often the same.
_EPS_ROW = scan.compile(r"稀释|基本(?=每股)|\b[Dd]iluted\b|\b[Bb]asic\b")
_EPS_KIND = {"稀释": "diluted", "基本": "basic", "diluted": "diluted", "basic": "basic"}
_POINTS_CELL = scan.compile(r"(?P<d>增加|减少|上升|下降)\s?(?P<v>\d+(?:\.\d+)?)\s?个?百分点")
_SUPERSEDED = scan.compile(r"[(（](?:更正|调整|重述)前[)）]")
_CORRECTED = scan.compile(r"[(（](?:更正|调整|重述)后[)）]")


def _declared_unit(lines: list[str], header: int) -> tuple[str, float] | None:
    """(currency, scale) that a unit line just above a table declares (单位：元, 单位:万元)."""
    for k in range(max(0, header - 3), header):
        m = _UNIT_LINE.search(lines[k])
        if m is not None:
            return "CNY", SCALES.get(m.group("u").removeprefix("人民币").removesuffix("元"), 1.0)
    return None


def _title(lines: list[str], header: int) -> str:
    """The table's title: the line above its header (a row of one cell, or a plain line)."""
    for k in (header - 1, header - 2, header - 3):
        if k < 0:
            break
        if _UNIT_LINE.search(lines[k]):
            continue  # "单位：元" stands between a table and its title
        cells = [c for c in _cells(lines[k]) if c] if "|" in lines[k] else [lines[k].strip()]
        if len(cells) == 1 and cells[0] and len(cells[0]) <= _TITLE_LENGTH and not _SENTENCE_MARK.search(cells[0]):
            return cells[0]
    return ""


def _intro_metric(lines: list[str], header: int, lex: Lexicon) -> str | None:
    """The metric of the figures a table's introducing line names last ("…分地区原保险保费收入表,…"), above its unit line."""
    for k in (header - 1, header - 2, header - 3):
        if k < 0 or _cells(lines[k]) and not _UNIT_LINE.search(lines[k]):
            break
        if _UNIT_LINE.search(lines[k]):
            continue
        table = _TABLE_NAMED.search(lines[k])
        cues = list(lex.metrics.finditer(lines[k], 0, table.start() if table else len(lines[k])))
        return lex.label_metrics.get(label_of(cues[-1]), label_of(cues[-1])) if cues else None
    return None


def _title_metric(title: str, lex: Lexicon) -> str | None:
    cue = lex.metrics.search(_TITLE_MARK.sub("", title))
    return lex.label_metrics.get(label_of(cue), label_of(cue)) if cue else None


def _row_period(label: str, year: int | None, article) -> tuple[str | None, int | None]:
    """The period a row's label is ("2011年1季度"; "2季度" after it is 2011's), and the year to carry."""
    found = find_periods(label)
    if len(found) != 1 or found[0].end - found[0].start < len(label.strip()) - 1:
        return None, year
    p = found[0]
    year = p.year or year
    return p.resolve(year or article.year, article.fiscal), year


def _cells(line: str) -> list[str]:
    line = line.strip()
    if line.count("|") < 2 and not (line.count("|") == 1 and line.endswith("|")):
        return []
    return [c.strip() for c in line.strip("|").split("|")]


# A statistics agency's table laid out with spaces, its columns periods (a data service's release page):
#
#   Employment: (SA, M/M Change, 000s) Jun May Apr Jun Y/Y 2017 2016 2015
#   Payroll Employment 213 244 175 1.6% 1.6% 1.8% 2.1%
#    Previous Estimate -- 223 159 -- -- -- --
#     Manufacturing 36 19 28 2.3 0.7 0.1 1.2
#   Unemployment Rate (%) 4.0 3.8 3.9 4.3 4.4 4.9 5.3
#
# A month's column holds the month's figure (a change in thousands where the header says so), "Y/Y" the change on a
# year before, a year's column the year's; a row indented under another is a part of the whole (its entity), a
# "Previous Estimate" row the earlier values of the row above.
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_GRID_COLUMN = r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(?:\s(?:Y/Y|YoY))?|(?:19|20)\d{2})"
_GRID_HEADER = scan.compile(rf"^(?P<label>\S.*?)\s+(?P<columns>{_GRID_COLUMN}(?:\s+{_GRID_COLUMN}){{2,}})\s*$")
_GRID_CELL = r"(?:[-−]?\d[\d,]*(?:\.\d+)?%?|--|n\.?a\.?|NA)"
_GRID_ROW = scan.compile(rf"^(?P<indent>\s*)(?P<label>[A-Za-z][^\d|]*?)\s+(?P<cells>{_GRID_CELL}(?:\s+{_GRID_CELL})+)\s*$")
_EARLIER_ROW = scan.compile(r"^(?:Previous|Prior|Earlier)(?:\s(?:Estimate|Reading|Figure))?\b|^Revised from\b", re.IGNORECASE)
_PERCENT_ROW = scan.compile(r"\(%\)|\bRate\b", re.IGNORECASE)
_HOURS_ROW = scan.compile(r"\bHours\b", re.IGNORECASE)
_LEVEL_ROW = scan.compile(r"\bRate\b", re.IGNORECASE)
_JOBS_HEADER = scan.compile(r"Employment|Payrolls?|Jobs", re.IGNORECASE)


def read_period_grids(lines: list[str], offsets: list[int], taken: list[tuple[int, int]], year: int | None,
                      economy: tuple[str | None, str | None], lex: Lexicon, evidence, out) -> None:
    """Add the figures of every space-laid table whose columns are months and years (see above)."""
    for i, line in enumerate(lines):
        header = _GRID_HEADER.match(line)
        if header is None or year is None or any(a <= offsets[i] < b for a, b in taken):
            continue
        columns = _grid_periods(header.group("columns").split(), year)
        thousands = "000s" in header.group("label")
        counted = "jobs" if _JOBS_HEADER.search(header.group("label")) else None
        table_cue = lex.metrics.search(header.group("label"))
        j, above, last = i + 1, None, i
        while j < len(lines):
            row = _GRID_ROW.match(lines[j])
            cells = row.group("cells").split() if row else []
            if row is None or len(cells) != len(columns):
                break
            label = row.group("label").strip(" -:")
            span, text = evidence(offsets[j], offsets[j] + len(lines[j]))
            if _EARLIER_ROW.match(label):
                for metric, cell in zip(above or [], cells):
                    if metric is not None and cell[:1].isdigit():
                        metric.prior_value = _grid_value(cell, metric.unit, thousands)
            else:
                cue = lex.metrics.search(label) or table_cue
                base = lex.label_metrics.get(label_of(cue), label_of(cue)) if cue else None
                part = row.group("indent") != "" and lex.metrics.search(label) is None
                entity = (label, None) if part else economy
                above = [_grid_metric(cell, column, label, base, counted, thousands, entity, span, text)
                         for cell, column in zip(cells, columns)]
                out.metrics.extend(m for m in above if m is not None)
            last, j = j, j + 1
        if last > i:
            out.spans.append((offsets[i], offsets[last] + len(lines[last])))


def _grid_periods(tokens: list[str], year: int) -> list[tuple[str, bool]]:
    """(period, year-on-year) of each column: months counted back from the first, in the article's year."""
    columns: list[tuple[str, bool]] = []
    month_year, previous = year, None
    k = 0
    while k < len(tokens):
        token = tokens[k]
        yoy = k + 1 < len(tokens) and tokens[k + 1] in ("Y/Y", "YoY")
        if token in _MONTHS:
            month = _MONTHS.index(token) + 1
            if previous is not None and month > previous and not yoy:
                month_year -= 1  # "Jan Dec Nov": December of the year before
            previous = previous if yoy else month
            columns.append((f"{month_year}-{month:02d}", yoy))
            k += 2 if yoy else 1
        else:
            columns.append((token, False))
            k += 1
    return columns


def _grid_value(cell: str, unit: str | None, thousands: bool) -> float:
    value = parse_arabic(cell.rstrip("%").replace("−", "-"))
    return float(f"{value * 1000:.15g}") if thousands and unit == "jobs" else value


def _grid_metric(cell, column, label, base, counted, thousands, entity, span, text) -> Metric | None:
    if not cell[:1].isdigit() and not cell.startswith(("-", "−")) or cell.startswith("--"):
        return None
    period, yoy = column
    monthly = "-" in period and not yoy
    if cell.endswith("%") or _PERCENT_ROW.search(label):
        unit = "%"
    elif _HOURS_ROW.search(label):
        unit = "hours"
    elif monthly and counted and "." not in cell:
        unit = counted  # "213": thousands of jobs added in the month
    elif not monthly and "." in cell:
        unit = "%"  # a year's or a year-on-year change, in percent
    else:
        return None
    if yoy and (unit == "hours" or _LEVEL_ROW.search(label)):
        period, yoy = f"{int(period[:4]) - 1}{period[4:]}", False  # a level's "Jun Y/Y" is June's a year before
    name = base or ("employment" if unit == "jobs" or counted else None)
    if name and unit == "%" and not _PERCENT_ROW.search(label):
        name = f"{name}_growth"
    elif name and unit == "jobs":
        name = f"{name}_change"
    return Metric(metric=name, value=_grid_value(cell, unit, thousands), unit=unit, period=period,
                  basis="yoy" if yoy else None, entity=entity[0], entity_key=entity[1], span=span, evidence=text,
                  modality="actual", confidence=confidence.of("table"))


# A company release's key-figures table in English: the first header cell declares the currency and scale, two or
# more columns are periods, the others changes the sentence reader reads from the cells themselves.
#
#   Key figures (€ million) | 2018 FY | 2019 FY | Reported | Organic
#   Revenues | 25,720 | 27,158 | +5.6% | +4.2%
#   Adjusted Earnings Per Share | 4.64 | 5.32 | +14.7% | +13.3%
#
# Each row a metric names gives its latest period's figure, the same period a year before as its earlier value; a
# per-share row is in the currency unscaled.
_KEY_FIGURES_UNIT = scan.compile(r"[(（]\s?(?:in\s)?(?P<cur>€|EUR|\$|US\$|USD|£|GBP|CHF|SEK|NOK|DKK|C\$|A\$|S\$|HK\$)\s?"
                                 r"(?P<scale>million|millions|mn|m|billion|billions|bn|thousand|thousands|k)\s?[)）]"
                                 r"|[(（]\s?(?P<scale2>million|millions|mn|m|billion|billions|bn)\s(?:of\s)?(?P<cur2>€|EUR|\$|US\$|USD|£|GBP|CHF|SEK|NOK|DKK)\s?[)）]",
                                 re.IGNORECASE)
_KEY_PERIOD = scan.compile(r"(?:FY\s?)?(?:19|20)\d{2}(?:\s?FY)?|(?:Q[1-4]|H[12]|9M)\s?(?:19|20)\d{2}|(?:19|20)\d{2}\s?(?:Q[1-4]|H[12])",
                           re.IGNORECASE)
_KEY_YEAR = scan.compile(r"(?:19|20)\d{2}")
_KEY_CELL = scan.compile(r"\(?[-−]?\d[\d,]*(?:\.\d+)?\)?")
_PER_SHARE_BASES = frozenset({"eps", "dividend", "book_value_per_share"})


def read_key_figures(lines: list[str], offsets: list[int], taken: list[tuple[int, int]], article,
                     company: tuple[str | None, str | None, str | None] | None, lex: Lexicon, evidence, out) -> None:
    """Add the figures of every key-figures table (see above) in `lines` that no other reader took."""
    for i, line in enumerate(lines):
        header = _cells(line)
        declared = _KEY_FIGURES_UNIT.search(header[0]) if header else None
        if declared is None or any(a <= offsets[i] < b for a, b in taken):
            continue
        unit = prefix_unit(declared.group("cur") or declared.group("cur2"))
        scale = SCALES[(declared.group("scale") or declared.group("scale2")).lower().removesuffix("s")]
        periods = {n: cell for n, cell in enumerate(header) if n and _KEY_PERIOD.fullmatch(cell)}
        pairs = _year_pairs(periods, article)
        if not pairs:
            continue
        for j in range(i + 1, len(lines)):
            cells = _cells(lines[j])
            if not cells or len(cells) > len(header) or not cells[0]:
                break
            cells += [""] * (len(header) - len(cells))  # (a row's empty last cells, its closing pipe dropped)
            cue = lex.metrics.search(cells[0])
            if cue is None:
                continue
            base = lex.label_metrics.get(label_of(cue), label_of(cue))
            if base in lex.default_units or base in lex.ratio_metrics:
                continue  # a count (employees, deliveries) or a ratio: not in the table's money
            span, text = evidence(offsets[j], offsets[j] + len(lines[j]))
            for latest, earlier, period in pairs:
                value, prior = _key_value(cells[latest]), _key_value(cells[earlier])
                if value is None:
                    continue
                factor = 1.0 if base in _PER_SHARE_BASES else scale
                out.metrics.append(Metric(
                    metric=base, value=float(f"{value * factor:.15g}"), unit=unit, period=period,
                    prior_value=None if prior is None else float(f"{prior * factor:.15g}"),
                    entity=company[0] if company else None, entity_key=company[1] if company else None,
                    ticker=company[2] if company else None, span=span, evidence=text, modality="actual",
                    confidence=confidence.of("table")))


def _year_pairs(periods: dict[int, str], article) -> list[tuple[int, int, str | None]]:
    """(latest column, the column a year before it, the latest's period) for each pair of period columns one year apart."""
    pairs = []
    for n, cell in periods.items():
        year = int(_KEY_YEAR.search(cell).group())
        kind = _KEY_YEAR.sub("", cell)
        earlier = next((m for m, other in periods.items() if _KEY_YEAR.sub("", other) == kind
                        and int(_KEY_YEAR.search(other).group()) == year - 1), None)
        if earlier is not None:
            found = find_periods(cell)
            pairs.append((n, earlier, found[0].resolve(article.year, article.fiscal) if found else str(year)))
    return pairs


def _key_value(cell: str) -> float | None:
    """A key-figures cell's number; one in brackets is below zero."""
    cell = cell.strip()
    if not _KEY_CELL.fullmatch(cell):
        return None
    value = parse_arabic(cell.strip("()").replace("−", "-"))
    return -value if cell.startswith("(") else value
