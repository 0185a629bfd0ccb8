"""Each value expression of a sentence becomes a Metric: its name from the nearest cue word,
its sign from direction words, and its period, basis, modality, entity and source from context."""

from __future__ import annotations

import os
import re
from calendar import monthrange
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from . import Metric, confidence, names, scan
from .context import DOLLAR_MARKETS, HOME_ECONOMY, MARKET_MONEY
from .entities import Mention, market_hint, pick_ticker
from .sentences import t2s_table
from .lexicon import factored, label_of
from .numbers import DIGIT_WORDS
from .quantities import BENCHMARK_AFTER, COUNT_NOUNS, ON_OFFER, POLLED_MARK, OVERSUBSCRIBED_AFTER, SUBSCRIBED_BEFORE, TO_LEVEL_GAP, Quantity, counted_noun, find_atoms, join
from .units import CHANGE_UNITS, is_currency

if TYPE_CHECKING:
    from .document import Sentence

_LEVEL_BEFORE = scan.compile(r"(?:(?<!\bclose )(?<!\bby up )(?<!\bof up )\bto|(?:至|到)(?:(?:第?[一二三四1-4]季度?|首季|[上下]半年|年底|年末|\d{1,2}月份?)的)?|为|\b(?:drop|fall|dip|slip|sink|ease|rise|climb|jump|go|stay|remain|fell|dropped|dipped|slipped|sank|eased|rose|climbed|jumped|went|stayed|remained)\s(?:below|above|under)|(?<!\bshrank )(?<!\bshrunk )(?<!\bshrinking )(?<!\bcontracted )(?<!\bcontracting )(?<!\bdeclined )(?<!\bdeclining )(?<!\bfell )(?<!\bfalling )\bat|(?<!\bdrop )(?<!\bfall )(?<!\bdecline )(?<!\bdecrease )(?<!\bloss )(?<!\bdrops )(?<!\bfalls )(?<!\bdeclines )(?<!\bdecreases )(?<!\blosses )(?<!\bplunge )(?<!\bslump )(?<!\bslide )(?<!\bdip )(?<!\bcontraction )(?<!\bcut )(?<!\bslowdown )\bof|报|收报|收于|报收|收市报|(?<![高低])收|见)\s?(?:an? |the )?(?:(?:annual(?:ized|ised)? )?(?:rate|pace) of )?(?:about |around |nearly |almost |over |some |approximately |roughly |约|近|超|"
                           r"(?:just )?(?:less|more|fewer) than |(?:just )?under |at least |at most |as (?:much|little|high|low|many) as |just |only )?$", re.IGNORECASE)


def _led_as_level(text: str, lead: int) -> bool:
    """Whether the words before a value make it a level ("to", "at", 至, "drop below"): read in a window that holds a
    hedge too ("to less than"), sliced so the look-behinds see no further than it."""
    return _LEVEL_BEFORE.search(text[max(0, lead - 28):lead]) is not None


_BY_BEFORE = scan.compile(r"(?:\bby|了)\s?(?:about |around |nearly |almost |over |some |approximately |roughly |约|近|超)?$", re.IGNORECASE)
_RIGHT_WINDOW = 4  # a cue may follow its number closely: "a 47% share", "HK$500 price target"
_RIGHT_FAR = 14  # ... or a little further when nothing precedes it: "$125 billion on capex"
_DIRECTION_AFTER = 12
_MARKET = scan.compile(r"market|市场", re.IGNORECASE)
_YEAR_RANGE = scan.compile(r"(20\d{2})[AEF]?\s?(?:财?年)?\s?[-–~至到]\s?(20\d{2}|\d{2}(?=\s?财?年))[AEF]?\s?(?:财?年)?"
                         r"|(?<![\d.])([012]\d)[AEF]?\s?[-–~～至到]\s?([012]\d)[AEF]?\s?年", re.IGNORECASE)  # "24 - 26年", "07~08年"
_RELATIVE_YEARS = scan.compile(r"今年(?:\s?[、及和与]\s?(?:明年|后年|(?:20)?\d{2}\s?年))+")
_YEAR_LIST = scan.compile(r"(?<![\d./])(?:20)?[012]\d[AEF]?(?:\s?年度?)?(?:\s?[/、和及与]\s?(?:20)?[012]\d[AEF]?(?:\s?年度?(?=\s?[/、和及与]))?)+\s?年度?(?![0-9]{1,2}月)",
                          re.IGNORECASE)  # "25/26/27年", "2023年、2024年", "2022年度、2023年度和2024年度"


def sentence_metrics(ctx: Sentence, masked: list[tuple[int, int]]) -> list[Metric]:
    lex = ctx.lex
    text = ctx.text
    # The digits of a subject's name are no value: "S&P 500", 沪深300, "10-year Treasury yield".
    owners = _owners(ctx)
    subject_spans = [(o.start, o.end) for o in owners if o.kind == "subject"]
    quantities = join(text, find_atoms(text, masked + [sp for sp in subject_spans if _DIGIT.search(text, *sp)], yen=ctx.yen, uk=ctx.uk,
                                       fils=ctx.article.fils, peso=ctx.article.peso, rupee=ctx.article.rupee))
    if not quantities:
        return []
    q_spans = [(q.start, q.end) for q in quantities]
    # Cue words inside a value ("820,000 shares") name nothing, except a per-share cue inside a
    # revision ("to $8.10 a share from $7.60"), which speaks for the value before it; nor do those inside a
    # subject's name ("retail sales", 居民消费价格), but "copper production" is more than copper.
    cues = []
    for m in lex.metrics.finditer(text):
        label = label_of(m)
        if not any(a <= m.start() < b for a, b in q_spans) and not any(a <= m.start() and m.end() <= b for a, b in subject_spans):
            cues.append((m.start(), m.end(), label))
        elif label == "per_share":
            inside = next((q for q in quantities if q.start <= m.start() < q.end), None)
            if inside is not None and inside.revision:
                cues.append((inside.end, inside.end + 1, "per_share"))
    if ", " in text and len(cues) > 1:  # "China's producer price index (PPI), a further gauge of inflation, fell 3.6 percent"
        reach = 0  # (an aside ends at a comma the next cannot open with)
        for start, end in sorted([(a, b) for a, b, _ in cues] + subject_spans):
            if end < reach or not any(c[:2] == (start, end) for c in cues) and (start, end) not in subject_spans:
                continue
            ap = _APPOSITION.match(text, _NAMED_BEFORE_ASIDE.match(text, end).end())
            if ap is not None and not any(ap.start() <= q.start < ap.end() for q in quantities):
                cues = [c for c in cues if not ap.start() <= c[0] < ap.end()]  # the aside's words describe, no figure is theirs
                reach = ap.end()
    # "Private consumption, which accounts for more than half of economic activity, fell 0.2%": a relative clause
    # after the sentence's opening words describes them, whether or not they are a cue
    if (lead := _LEAD_BEFORE_CLAUSE.match(text)) is not None and (ap := _APPOSITION.match(text, lead.end())) is not None \
            and not any(ap.start() <= q.start < ap.end() for q in quantities):
        cues = [c for c in cues if not ap.start() <= c[0] < ap.end()]
    if "(" in text or "（" in text:  # "新基金有512只(不同份额合并计算)": a note on a figure names nothing
        notes = [m.span() for m in _BRACKET_NOTE.finditer(text) if any(q.end <= m.start() <= q.end + 1 for q in quantities)]
        cues = [c for c in cues if not any(a <= c[0] < b for a, b in notes)]
    cue_all = [(a, b) for a, b, label in cues if label in lex.neutral_cue_labels]
    # A direction word inside such a cue ("global growth", "经济增长") says nothing about the value's sign.
    dirs = [(m.start(), m.end(), label_of(m)) for m in lex.direction.finditer(text)
            if not any(a <= m.start() < b for a, b in cue_all)]
    # "较招股价低16.7%", "比上年高2%": a comparison says which way the figure goes.
    dirs += [(m.start(m.lastindex), m.end(m.lastindex), "down" if m.group(m.lastindex) == "低" else "up")
             for m in _COMPARE_DIRECTION.finditer(text)]
    dirs.sort()
    bases = [(m.start(), m.end(), label_of(m)) for m in lex.basis.finditer(text)]
    # "target price" is a metric, not a modality; "delivery target" is both.
    cue_spans = [(a, b) for a, b, label in cues if label not in lex.currency_only_labels]
    modals = [(m.start(), m.end(), label_of(m)) for m in lex.modality.finditer(text)
              if not any(a <= m.start() < b for a, b in cue_spans)]
    # "同期…升至12.2万、25万及40万", "…;归母净利润分别为15.92亿元、18.59亿元、20.63亿元": the years listed before
    runs_on = ctx.doc.text[max(0, ctx.start - 2):ctx.start].rstrip().endswith((";", "；")) and "分别" in text
    respective = _respective_periods(text, quantities, ctx.article.year, (_SAME_PERIODS.match(text) or runs_on) and scan.last(
        _YEAR_RANGE, ctx.doc.text, max(0, ctx.start - 200), ctx.start))
    list_metric: dict[int, tuple[str | None, str | None]] = {}  # where a list starts -> its first value's metric
    heads: dict[int, int] = {}  # a listed value -> where its list starts
    for a, b in zip(quantities, quantities[1:]):
        if _LIST_SEPARATOR.fullmatch(text, a.end, b.start):
            heads[id(b)] = heads.get(id(a), a.start)
    listed_metrics = _respective_metrics(text, cues, quantities)
    listed = _respective_owners(ctx, [q for q in quantities if id(q) not in listed_metrics])
    out: list[Metric] = []
    prev: dict[str, str] = {}  # last metric base per unit, and under "" the last of any unit
    prev_loss: dict[str, str] = {}  # per unit, the label of the last value when it named a loss or deficit
    prev_unit: str | None = None
    prev_move: tuple[str | None, bool] = (None, False)  # direction and change of the previous value
    prev_money_move = False  # whether the previous value was an amount a price moved by
    floor = 0  # the end of the previous value: a cue before it speaks for that one
    list_prev = None  # the previous value of a respective list, its direction and base, where the list has reached
    list_money_move = False  # whether that value was an amount a price moved by
    against_end = -1  # the end of the previous value when it moved against a base period ("比去年同期分别下降9.12%")
    moved_by: Quantity | None = None  # the previous value when it was an amount moved by ("减少27亿/207亿")
    loss_before: Quantity | None = None  # the previous value when it was a loss
    paired: tuple[str | None, str | None, str] | None = None  # (base, label, unit) of the last "(+33,000; +0.5%)" count
    said: tuple | None = None  # the previous value and its entity
    for q in quantities:
        cs, ce = ctx.clause(q.start)
        money, _, per = (q.unit or "").partition("/")
        if per and is_currency(money) and (ctx.article.market in ("MO", "TW") or ctx.article.declared_currency(ctx.start + len(text))):
            unit = f"{local_unit(money, text[q.start:q.end], ctx, q.start)}/{per}"  # "每平方米101,979元": Macau's patacas
        else:  # (a price per gram is the mainland's yuan however the story's other 元 read)
            unit = local_unit(q.unit, text[q.start:q.end], ctx, q.start)
        if unit == "USD" and _BARE_CENTS.search(text, q.start, q.end) \
                and (running := _running_currency(ctx, q.start) or ctx.article.sole_currency
                     or ("ZAR" if ctx.article.market == "ZA" else None)) != "GBP":  # (a Johannesburg story's cents are rand's)
            unit = running or unit  # "net income fell to €86 million … EPS 29 cents": euro cents (the pound has pence)
        if unit is None and not q.scaled and _TARGET_BEFORE.search(text, max(0, q.start - 30), q.start) \
                and not _TIMES_AFTER.match(text, q.end):
            unit = market_currency(ctx)  # "cutting its AMAT target price from 172 to 130": the market's money (not "目标价6次")
        if unit in ("CNY", "HKD", "TWD", "MOP") and _BARE_YUAN.search(text, q.start, q.end) and not _NAMED_YUAN.search(text, q.start, q.end) \
                and _DOLLARS_NAMED.search(text, max(cs, q.start - 24), q.start):
            unit = "USD"  # "第三季美元營收為318至330億元": the figure is in the dollars named before it
        label = listed_metrics.get(id(q)) or _cue(q, cues if unit == "points" else [c for c in cues if c[2] != "index_contribution"],
                                                  cs, ce, unit, lex, text, floor)  # (a stock's own move is no contribution)
        if is_currency(unit) and q.revision and _RATED_THEN.search(text, max(0, q.start - 24), q.start):
            label = "target_price"  # "「优于大盘」评级不变，由380升至480元": the rated stock's target
        if is_currency(unit) and _TARGET_SPOKEN.search(text, max(0, q.start - 40), q.start):
            label = "target_price"  # "Goldman Sachs' Corinne Jenkins lowered hers to $4", "now thinks the stock is worth $31"
        if label in ("rate", "interest_rate") and unit is None and (pace := _ANNUAL_RATE.search(text, max(0, q.start - 40), q.start)
                                                                    or _ANNUAL_RATE_IN.search(text, cs, q.start)):
            # "starts … at a seasonally adjusted annual rate of 891,000": a pace of the count named before
            label = next((lab for a, b, lab in reversed(cues) if cs <= a and b <= pace.start()), None)
        base = lex.label_metrics.get(label, label) if label else None
        if is_currency(unit) and base in (None, "funds_raised", "price", "share_price") and (
                _OFFERED_AT.search(text, max(cs, q.start - 60), q.start)
                or q.low is not None and _PRICE_RANGE_AFTER.match(text, q.end)) and _IPO_STORY.search(ctx.doc.text):
            base = label = "ipo_price"  # "selling 69.75 million shares at $33 apiece", "its $31-to-$35 price range"
        if base == "ipo_price" and not is_currency(unit):
            base = label = "share_price"  # "比招股價71.59元高68%": the stock's move against its offer price
        if unit == "points" and base in lex.ratio_metrics and base not in ("rate", "pmi", "share"):
            unit = "pp"  # "the load factor increased by 1.9 points to 82.6%": percentage points of a ratio
        if base == "turnover" and unit == "lots":
            base = "volume"  # "共成交406836手": contracts traded, not money
        if unit is None and q.scaled and ctx.article.market in ("HK", "CN", "TW") \
                and (base == "turnover" or base == "volume" and "亿" in text[q.start:q.end]):
            unit = market_currency(ctx)  # "成交1,009.803億", "成交量衝上6488億": the market's money, not the index's points
        if unit is None and not q.scaled and q.value is not None and _QUOTED_AT.search(text, max(0, q.start - 6), q.start) \
                and ctx.article.market in ("HK", "CN") and _stock_quote(ctx, q.start):
            unit, base, label = market_currency(ctx), "share_price", "share_price"  # "匯控(00005)報74.100"
        if unit is None and not q.scaled and q.value is not None and "." in text[q.start:q.end] and (ctx.market_story or ctx.companies) \
                and _BARE_QUOTE_BEFORE.search(text, max(0, q.start - 16), q.start) \
                and (running := ctx.article.running_currency(ctx.start + q.start)) in ("THB", "MYR"):
            unit = running  # a wrap that writes its currency once: "PTT gained 2.00 baht to 320.00. PTT Chemical soared 7.00 to 130.00"
        if label == "stake" and unit == "%":
            base = "share"  # "a stake of roughly 4%"
        if label == "fair_value" and (unit == "%" or is_currency(unit) and not q.scaled) and (ctx.sources or ctx.doc_broker) \
                and not _VALUE_ESTIMATE.search(text):
            base = "target_price"  # a broker's "fair value for British Land … to 660p": its price target (not
            # Morningstar's "fair value estimate", a valuation of its own)
        sold = base == "revenue" and unit in ("units", "vehicles") or base == "deliveries" and unit == "units" \
            and _SOLD.search(text, cs, q.start) is not None and not _DELIVERED.search(text, cs, q.start)  # "vehicle sales came to 352,546 units"
        if sold:
            base = "deliveries"  # "overseas sales rose to 80,464 units"
        if unit == "units" and _counts_vehicles(ctx.doc.text):
            unit = "vehicles"  # "BYD sold 210,295 new energy vehicles …, 98.31 percent more than the 106,042 units": the same
        if unit in _AREAS and _BRACKETED_BEFORE.search(text, max(0, q.start - 8), q.start) \
                and _BRACKET_CLOSES.match(text, q.end):
            continue  # "A類物業(40平方米以下)", "(40至69.9平方米)": a size class, not a figure
        if unit != "%" and _THRESHOLD_BEFORE.search(text, max(0, q.start - 4), q.start) and _GROUP_AFTER.match(text, q.end):
            continue  # "营收过10亿的有三家", "上限超过5亿元的公司": the bar a group is counted by, not a figure
        if base is None and unit == "x" and (OVERSUBSCRIBED_AFTER.match(text, q.end)
                                             or SUBSCRIBED_BEFORE.search(text, max(0, q.start - 24), q.start)):
            base = "oversubscription"  # "about eight times oversubscribed": no valuation
        if q.needs_metric and base is None:
            continue  # "ten times the performance": a multiple of no metric
        if q.value == 0 and q.needs_metric and (base in lex.price_metrics or not any(cs <= a and b <= q.start for a, b, _ in cues)):
            continue  # "fee revenue grew, expenses were flat": "held flat" is only its own clause's metric's (and a
            # price "flat" on the day is no figure of the story)
        lead = heads.get(id(q), q.start)  # where the words before the value are read: "降至6.0%/9.2%" are levels
        # "分别下降3%、5%和7%": a listed value moves as the list's first
        direction, dir_after = _direction(text, q, dirs, ctx.clause(lead)[0] if lead != q.start else cs, ce)
        restated = _OR_MOVED.match(text, q.end) if direction is None else None
        if restated:
            direction, dir_after = ("down" if restated.group(1) in ("lower", "down") else "up"), True  # "1.02% or 34 cents lower"
        if direction is None and (unit in CHANGE_UNITS or unit == "%" and _THAN_BEFORE.match(text, q.end)) and _LOWER_THAN.match(text, q.end):
            direction, dir_after = "down", True  # "0.1 percentage point lower than the previous month"
        if direction is None and unit == "%" and (versus := _VERSUS_YEAR_AGO.match(text, q.end)) is not None:
            direction, dir_after = ("down" if versus.group(1) == "below" else "up"), True  # "sales are 3.0 percent below a year ago"
        or_before = _OR_BEFORE.search(text, max(0, q.start - 8), q.start) is not None
        same_move = or_before and prev_move[1]  # "跌3%或12元": the move again, in money
        if direction is None and or_before:
            direction = prev_move[0]  # "dropped 486 points, or 2.1%": the same move in other units
        # "BASF gained 66 cents and Degussa Huels 54 cents": the next mover of a list moved as the first
        next_mover = prev_money_move and _NEXT_MOVER.fullmatch(text, floor, q.start) is not None
        if next_mover and direction is None:
            direction, dir_after = prev_move[0], False
        move_noun = _MOVE_NOUN.search(text, max(0, lead - 20), lead)  # its one comma: "跌幅比恒指更大,达5%"
        if move_noun:
            down = move_noun.group(1) in "跌降减"  # 跌幅扩大至4.3%, 按年减幅为8.0%
            if unit in CHANGE_UNITS and (resized := _RESIZED.search(move_noun.group())):
                down = down != (resized.group() in _SMALLER)  # "降幅收窄0.5个百分点": a smaller fall, up by 0.5 pp
            direction, dir_after = ("down" if down else "up"), True
        against = _AGAINST_BASE.search(text, max(cs, lead - 20), lead) is not None or \
            (against_end >= 0 and _LIST_SEPARATOR.fullmatch(text[against_end:q.start]) is not None)  # "…9.12%、13.49%和18.19%"
        against_end = q.end if against else -1
        listed_move = False  # a later value of a list whose first was an amount a price moved by
        if id(q) in listed:  # "分别同比增长11.9%、8.8%和8.8%": the list's later values move as its first
            if list_prev is not None and TO_LEVEL_GAP.fullmatch(text, list_prev[5], q.start):
                list_prev = (*list_prev[:5], q.end)  # "up 93 cents at $88.44/bbl and $1.53 at $86.96": a level; the next move moves as the first
            else:
                if list_prev is not None and _LIST_SEPARATOR.fullmatch(text[list_prev[5]:q.start]):
                    listed_move = list_money_move
                    direction, dir_after = (direction, dir_after) if direction else list_prev[1:3]
                    base, label = (base, label) if base else list_prev[3:5]  # "净流出分别为13.15亿元、7.29亿元": all outflows
                list_prev = (q, direction, dir_after, base, label, q.end)
        change = unit in CHANGE_UNITS or (unit == "%" and (base not in lex.ratio_metrics or against) and
                                          (direction is not None or base is not None or
                                           any(cs <= a < ce for a, _, _ in bases)))
        if change and unit == "%" and direction is not None and not dir_after and _LONE_FROM.search(text, max(cs, q.start - 16), q.start) \
                and not _TO_LATER.search(text, q.end, ce):
            change = False  # "The figure came down from 7.8% in May": the level it came from, no move
        if base is None and lead != q.start:
            base, label = list_metric.get(lead, (None, None))  # "收入分别下降3%、5%和7%": all revenue
        elif base is not None and lead == q.start:
            list_metric[q.start] = (base, label)
        if base is None and label is None:
            base = _continued(ctx, q, cs, change, unit, prev_unit, prev)
            base = None if base == "index_contribution" and unit != "points" else base  # ("as it fell 1.64%": its own move)
            if base is not None and not change and unit in prev_loss and prev.get(unit) == base and _EXPECTED.search(text, cs, ce):
                label = prev_loss[unit]  # "the deficit grew to €3.3 billion, well above the €3.0 billion expected": a deficit too
            if base is not None and lead == q.start:
                list_metric[q.start] = (base, label)  # "净利润…，同比+20%/26%/23%": the list's later values too
        if base is None and label is None and not cues and ctx.list_metric is not None and not change:
            base = ctx.list_metric  # "…target for BHP from 570p to 540; Rio Tinto from 1,600p to 1,500": a target too
        if base is None and unit in lex.unit_metrics:
            base = lex.unit_metrics[unit]
        owner = listed.get(id(q)) or _owner(owners, q, cs, ce, unit, text)
        if base == "index_contribution" and id(q) not in listed:
            owner = next((o for o in reversed(owners) if o.kind == "company" and o.end <= q.start), owner)  # the stock's, not the index's
        if owner is not None and owner.label == "index" and cs <= owner.start and label is not None \
                and not any(cs <= c[0] < ce and c[2] == label for c in cues):
            base = label = None  # "美联储降息…,日经指数上涨5.4%": the index's own move, not the rate of the clause before
        if unit == "points" and owner is not None and owner.kind == "company" and ctx.last_subject is not None and base != "index_contribution":
            owner = None  # "午后因腾讯倒跌…最终收报22229点": points are the index's the text spoke of
        if owner is not None and base in ("target_price", "target_word") and BROKERS_OWN.fullmatch(text, owner.end, q.start) \
                and any((s.start, s.end) == (owner.start, owner.end) and s.entry is not None and s.entry.kind == "broker" for s in ctx.sources):
            owner = None  # "還有晨星的2,700元、高盛與花旗的2,600元": the brokers' own targets for the stock the text is on
        if owner is not None and owner.kind == "subject" and owner.label == "other" and base in ("target_price", "target_word"):
            owner = None  # "帶動內外資法人新一輪調高目標價，其中滙豐證券最新升至2,400元": a stock's target, not the investors'
        if owner is not None and owner.label == "fx_rate" and (base in _MONEY_METRICS or (base or "").endswith("_growth")):
            owner = None  # "人民币兑港元汇率波动，令物业租赁收入下跌7%": a cause named in passing, not the revenue's owner
        if owner is not None and owner.kind == "subject" and owner.label == "price" and base is not None \
                and (not is_currency(unit) or base == "aisc") and base.startswith(_PRODUCER_FIGURES) and (ctx.last_company or ctx.carried or ctx.companies):
            owner = None  # "Output of gas and crude oil reached 7.41 million boe", "oz of gold at an AISC of A$852/oz": a
            # producer's figure, not the commodity's
        subject = (owner.name, owner.label) if owner is not None and owner.kind == "subject" else None
        if subject is None and (base or "").startswith("gdp"):
            subject = None
        subject_base = lex.subject_metrics.get(subject[1], subject[1]) if subject is not None else None
        if subject_base in lex.ratio_metrics and is_currency(unit) or subject_base == "index" and is_currency(unit):
            subject = None  # "cut its target for gilt sales to £70 billion" is no amount of Bank Rate, 成交1190亿元 no index level
        if subject is not None and subject_base == "price" and is_currency(unit) and base in _MONEY_METRICS \
                and owner.start >= cs and not lex.metrics.search(text, cs, q.start):
            base, label = None, None  # "not spared from the losses either, with gold below $1070 an ounce": the
            # commodity's price
        if subject is not None and subject[1] not in _NAMED_ONLY and (base is None or base in ("share_price", "price") or
                                                                   (base == "rate" and subject[1] == "fx_rate")) and not (
                is_currency(unit) and lex.subject_metrics.get(subject[1]) in _COUNT_METRICS) and not (
                lex.subject_metrics.get(subject[1], subject[1]) == "price" and unit in _AMOUNTS_OF_GOODS):
            # (an iron ore miner's "189mn t" is a tonnage, no price of iron ore)
            # An index or a commodity has a price, a policy rate or a yield a rate, a currency pair
            # an exchange rate ("现货黄金上涨1.1%，报3685美元", "10年期美债收益率…报4.12%").
            base = lex.subject_metrics.get(subject[1], subject[1])
        if base is None and unit == "%" and change and _stock_move(ctx, text, q, cs, owner):
            base = "share_price"  # "小米集团盘中跌1.2%", "腾讯控股盘中涨幅扩大至5%": the stock moved
        if base in lex.ratio_metrics and unit == "%" and change and not dir_after and not against:
            change = False  # a rate's or a ratio's percent is its level: "一度跌破1.7%" (not "比去年同期下降18.19%")
        if base is None and unit in ("%", "bp") and _central_bank(ctx):
            base = "rate"  # "BoE on hold at 4%", "a half-point cut"
        if unit is None and subject is not None and base not in lex.default_units \
                and not (q.scaled and base in ("turnover", "volume", "net_inflow")):  # (a count has its own unit; turnover is money)
            unit = lex.subject_units.get(subject[1]) or (_quote_currency(subject[0], text, q, cs, ce) if subject[1] == "fx_rate" else None)
            if unit is not None and not (subject[1] in _SMALL_LEVELS or abs(q.value if q.value is not None else q.high or 0) >= 100
                                         or _led_as_level(text, lead)
                                         or unit == "points" and direction is not None and _MOVE_THEN_LEVEL.match(text, q.end)):
                continue
            if _COUNTED.match(text, q.end):
                continue  # "The S&P 500 index has 503 constituents"
            if subject[1] == "fx_rate" and _DOLLAR_BLOC.match(subject[0]) and abs(q.value or 0) >= 5:
                continue  # the Australian or Canadian dollar is quoted in US dollars ("0.7836"), a bare 77 is none
        if unit is None and q.scaled and base in _MONEY_METRICS:
            # "net interest income climbed to 779.28 million" after "€3.95"; a mainland broker's "营收26.14亿" is in
            # yuan (a Hong Kong-listed company's too), a Hong Kong paper's "純利1.37億" in Hong Kong dollars
            unit = _running_currency(ctx, q.start) if not _CJK.search(text, max(0, q.start - 12), q.end) else \
                {"HK": "HKD", "MO": "MOP", "TW": "TWD"}.get(ctx.article.market, "CNY") if ctx.written != text else "CNY"
        if unit is None and q.scaled and base == "net_inflow" and _CJK.search(text, max(0, q.start - 12), q.end) \
                and _NOTHING_COUNTED.match(text, q.end):
            unit = market_currency(ctx)  # "北水9月流入1885億": money (not "賣超1萬2681張", lots)
        if unit is None and q.scaled and base is None and _CJK.search(text, max(0, q.start - 12), q.end) and _NOTHING_COUNTED.match(text, q.end) \
                and _CLAUSE_MARK.search(text) and _writes_yi_in_yuan(ctx.doc.text):
            unit = market_currency(ctx)  # "TOP100的门槛值为143.8亿,…" among a story's 亿元 amounts: money too (not a heading's)
        if q.value == 50 and (_THRESHOLD_AT.match(text, q.start) or _THRESHOLD_BEFORE.search(text, max(0, q.start - 12), q.start)):
            continue  # "below the 50-point mark that divides contraction from growth": a survey's threshold, no reading
        if _MARK_AFTER.match(text, q.end) and not _AIMED_AT.search(text, max(0, q.start - 8), q.start):
            continue  # "跌穿6000亿元关口", "失守3000点关口": a round mark crossed, no figure of the text's (not 挑战29,000点大关)
        in_pair = _PAIR_OPEN.search(text, max(0, q.start - 3), q.start) is not None and _PAIR_REST.match(text, q.end) is not None
        if unit is None and in_pair and paired is not None and label is None:
            base, label, unit = paired  # "for men (+33,000; +0.5%) and for women (+21,000; +0.3%)": counted alike
        if unit is None and base is None and (counted := _NUMBER_OF.search(text, cs, q.start)):
            # "the number of M-Pesa agents grew by 2.4% to 266,007": the count is in agents
            base = unit = counted.group("noun").lower()
        # (a carmaker's "49,000 units" delivered are vehicles; units sold stay units, and "8.75 million iPhones" too)
        if unit in (None, "points") and base in (None, "index") and not q.scaled and _BREADTH.search(text, cs, ce):
            continue  # "Advancers on the Nikkei numbered 128 against 88 decliners": a count of stocks, no index level
        if unit is None and not q.scaled and 0 < (q.value or 0) < 1000 and base not in lex.change_levels \
                and _INDEX_MOVED_TO.search(text, max(cs, q.start - 40), q.start):
            unit = "points"  # "the new orders index rose to 57.5 in August", "expected the index to slip to 52.5": a
            # survey index's reading
        if unit is None and base in lex.change_levels and not q.scaled and 50 <= (q.value or 0) < 1000 \
                and _INDEX_LEVEL_BEFORE.search(text, max(cs, q.start - 24), q.start):
            unit = "points"  # "綜合消費物價平均指數為110.30", "the consumer price index stood at 118.2": the index's level
        if unit is None and base == "eps" and _EPS_FIGURES_BEFORE.search(text, max(cs, q.start - 40), q.start) \
                and _PER_SHARE_FIGURE.fullmatch(text, q.start, q.end):
            unit = market_currency(ctx)  # "对应EPS 0.56/0.74/0.92": a Chinese note's earnings per share, in its market's money
        if unit is None or (unit == "units" and base in lex.default_units and not sold and counted_noun(text, q.end) in (None, "units")):
            unit = lex.default_units.get(base or "", unit)
            if unit == "vehicles" and (planes := _PLANES.search(ctx.doc.text)) is not None and not _CARS.search(ctx.doc.text):
                unit = COUNT_NOUNS[planes.group().lower()]  # a planemaker's "136 commercial deliveries" are its aircraft
            elif unit == "vehicles" and _HOMEBUILDER.search(ctx.doc.text) and not _CARS.search(ctx.doc.text):
                unit = "homes"  # a homebuilder's "deliveries grew 12% to 7,598"
            if unit == "homes" and base in ("home_sales", "homes_for_sale") \
                    and (kind := scan.last(_HOMES_KIND, ctx.doc.text, 0, ctx.start + q.start)) is not None and kind.group("new"):
                unit = "units"  # new homes are counted in units, as the census counts them (existing homes stay homes)
            if unit == "vehicles" and (phones := scan.last(_PHONES, text, max(0, q.start - 40), q.start)) is not None \
                    and not _CARS_ANY.search(text, phones.end(), q.start):
                unit = "units"  # "手机交付量预测至1.68亿、1.76亿": phones, not cars
            if unit is None or not (q.scaled or abs(q.value if q.value is not None else q.high or 0) >= 100 or base == "pmi" and 30 <= (q.value or 0) <= 70
                                    or unit == "x" and (_MULTIPLE_BEFORE.search(text, max(0, q.start - 12), q.start)
                                                        or _TIMES_WORD.match(text, q.end) or base == "bid_to_cover")
                                    or base in _COUNT_METRICS and _COUNTED_AS.match(text, q.end)
                                    or base == "months_supply" and _MONTHS_AFTER.match(text, q.end)  # "a 5.1-month supply"
                                    or COUNT_NOUNS.get(counted_noun(text, q.end) or "") == unit):  # "34.4 hours" of a workweek
                continue  # a bare small number names no amount (but "动态市盈率 95.01" is a P/E, "2.80 times" or "a bid-to-cover
                # ratio of 2.74" a cover, "a PMI score of 51.6" a reading, "61 commercial deliveries" a count)
        if base in ("jobless_claims", "jobless_claims_change") and unit in ("applications", "claims"):
            unit = "people"  # "revised to show 3,000 more applications": the people who filed, as the claims are counted
        if base == "payrolls" and unit == "jobs" and _level_after_move(text, q, quantities):
            base, unit = "employment", "people"  # "employment rose 24,500 to 8,156,200": the jobs added, then the employed
        if base is None and unit == "shares" and _OFFERED_BEFORE.search(text, max(cs, q.start - 24), q.start):
            base = "shares_offered"  # "The company sold 12 million shares at $19", "offered 5.4 million shares"
        if base is None and unit == "shares" and _OVERALLOTMENT_BEFORE.search(text, max(cs, q.start - 48), q.start):
            base = "overallotment_shares"  # "the underwriters' over-allotment option to buy 7 million shares"
        if base is None and unit == "shares" and _BID_BEFORE.search(text, max(cs, q.start - 40), q.start):
            base = "shares_bid"  # an IPO's demand: "Bids came in for more than 330.49 crore shares", "applied for 26 lakh shares"
        if base in (None, "shares_bid") and unit == "shares" and ON_OFFER.match(text, q.end):
            base = "shares_offered"  # "against 4.46 crore shares on offer", "96.31 lakh shares set aside"
        if base is None and unit == "shares":
            continue  # "34.3 million shares": a share count of no metric
        if base == "share" and _MARKET.search(text):
            base = "market_share"
        if base in _LEVEL_IN_BP and unit == "bp":
            # A spread is quoted in basis points: "tighten by 25 bp" is a move, "at 95 bp" the level.
            change = direction is not None and not _led_as_level(text, lead)
        # "29.1 points lower at 6,481.5", "122p lower at £34.91": a move, its direction right after it
        moved_as_said = dir_after and (_HIGHER_LOWER.match(text, q.end) is not None or restated is not None
                                       or _PAIR_THEN_DIRECTION.match(text, q.end) is not None)
        points_move = unit == "points" and direction is not None and (not dir_after or moved_as_said or move_noun is not None) and \
            (move_noun is not None or moved_as_said or not _led_as_level(text, lead)) \
            and not _CLOSED_AT.match(text, q.end)  # ("at 3,908.70, 96.15 points lower": the level is the figure before)
        # ("跌幅一度擴大至600點": the size of a move)
        if points_move:
            change = True  # "恒指跌235点", "The Dow rose 355 points": a move, not a level
        # "Wells Fargo fell 1.04 dollars", "BP down 14.6p", 跌0.74元: an amount a price moved by
        money_move = is_currency((unit or "").split("/")[0]) and direction is not None and (q.value is not None or q.low is not None) and (
            not dir_after and _MONEY_MOVE.search(text, max(cs, q.start - 16), q.start) is not None or moved_as_said
            or same_move or next_mover or listed_move)
        if id(q) in listed and list_prev is not None and list_prev[0] is q:
            list_money_move = money_move
        if money_move:
            change = True
            if ((base is None and not ctx.article.macro and not q.scaled) or base in ("price", "share_price")) \
                    and not (owner is not None and owner.kind == "subject" and owner.label == "other"):
                # (a release's "多增7288亿元" moves no price, nor does an industry's "寿险公司…同比增加393.6亿元"; "costs climbed
                # by RM104 million" no share price)
                base = "price" if owner is not None and owner.kind == "subject" else "share_price"
        # "净减少244亿元", "减少港币二十三亿九千三百万元", "decreased by $40 million": the amount a figure moved by
        amount_move = not money_move and direction is not None and not dir_after and (q.value is not None or q.low is not None) and \
            unit is not None and unit not in CHANGE_UNITS and unit != "%" and (
                _AMOUNT_MOVE.search(text, max(cs, q.start - 32), q.start) is not None or
                moved_by is not None and _AMOUNT_LIST.fullmatch(text, moved_by.end, q.start) is not None)
        amount_move = amount_move or (dir_after and unit is not None and _FEWER_AFTER.match(text, q.end) is not None)  # "88,000 fewer barrels"
        # "part-time employment fell 17,200 to 3,612,400": the count moved by, then its level
        amount_move = amount_move or (direction is not None and not dir_after and bool(q.value) and unit is not None
                                      and not is_currency(unit) and unit not in (*CHANGE_UNITS, "%", "points")
                                      and _moved_to_level(text, q, quantities, unit))
        # "continuing claims fell 74,000": a count's verb then a bare count, the amount it moved by
        amount_move = amount_move or (direction is not None and not dir_after and bool(q.value) and unit in lex.default_units.values()
                                      and unit not in (*CHANGE_UNITS, "%", "points", "x") and not is_currency(unit)
                                      and _COUNT_MOVED.search(text, max(cs, q.start - 24), q.start) is not None)
        # "in spite of a $A121 million fall in revenue": the amount a figure moved by, the move named after it
        amount_move = amount_move or (direction is not None and dir_after and bool(q.value) and unit is not None
                                      and unit not in (*CHANGE_UNITS, "%", "points", "x") and _AMOUNT_MOVE_NOUN.match(text, q.end) is not None)
        # "报价 510 美元/吨(+5 美元/吨)": a signed amount noted in brackets is what the price moved by
        amount_move = amount_move or (is_currency((unit or "").split("/")[0]) and q.value is not None and _NOTED_MOVE.search(text, max(0, q.start - 10), q.start)
                                      is not None and (text[q.start - 1:q.start] == "+" or text[q.start:q.start + 1] in ("-", "−")))
        if amount_move and base in _FLOWS and _FLOW_ADDED.search(text, max(cs, q.start - 6), q.start):
            amount_move = False  # "人民币贷款全年增加21.31万亿元": the loans the year added, not a change in them
        if amount_move:
            change = True
        if unit == "lots" and (side := scan.last(_NET_SIDE, text, 0, q.start)) is not None:
            # "賣超排名前3…依序是長榮航7萬6350張、台新新光金6萬2223張和中石化5萬6647張": the side the list is of
            base, label = "net_inflow", "net_outflow" if side.group() == "卖超" else "net_inflow"
        name = _name(base, unit, change, lex)
        if unit == "points" and base in lex.change_levels:
            name = f"{base}_index"
        if base == "rate" and unit == "%":
            rate_move = _RATE_MOVE_AFTER.match(text, q.end)
            if rate_move or direction is not None and _BY_BEFORE.search(text, max(cs, q.start - 12), q.start):
                # "lowered interest rates by 0.25%", "a 0.5% cut by the Fed": the rate moved by so much, no level
                change, name = True, "rate_change"
                if rate_move is not None:
                    direction, dir_after = ("down" if rate_move.group(1) in ("cut", "reduction") else "up"), True
        if q.needs_metric and unit == "x" and base not in _MULTIPLES:
            name = f"{base}_change" if base in lex.price_metrics else f"{base}_growth"  # "profit tripled": 3 x
        if (money_move or amount_move) and name and not name.endswith("_change"):
            name = f"{base}_change" if base else f"{name}_change"
        if base == "target_price" and _CONSENSUS.search(text, max(0, cs - 40), ce):
            name = name.replace("target_price", "consensus_target_price")  # "the consensus price target is $157"
        if points_move and base is not None and name in (base, lex.level_names.get(base)):
            name = f"{base}_change"
        if name in _PER_SHARE_METRICS and is_currency(unit) and abs(q.value or q.high or 0) >= 1e6:
            name = None  # a per-share figure is never billions: "$18 billion" after an EPS estimate
        if base in _LEVEL_IN_BP and unit == "bp" and not change:
            name = base
        if base == "rate" and unit == "points" and direction is not None and (q.value or 0) >= 5 and q.value % 5 == 0 \
                and not _CJK.search(text):
            unit, change, name = "bp", True, "rate_change"  # "lowers its reference rate by 50 points": basis points
        if unit == "bp" and (moves_of := _MOVES_OF_AFTER.match(text, q.end)) is not None:
            change, direction, dir_after = True, "down" if moves_of.group(1).startswith(("cut", "reduc", "eas")) else "up", True
            # "flagged up to 90 basis points of further cuts": the size of moves to come
        # "fell 2 points to 73.5%" keeps the level positive; "in favour of a half-point cut" is a move.
        sign = -1.0 if (direction == "down" and (unit in CHANGE_UNITS or unit == "%" or points_move or money_move or amount_move) and change
                        and (dir_after or not _led_as_level(text, lead))
                        and not (q.revision and _REVISED_FROM.search(text, max(0, lead - 8), lead))) else 1.0
        # ("growth was revised down from 0.5% to 0.4%": the revision moved, both levels stay as written)
        if base == "index_contribution" and unit == "points":
            name, sign = base, -1.0 if direction == "down" else 1.0  # "taking 17 index points off it": a drag
        if base in lex.change_levels and unit == "%" and direction == "down" and not dir_after and \
                not _led_as_level(text, lead):
            sign = -1.0  # "the CPI declined 0.5 percent": a price index's level is its change, here -0.5%
        if base in lex.change_levels and unit == "%" and move_noun is not None and move_noun.group(1) in "跌降减":
            sign = -1.0  # "PPI同比降幅扩大至2.7%": a fall of 2.7%, the index's level -2.7%
        if q.low is not None and q.high is not None and q.low <= 0 <= q.high and q.low < q.high:
            sign, change = 1.0, True  # "下降3%到成长9%": the range's ends carry their own signs
            name = name if name and name != "share" else "growth"
        if label in lex.negative_labels and (is_currency(unit) or unit == "%" and base in lex.ratio_metrics
                                             or unit in ("lots", "shares") and label == "net_outflow"):  # (卖超…7万6350张)
            sign = -1.0  # "net loss of $2.9 billion" is a net profit of -2.9e9, "downside of 12%" an upside of -12%
        elif loss_before is not None and is_currency(unit) and _YEAR_BRACKET.fullmatch(text, loss_before.end, q.start):
            sign = -1.0  # "亏损港币一亿四千万元(二零二四年: 港币二十二亿六千七百万元)": last year's loss, too
        if name == "eps_change" and label == "per_share" and _LOSS_OF.search(text, max(0, q.start - 24), q.start):
            name = "eps"  # "Halvern lost 30 cents a share": a loss per share, not a move of one
        if sign > 0 and name == "eps" and (loss_before is not None and _OR_PER_SHARE.fullmatch(text, loss_before.end, q.start)
                                           or _LOSS_OF.search(text, max(0, q.start - 24), q.start)
                                           or _LOSS_MOVED.search(text, max(0, q.start - 70), q.start)):
            sign = -1.0  # "the net loss came to $75.3 million or $0.99 per share", "a loss of 12 cents a share", "its
            # quarterly loss excluding one-off items shrank to 30 cents a share"
        prior_sign = sign if q.prior_loss is None or not is_currency(unit) else -1.0 if q.prior_loss else 1.0
        if _NEGATIVE_BEFORE.search(text, max(0, q.start - 36), q.start):
            # "from minus 0.75% to 1.75%": the earlier figure is printed first and the minus is its own; "fell to minus
            # 0.5% from 0.25%": the earlier figure is printed after, with its own sign if it has one
            if q.revision:
                prior_sign = -1.0
            else:
                sign = -1.0  # "the four-week moving average eased to negative $1.1 billion"
                if q.prior_end is None or _NEGATIVE_WORD.search(text, q.end, q.prior_end):
                    prior_sign = -1.0
        if q.prior_fell is not None:
            prior_sign = -1.0 if q.prior_fell else 1.0
        if money_move and prev_unit and prev_unit.startswith(f"{unit}/"):
            unit = prev_unit  # "收于52470元/吨,下跌470元": the move is per tonne too
        entity, entity_key, ticker = _entity(ctx, q, cs, unit, base, owner, first=label == "stake", listed=id(q) in listed)
        if owner is None and said is not None and unit == "%" and _OR_SAID.fullmatch(text, said[0].end, q.start):
            entity, entity_key, ticker = said[1]  # "收市仍跌491點或1.8%": one move said twice, of the one owner
        said = (q, (entity, entity_key, ticker))
        if unit in ("CNY", "HKD") and ticker and _taiwan_yuan(ctx, q, ticker):
            unit = "TWD"  # 台积电营收3357.7亿元: a Taiwan company's 元 is the New Taiwan dollar
        if base == "fx_rate" and (entity or "").lower().removeprefix("the ").removeprefix("us ") in ("dollar", "greenback") \
                and (quote := unit if unit in _QUOTED_PER_DOLLAR else _per_dollar_quote(text)) is not None:
            entity = f"USD/{'CNH' if quote == 'CNY' and _OFFSHORE.search(text) else quote}"  # "the dollar climbed to 137.40
            entity_key = subject_key(entity)  # yen", "rose 0.4% to 154.2 yen": the pair, as markets name it
        a, b = ctx.original_span(q.start, q.end)
        if base == "fx_rate" and unit == "bp" and _CJK.search(text, q.start, q.end):
            unit = "pips"  # "人民币中间价调升166基点", "高開103點子": an exchange rate's points are pips (0.0001), not a rate's bp
        money, per = _money_per(unit)
        unchanged = q.prior_value is None and q.value is not None and _SAME_AS_BEFORE.match(text, q.end) is not None
        out.append(Metric(
            metric=name,
            value=_signed(q.value, sign),
            low=_signed(q.low if sign > 0 else q.high, sign),
            high=_signed(q.high if sign > 0 else q.low, sign),
            prior_value=_signed(q.value, sign) if unchanged else _signed(q.prior_value, prior_sign),  # ("为0.97%,与上年末持平":
            # the level it had)
            prior_low=_signed(q.prior_low if prior_sign > 0 else q.prior_high, prior_sign),
            prior_high=_signed(q.prior_high if prior_sign > 0 else q.prior_low, prior_sign),
            unit=money,
            period=respective.get(id(q)) or _flow_period(_period(ctx, q, cs, ce, base, quantities), base, lex, text),
            basis=("consensus" if POLLED_MARK.search(text, max(0, q.start - 8), q.start) else None) or
            (_basis(bases, q, cs, ce) if change or unit == "%" or q.needs_metric else None) or per or (
                tenor[0] if owner is not None and owner.kind == "subject" and (tenor := _tenor(ctx, owner)) else None) or
            _per_shares(text, q, cs, ce, unit) or (_segment(text, q, cs) if base in lex.indicators else None),
            modality=_modality(ctx, modals, q, ctx.hard_start(q.start), base, label),
            entity=entity,
            ticker=ticker,
            attributed_to=_source(ctx, entity_key),
            span=(a, b),
            evidence=ctx.evidence(),
            entity_key=entity_key,
            confidence=confidence.of(f"{_cue_kind(label, name)}/{_owner_kind(owner, entity)}"),
        ))
        for other in _sharing(ctx, q, cs):  # "corn and soybeans each jumping about 2 percent": each item's figure
            o_entity, o_key, o_ticker = _entity(ctx, q, cs, unit, base, other)
            if o_entity is not None and o_entity != entity:
                out.append(replace(out[-1], entity=o_entity, entity_key=o_key, ticker=o_ticker, attributed_to=_source(ctx, o_key)))
        if base is not None:
            prev[unit] = prev[""] = base
            if label in lex.negative_labels:
                prev_loss[unit] = label
            else:
                prev_loss.pop(unit, None)
        if in_pair and unit not in (None, "%") and not is_currency(unit):
            paired = (base, label, unit)
        prev_unit = unit
        prev_move = (direction, change)
        prev_money_move = money_move
        moved_by = q if amount_move else None
        loss_before = q if sign < 0 and is_currency(unit) and not change else None
        floor = q.end
    return out


