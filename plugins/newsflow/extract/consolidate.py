"""One fact, one row per article.

A headline restates its body (39.8 bn and 39.82 bn; "25 basis points" and "a quarter point"), a table
row its sentence, and a prior value stated in a revision ("raised to $62 from $52") is no figure of its
own. The row kept is the most precise and the most complete. A broker's target that an English text
reports as a rating action is held by the action (the Chinese press states it as the company's figure
too, and it stays a metric there).
"""

from __future__ import annotations

import re
from dataclasses import replace

from . import Metric, RatingAction, scan

_CJK = scan.compile(r"[\u4e00-\u9fff]")


def consolidate(metrics: list[Metric], actions: list[RatingAction], text: str) -> tuple[list[Metric], list[RatingAction]]:
    actions = _targets_stated_apart(actions, metrics)
    actions = _rating_shared(actions, text)
    metrics = _without_english_targets(metrics)
    metrics = _earlier_forecasts(metrics)
    metrics = _earlier_estimates(metrics)
    metrics = _compared_bases(metrics)
    metrics = _without_priors(metrics)
    metrics = _without_range_ends(metrics)
    metrics = _without_market_headline(metrics, text)
    metrics = _merged(metrics)
    return metrics, _distinct_actions(actions)


def _without_range_ends(metrics: list[Metric]) -> list[Metric]:
    """"若以回购金额上限人民币15,000.00万元…计算": an end of a range the text gave is restated to work something out,
    no figure of its own."""
    ends = {(m.unit, v) for m in metrics if m.low is not None and m.high is not None for v in (m.low, m.high)}
    return [m for m in metrics if not (m.value is not None and (m.unit, m.value) in ends and _WORKED_OUT.search(m.evidence))]


_WORKED_OUT = scan.compile(r"(?:若|如|倘)(?:以|按|按照)[^，。；,;]{0,30}?(?:上限|下限|最高|最低)[^。；;]{0,60}?计算|(?:若|如)(?:以|按)[^。；;]{0,60}?計算")


def _without_market_headline(metrics: list[Metric], text: str) -> list[Metric]:
    """"Hong Kong shares finish 0.63 pct higher" over "the Hang Seng index, rising … 0.63 percent": a market's move in the
    headline is its index's, which the body names."""
    headline = text.split("\n", 1)[0].strip()
    body_moves = [m for m in metrics if m.metric == "index_change" and m.evidence.strip() != headline and m.value is not None]
    return [m for m in metrics if not (
        m.evidence.strip() == headline and m.metric in _MARKET_MOVES and m.value is not None
        and any(k.unit == m.unit and (_rounds_to(k.value, m.value) or _rounds_to(m.value, k.value)) for k in body_moves))]


_MARKET_MOVES = frozenset({"share_price_change", "price_change", "growth"})


def _targets_stated_apart(actions: list[RatingAction], metrics: list[Metric]) -> list[RatingAction]:
    """"维持对伊利股份的“强推”评级 - 报告给出的目标价为36元": the one target the article gives the company an action
    names no target for is that action's."""
    out = []
    for a in actions:
        targets = [m for m in metrics if m.metric == "target_price" and m.value is not None and a.company_key
                   and m.entity_key == a.company_key]
        if a.target_price is None and len(targets) == 1 and sum(b.company_key == a.company_key for b in actions) == 1:
            a = replace(a, target_price=targets[0].value, currency=a.currency or targets[0].unit)
        out.append(a)
    return out


_BOTH_RATE = scan.compile(r"\b(?:[Bb]oth|[Aa]ll (?:two|three|four|five|six)) (?:brokerages|brokers|banks|firms|houses|analysts)\s(?:have|rate|kept|keep|maintain|reiterated)\b")


def _rating_shared(actions: list[RatingAction], text: str) -> list[RatingAction]:
    """"… Nomura raised its target …. Both brokerages have a buy rating on SoftBank": the rating each of them holds."""
    if not _BOTH_RATE.search(text):
        return actions
    out = []
    for a in actions:
        rated = {b.rating for b in actions if b.company_key == a.company_key and b.rating}
        out.append(replace(a, rating=rated.pop()) if a.rating is None and a.company_key and len(rated) == 1 else a)
    return out


