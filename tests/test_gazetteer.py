"""Integrity of the entity gazetteer, and of the extraction gold set that is written in its names."""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
GAZETTEER = ROOT / "plugins" / "newsflow" / "extract" / "data" / "gazetteer.yaml"
GOLD = ROOT / "eval" / "extraction" / "gold.jsonl"

# Ticker shape and trading currency per exchange; a ticker that breaks its
# exchange's pattern is almost always a typo (missing leading zero, wrong suffix).
EXCHANGES: dict[str, tuple[str, str]] = {
    "SSE": (r"6\d{5}\.SS", "CNY"),
    "SZSE": (r"(00|30)\d{4}\.SZ", "CNY"),
    "HKEX": (r"\d{4}\.HK", "HKD"),
    "NYSE": (r"[A-Z]{1,5}(\.[A-Z])?", "USD"),
    "NASDAQ": (r"[A-Z]{1,5}", "USD"),
    "TWSE": (r"\d{4}\.TW", "TWD"),
    "TPEx": (r"\d{4}\.TWO", "TWD"),
    "NSE": (r"[A-Z&]{1,12}\.NS", "INR"),
    "KRX": (r"\d{6}\.KS", "KRW"),
    "TSE": (r"\d{4}\.T", "JPY"),
    "LSE": (r"[A-Z]{2,5}\.L", "GBP"),
    "SIX": (r"[A-Z]{2,5}\.SW", "CHF"),
    "XETRA": (r"[A-Z]{2,5}\.DE", "EUR"),
    "Euronext Amsterdam": (r"[A-Z]{2,5}\.AS", "EUR"),
    "Euronext Paris": (r"[A-Z]{2,5}\.PA", "EUR"),
    "BME": (r"[A-Z]{2,5}\.MC", "EUR"),
    "SGX": (r"[A-Z0-9]{3,4}\.SI", "SGD"),
    "Bursa Malaysia": (r"\d{4}\.KL", "MYR"),
    "ASX": (r"[A-Z]{2,5}\.AX", "AUD"),
    "TSX": (r"[A-Z]{1,5}\.TO", "CAD"),
    "Nasdaq Copenhagen": (r"[A-Z]{2,5}-[A-Z]\.CO", "DKK"),
}


def _key(alias: str) -> str:
    """How a matcher compares surface forms: NFKC, case-insensitive, spaces trimmed."""
    return unicodedata.normalize("NFKC", alias).casefold().strip()


@pytest.fixture(scope="module")
def gazetteer() -> dict:
    with GAZETTEER.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def test_shape_and_size(gazetteer: dict) -> None:
    assert gazetteer["version"] == 1
    assert len(gazetteer["companies"]) >= 150
    assert len(gazetteer["brokers"]) >= 30
    for section in ("companies", "brokers", "regulators_and_others"):
        for entry in gazetteer[section]:
            for field in ("id", "name", "name_zh", "aliases"):
                assert entry.get(field), f"{section}/{entry.get('id')}: missing {field}"
            assert re.fullmatch(r"[a-z0-9_]+", entry["id"]), entry["id"]
            assert all(isinstance(a, str) and a.strip() for a in entry["aliases"]), entry["id"]


@pytest.mark.parametrize("section", ["companies", "brokers", "regulators_and_others"])
def test_ids_unique(gazetteer: dict, section: str) -> None:
    ids = [e["id"] for e in gazetteer[section]]
    assert len(ids) == len(set(ids)), sorted(i for i in ids if ids.count(i) > 1)


@pytest.mark.parametrize("section", ["companies", "brokers", "regulators_and_others"])
def test_no_alias_names_two_entries(gazetteer: dict, section: str) -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for entry in gazetteer[section]:
        for alias in entry["aliases"]:
            owners[_key(alias)].add(entry["id"])
    clashes = {alias: ids for alias, ids in owners.items() if len(ids) > 1}
    assert not clashes


def test_display_name_is_an_alias(gazetteer: dict) -> None:
    """The normalised `entity` must itself resolve back to the entry."""
    for section in ("companies", "brokers", "regulators_and_others"):
        for entry in gazetteer[section]:
            keys = {_key(a) for a in entry["aliases"]}
            assert _key(entry["name"]) in keys and _key(entry["name_zh"]) in keys, entry["id"]