def _money_per(unit: str | None) -> tuple[str | None, str | None]:
    """A price per tonne, kilogram or square metre is written in its currency, with what it is per in the basis
    (52470元/吨: 52470 CNY, "per tonne"), as "$1,176 an ounce" is 1,176 USD."""
    money, _, per = (unit or "").partition("/")
    return (money, f"per {per}") if per and is_currency(money) else (unit, None)


def _sharing(ctx: Sentence, q: Quantity, cs: int) -> list[Owner]:
    """The items of a list that each moved by the value: "corn and soybeans each jumping about 2 percent",
    "Apple and Microsoft both rose 1.5%"."""
    text = ctx.text
    each = _EACH_BEFORE.search(text, cs, q.start) if " each " in text or " both " in text else None
    if each is None:
        return []
    owners = [o for o in _owners(ctx) if o.end <= each.start()]
    if not owners or owners[-1].end != each.start():
        return []
    items = [owners[-1]]
    for o in reversed(owners[:-1]):
        if not _ITEM_GAP.fullmatch(text, o.end, items[0].start):
            break
        items.insert(0, o)
    return items if len(items) > 1 else []


_EACH_BEFORE = scan.compile(r"\s(?:each|both)\s(?:[a-z]+\s){1,2}?(?:(?:about|around|nearly|roughly|more than|over)\s)?(?:US|HK)?\$?$")
_ITEM_GAP = scan.compile(r",\s|,?\s(?:and|&)\s")


_OR_PER_SHARE = scan.compile(r"\s?,?\s?(?:or|equal to)\s|\s?[(（]\s?")
_LOSS_OF = scan.compile(r"\b(?:loss(?:es)? of|lost)\s(?:about |around |nearly )?$", re.IGNORECASE)
_LOSS_MOVED = scan.compile(r"\bloss(?:es)?\b[^.;$\d]{0,50}?\b(?:shrank|shrunk|narrowed|widened|deepened|swelled|eased|came|stood|was)"
                           r"\s(?:in\s)?(?:to|at)?\s?$", re.IGNORECASE)
_BARE_YUAN = scan.compile(r"元")
_DOLLARS_NAMED = scan.compile(r"(?:以)?美元(?:计价|计算|计)?的?(?:营收|营业额|收入|营业收入|销售额)(?:为|达|约)?\s?$|以美元计[算价]?[，,]?\s?[^，,。；;]{0,10}?$")
_CJK = scan.compile(r"[\u4e00-\u9fff]")
_NAMED_YUAN = scan.compile(r"人民币|RMB|CNY|yuan|renminbi|[¥￥]", re.IGNORECASE)
_NAMED_DOLLAR = scan.compile(r"US\$|U\.S\.|USD|dollar|美元|美金", re.IGNORECASE)
_SENTENCE_YUAN = scan.compile(r"人民币(?!计价|资产|兑|汇率|中间价)|\bRMB\b|\byuan\b", re.IGNORECASE)  # (not "人民币计价资产")


def local_unit(unit: str | None, written: str, ctx: Sentence, at: int | None = None) -> str | None:
    """A bare `元` or `$` is the currency of the market the story is about: in a Hong Kong stock story
    `报68.35元` and `$77` are Hong Kong dollars (unless the sentence speaks of yuan, or an English text
    writes HK$ itself and so means US dollars by a bare `$`)."""
    declared = ctx.article.declared_currency(ctx.start + len(ctx.text))  # "盈利13.35亿元(人民币‧下同)": this one too
    if declared and ctx.article.market == "HK" and at is not None and ctx.start + at <= ctx.article.title_end \
            and _HK_QUOTE_BEFORE.search(ctx.text, max(0, at - 8), at):
        declared = None  # "安踏(02020)…今早股价高开7.5%,报77元,…开市前成交8621万元" atop results in yuan: the stock trades in HKD
    if declared and unit in ("CNY", "HKD", "USD") and _BARE_YUAN.search(written) and not _NAMED_YUAN.search(written) \
            and not re.search(r"港元|港币|美元", written):
        return declared  # "(人民币.下同)": every bare 元 after it is that currency
    if declared == "USD" and unit == "HKD" and written.endswith("仙") and "港仙" not in written:
        return declared  # "(美元,下同)… 每股6.84仙": that currency's cents
    market = ctx.article.market
    # a broker that is a listed bank (Macquarie, RBC) is no owner of a target it sets
    brokers = {(s.start, s.end) for s in ctx.sources} if _BROKER_TALK.search(ctx.text) else set()
    named = ctx.companies + ([ctx.carried] if ctx.carried else []) or (
        [ctx.last_company] if ctx.last_company and not ctx.article.macro else [])  # (in a release, not the bank an economist
    # spoke for: "Zhou Hao, China economist at ANZ" before "a trade surplus of $16.7 billion")
    listed = next((c.entry.listings[0].currency for c in named  # else the company the text last named
                   if c.entry is not None and c.entry.listings and (c.start, c.end) not in brokers), None)
    if ctx.article.dollar_is_usd and market != "HK":
        return unit  # "C$709 million … $6 billion": the bare dollar is the US dollar
    if listed in DOLLAR_MARKETS.values() and unit == "USD" and "$" in written and not _NAMED_DOLLAR.search(written) \
            and not _US_DOLLAR.search(written) and not _quoted_abroad(ctx, at):
        return listed  # "Royal Bank of Canada posted earnings of $4.13 billion": its own market's dollars
    if market is None and listed == "HKD" and unit == "USD" and "$" in written and not _NAMED_DOLLAR.search(written) \
            and not _US_DOLLAR.search(written) and _PRICE_TALK.search(ctx.text):
        return "HKD"  # "SELL CIFH … Closing price: $2.775": a Hong Kong stock's price is in its own dollars
    if market in DOLLAR_MARKETS and unit == "USD" and _BENCHMARK_QUOTE.search(ctx.text):
        return unit  # "the Argus 6,000 kcal/kg NAR price averaged $133.46/t fob Newcastle": a benchmark's US dollars
    if market in DOLLAR_MARKETS:  # a Sydney paper's company "$5 billion" is Australian dollars, but oil, gold
        # and the exchange rate are quoted in US dollars everywhere
        # "ANZ up 19 cents", "The stock is at $3.93" (the company named before)
        # (a company the gazetteer lacks is the story's own: "Consumer electronics retailer JB Hi-Fi … The result beat
        # the circa $92 million profit guidance")
        story = ctx.last_company or ctx.first_company
        company = ctx.companies or ctx.carried or story and (
            _THE_STOCK.search(ctx.text) or story.entry is None and not _CURRENCY_TALK.search(ctx.text)) \
            or _MARKET_MONEY.search(ctx.text) or ctx.article.macro and not _CURRENCY_TALK.search(ctx.text)
        # ("National turnover was … worth $4.1 billion": the market's; a statistics release's "average hourly wages
        # (+$1.56 to $33.47)": the economy's own)
        local = unit == "USD" and ("$" in written or _BARE_CENTS.search(written)) and not _NAMED_DOLLAR.search(written) \
            and not _US_DOLLAR.search(written) and company and not _quoted_abroad(ctx, at)
        return DOLLAR_MARKETS[market] if local else unit
    if market == "TW" and unit == "CNY" and _BARE_YUAN.search(written) and not _NAMED_YUAN.search(written):
        return "TWD"  # "外资卖超台股964.66亿元": the new Taiwan dollar
    if market == "MO" and unit in ("CNY", "HKD") and _BARE_YUAN.search(written) and not _NAMED_YUAN.search(written) \
            and not re.search(r"港元|港币|美元", written):
        # "博彩毛收入為二百零六億二千七百萬元": Macau's patacas; "金沙升14.6%,收報21元": a Hong Kong stock's dollars
        reporter = ctx.companies[0] if ctx.companies else ctx.carried or ctx.last_company
        ticker = reporter and (reporter.ticker or (ctx.doc_tickers.get(reporter.entry.id) if reporter.entry else None))
        listed_hk = bool(ticker) and ticker.endswith(".HK") and not ctx.article.macro
        # (a Hong Kong-listed operator's results, "美高梅中國(02282.HK)…淨收入…348億元", are in its listing's dollars)
        return "HKD" if _hk_stock_here(ctx) and _CLOSE_QUOTE.search(ctx.text) or listed_hk else "MOP"
    if market != "HK":
        return unit
    quotes_hk = ctx.article.hk_codes or _hk_stock_here(ctx) or (ctx.market_story and not ctx.article.writes_hk_dollar)
    if unit == "USD" and not _CJK.search(ctx.text) and (not quotes_hk or ctx.article.roundup):
        return unit  # an English story about Hong Kong writes US dollars as "$" unless it quotes HK stocks or the market
    if unit == "CNY" and _BARE_YUAN.search(written) and not _NAMED_YUAN.search(written) and not _SENTENCE_YUAN.search(ctx.text) \
            and not (_MAINLAND_MARKET.search(ctx.text) and not _HK_MARKET.search(ctx.text)) \
            and not (_A_AND_H.search(ctx.text) and _HK_DOLLAR.search(ctx.text)):  # "A/H股目标价21元/19港元": the A share's in yuan
        if re.search(r"[万亿]", written) and _reports_in_yuan(ctx):
            return unit  # "錄得盈利約42億元人民幣 … 收入594.8億元": a company that reports in yuan goes on in yuan
        if ctx.written == ctx.text and any(li.currency == "CNY" for c in named if c.entry is not None for li in c.entry.listings) \
                and _A_AND_H.search(ctx.doc.text) and not _HK_MARKET.search(ctx.text) and not _MARKET_MONEY_ZH.search(ctx.text) \
                and not _PRICED.search(ctx.text):
            return unit  # a mainland note on an A- and H-listed company: "2025-2027年归母净利润预计依次为352亿元", its accounts'
            # yuan (not a Hong Kong paper's targets for H shares, "摩通將中行目標價由4元上調至4.2元")
        return "HKD"  # (a Hong Kong paper's Shanghai close, 成交7076亿元, is in yuan)
    if unit == "USD" and "$" in written and not _NAMED_DOLLAR.search(written) and not ctx.article.writes_hk_dollar:
        return "HKD"
    return unit