def _without_english_targets(metrics: list[Metric]) -> list[Metric]:
    """A broker's target written in English is its rating action only (Chinese reports state it as the
    company's figure too, and so it stays a row); how far it moved ("by 10% to 660p") is a row of its own."""
    return [m for m in metrics if m.metric != "target_price" or _CJK.search(m.evidence)]


# "It expects net income to rise to between EUR1.36 billion and EUR1.39 billion. Its earlier forecast had called for
# net income to rise to between EUR1.2 billion and EUR1.225 billion": the second sentence states the first one's prior.
_EARLIER_STATEMENT = scan.compile(r"(?:its|the company's|the group's|their)\s(?:earlier|previous|prior|original|old)\s"
                                  r"(?:forecasts?|guidance|outlook|estimates?|targets?|projections?)\b|(?:此前|原先|原来)的?(?:预期|预测|指引|目标)",
                                  re.IGNORECASE)


def _earlier_forecasts(metrics: list[Metric]) -> list[Metric]:
    """A sentence that opens with the earlier forecast gives the prior of the same figure the sentence before stated."""
    out: list[Metric] = []
    for m in metrics:
        if _EARLIER_STATEMENT.match(m.evidence.lstrip()):
            before = next((k for k in reversed(out) if k.evidence != m.evidence), None)
            if before is not None and (before.metric, before.entity_key, before.unit) == (m.metric, m.entity_key, m.unit) \
                    and before.prior_value is None and before.prior_low is None and (before.value is None) == (m.value is None):
                out[out.index(before)] = replace(before, prior_value=m.value, prior_low=m.low, prior_high=m.high)
                continue
        out.append(m)
    return out


# "GDP rose 0.4 percent quarter-on-quarter, for a 1.5 percent year-on-year rise. That revises the previously reported figures
# of a 0.3 percent quarterly rise and a 1.2 percent year-on-year gain": a sentence of earlier estimates, in the same order.
# "Earlier, the company had forecast revenue declining only to 13.75 trillion yen", "Its earlier forecast had net income up
# 13% at 390 billion yen": a company's earlier outlook, likewise.
_EARLIER_ESTIMATES = scan.compile(r"\b(?:previously (?:reported|estimated|published)|(?:had|was|were) (?:earlier|previously|initially|first) "
                                  r"(?:estimated|reported|put)|(?:earlier|first|initial|preliminary|flash) (?:estimates?|readings?|figures?) (?:of|at|for)\b)"
                                  r"|^\s*(?:Earlier|Previously),\s(?:the company|it|the group|[A-Z][\w&.-]*)\shad\s(?:forecast|projected|expected|guided)\b"
                                  r"|^\s*(?:Its|The company's|The group's) (?:earlier|previous|prior|original) "
                                  r"(?:forecast|outlook|guidance|projection)s? (?:had|was|were|saw)\b",
                                  re.IGNORECASE)


_CONSENSUS = scan.compile(r"\b(?:market['’]s|analysts['’]|consensus|beat|missed|topped)\b", re.IGNORECASE)  # an estimate of others


def _earlier_estimates(metrics: list[Metric]) -> list[Metric]:
    """A sentence that states earlier estimates, and nothing else, gives the priors of the figures of the sentence before,
    one for one in the same units."""
    sentences: list[list[Metric]] = []
    for m in metrics:
        if sentences and sentences[-1][0].evidence == m.evidence:
            sentences[-1].append(m)
        else:
            sentences.append([m])
    out: list[list[Metric]] = []
    for group in sentences:
        before = out[-1] if out else None
        if before is not None and _EARLIER_ESTIMATES.search(group[0].evidence) and not _CONSENSUS.search(group[0].evidence) \
                and all(m.prior_value is None and m.value is not None for m in group) and all(m.value is not None for m in before):
            paired = _one_for_one(before, group)
            if paired is not None:
                out[-1] = [replace(b, prior_value=paired[n]) if n in paired else b for n, b in enumerate(before)]
                continue
        out.append(group)
    return [m for group in out for m in group]


def _one_for_one(before: list[Metric], earlier: list[Metric]) -> dict[int, float] | None:
    """The earlier figures matched in order to the figures before of the same unit, each within ten times its size."""
    paired: dict[int, float] = {}
    n = 0
    for m in earlier:
        while n < len(before) and (before[n].unit != m.unit or not 0.1 <= abs(before[n].value / m.value if m.value else 0) <= 10
                                   or before[n].prior_value not in (None, m.value)):
            n += 1
        if n == len(before):
            return None
        paired[n] = m.value  # (a figure that already has this earlier value keeps it)
        n += 1
    return paired if paired else None