def test_broker_company_links(gazetteer: dict) -> None:
    companies = {c["id"]: c for c in gazetteer["companies"]}
    company_owner = {_key(a): c["id"] for c in gazetteer["companies"] for a in c["aliases"]}
    for broker in gazetteer["brokers"]:
        linked = broker.get("company")
        if linked is not None:
            assert linked in companies, f"{broker['id']} links unknown company {linked}"
        for alias in broker["aliases"]:
            owner = company_owner.get(_key(alias))
            assert owner is None or owner == linked, (
                f"broker {broker['id']} alias {alias!r} also names company {owner}"
            )


def test_others_do_not_shadow_companies_or_brokers(gazetteer: dict) -> None:
    taken = {
        _key(a) for s in ("companies", "brokers") for e in gazetteer[s] for a in e["aliases"]
    }
    for entry in gazetteer["regulators_and_others"]:
        for alias in entry["aliases"]:
            assert _key(alias) not in taken, f"{entry['id']}: {alias!r}"


def test_listings_well_formed(gazetteer: dict) -> None:
    seen: dict[str, str] = {}
    for company in gazetteer["companies"]:
        assert isinstance(company["listings"], list), company["id"]
        for listing in company["listings"]:
            exchange = listing["exchange"]
            assert exchange in EXCHANGES, f"{company['id']}: unknown exchange {exchange}"
            pattern, currency = EXCHANGES[exchange]
            assert re.fullmatch(pattern, listing["ticker"]), f"{company['id']}: {listing}"
            assert listing["currency"] == currency, f"{company['id']}: {listing}"
            assert seen.setdefault(listing["ticker"], company["id"]) == company["id"], (
                f"ticker {listing['ticker']} listed under two companies"
            )


def test_known_tickers(gazetteer: dict) -> None:
    """Spot checks against listings that the extraction conventions depend on."""
    tickers = {
        c["id"]: {item["ticker"] for item in c["listings"]} for c in gazetteer["companies"]
    }
    assert tickers["alibaba"] == {"BABA", "9988.HK"}
    assert tickers["tencent"] == {"0700.HK"}
    assert tickers["byd"] == {"1211.HK", "002594.SZ"}
    assert "300750.SZ" in tickers["catl"]
    assert tickers["kweichow_moutai"] == {"600519.SS"}
    assert tickers["tsmc"] == {"2330.TW", "TSM"}
    assert tickers["samsung_electronics"] == {"005930.KS"}
    for unlisted in ("bytedance", "deepseek", "huawei"):
        assert tickers[unlisted] == set()


def _t2s() -> dict[int, str]:
    table: dict[int, str] = {}
    with (GAZETTEER.parent / "t2s.txt").open(encoding="utf-8") as fh:
        for line in fh:
            if len(line) >= 2 and not line.startswith("#"):
                table[ord(line[0])] = line[1]
    return table


def test_aliases_are_written_as_the_matcher_reads_them(gazetteer: dict) -> None:
    """Text is matched after NFKC and a Traditional -> Simplified mapping: an alias that either
    would change can never match."""
    t2s = _t2s()
    for section in ("companies", "brokers", "regulators_and_others"):
        for entry in gazetteer[section]:
            for alias in entry["aliases"]:
                nfkc = unicodedata.normalize("NFKC", alias)
                assert nfkc == alias and nfkc.translate(t2s) == alias, f"{entry['id']}: {alias!r}"


def test_short_forms_news_uses(gazetteer: dict) -> None:
    """Hong Kong and broker-note short forms, as written (Traditional included), name the right entry."""
    t2s = _t2s()
    owner = {
        section: {_key(a): e["id"] for e in gazetteer[section] for a in e["aliases"]}
        for section in ("companies", "brokers", "regulators_and_others")
    }
    expected = {
        "companies": {
            "滙控": "hsbc", "友邦": "aia", "港交所": "hkex", "渣打": "standard_chartered",
            "中移動": "china_mobile", "建行": "ccb", "平保": "ping_an", "領展": "link_reit",
            "銀娛": "galaxy_entertainment", "翰森": "hansoh", "石藥": "cspc", "恒生銀行": "hang_seng_bank",
            "電能實業": "power_assets", "中電控股": "clp", "中華煤氣": "hk_china_gas", "鴻海": "hon_hai",
            "Hang Seng Bank": "hang_seng_bank", "Foxconn": "hon_hai", "Caterpillar": "caterpillar",
        },
        "brokers": {
            "大摩": "morgan_stanley", "小摩": "jpmorgan", "摩通": "jpmorgan", "美銀": "bofa_securities",
            "瑞信": "credit_suisse", "麥格理": "macquarie", "里昂": "clsa", "富瑞": "jefferies",
            "交銀國際": "bocom_international", "招銀國際": "cmb_international", "建銀國際": "ccb_international",
            "凱基": "kgi", "Merrill": "bofa_securities", "Evercore ISI": "evercore", "Citi": "citi",
            "Morgan Keegan": "morgan_keegan", "Truist": "truist", "SMBC Nikko": "smbc_nikko",
        },
        "regulators_and_others": {
            "聯儲局": "federal_reserve", "英倫銀行": "boe", "金管局": "hkma", "政府統計處": "census_statistics_hk",
            "Reserve Bank of India": "rbi", "BLS": "bls",
        },
    }
    for section, forms in expected.items():
        for form, entry_id in forms.items():
            key = _key(unicodedata.normalize("NFKC", form).translate(t2s))
            assert owner[section].get(key) == entry_id, (section, form, owner[section].get(key))