_BENCHMARK_QUOTE = scan.compile(r"\b(?:fob|FOB|cfr|CFR|cif|CIF|Argus|Platts|kcal)\b")


def _quoted_abroad(ctx: Sentence, at: int | None) -> bool:
    """Whether a dollar figure belongs to a price quoted in US dollars everywhere (oil, gold, an exchange rate): one
    named in the sentence, or, for a figure at `at`, before it or in its clause, unless a company is named nearer
    before it ("Woodside dropped 11¢ to $42.33 after a fall in the crude oil price to $US62.77": Woodside's is local)."""
    quoted = [a for a, _, label in ctx.subjects if label in ("price", "fx_rate")]
    if at is None or not quoted:
        return bool(quoted)
    quoted_before = max((a for a in quoted if a < at), default=-1)
    if max((c.start for c in ctx.companies if c.start < at), default=-1) > quoted_before:
        return False
    cs, ce = ctx.clause(at)
    return quoted_before >= 0 or any(cs <= a < ce for a in quoted)


def _reports_in_yuan(ctx: Sentence) -> bool:
    """Whether the company of the sentence had a figure of its own written in yuan earlier in the text, and the text
    writes no Hong Kong dollar amount (a stock's trading, market value or fund-raising stays in Hong Kong dollars)."""
    company = ctx.companies[0] if ctx.companies else ctx.carried or ctx.last_company
    text = ctx.doc.text
    if company is None or not company.name or _MARKET_MONEY_ZH.search(ctx.text) or _HK_DOLLAR_AMOUNT.search(text):
        return False
    names = {company.name, ctx.text[company.start:company.end] if ctx.companies else company.name}  # (as written, as normalised)
    for m in _YUAN_AMOUNT.finditer(text, 0, ctx.start):
        sentence = text[max(text.rfind("。", 0, m.start()), text.rfind("\n", 0, m.start())) + 1:m.end()]
        if any(n in sentence for n in names):
            return True
    return False


_MARKET_MONEY_ZH = scan.compile(r"涉资|成交|市值|集资|筹资|募资|配售|招股|股价|收报")
# A Chinese note's EPS written bare, alone or as a list: "对应EPS 0.56/0.74/0.92", "每股收益分别为1.25、1.48".
_EPS_FIGURES_BEFORE = scan.compile(r"(?:EPS|每股收益|每股盈利)(?:分别|依次)?(?:为|為)?\s?[:：]?\s?(?:\d{1,2}\.\d{2,3}\s?[/、]\s?)*$")
_PER_SHARE_FIGURE = scan.compile(r"\d{1,2}\.\d{2,3}")
# A level said to be unchanged from an earlier period: "不良贷款率为0.97%,与上年末持平", "同比增长5.1%,增速与上年全年持平".
_SAME_AS_BEFORE = scan.compile(r"\s?[，,]\s?(?:增速|增幅|涨幅|降幅|跌幅)?(?:与|和|同)\s?(?:上年|去年|上月|上季|上期|前值|前一|上一|\d{1,2}\s?月|1\s?[-—至~]\s?\d{1,2}\s?月)"
                               r"[^，,。；;%]{0,10}?持平")
_HK_QUOTE_BEFORE = scan.compile(r"(?:报|收报|收|高见|低见|成交|成交额|成交金额)\s?(?:约|逾|近)?$")
_PRICE_TALK = scan.compile(r"\b(?:(?:closing |share |target |stock )?price|target|closed|closing)\b", re.IGNORECASE)
_PRICED = scan.compile(r"目标价|现价|当前价|报收")  # (and _MARKET_MONEY_ZH's 股价, 收报: prices, in their listing's money)
_A_AND_H = scan.compile(r"A\s?/\s?H|A股|A、H股|A\+H")
_HK_DOLLAR = scan.compile(r"港元|港币")
_YUAN_AMOUNT = scan.compile(r"[\d零〇一二三四五六七八九十百千两几]\s?[万亿]+\s?元?\s?人民币|人民币\s?\d[\d.,]*\s?[万亿]")  # (三百二十几亿元人民币)
_HK_DOLLAR_AMOUNT = scan.compile(r"\d\s?[万亿]*\s?(?:港元|港币)|(?:港元|港币)\s?\d|HK\$")
_MAINLAND_MARKET = scan.compile(r"上证|沪指|沪综指|深成指|深证|创业板|科创|沪深(?!港通)|两市|A股|上交所|深交所")
_HK_MARKET = scan.compile(r"恒指|恒生|国指|港股|港交所|沪深港通|沪港通|深港通|港元|港币|H股|科指")
_BROKER_TALK = scan.compile(r"target|rating|upgrad|downgrad|overweight|underweight|outperform|目标价|评级", re.IGNORECASE)
_TARGET_BEFORE = scan.compile(r"(?:(?i:target price|price target|target)|目标价)(?:\s?(?:of|to|from|at|is|was|now|为|至|由|从|[:：]))*\s?$")


_CLOSED_AT = scan.compile(r"\s?点?\s?(?:收市|收盘|作收|报收)")  # "升699点以27826收市": the level it closed at
_QUOTED_AT = scan.compile(r"(?:收报|报收|收市报|收于|报)\s?$")
_BARE_QUOTE_BEFORE = scan.compile(r"\b(?:to|at|gained|rose|lost|fell|added|shed|soared|slipped|climbed|dropped|eased|jumped|slumped|"
                                  r"tumbled|advanced|declined|edged (?:up|down))\s$")
_CLOSE_QUOTE = scan.compile(r"收报|报收|收市报")


def _stock_quote(ctx: Sentence, at: int) -> bool:
    """Whether the nearest name before `at` in its clause is a company quoted with its code (a stock, not an index)."""
    cs, _ = ctx.clause(at)
    before = [c for c in ctx.companies if c.end <= at and c.start >= cs - 40]
    subjects = [a for a, b, label in ctx.subjects if b <= at and a >= cs and label == "index"]
    return bool(before) and bool(before[-1].ticker) and not (subjects and subjects[-1] > before[-1].start)


_TIMES_WORD = scan.compile(r"\s?(?:times\b|倍)")
_TIMES_AFTER = scan.compile(r"\s?(?:次|家次|家|只|个|份|篇|项|times\b)")


_YI_YUAN = scan.compile(r"\d\s?亿元")
_YI_COUNTED = scan.compile(r"\d\s?亿\s?(?:股|份|人|吨|辆|件|台|只|部|张|户|桶|立方|千瓦|度|平方|次|个|美元|港元|日元|欧元|英镑|用户)")
_NOTHING_COUNTED = scan.compile(r"(?<=亿)(?![\u4e00-\u9fff])")
_CLAUSE_MARK = scan.compile(r"[，,。；;]")


# A carmaker's figure counted in vehicles by name: "sold 210,295 new energy vehicles (NEVs)", "14,827 NEVs".
_VEHICLES_COUNTED = scan.compile(r"\d\s(?:(?:new energy|electric|passenger|commercial|plug-in hybrid)\s)?(?:vehicles|NEVs|EVs)\b")


@lru_cache(maxsize=1)
def _counts_vehicles(doc: str) -> bool:
    """Whether a text counts its sales in vehicles by name, so that its "units" are vehicles too."""
    return _VEHICLES_COUNTED.search(doc) is not None


@lru_cache(maxsize=1)  # (asked again for each bare 亿 figure of the same text)
def _writes_yi_in_yuan(doc: str) -> bool:
    """Whether a text writes its 亿 amounts in yuan and counts nothing else in 亿."""
    return len(_YI_YUAN.findall(doc)) >= 2 and _YI_COUNTED.search(doc) is None


def market_currency(ctx: Sentence) -> str:
    """The money a bare figure of the story's market is in."""
    market = ctx.article.market
    if market is None and _CJK.search(ctx.text):
        return "CNY"  # a Chinese sentence of no named market: the mainland's
    return MARKET_MONEY.get(market, "USD")


_US_DOLLAR = scan.compile(r"\$US")  # Australian papers' US dollars
_MARKET_MONEY = scan.compile(r"\bturnover\b|\bvalue traded\b|\btraded value\b", re.IGNORECASE)
_THE_STOCK = scan.compile(r"\b(?:[Tt]he|[Ii]ts) (?:stock|shares)\b")
_BARE_CENTS = scan.compile(rf"(?:\d|\b(?:{DIGIT_WORDS}))\s?(?:cents?\b|cps\b|c$)")  # ("369cps": cents a share)
_MONEY_METRICS = frozenset({"revenue", "net_profit", "operating_profit", "net_interest_income", "net_loss", "operating_cash_flow",
                            "market_cap", "funds_raised", "valuation", "new_loans", "social_financing", "money_supply",
                            "margin_balance", "financing_balance", "securities_lending_balance", "margin_purchases",
                            "margin_repayments", "margin_balance_difference"})
# ("N华芯市值 109.56亿", "4月新增人民币贷款2800亿")


def _running_currency(ctx: Sentence, at: int) -> str | None:
    """The currency of the amount written with one just before (an English text's), as this sentence would read a "$"."""
    running = ctx.article.running_currency(ctx.start + at, ctx.end)
    return local_unit("USD", "$1", ctx) if running == "dollar" else running


def _hk_stock_here(ctx: Sentence) -> bool:
    """Whether the sentence quotes a stock listed in Hong Kong and not in dollars ("TENCENT (+2.2% to $605.5)")."""
    return any(c.entry is not None and c.entry.listings and all(li.currency != "USD" for li in c.entry.listings)
               and any(li.currency == "HKD" for li in c.entry.listings) for c in ctx.companies)


# The same figure of another year, in brackets right after it: "(二零二四年: 港币…)", "(2024年：…)", "(2024: …)".
_YEAR_BRACKET = scan.compile(r"\s?[(（]\s?(?:\d{4}|[一二三四五六七八九〇零]{4})\s?年?(?:同期)?\s?[:：]\s?")
_COUNTED_AS = scan.compile(r"\s(?:[a-z-]+\s)?(?:deliveries|shipments)\b")
_PLANES = scan.compile(r"\b(?:aircraft|aeroplanes|airplanes|airliners|jets|planes)\b", re.IGNORECASE)
_CARS = scan.compile(r"\b(?:vehicles|cars|EVs|trucks)\b", re.IGNORECASE)
_HOMEBUILDER = scan.compile(r"\bhome ?build(?:er|ers|ing)\b|\bhomes delivered\b", re.IGNORECASE)
_AMOUNT_MOVE_NOUN = scan.compile(r"\s(?:drop|fall|decline|decrease|rise|increase|jump|slump|plunge|surge)\s(?:in|of)\b")
_MOVES_OF_AFTER = scan.compile(r"\sof\s(?:further\s|additional\s|more\s)?(?:rate\s|interest[- ]rate\s)?(cuts|reductions|easing|hikes|increases|rises|tightening)\b")
_RATE_MOVE_AFTER = scan.compile(r"\s(?:rate\s|interest[- ]rate\s)?(cut|reduction|hike|increase|rise)\b")
_MOVE_NOUN_AFTER = scan.compile(r"\s(drop|fall|decline|decrease|rise|increase|gain|jump|slump|plunge|surge)(?:\s(?:in|of|for)\b|(?=[.,;]|$))")
_FALL_NOUNS = frozenset({"drop", "fall", "decline", "decrease", "slump", "plunge"})
# (after a conversion in brackets too: "ended 0.66% (JPY 11.5) lower", and the bracketed figure's own ") lower")
_HIGHER_LOWER = scan.compile(r"(?:\s?\([^()]{1,24}\)|\))?\s(?:higher|lower|weaker|stronger|firmer|softer|ahead(?!\sof)|"
                           r"(?:up|down)(?=\s(?:to|at|on|in|this|today|yesterday|after|since)\b|[,.;]|$))\b")  # "closed 61.42 points
# down to 7,600.45", "was 18 points down this morning"
_A_YEAR_AGO = r"a year (?:earlier|ago|before)|last year|the (?:previous|prior) year|the same (?:period|quarter) (?:a|last) year"
_VERSUS_YEAR_AGO = scan.compile(rf"\s(below|above) (?:the level of |their level of |its level of )?(?:{_A_YEAR_AGO}|"
                                r"the year-(?:ago|earlier) (?:level|period|month|quarter)|the same month (?:a|last) year)")
_THAN_BEFORE = scan.compile(rf"\s(?:lower|less) than (?:{_A_YEAR_AGO})")
_SOLD = scan.compile(r"\b(?:sold|sales|sell|sells)\b")  # (not 销量…台: a Chinese counter, the vehicles)
_DELIVERED = scan.compile(r"\bdeliver|交付")
_LOWER_THAN = scan.compile(r"\s(?:percentage points?|basis points?|pp|bp)?\s?(?:lower|less) than\b")
_AMOUNT_LIST = scan.compile(r"\s?[、,，/和及]\s?")
# Flows whose "增加" is the flow itself (but "多增", "同比增加" compare it with another period's)
_FLOWS = frozenset({"new_loans", "social_financing"})
_FLOW_ADDED = scan.compile(r"(?<![多少比])(?:增加|新增)了?\s?(?:约|近|逾)?$")
_COUNT_MOVED = scan.compile(r"\b(?:fell|rose|dropped|declined|climbed|jumped|slipped|slid|increased|decreased|grew|surged|plunged|"
                            r"tumbled)\s(?:about\s|nearly\s|some\s|around\s)?$")
_AMOUNT_MOVE = scan.compile(r"(?:净)?(?:增加|减少|降低|提高|骤减|锐减|大减|骤增|大增)了?\s?(?:约|近|逾)?$|(?:环比|同比|持仓量?|仓位)\s?(?:升|降|增|减)\s?$|(?:下降|上升|增长|下滑|回落)了\s?(?:约|近|逾)?$|(?<=[(（,，])(?:增|减)$|\b(?:increased|decreased|declined|fell|rose|grew|dropped|climbed|jumped|slipped|slid|surged|plunged|tumbled|(?:was|were) (?:down|up)|revised (?:down|up)(?:ward)?|revised (?:lower|higher)"
                          r"|(?:will|to|would|could) (?:fall|rise|drop|decline|grow|increase|decrease)) by\s(?:about\s|nearly\s|approximately\s|around\s)?$"
                          r"|\b(?:increase|decrease|decline|drop|fall|rise|build|draw)\sof\s(?:about\s|around\s|nearly\s)?$"  # "expected a decrease of 2.2 million barrels"
                            r"|\b(?:fall|drop|decline|decrease|rise|increase|gain|jump)s? of\s(?:about\s|nearly\s)?$",  # "a fall of N8.3 billion in profit"
                            re.IGNORECASE)


def _move_then_level(text: str, move: Quantity, level: Quantity, gap: re.Pattern[str]) -> bool:
    """Whether `level` is the count `move` moved to ("rose 24,500 to 8,156,200"): far beyond it, after "to"."""
    return (level.value or 0) > 3 * (move.value or 0) and gap.fullmatch(text, move.end, level.start) is not None


def _level_after_move(text: str, q: Quantity, quantities: list[Quantity]) -> bool:
    """Whether a count is the level the count before it moved to ("added 7,300 jobs in June to 11,768,600")."""
    prev = next((r for r in reversed(quantities) if r.end <= q.start), None)
    return prev is not None and prev.value is not None and _move_then_level(text, prev, q, _COUNT_TO_LEVEL)


_COUNT_TO_LEVEL = scan.compile(r"(?:\s(?:jobs|people|positions))?(?:\s(?:in|during)\s[A-Za-z]+)?\s(?:to|at)\s")


_MARK_AFTER = scan.compile(r"\s?的?(?:关口|大关|关卡|整数关口|心理关口)")
_AIMED_AT = scan.compile(r"(?:挑战|上望|目标|看|冲击|剑指|叩关|直指|迈向)\s?$")
_HOMES_KIND = scan.compile(r"\b(?:(?P<new>new)|existing|previously owned|pre-owned)\s(?:single-family\s)?(?:homes?|houses?)\b", re.IGNORECASE)
_MONTHS_AFTER = scan.compile(r"[\s-]?months?\b")
# A survey's threshold between growth and contraction: "the 50-point mark", "a reading above 50 signals growth", 荣枯线.
_THRESHOLD_AT = scan.compile(r"50(?:\s?(?:-|\s)?(?:point|mark|level|line))?\s(?:mark|line|level|threshold|boom-bust|dividing)\b"
                             r"|50(?:\.0)?\s?(?:%|点)?\s?(?:的)?(?:荣枯线|枯荣线|荣枯分水岭|分水岭|临界点)"
                             r"|50(?:-point)?\s(?:indicat|signal|denot|mean|separat|divid|mark)", re.IGNORECASE)
_THRESHOLD_BEFORE = scan.compile(r"(?:荣枯线|枯荣线|临界点)\s?$")


def _moved_to_level(text: str, q: Quantity, quantities: list[Quantity], unit: str) -> bool:
    """Whether the next value is the level this count moved to: "rose 24,500 to 8,156,200"."""
    nxt = next((r for r in quantities if r.start >= q.end), None)
    return nxt is not None and nxt.unit in (None, unit) and _move_then_level(text, q, nxt, TO_LEVEL_GAP)


_ANNUAL_RATE = scan.compile(r"\b(?:annual(?:ized|ised)?|yearly) (?:rate|pace) of\s(?:about\s|around\s)?$")
_ANNUAL_RATE_IN = scan.compile(r"\b(?:annual(?:ized|ised)?|yearly) (?:rate|pace) of\s")  # ("from an annual rate of 5.08 million to 5.06 million")
_NEXT_MOVER = scan.compile(r"\s?(?:cents?|pence|p)?,?\s(?:and\s)?(?:the\s)?[A-Z][\w&'’.-]*(?:\s(?:[A-Z][\w&'’.-]*|&)){0,3}\s[$€£]?")
_AGAINST_BASE = scan.compile(r"(?:比|较)(?:上年|去年|上年同期|去年同期|上月|上季)[^，。,；;\d]{0,6}?(?:上升|下降|增长|减少|提高|降低|上涨|下跌)$")
_MONEY_MOVE = scan.compile(r"(?:\bfell|\brose|\bgained|\blost|\bdropped|\bdeclined|\badded|\bshed|\bgave up|\bslipped|\bclimbed|\bsagged|"
                         r"\bjumped|\bleapt|\bleaped|\bput on|\bmoved (?:up|down)|\bsurged|\bsoared|\btumbled|\bplunged|\bsank|\bslid|\beased|\bedged (?:up|down|higher|lower)|\bdipped|\bfirmed|\brallied|\badvanced|\bretreated|\bdescended|\bstumbled|\bfaded|\bdived|\btacked on|"
                         r"\bup|\bdown|\bahead|\boff|\b(?:falling|rising|gaining|losing|dropping|declining|adding|shedding|slipping|climbing|jumping|sliding|dipping|giving up|tumbling|plunging|surging|soaring|edging (?:up|down|higher|lower))|"
                         r"跌|升|涨|挫|扬|上涨|下跌|回落|回升|调[涨降升高低]|[上下]调|缩量|放量)\s?(?:by\s)?(?:about\s|around\s|nearly\s)?$"
                         # against a base: "比前一个交易日减少150亿元", "同比增加12亿元", "同比多减560亿元", "同比少384亿元"
                         r"|[较比][^，。,；;\d]{0,14}?(?:增加|减少|下降|上升|增长|下滑|回落|回升|[多少][增减]|少)\s?(?:约|近|逾)?$",
                         re.IGNORECASE)
_COMPARE_DIRECTION = scan.compile(r"[较比][^，。,；;]{0,14}?(低|高)(?=\s?(?:[\d百]|了))"
                                  r"|(?<!不)(低|高)于[^，。,；;的\d]{0,12}?(?=\s?\d)(?!\s?(?:19|20)\d{2}\s?年)")  # "增速低于上月末0.6个百分点" (not
# "低于去年(2024年)的2.18%": a year, then the figure compared with)
_CONSENSUS = scan.compile(r"consensus|average (?:price )?target|mean target|analysts['’] (?:\d+-month )?(?:price )?target|一致(?:预期)?目标价|平均目标价",
                          re.IGNORECASE)  # ("slightly above the analysts' 12-month price target of $70.35")
_OR_BEFORE = scan.compile(r"(?:,|(?<=%)|(?<=per cent)|(?<=\dpc))\s?or\s(?:by\s)?(?:about\s|nearly\s|almost\s)?$|，?(?:或|幅度为)$")
# How a move's size changed: 涨幅回落 (a smaller rise: down), 降幅收窄 (a smaller fall: up), 降幅扩大 (down).
_SMALLER = frozenset({"收窄", "缩小", "回落", "放缓", "减少", "下降", "降低"})
_RESIZED = scan.compile("|".join(sorted(_SMALLER | {"扩大", "加大", "增加", "提高", "上升", "加快"})))
_MOVE_NOUN = scan.compile(r"(涨|(?<![涨升])跌|降|升|增|减)幅(?:[^，,。;]{0,6}?|较[^，,。;%]{1,8}?(?:分别)?(?:收窄|缩小|扩大|加大|回落|放缓|提高|上升|加快)|比[^，,。;]{1,8}[,，][^，,。;]{0,4}?|居前[,，]\s?幅度(?:分别)?为)$")
_SMALL_LEVELS = frozenset({"fx_rate", "pmi"})  # levels well below 100 ("USD/CNY 7.12", "PMI 49.8")
_COUNTED = scan.compile(r"\s?(?:只|家|个|名|项|条|位|周|天|年(?!\d))|\s(?:constituents|members|stocks|companies|components|listed|firms|nations|"
                      r"countries|economies|banks|lenders|analysts|economists|brokers|months|weeks|days|years|times|people)\b", re.IGNORECASE)
# A stock's own move: intraday and closing words, or a move noun, with a company as the subject.
_STOCK_WORDS = scan.compile(r"收盘|收市|盘中|盘初|早盘|午后|尾盘|收涨|收跌|高开|低开|一度|涨幅|跌幅|股价|\bshares\b|\bstock\b|premarket|"
                          r"trading|\bADRs?\b|港股|A股|H股|美股|上市首日|首日|debut", re.IGNORECASE)


def _stock_move(ctx: Sentence, text: str, q: Quantity, cs: int, owner: Owner | None) -> bool:
    """A bare percent move of a company is its share price's change when the sentence speaks of trading
    (a stock word near it, a price quoted right after it: "跌3.25%，報214.6元", "fell 0.4 percent, at
    73.85 HK dollars") or the story is a market's (it names a stock index)."""
    company = (owner is not None and owner.kind == "company") or any(
        c.entry is not None or c.ticker for c in ctx.companies if c.start < q.start)
    return company and (_STOCK_WORDS.search(text, max(0, cs - 30), q.end + 24) is not None
                        or _PRICE_AFTER.match(text, q.end) is not None or ctx.market_story)


_PRICE_AFTER = scan.compile(r"\s?[,，]?\s?(?:to|at|报|報|收报|收報)\s?(?:(?:HK|US|S|A|C)?\$\s?[\d.]+|[\d.]+\s?(?:HK dollars|dollars|cents|pence|p\b|元|港元|美元))",
                            re.IGNORECASE)


_NAMED_ONLY = frozenset({"other", "company"})  # subject labels that name no metric
_PER_SHARE_METRICS = frozenset({"eps", "share_price", "target_price"})
_DIGIT = scan.compile(r"\d")
_LEVEL_IN_BP = frozenset({"spread"})
_QUOTE = scan.compile(r"/(?P<iso>[A-Z]{3})|[兑兌](?P<zh>美元|欧元|歐元|英镑|英鎊|日元|人民币|人民幣|港元)")
_ZH_CURRENCY = {"美元": "USD", "欧元": "EUR", "歐元": "EUR", "英镑": "GBP", "英鎊": "GBP", "日元": "JPY", "人民币": "CNY",
                "人民幣": "CNY", "港元": "HKD"}
# a currency quoted as so many of it per dollar, whichever way the pair is written: 人民币兑美元, 港元兌美元, 港匯
_PER_DOLLAR_ZH_ISO = {"人民币": "CNY", "人民幣": "CNY", "港元": "HKD", "港汇": "HKD", "港匯": "HKD", "日元": "JPY"}
_PER_DOLLAR_ZH = scan.compile("|".join(_PER_DOLLAR_ZH_ISO))


_DOLLAR_BLOC = scan.compile(r"(?:[Tt]he )?(?:Canadian|Australian|New Zealand) dollar|[Tt]he loonie")


def _quote_currency(pair: str, text: str, q: Quantity, cs: int, ce: int) -> str:
    """USD/CNY 7.12 is 7.12 CNY; 美元兑人民币 likewise; "sterling traded at 1.5320 against the US dollar"
    is in dollars; the yuan against the dollar (人民币兑美元, 离岸人民币, onshore yuan) is quoted in yuan per dollar."""
    per_dollar = _PER_DOLLAR_ZH.match(pair)
    if per_dollar is not None and (pair == per_dollar.group() or pair[per_dollar.end():].startswith(("兑美元", "兌美元", "汇率", "匯率"))):
        return _PER_DOLLAR_ZH_ISO[per_dollar.group()]
    m = _QUOTE.search(pair)
    if m is not None and not pair.startswith(("人民币兑", "人民幣兌")):
        return {"CNH": "CNY"}.get(m.group("iso"), m.group("iso")) if m.group("iso") else _ZH_CURRENCY[m.group("zh")]
    if "/" in pair and (quote := _EN_CURRENCY.get(pair.lower().split("/")[-1])) is not None:
        return quote  # "euro/dollar 0.54% higher to 1.1277": dollars a euro
    own = _EN_CURRENCY.get(pair.lower().removeprefix("the ").split()[-1])
    if (asian := _ASIAN_DOLLAR.search(pair)) is not None:
        own = _ASIAN_DOLLARS[asian.group(1).lower()]  # "the Hong Kong dollar at 7.7735": so many a US dollar
    if own in _QUOTED_PER_DOLLAR:
        return own  # "the yen at 150 against the dollar": yen per dollar
    quoted = sorted(_AGAINST.finditer(text, cs, ce), key=lambda x: x.start() - q.end if x.start() >= q.end else q.start - x.end()) \
        or [*_AGAINST.finditer(text, 0, cs)][-1:]  # "Against the yen, which is …, the dollar climbed to 137.40"
    if quoted:
        return _EN_CURRENCY[quoted[0].group("c").lower()]
    home = next((c for m in _HOME_CURRENCY.finditer(text, 0, ce) if (c := _HOME_ISO.get(m.group(1).lower())) not in (own, None)), None)
    return home or ("USD" if _DOLLAR_BLOC.match(pair) else "CNY")  # "The Thai unit gained on the euro, closing at 48.00": baht a euro


def _per_dollar_quote(text: str) -> str | None:
    """The currency a sentence quotes the dollar in ("to 154.2 yen"), when it names one quoted per dollar."""
    m = _PER_DOLLAR_LEVEL.search(text)
    return _EN_CURRENCY.get(m.group(1).lower()) if m is not None else None


_PER_DOLLAR_LEVEL = scan.compile(r"\d\s(?:Japanese\s|Chinese\s|offshore\s)?(yen|yuan|won|rupee|baht|ringgit|rupiah)s?\b", re.IGNORECASE)
_OFFSHORE = scan.compile(r"\boffshore\b|离岸", re.IGNORECASE)
_AGAINST = scan.compile(r"\b(?:against|versus|vs\.?)\s(?:the\s|a\s)?(?:US\s|U\.S\.\s|Japanese\s|British\s|Swiss\s|single\s|offshore\s|onshore\s)?"
                        r"(?P<c>dollar|euro|yen|pound|sterling|yuan|renminbi|franc|won)s?\b", re.IGNORECASE)
# A currency named by its country ("the Thai unit", "the Malaysian ringgit"), and its code.
_HOME_ISO = {"thai": "THB", "malaysian": "MYR", "indonesian": "IDR", "indian": "INR", "philippine": "PHP", "south korean": "KRW", "korean": "KRW",
             "south african": "ZAR", "turkish": "TRY", "mexican": "MXN", "nigerian": "NGN", "kenyan": "KES"}