# "…346.2億澳門元,較今年首季跌6.97%;與去年第二季的410.4億澳門元相比,則按年跌15.6%": the base the next clause compares with
_COMPARED_BASE = scan.compile(r"^(?:而|但)?(?:与|與|和|跟)[^，,。；;]{0,24}?\d[^，,。；;的]{0,16}?(?:的水平)?相比")  # (not "与150亿元的最终发行额
# 相比", another figure)


def _compared_bases(metrics: list[Metric]) -> list[Metric]:
    """A clause that opens by comparing with an earlier figure ("与去年第二季的410.4亿澳门元相比") gives the prior of the
    figure before it in the same unit, and is no row of its own."""
    out: list[Metric] = []
    for m in metrics:
        if m.metric is None and m.value is not None and _COMPARED_BASE.match(m.evidence):
            before = next((k for k in reversed(out) if k.unit == m.unit and k.value is not None), None)
            if before is not None and before.prior_value is None and before.prior_low is None and before.span and m.span \
                    and 0 < m.span[0] - before.span[1] < 80:
                out[out.index(before)] = replace(before, prior_value=m.value)
                continue
        out.append(m)
    return out


def _without_priors(metrics: list[Metric]) -> list[Metric]:
    """A value some earlier row already holds as its prior, for the same entity and unit, is that row's
    past restated ("up from 29.8%" ... "29.8% a year earlier")."""
    def start(m: Metric) -> int:
        return m.span[0] if m.span else -1

    # (a poll's figure equal to an earlier value is a fact of its own: "2027: 1.9% (exp. 2.0%, prev. 2.0%)")
    priors = {(m.entity_key, m.unit, round(m.prior_value, 6), m.modality == "forecast"): start(m) for m in reversed(metrics)
              if m.prior_value is not None}
    prior_ranges = {(m.entity_key, m.unit, m.prior_low, m.prior_high): start(m) for m in reversed(metrics)
                    if m.prior_low is not None or m.prior_high is not None}
    kept = []
    for m in metrics:
        if m.value is not None and m.prior_value is None \
                and priors.get((m.entity_key, m.unit, round(m.value, 6), m.modality == "forecast"), start(m)) < start(m):
            continue
        if m.value is None and prior_ranges.get((m.entity_key, m.unit, m.low, m.high), start(m)) < start(m):
            continue
        kept.append(m)
    return kept


def _merged(metrics: list[Metric]) -> list[Metric]:
    """Rows that state one fact twice (same entity, metric and unit; one value the other rounded, or
    the same value) keep the more precise and complete one."""
    kept: list[Metric] = []
    for m in metrics:
        twin = next((k for k in kept if _same_fact(k, m)), None)
        if twin is None:
            kept.append(m)
            continue
        best, other = (m, twin) if _better(m, twin) else (twin, m)
        if best.prior_value is None and best.prior_low is None and best.prior_high is None:
            best = replace(best, prior_value=other.prior_value, prior_low=other.prior_low, prior_high=other.prior_high)
        kept[kept.index(twin)] = best  # (the restatement that says what it was before lends the row its prior)
    return kept


def _same_fact(a: Metric, b: Metric) -> bool:
    if a.unit != b.unit or a.entity_key != b.entity_key or a.modality != b.modality:
        return False
    if a.metric != b.metric and not (a.value is not None and a.value == b.value and ("|" in a.evidence) != ("|" in b.evidence)
                                     and (_named_twin(a, b) or _named_twin(b, a))):
        return False
    if (a.period and b.period and a.period != b.period) or (a.basis and b.basis and a.basis != b.basis):
        return False
    if a.prior_value is not None and b.prior_value is not None and a.prior_value != b.prior_value:
        return False  # "Queensland 5.4 per cent (5.6 per cent); South Australia 5.4 per cent (5.1 per cent)": two facts
    if told_apart(a, b):
        return False
    if a.value is not None and b.value is not None:
        return _rounds_to(a.value, b.value) or _rounds_to(b.value, a.value)
    return a.value is None and b.value is None and (a.low, a.high) == (b.low, b.high)