def test_plain_words_and_index_names_are_no_aliases(gazetteer: dict) -> None:
    """Aliases match anywhere in text: index names and everyday words must not name an entity."""
    banned = {
        "恒生", "恒指", "Hang Seng", "标普", "纳斯达克", "日经", "电能", "煤气", "中电", "日产", "大金",
        "夏普", "理想", "东风", "东亚", "华夏", "新世界", "Target", "Shell", "Benchmark", "Cadence",
        "Lucid", "Sharp", "Disco", "Power Assets", "Treasury", "Capital Securities", "China Gas",
    }
    for section in ("companies", "brokers", "regulators_and_others"):
        for entry in gazetteer[section]:
            for alias in entry["aliases"]:
                assert alias not in banned, f"{entry['id']}: {alias!r}"


def test_more_known_tickers(gazetteer: dict) -> None:
    tickers = {
        c["id"]: {item["ticker"] for item in c["listings"]} for c in gazetteer["companies"]
    }
    assert tickers["hang_seng_bank"] == {"0011.HK"}
    assert tickers["ck_asset"] == {"1113.HK"}
    assert tickers["gf_securities"] == {"000776.SZ", "1776.HK"}
    assert tickers["hon_hai"] == {"2317.TW"}
    assert tickers["mufg"] == {"8306.T", "MUFG"}
    assert tickers["astrazeneca"] == {"AZN.L", "AZN"}
    assert tickers["fast_retailing"] == {"9983.T", "6288.HK"}


# --- The extraction gold set must speak the gazetteer's names and the shared vocabularies. ---

BASE_METRICS = {
    "revenue", "net_profit", "operating_profit", "operating_loss", "eps", "gross_margin", "capex",
    "market_share", "market_cap", "valuation", "target_price", "share_price", "price",
    "token_consumption", "arr", "aum", "shipments", "deliveries", "users", "buyback", "dividend",
    "investment", "gdp_growth", "rate", "npl_ratio",
}
METRICS = BASE_METRICS | {"growth", "share", "index_level", "index_change"} | {
    f"{m}_{kind}" for m in BASE_METRICS for kind in ("growth", "change")
}
CURRENCIES = {"CNY", "HKD", "USD", "EUR", "GBP", "KRW", "JPY", "TWD", "CHF", "AUD", "DKK"}
COUNT_UNITS = {"tokens", "units", "vehicles", "users", "shares", "points"}
UNITS = CURRENCIES | COUNT_UNITS | {"%", "pp", "bp", "x"}
PERCENT_METRICS = {"gross_margin", "market_share", "share", "gdp_growth", "npl_ratio", "rate", "growth"}
PERIOD = re.compile(r"(FY)?\d{4}(Q[1-4](-Q[1-4])?|H[12])?|\d{4}-(0[1-9]|1[0-2])")
ACTIONS = {"upgrade", "downgrade", "maintain", "reiterate", "initiate", "raise_target", "cut_target"}
RATINGS = {"buy", "overweight", "outperform", "hold", "neutral", "underweight", "underperform", "sell"}
METRIC_FIELDS = [
    "metric", "value", "low", "high", "prior_value", "prior_low", "prior_high", "unit", "period",
    "basis", "modality", "entity", "ticker", "attributed_to",
]
RATING_FIELDS = [
    "broker", "company", "ticker", "action", "rating", "prior_rating", "target_price",
    "prior_target_price", "currency",
]