_HOME_CURRENCY = scan.compile(rf"\b({'|'.join(name.title() for name in _HOME_ISO)})"
                              r"\s(?:unit|currency|baht|ringgit|rupiah|rupee|peso|won|rand|lira|naira|shilling)\b")
_ASIAN_DOLLARS = {"hong kong": "HKD", "taiwan": "TWD", "taiwanese": "TWD", "singapore": "SGD"}
_ASIAN_DOLLAR = scan.compile(rf"\b({'|'.join(_ASIAN_DOLLARS)}) dollar", re.IGNORECASE)
# quoted as so many per US dollar; the others the other way
_QUOTED_PER_DOLLAR = frozenset({"HKD", "TWD", "SGD", "JPY", "CNY", "KRW", "CHF", "INR", "IDR", "MYR", "THB", "TRY", "RUB", "ZAR", "BRL"})
_EN_CURRENCY = {"dollar": "USD", "euro": "EUR", "yen": "JPY", "pound": "GBP", "sterling": "GBP", "yuan": "CNY",
                "renminbi": "CNY", "franc": "CHF", "won": "KRW", "rupee": "INR", "rupiah": "IDR", "ringgit": "MYR",
                "baht": "THB", "lira": "TRY", "rouble": "RUB", "ruble": "RUB", "rand": "ZAR", "real": "BRL"}


def _central_bank(ctx: Sentence) -> bool:
    src = ctx.sources or ([ctx.carried_source] if ctx.carried_source else [])
    return any(s.entry is not None and s.entry.name in ctx.lex.central_banks for s in src)


def _taiwan_yuan(ctx: Sentence, q: Quantity, ticker: str) -> bool:
    written = ctx.text[q.start:q.end]
    return ticker.endswith(".TW") and written.endswith("元") and not re.search(r"人民币|港元|港币|美元", written)


_EARLIER_YEARS_AFTER = scan.compile(r"年?度?的?(?:前值|原值|原预测|此前|上次)")


def _respective_periods(text: str, quantities: list[Quantity], year: int | None = None,
                        carried: re.Match[str] | None = None) -> dict[int, str]:
    """"2025-2027年归母净利润分别为319亿、327亿、340亿元": one year per value, in order; each span of years
    speaks for the values up to the next ("预计24-26年归母净利润为…，对应25-26年PE为52/26X"). `carried`: the span a
    sentence that names none refers back to ("同期"), which speaks for all its values."""
    found = sorted([*_YEAR_RANGE.finditer(text), *_YEAR_LIST.finditer(text), *_RELATIVE_YEARS.finditer(text)], key=lambda m: m.start())
    found = [m for m in found if not _EARLIER_YEARS_AFTER.match(text, m.end())]  # ("(2025/2026年的前值依次为…)": the earlier values')
    if not found and carried:
        found = [carried]
    out: dict[int, str] = {}
    for m, nxt in zip(found, found[1:] + [None]):
        if m.re is _YEAR_LIST:  # "25/26/27年", "2025/2026/2027年"
            years = [int(y) if len(y) == 4 else 2000 + int(y) for y in re.findall(r"\d+", m.group())]
        elif m.re is _RELATIVE_YEARS:  # "今年、明年及2024年": years in a row, anchored by the one written out
            words = re.findall(r"今年|明年|后年|\d+", m.group())
            anchor = next(((n, int(w) if len(w) == 4 else 2000 + int(w)) for n, w in enumerate(words) if w.isdigit()), None)
            first = anchor[1] - anchor[0] if anchor else year
            if first is None:
                continue
            years = [first + n for n in range(len(words))]
        else:
            first, last = (int(m.group(1)), 2000 + int(m.group(2)) % 100) if m.group(1) else (2000 + int(m.group(3)), 2000 + int(m.group(4)))
            years = list(range(first, last + 1))
        after = quantities if m is carried else [q for q in quantities if q.start > m.end() and (nxt is None or q.start < nxt.start())]
        if len(years) >= 2 and after and not len(after) % len(years):
            out.update((id(q), str(years[n % len(years)])) for n, q in enumerate(after))
        elif len(years) >= 2 and len(after) > len(years):
            # "2024-2026年…增速预测调整为19.6%、17.0%、17.2%，相应BVPS为…": each list of one value a year, the first and
            # those that follow it ("盈利预测18、24、34亿元,对应EPS为1.86、2.49、3.52元")
            for at in range(0, len(after) - len(years) + 1, len(years)):
                chunk = after[at:at + len(years)]
                if not all(_LIST_SEPARATOR.fullmatch(text, a.end, b.start) or _NOTED_SEPARATOR.fullmatch(text, a.end, b.start)
                           for a, b in zip(chunk, chunk[1:])):
                    break
                out.update((id(q), str(year)) for q, year in zip(chunk, years))
    return out

def _respective_metrics(text: str, cues: list[tuple[int, int, str]], quantities: list[Quantity]) -> dict[int, str]:
    """"营业收入和净利润分别为120亿元和15亿元，分别同比增长10%和20%", "Revenue and net income rose 12% and 9%,
    respectively": metric words listed together, and a list of values that goes with them "respectively":
    the n-th value under the n-th word. A later 分别 in the sentence with no words of its own takes the same."""
    out: dict[int, str] = {}
    words: list[tuple[int, int, str]] = []
    for mark in _RESPECTIVE_MARK.finditer(text):
        if mark.group().lower() == "respectively":  # the values come right before it
            values = []
            for q in reversed([q for q in quantities if q.end <= mark.start()]):
                if not _LIST_SEPARATOR.fullmatch(text, q.end, values[0].start if values else mark.start()):
                    break
                values.insert(0, q)
            words = _cue_chain(text, cues, values[0].start) if values else []
        else:
            values = _values_listed(text, [q for q in quantities if q.start >= mark.end()])
            words = _cue_chain(text, cues, mark.start()) or words
        if len(words) >= 2 and len(values) >= len(words):
            out.update((id(q), label) for q, (_, _, label) in zip(values, words))
    return out


def _cue_chain(text: str, cues: list[tuple[int, int, str]], before: int) -> list[tuple[int, int, str]]:
    """The metric words listed right before `before` ("营业收入和归母净利润", "revenue, margin and net income")."""
    prior = [c for c in cues if c[1] <= before]
    if not prior or _CHAIN_BREAK.search(text, prior[-1][1], before):
        return []
    chain = [prior[-1]]
    for c in reversed(prior[:-1]):
        if not _CUE_SEPARATOR.fullmatch(text, c[1], chain[0][0]):
            break
        chain.insert(0, c)
    return chain if len(chain) >= 2 else []


_RESPECTIVE_MARK = scan.compile(r"分别|respectively", re.IGNORECASE)
_CUE_SEPARATOR = scan.compile(r"\s?(?:、|和|及|与|以及|,\s?and|and|,)\s?", re.IGNORECASE)
_CHAIN_BREAK = scan.compile(r"[\d。；;，,、%]")


# "电信、券商和期货板块跌幅居前,幅度为4.76%、4.04%和3.73%", "沪、深两市成交额分别为2255亿元和1765亿元",
# "A, B and C rose 1%, 2% and 3%, respectively": the n-th value belongs to the n-th name.
_EN_ITEM = (r"(?:[A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*)*|(?:copper|alumin(?:i)?um|nickel|zinc|lead|tin|gold|silver|platinum|palladium|"
            r"iron ore|crude|wheat|corn|soybeans|sugar|coffee|cocoa|cotton)\b)")  # a capitalised name ("Tencent", "China Mobile"), a commodity
_CODE = r"(?:\(\d{3,6}(?:\.(?:HK|SH|SZ|SS|BJ))?\)|\(\d[\d.,]*[万亿]?[\u4e00-\u9fff]{0,3}\))?"  # "京东(9618)、阿里(9988)股价分别挫4%、5%",
# 太古(019): names with their codes; "中国内地(80.3万人次)、韩国(6.3万人次)…依次上升": with their own counts
_ZH_ITEM = r"(?:(?!分别|依次|各自|各为)[\u4e00-\u9fffA-Za-z]){1,10}"  # (the word that says the list is respective ends it)
_LIST = scan.compile(rf"(?P<items>(?:{_ZH_ITEM}{_CODE}[、,，]\s?){{1,6}}{_ZH_ITEM}{_CODE}(?:和|及|与|、){_ZH_ITEM}{_CODE}"
                   rf"|{_ZH_ITEM}{_CODE}(?:和|及|与|、){_ZH_ITEM}{_CODE}|沪深两市|沪、深两市)"
                   r"(?P<rest>[^。;；%]*?)(?:分别|依次|各自|各为|幅度为|幅度分别为)")  # (a value between: the list is another's)
_EN_LIST = scan.compile(rf"(?P<items>{_EN_ITEM}(?:,\s{_EN_ITEM}){{0,6}},?\sand\s{_EN_ITEM}|(?:{_EN_ITEM},\s){{1,6}}{_EN_ITEM})"
                        r"(?P<rest>[^。;；]*?)respectively")
# A list of three or more items between commas, an item that may hold a 、 of its own (挖掘、铲土运输机械), just before 分别.
_COMMA_LIST = scan.compile(r"(?<=[,，])(?P<items>(?:[\u4e00-\u9fff、]{2,12}[,，]){2,8}[\u4e00-\u9fff、]{2,12})(?P<rest>的?[\u4e00-\u9fff]{0,6}?)分别")
_COMMAS = scan.compile(r"[,，]\s?")


def _nearest_list(text: str, m: re.Match[str]) -> re.Match[str]:
    """The list nearest the word that says it is respective, where a clause holds an earlier one ("该行扩阔产品组合及服务
    内容,令证券经纪佣金与保险佣金收入分别增长5.5%和16.6%": the commissions)."""
    nearest = m
    for comma in _COMMAS.finditer(text, m.start("rest"), m.end()):
        later = _LIST.match(text, comma.end())
        if later is not None and later.end() == m.end():
            nearest = later
    return nearest


def _between_commas(text: str, m: re.Match[str]) -> re.Match[str]:
    """The list as items between commas where it is one ("挖掘、铲土运输机械,汽车,工业机器人…的产量分别增长…")."""
    commas = _COMMA_LIST.search(text, m.start())
    if commas is None or commas.end() != m.end() or "、" in _COMMAS.split(commas.group("items"))[-1]:
        return m  # ("…观望,加上海外同业竞争,基本金属、塑橡胶制品分别": the list is the one 、 joins, the commas are clauses)
    return commas
_DRIVERS_FRAME = scan.compile(r"(?:带动|推动|拉动|影响|支撑|驱动|作用|刺激)下")
_SHARED_SUFFIX = scan.compile(r"(板块|股|指数|两市|行业)$")
# "Mixue (02097.HK) and Lao Pu Gold (06181.HK) fell 4.5% and 1.7%": as many moves as names, in order, without "respectively".
_ZH_PAIRED = scan.compile(rf"(?:^|(?<=[，,。；;：:\s]))(?P<items>{_ZH_ITEM}{_CODE}(?:和|及|与)(?P<second>{_ZH_ITEM}){_CODE})"
                          r"(?P<rest>(?:股价)?(?:分别|均|各|同告)?(?:升|跌|涨|挫|上涨|下跌|急升|急跌|大升|大跌|飙升|回落|走高|走低))"
                          r"(?=[逾近约超]?\s?\d[\d.]*%(?:和|及|与|、)[逾近约超]?\s?\d)")
_EN_CODE = scan.compile(r"\s\((?:\d{4,5}\.HK|[A-Z]{1,5})\)")
_COUNT_NOTED = scan.compile(r"\(\d[\d.,]*[万亿]?[\u4e00-\u9fff]{0,3}\)(?=$|、|和|及|与|依次|分别)")
_EN_PAIRED = scan.compile(rf"(?P<items>{_EN_ITEM}(?:{_EN_CODE.pattern})?(?:,\s{_EN_ITEM}(?:{_EN_CODE.pattern})?){{0,4}},?\sand\s"
                          rf"{_EN_ITEM}(?:{_EN_CODE.pattern})?)(?P<rest>\s(?:rose|fell|gained|lost|climbed|dropped|declined|"
                          r"added|slid|slipped|jumped|surged|advanced|tumbled)\s)(?=[\d.]+%(?:,\s[\d.]+%)*,?\sand\s[\d.]+%)")


# Names and values paired by slashes, as brokers' notes write them: "美的/格力同比-14.5%/-20.6%",
# "奥克斯/海信/TCL/长虹-0.4/-0.8/-1.1/+0.3pct"; a few words may stand between the names and the values.
_SLASHED = scan.compile(r"(?<![\u4e00-\u9fffA-Za-z/])(?P<items>(?:[\u4e00-\u9fffA-Za-z]{2,6}?/)+[\u4e00-\u9fffA-Za-z]{2,6}?)"
                        r"(?:(?:同比|环比|份额|销量|产量|销售|内销|外销|出口|分别|年累计|累计|营收|净利|增速|增长|下降|占比|市占率)"
                        r"[^\d，,。；;：:/+\-−]{0,10})?(?=[+\-−]?\d)")  # (the sign is the value's: "美的/格力同比-14.5%/-20.6%")
_SLASH_BETWEEN = scan.compile(r"\s?/\s?[+\-−]?")


def _slashed_owners(ctx: Sentence, quantities: list[Quantity]) -> dict[int, Owner]:
    """Each name of a slashed list owns the value in its place (see _SLASHED)."""
    text = ctx.text
    known = {c.start: c for c in ctx.companies if c.key}
    lists = [(m.end(), _slash_items(m)) for m in _SLASHED.finditer(text)]
    if not any(start in known for _, items in lists for start, _ in items):
        return {}  # no known company among them: "消费贷/经营贷/信用卡分别减少…" lists products, not companies
    out: dict[int, Owner] = {}
    for end, items in lists:
        if any(ctx.lex.metrics.search(x) or ctx.lex.basis.search(x) for _, x in items):
            continue  # "产量/销量", "内/外销": metrics, not names
        values = [q for q in quantities if q.start >= end][:len(items)]
        if len(values) < len(items) or values[0].start - end > 1 \
                or any(not _SLASH_BETWEEN.fullmatch(text, a.end, b.start) for a, b in zip(values, values[1:])):
            continue
        for (start, item), q in zip(items, values):
            c = known.get(start)
            out[id(q)] = Owner(start, start + len(item), "company" if c else "subject", "company" if c else "other",
                               ctx.names.get(c.key, item) if c else item, c)
    return out


def _slash_items(m: re.Match[str]) -> list[tuple[int, str]]:
    start, items = m.start("items"), []
    for item in m.group("items").split("/"):
        items.append((start, item))
        start += len(item) + 1
    return items


def _respective_owners(ctx: Sentence, quantities: list[Quantity]) -> dict[int, Owner]:
    text = ctx.text
    out: dict[int, Owner] = _slashed_owners(ctx, quantities) if "/" in text else {}
    lists = [_nearest_list(text, m) for m in _LIST.finditer(text)] if "分别" in text or "依次" in text or "各自" in text or "各为" in text or "幅度为" in text else []
    if lists and "分别" in text:
        lists = [_between_commas(text, m) for m in lists]
    lists += [*_EN_LIST.finditer(text)] if "respectively" in text else []
    lists += [m for m in _EN_PAIRED.finditer(text) if not any(x.start() <= m.start() < x.end() for x in lists)]
    if "和" in text or "及" in text:  # "藥明生物和中生製藥升近9%和逾6%": two companies, two moves, in order
        starts = {c.start for c in ctx.companies}
        lists += [m for m in _ZH_PAIRED.finditer(text) if not any(x.start() <= m.start() < x.end() for x in lists)
                  and m.start("items") in starts and m.start("second") in starts]
    if not lists:
        return out
    named = [(c.start, c.end) for c in ctx.companies + ctx.sources]
    for m in lists:
        if any(a < sep.start() + m.start("items") < b for sep in _ITEM_SEPARATOR.finditer(m.group("items")) for a, b in named):
            continue  # "大和把公司…": the 和 of a name (大和) joins no list
        separator = _COMMAS if m.re is _COMMA_LIST else _ITEM_SEPARATOR
        items = [_COUNT_NOTED.sub("", _EN_CODE.sub("", x)).strip() for x in separator.split(m.group("items")) if x.strip()]
        items = _expand(items)
        if m.group().endswith("respectively"):  # "Tencent and Alibaba rose 2% and 3%, respectively": the values come first
            after = [q for q in quantities if m.end("items") <= q.start and q.end <= m.end("rest")]
        else:
            after = [q for q in quantities if q.start >= m.end("rest")]
        while len(items) > 2 and len(_values_listed(text, after)) < len(items):
            items.pop(0)  # "1-8月份,高技术制造业、装备制造业和战略性新兴产业分别": what comes before the list
        if _DRIVERS_FRAME.search(m.group("rest")):
            continue  # "在…以及企业密集投放新车型等因素带动下,10月汽车产销分别完成…": what drove the figures, no owners
        if any(_TIME_ITEM.fullmatch(x) for x in items) or _YEARS_LISTED.search(m.group("rest")):
            continue  # "而去年同期和上个月的增速分别为": times listed, no names; "…及定价能力强势,将2026、2027年税后纯益分别
            # 上调14%、12%": the years are what is respective
        items = _trimmed(items)
        if len(items) >= 2 and (tail := ctx.lex.metrics.search(items[-1])) is not None and tail.start() >= 2 \
                and tail.end() == len(items[-1]) and not any(ctx.lex.metrics.search(x) for x in items[:-1]):
            items[-1] = items[-1][:tail.start()]  # "中部地区、西部地区、东北地区投资依次增长…": the metric follows the last name
        if items and all(_MEASURE_TAIL.search(x) for x in items):
            continue  # "普惠型小微企业贷款的余额和户数分别增长": measures of one thing, no names
        if items and (sector := _SECTOR_PLURAL.match(items[0])):
            items[0] = items[0][sector.end():]  # "Insurers Hiscox and Direct Line": the sector is no part of the name
        indices = {text[a:b] for a, b, label in ctx.subjects if label == "index"}  # (深圳创业板指数 is a name, no metric)
        if len(items) < 2 or all(_BASIS_WORD.fullmatch(x) for x in items) or any(ctx.lex.metrics.search(x) and not x.endswith(tuple(indices)) for x in items) \
                or any(_YEAR_ITEM.search(x) for x in items) or _MEASURE_ITEM.search(items[-1]) or _brokers(ctx, m):
            continue  # "按年及按季分别增长21%及19%": bases, not names; "销售、管理费用率分别": metrics; "今年、明年及2024年": years
        values, levels = after[:len(items)], []
        twice = after[:2 * len(items)]
        if len(twice) == 2 * len(items) and all(_TO_LEVEL.fullmatch(text[a.end:b.start]) for a, b in zip(twice[::2], twice[1::2])):
            values, levels = twice[::2], twice[1::2]  # "climbing 3.9% to 899.64p and 3.2% to 309p respectively"
        ends = levels or values
        if len(values) != len(items) or any(not _LIST_SEPARATOR.fullmatch(text[a.end:b.start]) for a, b in zip(ends, values[1:])):
            continue
        respectively = m.group().endswith("respectively")
        more = [q for q in quantities if q.start >= m.end()][:len(items)] if respectively else after[len(items):2 * len(items)]
        if not levels and len(more) == len(items) and _THEN_LEVELS.fullmatch(text, m.end() if respectively else values[-1].end,
                                                                               more[0].start) \
                and all(_LIST_SEPARATOR.fullmatch(text[a.end:b.start]) for a, b in zip(more, more[1:])):
            levels = more  # "分别升7.1%、5.4%及5.3%，收报45.35元、106.3元及67.4元": the closes in the same order
        again = [] if levels or respectively else after[len(items):2 * len(items)]
        if len(again) != len(items) or not _RESPECTIVE_MARK.search(text, values[-1].end, again[0].start) \
                or _LIST.search(text, values[-1].end, again[0].start) \
                or not all(_LIST_SEPARATOR.fullmatch(text[a.end:b.start]) for a, b in zip(again, again[1:])):
            again = []  # ("的销售额分别为329.2亿、405.5亿和186.3亿元,同比分别减少0.44%、6%和22.2%": the same names again)
        suffix = _SHARED_SUFFIX.search(items[-1])
        cursor = m.start("items")
        for item, q in zip(items, values):
            found = text.find(item, cursor)
            found = found if found >= 0 else text.find(item[:2], cursor)  # (中国人保、中国平安: each after the one before)
            start = found if found >= 0 else cursor  # 中、小型企业: 中型企业 is not written whole
            cursor = start + len(item) if found >= 0 else cursor
            # the subject the item names, as written (Brent: a price; 深成指, 深圳創業板指數: indices)
            subject = next(((a, b, lb) for a, b, lb in ctx.subjects if start <= b and a < start + len(item) and lb != "company"), None)
            if subject is not None and subject[2] == "index":
                item = ctx.written[start:max(subject[1], start + len(item))]
            elif suffix and not item.endswith(suffix.group(1)) and suffix.group(1) != "两市":
                item += suffix.group(1)
            known = next((c for c in ctx.companies if c.start <= start < c.end), None) or \
                next((c for c in ctx.companies if start <= c.start < start + len(item)), None)  # "外卖对手京东(9618)"
            label = subject[2] if subject is not None and (subject[2] == "index" or not ctx.article.macro) else "other"
            if not known and text.startswith(item, start):
                item = ctx.written[start:start + len(item)]  # as the text writes it (基本金屬 in a Traditional text)
            out[id(q)] = Owner(start, start + len(item), "company" if known else "subject", "company" if known else label,
                               ctx.names.get(known.key, item) if known and known.key else item, known)
            for following in (levels, again):
                if following:
                    out[id(following[values.index(q)])] = out[id(q)]
            bracket = text.find("(", start, start + len(item) + 1)
            noted = _COUNT_NOTED.match(text, bracket) if bracket >= 0 and not known else None
            for counted in (x for x in quantities if noted is not None and noted.start() < x.start < noted.end()):
                out[id(counted)] = out[id(q)]  # "香港团客(2.0万人次)": the count in brackets is the item's too
    return out


_NEGATIVE_BEFORE = scan.compile(r"(?<!\bplus and )(?<!\bplus or )\b(?:negative|minus)\s(?:(?:impact|effect)\sof\s(?:about\s|around\s)?)?"
                                r"(?:US|HK|C|A|S|NZ)?[$€£¥]?$", re.IGNORECASE)  # ("a negative impact of 180 billion yen")
_INDEX_MOVED_TO = scan.compile(r"\bindex\s(?:also\s|to\s)?(?:rose|fell|climbed|increased|decreased|leapt|jumped|slipped|slip|"
                               r"dropped|declined|improved|eased|rise|fall|climb|edged? (?:up|down|higher|lower)|inch(?:ed)? (?:up|down))"
                               r"\sto\s$")
_INDEX_LEVEL_BEFORE = scan.compile(r"(?:指数|\bindex)\s?(?:[(（]|为|是|报|达|(?:stood |was |came in |rose |fell )?at)\s?$", re.IGNORECASE)
_BRACKET_OPENS = scan.compile(r"[(（]")
_NEGATIVE_WORD = scan.compile(r"\b(?:negative|minus)\s", re.IGNORECASE)
_OR_SAID = scan.compile(r"\s?(?:或|,?\s?or)\s?")
_YEARS_LISTED = scan.compile(r"(?:19|20)\d{2}\s?年?\s?(?:、|和|及|与|至|到|-)\s?(?:19|20)\d{2}")
_AREAS = frozenset({"square metres", "square feet"})
_MULTIPLE_BEFORE = scan.compile(r"(?:市盈率|市净率|P/E|P/B|\bPE|\bPB)(?:\s?[(（][^()（）]{1,6}[)）])?\s?(?:为|是|[:：])?\s?$")
_THRESHOLD_BEFORE = scan.compile(r"(?:超[过過]?|[过過]|逾|[高低少多大小][于於]|不足)了?$")
_GROUP_AFTER = scan.compile(r"(?:元|美元|港元)?(?:以上|以下)?的(?:有[\d一二三四五六七八九十两百]|(?:券商|公司|企[业業]|[个個]股|股票|基金|[产產]品|[银銀]行|[机機][构構])(?:[仅僅只共]?有|[数數]量))")
_BREADTH = scan.compile(r"\b(?:advancers|decliners|advancing (?:issues|stocks|shares)|declining (?:issues|stocks|shares)|gainers|losers)\b"
                        r"(?:[^.;]{0,30}\b(?:numbered|outnumbered|against|to)\b)", re.IGNORECASE)
_BRACKET_NOTE = scan.compile(r"[(（][\u4e00-\u9fff，,、]{4,30}[)）]")  # (a Chinese note: "(不同份额合并计算)"; not "(PMI)", a cue's short name)
_BRACKETED_BEFORE = scan.compile(r"[(（][^()（）]{0,6}$")
_BRACKET_CLOSES = scan.compile(r"[^()（）]{0,6}[)）]")
_NOTED_SEPARATOR = scan.compile(r"\s?[(（][^()（）]{1,16}[)）]\s?[/、]\s?")  # "1.64(+0.13)/2.25": a note on the value, then the next
_LIST_SEPARATOR = scan.compile(r"(?:/(?:bbl|oz|t|mt|lb|mmbtu)\b|\s(?:a|per)\s(?:barrel|ounce|tonne|share))?"  # ("US$88.44/bbl and US$86.96/bbl")
                               r"\s?(?:、|和|及|,|，|/|and|,\s?and)?\s?(?:逾|近|约|超)?", re.IGNORECASE)  # ("升近9%和逾6%")


_SECTOR_PLURAL = scan.compile(r"(?:Insurers|Banks|Lenders|Miners|Retailers|(?:House|Home)builders|Carmakers|Automakers|Airlines|"
                              r"Chipmakers|Brewers|Grocers|Supermarkets|Rivals|Peers|Utilities)\s(?=[A-Z])")
_TO_LEVEL = scan.compile(r"\s(?:to|at)\s")
_THEN_LEVELS = scan.compile(r"\s?[,，]?\s?(?:分别)?(?:收报|收市报|收盘报|报|收于|to|at|closing at|ending at)\s?(?:HK|US)?\$?\s?", re.IGNORECASE)
_ITEM_SEPARATOR = scan.compile(r"、|,\s?|，|\band\s|和|及|与")
# "the number of one-month active customers", "the estimated number of vacancies": what a bare count counts.
_NUMBER_OF = scan.compile(r"\bnumber of (?:[\w-]+ ){0,3}?(?P<noun>people|(?!(?:days|weeks|months|years|times)\b)[a-z]{3,}s)\b(?![^,;]*\bper\b)(?=[^;]*$)")
# An offering's price per share, in a story of a listing: "selling 69.75 million shares at $33", "a $31-to-$35 price range".
_IPO_STORY = scan.compile(r"\b(?:IPO|initial public offering|market debut)\b")
_OFFERED_AT = scan.compile(r"\b(?:sell|sells|sold|selling|offer|offers|offered|offering|issue|issued|issuing)\s(?:[^;.]|(?<=\d)\.(?=\d)){0,40}?\bshares\sat\s$")
_PRICE_RANGE_AFTER = scan.compile(r"\s(?:price\s)?range\b")
_OVERALLOTMENT_BEFORE = scan.compile(r"\b(?:over-?allotment|greenshoe)(?:\soption)?\s(?:to\s(?:buy|sell|purchase)\s|of\s|for\s)"
                                     r"(?:an?\s)?(?:additional\s|further\s|another\s|up to\s)?$", re.IGNORECASE)
_OFFERED_BEFORE = scan.compile(r"\b(?:[Ss]old|[Ss]ells|[Ss]ell|[Ss]elling|[Oo]ffered|[Oo]ffers|[Oo]ffering|[Ii]ssued|[Ii]ssues|[Ii]ssuing|priced)\s(?:about\s|nearly\s|some\s)?$"
                              r"|(?:发行|发售|出售|配售)(?:约|近)?$")