_CORE_MEASURE = scan.compile(r"\bcore\b|\bfood and energy\b", re.IGNORECASE)  # (a core measure, beside the headline one)


def told_apart(a: Metric, b: Metric) -> bool:
    """Two rows of one value that their sentences tell apart: "the CPI rose 0.1 percent" and, "stripping out the volatile
    food and energy components", 0.1 again; "plans climbed 12% to $13.3 billion" and "Revenue rose 12% to $46.29 billion"."""
    if (_CORE_MEASURE.search(a.evidence) is None) != (_CORE_MEASURE.search(b.evidence) is None):
        return True
    return a.unit == "%" and a.evidence != b.evidence and (to_a := _moved_to(a)) is not None \
        and (to_b := _moved_to(b)) is not None and to_a != to_b


def _moved_to(m: Metric) -> str | None:
    """The level a percent move in English prose went to ("rose 12% to $46.29 billion": "$46.29")."""
    if m.value is None:
        return None
    found = re.search(rf"(?<![\d.]){re.escape(f'{abs(m.value):g}')}\s?(?:%|percent|per cent)\sto\s(\S+)", m.evidence)
    return found.group(1) if found else None


def _named_twin(generic: Metric, named: Metric) -> bool:
    """A figure read once without its metric's name and once with it, in a table and in the prose (a table's "城镇 | 33843 |
    3.0" and the prose's "城镇消费品零售额为33843亿元，同比增长3.0%"): the same value of the same thing."""
    if generic.metric is None:
        return named.metric is not None
    return generic.metric in ("growth", "change") and (named.metric or "").endswith("_" + generic.metric)


def _rounds_to(precise: float, rounded: float) -> bool:
    """39.82 written as 39.8 (or as 39.82 again); never 39 for 40."""
    if precise == rounded or rounded and abs(precise - rounded) <= abs(rounded) * 1e-6:
        return True  # (also "2,289,638.51 万元" for a table's 22,896,385,054.98: the same figure in a coarser unit)
    if rounded == 0 or (precise > 0) != (rounded > 0):
        return False
    digits = _decimals(rounded)
    return round(precise, digits) == rounded and _decimals(precise) > digits and abs(precise - rounded) / abs(rounded) < 0.01


def _decimals(v: float) -> int:
    s = f"{v:.10f}".rstrip("0")
    return len(s.split(".")[1]) if "." in s else 0


def _better(new: Metric, old: Metric) -> bool:
    def score(m: Metric) -> tuple:
        filled = sum(getattr(m, k) is not None for k in ("prior_value", "prior_low", "prior_high", "period", "basis", "attributed_to"))
        return (_decimals(m.value) if m.value is not None else 0, filled)
    return score(new) > score(old)


def _first_and_change(a: RatingAction, b: RatingAction) -> bool:
    """An initiation and an upgrade or downgrade of one company by one broker are two actions (a roundup's sections)."""
    actions = {a.action, b.action}
    return "initiate" in actions and bool(actions & {"upgrade", "downgrade"})


def _restates(a: RatingAction, b: RatingAction) -> bool:
    """`a` says nothing `b` does not: the rating kept, no target ("维持「中性」" beside the table's row with its target)."""
    # (and a headline's initiation beside the body's, which gives the target: "Oppenheimer begins coverage of Target at
    # Overweight" over "… with an Overweight rating and a $190.00 price target")
    return (a.action in ("maintain", "reiterate") or a.action == b.action == "initiate") and a.target_price is None \
        and a.prior_target_price is None and a.prior_rating is None and a.rating == b.rating and b.target_price is not None


def _distinct_actions(actions: list[RatingAction]) -> list[RatingAction]:
    kept: list[RatingAction] = []
    for a in actions:
        same = [k for k in kept if (k.company_key == a.company_key or k.company == a.company) and k.broker_key == a.broker_key]
        twin = next((k for k in same if k.target_price == a.target_price and k.rating == a.rating and not _first_and_change(k, a)), None)
        if twin is not None or any(_restates(a, k) for k in same):
            continue
        lesser = next((n for n, k in enumerate(kept) if k in same and _restates(k, a)), None)
        if lesser is None:
            kept.append(a)
        else:
            kept[lesser] = a  # (in the place of the one it says more than)
    return kept