@pytest.fixture(scope="module")
def gold() -> list[dict]:
    if not GOLD.exists():
        pytest.skip("gold set not present")
    with GOLD.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def test_gold_size_and_balance(gold: list[dict]) -> None:
    assert len(gold) >= 260
    assert len({row["id"] for row in gold}) == len(gold)
    assert sum(row["lang"] == "zh" for row in gold) * 2 >= len(gold)
    negatives = sum(not row["metrics"] and not row["rating_actions"] for row in gold)
    assert negatives * 4 >= len(gold)
    test_share = sum(row["split"] == "test" for row in gold) / len(gold)
    assert 0.25 <= test_share <= 0.35


def test_gold_rows_well_formed(gold: list[dict]) -> None:
    for row in gold:
        assert {"id", "lang", "text", "metrics", "rating_actions", "split"} <= row.keys(), row["id"]
        assert row["lang"] in {"zh", "en"} and row["id"].startswith(row["lang"] + "-")
        assert row["split"] in {"dev", "test"}
        for m in row["metrics"]:
            assert list(m) == METRIC_FIELDS, row["id"]
        for r in row["rating_actions"]:
            assert list(r) == RATING_FIELDS, row["id"]


def _number(x: object) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def test_gold_metrics_follow_conventions(gold: list[dict], gazetteer: dict) -> None:
    listings = {c["name"]: {l["ticker"] for l in c["listings"]} for c in gazetteer["companies"]}
    sources = {e["name"] for s in ("brokers", "regulators_and_others") for e in gazetteer[s]}
    for row in gold:
        for m in row["metrics"]:
            where = f"{row['id']} {m['metric']}"
            assert m["metric"] in METRICS, where
            assert m["unit"] in UNITS, where
            assert m["modality"] in {"actual", "forecast", "target", "guidance"}, where
            assert m["basis"] in {None, "yoy", "qoq", "hoh", "per 10 shares"}, where
            assert m["period"] is None or PERIOD.fullmatch(m["period"]), where
            if m["value"] is None:  # a range, or a bound open at one end (逾5亿元: low 5e8)
                assert _number(m["low"]) or _number(m["high"]), where
                assert m["low"] is None or m["high"] is None or m["low"] <= m["high"], where
            else:
                assert _number(m["value"]) and m["low"] is None and m["high"] is None, where
            assert (m["prior_low"] is None) == (m["prior_high"] is None), where
            if m["prior_low"] is not None:
                assert m["prior_low"] <= m["prior_high"], where
            if m["metric"].endswith("_growth") or m["metric"] in PERCENT_METRICS:
                assert m["unit"] == "%" or m["unit"] == "x" and m["metric"].endswith("_growth"), where  # "five times": 5 x
            elif m["metric"].endswith("_change"):
                assert m["unit"] in {"%", "pp", "bp"}, where
            if m["entity"] in listings:
                allowed = listings[m["entity"]] or {None}
                assert m["ticker"] in allowed, where
            else:
                assert m["ticker"] is None, where
            assert m["attributed_to"] is None or m["attributed_to"] in sources, where


def test_gold_rating_actions_follow_conventions(gold: list[dict], gazetteer: dict) -> None:
    companies = {c["name"]: c for c in gazetteer["companies"]}
    brokers = {b["name"] for b in gazetteer["brokers"]}
    for row in gold:
        for r in row["rating_actions"]:
            where = f"{row['id']} {r['broker']}"
            assert r["broker"] in brokers and r["company"] in companies, where
            assert r["action"] in ACTIONS, where
            assert r["rating"] in RATINGS | {None} and r["prior_rating"] in RATINGS | {None}, where
            by_ticker = {l["ticker"]: l["currency"] for l in companies[r["company"]]["listings"]}
            assert r["ticker"] in by_ticker, where
            if r["target_price"] is None:
                assert r["prior_target_price"] is None and r["currency"] is None, where
                continue
            # The target's currency decides the listing on dual-listed companies.
            assert by_ticker[r["ticker"]] == r["currency"], where
            if row["lang"] == "en":
                continue  # an English broker's target is its rating action only
            twin = [
                m for m in row["metrics"]
                if m["metric"] == "target_price" and m["ticker"] == r["ticker"]
                and m["value"] == r["target_price"] and m["prior_value"] == r["prior_target_price"]
                and m["unit"] == r["currency"] and m["attributed_to"] == r["broker"]
            ]
            assert len(twin) == 1, f"{where}: no matching target_price metric row"  # a Chinese one is both