# What stands between a broker's name and its own target: "晨星的2,700元", "高盛的目標價為2,600元" (either script).
BROKERS_OWN = scan.compile(r"的\s?(?:目[标標][价價]\s?)?(?:[为為]\s?)?")
_BID_BEFORE = scan.compile(r"\b(?:[Bb]ids?|applications|applied|demand)\s(?:came in\s)?for\s(?:more than\s|over\s|about\s|nearly\s)?$")
_MEASURE_TAIL = scan.compile(r"(?:余额|户数|金额|数量|规模|增速|占比|比例|存款|贷款|总资产|总负债|营收|收入|净利润)(?:同比|环比)?$")  # (存款、贷款同比分别增长…)
_MEASURE_ITEM = scan.compile(r"[量率额]\s?(?:已|均|也|亦|都|则)?$")  # "客、货运量已分别下滑": measures, not names
_YEAR_ITEM = scan.compile(r"(?:今年|明年|后年|去年|\d{2,4}\s?年|(?:19|20)\d{2}[AEF]?|财年)$")
_BASIS_WORD = scan.compile(r"按年|按季|按月|同比|环比|按半年|yoy|qoq|mom", re.IGNORECASE)
_ITEM_HEAD = scan.compile(r"^(?:当月|当日|当周|本月|上月|今年|去年|同期|其中|当中)")
# Times, not names: "而去年同期和上个月的增速分别为12.5%、11.7%".
_TIME_ITEM = scan.compile(r"(?:而|但|且)?(?:去年同期|上年同期|同期|上个?月|上季|前值|本月|当月|去年|上年|今年)")
_ITEM_TAIL = scan.compile(r"(?:PMI|CPI|PPI|GDP|EPS|采购经理指数|价格(?:同比|环比)?|每股(?:税后)?(?:纯益|盈余|盈利|收益))(?:则|也|亦|均)?$"  # (猪肉、鲜菜价格同比分别…, 兆丰金、玉山金EPS则分别为)
                          r"|(?<=[\u4e00-\u9fff]{2})(?:则|也|亦|均)$")  # (广州、上海、重庆则分别实现了…: the particle is no part of 重庆)


def _brokers(ctx: Sentence, m: re.Match[str]) -> bool:
    """Whether a list names brokers ("遭摩通及大和分别削目标价至1.8元及1.69元"): their targets are the company's."""
    a, b = m.span("items")
    inside = [s for s in ctx.sources if a <= s.start < b]
    return len(inside) >= 2 and all(s.entry is not None and s.entry.kind == "broker" for s in inside)


def _trimmed(items: list[str]) -> list[str]:
    """List items cut to the names: the last ends at "的" or where the others' common ending ends
    ("铜精矿都按计划完成生产" -> 铜精矿), the first keeps no more than the others' length before that
    ending ("公司主要产品铅精矿" -> 铅精矿)."""
    items = [re.split(r"的是|是|为", items[0])[-1], *items[1:-1], re.split(r"的|[涨跌升]幅|由[涨跌升降增减]转", items[-1])[0]]
    # ("涨幅居前的是西藏", "集成电路的产量", "水产品与鲜果价格由涨转降")
    items = [_ITEM_TAIL.sub("", _ITEM_HEAD.sub("", x)) or x for x in items]  # "当月生产指数", "小型企业PMI"
    others = items[1:-1] or items[1:]
    ending = os.path.commonprefix([x[::-1] for x in items[:-1]])[::-1] if len(items) > 2 else ""
    if not ending or not all("\u4e00" <= ch <= "\u9fff" for ch in ending):
        return items
    last = items[-1]
    if ending in last and not last.endswith(ending):
        items[-1] = last[:last.index(ending) + len(ending)]
    longest = max(len(x) for x in others)
    if items[0].endswith(ending) and len(items[0]) > longest + 2:
        items[0] = items[0][-longest:]
    return items


def _values_listed(text: str, values: list[Quantity]) -> list[Quantity]:
    """The values that follow one another as a list: "11.9%、8.8%和8.8%"."""
    out = values[:1]
    for a, b in zip(values, values[1:]):
        if not _LIST_SEPARATOR.fullmatch(text[a.end:b.start]):
            break
        out.append(b)
    return out


def _expand(items: list[str]) -> list[str]:
    """"沪、深两市" and "沪深两市" are the Shanghai and the Shenzhen market."""
    if len(items) == 1 and items[0].endswith("沪深两市"):
        return ["沪市", "深市"]
    if len(items) == 2 and items[0] == "沪" and items[1].startswith("深"):
        return ["沪市", "深市"]
    if len(items) >= 2 and all(len(x) == 1 for x in items[:-1]) and len(items[-1]) > 1:
        return [x + items[-1][1:] for x in items[:-1]] + [items[-1]]  # 大、中、小型企业: 大型企业, 中型企业, 小型企业
    return items


_EXPECTED = scan.compile(r"\b(?:expected|forecasts?|forecasted|estimated?|estimates|consensus|predicted|anticipated|projected)\b|预期|预估|预测|市场预计")
_REACHED = scan.compile(r"[，,]?\s?(?:达到|达|(?:[升增]|上升|增加)?至|为|报|录得|reaching|to)\s?(?:约|约为|近|逾)?\s?(?:人民币|港币|港元|美元|US\$|HK\$|\$)?\s?[\d一二两三四五六七八九十百千]", re.IGNORECASE)


def _continued(ctx: Sentence, q: Quantity, cs: int, change: bool, unit: str | None,
               prev_unit: str | None, prev: dict[str, str]) -> str | None:
    """A clause with no cue of its own speaks of an earlier value: a change of the previous level
    ("reached 10.2 trillion, an increase of 363%"), another value in the same unit ("火山引擎份额为
    46.4%，阿里云为27%"), or a price after a price move ("上涨2%，至每股9.5英镑")."""
    last = prev.get("")
    if change:
        if last is None or any(cs <= c.start < q.start for c in ctx.companies):
            return None
        if prev_unit == "%" and _OTHER_BASE.match(ctx.text, cs):
            return last  # "较上季持平至成长6%，较去年同期下降3%到成长9%": the same move against another base
        return last if prev_unit is not None and (prev_unit != "%" or last in ctx.lex.ratio_metrics) else None
    if unit is not None and unit in prev:
        return prev[unit] if prev[unit] not in ("premium", "discount") else None  # (a premium is to one price: "當中95%" is none)
    if unit == "%" and prev_unit == "pp" and last in ctx.lex.ratio_metrics:
        return last  # "毛利率同比下降0.8pct，至81.3%": the level the ratio moved to
    if is_currency(unit) and last in ctx.lex.price_metrics:
        return last
    if is_currency(unit) and prev_unit == "%" and last is not None and _REACHED.match(ctx.text, cs):
        return last  # "收益按年增加29.3%,達10.94億": the level the amount moved to
    if unit is None and last in ctx.lex.default_units:
        return last  # "payrolls increased by 130,000, following a revised 159,000 gain": counted as before
    return None


def _cue_kind(label: str | None, name: str | None) -> str:
    """How the row's metric was named: by a cue word ("revenue", 营收), by its context (an index's
    move, a stock's move, the metric of the value before), or not at all ("growth", "share")."""
    if name is None or name in _GENERIC_NAMES:
        return "none"
    return "cue" if label else "context"


def _owner_kind(owner: Owner | None, entity: str | None) -> str:
    """Where the row's entity came from: a name in its sentence, the text before it, or nowhere."""
    if entity is None:
        return "none"
    return "named" if owner is not None else "carried"


_GENERIC_NAMES = frozenset({"growth", "share"})


def _signed(v: float | None, sign: float) -> float | None:
    return None if v is None else (abs(v) * sign if sign < 0 else v)


_AT_BEFORE = scan.compile(r"\b(?:at|for|paid)\s?$", re.IGNORECASE)
_COUNT_METRICS = frozenset({"deliveries", "shipments"})
_PER_SHARE_KINDS = frozenset({"dividend", "share_price", "price", "target_price", "target_word", "fair_value", "valuation"})
_PRICE_LABELS = frozenset({"target_price", "target_word", "share_price", "listing", "price", "per_share", "fair_value"})


_MULTIPLES = frozenset({"pe_ratio", "pb_ratio", "bid_to_cover", "oversubscription"})
_RATIO_OR_MULTIPLE = frozenset({"leverage"})  # a company's 1.1x net debt to EBITDA, a bank's 5.2% leverage ratio


def _usable(label: str, q: Quantity, unit: str | None, lex) -> bool:
    base = lex.label_metrics.get(label, label)
    if label in lex.currency_only_labels and not is_currency(unit):
        return False
    if base in _COUNT_METRICS and (unit == "shares" or is_currency(unit)):
        return False  # "34.3 million shares sold" in an offering are no deliveries
    if base in _MULTIPLES and unit not in (None, "x"):
        return False  # a P/E is "14倍"
    if unit == "x" and base not in _MULTIPLES and base not in ("valuation", *_RATIO_OR_MULTIPLE) and not q.needs_metric:
        return False  # "a multiple of 264" is no profit, whatever "earnings" said before it (but "profit tripled")
    if base == "gdp" and unit == "jobs":
        return False  # "the economy added 7,300 jobs": jobs, not output
    if base in lex.ratio_metrics and base not in _MULTIPLES and unit is not None and unit not in ("%", "pp", "bp", "成", "points") \
            and not (base in _RATIO_OR_MULTIPLE and unit == "x"):
        return False  # "占全球300亿美元总额的5%": a share is never an amount of money
    if base == "rate" and unit is None and q.scaled:
        return False  # "permits rose to a rate of 1.41 million": a count, never a ratio
    if label in _PRICE_LABELS and q.scaled and abs(q.value or q.high or 0) >= 1e6:
        return False  # a price, a target or a per-share figure is never billions
    return True


def _cue(q: Quantity, cues: list[tuple[int, int, str]], cs: int, ce: int, unit: str | None, lex, text: str,
         floor: int = 0) -> str | None:
    """The metric word a value goes with: in its clause (before it, or a strong one right after it), else
    one in an earlier clause of the sentence with no other value in between ("China's consumer price index,
    a key inflation gauge, rose 0.4 percent")."""
    usable = [c for c in cues if cs <= c[0] < ce and _usable(c[2], q, unit, lex)]
    left = [c for c in usable if c[1] <= q.start]
    right = [c for c in usable if c[0] >= q.end]
    near_right = [c for c in right if c[0] < q.end + _RIGHT_WINDOW]
    if unit == "%" and any(c[2] == "share" for c in left):
        return "share"  # "占总销量的22%", "accounted for 8.7% of the total": the total names no metric
    if is_currency(unit) and _LOSS_AFTER.match(text, q.end):
        return "net_loss"  # "Profit sank after the company took a $1 billion loss": the figure is the loss
    if is_currency(unit) and q.low is None and not _EACH_AFTER.match(text, q.end) and (
            _PAID.search(text, max(cs, q.start - 100), q.start) or _SOLD_FOR.search(text, max(cs, q.start - 100), q.start)):
        return "deal_value"  # "agreeing to sell its unit to Prudential for 398 million pounds", "would pay 44.9 billion yen for"
    if unit is None and right and (counted := _COUNTED_AS.match(text, q.end)) is not None and right[0][0] < counted.end():
        return right[0][2]  # "revenue of $9.1 billion on 61 commercial deliveries": what the count counts
    if near_right and near_right[0][2] in lex.right_strong_labels:
        if near_right[0][2] == "per_share":
            priced = [c for c in left if c[2] in _PER_SHARE_KINDS or c[2] == "eps"]
            if not left:  # "lifted its price target on Canada Goose, taking it from $11 to $14 per share": the clause before's
                priced = [c for c in cues if c[1] <= cs and c[2] in ("target_price", "target_word")][-1:]
            if priced and priced[-1][2] in ("target_price", "target_word") and not re.search(r"\d", text[priced[-1][1]:q.start]):
                return priced[-1][2]  # "leaving its price target unchanged at 65 pence per share" (no other figure between)
            if _AT_BEFORE.search(text, max(0, q.start - 6), q.start):
                return "share_price"  # "invest $5 billion at $23.28 a share"
            if priced:
                return priced[-1][2]  # "raised its dividend by 4% to 26 cents a share"
        return near_right[0][2]
    if right and not left and right[0][2] not in lex.price_metrics and _MOVE_OF_AFTER.fullmatch(text, q.end, right[0][0]):
        return right[0][2]  # "an over 13-fold jump in consolidated net profit", "a 20% rise in its quarterly revenue"
    if is_currency(unit) and _CLOSE_AFTER.match(text, q.end):
        return "share_price"  # "a $68 price objective against the prior day's $67.29 closing price"
    if is_currency(unit) and any(c[2] == "target_price" for c in left):
        return "target_price"  # "target price on Alibaba's Hong Kong shares to HK$173"
    strong_left = [c for c in left if c[2] not in lex.weak_labels]
    if strong_left and left[-1][2] in lex.weak_labels:
        return strong_left[-1][2]  # "target for CATL's Hong Kong shares to HK$520"
    if left:
        return left[-1][2]
    far = [c for c in right if c[0] < q.end + (_RIGHT_FAR if not left else _RIGHT_WINDOW)]
    if far:
        return far[0][2]
    if is_currency(unit) and _PARALLEL_OBJECT.match(text, floor) and any(c[2] == "target_price" and c[1] <= floor for c in cues):
        return "target_price"  # "cut its target for X to 470p a share from 490p, and for rival Y to 284p": Y's target too
    earlier = [c for c in cues if floor <= c[0] and c[1] <= cs and _usable(c[2], q, unit, lex)
               and not (c[0] == floor and c[2] == "per_share")]  # (not the "per share" of the revision before)
    if not earlier and (frame := _FRAME.match(text)) is not None:  # "以全年获利年增率来看，A年增31.5%，B年增19.2%"
        earlier = [c for c in cues if frame.start("f") <= c[0] and c[1] <= frame.end("f") and _usable(c[2], q, unit, lex)]
    strong_earlier = [c for c in earlier if c[2] not in lex.weak_labels]
    if strong_earlier and earlier[-1][2] in lex.weak_labels:
        return strong_earlier[-1][2]  # "lowered its fair value on the stock, to 199p": the fair value, not the stock's price
    return earlier[-1][2] if earlier else None


# A sentence that opens by saying what it measures ("以全年获利年增率来看", "就营收而言"): its every value is that.
_FRAME = scan.compile(r"\s?(?:以|从|就)(?P<f>[^，,。；;:：]{1,16}?)(?:来看|而言|来说)\s?[，,]")
_PAIR_OPEN = scan.compile(r"[(（]\s?[+−-]?$")
_PAIR_REST = scan.compile(r"\s?[;；,，]\s?[+−-]?\d[\d.]*\s?%\s?[)）]")
_LOSS_AFTER = scan.compile(r"\s(?:(?:net|realized|unrealized|hedging|derivative|trading|pre-tax|pretax)\s){0,2}loss(?:es)?\b")  # ("a $92 million realized hedging loss")
_MOVE_OF_AFTER = scan.compile(r"\s(?:jump|rise|increase|gain|surge|fall|drop|decline|slump|dip|climb|decrease)\s(?:in|of)\s"
                            r"(?:(?:its|the|their)\s)?(?:[a-z][a-z-]*\s){0,2}")
_CLOSE_AFTER = scan.compile(r"\s(?:closing|close|closing share|last traded) price\b")
_EACH_AFTER = scan.compile(r"\s(?:each|apiece|a share|per share|an? (?:ounce|barrel|tonne|unit))\b")
_SOLD_FOR = scan.compile(r"\b(?:sell|sells|sold|selling|buy|buys|bought|buying|acquire[sd]?|acquiring)\b(?!\s(?:back|out)\b)[^;]{0,80}?\sfor\s"
                         r"(?:about\s|around\s|some\s|roughly\s|nearly\s|up to\s)?$", re.IGNORECASE)
_PAID = scan.compile(r"\b(?:pay|pays|paid|paying)\s(?:about\s|around\s|some\s|roughly\s|nearly\s|up to\s)?$", re.IGNORECASE)
_PRODUCER_FIGURES = ("production", "output", "revenue", "sales", "reserves", "capacity", "shipments", "aisc")
_PARALLEL_OBJECT = scan.compile(r"[^,;.]{0,12}?,?\s(?:and\s)?(?:for|on)\s")


def _direction(text: str, q: Quantity, dirs: list[tuple[int, int, str]], cs: int, ce: int) -> tuple[str | None, bool]:
    """The direction word of a value (before it in its clause, else just after it), and whether it follows.
    "down from 35.0 percent" after a value compares it with an earlier one: no direction of its own."""
    if (poll := _BRACKETED_POLL.search(text, max(cs, q.start - 16), q.start)) is not None \
            and _LEVEL_THEN_POLL.search(text, max(cs, poll.start() - 24), poll.start()):
        cs = poll.start()  # "回落至1.5%(彭博一致预期3.2%)": the level expected, no fall
    before = [d for d in dirs if cs <= d[0] and d[1] <= q.start]
    if not before and _BY_CLAUSE.fullmatch(text, cs, q.start):
        before = [d for d in dirs if cs - 3 <= d[1] <= cs]  # "Net NPA also declined, by 81 basis points": the verb before the comma
    # "BHP down five cents and Fortescue one cent weaker at $5.88", "rallied 4.3% after reporting a 34% drop in profit":
    # the move written right after the figure is its own
    noun = _MOVE_NOUN_AFTER.match(text, q.end)
    if before and (noun or _HIGHER_LOWER.match(text, q.end)):
        right_after = [d for d in dirs if q.end < d[0] <= q.end + 1]
        if right_after:
            return right_after[0][2], True
    if before:
        return before[-1][2], False
    if noun is not None and BENCHMARK_AFTER.match(text, q.end):
        # "down 26% on the year, against a 5.8% gain for the S&P 500": the benchmark's own move
        return ("down" if noun.group(1) in _FALL_NOUNS else "up"), False
    if (paired := _PAIR_THEN_DIRECTION.match(text, q.end)) is not None:
        # "were 56 cents, or 1.1 percent, lower at $51.85": the pair's direction, past the clause's comma
        at = paired.start("d")
        return next((d[2] for d in dirs if d[0] == at), None), True
    reach = q.end + _DIRECTION_AFTER + (len(bracket.group()) if (bracket := _BRACKET_AFTER.match(text, q.end)) else 0) \
        + (len(rate.group()) if (rate := _RATE_WORD_AFTER.match(text, q.end)) else 0)  # "a 56% year-on-year plunge"
    after = [d for d in dirs if q.end <= d[0] < min(ce, reach)
             and (not _FROM_AFTER.match(text, d[1]) or _NOUN_RIGHT_AFTER.fullmatch(text, q.end, d[1]))  # ("a 0.6 percent decline from")
             and not _STREAK.match(text, d[1])]  # ("报2.7272厘 连跌3日": a streak of days, not this figure's move)
    if after:
        return after[0][2], True
    # "slipped 0.17% to 56,123.80 points, and the top 40 0.11%": a clause of a name and a figure moves as the one before
    earlier = [d for d in dirs if d[1] <= cs]
    if earlier and _ELLIPTICAL.fullmatch(text, cs, q.start) and not _ELLIPTICAL_STOP.search(text, cs, q.start):
        return earlier[-1][2], False
    return None, False


_BRACKETED_POLL = scan.compile(r"[(（][^()（）\d]{0,10}?(?:一致预期|预期|预测|预估|consensus|expected|forecast|poll|estimate)[^()（）\d]{0,4}$", re.IGNORECASE)
_LEVEL_THEN_POLL = scan.compile(r"(?:至|到|\bto|\bat)\s?[-−]?\d[\d.,]*\s?(?:%|percent|per cent)?\s?$", re.IGNORECASE)
_BY_CLAUSE = scan.compile(r"\s?by\s(?:about\s|some\s|nearly\s|around\s)?")
_PAIR_THEN_DIRECTION = scan.compile(r"(?:,?\sor\s[^,;]{1,30}?)?,?\s(?P<d>(?:lower|higher|weaker|stronger|firmer|softer)(?=\s(?:at|to)\b)"
                                    r"|(?:down|up)(?=\sat\b))")  # ("finished $7, or 0.3%, down at $2,462")
_LONE_FROM = scan.compile(r"\bfrom\s(?:an?\s|the\s)?(?:about\s|around\s|nearly\s|almost\s)?$")
_TO_LATER = scan.compile(r"\bto\b|\d")
_ELLIPTICAL = scan.compile(r"\s?(?:,\s?)?(?:and\s|while\s)?(?:the\s)?[A-Za-z][\w&'.-]*(?:\s[\w&'.-]+){0,3}\s")
_ELLIPTICAL_STOP = scan.compile(r"\b(?:is|was|were|are|has|had|at|to|of|in|for|by|with|on)\b")


_FEWER_AFTER = scan.compile(r"\s(?:fewer|more)\s")
_STREAK = scan.compile(r"\s?(?:\d{1,2}|[一二两三四五六七八九十]{1,2})\s?(?:日|天|周|个交易日|个月)")
_BRACKET_AFTER = scan.compile(r"\s?\([^()]{1,24}\)")
_RATE_WORD_AFTER = scan.compile(r"\s(?:year-on-year|year-over-year|on-year|annual|quarter-on-quarter|sequential)(?=\s)", re.IGNORECASE)


def _name(base: str | None, unit: str, change: bool, lex) -> str | None:
    if base is None:
        if unit == "%":
            return "growth" if change else "share"
        return "growth" if unit in CHANGE_UNITS else None
    if base in lex.ratio_metrics:
        return f"{base}_change" if unit in CHANGE_UNITS else base
    if unit == "%" or unit in CHANGE_UNITS:
        return f"{base}_change" if base in lex.price_metrics or unit in CHANGE_UNITS else f"{base}_growth"
    return lex.level_names.get(base, base)


_PERIOD_END_WORD = scan.compile(r"[季年月]度?[末底]")
_DAY_PRINTED = scan.compile(r"\d\s?月\s?\d{1,2}\s?日")
_OVER_THE_QUARTER = scan.compile(r"按季|季环比|环比")
_QUARTER_ENDS = {"Q1": "-03-31", "Q2": "-06-30", "Q3": "-09-30", "Q4": "-12-31", "H1": "-06-30", "H2": "-12-31", "Q1-Q3": "-09-30", "": "-12-31"}
_QUARTER_OF = {day: part for part, day in _QUARTER_ENDS.items() if part in ("Q1", "Q2", "Q3", "Q4")}  # "-03-31" -> "Q1"
_TO_DATE = {"-03-31": "Q1", "-06-30": "H1", "-09-30": "Q1-Q3", "-12-31": ""}  # a result to a quarter's end, from the year's start


def _flow_period(period: str | None, base: str | None, lex, text: str) -> str | None:
    """A result earned over the year to date is that stretch's, though the text dates it at its end ("截至2024年末,集团营业收入
    达到6328亿元": 2024; "截至9月末…营业收入": the first three quarters); a balance keeps the day, and so does a day printed
    ("截至2021年12月31日…可供分配的利润")."""
    if period is None or period[-6:] not in _TO_DATE or not _PERIOD_END_WORD.search(text) or _DAY_PRINTED.search(text):
        return period
    if (base or "").removesuffix("_growth") in lex.result_metrics:
        return period[:-6] + _TO_DATE[period[-6:]]
    if _OVER_THE_QUARTER.search(text):  # "第四季末…貸款按季分別上升11.6%": the quarter's move
        return period[:-6] + _QUARTER_OF[period[-6:]]
    return period


def _period(ctx: Sentence, q: Quantity, cs: int, ce: int, base: str | None, quantities: list[Quantity]) -> str | None:
    """The value's own period (between a revision's two figures, in its clause, else the nearest before it in the
    sentence, else just after it), else the period the article reports on; a market's figures are its trading day's."""
    # (not the period of another figure's earlier value: "up 57.7% from the ₹314.2 crore reported in Q3FY23")
    # (nor its own earlier value's where the sentence names another: "to ₹52.1 crore from ₹21.9 crore in 9MFY23")
    # (上月 dates what follows it in its clause)
    own = [p for p in ctx.periods if not p.comparison and not (p.prev_month and not cs <= p.start < q.start)]
    earlier = [e for o in quantities if o is not q and (e := _earlier_end(o, ctx.text)) is not None]
    own = [p for p in own if not any(e <= p.start and _EARLIER_PERIOD.fullmatch(ctx.text, e, p.start) for e in earlier)]
    # (nor the period an earlier value names in its brackets: "160.5亿元(2020年11月为315.2亿元)")
    own = [p for p in own if not any(o is not q and o.revision and o.start < p.start < o.end
                                     and _BRACKET_OPENS.search(ctx.text, o.start, p.start) for o in quantities)]
    if (mine := _earlier_end(q, ctx.text)) is not None and len(own) > 1:
        own = [p for p in own if not (mine <= p.start and _EARLIER_PERIOD.fullmatch(ctx.text, mine, p.start))] or own
    article = ctx.article
    # The last resort, a period later in the clause ("6.7 per cent of last year"), is the value's own unless a figure of
    # the same kind comes between ("213,000 after a 244,000 increase in May"; not "4.2 percent to 17.41 trillion yuan in
    # the first seven months").
    to = max((m.end() for m in _REVISED_TO.finditer(ctx.text, q.start, q.end)), default=q.end) if q.revision else q.end
    # "fell to 5.3 percent in March from 5.5 percent in February": a revision written new value first has its month
    # (or quarter, or day) before "from" (not a year: "for the second quarter rose 4% to $327 million in 2008 from …")
    between, theirs = [], []
    new_first = q.revision and to == q.end and (was := _REVISED_FROM.search(ctx.text, q.start, q.end)) is not None
    if new_first:
        between = [p for p in own if q.start < p.start and p.end <= was.start() and p.unit != "Y"]
        # "to N1.651 trillion from N1.339 trillion in 2020" in a story on 2021: the year after is the earlier value's
        year = _year_of(ctx, ctx.reported) if ctx.reported is not None else ctx.article.year
        theirs = [p for p in own if p.start >= q.end and p.unit == "Y" and p.year is not None and year is not None and p.year < year]
        own = [p for p in own if p not in theirs]
    # "for 2025 and 2026 by 7% and 6% respectively, to 650 million yuan and 750 million yuan": each of a pair its own year
    if (pair := _respective_year(ctx, q)) is not None:
        return pair.resolve(_year_of(ctx, pair), article.fiscal)
    # a figure of the comparison itself, its period right after it ("4.51% in Q3 2017", "2.61% in the year-ago
    # quarter", "9.40% a year ago") or before it (对比第1季的9291.33亿元)
    then = None if q.prior_value is not None else next((p for p in ctx.periods if p.comparison and (
        _IN_PERIOD_AFTER.fullmatch(ctx.text, q.end, p.start) or _PERIOD_OF.fullmatch(ctx.text, p.end, q.start) or (
        p.unit == "Y" and p.shift == -1 and not p.deictic and _AGO_AFTER.fullmatch(ctx.text, q.end, p.start)))), None)
    if then is not None and (then.year is not None or ctx.reported is not None):
        return then.resolve(_year_of(ctx, then), article.fiscal, ctx.reported)
    pool = [p for p in ctx.periods if p.start > q.end and p not in theirs and _SET_IN.fullmatch(ctx.text, q.end, p.start)] or \
        [p for p in own if to <= p.start and p.end <= q.end] or \
        between or \
        [p for p in own if q.end < p.start and _OWN_PERIOD_AFTER.fullmatch(ctx.text, q.end, p.start)] or \
        [p for p in own if cs <= p.start and p.end <= q.start] or \
        [p for p in own if q.end <= p.start < min(ce, q.end + 20)] or \
        [p for p in own if p.end <= q.start and not (p.unit in ("MM", "QQ") and _ANOTHERS.search(ctx.text, max(0, p.start - 24), p.start))] or \
        [p for p in own if q.end <= p.start < ce
         and not any(q.end <= o.start and o.end <= p.start and o.unit == q.unit for o in quantities)]
    if pool:
        p = pool[-1] if pool[-1].end <= q.start else pool[0]
        resolved = p.resolve(_year_of(ctx, p), article.fiscal or _fiscal_here(ctx) or _fiscal_year_reported(ctx), ctx.reported)
        if resolved is not None and p.unit == "M" and p.parts[0] in (3, 6, 9, 12) and not article.macro \
                and ctx.text.startswith(("末", "底"), p.end):
            return f"{resolved}-{monthrange(int(resolved[:4]), p.parts[0])[1]:02d}"  # a company's "截至2024年6月末" balance: the
            # day its half ends (a monthly release's "6月末" stays the month)
        return resolved
    if (base in _MARKET_METRICS or (base or "").startswith(_MARKET_METRICS)) and not article.macro:
        return article.trading_day  # (prices in an economic release are the release's)
    ago = next((p for p in ctx.periods if p.comparison and (p.start == 0 and _YEAR_EARLIER.match(ctx.text)
                                                             or p.start < 12 and _IN_YEAR_AGO.match(ctx.text))), None)
    if ago is not None and ctx.reported is not None and q.unit not in ("%", *CHANGE_UNITS) and q.prior_value is None:
        return ago.resolve(_year_of(ctx, ago), article.fiscal, ctx.reported)  # "A year earlier it had made a profit of …"
    if base in _NO_PERIOD and not (base == "share" and (_OF_TOTAL.match(ctx.text, q.end)
                                                         or _OF_TOTAL_ZH.search(ctx.text, max(cs, q.start - 16), q.start))):
        return None  # (a share of revenue is the period's: "Accounting for 56% of total revenue")
    p = ctx.reported
    if p is not None and p.unit in ("Q", "H", "QQ", "M") and (_THAN_LAST_YEAR.search(ctx.text) or _THE_YEARS.search(ctx.text)):
        # "平均價格較上年下跌9%" in a release on the year and its fourth quarter is the year's; so are "年内淨收益",
        # "末期息派80仙", "the final dividend"
        p = replace(p, unit="Y", parts=(), year=_year_of(ctx, p))
    resolved = p.resolve(_year_of(ctx, p), article.fiscal) if p is not None else None
    if resolved is not None and _AT_PERIOD_END.search(ctx.text) and (base or "").removesuffix("_growth") not in ctx.lex.result_metrics:
        return _last_day(resolved)  # "报告期末,总资产420,338.95亿元": a balance on the last day of the period reported
    return resolved


_AT_PERIOD_END = scan.compile(r"报[告吿]期末|(?<![年月季])期末(?!股息|息|分红|派)|\bat the end of the (?:quarter|period|half)\b")

def _last_day(period: str) -> str:
    """The last day of a calendar year, half or quarter ("2023Q1" → "2023-03-31"); another period as it is."""
    m = re.fullmatch(r"(\d{4})(Q[1-4]|H[12]|Q1-Q3)?", period)
    return m.group(1) + _QUARTER_ENDS[m.group(2) or ""] if m else period


_THE_YEARS = scan.compile(r"年内|全年看|末期息|末期股息|\bfinal dividend\b|\bfull[- ]year\b", re.IGNORECASE)  # (从2024年全年看: a month's release's year)
_THAN_LAST_YEAR = scan.compile(r"(?:较|比)(?:上年|去年)(?=下跌|上升|上涨|增长|下降|增加|减少|跌|升|涨|增|减)")


# A target an analyst's words state without naming it.
_TARGET_SPOKEN = scan.compile(r"(?:\b(?:lowered|raised|cut|trimmed|lifted|boosted|reduced|upped)\s(?:his|hers|theirs)\s(?:to|at)\s|"
                              r"\b(?:stock|shares)\s(?:is|are)\s(?:now\s)?worth\s|\bnew\s(?:level|target)\s(?:is|of|at)\s|"
                              r"\bprice target\s?(?:--|—|–)\s?it['’]s\snow\s)(?:about\s|around\s)?$", re.IGNORECASE)
_RATED_THEN = scan.compile(r"评级(?:不变|维持不变|未变|持平)?\s?[，,]\s?(?:并|且|而)?(?:由|从)$")


def _earlier_end(q: Quantity, text: str) -> int | None:
    """Where the figure of a value's earlier value ends: a revision's own end where it ends with the earlier value ("to
    ₹52.1 crore from ₹21.9 crore", not "from 9 per cent to 8.6 per cent")."""
    if q.prior_end is not None or not q.revision:
        return q.prior_end
    last = [m.group() for m in _REVISION_WORD.finditer(text, q.start, q.end)]
    return q.end if last and last[-1] not in ("to", "至", "到") else None


_REVISION_WORD = scan.compile(r"\b(?:from|to|against|compared|versus|vs)\b|至|到")
_EARLIER_PERIOD = scan.compile(r"\s(?:(?:reported|recorded|posted|seen|logged)\s)?(?:in|for|during)\s(?:the\s)?")
_SET_IN = scan.compile(r"(?:\s[a-z]+)?,?\s(?:set|reached|hit|achieved)\sin\s(?:the\s)?")  # "a record of 189.7 billion yen set in the 2006 business year": the record's own year
_REVISED_FROM = scan.compile(r"(?:\bfrom|由|从)\s?$")
_REVISED_FROM = scan.compile(r"\b(?:from|against|compared with|versus)\b")
_REVISED_TO = scan.compile(r"至|到|\bto\b")  # "由2024年末的83.0%升至2025年9月末的84.7%": the new figure's date follows
_YEAR_EARLIER = scan.compile(r"(?:A|One) year (?:earlier|ago|before),?\s")
# "In the year-ago period the company had posted a profit of …"
_IN_YEAR_AGO = scan.compile(r"(?:In|For|During) the year-(?:ago|earlier) (?:period|quarter|half|year),?\s"
                            r"|(?:[(（][一二三四五六七八九十\d]{1,2}[)）]|\d{1,2}[.、])?(?:上年同期|去年同期|上年度同期)(?!相比|比较)")  # "(一)上年同期…净利润为"
_AGO_AFTER = scan.compile(r"\s(?:(?:in|for|during)\s)?(?:the\s)?")
_IN_PERIOD_AFTER = scan.compile(r"(?:\s(?:gain|rise|increase|advance|drop|decline|fall|jump|slide|dip))?"
                                r"(?:\s(?:(?:it|they)\s)?(?:booked|reported|recorded|posted|earned|made))?\s(?:in|for|during)\s(?:the\s)?")  # ("a
# 0.1% rise in February", the figure the comparison is of)
_PERIOD_OF = scan.compile(r"的\s?")  # "对比第1季的9291.33亿元": the first quarter's figure
# "a 175,000 gain in April", "sales of $5 billion for the quarter", "to 5.4% (up from 5.2%) in 2020": the period the
# value's own words name.
_OWN_PERIOD_AFTER = scan.compile(r"(?:\s?\([^()]{1,30}\))?\s(?:(?:a|per)\s(?:[a-z]+\s)?share\s)?(?:[a-z-]+\s){0,2}?(?:in|for|during)\s(?:the\s)?")
# A span of months right after another value in an earlier clause is that value's ("grew 0.5% in the first eight
# months of the year, and the unemployment rate rose to 5.3%": the rate's is the article's month).
_ANOTHERS = scan.compile(r"\d(?:\.\d+)?\s?(?:%|percent|per cent|pct|bn|billion|million)?\s(?:in|for|during|over)\s(?:the\s)?$", re.IGNORECASE)


def _fiscal_here(ctx: Sentence) -> bool:
    return any(p.fiscal for p in ctx.periods)


_VALUE_ESTIMATE = scan.compile(r"fair[- ]value estimate|公允价值估|合理估值|Morningstar|晨星", re.IGNORECASE)
_AMOUNTS_OF_GOODS = frozenset({"tonnes", "tonnes/year", "barrels", "ounces", "units", "vehicles", "b/d", "bbl/d", "boe/d", "MMcf/d", "cubic feet"})
_MARKET_METRICS = ("price", "share_price", "turnover", "fx_rate", "index", "rate")
_NO_PERIOD = frozenset({"target_price", "market_cap", "valuation", "stake", "share"})
_OF_TOTAL_ZH = scan.compile(r"占[^，。,；;]{0,10}(?:收入|收益|营收|营业额|销售额)的?$")  # 占集团整体收益的43.5%
_OF_TOTAL = scan.compile(r"\s(?:of\s(?:total\s|its\s|the\s(?:company's\s|group's\s)?)?(?:revenue|sales|income|profit)s?)\b", re.IGNORECASE)


def _respective_year(ctx: Sentence, q: Quantity):
    """The year of a value in a pair said "respectively" of a pair of years before it: the first value the first year."""
    if "respectively" not in ctx.text:
        return None
    years = [p for p in ctx.periods if p.unit == "Y" and p.year is not None and p.end <= q.start and not p.comparison]
    pair = next(((a, b) for a, b in zip(years, years[1:]) if _AND_GAP.fullmatch(ctx.text, a.end, b.start)), None)
    if pair is None:
        return None
    if _AND_NEXT.match(ctx.text, q.end):
        return pair[0]
    if _AND_BEFORE.search(ctx.text, max(0, q.start - 24), q.start) and q.start > pair[1].end:
        return pair[1]
    return None


_AND_GAP = scan.compile(r"\s(?:and|&)\s")
_AND_NEXT = scan.compile(r"(?:\s(?:million|billion|bn|mn|m)\s(?:yuan|dollars|euros|pounds|yen))?\s(?:and|&)\s(?:HK|US|S|A|C)?[$€£¥]?\d")
_AND_BEFORE = scan.compile(r"\d[^\d;]{0,16}\s(?:and|&)\s(?:HK|US|S|A|C)?[$€£¥]?$")


def _fiscal_year_reported(ctx: Sentence) -> bool:
    """A text reporting a year that ends in another month than December ("the year ended 31 August 2024") counts
    its halves and quarters in that fiscal year."""
    rep, ended = ctx.reported, ctx.article.ended
    return rep is not None and rep.unit == "Y" and rep.fiscal and ended is not None and ended[1] != 12 and rep.year == ended[0]


def _year_of(ctx: Sentence, p) -> int | None:
    """The year of a period written without one: the year another period of the sentence states
    ("3.4% in Q2 2019/20, 3.5% for Q3"), else a year-ago comparison of the same quarter ("up from 29.8% in
    the second quarter of 2006" makes "second-quarter" 2007), else the article's."""
    if p.year is not None:
        return p.year
    ended = ctx.article.ended
    if p.unit == "Y" and p.shift == 0 and not p.deictic and ended is not None and ctx.article.year is not None \
            and ended == (ctx.article.year - 1, 12) and (ctx.reported is None or ctx.reported.year is None and not ctx.reported.deictic):
        return ended[0]  # "全年營收2.12兆" early in the year after it: the full year the story reports, not this one
    if p.unit in ("M", "D") and p.parts and p.shift is None:  # (去年12月 counts back from the article's year)
        return ctx.article.month_year(p.parts[0])
    if p.unit in ("Q", "H", "QQ"):
        dated = [o for o in ctx.periods if o.year is not None and o.unit in ("Q", "H", "QQ", "Y") and not o.comparison]
        if dated and p.shift is None:
            return dated[0].year
        for c in ctx.doc_periods:
            if c.comparison and c.unit == p.unit and c.parts == p.parts and c.year is not None:
                return c.year + 1
        if p.fiscal and p.shift is None:  # Infosys's "April-June period" in a story of its guidance for FY20: that year's
            years = {c.year for c in ctx.doc_periods if c.fiscal and c.year is not None and not c.comparison}
            if len(years) == 1:
                return years.pop()
        rep = ctx.reported  # "expects third-quarter earnings of 66 cents" after its second quarter: that year's
        ended = ctx.article.ended
        if rep is not None and rep.unit == "Y" and ended is not None and rep.year == ended[0] and p.shift is None:
            return rep.year  # the interim dividend (中期股息) in the results of the year to 2023-12-31: 2023's first half
        if rep is not None and rep.unit == p.unit and p.parts and rep.parts and p.parts[0] > rep.parts[0] and p.shift is None:
            year = rep.year or next((c.year + 1 for c in ctx.doc_periods if c.comparison and c.unit == rep.unit
                                     and c.parts == rep.parts and c.year is not None), None)
            if year is not None:
                return year
        if rep is not None and rep.unit == p.unit and rep.parts == p.parts and rep.year is not None and p.shift is None:
            return rep.year  # "for the first half of the year" after "the first six months of 2024"
        if ended is not None and p.parts and p.shift is None and p.unit in ("Q", "H") and ctx.article.year is not None \
                and ended[0] < ctx.article.year and p.parts[0] * (3 if p.unit == "Q" else 6) == ended[1] \
                and not any(c.year is not None and c.year > ended[0] and (c.unit, c.parts) == (p.unit, p.parts) for c in ctx.doc_periods):
            return ended[0]  # "截至去年12月底止的第4季業績": the quarter that ended last December (not where the text names a
            # later one: "as of June 30, 2017" beside "the second quarter of 2018")
        published = ctx.article.published
        if published is not None and p.parts and p.shift is None and p.unit in ("Q", "H") and not ctx.article.fiscal:
            first_month = (p.parts[0] - 1) * 3 + 1 if p.unit == "Q" else (p.parts[0] - 1) * 6 + 1
            if first_month > published.month:
                return published.year - 1  # 三季度 in a January article is last year's third quarter
    return ctx.article.year


def _segment(text: str, q: Quantity, cs: int) -> str | None:
    """The part of an economy an indicator speaks of: 16-24岁 (劳动力失业率), "aged 16 to 24"."""
    m = _SEGMENT.search(text, cs, q.start)
    return m.group().strip() if m else None


_SEGMENT = scan.compile(r"\d{1,2}\s?[-–至~]\s?\d{1,2}\s?岁|\baged \d{1,2} to \d{1,2}\b|\byouth\b", re.IGNORECASE)


def _per_shares(text: str, q: Quantity, cs: int, ce: int, unit: str | None) -> str | None:
    """"per 10 shares" for an amount stated per so many shares (每10股派1.414元, "1.414 yuan per 10 shares")."""
    if not is_currency(unit):
        return None
    m = _PER_N_SHARES.search(text, max(cs, q.start - 16), min(ce, q.end + 16))
    return f"per {m.group(1) or m.group(2)} shares" if m else None


_PER_N_SHARES = scan.compile(r"每\s?(\d+)\s?股|per (\d+) shares", re.IGNORECASE)


def _basis(bases: list[tuple[int, int, str]], q: Quantity, cs: int, ce: int) -> str | None:
    # "同比增长3.5%", "grew 39% year-on-year": the basis sits right around its number.
    near = [b for b in bases if cs <= b[0] < ce and q.start - 20 <= b[0] and b[0] < q.end + 40]
    if not near:
        return None
    return min(near, key=lambda b: abs(b[0] - q.start))[2]


_EXPECTED_AFTER = scan.compile(r"^[^,;，；]{0,30}?\b(?:had |have |has )?(?:expected|estimated|forecast)\b", re.IGNORECASE)
_ANALYSTS = scan.compile(r"analysts?|economists?|\bpoll(?:ed)?\b|consensus|分析师|经济学家|市场预期", re.IGNORECASE)
_FORECAST_METRICS = {"target_price"}  # a price target is always a forecast
_PLAN_METRICS = {"investment", "capex"}  # "will invest", "资本开支将超过…" is a commitment: a target
# A company's preliminary figures for a period already over are results, not an outlook.
_PRELIMINARY = scan.compile(r"业绩预告|业绩快报|业绩预增|业绩预减|业绩预盈|业绩预亏|\bpreliminary (?:results|figures|estimates?|earnings)\b|"
                          r"\bin its preliminary\b|\bunaudited\b", re.IGNORECASE)
# A dividend a company declares ("will pay a dividend of 26 cents", 将派发中期股息) is paid, not forecast.
_DECLARED = scan.compile(r"\bwill pay\b|\bto pay\b|\bdeclared\b|将派|拟派|拟每|派发", re.IGNORECASE)
_WILL = scan.compile(r"\bwill\b|\bplans?\b|将|计划", re.IGNORECASE)


def _modality(ctx: Sentence, modals: list[tuple[int, int, str]], q: Quantity, start: int, base: str | None,
              label: str | None = None) -> str:
    if base in _FORECAST_METRICS or label in ctx.lex.forecast_labels:
        return "forecast"
    if _PRELIMINARY.search(ctx.text) and not any(not _is_subject(ctx, s) for s in ctx.sources) and not _ANALYSTS.search(ctx.text):
        return "actual"
    if base == "dividend" and _DECLARED.search(ctx.text, start, q.start) and not _ANALYSTS.search(ctx.text):
        return "actual"
    mode = _modality_word(ctx, modals, q, start, base)
    if mode == "guidance" and base in ("share_price", "price"):
        return "actual"  # a price paid is not an outlook
    if mode == "target" and base in ctx.lex.result_metrics and _own_statement(ctx, q):
        return "guidance"  # "Adobe raised its fiscal 2025 revenue target": a company's outlook for its results
    if mode == "forecast" and _own_statement(ctx, q):
        return "guidance"
    return mode


_OWN = scan.compile(r"the company said|the company (?:expects|raised|lifted|lowered|cut|narrowed|trimmed)\b|公司(?:预计|表示|预期)", re.IGNORECASE)


def _own_statement(ctx: Sentence, q: Quantity) -> bool:
    """The company speaks of itself: "..., the company said", or it is the subject of a revision of
    its own outlook ("丰田汽车将全年营业利润预期由…下调至…") with no third party named."""
    if any(not _is_subject(ctx, s) for s in ctx.sources) or _ANALYSTS.search(ctx.text):
        return False
    if _OWN.search(ctx.text):
        return True
    named = [c for c in ctx.companies if c.entry is not None]
    return bool(named) and named[0].start <= 1 and re.match(r"\s?(?:将|把|raised|cut|lowered|lifted|trimmed|raises|cuts)",
                                                             ctx.text[named[0].end:]) is not None


def _modality_word(ctx: Sentence, modals: list[tuple[int, int, str]], q: Quantity, start: int, base: str | None) -> str:
    if POLLED_MARK.search(ctx.text, max(0, q.start - 8), q.start):
        return "forecast"  # a table's "2026: 1.7% (exp. 1.9%, prev. 1.6%)": what the poll expected
    left = [m for m in modals if start <= m[0] and m[1] <= q.start]
    forecast_word = any(m[2] == "forecast" and not ctx.text[m[0]:m[1]].lower().startswith(("将", "will")) for m in left)
    if base in _PLAN_METRICS and _WILL.search(ctx.text, start, q.start) and not (base == "capex" and forecast_word):
        return "target"  # "字节跳动资本开支预计将达到…", "高盛预计…资本开支将…" stay forecasts
    if not left:
        # "below the $6.97 analysts had expected"
        return "forecast" if _EXPECTED_AFTER.match(ctx.text[q.end:]) else "actual"
    pos, _, label = left[-1]
    sources_before = any(m.start < pos and not _is_subject(ctx, m) for m in ctx.sources) or \
        _ANALYSTS.search(ctx.text, 0, pos) is not None
    if label in ("guidance", "target") and not sources_before:
        return label  # ("a poll of economists had forecast sales to gain 0.6%": the poll's forecast, no company's guidance)
    if sources_before or base == "valuation":
        return "forecast"
    # A company saying what it expects of itself gives guidance: "TSMC expects", "中芯国际预计",
    # "Alphabet raised its 2025 capex forecast"; "字节跳动2025年资本开支预计" is passive, a forecast.
    for m in ctx.companies:
        if m.entry is not None and m.end <= pos and not _reports(ctx, m):
            gap = ctx.text[m.end:pos]
            if len(gap.strip()) <= 2 or re.fullmatch(r"\s?(?:公司|集团|'s management|管理层)?\s?", gap) or \
                    re.search(r"\bits\b", gap) and len(gap) <= 50:
                return "guidance"
    return "forecast"


def _reports(ctx: Sentence, m: Mention) -> bool:
    """A company mention that is really a reporting source (Goldman Sachs as a broker)."""
    return any((s.start, s.end) == (m.start, m.end) and not _is_subject(ctx, s) for s in ctx.sources)


_MARKET_WIDE = ("turnover", "funds_raised")
_PRICE_PREFIXES = ("target_price", "share_price", "price", "market_cap", "valuation")


def _has_company(ctx: Sentence) -> bool:
    reporting = {(s.start, s.end) for s in ctx.sources if not _is_subject(ctx, s)}
    return any((c.entry is not None or c.ticker) and (c.start, c.end) not in reporting for c in ctx.companies) or (
        ctx.carried is not None and ctx.carried.entry is not None)


def _entity(ctx: Sentence, q: Quantity, cs: int, unit: str, base: str | None,
            owner: Owner | None = None, first: bool = False, listed: bool = False) -> tuple[str | None, str | None, str | None]:
    """(name as the article writes it, entity key, ticker) of the entity a value belongs to; `listed`: the owner is the
    value's item of a respective list ("猪肉、鲜菜价格同比分别下降22%和6.4%")."""
    if (item := _bracket_item(ctx, q)) is not None:
        return item  # "馬來西亞(跌26.4%)、新加坡(跌21.1%)": each item's own figure
    if unit == "lots" and not listed and (item := _LOTS_ITEM_BEFORE.search(ctx.text, max(0, q.start - 12), q.start)) is not None \
            and _NET_SIDE.search(ctx.text, 0, item.start()):
        a, b = item.span("name")
        known = next((c for c in ctx.companies if c.start <= a and b <= c.end), None)  # (not 長榮 of 長榮航)
        if known is not None and known.entry is not None:
            return ctx.names.get(known.key, known.name), known.key, known.ticker
        return ctx.written[a:b], None, None  # each stock of a list its own lots
    if (model := _MODEL_BEFORE.search(ctx.text, max(0, q.start - 16), q.start)) is not None \
            and (ctx.text[model.start("name") - 1:model.start("name")] == "、" or _NEXT_ITEM.match(ctx.text, q.end)):
        return model.group("name"), None, None  # "当中P7 8045辆、P5 5598辆、G3 1652辆": each model's own
    if (base or "").startswith(("turnover", "short_selling")) and (market := _MARKET_TURNOVER.search(ctx.text, cs, q.start)):
        return market.group(1), subject_key(market.group(1)), None  # "港股總成交890億元": the market's, not a stock's
    if (base or "").startswith("short_selling") and (market := _MARKET_SHORT.search(ctx.text, 0, q.start)):
        return market.group(1), subject_key(market.group(1)), None  # "港股沽空額97.85億元，沽空比率11.01%"
    if (base or "").startswith("short_selling") and ctx.market_story and _CJK.search(ctx.text) and ctx.carried is None \
            and not any(o.kind == "company" for o in _owners(ctx)) and not _A_STOCK.search(ctx.text):
        return "大市", subject_key("大市"), None  # a wrap's "沽空金額逾198億元,沽空比率為16.58%": the market's
    if (base or "").startswith("turnover") and ctx.article.market == "HK" and _CJK.search(ctx.text) and owner is not None \
            and owner.label == "index" and _HSI.search(owner.name):
        return "大市", subject_key("大市"), None  # "恒指收市報24649點…全日成交額1402億元": the whole market's turnover
    if unit == "points" and owner is not None and owner.label == "other" and owner.name in ("港股", "大市") \
            and ctx.article.market == "HK":
        return "恒指", subject_key("恒指"), None  # "港股隨美股走低…收市報12915點,跌613點": the market's points are its index's
    if "/" in (unit or "") and (owner is None or owner.kind != "company") and (item := _quoted_item(ctx, q, cs, owner)) is not None:
        return item, subject_key(item), None  # "电池级碳酸锂报价为79000元/吨(-2000元/吨)": the good quoted
    if (owner is None or owner.kind != "company") and not listed and (topic := _clause_topic(ctx, q, cs)):
        return topic, subject_key(topic), None  # "第一产业实现增加值17471亿元", "采矿业增加值同比增长2.0%", "锡铁山矿产能为132万吨/年"
    if (business := _business(ctx, q, cs)) is not None:
        return business, subject_key(business), None  # "信息通信业务营业收入14.3亿元": the business's own figure
    if base in ctx.lex.indicators and owner is not None and (owner.mention is None or owner.mention.entry is None) \
            and _OFFICE.search(owner.name or "") and (
            held := next((e for e in ctx.economies if owner.start <= e[0] and e[1] <= owner.end), None)) is not None:
        en, zh = ctx.lex.economy_names[held[2]]  # "The Central Bank of Egypt said … core inflation reached 40.3 percent":
        return (_in_script(ctx, zh) if _CJK.search(ctx.text) else en), f"economy:{held[2]}", None  # Egypt's
    if base in ctx.lex.indicators and (owner is None or owner.kind != "company") and not (
            owner is not None and owner.label == "other") and not (  # 大型企业PMI为50.8%, 中、小型企业PMI分别为49.6%和47.7%
            owner is None and not ctx.article.macro and ctx.last_company is not None and not ctx.economies):
        # (a company's story: "Galaxy Entertainment … Gross gaming revenue came to HK$20bn" is the company's, not Macau's)
        economy = _economy(ctx, q, cs)
        if economy is not None:
            return economy
    if base in ctx.lex.indicators and owner is not None and owner.kind == "company" \
            and (named := next((e for e in _economies(ctx) if owner.end <= e[0] and e[1] <= q.start), None)) is not None:
        en, zh = ctx.lex.economy_names[named[2]]  # "Sarb has lowered its global growth forecast to 1.9%": the forecaster
        return (_in_script(ctx, zh) if _CJK.search(ctx.text) else en), f"economy:{named[2]}", None  # names whose growth
    if (base or "").startswith("rate") and not (owner is not None and owner.label == "rate" and _instrument(owner.name)):
        found = _rate_owner(ctx, q, cs)
        if found is not None:
            return found
    if owner is None:
        return _fallback(ctx, q, cs, unit, base)
    if owner.kind == "subject" and (tenor := _tenor(ctx, owner)) is not None:
        return tenor[1], tenor[2], None  # 一个月拆息, "three-month HIBOR": the benchmark; the tenor is the basis
    if owner.kind == "subject" or owner.mention is None:
        return owner.name, subject_key(owner.name), None
    if first and not listed:  # (a respective list's holders each own their item: "中国银行和京东方A的持股则分别增加…")
        left = [o for o in _owners(ctx) if o.kind == "company" and o.end <= q.start]
        if left and left[0].mention is not None:
            owner = left[0]  # "Nvidia buys into Intel with a $5 billion stake": the holder, not the held
    return _named(ctx, owner.mention, unit, base)


# A good and its quote per unit in a price report: "电池级碳酸锂报价为79000元/吨", "锂辉石(非洲SC5%)报价510美元/吨(+5美元/吨)",
# "磷锂铝石(7%≤Li2O<8%)则报8888元/吨" (its grade in brackets is no part of its name).
_QUOTED_ITEM = scan.compile(r"(?:此外|其中|另外|[\u4e00-\u9fff]{1,4}(?=[,，]))?[,，]?\s?(?P<item>[\u4e00-\u9fff][\u4e00-\u9fffA-Za-z0-9()（）%≤<.\s]{1,30}?)\s?(?:的)?(?:(?:长协均价|均价|价格)?(?:为|报|则报)|报价为?)"
                            r"\s?(?:\d[\d,.]*\s?(?:元|美元)/[\u4e00-\u9fff]{1,2}\s?[(（]\s?\+?)?")
_GRADE = scan.compile(r"\s?[(（][^()（）]*[)）]")


def _quoted_item(ctx: Sentence, q: Quantity, cs: int, owner: Owner | None) -> str | None:
    m = _QUOTED_ITEM.fullmatch(ctx.text, cs, q.start)
    if m is None:
        return None
    if owner is not None and owner.kind == "subject" and m.start("item") <= owner.start and owner.end <= m.end("item"):
        return owner.name  # "第21周全市各监测点仔猪零售均价为27.92元/公斤": the good the item names
    name = _GRADE.sub("", ctx.written[m.start("item"):m.end("item")]).strip().removeprefix("则")
    return name if len(name) >= 2 and not ctx.lex.metrics.match(name) else None


_OFFICE = scan.compile(r"\b(?:Central Bank|Reserve Bank|National Bank|Monetary Authority|Statistics|Statistical|Bureau|Ministry)\b|央行|银行|统计")


# A list of models each with its count: "当中P7 8045辆、P5 5598辆", "其中ES6 3500台、EC6 1200台".
_MODEL_BEFORE = scan.compile(r"(?:[、,，;；:：]|当中|其中|包括)\s?(?P<name>(?=[A-Za-z]*\d)[A-Z][A-Za-z0-9]{0,5}(?:[- ][A-Z0-9][A-Za-z0-9]{0,5})?)\s?$")
_NEXT_ITEM = scan.compile(r"\s?(?:辆|台|部|万辆|万台)?、")
_NET_SIDE = scan.compile(r"卖超|买超")
# An item of a list of stocks, each with its lots: "依序是長榮航7萬6350張、台新新光金6萬2223張和中石化5萬6647張"
_LOTS_ITEM_BEFORE = scan.compile(r"(?:[、，,]|和|及|与|是|为)\s?(?P<name>(?:(?![的是为和及与被则遭])[\u4e00-\u9fff]){2,5}?)"
                                 r"(?:(?:依次|分别|各)?以)?(?:约|近|逾|超)?$")  # ("神达以约2.1万张": 神达's)


# A list whose items each carry their figures in brackets: "馬來西亞(跌26.4%)、新加坡(跌21.1%)",
# "「電動機械、儀器和用具及零件」(減375億元,跌19.3%)", "Germany (down 15.9%)".
_ITEM_OPEN = scan.compile(r"[(（]\s?(?:[\u4e00-\u9fff]{2,6}?(?=[跌升减增涨降挫下上]))?"  # ("(銷貨價值升3.6%)": what moved, then how)
                          r"(?:跌|升|减|增|涨|降|挫|下跌|上升|下降|增长|上涨|减少|增加|up\b|down\b|rose\b|fell\b|\+|-)[^()（）]{0,24}$",
                          re.IGNORECASE)
_ITEM_CLOSES = scan.compile(r"[^()（）]{0,24}[)）]")
# "HPCL (6%), Nalco (4%) and NMDC (3%)": a bare share in brackets after each name of a list
_BARE_ITEM_OPEN = scan.compile(r"[(（]\s?$")
_NEXT_SHARE_ITEM = scan.compile(r"[)）](?:,\s|\sand\s)[A-Z][^()]{1,40}\([\d.]+%\)")
_PREVIOUS_SHARE_ITEM = scan.compile(r"[\d.]+%[)）](?:,\s(?:and\s)?|\sand\s)[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,3}\s?[(（]\s?$")
_ITEM_NAME = scan.compile(r"「(?P<quoted>[^「」]{2,30})」\s?$|(?P<zh>[\u4e00-\u9fff](?:[\u4e00-\u9fff]|、(?=[\u4e00-\u9fff]{2}[^)）]*$)){1,17})\s?$|(?P<en>[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,3})\s?$")
_ITEM_LEAD = scan.compile(r"^(?:.*(?:当中以|尤其是|尤其|相反|另一方面|输往|运往|输入|来自|以及|包括|例如|其中|当中|依次为|依次為)|[和及与](?=[\u4e00-\u9fff]{2}))")


def _bracket_item(ctx: Sentence, q: Quantity) -> tuple[str, str, None] | None:
    text = ctx.text
    if _ITEM_CLOSES.match(text, q.end) is None:
        return None
    bare = next((e for e in _economies(ctx) if _OPENS_BRACKET.fullmatch(text, e[1], q.start)), None)
    if bare is not None:
        return ctx.written[bare[0]:bare[1]], f"economy:{bare[2]}", None  # "in Latvia (21.3 percent) and Slovakia (15.1 percent)"
    opened = _ITEM_OPEN.search(text, max(0, q.start - 26), q.start)
    if opened is None and (text[q.start:q.start + 1] in ("-", "−") or q.unit == "%" and (
            _NEXT_SHARE_ITEM.match(text, q.end) or _PREVIOUS_SHARE_ITEM.search(text, max(0, q.start - 48), q.start))):
        opened = _BARE_ITEM_OPEN.search(text, max(0, q.start - 3), q.start)  # "HBL (-31.40)", "Nalco (4%) and NMDC (3%)"
    if opened is None:
        return None
    at = opened.start()
    if any(c.end == at or c.end == at - 1 for c in ctx.companies):
        return None  # a company's code or quote in brackets is the company's, read as such
    economy = next((e for e in _economies(ctx) if e[1] in (at, at - 1)), None)
    if economy is not None:
        return ctx.written[economy[0]:economy[1]], f"economy:{economy[2]}", None
    m = _ITEM_NAME.search(text, max(0, at - 40), at)
    if m is None or re.search(r"[\d%]\s?$", text[max(0, m.start() - 2):m.start()]):
        return None  # "营收203.67亿元（+26.43%）": the change of the figure before, not an item's
    if m.group("quoted"):
        name = ctx.written[m.start("quoted"):m.end("quoted")]
    elif m.group("zh"):
        lead = _ITEM_LEAD.match(m.group("zh"))
        a = m.start("zh") + (lead.end() if lead else 0)
        if m.end("zh") - a < 2:
            return None
        name = ctx.written[a:m.end("zh")]
    else:
        name = ctx.written[m.start("en"):m.end("en")]
    return name, subject_key(name), None


_OTHER_BASE = scan.compile(r"[，,；;]?\s?(?:较|比|相比)(?:去年|上年|上季|上月|前一季|前季)(?:同期|度)?")
# "climbed 47.09 to 5,483.95", "finished 9.61 higher at 1,120.50", "closed 28.06 or 0.6 per cent higher at": a small
# number an index moved by, its level after it
_MOVE_THEN_LEVEL = scan.compile(r"(?:\s(?:higher|lower|ahead|down|up)|,?\sor\s[\d.]+\s?(?:%|per\s?cent|percent|pc)(?:\s(?:higher|lower))?"
                                r"|\s?\([+-]?[\d.]+\s?(?:%|per\s?cent|percent|pc)\))?,?\s(?:to|at)\s\d")  # "rose 23.42 (1.19 percent) to 1,985.05"
_OR_MOVED = scan.compile(r"\s?,?\sor\s(?:about\s)?[$€£]?[\d.,]+\s?(?:[a-z%]+\s){0,2}(lower|higher|down|up)\b")
_CURRENCY_TALK = scan.compile(r"\b(?:dollar|currency|Aussie|loonie|kiwi)\b", re.IGNORECASE)
_MARKET_TURNOVER = scan.compile(r"(港股|主板|大市|沪深北三市|沪深两市|两市|三市|沪市|深市|A股)[^，,。；;]{0,6}?(?:成交|沽空)(?:额|金额)?(?:(?!分别)[^，,。；;\d]){0,6}$")
_A_STOCK = scan.compile(r"^其|该股|股份")  # "其成交大增…亦是沽空金額最多的股份": a stock's own short selling
_MARKET_SHORT = scan.compile(r"(港股|主板|大市)[^。；;\d]{0,6}?沽空")
_HSI = scan.compile(r"恒生指[数數]|恒指")
_FROM_AFTER = scan.compile(r"\s(?:sharply\s|slightly\s)?from\b")
_NOUN_RIGHT_AFTER = scan.compile(r"\s?(?:(?:%|percent|per cent|pc)\s)?(?:drop|fall|decline|decrease|slump|plunge|contraction)")
_THE_INDEX = scan.compile(r"\b[Tt]he (?:[\w-]+ )?(?:index|benchmark(?! \d)|blue-chip index|gauge)\b|(?:^|[，,])\s?(?:该|此)?指数(?![内中成])")  # (not "指数内的…股": a member)


_WHOLE_GROUP = scan.compile(r"\s*(?:Total|Overall|Group-wide|Group|Consolidated)\s(?!of\b)")


_TRADE_METRICS = frozenset({"exports", "imports", "trade_balance", "trade_deficit"})


def _fallback(ctx: Sentence, q: Quantity, cs: int, unit: str | None, base: str | None) -> tuple[str | None, str | None, str | None]:
    """A value the sentence names no owner for belongs to the province the sentence names before it; else to what
    the article is about: points to the index it spoke of last; else the company it spoke of last (or, before any,
    the one it names first); in a central bank's story the bank; in an economic release the economy; a market's
    turnover to the index the wrap spoke of last."""
    region = next((e for e in reversed(_economies(ctx)) if e[2] in ctx.lex.regions and e[1] <= q.start), None)
    if region is not None:  # "湖南省1-7月原保险保费收入为1200亿元": a province names its own figure, in any story
        return ctx.written[region[0]:region[1]], f"economy:{region[2]}", None
    if ctx.last_subject is not None and (unit == "points" or _THE_INDEX.search(ctx.text, 0, q.start)):
        subject = ctx.last_subject  # "The index was up 0.2% at 7,176.08"
        if ctx.headline_index is not None and subject.endswith((" sub-index", " sector")):
            subject = ctx.headline_index  # (after "the mining and oil sub-index was the only sector to fall": the market's)
        return subject, subject_key(subject), None
    if ctx.bank_story and ctx.last_bank is not None and ctx.carried is None:
        # "The Bank lowered its growth forecast": the bank's, not a company's a sentence named in passing; the
        # figures of the bank's statistics release are the economy's
        if ctx.article.macro and (economy := _economy(ctx, q, cs)) is not None:
            return economy
        bank = ctx.last_bank
        return ctx.names.get(bank.key, bank.name), bank.key, None
    if ctx.list_entity is not None:
        return (*ctx.list_entity, None)  # "…; 营业成本为64.79万亿元": the list's subject goes on
    if ctx.market_story and ctx.carried is None and (base or "").startswith(("turnover", "volume")) and ctx.last_subject is not None \
            and subject_key(ctx.last_subject, ctx.lex).startswith("index:"):
        index = ctx.headline_index or ctx.last_subject  # (not "the Dow futures" a Singapore wrap mentions on the way)
        return index, subject_key(index), None  # a wrap's "Volume was thin at 338.8 million shares"
    if ctx.first_company is not None and ctx.carried is None and _WHOLE_GROUP.match(ctx.text):
        return _named(ctx, ctx.first_company, unit, base)  # "Total copper output was 209 859 t" after a mine's: the group's
    if ctx.carried is None and (ctx.economy_before and base in _TRADE_METRICS or ctx.article.macro) \
            and (economy := _economy(ctx, q, cs)) is not None:
        # "Korea's total outbound shipments came to $32.77 billion…. Imports fell 10.1%": the economy's still; in a
        # release, a bank whose economist was quoted owns none of the figures after
        return economy
    if ctx.paragraph_lead is not None and names.THE_COMPANY.search(ctx.text):
        return _named(ctx, ctx.paragraph_lead, unit, base)  # "SocGen lowered its target on the company's stock": the
        # company its paragraph opened with, not one named in passing since
    if ctx.carried is not None or ctx.last_company is not None:
        return _named(ctx, ctx.carried or ctx.last_company, unit, base)
    if (base or "").startswith(("turnover",)) and ctx.last_subject is not None:
        name = ctx.headline_index or ctx.last_subject
        return name, subject_key(name), None
    if ctx.last_commodity is not None and (base or "").startswith(("price", "share_price", "open_interest", "volume")):
        name = ctx.last_commodity
        return name, subject_key(name), None
    if ctx.sovereign is not None and not ctx.article.macro and (
            not any(s.entry and s.entry.name in ctx.lex.central_banks for s in ctx.sources)
            or any(key == ctx.sovereign and b <= q.start for _, b, key in ctx.economies)):
        # "Italy Sells 3.75 Billion Euros of BTPs": its debt figures are Italy's, not those of the ECB named in passing;
        # a sentence that names another economy before its figure speaks of that one ("河南省…保费收入为1706亿元")
        named = next((e for e in reversed(ctx.economies) if e[1] <= q.start and e[2] != ctx.sovereign), None)
        if named is not None:
            return ctx.written[named[0]:named[1]], f"economy:{named[2]}", None
        return ctx.lex.economy_names[ctx.sovereign][0], f"economy:{ctx.sovereign}", None
    if ctx.last_bank is not None and not ctx.article.macro:
        bank = ctx.last_bank
        return ctx.names.get(bank.key, bank.name), bank.key, None
    if ctx.article.macro:
        economy = _economy(ctx, q, cs)
        if economy is not None:
            return economy
    if ctx.first_company is not None:
        return _named(ctx, ctx.first_company, unit, base)
    return None, None, None


def _named(ctx: Sentence, m: Mention, unit: str | None, base: str | None) -> tuple[str | None, str | None, str | None]:
    # The value's currency picks the listing only for prices: a CNY revenue of a company listed in
    # Hong Kong and Shenzhen belongs to its primary listing, an HK$ target to the Hong Kong one.
    currency = unit if is_currency(unit) and (base or "").startswith(_PRICE_PREFIXES) else None
    name = ctx.names.get(m.key, m.name) if m.key else m.name
    if m.entry is None:
        return name, m.key, m.ticker
    mentioned = m.ticker or ctx.doc_tickers.get(m.entry.id)
    return name or m.entry.name, m.key, pick_ticker(m.entry, currency, mentioned, market_hint(ctx.text))


@dataclass(frozen=True)
class Owner:
    """A name in a sentence that a value may belong to: a company or a subject (an index, a commodity,
    a currency pair, a rate, a market)."""

    start: int
    end: int
    kind: str  # company, subject
    label: str  # the subject's label (index, price, fx_rate, rate, ...), "company" for companies
    name: str | None
    mention: Mention | None = None
    aside: bool = False  # possessive, in an apposition or a comparison: not what the clause is about


# "BYD's sales", "Tencent's revenue": a possessive that owns the figure that follows.
_VENUE = scan.compile(r"科创板|创业板|主板|北交所|港股|A股|美股")
_HELD_PRICE = scan.compile(r"['’]s\s(?:(?:average|realised|realized)\s){0,2}$")
_OWN_NOUN = scan.compile(r"\s(?:(?:net |total |quarterly |annual |first-half |second-quarter )?(?:sales|revenues?|profits?|earnings|income|"
                       r"shares|stock|net income|margin|orders|deliveries|shipments|market value|valuation|dividend|eps|"
                       r"(?:average |realised |realized )+(?:[a-z]+ ){0,2}price|"
                       r"market cap(?:itali[sz]ation)?|(?:closing |share |stock )?price|ebitda|operating profit|pre-tax profit))\b", re.IGNORECASE)
_LEAD_BEFORE_CLAUSE = scan.compile(r"[A-Z][\w'’&.-]*(?:\s[\w'’&.-]+){0,5}?(?=,\s(?:which|who|whose)\b)")
_NAMED_BEFORE_ASIDE = scan.compile(r"\s?(?:\([^()]{1,12}\))?")
_APPOSITION = scan.compile(r",\s(?:the|a|an|which|who|whose|its|also|one of|in which|of which)\b[^,;]*?(?:,[^,;]*?){0,2}?,|，(?:即|其|为|是)[^，；;]*?，", re.IGNORECASE)
_OUTPERFORMED = scan.compile(r"跑赢|跑输|优于|弱于|跑贏|跑輸")
_BEHIND_OR_AHEAD = scan.compile(r"(?:落后|领先|跑赢|跑输)于?$")  # "累跌8%,落后恒生指数6个百分点": the index is the yardstick
_DRIVEN_BY = scan.compile(r"[^，,。；;]{0,14}?(?:推动下|带动下|影响下|刺激下|拉动下|支持下|影响|拖累)")
_COMPARED = scan.compile(r"(?:\bthan|\bagainst|\bversus|\bvs\.?|compared (?:with|to)|比|较|相比|跑赢|跑输)\s?(?:the\s)?$", re.IGNORECASE)
_AMONG = scan.compile(r"^(?:Among|Of)\b[^,;]*?\b(?:was|were|is|are)\b", re.IGNORECASE)


# A market named as a gauge, a cause or what is left out owns none of the figures: "inflation, as measured by the personal
# consumption expenditures price index, rising by 5.2%", "Helped by a jump in copper prices, its shares were up 49.5p",
# "Excluding the impacts from changes in gasoline prices, …".
_AT_PLACE = scan.compile(r"\s?在(?:[^，,。；;]{0,14}的)?\s?")
_IN_PASSING_SUBJECT = scan.compile(r"\b(?:as measured by|helped by|hit by|weighed (?:down )?by|boosted by|dragged (?:down )?by|"
                                   r"thanks to|on the back of|excluding|excludes?|leaves? out|leaving out|strips? out|stripping out|changes in|"
                                   r"such as)\s[^,;.]{0,40}$"
                                   # "which leave out automobiles, gasoline, building materials and food services"
                                   r"|\b(?:excluding|excludes?|leaves? out|leaving out|strips? out|stripping out)\s(?:[\w-]+(?:\s[\w-]+)?,\s){1,4}(?:and\s|or\s)?$"
                                   # "Carrefour posted the biggest rise in the CAC 40, 4.59%": the index is where it rose
                                   r"|\b(?:biggest|largest|sharpest|steepest|best|worst|top)\s(?:rise|gain|fall|drop|decline|loss|performer|riser|"
                                   r"faller|gainer|loser)s?\s(?:in|on|of|among)\s(?:the\s)?$", re.IGNORECASE)
_SECTOR_INDEX = scan.compile(
    r"\b(?!(?i:the|a|an|its|this|that|while|and|but|whereas|after|before|with|when|as|price|consumer|producer|benchmark|broader|main|key|composite|blue-chip|wider|stock|share|separate|similar|another|other|same)\b)"
    r"(?:[A-Z]{2,6}|[a-z]{3,}|[A-Z][a-z]+)(?:\s(?:and|&)\s[a-z]{3,}|\s(?!the\b)[a-z]{3,}){0,2}(?<!consumer price)(?<!producer price)(?<!wholesale price)(?<!import price)(?<!export price)\sindex\b")
# (not "week the benchmark index", "core consumer price index", "a separate index": an indicator's, no sector's)


def _owners(ctx: Sentence) -> list[Owner]:
    text = ctx.text
    if ctx._owners is not None:
        return ctx._owners
    reporting = {(s.start, s.end) for s in ctx.sources if not _is_subject(ctx, s)}
    found = [Owner(c.start, c.end, "company", "company", ctx.names.get(c.key, c.name) if c.key else c.name, c)
             for c in ctx.companies if (c.entry is not None or c.ticker or c.key) and (c.start, c.end) not in reporting]
    company_spans = {(c.start, c.end) for c in ctx.companies}
    found += [Owner(s.start, s.end, "subject", "other", ctx.names.get(s.key, s.name) if s.key else s.name) for s in ctx.sources
              if (s.start, s.end) not in company_spans and (s.start, s.end) not in reporting]  # "OPEC produced …"
    taken = [(c.start, c.end) for c in ctx.companies] + [(s.start, s.end) for s in ctx.sources]
    unknown = {(c.start, c.end) for c in ctx.companies if c.entry is None and not c.ticker}
    for m_start, m_end, label in ctx.subjects:
        # an index's name holds no company, even where a quote splits it: "道琼斯(15658.36,30.34,0.19%)工业平均指数"
        if any(a < m_end and m_start < b and not (label == "index" and (a, b) in unknown) for a, b in taken) \
                or _OUTPERFORMED.match(text, m_start) or text[m_start - 1:m_start] in ("获", "遭") \
                or _BEHIND_OR_AHEAD.search(text, max(0, m_start - 6), m_start):
            continue  # (跑赢本港公用板块: what a figure is measured against owns none, nor 获港股通资金净流入's giver)
        if _VENUE.fullmatch(text, m_start, m_end) and any(c.end == m_start for c in ctx.companies):
            continue  # "摩尔线程科创板上市最终中签率0.036%": the board the company lists on owns none of its figures
        if label == "price" and (held := _HELD_PRICE.search(text, max(0, m_start - 40), m_start)) is not None \
                and any(c.end == held.start() for c in ctx.companies):
            continue  # "EOG's average crude oil price dropped about 20%": the price the company got, its own
        start = _qualified_start(text, m_start, text[m_start:m_end])
        name = ctx.written[m_start:m_end].strip() if label == "company" else ctx.written[start:m_end]
        if label == "index" and "(" in name:
            name = _INLINE_QUOTE.sub("", name)
        found.append(Owner(start, m_end, "subject" if label != "company" else "company", label, name))
    if " index" in text:  # "the metal index rose 184.52 points": a sector's index, named by its sector
        spans = taken + [(o.start, o.end) for o in found]
        for m in _SECTOR_INDEX.finditer(text):
            if not any(a < m.end() and m.start() < b for a, b in spans):
                found.append(Owner(m.start(), m.end(), "subject", "index", ctx.written[m.start():m.end()]))
    if ctx.last_subject is not None and not any(o.label == "index" for o in found) \
            and (the := _THE_INDEX.match(text)) is not None and subject_key(ctx.last_subject, ctx.lex).startswith("index:"):
        found.append(Owner(the.start(), the.end(), "subject", "index", ctx.last_subject))  # "The 30-stock index ended up
        # 9.95 points, or 0.64% to 1,574.51": the index named before, its level too
    asides = [m.span() for m in _APPOSITION.finditer(text) if not _MOVED_BY_FIGURE.search(m.group())]
    among = _AMONG.match(text)
    owners = []
    for o in sorted(found, key=lambda o: o.start):
        if o.kind == "subject" and _IN_PASSING_SUBJECT.search(text, max(0, o.start - 56), o.start):
            continue
        if o.label == "index" and _MEMBERS_AFTER.match(text, o.end) and _JOINS_BEFORE.search(text, max(0, o.start - 4), o.start):
            continue  # "被纳入恒指成分股": the index names what a stock joins, not whose figure follows
        if o.kind == "subject" and any(c.kind == "company" and c.end <= o.start and _AT_PLACE.fullmatch(text, c.end, o.start)
                                       for c in found):
            continue  # "vivo在中国智能手机市场出货量为1420万台", "OPPO在2022年第三季度的中国市场": where the company sold
        if _DRIVEN_BY.match(text, o.end) and text[max(0, o.start - 1):o.start] in ("在", "受"):
            continue  # "在苹果iPhone拉货旺季推动下,单季合并营收达2兆元": what drove the figure owns none of it
        if _COMPARED.search(text, max(0, o.start - 16), o.start) is not None and not (
                text[o.end:o.end + 2] in ("'s", "’s") and _OWN_NOUN.match(text, o.end + 2)):
            continue  # "against the euro", 比恒指: what a value is compared with owns none (but "against SAIC's market cap of …")
        possessive = text[o.end:o.end + 2] in ("'s", "’s") and not _OWN_NOUN.match(text, o.end + 2)
        aside = (possessive or any(a < o.start and o.end < b for a, b in asides)
                 or (among is not None and o.end <= among.end() - 4))
        owners.append(Owner(o.start, o.end, o.kind, o.label, o.name, o.mention, aside))
    ctx._owners = owners
    return owners


_INLINE_QUOTE = scan.compile(r"\([^()]*\)")
# A verb and the figure it moved by make a clause of its own, no apposition: "…, the S&P 500 shed 13.1 points or 0.65 per cent,".
_MOVED_BY_FIGURE = scan.compile(r"\b(?:shed|fell|rose|gained|lost|added|climbed|dropped|declined|slipped|jumped|advanced|eased|"
                                r"slid|tumbled|rallied|surged|sank|plunged|soared)\s(?:by\s|about\s|nearly\s)?[$€£]?\d")
_MEMBERS_AFTER = scan.compile(r"的?(?:成分股|成份股|成分|成份)")
_JOINS_BEFORE = scan.compile(r"(?:纳入|入选|加入|调入|剔除|进入|成为|跻身|晋身)$")
_NOTED_MOVE = scan.compile(r"\d\s?(?:元|美元|港元)/[\u4e00-\u9fff]{1,2}\s?[(（]\s?\+?$")
_MOVE_LEADS = scan.compile(r"\s*(?:Gaining|Losing|Rising|Falling|Adding|Shedding|Climbing|Dropping|Jumping|Sliding|Slipping|Advancing|"
                           r"Declining|Surging|Tumbling|Plunging|Soaring|Sinking|Rallying|Retreating)\b")
_THEN_SUBJECT = scan.compile(r"[,\s]*(?:the\s)?")
_MOVER_GAP = scan.compile(r"(?:'s|’s)?,?\s(?:shares\s)?(?:was\s|were\s)?(?:up|down|ahead|off|higher|lower|gaining|losing|rising|falling)\s(?:by\s)?")


_MOVE_IN = scan.compile(r"\s(?:rise|fall|gain|drop|jump|surge|slide|climb|advance|decline|slump|plunge)\sin\s(?:shares\s(?:of|in)\s)?")


_GROUP_OF_MANY = scan.compile(r"\b(?:providers|carmakers|automakers|chipmakers|lenders|banks|insurers|developers|brokerages|exporters"
                              r"|manufacturers|companies|firms|makers|operators|platforms|applications)$")


def _owner(owners: list[Owner], q: Quantity, cs: int, ce: int, unit: str | None, text: str) -> Owner | None:
    """What a value belongs to: the nearest name before it in its clause, else the nearest before it in
    the sentence that is what the sentence is about (not a possessive, an apposition or a comparison),
    else the first after it in its clause. Points belong to an index."""
    def pick(cands: list[Owner]) -> Owner | None:
        if unit in ("points", "%"):  # points belong to an index, before any other market name
            index = [o for o in cands if o.label == "index"] or ([o for o in cands if o.label == "other"] if unit == "points" else [])
            cands = index or cands
        return cands[-1] if cands else None

    right = [o for o in owners if q.end <= o.start < ce]
    if right and right[0].kind == "company" and _MOVE_IN.fullmatch(text, q.end, right[0].start):
        return right[0]  # "Amsterdam gained after a 5.1 per cent rise in Philips": the stock that moved
    left = [o for o in owners if o.end <= q.start]
    if left and left[-1].kind == "company" and _MOVER_GAP.fullmatch(text, left[-1].end, q.start):
        return left[-1]  # "Top Sensex gainers were Sesa Goa, up 13.54 percent": the mover, not the index
    if " its " in text[:q.start]:  # "Adidas led the European companies …, with its shares up 5.7%": one company's, not a group's
        owners = [o for o in owners if not (_GROUP_OF_MANY.search(o.name or "") and " its " in text[o.end:q.start])]
        left = [o for o in owners if o.end <= q.start]
    clause = [o for o in owners if cs <= o.start and o.end <= q.start]
    best = pick([o for o in clause if not o.aside]) or pick(clause)
    if best is not None:
        return best
    best = pick([o for o in left if not o.aside])
    if best is not None:
        return best
    if not left and _MOVE_LEADS.match(text) and (subject := next((o for o in owners if o.start >= ce), None)) is not None \
            and _THEN_SUBJECT.fullmatch(text, ce, subject.start):
        return subject  # "Gaining 689 points or 1.43 per cent, the Sensex finished at 48,782": the subject after the lead
    if right:
        return right[0]
    if " which " in text:  # "The bank, in which Lone Star holds 75%, put its ratio at 19%": the holder owns no figure outside
        held = [m.span() for m in HOLDER_CLAUSE.finditer(text) if not m.start() < q.start < m.end()]
        left = [o for o in left if not any(a < o.start and o.end < b for a, b in held)]
    return pick(left)


HOLDER_CLAUSE = scan.compile(r",\s(?:in|of) which\b[^,;]*,")


# The topic a clause of an economic release opens with: 第一产业, 采矿业, 全国夏粮, 锡铁山矿.
_TOPIC = scan.compile(r"(?:其中|当中|而|按[^，,]{1,8}?(?:划分|分|看)[，,]?|[\u4e00-\u9fff]{2,6}的有)?\s?"  # (出现下降的有汽车制造业)
                      r"(?:(?:\d{1,2}\s?(?:-\s?\d{1,2}\s?)?月份?|[上下]半年|前三季度|[一二三四]季度|全年|该月|同月|当月|同期|季内|同季|首季)的?\s?)?"  # 8 月份采矿业增加值
                      r"(?!同比|环比|增长|下降|减少|回落|增加|较上|比上|余额|份|折合|在|占|分别)(?P<t>[\u4e00-\u9fff][\u4e00-\u9fff()（）]{1,15}?)"  # ",同比增长3.1%": no topic
                      r"(?=(?:当月|本月)?(?:则|也|亦|均)?(?:实现增加值|增加值|总产量|产量|产销|产能|销量|货量|货值|利润总额|(?<=业)利润|(?<=电池)(?:的)?(?:装车量?|共生产|共销售|共出口)|主营业务收入|同比|环比|增长|下降|减少|回落|上涨"
                      r"|(?P<priced>价格)|消费品零售额|网上零售额|零售额|收入|贷款(?!余额|折合)|存款|余额(?:是|为)|折合人民币余额|为\s?\d|\d"
                      r"|(?<=旅客)(?:有\s?\d|(?:升幅|增幅|跌幅|降幅)|上升|下跌)))")
_MEASURE = scan.compile(r"(?:当月|本月)?(?:总)?(?:产量|销量|产销|出货量|产能)")
# A clause that only names the next clauses' topic: "至于商用车,产量26.95万辆", "服务方面，价格上涨1.3%" (never priced:
# the group is for _TOPIC's).
_AS_FOR = scan.compile(r"(?:(?:至于|至於)\s?(?=[\u4e00-\u9fff]{2,10}?(?:方面)?\s?[，,]?$)|(?=[\u4e00-\u9fff]{2,10}?(?:价格)?方面\s?[，,]?$))"
                       r"(?P<t>[\u4e00-\u9fff]{2,10}?)(?:价格)?(?:方面)?(?P<priced>(?!))?\s?[，,]?$")
# The parts of social financing (not the economy's loans, 人民币贷款余额) and of Hong Kong's trade (its totals are Hong Kong's).
_FINANCING_PARTS = r"(?:委托贷款|信托贷款|承兑汇票|企业债券(?:融资)?|政府债券|境内股票(?:融资)?|实体经济发放的(?:人民币|外币)贷款)"
_TRADE_PARTS = r"(?:商品)?(?:转口|港产品出口)"
# What a clause's topic can be: an industry, a crop, a product in an economic release; a mine or a
# plant in any text (a company's own figures belong to the company).
_TOPIC_END = scan.compile(r"(?:业|产业|矿|企业|行业|板块|夏粮|早稻|秋粮|车|机器人|电路|产品|肉|猪|钢|煤|电|油|气|粮|电池|旅客|码头"
                         r"|城镇|城市|乡村|农村|零售|餐饮|住户|单位|机构"  # the parts of a retail, credit or price release
                         rf"|(?<![\u4e00-\u9fff]){_TRADE_PARTS}|{_FINANCING_PARTS})$"  # and of trade and social financing (委托贷款余额是11.23万亿元)
                         # and the consumer-price categories (衣着下降0.9%, 家庭设备用品及维修服务下降0.9%)
                         r"|^(?:非?食品(?:烟酒)?|烟酒(?:及用品)?|衣着|居住|家庭设备用品及维修服务|生活用品及服务|交通(?:和|及)?通信"
                         r"|教育文化(?:和|及)?娱乐|娱乐教育文化用品及服务|医疗保健(?:和|及)?(?:个人用品)?|其他用品(?:和|及)?服务"
                         r"|鲜菜|鲜果|水产品|蛋类|服务|消费品"
                         # and a producer-price release's (一般日用品下降1.2%, 燃料动力类下降10.7%, 黑色金属材料类下降13.6%)
                         r"|一般日用品|耐用消费品|生产资料|生活资料|[\u4e00-\u9fff]{2,10}(?:材料|原料|产品|动力|纸浆|半成品)(?:及[\u4e00-\u9fff]{1,6})?类)$")
_WHOLE = scan.compile(r"(?:全国)?(?:规上|规模以上)?工业")  # the economy's own industry: the economy is the owner
_ASSET_END = scan.compile(r"(?:矿|矿山|油田|气田|电站|工厂|基地)$")


# A company's business, product line or region that a clause gives figures of: "信息通信业务营业收入14.3亿元",
# "其中中高档产品营收55.4亿元", "杀虫杀菌剂业务在前三季度的营收占比为28.64%" (not 经常性业务利润, the company's own).
_BUSINESS = scan.compile(r"(?:^|[，,；;:：。]|^-|其中|公司|该公司|(?:本|该)?集团|分(?:产品|区域|地区|业务|渠道|板块)(?:看|来看)?[，,:：]?)\s?"
                        r"(?P<seg>(?![的其中公司])(?!(?:本|该)?集团)(?!(?:非?经常性|核心|主营|主要|其[他它]|持续经营|已终止经营?)(?:业务|板块))[\u4e00-\u9fffA-Za-z()（）]{2,14}?)"
                        r"(?:业务|板块(?!指数))(?!占比较|占比更|比重较)(?=[:：]?[\u4e00-\u9fff\d(（]{0,14}?(?:营收|营业收入|收入|毛利率|毛利|净利润|利润|占比|销量|贡献|出栏|产量))"
                        r"|其中\s?(?P<seg2>[\u4e00-\u9fff]{2,10}?)(?=营收|营业收入|收入|贡献收入|贡献|销量|销售额)")
_BY_PART = scan.compile(r"分(?:区域|地区|产品|业务|渠道|板块|项目|电站|品类)(?:看|来看)?")
_PART_LEAD = scan.compile(r"[，,；;:：。]?\s?(?:分(?:区域|地区|产品|业务|渠道|板块|项目|电站|品类)(?:看|来看)?[，,:：]?\s?)?"
                          r"(?:(?:第?[一二三四1-4]季度|[上下]半年|全年|\d{1,2}月份?|前三季度)\s?)?"
                          r"(?P<seg3>[\u4e00-\u9fff]{2,8}?)(?=上网电量|发电量|销量|产量|营收|营业收入|收入|毛利率|销售额|出货量)")
_GOES_ON = scan.compile(r"[，,；;]?\s?(?:同比|环比|按年|较上年|比上年|较去年|增长|增幅|增速|下降|下滑|减少|占)")
_NO_BUSINESS = scan.compile(r"主营|主要|核心|整体|全部|各项|其他|其它|传统|新兴|相关|境内|境外|海外|国内|新增|存量|公司|集团|分部|业务"
                          r"|.*(?:完成|实现|录得|取得)")  # (完成业务收入823.9亿元: a verb, no business)


def _business(ctx: Sentence, q: Quantity, cs: int) -> str | None:
    """The business a value of a company's text belongs to, named in its clause before it (see _BUSINESS), or
    at the clause's start after "分区域看" in its paragraph; a clause that goes on ("，同比增长36%") is the one
    before's."""
    if ctx.article.macro:
        return None
    found = _business_at(ctx, cs, q.start)
    if found is None and _GOES_ON.match(ctx.text, cs):
        before = [b for b in ctx.clause_breaks if b < cs]
        found = _business_at(ctx, before[-2] if len(before) >= 2 else 0, cs)
    if found is None:
        return None
    group = next(g for g in ("seg", "seg2", "seg3") if found.groupdict().get(g))
    name = found.group(group)
    if _NO_BUSINESS.fullmatch(name) or ctx.lex.metrics.search(name) or re.search(r"\d|[年月季]", name):
        return None
    a = found.start(group)
    return ctx.written[a:a + len(name)]


def _business_at(ctx: Sentence, start: int, end: int) -> re.Match[str] | None:
    found = scan.last(_BUSINESS, ctx.text, start, end)
    if found is None:
        paragraph = ctx.doc.text.rfind("\n", 0, ctx.start) + 1
        if _BY_PART.search(ctx.doc.text, paragraph, ctx.start + end):
            found = _PART_LEAD.match(ctx.text, start)
    return found


def _clause_topic(ctx: Sentence, q: Quantity, cs: int) -> str | None:
    """The industry, crop, product or mine a clause of an economic release (or a mine's figures in
    any text) speaks of; a clause with none speaks of the one of the clause before it in the sentence
    ("全国夏粮总产量达12995万吨,较上年增加356万吨")."""
    starts = [cs] + [b for b in reversed(ctx.clause_breaks) if b < cs]
    if starts[-1] > 0:
        starts.append(0)  # the sentence's first clause: "第二产业增加值134250亿元,增长6.1%"
    for start, end in zip(starts, [q.start] + starts):
        seg = ctx.text[start:end]
        lead = len(seg) - len(seg.lstrip("，,;；:：、 "))
        m = (_FINANCING_ITEM.fullmatch(seg, lead) if start == cs else _FINANCING_ITEM.match(seg, lead)) \
            or _TOPIC.match(seg, lead) or _AS_FOR.match(seg, lead)  # (an earlier clause's part goes on: "…增加5988亿元,比上年同期少增…")
        if m is not None and (_MEASURE.fullmatch(m.group("t")) or
                              (cue := ctx.lex.metrics.match(m.group("t"))) is not None and cue.end() == len(m.group("t"))):
            m = None  # "销量为148.16万辆", "产量26.95万辆": a figure's name, no topic
        if m is not None and m.re is _AS_FOR and m.group("t") in ctx.text[start + m.end():q.start]:
            return None  # "网上零售方面,…全国网上零售额70539亿元": the clause names its figure, no part of the release
        if m is not None:
            topic = m.group("t")
            fits = _ASSET_END.search(topic) or (ctx.article.macro and (_TOPIC_END.search(topic) or m.group("priced")))  # 食品价格
            if not fits and seg[lead:lead + 2] in ("其中", "当中"):
                continue  # "住户贷款增加3894亿元,其中短期贷款减少1340亿元": a part of the clause before's topic
            if not fits or _no_topic(ctx, topic):
                return None
            if m.group("priced") and (topic.startswith(("按", "以", "扣除", "剔除", "除", "不含")) or (
                    cue := ctx.lex.metrics.search(topic + "价格")) is not None and cue.start() < len(topic) < cue.end()):
                return None  # "全国居民消费价格": the index itself; "按可比价格": a basis; "扣除食品和能源价格后": what is left out
            a = start + m.start("t")
            return ctx.written[a:a + len(topic)]
        if start == 0:
            return _topic_before(ctx) if ctx.article.macro else None
        if not ctx.article.macro:
            return None
    return None


_WHEN = scan.compile(r"[月年季的]|上半|下半|前三|全年")


def _no_topic(ctx: Sentence, topic: str) -> bool:
    """Words a release's clause opens with that are no topic: a metric's, a time's, the economy's own industry."""
    if _FINANCING.search(topic) or _TRADE_PART.fullmatch(topic):
        return False  # (对实体经济发放的人民币贷款, 企业债券融资, 商品整体出口: a part's name, whatever words it holds)
    return bool(ctx.lex.metrics.search(topic) or _WHEN.search(topic) or _WHOLE.fullmatch(topic))


_TRADE_PART = scan.compile(_TRADE_PARTS)
_FINANCING = scan.compile(rf"{_FINANCING_PARTS}$")
# A clause that names a part of social financing, its balance or flow in it or the next: "其中对实体经济发放的人民币贷款,余额是95.29万亿元",
# "委托贷款方面增加5988亿元", "企业债券融资则净减少3708亿元".
_FINANCING_ITEM = scan.compile(rf"(?:其中|当中|至于)?\s?(?P<t>[\u4e00-\u9fff]{{0,13}}?{_FINANCING_PARTS})(?P<priced>(?!))?(?:方面)?(?:则|也)?"
                               r"\s?(?:净?(?:增加|减少)了?)?\s?[，,]?")


def _topic_before(ctx: Sentence) -> str | None:
    """The topic of the sentence before, when it ended in a semicolon: "汽车产量为140.98万辆,…;销量为148.16万辆"."""
    text = ctx.doc.text
    end = len(text[:ctx.start].rstrip())
    opening = ctx.text.lstrip()
    if not text[:end].endswith(("；", ";")) or not (_MEASURE.match(opening) or ctx.lex.metrics.match(opening)):
        return None  # (a sentence that opens with its own subject has its own topic)
    begin = max(text.rfind("。", 0, end), text.rfind("\n", 0, end)) + 1
    topic = None
    for m in _CLAUSE_START.finditer(text, begin, end):
        found = _TOPIC.match(text, m.end(), end)
        if found is not None and _TOPIC_END.search(found.group("t")) and not _no_topic(ctx, found.group("t")):
            topic = ctx.doc.written[found.start("t"):found.end("t")]
    return topic


_CLAUSE_START = scan.compile(r"(?:^|(?<=[，,；;:：。\n]))\s?")


def _companies_here(ctx: Sentence) -> bool:
    reporting = {(s.start, s.end) for s in ctx.sources}
    return any((c.start, c.end) not in reporting for c in ctx.companies)


def _economy(ctx: Sentence, q: Quantity, cs: int) -> tuple[str, str, None] | None:
    """The economy an indicator's figure belongs to: named right after it ("6.4 percent in Greece"), else in the
    clause or sentence before the value (China's CPI, 全国...), else after it, else the one the article spoke of
    before, else (in Chinese text that names none) China."""
    if (after := _economy_after(ctx, q)) is not None:
        return after
    found = _economies(ctx)
    before = [e for e in found if e[1] <= q.start]
    # (one named only after the figure is the figure's only when the text has named none before: "…将达2.09%,…令全球经济
    # 下行风险上升" in a Taiwan story is Taiwan's)
    e = ([x for x in before if x[0] >= cs] or before or ([] if ctx.last_economy else found) or [None])[-1 if before else 0]
    key = e[2] if e is not None else ctx.last_economy
    if e is None and ctx.article.market in ("CN", "TW") and _HOME_BANK.search(ctx.text, 0, q.start):
        key = HOME_ECONOMY[ctx.article.market]  # "央行估计今年CPI年增率为2.16%" in a Taipei paper, after the Fed's cut: Taiwan's
    if key is None and ctx.article.market in ("CN", None) and re.search(r"[\u4e00-\u9fff]", ctx.text):
        key = "china"
    if key is None and ctx.article.macro and ctx.article.market not in ("US", "CN"):
        key = HOME_ECONOMY.get(ctx.article.market)  # a release that names no economy is its (named) market's own
    if key is None:
        return None
    en, zh = ctx.lex.economy_names[key]
    return (_in_script(ctx, zh) if re.search(r"[\u4e00-\u9fff]", ctx.text) else en), f"economy:{key}", None


_HOME_BANK = scan.compile(r"(?:^|[，,。；;：:])\s?(?:我国)?(?:央行|中央银行)(?![\u4e00-\u9fff]{0,2}(?:行长|总裁))")  # the market's own bank
_IN_ECONOMY = scan.compile(r"\s(?:in|for)\s(?:the\s)?")
_OPENS_BRACKET = scan.compile(r"\s?[(（]\s?")


def _economy_after(ctx: Sentence, q: Quantity) -> tuple[str, str, None] | None:
    """The economy named right after a figure: "followed by 6.4 percent in Greece"."""
    e = next((x for x in _economies(ctx) if x[0] >= q.end and _IN_ECONOMY.fullmatch(ctx.text, q.end, x[0])), None)
    return (ctx.written[e[0]:e[1]], f"economy:{e[2]}", None) if e is not None else None


def _in_script(ctx: Sentence, name: str) -> str:
    """A Chinese name as the text writes it: 台灣 in a Traditional text that writes it so, else the name in the
    text's script."""
    doc = ctx.doc
    if doc.written == doc.text:
        return name
    at = doc.text.find(name)
    if at >= 0:
        return doc.written[at:at + len(name)]
    return name.translate(_s2t_table())


@lru_cache(maxsize=1)
def _s2t_table() -> dict[int, str]:
    """Simplified -> Traditional where only one Traditional character maps to it (台 stays: 臺, 檯 and 颱 all do)."""
    forms: dict[int, set[str]] = {}
    for traditional, simplified in t2s_table().items():
        forms.setdefault(ord(simplified), set()).add(chr(traditional))
    return {s: t.pop() for s, t in forms.items() if len(t) == 1}


def _economies(ctx: Sentence) -> list[tuple[int, int, str]]:
    """Economies the sentence names (start, end, id), not inside a name (中国 in 中国银行 is no economy)."""
    names_ = [(c.start, c.end) for c in [*ctx.companies, *ctx.sources]]
    return [e for e in ctx.economies if not any(a <= e[0] < b for a, b in names_) and not partner(ctx.text, e[0])
            and not BACKDROP.match(ctx.text, e[1])]


# An economy named as the backdrop of what the figures show ("表明在美国加征关税的背景下,居民的收入预期…转弱"), not their
# economy.
BACKDROP = scan.compile(r"[^，。,;；]{0,12}?(?:的)?(?:背景下|大背景|影响下)")


def partner(text: str, at: int, destination: bool = False) -> bool:
    """An economy named as another's partner ("香港与内地跨境货运", "trade with China") is not the one the
    figures are about; nor (`destination`) the one a release goes on about."""
    return text[at - 1:at] in _PARTNER_ZH or _PARTNER_EN.search(text, max(0, at - 12), at) is not None \
        or destination and _DESTINATION.search(text, max(0, at - 32), at) is not None


_PARTNER_ZH = frozenset("与同跟")
_PARTNER_EN = scan.compile(r"\bwith\s(?:the\s)?$")
# A release's destinations and origins ("Exports to the United States rose", "those from the European Union") own
# their sentence's figures but are not the economy the release goes on about.
_DESTINATION = scan.compile(r"\b(?:exports?|shipments?|imports?|sales|those|exported|imported|shipped)\b[^.;,]{0,16}?\b(?:to|from)\s(?:the\s)?$",
                            re.IGNORECASE)


# A term rate's tenor: 隔夜, 一个月 (拆息), "three-month" (HIBOR); the benchmark follows it.
_TENOR = scan.compile(r"(?P<t>隔夜|一周|一星期|两周|两星期|一个月|三个月|六个月|十二个月|overnight|one-month|three-month|six-month|"
                      r"twelve-month|1-month|3-month|6-month|12-month|[一五15]年期(?:以上)?|(?:one|five|1|5)-year(?: and above)?)"
                      r"\s?(?:(?<!期)期)?(?P<rest>.+)", re.IGNORECASE)  # ("六个月期HIBOR": the tenor's 期 is no part of the name)
_TENORS = {"隔夜": "overnight", "一周": "1-week", "一星期": "1-week", "两周": "2-week", "两星期": "2-week", "一个月": "1-month",
           "三个月": "3-month", "六个月": "6-month", "十二个月": "12-month", "one-month": "1-month", "three-month": "3-month",
           "six-month": "6-month", "twelve-month": "12-month", "一年期": "1-year", "1年期": "1-year", "one-year": "1-year",
           "五年期以上": "5-year and above", "5年期以上": "5-year and above", "five-year and above": "5-year and above",
           "5-year and above": "5-year and above", "五年期": "5-year", "5年期": "5-year", "five-year": "5-year"}
_INTERBANK = scan.compile(r"HIBOR|拆息|拆借|^息$|LPR|loan prime rate|贷款市场报价利率", re.IGNORECASE)


def _tenor(ctx: Sentence, owner: Owner) -> tuple[str, str, str | None] | None:
    """(tenor, benchmark as written, its key) of a Hong Kong interbank rate named with its tenor."""
    m = _TENOR.search(ctx.text, owner.start, owner.end)
    if m is None or not _INTERBANK.search(m.group("rest")):
        return None
    written = ctx.written[m.start("rest"):owner.end].strip()
    name = written if len(written) > 1 else "拆息"  # 隔夜息: the overnight rate
    return _TENORS.get(m.group("t").lower(), m.group("t").lower()), name, subject_key(name)


def _instrument(name: str) -> bool:
    """A market rate has its own name (HIBOR, a Treasury yield); a policy rate belongs to its bank."""
    return bool(re.search(r"HIBOR|SHIBOR|LIBOR|SOFR|拆息|拆借|Treasury|treasur|yield|收益率|bond|\bnote\b|\bbill\b|国债|美债|按揭|H按|-year$|(?<!逆)回购|(?<![A-Za-z])(?:DR|FR|R)0\d\d(?!\d)|隔夜(?!.*逆回购)|\d\s?天$|存单", name, re.IGNORECASE))


_DEBT = scan.compile(r"\b(?:yields?|bonds?|bills|notes|auction|debt)\b|国债|收益率")


def _rate_owner(ctx: Sentence, q: Quantity, cs: int) -> tuple[str | None, str | None, str | None] | None:
    """Whose rate: the bank, central bank or economy named nearest before it in its clause (滙丰减P,
    美国减息1/4厘, "the Bank of England cut"), else in the sentence, else the central bank named before."""
    if (after := _economy_after(ctx, q)) is not None:
        return after
    cands = [(s.start, s.end, s) for s in ctx.sources if s.entry is not None and s.entry.name in ctx.lex.central_banks]
    cands += [(c.start, c.end, c) for c in ctx.companies if c.key]
    if not any(c[1] <= q.start for c in cands):  # an economy only when no bank is named before: 欧洲央行…欧元区三项利率 are the ECB's
        cands += [(a, b, key) for a, b, key in _economies(ctx)]
    before = sorted((c for c in cands if c[1] <= q.start), key=lambda c: c[0])
    pick = ([c for c in before if c[0] >= cs] or before or [None])[-1]
    if pick is None and ctx.sovereign is not None and _DEBT.search(ctx.text):
        return ctx.lex.economy_names[ctx.sovereign][0], f"economy:{ctx.sovereign}", None  # its own bond's yield
    if pick is None:
        bank = ctx.last_bank
        return (ctx.names.get(bank.key, bank.name), bank.key, None) if bank is not None else None
    owner = pick[2]
    if isinstance(owner, str):  # an economy's id
        return ctx.written[pick[0]:pick[1]].removesuffix("'s"), f"economy:{owner}", None
    name = ctx.names.get(owner.key, owner.name) or (owner.entry.name if owner.entry else None)
    return name, owner.key, owner.ticker


def _bank(ctx: Sentence) -> Mention | None:
    """The central bank a rate belongs to: the one the sentence names, else the one named before."""
    banks = [s for s in ctx.sources if s.entry is not None and s.entry.name in ctx.lex.central_banks]
    return banks[0] if banks else ctx.last_bank


def subject_key(name: str | None, lex=None) -> str | None:
    """Key of a subject that is no company (an index, an economy), from its Simplified name."""
    if not name:
        return None
    simplified = _TOP_100.sub("百强", name.translate(t2s_table()))  # TOP100房企 and 百强房企: one group
    if _HIBOR.search(simplified):
        return "rate:hibor"  # 港元拆息, 香港银行同业拆息, HIBOR: one benchmark
    from .lexicon import lexicon
    return (lex or lexicon()).subject_key(simplified) or names.entity_key(None, None, name, simplified)


_TOP_100 = re.compile(r"^TOP\s?100(?=\D)", re.IGNORECASE)
_HIBOR = scan.compile(r"(?<!S)HIBOR|^(?:港元|港元同业|香港银行同业)?拆息$|香港银行同业拆(?:息|借利率)")


def _subject(ctx: Sentence, q: Quantity, cs: int, base: str | None) -> tuple[str, str] | None:
    """A named non-company subject (an index, a rate; a country for GDP) and its metric label:
    the nearest before the value, else the first after it ("降息25个基点，将联邦基金利率…")."""
    gdp = (base or "").startswith("gdp")
    rx = ctx.lex.countries if gdp else ctx.lex.subjects_in(ctx.text)
    taken = [(s.start, s.end) for s in ctx.sources]  # "中国人民银行" is a source, not "中国"
    found = [m for m in rx.finditer(ctx.text) if not any(a <= m.start() < b for a, b in taken)]
    if (base or "").startswith(_MARKET_WIDE):
        found = [m for m in found if label_of(m) in _NAMED_ONLY]  # turnover is the market's, not the index's
    before = [m for m in found if m.end() <= q.start]
    if before:
        in_clause = [m for m in before if m.start() >= cs]
        m = (in_clause or before)[-1]
    elif found and not gdp:
        m = found[0]
    elif gdp:
        # "前三季度国内生产总值同比增长5.2%": no place named, the aggregate is the subject.
        term = [c for c in _GDP_TERM.finditer(ctx.text, 0, q.start) if c.start() >= cs] or list(_GDP_TERM.finditer(ctx.text, 0, q.start))
        return (ctx.written[term[-1].start():term[-1].end()], "other") if term else None
    else:
        return None
    start = _qualified_start(ctx.text, m.start(), m.group())
    if not gdp and label_of(m) == "company":
        return ctx.written[m.start():m.end()].strip(), "company"
    return ctx.written[start:m.end()], ("other" if gdp else label_of(m))  # 恒生指數 as written


_GDP_TERM = scan.compile(r"国内生产总值|本地生产总值|gross domestic product", re.IGNORECASE)
# Words that narrow a subject and belong to its name: "US consumer prices", 16-24岁劳动力失业率,
# 全国城镇调查失业率, "Japan's core consumer prices", "youth unemployment rate".
_QUALIFIER_EN = scan.compile(r"(?:(?:US|U\.S\.|UK|British|German|French|Japan's|China's|Chinese|Hong Kong's|Euro zone|euro zone|"
                           r"[Ee]urozone|Canadian|Australian|Indian|South Korean|Korean|Japanese|youth|core|headline|services|"
                           r"manufacturing|food|energy)\s)+$")
_QUALIFIER_ZH = scan.compile(r"(?:全国|中国|美国|日本|欧元区|英国|德国|本港|香港|核心|青年|\d{1,2}-\d{1,2}岁(?:劳动力|青年)?)+$")


def _qualified_start(text: str, start: int, name: str) -> int:
    latin = start == 0 or text[start - 1].isascii()
    rx = _QUALIFIER_EN if latin else _QUALIFIER_ZH
    m = rx.search(text, max(0, start - 40), start)
    return m.start() if m else start


def _source(ctx: Sentence, entity_key: str | None) -> str | None:
    for s in ctx.sources:
        if s.entry is not None and s.key != entity_key and not _is_subject(ctx, s):
            return ctx.names.get(s.key, s.name) or s.entry.name
    if not ctx.sources and ctx.carried_source is not None and ctx.carried_source.entry is not None:
        c = ctx.carried_source
        return ctx.names.get(c.key, c.name) or c.entry.name  # "..., the bank said in a note"
    return None


_REPORTS = scan.compile(r"^(?:'s?\s)?(?:\s?\w+){0,3}?\s?(?:" + factored(  # prefix-factored: tried after each word
    r"said|says|say|reports?|reported|expects?|expected|estimates?|maintains|keeps|"
    r"raises|cuts|lowers|lifts|upgrades|downgrades|reiterates|rates|sees|prefers|favou?rs|likes|initiates|"
    r"forecasts?|projects?|predicts?|believes?|thinks?|noted?|notes|wrote|raised|cut|lowered|upgraded|sets?|kept|keeps|lifted|slashed|trimmed|"
    r"downgraded|maintained|reiterated|initiated|warned|cautioned|rates|rated|analysts?|认为|预计|表示|指出|称|发布|预测|研报|报告|维持|上调|下调|给予|给出|首次|首予|重申|提醒|提示|警告|将|把|对") + ")",
                        re.IGNORECASE)


def _is_subject(ctx: Sentence, m: Mention) -> bool:
    """A name that is both a company and a source (Goldman Sachs) is the source when it reports,
    rates or forecasts; otherwise it is the company the numbers are about."""
    dual = any((c.start, c.end) == (m.start, m.end) for c in ctx.companies)
    if _PRODUCES_AFTER.match(ctx.text, m.end) or _OUTPUT_OF.search(ctx.text, max(0, m.start - 40), m.start):
        return True  # "OPEC produced around 32 million bpd", "Crude output from the 12-member OPEC": a producers' group's own
    if dual and ctx.text[m.start - 1:m.start] == "获":
        return False  # 国泰目标价获大摩升至24元: the broker that acts
    if dual and _MOVES_AFTER.match(ctx.text, m.end):
        return True  # "followed by China Galaxy Securities Co Ltd, gaining 5.88 percent": its shares moved
    if dual and _BY_BROKER.search(ctx.text, max(0, m.start - 6), m.start):
        return False  # "downgraded to hold at Deutsche Bank": the broker that acts
    others = any(c.key != m.key and (c.start, c.end) != (m.start, m.end) for c in ctx.companies if c.key)
    if dual and _OWN_RESULTS.match(ctx.text, m.end) and not others:
        return True  # "HSBC reported third-quarter pretax profit": its own results
    if dual and not others and not _VIEW_WORDS.search(ctx.text) and _OWN_FIGURES.search(ctx.text):
        return True  # "HSBC Group said first-half profit tumbled 29 per cent": its own figures, no view on anyone
    if dual and possessive_target(ctx.text, m.start, m.end):
        return True  # "slashed its target for UOB from S$38.50 to S$32.70 and lowered OCBC's from S$17.60": OCBC's target
    return dual and not _REPORTS.match(ctx.text[m.end:m.end + 30]) and not _ZH_ACTS.match(ctx.text, m.end)


def possessive_target(text: str, start: int, end: int) -> bool:
    """Whether the name at start:end owns the target a verb moves: "and lowered OCBC's from S$17.60"."""
    return _TARGET_OF_AFTER.match(text, end) is not None and _MOVED_BEFORE.search(text, max(0, start - 24), start) is not None


_TARGET_OF_AFTER = scan.compile(r"['’]s\s(?:from|to)\s")
_MOVED_BEFORE = scan.compile(r"\b(?:lowered|raised|cut|lifted|trimmed|reduced|increased)\s$")
_BY_BROKER = scan.compile(r"\b(?:at|by)\s$")
_SAME_PERIODS = scan.compile(r"同期|同年|同时期")
_PHONES = scan.compile(r"手机|smartphones?|handsets?|phones?", re.IGNORECASE)
_CARS_ANY = scan.compile(r"\b(?:vehicles|cars|EVs|trucks)\b|汽车|电动车|新能源车|车辆", re.IGNORECASE)

_OUTPUT_OF = scan.compile(r"\b(?:output|production|exports|supply)\s(?:from|of|by)\s(?:the\s)?(?:[\w-]+\s)?$", re.IGNORECASE)
_PRODUCES_AFTER = scan.compile(r"(?:['’]s)?\s(?:(?:oil|crude|gas|LNG)\s)?(?:produced|pumped|output|production|exported|supplied)\b", re.IGNORECASE)
_ZH_ACTS = scan.compile(r"(?:分别|亦|也|则|再|均|同样)?(?:削|调升|调降|调高|调低|降级|升级)")  # 遭摩通及大和分别削目标价
_OWN_FIGURES = scan.compile(r"profit|revenue|earnings|income|sales|loss|dividend|buyback|利润|溢利|盈利|收入|营收|亏损|股息|派息|业绩|回购",
                            re.IGNORECASE)
_MOVES_AFTER = scan.compile(r"(?:\s(?:Co|Ltd|Inc|Corp|Group|Holdings)\.?)*(?:'s)?(?:\sshares)?,?\s(?:up|down|gaining|losing|rising|falling|"
                            r"rose|fell|gained|lost|jumped|slipped|dropped|climbed|surged|tumbled|was the top)\b|\s?(?:升|跌|涨|挫)")
# Words of a view on a company: a broker that also is a company speaks as a broker where they are.
_VIEW_WORDS = scan.compile(r"target|rating|upgrad|downgrad|initiat|reiterat|overweight|underweight|outperform|forecast|estimate|"
                         r"目标价|评级|买入|增持|减持|中性|跑赢|跑输|预测|研报|报告", re.IGNORECASE)
_OWN_RESULTS = scan.compile(r"\s?(?:reported|posted|announced|公布|录得)\s?(?:a |an |its )?[^.;,，。；]{0,30}?"
                          r"(?:profits?|income|revenue|earnings|loss|sales|利润|溢利|收入|营收|亏损|业绩)|"
                          r"\s?(?:将|把|cut|raised|lowered|kept|held)\s?(?:its )?(?:最优惠利率|存款利率|按揭利率|prime rate|best lending rate|deposit rates?)",
                          re.IGNORECASE)
