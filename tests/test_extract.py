"""The extractor's conventions, one behaviour per test, plus the gold-set floor."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from newsflow.extract import EXTRACTOR_VERSION, Extraction, Extractor, RulesExtractor, confidence, extract
from newsflow.extract.evaluate import GOLD_PATH, load_gold, predict_all, score
from newsflow.extract.numbers import parse_chinese
from newsflow.extract.periods import find_periods
from newsflow.extract.sentences import normalize, split_sentences

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "000_ad6ea01b6b457d82.txt"
DEV = Path(__file__).parent / "fixtures" / "extract_dev.jsonl"


def only(text: str, **where):
    found = [m for m in extract(text).metrics if all(getattr(m, k) == v for k, v in where.items())]
    assert len(found) == 1, (where, extract(text).to_dict())
    return found[0]


def text_of(text: str, m) -> str:
    """The text a row's span points at."""
    return text[m.span[0]:m.span[1]]


def test_token_consumption_scaled_with_half_year_and_growth():
    text = ("Goldman Sachs reports that the daily token consumption for enterprise-level large models in China "
            "reached 10.2 trillion in the first half of 2025, a staggering increase of 363% compared to the "
            "second half of 2024 [2].")
    tokens = only(text, metric="token_consumption")
    assert (tokens.value, tokens.unit, tokens.period) == (1.02e13, "tokens", "2025H1")
    assert tokens.attributed_to == "Goldman Sachs"
    growth = only(text, metric="token_consumption_growth")
    assert (growth.value, growth.unit, growth.period, growth.basis) == (363, "%", "2025H1", "hoh")
    assert [m.value for m in extract(text).metrics] == [1.02e13, 363]  # not 2, 2025, 2024


def test_target_price_revision_buy_rating_goldman_baba():
    text = ("Goldman Sachs raised Alibaba's target price from $163 to $179, maintaining a \"buy\" rating, "
            "and increased the growth expectations for Alibaba Cloud from 28%-30% to 30%-32% for Q2 to Q4 of FY2026 [1][4].")
    result = extract(text)
    # An English broker's target is a rating action only; a target moved under a kept rating is raise_target.
    assert [m for m in result.metrics if m.metric == "target_price"] == []
    (ra,) = result.rating_actions
    assert (ra.broker, ra.broker_key, ra.company_key, ra.ticker, ra.action, ra.rating) == (
        "Goldman Sachs", "goldman_sachs", "alibaba", "BABA", "raise_target", "buy")
    assert (ra.target_price, ra.prior_target_price, ra.currency) == (179, 163, "USD")
    growth = only(text, unit="%")
    assert (growth.value, growth.low, growth.high, growth.prior_low, growth.prior_high) == (None, 30, 32, 28, 30)
    assert (growth.period, growth.modality) == ("FY2026Q2-Q4", "forecast")


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("阿里巴巴2025财年营收2477亿元。", 2.477e11, "CNY"),
    ("The company issued €2.5bn of bonds.", 2.5e9, "EUR"),
    ("ARR for Chinese AI applications is only US$1.5bn.", 1.5e9, "USD"),
    ("公司计划投资五百亿元。", 5e10, "CNY"),
    ("该业务收入占比达到百分之二十五。", 25, "%"),
    ("宁德时代净利润同比增长３．５％。", 3.5, "%"),
    ("Token消耗量达到10.2万亿。", 1.02e13, "tokens"),
    ("Samsung's operating profit reached 10.1 trillion won.", 1.01e13, "KRW"),
])
def test_values_fully_scaled_with_unit(text, value, unit):
    (m,) = extract(text).metrics
    assert (m.value, m.unit) == (pytest.approx(value), unit)


def test_full_width_span_points_into_original_text():
    text = "宁德时代净利润同比增长３．５％。"
    (m,) = extract(text).metrics
    assert text[m.span[0]:m.span[1]] == "３．５％"
    assert m.evidence == text


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("Tesla shares fell 3.2% on Tuesday.", -3.2, "%"),
    ("受此影响，小米集团股价下跌1.85%。", -1.85, "%"),
    ("The Federal Reserve cut its benchmark rate by 10 basis points.", -10, "bp"),
    ("一年期贷款市场报价利率下调0.5个百分点。", -0.5, "pp"),
    ("Revenue rose 12% year-on-year.", 12, "%"),
])
def test_declines_are_negative(text, value, unit):
    (m,) = extract(text).metrics
    assert (m.value, m.unit) == (value, unit)


def test_level_after_decline_word_stays_positive():
    text = "Nvidia's gross margin fell 2 percentage points to 73.5%."
    change = only(text, unit="pp")
    level = only(text, unit="%")
    assert (change.metric, change.value) == ("gross_margin_change", -2)
    assert (level.metric, level.value) == ("gross_margin", 73.5)


@pytest.mark.parametrize(("text", "low", "high", "unit"), [
    ("The company expects revenue of $4.2 billion to $4.4 billion.", 4.2e9, 4.4e9, "USD"),
    ("It guided revenue of $4.2 to $4.4 billion.", 4.2e9, 4.4e9, "USD"),
    ("公司预计上半年归母净利润为18亿元至20亿元。", 1.8e9, 2.0e9, "CNY"),
    ("预计全年营收3000亿至3200亿元。", 3e11, 3.2e11, "CNY"),
    ("Margins are expected at 28%-30%.", 28, 30, "%"),
])
def test_ranges_keep_both_ends(text, low, high, unit):
    (m,) = extract(text).metrics
    assert (m.value, m.low, m.high, m.unit) == (None, pytest.approx(low), pytest.approx(high), unit)
    assert m.modality in ("forecast", "guidance")


def test_listing_choice():
    # CNY revenue of an A+H company: the primary listing; "Hong Kong shares": the HK listing.
    assert only("比亚迪上半年营业收入3712.8亿元。", metric="revenue").ticker == "1211.HK"
    assert only("Alibaba's Hong Kong-listed shares rose 5.2%.", unit="%").ticker == "9988.HK"
    (ra,) = extract("Goldman raised its Alibaba price target to $179.").rating_actions
    assert (ra.ticker, ra.currency) == ("BABA", "USD")


def test_modality_guidance_forecast_target():
    assert only("TSMC expects fourth-quarter revenue between $32.2 billion and $33.4 billion.", unit="USD").modality == "guidance"
    assert only("Goldman Sachs expects Alibaba's cloud revenue to grow 30%.", unit="%").modality == "forecast"
    assert only("China set a GDP growth target of around 5% for 2025.", unit="%").modality == "target"
    assert only("拼多多管理层表示，未来三年将投入1000亿元支持平台商家。", unit="CNY").modality == "target"


def test_rating_action_without_numbers():
    (ra,) = extract("里昂将蔚来评级由“跑赢大市”下调至“持有”。").rating_actions
    assert (ra.broker, ra.company, ra.action, ra.rating, ra.prior_rating) == ("里昂", "蔚来", "downgrade", "hold", "outperform")
    assert (ra.broker_key, ra.company_key) == ("clsa", "nio")


def test_chinese_target_revision_hkd_links_hong_kong_listing():
    text = "高盛将阿里巴巴目标价由650港元上调至700港元，维持“买入”评级。"
    tp = only(text, metric="target_price")
    assert (tp.value, tp.prior_value, tp.unit, tp.ticker) == (700, 650, "HKD", "9988.HK")
    (ra,) = extract(text).rating_actions
    assert (ra.action, ra.rating, ra.ticker, ra.currency) == ("raise_target", "buy", "9988.HK", "HKD")


def test_net_loss_is_negative_profit_and_keeps_prior_with_shared_scale():
    (m,) = extract("Its net loss narrowed to 1.2 billion yuan from 3.5 billion a year earlier.").metrics
    assert (m.metric, m.value, m.prior_value, m.unit) == ("net_profit", -1.2e9, -3.5e9, "CNY")
    (m,) = extract("蔚来2024年全年净亏损224亿元。").metrics
    assert (m.metric, m.value, m.period) == ("net_profit", -2.24e10, "2024")


def test_upgrade_with_prior_rating():
    (ra,) = extract("Morgan Stanley upgraded JD.com to overweight from equal-weight, with a price target of $45.").rating_actions
    assert (ra.broker, ra.company, ra.action, ra.rating, ra.prior_rating) == (
        "Morgan Stanley", "JD.com", "upgrade", "overweight", "equal-weight")  # the rating as the report writes it
    assert (ra.target_price, ra.currency, ra.ticker) == (45, "USD", "JD")


def test_chinese_initiation_and_ticker_mention():
    (ra,) = extract("中金公司首次覆盖美团(03690)，给予“跑赢行业”评级，目标价150港元。").rating_actions
    assert (ra.broker, ra.company, ra.ticker, ra.action, ra.rating, ra.target_price) == (
        "中金公司", "美团", "3690.HK", "initiate", "outperform", 150)
    assert (ra.broker_key, ra.company_key) == ("cicc", "meituan")


@pytest.mark.parametrize("text", [
    "智通财经网·2025-09-17 03:12",
    "Alibaba's Qwen3-Next and Baidu's ERNIE X1.1 compete with GPT-5 [6].",
    "Group 2: Market Position and Growth Potential",
    "It penetrated most of the Fortune 500 companies on September 17.",
    "阿里(09988)是核心受益者，9月17日发布。",
    "Call +86 10 6505 1234 or see report No. 20250917.",
    "(HKG: 9988) (NYSE: BABA) 300750.SZ",
])
def test_no_metric_from_dates_codes_and_names(text):
    assert extract(text).metrics == []


def test_seed_article_end_to_end():
    if not SEED.exists():
        pytest.skip(f"seed article not found at {SEED}")
    text = SEED.read_text(encoding="utf-8")
    result = extract(text)
    got = {(m.metric, m.value, m.low, m.high, m.unit) for m in result.metrics}
    assert ("token_consumption", 1.02e13, None, None, "tokens") in got
    assert ("capex_growth", 39, None, None, "%") in got
    assert ("market_share", 47, None, None, "%") in got
    assert ("arr", 1.5e9, None, None, "USD") in got
    assert all(text[m.span[0]:m.span[1]] and m.evidence in text for m in result.metrics)
    # Goldman's target on Alibaba's US listing, written in English: a rating action only.
    assert not any(m.metric == "target_price" for m in result.metrics)
    (ra,) = result.rating_actions
    assert (ra.broker_key, ra.company_key, ra.rating, ra.target_price, ra.prior_target_price, ra.currency) == (
        "goldman_sachs", "alibaba", "buy", 179, 163, "USD")


def test_chinese_numerals():
    assert parse_chinese("五百亿") == 5e10
    assert parse_chinese("二十五") == 25
    assert parse_chinese("三点五") == 3.5
    assert parse_chinese("十万亿") == 1e13
    with pytest.raises(ValueError):
        parse_chinese("百分")


@pytest.mark.parametrize(("text", "period"), [
    ("revenue in Q3 2025", "2025Q3"), ("2025年第三季度", "2025Q3"), ("2025年上半年", "2025H1"),
    ("first half of 2025", "2025H1"), ("FY2026", "FY2026"), ("Q2 to Q4 of FY2026", "FY2026Q2-Q4"),
    ("3Q25", "2025Q3"), ("2024财年", "FY2024"),
])
def test_periods(text, period):
    assert [p.value for p in find_periods(text)] == [period]


def test_year_less_quarter_takes_the_year_of_the_text():
    m = only("2025年10月20日，宁德时代公告，三季度营收1041.86亿元。", metric="revenue")
    assert m.period == "2025Q3"


def test_sentence_split_keeps_decimals_and_abbreviations():
    text = "The U.S. economy grew 3.5% in Q3. Revenue rose! 营收增长3.5%。净利润下降；好"
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "The U.S. economy grew 3.5% in Q3.", "Revenue rose!", "营收增长3.5%。", "净利润下降；", "好"]


def test_normalize_maps_back():
    n = normalize("增长３．５％")
    assert n.text == "增长3.5%"
    assert n.span(2, 6) == (2, 6)


def test_contract_shapes():
    assert isinstance(EXTRACTOR_VERSION, str) and EXTRACTOR_VERSION
    assert isinstance(RulesExtractor(), Extractor)
    d = extract("Revenue rose 12% to $5 billion in Q3 2025.").to_dict()
    assert set(d) == {"metrics", "rating_actions"}
    assert list(d["metrics"][0]) == ["metric", "value", "low", "high", "prior_value", "prior_low", "prior_high",
                                     "unit", "period", "basis", "modality", "entity", "ticker", "attributed_to",
                                     "span", "evidence", "entity_key", "confidence"]
    (ra,) = extract("高盛将阿里巴巴目标价由650港元上调至700港元，维持“买入”评级。").to_dict()["rating_actions"]
    assert list(ra) == ["broker", "company", "ticker", "action", "rating", "prior_rating", "target_price",
                        "prior_target_price", "currency", "evidence", "company_key", "broker_key", "confidence"]
    assert extract("").to_dict() == Extraction().to_dict()
    with pytest.raises(TypeError):
        extract(None)  # type: ignore[arg-type]


def _run_cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "newsflow.extract.cli", *args], input=stdin,
                          capture_output=True, text=True, check=False)


def test_cli_single_text_and_lines(tmp_path):
    one = _run_cli("-", stdin="营收2477亿元，同比增长3.5%\n")
    assert one.returncode == 0
    doc = json.loads(one.stdout)
    assert [m["value"] for m in doc["metrics"]] == [2.477e11, 3.5]
    f = tmp_path / "lines.txt"
    f.write_text("revenue fell 3.2%\n\n阿里巴巴目标价700港元\n", encoding="utf-8")
    many = _run_cli("--lines", str(f))
    assert many.returncode == 0
    rows = [json.loads(line) for line in many.stdout.splitlines()]
    assert len(rows) == 3
    assert rows[0]["metrics"][0]["value"] == -3.2
    assert rows[1] == {"metrics": [], "rating_actions": []}
    (tp,) = rows[2]["metrics"]
    assert (tp["metric"], tp["value"], tp["unit"], tp["ticker"]) == ("target_price", 700, "HKD", "9988.HK")


def test_cli_missing_file_is_a_clear_error(tmp_path):
    done = _run_cli(str(tmp_path / "absent.txt"))
    assert done.returncode == 2
    assert "cannot read" in done.stderr


def test_dev_examples_score_perfectly():
    rows = load_gold(DEV)
    report = score(rows, predict_all(r["text"] for r in rows))
    assert report["value_unit"]["all"]["f1"] == 1.0
    assert report["rating_actions"]["exact_accuracy"] == 1.0


def test_gold_value_unit_precision_and_recall():
    if not GOLD_PATH.exists():
        pytest.skip(f"gold set not found at {GOLD_PATH}")
    rows = load_gold(GOLD_PATH)
    report = score(rows, predict_all(r["text"] for r in rows))["value_unit"]["all"]
    assert report["precision"] >= 0.95, report
    assert report["recall"] >= 0.95, report


# --- Whole articles (title + "\n\n" + body), as the pipeline passes them -----------------------

SEED_EN = (
    "Goldman lifts Alibaba target to $179 as enterprise AI token use soars\n\n"
    "HONG KONG (Harbor Wire) – Goldman Sachs raised its price target on Alibaba Group to $179 from $163 "
    "and kept a buy rating.\n\nEnterprise use of large language models in China reached 10.2 trillion tokens "
    "a day in the first half of 2025, the bank said in a note. The bank lifted its growth forecast for "
    "Alibaba Cloud to 30%-32% from 28%-30% for the second to fourth quarters of fiscal 2026.")
SEED_ZH = (
    "高盛:中国AI基础设施叙事重燃 阿里(09988)是核心受益者\n\n"
    "高盛发布研报称，阿里巴巴(09988)成为最主要的受益者。该行将阿里巴巴美股目标价由163美元上调至179美元，"
    "维持“买入”评级。高盛将阿里云2026财年第二至第四财季的收入增速预期由28%-30%上调至30%-32%。")


def test_usd_target_of_dual_listed_company_is_us_listing_despite_hong_kong_dateline():
    (ra,) = extract(SEED_EN).rating_actions
    assert (ra.broker_key, ra.ticker, ra.target_price, ra.prior_target_price, ra.currency) == (
        "goldman_sachs", "BABA", 179, 163, "USD")


def test_broker_named_in_an_earlier_sentence_rates_in_a_later_one():
    (ra,) = extract(SEED_ZH).rating_actions
    assert (ra.broker, ra.company, ra.ticker, ra.action, ra.rating) == ("高盛", "阿里巴巴", "BABA", "raise_target", "buy")
    assert (ra.broker_key, ra.company_key) == ("goldman_sachs", "alibaba")
    assert (ra.target_price, ra.prior_target_price, ra.currency) == (179, 163, "USD")


@pytest.mark.parametrize("text", [SEED_EN, SEED_ZH, "Goldman Sachs increased the growth expectations for Alibaba "
                                  "Cloud from 28%-30% to 30%-32% for Q2 to Q4 of FY2026."])
def test_growth_range_revision_keeps_range_prior_and_fiscal_quarter_span_on_every_copy(text):
    (g,) = [m for m in extract(text).metrics if m.unit == "%" and m.high == 32]
    assert (g.value, g.low, g.high, g.prior_low, g.prior_high, g.period) == (None, 30, 32, 28, 30, "FY2026Q2-Q4")
    assert g.entity_key == "alibaba"  # written Alibaba Group, 阿里巴巴 or Alibaba Cloud: one company


@pytest.mark.parametrize(("text", "broker"), [
    ("华岳证券将美团-W(03690)评级由“买入”下调至“中性”，目标价由140港元下调至115港元。", "华岳证券"),
    ("东岸证券首次覆盖小米集团-W(01810)，给予“增持”评级，目标价68港元。", "东岸证券"),
    ("腾讯获华岳证券上调目标价至720港元，维持“买入”评级。", "华岳证券"),
    ("Keystone Equity Research upgraded Alibaba Group to Overweight from Equal-weight.", "Keystone Equity Research"),
    ("Harbor Capital Partners downgraded NIO to Underperform from Neutral.", "Harbor Capital Partners"),
])
def test_brokers_missing_from_the_gazetteer_are_named_as_written(text, broker):
    (ra,) = extract(text).rating_actions
    assert ra.broker == broker
    assert all(m.attributed_to == broker for m in extract(text).metrics if m.metric == "target_price")


def test_short_form_of_an_unlisted_broker_in_the_title_is_the_same_broker():
    text = ("Keystone lifts Tencent target to HK$720 from HK$680, keeps Overweight\n\n"
            "Keystone Equity Research raised its price target on Tencent Holdings to HK$720 from HK$680 and kept an Overweight rating.")
    (ra,) = extract(text).rating_actions  # the title restates the body: one action
    assert (ra.broker, ra.company, ra.ticker, ra.rating, ra.target_price, ra.prior_target_price) == (
        "Keystone Equity Research", "Tencent Holdings", "0700.HK", "overweight", 720, 680)


def test_amount_restated_in_the_title_is_reported_once():
    metrics = extract(SEED_EN).metrics
    assert [m.metric for m in metrics if m.value == 179] == []  # the English target is a rating action; no metric=None row for "$179"
    title_only = extract("华岳证券：上调腾讯控股(00700)目标价至700港元 维持“买入”评级\n\n"
                         "华岳证券发布研报，将腾讯控股(00700)目标价由650港元上调至700港元，维持“买入”评级。")
    assert [(m.value, m.prior_value) for m in title_only.metrics] == [(700, 650)]
    assert len(title_only.rating_actions) == 1


def test_company_carries_over_to_a_later_sentence_that_refers_to_it():
    text = ("Tencent Holdings will hold its results briefing in Shenzhen on Wednesday. Analysts expect strong demand. "
            "The company's revenue rose 15% to 184.5 billion yuan in the second quarter of 2025.")
    rows = {m.metric: m for m in extract(text).metrics}
    assert rows["revenue"].entity == rows["revenue_growth"].entity == "Tencent Holdings"
    assert rows["revenue"].ticker == "0700.HK"
    # A sentence with its own subject does not inherit one.
    assert extract("Tencent Holdings reported results. Brent crude fell 2% to $65 a barrel.").metrics[0].entity == "Brent crude"


@pytest.mark.parametrize(("text", "expected"), [
    ("Intel earned 26 cents a share in the third quarter of 2025.", ("eps", 0.26, "USD")),
    ("台积电9月营收为新台币3309.8亿元。", ("revenue", 3.3098e11, "TWD")),
    ("The Fed cut the federal funds rate by a quarter point.", ("rate_change", -25, "bp")),
    ("Sales at Pop Mart jumped five times the level of a year earlier.", ("revenue_growth", 5, "x")),
    ("ICBC will pay an interim dividend of 1.414 yuan per 10 shares.", ("dividend", 1.414, "CNY")),  # as printed
    ("Nvidia will invest $5 billion in Intel at $23.28 a share.", ("share_price", 23.28, "USD")),
])
def test_forms_of_wire_copy(text, expected):
    assert expected in [(m.metric, m.value, m.unit) for m in extract(text).metrics]


@pytest.mark.parametrize("text", [
    "Nvidia forecast third-quarter revenue of $54 billion, plus or minus 2%.",
    "英伟达预计第三财季营收为540亿美元，上下浮动2%。",
])
def test_a_tolerance_is_not_a_metric(text):
    assert [(m.metric, m.unit) for m in extract(text).metrics] == [("revenue", "USD")]


@pytest.mark.parametrize("text", [
    "Geely Automobile aims to sell 3 million vehicles in 2025.",
    "Yum China plans to buy back $1.5 billion of its shares in 2025.",
    "Seven members of the committee voted to hold, while two voted for a cut.",
])
def test_rating_words_used_as_verbs_are_not_ratings(text):
    assert extract(text).rating_actions == []


def test_reverse_repo_is_not_a_buyback_and_notes_due_a_year_have_no_period():
    assert extract("中国人民银行开展6000亿元买断式逆回购操作。").metrics[0].metric is None
    assert extract("Alibaba raised $3.2 billion through convertible notes due 2032.").metrics[0].period is None


DEV2 = Path(__file__).resolve().parents[1] / "eval" / "extraction" / "dev2.jsonl"


def test_second_development_set_floor():
    if not DEV2.exists():
        pytest.skip(f"{DEV2} is absent")
    rows = load_gold(DEV2)
    report = score(rows, predict_all(r["text"] for r in rows))
    vu = report["value_unit"]["all"]
    assert vu["precision"] >= 0.95 and vu["recall"] >= 0.95, vu
    # Entities compare identities; the set's labels give a policy rate or an indicator the rate's own name
    # where rules-2 follows real news and gives it to its bank or economy: hence the lower entity floor.
    floors = {"metric": 0.90, "entity": 0.85, "prior_and_range": 0.95}
    for field, floor in floors.items():
        assert report["accuracy"][field] >= floor, (field, report["accuracy"])
    assert report["rating_actions"]["exact_accuracy"] >= 0.85


# Market wraps, market-wide figures, spreads, currencies, related links and Traditional Chinese.

@pytest.mark.parametrize("text, move, level, entity, key", [
    ("The Hang Seng Index rose 1.2% to 25,431.77.", 1.2, 25431.77, "Hang Seng Index", "index:hsi"),
    ("The Hang Seng Index fell 0.8% to 25,228.14.", -0.8, 25228.14, "Hang Seng Index", "index:hsi"),
    ("The Nikkei 225 closed down 1.1% at 44,790.38.", -1.1, 44790.38, "Nikkei 225", "index:nikkei"),
    ("恒生指數收升1.2%，報25431.77點。", 1.2, 25431.77, "恒生指數", "index:hsi"),
])
def test_index_level_after_a_percent_move_is_a_level_in_points(text, move, level, entity, key):
    rows = extract(text).metrics
    assert [(m.metric, m.value, m.unit, m.entity, m.entity_key) for m in rows] == [
        ("index_change", move, "%", entity, key), ("index_level", level, "points", entity, key)]


def test_digits_of_an_index_name_are_no_value():
    assert extract("The S&P 500 and the Nasdaq 100 opened flat; 沪深300与中证500指数成分股将于12月调整。").metrics == []


@pytest.mark.parametrize("text, metric, value, unit", [
    ("Market turnover rose to HK$241.3 billion.", "turnover", 241.3e9, "HKD"),
    ("沪深两市成交额达1.25万亿元。", "turnover", 1.25e12, "CNY"),
    ("今年以来港股新股集资总额已达1,985亿港元。", "funds_raised", 1.985e11, "HKD"),
    ("CATL raised HK$41 billion in its Hong Kong listing.", "funds_raised", 41e9, "HKD"),
    ("Online sales accounted for 8.7% of the total.", "share", 8.7, "%"),
    ("比亚迪8月海外销量8.05万辆，占总销量的22%。", "share", 22, "%"),
    ("Oracle's cloud backlog swelled to $455 billion.", "backlog", 455e9, "USD"),
    ("China's surveyed urban unemployment rate rose to 5.3% in August.", "unemployment_rate", 5.3, "%"),
    ("BoE on hold at 4%", "rate", 4, "%"),
    ("USD/CNY 7.12, little changed.", "fx_rate", 7.12, "CNY"),
    ("EUR/USD traded at 1.1750.", "fx_rate", 1.175, "USD"),
])
def test_market_figures_are_named(text, metric, value, unit):
    m = only(text, unit=unit)
    assert (m.metric, m.value) == (metric, value)


def test_spread_moves_are_signed_and_levels_stay_levels():
    assert only("Analysts expect Asian investment-grade spreads to tighten by 25 bp next year.", unit="bp").metric \
        == "spread_change"
    assert only("Analysts expect Asian investment-grade spreads to tighten by 25 bp next year.", unit="bp").value == -25
    assert [(m.metric, m.value) for m in extract("High-yield spreads widened 40 basis points to 380 basis points.").metrics] \
        == [("spread_change", 40), ("spread", 380)]
    assert only("The spread stood at 95 bp.", unit="bp").metric == "spread"


def test_a_move_named_after_its_value_is_signed_whatever_comes_before():
    assert only("Governor Stephen Miran dissented in favour of a half-point cut.", unit="bp").value == -50


@pytest.mark.parametrize("text", [
    "Related: BYD quarterly revenue climbs 18%",
    "See also: Tencent profit rises 15% as games rebound",
    "相关阅读：比亚迪季度营收增长18%",
    "相關閱讀：比亞迪季度營收增長18%",
])
def test_related_link_lines_belong_to_another_story(text):
    assert extract(text).metrics == []
    body = "Xiaomi's revenue rose 30.5% to 116 billion yuan.\n" + text
    assert [m.value for m in extract(body).metrics] == [30.5, 116e9]


def test_traditional_chinese_is_read_with_names_as_written_and_spans_unchanged():
    text = "華岳證券將騰訊控股(00700)目標價由650港元上調至700港元，維持「買入」評級。"
    x = extract(text)
    m = x.metrics[0]
    assert (m.metric, m.value, m.prior_value, m.unit, m.entity, m.ticker, m.attributed_to) == (
        "target_price", 700, 650, "HKD", "騰訊控股", "0700.HK", "華岳證券")
    assert m.entity_key == "tencent"  # the same key as 腾讯控股 and Tencent
    assert text[m.span[0]:m.span[1]] == "650港元上調至700港元"
    r = x.rating_actions[0]
    assert (r.broker, r.company, r.action, r.rating) == ("華岳證券", "騰訊控股", "raise_target", "buy")
    assert only("騰訊本港股份成交額達312億港元。", unit="HKD").value == 31.2e9
    assert normalize("億萬").text == "亿万" and normalize("億萬").written == "億萬"


def test_a_bare_code_picks_the_listing_with_that_number():
    assert only("台積電(2330)8月營收3357.7億元，年增33.8%。", unit="%").ticker == "2330.TW"
    revenue = only("台积电(2330)8月营收3357.7亿新台币。", metric="revenue")
    assert (revenue.ticker, revenue.unit) == ("2330.TW", "TWD")
    assert only("台積電(2330)8月營收3357.7億元。", metric="revenue").unit == "TWD"  # a Taiwan company's 元
    assert only("腾讯控股(00700)二季度收入1845亿元。", metric="revenue").ticker == "0700.HK"


def test_a_short_alias_inside_a_common_word_is_no_company():
    # 其中海外 holds 中海外, a short alias of China Overseas Land: no company here.
    assert {m.entity_key for m in extract("比亚迪8月销量37.36万辆，其中海外销量8.05万辆。").metrics} == {"byd"}


def test_offering_share_counts_name_no_metric():
    x = extract("The offering of 34.3 million shares priced at $40 each, valuing the company at $15.1 billion.")
    assert [(m.metric, m.value) for m in x.metrics] == [("price", 40), ("valuation", 15.1e9)]


@pytest.mark.parametrize(("text", "expected"), [
    ("大市成交额约2680亿港元，北水净买入120亿港元。", [("turnover", 2.68e11, "HKD"), ("net_inflow", 1.2e10, "HKD")]),
    ("今日主力资金合计净流出40亿元，其中创业板净流出12亿元，科创板则净流入3亿元。",
     [("net_inflow", -4e9, "CNY"), ("net_inflow", -1.2e9, "CNY"), ("net_inflow", 3e8, "CNY")]),
    ("净流出居前的行业为银行、医药，分别为8.5亿元、6.2亿元。", [("net_inflow", -8.5e8, "CNY"), ("net_inflow", -6.2e8, "CNY")]),
    ("Overseas funds posted net outflows of $2.4 billion from Korean stocks last week.", [("net_inflow", -2.4e9, "USD")]),
])
def test_a_net_outflow_is_a_negative_net_inflow(text, expected):
    assert [(m.metric, m.value, m.unit) for m in extract(text).metrics] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("两市成交8000亿元，比上一交易日减少120亿元。", [("turnover", 8e11, "CNY"), ("turnover_change", -1.2e10, "CNY")]),
    ("一季度贷款增速为7.5%，低于上月末0.4个百分点。", [("growth", 7.5, "%"), ("growth", -0.4, "pp")]),
    ("毛利率为31.2%(+1.5 pcts)，净利率为9.8%(-0.6 pcts)。",
     [("gross_margin", 31.2, "%"), ("gross_margin_change", 1.5, "pp"), ("net_margin", 9.8, "%"), ("net_margin_change", -0.6, "pp")]),
    ("Shares of Rio Tinto were losing 3 percent in London.", [("share_price_change", -3, "%")]),
    ("The Hang Seng Index was losing 1.5% at midday.", [("index_change", -1.5, "%")]),
])
def test_changes_by_an_amount_or_against_a_base_carry_their_sign(text, expected):
    assert [(m.metric, m.value, m.unit) for m in extract(text).metrics] == expected


DEV3 = Path(__file__).resolve().parents[1] / "eval" / "extraction" / "dev3.jsonl"


def test_third_development_set_floor():
    if not DEV3.exists():
        pytest.skip(f"{DEV3} is absent")
    rows = load_gold(DEV3)
    report = score(rows, predict_all(r["text"] for r in rows))
    vu = report["value_unit"]["all"]
    assert vu["precision"] >= 0.95 and vu["recall"] >= 0.95, vu
    floors = {"metric": 0.90, "entity": 0.85, "ticker": 0.95, "prior_and_range": 0.95}
    for field, floor in floors.items():
        assert report["accuracy"][field] >= floor, (field, report["accuracy"])
    assert report["rating_actions"]["exact_accuracy"] >= 0.90


# Rates, aggregates, markets, flows and companies outside the gazetteer; periods; stock moves.
DEV4 = Path(__file__).resolve().parents[1] / "eval" / "extraction" / "dev4.jsonl"


def test_fourth_development_set_floor():
    if not DEV4.exists():
        pytest.skip(f"{DEV4} is absent")
    rows = load_gold(DEV4)
    report = score(rows, predict_all(r["text"] for r in rows))
    vu = report["value_unit"]["all"]
    assert vu["precision"] >= 0.95 and vu["recall"] >= 0.95, vu
    # The set labels LPRs, policy rates and indicators with their own names (see the second set's floor).
    floors = {"metric": 0.90, "entity": 0.75, "entity_loose": 0.85, "period": 0.90, "prior_and_range": 0.95, "modality": 0.95}
    for field, floor in floors.items():
        assert report["accuracy"][field] >= floor, (field, report["accuracy"])
    assert report["rating_actions"]["exact_accuracy"] >= 0.90


@pytest.mark.parametrize("text, expected", [
    ("中国十年期国债收益率下行2个基点至1.76%。", [("rate_change", -2.0, "中国十年期国债收益率"), ("rate", 1.76, "中国十年期国债收益率")]),
    ("The Fed cut interest rates by 25 basis points.", [("rate_change", -25.0, "The Fed")]),  # a policy rate is its bank's
    ("北向资金全天净买入85.6亿元。", [("net_inflow", 8.56e9, "北向资金")]),
    ("Foreign investors bought a net $2.1 billion of Taiwan stocks.", [("net_inflow", 2.1e9, "Foreign investors")]),
    ("前三季度国内生产总值同比增长5.2%。", [("gdp_growth", 5.2, "中国")]),  # GDP is its economy's
    ("本港第二季本地生產總值按年增長3.1%。", [("gdp_growth", 3.1, "香港")]),
    ("中国智能手机市场出货量同比下降3%。", [("shipments_growth", -3.0, "中国智能手机市场")]),
    ("沪指涨0.52%，深成指跌0.31%，创业板指涨1.2%。",
     [("index_change", 0.52, "沪指"), ("index_change", -0.31, "深成指"), ("index_change", 1.2, "创业板指")]),
    ("央行将政策利率下调10个基点，7天期逆回购操作利率由1.5%调降至1.4%。",
     [("rate_change", -10.0, "央行"), ("rate", 1.4, "央行")]),  # policy rates belong to the central bank
    ("紫金黄金国际上半年营业收入为149亿元。", [("revenue", 1.49e10, "紫金黄金国际")]),
    ("9月16-24岁劳动力失业率为17.7%。", [("unemployment_rate", 17.7, "中国")]),  # the age band is its basis (below)
    ("US consumer prices rose 3.0% from a year earlier.", [("cpi", 3.0, "US")]),  # headline CPI is the economy's
    ("The dollar rose 0.4% to 154.2 yen.", [("fx_rate_change", 0.4, "USD/JPY"), ("fx_rate", 154.2, "USD/JPY")]),
])
def test_subjects_outside_the_gazetteer_are_named_with_their_qualifiers(text, expected):
    assert [(m.metric, m.value, m.entity) for m in extract(text).metrics] == expected


def test_a_text_without_what_a_free_form_subject_needs_is_read_with_the_same_matches():
    from newsflow.extract.lexicon import lexicon

    lex = lexicon()
    texts = ["有色金属板块上涨3.2%，煤炭板块下跌1.1%。", "The energy sector rose 2%.", "汽车制造业的利润总额增长5%。",
             "紫金黄金国际上半年营业收入为149亿元。", "易方达基金公司旗下产品规模增长。",
             "沪指涨0.52%，深成指跌0.31%。", "Brent crude fell 1.2% to $78.40 a barrel.", "恒指收市報16587點。"]
    for text in texts:
        chosen = lex.subjects_in(text)
        assert chosen is (lex.subjects if lex.subject_needs.search(text) else lex.subjects_common)
        assert [(m.span(), m.group()) for m in chosen.finditer(text)] == [(m.span(), m.group()) for m in lex.subjects.finditer(text)]
    assert [lex.subjects_in(t) is lex.subjects_common for t in texts] == [False] * 5 + [True] * 3
    assert any(m.group() == "有色金属板块" for m in lex.subjects_in(texts[0]).finditer(texts[0]))  # read where needed


def test_the_part_of_an_economy_an_indicator_speaks_of_is_its_basis():
    (m,) = extract("9月16-24岁劳动力失业率为17.7%。").metrics
    assert (m.metric, m.value, m.entity_key, m.basis) == ("unemployment_rate", 17.7, "economy:china", "16-24岁")
    (m,) = extract("9月全国城镇调查失业率为5.2%。").metrics
    assert (m.entity_key, m.basis) == ("economy:china", None)  # the headline rate: no part


@pytest.mark.parametrize("text, expected", [
    ("Statistics Canada said employment rose by 40,000 in August.", ("Canada", "economy:canada")),  # an office is no company
    ("Indonesia's economy grew 4.9% in the first quarter.", ("Indonesia", "economy:indonesia")),
    ("In August, employment increased in British Columbia by 1.2%, Statistics Canada said.", ("Canada", "economy:canada")),
    ("主计总处今天更新预测，今年的经济成长率从4.45%上修为7.37%。", ("台湾", "economy:taiwan")),
])
def test_economies_beyond_the_largest_and_their_statistics_offices(text, expected):
    assert {(m.entity, m.entity_key) for m in extract(text).metrics} == {expected}


def test_a_party_a_companys_figure_concerns_is_not_the_company():
    rows = extract("太平集团公布业绩，主因是为联营公司交通银行确认21亿元减值亏损。交行相关亏损拖累表现。期内净利润为49亿元。").metrics
    assert [(m.value, m.entity) for m in rows] == [(2.1e9, "太平集团"), (4.9e9, "太平集团")]


def test_hong_kong_ways_of_writing_a_fall_a_code_and_cents():
    rows = extract("华鼎控股(012)午間公布中期業績，除稅前利潤為58.1億美元，按年少27%。每股盈利0.65元。").metrics
    assert [(m.metric, m.value, m.unit, m.entity) for m in rows][1:] == [
        ("operating_profit_growth", -27.0, "%", "华鼎控股"), ("eps", 0.65, "HKD", "华鼎控股")]  # (005): a Hong Kong code
    (dividend, payout) = extract("中期息提高至18分人民币，派息率由一年前同期的12%升至16%。").metrics
    assert (dividend.value, dividend.unit) == (0.18, "CNY") and (payout.value, payout.prior_value) == (16.0, 12.0)


def test_revisions_and_earlier_readings_written_in_brackets():
    (m,) = extract("今年的经济成长率从4.45%上修为7.37%。").metrics
    assert (m.value, m.prior_value) == (7.37, 4.45)
    rows = extract("2023年、2024年的经济成长率分别改为1.08%（原本统计为1.12%）与5.27%（4.84%）。").metrics
    assert [(m.value, m.prior_value, m.period) for m in rows] == [(1.08, 1.12, "2023"), (5.27, 4.84, "2024")]


def test_a_filings_header_names_the_company():
    (m,) = extract("证券代码:601068 证券简称:中铝国际 公告编号:临 2022-048\n预计2022年上半年净利润为5000万元，"
                   "比上年同期(法定披露数据)增加4663万元。").metrics[:1]
    assert (m.entity, m.value) == ("中铝国际", 5e7)


def test_a_roundups_lines_each_name_their_company_and_the_most_specific_action():
    text = ("Brokers' calls\nCLSA on Britannia: The brokerage cut the stock to 'outperform' from 'buy' but lifted its target "
            "to Rs 3,900 per share from Rs 3,700 earlier.\nJefferies on HDFC: The brokerage repeats its 'buy' call on the "
            "stock, with a target at Rs 2,110 per share.\nUBS reduced its price target for radio firm Capital Radio to 470p "
            "a share from 490p, and for rival GWR Group to 284p from 294p, London dealers said.\nGoldman Sachs began "
            "coverage of Associated British Ports with an 'outperform' rating and a price target of 456p.")
    assert [(a.broker, a.company, a.action, a.rating, a.prior_rating, a.target_price, a.prior_target_price, a.currency)
            for a in extract(text).rating_actions] == [
        ("CLSA", "Britannia", "downgrade", "outperform", "buy", 3900.0, 3700.0, "INR"),  # outperform is below buy
        ("Jefferies", "HDFC", "reiterate", "buy", None, 2110.0, None, "INR"),
        ("UBS", "Capital Radio", "cut_target", None, None, 4.7, 4.9, "GBP"),
        ("UBS", "GWR Group", "cut_target", None, None, 2.84, 2.94, "GBP"),  # the same verb's second object
        ("Goldman Sachs", "Associated British Ports", "initiate", "outperform", None, 4.56, None, "GBP")]
    assert not extract(text).metrics  # a target is the broker's, in its action; "a share" made no EPS of 284p


def test_a_name_the_text_says_is_a_company_in_an_apposition():
    rows = extract("Axis Bank, the private sector lender, is expected to post a 21 per cent rise in net profit.").metrics
    assert [(m.value, m.entity) for m in rows] == [(21.0, "Axis Bank")]


def test_a_producers_figures_its_units_and_the_company_a_story_is_about():
    text = ("Oil Search output climbs\nMELBOURNE, Australia--Oil Search Ltd. pumped more in the second quarter than ever. "
            "Output of gas and crude oil reached 7.41 million barrels of oil equivalent, Oil Search said. Santos said its "
            "revenue fell to 786 million Australian dollars. Oil Search owns 29% of a project operated by ExxonMobil Corp. "
            "(XOM), which started in 2014. The company forecast full-year production of between 27 million and 29 million "
            "barrels of oil equivalent.")
    assert [(m.value, m.low, m.unit, m.entity) for m in extract(text).metrics] == [
        (7.41e6, None, "boe", "Oil Search Ltd"),  # the producer's output, not crude oil's; no dateline in the name
        (7.86e8, None, "AUD", "Santos"),
        (29.0, None, "%", "Oil Search Ltd"),
        (None, 2.7e7, "boe", "Oil Search Ltd")]  # "the company" after a partner named in passing


def test_an_aside_between_a_verb_and_its_figure_and_years_that_look_ahead():
    (cut, level) = extract("Bank Indonesia cut its benchmark 7-day reverse repurchase rate, known as the BI Rate, "
                           "by 25 basis points to 5.50 per cent.").metrics
    assert (cut.value, cut.unit, level.value) == (-25.0, "bp", 5.5)
    rows = extract("Indonesia eases\nThe decision was in line with a forecast of inflation within target in 2025 and "
                   "2026. The economy expanded 4.87 per cent in the first quarter. The president has promised growth of "
                   "8 per cent by the end of his term in 2029.").metrics
    assert (rows[0].value, rows[0].period) == (4.87, "2025Q1")


def test_a_market_wraps_movers_listed_after_the_first_verb_and_a_company_a_relative_clause_names():
    text = ("Australian shares close higher\nThe benchmark ASX 200 index finished 55.7 points higher at 6300.2. Over the "
            "week the benchmark index added 14 points. The bad news kept coming for AMP, which warned that its first-half "
            "profit would fall by as much as 11 per cent. ANZ climbed 1.6 per cent to $29.48, National Australia Bank 1 per "
            "cent to $28.40 and the Commonwealth Bank 0.7 per cent to $75.36.")
    assert [(m.value, m.entity) for m in extract(text).metrics][2:] == [
        (14.0, "ASX 200 index"), (-11.0, "AMP"), (1.6, "ANZ"), (29.48, "ANZ"), (1.0, "National Australia Bank"),
        (28.4, "National Australia Bank"), (0.7, "Commonwealth Bank"), (75.36, "Commonwealth Bank")]


def test_valuation_multiples_and_shares_traded():
    text = ("Alibaba soars in debut\nShares in Alibaba jumped 38%. Some 271 million shares changed hands. Alibaba is "
            "valued at 39 times its estimated earnings, short of the lofty multiple of 264 for Amazon.")
    assert [(m.metric, m.value, m.unit) for m in extract(text).metrics][1:] == [
        ("volume", 2.71e8, "shares"), ("valuation", 39.0, "x"), ("valuation", 264.0, "x")]  # no 3,800% growth


def test_a_revised_outlook_takes_its_earlier_range_from_the_next_sentence_or_after_its_basis():
    text = ("Acme lifts outlook\nFor 2017, Acme now sees sales rising 17% to 19% in currency-neutral terms, up from its "
            "previous guidance of an increase between 12% and 14%. It expects net income to rise to between EUR1.36 billion "
            "and EUR1.39 billion. Its earlier forecast had called for net income to rise to between EUR1.2 billion and "
            "EUR1.225 billion.")
    assert [(m.low, m.high, m.prior_low, m.prior_high) for m in extract(text).metrics] == [
        (17.0, 19.0, 12.0, 14.0), (1.36e9, 1.39e9, 1.2e9, 1.225e9)]


def test_a_loss_named_after_its_figure_and_the_price_of_a_deal():
    rows = extract("Profit at Acme sank after the company took a $1 billion loss on agreeing to sell its U.S. unit to "
                   "Bolt Plc for 398 million pounds.").metrics
    assert [(m.metric, m.value, m.unit) for m in rows] == [("net_profit", -1e9, "USD"), ("deal_value", 3.98e8, "GBP")]
    rows = extract("Aeon also said it would pay 44.9 billion yen for two supermarket chains. Acme sold 5 million shares "
                   "for $20 each.").metrics
    assert [(m.metric, m.value) for m in rows if m.unit != "shares"] == [("deal_value", 4.49e10), (None, 20.0)]
    assert [m.metric for m in extract("Tencent bought back 820,000 shares for HK$503 million.").metrics] == ["buyback", "buyback"]


def test_a_statistics_list_goes_on_about_the_subject_or_industry_it_names():
    text = ("1—7月份,全国规模以上工业企业取得营业收入75.93万亿元,同比增长2.9%;营业成本为64.79万亿元,增长3.0%。"
            "按门类划分,采矿业利润总额7179.2亿元,同比下降9.5%;制造业29045.4亿元,增长5.0%。")
    assert [m.entity for m in extract(text).metrics] == ["全国规模以上工业企业"] * 4 + ["采矿业"] * 2 + ["制造业"] * 2


def test_a_papers_date_in_brackets_gives_the_year_and_key_enterprises_are_an_owner():
    text = ("钢协:上旬粗钢日产回落\n3月上旬,重点统计钢铁企业共生产粗钢2271.29万吨,生铁1987.76万吨。\n"
            "《中国冶金报》(2021年3月23日 06版)")
    assert [(m.value, m.entity, m.period) for m in extract(text).metrics] == [
        (2.27129e7, "重点统计钢铁企业", "2021-03"), (1.98776e7, "重点统计钢铁企业", "2021-03")]


def test_a_releases_bracketed_count_and_percent_pairs_and_its_own_dollars():
    text = ("Canadian employment up in August\nAmong core-aged workers, employment grew for men (+33,000; +0.5%) and for "
            "women (+21,000; +0.3%), whereas it fell for older women (-27,000; -1.3%). Average hourly wages were up 4.9% "
            "year over year (+$1.56 to $33.47) in August, Statistics Canada said.")
    assert [(m.value, m.unit) for m in extract(text).metrics] == [
        (33000.0, "jobs"), (0.5, "%"), (21000.0, "jobs"), (0.3, "%"), (-27000.0, "jobs"), (-1.3, "%"),  # one sentence
        (4.9, "%"), (1.56, "CAD"), (33.47, "CAD")]  # a move to a level, no range; Canada's dollars


def test_a_small_move_in_points_after_hong_kongs_sheng():
    rows = extract("國指收市報9158點，升78點；科指收市報5612點，升66點。下午3點公布數據。").metrics
    assert [(m.metric, m.value, m.entity) for m in rows] == [
        ("index_level", 9158.0, "國指"), ("index_change", 78.0, "國指"), ("index_level", 5612.0, "科指"),
        ("index_change", 66.0, "科指")]  # (3點 is a time)


def test_korean_brokers_targets_with_an_aside_and_a_converted_revision():
    text = ("Brokers lift targets\nOn Friday, Kiwoom Securities increased its target price for Samsung Electronics from "
            "170,000 won to 200,000 won (from $118 to $138). On Thursday, Samsung Securities raised its target price for "
            "Hyundai Motor — which traded at 510,000 won on Friday — from 650,000 won to 850,000 won. On Wednesday, Eugene "
            "Investment & Securities lifted its target for SK hynix from 690,000 won to 990,000 won.")
    assert [(a.broker, a.company, a.target_price, a.prior_target_price, a.currency) for a in extract(text).rating_actions] == [
        ("Kiwoom Securities", "Samsung Electronics", 200000.0, 170000.0, "KRW"),  # the dollars are the same target
        ("Samsung Securities", "Hyundai Motor", 850000.0, 650000.0, "KRW"),
        ("Eugene Investment & Securities", "SK hynix", 990000.0, 690000.0, "KRW")]


def test_economies_given_as_examples_are_not_the_subject():
    text = ("China's exports rebound\nChina is a pillar of global trade, and how it performs affects supplier and "
            "destination countries from Australia to Zambia. But exports slumped 15 percent in March 2015.")
    assert [(m.value, m.entity) for m in extract(text).metrics] == [(-15.0, "China")]


def test_a_yen_range_written_with_y_is_no_model_name():
    rows = extract("Aeon lifts outlook\n* FY forecast raised to Y190-205 bln range vs Y185 bln consensus. The yen "
                   "figures beat. Nvidia's GPT-5 partner X1.1 launched.").metrics
    assert [(m.low, m.high, m.value, m.unit) for m in rows] == [(1.9e11, 2.05e11, None, "JPY"), (None, None, 1.85e11, "JPY")]


def test_a_broker_that_reports_its_own_results_is_the_company():
    m = extract("HSBC reported third-quarter 2025 pretax profit of $7.3 billion.").metrics[0]
    assert (m.metric, m.entity, m.entity_key, m.ticker, m.attributed_to, m.period) == (
        "operating_profit", "HSBC", "hsbc", "0005.HK", None, "2025Q3")


@pytest.mark.parametrize("text, periods", [
    ("2025年第三季度，腾讯营收为1928.7亿元；净利润为631亿元。", ["2025Q3", "2025Q3"]),
    ("腾讯控股第三季度总收入1928.7亿元。", ["Q3"]),  # 1928.7 is an amount, not a year; no year, no date: "Q3"
    ("招商银行2025年半年度净利润为749.3亿元。", ["2025H1"]),
    ("Revenue was $4.2 billion for the quarter ended Sept. 30, 2025.", ["2025Q3"]),
    ("截至2025年9月30日止季度，友邦保险新业务价值增长25%。", ["2025Q3"]),
])
def test_periods_of_amounts_ended_quarters_half_years_and_after_semicolons(text, periods):
    assert [m.period for m in extract(text).metrics] == periods


@pytest.mark.parametrize("text, expected", [
    ("小米集团盘中跌1.2%。", [("share_price_change", -1.2, "%")]),
    ("阿里巴巴港股午后跌幅扩大至4.3%。", [("share_price_change", -4.3, "%")]),
    ("中国平安归属于母公司股东的营运利润为779亿元。", [("operating_profit", 7.79e10, "CNY")]),
    ("港交所2025年上半年整体收益为140.8亿港元。", [("revenue", 1.408e10, "HKD")]),
    ("Operating margin widened 2 percentage points to 24%.", [("operating_margin_change", 2.0, "pp"), ("operating_margin", 24.0, "%")]),
    ("Capital expenditures, including finance leases, rose 74% to $34.9 billion.", [("capex_growth", 74.0, "%"), ("capex", 3.49e10, "USD")]),
    ("10月制造业采购经理指数为49.0%，比上月下降0.8个百分点。", [("pmi", 49.0, "%"), ("pmi_change", -0.8, "pp")]),
    ("恒指跌235點，收報25,630點。", [("index_change", -235.0, "points"), ("index_level", 25630.0, "points")]),
    ("The Nasdaq Composite dropped 486 points, or 2.1%.", [("index_change", -486.0, "points"), ("index_change", -2.1, "%")]),
    ("金管局基本利率維持4.75厘。", [("rate", 4.75, "%")]),
    ("Nvidia guided fourth-quarter revenue of $65 billion, plus or minus $300 million.", [("revenue", 6.5e10, "USD")]),
    ("The S&P 500 index has 503 constituents.", []),
])
def test_metric_names_moves_and_units(text, expected):
    assert [(m.metric, m.value, m.unit) for m in extract(text).metrics] == expected


def test_floor_and_cap_make_one_range_and_a_range_keeps_the_single_number_it_replaced():
    m = extract("公司拟以不低于50亿元且不超过100亿元的资金回购股份。").metrics
    assert [(x.metric, x.value, x.low, x.high) for x in m] == [("buyback", None, 5e9, 1e10)]
    m = extract("Alphabet raised its capex outlook to between $91 billion and $93 billion from $85 billion.").metrics
    assert [(x.low, x.high, x.prior_value) for x in m] == [(9.1e10, 9.3e10, 8.5e10)]


@pytest.mark.parametrize("text, modality", [
    ("贵州茅台发布业绩预告，预计2025年前三季度净利润同比增长6%。", "actual"),
    ("阿里巴巴未来三年资本开支将超过3800亿元。", "target"),
    ("字节跳动2025年资本开支预计将达到1600亿元。", "forecast"),
    ("Apple will pay a quarterly dividend of 26 cents a share.", "actual"),
])
def test_modality_of_preliminary_results_plans_and_declared_dividends(text, modality):
    assert extract(text).metrics[0].modality == modality


def test_a_prior_rating_in_brackets_is_the_prior():
    r = extract("中金下调腾讯评级至“增持”（此前为“买入”），目标价650港元。").rating_actions[0]
    assert (r.action, r.rating, r.prior_rating) == ("downgrade", "overweight", "buy")


def test_loose_entity_comparison_is_exact_for_gazetteer_names_only():
    from newsflow.extract.evaluate import same_entity_loose

    def row(entity, key=None):
        return {"entity": entity, "entity_key": key}

    assert same_entity_loose(row("consumer prices", "name:consumerprices"), row("US consumer prices"))
    assert same_entity_loose(row("Foreign  Investors", "name:foreigninvestors"), row("foreign investors"))
    # A gazetteer name compares by key: 阿里巴巴 as written is the gold set's Alibaba Group ...
    assert same_entity_loose(row("阿里巴巴", "alibaba"), row("Alibaba Group"))
    # ... and another company's name containing it is no match.
    assert not same_entity_loose(row("Alibaba", "alibaba"), row("Alibaba Health"))
    assert not same_entity_loose(row(None), row("北向资金"))
    assert same_entity_loose(row("紫金黄金国际", "name:紫金黄金国际"), row("黄金国际"))  # containment either way
    assert same_entity_loose(row("恒指", "index:hsi"), row("恒生指数"))  # one index, two names
    assert not same_entity_loose(row("恒生指数", "index:hsi"), row("沪指"))


# --- rules-2: the conventions of the hand-labelled real-news corpus ------------------------------

def test_rows_carry_the_calibrated_confidence_of_their_kind():
    named = only("Tencent's revenue rose 15%.", metric="revenue_growth")
    bare = only("Revenue rose 12% year-on-year.", metric="revenue_growth")
    assert named.confidence == confidence.of("cue/named")
    assert bare.confidence == confidence.of("cue/none") < named.confidence  # a row without its entity is rarely right
    (ra,) = extract("Morgan Stanley upgraded JD.com to overweight from equal-weight.").rating_actions
    assert ra.confidence == confidence.of("rating")
    table = extract("大和列出對科網股的評級及目標價:\n名稱 | 評級 | 目標價\n騰訊控股(00700.HK) | 買入 | 720元")
    assert [m.confidence for m in table.metrics] == [confidence.of("table")]
    assert [r.confidence for r in table.rating_actions] == [confidence.of("table_rating")]


@pytest.mark.parametrize("text, low, high", [
    ("公司净利润逾50亿元。", 5e9, None),
    ("营收超过100亿元。", 1e10, None),
    ("阿里巴巴未来三年资本开支将超3800亿元。", 3.8e11, None),
    ("销量突破10万辆。", 1e5, None),
    ("今年新股集资额多于500亿港元。", 5e10, None),
    ("公司营收高于100亿元。", 1e10, None),
    ("净利润不足5亿元。", None, 5e8),
    ("营收不到3亿元。", None, 3e8),
    ("公司净利润少于1亿元。", None, 1e8),
    ("公司将动用最多50亿元回购股份。", None, 5e9),
    ("公司拟回购股份至多5000万股。", None, 5e7),
    ("回购金额不超过10亿元。", None, 1e9),
    ("回购股份数量不多于1000万股。", None, 1e7),
    ("股价跌逾5%。", None, -5),  # a fall of more than 5%: below -5
])
def test_chinese_bound_words_make_open_ranges(text, low, high):
    (m,) = extract(text).metrics
    assert (m.value, m.low, m.high) == (None, low, high)


@pytest.mark.parametrize("text, metric, value", [
    ("公司计划回购股份，回购价格不超过人民币71.805元/股。", "price", 71.805),  # a capped buyback price is the price
    ("The company expects revenue of more than $5 billion.", "revenue", 5e9),  # English "more than" keeps the value
    ("Revenue grew more than 20% to $5 billion.", "revenue_growth", 20),
])
def test_a_capped_buyback_price_and_english_more_than_keep_the_value(text, metric, value):
    m = only(text, metric=metric)
    assert (m.value, m.low, m.high) == (value, None, None)


def test_a_dividend_per_ten_shares_is_the_amount_printed():
    m = only("工商银行拟每10股派发现金红利1.414元(含税)。", metric="dividend")
    assert (m.value, m.unit, m.entity_key) == (1.414, "CNY", "icbc")


@pytest.mark.parametrize("text", [
    "恒指收升1.2%。腾讯升3.5%，美团跌2.1%。",
    "The Hang Seng Index rose 1.2%. Tencent gained 3.5%, while Meituan lost 2.1%.",
    "In Hong Kong trading, Tencent rose 3.5% and Meituan fell 2.1%.",
])
def test_a_company_move_in_a_market_story_is_its_share_price_change(text):
    moves = [(m.metric, m.value, m.entity_key) for m in extract(text).metrics if m.entity_key in ("tencent", "meituan")]
    assert moves == [("share_price_change", 3.5, "tencent"), ("share_price_change", -2.1, "meituan")]


@pytest.mark.parametrize("text, rows", [
    ("一个月港元拆息升至3.01厘，隔夜拆息报4.00厘。", [("rate", 3.01, "1-month"), ("rate", 4.0, "overnight")]),
    ("隔夜息升至4.00357厘。", [("rate", 4.00357, "overnight")]),
    ("The one-month HIBOR rose to 3.01%, while the overnight HIBOR fell 35 basis points to 4.0%.",
     [("rate", 3.01, "1-month"), ("rate_change", -35, "overnight"), ("rate", 4.0, "overnight")]),
])
def test_hibor_tenors_are_the_basis_of_one_benchmark(text, rows):
    found = extract(text).metrics
    assert [(m.metric, m.value, m.basis) for m in found] == rows
    assert {m.entity_key for m in found} == {"rate:hibor"}
    assert {m.entity for m in found} <= {"拆息", "港元拆息", "HIBOR"}


@pytest.mark.parametrize("text, bank, rows", [
    ("中国人民银行公布，1年期LPR为3.0%，5年期以上LPR为3.5%。", "中国人民银行", [(3.0, "1-year"), (3.5, "5-year and above")]),
    ("The People's Bank of China kept the one-year loan prime rate at 3.0% and the five-year LPR at 3.5%.",
     "People's Bank of China", [(3.0, "1-year"), (3.5, "5-year")]),
])
def test_lpr_belongs_to_the_central_bank_with_its_tenor_as_basis(text, bank, rows):
    found = extract(text).metrics
    assert [(m.value, m.basis) for m in found] == rows
    assert {(m.metric, m.entity, m.entity_key) for m in found} == {("rate", bank, "pboc")}


def test_lpr_tenor_is_the_basis_even_with_no_bank_named():
    found = extract("1年期LPR为3.0%，5年期以上LPR为3.5%。").metrics
    assert [(m.metric, m.value, m.basis) for m in found] == [("rate", 3.0, "1-year"), ("rate", 3.5, "5-year and above")]


@pytest.mark.parametrize("text, published, period", [
    ("腾讯第二季度营收1845亿元。", None, "Q2"),
    ("腾讯第二季度营收1845亿元。", date(2025, 8, 13), "2025Q2"),
    ("Tencent's second-quarter revenue rose 15%.", None, "Q2"),
    ("Tencent's second-quarter revenue rose 15%.", date(2025, 8, 13), "2025Q2"),
    ("比亚迪上半年营业收入3712.8亿元。", None, "H1"),
    ("比亚迪上半年营业收入3712.8亿元。", date(2025, 8, 29), "2025H1"),
    ("恒指9月17日收報26,908點。", date(2025, 9, 18), "2025-09-17"),
    ("2025年9月17日，恒指收報26,908點。", None, "2025-09-17"),
])
def test_a_period_without_a_year_takes_the_publication_year(text, published, period):
    (m,) = extract(text, published=published).metrics
    assert m.period == period


@pytest.mark.parametrize("text, action, rating, prior_rating", [
    ("Barclays downgraded Tesla to equal weight from overweight.", "downgrade", "equal-weight", "overweight"),
    ("RBC cut Apple to sector perform from outperform.", "downgrade", "sector perform", "outperform"),
    ("Wolfe Research downgraded Netflix to peer perform from outperform.", "downgrade", "peer perform", "outperform"),
    ("Raymond James cut Lululemon to market perform from outperform.", "downgrade", "market perform", "outperform"),
    ("伯恩斯坦将京东评级下调至“与大市同步”。", "downgrade", "market perform", None),
    ("Evercore ISI downgraded Intel to in-line from outperform.", "downgrade", "in-line", "outperform"),
    ("BofA lowered its price target on Nike to $80 from $90, keeping a neutral rating.", "cut_target", "neutral", None),
    ("花旗上调港交所目标价至400港元(原目标价343港元)，维持买入评级。", "raise_target", "buy", None),
])
def test_ratings_as_reports_write_them_and_target_moves_under_a_kept_rating(text, action, rating, prior_rating):
    (ra,) = extract(text).rating_actions
    assert (ra.action, ra.rating, ra.prior_rating) == (action, rating, prior_rating)


@pytest.mark.parametrize("text, value, unit, entity", [
    ("In currencies, sterling traded at 1.5320 against the US dollar.", 1.532, "USD", "sterling"),
    ("The euro traded at 1.1750 against the US dollar.", 1.175, "USD", "euro"),
    ("The yuan was quoted at 7.1850 per U.S. dollar.", 7.185, "CNY", "yuan"),  # per dollar: yuan a dollar
    ("离岸人民币兑美元报7.1250。", 7.125, "CNY", "离岸人民币"),
])
def test_a_currency_quoted_against_the_dollar_is_in_the_quoting_currency(text, value, unit, entity):
    m = only(text, metric="fx_rate")
    assert (m.value, m.unit, m.entity) == (value, unit, entity)


@pytest.mark.parametrize("text, expected", [
    ("The pound fell 0.4% against the euro.", [("fx_rate_change", -0.4, "pound")]),
    ("国企指数比恒指多升0.5%。", [("index_change", 0.5, "国企指数")]),
    ("恒指升1%，国企指数较恒指多升0.5%。", [("index_change", 1.0, "恒指"), ("index_change", 0.5, "国企指数")]),
])
def test_what_a_value_is_compared_with_owns_none_of_it(text, expected):
    assert [(m.metric, m.value, m.entity) for m in extract(text).metrics] == expected


@pytest.mark.parametrize("text, unit", [
    ("騰訊(00700)股價收報620元，升2.1%。", "HKD"),  # a Hong Kong stock's bare 元
    ("TENCENT (00700.HK) closed at $620, up 2.1%.", "HKD"),  # and its bare $
    ("港股通｜腾讯控股(00700)收报$620，升2.1%。", "HKD"),
    ("贵州茅台(600519)股价收报1500元。", "CNY"),
    ("Apple (AAPL) closed at $230, up 2.1%.", "USD"),
])
def test_a_bare_yuan_or_dollar_is_the_currency_of_the_stock_market(text, unit):
    assert only(text, metric="share_price").unit == unit


def test_a_currency_declaration_holds_for_the_rest_of_the_text():
    # A Hong Kong stock's bare 元 is HKD until the text declares its currency "(人民币.下同)".
    hk = extract("小米集团(01810)中期收入为1159.6亿元，经调整净利润为108.3亿元。").metrics
    assert [(m.metric, m.unit) for m in hk] == [("revenue", "HKD"), ("net_profit", "HKD")]
    declared = extract("小米集团(01810)中期收入为1159.6亿元(人民币.下同)，经调整净利润为108.3亿元。").metrics
    assert [(m.metric, m.value, m.unit) for m in declared] == [("revenue", 1.1596e11, "CNY"), ("net_profit", 1.083e10, "CNY")]


def test_a_broker_target_table_gives_one_action_and_one_target_per_row():
    # AASTOCKS style: an intro naming the broker, a header, then "name(code) [quote string] | rating | target".
    text = ("瑞銀列出對內地保險股的評級及目標價如下:\n股份 | 評級 | 目標價(港元)\n"
            "中國平安(02318.HK) +0.350 (+0.612%) 沽空 $2.15億; 比率 18.250% | 買入 | 60元 -> 65元\n"
            "友邦保險(01299.HK) -0.400 (-0.588%) 沽空 $1.02億; 比率 9.875% | 買入 | 95元\n"
            "中國人壽(02628.HK) | 中性 | 22元 -> 20元")
    x = extract(text)
    assert [(r.broker, r.broker_key, r.company_key, r.ticker, r.action, r.rating, r.target_price, r.prior_target_price,
             r.currency) for r in x.rating_actions] == [
        ("瑞銀", "ubs", "ping_an", "2318.HK", "raise_target", "buy", 65, 60, "HKD"),
        ("瑞銀", "ubs", "aia", "1299.HK", "maintain", "buy", 95, None, "HKD"),
        ("瑞銀", "ubs", "china_life", "2628.HK", "cut_target", "neutral", 20, 22, "HKD")]
    # A Chinese target is a metric too; the inline quote strings are no figures.
    assert [(m.metric, m.value, m.prior_value, m.unit, m.entity_key, m.attributed_to) for m in x.metrics] == [
        ("target_price", 65, 60, "HKD", "ping_an", "瑞銀"), ("target_price", 95, None, "HKD", "aia", "瑞銀"),
        ("target_price", 20, 22, "HKD", "china_life", "瑞銀")]


def test_a_target_table_without_its_broker_still_gives_the_actions():
    x = extract("名稱 | 評級 | 目標價\n騰訊控股(00700.HK) | 買入 | 720元\n美團-W(03690.HK) | 持有 | 110元 -> 100元")
    assert [(r.company_key, r.action, r.rating, r.target_price, r.prior_target_price, r.currency) for r in x.rating_actions] == [
        ("tencent", "maintain", "buy", 720, None, "HKD"), ("meituan", "cut_target", "hold", 100, 110, "HKD")]


@pytest.mark.parametrize("text, metric, value, entity, key", [
    ("Acacia shares jumped 31.5% after the company won a patent ruling.", "share_price_change", 31.5, "Acacia", "name:acacia"),
    ("Among the FTSE 100 risers was Melrose, up 12.2p at 240p.", "share_price_change", 0.122, "Melrose", "name:melrose"),
    ("Acme Robotics Inc (NASDAQ:ACMR) shares rose 5.2% to $41.30.", "share_price_change", 5.2, "Acme Robotics Inc",
     "ticker:ACMR"),
    ("Harbour Energy PLC shares fell 3.1%.", "share_price_change", -3.1, "Harbour Energy PLC", "name:harbourenergy"),
    ("Acme Robotics Inc. reported revenue of $120 million.", "revenue", 1.2e8, "Acme Robotics Inc", "name:acmerobotics"),
    ("理文造纸(02314.HK)股价升4.5%，收报3.2元。", "share_price_change", 4.5, "理文造纸", "ticker:2314.HK"),
])
def test_companies_outside_the_gazetteer_are_named_as_written(text, metric, value, entity, key):
    m = only(text, metric=metric)
    assert (m.value, m.entity, m.entity_key) == (pytest.approx(value), entity, key)


def test_a_legal_name_and_its_short_form_are_one_company():
    rows = extract("Acme Robotics Inc. reported revenue of $120 million. Acme Robotics shares rose 4%.").metrics
    assert [(m.metric, m.entity_key) for m in rows] == [("revenue", "name:acmerobotics"), ("share_price_change", "name:acmerobotics")]


@pytest.mark.parametrize("text, broker_key", [
    ("药明获瑞银上调目标价至100港元，维持“买入”评级。", "ubs"),
    ("药明获华岳证券上调目标价至100港元，维持“买入”评级。", "name:华岳证券"),
])
def test_the_company_before_huo_is_rated_by_the_broker_after_it(text, broker_key):
    (ra,) = extract(text).rating_actions
    assert (ra.company, ra.company_key, ra.broker_key, ra.action, ra.rating, ra.target_price) == (
        "药明", "name:药明", broker_key, "raise_target", "buy", 100)
    assert only(text, metric="target_price").entity_key == "name:药明"


@pytest.mark.parametrize("text, expected", [
    ("沪深两市成交额分别为5469亿元和6992亿元。", [("turnover", 5.469e11, "沪市", None), ("turnover", 6.992e11, "深市", None)]),
    ("中、小型企业PMI分别为49.6%和47.7%。", [("pmi", 49.6, "中型企业", None), ("pmi", 47.7, "小型企业", None)]),
    ("华岳证券预计，腾讯2025年至2027年经调整净利润分别为2650亿、2980亿、3300亿元。",
     [("net_profit", 2.65e11, "腾讯", "2025"), ("net_profit", 2.98e11, "腾讯", "2026"), ("net_profit", 3.3e11, "腾讯", "2027")]),
])
def test_respective_lists_pair_values_with_names_and_periods_in_order(text, expected):
    assert [(m.metric, m.value, m.entity, m.period) for m in extract(text).metrics] == expected


def test_priors_written_beside_their_figures():
    text = ("In the second quarter, profit at the retailer rose to $162 million, or $0.95 a share, "
            "from $110 million, or $0.65 a share, a year earlier.")
    assert [(m.metric, m.value, m.prior_value) for m in extract(text).metrics] == [
        ("net_profit", 1.62e8, 1.1e8), ("eps", 0.95, 0.65)]
    text = "花旗上调比亚迪目标价至380港元(原目标价343港元)，评级买入。"
    tp = only(text, metric="target_price")
    assert (tp.value, tp.prior_value, tp.entity_key) == (380, 343, "byd")
    (ra,) = extract(text).rating_actions
    assert (ra.action, ra.target_price, ra.prior_target_price) == ("raise_target", 380, 343)
    fx = only("The yuan was 0.07 percent firmer than its previous close of 6.4369, quoted at 6.4327 per U.S. dollar.",
              metric="fx_rate")
    assert (fx.value, fx.prior_value, fx.unit) == (6.4327, 6.4369, "CNY")


@pytest.mark.parametrize("text, expected", [
    ("花旗发表研究报告，重申对腾讯控股(00700)的“买入”评级。该行将其目标价由680港元上调至720港元。",
     ("citi", "tencent", "raise_target", "buy", None, 720, 680, "HKD")),
    ("摩根大通发表报告，将小米集团(01810)评级由“中性”升至“增持”。目标价由45港元上调至60港元。",
     ("jpmorgan", "xiaomi", "upgrade", "overweight", "neutral", 60, 45, "HKD")),
    ("Citi reiterated its buy rating on Tencent Holdings. The broker raised its price target to HK$720 from HK$680.",
     ("citi", "tencent", "raise_target", "buy", None, 720, 680, "HKD")),
    ("Jefferies initiated coverage of Pop Mart with a buy rating. Its price target is HK$300.",
     ("jefferies", "pop_mart", "initiate", "buy", None, 300, None, "HKD")),
])
def test_a_rating_and_its_target_in_consecutive_sentences_are_one_action(text, expected):
    (ra,) = extract(text).rating_actions
    assert (ra.broker_key, ra.company_key, ra.action, ra.rating, ra.prior_rating, ra.target_price, ra.prior_target_price,
            ra.currency) == expected


@pytest.mark.parametrize("text", [SEED_EN, SEED_ZH])
def test_seed_story_target_is_goldmans_raise_on_the_us_listing(text):
    (ra,) = extract(text).rating_actions
    assert (ra.broker_key, ra.company_key, ra.ticker, ra.action, ra.rating) == (
        "goldman_sachs", "alibaba", "BABA", "raise_target", "buy")
    assert (ra.target_price, ra.prior_target_price, ra.currency) == (179, 163, "USD")


def test_seed_story_target_is_a_metric_only_in_chinese():
    assert not any(m.metric == "target_price" for m in extract(SEED_EN).metrics)
    tp = only(SEED_ZH, metric="target_price")
    assert (tp.value, tp.prior_value, tp.unit, tp.ticker, tp.entity_key) == (179, 163, "USD", "BABA", "alibaba")


def test_seed_story_token_count_is_scaled_and_counted_in_tokens():
    tokens = only(SEED_EN, metric="token_consumption")
    assert (tokens.value, tokens.unit, text_of(SEED_EN, tokens)) == (1.02e13, "tokens", "10.2 trillion tokens")


def test_seed_article_growth_figures():
    if not SEED.exists():
        pytest.skip(f"seed article not found at {SEED}")
    rows = extract(SEED.read_text(encoding="utf-8")).metrics
    got = {(m.metric, m.value, m.low, m.high, m.prior_low, m.prior_high, m.unit, m.basis) for m in rows}
    assert ("token_consumption_growth", 363, None, None, None, None, "%", "hoh") in got  # against the second half of 2024
    assert ("capex_growth", 39, None, None, None, None, "%", "yoy") in got
    assert ("growth", None, 30, 32, 28, 30, "%", None) in got  # 28%-30% to 30%-32%
    assert ("share", 5, None, None, None, None, "%", None) in got  # 5% of the global total



@pytest.mark.parametrize(("text", "expected"), [
    ("Keystone keeps Intel at Underweight after Nvidia deal, target $24 from $21",
     ("Keystone", "intel", "raise_target", "underweight", 24, 21)),
    ("Morgan Stanley keeps Apple at Overweight after the Samsung launch, target $250 from $240",
     ("Morgan Stanley", "apple", "raise_target", "overweight", 250, 240)),
    ("Harbor Capital upgraded Alibaba Group to Buy following Tencent's results, with a $185 target.",
     ("Harbor Capital", "alibaba", "upgrade", "buy", 185, None)),
])
def test_the_rated_company_is_the_rating_verbs_object_not_a_company_named_later(text, expected):
    (ra,) = extract(text).rating_actions
    assert (ra.broker, ra.company_key, ra.action, ra.rating, ra.target_price, ra.prior_target_price) == expected


def test_a_rating_is_no_broker():
    text = ("Citi lifts its Tencent Holdings target to HK$720 from HK$680 after the results.\n\n"
            "Rating kept at Buy.")
    (ra,) = extract(text).rating_actions  # the second line completes Citi's action: no broker called "Buy"
    assert (ra.broker_key, ra.company_key, ra.rating, ra.target_price) == ("citi", "tencent", "buy", 720)


@pytest.mark.parametrize(("text", "expected"), [
    ("The group expects to earn $4.10 per share to $4.40 per share this year.", [("eps", None, 4.1, 4.4, None, "USD")]),
    ("It now sees pretax profit between £410 million ($520 million) and £440 million, down from £480 million.",
     [("operating_profit", 5.2e8, None, None, None, "USD"), ("operating_profit", None, 4.1e8, 4.4e8, 4.8e8, "GBP")]),
])
def test_a_range_keeps_its_ends_across_a_repeated_unit_or_a_conversion_in_brackets(text, expected):
    assert [(m.metric, m.value, m.low, m.high, m.prior_value, m.unit) for m in extract(text).metrics] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("公司上半年实现营业收入和归母净利润分别为86亿元和9.5亿元，分别同比增长12%和18%。",
     [("revenue", 8.6e9), ("net_profit", 9.5e8), ("revenue_growth", 12), ("net_profit_growth", 18)]),
    ("营收和净利润分别同比增长7.5%、4.2%。", [("revenue_growth", 7.5), ("net_profit_growth", 4.2)]),
    ("Revenue, operating profit and net income grew 10%, 8% and 5%, respectively.",
     [("revenue_growth", 10), ("operating_profit_growth", 8), ("net_profit_growth", 5)]),
])
def test_listed_metric_words_take_their_values_respectively(text, expected):
    assert [(m.metric, m.value) for m in extract(text).metrics] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Revenue decreased by $40 million to $1.2 billion.", [("revenue_change", -4e7), ("revenue", 1.2e9)]),
    ("个人贷款净减少244亿元,消费贷/经营贷/信用卡分别减少27亿/207亿/23亿元。",
     [(None, -2.44e10), (None, -2.7e9), (None, -2.07e10), (None, -2.3e9)]),
])
def test_an_amount_moved_by_is_a_signed_change(text, expected):
    assert [(m.metric, m.value) for m in extract(text).metrics] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Peel Hunt raises Greggs price target to 2,950 (2,700) pence - 'buy'",
     ("Peel Hunt", "Greggs", "raise_target", "buy", None, 29.5, 27.0, "GBP")),
    ("Numis cuts Halma to 'hold' (buy) - price target 2,400 (2,650) pence",
     ("Numis", "Halma", "downgrade", "hold", "buy", 24.0, 26.5, "GBP")),
    ("Shore Capital starts Card Factory with 'buy'",
     ("Shore Capital", "Card Factory", "initiate", "buy", None, None, None, None)),
    ("Berenberg cuts JD Wetherspoon price target to 760 (800) pence - 'hold'",  # not JD.com
     ("Berenberg", "JD Wetherspoon", "cut_target", "hold", None, 7.6, 8.0, "GBP")),
])
def test_a_london_broker_list_line_is_one_rating_action(text, expected):
    (ra,) = extract(text).rating_actions
    assert (ra.broker, ra.company, ra.action, ra.rating, ra.prior_rating, ra.target_price, ra.prior_target_price,
            ra.currency) == expected


def test_a_roundup_sentence_with_several_brokers_gives_one_action_each():
    text = ("首次覆盖方面，本周共有40次首次覆盖：东兴证券(601198)给予长安汽车(000625)“推荐”评级，"
            "国联证券给予海天味业“买入”评级，华安证券则给予伊利股份(600887)“增持”评级。")
    got = [(ra.broker, ra.company, ra.action, ra.rating) for ra in extract(text).rating_actions]
    assert got == [("东兴证券", "长安汽车", "initiate", "outperform"), ("国联证券", "海天味业", "initiate", "buy"),
                   ("华安证券", "伊利股份", "initiate", "overweight")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Sun Pharma's net profit rose 12 per cent to Rs 2,100 crore.", [("net_profit_growth", 12, "%"), ("net_profit", 2.1e10, "INR")]),
    ("Infosys closed at Rs.1,480.50, down 1.2 percent.", [("share_price", 1480.5, "INR"), ("share_price_change", -1.2, "%")]),
    ("公司上半年营收为 12.4 亿元，毛利率同比下降 1.5pct 至 35.2%。",
     [("revenue", 1.24e9, "CNY"), ("gross_margin_change", -1.5, "pp"), ("gross_margin", 35.2, "%")]),
    ("The new target implies downside of 9% from Friday's close.", [("upside", -9, "%")]),
    ("港股收市，渣打(02888)瀉4.2%。", [("share_price_change", -4.2, "%")]),
])
def test_rupees_spaced_chinese_figures_implied_moves_and_hong_kong_slang(text, expected):
    assert [(m.metric, m.value, m.unit) for m in extract(text).metrics] == expected


def test_a_six_digit_code_is_an_a_share_not_a_hong_kong_listing():
    (m,) = extract("新洋丰(000902)上半年净利润8.1亿元。").metrics
    assert m.ticker == "000902.SZ" and m.entity == "新洋丰"


def test_a_legal_name_is_a_company_and_its_short_form_too():
    rows = extract("Brightline Freight Holdings Inc. reported revenue of $310 million. "
                   "Brightline Freight also raised its dividend 5%.").metrics
    assert {m.entity_key for m in rows} == {rows[0].entity_key} and rows[0].entity.startswith("Brightline Freight")


@pytest.mark.parametrize("table", [
    "|年份|营业收入(百万元)|同比增长率(%)|归母净利润(百万元)|市盈率|\n|2024|3,620|-9.7|507|22|\n|2025E|4,150|14.6|620|18|",
    "|指标|2024A|2025E|\n|---|---|---|\n|营业收入(百万元)|3,620|4,150|\n|同比增长率(%)|-9.7|14.6|\n"
    "|归母净利润(百万元)|507|620|\n|市盈率|22|18|",
])
def test_a_brokers_summary_table_gives_a_row_per_metric_and_year(table):
    text = "国联证券维持海天味业(603288)“买入”评级。\n" + table
    got = {(m.metric, m.value, m.unit, m.period, m.entity) for m in extract(text).metrics}
    assert got == {("revenue", 3.62e9, "CNY", "2024", "海天味业"), ("revenue_growth", -9.7, "%", "2024", "海天味业"),
                   ("net_profit", 5.07e8, "CNY", "2024", "海天味业"), ("pe_ratio", 22, "x", "2024", "海天味业"),
                   ("revenue", 4.15e9, "CNY", "2025", "海天味业"), ("revenue_growth", 14.6, "%", "2025", "海天味业"),
                   ("net_profit", 6.2e8, "CNY", "2025", "海天味业"), ("pe_ratio", 18, "x", "2025", "海天味业")}


@pytest.mark.parametrize(("text", "expected"), [
    ("预计公司2025-2027年归母净利润分别为4.1/4.6/5.2亿元，对应PE分别为18/16/14倍。",
     [("net_profit", 4.1e8, "CNY", "2025"), ("net_profit", 4.6e8, "CNY", "2026"), ("net_profit", 5.2e8, "CNY", "2027"),
      ("pe_ratio", 18, "x", "2025"), ("pe_ratio", 16, "x", "2026"), ("pe_ratio", 14, "x", "2027")]),
    ("恒指收报24100点，跌穿250天线（约24350），跌310点。",
     [("index_level", 24100, "points", None), ("index_change", -310, "points", None)]),
])
def test_valuation_multiples_and_moving_averages(text, expected):
    assert [(m.metric, m.value, m.unit, m.period) for m in extract(text).metrics] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The load factor was 81.2 percent, slightly higher than 80.5 percent a year earlier.", [(81.2, 80.5)]),
    ("Sales were $2.3 billion, lower than the $2.5 billion analysts expected.", [(2.3e9, None), (2.5e9, None)]),
])
def test_a_comparison_gives_an_earlier_value_but_an_estimate_does_not(text, expected):
    assert [(m.value, m.prior_value) for m in extract(text).metrics] == expected


def test_a_list_in_capitals_reads_as_a_list_of_broker_actions():
    text = ("Analyst actions on London stocks:\n"
            "- NUMIS CUTS GREGGS TO 'HOLD' ('BUY') - TARGET 2600 (2900) PENCE\n"
            "- PEEL HUNT STARTS CARD FACTORY AT 'BUY' - TARGET 130 PENCE")
    got = [(ra.company, ra.action, ra.rating, ra.prior_rating, ra.target_price, ra.prior_target_price)
           for ra in extract(text).rating_actions]
    assert got == [("GREGGS", "downgrade", "hold", "buy", 26.0, 29.0), ("CARD FACTORY", "initiate", "buy", None, 1.3, None)]


def test_a_sector_index_owns_its_move():
    rows = extract("The Sensex fell 0.4 percent, while the metal index rose 184.52 points.").metrics
    assert [(m.entity, m.value) for m in rows] == [("Sensex", -0.4), ("metal index", 184.52)]


@pytest.mark.parametrize(("text", "expected"), [
    ("据此将2025E-2027E归母净利预测上调至5.2/6.1/7.0亿元(原值5.0/6.1/6.8亿元)。",
     [(5.2e8, 5.0e8, "2025"), (6.1e8, 6.1e8, "2026"), (7.0e8, 6.8e8, "2027")]),
    ("销售、管理费用率分别降至5.5%/8.1%。", [(5.5, None, None), (8.1, None, None)]),  # levels, not falls
    ("收入分别下降3%、5%和7%。", [(-3, None, None), (-5, None, None), (-7, None, None)]),
])
def test_lists_keep_their_years_earlier_values_and_direction(text, expected):
    assert [(m.value, m.prior_value, m.period) for m in extract(text).metrics] == expected


def test_energy_and_lockup_figures_have_their_units():
    rows = extract("一季度公司上网电量12.5亿千瓦时；限售股解禁数量3.2亿股。").metrics
    assert [(m.metric, m.value, m.unit) for m in rows] == [("power_generation", 1.25e9, "kWh"), ("lockup_expiry", 3.2e8, "shares")]


@pytest.mark.parametrize(("text", "unit"), [
    ("Royal Bank of Canada posted quarterly earnings of $4.1 billion.", "CAD"),
    ("The Toronto-listed lender said TSX trading was strong, and Bank of Canada held rates; TD Bank earned $3.2 billion.", "CAD"),
    ("BHP reported underlying profit of $US3.7 billion.", "USD"),
])
def test_a_bare_dollar_is_the_dollar_of_the_companys_market(text, unit):
    (m,) = [m for m in extract(text).metrics if m.value and m.value > 1e9]
    assert m.unit == unit


def test_a_sentence_of_targets_by_several_brokers_gives_each_its_company():
    text = ("其中，国泰君安给予宁德时代的最高目标价为420.00元，中信证券给予比亚迪的最高目标价为380.00元，"
            "中国国际金融给予美的集团的最高目标价为95.00元。")
    got = [(ra.broker, ra.company, ra.target_price) for ra in extract(text).rating_actions]
    assert got == [("国泰君安", "宁德时代", 420.0), ("中信证券", "比亚迪", 380.0), ("中国国际金融", "美的集团", 95.0)]


def test_the_parts_of_a_retail_release_own_their_figures():
    text = "国家统计局公布，10月份社会消费品零售总额35534亿元，同比增长8.6%。其中，城镇消费品零售额30601亿元，增长8.4%；乡村消费品零售额4934亿元，增长9.7%。"
    got = [(m.entity, m.value) for m in extract(text).metrics if m.value in (3.0601e12, 4.934e11)]
    assert got == [("城镇", 3.0601e12), ("乡村", 4.934e11)]


def test_a_central_banks_story_keeps_its_figures_from_a_company_named_in_passing():
    text = ("Bank of England holds rates\n\nThe Bank of England kept Bank Rate at 0.25%. One member, who worked at "
            "Barclays (NYSE:BCS), left in March.\n\nThe Bank now expects growth of 1.7% this year, up from 1.6%.")
    (m,) = [m for m in extract(text).metrics if m.value == 1.7]
    assert m.entity_key == "bank_of_england" or m.entity == "Bank of England"


def test_a_known_company_that_opens_a_brokers_name_is_the_broker():
    (ra,) = extract("CMB Securities lifted its target on Meituan to HKD 151 from HKD 148, keeping Hold.").rating_actions
    assert (ra.broker, ra.company, ra.target_price, ra.prior_target_price) == ("CMB Securities", "Meituan", 151, 148)


@pytest.mark.parametrize(("text", "expected"), [
    ("- Revenue rose 6% to £186.7 million (H1 2019: £176.8 million)", [(6, None), (1.867e8, 1.768e8)]),
    ("Management now sees earnings of 88 to 95 cents a share.", [((0.88, 0.95), None)]),
    ("SoftBank agreed to buy ARM for GBP24.3 bln.", [(2.43e10, None)]),
])
def test_uk_results_brackets_cents_ranges_and_bln(text, expected):
    assert [(m.value if m.value is not None else (m.low, m.high), m.prior_value) for m in extract(text).metrics] == expected


def test_a_target_without_a_currency_is_in_the_markets_money_and_a_roundups_heading_is_no_name():
    text = ("Applied Materials Target Price Cuts (AMAT)\n\n"
            "· Needham kept its Buy rating while cutting its AMAT target price from 172 to 130.")
    (ra,) = extract(text).rating_actions
    assert (ra.company, ra.action, ra.target_price, ra.prior_target_price, ra.currency) == \
        ("Applied Materials", "cut_target", 130, 172, "USD")


def test_a_passive_rating_action_names_its_company():
    (ra,) = extract('Tesco, the UK grocer, was cut to "underweight" from "neutral" by HSBC.').rating_actions
    assert (ra.broker, ra.company, ra.action, ra.rating) == ("HSBC", "Tesco", "downgrade", "underweight")


@pytest.mark.parametrize(("text", "expected"), [
    ("预计24 - 26年归母净利润为-1.11/0.61/1.22亿元，对应25 - 26年PE为52/26X。",
     [(-1.11e8, "CNY", "2024"), (6.1e7, "CNY", "2025"), (1.22e8, "CNY", "2026"), (52, "x", "2025"), (26, "x", "2026")]),
    ("2023 - 2025年营业总收入(百万)依次为4900/3993/4148。",
     [(4.9e9, "CNY", "2023"), (3.993e9, "CNY", "2024"), (4.148e9, "CNY", "2025")]),
    ("销售/管理费用率同比+3.3/+0.8pcts。", [(3.3, "pp", None), (0.8, "pp", None)]),
])
def test_research_digest_lists_take_their_years_scale_and_units(text, expected):
    assert [(m.value, m.unit, m.period) for m in extract(text).metrics] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("预计24/25/26年营业收入分别为12.1/14.6/17.9亿元。", [(1.21e9, "2024"), (1.46e9, "2025"), (1.79e9, "2026")]),
    ("预测2026、2027、2028年每股收益分别为1.02、1.25、1.49元。", [(1.02, "2026"), (1.25, "2027"), (1.49, "2028")]),
])
def test_a_list_of_years_gives_each_value_its_year(text, expected):
    assert [(m.value, m.period) for m in extract(text).metrics] == expected


def test_a_bracketed_previous_estimate_is_the_prior():
    rows = extract("我们预计2026年归母净利润8.35亿元(前值7.90亿元)，2027年9.60亿元(前值9.12亿元)。").metrics
    assert [(m.value, m.prior_value, m.period) for m in rows] == [(8.35e8, 7.9e8, "2026"), (9.6e8, 9.12e8, "2027")]


def test_a_research_reports_header_names_its_company_and_a_section_heading_does_not():
    text = ("张明 某某证券\n长城汽车 汽车整车行业 2024-04-28\n"
            "投资要点：公司一季度营收427亿元，同比增长12%。去年全年公司营收1733亿元。")
    rows = extract(text).metrics
    assert {m.entity for m in rows} == {"长城汽车"}
    assert [m.period for m in rows if m.value == 1.733e11] == ["2023"]  # 去年: the year before the header's date


def test_a_statistics_table_gives_each_item_its_level_and_growth():
    text = ("2024年1-3季度国内生产总值初步核算结果如下：\n"
            "| 表1:2024年1-3季度分行业增加值 | | |\n"
            "| 绝对额(亿元) | 比上年同期增长(%) | |\n"
            "| 第一产业 | 57733 | 3.4 |\n"
            "| 建筑业 | 58561 | 3.2 |\n"
            "| 注:增长速度按不变价计算。 | | |\n")
    rows = [(m.entity, m.metric, m.value, m.unit, m.period, m.basis) for m in extract(text).metrics]
    assert rows == [("第一产业", "value_added", 5.7733e12, "CNY", "2024Q1-Q3", None),
                    ("第一产业", "value_added_growth", 3.4, "%", "2024Q1-Q3", "yoy"),
                    ("建筑业", "value_added", 5.8561e12, "CNY", "2024Q1-Q3", None),
                    ("建筑业", "value_added_growth", 3.2, "%", "2024Q1-Q3", "yoy")]


def test_a_results_table_gives_the_companys_figures_with_their_year_earlier_values():
    text = ("海天味业(603288)发布2024年度业绩快报。\n"
            "| 项目 | 本报告期(万元) | 上年同期(万元) | 增减变动幅度(%) |\n"
            "|---|---|---|---|\n"
            "| 营业总收入 | 2,690,120.5 | 2,455,893.2 | 9.54 |\n"
            "| 基本每股收益(元) | 1.15 | 1.02 | 12.75 |\n")
    rows = [(m.entity, m.metric, m.value, m.prior_value, m.unit) for m in extract(text).metrics]
    assert rows == [("海天味业", "revenue", 2.6901205e10, 2.4558932e10, "CNY"),
                    ("海天味业", "revenue_growth", 9.54, None, "%"),
                    ("海天味业", "eps", 1.15, 1.02, "CNY"),
                    ("海天味业", "eps_growth", 12.75, None, "%")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Exports rose 5.2 percent in the first seven months of 2024.", "2024-01..07"),
    ("2024年前7个月出口增长5.2%。", "2024-01..07"),
    ("2024年前三个月出口增长5.2%。", "2024Q1"),
    ("2024年1-3季度出口增长5.2%。", "2024Q1-Q3"),
])
def test_the_first_months_of_a_year_are_a_span_of_months(text, expected):
    (m,) = extract(text).metrics
    assert m.period == expected


def test_a_us_dateline_dates_the_months_it_names():
    (m,) = extract("12/16/2025\nNonfarm payrolls rose by 64,000 in November.").metrics
    assert m.period == "2025-11"


def test_a_year_earlier_value_after_from_is_the_prior():
    (m,) = extract("毛利率由去年同期的41.2%升至44.9%。").metrics
    assert (m.value, m.prior_value) == (44.9, 41.2)


@pytest.mark.parametrize(("text", "expected"), [
    ("Kestrel Airlines jumped 6% after Morgan Stanley raised the stock to Overweight.", ("upgrade", "overweight")),
    ("Jefferies cut Burberry to Hold, citing weaker demand.", ("downgrade", "hold")),
    ("HSBC cut its target on Hang Lung to HK$30. Despite the downgrade, HSBC chose to keep a buy rating on the stock.",
     ("cut_target", "buy")),
])
def test_a_rating_moved_without_the_word_upgrade_and_one_kept_despite_it(text, expected):
    (ra,) = extract(text).rating_actions
    assert (ra.action, ra.rating) == expected


def test_brokers_listed_together_take_their_targets_in_order_and_the_storys_company():
    text = ("Harbor Foods (NYSE: HBF) fell 12% after results. Harbor Foods also said Dunmore Capital (NYSE: DNM) sold "
            "its stake.\n\nHarbor Foods shares stand at $20.\n\n"
            "UBS and Barclays lowered their ratings to Sell (with price targets of $15 and $17 respectively).")
    got = [(ra.broker, ra.company, ra.target_price) for ra in extract(text).rating_actions]
    assert got == [("UBS", "Harbor Foods", 15), ("Barclays", "Harbor Foods", 17)]


def test_an_outlet_that_reports_and_an_index_that_describes_name_no_owner():
    text = ("Kestrel Foods said it is bringing back its dividend.\n\n"
            "The FTSE 100 food group proposed a 4p per share dividend, City AM reported.\n\n"
            "The shares jumped 9% in early trading.")
    assert [(m.entity, m.value) for m in extract(text).metrics] == [("Kestrel Foods", 0.04), ("Kestrel Foods", 9)]


def test_a_time_of_day_before_a_move_is_no_company():
    (price,) = [m for m in extract("安踏体育(02020.HK)中午升逾6%，报108.1元。").metrics if m.metric == "share_price"]
    assert price.entity == "安踏体育"


def test_a_figure_cut_by_a_hard_wrap_is_read_whole():
    text = ("考虑到公司未来三年业绩复合增速约为12%，给予公司2025年18倍的PE估值，目标价5.\n"
            "62元，维持\"增持\"评级。我们预计公司20\n25-2027年的EPS分别为0.31,0.35和0.40元。")
    rows = [(m.metric, m.value) for m in extract(text).metrics if m.metric in ("target_price", "eps")]
    assert rows == [("target_price", 5.62), ("eps", 0.31), ("eps", 0.35), ("eps", 0.40)]
    assert [m.period for m in extract(text).metrics if m.metric == "eps"] == ["2025", "2026", "2027"]


@pytest.mark.parametrize(("text", "expected"), [
    ("管理费用率由2024年四季度的11%升至13%。", (13, 11, None)),
    ("预计24年ROE为12.5%，相较23年的8.1%明显改善。", (12.5, None, "2024")),
])
def test_an_earlier_quarters_level_is_the_prior_and_a_two_digit_year_a_year(text, expected):
    m = extract(text).metrics[0]
    assert (m.value, m.prior_value, m.period) == expected


def test_a_buyback_range_with_inclusive_marks_and_the_word_maihui():
    rows = extract("公司拟以不低于人民币3,000万元(含)且不超过人民币6,000万元(含)的自有资金买回公司股份。").metrics
    assert [(m.metric, m.low, m.high, m.unit) for m in rows] == [("buyback", 3e7, 6e7, "CNY")]


def test_a_hong_kong_papers_shanghai_close_is_in_yuan():
    (turnover,) = [m for m in extract("上證指數收報3,120點，跌1.2%，成交4,512億元。").metrics if m.metric == "turnover"]
    assert turnover.unit == "CNY"


def test_the_categories_of_a_price_release_own_their_moves():
    text = "国家统计局公布，10月份全国居民消费价格同比上涨0.2%。分类别看，食品价格下降1.1%，服务价格上涨0.6%。分城乡看，城市上涨0.3%，农村下降0.1%。"
    assert [(m.entity, m.value) for m in extract(text).metrics] == [
        ("中国", 0.2), ("食品", -1.1), ("服务", 0.6), ("城市", 0.3), ("农村", -0.1)]


@pytest.mark.parametrize(("text", "expected"), [
    ("该行把公司今年、明年及2027年的盈利预测分别下调8%、6%及5%。", [(-8, "2025"), (-6, "2026"), (-5, "2027")]),
    ("该行调低集团2026至28财年的盈利预测，分别下调9.1%、6.2%及3.3%。", [(-9.1, "2026"), (-6.2, "2027"), (-3.3, "2028")]),
])
def test_relative_years_and_a_fiscal_span_give_each_value_its_year(text, expected):
    assert [(m.value, m.period) for m in extract(text).metrics] == expected


def test_a_target_cut_written_in_traditional_script_keeps_the_rating():
    (ra,) = extract("摩根大通：信義玻璃(00868.HK)目標價下調至9港元 評級增持").rating_actions
    assert (ra.action, ra.rating, ra.target_price) == ("cut_target", "overweight", 9)


def test_a_periodic_reports_table_in_columns_gives_each_line_its_prior_and_change():
    text = ("公司代码:600100 公司简称:同方股份\n同方股份有限公司\n2024 年半年度报告摘要\n"
            "2.1 公司主要财务数据\n单位:元 币种:人民币\n本报告期 上年同期 本报告期比上年同期增减(%)\n"
            "营业收入 5,200,000,000.00 4,800,000,000.00 8.33\n"
            "归属于上市公司股 310,000,000.50 250,000,000.00 24.00\n东的净利润\n"
            "加权平均净资产收 4.10 3.60 增加0.50个百分点\n益率(%)\n")
    rows = [(m.metric, m.value, m.prior_value, m.unit, m.period) for m in extract(text).metrics]
    assert rows == [("revenue", 5.2e9, 4.8e9, "CNY", "2024H1"), ("revenue_growth", 8.33, None, "%", "2024H1"),
                    ("net_profit", 310000000.5, 2.5e8, "CNY", "2024H1"), ("net_profit_growth", 24.0, None, "%", "2024H1"),
                    ("roe", 4.1, 3.6, "%", "2024H1"), ("roe_change", 0.5, None, "pp", "2024H1")]


def test_a_companys_business_owns_the_figures_its_clause_gives():
    text = "中恒电气 电力设备行业 2024-08-30\n公司输配电业务营收42.1亿元，同比增长18%；储能业务营业收入9.6亿元，同比增长55%。公司营收70亿元。"
    assert [(m.entity, m.value) for m in extract(text).metrics] == [
        ("输配电", 4.21e9), ("输配电", 18), ("储能", 9.6e8), ("储能", 55), ("中恒电气", 7e9)]


def test_a_title_that_names_its_company_by_the_bare_code():
    (m,) = extract("688111 2024年年报财务分析\n2024年公司营业总收入8.2亿元。").metrics
    assert m.entity == "688111"


def test_a_listed_broker_quoted_with_its_code_is_the_company_rated():
    text = ("瑞银发表报告，下调内地券商股目标价。瑞银把广发证券的目标价由15港元调低至13港元；"
            "中金(03908.HK)目标价由18港元降到16港元，评级为买入。")
    got = [(ra.broker, ra.company, ra.target_price) for ra in extract(text).rating_actions]
    assert got == [("瑞银", "广发证券", 13), ("瑞银", "中金", 16)]


@pytest.mark.parametrize(("text", "broker"), [
    ("当日券商调高评级1家次，即华创证券把海光信息的评级由“推荐”调高至“强推”。", "华创证券"),
    ("兴福电子(688545)属电子化学品行业，获中信证券“买入”评级，目标价52元。", "中信证券"),
])
def test_a_word_before_an_unknown_broker_is_not_its_name(text, broker):
    assert [ra.broker for ra in extract(text).rating_actions] == [broker]


def test_it_is_no_company():
    text = "海通国际上调大新银行(02356)目标价至21.25元。海通国际维持对其“买入”评级，目标价由原本的20元调高至21.25元。"
    (ra,) = extract(text).rating_actions
    assert (ra.company, ra.target_price, ra.prior_target_price) == ("大新银行", 21.25, 20)


def test_a_hong_kong_results_words_and_a_currency_declared_after_an_amount():
    text = "中國中藥公布中期業績,收益按年增加12.5%,達85.2億人民幣(下同)。純利錄得6.3億元,增長8.1%。"
    rows = [(m.metric, m.value, m.unit) for m in extract(text).metrics]
    assert rows == [("revenue_growth", 12.5, "%"), ("revenue", 8.52e9, "CNY"), ("net_profit", 6.3e8, "CNY"),
                    ("net_profit_growth", 8.1, "%")]


def test_the_regions_after_a_by_region_lead_own_their_figures():
    text = "中闽能源 电力行业 2024-10-30\n分区域看,三季度福建风电上网电量4.44亿千瓦时;新疆光伏上网电量551.74万千瓦时。公司营收5亿元。"
    assert [m.entity for m in extract(text).metrics] == ["福建风电", "新疆光伏", "中闽能源"]


def test_a_count_after_target_price_is_no_price_and_a_heading_no_broker():
    assert extract("目标价概况:12月24日当天,券商合计发布目标价6次。").metrics == []


def test_a_hong_kong_close_quotes_stocks_and_turnover_without_a_currency():
    text = "港股收市\n恒生指數收報23408.57,升291.94點,成交1,009.803億。匯控(00005)報74.100,升0.954%。"
    rows = [(m.entity, m.metric, m.value, m.unit) for m in extract(text).metrics if m.metric in ("turnover", "share_price")]
    assert rows == [("大市", "turnover", 100980300000.0, "HKD"), ("匯控", "share_price", 74.1, "HKD")]  # the market's turnover


def test_a_preliminary_results_table_under_a_unit_line():
    text = ("华光电子：2024年度业绩快报\n一、2024年度主要财务数据和指标\n单位：元\n"
            "项目 | 本报告期 | 上年同期 | 增减变动幅度 |\n"
            "营业总收入 | 1,200,000,000.00 | 1,000,000,000.00 | 20.00% |\n"
            "加权平均净资产收益率 | 6.10% | 5.40% | 0.70% |\n"
            "本报告期末 | 本报告期初 | 增减变动幅度 | |\n"
            "归属于上市公司股东的 每股净资产（元/股） | 4.50 | 4.20 | 7.14% |\n")
    rows = [(m.metric, m.value, m.prior_value, m.unit, m.period) for m in extract(text).metrics]
    assert rows == [("revenue", 1.2e9, 1e9, "CNY", "2024"), ("revenue_growth", 20.0, None, "%", "2024"),
                    ("roe", 6.1, 5.4, "%", "2024"), ("roe_change", 0.7, None, "pp", "2024"),
                    ("book_value_per_share", 4.5, 4.2, "CNY", "2024"), ("book_value_per_share_growth", 7.14, None, "%", "2024")]


def test_a_hong_kong_code_written_without_its_leading_zeros():
    (ra,) = extract("港股消息。摩根士丹利把东亚(023)目标价由19元下调至15元，维持“减持”评级。").rating_actions
    assert (ra.company, ra.ticker, ra.currency) == ("东亚", "0023.HK", "HKD")


def test_a_span_after_another_value_is_that_values_and_what_a_release_leaves_out_owns_nothing():
    text = ("BEIJING (Harbor Wire) – Industrial output rose 5.2% in August. Fixed-asset investment grew "
            "0.5% in the first eight months of the year, and the urban unemployment rate rose to 5.3%.")
    rows = extract(text, published=date(2025, 9, 15)).metrics
    assert [(m.value, m.period) for m in rows][1:] == [(0.5, "2025-01..08"), (5.3, "2025-08")]
    (core,) = [m for m in extract("8月份全国居民消费价格同比下降0.4%。扣除食品和能源价格后的核心CPI同比上涨0.9%。").metrics
               if m.value == 0.9]
    assert core.entity == "中国"


def test_cents_and_a_bare_amount_take_the_currency_the_text_writes_before_them():
    text = ("Lagoon Bank SpA rose 3.1% to €4.20 after its results. First-quarter net interest income climbed 12% "
            "to 640.5 million from 571.9 million. Basic earnings per share came to 31 cents from 27 cents.")
    rows = {m.value: (m.metric, m.unit, m.entity, m.prior_value) for m in extract(text).metrics}
    assert rows[640.5e6] == ("net_interest_income", "EUR", "Lagoon Bank SpA", 571.9e6)
    assert rows[0.31] == ("eps", "EUR", "Lagoon Bank SpA", 0.27)


def test_a_sentence_without_a_company_keeps_the_dollar_of_the_company_named_before():
    text = ("Commonwealth Bank lifted its final dividend to $2.10. Chief executive Ann Cole said asset sales had "
            "freed $5.1 billion in capital.")
    assert [m.unit for m in extract(text).metrics] == ["AUD", "AUD"]


def test_a_short_known_alias_at_the_head_of_a_longer_legal_name_is_another_company():
    (row,) = extract("JD Sports Fashion PLC rose 2.2% after the retailer agreed a deal.").metrics
    assert row.entity == "JD Sports Fashion PLC"


def test_a_name_declared_with_its_ticker_is_found_again_without_it():
    text = ("Jefferies upgraded Eli Lilly (NYSE:LLY) to Buy.\n\nFairway Games (NASDAQ:FWG) was upgraded twice.\n\n"
            "JPMorgan upgraded the company to Neutral.\n\nTruist Securities, meanwhile, upgraded it to Buy with a price "
            "target of $40.00, citing Fairway Games' growth.")
    ra = extract(text).rating_actions[-1]
    assert (ra.broker, ra.company, ra.action, ra.rating, ra.target_price) == ("Truist Securities", "Fairway Games", "upgrade", "buy", 40.0)


def test_the_company_quoted_with_its_ticker_keeps_the_paragraph_not_its_partner():
    text = ("Helio Therapeutics N.V. (NASDAQ: HLTX) jumped after the company signed a licence deal with Roche's "
            "Genentech unit. The stock's market cap was about $99 million before the surge.")
    (row,) = [m for m in extract(text).metrics if m.value == 99e6]
    assert row.entity == "Helio Therapeutics N.V."


def test_a_roundups_initiation_and_upgrade_of_one_company_are_two_actions():
    text = ("评级上调方面，甲证券(600001)把乙科技(600002)的评级由“增持”调高至“买入”。\n\n"
            "首次覆盖方面，甲证券给予乙科技(600002)“买入”评级。")
    assert sorted(ra.action for ra in extract(text).rating_actions) == ["initiate", "upgrade"]


def test_an_unknown_chinese_company_opening_a_clause_owns_its_figures():
    rows = extract("据悉，青岚生物营业收入2.3亿元。1H25远帆保险总保费收入808.1亿元，同比+5.7%。").metrics
    assert [(m.entity, m.value) for m in rows] == [("青岚生物", 2.3e8), ("远帆保险", 808.1e8), ("远帆保险", 5.7)]
    (row,) = extract("南岭铝业拟回购3亿-6亿元公司股份。").metrics
    assert (row.entity, row.value, row.low, row.high) == ("南岭铝业", None, 3e8, 6e8)


def test_paired_bounds_with_spaced_currency_are_one_range():
    (row,) = extract("本次回购资金总额不低于人民币 18,000.00 万元（含），同时不超过人民币 29,000.00 万元（含）。").metrics
    assert (row.low, row.high, row.unit, row.entity) == (1.8e8, 2.9e8, "CNY", None)


def test_a_move_in_money_after_or_and_a_level_reached_by_a_stated_cut():
    rows = extract("星河科技(01234)股价跌3%或1.2元。").metrics
    assert [(m.metric, m.value, m.unit) for m in rows] == [("share_price_change", -3.0, "%"), ("share_price_change", -1.2, "HKD")]
    rows = extract("当时贴现窗基本利率由1.5厘下调1厘至0.5厘。").metrics
    assert [(m.value, m.prior_value, m.unit) for m in rows] == [(0.5, 1.5, "%"), (-100.0, None, "bp")]


def test_a_subsidiary_named_after_its_parent_owns_its_figures():
    text = "大和指出，华气控股(00999)旗下全资附属公司华燃投资第三季净利按年跌42%至6.02亿元。"
    assert {m.entity for m in extract(text).metrics} == {"华燃投资"}


def test_listed_names_with_codes_take_their_values_in_order_and_a_benchmark_owns_none():
    rows = extract("外卖对手京东(9618)、阿里(9988)股价亦分别挫4%、5%。").metrics
    assert [(m.entity, m.value) for m in rows] == [("京东", -4.0), ("阿里", -5.0)]
    rows = extract("大和表示，煤气(00003.HK)股价今年以来累升约18%，表现跑赢本港公用板块同业4%至18%。").metrics
    assert {m.entity for m in rows} == {"煤气"}


def test_industries_of_a_statistics_release_own_their_figures():
    text = "分门类看，1-2月份采矿业的利润总额为877.9亿元，同比增长42.1%；制造业为8100亿元，增长12.5%。"
    assert [m.entity for m in extract(text).metrics] == ["采矿业", "采矿业", "制造业", "制造业"]


def test_a_year_ended_in_march_is_a_fiscal_year_and_a_prior_years_words_are_the_priors():
    text = ("2017-06-30 金源科技(00888)公布截至今年3月底止的全年业绩，期内收益按年增长14.2%，达32.25亿元。")
    assert {m.period for m in extract(text).metrics} == {"FY2017"}
    (row,) = extract("Half-year revenue fell to 523.9 million pounds from 572.5 million pounds last year.").metrics
    assert (row.value, row.prior_value, row.period) == (523.9e6, 572.5e6, "H1")


def test_shares_a_company_sold_in_its_offering_are_counted():
    (row, _) = extract("Lumen Shipping Ltd. (NASDAQ: LMS) sold 12 million shares at $19 in its IPO.").metrics
    assert (row.metric, row.value, row.unit, row.entity) == ("shares_offered", 12e6, "shares", "Lumen Shipping Ltd.")


def test_a_brokers_table_row_names_its_company_and_broker_and_bare_amounts_are_yuan():
    text = ("最新买入评级\n研究员:李明(华信证券)\n推荐股票:云帆软件 | 所属行业:计算机行业 | 起评价:16.01 | 目标价:20.01 |\n\n"
            "事件:公司披露了2024年中报。2024上半年实现营收 26.14亿(-18.34%),归母净利润为-1.59亿。")
    result = extract(text)
    assert [(m.metric, m.value, m.unit, m.entity) for m in result.metrics if m.metric in ("revenue", "net_profit")] == [
        ("revenue", 26.14e8, "CNY", "云帆软件"), ("net_profit", -1.59e8, "CNY", "云帆软件")]
    (ra,) = result.rating_actions
    assert (ra.broker, ra.company, ra.rating, ra.target_price, ra.currency) == ("华信证券", "云帆软件", "buy", 20.01, "CNY")


def test_underperforming_is_a_fall_and_a_close_after_yi_is_a_level():
    (row,) = extract("大行预计，南湖汽车股价今年跑输大市33%之后，将维持窄幅波动。").metrics
    assert row.value == -33.0
    rows = extract("恒指全日升699点以27826收市。").metrics
    assert [(m.metric, m.value) for m in rows] == [("index_change", 699.0), ("index_level", 27826.0)]


def test_the_categories_and_sectors_of_a_release_own_their_figures():
    text = ("国家统计局今天发布一季度居民消费价格数据。按类别划分，八大类商品呈四涨四落格局：食品上涨5.1%，而衣着下降0.9%。"
            "同期工业品出厂价格同比上涨5.2%。\n按部门划分，住户贷款增加3894亿元，其中短期贷款减少1340亿元。")
    rows = [(m.entity, m.value) for m in extract(text).metrics]
    assert rows == [("食品", 5.1), ("衣着", -0.9), ("中国", 5.2), ("住户", 3894e8), ("住户", -1340e8)]


def test_a_decimal_comma_cents_written_c_and_a_close_the_price_moved_from():
    rows = extract("LONDON (PA) - At 0815, the FTSE 100 stood higher at 7.091,52. BP declared a dividend of 5.46c.").metrics
    assert [(m.value, m.unit, m.entity) for m in rows] == [(7091.52, "points", "FTSE 100"), (0.0546, "USD", "BP")]
    (row,) = extract("Contoso shares rose in after-hours trade to $28.50 from a close of $28.35.").metrics
    assert (row.value, row.prior_value) == (28.5, 28.35)


def test_movers_listed_without_commas_and_pairs_of_moves_and_levels_take_their_names():
    text = ("LONDON (PA) - Shares rose. The biggest risers were Northgate up 25p to 1,054.5p and Eastbay up 6.1p to 496p. "
            "Insurers Harbourline and Westgate were also sought after, climbing 3.9% to 899.64p and 3.2% to 309p respectively.")
    rows = [(m.entity, m.value) for m in extract(text).metrics]
    assert rows == [("Northgate", 0.25), ("Northgate", 10.545), ("Eastbay", 0.061), ("Eastbay", 4.96),
                    ("Harbourline", 3.9), ("Harbourline", 8.9964), ("Westgate", 3.2), ("Westgate", 3.09)]


def test_a_year_to_next_march_is_the_fiscal_year_it_ends_in():
    text = "TOKYO, May 9, 2012 - For the year to next March, Kanto Motor forecast that operating profit would treble to 1 trillion yen."
    (row,) = extract(text).metrics
    assert (row.value, row.unit, row.period) == (1e12, "JPY", "FY2013")


def test_a_year_list_joined_by_he_dates_each_value():
    rows = extract("野村将远洋保险2022和2023年新业务价值预测分别下调3%和5%。").metrics
    assert [(m.value, m.period) for m in rows] == [(-3.0, "2022"), (-5.0, "2023")]


def test_the_quarter_after_the_one_reported_and_a_share_of_revenue_take_the_reported_year():
    text = ("Contoso said second-quarter net income rose 87% to $770 million. Gross margin was 35.1%, up from 29.8% in "
            "the second quarter of 2006. Accounting for 56% of total revenue, services grew 36%. Contoso said it expects "
            "third-quarter revenue of about $5.1 billion.")
    rows = {m.value: m.period for m in extract(text).metrics}
    assert (rows[770e6], rows[56.0], rows[5.1e9]) == ("2007Q2", "2007Q2", "2007Q3")


def test_a_currency_declared_after_a_figure_covers_it_too():
    rows = extract("美團點評(03690)第三季盈利達13.35億元(人民幣‧下同),經調整溢利為19.42億元。").metrics
    assert [(m.value, m.unit) for m in rows] == [(1.335e9, "CNY"), (1.942e9, "CNY")]
    (macau,) = extract("澳門2月份博彩收益近243億元(澳門元.下同),按月減少3%。").metrics[:1]
    assert macau.unit == "MOP"


def test_a_stock_connect_report_is_in_yuan_and_the_channels_own_their_flows():
    text = ("沪深港通月报:上月北上资金合计净流出678.7亿元。上月沪股通累计净流出377.4亿元;"
            "深股通上月累计净流出301.4亿元。上月沪市港股通累计净流入971.2亿元。")
    rows = [(m.entity, m.value, m.unit) for m in extract(text).metrics]
    assert rows == [("北上资金", -6.787e10, "CNY"), ("沪股通", -3.774e10, "CNY"), ("深股通", -3.014e10, "CNY"),
                    ("沪市港股通", 9.712e10, "CNY")]


def test_more_or_less_than_a_year_before_signs_the_change():
    text = "外币贷款减少773亿元,同比多减560亿元;企业债券净融资2237亿元,同比少384亿元;外币贷款同比少减19亿元。"
    assert [m.value for m in extract(text).metrics] == [-7.73e10, -5.6e10, 2.237e11, -3.84e10, 1.9e9]


def test_an_industry_release_gives_each_segment_its_figures():
    text = ("2月汽车产销双降\n2月,汽车产量为140.98万辆,比上月下降40.40%;销量为148.16万辆,同比下降13.77%。"
            "至于商用车,产量26.95万辆,同比增长0.95%。")
    assert [m.entity for m in extract(text).metrics] == ["汽车", "汽车", "汽车", "汽车", "商用车", "商用车"]


def test_the_company_after_target_on_is_rated_whether_known_or_not():
    (action,) = extract("Bank of America lifted its recommendation on Veolia shares from 'neutral' to 'buy', with its "
                        "price target raised from 29.5 to 34 euros.").rating_actions
    assert (action.broker, action.company, action.action, action.rating, action.prior_rating, action.target_price,
            action.prior_target_price) == ("Bank of America", "Veolia", "upgrade", "buy", "neutral", 34.0, 29.5)
    (action,) = extract("Goldman raised its target price on Alibaba's Hong Kong shares to HK$173 from HK$158.").rating_actions
    assert action.company == "Alibaba"


def test_cents_in_a_sydney_paper_are_australian():
    text = ("Australian shares closed higher in Sydney on the ASX. The major banks led, with Commonwealth Bank up 19 "
            "cents to $81.23 and Westpac lifting 28 cents to $33.67.")
    rows = [(m.value, m.unit) for m in extract(text).metrics]
    assert rows == [(0.19, "AUD"), (81.23, "AUD"), (0.28, "AUD"), (33.67, "AUD")]
    (stock,) = extract("Shares in Westpac were flat in Sydney on the ASX. The stock is at $33.93.").metrics
    assert stock.unit == "AUD"


def test_a_target_revised_from_its_former_value_keeps_that_value_as_prior():
    (action,) = extract("該行並因此把騰訊目標價由原先595港元上調至658港元，評級「買入」。").rating_actions
    assert (action.target_price, action.prior_target_price, action.currency) == (658.0, 595.0, "HKD")


def test_trillions_written_zhao_with_the_hundred_millions_after_them():
    rows = extract("台積電市值降至48兆3,641億元。今年前 11 個月累計合併營收達 3 兆 4,740.51 億元。裝機容量100兆瓦。").metrics
    assert [(m.value, m.unit) for m in rows] == [(4.83641e13, "TWD"), (3.474051e12, "TWD"), (100.0, "MW")]  # 兆瓦: megawatts


def test_a_taiwan_market_report_is_in_taiwan_dollars_and_net_selling_is_negative():
    text = ("台股4日終場收32,828.88點，重挫1,497.77點。三大法人合計賣超1,297.37億元；投信則連三買，買超67.32億元。"
            "台積電以1,865元作收。")
    rows = [(m.entity, m.value, m.unit) for m in extract(text).metrics]
    assert rows == [("台股", 32828.88, "points"), ("台股", -1497.77, "points"), ("三大法人", -1.2973700e11, "TWD"),
                    ("投信", 6.732e9, "TWD"), ("台積電", 1865.0, "TWD")]
    assert extract("贵州茅台股价下跌1.2%至1420元。").metrics[1].unit == "CNY"  # (茅台股价 holds no 台股)


def test_a_bare_dollar_beside_other_dollars_written_with_their_letter_is_the_us_dollar():
    rows = extract("Excluding one-off items, BMO's net income rose to C$2.22 billion ($1.65 billion), or C$2.93 per "
                   "share, compared with C$2.19 billion, or C$3.23 a share. Scotiabank said provisions for credit "
                   "losses jumped to C$709 million from C$219 million.").metrics
    assert [(m.metric, m.value, m.prior_value, m.unit) for m in rows] == [
        ("net_profit", 2.22e9, 2.19e9, "CAD"), ("eps", 2.93, 3.23, "CAD"),
        ("provision_for_credit_losses", 7.09e8, 2.19e8, "CAD")]
    rows = extract("Canada's OpenText agreed to buy Micro Focus for $6 billion. Micro Focus, based in Newbury, "
                   "Berkshire, carries $4.4 billion of debt. ($1 = 0.8448 pounds)").metrics
    assert [(m.value, m.unit) for m in rows] == [(6e9, "USD"), (4.4e9, "USD")] and rows[1].entity != "Berkshire"


def test_a_charge_named_for_a_loss_is_an_amount_of_its_own():
    (charge,) = [m for m in extract("Sony said net profit, however, slid 50.4 percent to ¥73.29 billion because of a "
                                    "¥112 billion impairment loss booked in its film business.").metrics if m.value == 1.12e11]
    assert (charge.metric, charge.value) == ("impairment_loss", 1.12e11)


def test_an_indian_companys_quarters_are_counted_from_april():
    rows = extract("The bank reported a 24.72 per cent increase in net profit to Rs 936.25 crore for the quarter ended "
                   "on December 31, 2017. For the nine months ended December 31, 2017, profit was Rs 2,500 crore.").metrics
    assert [m.period for m in rows] == ["FY2018Q3", "FY2018Q3", "FY2018Q1-Q3"]


def test_a_text_that_names_the_year_to_march_by_its_start_keeps_that_name():
    rows = extract("Sony projected an operating profit of ¥500 billion for the business year to March 2018. In its "
                   "projections for fiscal 2017, the company expects revenue to grow 5.2 percent to ¥8 trillion.").metrics
    assert {m.period for m in rows} == {"FY2017"}


def test_an_index_split_by_its_quote_and_indices_named_as_written_own_their_figures():
    text = ("收盘时,道琼斯(15658.36,30.34,0.19%)工业平均指数涨30.34点,报15658.36点。霍特中概股指数收涨0.32%,报5,785.21点。"
            "私人住宅租金指數9月報179.3點，按月跌0.99%。")
    assert [m.entity for m in extract(text).metrics] == ["道琼斯工业平均指数"] * 2 + ["霍特中概股指数"] * 2 + ["私人住宅租金指數"] * 2


def test_movers_described_before_their_names_and_a_period_word_is_no_name():
    text = "涨幅排前五的依次是:投资商梅尔罗斯工业公司股价涨1.92%,营销与商务服务商DCC股价涨1.40%,矿企安托法加斯塔股价跌2.83%。"
    assert [m.entity for m in extract(text).metrics] == ["梅尔罗斯工业公司", "DCC", "安托法加斯塔"]
    (revenue,) = extract("石藥集團(1093)公布中期業績。收入方面，期內錄得125.9億元(人民幣)。").metrics
    assert revenue.entity == "石藥集團"


def test_futures_contracts_farm_goods_and_tiers_of_cities_own_their_prices():
    text = ("收盘时，郑州商品交易所PTA期货主力合约报每吨9220元，涨幅5.47%。全国仔猪均价为25.27元/公斤，较前一周下降1.6%。"
            "9月份一线城市新建商品住宅销售价格环比下降0.5%，北京、上海、广州和深圳依次下降1.3%、1.1%、1.2%和1.3%。")
    assert [m.entity for m in extract(text).metrics] == [
        "郑州商品交易所PTA期货主力合约", "郑州商品交易所PTA期货主力合约", "全国仔猪", "全国仔猪", "一线城市",
        "北京", "上海", "广州", "深圳"]


def test_a_mainland_code_makes_no_hong_kong_story_and_macau_counts_in_patacas():
    rows = extract("长安汽车(000625)投资评级汇总\n我们预测长安汽车2013年EPS为0.72元,维持“买入”评级,目标价12.96元。").metrics
    assert {m.unit for m in rows} == {"CNY"}
    rows = extract("【本報訊】博彩監察協調局公布，二月份的博彩毛收入為二百零六億二千七百萬元，平均每日約七點四億元，"
                   "比去年同期的一百九十七點四四億元上升百分之四點五。").metrics
    assert [(m.value, m.prior_value, m.unit) for m in rows if m.unit != "%"] == [
        (2.0627e10, 1.9744e10, "MOP"), (7.4e8, None, "MOP")]


def test_months_written_in_chinese_numerals_and_a_chinese_date_is_no_month():
    from newsflow.extract.periods import find_periods
    assert [(p.unit, p.parts) for p in find_periods("今年一月至二月累計，十二月份")] == [
        ("Y", ()), ("MM", (1, 2)), ("M", (12,))]
    assert find_periods("截至二零二五年六月三十日止") == []


def test_moves_in_cents_written_as_words_and_quoted_higher_or_weaker_at_a_price():
    text = ("Australian shares fell on the ASX. The big miners were weaker, with BHP Billiton down five cents to $37.90 "
            "and Fortescue Metals one cent weaker at $5.88. Property group GPT was six cents weaker at $3.62. "
            "Healthcare led, with CSL up 75 cents at $68.35 and Cochlear 39 cents higher at $59.25.")
    rows = [(m.entity, m.metric, m.value, m.unit) for m in extract(text).metrics]
    assert rows == [("BHP", "share_price_change", -0.05, "AUD"), ("BHP", "share_price", 37.9, "AUD"),
                    ("Fortescue Metals", "share_price_change", -0.01, "AUD"), ("Fortescue Metals", "share_price", 5.88, "AUD"),
                    ("GPT", "share_price_change", -0.06, "AUD"), ("GPT", "share_price", 3.62, "AUD"),
                    ("CSL", "share_price_change", 0.75, "AUD"), ("CSL", "share_price", 68.35, "AUD"),
                    ("Cochlear", "share_price_change", 0.39, "AUD"), ("Cochlear", "share_price", 59.25, "AUD")]


def test_ringgit_sen_and_a_malaysian_legal_name():
    rows = extract("Net profit at Malayan Banking Bhd (Maybank) for the second quarter ended June 30, 2019 fell 0.9% to "
                   "RM1.94 billion from RM1.96 billion. The bank declared an interim dividend of 25 sen per share.").metrics
    assert [(m.entity, m.value, m.prior_value, m.unit) for m in rows if m.unit != "%"] == [
        ("Malayan Banking Bhd", 1.94e9, 1.96e9, "MYR"), ("Malayan Banking Bhd", 0.25, None, "MYR")]


def test_a_trade_papers_pc_and_million_tonnes_and_an_ore_grade_is_no_figure():
    rows = extract("Fortescue shipped 49.5mn t in April-June, up from 46.5mn t in January-March. Next shares leapt 7.5pc. "
                   "It realised 78pc of the benchmark 62pc Fe price.").metrics
    assert [(m.value, m.prior_value, m.unit) for m in rows] == [(4.95e7, 4.65e7, "tonnes"), (7.5, None, "%"), (78.0, None, "%")]
    (output,) = extract("BP's reported production was 875,000 boe/d in the second quarter.").metrics
    assert (output.metric, output.unit, output.entity) == ("production", "boe/d", "BP")


def test_a_london_brokers_roundup_in_pence_with_fair_values_and_a_list_after_semicolons():
    text = ("JP Morgan lifted its fair value for British Land by 10% to 660p from 600p a share, and kept its 'neutral' "
            "rating. UBS downgraded British bank Bradford & Bingley to 'reduce' from 'neutral', and cut its price target "
            "to 250p from 310p. Morgan Stanley moved the price target for BHP Billiton from 570p to 540, with an "
            "overweight rating; Antofagasta from 1,140p to 1,000p and rated equal weight.")
    actions = [(a.broker, a.company, a.action, a.rating, a.target_price, a.prior_target_price, a.currency)
               for a in extract(text).rating_actions]
    assert actions == [("JP Morgan", "British Land", "raise_target", "neutral", 6.6, 6.0, "GBP"),
                       ("UBS", "Bradford & Bingley", "downgrade", "reduce", 2.5, 3.1, "GBP"),
                       ("Morgan Stanley", "BHP", "cut_target", "overweight", 5.4, 5.7, "GBP"),
                       ("Morgan Stanley", "Antofagasta", "cut_target", "equal-weight", 10.0, 11.4, "GBP")]


def test_a_target_that_has_been_cut_and_a_stock_price_target():
    (action,) = extract("Mizuho remains 'outperform' on Intel Corp, even though its target has been cut from $45 to $36."
                        ).rating_actions
    assert (action.action, action.target_price, action.prior_target_price) == ("cut_target", 36.0, 45.0)
    (action,) = extract("Deutsche Bank revised its view on Neoen SA, increasing the stock price target to EUR39.85 from "
                        "EUR30.00 while keeping a Hold rating on the stock.").rating_actions
    assert (action.action, action.rating, action.target_price, action.prior_target_price) == ("raise_target", "hold", 39.85, 30.0)


def test_cuts_in_headcount_and_costs_are_sizes_not_falls():
    rows = extract("Intel announced a 15% reduction in headcount and a 10% cut in costs.").metrics
    assert [(m.metric, m.value) for m in rows] == [("headcount_reduction", 15.0), ("cost_reduction", 10.0)]
    (cut,) = extract("Intel will cut costs by 12%.").metrics
    assert (cut.metric, cut.value) == ("cost_reduction", 12.0)


def test_each_figure_keeps_the_month_its_own_words_name():
    rows = extract("July 6, 2018. Nonfarm payrolls rose 213,000 in June after a 244,000 increase in May and a 175,000 "
                   "gain in April.").metrics
    assert [m.period for m in rows] == ["2018-06", "2018-05", "2018-04"]


def test_names_joined_by_he_after_a_code_and_a_short_alias_with_a_capital_inside_keeps_its_case():
    rows = extract("上调次数最多的是长安汽车(000625)和蓝色光标(300058)两家公司。蓝色光标9月份只涨了1.43%。").metrics
    assert [m.entity for m in rows] == ["蓝色光标"]
    (output,) = extract("OPEC pumped 28.5 million boe/d in March.").metrics
    assert output.entity != "Bank of England"


def test_brokers_listed_with_their_companies_share_one_rating_and_a_grade_follows_a_rating():
    text = "方正证券对三棵树、华创证券对九号公司的评级，也都由“推荐”上调至“强烈推荐”。广发证券对富创精密给出74.23元/股的目标价。"
    assert [(a.broker, a.company, a.action, a.rating, a.target_price) for a in extract(text).rating_actions] == [
        ("方正证券", "三棵树", "upgrade", "buy", None), ("华创证券", "九号公司", "upgrade", "buy", None),
        ("广发证券", "富创精密", "maintain", None, 74.23)]
    (action,) = extract("国投证券继续给予国博电子“买入-A”评级，12个月目标价82.42元。").rating_actions
    assert (action.rating, action.target_price) == ("buy", 82.42)


def test_a_rating_summarys_headings_rate_the_pages_company():
    text = ("长安汽车(000625)投资评级汇总\n买    入——海通证券:新车型拉动销量高速增长【2013-06-07】\n维持公司评级,目标价12.96元。\n"
            "增    持——民族证券:今明两年驶入发展快车道【2013-06-07】\n给予两年内目标价28元。")
    assert [(a.broker, a.company, a.rating, a.target_price) for a in extract(text).rating_actions] == [
        ("海通证券", "长安汽车", "buy", 12.96), ("民族证券", "长安汽车", "overweight", 28.0)]


def test_rand_written_r_numbers_with_spaces_between_thousands_and_a_time_is_no_figure():
    rows = extract("The JSE all share shed 0.26% to 59,476.8 points. Gold Fields slid 3.95% to R53.24. At 6.17pm the rand "
                   "stood at R12.3224 to the dollar from R12.3642. The benchmark R186 was bid at 8.53%.").metrics
    assert [(m.value, m.unit) for m in rows if m.unit == "ZAR"] == [(53.24, "ZAR"), (12.3224, "ZAR")]
    assert 6.17 not in [m.value for m in rows] and 186.0 not in [m.value for m in rows]
    rows = extract("First Quantum's copper output in the third quarter was 209 859 t, and gold production was 78 124 oz.").metrics
    assert [(m.value, m.unit) for m in rows] == [(209859.0, "tonnes"), (78124.0, "ounces")]


def test_a_move_named_right_after_its_figure_and_a_ratios_fall_against_a_base_period():
    rows = extract("Telecom giant Vodafone rallied 4.3% to 117.36p after reporting a 34% drop in first-half profit.").metrics
    assert [(m.value, m.unit) for m in rows if m.unit == "%"] == [(4.3, "%"), (-34.0, "%")]
    rows = extract("2009年上半年，沪市上市公司净资产收益率6.88%，三项指标比去年同期分别下降9.12%、13.49%和18.19%。").metrics
    assert [m.value for m in rows] == [6.88, -9.12, -13.49, -18.19]


def test_a_target_written_with_an_arrow_and_the_earlier_quarters_growth_as_prior():
    (target,) = [m for m in extract("滙豐研究維持中銀香港(02388)「買入」評級，目標價:27.8元->28.8元。").metrics
                 if m.metric == "target_price"]
    assert (target.value, target.prior_value, target.unit) == (28.8, 27.8, "HKD")
    (gdp,) = extract("初步統計顯示，今年次季整體本地生產總值較上年同期實質上升3.1%，首季的升幅則為3.0%。").metrics
    assert (gdp.value, gdp.prior_value) == (3.1, 3.0)


@pytest.mark.parametrize(("text", "expected"), [
    ("齐鲁、海通和信达三家券商的分析师把长安汽车的评级分别由“谨慎推荐”、“中性”和“持有”上调至“买入”、“增持”和“买入”。",
     [("齐鲁", "长安汽车", "upgrade", "buy", "outperform"), ("海通", "长安汽车", "upgrade", "overweight", "neutral"),
      ("信达", "长安汽车", "upgrade", "buy", "hold")]),
    ("国金的王铮、海通的白洋和招商的张良勇则把蓝色光标的评级分别由“买入”“增持”和“审慎推荐”上调至“买入”“买入”和“强烈推荐”。",
     [("国金", "蓝色光标", "upgrade", "buy", None), ("海通", "蓝色光标", "upgrade", "buy", "overweight"),
      ("招商", "蓝色光标", "upgrade", "buy", "outperform")]),
    ("瑞银与摩根士丹利分别将腾讯控股的评级由“中性”下调至“卖出”和“减持”。",
     [("瑞银", "腾讯控股", "downgrade", "sell", "neutral"), ("摩根士丹利", "腾讯控股", "downgrade", "underweight", "neutral")]),
    ("UBS and JPMorgan cut Tesla to sell and underweight from neutral, respectively.",
     [("UBS", "Tesla", "downgrade", "sell", "neutral"), ("JPMorgan", "Tesla", "downgrade", "underweight", "neutral")]),
])
def test_brokers_listed_with_as_many_ratings_each_take_their_own(text, expected):
    assert [(a.broker, a.company, a.action, a.rating, a.prior_rating) for a in extract(text).rating_actions] == expected


def test_a_joint_venture_is_its_own_company_not_a_parent():
    rows = extract("长安福特8月销量为5.2万辆，同比增长12%；福特汽车8月销量为15万辆。").metrics
    assert [(m.entity, m.value) for m in rows] == [("长安福特", 52000.0), ("长安福特", 12.0), ("福特汽车", 150000.0)]


def test_a_company_named_after_what_it_leads():
    (row,) = extract("锂电池巨头宁德时代上半年营收增长30%。").metrics
    assert row.entity == "宁德时代"
    text = "位列第二的是结构件龙头科达利,近一个月获8份券商研报关注。东吴证券发布研报,对应目标价134元,维持“买入”评级。"
    assert [(a.broker, a.company, a.target_price) for a in extract(text).rating_actions] == [("东吴证券", "科达利", 134.0)]
    assert extract("同步器业务拿到麦格纳等国内外龙头企业的项目定点。").metrics == []


def test_a_slash_list_shares_its_scale_and_its_first_values_metric():
    rows = extract("维持2024-2026年归母净利润为14.5/18.3/22.4亿,同比+20%/26%/23%。").metrics
    assert [(m.metric, m.value, m.unit, m.period) for m in rows] == [
        ("net_profit", 1.45e9, "CNY", "2024"), ("net_profit", 1.83e9, "CNY", "2025"), ("net_profit", 2.24e9, "CNY", "2026"),
        ("net_profit_growth", 20.0, "%", "2024"), ("net_profit_growth", 26.0, "%", "2025"), ("net_profit_growth", 23.0, "%", "2026")]


def test_a_bank_that_is_also_a_broker_reports_its_own_results_in_its_own_dollars():
    text = ("Royal Bank of Canada posted fourth-quarter earnings of $4.13 billion, compared with $3.88 billion a year before. "
            "The lender said its quarterly dividend will now be $1.38 per share, three cents more than the previous $1.35.")
    assert [(m.metric, m.value, m.prior_value, m.unit, m.entity) for m in extract(text).metrics] == [
        ("net_profit", 4.13e9, 3.88e9, "CAD", "Royal Bank of Canada"), ("dividend", 1.38, 1.35, "CAD", "Royal Bank of Canada")]
    (row,) = extract("Revenue totalled $5.84 billion, up from nearly $5.39 billion a year earlier.").metrics
    assert (row.value, row.prior_value) == (5.84e9, 5.39e9)


def test_floor_space_in_square_metres_and_a_size_class_is_no_figure():
    rows = extract("1—8月份,房地产开发企业的房屋施工面积为868649万平方米,同比下降4.5%。").metrics
    assert [(m.metric, m.value, m.unit) for m in rows] == [
        ("floor_space_under_construction", 8686490000.0, "square metres"), ("floor_space_under_construction_growth", -4.5, "%")]
    rows = extract("分類來看，A類物業(40平方米以下)指數報425.7，按月升0.6%。").metrics
    assert "square metres" not in [m.unit for m in rows]


def test_figures_in_chinese_digits_as_a_taiwan_paper_prints_them():
    text = ("〔記者陳梅英／台北報導〕中央銀行昨天舉行理監事會議，九月以來，央行透過市場操作釋出三〇七六億元資金。"
            "此外，央行將我國今年經濟成長率上修至七．三一％。")
    rows = extract(text).metrics
    assert [(m.metric, m.value, m.unit) for m in rows] == [(None, 3.076e11, "TWD"), ("gdp_growth", 7.31, "%")]
    assert rows[1].entity == "台灣"


def test_each_item_of_a_list_owns_the_figures_in_its_brackets():
    text = ("區內多數主要目的地的整體出口貨值均有跌幅，當中以馬來西亞(跌26.4%)、新加坡(跌21.1%)和印度(跌19.7%)較為顯著。"
            "部分類別的整體出口貨值下跌，尤其是「電動機械、儀器和用具及零件」(減375億元,跌19.3%)。")
    assert [(m.entity, m.value) for m in extract(text).metrics] == [
        ("馬來西亞", -26.4), ("新加坡", -21.1), ("印度", -19.7), ("電動機械、儀器和用具及零件", -3.75e10),
        ("電動機械、儀器和用具及零件", -19.3)]
    (growth,) = [m for m in extract("2023年全年营收203.67亿元（+26.43%）。").metrics if m.unit == "%"]
    assert growth.entity is None


def test_a_london_roundups_companies_by_their_bracketed_exchange_codes():
    text = ("African Barrick Gold [LON:ABG] has been raised by Nomura to 'buy' from 'reduce', with the price target lowered "
            "to 155 pence per share from 200 pence.\nDeutsche Bank has lowered Meggitt [LON:MGGT] to 'hold' from 'buy'.\n"
            "Cantor Fitzgerald has moved Moss Bros [LON:MOSB] up to 'buy' from 'hold', leaving its price target unchanged "
            "at 65 pence per share.\nNumis has raised Redrow [LON:RDW] to 'hold' from 'reduce'.")
    assert [(a.broker, a.company, a.ticker, a.action, a.rating, a.target_price) for a in extract(text).rating_actions] == [
        ("Nomura", "African Barrick Gold", "ABG.L", "upgrade", "buy", 1.55), ("Deutsche Bank", "Meggitt", "MGGT.L", "downgrade", "hold", None),
        ("Cantor Fitzgerald", "Moss Bros", "MOSB.L", "upgrade", "buy", 0.65), ("Numis", "Redrow", "RDW.L", "upgrade", "hold", None)]


def test_an_australian_retailer_the_gazetteer_lacks_reports_in_australian_dollars():
    text = ("Consumer electronics retailer JB Hi-Fi has posted a 45% rise in full year net profit to a record $94.4 million. "
            "The result beat the circa $92 million profit guidance the company gave in June. "
            "The company declared a fully franked dividend of 29 cents per share.")
    assert [(m.value, m.unit, m.entity) for m in extract(text).metrics if m.unit != "%"] == [
        (9.44e7, "AUD", "JB Hi-Fi"), (9.2e7, "AUD", "JB Hi-Fi"), (0.29, "AUD", "JB Hi-Fi")]
    rows = extract("The bank looked again at average daily turnover (ADT). ADT has dropped by about 10% over two years.").metrics
    assert [m.entity for m in rows] == [None]


def test_more_currencies_a_hyphenated_scale_a_restated_moves_direction_and_a_previously_reported_prior():
    rows = extract("Banco do Brasil SA posted recurring net income of 3.002 billion reais, or R$1.05 a share.").metrics
    assert [(m.value, m.unit, m.entity) for m in rows] == [(3.002e9, "BRL", "Banco do Brasil SA"), (1.05, "BRL", "Banco do Brasil SA")]
    (row,) = [m for m in extract("Roth expects revenue of $97.4-billion in fiscal 2024.").metrics]
    assert row.value == 9.74e10
    rows = extract("The Brent front month contract was 1.02% or 34 cents lower at $39.85 per barrel.").metrics
    assert [m.value for m in rows] == [-1.02, -0.34, 39.85]
    (row,) = extract("Economic activity grew 0.4% in the first quarter (previously reported: +0.2% year-on-year).").metrics
    assert (row.value, row.prior_value) == (0.4, 0.2)
    (row, _) = extract("The company said it sold 316.8 million American depositary shares at $14.").metrics
    assert (row.value, row.unit) == (3.168e8, "shares")


def test_a_quarterly_reports_table_whose_rows_carry_their_units():
    text = ("利亚德光电股份有限公司 2022年第三季度报告\n一、主要财务数据\n"
            "项目 | 本报告期 | 本报告期比上年同期增减 | 年初至报告期末 | 年初至报告期末比上年同期增减\n"
            "营业收入(元) | 2,071,488,667.07 | -7.25% | 5,772,994,487.89 | -1.05%\n"
            "经营活动产生的现金流量净额(元) | -- | -- | -150,956,664.73 | -184.84%\n")
    assert [(m.metric, m.value, m.unit, m.period) for m in extract(text).metrics] == [
        ("revenue", 2071488667.07, "CNY", "2022Q3"), ("revenue_growth", -7.25, "%", "2022Q3"),
        ("revenue", 5772994487.89, "CNY", "2022Q1-Q3"), ("revenue_growth", -1.05, "%", "2022Q1-Q3"),
        ("operating_cash_flow", -150956664.73, "CNY", "2022Q1-Q3"), ("operating_cash_flow_growth", -184.84, "%", "2022Q1-Q3")]


def test_a_range_from_a_fall_to_a_rise_and_a_move_against_the_day_before():
    text = "聯發科預估，第4季營收約1,421億元至1,501億元，較上季持平至成長6%，較去年同期下降3%到成長9%。"
    assert [(m.metric, m.low, m.high) for m in extract(text).metrics if m.unit == "%"] == [
        ("revenue_growth", 0.0, 6.0), ("revenue_growth", -3.0, 9.0)]
    rows = extract("大市成交額約1,240.9億元，比上日的1,587.5億元少21.8%。").metrics
    assert [(m.metric, m.value, m.prior_value) for m in rows] == [("turnover", 1.2409e11, 1.5875e11), ("turnover_growth", -21.8, None)]


def test_a_bracketed_list_item_keeps_a_name_that_opens_like_a_lead_word():
    rows = extract("出口貨值均有跌幅，當中以馬來西亞(跌26.4%)、以色列(跌21.1%)和印度(跌19.7%)較為顯著。").metrics
    assert [m.entity for m in rows] == ["馬來西亞", "以色列", "印度"]


def test_a_price_per_share_after_another_figure_is_no_target():
    text = ("Keystone Equity Research kept an Underweight rating on Intel but raised its price target to $24 from $21 "
            "after Nvidia agreed to invest $5 billion at $23.28 a share.")
    assert [(a.company, a.target_price) for a in extract(text).rating_actions] == [("Intel", 24.0)]
    assert [(m.metric, m.value) for m in extract(text).metrics] == [("investment", 5e9), ("share_price", 23.28)]


def test_a_figure_named_as_the_consensus_is_no_prior():
    rows = extract("Q2 provision for credit losses was $1.74B, vs. $1.68B consensus and $993M in Q1.").metrics
    assert [(m.value, m.prior_value) for m in rows][:2] == [(1.74e9, None), (1.68e9, None)]


def test_a_data_sheets_labels_give_their_figures_units():
    text = ("N华芯(688048)发行信息汇总\n发行概况:发行价格(元/股) 80.80;实际募集资金总额(亿元) 27.39;总发行数量(股) 33,900,000。\n"
            "同行业比较:参考行业市盈率 42.57;N华芯市值 109.56亿;N华芯动态市盈率 95.01。")
    rows = [(m.metric, m.value, m.unit) for m in extract(text).metrics]
    assert ("funds_raised", 2.739e9, "CNY") in rows and ("ipo_price", 80.8, "CNY") in rows
    assert ("pe_ratio", 42.57, "x") in rows and ("market_cap", 1.0956e10, "CNY") in rows and ("pe_ratio", 95.01, "x") in rows


def test_the_month_before_named_after_this_months_move_is_its_prior():
    (growth,) = [m for m in extract("商品整體出口貨值在今年4月份為3,383億元，按年下跌13%，此前3月份已錄得1.5%的按年跌幅。").metrics
                 if m.unit == "%"]
    assert (growth.value, growth.prior_value) == (-13.0, -1.5)


# Companies the gazetteer does not know (invented names), told by the part they play.
@pytest.mark.parametrize("text", [
    "(Wire Desk) - Norvexa fell 12% on Friday after the chipmaker cut its outlook.",
    "[SINGAPORE] Germany's Holvara posted a 12 per cent rise in quarterly profit on Tuesday.",
    "Trelvina reports 12% jump in third-quarter profit\n\nThe company beat estimates.",
])
def test_an_unknown_company_is_named_by_its_dateline_home_or_headline_verb(text):
    (row,) = [m for m in extract(text).metrics if m.value in (12.0, -12.0)]
    assert row.entity in ("Norvexa", "Holvara", "Trelvina")


def test_who_compiled_a_figure_owns_none_of_it():
    text = ("Trelvina reports 81% jump in profit\n\nChina's Trelvina posted an 81 per cent rise in quarterly profit.\n\n"
            "Adjusted net profit came to 11.3 billion yuan, ahead of the 10.3 billion yuan that analysts polled by LSEG expected, "
            "according to LSEG data.")
    assert {m.entity for m in extract(text).metrics} == {"Trelvina"}


def test_a_second_listing_code_after_the_first_names_the_same_company():
    text = "Halvorn cut Kestrova Wind Power (HK:2891) (OTC:KSTWF) to Neutral from Buy, and set a HK$10.30 price target."
    (action,) = extract(text).rating_actions
    assert (action.company, action.rating, action.target_price) == ("Kestrova Wind Power", "neutral", 10.3)


@pytest.mark.parametrize("text", [
    "Kestrova stock rating downgraded by Halvorn\n\nHalvorn cut the stock to Neutral from Buy with a $21 price target.",
    "Analysts at Jefferies say growth stays intact. On Kestrova, Jefferies maintains its buy call, keeping the target at HK$54.",
])
def test_a_headline_passive_or_an_opening_on_names_the_rated_company(text):
    (action,) = [a for a in extract(text).rating_actions if a.target_price]
    assert action.company == "Kestrova"


def test_a_person_is_no_company():
    text = ("Halvorn analyst Craig Durrant lifted his view of Kestrova (Stock Quote, News, Financials NASDAQ:KSTV).\n"
            "Durrant expects KSTV to report EPS of $2.30 in fiscal 2026. Mark Pellow, who heads the exchange's listings, said "
            "the offer raised $2.1 billion.")
    assert {m.entity for m in extract(text).metrics} <= {"Kestrova", "KSTV", None}


def test_an_unknown_company_found_once_is_found_again_by_its_short_name():
    text = ("Shares in Vexalo Group Holding jumped 38% on their first day of trading.\n\n"
            "Turnover was below the volume of the General Motors listing.\n\n"
            "The IPO initially raised $21.8 billion for Vexalo.")
    (row,) = [m for m in extract(text).metrics if m.value == 21.8e9]
    assert row.entity.startswith("Vexalo")


def test_slashed_names_and_values_pair_in_place():
    rows = extract("7月内销方面：美的/格力份额同比+2.1/-0.6pct，奥克斯/海信/长虹-0.3/+0.9/+1.4pct。").metrics
    assert [(m.entity, m.value, m.unit) for m in rows] == [
        ("美的", 2.1, "pp"), ("格力", -0.6, "pp"), ("奥克斯", -0.3, "pp"), ("海信", 0.9, "pp"), ("长虹", 1.4, "pp")]


def test_slashed_products_are_no_owners():
    rows = extract("招商银行个人贷款净减少200亿元，消费贷/经营贷/信用卡分别减少21亿/150亿/29亿元。").metrics
    assert {m.entity for m in rows} == {"招商银行"}


def test_chinese_digits_written_one_by_one():
    values = [m.value for m in extract("以接单来源而言，美国以三八六．四亿美元居首，年增四十二．七％；东协金额一〇五．八亿美元。").metrics]
    assert values[:3] == [3.864e10, 42.7, 1.058e10]


def test_a_taiwan_results_story_reports_in_taiwan_dollars():
    text = ("萬海財報／上半年賺120億元 EPS 4.3元\n\n萬海（2615）航運12日經董事會通過114年第2季財報，第2季每股盈餘(EPS)1.92元。"
            "第2季合併營收432.5億元，年減8.1％，稅後純益為53.8億元。")
    rows = extract(text).metrics
    assert {m.unit for m in rows if m.unit not in ("%", None)} == {"TWD"}
    assert "日經" not in {m.entity for m in rows}
    assert ("net_profit", 5.38e9) in [(m.metric, m.value) for m in rows]


def test_not_less_than_is_a_lower_bound():
    (row,) = extract("业绩承诺方承诺，标的公司2025年度实现的净利润不低于2.36亿元。").metrics
    assert (row.low, row.value, row.high) == (2.36e8, None, None)


def test_a_headline_bar_ends_no_name():
    (row,) = [m for m in extract("财经快讯8月3日丨恒岳股份(603999.SH)公告，拟以5.6亿元收购标的公司100%股权。").metrics if m.unit == "CNY"]
    assert row.entity == "恒岳股份"


def test_a_target_slashed_by_a_fraction_falls():
    rows = extract("小摩把美团目标价大削三成至105港元。").metrics
    assert ("target_price_change", -30.0) in [(m.metric, m.value) for m in rows]


def test_singapore_cents_and_a_restated_prior():
    text = ("Third-quarter net profit at Halvern Marine fell 25 per cent to S$120 million from a restated S$160 million. "
            "Earnings per share slipped to 6.6 Singapore cents from 8.8 cents, and it declared a dividend of 3 cents.")
    rows = [(m.metric, m.value, m.unit, m.prior_value) for m in extract(text).metrics]
    assert ("net_profit", 1.2e8, "SGD", 1.6e8) in rows and ("eps", 0.066, "SGD", 0.088) in rows
    assert ("dividend", 0.03, "SGD", None) in rows


def test_worded_basis_points_and_times_oversubscribed():
    text = "Yields on the 10-year Bund fell four basis points to 0.31%. The bond sale was about six times oversubscribed."
    rows = [(m.metric, m.value, m.unit) for m in extract(text).metrics]
    assert ("rate_change", -4.0, "bp") in rows and ("oversubscription", 6.0, "x") in rows


def test_a_rupee_amount_glued_to_rs_is_no_model_name():
    (action,) = extract("Kestrel Research has lowered its target price on Infosys to Rs2,050 from Rs 2,135, keeping a 'buy' rating.").rating_actions
    assert (action.target_price, action.prior_target_price, action.currency) == (2050.0, 2135.0, "INR")


def test_a_conversion_in_brackets_is_no_earlier_value():
    text = "Halvern's net profit for the first half climbed to $US300 million ($450 million) from $US52 million."
    assert [(m.value, m.unit, m.prior_value) for m in extract(text).metrics] == [(3e8, "USD", 5.2e7)]


def test_a_weighted_average_cost_is_no_consensus():
    (action,) = extract("在调整加权平均资本成本后，汇丰环球研究把美团目标价由160港元降至125港元，评级维持「买入」。").rating_actions
    assert (action.action, action.target_price, action.prior_target_price) == ("cut_target", 125.0, 160.0)


def test_macau_gaming_revenue_is_macaus():
    rows = extract("据澳门博彩监察协调局公布，10月份博彩收入为196.1亿元(澳门币,下同)，按年上升8%。").metrics
    assert [(m.metric, m.entity, m.unit) for m in rows][:1] == [("gaming_revenue", "澳门", "MOP")]


def test_taiwan_export_orders_are_taiwans():
    rows = extract("经济部统计处昨日发布十月外销订单为六一二．四亿美元，年增二十一．三％。").metrics
    assert [(m.metric, m.value, m.entity) for m in rows] == [("export_orders", 6.124e10, "台湾"), ("export_orders_growth", 21.3, "台湾")]


@pytest.mark.parametrize("text", ["花旗與摩根大通把美團評級降至「中性」。", "Citi and JPMorgan both downgraded Meituan to neutral."])
def test_brokers_acting_together_each_act(text):
    assert [(a.broker_key, a.company_key, a.action) for a in extract(text).rating_actions] == [
        ("citi", "meituan", "downgrade"), ("jpmorgan", "meituan", "downgrade")]


@pytest.mark.parametrize("text, eps", [
    ("Loss per share from continuing operations was 8.8 pence, compared to a profit of 159.3 pence.", (-0.088, "GBP", 1.593)),
    ("Halvern reported a loss of 12 cents per share, compared to a profit of 8 cents a year earlier.", (-0.12, "USD", 0.08)),
    ("The net loss came to $75.3 million or $0.99 per share, against $91.5 million or $1.24 per share a year earlier.",
     (-0.99, "USD", -1.24)),
    ("港鐵公司(00066)錄得股東應佔虧損3.34億元。每股虧損為0.05元。", (-0.05, "HKD", None)),
])
def test_a_loss_per_share_is_a_negative_eps(text, eps):
    assert eps in [(m.value, m.unit, m.prior_value) for m in extract(text).metrics if m.metric == "eps"]


def test_a_swing_between_loss_and_profit_keeps_each_sign():
    rows = [(m.value, m.prior_value) for m in extract(
        "Halvern swung to a net loss of $45 million from a profit of $12 million. Kestrel earned $30 million in the "
        "quarter, compared with a loss of $2 million a year earlier.").metrics if m.metric == "net_profit"]
    assert rows == [(-4.5e7, 1.2e7), (3e7, -2e6)]


def test_a_trade_deficit_or_gap_is_a_negative_balance():
    rows = [(m.metric, m.value, m.prior_value) for m in extract(
        "Britain's goods trade gap widened to £7.065 billion. The French trade deficit grew to €3.304 billion from a "
        "revised €3.145 billion in June, while China's trade surplus rose to $99.4 billion.").metrics]
    assert rows == [("trade_balance", -7.065e9, None), ("trade_balance", -3.304e9, -3.145e9), ("trade_balance", 9.94e10, None)]


def test_hong_kong_codes_in_a_respective_list_are_no_years_and_the_closes_follow_in_order():
    rows = extract("收租股當中，九龍倉置業(1997)、新鴻基地產(016)及太古(019)分別升7.1%、5.4%及5.3%，收報45.35元、106.3元及67.4元。"
                   "零售及餐飲股同樣抽高，莎莎國際(178)及六福集團(590)全日分別飆14.2%及5.2%。").metrics
    assert [(m.value, m.ticker, m.period) for m in rows if m.unit == "HKD"] == [
        (45.35, "1997.HK", None), (106.3, "0016.HK", None), (67.4, "0019.HK", None)]
    assert [(m.value, m.ticker) for m in rows if m.value in (7.1, 14.2, 5.2)] == [(7.1, "1997.HK"), (14.2, "0178.HK"), (5.2, "0590.HK")]


def test_east_african_shillings_and_barrels_per_day():
    rows = [(m.value, m.unit) for m in extract(
        "Kestrel Telecom's service revenue grew by 14% to a record Sh181.4 billion, and its Tanzanian unit earned "
        "TSh 52 billion. Output climbed by 113,000 barrels per day to 27.45 million bpd.").metrics]
    assert (1.814e11, "KES") in rows and (5.2e10, "TZS") in rows
    assert (113000.0, "b/d") in rows and (2.745e7, "b/d") in rows


def test_a_year_written_only_for_earlier_values_makes_this_one_the_next():
    text = ("Halvern Bank reported net profit for the third quarter of 9.74 billion baht. The net interest margin for the "
            "quarter was 3.43%, against 3.39% in the second quarter and 3.47% in the third quarter of 2017. Its NPL ratio "
            "was 3.30%, versus 3.29% as of June 30 and 3.30% as of Dec. 31, 2017.")
    assert [(m.metric, m.period) for m in extract(text).metrics if m.value in (9.74e9, 3.3)] == [
        ("net_profit", "2018Q3"), ("npl_ratio", "2018Q3")]


def test_a_wire_stamp_dates_the_story_and_a_forecast_year_is_not_this_year():
    stamped = ("Net profit at Halvern came to 1.27 billion euros for the third quarter. Halvern aims for a return on "
               "equity above 16% in 2025.\n\n(END) Dow Jones Newswires\n\n10-17-24 0110ET")
    assert [m.period for m in extract(stamped).metrics if m.metric == "net_profit"] == ["2024Q3"]
    outlook = ("Net income at Kestrel roughly tripled to $1.5 million in the third quarter. The company raised its 2015 "
               "forecasts and set out its 2016 outlook.")
    assert [m.period for m in extract(outlook).metrics if m.metric == "net_profit"] == ["2015Q3"]


def test_the_quarter_a_forecast_is_for_is_not_the_quarter_reported():
    text = ("For the fiscal second quarter, the company projects revenue of $1.13 billion to $1.16 billion. Analysts are "
            "looking for second-quarter revenue of $1.17 billion. Halvern posted a first-quarter loss of $63 million. "
            "Revenue came in at $1.19 billion.")
    assert [m.period for m in extract(text).metrics if m.value == 1.19e9] == ["Q1"]


def test_a_count_moved_by_then_to_its_level():
    rows = [(m.metric, m.value, m.unit) for m in extract(
        "Full-time employment rose 24,500 to 8,156,200, while part-time employment fell 17,200 to 3,612,400.").metrics]
    assert rows == [("payrolls_change", 24500.0, "jobs"), ("employment", 8156200.0, "people"),
                    ("payrolls_change", -17200.0, "jobs"), ("employment", 3612400.0, "people")]


def test_chinese_per_unit_prices_keep_their_unit_and_their_moves_too():
    # in their currency, what they are per in the basis, as "$1,176 an ounce" is 1,176 USD
    rows = [(m.value, m.unit, m.basis) for m in extract(
        "上海期铜价格小幅回落。主力5月合约收于52470元/吨,下跌470元。伦敦三月铜报6943.50美元/吨。"
        "PTA期货主力合约报每吨9220元。合约销售均价为每平方米10844元。").metrics]
    assert rows == [(52470.0, "CNY", "per tonne"), (-470.0, "CNY", "per tonne"), (6943.5, "USD", "per tonne"),
                    (9220.0, "CNY", "per tonne"), (10844.0, "CNY", "per m2")]


def test_futures_lots_and_the_contract_named_before():
    rows = extract("上海期铝价格小幅走高。全部合约共成交406836手,持仓量减少1234手至793618手。"
                   "要稳获一手需申请250万股即500手。").metrics
    assert [(m.metric, m.value, m.unit, m.entity) for m in rows] == [
        ("volume", 406836.0, "lots", "上海期铝"), ("open_interest_change", -1234.0, "lots", "上海期铝"),
        ("open_interest", 793618.0, "lots", "上海期铝")]


def test_a_table_of_brokers_notes_is_on_the_company_the_text_is_about():
    text = ("4月30日,国泰海通对星湖科技给予增持评级,目标价9.09元。最近一个月内,共有2份券商研报覆盖星湖科技。\n发布日期 | 机构 | 目标价 | 本次评级 | 报告标题 |\n---|---|---|---|---|\n"
            "2025-04-22 | 华泰证券 | 9.6 | 买入 | 24年净利新高 |\n2025-04-22 | 民生证券 | - | 推荐 | 利润跃升 |")
    assert {(a.broker, a.company, a.rating, a.target_price) for a in extract(text).rating_actions} == {
        ("国泰海通", "星湖科技", "overweight", 9.09), ("华泰证券", "星湖科技", "buy", 9.6), ("民生证券", "星湖科技", "outperform", None)}


def test_chinese_numerals_in_points_and_a_level_crossed():
    rows = [(m.metric, m.value, m.unit) for m in extract(
        "道琼工业指数虽站上三万五千点,加权指数终场下跌一百六十九点三六点,以一万七千四百零三点五六点作收。").metrics]
    assert rows == [("index_change", -169.36, "points"), ("index_level", 17403.56, "points")]


def test_a_broker_reporting_its_own_results_is_the_company_and_a_rating_ends_a_name():
    rows = [(m.metric, m.entity) for m in extract("国泰君安上半年净利润为50.2亿元，同比下降47.91%。").metrics]
    assert rows == [("net_profit", "国泰君安"), ("net_profit_growth", "国泰君安")]
    (action,) = extract("中信证券给予腾讯买入评级，目标价500港元。").rating_actions
    assert (action.company, action.rating, action.target_price) == ("腾讯", "buy", 500.0)


def test_a_bond_auctions_cover_and_half_a_basis_point():
    rows = [(m.metric, m.value, m.unit, m.prior_value) for m in extract(
        "The bid-to-cover ratio, a gauge of demand, came in at 2.80 times, down from 3.03 times at the previous sale. "
        "The 10-year yield was up half a basis point at 0.315 percent.").metrics]
    assert ("bid_to_cover", 2.8, "x", 3.03) in rows and ("rate_change", 0.5, "bp", None) in rows


def test_who_polled_and_who_was_named_in_passing_own_nothing():
    text = ("Halvern Motors said it expected full-year operating profit to increase to JPY 1.42 trillion. That compares with a "
            "median estimate of JPY 1.39 trillion in a LSEG poll of 22 analysts. Its U.S. sales fell 6% to 207,000 vehicles.")
    assert {m.entity for m in extract(text).metrics} == {"Halvern Motors"}
    text = ("Kestrel Mobile was valued at £500 million today as it made its stock market debut. Kestrel Mobile differs from "
            "rivals such as Vodafone and mm02 in running on the network of T-Mobile. It generated turnover of £453.3 million.")
    assert {m.entity for m in extract(text).metrics} == {"Kestrel Mobile"}


def test_a_rating_lifted_while_the_target_is_cut_is_an_upgrade():
    (action,) = extract('* Halvern Cannabis Inc (HLV-T): Jefferies lifts its rating to "hold" but lowers its price target '
                        'to C$8.56 from C$9.44').rating_actions
    assert (action.action, action.rating, action.target_price, action.prior_target_price) == ("upgrade", "hold", 8.56, 9.44)


def test_a_loss_per_share_told_by_lost_and_levels_after_a_respective_list():
    assert [(m.metric, m.value) for m in extract("Halvern lost 30 cents a share in the quarter.").metrics] == [("eps", -0.3)]
    rows = extract("Tencent and Alibaba rose 2% and 3%, respectively, to HK$400 and HK$90.").metrics
    assert [(m.value, m.entity) for m in rows if m.unit == "HKD"] == [(400.0, "Tencent"), (90.0, "Alibaba")]


def test_a_currency_declared_below_the_headline_and_a_results_story_dated_after_its_year():
    text = ("鸿远体育(02999.HK)去年纯利升20%至12亿元\n\n格隆汇3月20日丨鸿远体育(02999.HK)公布截至2023年12月31日止年度业绩。"
            "集团全年收益为80亿元人民币(单位下同),按年增长10%;股东应占溢利为12亿元,按年增长20%。董事会建议派末期股息每股30港仙,连同中期股息每股20港仙。")
    rows = [(m.metric, m.value, m.unit, m.period) for m in extract(text).metrics]
    assert ("net_profit", 1.2e9, "CNY", "2023") in rows and not any(u == "HKD" and v == 1.2e9 for _, v, u, _ in rows)
    assert sorted({p for _, _, _, p in rows}) == ["2023", "2023H1"]  # 去年 and 中期 count from the year reported


def test_a_bracketed_year_label_is_the_amounts_prior_and_a_share_of_revenue_has_the_period():
    text = "鸿远体育公布2023年度业绩。鸿远分部收益为50亿元,较2022年增长25%(2022年:40亿元)。该分部占集团整体收益的62.5%。"
    rows = {(m.value, m.unit): m for m in extract(text).metrics}
    assert rows[(5e9, "CNY")].prior_value == 4e9 and rows[(62.5, "%")].period == "2023"


def test_hong_kongs_own_economy_is_the_subject_not_the_mainland_or_the_us_met_in_passing():
    text = ("香港首季GDP增长2.7%\n\n香港中通社5月12日电 香港今年首季的实质本地生产总值按年增长2.7%。"
            "第一季整体货物出口按年下跌18.7%,虽然香港与内地跨境货运限制取消。初时市场预期美国会放慢加息步伐。首季失业率下跌至3.1%。")
    assert {m.entity for m in extract(text).metrics} == {"香港"}


def test_taiwan_counts_rate_moves_in_quarter_points_and_its_central_bank_is_its_own():
    text = "台北报导\n\n中央银行于3月21日举行理监事会,意外宣布升息半码(0.125%),重贴现率调升为2%。央行自2022年以来累计调升3.5码(0.875%)。"
    rows = [(m.metric, m.value, m.unit, m.entity_key) for m in extract(text).metrics]
    assert ("rate_change", 12.5, "bp", "cbc_taiwan") in [(a, b, c, d) for a, b, c, d in rows if a != "growth"] or \
        (12.5, "bp", "cbc_taiwan") in [(b, c, d) for _, b, c, d in rows]
    assert (87.5, "bp") in [(b, c) for _, b, c, _ in rows]
    assert not any(u == "%" and v in (0.125, 0.875) for _, v, u, _ in rows)


def test_taiwan_holdcos_a_respective_list_and_the_measure_a_sentence_opens_with():
    text = ("七家金控公布2025年全年获利。元大金(2885)去年获利365.2亿元,兆丰金、玉山金EPS则分别为2.37元、2.12元。"
            "以全年获利年增率来看,玉山金年增31.5%居冠,永丰金年增19.2%次之。永丰金去年12月税后纯益15.6亿元。")
    rows = {(m.value, m.unit): m for m in extract(text).metrics}
    assert rows[(2.37, "TWD")].entity == "兆丰金" and rows[(2.12, "TWD")].entity == "玉山金"
    assert rows[(19.2, "%")].metric == "net_profit_growth" and rows[(19.2, "%")].entity == "永丰金"
    assert rows[(3.652e10, "TWD")].period == "2025" and rows[(1.56e9, "TWD")].period == "2025-12"


def test_brokers_cutting_a_companys_targets_in_a_list_and_a_name_that_ends_in_a_verb():
    text = "其余体育股同样难逃削目标价的命运:中国动向(03818)发出盈警后,遭摩通及大和分别削目标价至1.8元及1.69元。"
    actions = [(a.broker, a.company, a.target_price) for a in extract(text).rating_actions]
    assert actions == [("摩通", "中国动向", 1.8), ("大和", "中国动向", 1.69)]


def test_a_name_with_a_chinese_numeral_a_level_held_and_a_class_named_by_size_give_no_figures():
    rows = [(m.value, m.unit) for m in extract(
        "三元生物(301206)今日收报71.00元。小鹏汽车10月交付量为3040台,已连续两个月保持在3000台以上。"
        "规模超千亿元的15家基金公司合计规模为2.8万亿元。").metrics]
    assert (3.0, "CNY") not in rows and (3000.0, "units") not in rows and (1e11, "CNY") not in rows
    assert (71.0, "CNY") in rows and (2.8e12, "CNY") in rows
    rows = [m.value for m in extract("元大银行全年税后纯益站上百亿元大关,全年获利106.6亿元。").metrics]
    assert rows == [1.066e10]


def test_an_unknown_company_named_before_a_long_aside_or_after_what_it_is():
    text = ("Fernwick Air, which operates more than 60 routes from Manchester Airport and 35 from Liverpool John Lennon "
            "Airport, saw its September traffic rise by 11% to 13.1m passengers. Rival skyLark, which flies 59 routes, "
            "posted a 14.2% increase in the month. Hungarian carrier Volta Air enjoyed a 17.5% rise in passenger numbers.")
    assert [m.entity for m in extract(text).metrics] == ["Fernwick Air", "Fernwick Air", "skyLark", "Volta Air"]


def test_new_zealand_and_swiss_money_and_an_australian_story_that_writes_a_dollar_once():
    text = ("The Auckland-based company told the NZX that net profit climbed to $NZ462 million. It will pay a final dividend "
            "of 20 NZ cents a share.")
    assert [(m.value, m.unit) for m in extract(text).metrics] == [(4.62e8, "NZD"), (0.2, "NZD")]
    text = "* ORDER BACKLOG STOOD AT CHF 1’792.6 MILLION AS OF DEC 31, 2019, VERSUS A BACKLOG OF CHF 1’786.9 MILLION"
    (row,) = extract(text).metrics
    assert (row.value, row.unit, row.prior_value) == (1792.6e6, "CHF", 1786.9e6)
    text = ("Shares of Halvern Group Ltd (ASX: HVG) are down almost 1% to $161.86. Management expected consensus to move "
            "after this result (A$3.7-3.9 bn).")
    assert (161.86, "AUD") in [(m.value, m.unit) for m in extract(text).metrics]


def test_a_guidance_year_in_capitals_is_not_the_year_reported():
    text = ("Feb 19 (Reuters) - Halvern AG:\n\n* FOR 2020, HALVERN GUIDES TO SALES GROWTH OF 1% TO 3%\n\n"
            "* FY NET INCOME AT CHF 154.0M, +35.4%\n\n* FY EBIT CAME TO CHF 241.0 MILLION, A RISE OF 34.2% COMPARED WITH "
            "CHF 183.8 MILLION IN 2018\n\n* ORDER BACKLOG AS OF DEC 31, 2019 STOOD AT CHF 900 MILLION")
    periods = {m.value: m.period for m in extract(text).metrics}
    assert periods[154e6] in ("2019", "FY2019") and periods[34.2] in ("2019", "FY2019")


def test_the_month_before_as_a_release_states_it_is_the_prior():
    rows = [(m.value, m.prior_value) for m in extract(
        "In the 12 months through October, core CPI gained 1.8 percent after a 1.7 percent rise in September. "
        "Gasoline prices were down 3.0 percent after a 1.0 percent drop in September.").metrics]
    assert rows == [(1.8, 1.7), (-3.0, -1.0)]
    rows = [m.value for m in extract("Nonfarm payrolls rose 213,000 after a 244,000 increase in May and a 175,000 gain in April.").metrics]
    assert 244000.0 in rows


def test_an_australian_houses_add_rating_goldman_is_no_gold_price_and_a_code_after_a_space():
    text = ("Shares of Halvern Group Ltd (ASX: HVG) fell. Goldman Sachs has kept its neutral rating and cut its price target "
            "to $180.80 (from $194.99). Morgans analysts have kept their add rating but cut their price target to $182.80.")
    actions = [(a.broker, a.rating, a.target_price, a.currency) for a in extract(text).rating_actions]
    assert actions == [("Goldman Sachs", "neutral", 180.8, "AUD"), ("Morgans", "add", 182.8, "AUD")]
    (row,) = extract("Fernwick Retail Group (3308 HK) said profit reached RMB612.2 million in the six months.").metrics
    assert (row.entity, row.ticker) == ("Fernwick Retail Group", "3308.HK")


def test_a_sentence_told_a_year_earlier_and_a_growth_on_the_corresponding_period_of_a_year():
    text = ("Halvern Properties posted an 8 percent increase in second-quarter net profit on Sunday.\n\n"
            "It earned a net profit of 1.27 billion dirhams in the three months to June 30, 2016.\n\n"
            "A year earlier it had made a profit of 1.18 billion dirhams in the same period.\n\n"
            "Property sales totalling 10.44 billion dirhams were made in the first six months of the year, up 23 percent "
            "on the corresponding period of 2015.")
    periods = {m.value: m.period for m in extract(text).metrics}
    assert periods[1.18e9] == "2015Q2" and periods[10.44e9] == "2016H1" and periods[23.0] == "2016H1"


def test_a_move_that_turned_keeps_each_direction_and_a_restatement_lends_its_prior():
    text = ("3月,全国居民消费价格指数(CPI)同比上涨0.4%。"
            "从同比看,CPI由上月下降0.2%转为上涨0.4%。")
    rows = [(m.metric, m.value, m.prior_value) for m in extract(text).metrics]
    assert rows == [("cpi", 0.4, -0.2)]


def test_a_range_told_in_the_range_of_and_a_rate_cut_by_points_after_its_name():
    (row,) = extract("Halvern now forecasts FY23 earnings per share in the range of 5.15 dollars and 5.26 dollars.").metrics
    assert (row.low, row.high, row.unit) == (5.15, 5.26, "USD")
    rows = [(m.value, m.unit) for m in extract("滙豐、恒生齊降最優惠利率0.125厘。渣打把港元儲蓄存款利率調低0.124厘。").metrics]
    assert rows == [(-12.5, "bp"), (-12.4, "bp")]


def test_a_jobs_report_counts_jobs_added_the_employed_the_unemployed_and_hours():
    text = ("Full-time employment rose 24,500 to 8,156,200. The number of unemployed rose 12,800 to 756,100. "
            "Aggregate monthly hours worked climbed 5.1 million hours to 1,636.9 million hours.")
    rows = [(m.value, m.unit) for m in extract(text).metrics]
    assert rows == [(24500.0, "jobs"), (8156200.0, "people"), (12800.0, "people"), (756100.0, "people"),
                    (5.1e6, "hours"), (1636.9e6, "hours")]


def test_a_brokers_own_target_over_a_summary_and_a_dateline_written_day_first():
    text = ("鸿远科技(01899)近期遭多家大行调低目标价,其中最悲观的目标价只有10.5港元。"
            "中金公司把鸿远科技目标价下调20.5%至13.5元,维持「买入」评级。")
    assert [(a.broker, a.target_price) for a in extract(text).rating_actions] == [("中金公司", 13.5)]
    text = ("鸿远银行去年多赚17.8%至270.54亿元\n30/3/2023 16:56\n鸿远银行(02999)发表业绩, 去年录得纯利270亿5400万元; "
            "全年派息合共1.357元。经营溢利为367亿4300万元。")
    rows = {(m.metric, m.value): m.period for m in extract(text).metrics}
    assert rows[("net_profit_growth", 17.8)] == "2022" and set(rows.values()) == {"2022"}


def test_a_currency_pair_named_as_a_cause_and_a_hong_kong_code_are_no_owners_of_other_figures():
    text = "鸿远地产(00101)公布中期业绩。加上人民币兑港元汇率波动,令物业租赁收入下跌7%至48.86亿港元。"
    assert {m.entity for m in extract(text).metrics} == {"鸿远地产"}
    (row,) = [m for m in extract("遇见小面(02408)今早以5元开出。").metrics]
    assert row.unit == "HKD"


def test_danish_kroner_a_name_with_a_s_an_office_with_its_initials_and_a_parents_unit():
    rows = [(m.value, m.unit, m.entity) for m in extract(
        "Danish insurer Fjordvik A/S posted a third-quarter profit of 627 million kroner.").metrics]
    assert rows == [(6.27e8, "DKK", "Fjordvik A/S")]
    text = "The Office for National Statistics (ONS) reported that the UK unemployment rate was 4.0% in June to August."
    assert {m.entity for m in extract(text).metrics} == {"UK"}
    text = "(Reuters) - Bayer's Kestrelon rose as much 12.5 percent on Tuesday, its first day of trading."
    assert {m.entity for m in extract(text).metrics} == {"Kestrelon"}


def test_an_a_shares_name_a_chinese_broker_table_and_a_mainland_story_that_names_hong_kong_dollars_once():
    text = ("国泰君安：维持鸿远山A增持评级 目标价8.95元\n研报日期 | 机构简称 | 目标价 | 本次评级\n"
            "2021-08-13 | 国泰君安 | 8.95 | 增持")
    assert [(a.broker, a.company, a.target_price, a.currency) for a in extract(text).rating_actions] == \
        [("国泰君安", "鸿远山A", 8.95, "CNY")]
    text = "16家上市房企1月份合计销售业绩为313.2亿元(其中个别企业按港币计算),以人民币计。"
    assert [m.unit for m in extract(text).metrics] == ["CNY"]


def test_a_margin_below_last_year_is_negative_and_an_indian_telecom_is_known():
    (row,) = extract("The gross margin for the nine weeks is expected to be about 80 basis points below last year.").metrics
    assert (row.value, row.unit) == (-80.0, "bp")
    rows = extract("Bharti Airtel's average revenue per user rose to Rs 162 in the July-September quarter.").metrics
    assert [(m.entity, m.value, m.unit) for m in rows] == [("Bharti Airtel", 162.0, "INR")]


def test_a_labour_release_counts_claimants_and_vacancies_and_the_number_of_anything_counts_it():
    text = ("UK labour market: the claimant count rose by 31,400 in May, to 1.652 million. The estimated number of "
            "vacancies fell by 27,000 on the quarter, to 912,000.")
    rows = [(m.metric, m.value, m.unit) for m in extract(text).metrics]
    assert rows == [("claimant_count_change", 31400.0, "people"), ("claimant_count", 1652000.0, "people"),
                    ("vacancies_change", -27000.0, "vacancies"), ("vacancies", 912000.0, "vacancies")]
    rows = extract("Orvane Pay said the number of registered merchants rose by 6% to 412,800.").metrics
    assert [(m.value, m.unit) for m in rows] == [(6.0, "%"), (412800.0, "merchants")]
    assert extract("The number of days it took to settle rose to 45.").metrics == []


def test_a_measure_spelled_in_capitals_is_no_company():
    text = ("Kelvara Telecom reported its quarter. Average Revenue Per User (ARPU) climbed 7% to Rs 211, "
            "and Blended ARPU rose to Rs 198.")
    rows = [(m.metric, m.value, m.entity) for m in extract(text).metrics]
    assert rows == [("arpu_growth", 7.0, "Kelvara Telecom"), ("arpu", 211.0, "Kelvara Telecom"),
                    ("arpu", 198.0, "Kelvara Telecom")]


def test_a_rate_stated_for_one_dollar_gives_no_row_of_one_dollar():
    text = "Tovik A/S earned 815 million Danish kroner. As of Nov. 3, US$1 was equivalent to 6.88 Danish kroner."
    assert 1.0 not in [m.value for m in extract(text).metrics]
    text = "On an assumed exchange rate of 1 US dollar to 31.8 New Taiwan dollars, Ferrovia guides a 51% gross margin."
    assert 1.0 not in [m.value for m in extract(text).metrics]


def test_a_measure_held_flat_is_a_change_of_zero():
    rows = [(m.metric, m.value, m.unit, m.prior_value) for m in extract(
        "Norway's economy was flat in the second quarter, rather than the 0.3% contraction first estimated.").metrics]
    assert rows == [("gdp_growth", 0.0, "%", -0.3)]
    (row,) = extract("Spanish retail sales were unchanged from the previous month in April.").metrics
    assert (row.metric, row.value) == ("retail_sales_growth", 0.0)
    assert extract("Shares in Korvale were flat in Oslo. The bank left rates unchanged.").metrics == []


def test_a_multiple_of_a_result_is_kept_in_times():
    text = ("Ostrava Motors' operating profit jumped more than six times from a year earlier to 41 billion yen. "
            "Its net income roughly tripled to 12 billion yen, and sales grew 1.7 times.")
    rows = [(m.metric, m.value, m.unit) for m in extract(text).metrics]
    assert ("operating_profit_growth", 6.0, "x") in rows and ("net_profit_growth", 3.0, "x") in rows
    assert ("revenue_growth", 1.7, "x") in rows
    assert extract("Its exports doubled last year.").metrics == []  # a rounding of a figure given elsewhere


def test_a_person_named_after_a_title_is_no_company_in_later_sentences():
    text = ("Corvane held its earnings call. Chief financial officer Lin Wei-Tsung said revenue would rise. "
            "Lin Wei-Tsung added that the gross margin would be 53% to 55%.")
    assert "Lin Wei-Tsung" not in {m.entity for m in extract(text).metrics}


def test_a_headline_opening_with_its_company_names_the_producer():
    text = ("Talvera Mining copper production up 9% in Q3\n\n"
            "Third-quarter copper production totalled 88,410 tonnes, up 9% from the second quarter.")
    assert {m.entity for m in extract(text).metrics} == {"Talvera Mining"}


def test_a_record_since_an_old_year_does_not_date_the_text():
    text = ("Core prices climbed 2.4 pct over the past 12 months, the steepest annual rise since the second quarter "
            "of 1995. Final sales rose 2.1 pct in the third quarter.")
    assert [m.period for m in extract(text).metrics][-1] in (None, "Q3")


def test_a_revision_keeps_the_first_estimate_as_prior():
    text = ("The core price index rose a revised 2.2 pct in the quarter, slightly lower than the 2.3 pct estimated a "
            "month ago. Final sales rose a revised 2.1 pct, quicker than the 1.7 pct estimated earlier, and spending "
            "had risen 4.0 pct in the prior quarter, well down from the prior quarter's 4.0 pct rise.")
    rows = [(m.value, m.prior_value) for m in extract(text).metrics]
    assert (2.2, 2.3) in rows and (2.1, 1.7) in rows and all(v > 0 for v, _ in rows)


def test_vietnams_market_wrap_its_indices_and_dong():
    text = ("Vietnam's benchmark VN-Index rose 0.5 percent to 1,241.02 points. The VN30 basket of the 30 largest "
            "stocks had 18 gainers. Trading on HoSE reached VND18.2 trillion. The HNX-Index fell 0.3 percent.")
    rows = [(m.value, m.unit, m.entity) for m in extract(text).metrics]
    assert (1241.02, "points", "VN-Index") in rows and (-0.3, "%", "HNX-Index") in rows
    assert (18.2e12, "VND") in [(v, u) for v, u, _ in rows] and 30.0 not in [v for v, _, _ in rows]


def test_a_rise_by_a_multiple_in_chinese_is_a_percent_and_an_offer_covered_many_times_is_oversubscription():
    rows = [(m.metric, m.value, m.unit) for m in extract("鸿远科技上半年净利润同比增长2.4倍。").metrics]
    assert rows == [("net_profit_growth", 240.0, "%")]
    text = "鸿远科技(02999)今日在港交所上市,开市价报42元,较18元的上市价升约1.3倍。公开发售部分超额1,516倍。"
    rows = [(m.metric, m.value, m.unit, m.entity) for m in extract(text).metrics]
    assert ("share_price_change", 130.0, "%", "鸿远科技") in rows and ("oversubscription", 1516.0, "x", "鸿远科技") in rows
    assert 18.0 in [m.value for m in extract(text).metrics]  # the listing price is a figure, not the open's prior
    assert "港交所" not in {m.entity for m in extract(text).metrics}


def test_a_hong_kong_wire_writes_renminbi_as_renbi_and_gross_profit_is_its_own_metric():
    text = "鸿远水泥(02999)公布中期业绩,纯利为2﹒15亿人幣,按年跌12﹒4%;期內收益為28﹒6億人幣,毛利錄6﹒1億人幣。"
    rows = [(m.metric, m.value, m.unit) for m in extract(text).metrics]
    assert ("net_profit", 2.15e8, "CNY") in rows and ("revenue", 2.86e9, "CNY") in rows
    assert ("gross_profit", 6.1e8, "CNY") in rows


def test_a_taiwan_holding_companys_months_its_subsidiaries_and_a_year_in_brackets():
    text = ("今(2024)年度台股上漲,金控獲利亮眼。中信金前4月獲利215.3億元,衰退近8%;台新人壽4月稅後淨損2.1億元。"
            "兆豐金今年前4月大賺120.6億。")
    rows = [(m.metric, m.value, m.unit, m.entity, m.period) for m in extract(text).metrics]
    assert ("net_profit", 2.153e10, "TWD", "中信金", "2024-01..04") in rows
    assert ("net_profit_growth", -8.0, "%", "中信金", "2024-01..04") in rows
    assert ("net_profit", -2.1e8, "TWD", "台新人壽", "2024-04") in rows
    assert ("net_profit", 1.206e10, "TWD", "兆豐金", "2024-01..04") in rows


def test_one_rating_move_on_a_list_of_companies_rates_each_of_them():
    text = "3.摩根大通把旗下覆蓋的港股內房股,即鸿远地产(02999)、远景置业(02998)及恒远发展(02997)的評級由“增持”降至“中性”。"
    actions = [(a.broker, a.company, a.action, a.rating, a.prior_rating) for a in extract(text).rating_actions]
    assert [x[1] for x in actions] == ["鸿远地产", "远景置业", "恒远发展"]
    assert {x[2:] for x in actions} == {("downgrade", "neutral", "overweight")}


def test_power_capacity_units_an_analysts_employer_and_times_listed_as_items():
    rows = [(m.low, m.high, m.unit) for m in extract("鸿远光伏2025年底硅片产能将达到60-65GW。").metrics]
    assert rows == [(60.0, 65.0, "GW")]
    text = ("6月10日,央行公布了5月金融数据。5月末M2同比增长8.1%。鸿远银行金融市场部分析师李明认为,M2增速平稳。"
            "5月末人民币贷款余额同比增长12.2%,而去年同期和上个月的增速分别为13.2%、12.3%。")
    entities = {m.entity for m in extract(text).metrics}
    assert "鸿远银行" not in entities and "上个月" not in entities and "同期" not in entities


def test_a_nigerian_bank_in_naira_and_a_fall_of_an_amount_in_its_profit():
    text = "Kolaba Bank Plc has posted a fall of N6.214 billion in profit after tax, to N31.9 billion for the half year."
    rows = [(m.metric, m.value, m.unit) for m in extract(text).metrics]
    assert rows == [("net_profit_change", -6.214e9, "NGN"), ("net_profit", 3.19e10, "NGN")]


def test_net_sellers_and_buyers_of_a_market_day():
    text = ("Foreign investors were net sellers for a third session, unloading 212.4 billion won worth of shares. "
            "Retail investors sold a net 98.1 billion won, while institutions bought a net 301.7 billion won.")
    assert [(m.metric, m.value) for m in extract(text).metrics] == [
        ("net_inflow", -2.124e11), ("net_inflow", -9.81e10), ("net_inflow", 3.017e11)]


def test_an_outlook_to_grow_by_a_range_and_a_year_an_estimate_is_for():
    (row,) = extract("The lender expects fee income to grow by 4% to 8% this year.").metrics
    assert (row.low, row.high, row.unit) == (4.0, 8.0, "%")
    text = ("Quarterly net profit was EUR1.1 billion for the first quarter of 2023. Before the release, consensus for its "
            "2024 capital ratio was 13.5%.")
    assert extract(text).metrics[0].period == "2023Q1"


def test_industries_opening_a_sentence_are_no_companies_and_the_nasdaq_moves():
    text = "New Zealand's economy grew 0.4% in the quarter. Construction rose 2.1%, while Manufacturing output slipped 0.3%."
    assert "Construction" not in {m.entity for m in extract(text).metrics}
    rows = extract("The Dow is up 0.4 percent, and the Nasdaq is off just 0.2 percent.").metrics
    assert [(m.entity, m.value) for m in rows] == [("Dow", 0.4), ("Nasdaq", -0.2)]


def test_a_price_against_the_previous_close_and_container_volumes():
    (row,) = extract("Three-month zinc was little changed at $2,405 per tonne, against a close of $2,411 per tonne.").metrics
    assert (row.value, row.prior_value) == (2405.0, 2411.0)
    rows = extract("Norrvik Lines transported 3.42 million TEU in the first half.").metrics
    assert [(m.value, m.unit) for m in rows] == [(3.42e6, "teu")]


def test_chinese_moves_of_the_yuan_a_slowing_and_a_quarter_up_by_a_multiple_before_a_list():
    text = "人民币汇率中间价:1美元对人民币7.1025元,上一交易日中间价为7.0980元,单日调贬45基点。"
    rows = [(m.value, m.unit, m.prior_value) for m in extract(text).metrics]
    assert rows == [(7.1025, "CNY", 7.098), (-45.0, "pips", None)]
    rows = [m.value for m in extract("鸿远光学第3季税后净利42.1亿元,季增3.2倍、年增5.5%。利润增速比9月份放缓0.7个百分点。").metrics]
    assert 320.0 in rows and -0.7 in rows
    rows = [(m.value, m.unit) for m in extract("台湾今年平均每人GDP为3万1,260美元。").metrics]
    assert rows == [(31260.0, "USD")]


def test_a_chinese_headline_whose_company_gets_a_brokers_target():
    (row,) = extract("鸿远航空目标价获大摩升至18元。").metrics
    assert (row.metric, row.value, row.entity) == ("target_price", 18.0, "鸿远航空")


def test_an_exchange_a_result_is_filed_with_and_a_sales_region_own_no_figures():
    text = ("Kolaba Bank Plc reported half-year results. According to the results filed with the Nigerian Stock Exchange "
            "(NSE), gross earnings fell 6.2 per cent. Sales in the EMEA region slipped 3 percent and APJC was 1 percent lower.")
    entities = {m.entity for m in extract(text).metrics}
    assert "Nigerian Stock Exchange" not in entities and "APJC" not in entities


def test_listed_earlier_values_give_their_priors_in_order_and_date_the_quarter():
    text = ("For its fiscal second quarter, Velnor posted revenues of USD 8.1 billion. On a GAAP basis, total gross "
            "margin and product gross margin came to 61.2% and 59.8%, respectively, against 60.1% and 58.0%, "
            "respectively, in the second quarter of fiscal 2023.")
    rows = [(m.value, m.prior_value, m.period) for m in extract(text).metrics]
    assert (61.2, 60.1, "FY2024Q2") in rows and (59.8, 58.0, "FY2024Q2") in rows


def test_a_metal_exchanges_volume_in_kilograms():
    rows = [(m.value, m.unit) for m in extract("上海黄金交易所黄金Au99.95收于410.2元/克,成交2,106公斤。").metrics]
    assert rows == [(410.2, "CNY"), (2106.0, "kg")]


def test_a_vietnam_wire_names_each_stock_by_its_code_then_its_company():
    text = ("Vietnam's benchmark VN-Index rose 0.6 percent to 1,281.4 points. TCB of private lender Techcombank climbed "
            "4.1 percent, and VNM of dairy giant Vinamilk ended 2.2 percent lower.")
    rows = [(m.entity, m.value) for m in extract(text).metrics if m.unit == "%"]
    assert rows == [("VN-Index", 0.6), ("Techcombank", 4.1), ("Vinamilk", -2.2)]


def test_a_sentence_opening_with_a_possessive_names_the_company_of_its_results():
    text = ("Investment returns lift Norvane profit\n\nNorvane Insurance Group's net profit for the first half climbed to "
            "$US310 million from $US52 million a year earlier. Gross written premium (GWP) was up 9% at $US8.1 billion.")
    assert {m.entity for m in extract(text).metrics} == {"Norvane Insurance Group"}


def test_soft_commodities_and_battery_metals_own_their_prices():
    rows = [(m.entity, m.value) for m in extract("Malaysian palm oil futures fell 0.8% to 3,912 ringgit a tonne, and cocoa rose 2.1%.").metrics]
    assert rows[0][0] == "Malaysian palm oil" and ("cocoa", 2.1) in rows


def test_a_hong_kong_story_takes_the_brokers_hong_kong_target_and_adr_is_no_name():
    text = ("鸿远网络(09999.HK)昨日發表業績。花旗認為整體業績扎實，美股ADR的目標價上調約3%，至88美元，港股目標價升至86港元，"
            "維持「買入」評級。摩根士丹利給予「增持」評級，對ADR的目標價則維持80美元。")
    actions = [(a.broker, a.company, a.target_price, a.currency) for a in extract(text).rating_actions]
    assert ("花旗", "鸿远网络", 86.0, "HKD") in actions and ("摩根士丹利", "鸿远网络", 80.0, "USD") in actions


def test_a_european_wrap_reads_bare_index_moves_and_names_an_index_of_a_known_family():
    text = ("The FTSE Eurozone 50 index finished 8.42 higher at 2,310.75, while the broader FTSE Eurotop 200 ended 1.93 ahead "
            "at 1,204.66. The CAC 40 closed 31.2 or 0.7 per cent lower at 4,512.9.")
    rows = {(m.entity, m.metric, m.value, m.unit) for m in extract(text).metrics}
    assert ("FTSE Eurozone 50 index", "index_change", 8.42, "points") in rows
    assert ("FTSE Eurotop 200", "index_change", 1.93, "points") in rows
    assert ("CAC 40", "index_change", -31.2, "points") in rows and ("CAC 40", "index_level", 4512.9, "points") in rows


def test_cents_moves_take_the_currency_of_the_price_after_them_and_each_mover_its_name():
    text = ("Korvex rose 48 cents or 2.6 per cent to €18.90. Delmar put on 35 cents at €42.10 and Hoffner leapt €2.05 to "
            "€61.40. Aldorf gained 52 cents and Brenner Werke 37 cents at €29.50. Milan edged up after a 4.2 per cent rise "
            "in Fiorella, the appliance maker.")
    rows = {(m.entity, m.value, m.unit) for m in extract(text).metrics}
    assert {("Korvex", 0.48, "EUR"), ("Delmar", 0.35, "EUR"), ("Hoffner", 2.05, "EUR"), ("Aldorf", 0.52, "EUR"),
            ("Brenner Werke", 0.37, "EUR"), ("Fiorella", 4.2, "%")} <= rows
    assert next(m.metric for m in extract(text).metrics if m.value == 0.37) == "share_price_change"


def test_housing_starts_and_permits_are_counted_at_their_annual_pace():
    text = ("U.S. housing starts rose 2.1% in March to a seasonally adjusted annual rate of 1,320,000, below the annual "
            "rate of 1,350,000 economists had expected. Building permits fell 1.4% to an annual rate of 1,402,000.")
    rows = {(m.metric, m.value, m.unit) for m in extract(text).metrics}
    assert {("housing_starts", 1320000.0, "units"), ("building_permits", 1402000.0, "units")} <= rows
    assert any(v == 1350000.0 for _, v, _ in rows)


def test_money_leaving_or_entering_funds_is_a_signed_flow():
    text = ("$320.5 million worth of capital left U.S. spot ether ETFs on Monday, after $96.1 million flowed into the "
            "funds on Friday. Ether has fallen 20% this month, after a 3.9% loss over the past day.")
    rows = [(m.value, m.metric) for m in extract(text).metrics]
    assert (-320500000.0, "net_inflow") in rows and (96100000.0, "net_inflow") in rows
    assert any(v == -3.9 for v, _ in rows)


def test_an_outlook_range_after_an_apposition_and_an_amount_a_figure_fell_by():
    text = ("The chain expects revenue per available room, the industry's main yardstick, to rise by 2% to 3% next year. "
            "Its loyalty scheme, which counts 9.2 million members, grew in spite of a $A95 million fall in revenue.")
    metrics = extract(text).metrics
    assert any((m.low, m.high) == (2.0, 3.0) for m in metrics)
    rows = {(m.value, m.unit) for m in metrics}
    assert (9200000.0, "members") in rows and (-95000000.0, "AUD") in rows


def test_a_roundup_does_not_lend_its_figures_to_a_company_it_names_once_late():
    text = ("Venture funding\nFundraising by venture firms fell 61 percent to $1.2 billion in May. There were 410 deals "
            "over the month, against 455 in April, and the total raised climbed to $6.3 billion. Exits were scarce: 12 "
            "venture-backed companies were bought for a combined $2.1 billion, against 19 in April. Two listed, raising "
            "$310 million between them. Several funds closed early. Among the month's larger deals was the $140 million that "
            "Harwell Partners put into Quillon Systems Inc.")
    assert {m.entity for m in extract(text).metrics if m.value in (-61.0, 1200000000.0, 6300000000.0)} == {None}


def test_a_narrower_fall_than_in_the_earlier_months_is_a_rise_in_percentage_points():
    text = ("2020年1-5月份，全国固定资产投资同比下降6.3%，降幅较1-4月份收窄4.0个百分点。制造业投资下降14.8%，房地产开发投资"
            "下降0.3%，降幅较1-4月份分别收窄4.0、3.0个百分点。")
    rows = [(m.value, m.unit, m.period) for m in extract(text).metrics]
    assert (4.0, "pp", "2020-01..05") in rows and (-14.8, "%", "2020-01..05") in rows and (3.0, "pp", "2020-01..05") in rows
    assert [v for v, _, _ in rows if v in (-4.0, -3.0)] == []
    assert [m.value for m in extract("恆生指數尾盤跌幅收窄至1.05%或210.24點。").metrics] == [-1.05, -210.24]


def test_according_to_the_company_names_no_company():
    text = "另外，按照公司披露的2025中期分红预案，每10股派现14.10元（含税），单次派现规模为17.10亿元（含税）。"
    assert {m.entity for m in extract(text).metrics} == {None}


def test_a_pence_round_up_gives_each_line_its_company_and_each_broker_its_action():
    text = ("Thursday broker round-up\n\nHalbeck Foods: Carrow Securities lifts its target from 1,180p to 1,240p, keeping a hold "
            "rating.\nPremier Quarry: Delling Capital reiterates its buy rating and 415p target; Mortlake downgrades to "
            "sector performer.\nWexby: Orrin Partners downgrades from buy to neutral, 655p target left unchanged.")
    actions = {(a.broker, a.company, a.action, a.rating, a.target_price, a.prior_target_price, a.currency)
               for a in extract(text).rating_actions}
    assert ("Carrow Securities", "Halbeck Foods", "raise_target", "hold", 12.4, 11.8, "GBP") in actions
    assert ("Delling Capital", "Premier Quarry", "reiterate", "buy", 4.15, None, "GBP") in actions
    assert ("Mortlake", "Premier Quarry", "downgrade", "sector perform", None, None, None) in actions
    assert ("Orrin Partners", "Wexby", "downgrade", "neutral", 6.55, None, "GBP") in actions


def test_an_agency_is_no_company_and_a_commodity_owns_its_stocks():
    text = ("Crude stocks fall\n\nU.S. crude inventories climbed by 2.1 million barrels to 441.3 million barrels last week, "
            "the U.S. Energy Information Administration (EIA) said, while analysts had expected a decrease of 1.4 million "
            "barrels. U.S. crude futures were 41 cents lower at $74.10 per barrel.")
    rows = {(m.entity, m.metric, m.value) for m in extract(text).metrics}
    assert ("U.S. crude futures", "price", 74.1) in rows and ("U.S. crude futures", "price_change", -0.41) in rows
    assert any(metric == "inventories_change" and value == 2100000.0 for _, metric, value in rows)
    assert any(value == -1400000.0 for _, _, value in rows)
    assert not any(entity and "Administration" in entity for entity, _, _ in rows)


def test_a_bond_sale_belongs_to_the_economy_its_headline_names_not_a_central_bank_named_in_passing():
    text = ("Spain Sells 4.1 Billion Euros of 10-year Bonds\n\nSpain sold 4.1 billion euros of 10-year bonds in its first "
            "sale since the European Central Bank began buying its debt. The 10-year bond was sold at a yield of 4.87 "
            "percent. Bids came to 1.64 times the amount offered. The Treasury also sold 1.2 billion euros of bonds due "
            "in 2016.")
    rows = {(m.entity, m.metric, m.value) for m in extract(text).metrics}
    assert ("Spain", "rate", 4.87) in rows and ("Spain", None, 1200000000.0) in rows
    assert any(metric == "bid_to_cover" and value == 1.64 for _, metric, value in rows)
    assert not any(entity == "ECB" for entity, _, _ in rows)


def test_a_revised_count_keeps_what_it_showed_before_and_a_list_of_rates_goes_on_after_semicolons():
    text = ("June's result was revised to show job growth of 18,000 (previously showed a rise of 15,200). Unemployment rates "
            "across the regions in July were: North 4.8 per cent (5.1 per cent in June); East 5.2 per cent (5.0 per cent); "
            "West 3.9 per cent (4.1 per cent).")
    rows = [(m.metric, m.value, m.prior_value) for m in extract(text).metrics]
    assert ("payrolls", 18000.0, 15200.0) in rows
    assert [r for r in rows if r[0] == "unemployment_rate"] == [
        ("unemployment_rate", 4.8, 5.1), ("unemployment_rate", 5.2, 5.0), ("unemployment_rate", 3.9, 4.1)]


def test_taiwan_writes_earnings_per_share_as_mei_gu_ying_yu():
    rows = [(m.metric, m.value) for m in extract("大成光電第三季稅後淨利12.4億元，季增1.5倍，每股盈餘9.27元。").metrics]
    assert ("eps", 9.27) in rows


def test_a_wraps_volume_and_investor_groups_flows_are_no_companys():
    text = ("Seoul stocks slip\n\nThe benchmark KOSPI lost 12.3 points, or 0.6 percent, to 2,104.5. Volume was light at 301.2 "
            "million shares worth 4.6 trillion won.\n\nKorvo Steel fell 2.1 percent to 51,200 won.\n\nRetail investors sold a "
            "net 88.1 billion won, while institutions bought a net 120.4 billion won. The local currency closed at 1,188.2 "
            "won against the dollar.")
    rows = {(m.entity, m.value) for m in extract(text).metrics}
    assert {("KOSPI", 301200000.0), ("KOSPI", 4600000000000.0), ("Retail investors", -88100000000.0),
            ("institutions", 120400000000.0)} <= rows
    assert next(e for e, v in rows if v == 1188.2) != "Korvo Steel"


def test_a_deficit_is_a_negative_balance_and_a_surplus_a_positive_one():
    text = ("Britain's goods trade gap widened to £6.9 billion in May. Economists had predicted a deficit of £6.2 billion. "
            "The oil deficit grew to £310 million, while April's surplus was revised to £45 million.")
    rows = [(m.metric, m.value) for m in extract(text).metrics]
    assert ("trade_balance", -6900000000.0) in rows and ("trade_balance", -6200000000.0) in rows
    assert ("trade_balance", -310000000.0) in rows and ("trade_balance", 45000000.0) in rows


def test_chi_ping_against_the_month_or_year_before_is_a_change_of_zero():
    rows = [(m.metric, m.value, m.prior_value) for m in extract("8月份CPI环比持平（前值0.3%），同比上涨0.6%。").metrics]
    assert ("cpi", 0.0, 0.3) in rows and ("cpi", 0.6, None) in rows
    assert [(m.metric, m.value) for m in extract("公司上半年净利润同比基本持平。").metrics] == [("net_profit_growth", 0.0)]
    assert [m.value for m in extract("公司营收同比持平于50亿元。").metrics] == [5000000000.0]


def test_an_indian_financial_year_is_named_by_the_year_it_ends_in():
    text = ("Korvali Power said its standalone net profit rose 18 per cent to Rs 2,310 crore in the fourth quarter ended 31 "
            "March, 2023. In the year-ago period the company had posted a profit of Rs 1,958 crore. The board recommended a "
            "final dividend of Rs 4 per equity share for the financial year 2022-23.")
    rows = {(m.value, m.period) for m in extract(text).metrics}
    assert (19580000000.0, "FY2022Q4") in rows and (4.0, "FY2023") in rows
    assert {(p.unit, p.year) for p in find_periods("FY2021-22 revenue and fiscal 2019/20")} == {("Y", 2022), ("Y", 2020)}


def test_a_company_after_a_described_home_or_base_and_a_producer_by_its_verb():
    text = ("Dorvant Stores ups FY guidance\n\nUS retailer Dorvant Stores has raised its outlook after a 6.1 percent rise in "
            "sales to 3.2 billion dollars.")
    assert {m.entity for m in extract(text).metrics} == {"Dorvant Stores"}
    text = "Canada-based Halvern Mining has cut its guidance for total copper production by 12,000 tonnes."
    assert {m.entity for m in extract(text).metrics} == {"Halvern Mining"}
    assert {m.entity for m in extract("Tarvo Copper produced a record 61,500 tonnes of copper in the quarter.").metrics} == {"Tarvo Copper"}


def test_a_year_in_chinese_digits_dates_a_hong_kong_release_whose_figures_are_hong_kongs():
    text = ("土地註冊處公布九月份統計數字\n土地註冊處今日公布二○二三年九月份的各項統計數字。九月份樓宇買賣合約的總值為298億元"
            "(較八月份下跌14.7%)。")
    rows = {(m.entity, m.value, m.period) for m in extract(text).metrics}
    assert ("香港", 29800000000.0, "2023-09") in rows and ("香港", -14.7, "2023-09") in rows
    assert [(p.unit, p.year) for p in find_periods(normalize("二〇二四年上半年").text)] == [("H", 2024)]


def test_a_correction_notice_table_reads_the_corrected_columns():
    text = ("泰岳精工：2024年度业绩快报更正公告\n泰岳精工股份有限公司曾于2025年2月20日发布2024年度业绩快报公告，现将其中有关内容更正"
            "如下：\n一、更正前后的主要财务数据及指标(单位：万元)\n"
            "项目 | 本报告期(更正前) | 本报告期(更正后) | 上年同期(更正前) | 上年同期(更正后) | 更正后的增减变动幅度(%)\n"
            "营业总收入 | 41,210.50 | 40,980.25 | 38,100.00 | 37,950.10 | 7.98\n"
            "加权平均净资产收益率 | 3.10 | 3.05 | 4.20 | 4.15 | 减少1.10个百分点\n")
    rows = {(m.metric, m.value, m.unit, m.prior_value, m.period) for m in extract(text).metrics}
    assert ("revenue", 409802500.0, "CNY", 379501000.0, "2024") in rows
    assert ("roe", 3.05, "%", 4.15, "2024") in rows and ("roe_change", -1.1, "pp", None, "2024") in rows
    assert not any(v == 412105000.0 for _, v, _, _, _ in rows)


def test_a_leaders_standing_is_no_company():
    text = "报告对嘉骏控股给予“增持”评级。嘉骏居电动车行业龙头地位,2023年营收348亿元,对应合理价值17.14港元/股。"
    assert "地位" not in {m.entity for m in extract(text).metrics}


def test_a_ratios_figures_glued_to_its_name_are_read():
    text = "该机构预计公司25/26/27年归母净利润为112/135/161亿元，对应PE31/25/21x，维持“买入”评级。公司去年EPS0.92元。"
    rows = [(m.metric, m.value, m.period) for m in extract(text).metrics]
    assert [r for r in rows if r[0] == "pe_ratio"] == [("pe_ratio", 31.0, "2025"), ("pe_ratio", 25.0, "2026"), ("pe_ratio", 21.0, "2027")]
    assert ("net_profit", 11200000000.0, "2025") in rows and any(m == "eps" and v == 0.92 for m, v, _ in rows)


def test_a_loss_in_brackets_is_negative_and_a_headlines_last_word_is_no_person():
    text = ("Korvane Misses Estimates in Q1 Despite Revenue Beat\n\nKorvane posted a Q1 EPS of ($0.05), $0.01 worse than the "
            "analyst estimate of ($0.04). It expects full-year EPS of ($0.10) to ($0.14). Revenue was RMB8 billion ($1.1 billion).")
    rows = [(m.entity, m.value, m.low, m.high) for m in extract(text).metrics]
    assert ("Korvane", -0.05, None, None) in rows and ("Korvane", -0.04, None, None) in rows
    assert ("Korvane", None, -0.14, -0.1) in rows and ("Korvane", 0.01, None, None) in rows
    assert any(v == 8000000000.0 for _, v, _, _ in rows) and not any(v == -1100000000.0 for _, v, _, _ in rows)


def test_an_airlines_traffic_and_a_term_the_text_abbreviates():
    text = ("Velora Air carried 41.2 million passengers last year, up 9.8%. The passenger load factor, or seat occupancy, "
            "increased by 2.3 points to 81.4%. Available Seat Kilometers (ASK) grew 11.2% to 96.5 billion. In December ASK rose "
            "7.4% to 8.1 billion.")
    rows = {(m.entity, m.metric, m.value, m.unit) for m in extract(text).metrics}
    assert ("Velora Air", "passengers", 41200000.0, "passengers") in rows
    assert ("Velora Air", "load_factor_change", 2.3, "pp") in rows and ("Velora Air", "load_factor", 81.4, "%") in rows
    assert ("Velora Air", "available_seat_km", 8100000000.0, "ASK") in rows
    assert not any(e == "ASK" for e, _, _, _ in rows)


def test_a_dateline_day_an_accented_agency_and_a_possessive_without_s():
    text = ("SAO PAULO, April 30 Grupo Verdal SA, the Brazilian telecoms group, reported first-quarter net income of 212 million "
            "reais. It told Türkiye's Public Disclosure Platform (KAP) that debt rose 4%. So far this year Verdal' stock has "
            "jumped 12.5%, which values the firm at $2.1bn, or 31 times last year's earnings.")
    rows = {(m.entity, m.metric, m.value) for m in extract(text).metrics}
    assert ("Grupo Verdal SA", "net_profit", 212000000.0) in rows
    assert not any(e and ("Platform" in e or "April" in e) for e, _, _ in rows)
    assert any(m == "pe_ratio" and v == 31.0 for _, m, v in rows)


def test_a_gulf_results_story_in_dinars_with_its_periods_carried():
    text = ("Dubai, UAE–Qaswan Group's net profit for the second quarter of 2023 rose 11 percent to $140 million.\n\n"
            "In the first six months of 2023 (H1), Qaswan Group's consolidated revenue came to KD610 million ($1.98 billion), "
            "up 8% YoY. Ebitda for the period reached KD220 million, a rise of 6% YoY.")
    rows = {(m.entity, m.value, m.unit, m.period) for m in extract(text).metrics}
    assert ("Qaswan Group", 140000000.0, "USD", "2023Q2") in rows and ("Qaswan Group", 610000000.0, "KWD", "2023H1") in rows
    assert ("Qaswan Group", 220000000.0, "KWD", "2023H1") in rows


def test_the_half_of_the_year_is_the_reported_halfs_and_a_described_benchmark_the_index():
    text = ("Harlow Air posted its results for the first six months of 2024 on Wednesday. For the first half of the year the "
            "group booked a net profit of HK$2.1 billion. It aims to restore full capacity by the first quarter of 2025.")
    assert {(m.value, m.period) for m in extract(text).metrics} >= {(2100000000.0, "2024H1")}
    text = ("On Wednesday the Hang Seng Index fell 2.1 per cent to 16,993.44. Meituan slumped 12 per cent to HK$90.45. "
            "The 80-member benchmark is down 0.7 per cent this month.")
    assert ("Hang Seng Index", -0.7) in {(m.entity, m.value) for m in extract(text).metrics}
    rows = {(m.entity, m.value) for m in extract("The Tech Index gave up 2.3 per cent in Hong Kong.").metrics}
    assert rows == {("Tech Index", -2.3)}


def test_a_year_named_only_for_an_earlier_reading_dates_the_quarter_after_it():
    text = ("Harcourt Bank's first quarter operating income came to $2.1bn, down 6% year-on-year. The bank ended the quarter "
            "with a CET1 ratio of 13.8%, up from 13.1% a year ago but down on the 14.2% reported at the end of 2022.")
    assert {(m.value, m.period) for m in extract(text).metrics} >= {(2100000000.0, "2023Q1"), (13.8, "2023Q1")}


def test_a_hong_kong_wrap_reads_lost_points_the_index_names_and_short_selling():
    text = ("港股昨日再度受壓。恒生指數最終收報21,408點，全日失312點或1.4%。國企股指數失0.8%，恒生科技指數微跌0.2%，"
            "台灣加權平均指數同樣失2.1%。恒生中國企業(2828)淨吸資12.5億元；盈富基金(2800)獲港股通資金淨流入30.2億元。"
            "大市昨日的沽空額增至510.3億元，沽空率達19.6%。反觀下游業務佔比較多的中國石化(386)則下挫3.3%，屬12年高位。")
    rows = {(m.entity, m.metric, m.value, m.unit) for m in extract(text).metrics}
    assert ("恒生指數", "index_change", -312.0, "points") in rows and ("恒生指數", "index_change", -1.4, "%") in rows
    assert ("國企股指數", "index_change", -0.8, "%") in rows and ("恒生科技指數", "index_change", -0.2, "%") in rows
    assert ("台灣加權平均指數", "index_change", -2.1, "%") in rows
    assert ("恒生中國企業", "net_inflow", 1250000000.0, "HKD") in rows and ("盈富基金", "net_inflow", 3020000000.0, "HKD") in rows
    assert ("大市", "short_selling_turnover", 51030000000.0, "HKD") in rows and ("大市", "short_selling_ratio", 19.6, "%") in rows
    assert any(e == "中國石化" and v == -3.3 for e, _, v, _ in rows)
    assert all(m.period is None for m in extract(text).metrics)  # "12年高位" is a 12-year high, not 2012


def test_a_taiwan_indicator_list_spaced_figures_and_its_own_calendar():
    text = ("國發會今（27）日發布去（113）年 12 月份的景氣概況，綜合判斷分數增加至 35 分。各構成項目如下：\n"
            "股價指數：變動率由上月 18.4% 增為 19.2%，燈號仍呈紅燈\n"
            "海關出口值：變動率由上（11）月的下修值 41.3% 減為 30.5%，燈號仍呈「紅燈」\n")
    rows = {(m.entity, m.value, m.prior_value, m.period) for m in extract(text).metrics}
    assert ("股價指數", 19.2, 18.4, "2024-12") in rows and ("海關出口值", 30.5, 41.3, "2024-12") in rows
    assert not any(m.ticker for m in extract(text).metrics)  # "(113)年" is a year of Taiwan's calendar, no stock code


def test_a_property_index_after_its_month_and_a_moving_average_is_no_figure():
    text = ("差估署:4月私人住宅售價指數按月升0.6% 報388.2\n日期:2023-05-26\n\n差餉物業估價署發表數據，4月私人住宅售價指數"
            "報388.2，按月升0.6%。私人住宅租金指數上月報180.1，按月升1.1%。恒生指數跌穿250天移動平均線(位於19,820點)。")
    rows = {(m.entity, m.value, m.unit) for m in extract(text).metrics}
    assert ("私人住宅售價指數", 388.2, "points") in rows and ("私人住宅售價指數", 0.6, "%") in rows
    assert ("私人住宅租金指數", 180.1, "points") in rows
    assert not any(v in (250.0, -250.0) for _, v, _ in rows)


def test_spaced_decimals_a_scale_after_a_conversion_and_an_expected_deficit():
    text = ("Earlier the stock had closed up 0. 7% on the exchange. Marrow Group said it now expects a net profit of A$88.2 "
            "($61) million. The Spanish trade deficit widened to €2.811 billion, well above the €2.5 billion expected by economists.")
    rows = {(m.metric, m.value, m.unit) for m in extract(text).metrics}
    assert ("share_price_change", 0.7, "%") in rows and not any(v == 7.0 for _, v, _ in rows)
    assert ("net_profit", 88200000.0, "AUD") in rows and not any(v == 88.2 for _, v, _ in rows)
    assert ("trade_balance", -2811000000.0, "EUR") in rows and ("trade_balance", -2500000000.0, "EUR") in rows


def test_a_groups_total_is_the_groups_and_its_shares_are_not_a_crowds():
    text = ("Corvid Mining reported quarterly copper output of 180 000 t. Lanza Norte produced a record 92 100 t of copper. "
            "Total gold production for the quarter was 61 200 oz, down 3% from the second quarter.")
    rows = {(m.entity, m.value) for m in extract(text).metrics}
    assert ("Corvid Mining", 61200.0) in rows and ("Corvid Mining", -3.0) in rows
    text = "Siemens of Germany led the European companies reporting results on Tuesday, with its shares up 4.2%."
    assert {(m.entity, m.value) for m in extract(text).metrics} == {("Siemens", 4.2)}


def test_a_half_year_a_target_implying_a_fall_and_a_weekday_before_a_name():
    text = ("Lagos Trust Bank's profit after tax fell to N31.2bn in half year 2019. Its total assets grew from N2.1 trillion to "
            "N2.4 trillion in the half year.")
    assert {(m.value, m.period) for m in extract(text).metrics} >= {(31200000000.0, "2019H1"), (2400000000000.0, "2019H1")}
    text = "The new $210 target for Nortec implies a 12% decline from Friday's close, while its Kestrel target implies a 9% rise."
    assert {(m.metric, m.value) for m in extract(text).metrics} >= {("upside", -12.0), ("upside", 9.0)}
    text = "Late Tuesday Brightwater Foods Inc (BWF) agreed to be acquired for $4.2 billion."
    assert {m.entity for m in extract(text).metrics} == {"Brightwater Foods Inc"}


def test_a_hong_kong_stocks_price_in_bare_dollars_is_in_hong_kong_dollars():
    text = "SELL Bank of East Asia\n\nClosing price: $21.30\n\nThe bank's rating has been cut from 'buy'."
    assert (21.3, "HKD") in {(m.value, m.unit) for m in extract(text).metrics}
    action = extract("Swire Pacific has had its rating cut from 'outperform' by CLSA.").rating_actions
    assert [(a.company, a.action, a.rating, a.prior_rating) for a in action] == [("Swire Pacific", "downgrade", None, "outperform")]


def test_a_weekly_reports_title_names_no_company_and_a_bullets_company_is_read():
    text = ("保险行业周报20250901：关注负债端改善\n核心观点 - 1H25明华保险总保费收入612.4亿元同比+4.2%，"
            "归母净利润21.7亿元同比+6.1%。")
    rows = {(m.entity, m.value) for m in extract(text).metrics}
    assert ("明华保险", 61240000000.0) in rows and ("明华保险", 2170000000.0) in rows


def test_a_hong_kong_wraps_turnover_and_short_selling_are_the_markets():
    text = "恒指收市報21,649點，升330點，升幅1.5%，全日成交額1,102億元。港股沽空額高見88.5億元，沽空比率12.3%。"
    rows = {(m.entity, m.metric, m.value) for m in extract(text).metrics}
    assert ("大市", "turnover", 110200000000.0) in rows
    assert ("港股", "short_selling_turnover", 8850000000.0) in rows and ("港股", "short_selling_ratio", 12.3) in rows


def test_the_items_of_a_respective_list_in_a_price_release_and_a_recurring_business():
    text = ("国家统计局公布9月份居民消费价格。从数据看，9月份食品价格同比下降2.1%。食品当中，牛肉、鲜果价格同比分别下降"
            "12%和4.4%。")
    rows = {(m.entity, m.value) for m in extract(text).metrics}
    assert ("牛肉", -12.0) in rows and ("鲜果", -4.4) in rows
    text = "港鐵公布去年業績。然而撇除物業發展後，經常性業務利潤為72.3億元，按年跌2.5%。"
    assert {m.entity for m in extract(text).metrics} == {"港鐵"}


def test_indian_lakhs_a_june_quarter_and_millions_of_boe():
    text = "Kavera Motors' total sales dipped 3% to 1,48,305 units in May as compared to 1,52,880 units a year earlier."
    assert (148305.0, 152880.0, "units") in {(m.value, m.prior_value, m.unit) for m in extract(text).metrics}
    text = ("Corallo Energy reported record output for the June quarter of 2021. June-quarter sales dropped 12% to $US640 "
            "million. Quarterly sales volumes rose 9% to 24.2 MMboe. Sales for the six months to June fell 8%, up 20% on the "
            "first six months of 2020.")
    rows = {(m.value, m.unit, m.period) for m in extract(text).metrics}
    assert (640000000.0, "USD", "2021Q2") in rows and (24200000.0, "boe", "2021Q2") in rows and (-8.0, "%", "2021H1") in rows


def test_a_dollar_named_once_with_its_letter_is_the_storys_and_its_divisions_own_their_earnings():
    text = ("Harbourside Bank full year results\n\nCash earnings came in at A$5.1 billion, a rise of 2.1 per cent.\n\n"
            "Income: Net interest income was up 1.5 per cent at $11.4 billion. The divisions: Consumer Banking and Wealth "
            "added $1420 million, up 3.9 per cent.")
    rows = {(m.entity, m.value, m.unit) for m in extract(text).metrics}
    assert (11400000000.0, "AUD") in {(v, u) for _, v, u in rows}
    assert ("Consumer Banking and Wealth", 1420000000.0, "AUD") in rows
    text = "Its assumed exchange rate is A$1 per $0.71. The miner lifted its cost guidance to $16.50/wmt."
    assert {u for m in extract(text).metrics for u in [m.unit]} <= {"USD", None}


def test_a_cover_ratio_in_dollars_per_dollar_a_notes_yield_and_a_resort_named_for_its_city():
    text = ("Tuesday's auction of 10-year Treasury notes drew $2.31 in bids for every $1 on offer, down from the $2.62 "
            "average of the previous ten auctions. Among shorter-dated debt, the two-year note's yield rose to 0.31 percent "
            "from 0.29 percent.")
    rows = {(m.metric, m.entity, m.value, m.unit, m.prior_value) for m in extract(text).metrics}
    assert ("bid_to_cover", "10-year Treasury note", 2.31, "x", 2.62) in rows
    assert any(e == "two-year note" and v == 0.31 for _, e, v, _, _ in rows) and not any(v == 1.0 for _, _, v, _, _ in rows)
    text = ("Macau.- Lotus Resorts Group has published its results for the first half. Gross gaming revenue came to HK$12bn, "
            "a 31 per cent year-on-year increase. At Lotus Macau, net revenue stood at HK$9bn.")
    rows = {(m.entity, m.value) for m in extract(text).metrics}
    assert ("Lotus Resorts Group", 12000000000.0) in rows and ("Macau", 12000000000.0) not in rows


def test_models_a_segment_includes_are_not_what_moved():
    text = ("Kavera Motors released its monthly sales. Sales in the compact segment, which includes the Swan, Orbit and Delta, "
            "dipped 9% to 61,204 units from 67,310 cars in March.")
    rows = {(m.entity, m.value, m.prior_value) for m in extract(text).metrics}
    assert ("Kavera Motors", 61204.0, 67310.0) in rows and ("Kavera Motors", -9.0, None) in rows


def test_a_month_written_with_its_year_and_as_last_years_dates_the_article():
    text = ("Kavera Motors' total sales fell 4% to 1,22,310 units in May. In May last year the company sold few cars because "
            "of the lockdown. Comparing with May 2020 has no meaning, the company said.")
    assert {m.period for m in extract(text).metrics} == {"2021-05"}


def test_two_brokers_joined_by_but_or_while_act_each_on_the_company():
    text = ("Kestrel Pharma Inc. (NASDAQ: KSTL) shares fell 4%. Stifel downgraded Kestrel to Hold from Buy, but Jefferies "
            "maintained its Buy rating. Citi has pared its target price to $41 from $45 with a 'buy' rating, while CLSA has "
            "kept 'buy' with a target price of $44.")
    actions = {(a.broker, a.company, a.action, a.rating, a.target_price) for a in extract(text).rating_actions}
    assert ("Stifel", "Kestrel Pharma Inc.", "downgrade", "hold", None) in actions
    assert ("Jefferies", "Kestrel Pharma Inc.", "maintain", "buy", None) in actions
    assert ("CLSA", "Kestrel Pharma Inc.", "maintain", "buy", 44.0) in actions
    text = "Arlo Foods Inc. was reinstated as Neutral at Merrill Lynch, with a $58 price objective against the prior day's $55.12 closing price."
    assert ("share_price", 55.12) in {(m.metric, m.value) for m in extract(text).metrics}


def test_a_data_pages_coded_header_names_its_company_and_a_business_line_leads_its_figures():
    text = ("☆风险因素☆ ◇600125 铁龙物流 更新日期:2014-08-06◇\n【投资评级及研究报告】\n"
            "我们预计公司2013-2015年的EPS分别为0.31,0.35和0.40元,维持\"谨慎推荐\"评级。")
    assert {m.entity for m in extract(text).metrics} == {"铁龙物流"}
    text = "温氏农牧发布年报。\n- 肉鸭业务:24年出栏3.2亿羽,同比增长11%。"
    assert ("肉鸭", 11.0) in {(m.entity, m.value) for m in extract(text).metrics}


def test_new_listings_named_for_their_city_and_a_topic_turned_to():
    text = ("Elsewhere, Hangzhou 7STAR Vision Technology's shares gained 11.2 per cent to HK$28 from an offer price of "
            "HK$25.20, and Chengdu Maple Leaf Cosmetics Group, meanwhile, rose 6.1 per cent. As for Nanjing Qiyun Technology, "
            "a maker of sensors, it made its debut at HK$31.50, unchanged from the offer price.")
    rows = {(m.entity, m.value) for m in extract(text).metrics}
    assert ("Hangzhou 7STAR Vision Technology", 11.2) in rows and ("Chengdu Maple Leaf Cosmetics Group", 6.1) in rows
    assert ("Nanjing Qiyun Technology", 31.5) in rows


def test_two_companies_and_their_two_moves_in_order():
    text = "醫藥股走強，藥明生物和中生製藥升近7%和逾5%，為表現最好的藍籌。"
    assert {(m.entity, m.value, m.low) for m in extract(text).metrics} == {("藥明生物", 7.0, None), ("中生製藥", None, 5.0)}


def test_an_end_of_a_range_restated_to_work_something_out_is_no_figure_of_its_own():
    text = ("本次回购资金总额不低于人民币8,000万元且不超过人民币12,000万元。若以回购金额上限人民币12,000万元、价格上限人民币"
            "45元/股计算,预计可回购数量约为2,666,667股。")
    rows = [(m.value, m.low, m.high) for m in extract(text).metrics if m.unit == "CNY"]
    assert (None, 80000000.0, 120000000.0) in rows and not any(v == 120000000.0 for v, _, _ in rows)


def test_small_point_moves_after_slipping_words_are_moves():
    text = "华尔街股市同样下挫:标准与普尔500指数下滑21点,报2千310点;纽约自动报价股指数滑落33点,报5千102点。"
    rows = {(m.entity, m.metric, m.value) for m in extract(text).metrics}
    assert ("标准与普尔500指数", "index_change", -21.0) in rows and ("纽约自动报价股指数", "index_change", -33.0) in rows


def test_a_release_that_names_no_economy_is_its_markets_and_states_alike_stay_apart():
    text = ("Labour force\n\n- In August employment grew by 24,100 and the unemployment rate held at 5.3 per cent. The "
            "participation rate slipped from 65.2 per cent to 65.1 per cent.\n- Unemployment rates across the states in August were: NSW 5.1 per cent (5.3 per cent); Queensland 5.6 "
            "per cent (5.4 per cent); Tasmania 5.6 per cent (5.9 per cent).")
    rows = [(m.entity, m.value, m.prior_value) for m in extract(text).metrics]
    assert ("Australia", 24100.0, None) in rows and ("Australia", 65.1, 65.2) in rows
    assert [r for r in rows if r[1] == 5.6] == [("Australia", 5.6, 5.4), ("Australia", 5.6, 5.9)]


def test_a_stock_named_by_a_bare_apostrophe_and_a_company_ranked_behind_another():
    text = ("Ameris bids for Osprey Health. Osprey's shares jumped 22% to 1450p. So far this year Ameris' stock has "
            "jumped 9.1%, which values the firm at $2.8bn.")
    assert ("Ameris", 9.1) in {(m.entity, m.value) for m in extract(text).metrics}
    text = ("With 300 million shares sold, Pinecrest (Nasdaq: PNC) raised $9 billion, the fourth-largest IPO in U.S. history, "
            "behind Visa (NYSE: V).\n\nThat gave the company a valuation of $61 billion.")
    assert ("Pinecrest", 61000000000.0) in {(m.entity, m.value) for m in extract(text).metrics}


def test_fils_are_thousandths_of_kuwaits_dinar_and_hundredths_of_a_dirham():
    text = ("Kuwait's Safwa Telecom posted first-half net income of KD96 million. Earnings per share came to 21 fils and it "
            "declared an interim dividend of 8 fils per share.")
    rows = {(m.entity, m.metric, m.value, m.unit) for m in extract(text).metrics}
    assert ("Safwa Telecom", "eps", 0.021, "KWD") in rows and ("Safwa Telecom", "dividend", 0.008, "KWD") in rows
    assert {(m.value, m.unit) for m in extract("The Dubai lender declared a dividend of 40 fils per share.").metrics} == {(0.4, "AED")}


def test_a_move_after_a_bracketed_conversion_and_fewer_barrels_a_day():
    text = "Shares of Kessho Motor Co Ltd (7299) ended 0.84% (JPY 12.5) lower at JPY 1,480.5 in Tokyo on Friday."
    rows = {(m.metric, m.value, m.unit) for m in extract(text).metrics}
    assert ("share_price_change", -0.84, "%") in rows and ("share_price_change", -12.5, "JPY") in rows
    text = "Iraq pumped 61,000 fewer barrels per day than in June."
    assert {(m.metric, m.value, m.unit) for m in extract(text).metrics} == {("production_change", -61000.0, "b/d")}


def test_a_stray_space_inside_a_figure_or_an_abbreviation():
    text = ("The benchmark Hang Seng Index moved between 21,118.40 and 21, 402.75 during the session. Turnover came to 61.2 billion HK "
            "dollars (7.85 billion U. S. dollars). Profit was RMB62, 410 million.")
    rows = {(m.value, m.low, m.high, m.unit) for m in extract(text).metrics}
    assert (None, 21118.4, 21402.75, "points") in rows and (62410000000.0, None, None, "CNY") in rows
    assert not any(u == "HKD" and v == 7850000000.0 for v, _, _, u in rows)


def test_a_target_per_share_in_the_clause_after_its_name_and_canadian_dollars_written_ca():
    text = "Barclays also lifted its price target on Maple Outfitters, taking it from $11 to $14 per share (or from CA$15.04 to CA$19.17)."
    rows = {(m.metric, m.value, m.unit) for m in extract(text).metrics}
    assert not any(m == "eps" and v == 14.0 for m, v, _ in rows) and all(u != "AUD" for _, _, u in rows)


def test_a_filings_number_dates_nothing_and_the_prose_after_its_table_is_read():
    text = ("证券代码:002999 证券简称:华岳建材 公告编号:2020—011\n2019 年度业绩快报\n一、2019 年度主要财务数据\n单位:元\n"
            "项目 本报告期 上年同期 增减变动幅度(%)\n营业总收入 12,345,678,901.23 10,000,000,000.00 23.46%\n"
            "二、关于经营业绩的说明\n报告期内，公司营业收入为 1,234,567.89 万元;归属于上市公司股东的净利润为42,118.20万元，比上年同期增长 61.5%。")
    rows = [(m.metric, m.value, m.period) for m in extract(text).metrics]
    assert ("revenue", 12345678901.23, "2019") in rows and not any(v == 12345678900.0 for _, v, _ in rows)
    assert ("net_profit", 421182000.0, "2019") in rows or ("net_profit", 421182000.0, None) in rows


def test_a_stock_list_with_mainland_codes_and_what_sold_to_it_and_a_current_price():
    text = "具体到个股,华通电子(601999.SH)、永明科技(002999.SZ)分别遭北向资金净卖出2.83亿元、1.4亿元。"
    assert {(m.entity, m.value) for m in extract(text).metrics} == {("华通电子", -283000000.0), ("永明科技", -140000000.0)}
    text = "中信证券给出目标价。\n紫金矿业 目标价21元,现价10.25元;"
    rows = {(m.metric, m.value) for m in extract(text).metrics}
    assert ("share_price", 10.25) in rows and ("target_price", 10.25) not in rows


def test_a_half_ended_in_september_is_the_first_half_and_same_store_sales_name_no_company():
    text = "莎莎國際(178)公布截至9月底止的半年業績，純利5,015.7萬元，按年升54.8%。港澳同店銷售升 11.4%，港澳營業額期內錄得15.35億元。"
    rows = {(m.entity, m.value, m.period) for m in extract(text).metrics}
    assert ("莎莎國際", 50157000.0, "H1") in rows and not any(e and "店" in e for e, _, _ in rows)


def test_a_target_given_for_a_company_and_its_name_again_on_a_table_line():
    text = ("华信证券发布研报,为金桥股份给出58元的目标价。金桥股份上周五仅收于31.2元。\n附:部分研报的目标价与现价\n"
            "紫金矿业 目标价21元,现价10.25元;\n金桥股份 目标价58元,现价31.2元。")
    rows = {(m.entity, m.metric, m.value) for m in extract(text).metrics}
    assert ("金桥股份", "target_price", 58.0) in rows and ("金桥股份", "share_price", 31.2) in rows
    assert not any(e == "紫金矿业" and v in (58.0, 31.2) for e, _, v in rows)


def test_a_fall_to_a_days_closing_price_keeps_the_price_it_fell_from():
    text = "贵州茅台股价一路下跌,由年初的2608元跌至上周五的收盘价1678元,跌幅已达35%。"
    rows = {(m.value, m.prior_value) for m in extract(text).metrics}
    assert (1678.0, 2608.0) in rows and not any(v == 2608.0 for v, _ in rows)


def test_a_bond_markets_segments_and_instruments_own_their_figures():
    text = ("据人民银行公布的金融市场运行情况,5月份,债券市场共发行各类债券5.2万亿元。分品种看,国债发行量为8100亿元,"
            "资产支持证券发行量为650亿元,同业存单发行量为1.9万亿元。银行间债券市场现券成交额为24.1万亿元。")
    rows = {(m.value, m.entity) for m in extract(text).metrics}
    assert {(5.2e12, "债券市场"), (8.1e11, "国债"), (6.5e10, "资产支持证券"), (1.9e12, "同业存单"),
            (2.41e13, "银行间债券市场")} <= rows


def test_a_wraps_bare_ftse_and_a_benchmark_bond_named_by_market_and_term():
    text = ("European shares closed mixed on Thursday. The UK FTSE added 0.41%, while the German DAX fell 0.2%. "
            "The US 10-year ended down 1.5 basis points at 4.12%. The results sent Vodafone to the top of the FTSE risers, up 3.1%.")
    rows = {(m.entity, m.value) for m in extract(text).metrics}
    assert {("UK FTSE", 0.41), ("US 10-year", -1.5), ("US 10-year", 4.12)} <= rows and ("Vodafone", 3.1) in rows


def test_two_commodities_each_moving_to_its_own_level_respectively():
    text = "Crude rallied for a third day. Brent and WTI futures settled up 61 cents at US$81.20/bbl and $1.05 at US$77.45/bbl respectively."
    rows = {(m.entity, m.metric, m.value) for m in extract(text).metrics}
    assert {("Brent", "price_change", 0.61), ("Brent", "price", 81.2), ("WTI", "price_change", 1.05), ("WTI", "price", 77.45)} == rows


def test_an_indian_companys_quarter_is_its_fiscal_years():
    text = ("Wipro Ltd reported a net profit of Rs 2,930 crore for the April-June period, up 4 per cent. Digital revenue for the "
            "first quarter rose 9 per cent. The company kept its FY24 revenue growth guidance of 4-6 per cent.")
    periods = {m.value: m.period for m in extract(text).metrics}
    assert periods[29300000000.0] == "FY2024Q1" and periods[9.0] == "FY2024Q1"
    text = "Apple's revenue for the April-June quarter of 2023 rose 2% to $81.8 billion."
    assert {m.period for m in extract(text).metrics} == {"2023Q2"}


def test_a_treasury_auction_storys_notes_and_bills_and_a_bonds_face_value():
    text = ("Among shorter-dated debt, the two-year note's yield rose to 0.31 percent from 0.29 percent, and the three-month "
            "bill's discount rate rose to 0.12 percent from 0.10 percent. The 10-year note's price fell 9.4 cents for every $100 invested.")
    rows = {(m.entity, m.value) for m in extract(text).metrics}
    assert {("two-year note", 0.31), ("three-month bill", 0.12)} <= rows and not any(v == 100.0 for _, v in rows)


def test_a_half_year_story_keeps_its_year_when_a_plan_names_the_next():
    text = ("LONDON - Harlow Engineering PLC said its first-half profit before tax rose 12 percent to 98 million pounds. Basic "
            "earnings per share came to 31.5 pence, a rise of 9 percent from last year's 28.9 pence. The Board declared a 2024 "
            "interim dividend of 6.0 pence. The finance chief has decided to leave the Board in 2025.")
    rows = {(m.value, m.period, m.prior_value) for m in extract(text).metrics}
    assert (98000000.0, "2024H1", None) in rows and (0.315, "2024H1", 0.289) in rows
    assert not any(v == 0.289 for v, _, _ in rows)


def test_a_guidance_quarter_first_is_not_the_quarter_reported():
    text = ("For the third quarter, Vantor Software projected adjusted earnings of 69 cents to 71 cents a share. Analysts look "
            "for third-quarter earnings of 64 cents a share. Second-quarter net income came to $17 million. Analysts had "
            "been expecting adjusted earnings of 64 cents a share.")
    rows = [(m.value, m.period) for m in extract(text).metrics]
    assert (0.64, "Q3") in rows and (0.64, "Q2") in rows


def test_a_commodity_wrap_opening_with_crude_and_metals_and_a_fold_jump():
    text = ("Metals, precious and industrial alike, moved higher on Monday. Oil slipped. Crude oil futures fell 8 cents to "
            "$103.14 a barrel.")
    assert {(m.entity, m.value) for m in extract(text).metrics} == {("Crude oil futures", -0.08), ("Crude oil futures", 103.14)}
    text = "The cement maker posted an over 13-fold jump in consolidated net profit to Rs 69.21 crore."
    assert ("net_profit_growth", 13.0, "x") in {(m.metric, m.value, m.unit) for m in extract(text).metrics}


def test_a_broker_named_with_its_groups_legal_name_and_how_the_analysts_ratings_split():
    text = ("Goldman Sachs Group Inc. raised its price target on Harbor Foods from $46.00 to $47.00 and gave the stock a neutral "
            "rating. Three research analysts rate the stock a sell, thirteen have a hold rating on it and eight have given it a buy rating.")
    actions = [(a.broker_key, a.action, a.target_price, a.prior_target_price) for a in extract(text).rating_actions]
    assert actions == [("goldman_sachs", "raise_target", 47.0, 46.0)]


def test_items_that_each_moved_by_one_figure():
    text = "Grains firmed, with wheat and soybeans each jumping about 3 percent. Apple and Microsoft both rose 1.5%, while Tesla fell 3%."
    rows = {(m.entity, m.value) for m in extract(text).metrics}
    assert {("wheat", 3.0), ("soybeans", 3.0), ("Apple", 1.5), ("Microsoft", 1.5), ("Tesla", -3.0)} <= rows


def test_a_wraps_headline_move_is_its_index_and_points_down_to_a_level():
    text = ("Roundup: Hong Kong shares finish 0.82 pct higher\nStocks in Hong Kong finished higher on Tuesday as the benchmark Hang "
            "Seng index, rising 201.5 points, or 0.82 percent, ended at 24,701.3 points. Shares of HSBC rose 1.1 percent.\n"
            "In London, the FTSE 100 index closed 48.2 points down to 7,512.6.")
    rows = [(m.entity, m.metric, m.value) for m in extract(text).metrics]
    assert [v for _, _, v in rows].count(0.82) == 1 and ("FTSE 100 index", "index_change", -48.2) in rows
    assert not any(v == 48.2 for _, _, v in rows)


def test_a_bank_that_is_also_a_broker_reports_its_results_and_a_stake_sold_names_no_subject():
    text = ("Hit by slowing growth at home, HSBC Group said first-half profit tumbled 29 per cent, with a buyback of up to $2.5 "
            "billion (£1.8 billion).\n\nShares in the lender rose as much as 1.9 per cent.\n\nIts Malta unit booked a €10.8 million "
            "gain on selling its Visa Europe investment.\n\nAt end-June, return on equity stood at 7.4 per cent.")
    rows = {(m.value, m.entity_key) for m in extract(text).metrics}
    assert {(-29.0, "hsbc"), (1.9, "hsbc"), (7.4, "hsbc")} <= rows


def test_a_fuel_a_car_runs_on_and_a_market_that_closed_name_no_subject():
    text = ("In first-half 2016, BYD's sales came to 49,000 new energy vehicles, along with 131,000 automobiles running on "
            "gasoline or diesel, up 130.74% and down 29.61% on year. Tencent reported after Hong Kong markets closed that "
            "net income rose 22 per cent.")
    assert {m.entity_key for m in extract(text).metrics} == {"byd", "tencent"}


def test_an_aside_that_describes_an_indicator_names_no_metric():
    text = "China's producer price index (PPI), a further gauge of wholesale-level inflation, fell 2.1 percent in March year on year."
    assert [(m.metric, m.value) for m in extract(text).metrics] == [("ppi", -2.1)]


def test_a_hong_kong_wrap_that_opens_with_the_market_gives_its_points_to_the_index():
    text = ("港股隨美股走低,下午跌勢加劇,收市報13015點,跌513點,成交418億元。藍籌股全面下跌,匯控(00005.hk)收79元,跌百分之三。")
    rows = {(m.entity, m.value) for m in extract(text).metrics}
    assert {("恒指", 13015.0), ("恒指", -513.0)} <= rows and not any(e == "匯控" and v in (13015.0, -513.0) for e, v in rows)


def test_a_share_issue_capped_in_a_shares_and_forecasts_by_two_digit_years_of_the_2000s():
    text = ("按照增发预案,闽江电力打算公开增发不超过3亿股A股股份。分析师预测公司07~08年的摊薄EPS分别为0.42元和0.55元;"
            "给予公司08年的动态P/E为22倍。")
    rows = {(m.metric, m.value, m.high, m.period, m.entity) for m in extract(text).metrics}
    assert any(r[0] == "placement" and r[2] == 300000000.0 and r[4] == "闽江电力" for r in rows)
    assert ("eps", 0.42, None, "2007", "闽江电力") in rows and ("eps", 0.55, None, "2008", "闽江电力") in rows


def test_the_parts_of_social_financing_own_their_balances():
    text = ("初步统计显示,截至2016年1月末,社会融资规模存量为141.57万亿元,同比增长13.1%。其中对实体经济发放的人民币贷款,"
            "余额是95.29万亿元,同比增长14.9%;委托贷款余额是11.23万亿元,同比增长19.1%;未贴现的银行承兑汇票余额是5.99万亿元,"
            "同比下降15.8%。")
    rows = {(m.entity, m.value) for m in extract(text).metrics}
    assert {("对实体经济发放的人民币贷款", 95290000000000.0), ("委托贷款", 19.1), ("未贴现的银行承兑汇票", -15.8)} <= rows


def test_a_period_a_sentence_opens_with_runs_on_past_its_semicolons():
    text = ("华宁电池披露了2025年第三季度报告。2025年三季度单季,公司营收达到341.2亿元,较上年同期增长13%。"
            "把前三季度合起来看,公司营收为930.7亿元,同比增长9%;归母净利润为160.3亿元,同比增长36%;毛利率为25.31%。")
    periods = {m.value: m.period for m in extract(text).metrics}
    assert periods[34120000000.0] == "2025Q3" and periods[93070000000.0] == "2025Q1-Q3"
    assert periods[16030000000.0] == "2025Q1-Q3" and periods[25.31] == "2025Q1-Q3"


def test_a_hong_kong_wraps_short_selling_paired_movers_index_lists_and_net_selling():
    text = ("恒指收報26778點,跌118點。滙豐控股(00005)跌1.2%。沽空金額逾198億元,沽空比率為16.58%。"
            "舜宇光學(02382)和瑞聲科技(02018)各挫3.68%和2.81%;深成指和深圳創業板指數的跌幅分別為3.02%和4.66%,收市報11,497點及2,180點。"
            "至於滬股通及深股通,合共淨沽出67.27億元人民幣。")
    rows = {(m.entity, m.value) for m in extract(text).metrics}
    assert {("大市", 16.58), ("舜宇光學", -3.68), ("瑞聲科技", -2.81), ("深成指", -3.02), ("深成指", 11497.0),
            ("深圳創業板指數", 2180.0)} <= rows
    assert any(v == -6727000000.0 for _, v in rows)


def test_items_of_a_retail_release_each_with_its_move_in_brackets():
    text = "二零一五年六月電器的銷貨價值上升21.4%,其後依次為食品、酒類飲品及煙草(銷貨價值升3.6%)、汽車及汽車零件(上升6.2%)。"
    rows = {(m.entity, m.value) for m in extract(text).metrics}
    assert {("食品、酒類飲品及煙草", 3.6), ("汽車及汽車零件", 6.2)} <= rows


def test_macau_patacas_and_a_clause_that_compares_with_last_years_figure():
    text = ("今年第二季澳門博彩毛收入為735.5億澳門元。貴賓百家樂第二季的博彩毛收入僅得346.2億澳門元,較今年首季跌6.97%;"
            "與去年第二季的410.4億澳門元相比,則按年跌15.6%。")
    rows = {(m.value, m.unit, m.prior_value) for m in extract(text).metrics}
    assert (34620000000.0, "MOP", 41040000000.0) in rows and not any(v == 41040000000.0 for v, _, _ in rows)


def test_a_carmakers_deliveries_by_model():
    text = "数据表明,小鹏6月份共交付15,295台车,当中P7 8045辆、P5 5598辆、G3 1652辆。"
    rows = {(m.entity, m.value) for m in extract(text).metrics}
    assert {("P7", 8045.0), ("P5", 5598.0), ("G3", 1652.0)} <= rows and ("小鹏", 15295.0) in rows


def test_a_respective_list_between_commas_whose_first_item_holds_a_list_mark():
    text = "从产品产量来看,挖掘、铲土运输机械,汽车,工业机器人,智能手机的产量分别增长41.2%、21.8%、18.4%、15.2%。"
    rows = [(m.entity, m.value) for m in extract(text).metrics]
    assert rows == [("挖掘、铲土运输机械", 41.2), ("汽车", 21.8), ("工业机器人", 18.4), ("智能手机", 15.2)]


def test_an_offer_price_restated_is_one_row_and_a_multiple_after_a_decimal_point():
    text = ("派康生物-B(02999)今日首日掛牌,開市報13元,較招股價15.6元低16.7%。集團公布招股配發結果,最終發售價定為15.6元,"
            "香港公開發售超額認購約742.78倍。")
    rows = [(m.metric, m.value) for m in extract(text).metrics]
    assert rows.count(("ipo_price", 15.6)) == 1 and ("share_price_change", -16.7) in rows and ("oversubscription", 742.78) in rows


def test_an_oversubscription_that_a_hard_wrap_cut_after_its_about():
    text = ("集團公布招股配發結果,最終發售價定為15.6元,香港公開發售部分接獲約4.96萬名申請,超額認購約742.78倍;國際發售部分則超額認購約\n"
            "0.13倍。集團是次招股集資約3億元。")
    assert ("oversubscription", 0.13) in {(m.metric, m.value) for m in extract(text).metrics}


def test_a_quarters_move_against_the_quarter_before_is_no_prior_and_names_no_first_quarter():
    text = "宁德时代三季度营收达到341.86亿元,较上年同期增长13%,较上一季度增长11%。其广告收入料按年增16.5%,比首季的20%为慢。"
    rows = {(m.value, m.prior_value, m.period) for m in extract(text).metrics}
    assert (13.0, None, "Q3") in rows and (11.0, None, "Q3") in rows and (16.5, 20.0, "Q3") in rows


def test_a_company_the_text_names_only_as_it_moves():
    text = "Kestrel Pharma fell 5% on Thursday. Among the winners was Harbor Lending Services, which rose 4.9%, the biggest gain in the index."
    assert ("Harbor Lending Services", 4.9) in {(m.entity, m.value) for m in extract(text).metrics}


def test_a_filings_table_copied_from_a_pdf_with_wrapped_labels_and_its_hard_wrapped_prose():
    text = ("2019 年度业绩快报\n一、2019 年度主要财务数据及指标\n单位:元\n项目 本报告期 上年同期 增减变动幅度(%)\n"
            "营业总收入 12,345,678,901.23 10,000,000,000.00 23.46%\n归属于上市公司股东的 665,400,494.07 303,394,861.47\n"
            "净利润 119.32%\n加权平均净资产收益率 9.68% 4.74% 4.94%\n本报告期末 本报告期初 增减变动幅度(%)\n"
            "总资产 22,463,691,768.58 19,881,699,351.77 12.99%\n"
            "二、关于经营业绩的说明\n1.报告期内，公司营业收入为 1,234,567.89 万元，比上年同\n期增长 23.46%; 营业利润为 87,995.23 万元, 比上年同期增长\n"
            "75.02%;利润总额达到 89,708.62 万元，比上年同期增长 83.24%;归属于上市公司股东的净利润为66,540.05万元。")
    rows = {(m.metric, m.value, m.unit, m.period, m.prior_value) for m in extract(text).metrics}
    assert ("net_profit", 665400494.07, "CNY", "2019", 303394861.47) in rows and ("net_profit_growth", 119.32, "%", "2019", None) in rows
    assert ("roe", 9.68, "%", "2019", 4.74) in rows and ("total_assets", 22463691768.58, "CNY", "2019-12-31", 19881699351.77) in rows
    assert ("operating_profit_growth", 75.02, "%", "2019", None) in rows and not any(m == "share" for m, *_ in rows)


def test_a_name_with_its_initials_in_brackets_a_maker_of_aircraft_bought_and_philippine_pesos():
    text = ("British Airways (BA), the UK's flag carrier, posted record profits for the first half. BA shares slipped.\n\n"
            "The carrier has lately placed large orders for Boeing 787 Dreamliners. Operating profits increased from £442m to £556m.")
    assert {m.entity for m in extract(text).metrics} <= {"British Airways", "BA"}
    text = ("Philippine Business Bank's net profit fell 20% to P280.294 million in the third quarter of 2021. For the nine months, "
            "net profit reached P804.329 million, 38% less than a year earlier.")
    rows = {(m.value, m.unit, m.period) for m in extract(text).metrics}
    assert (280294000.0, "PHP", "2021Q3") in rows and (804329000.0, "PHP", "2021Q1-Q3") in rows and (-38.0, "%", "2021Q1-Q3") in rows
    assert not any(u == "PHP" for _, u, _ in {(m.value, m.unit, m.period) for m in extract("Its P7 sold 8045 units.").metrics})


def test_vehicles_sold_stay_units_and_a_companys_own_figure_set_against_another():
    text = "Harbor Motor's July vehicle sales came to 352,546 units, down 22.95 percent from 457,558 units a year earlier."
    assert ("deliveries", 352546.0, "units") in {(m.metric, m.value, m.unit) for m in extract(text).metrics}
    text = "An investor asked SAIC about BYD's market cap of nearly RMB 1 trillion set against SAIC's market cap of only RMB 200 billion."
    rows = {(m.entity_key, m.value) for m in extract(text).metrics}
    assert {("byd", 1e12), ("saic", 2e11)} <= rows


def test_a_brokers_analyst_acts_for_the_broker_and_a_rating_defined_or_argued_is_no_action():
    text = ("Shares of Harbor Apparel Inc. fell 0.8% after Stifel Nicolaus downgraded the yoga gear maker. Analyst Jim Duffy lowered "
            "his rating to hold from buy, but lifted his price target on the stock to $66 from $61. \"We are challenged to justify "
            "sufficient upside to support a buy rating,\" Duffy wrote. At Stifel Nicolaus, a buy rating signals an expected total "
            "return of more than 10%.")
    actions = [(a.broker_key, a.company, a.action, a.rating, a.target_price) for a in extract(text).rating_actions]
    assert actions == [("stifel", "Harbor Apparel Inc", "downgrade", "hold", 66.0)]


def test_a_chinese_earlier_value_stated_with_its_own_sign_move_or_time():
    rows = {(m.value, m.prior_value) for m in extract("7月份CPI环比下降0.3%（前值0.5%），同比上涨1.2%（前值+1.6%）；PPI同比下降2.1%（前值-2.8%）。").metrics}
    assert rows == {(-0.3, 0.5), (1.2, 1.6), (-2.1, -2.8)}
    rows = {(m.value, m.prior_value) for m in extract("1-6月份，制造业投资增长4.1%，而1-5月份为下降2.2%。").metrics}
    assert rows == {(4.1, -2.2)}
    rows = {(m.value, m.prior_value) for m in extract("5月至7月的失业率为4.1%，较4月至6月的3.9%上升。").metrics}
    assert rows == {(4.1, 3.9)}
    rows = {(m.value, m.prior_value) for m in extract("当局把全年经济增长预测定为2.15%，比5月预测的2.6%下修。").metrics if m.unit == "%"}
    assert rows == {(2.15, 2.6)}
    rows = {(m.value, m.prior_value) for m in extract("本月整体物价较一年前上升1.9%，比去年10月份1.6%的相应升幅略高。").metrics}
    assert rows == {(1.9, 1.6)}


def test_a_chinese_year_ago_loss_or_profit_is_the_earlier_value_of_a_result():
    for text, prior in (("海澜科技第三季盈利7.5億元，而去年同期則錄得虧損12.3億元。", -1.23e9),
                        ("海澜科技第三季經調整溢利為7.5億元，對比去年同期的虧損12.3億元。", -1.23e9),
                        ("海澜科技上半年净亏损7.5亿元，上年同期为盈利12.3亿元。", 1.23e9)):
        rows = [(m.value, m.prior_value) for m in extract(text).metrics]
        assert len(rows) == 1 and rows[0][1] == prior, (text, rows)


def test_a_chinese_revision_between_two_dated_levels_and_a_move_from_a_fall():
    rows = {(m.value, m.prior_value, m.period) for m in extract("规模以上工业出口交货值从上年12月份的同比下降2.6%转为增长1.3%。").metrics}
    assert rows == {(1.3, -2.6, None)}
    rows = {(m.value, m.prior_value, m.period) for m in extract("海澜科技分红金额由2019年的3.2亿元一路升至2023年的9.8亿元。").metrics}
    assert rows == {(9.8e8, 3.2e8, "2023")}
    rows = {(m.value, m.prior_value, m.period) for m in extract("海澜科技的净利率由2020年12.5%下降至2021年7%。").metrics}
    assert rows == {(7.0, 12.5, "2021")}
    rows = {(m.value, m.prior_value, m.period) for m in extract("海澜科技全年销量为3200辆，与去年同期的2100辆相比增长52%。").metrics}
    assert (3200.0, 2100.0) in {(v, p) for v, p, _ in rows} and not any(v == 2100.0 for v, _, _ in rows)


def test_a_figure_held_unchanged_is_its_own_earlier_value():
    rows = {(m.value, m.prior_value) for m in extract("1年期LPR为3.1%，5年期以上LPR为3.6%，两者均与上一期持平。").metrics}
    assert rows == {(3.1, 3.1), (3.6, 3.6)}
    assert {(m.value, m.prior_value) for m in extract("台湾央行宣布政策利率维持在2.25%的水准。").metrics} == {(2.25, 2.25)}
    assert {(m.value, m.prior_value) for m in extract("The Reserve Bank held steady at 4.35% on Tuesday.").metrics} == {(4.35, 4.35)}
    assert {(m.value, m.prior_value) for m in extract("公司营收维持增长，达到50亿元。").metrics} == {(5e9, None)}


def test_a_level_revised_down_keeps_its_sign():
    text = "The bank's GDP growth projection was revised down from 0.7% to 0.5%. Its inflation forecast was lowered from 3.2% to 2.9%."
    assert {(m.value, m.prior_value) for m in extract(text).metrics} == {(0.5, 0.7), (2.9, 3.2)}
    assert {(m.value, m.prior_value) for m in extract("Inflation fell from 2.4% to 2.1% in May.").metrics} == {(2.1, 2.4)}


def test_a_miners_costs_with_thousands_spaced_per_ounce_and_a_per_ounce_range():
    text = ("Perth gold miner Quarrion Resources reaffirmed its all-in sustaining cost guidance of A$900/oz to A$950/oz. "
            "Its Bellbird mine produced 31 420 oz at an AISC of A$1 064/oz, and its Tallong mine 18 905 oz at A$1 212/oz.")
    rows = {(m.metric, m.value, m.low, m.high, m.unit) for m in extract(text).metrics}
    assert ("aisc", None, 900.0, 950.0, "AUD") in rows and ("aisc", 1064.0, None, None, "AUD") in rows
    assert (31420.0, "ounces") in {(v, u) for _, v, _, _, u in rows} and not any(v == 1.0 for _, v, _, _, _ in rows)


def test_places_listed_as_a_subject_are_no_company_and_the_company_after_a_mine_named_once():
    text = ("Quarrion Resources said gold output from Quarrion's mines in Queensland, New South Wales and Western Australia fell "
            "5% to 186 400 oz. Quarrion Resources expects a stronger half. Quarrion Resources sold 12 000 oz forward.\n\n"
            "The Bellbird mine delivered 24 100 oz of gold. The company generated operating cash flow of A$204.7 million.")
    entities = {(m.value, m.entity) for m in extract(text).metrics}
    assert not any(e and "Wales" in e for _, e in entities)
    assert (204700000.0, "Quarrion Resources") in entities


def test_a_chinese_phrase_is_no_name_of_a_company():
    text = "中銀港灣(02399)公布全年業績，純利增長5%至300億元。\n該行宣派末期息0.95元，全年派息1.5元。"
    assert {m.entity for m in extract(text).metrics} == {"中銀港灣"}
    text = "中原城市領先指數CCL最新報137.19點。指數比今年3月的134.89點低位升1.71%。"
    assert {m.entity for m in extract(text).metrics} == {"中原城市領先指數CCL"}
    text = "台股終場上漲167點，收33,773點；集中市場成交量放大至9,499億元。"
    assert "終場" not in {m.entity for m in extract(text).metrics}
    text = "上半年市道畅旺，该行扩阔产品组合及服务内容，令证券经纪佣金与保险佣金收入分别增长5.5%和16.6%。"
    assert not any(m.entity and ("该行" in m.entity or "服务" in m.entity) for m in extract(text).metrics)


def test_taiwan_ratings_and_a_bare_code_in_a_taiwan_story():
    text = ("外資調高晶圓代工族群的評價。摩根士丹利證券把台積電目標價由1,888元調升至1,988元，評等為「優於大盤」；"
            "美銀證券同樣由1,960元至2,150元，評等「買進」。此外，大摩把世界（5347）評等從「劣於大盤」調升至「中立」。"
            "雲泰精密（3721）方面，極紫外光（EUV）應用持續擴大，「優於大盤」評等不變，由380升至480元。")
    actions = {(a.company, a.action, a.rating, a.prior_rating, a.target_price, a.prior_target_price, a.ticker)
               for a in extract(text).rating_actions}
    assert ("台積電", "raise_target", "outperform", None, 1988.0, 1888.0, "2330.TW") in actions
    assert ("台積電", "raise_target", "buy", None, 2150.0, 1960.0, "2330.TW") in actions
    assert ("世界", "upgrade", "neutral", "underperform", None, None, "5347.TWO") in actions
    assert ("雲泰精密", "raise_target", "outperform", None, 480.0, 380.0, "3721.TW") in actions
    assert not any("極紫外光" in (a.company or "") for a in extract(text).rating_actions)
    assert {m.entity for m in extract("蔚来(NIO)股价周五涨5%，收报6.5美元。").metrics} == {"NIO"}


def test_a_mainland_story_with_a_code_and_its_closing_price_writes_yuan():
    text = ("保利发展(600048,收盘价10.13元)今日发布的公告显示，公司1月的销售金额同比下滑，其中签约面积不及去年月均水平。"
            "1月公司签约金额为15.11亿元，同比下降69.35%。")
    assert {(m.value, m.unit) for m in extract(text).metrics if m.value == 1511000000.0} == {(1511000000.0, "CNY")}


def test_chinese_statistics_parts_and_market_names():
    text = "4月份全社会用电量为5217亿千瓦时，同比增长7.8%。按产业划分，第一产业用电同比增长10.8%，为55亿千瓦时；第二产业用电3698亿千瓦时，同比增长7.2%。"
    rows = {(m.value, m.entity) for m in extract(text).metrics}
    assert {(10.8, "第一产业"), (5.5e9, "第一产业"), (3.698e11, "第二产业"), (5.217e11, "全社会")} <= rows
    rows = {(m.value, m.low, m.entity) for m in extract("北证50指数大涨24.71%，为历史最大单日涨幅。沪深北三市成交额合计达3.49万亿元。").metrics}
    assert (24.71, None, "北证50指数") in rows and (3.49e12, None, "沪深北三市") in rows
    assert {(m.value, m.low) for m in extract("A股成交额首破3万亿 多个指数涨幅再创纪录").metrics} == {(None, 3e12)}
    rows = {(m.metric, m.value) for m in extract("CCL(大型單位)的升幅為35周最大，按周升2.45%，報136.69點。").metrics}
    assert rows == {("index_change", 2.45), ("index_level", 136.69)}
    assert {(m.metric, m.value) for m in extract("今年以來樓價累計下跌0.33%。").metrics} == {("housing_growth", -0.33)}


def test_a_years_results_reported_as_last_year_against_an_earlier_year_end():
    text = ("中銀港灣(02399)公布全年業績，截至去年底止的盈利按年增長2.7%至320億元。\n"
            "上半年市場氣氛暢旺，證券經紀佣金增長5.5%。\n去年底時，該行的普通股權一級資本比率為17.48%，與2017年底相比上升0.96個百分點。")
    periods = {m.value: m.period for m in extract(text).metrics}
    assert periods[3.2e10] == "2018" and periods[2.7] == "2018" and periods[17.48] == "2018"


def test_an_office_abbreviated_as_a_carmaker_is_no_company():
    text = ("China's exports grew 9.9 percent year on year in September, according to figures from the General Administration of "
            "Customs (GAC). The trade surplus edged up to $27.67 billion from $26.66 billion in August, the GAC said.")
    assert {m.entity for m in extract(text).metrics} <= {"China", None}


def test_english_notations_percent_points_hyphenated_basis_points_and_hyphenated_counts():
    rows = {(m.value, m.unit) for m in extract("Intel's gross margin was 62.5 percent, down 2.0 percent points from a year earlier.").metrics}
    assert rows == {(62.5, "%"), (-2.0, "pp")}
    assert {(m.value, m.unit) for m in extract("The Federal Reserve announced a 25-basis-point cut on Wednesday.").metrics} == {(-25.0, "bp")}
    text = "The dollar suffered its biggest decline against the euro since the 15-nation currency's debut and sank to a 13-year low."
    assert not extract(text).metrics
    rows = {(m.value, m.unit) for m in extract("The broad-based S&P 500 rose 23.42 (1.19 percent) to 1,985.05.").metrics}
    assert rows == {(23.42, "points"), (1.19, "%"), (1985.05, "points")}


def test_a_dateline_alone_on_its_line_then_a_quarters_results():
    text = ("Harbor Asset Group profit up on fund revenue\n\n31 October 2012\n\nThird-quarter earnings at Harbor Asset Group rose 37%."
            "\n\nRevenue jumped 13% to $467.3m.")
    assert {m.period for m in extract(text).metrics} == {"2012Q3"}


def test_a_broker_the_text_calls_a_broker_and_a_share_price_target_on_a_described_company():
    text = ("Investment bank Hallam Brothers lifted its rating on British oil and gas producer Tarn to 'overweight' from 'hold'.\n\n"
            "Investment bank Greyfriars raised its share price target on British commercial property company Wessex Estates to "
            "295p from 285p.\n\nBroker Calloway has cut its rating on Tarn shares to 'in line'.\n\n"
            "Investment bank Greyfriars lifted its share price target on glassmaker Pennant to 91p from 84p.")
    actions = {(a.broker, a.company, a.action) for a in extract(text).rating_actions}
    assert {("Hallam Brothers", "Tarn", "upgrade"), ("Greyfriars", "Wessex Estates", "raise_target"),
            ("Calloway", "Tarn", "downgrade"), ("Greyfriars", "Pennant", "raise_target")} <= actions


def test_a_bank_that_is_a_broker_reporting_its_own_swing_in_francs():
    text = ("Swiss banking giant UBS said today that it had swung back into profit in the third quarter.\n\n"
            "The bank reported a third-quarter net profit of 577 million Swiss francs, compared with a 2.1-billion-franc loss a "
            "year earlier.\n\nMeanwhile its investment bank turned its 2.8-billion-franc loss in the third quarter of 2012 "
            "in to a 251-million-franc pre-tax profit.")
    profit = only(text, value=577000000.0)
    assert (profit.entity, profit.unit, profit.period, profit.prior_value) == ("UBS", "CHF", "2013Q3", -2.1e9)


def test_a_data_services_table_of_months_and_years():
    text = ("U.S. Payrolls Rise Firmly\nGlobal| Jul 06 2018\n\nNonfarm payrolls rose 213,000 in June.\n\n"
            "Employment: (SA, M/M Change, 000s) Jun May Apr Jun Y/Y 2017 2016 2015\n"
            "Payroll Employment 213 244 175 1.6% 1.6% 1.8% 2.1%\n Previous Estimate -- 223 159 -- -- -- --\n"
            "  Manufacturing 36 19 28 2.3 0.7 0.1 1.2\nAverage Weekly Hours - Private Sector 34.5 34.5 34.5 34.4 34.4 34.4 34.5\n"
            "Unemployment Rate (%) 4.0 3.8 3.9 4.3 4.4 4.9 5.3")
    rows = {(m.value, m.unit, m.period, m.entity, m.prior_value) for m in extract(text).metrics}
    assert {(244000.0, "jobs", "2018-05", "U.S.", 223000.0), (36000.0, "jobs", "2018-06", "Manufacturing", None),
            (0.7, "%", "2017", "Manufacturing", None), (34.5, "hours", "2015", "U.S.", None),
            (3.9, "%", "2018-04", "U.S.", None), (4.3, "%", "2017-06", "U.S.", None)} <= rows


def test_an_emerging_currency_against_a_dollar_a_forecast_cut_by_a_range_and_a_buyback_price_range():
    rows = {(m.value, m.unit) for m in extract("The rupee, which had slid to 71.25 against a dollar, recovered to close at 70.40.").metrics}
    assert rows == {(71.25, "INR"), (70.4, "INR")}
    text = "The bank lowered its revenue forecast for fiscal 2024 by 6% to 8%, and raised its earnings estimates for Harbor Tech by 2% to 5%."
    assert {(m.low, m.high) for m in extract(text).metrics} == {(-8.0, -6.0), (2.0, 5.0)}
    text = "海澜银行当日回购40.00万股，最高回购价88.300港元，最低86.150港元；海湾置业回购价最高12.500港元、最低12.020港元。"
    assert {(m.low, m.high) for m in extract(text).metrics if m.unit == "HKD"} == {(86.15, 88.3), (12.02, 12.5)}


def test_yen_written_y_with_thousands_shares_being_sold_the_labor_force_and_a_pmi_reading():
    text = "Selling 3.4 million shares at Y1,850 apiece, Japan's Kestrel Bio raised Y6.3 billion, at the top of the Y1,500-Y1,850 range."
    rows = {(m.value, m.low, m.high, m.unit) for m in extract(text).metrics}
    assert {(3400000.0, None, None, "shares"), (1850.0, None, None, "JPY"), (None, 1500.0, 1850.0, "JPY")} <= rows
    text = ("The labor force of civilians increased by 412,000 in May to 161.2 million. Those working part time for economic "
            "reasons fell by 118,000 to 4.1 million.")
    rows = {(m.metric, m.value, m.unit) for m in extract(text).metrics}
    assert {("labor_force_change", 412000.0, "people"), ("labor_force", 161200000.0, "people"),
            ("part_time_workers", 4100000.0, "people")} <= rows
    assert {(m.metric, m.value) for m in extract("Caixin's survey showed a PMI score of 52.3 in March.").metrics} == {("pmi", 52.3)}
    assert not extract("有12个行业的PMI环比上升。").metrics


def test_a_records_year_is_the_records_own_and_not_the_articles():
    text = ("Kestrel Corp. said on Tuesday that it now expects a record operating profit of ¥630 billion for the current fiscal year. "
            "That would top its all-time high operating profit of ¥525.7 billion, set in fiscal 1997. Its three-year plan through "
            "fiscal 2017 had set a profit target of more than ¥500 billion. It lifted its net profit projection for fiscal 2017 to "
            "¥380 billion.")
    periods = {m.value: m.period for m in extract(text).metrics}
    assert periods[6.3e11] == "FY2017" and periods[5.257e11] == "FY1997" and periods[3.8e11] == "FY2017"


def test_a_chinese_release_of_cpi_groups_and_reserve_assets():
    text = "10月份全国居民消费价格同比上涨2.1%。分类别看，食品烟酒价格同比上涨5.2%，衣着类上涨0.5%，居住类下降0.2%。"
    assert {(m.value, m.entity) for m in extract(text).metrics} >= {(5.2, "食品烟酒"), (0.5, "衣着"), (-0.2, "居住")}
    text = ("截至4月末，中国黄金储备规模为747.51亿美元(5814万盎司)。以SDR计，外汇储备为22716.43亿SDR，减少87.36亿SDR。"
            "去年12月，外汇储备骤减1079.22亿美元。基金组织储备头寸为106.51亿美元；其他储备资产为5.16亿美元，上月末为1.72亿美元。")
    rows = {(m.value, m.unit, m.entity, m.prior_value) for m in extract(text).metrics}
    assert {(7.4751e10, "USD", "中国", None), (5.814e7, "ounces", "中国", None), (2.271643e12, "XDR", "中国", None),
            (-8.736e9, "XDR", "中国", None), (-1.07922e11, "USD", "中国", None), (1.0651e10, "USD", "基金组织储备头寸", None),
            (5.16e8, "USD", "其他储备资产", 1.72e8)} <= rows
    text = "海湾银行表示，普惠型小微企业贷款的余额和户数分别增长29.63%和39.62%。"
    assert {m.entity for m in extract(text).metrics} <= {"海湾银行", None}


def test_a_count_keeps_its_own_unit_beside_a_currency_and_a_move_on_a_month_a_year_before():
    text = ("The pound slid against the euro after the statistics office said the number of people receiving jobless benefits "
            "rose by 61,300 to 1.12 million.")
    assert {(m.value, m.unit) for m in extract(text).metrics} == {(61300.0, "people"), (1120000.0, "people")}
    text = ("Harbor Air said it carried 2,914,300 passengers in August 2019 – an increase of 2.7% on August 2018. Capacity, measured "
            "in available cargo tonne kilometres, rose by 6.1%.")
    rows = {(m.value, m.period, m.entity) for m in extract(text).metrics}
    assert (2.7, "2019-08", "Harbor Air") in rows and not any(e == "Capacity" for _, _, e in rows)
    text = "Wexford Cycles stuck to its full-year profit guidance of between £40m and £45m today. Group revenue increased 4.1 per cent."
    assert {m.entity for m in extract(text).metrics} == {"Wexford Cycles"}


def test_earlier_estimates_in_the_next_sentence_and_a_fool_style_ticker_with_its_move():
    text = ("Eurostat said gross domestic product in the 19 countries that share the euro rose 0.5 percent quarter-on-quarter in "
            "the April-June period, for a 1.7 percent year-on-year rise. That revises the previously reported figures of a 0.4 "
            "percent quarterly rise and a 1.4 percent year-on-year gain.")
    assert {(m.value, m.prior_value) for m in extract(text).metrics} == {(0.5, 0.4), (1.7, 1.4)}
    assert only(text, value=0.5).entity == "euro zone"
    text = ("Larkspur Bio (LRKB 3.15%) fell on Tuesday. Analysts trimmed their price targets: Goldman Sachs' Ann Lee lowered hers "
            "to $6 per share from $14.")
    actions = {(a.broker, a.company, a.target_price, a.prior_target_price) for a in extract(text).rating_actions}
    assert actions == {("Goldman Sachs", "Larkspur Bio", 6.0, 14.0)}
    assert not any(m.value == 3.15 for m in extract(text).metrics)
    assert {m.value for m in extract("Grocer Tesco slides a staggering 10% after its warning.").metrics} == {-10.0}


def test_a_deals_target_company_and_a_two_character_name_shown_twice():
    text = ("星河科技公告，公司拟以发行股份及支付现金方式收购晨光电子100%股权，作价8.5亿元。"
            "标的公司2024年度净利润为6,120万元。")
    assert {(m.value, m.entity) for m in extract(text).metrics} >= {(61200000.0, "晨光电子")}
    text = ("周三开盘 搜狐涨12%\n搜狐股价涨3.20美元至29.90美元。搜狐应占净利润为1200万美元。")
    assert {m.entity for m in extract(text).metrics} == {"搜狐"}


def test_a_release_topic_in_its_own_clause_and_a_list_whose_prices_turned():
    text = ("国家统计局今天发布数据，9月份全国居民消费价格同比上涨0.4%。非食品价格方面，9月份同比上涨0.6%。服务方面，价格上涨1.1%，"
            "其中菜籽油、食用油价格分别下降2.1%和1.3%；鲜蛋与鲜果价格由涨转降，降幅依次为0.8%和0.2%。")
    rows = {(m.value, m.entity) for m in extract(text).metrics}
    assert {(0.6, "非食品"), (1.1, "服务"), (-0.8, "鲜蛋"), (-0.2, "鲜果")} <= rows
    assert not any(e == "油价" for _, e in rows)


def test_precious_metals_in_chinese_and_a_commodity_after_a_loss_word():
    text = "白金2026年1月交割合约跌8.5美元，收于每盎司902.4美元。"
    assert {m.entity for m in extract(text).metrics} == {"白金"}
    text = "Miners were hit by the losses too, with silver below $21 an ounce."
    assert {(m.metric, m.value, m.entity) for m in extract(text).metrics} == {("price", 21.0, "silver")}


def test_commodities_listed_respectively_and_a_move_down_this_morning():
    text = "Nickel and zinc fell 1.8% and 0.6% respectively to $15,120/t and $2,410/t. Iron ore dipped 0.3% to $98.20/t."
    rows = {(m.value, m.entity) for m in extract(text).metrics}
    assert {(-1.8, "Nickel"), (-0.6, "zinc"), (15120.0, "Nickel"), (2410.0, "zinc"), (-0.3, "Iron ore")} <= rows
    text = "The SPI 200 futures index was 22 points down this morning."
    assert {(m.metric, m.value) for m in extract(text).metrics} == {("index_change", -22.0)}


def test_a_revision_between_two_worded_gains_and_a_unit_explained():
    text = "April sales were revised up from a 0.6% gain to a 0.9% gain. One basis point is equal to 0.01%."
    assert {(m.value, m.prior_value) for m in extract(text).metrics} == {(0.9, 0.6)}


def test_a_company_that_reported_today_and_its_home_market_described():
    text = "Kiwi Timber today reported net profit of $118 million for the six months to December."
    assert {(m.metric, m.value, m.entity) for m in extract(text).metrics} == {("net_profit", 118000000.0, "Kiwi Timber")}
    text = ("Maple Telecom, Canada's fourth-largest carrier, generated $2.1 billion in its third quarter. Monthly churn was "
            "0.91 percent. Its average billing per user rose to $61.30, and its subscriber base reached 4.2 million.")
    rows = {(m.metric, m.value, m.unit) for m in extract(text).metrics}
    assert {("churn", 0.91, "%"), ("arpu", 61.3, "CAD"), ("subscribers", 4200000.0, "subscribers")} <= rows


def test_a_month_above_a_year_before_and_an_economist_by_title_and_name():
    text = ("The Realtors said sales of existing U.S. homes rose 4.2 percent in May to a seasonally adjusted annual rate of "
            "4.9 million.\n"
            "May's sales were 8.1 percent above May 2018, Realtors' Chief Economist Dana Moor warned.")
    rows = {(m.metric, m.value, m.unit, m.entity, m.period) for m in extract(text).metrics}
    assert ("home_sales", 4900000.0, "homes", "US", "2019-05") in rows
    assert {e for _, _, _, e, _ in rows} == {"US"}
    text = "The June figure for existing home sales was revised down from a seasonally adjusted annual rate of 5.12 million to 5.09 million."
    assert {(m.value, m.prior_value) for m in extract(text).metrics} == {(5090000.0, 5120000.0)}


def test_chinese_futures_by_their_goods_and_priors_listed_after_their_forecasts():
    text = "跌幅较大的锌期货主力合约收于每吨2.31万元。棕榈油期货是涨幅最大的品种，其主力合约上扬了0.3%。"
    assert {m.entity for m in extract(text).metrics} == {"锌期货主力合约", "棕榈油期货"}
    text = "研报把公司2025至2027年归母净利润预测上调到8.2亿元、10.5亿元、12.1亿元，此前的预期是6.1亿元、7.7亿元、9.0亿元。"
    assert {(m.value, m.prior_value) for m in extract(text).metrics} == {(8.2e8, 6.1e8), (1.05e9, 7.7e8), (1.21e9, 9.0e8)}


def test_parts_of_social_financing_and_industries_by_their_profits():
    text = ("据初步统计，上半年社会融资规模增量为9.8万亿元，人民币贷款增加8.0万亿元。委托贷款方面增加2100亿元，比上年同期少增800亿元；"
            "企业债券融资则净减少1200亿元。")
    rows = {(m.value, m.entity) for m in extract(text).metrics}
    assert {(9.8e12, "中国"), (2.1e11, "委托贷款"), (-8.0e10, "委托贷款"), (-1.2e11, "企业债券融资")} <= rows
    text = "国家统计局公布，1-5月份规模以上工业企业利润下降10%。其中，煤炭开采业利润增长3.1%，建材行业利润增长7.4%。"
    assert {(m.value, m.entity) for m in extract(text).metrics} >= {(3.1, "煤炭开采业"), (7.4, "建材行业")}


def test_taiwans_bracketed_year_and_several_brokers_targets_in_one_sentence():
    text = ("鸿海（2317）法说会后，内外资法人调高目标价，其中高盛最新升至260元、摩根士丹利升至245元，瑞银则维持230元不变。"
            "鸿海去(2025)年第4季每股税后纯益为4.2元。至于今年营运，鸿海预期营收年增15%，并以15倍本益比推算。")
    ex = extract(text)
    actions = {(a.broker, a.company, a.target_price) for a in ex.rating_actions}
    assert {b for b, _, _ in actions} == {"高盛", "摩根士丹利", "瑞银"} and {c for _, c, _ in actions} == {"鸿海"}
    rows = {(m.value, m.period, m.entity) for m in ex.metrics}
    assert (4.2, "2025Q4", "鸿海") in rows and (15.0, "2026", "鸿海") in {(v, p, e) for v, p, e in rows if v == 15.0 and p}
    assert not any(e == "外资" for _, _, e in rows)


def test_an_index_move_said_twice_and_a_widening_fall_in_points():
    text = "恒指今早低开逾百点，跌幅一度扩大至520点。恒指收市跌388点或1.5%，报25410点。市场忧虑AI公司Nimbus冲击软件股。"
    rows = {(m.metric, m.value, m.entity) for m in extract(text).metrics}
    assert ("index_change", -520.0, "恒指") in rows and (-1.5, "恒指") in {(v, e) for _, v, e in rows}


def test_groups_reported_as_one_and_a_release_of_hong_kongs_trade():
    text = "百强房企单月业绩环比降低2.1%。从企业层面看，TOP100房企8月业绩环比降低2.1%。重点30城的供应环比上涨6%。"
    assert {m.entity for m in extract(text).metrics} <= {"百强房企", "TOP100房企", "重点30城"}
    text = ("政府统计处今天公布，商品整体出口货量下跌12.0%。同期商品转口货量跌11.5%，港产品出口货量跌30.2%。"
            "该月商品整体出口价格升1.2%，当中商品转口价格升1.3%。")
    rows = {(m.value, m.entity) for m in extract(text).metrics}
    assert {(-11.5, "商品转口"), (1.3, "商品转口"), (-30.2, "港产品出口"), (1.2, "香港")} <= rows


def test_fund_flows_and_figures_written_negative():
    text = ("Investors pulled $850 million out of U.S. high-yield funds in the week, while ETF outflows eased to $120 million, "
            "from $310 million the week before. The four-week average eased to negative $640 million, from negative $720 million.")
    rows = {(m.metric, m.value, m.prior_value) for m in extract(text).metrics}
    assert {("net_inflow", -850000000.0, None), ("net_inflow", -120000000.0, -310000000.0)} <= rows
    assert (-640000000.0, -720000000.0) in {(v, p) for _, v, p in rows}
    text = "The band was kept at plus and minus 0.50% from the target."
    assert all(m.value > 0 for m in extract(text).metrics)


def test_a_wraps_turnover_is_its_headline_index_and_a_forecast_by_year_end():
    text = ("Singapore shares edge up as STI adds 4 points\n\nThe Straits Times Index rose 4.12 points to 3,210.55. Markets "
            "elsewhere were mixed, with the Dow futures in the red. Turnover came to S$1.1 billion.")
    assert {m.entity for m in extract(text).metrics if m.unit == "SGD"} == {"STI"}
    text = ("The Federal Reserve on Wednesday raised rates by 50 basis points. The central bank sees inflation, as measured by "
            "the personal consumption expenditures price index, rising by 4.6% by year-end. And this is how the forecast looked "
            "in March 2024.")
    assert {(m.value, m.entity, m.period) for m in extract(text).metrics if m.value == 4.6} == {(4.6, "Federal Reserve", "2024")}


def test_a_profit_a_year_before_a_loss_in_hong_kong_style():
    text = "恒星置业(0998)发表业绩，2024年由盈转亏，录得净亏损3.2亿元，2023年时则赚5.6亿元。"
    assert {(m.value, m.prior_value) for m in extract(text).metrics} == {(-3.2e8, 5.6e8)}
    text = "2022年营收增速为31.5%，2023年为44.2%，2024年只有8.1%。"
    assert all(m.prior_value is None for m in extract(text).metrics)


def test_a_price_per_tonne_with_words_between_and_a_name_that_opens_with_a_numeral():
    text = "集团表示，上半年水泥平均每吨售价为352人币。"
    assert {(m.value, m.unit, m.basis) for m in extract(text).metrics} == {(352.0, "CNY", "per tonne")}
    text = "五元科技于2023年3月8日登陆深交所创业板，发行价格为58.20元/股。"
    assert {m.value for m in extract(text).metrics} == {58.2}
    assert {m.entity for m in extract(text).metrics} != {"创业板"}


def test_chinese_earlier_values_a_reading_turned_from_and_the_quarter_before():
    text = "国家统计局数据显示，非食品价格由上月同比下降0.3%转为同比上涨0.5%。核心CPI由上月持平转为上涨0.2%。"
    assert {(m.value, m.prior_value) for m in extract(text).metrics} == {(0.5, -0.3), (0.2, 0.0)}
    text = "香港今年首季的实质本地生产总值按年上升2.1%，上季为下跌3.6%。"
    assert {(m.value, m.prior_value) for m in extract(text).metrics} == {(2.1, -3.6)}


def test_the_ppi_is_the_economys_and_the_big_four_insurers_are_one_group():
    text = "国家统计局今日公布，全国工业生产者出厂价格指数(PPI)同比上涨3.1%，涨幅较上月扩大0.8个百分点。"
    assert {m.entity for m in extract(text).metrics} == {"中国"}
    text = "据测算，四大上市险企前三季度原保费收入合计9812.4亿元。"
    assert {m.entity for m in extract(text).metrics} == {"四大上市险企"}


def test_a_hong_kong_listed_company_that_reports_in_yuan_and_a_condition_that_names_nothing():
    text = ("港股小鹏(09868.HK)第一季收窄亏损，录得净亏损约13亿元人民币。若以非国际财务报告准则计算，经调整亏损为10.5亿元。"
            "收入方面，期内录得65.5亿元。小鹏股价收报38.5元。")
    rows = {(m.value, m.unit, m.entity) for m in extract(text).metrics}
    assert {(-1.05e9, "CNY", "小鹏"), (6.55e9, "CNY", "小鹏"), (38.5, "HKD", "小鹏")} <= rows


def test_a_span_of_years_gives_each_value_of_the_list_after_it_its_year():
    text = "我们将2024-2026年公司净利润增速预测调整为18.1%、16.4%、15.9%，相应BVPS为8.12(-0.5)、9.03、10.1元/股。"
    rows = {(m.value, m.period) for m in extract(text).metrics if m.unit == "%"}
    assert rows == {(18.1, "2024"), (16.4, "2025"), (15.9, "2026")}


def test_money_market_rates_a_batterys_figures_and_industries_that_fell():
    text = "隔夜回购利率收在1.3512%，比前一交易日下行12.5BP；7天回购利率则收在2.1050%。5年期国开债收益率收报2.615%。"
    assert {m.entity for m in extract(text).metrics} == {"隔夜回购利率", "7天回购利率", "5年期国开债收益率"}
    text = ("中国汽车动力电池产业创新联盟公布了10月份动力电池数据。装车量上，当月全国动力电池装车40.1GWh。细分来看，"
            "三元电池装车12.2GWh，在装车总量中占30.4%，同比增长21.3%。")
    rows = {(m.value, m.entity) for m in extract(text).metrics}
    assert {(12.2, "三元电池"), (30.4, "三元电池"), (21.3, "三元电池")} <= rows
    text = "国家统计局发布，8月份规模以上工业增加值同比增长4.1%。具体来看，出现下降的有纺织业下降3.2%，汽车制造业下降1.5%。"
    assert {(m.value, m.entity) for m in extract(text).metrics} >= {(-3.2, "纺织业"), (-1.5, "汽车制造业")}
    text = "常熟银行(601128)发布半年报。公司存款、贷款同比分别增长12.5%、9.8%。"
    assert {m.entity for m in extract(text).metrics} == {"常熟银行"}


def test_a_bank_quoted_with_its_ticker_and_shares_is_the_stock_another_broker_rates():
    text = ("JPMorgan Chase (JPM -0.52%) shares edged up on Monday after Oppenheimer upgraded the banking giant from market "
            "perform to outperform.")
    actions = {(a.broker, a.company, a.action, a.rating, a.prior_rating) for a in extract(text).rating_actions}
    assert actions == {("Oppenheimer", "JPMorgan Chase", "upgrade", "outperform", "market perform")}


def test_person_times_by_what_they_count_and_a_rate_cut_in_li_as_basis_points():
    text = "统计暨普查局数据显示，十月入境旅客人数达1,320,500人次。全年门诊量达1510.64万人次。民航旅客运输量5.2亿人次。"
    assert {(m.value, m.unit) for m in extract(text).metrics} >= {(1320500.0, "visitors"), (15106400.0, "visits"),
                                                                    (5.2e8, "passengers")}
    text = "恒生银行宣布减息0.25厘，并下调港元最优惠利率0.125厘。1个月拆息报2.4516厘，连跌3日。"
    rows = {(m.value, m.unit) for m in extract(text).metrics}
    assert {(-25.0, "bp"), (-12.5, "bp"), (2.4516, "%")} <= rows


def test_a_figure_lower_than_a_bracketed_year_keeps_its_sign():
    text = "通膨方面，央行预测今年CPI年增率为1.72%，低于去年(2024年)的2.11%。"
    assert {(m.value, m.period) for m in extract(text).metrics if m.value > 2} == {(2.11, "2024")}


def test_a_companys_earlier_outlook_in_the_next_sentence_and_a_producers_group():
    text = ("Revenue is now expected to fall 6.1% to 9.80 trillion yen. Earlier, the company had forecast revenue declining "
            "only to 10.05 trillion yen. Net income is now seen rising 18% to 312.0 billion yen. Its earlier forecast had "
            "net income up 11% at 295 billion yen. Operating profit is projected to grow 24% to 480.0 billion yen, against "
            "an earlier outlook for a 16% increase.")
    rows = {(m.value, m.prior_value) for m in extract(text).metrics}
    assert {(9.8e12, 1.005e13), (18.0, 11.0), (3.12e11, 2.95e11), (24.0, 16.0)} <= rows
    text = "The market had expected operating profit of 9.2 trillion won. The first-quarter profit beat the market's earlier estimate of 9.1 trillion won."
    assert all(m.prior_value is None for m in extract(text).metrics)
    text = "According to a survey, OPEC produced around 31.5 million bpd in March."
    assert {m.entity for m in extract(text).metrics} == {"OPEC"}


def test_a_year_named_in_capitals_is_no_company():
    text = ("Kestrel Money posted its results on Tuesday. Pretax profit rose 12% to GBP480 million. Financial 2022 also "
            "carried lower costs. Underlying net interest income climbed 9% to GBP1.21 billion from GBP1.11 billion.")
    assert {m.entity for m in extract(text).metrics} == {"Kestrel Money"}


def test_a_dividend_written_per_ten_shares_in_short():
    text = "华星药业:2024年归母净利润同比增长8.1%至6.2亿元,拟10派2.45元"
    assert {(m.metric, m.value) for m in extract(text).metrics if m.value == 2.45} == {("dividend", 2.45)}


def test_a_european_close_with_an_elliptical_index_and_a_unit_written_once_for_two():
    text = ("The German DAX rose 48 points to 15,210 and the French CAC 22 points to 7,120, while the Spanish IBEX and "
            "Italian FTSE MIB fell 31 and 64 points respectively.")
    rows = {(m.metric, m.value, m.entity) for m in extract(text).metrics}
    assert {("index_change", 22.0, "French CAC"), ("index_level", 7120.0, "French CAC"),
            ("index_change", -31.0, "Spanish IBEX"), ("index_change", -64.0, "Italian FTSE MIB")} <= rows


def test_a_bare_move_to_a_rate_far_above_it_is_in_points():
    text = "Joblessness rose only in Tasmania (up 0.3 to 6.8 percent). Sales are expected to grow 2 to 4 percent."
    rows = {(m.value, m.low, m.high, m.unit) for m in extract(text).metrics}
    assert {(0.3, None, None, "pp"), (6.8, None, None, "%"), (None, 2.0, 4.0, "%")} <= rows


def test_a_company_introduced_by_what_it_is_and_one_met_in_passing():
    text = ("Trading was quiet, and it fell to Peru-focused mining company Andes Copper Holdings to lead the risers. "
            "Helped by higher metal prices, its shares were up 12.5p to £4.10. That left retailer Mardale the biggest "
            "faller, down 8p at £2.02.")
    assert {(m.value, m.entity) for m in extract(text).metrics if m.unit == "GBP"} == {
        (0.125, "Andes Copper Holdings"), (4.1, "Andes Copper Holdings"), (-0.08, "Mardale"), (2.02, "Mardale")}
    text = ("Harbourline Shipping posted a nine-month profit of $4.1bn. Its fleet grew after the purchase of Antwerp-based "
            "feeder operator Scheldtlink. Revenues for the nine months rose 40% to $12bn, according to estimates compiled by "
            "data firm Quantix.")
    assert {m.entity for m in extract(text).metrics} == {"Harbourline Shipping"}


def test_an_economy_named_as_the_subject_of_the_story_before_its_figures():
    text = ("Figures out on Monday showed Norway's economy unexpectedly shrank in the second quarter, as households cut back. "
            "Statistics Norway said gross domestic product fell 0.3% on the quarter, following a 1.1% slump in the first. "
            "Household consumption, which makes up nearly half of output, fell 0.6%. Inflation stood at 3.1%.")
    rows = {(m.value, m.entity) for m in extract(text).metrics}
    assert {(-0.3, "Norway"), (-1.1, "Norway"), (-0.6, "Norway")} <= rows
    assert all(m.metric != "share" for m in extract(text).metrics if m.value == -0.6)


def test_accounts_brackets_leverage_and_a_bracketed_prior_after_its_date():
    text = ("Coastline Media plc said group revenue fell by (4)% on an organic basis, while the publishing division posted an "
            "operating margin of (2.5) percent. Leverage came down to 1.4x (FY 2023: 1.9x), with net debt of £120.0m at the "
            "end of the year (FY 2023: £161.5m). The Board proposes a final dividend of 5.2p per share (FY 2023: 4.8 pence per share).")
    rows = {(m.metric, m.value, m.unit, m.prior_value) for m in extract(text).metrics}
    assert {("revenue_growth", -4.0, "%", None), ("operating_margin", -2.5, "%", None), ("leverage", 1.4, "x", 1.9),
            ("net_debt", 1.2e8, "GBP", 1.615e8), ("dividend", 0.052, "GBP", 0.048)} <= rows


def test_an_office_or_a_plan_with_letters_in_brackets_is_no_company():
    text = ("Halden Group plc reported margins that reflect spending under its Digital Transformation Programme (DTP). "
            "Adjusted operating profit declined by (8)% to £91.2m.")
    assert {m.entity for m in extract(text).metrics} == {"Halden Group plc"}


def test_a_year_ended_written_day_first_names_the_fiscal_year_of_its_halves():
    text = ("For the year ended 31 August 2024, the Board of Fenwick Tools plc recommends a final dividend of 6.1p, to be "
            "paid on 14 January 2025. Revenue was £402.3m. Organic growth of 2% was helped by a strong H2, up 4%.")
    assert {m.period for m in extract(text).metrics if m.value == 4.0} == {"FY2024H2"}
    text = ("In the six months to 30 September 2024, revenue at Marlow Services grew 9% to 1.21 billion pounds. The interim "
            "dividend is payable on 3 February 2025.")
    assert {m.period for m in extract(text).metrics if m.value == 1.21e9} == {"FY2025H1"}


def test_figures_of_the_comparison_take_the_period_written_with_them():
    text = ("Alder Bancorp (NYSE:ALDB) reported Q3 EPS of $1.84 vs. $1.77 in Q2 and $1.52 in the year-ago quarter. Net "
            "interest income for Q3 came to $2.41B, a rise of 3% from $2.34B in Q2 and of 5% from $2.30B in Q3 2017; the net "
            "interest margin was 3.62% vs. 3.58% in Q2 and 3.41% in Q3 2017. Return on equity in Q3 was 11.2% vs. 10.1% in Q2 "
            "and 9.8% a year ago.")
    rows = {(m.value, m.period) for m in extract(text).metrics}
    assert {(1.84, "2018Q3"), (1.52, "2017Q3"), (2.41e9, "2018Q3"), (3.62, "2018Q3"), (3.41, "2017Q3"), (11.2, "2018Q3"),
            (9.8, "2017Q3")} <= rows
    assert {m.metric for m in extract(text).metrics if m.value == 3.62} == {"net_interest_margin"}


def test_a_bid_to_cover_ratio_without_times_and_money_signed_on_its_own():
    text = ("The Treasury sold $40bn in 13-week bills at 2.01% with a bid-to-cover ratio of 2.91, $36bn of 26-week bills at "
            "2.12% with a bid-to-cover ratio of 3.05.")
    rows = {(m.value, m.unit) for m in extract(text).metrics}
    assert {(2.91, "x"), (3.05, "x"), (4e10, "USD"), (3.6e10, "USD")} <= rows


def test_planes_are_counted_as_written_and_a_model_number_is_no_count():
    text = "In the quarter the planemaker delivered 58 aeroplanes, and its backlog held over 3,900 airplanes."
    assert {(m.value, m.unit) for m in extract(text).metrics} == {(58.0, "aeroplanes"), (3900.0, "airplanes")}
    text = ("Skyward posted revenue of $9.1 billion on 61 commercial deliveries. Commercial revenue rose on higher 787 "
            "deliveries, and the 737 programme delivered 44 aircraft.")
    assert {(m.value, m.unit) for m in extract(text).metrics if m.unit != "USD"} == {(61.0, "aircraft"), (44.0, "aircraft")}


def test_cumulative_months_with_an_em_dash_and_the_year_ago_section_of_a_filing():
    text = "2021年1—5月份，全国固定资产投资完成193917亿元，同比增长15.4%，增速较1—4月份回落4.4个百分点。"
    assert {m.period for m in extract(text).metrics if m.value in (1.93917e13, 15.4)} == {"2021-01..05"}
    text = ("公司预计2024年度归属于上市公司股东的净利润为5200万元-5800万元。\n二、上年同期经营业绩\n"
            "(一)上年同期归属于上市公司股东的净利润为3012.5万元。")
    assert {m.period for m in extract(text).metrics if m.value == 30125000.0} == {"2023"}


def test_tenths_written_after_cheng_and_a_known_company_named_again_by_its_coded_name():
    text = "人保(01339)获上调评级。人保在该行眼中估值偏低，其目标价被调高五成四至6.2元；另一只股份目标价调高一成九。"
    rows = {(m.metric, m.value or m.low, m.entity) for m in extract(text).metrics}
    assert {("target_price", 6.2, "人保"), ("target_price_change", 54.0, "人保")} <= rows
    assert any(m.value == 19.0 for m in extract(text).metrics)


def test_oversubscription_written_as_over_allotment_and_the_one_lot_ballot():
    text = "该股公开发售部分录超额配售42.1倍，一手中签率为35%，集资2.3亿元。"
    rows = {(m.metric, m.value, m.unit) for m in extract(text).metrics}
    assert {("oversubscription", 42.1, "x"), ("allotment_rate", 35.0, "%")} <= rows


def test_two_comparison_bases_with_their_own_periods():
    text = ("第2季合并营收为新台币1兆350.2亿元，对比第1季的9120.4亿元成长13.5%，对比去年同期的1兆480.3亿元则减少1.2%。")
    rows = {(m.value, m.period, m.prior_value) for m in extract(text).metrics}
    assert (9.1204e11, "Q1", None) in rows
    assert {m.metric for m in extract(text).metrics if m.value == 13.5} == {"revenue_growth"}


def test_a_fund_house_and_an_amount_that_fell():
    text = "今年二季度，长盛基金的管理规模较上季度下降了215亿元，而华安基金的规模则较上季度增加了88亿元。"
    rows = {(m.value, m.entity) for m in extract(text).metrics}
    assert {(-2.15e10, "长盛基金"), (8.8e9, "华安基金")} <= rows


def test_a_target_stated_apart_from_the_rating_and_the_current_price_it_is_compared_with():
    text = "该报告维持对贵州茅台的“买入”评级。报告给出的目标价为2100元，较1650元的当前价约有27%的上涨空间。"
    result = extract(text)
    assert {(m.metric, m.value) for m in result.metrics} >= {("target_price", 2100.0), ("share_price", 1650.0), ("upside", 27.0)}
    assert [(a.rating, a.target_price, a.currency) for a in result.rating_actions] == [("buy", 2100.0, "CNY")]


def test_a_commodity_a_pronoun_refers_to_and_a_funds_holdings():
    text = ("Spot platinum slipped from a session high of $1,012.40. It later lost 0.6 percent to $998.10 an ounce. "
            "Holdings of Aurum Physical Trust, the largest platinum-backed fund, rose 2 tonnes to 98 tonnes.")
    rows = {(m.value, m.entity) for m in extract(text).metrics}
    assert {(-0.6, "platinum"), (998.1, "platinum"), (98.0, "Aurum Physical Trust")} <= rows


def test_a_subsidiary_counted_in_passing_and_its_short_name_leave_the_company_its_figures():
    text = ('Nuvo Inc. (NASDAQ: NUVO) ("Nuvo" or the "Company") released its results.\n'
            '- Paying users, including 1.2 million paying users of Lark Limited ("Lark"), were 8.1 million.\n'
            '- For the first half of 2021, net revenues rose 4.1% year over year to RMB5,210.4 million.')
    assert {m.entity for m in extract(text).metrics if m.value == 4.1} == {"Nuvo Inc."}


def test_copies_counted_by_what_they_are_a_grey_market_platform_and_the_h_share_index():
    text = "各类楼宇买卖合约之中，三月份交由土地注册处注册的合共6,204份。公开发售部分共收到18,530份有效申请。"
    assert {(m.value, m.unit) for m in extract(text).metrics} == {(6204.0, "agreements"), (18530.0, "applications")}
    text = "新股明远科技(2981)暗盘录得升幅：辉立暗盘昨日收4.12元，比招股价3.80元高8.42%。H指则升96点，报9,870点。"
    rows = {(m.value, m.entity) for m in extract(text).metrics}
    assert {(4.12, "明远科技"), (3.8, "明远科技"), (96.0, "H指"), (9870.0, "H指")} <= rows


def test_a_pair_of_years_said_respectively_and_a_price_per_gram_revised():
    text = ("Huatai said it has raised its forecasts of net profit for NORTHWIND (01234) for 2025 and 2026 by 4% and 9% "
            "respectively, to 820 million yuan and 960 million yuan.")
    rows = {(m.value, m.period) for m in extract(text).metrics}
    assert {(4.0, "2025"), (9.0, "2026"), (8.2e8, "2025"), (9.6e8, "2026")} <= rows
    text = "足金饰品的报价由889元/克升至901元/克。"
    assert {(m.value, m.prior_value) for m in extract(text).metrics} == {(901.0, 889.0)}


def test_decimal_commas_and_gas_volumes():
    text = ("Excluding exceptional items, Veltra's net profit came to 2,7 billion euros, an increase of 12,4%, while its "
            "net debt fell by 3,1% to 41,6 billion euros.")
    rows = {(m.value, m.unit) for m in extract(text).metrics}
    assert {(2.7e9, "EUR"), (12.4, "%"), (-3.1, "%"), (4.16e10, "EUR")} <= rows
    text = ("Futures for the balance of 2021 and calendar 2022 traded higher. Utilities injected 84 billion cubic feet (bcf) "
            "of gas into storage, against 97 bcf a year earlier. Output fell to 90.1 bcfd in March, down from a six-month "
            "low of 91.4 bcfd in February.")
    rows = {(m.value, m.unit, m.prior_value, m.period) for m in extract(text).metrics}
    assert {(8.4e10, "cubic feet", 9.7e10, "2021"), (9.01e10, "cubic feet", 9.14e10, "2021-03")} <= rows


def test_brokers_by_their_analysts_and_by_their_holding_company_and_a_rating_both_hold():
    text = ('Nordic lender Fjordbank benefited from an upgrade by analysts at Skagen Securities Research. The Norwegian broker '
            'lifted its view on the shares from "hold" to "buy".')
    assert [(a.broker, a.company, a.rating, a.prior_rating) for a in extract(text).rating_actions] == [
        ("Skagen Securities Research", "Fjordbank", "buy", "hold")]
    text = ("Citigroup Inc. raised its target price on SoftBank to 12,000 yen from 11,000 yen. Citing the same reason, "
            "Nomura Holdings Inc. raised its target to 9,800 yen from 9,100 yen. Both brokerages have a buy rating on SoftBank.")
    assert [(a.broker, a.company, a.rating, a.target_price) for a in extract(text).rating_actions] == [
        ("Citigroup", "SoftBank", "buy", 12000.0), ("Nomura Holdings", "SoftBank", "buy", 9800.0)]


def test_a_trade_release_stays_the_economys_after_a_company_named_in_passing():
    text = ("Chip exports grew 30% in the first 20 days of May, the Korea Customs Service said. The two largest memory "
            "makers, Samsung Electronics Co. and SK Hynix Inc., are both based in Korea. From May 1 to 20, Korea's total "
            "outbound shipments came to $30.5 billion. Imports fell 8.2% on-year to $31.1 billion.")
    assert {m.entity for m in extract(text).metrics if m.value in (3.05e10, -8.2, 3.11e10)} == {"South Korea"}


def test_repo_rates_by_their_codes_a_date_since_which_and_a_revision_with_le():
    text = "5月12日货币市场利率走低：7天期品种(即DR007)下行2.1基点，报1.55%，为2024年11月以来的新低。"
    rows = {(m.value, m.entity, m.period) for m in extract(text).metrics}
    assert {(-2.1, "DR007", "2025-05-12"), (1.55, "DR007", "2025-05-12")} <= rows
    text = "他同时把蔚来的目标价从5.20美元上调至了7.10美元。全年零售额则轻微下跌1.2%。"
    rows = {(m.value, m.prior_value, m.entity) for m in extract(text).metrics}
    assert (7.1, 5.2, "蔚来") in rows and all(m.entity != "轻微" for m in extract(text).metrics)


def test_futures_quoted_in_eighths_and_a_move_in_cents_to_a_level_in_dollars():
    text = "December soybean futures lost 7 1/2 cents to $10.42 1/4, and October cattle sagged 85 cents to $186.35."
    rows = {(m.value, m.unit) for m in extract(text).metrics}
    assert {(-0.075, "USD"), (10.4225, "USD"), (-0.85, "USD"), (186.35, "USD")} <= rows
    text = "The company expects earnings of 80 cents to $1.10 a share."
    assert {(m.low, m.high) for m in extract(text).metrics} == {(0.8, 1.1)}


def test_the_dollar_quoted_in_another_currency_is_the_pair_and_pesos_by_country():
    text = ("Against the yen, which tracks US yields closely, the dollar climbed to 139.20 Japanese yen. Against the offshore "
            "yuan, the dollar hit 7.1250.")
    assert {(m.value, m.unit, m.entity) for m in extract(text).metrics} == {(139.2, "JPY", "USD/JPY"), (7.125, "CNY", "USD/CNH")}
    text = "The Mexico-based carrier said EBITDA rose to 64.3 billion pesos (€3.0 billion)."
    assert {m.unit for m in extract(text).metrics if m.value == 6.43e10} == {"MXN"}


def test_codes_written_with_a_dash_and_a_short_name_the_text_keeps_using():
    text = ("新股濠江娱乐(1523-HK)于今日挂牌，认购率仅21%。濠江昨日公布以2.10元定价，集资净额为8.5亿元。濠江暗盘收报2.05元。"
            "台积电(2330-TW)涨1%。")
    rows = {(m.value, m.entity, m.ticker) for m in extract(text).metrics}
    assert {(2.1, "濠江娱乐", "1523.HK"), (2.05, "濠江娱乐", "1523.HK"), (1.0, "台积电", "2330.TW")} <= rows


def test_a_fall_from_a_high_a_ratio_moved_between_month_ends_and_a_name_before_today():
    text = "远景科技(2388)盘中一度从高位狂泻逾30%；收市跌18.2%，报12.64元。港元贷存比率从5月底的81.2%，降至6月底的80.4%。"
    rows = {(m.value, m.entity, m.prior_value) for m in extract(text).metrics}
    assert {(-18.2, "远景科技", None), (12.64, "远景科技", None)} <= rows and (80.4, None, 81.2) in {
        (m.value, None, m.prior_value) for m in extract(text).metrics}


def test_an_economic_calendars_lines_give_each_economys_reading_its_earlier_one_and_the_consensus():
    text = ("The euro zone's services PMI fell to 51.2 in May.\n\n"
            "France: 49.8 (50.6 previous, 50.2 expected)\nItaly: 52.4 (51.9 previous, 52.0 expected)\n"
            "Bourgogne: 47.0 (46.1 previous, 46.5 expected)")
    rows = {(m.metric, m.value, m.entity, m.prior_value) for m in extract(text).metrics}
    assert {("pmi", 49.8, "France", 50.6), ("pmi_consensus", 50.2, "France", None), ("pmi", 52.4, "Italy", 51.9)} <= rows
    assert all(m.entity != "Bourgogne" for m in extract(text).metrics)


def test_place_words_spaced_apart_and_a_trillion_before_them_taiwan_style():
    text = "鸿海(2317-TW)公布，8 月营收为 5,107 亿 3,500 万元，前八月累计营收达 4 兆 1,288 亿 7,600 万元。"
    assert {m.value for m in extract(text).metrics if m.unit == "TWD"} == {510735000000.0, 4128876000000.0}
    assert {m.value for m in extract("该公司前三季营收达2兆1530亿4200万元。").metrics} == {2153042000000.0}


def test_tenths_and_a_half_a_percent_range_in_words_and_yuan_that_a_hong_kong_story_keeps():
    text = "腾讯(00700)季度盈利四百一十亿元人民币。营业额增加三成半,升至逾一千五百亿元。港股科技股普遍升百分之二至三。"
    rows = {(m.metric, m.value, m.low, m.high, m.unit) for m in extract(text).metrics}
    assert ("revenue_growth", 35.0, None, None, "%") in rows  # 三成半
    assert ("revenue", None, 1.5e11, None, "CNY") in rows  # the level the revenue rose to, in the yuan the company reports in
    assert any((low, high, unit) == (2.0, 3.0, "%") for _, _, low, high, unit in rows)


def test_an_offer_oversubscribed_n_times_and_a_bid_to_cover_written_in_times():
    text = "The retail tranche was oversubscribed about 45 times. The five-year sale drew a bid-to-cover of 2.6 times."
    rows = {(m.metric, m.value, m.unit) for m in extract(text).metrics}
    assert rows == {("oversubscription", 45.0, "x"), ("bid_to_cover", 2.6, "x")}


def test_more_verbs_of_a_market_move_and_a_futures_delivery_month():
    text = ("The Nasdaq Composite descended 95.2 points, or 0.7%, to 13,400.1. Copper faded 3 cents to $3.85. "
            "Gold for December delivery tacked on 0.4% to $1,905.00 an ounce.")
    rows = {(m.metric, m.value) for m in extract(text).metrics}
    assert {("index_change", -95.2), ("index_change", -0.7), ("price_change", -0.03), ("price", 3.85)} <= rows
    assert not any(metric.startswith("deliveries") for metric, _ in rows)


def test_cents_in_a_story_that_writes_its_amounts_in_rand():
    text = ("Shoprite said the final dividend rose 9% to 412c. Trading profit climbed 11% to R7.8bn, "
            "and turnover reached R240bn.")
    assert {(m.value, m.unit) for m in extract(text).metrics if m.metric == "dividend"} == {(4.12, "ZAR")}


def test_a_london_roundups_items_each_led_by_the_company_its_brokers_rate():
    text = ("Thursday broker round-up\n\nLondon\n\n"
            "Halfords: Peel Hunt lifts its target price from 310p to 340p and sticks with a buy recommendation.\n"
            "Premier Foods: Shore Capital cuts its target price from 120p to 110p, but its advice is still to sell.\n"
            "Tate & Lyle: Jefferies moves its target price from 780p to 800p and holds on to its hold rating.")
    actions = {(a.company, a.broker, a.action, a.rating, a.target_price, a.prior_target_price)
               for a in extract(text).rating_actions}
    assert ("Halfords", "Peel Hunt", "raise_target", "buy", 3.4, 3.1) in actions
    assert ("Premier Foods", "Shore Capital", "cut_target", "sell", 1.1, 1.2) in actions
    assert any(company == "Tate & Lyle" and rating == "hold" for company, _, _, rating, _, _ in actions)


def test_a_brokers_table_headed_broker_over_rows_of_stocks_with_arrows():
    text = ("花旗发表报告，下表列出该行对部分内银股的评级及目标价:\n券商│投资评级│目标价\n"
            "建行(00939.HK)│买入│6.5元→7.2元\n招行(03968.HK)│买入→中性│40元→36元\n"
            "(港股报价延迟最少十五分钟。)\n该行对建行的评级维持「买入」。")
    actions = {(a.company, a.action, a.rating, a.prior_rating, a.target_price, a.prior_target_price)
               for a in extract(text).rating_actions}
    assert actions == {("建行", "raise_target", "buy", None, 7.2, 6.5), ("招行", "downgrade", "neutral", "buy", 36.0, 40.0)}


def test_dollars_named_before_a_taiwan_figure_and_a_stock_quoted_in_a_macau_story():
    text = "台积电(2330-TW)预估，第四季美元营收为 322 至 334 亿元。"
    assert {(m.low, m.high, m.unit) for m in extract(text).metrics if m.metric == "revenue"} == {(3.22e10, 3.34e10, "USD")}
    text = "澳门上月博彩收入为180亿元,按季微升2%。金沙中国(01928)升3%,收报18.5元。"
    rows = {(m.value, m.unit, m.entity) for m in extract(text).metrics}
    assert (18.5, "HKD", "金沙中国") in rows and not any(entity == "季微" for _, _, entity in rows)


def test_net_interest_income_is_not_net_profit_and_a_contraction_is_a_fall():
    rows = {(m.metric, m.value) for m in extract("恒生银行净利息收入按年增加8%,升至320亿元。GDP上季按季收缩0.6%。").metrics}
    assert {("net_interest_income_growth", 8.0), ("net_interest_income", 3.2e10), ("gdp_growth", -0.6)} <= rows


def test_estimates_listed_with_what_each_moved_by_in_brackets():
    text = "我们将2025-2027年EPS预测调整为2.10(+0.05)/2.48(-0.02)/2.95(新增)元,维持“买入”评级。"
    rows = {(m.metric, m.value, m.unit, m.period) for m in extract(text).metrics}
    assert rows == {("eps", 2.1, "CNY", "2025"), ("eps", 2.48, "CNY", "2026"), ("eps", 2.95, "CNY", "2027")}


def test_an_index_named_before_the_index_that_moves_and_livestock_and_meal_futures():
    text = "Stocks fell.\nOn the Nasdaq, the index shed 120.5 points, or 0.9%, to 13,210.40."
    assert {(m.value, m.entity) for m in extract(text).metrics} == {(-120.5, "Nasdaq"), (-0.9, "Nasdaq"), (13210.4, "Nasdaq")}
    text = ("Cotton: December cotton futures fell 80 points to 70.10 cents.\n"
            "Cattle: October live cattle rose $1.20 to $180.50. December meal futures slipped $2.1 to $305.4.")
    rows = {(m.value, m.entity) for m in extract(text).metrics}
    assert {(180.5, "live cattle"), (305.4, "meal")} <= rows and all(e != "cotton" for v, e in rows if v in (180.5, 305.4))


def test_a_toronto_listing_written_with_a_t_makes_its_dollars_canadian():
    text = ("Shares of Manulife Financial Corp. (MFC-T) rose 2 per cent after core earnings climbed 6 per cent to "
            "$1.6-billion, or 83 cents a share. Assets under management fell 3 per cent to $1.3-trillion.")
    rows = {(m.metric, m.value, m.unit) for m in extract(text).metrics}
    assert {("net_profit", 1.6e9, "CAD"), ("eps", 0.83, "CAD"), ("aum", 1.3e12, "CAD")} <= rows


def test_a_data_firms_estimate_names_no_company_and_a_bank_reporting_its_own_results():
    text = ("Wells Fargo beats estimates on stronger fee income\n\n"
            "Earnings per share: $1.42 vs. $1.28 LSEG estimate. Revenue: $20.4 billion vs. $20.3 billion expected.\n\n"
            "Net interest income fell 8% to $11.9 billion.")
    rows = {(m.value, m.entity) for m in extract(text).metrics}
    assert {(1.42, "Wells Fargo"), (20.4e9, "Wells Fargo"), (11.9e9, "Wells Fargo")} <= rows
    assert all(entity != "LSEG" for _, entity in rows)


def test_a_story_on_the_bank_of_canada_and_bay_street_is_canadian():
    from newsflow.extract.context import article_context

    assert article_context("The Bank of Canada held its key rate at 5%. On Bay Street, bank shares rose.").market == "CA"
    assert article_context("Shares of Manulife Financial Corp. (MFC-T) rose 2 per cent.").market == "CA"


def test_a_johannesburg_close_that_glances_at_hong_kong_quotes_dollars_in_us_dollars():
    text = ("The rand firmed 0.3% to R15.1020/$. Gold gained 0.4% to $1,612.30/oz.\n\n"
            "Earlier, Tokyo's Nikkei rose 0.2% and Hong Kong's Hang Seng slipped 0.5%.\n\n"
            "The JSE all share added 0.21% to 61,204.55 points. Pick n Pay rose 1.2% to R22.40.")
    rows = {(m.value, m.unit) for m in extract(text).metrics}
    assert (1612.3, "USD") in rows and (22.4, "ZAR") in rows and all(unit != "HKD" for _, unit in rows)


def test_an_indian_brokerage_calls_list_with_piped_heads_and_bare_targets():
    text = ("Top brokerage calls this morning\n\n"
            "Nomura on Divi's Laboratories | The brokerage kept a 'buy' on the drugmaker with a target of 6,120.\n\n"
            "Macquarie on Infosys | The firm stayed at 'underperform' and cut its price target by 8 percent.\n\n"
            "CLSA on autos | The brokerage upgraded Eicher Motors and TVS Motor to 'buy', raising its targets to "
            "Rs 4,100 and Rs 1,560 respectively.")
    actions = {(a.broker, a.company, a.action, a.target_price, a.currency) for a in extract(text).rating_actions}
    assert ("Nomura", "Divi's Laboratories", "maintain", 6120.0, "INR") in actions
    assert ("Macquarie", "Infosys", "cut_target", None, None) in actions
    assert {("CLSA", "Eicher Motors", "upgrade", 4100.0, "INR"), ("CLSA", "TVS Motor", "upgrade", 1560.0, "INR")} <= actions


def test_a_taiwan_story_on_last_years_full_year_dates_its_figures_to_that_year():
    text = ("鴻準去年營收創高\n\n"
            "全年營收1.35兆、年增12.1%\n\n"
            "〔記者王小明／台北報導〕鴻準（2354）昨日公告去年12月營收為1288.4億元，月增8.2%、年增15.3%；"
            "2025全年營收1.35兆元，年增12.1%。公司表示，今年營收目標為年增1成。")
    rows = {(m.value, m.unit, m.period) for m in extract(text).metrics}
    assert {(1.35e12, "TWD", "2025"), (1288.4e8, "TWD", "2025-12"), (12.1, "%", "2025")} <= rows
    assert sum(1 for v, _, _ in rows if v == 1.35e12) == 1  # the headline's and the body's figure: one row


def test_a_bank_reports_first_three_quarters_without_a_year_and_a_bare_target_on_a_mainland_page():
    rows = {(m.value, m.period) for m in extract("今年前三季度,某银行营业收入为88.2亿元,同比增长6.1%。").metrics}
    assert (88.2e8, "Q1-Q3") in rows
    text = "推荐股票:华联控股 | 起评日:2019-03-01 | 起评价:8.15 | 目标价:10.60\n\n首次覆盖,评级为增持。"
    assert {(m.metric, m.value, m.unit) for m in extract(text).metrics} >= {("target_price", 10.6, "CNY")}


def test_a_related_headline_between_the_rows_of_a_brokers_table_ends_no_table():
    text = ("瑞銀發表報告,以下為其對內險股的評級及目標價:\n股份 | 投資評級 | 目標價(港元)\n"
            "中國人壽(02628.HK) +0.100 (+0.800%) | 買入 | 16元 -> 18元\n"
            "相關內容《大行》花旗升友邦(01299.HK)目標價至90元\n"
            "中國平安(02318.HK) -0.200 (-0.400%) | 買入 | 55元 -> 58元\n"
            "中國太保(02601.HK) 0.000 (0.000%) | 中性 | 22元 -> 21元\n")
    actions = {(a.broker, a.company, a.target_price, a.prior_target_price) for a in extract(text).rating_actions}
    assert {("瑞銀", "中國人壽", 18.0, 16.0), ("瑞銀", "中國平安", 58.0, 55.0), ("瑞銀", "中國太保", 21.0, 22.0)} <= actions


def test_a_london_close_names_each_mover_that_a_clause_or_a_relative_leads():
    text = ("Stocks in London slipped as the FTSE 100 shed 40.2 points to 5,812.3.\n\n"
            "Halma shares, meanwhile, were 12% lower or 31.5p to 231p after a warning.\n\n"
            "Brindle, maker of garden tools, recovered some ground – the group rose 1.4p to 88.6p.\n\n"
            "One dealer noted that Harrow Oil rallied 2.15% to 41.25p.\n\n"
            "Among the fallers were Quill Media, which slipped 6.2% to 48p.")
    rows = {(m.value, m.entity) for m in extract(text).metrics}
    assert {(-12.0, "Halma"), (2.31, "Halma"), (0.886, "Brindle"), (2.15, "Harrow Oil"), (-6.2, "Quill Media")} <= rows
    assert not any(m.low is not None for m in extract(text).metrics)  # "31.5p to 231p" is a move and a level


def test_a_jobs_release_quoting_a_banks_strategist_keeps_its_figures_the_economys():
    text = ("Unemployment rose 0.2 percent last month to 4.8 percent, according to the Australian Bureau of Statistics.\n\n"
            "Kestrel Bank chief economist Ann Lowe said the report showed a cooling labour market, the Wall Street Journal said.\n\n"
            "Full-time employment dropped 8,100 people, and hours worked rose 2.1 million hours to 1,702.5 million hours.")
    rows = {(m.metric, m.value, m.entity) for m in extract(text).metrics}
    assert ("unemployment_rate", 4.8, "Australia") in rows
    assert all(entity == "Australia" for _, _, entity in rows), rows


def test_two_companies_that_move_alike_each_get_the_move():
    text = "公用股偏軟,港燈(00006.HK)和煤氣(00003.HK)均跌百分之二。科技股方面,甲科技(01234.HK)、乙網絡(02345.HK)分別升3%和5%。"
    rows = {(m.value, m.entity) for m in extract(text).metrics}
    assert {(-2.0, "港燈"), (-2.0, "煤氣")} <= rows
    assert not any(v == 5.0 and e == "甲科技" for v, e in rows) and not any(v == 3.0 and e == "乙網絡" for v, e in rows)
    rows = {(m.value, m.entity) for m in extract("Shares of Barclays and Lloyds Banking Group each fell 1.8% on Tuesday.").metrics}
    assert {(-1.8, "Barclays"), (-1.8, "Lloyds Banking Group")} <= rows


def test_an_ipo_candidates_headline_names_the_company_its_figures_are_of():
    text = ("华岭检测高毛利率引关注 营收仅同行一成\n"
            "华岭检测此番是第二次冲击IPO。本次华岭检测计划公开发行不超过2000万股,拟募集资金4.2亿元。\n"
            "2021年-2023年,华岭检测的资产总额依次为3.1亿元、3.6亿元、4.4亿元。")
    assert {(m.value, m.entity) for m in extract(text).metrics} >= {(4.2e8, "华岭检测"), (3.1e8, "华岭检测"), (4.4e8, "华岭检测")}


def test_a_name_before_its_code_drops_what_the_company_makes():
    text = "電動工具商宏力科技（2988）昨日截止認購。分析員指出，宏力科技最多集資約3億元。招商銀行（03968）升1%。"
    rows = {(m.value, m.entity) for m in extract(text).metrics}
    assert {(3e8, "宏力科技"), (1.0, "招商銀行")} <= rows


def test_a_respective_list_after_clauses_keeps_its_items_as_written():
    text = "傳統貨品方面，需求保守，加上同業競爭，化學品、機械分別年減6.2％、3.1％；"
    rows = {(m.value, m.entity) for m in extract(text).metrics}
    assert {(-6.2, "化學品"), (-3.1, "機械")} <= rows


def test_a_clause_of_a_name_and_a_figure_moves_as_the_clause_before():
    text = "The Nikkei shed 1.2% to 38,101.50 points, and the Topix 0.9%. Gold rose 0.5% and silver 1.1%."
    rows = {(m.value, m.entity) for m in extract(text).metrics}
    assert {(-1.2, "Nikkei"), (-0.9, "Topix"), (0.5, "Gold")} <= rows


def test_cents_written_with_a_cent_sign_and_dirhams_written_dh():
    text = ("The S&P/ASX 200 closed 12.4 points higher at 5210.3. Brambles rose 31¢ to $12.84, "
            "Santos found 6¢ to $7.02 and Orica weighed in with a 14¢ fall to $16.90.")
    rows = {(m.value, m.unit) for m in extract(text).metrics}
    assert {(0.31, "AUD"), (12.84, "AUD"), (0.06, "AUD"), (7.02, "AUD"), (16.9, "AUD")} <= rows
    assert not any(m.low is not None for m in extract(text).metrics)  # "6¢ to $7.02" is a move and a level
    rows = {(m.value, m.unit) for m in extract("Mashreq booked Dh1.8 billion net profit in the first quarter.").metrics}
    assert (1.8e9, "AED") in rows


def test_a_year_a_data_series_began_in_is_no_period():
    text = ("Investors pulled $9 billion out of U.S. bond funds in the week ended March 4, Lipper said.\n\n"
            "It was the third-largest outflow since the data series began in 1992.")
    assert all(m.period is None for m in extract(text).metrics)


def test_a_brokers_bank_whose_shares_trade_is_the_company():
    text = ("Two brokers lifted their targets on Singapore's DBS Group Holdings after its quarter.\n\n"
            "DBS shares rose 1.4% to $15.10. CIMB raised its target on DBS stock to $16.20 from $15.50, keeping an "
            "outperform rating.")
    rows = {(m.value, m.entity) for m in extract(text).metrics}
    assert {(1.4, "DBS Group Holdings"), (15.1, "DBS Group Holdings")} <= rows  # (the name the text first gives it)
    assert {(a.broker, a.company, a.target_price) for a in extract(text).rating_actions} >= {("CIMB", "DBS Group Holdings", 16.2)}


def test_a_frankfurt_close_credits_the_stock_not_the_index_it_led():
    text = ("Henkel AG (DE: HNKG_p ) was flat. Symrise AG (DE: SY1G ) led the session's gainers on the DAX, adding 1.21% "
            "to close at 118.400. Zalando SE (DE: ZALG ) fell 3.4% to 25.110.")
    rows = {(m.value, m.entity) for m in extract(text).metrics}
    assert (1.21, "Symrise AG") in rows and not any(e == "DAX" for _, e in rows)
    assert (-3.4, "Zalando SE") in rows


def test_a_fiscal_release_is_the_economys():
    text = ("财政部发布数据。今年前2个月,全国一般公共预算收入41250亿元,同比增长8.7%。"
            "从税收和非税收入看,全国税收收入36120亿元,同比增长9.2%;非税收入5130亿元,同比增长5.1%。")
    rows = {(m.value, m.entity) for m in extract(text).metrics}
    assert {(36120e8, "中国"), (5130e8, "中国")} <= rows


def test_a_measures_initials_are_no_ticker():
    text = ("Retail inflation, measured by the Consumer Price Index (CPI), eased to 5.1 per cent. Factory output, measured "
            "by the Index of Industrial Production (IIP), grew 2.4 per cent, the Ministry of Statistics said.")
    assert all(m.entity != "Index of Industrial Production" for m in extract(text).metrics)


def test_a_local_stock_quoted_beside_an_oil_price_keeps_the_local_dollar():
    text = ("Shares closed higher on the ASX on Friday.\n\n"
            "Santos lost 9¢ to $7.12 after a US60¢ drop in the Brent price to $US81.40 a barrel overnight.")
    rows = {(m.value, m.unit) for m in extract(text).metrics}
    assert {(7.12, "AUD"), (81.4, "USD")} <= rows


def test_a_hedge_of_closeness_is_no_level():
    text = "Acme said sales declined close to 3% in the quarter, to $4.1 billion."
    assert (-3.0, "%") in {(m.value, m.unit) for m in extract(text).metrics}


def test_a_benchmarks_move_set_against_a_stock_is_no_earlier_value():
    text = ("UOB shares rose 0.8% to $31.20. So far this year the stock has gained about 18%, against a 9% gain in the "
            "broader Straits Times Index.")
    rows = {(m.value, m.entity, m.prior_value) for m in extract(text).metrics}
    assert (18.0, "UOB", None) in {(v, e.split()[0] if e else e, p) for v, e, p in rows}
    assert (9.0, "Straits Times Index", None) in rows
    text = "The shares ended the year down 31%, against a 4.2% gain for the S&P 500 index."
    assert (4.2, "S&P 500 index") in {(m.value, m.entity) for m in extract(text).metrics}


def test_a_listed_bank_rated_by_a_broker_is_the_company():
    for text, company in (("Maybank raised its target price on OCBC to $17.40 from $16.10.", "OCBC"),
                          ("Citi lowered its target price on Nomura Group Holdings to 880 yen from 950 yen.", "Nomura"),
                          ("Jefferies downgraded British bank Barclays to 'hold' from 'buy'.", "Barclays")):
        actions = extract(text).rating_actions
        assert [a.company.split()[0] for a in actions] == [company], text


def test_a_brokers_target_without_a_company_joins_its_action_on_the_company():
    text = ("Two brokers lifted their targets on Singapore's OCBC after its quarter.\n\n"
            "CIMB raised its target price to $17.40 from $16.10, citing stronger fee income.\n\n"
            "CIMB kept its 'add' rating on OCBC stock.")
    actions = [(a.broker, a.company, a.action, a.rating, a.target_price, a.prior_target_price) for a in extract(text).rating_actions]
    assert [(b, c.split()[0], act, r, t, p) for b, c, act, r, t, p in actions] == [("CIMB", "OCBC", "raise_target", "add", 17.4, 16.1)]


def test_an_earlier_values_period_is_not_the_new_figures():
    text = ("Acme Pumps posted its best quarter, Q2FY25.\n\n"
            "EBITDA for Q2FY25 came to ₹52.0 crore, against ₹30.4 crore reported in Q2FY24, while the EBITDA margin widened "
            "by 410 basis points to 15.2%.\n\n"
            "For the 6MFY25, PAT rose 88.5% YoY to ₹61.3 crore from ₹32.5 crore in 6MFY24.")
    rows = {(m.metric, m.value, m.period) for m in extract(text).metrics}
    assert {("operating_margin", 15.2, "FY2025Q2"), ("net_profit", 613e6, "FY2025H1"), ("net_profit_growth", 88.5, "FY2025H1")} <= rows


def test_nine_months_of_an_indian_fiscal_year():
    text = "For 9MFY26, Acme Pumps' revenue rose 21% YoY to ₹1,204 crore."
    assert {m.period for m in extract(text).metrics} == {"FY2026Q1-Q3"}


def test_multiples_of_a_rise_listed_and_followed_by_a_level():
    text = "上月入境旅客按年增加2.6倍至188.2萬人次,其中留宿及不過夜旅客分別增加3.1倍及2.2倍。經拱北口岸(512,330人次)入境者佔27.2%。"
    rows = {(m.value, m.unit) for m in extract(text).metrics}
    assert {(260.0, "%"), (1882000.0, "visitors"), (310.0, "%"), (512330.0, "visitors")} <= rows
    text = "兩隻新股暗盤收市升1.5倍至1.7倍不等。"
    assert not any(m.value in (150.0, 170.0) and m.low is None for m in extract(text).metrics)



def test_a_currency_moving_on_its_own_is_the_entity_and_taiwans_reserves_are_taiwans():
    text = "台灣央行昨日公布，我國截至8月底的外匯存底為5,974.3億美元。日圓升值0.83%，加幣則貶值0.25%。"
    rows = {(m.value, m.entity) for m in extract(text).metrics}
    assert {(597.43e9, "台灣"), (0.83, "日圓"), (-0.25, "加幣")} <= rows


def test_a_chinese_index_or_fund_named_before_its_move_is_the_entity():
    text = ("某券商研报显示。医疗方向表现突出,万得医疗器械指数年内上涨18.42%,港股通医疗指数的涨幅更是达到33.05%。"
            "嘉实医疗优选A以41.36%的收益率位居榜首,华夏新兴动力C则以-12.08%排在末位。")
    rows = {(m.value, m.entity) for m in extract(text).metrics}
    assert {(18.42, "万得医疗器械指数"), (33.05, "港股通医疗指数"), (41.36, "嘉实医疗优选A"), (-12.08, "华夏新兴动力C")} <= rows


def test_a_new_listing_named_by_its_debut_issue_price_or_ranking():
    text = ("11月3日,华科精机登陆上交所科创板,首日收盘时股价上涨36.2%。"
            "从发行价看,东方精测以96.8元/股排第一;其中北辰材料为3.15元/股。发行价第二高的是宏远光电,为88.6元/股。")
    rows = {(m.value, m.entity) for m in extract(text).metrics}
    assert {(36.2, "华科精机"), (96.8, "东方精测"), (3.15, "北辰材料"), (88.6, "宏远光电")} <= rows


def test_a_toronto_wraps_groups_and_the_canadian_dollar():
    text = ("The TSX gold group rose 2.1% as bullion climbed. The base metals sector advanced 1.45%. "
            "The Canadian dollar edged down 0.12 cents to 74.18 cents U.S.")
    rows = {(m.value, m.unit, m.entity) for m in extract(text).metrics}
    assert {(2.1, "%", "gold group"), (1.45, "%", "base metals sector"), (0.7418, "USD", "Canadian dollar")} <= rows


def test_an_iron_ore_grade_is_the_entity_not_a_figure():
    text = "Benchmark 62% fines fell 2.3% to US$98.40 a tonne, while 65% fines slipped 1.1% to US$112.75."
    rows = {(m.value, m.entity) for m in extract(text).metrics}
    assert {(-2.3, "62% fines"), (98.4, "62% fines"), (112.75, "65% fines")} <= rows
    assert not any(m.value in (62.0, 65.0, -62.0, -65.0) for m in extract(text).metrics)


def test_forecasts_each_with_its_own_year_after_an_aside_and_two_quarters_as_a_half():
    text = ("The Reserve Bank sees inflation rising to 4.9% (up from 4.6%) in 2019 and easing to 4.7% (up from 4.5%) in 2020. "
            "It is forecast to peak at 5.1% in the first and second quarters of 2019.")
    rows = {(m.value, m.period) for m in extract(text).metrics}
    assert {(4.9, "2019"), (4.7, "2020"), (5.1, "2019H1")} <= rows


def test_a_releases_lead_names_its_economy_and_a_months_possessive_is_the_earlier_value():
    text = ("A survey showed factory activity in the euro zone shrank for a tenth month in a row.\n\n"
            "The preliminary manufacturing PMI, compiled by S&P Global for a bank sponsor, slipped to 46.2 this month from "
            "February's 46.9.\n\n"
            "Tom Reed, chief economist at Bremen Trade Bank, said the euro zone had begun the second quarter weakly.")
    rows = {(m.value, m.entity, m.prior_value) for m in extract(text).metrics}
    assert (46.2, "euro zone", 46.9) in rows


def test_the_tsx_and_the_tsx_venture_exchange_are_indices():
    text = ("Canada's materials sector rose 1.2%. The TSX Venture Exchange added 3.05 points to 884.12. "
            "The TSX gained 96.4 points to 18,102.55.")
    rows = {(m.value, m.entity) for m in extract(text).metrics}
    assert {(3.05, "TSX Venture Exchange"), (884.12, "TSX Venture Exchange"), (96.4, "TSX"), (1.2, "materials sector")} <= rows


def test_companies_named_as_examples_or_as_a_products_maker_are_not_carried():
    text = ("華碩今日公布，1月營收為512.3億元，月增8.1%。\n\n"
            "排第二的是2025年6月的488.2億元 當時雲端業者如 Microsoft、Oracle（甲骨文）大舉採購，需求強勁。\n\n"
            "第三名為2025年9月的471.6億元，主要由蘋果iPhone 17備貨帶動。\n\n"
            "第四名為2025年3月的455.0億元。")
    rows = {(m.value, m.entity) for m in extract(text).metrics}
    assert {(471.6e8, "華碩"), (455.0e8, "華碩")} <= rows


def test_a_profit_alert_headline_names_its_company_and_a_capped_swing_to_a_loss():
    text = ("【盈喜盈警】金輝服務料去年轉蝕不超過6億人幣 一文看清年度盈警盈喜\n\n"
            "明德教育 (01234) 預計，去年全年純利逾3000萬元(人民幣,下同)。")
    rows = {(m.low, m.high, m.entity) for m in extract(text).metrics}
    assert (-6e8, None, "金輝服務") in rows


def test_a_mover_named_before_which_and_its_move():
    text = ("The biggest gainers were Acme Mining Inc, which jumped $1.10, or 6.2%, to $18.85, and Real Brands, which "
            "climbed 64 cents, or 3.9%, to $17.02.")
    rows = {(m.value, m.entity) for m in extract(text).metrics}
    assert {(3.9, "Real Brands"), (17.02, "Real Brands"), (6.2, "Acme Mining Inc")} <= rows


def test_investor_groups_and_fund_classes_own_their_flows():
    text = ("Foreigners net sold RM82.4 million last week, the research house said, while local institutions net bought "
            "RM61.2 million.\n\n"
            "U.S.-based equity mutual funds had $6 billion of outflows. U.S.-based corporate investment-grade bond "
            "funds attracted $1.2 billion of fresh cash.")
    rows = {(m.value, m.entity) for m in extract(text).metrics}
    assert {(-82.4e6, "Foreigners"), (61.2e6, "local institutions"), (-6e9, "U.S.-based equity mutual funds"),
            (1.2e9, "U.S.-based corporate investment-grade bond funds")} <= rows


def test_naira_and_kenyan_shillings_written_with_their_signs():
    text = ("Lafarge Africa Plc posted a profit after tax of ₦84.5 billion for the half, against ₦31.2 billion a year "
            "earlier.\n\nKenyans abroad sent home Ksh.27.4 billion in March, up from Ksh.24.9 billion a year earlier.")
    rows = {(m.value, m.unit, m.prior_value) for m in extract(text).metrics}
    assert {(84.5e9, "NGN", 31.2e9), (27.4e9, "KES", 24.9e9)} <= rows


def test_a_legal_name_starts_after_the_sentence_before_it():
    text = "Remittances hit a record in March. Dangote Sugar Plc posted revenue of ₦160.2 billion."
    assert {m.entity for m in extract(text).metrics if m.unit == "NGN"} == {"Dangote Sugar Plc"}


def test_a_ranking_table_gives_each_row_its_own_figures():
    text = ("8月20日融资净买入额居前的标的见下表:\n"
            "证券代码 | 证券简称 | 融资净买入额(元) | 融资余额(元) | 收盘涨跌(%) | 连续净买入天数 |\n"
            "---|---|---|---|---|---|\n"
            "600519 | 贵州茅台 | 3.12亿 | 188.40亿 | 1.25 | 3 |\n"
            "000001 | 平安银行 | 1.07亿 | 62.15亿 | -0.48 | - |\n"
            "数据来源:Choice数据 |\n")
    rows = {(m.value, m.unit, m.entity) for m in extract(text).metrics}
    assert {(3.12e8, "CNY", "贵州茅台"), (188.4e8, "CNY", "贵州茅台"), (1.25, "%", "贵州茅台"), (-0.48, "%", "平安银行"),
            (1.07e8, "CNY", "平安银行")} <= rows
    assert not any(m.value == 3.0 for m in extract(text).metrics)  # (a column of days has no unit)


def test_a_taiwan_trade_surplus_written_chu_chao_is_no_bound():
    text = "財政部指出，去年出口與進口規模雙雙寫下新高，出超1245.6億美元；11月出超153.8億美元。個股當日淨流入超1億元。"
    rows = {(m.metric, m.value, m.low) for m in extract(text).metrics}
    assert {("trade_balance", 1245.6e8, None), ("trade_balance", 153.8e8, None)} <= rows
    assert any(m.low == 1e8 for m in extract(text).metrics)  # (净流入超1亿元: more than, still)


def test_a_company_introduced_by_according_to_and_its_filing_venue():
    text = "据华润医药8月29日在港交所发布的公告,集团2024年上半年收入1285.976亿元,较2023年同期的1228.184亿元增长4.7%。"
    assert {m.entity for m in extract(text).metrics} == {"华润医药"}


def test_a_bid_and_offer_quote_written_by_its_last_digits_and_a_time_of_day():
    text = "The dollar traded at 141.36-38 yen at 5 p.m. The euro changed hands at $1.0912-0915 and 154.27-31 yen."
    rows = {(m.low, m.high, m.unit) for m in extract(text).metrics}
    assert {(141.36, 141.38, "JPY"), (1.0912, 1.0915, "USD"), (154.27, 154.31, "JPY")} <= rows
    assert not any(m.value == 5.0 for m in extract(text).metrics)


def test_three_quarters_of_a_percentage_point_with_a_hyphen():
    text = "The Bank of England raised rates by three-quarters of a percentage point to 3%."
    assert (0.75, "pp") in {(m.value, m.unit) for m in extract(text).metrics}


def test_a_taiwan_close_full_of_four_digit_codes_is_a_taiwan_story():
    text = ("晶圓代工（2330）今日以1150元收盤，台股上漲1.2%，外資買超215.4億元。記憶體股力積電（6770）、旺宏（2337）、"
            "華邦電（2344）、南亞科（2408）與群聯（8299）走強，聯電（2303）、世界（5347）收低，三大法人合計買超230.1億元。")
    rows = {(m.value, m.unit) for m in extract(text).metrics}
    assert {(1150.0, "TWD"), (215.4e8, "TWD")} <= rows


def test_a_policy_rate_moved_by_a_percent_is_a_move_not_a_level():
    text = ("The Bank of Thailand lowered its policy rate by 0.25% to 2.25%. The decision follows a 0.5% cut by the "
            "Federal Reserve last month. The bank raised rates by 0.5% in March.")
    rows = {(m.metric, m.value, m.unit) for m in extract(text).metrics}
    assert {("rate_change", -0.25, "%"), ("rate", 2.25, "%"), ("rate_change", -0.5, "%"), ("rate_change", 0.5, "%")} <= rows
    assert ("rate", 0.25, "%") not in rows


def test_a_stock_at_the_top_of_an_index_and_a_bank_whose_shares_trade():
    text = ("Shares in BNP Paribas closed at the top of the CAC 40, up 5.12% at 61.30 euros. The bank reported a net profit "
            "of 2.9 billion euros. Kering ended at the bottom of the CAC 40, down 3.4% at 480 euros. The Paris Bourse "
            "closed 0.4% higher.")
    rows = {(m.value, m.entity) for m in extract(text).metrics}
    assert {(5.12, "BNP Paribas"), (61.3, "BNP Paribas"), (2.9e9, "BNP Paribas"), (-3.4, "Kering"), (480.0, "Kering"),
            (0.4, "Paris Bourse")} <= rows


def test_a_malaysian_listing_code_and_fiscal_quarter():
    text = ("Hong Leong Bank Bhd (KL:HLBANK) grew its net profit 9% to RM1.02 billion in 2QFY2025. Net profit for the "
            "first quarter ended Sept 30, 2024 (1QFY2025) rose to RM980 million.")
    rows = {(m.value, m.entity, m.period) for m in extract(text).metrics}
    assert {(9.0, "Hong Leong Bank Bhd", "FY2025Q2"), (1.02e9, "Hong Leong Bank Bhd", "FY2025Q2"),
            (9.8e8, "Hong Leong Bank Bhd", "FY2025Q1")} <= rows


def test_an_index_described_by_its_size_and_a_hedged_range():
    text = ("The FBM KLCI ended higher on Monday. The 30-stock index rose 5.2 points, or 0.33% to 1,602.11. "
            "The index has traded between about 1,580 and 1,610 for a month.")
    rows = {(m.metric, m.value, m.low, m.high, m.entity) for m in extract(text).metrics}
    assert ("index_level", 1602.11, None, None, "KLCI") in rows
    assert ("index_level", None, 1580.0, 1610.0, "KLCI") in rows


def test_a_portal_quote_tag_a_newspaper_a_condition_and_a_year_in_brackets():
    text = ("苏泊尔(行情002032,诊股)于10月27日披露三季报。郑琳 中国证券报 2021-10-28\n"
            "如果换成归母净利润的口径来看,公司前三季度净利润为12.50亿元。")
    rows = {(m.value, m.entity) for m in extract(text).metrics}
    assert (12.5e8, "苏泊尔") in rows
    text = "凯基把联发科今（2026）明年每股税后纯益分别调高8%、11%，目标价升至1,800元。股王信骅（5274）目标价升至13,000元。"
    entities = {m.entity for m in extract(text).metrics}
    assert "联发科今" not in entities and "股王信骅" not in entities


def test_the_mpf_named_as_a_subject():
    text = "强积金九月份的投资收益为三百二十亿元，强积金总资产达一万四千亿元。"
    assert {m.entity for m in extract(text).metrics} == {"强积金"}


def test_a_canadian_round_up_with_toronto_listing_codes():
    text = ('TD Securities raised Parkland Fuel (PKI-T) to "buy" from "hold" with a target of $45 (Canadian). '
            "Scotiabank lifted its price target on National Bank of Canada (NA-T) to $150 (Canadian) from $140.")
    actions = {(a.broker, a.company, a.ticker, a.rating, a.target_price, a.prior_target_price) for a in extract(text).rating_actions}
    assert {("TD Securities", "Parkland Fuel", "PKI.TO", "buy", 45.0, None),
            ("Scotiabank", "National Bank of Canada", "NA.TO", None, 150.0, 140.0)} <= actions


def test_a_second_respective_list_goes_to_the_same_names():
    text = "其中龙湖集团(00960.HK)、华润置地(01109.HK)的销售额分别为150.2亿和210.5亿,同比分别减少8.1%和3.3%。"
    rows = {(m.value, m.entity) for m in extract(text).metrics}
    assert {(-8.1, "龙湖集团"), (-3.3, "华润置地")} <= rows


def test_a_release_on_a_year_and_its_fourth_quarter():
    text = ("2023年全年及第4季物业交易统计(统计暨普查局)\n"
            "据统计暨普查局的资料,整体住宅单位的每平方米平均价格为92,100元,较上年下跌6%。\n"
            "以季度比较,2023年第4季住宅单位买卖共1,020个,成交总值下跌2.5%至60.2亿元。")
    periods = {m.value: m.period for m in extract(text).metrics}
    assert periods[92100.0] == periods[-6.0] == "2023"
    assert periods[60.2e8] == periods[-2.5] == "2023Q4"


def test_a_fall_of_up_to_is_a_fall_and_edging_up_to_is_a_level():
    text = ("Shoprite said its interim profit had declined by up to 12.5%. Pick n Pay expects a decline of up to 4%. "
            "The purchasing managers' index edged up to 51.2 from 50.8.")
    rows = {(m.value, m.prior_value) for m in extract(text).metrics}
    assert {(-12.5, None), (-4.0, None), (51.2, 50.8)} <= rows


def test_fund_units_issued_are_units_and_no_market_share():
    text = "今年前五个月新基金发行份额合计3120亿份,比去年同期减少412.5亿份,降幅为11.68%。"
    rows = {(m.value, m.unit, m.metric) for m in extract(text).metrics}
    assert {(3120e8, "units"), (-412.5e8, "units")} <= {(v, u) for v, u, _ in rows}
    assert (-11.68, "%") in {(v, u) for v, u, _ in rows}
    assert not any(metric == "market_share" for _, _, metric in rows)


def test_a_subject_after_its_day_and_one_introduced_by_what_it_is():
    text = ("On March 3 Clicks warned that its interim earnings per share would fall by up to 9%. "
            "Harmony Gold is another mining group that reports this week. On Tuesday it said it would report a headline "
            "loss per share of $0.08.")
    rows = {(m.value, m.entity) for m in extract(text).metrics}
    assert {(-9.0, "Clicks"), (-0.08, "Harmony Gold")} <= rows


def test_an_ipo_subscription_by_category():
    text = ("The Bharat Solar IPO closed on Friday, the issue being booked 58 times. Bids came in for more than 210.4 crore "
            "shares against 3.62 crore shares on offer. The QIB portion was booked 142.3 times, and employees applied for 18 "
            "lakh shares against 1.5 lakh shares reserved for them, booking their portion 12 times.")
    rows = {(m.metric, m.value, m.unit, m.prior_value) for m in extract(text).metrics}
    assert {("oversubscription", 58.0, "x", None), ("oversubscription", 142.3, "x", None), ("oversubscription", 12.0, "x", None),
            ("shares_bid", 210.4e7, "shares", None), ("shares_offered", 3.62e7, "shares", None),
            ("shares_bid", 18e5, "shares", None), ("shares_offered", 1.5e5, "shares", None)} <= rows


def test_a_bank_ranked_by_its_figure_and_a_list_item_with_a_particle():
    text = "就去年几家城商行的利润增速而言,宁波银行以18.2%位列首位,杭州、南京则分别实现了16.1%和13.4%的增长。"
    rows = {(m.value, m.entity) for m in extract(text).metrics}
    assert {(18.2, "宁波银行"), (16.1, "杭州"), (13.4, "南京")} <= rows


def test_a_car_market_and_its_segments():
    text = ("乘联会数据显示,4月份全国乘用车市场零售162万辆,同比增长5.2%。当月新能源车的零售量为76.3万辆,同比增长31.4%。"
            "自主品牌新能源车的渗透率达68.5%。")
    rows = {(m.value, m.entity) for m in extract(text).metrics}
    assert {(162e4, "全国乘用车市场"), (5.2, "全国乘用车市场"), (76.3e4, "新能源车"), (31.4, "新能源车"), (68.5, "自主品牌")} <= rows


def test_brokers_each_named_before_their_own_target():
    text = ("今年以來外資持續調高聯發科目標價，當中以凱基的1,800元居首。目標價同樣超過1,500元的，還有晨星的1,650元、"
            "高盛與花旗的1,600元，以及瑞銀的1,550元等。")
    actions = {(a.broker, a.company, a.target_price) for a in extract(text).rating_actions}
    assert {("晨星", "聯發科", 1650.0), ("高盛", "聯發科", 1600.0), ("花旗", "聯發科", 1600.0), ("瑞銀", "聯發科", 1550.0)} <= actions
    assert {m.entity for m in extract(text).metrics if m.metric == "target_price"} == {"聯發科"}


def test_emerging_currencies_quoted_per_dollar():
    text = "The baht firmed 0.3% against the US dollar to 35.42. The rupiah fell 0.2% to 16,100 per dollar."
    rows = {(m.metric, m.value, m.unit, m.entity) for m in extract(text).metrics}
    assert {("fx_rate", 35.42, "THB", "baht"), ("fx_rate_change", -0.2, "%", "rupiah"), ("fx_rate", 16100.0, "IDR", "rupiah")} <= rows


def test_a_results_release_with_summary_lists_and_brands_it_bought():
    text = ("Mondelez Co. (NASDAQ: MDLZ) today reported its results for the fourth quarter and the full year 2022. Sales from "
            "the acquisitions of Clif, Chipita and Gourmet Food added a 1.5-point benefit.\n\n"
            "Summary of full-year 2022 financial results\n"
            "- Reported net income of $2,717 million, or $1.96 per share-diluted.\n")
    rows = {(m.value, m.entity, m.period) for m in extract(text).metrics}
    assert {(2717e6, "Mondelez Co.", "2022"), (1.96, "Mondelez Co.", "2022")} <= rows


def test_a_research_round_up_line_names_its_house_after_the_ticker():
    text = "* Northland Power Inc NPI.TO: Ventum Financial starts coverage with target price C$28"
    actions = {(a.broker, a.action, a.target_price) for a in extract(text).rating_actions}
    assert ("Ventum Financial", "initiate", 28.0) in actions


def test_a_taiwan_ipo_by_auction():
    text = ("友達旗下子公司達擎(8131)的初次上市前競價拍賣今日開標,最低得標價88.5元、最高得標價95元,"
            "算出的得標加權平均價為90.12元。證交所表示,公開申購價格定為75元。")
    rows = {(m.value, m.unit, m.entity) for m in extract(text).metrics}
    assert all(unit == "TWD" for value, unit, _ in rows if value in (88.5, 95.0, 90.12, 75.0))
    assert not any(entity and ("加權平" in entity or "旗下" in entity) for _, _, entity in rows)


def test_a_titled_word_that_opens_a_company_traded_by_its_shares():
    text = ("The FTSE 100 closed lower.\n\nPremier Cables shares slid 12.5p to 140p after a weak update.\n\n"
            "BT was one of the top flight's best risers after it praised its Premier League rights. "
            "Shares recovered from early losses to end 4.5p higher at 301p.")
    rows = {(m.metric, m.value, m.entity) for m in extract(text).metrics}
    assert {("share_price_change", -0.125, "Premier Cables"), ("share_price", 1.4, "Premier Cables"),
            ("share_price_change", 0.045, "BT"), ("share_price", 3.01, "BT")} <= rows
    assert not any(metric.startswith("net_") for metric, _, _ in rows)  # early losses are the share's, no loss


def test_a_citys_leading_share_index_and_footsie():
    for text in ("London's leading share index fell 31.5 points to 7,402.1.", "The Footsie fell 31.5 points to 7,402.1."):
        assert {m.entity_key for m in extract(text).metrics} == {"index:ftse100"}


def test_each_economy_of_a_ranking_and_a_month_before():
    text = ("Euro-area annual inflation was 9.9 percent in November. Ireland had the lowest rate, at 6.1 percent, followed "
            "by 6.4 percent in Greece and 6.9 percent in Portugal. The highest were in Latvia (21.3 percent) and "
            "Slovakia (15.1 percent). Energy prices rose 34.2 percent, after 41.1 percent in October.")
    rows = {(m.value, m.entity) for m in extract(text).metrics}
    assert {(9.9, "euro zone"), (6.1, "Ireland"), (6.4, "Greece"), (6.9, "Portugal"), (21.3, "Latvia"), (15.1, "Slovakia")} <= rows
    energy = next(m for m in extract(text).metrics if m.value == 34.2)
    assert energy.prior_value == 41.1 and not any(m.value == 41.1 for m in extract(text).metrics)


def test_a_range_whose_dash_sits_against_its_second_figure():
    text = "Acme Pharma now expects sales to grow 18 percent- 24 percent, up from its earlier 15 percent -21 percent."
    [row] = extract(text).metrics
    assert (row.low, row.high, row.prior_low, row.prior_high) == (18.0, 24.0, 15.0, 21.0)


def test_paise_are_hundredths_of_a_rupee_and_one_and_a_half_years_no_half():
    text = "The rupee traded in a 17-paisa range and closed 9 paise weaker, its worst run in one and a half years."
    rows = {(m.value, m.unit, m.period) for m in extract(text).metrics}
    assert (0.17, "INR", None) in rows and (0.09, "INR", None) in rows


def test_net_sellers_unload_and_money_flows_away():
    rows = {(m.entity, m.value) for m in extract("Foreign investors bought a net 52 billion won of shares, while "
                                                    "retail investors unloaded 310 billion won.").metrics}
    assert ("retail investors", -310e9) in rows
    zh = extract("港股通南向資金淨流出8.2億元，其中盈富基金錄得約5.1億元資金流走。").metrics
    assert {m.value for m in zh} == {-8.2e8, -5.1e8}


def test_a_price_report_names_each_good_its_grade_and_its_move():
    text = ("碳酸锂报价为 81000 元/吨(-1500 元/吨),氢氧化锂(综合)为 74000 元/吨(持平)。"
            "锂云母(2%≤Li2O<4%)报价 2300 元/吨(+60 元/吨)。")
    rows = {(m.metric, m.value, m.entity, m.prior_value) for m in extract(text).metrics}
    assert rows == {("price", 81000.0, "碳酸锂", None), ("price_change", -1500.0, "碳酸锂", None),
                    ("price", 74000.0, "氢氧化锂", 74000.0), ("price", 2300.0, "锂云母", None),
                    ("price_change", 60.0, "锂云母", None)}


def test_an_indicator_a_central_bank_of_an_economy_states_is_the_economys():
    text = "The Central Bank of Kenya (CBK) said annual inflation eased to 6.8 percent in March from 7.3 percent."
    [row] = extract(text).metrics
    assert (row.entity, row.entity_key, row.prior_value) == ("Kenya", "economy:kenya", 7.3)


def test_a_monthly_release_under_a_headline_that_also_gives_the_year():
    text = ("澳門通脹升至2.4%，2023全年2.1%\n\n2024-01-22\n\n統計局公佈2023年12月的消費物價指數,按年升2.4%。"
            "錄得升幅的類別之中,衣履升3.1%;交通價格升1.2%。")
    rows = {m.value: m.period for m in extract(text).metrics}
    assert rows[3.1] == rows[1.2] == "2023-12"


def test_a_producers_groups_output_in_barrels_a_day_and_a_person_by_the_title_beside_him():
    text = ("Crude output from the 13-member Organization of the Petroleum Exporting Countries (OPEC) averaged 28.4 million "
            "b/d in May, a fall of 150,000 b/d.\n\nAnna Berg, Argus head of oil news, said that the group met a little "
            "less demand. OPEC pumped 28.2 million b/d in June.")
    rows = {(m.metric, m.value, m.entity) for m in extract(text).metrics}
    assert {("production", 28.4e6, "OPEC"), ("production_change", -150000.0, "OPEC"), ("production", 28.2e6, "OPEC")} <= rows


def test_phones_delivered_and_the_same_years_again():
    text = ("該行上調2025年至2027年的手機交付量預測至1.7億、1.8億及1.9億。"
            "同期電動車交付量的預測則升至30萬、45萬及60萬。")
    rows = {(m.value, m.unit, m.period) for m in extract(text).metrics}
    assert {(1.7e8, "units", "2025"), (1.9e8, "units", "2027"), (3e5, "vehicles", "2025"), (6e5, "vehicles", "2027")} <= rows


def test_a_kenyan_banks_half_in_shillings_and_what_it_set_aside_for_loan_losses():
    text = ("Equity Group's net profit for the first half rose 8 percent to 20.1 billion shillings. The provision the "
            "lender set aside for loan losses climbed 40 percent to 4.2 billion shillings.")
    rows = {(m.metric, m.value, m.unit) for m in extract(text).metrics}
    assert {("net_profit", 20.1e9, "KES"), ("provision_for_credit_losses", 4.2e9, "KES")} <= rows
    assert not any(metric.startswith("net_") and value < 0 for metric, value, _ in rows)


def test_a_loss_per_share_that_shrank_and_forecasts_from_a_low_to_a_high():
    rows = {(m.metric, m.value, m.prior_value, m.low, m.high) for m in extract(
        "Acme Web said its quarterly loss excluding one-off items shrank to 12 cents a share from 41 cents. Forecasts "
        "for the jobless rate stretched from a low of 4.1% to a high of 4.6%. Copper futures ranged from a low of "
        "$8,950 to a high of $9,120.").metrics}
    assert ("eps", -0.12, -0.41, None, None) in rows
    assert ("unemployment_rate", None, None, 4.1, 4.6) in rows
    assert not any(low == 8950.0 for _, _, _, low, _ in rows)  # a day's trading extremes stay two figures


def test_a_datelines_agency_and_companies_sold_in_passing_name_no_owner():
    text = ("Boston, MA (NWS) — Harbor Financial said its first-quarter profit rose 6 percent. Like other banks, it got a "
            "lift from selling Visa shares. The bank recorded a $210 million gain. It also sold its 15 percent stake in "
            "Kellogg Mexico. Revenue for the period was flat at $2.4 billion.")
    rows = {(m.value, m.entity) for m in extract(text).metrics}
    assert {(210e6, "Harbor Financial"), (2.4e9, "Harbor Financial")} <= rows


def test_this_year_next_year_and_a_named_year_date_a_release():
    text = ("Annual inflation in Egypt rose to 12.1 percent in February. Prices rose 14.2 percent against February 2018. "
            "The target is 13 percent for this year, 9 percent for next year and 7 percent in 2021.")
    rows = {m.value: m.period for m in extract(text).metrics}
    assert rows[12.1] == "2019-02" and rows[9.0] == "2020" and rows[7.0] == "2021"


def test_tour_groups_and_hotel_guests_are_visitors_and_a_shrinking_size_is_a_fall():
    text = "今年9月參團旅客有52.1萬人次,按年減幅為6.5%;酒店及公寓住客合共70.3萬人次,按年下跌1.2%。"
    rows = {(m.value, m.unit, m.entity) for m in extract(text).metrics}
    assert (521000.0, "visitors") in {(v, u) for v, u, _ in rows} and (-6.5, "%") in {(v, u) for v, u, _ in rows}
    assert not any(entity in ("酒店", "公寓") for _, _, entity in rows)


def test_a_quarter_that_ended_last_december_and_the_years_own_figures():
    text = ("2026-02-20\n\n金沙中國發表截至去年12月底止的第4季業績，淨收益錄得180億元，按年增長12%。"
            "據公司所述，年內淨收益達690億元；末期息派50仙。")
    rows = {m.value: m.period for m in extract(text).metrics}
    assert rows[18e9] == rows[12.0] == "2025Q4" and rows[69e9] == rows[0.5] == "2025"


def test_a_brand_selling_in_a_market_and_a_games_title():
    text = ("2024年第二季度,vivo在中国智能手机市场出货量为1550万台,市场份额为19.1%。OPPO在同期的国内市场出货量为1210万台。"
            "《王者荣耀》等作品推动腾讯手游收入增长15%。")
    rows = {(m.value, m.entity) for m in extract(text).metrics}
    assert {(15.5e6, "vivo"), (19.1, "vivo"), (12.1e6, "OPPO"), (15.0, "腾讯")} <= rows


def test_a_farm_price_reports_goods_and_treasury_futures_contracts():
    text = ("监测显示,第18周全市各监测点待宰活猪的收购均价为16.05元/公斤,环比涨1.2%,同比跌8.4%。"
            "5年期国债期货主力合约TF2409下行0.05%至102.150,相应期货收益率上行1.2个基点至2.1055%。")
    rows = {(m.value, m.entity) for m in extract(text).metrics}
    assert {(16.05, "待宰活猪"), (1.2, "待宰活猪"), (-8.4, "待宰活猪")} <= rows
    assert {(-0.05, "5年期国债期货主力合约TF2409"), (2.1055, "5年期国债期货主力合约TF2409")} <= rows


def test_crowns_a_forecast_fall_by_approximately_and_the_biggest_riser_in_an_index():
    rows = {(m.metric, m.value, m.unit, m.entity) for m in extract(
        "Ericsson's adjusted operating profit rose to 6.2 billion crowns. Acme Pharma projects that sales of flu vaccines "
        "will fall by approximately 1.5 billion Swiss francs to around 3 billion francs. The CAC 40 rose 0.5%. "
        "Shares in Renault posted the biggest rise in the CAC 40, 3.9% to 41.2 euros.").metrics}
    assert ("operating_profit", 6.2e9, "SEK", "Ericsson") in rows
    assert ("revenue_change", -1.5e9, "CHF", "Acme Pharma") in rows
    assert {(3.9, "Renault"), (41.2, "Renault")} <= {(v, e) for _, v, _, e in rows}


def test_the_same_day_names_no_company_and_a_euro_stoxx_in_chinese():
    rows = {(m.value, m.entity) for m in extract(
        "贵州茅台(600519.SH)排名第一。五粮液也在同一天公布了一季度报告,一季度营收约为111.4亿元。"
        "欧洲斯托克指数上涨0.8%。").metrics}
    assert (111.4e8, "五粮液") in rows
    assert {m.entity_key for m in extract("欧洲斯托克指数上涨0.8%。").metrics} == {"index:eurostoxx50"}


def test_an_index_move_after_a_rate_cut_in_the_clause_before():
    rows = {(m.metric, m.value, m.entity) for m in extract(
        "美联储降息提振风险偏好,全球股市普遍走强,恒生指数上涨3.1%,日经指数上涨2.4%。").metrics}
    assert {("index_change", 3.1, "恒生指数"), ("index_change", 2.4, "日经指数")} <= rows


def test_a_province_opens_its_own_trade_figures_and_a_mainland_partner_list_is_no_hong_kong_story():
    rows = {(m.value, m.unit, m.entity) for m in extract(
        "海关江苏分署的数据显示,前9个月江苏进出口总额为3.9万亿元人民币,在同期全国进出口总值中占12.6%。当中出口为2.4万亿元;"
        "同期江苏与中国香港、美国的进出口依次为1200.5亿元和3301.2亿元。").metrics}
    assert {(3.9e12, "CNY", "江苏"), (12.6, "%", "江苏"), (2.4e12, "CNY", "江苏")} <= rows
    assert {(120.05e9, "CNY", "中国香港"), (330.12e9, "CNY", "美国")} <= rows


def test_a_median_of_rises_and_falls_keeps_its_printed_sign():
    rows = {m.value for m in extract("上周行业ETF的涨跌幅中位数为0.52%,宽基ETF的升跌幅中位数是-0.3%。").metrics}
    assert rows == {0.52, -0.3}


def test_a_name_after_bei_and_a_land_auctions_price_cap():
    rows = {(m.value, m.low, m.high, m.entity) for m in extract(
        "挂牌半月后,该宅地最终被佛山市华景置业有限公司以4.1亿元竞得。该地块限价4.5亿元,最高楼面限价为19800元/平方米。").metrics}
    assert (4.1e8, None, None, "佛山市华景置业有限公司") in rows
    assert {(None, None, 4.5e8), (None, None, 19800.0)} <= {(v, lo, hi) for v, lo, hi, _ in rows}


def test_a_year_earlier_opening_a_clause_is_the_base_not_the_period():
    rows = {(m.value, m.period) for m in extract(
        "Harbor Foods reported its results for the first half of 2022 on Tuesday. Compared with a year earlier, "
        "third-quarter sales rose 7 per cent to $1.2 billion.").metrics}
    assert {(7.0, "2022Q3"), (1.2e9, "2022Q3")} <= rows


def test_a_rate_word_between_a_figure_and_its_fall():
    rows = {(m.value, m.entity) for m in extract(
        "LISBON - Portuguese brewer Lusa SA on Monday reported a 41% year-on-year slump in quarterly profit.").metrics}
    assert (-41.0, "Lusa SA") in rows


def test_guidance_from_flat_to_down_and_from_down_to_up():
    rows = {(m.low, m.high) for m in extract(
        "Acme Stores kept its outlook of flat to down 3% same-store sales, and now sees the holiday quarter at down 2% to up 2%.").metrics}
    assert {(-3.0, 0.0), (-2.0, 2.0)} <= rows


def test_rupees_of_a_karachi_market_and_bracketed_point_moves_after_names():
    rows = {(m.value, m.unit, m.entity) for m in extract(
        "The KSE-100 index gained 410 points. Lucky Cement added 120.50 points, ahead of MCB (+88.20) and HBL (-31.40). "
        "Traded value rose to Rs18.2 billion.").metrics}
    assert {(88.2, "points", "MCB"), (-31.4, "points", "HBL")} <= rows
    assert (18.2e9, "PKR") in {(v, u) for v, u, _ in rows}
    assert (18.2e9, "INR") in {(m.value, m.unit) for m in extract("Traded value on the NSE rose to Rs18.2 billion.").metrics}


def test_an_airline_named_american_after_a_double_dash_dateline():
    rows = {m.entity for m in extract(
        "DALLAS -- American Widgets said on Monday it expects October orders to fall 6.1 percent. "
        "Shares of American's parent Amwid Corp. fell 2 percent.").metrics}
    assert "US" not in rows and "American's" not in rows


def test_bare_shares_in_brackets_after_each_name_of_a_list():
    rows = {(m.value, m.entity) for m in extract(
        "Delta Mining (7%), Fjord Shipping (5%) and Cirrus Cloud (4%) lead the dividend screen.").metrics}
    assert rows >= {(7.0, "Delta Mining"), (5.0, "Fjord Shipping"), (4.0, "Cirrus Cloud")}


def test_million_tonnes_written_mt_and_a_count_that_was_down_by():
    rows = {(m.metric, m.value, m.unit) for m in extract(
        "Coal shipments through the port were down by 9Mt. The miner railed 14.5Mt in the year.").metrics}
    assert {(-9e6, "tonnes"), (14.5e6, "tonnes")} <= {(v, u) for _, v, u in rows}


def test_a_day_date_since_which_is_no_period_and_a_benchmark_yield_is_its_own():
    rows = {(m.value, m.entity, m.period) for m in extract(
        "The dollar index rose 0.5% on Tuesday.\n\nThe benchmark 10-year yield climbed as high as 4.41%. "
        "The yen was last down 0.4% at 151.2 per dollar, its weakest since July 21 2023.").metrics}
    assert (4.41, "10-year yield", None) in rows
    assert all(p is None for _, _, p in rows)


def test_crypto_prices_and_breakeven_rates_are_subjects():
    rows = {(m.value, m.entity) for m in extract(
        "Bitcoin climbed to a record $98,500. The five-year breakeven inflation rate rose to 2.61%.").metrics}
    assert {(98500.0, "Bitcoin"), (2.61, "five-year breakeven inflation rate")} <= rows


def test_of_those_carries_the_month_the_sentence_before_named():
    rows = {(m.value, m.period) for m in extract(
        "各家车企陆续交出2024年第一季度的答卷。三家车企于4月1日公布了各自今年3月份的交付量。其中甲汽车交付2.1万辆;乙汽车交付1.5万辆。"
        "第一季度甲汽车累计交付5.6万辆。").metrics}
    assert {(21000.0, "2024-03"), (15000.0, "2024-03"), (56000.0, "2024Q1")} <= rows


def test_a_company_named_on_a_heading_line_of_its_own():
    rows = {(m.value, m.entity) for m in extract(
        "光伏企业半年报一览\n甲乙能源:\n甲乙能源上半年营业收入为93.25亿元。\n丙丁电工:\n今年上半年丙丁营业总收入为498.17亿元,同比增长16.8%。").metrics}
    assert {(49817000000.0, "丙丁电工"), (16.8, "丙丁电工")} <= rows


def test_a_rupee_written_re_and_a_naira_rate_per_dollar():
    rows = {(m.metric, m.value, m.unit, m.prior_value) for m in extract(
        "The board declared an interim dividend of Re 1 per share. The naira weakened on the parallel market, "
        "closing at N1,520/$1 against N1,480/$1 on Friday.").metrics}
    assert {(1.0, "INR", None), (1520.0, "NGN", 1480.0)} <= {(v, u, p) for _, v, u, p in rows}
    assert all(v != 1.0 or u == "INR" for _, v, u, _ in rows)


def test_a_ranking_table_with_its_unit_in_the_header_and_a_growth_column():
    rows = {(m.value, m.unit, m.entity, m.period) for m in extract(
        "数据显示,2024年1-9月全国原煤产量为35.1亿吨。各企业的排名及产量见下表:\n排名 | 企业名称 | 1-9 月产量(亿吨) | 同比增速 |\n"
        "1 | 甲能源集团 | 4.10 | -1.5% |\n2 | 乙煤业集团 | 2.35 | +3.0% |\n").metrics}
    assert {(410e6, "tonnes", "甲能源集团", "2024-01..09"), (-1.5, "%", "甲能源集团", "2024-01..09"),
            (235e6, "tonnes", "乙煤业集团", "2024-01..09"), (3.0, "%", "乙煤业集团", "2024-01..09")} <= rows


def test_a_share_against_last_years_with_yu_and_xiangbi():
    rows = {(m.value, m.prior_value) for m in extract("前五家企业在全国总产量中占38.2%,与2023年的39.1%相比略有下滑。").metrics}
    assert (38.2, 39.1) in rows and all(v != -39.1 for v, _ in rows)


def test_each_province_of_a_release_owns_its_own_premiums():
    rows = {(m.value, m.entity) for m in extract(
        "多省份7月保费数据出炉\n"
        "湖南省2024年1-7月原保险保费收入累计为1200亿元。浙江省(不含宁波市)2024年7月原保险保费收入为160亿元。").metrics}
    assert {(1200e8, "湖南省"), (160e8, "浙江省(不含宁波市)")} <= rows or {(1200e8, "湖南"), (160e8, "浙江")} <= rows


def test_a_possessive_company_after_an_opening_phrase_and_the_uk_lender_is_no_economy():
    rows = {(m.value, m.entity) for m in extract(
        "In the eight weeks to 30 June, Harbrook's total sales climbed 3.1% to £512.4m.").metrics}
    assert {(3.1, "Harbrook"), (512.4e6, "Harbrook")} <= rows
    rows = {m.entity for m in extract(
        "Westmere Banking Group posted a rise in profit, and the UK lender raised its guidance.\n\n"
        "In the first three months of 2015 underlying profit came to £1.9bn, up 12% on the year before.").metrics}
    assert rows == {"Westmere Banking Group"}


def test_a_housebuilders_completions_are_homes_and_a_full_year_to_march_is_fiscal():
    rows = {(m.metric, m.value, m.unit, m.prior_value) for m in extract(
        "Completions at Tallis Homes grew by 3 per cent, to 5,210 against 5,058 a year before.").metrics}
    assert ("completions", 5210.0, "homes", 5058.0) in rows
    assert {m.period for m in extract("For the full year to March 2013, Kanto Electric expects a net profit of "
                                      "150 billion yen.").metrics} == {"FY2013"}


def test_a_move_stated_after_an_opening_level():
    rows = {(m.metric, m.value) for m in extract(
        "The Kospi opened at 2,610.40, 41.20 points (1.55%) lower, and closed at 2,598.10.").metrics}
    assert {("index_level", 2610.4), ("index_change", -41.2), ("index_change", -1.55)} <= rows


def test_property_registrations_counted_in_zong():
    rows = {(m.value, m.unit, m.prior_value) for m in extract(
        "根据土地注册处的数据,8月份住宅物业注册录得3,812宗,比7月的4,105宗减少约7.1%。").metrics}
    assert (3812.0, "registrations", 4105.0) in rows


def test_a_year_right_after_a_chinese_comma_dates_the_article():
    rows = {(m.value, m.period) for m in extract("国家统计局数据显示,2024年前三季度工业增加值增长5.8%。10月份增速为5.3%。").metrics}
    assert (5.3, "2024-10") in rows


def test_a_plans_later_years_leave_the_year_after_a_comparison_the_articles():
    rows = {(m.value, m.period) for m in extract(
        "Ribera Bank earned 1.2 billion euros in the first quarter, 12% more than in the same period in 2024. "
        "The quarter is the first covered by the 2025-2027 strategic plan.").metrics}
    assert {(1.2e9, "2025Q1"), (12.0, "2025Q1")} <= rows


def test_a_banks_wealth_arm_is_a_company_and_a_rate_cut_in_points_is_basis_points():
    rows = {(m.value, m.entity) for m in extract("浦银理财2024年净利润为8.6亿元,同比下降5.2%。").metrics}
    assert {(8.6e8, "浦银理财"), (-5.2, "浦银理财")} <= rows
    assert all(e != "银行理财" for _, e in {(m.value, m.entity) for m in extract("银行理财规模为26.8万亿元。").metrics})
    rows = {(m.metric, m.value, m.unit) for m in extract("The central bank lowers its benchmark rate by 75 points.").metrics}
    assert ("rate_change", -75.0, "bp") in rows


def test_a_peak_and_a_record_low_of_earlier_years_leave_the_year_after_a_comparison_the_articles():
    rows = {(m.value, m.period) for m in extract(
        "Sales of used vans fell 2.4 percent in May, and were 6.1 percent higher than in May 2018. "
        "Stocks of unsold vans were 31 percent short of the March 2007 peak, and above the low recorded in "
        "January 2018.").metrics}
    assert {(-2.4, "2019-05"), (6.1, "2019-05")} <= rows


def test_a_target_a_broker_gives_out_is_the_stocks_and_its_close_a_share_price():
    rows = {(m.metric, m.value, m.entity) for m in extract(
        "比亚迪的上涨空间超过40%,华泰证券给出的目标价为380元,而该股最新收盘价为270.5元。").metrics}
    assert {("target_price", 380.0, "比亚迪"), ("share_price", 270.5, "比亚迪")} <= rows


def test_a_courier_named_as_couriers_are_is_a_company():
    rows = {(m.value, m.entity) for m in extract(
        "中通控股5月营收增长9%。德邦快递的5月份经营数据中,业务量同比增长6.2%,单票收入2.05元。").metrics}
    assert {(6.2, "德邦快递"), (2.05, "德邦快递")} <= rows


def test_a_stock_under_special_treatment_and_one_heading_a_ranking_are_companies():
    rows = {(m.value, m.entity) for m in extract(
        "成交额上,中科曙光以98.6亿元居首;*ST天润成交额为842.3万元,排在最后。换手率上,华微电子以21.5%居首;"
        "宏图光电换手率为0.31%,位列末位。").metrics}
    assert {(9.86e9, "中科曙光"), (8.423e6, "*ST天润"), (21.5, "华微电子"), (0.31, "宏图光电")} <= rows


def test_a_character_that_reads_as_because_inside_a_name_keeps_the_name_whole():
    rows = {(m.value, m.entity) for m in extract("个股方面,凯因科技跌13.2%,跌幅最大。").metrics}
    assert (-13.2, "凯因科技") in rows


def test_a_stock_within_an_index_and_one_joining_it_own_their_moves():
    rows = {(m.value, m.entity) for m in extract(
        "恒生科技指數跌2%。指數內唯一上升的恒騰網絡(00136)股價升4%;市場憧憬美團(03690)可被納入恒指成分股,該股微升0.3%,收報223元。"
        ).metrics}
    assert {(4.0, "恒騰網絡"), (0.3, "美團"), (223.0, "美團")} <= rows


def test_a_company_given_as_an_example_owns_the_figures_after_it():
    rows = {(m.value, m.entity) for m in extract(
        "扬杰科技前三季度营收增长20%。闻泰科技即是一例:公司前三季度营业收入为297.69亿元,同比减少44%。").metrics}
    assert {(2.9769e10, "闻泰科技"), (-44.0, "闻泰科技")} <= rows


def test_a_data_vendor_that_counts_owns_none_of_the_figures():
    rows = {(m.value, m.entity) for m in extract(
        "同花顺统计显示,8月新基金发行份额为1885.58亿份。据东方财富统计,9月新基金数量增长3%。").metrics}
    assert {e for _, e in rows} == {None}


def test_the_star_market_composite_is_an_index():
    rows = {(m.metric, m.value, m.entity) for m in extract("科创综指收于1862.69点,涨幅2.32%。").metrics}
    assert {("index_level", 1862.69, "科创综指"), ("index_change", 2.32, "科创综指")} <= rows


def test_a_metal_named_by_a_report_heading_owns_its_lines_and_a_range_runs_either_way():
    rows = {(m.value, m.low, m.high, m.unit, m.entity) for m in extract(
        "Gold futures fell on Tuesday.\nPLATINUM: October finished down $18.40, or 1.9 percent, at $951.20 an ounce. "
        "The range was $972.50 to $948.10. NYMEX put estimated final volume at 12,480 lots.").metrics}
    assert {(-18.4, None, None, "USD", "PLATINUM"), (951.2, None, None, "USD", "PLATINUM")} <= rows
    assert (948.1, 972.5) in {(lo, hi) for _, lo, hi, u, _ in rows if u == "USD"}
    assert 12480.0 in {v for v, _, _, u, _ in rows if u == "lots"}


def test_a_currency_named_before_its_figure_and_mills_counted():
    rows = {(m.value, m.unit) for m in extract(
        "Siam Cement booked an inventory loss of Baht 1,450 million in the quarter. In Karnataka, the 118 sugar mills in "
        "operation produced 9.8 lakh tonnes.").metrics}
    assert {(-1.45e9, "THB"), (118.0, "mills")} <= rows


def test_movers_that_share_a_verb_or_follow_but_and_a_company_named_after_its_country():
    rows = {(m.value, m.entity) for m in extract(
        "Miners rose. Fortescue Metals gained 2.4 per cent and Mineral Resources 1.1 per cent, but Oil Search fell 3.0 per cent "
        "to $3.12. Italy's Eni raised production by 4% in the quarter. Revenue rose 5% and EBITDA 7%.").metrics}
    assert {(2.4, "Fortescue Metals"), (1.1, "Mineral Resources"), (-3.0, "Oil Search"), (4.0, "Eni")} <= rows
    assert "EBITDA" not in {e for _, e in rows}


def test_a_producers_groups_oil_output_is_its_own_and_a_regulator_no_company():
    rows = {(m.value, m.entity) for m in extract(
        "A survey found that OPEC oil output rose by about 400,000 barrels per day in May.").metrics}
    assert (400000.0, "OPEC") in rows
    rows = {(m.value, m.entity) for m in extract(
        "According to a DGCA data, domestic airlines carried 98.2 lakh passengers in May, data released by the Director General "
        "of Civil Aviation (DGCA) showed.").metrics}
    assert all(e is None or "Director" not in e for _, e in rows)


def test_new_zealands_quarters_named_by_month_and_a_horizon_that_dates_nothing():
    rows = {(m.value, m.period) for m in extract(
        "The Reserve Bank of New Zealand cut the OCR to 3.25% in 2025 and signalled 50 basis points of further cuts. "
        "It sees the OCR at 3% in the June quarter and 2.9% in the September quarter, staying there through to the "
        "March quarter of 2028.").metrics}
    assert {(3.0, "2025Q2"), (2.9, "2025Q3")} <= rows
    assert -50.0 in {v for v, _ in rows}


def test_last_year_named_with_a_roc_year_dates_this_years_figures():
    rows = {(m.value, m.period) for m in extract(
        "主計總處今日修正預測,今年經濟成長率上修為4.2%。去年113年第4季實質GDP成長3.8%。").metrics}
    assert {(4.2, "2025"), (3.8, "2024Q4")} <= rows


def test_a_bare_yi_amount_among_a_storys_yuan_amounts_is_money():
    rows = {(m.value, m.unit) for m in extract(
        "1-6月,百强房企销售额均值为412.5亿元,前十均值为1850亿元。TOP100的门槛值为98.6亿,同比增长12.4%。").metrics}
    assert (9.86e9, "CNY") in rows


def test_a_jobs_reports_workweek_in_hours_and_jobless_claims_in_people():
    rows = {(m.metric, m.value, m.unit) for m in extract(
        "US employers added 150,000 jobs in March. The average workweek rose by 0.1 hour to 34.3 hours, while overtime in "
        "manufacturing slipped to 2.9 hours. Jobless claims fell by 6,000 last week to 219,000.").metrics}
    assert {("workweek", 34.3, "hours"), ("workweek", 2.9, "hours"), ("jobless_claims", 219000.0, "people")} <= rows


def test_a_bonds_tenor_owns_its_yield():
    rows = {(m.value, m.entity) for m in extract(
        "The Fed kept rates on hold. The yield on the benchmark 10-year note dropped three basis points to 2.41 percent, and "
        "the yield on the 30-year bond fell to 3.12 percent.").metrics}
    assert {(2.41, "10-year note"), (3.12, "30-year bond")} <= rows


def test_a_headline_names_possessive_and_an_index_members_hyphenated_word():
    rows = {(m.value, m.entity) for m in extract("Canara Regional Bank's Q2 profit rises 48%").metrics}
    assert (48.0, "Canara Regional Bank") in rows
    rows = {(m.value, m.entity) for m in extract(
        "Chubb rose after its results. Shares of the Dow-component gained as much as 3.1 percent to $212.40.").metrics}
    assert {(3.1, "Chubb"), (212.4, "Chubb")} <= rows


def test_a_homebuilders_deliveries_are_homes():
    rows = {(m.metric, m.value, m.unit) for m in extract(
        "The homebuilder's revenue rose 9%. Home deliveries grew 11% year over year to 6,412.").metrics}
    assert ("deliveries", 6412.0, "homes") in rows


def test_square_metres_written_with_the_area_sign():
    rows = {(m.value, m.unit, m.basis) for m in extract(
        "广州全市商品房合计成交812套/68215.4㎡,成交均价41250元/㎡。").metrics}
    assert (68215.4, "square metres", None) in rows
    assert (41250.0, "CNY", "per m2") in rows


def test_a_bank_in_the_middle_of_a_headline_and_an_accounts_line_no_name():
    rows = {(m.value, m.entity) for m in extract(
        "利息净收入下滑3.1% 贵阳银行多项指标走低\n2024年营业收入为148.2亿元,同比下降2.1%。").metrics}
    assert {(1.482e10, "贵阳银行"), (-2.1, "贵阳银行")} <= rows


def test_counts_averages_and_ordinals_stand_where_no_name_is():
    for text in ("德信控股公布业绩。「其他收益」一项录得负3.2亿元。", "德信控股公布业绩。该股一周微升2.4%,收报5.2元。",
                 "德信控股公布业绩。新股首日中位数为4.2%,平均则升约53.6%。"):
        assert not {m.entity for m in extract(text).metrics} & {"一项", "一周微", "平均"}


def test_an_expected_years_figures_date_a_report_whose_other_years_are_a_plans():
    rows = {(m.value, m.period) for m in extract(
        "友邦(1299)发表截至6月底止的中期业绩,经营溢利为32.1亿元(美元,下同),按年升6%。他预计2025年新业务利润的增幅,"
        "会与集团在2023年至2028年期间所定增长目标一致。每股基本盈利为9.2仙。").metrics}
    assert {(3.21e9, "2025H1"), (0.092, "2025H1")} <= rows
    assert ("USD",) in {(m.unit,) for m in extract("友邦发表中期业绩,经营溢利为32.1亿元(美元,下同)。每股基本盈利为9.2仙。").metrics if m.value == 0.092}


def test_partners_of_a_trade_release_in_a_respective_list_are_not_carried():
    rows = {(m.value, m.entity) for m in extract(
        "据政府统计处公布的数字,本港5月商品转口货量按年上升6.1%。至于日本、内地和美国,整体出口货量亦分别按年上升12.0%、"
        "7.4%及2.2%。今年首五个月,商品转口的货量按年上升5.3%。").metrics}
    assert (5.3, "香港") in rows or (5.3, "本港") in rows


def test_crores_written_crs_and_subscriptions_counted_in_times():
    rows = {(m.metric, m.value, m.unit) for m in extract(
        "Coal India drew subscriptions of 15.28 times from QIBs. The demand came to Rs 2,350 crs in all.").metrics}
    assert ("oversubscription", 15.28, "x") in rows
    assert (2.35e10, "INR") in {(v, u) for _, v, u in rows}


def test_a_respective_list_of_names_sharing_their_first_characters():
    rows = {(m.value, m.entity) for m in extract(
        "前4个月,中国人保、中国平安、中国太保的保费收入分别为3100.5亿元、3500.2亿元、1900.8亿元。"
        "中国人寿、新华保险各自录得保费收入3600亿元、800.4亿元。").metrics}
    assert {(3.1005e11, "中国人保"), (3.5002e11, "中国平安"), (1.9008e11, "中国太保"),
            (3.6e11, "中国人寿"), (8.004e10, "新华保险")} <= rows


def test_a_possessive_result_after_an_opening_month():
    rows = {(m.value, m.entity) for m in extract(
        "In March 2025, Nordair's passenger numbers fell 1.9% against the same month a year before. "
        "Capacity rose 2.2%.").metrics}
    assert {(-1.9, "Nordair"), (2.2, "Nordair")} <= rows


def test_percent_points_and_flight_cancellations():
    rows = {(m.value, m.unit) for m in extract(
        "A strike led to about 420 flight cancellations, and the load factor dropped by 2.4% points to 70.3%.").metrics}
    assert {(420.0, "flights"), (-2.4, "pp"), (70.3, "%")} <= rows


def test_a_data_vendor_a_report_cites_owns_no_figure():
    rows = {(m.value, m.entity) for m in extract(
        "Gulf Finance House reported a 28% rise in quarterly profit to SAR 2.1 billion. A report citing LSEG data said "
        "the result topped the mean estimate of SAR 1.9 billion.").metrics}
    assert (1.9e9, "LSEG") not in rows


def test_a_holder_in_a_which_clause_owns_no_figure_outside_it_nor_the_story():
    rows = {(m.value, m.entity) for m in extract(
        "Banco Alto profit climbs 12%\n\nThe bank, in which U.S. fund Harbor Peak holds 60%, put its CET1 ratio at 17%. "
        "Fees rose 5% to 80 million euros. Since Harbor Peak bought its stake in 2018, Banco Alto has sold bad loans. "
        "Bad loans were 1.2 billion euros.").metrics}
    assert {(17.0, "Banco Alto"), (8e7, "Banco Alto"), (1.2e9, "Banco Alto")} <= rows


def test_a_movers_column_of_capitals_and_its_paragraphs_broker_calls():
    text = ("Stocks on the move: Vinci, Bouygues, Airbus\n\nVALEO rose €0.31 to €22.40. Brokers liked the company's figures. "
            "Citigroup lifted its target to €30 from €26 and kept a buy rating.\n\n"
            "BOUYGUES slipped €0.05 to €31.10. Airbus was also mentioned. DrKW cut the stock to add from buy. "
            "SocGen lowered its target on the company's stock to €35 from €38 while keeping a buy rating.\n\n"
            "AIRBUS fell €0.20 to €120.00. Airbus shares were weak.")
    out = extract(text)
    assert (0.31, "VALEO") in {(m.value, m.entity) for m in out.metrics}
    actions = {(a.broker, a.company, a.action, a.rating, a.prior_rating) for a in out.rating_actions}
    assert ("Citigroup", "VALEO", "raise_target", "buy", None) in actions
    assert ("DrKW", "BOUYGUES", "downgrade", "add", "buy") in actions
    assert ("SocGen", "BOUYGUES", "cut_target", "buy", None) in actions or \
        ("Societe Generale", "BOUYGUES", "cut_target", "buy", None) in actions


def test_a_hong_kong_tables_accumulate_rating():
    out = extract("大行对港交所的评级及目标价\n券商│评级│目标价\n国泰君安│收集│500元\n高盛│买入│560元")
    assert ("accumulate", 500.0) in {(a.rating, a.target_price) for a in out.rating_actions}


def test_a_level_a_figure_came_down_from_is_no_move():
    rows = {(m.value, m.unit) for m in extract("Prices rose 5% in June. The figure came down from 6.9% in May.").metrics}
    assert (6.9, "%") in rows and (-6.9, "%") not in rows


def test_kilograms_and_rand_per_kilogram():
    rows = {(m.value, m.unit) for m in extract(
        "Gold output for the quarter was 7,210kg (231,800oz), and costs rose to R701,200/kg (US$1,290/oz).").metrics}
    assert {(7210.0, "kg"), (701200.0, "ZAR")} <= rows


def test_cities_and_taiwans_municipalities_own_their_figures():
    rows = {(m.value, m.unit, m.entity) for m in extract(
        "分都来看,11月台北为2,210栋,月增12.4%;新北4,480栋,月增8.1%。全年总数为19万3,210栋。").metrics}
    assert {(2210.0, "units", "台北"), (12.4, "%", "台北"), (4480.0, "units", "新北")} <= rows
    assert 193210.0 in {v for v, _, _ in rows}


def test_month_on_month_is_no_earlier_value():
    rows = {(m.value, m.prior_value) for m in extract("理想汽车交付数同比+12.5%/环比-3.8%至41,200辆。").metrics}
    assert {(12.5, None), (-3.8, None)} <= rows


def test_a_carmakers_deliveries_item_by_item():
    rows = {(m.value, m.entity) for m in extract(
        "新势力11月交付:1)理想交付数同比+10.2%至45,100辆;2)小鹏交付数同比+40.1%至28,300辆。").metrics}
    assert {(45100.0, "理想"), (28300.0, "小鹏")} <= rows


def test_the_central_bank_of_a_taipei_paper_is_taiwans_after_the_feds_cut():
    rows = {(m.value, m.entity) for m in extract(
        "中央銀行今天舉行理監事會議,決定政策利率不變。美國聯準會今天宣布把利率下調50個基點。"
        "央行估計今年CPI年增率為2.1%,經濟成長率為3.5%。").metrics}
    assert {(2.1, "台灣"), (3.5, "台灣")} <= rows


def test_underweight_from_equal_weight_in_chinese():
    out = extract("摩根士丹利表示:“我们把公司评级由同等权重调低至低配。”该行将宁德时代的目标价下调至170元。")
    assert ("摩根士丹利", "downgrade", "underweight", "equal-weight") in {
        (a.broker, a.action, a.rating, a.prior_rating) for a in out.rating_actions}


def test_a_fund_named_by_its_share_class_after_its_manager():
    rows = {(m.value, m.entity) for m in extract(
        "美联储降息预期走强。其中,张三执掌的华夏科技先锋A全年累计回报为120.5%,规模为80.2亿元。").metrics}
    assert {(120.5, "华夏科技先锋A"), (8.02e9, "华夏科技先锋A")} <= rows


def test_a_stock_then_the_session_it_moved_in():
    rows = {(m.value, m.entity) for m in extract("日立调高收购价 大华早盘大涨6.2%").metrics}
    assert (6.2, "大华") in rows


def test_a_bare_yuan_after_a_taiwan_dollar_revision():
    rows = {(m.value, m.unit, m.prior_value) for m in extract("公司把每股收购价格从新台币58元提高到63元。").metrics}
    assert (63.0, "TWD", 58.0) in rows


def test_a_month_last_year_a_figure_is_compared_on_dates_nothing():
    rows = {(m.value, m.period) for m in extract(
        "Total sales volume in January was up 3.1 per cent on January 2018. In January the average weekly value of sales "
        "was £3.9 billion - up 2.1 per cent on January last year.").metrics}
    assert (2.1, "2019-01") in rows


def test_growth_at_constant_exchange_rates_is_no_rate():
    rows = {(m.value, m.metric, m.period) for m in extract(
        "Lucca reported first-quarter 2019 revenue of €310.2 million, up 18 percent at current exchange rates. "
        "The rise at constant exchange rates was of 22 percent.").metrics}
    assert (22.0, "rate", None) not in rows and 22.0 in {v for v, _, _ in rows}


def test_a_dateline_with_no_space_after_its_comma():
    rows = {(m.value, m.period) for m in extract(
        "Published March 9,2022\n\nConsumer prices rose 4.7% in February on a monthly basis, the statistics office said.").metrics}
    assert (4.7, "2022-02") in rows


def test_hong_kongs_percentage_points_and_a_pair_each_at_its_own_weight():
    rows = {(m.value, m.unit, m.entity) for m in extract(
        "调整后,工商业股份在恒指的比重增1.2个百份点至52.1%,地产和公用事业的比重则各为8.1%及3.4%。").metrics}
    assert {(1.2, "pp", "工商业股份"), (8.1, "%", "地产"), (3.4, "%", "公用事业")} <= rows


def test_specifically_goes_on_in_the_period_before():
    rows = {(m.value, m.period) for m in extract(
        "2023年,保险业稳步复苏。合计来看,前5个月五大上市险企共取得保费约1.3万亿元。"
        "具体而言,中国人寿录得保费收入3700亿元。").metrics}
    assert (3.7e11, "2023-01..05") in rows


def test_holdings_of_a_respective_list_are_each_items_own():
    rows = {(m.value, m.entity) for m in extract(
        "持股增加最多的是招商银行,增加了5100.2万股,中国银行和京东方A的持股则分别增加3200.5万股、2100.8万股。").metrics}
    assert {(3.2005e7, "中国银行"), (2.1008e7, "京东方A")} <= rows


def test_a_canadian_papers_dollars_after_a_possessive_result():
    rows = {(m.value, m.unit) for m in extract(
        "Bank of Montreal's profit for the quarter fell 2 per cent.\n\n"
        "For the quarter that ended July 31, the lender posted a profit of $310-million, or $1.20 a share.").metrics}
    assert {(3.1e8, "CAD"), (1.2, "CAD")} <= rows


def test_an_ordinal_quarter_ended_in_another_calendar_quarter_is_fiscal():
    rows = {(m.value, m.period) for m in extract(
        "Gadget Depot said its comparable sales fell 6.1% in the first quarter ended April 29, 2023.").metrics}
    assert (-6.1, "FY2024Q1") in rows


def test_a_rating_word_inside_a_company_name_is_no_rating():
    out = extract("Best Buy's CFO, Jane Roe, said that for the next quarter the company expects both its comparable sales and "
                  "the year-over-year fall in its operating income rate to come in close to its first-quarter results.")
    assert out.rating_actions == []


def test_a_range_whose_low_end_is_written_whole():
    rows = {(m.low, m.high, m.unit) for m in extract(
        "The producer reaffirmed output of between 912,000 boepd and 1.01 million boepd for 2024.").metrics}
    assert (912000.0, 1010000.0, "boe/d") in rows


def test_a_producers_own_realised_price():
    rows = {(m.value, m.entity) for m in extract(
        "Permian Crest Inc reported results. Permian Crest's average crude oil price dropped about 15% in the quarter "
        "to $71.30 per barrel.").metrics}
    assert (71.3, "Permian Crest Inc") in rows or (71.3, "Permian Crest") in rows


def test_declines_of_a_list_are_negative():
    rows = {(m.value, m.entity) for m in extract(
        "Prices fell only in Wales and Scotland, which recorded declines of 0.6% and 1.2% respectively.").metrics}
    assert {(-0.6, "Wales"), (-1.2, "Scotland")} <= rows


def test_a_term_and_its_short_form_are_no_company_and_kobo_are_naira():
    out = extract("Zenith Crest Bank Plc's Profit after Tax (PAT) climbed 41 percent to N80 billion. "
                  "The Return on Average Equity (ROAE) was 18 percent. It proposed a dividend of 30 kobo per share.")
    rows = {(m.value, m.unit, m.entity) for m in out.metrics}
    assert not {e for _, _, e in rows} & {"Tax", "Equity"}
    assert (0.3, "NGN") in {(v, u) for v, u, _ in rows}
    assert (0.25, "NGN") in {(m.value, m.unit) for m in extract("The bank proposes N0.25 kobo interim dividend.").metrics}
    assert "Summit Payment Services" in {a.company for a in extract(
        "Summit Payment Services\n( SPS) upgraded to buy from neutral at Goldman. Raised price target to $48 from $40.").rating_actions}


def test_a_hyphenated_price_target_in_an_upgrade():
    out = extract('Shoe Palace Inc was up 5% after Telsey Advisory upgraded it to "outperform" from "market perform," '
                  "with a price-target hike to $48 from $37.")
    assert (48.0, 37.0) in {(a.target_price, a.prior_target_price) for a in out.rating_actions}


def test_indias_midcap_and_smallcap_indices_are_no_levels():
    rows = {(m.value, m.unit, m.entity) for m in extract(
        "The Nifty Midcap 100 Index lost 1.2 per cent and the Nifty Smallcap 100 Index 1.5 per cent.").metrics}
    assert (100.0, "points") not in {(v, u) for v, u, _ in rows}
    assert (-1.2, "%", "Nifty Midcap 100 Index") in rows


def test_a_tokyo_close_prices_in_yen():
    rows = {(m.value, m.unit) for m in extract(
        "TOKYO: Tokyo stocks closed higher. SoftBank Group advanced 1.1 per cent to ¥6,020, and Sony ended 0.4 per cent "
        "lower at ¥8,050.").metrics}
    assert {(6020.0, "JPY"), (8050.0, "JPY")} <= rows


def test_a_mainland_ipo_with_its_time_word_and_board():
    out = extract("某芯科创板上市最终中签率0.04% 超400万户参与申购\n当晚某芯(688111.SH)正式披露网上发行结果。"
                  "上交所数据显示,网下最终发行3000万股,发行价定在98.5元/股。")
    rows = {(m.value, m.unit, m.entity) for m in out.metrics}
    assert (98.5, "CNY", "某芯") in rows
    assert not {e for _, _, e in rows} & {"当晚某芯", "科创板"}


def test_an_airline_carries_passengers_compared_with_before_the_pandemic():
    rows = {(m.value, m.unit, m.period) for m in extract(
        "国泰航空公布2022年8月运力数据。8月份国泰共接载21.5万人次乘客,按年增加80.1%,惟与疫情前2019年8月的水平相比仍下跌90.2%。").metrics}
    assert (215000.0, "passengers", "2022-08") in rows
    assert (-90.2, "%", "2022-08") in rows


def test_a_producer_price_releases_categories():
    rows = {(m.value, m.entity) for m in extract(
        "国家统计局今天发布数据。工业生产者购进价格当中,燃料动力类下降9.7%,黑色金属材料类下降12.6%。生活资料价格下降0.4%,其中一般日用品下降1.1%,"
        "耐用消费品下降1.5%。").metrics}
    assert {(-9.7, "燃料动力类"), (-12.6, "黑色金属材料类"), (-1.1, "一般日用品"), (-1.5, "耐用消费品")} <= rows


def test_a_wire_lists_calls_each_on_its_own_company():
    out = extract("Investment banks put out the following calls on U.K. stocks this morning:\n\n"
                  "- Barclays lowers its Glencore price target to 360 (390) pence and keeps an 'overweight' rating.\n"
                  "- Deutsche Bank takes its Harbourside price target down to 140 (160) pence, rating 'buy'.\n"
                  "- Northmoor plc is cut to 'underperform' by Merrill Lynch.\n"
                  "- Fenwick Group is lifted to 'hold' ('sell') by Deutsche Bank, with a target of 125 (110) pence.")
    actions = {(a.broker, a.company, a.action, a.rating) for a in out.rating_actions}
    assert {("Deutsche Bank", "Harbourside", "cut_target", "buy"), ("Merrill Lynch", "Northmoor plc", "downgrade", "underperform"),
            ("Deutsche Bank", "Fenwick Group", "upgrade", "hold")} <= actions


def test_goods_named_as_examples_or_left_out_own_no_figure():
    rows = {(m.value, m.entity) for m in extract(
        "The consumer price index – a gauge of what items such as gasoline, groceries and rent cost – rose 0.3% in May, the "
        "Labor Department said. Core prices, which leave out the more volatile gasoline and food components, rose 0.2% on the "
        "month.").metrics}
    assert not {e for _, e in rows} & {"gasoline"}


def test_a_bank_named_bank_first():
    rows = {(m.value, m.entity) for m in extract("Net profit at state lender Bank Sentosa jumped 21.5 percent in the first half.").metrics}
    assert (21.5, "Bank Sentosa") in rows


def test_a_dairy_auctions_products():
    rows = {(m.value, m.entity) for m in extract(
        "The GDT price index slid 5.1 per cent. Whole-milk powder prices fell 11.2 per cent to US$2650 a tonne. "
        "Lactose dropped by 3.9 per cent.").metrics}
    assert (-11.2, "Whole-milk powder") in rows and "Lactose" not in {e for v, e in rows if v != -3.9}


def test_a_platinum_grade_is_no_price_target_and_a_price_per_gram():
    out = extract("上海的金饰零售商再度调高了零售价格。PT950铂金此番由580元/克涨至601元/克。")
    assert (601.0, "CNY", 580.0, "per gram") in {(m.value, m.unit, m.prior_value, m.basis) for m in out.metrics}
    assert out.rating_actions == [] and "target_price" not in {m.metric for m in out.metrics}


def test_st_companies_as_a_class_and_a_company_sections_verdict_heading():
    rows = {(m.value, m.entity) for m in extract(
        "剔除ST类公司后,我们判断东塔食品与金种子酒增收不增利。\n东塔食品:连年亏损,业绩仍在走坏\n"
        "东塔食品在2023年一季度的营业收入为4.8亿元,同比增长12.2%。").metrics}
    assert {(4.8e8, "东塔食品"), (12.2, "东塔食品")} <= rows


def test_a_year_compared_with_the_one_two_years_before():
    rows = {(m.value, m.period) for m in extract(
        "财政部21日公布的数据显示,一季度全国一般公共预算收入为55000亿元,同比增长22.1%;若与2019年同期比较则增长5.9%,"
        "两年平均增长2.9%。国内增值税同比增长21.5%,如剔除2019年同期税率不可比的因素,则增长3%左右。").metrics}
    assert (5.5e12, "2021Q1") in rows


def test_a_move_in_yuan_per_gram_is_signed():
    rows = {(m.value, m.basis) for m in extract("上交所主力黄金交易品种昨日一天内大跌3元/克,又回到158元/克。").metrics}
    assert {(-3.0, "per gram"), (158.0, "per gram")} <= rows


def test_a_loss_in_per_cent_is_a_move_not_a_net_loss():
    rows = {(m.metric, m.value, m.entity) for m in extract(
        "The FTSE 100 closed at 7,412.3, a loss of 0.67 per cent. The S&P 500 ended with a 0.4% loss. "
        "Shares of Acme Corp posted losses of 2.1 per cent. Acme Corp's net loss narrowed 12% to $3 million.").metrics}
    assert {("index_change", -0.67, "FTSE 100"), ("index_change", -0.4, "S&P 500"),
            ("share_price_change", -2.1, "Acme Corp"), ("net_profit", -3e6, "Acme Corp")} <= rows


def test_the_groups_business_is_the_business():
    rows = {(m.value, m.entity) for m in extract(
        "东港海运(01877)公布,第三季度股东应占溢利95.2亿元人民币。集团集装箱航运业务收入按年升41.6%。本集团物流业务收入增长7%。").metrics}
    assert {(41.6, "集装箱航运"), (7.0, "物流")} <= rows


def test_parcels_an_express_industry_handled():
    out = extract("邮政部门数据显示,9月份全国快递服务企业完成业务量97.3亿件,同比增长18.4%;完成业务收入702.5亿元,同比增长9.1%。"
                  "全国专利申请量为3,210件。")
    rows = {(m.metric, m.value, m.unit, m.entity) for m in out.metrics}
    assert {("parcel_volume", 9.73e9, "parcels", "全国快递服务企业"), ("revenue", 7.025e10, "CNY", "全国快递服务企业")} <= rows
    assert all(m.unit != "parcels" for m in out.metrics if m.value == 3210)


def test_metric_tonnes_written_gong_dun():
    rows = {(m.value, m.unit) for m in extract("港龍物流上月貨物載運量為9.7萬公噸,按年增加5.1%。").metrics}
    assert (97000.0, "tonnes") in rows


def test_a_manila_movers_list_in_pesos_and_centavos():
    rows = {(m.value, m.unit, m.entity) for m in extract(
        "The Philippine Stock Exchange index rose 0.4 percent to 6,210.55 points.\n\n"
        "Gainers included Manila Water, up P3 to P418; Jollibee Foods, up 40 centavos to P212.40; and Nickel Asia, up a "
        "centavo to P4.11. The losers included Bank of the Philippine Islands, down a peso to P98.50; and Global "
        "Ferronickel, down 2 centavos to P1.95.").metrics}
    assert {(3.0, "PHP", "Manila Water"), (418.0, "PHP", "Manila Water"), (0.4, "PHP", "Jollibee Foods"),
            (0.01, "PHP", "Nickel Asia"), (-1.0, "PHP", "Bank of the Philippine Islands"),
            (-0.02, "PHP", "Global Ferronickel")} <= rows


def test_a_wraps_sectors_named_alone():
    rows = {(m.value, m.entity) for m in extract(
        "The PSE index ended 0.3 percent higher, while the mining and oil sub-index was the only sector to fall.\n\n"
        "The index closed at 6,318.40 points. Holdings gained 0.62 percent, financials 0.41 percent and property 0.18 percent. "
        "The mining and oil sector, however, lost 0.07 percent.").metrics}
    assert (6318.4, "PSE index") in rows
    assert {(0.62, "Holdings"), (0.41, "financials"), (0.18, "property"), (-0.07, "mining and oil sector")} <= rows


def test_a_move_in_money_and_per_cent_then_its_direction():
    rows = {(m.metric, m.value) for m in extract(
        "Brent crude futures were 48 cents, or 0.9 percent, lower at $53.20 a barrel.").metrics}
    assert {("price_change", -0.48), ("price_change", -0.9), ("price", 53.2)} <= rows


def test_a_jobs_reports_bare_counts_and_revisions():
    rows = {(m.value, m.unit, m.period, m.prior_value) for m in extract(
        "US employers added 143,000 jobs in January 2025, the Labor Department said.\n\n"
        "The change in total nonfarm payroll employment for November was revised up from +212,000 to +261,000, while "
        "December's change was revised up from +256,000 to +307,000. Job gains have averaged 237,000 per month over the "
        "past three months. Employment in retail trade grew by 34,000 in January.").metrics}
    assert {(261000.0, "jobs", "11", 212000.0), (307000.0, "jobs", "12", 256000.0)} <= {
        (v, u, (p or "")[-2:], r) for v, u, p, r in rows}
    assert {237000.0, 34000.0} <= {v for v, u, p, r in rows if u == "jobs"}


def test_a_summary_table_run_into_one_line():
    out = extract("瑞东银行(601188)中报点评:维持增持评级。\n- 营收增速平稳 [2] 财务摘要 |指标|2023A|2024E|2025E| | ---- | ---- | ---- | ---- | "
                  "|营业收入(百万元)|51,020|54,870|59,310| |(+/-)%|4.2%|7.5%|8.1%| |净资产收益率(%)|11.8%|11.5%|11.9%| [3] 投资建议 - 预计下半年稳健")
    rows = {(m.value, m.unit, m.period) for m in out.metrics}
    assert {(5.487e10, "CNY", "2024"), (7.5, "%", "2024"), (11.9, "%", "2025")} <= rows
    assert next(m for m in out.metrics if m.value == 7.5).metric == "revenue_growth"


def test_rural_banks_by_their_short_names():
    rows = {(m.value, m.entity) for m in extract(
        "8家上市农商行一季报速览\n- 苏农商行总资产2,310.5亿元,增速7.2% [3] - 锡农商行不良率0.81%为最低 [4] "
        "- 常州银行净息差下降0.12个百分点至1.66% [5]").metrics}
    assert {(2.3105e11, "苏农商行"), (0.81, "锡农商行"), (1.66, "常州银行")} <= rows


def test_year_ago_figures_of_a_column_wrapped_macau_results():
    out = extract("《通訊社8日專訊》永利澳門(01128)公布截至3月31日止三個月業績\n,首季錄得股東應佔虧損5200萬元,去年同期的虧損則為7﹒15億元。"
                  "經調整EBITDA錄得9﹒12億元,比去年同期的\n2800萬元升31﹒6倍;經調整EBITDA率為14﹒1%,去年同期只有0﹒6%\n。"
                  "路氹物業的經調整EBITDA錄7300萬元,而去年同期是負\n1﹒9億元。")
    rows = {(m.value, m.prior_value) for m in out.metrics}
    assert {(-5.2e7, -7.15e8), (9.12e8, 2.8e7), (14.1, 0.6), (7.3e7, -1.9e8)} <= rows


def test_southbound_money_written_without_yuan():
    rows = {(m.metric, m.value, m.unit) for m in extract("南下資金10月流入2130億 按月減12%\n\n港股通昨日淨流入98.2億元。").metrics}
    assert ("net_inflow", 2.13e11, "HKD") in rows


def test_etf_classes_and_a_figure_left_in_tex():
    rows = {(m.value, m.entity) for m in extract(
        "本周ETF基金资金净流出812.4亿元,股票型ETF基金净流出745.1亿元。按挂钩指数分类,转债类ETF基金周度平均上涨 $0.54\\%$ 。").metrics}
    assert {(-8.124e10, "ETF基金"), (-7.451e10, "股票型ETF基金"), (0.54, "转债类ETF基金")} <= rows


def test_calls_in_a_story_on_coverage_starting_are_initiations():
    out = extract("Analysts start covering Rivian with caution\n\n"
                  "Wall Street banks began covering Rivian Automotive on Monday. Morgan Stanley gave the stock an "
                  "\"equal-weight\" rating and set a price target of $110. Barclays rated the shares \"overweight\" with a $147 target.")
    assert {(a.broker, a.action, a.target_price) for a in out.rating_actions} >= {
        ("Morgan Stanley", "initiate", 110.0), ("Barclays", "initiate", 147.0)}


def test_a_johannesburg_storys_cents_are_rand():
    rows = {(m.value, m.unit) for m in extract(
        "Pick n Pay said its headline earnings per share fell to 118.2 cents in the half-year. Sales rose 3.1 percent to "
        "52.4 billion rand ($2.9 billion), the Cape Town-based grocer said.").metrics}
    assert (1.182, "ZAR") in rows


def test_foreign_investors_lots_bought_and_sold_stock_by_stock():
    rows = {(m.value, m.unit, m.entity) for m in extract(
        "外資上週賣超排名前3的上市公司,依序是華航5萬1204張、玉山金4萬3310張和友達3萬8821張。"
        "至於買超榜,外資上週買超前2名是聯電8萬2017張和群創6萬455張。").metrics}
    assert {(-51204.0, "lots", "華航"), (-43310.0, "lots", "玉山金"), (-38821.0, "lots", "友達"),
            (82017.0, "lots", "聯電"), (60455.0, "lots", "群創")} <= rows


def test_an_asx_storys_dollar_and_a_miner_described_by_its_ore():
    rows = {(m.value, m.unit, m.entity) for m in extract(
        "Shares in Mineral Resources Ltd (ASX: MIN) fell on Friday. By noon the lithium miner's stock had lost 3% to "
        "$36.20. Its costs came to US$61.40 per wet metric tonne.").metrics}
    assert (36.2, "AUD", "Mineral Resources Ltd") in rows


def test_a_bangkok_wrap_that_writes_its_currency_once():
    rows = {(m.value, m.unit, m.entity) for m in extract(
        "Thai share prices ended 0.6 percent higher on Friday.\n\nThe Stock Exchange of Thailand (SET) composite index rose "
        "4.12 points to 1,402.55, on turnover worth 52.1 billion baht.\n\nAdvanc Info, the top mobile operator, gained 4.00 baht "
        "to 212.00. Airports of Thailand soared 1.25 to 64.50. Bangkok Dusit was unchanged at 27.75, as was Krungthai Card, "
        "which closed at 41.25.").metrics}
    assert {(1402.55, "points"), (212.0, "THB"), (1.25, "THB"), (64.5, "THB"), (41.25, "THB")} <= {(v, u) for v, u, e in rows}
    assert (41.25, "THB", "Krungthai Card") in rows


def test_a_monthly_release_under_a_headline_of_its_year():
    rows = {(m.value, m.period) for m in extract(
        "2023年PPI数据出炉\n国家统计局网站\n全国工业生产者出厂价格2023年12月份同比下降2.7%。分行业看,采掘工业价格下降5.5%,原材料工业价格下降4.1%。"
        "从2023年全年看,工业生产者出厂价格比上年下降3.0%。").metrics}
    assert {(-2.7, "2023-12"), (-5.5, "2023-12"), (-4.1, "2023-12"), (-3.0, "2023")} <= rows


def test_insurers_by_kind_and_an_airlines_aircraft():
    rows = {(m.metric, m.value, m.unit, m.entity) for m in extract(
        "前三季度保险公司预计利润总额812.4亿元,同比增长41.2%。分机构类型看,产险公司预计利润总额301.5亿元;寿险公司为402亿元,"
        "同比增加121.6亿元。").metrics}
    assert {(8.124e10, "保险公司"), (3.015e10, "产险公司"), (4.02e10, "寿险公司")} <= {(v, e) for _, v, _, e in rows}
    assert all(not (m or "").startswith(("price", "share_price")) for m, *_ in rows)
    planes = {(m.value, m.unit) for m in extract("2024年8月本集团共引进飞机6架,退出飞机2架。截至2024年8月底,本集团运营的运输飞机共913架。").metrics}
    assert {(6.0, "aircraft"), (2.0, "aircraft"), (913.0, "aircraft")} <= planes


def test_a_mainland_paper_with_one_stray_traditional_character_and_a_since_year():
    rows = {(m.value, m.unit, m.period) for m in extract(
        "2026年开年以来,多家房企相继公布了单月销售业绩。记者统计发现,已披露2025年12月销售数据的18家房企里,有13家销售额环比增长。\n"
        "按销售规模划分,华润置地单月销售额达410亿元,稳坐第一梯队;套均5000萬元。").metrics}
    assert (4.1e10, "CNY", "2025-12") in rows


def test_stores_counted_in_jian():
    rows = {(m.value, m.unit) for m in extract("截至3月底,集團在香港共有352間門店,按年增3間;內地門店則有170間。這段時間內銷售額增長5%。").metrics}
    assert {(352.0, "stores"), (3.0, "stores"), (170.0, "stores")} <= rows


def test_the_last_quarter_of_the_year_is_the_fourth():
    rows = {(m.value, m.period) for m in extract(
        "Flydubai reported a 2024 net profit of AED 2.1 billion. In the last quarter of the year, net profit fell 22% to AED 310 million.").metrics}
    assert (3.1e8, "2024Q4") in rows


def test_housing_starts_and_permits_named_short():
    rows = {(m.metric, m.value, m.unit) for m in extract(
        "US housing starts fell 2.1 percent to a seasonally adjusted annual rate of 1,204 thousand units in May 2023. "
        "April starts were revised to 1,211 thousand from 1,225 thousand. Single-family authorizations fell 1.4 percent to "
        "812 thousand. Permits came in at 1,283 thousand.").metrics}
    assert {("housing_starts", 1211000.0, "units"), ("building_permits", 812000.0, "units"),
            ("building_permits", 1283000.0, "units")} <= rows


def test_a_plans_year_after_amounts_with_decimals_is_not_the_articles():
    rows = {(m.value, m.period) for m in extract(
        "Orange Telekom lifted its full-year guidance for the second time in 2025.\n\nThird-quarter revenue rose 3.1% to €9.4 billion.\n\n"
        "Orange Telekom intends to raise its dividend for the 2025 financial year from €0.80 to €0.90, subject to approval, "
        "and to buy back up to €1 billion of shares in 2026.").metrics}
    assert {p[:4] for v, p in rows if v in (9.4e9, 3.1)} == {"2025"}


def test_each_list_after_a_span_of_years_and_a_valuation_multiple():
    rows = {(m.value, m.unit, m.period) for m in extract(
        "我们维持2024-2026年盈利预测21、27、33亿元,对应EPS为1.12、1.44、1.76元,给予2025年28倍估值,维持增持评级。").metrics}
    assert {(1.12, "CNY", "2024"), (1.44, "CNY", "2025"), (1.76, "CNY", "2026"), (28.0, "x", "2025")} <= rows


def test_barrels_written_tong_a_close_lower_and_an_ipos_price_no_name():
    rows = {(m.value, m.unit) for m in extract(
        "據美國能源資訊局公布,美國原油庫存上周減少48.2萬桶。美國黃金期貨收低0.8%,報2,410.5美元。").metrics}
    assert {(-482000.0, "barrels"), (-0.8, "%")} <= rows
    out = extract("发行基本信息 - 本次共发行1500万股 - 发行价定为32.5元/股,对应发行市盈率45.2")
    assert all(m.entity != "发行价定" for m in out.metrics)


def test_taiwans_offering_futures_contracts_and_new_home_deals():
    offering = {(m.value, m.unit) for m in extract(
        "上櫃公司現增抽籤\n\n鑽針廠豐達(7811)這次現增合共釋出 312 張,承銷價 88 元,若以昨日收盤價 141 元計算,每股價差達 53 元。").metrics}
    assert {(88.0, "TWD"), (141.0, "TWD")} <= offering
    futures = {(m.value, m.unit) for m in extract("台指期昨日收漲,外資在台指期貨的淨空單減少1,806口至21,330口。").metrics}
    assert (21330.0, "contracts") in futures
    homes = {(m.value, m.unit) for m in extract("一手暫錄9215宗成交\n\n分區來看,九龍區共錄5120宗,港島區錄1211宗。").metrics}
    assert {(5120.0, "transactions"), (1211.0, "transactions")} <= homes


def test_a_factory_index_named_by_what_it_measures():
    rows = {(m.metric, m.value, m.prior_value) for m in extract(
        "The index of national factory activity compiled by the Institute for Supply Management (ISM) rose to 52.4 from 51.1 "
        "the previous month.").metrics}
    assert ("pmi", 52.4, 51.1) in rows


def test_the_bar_a_group_is_counted_by_is_no_figure():
    out = extract("本月营收超过20亿的券商有四家,净利润低于1亿元的公司仅有2家,其中东方证券净利润0.85亿元。")
    assert [(m.value, m.unit) for m in out.metrics] == [(85000000.0, "CNY")]


def test_a_singapore_story_counts_in_singapore_dollars_and_a_price_range_is_no_year():
    out = extract("Keppel Land posted a third-quarter profit of $96.3 million. Its condominium projects in Singapore sold well, "
                  "and demand for executive condominiums held up, as home sales in Singapore slowed.")
    assert [(m.value, m.unit) for m in out.metrics if m.metric == "net_profit"] == [(96300000.0, "SGD")]
    price = extract("部分经销商把该酒零售价由1800-1850元/瓶上调至1900-1950元/瓶。").metrics
    assert [(m.low, m.high, m.prior_low, m.prior_high, m.period) for m in price] == [(1900.0, 1950.0, 1800.0, 1850.0, None)]


def test_a_home_currency_quoted_with_bid_and_offer_against_the_days_before():
    rows = {(m.low, m.high, m.unit, m.prior_low, m.prior_high) for m in extract(
        "Against the dollar the Malaysian ringgit was steady, ending at 4.1850-80 from Tuesday's 4.1900-30. "
        "The Malaysian unit firmed on the euro, ending at 4.5510-60 compared to Tuesday's close of 4.5600-50.").metrics}
    assert {(4.185, 4.188, "MYR", 4.19, 4.193), (4.551, 4.556, "MYR", 4.56, 4.565)} <= rows


def test_institutional_flows_signed_by_who_sold():
    out = extract("Indian shares slipped on Wednesday as overseas investors kept selling.\n\n"
                  "Foreign portfolio investors sold stocks worth Rs 2,150.40 crore, exchange data showed, while the DIIs "
                  "picked up shares worth Rs 1,730.25 crore.\n\n"
                  "August saw the FPIs sell equities worth Rs 0.95 lakh crore.", published=date(2024, 9, 11))
    rows = {(m.metric, m.value, m.entity, m.period) for m in out.metrics}
    assert {("net_inflow", -21504000000.0, "Foreign portfolio investors"), ("net_inflow", 17302500000.0, "DIIs"),
            ("net_inflow", -950000000000.0, "FPIs")} <= {row[:3] for row in rows}
    assert ("net_inflow", -950000000000.0, "FPIs", "2024-08") in rows  # ("August saw": the month)


def test_a_forecast_against_its_previous_assumption_left_without_unit():
    rows = {(m.value, m.unit, m.prior_value) for m in extract(
        "The carmaker now assumes an average exchange rate of 148 yen to the dollar for the year, up from its previous "
        "assumption of 140.").metrics}
    assert (148.0, "JPY", 140.0) in rows


def test_an_insurers_disaster_losses_and_a_wraps_participle_and_bare_point_moves():
    cat = {(m.metric, m.value) for m in extract(
        "The insurer said losses from catastrophes rose 12.5 percent to $410 million in the second quarter.").metrics}
    assert {("catastrophe_losses", 410000000.0), ("catastrophe_losses_growth", 12.5)} <= cat
    wrap = {(m.metric, m.value, m.unit) for m in extract(
        "The sharpest losses were in energy, which pulled the Nasdaq composite index down 21.40, or 1.3 percent, to 1,702.15. "
        "Exxon, sliding 62 cents to $41.05, led the sector lower.").metrics}
    assert {("index_change", -21.4, "points"), ("index_change", -1.3, "%"), ("share_price_change", -0.62, "USD"),
            ("share_price", 41.05, "USD")} <= wrap


def test_a_percent_lower_than_before_and_the_year_after_the_one_compared_with():
    out = extract("Iberdrola's first-half net profit came to 2,100 million euros, 7% less than in the same period a year earlier. "
                  "Revenues were 21,300 million euros, 12.4% lower than the 24,310 million of the first half of 2022.")
    rows = {(m.metric, m.value, m.period) for m in out.metrics}
    assert {("net_profit_growth", -7.0, "2023H1"), ("revenue_growth", -12.4, "2023H1")} <= rows


def test_a_year_a_promise_is_for_is_not_the_articles():
    rows = {(m.metric, m.value, m.period) for m in extract(
        "Net income was 2.1 billion reais for the third quarter. With profit of 5 billion reais so far in 2021, the group will be "
        "able to pay a dividend of around 1.5 billion reais in 2022.").metrics}
    assert ("net_profit", 2100000000.0, "2021Q3") in rows


def test_weekly_jobless_claims_moved_to_a_seasonally_adjusted_level():
    rows = {(m.metric, m.value, m.unit) for m in extract(
        "Initial claims for state unemployment benefits rose 7,000 to a seasonally adjusted 292,000 in the week ended March 8. "
        "The four-week moving average of claims fell 1,500 to 288,250.").metrics}
    assert {("jobless_claims_change", 7000.0, "people"), ("jobless_claims", 292000.0, "people"),
            ("jobless_claims_change", -1500.0, "people"), ("jobless_claims", 288250.0, "people")} <= rows


def test_outperform_as_a_verb_is_no_rating_and_a_later_year_beats_an_old_as_of_date():
    out = extract("Oracle fell 6%. The analyst said the stock rarely manages to outperform when margins stall, which led to the "
                  "downgrade to Neutral from Buy at Jefferies.")
    assert [(r.broker, r.rating, r.prior_rating) for r in out.rating_actions] == [("Jefferies", "neutral", "buy")]
    assets = extract("Janus said its assets stood at $310.5 billion as of June 30, up 1.2% from March 31. It sold a unit that "
                     "managed $20.1 billion as of June 30, 2018. Net flows were $1.1 billion in the second quarter of 2019.")
    assert [m.period for m in assets.metrics if m.value == 310500000000.0] == ["2019Q2"]


def test_mei_jin_is_the_us_dollar_and_a_metals_price_named_short():
    rows = {(m.metric, m.value, m.unit, m.prior_value) for m in extract("镍价从1.52万美金/吨涨至1.71万美金/吨。").metrics}
    assert ("price", 17100.0, "USD", 15200.0) in rows


def test_a_surplus_with_one_country_written_chu_chao_is_no_bound():
    rows = {(m.metric, m.value, m.low) for m in extract("前七月對美出超六一二億美元，總出超則為七三五億美元。").metrics}
    assert {("trade_balance", 61200000000.0, None), ("trade_balance", 73500000000.0, None)} <= rows


def test_a_data_vendor_owns_no_figure_and_a_note_on_a_count_names_no_metric():
    out = extract("同花顺(300033)的数据显示,今年以来成立的新基金有268只(不同份额合并计算),数量同比减少近三成;"
                  "发行规模合计2150.6亿元,比去年同期减少8.5%。")
    rows = {(m.metric, m.value, m.entity) for m in out.metrics}
    assert ("growth", -30.0, None) in rows and all(m.entity != "同花顺" and m.metric != "market_share" for m in out.metrics)


def test_dry_metric_tonnes_sent_out_and_a_bare_dollar_that_converts_australian_ones():
    out = extract("Mount Gibson's March quarter (ASX: MGX)\n\nThe miner sent out 1.42 million dry metric tonnes (dmt) of ore. "
                  "It realized an average price of $51 per dmt. Its cash cost came to A$58.20 ($45) per dmt.")
    rows = {(m.metric, m.value, m.unit) for m in out.metrics}
    assert {("shipments", 1420000.0, "tonnes"), ("price", 51.0, "USD")} <= rows
    assert any(m.value == 58.2 and m.unit == "AUD" for m in out.metrics)


def test_what_one_stock_added_to_or_took_off_an_index_and_a_count_of_advancers():
    out = extract("The Nikkei share average rose 0.4% to 31,210.5. Fast Retailing Co Ltd gained 2.1% and contributed about 58 index "
                  "points. SoftBank Group Corp weighed most, taking 21 index points off the Nikkei. Advancers on the Nikkei "
                  "numbered 141 against 79 decliners.")
    rows = {(m.metric, m.value, m.entity) for m in out.metrics}
    assert {("index_contribution", 58.0, "Fast Retailing"), ("index_contribution", -21.0, "SoftBank Group"),
            ("share_price_change", 2.1, "Fast Retailing")} <= rows
    assert all(m.value not in (141.0, 79.0) for m in out.metrics)


def test_a_surname_said_again_is_the_person_introduced_with_a_title():
    out = extract("Wipro posted a 4% rise in quarterly profit.\n\nSrini Pallia, the CEO and MD, said demand held up. The company "
                  "booked deals worth $1.2 billion.\n\nWith clients slow to decide, Pallia said, the company expects a flat quarter.")
    assert {m.entity for m in out.metrics} == {"Wipro"}


def test_oversubscribed_nearly_so_many_times_and_a_clause_comparing_with_another_figure():
    rows = {(m.metric, m.value, m.prior_value) for m in extract(
        "政府公布第6批银色债券的认购结果,共接获约11.2万份有效申请,涉及金额约385.6亿元;与120亿元的最终发行额相比,"
        "超额认购近2.2倍。").metrics}
    assert {("oversubscription", 2.2, None)} <= rows
    assert {(v, p) for _, v, p in rows if v in (38560000000.0, 12000000000.0)} == {(38560000000.0, None), (12000000000.0, None)}


def test_an_amount_in_millions_moved_by_is_no_share_price():
    out = extract("Maybank's quarterly net profit rose 4%. Other operating expenses climbed by RM88 million, chiefly on "
                  "higher personnel costs.")
    assert all(m.metric is None or not m.metric.startswith("share_price") for m in out.metrics if m.value == 88000000.0)
    assert any(m.value == 88000000.0 for m in out.metrics)


def test_a_table_of_parts_by_region_under_a_unit_line_and_a_header_whose_units_wrap():
    parts = extract("下表为1—6月分地区原保险保费收入表,上半年产险公司保费收入增长8%。\n单位:万元 | | | |\n"
                    "地区 | 合计 | 财产保险 | 人身保险 |\n全国合计 | 50123456.78 | 14012345.67 | 36111111.11 |\n"
                    "广 东 | 4123456.7 | 1012345.6 | 3111111.1 |")
    rows = {(m.entity, m.value, m.basis) for m in parts.metrics}
    assert {("全国合计", 501234567800.0, "合计"), ("广东", 10123456000.0, "财产保险"), ("广东", 31111111000.0, "人身保险")} <= rows
    stacked = extract("民营企业投资的主要数据(2016年1-3月份)\n指标 | 1-3月份 | |\n绝对量 | 同比增长 | |\n(亿元) | (%) | |\n"
                      "民营企业投资 | 30210 | 5.7 |\n分地区 | ||\n东部地区 | 16120 | 6.1 |\n西部地区 | 6230 | 3.9 |")
    rows = {(m.entity, m.value, m.unit) for m in stacked.metrics}
    assert {("东部地区", 1612000000000.0, "CNY"), ("东部地区", 6.1, "%"), ("西部地区", 623000000000.0, "CNY")} <= rows


def test_a_roundups_blocks_keep_their_heading_company_for_bullets_and_later_paragraphs():
    out = extract("Several ASX 200 shares won broker upgrades this week.\n\nQantas Airways Limited (ASX: QAN)\n\n"
                  "Citi lifted its price target for Qantas from $5.10 to $5.60 and kept a buy rating. The airline's update was "
                  "solid. The broker expects upside from Qantas's fleet plan.\n\nOrica Limited (ASX: ORI)\n\n"
                  "The Orica share price drew a string of upgrades, among them:\n- UBS raises price target from $15.00 to $16.20\n"
                  "- Macquarie raises price target from $14.50 to $17.00\n- Jefferies raises price target from $15.20 to $16.00\n\n"
                  "Wesfarmers Limited (ASX: WES)\n\nBrokers were divided on Wesfarmers. Morgan Stanley kept an overweight rating "
                  "with a $60.00 price target, and Citi upgraded the Wesfarmers share price target from $52.00 to $55.00.\n\n"
                  "Credit Suisse, on the other hand, kept an underperform rating with a $48.00 price target.")
    acts = {(a.broker, a.company, a.action, a.target_price) for a in out.rating_actions}
    assert {("UBS", "Orica Limited", "raise_target", 16.2), ("Jefferies", "Orica Limited", "raise_target", 16.0),
            ("Citi", "Wesfarmers Limited", "raise_target", 55.0), ("Credit Suisse", "Wesfarmers Limited", "maintain", 48.0)} <= acts


def test_a_bare_amount_after_a_conversion_in_brackets_keeps_the_first_currency():
    rows = {(m.metric, m.value, m.unit) for m in extract(
        "Revenue slipped 1.8 percent to 44.1 billion euros ($49.9 billion), and operating profit fell 4.2 percent to 2.95 "
        "billion.").metrics}
    assert ("operating_profit", 2950000000.0, "EUR") in rows


def test_a_lead_opening_with_a_dollar_markets_own_companies_sets_its_dollar():
    rows = {(m.value, m.unit) for m in extract(
        "Canada's two big grocers have both reported quarterly results, each ahead of inflation.\n\n"
        "Loblaw's revenue for the quarter climbed 4.1 per cent to $14.5 billion. Metro's sales rose to $5.2 billion.").metrics}
    assert {(14500000000.0, "CAD"), (5200000000.0, "CAD")} <= rows


def test_a_metric_word_or_an_amount_opening_a_sentence_is_no_company():
    out = extract("US factory orders rose 0.7% in March. Inventories went up 0.3%, and total unfilled orders rose 2%.")
    assert all(m.entity != "Inventories" for m in out.metrics)
    bank = extract("Canara Bank's net profit was Rs210.5 crore. A quarter ago the bank had reported gross NPAs of Rs15,827.99 crore. "
                   "Deposits grew 6.5% to Rs22,010 crore.")
    assert all(not (m.entity or "").startswith("Rs") for m in bank.metrics)
    homes = extract("Lennar posted quarterly revenue of $8.8 billion. Homes delivered rose 6% year-over-year to 19,225.")
    assert {m.entity for m in homes.metrics} == {"Lennar"}


def test_a_tables_section_rows_and_a_figure_read_again_in_the_prose_once():
    out = extract("3月份社会消费品零售总额38120亿元，同比增长3.5%。从经营单位所在地看，城镇消费品零售额为32910亿元，同比增长3.2%。\n"
                  "2024年3月份社会消费品零售总额主要数据\n指标 | 3月 |\n | 绝对量(亿元) | 同比增长(%)\n社会消费品零售总额 | 38120 | 3.5\n按经营地分 | |\n"
                  " 城镇 | 32910 | 3.2\n 乡村 | 5210 | 4.1")
    rows = [(m.entity, m.value) for m in out.metrics]
    assert ("乡村", 521000000000.0) in rows and ("乡村", 4.1) in rows
    assert rows.count(("城镇", 3.2)) == 1


def test_each_period_of_a_header_line_spans_the_measures_under_it():
    out = extract("2024年3月份社会消费品零售总额主要数据\n指标 | 3月 | | 1—3月 |\n | 绝对量(亿元) | 同比增长(%) | 绝对量(亿元) | 同比增长(%)\n"
                  "社会消费品零售总额 | 38120 | 3.5 | 118000 | 4.5")
    assert {(m.value, m.period) for m in out.metrics} >= {(3812000000000.0, "2024-03"), (11800000000000.0, "2024-01..03"),
                                                          (4.5, "2024-01..03")}


def test_travellers_counted_in_ren_and_property_units_in_ge():
    rows = {(m.value, m.unit) for m in extract(
        "今年前两月,国家铁路累计运输旅客5.12亿人,日均运送旅客867万人;全国就业人员7.4亿人。").metrics}
    assert {(512000000.0, "passengers"), (8670000.0, "passengers")} <= rows and all(v != 740000000.0 for v, _ in rows)
    homes = {(m.value, m.unit, m.entity) for m in extract(
        "第2季住宅單位的買賣數目為1,452個,按季增加142個;上述地區的平均價格依次為每平方米98,120元及102,300元。3個城市錄得升幅。").metrics}
    assert {(1452.0, "units"), (142.0, "units")} <= {(v, u) for v, u, _ in homes}
    assert all(e != "依次" for _, _, e in homes) and all(v != 3.0 for v, _, _ in homes)


def test_a_second_broker_whose_verb_is_left_out_and_a_roundup_of_listed_banks():
    out = extract("Regional banks drew mixed calls.\n\nHuntington Bancshares (NASDAQ:HBAN) stood out: Baird upgraded it to Outperform "
                  "and Wedbush Securities to Buy. Wedbush has a price target of $19. Evercore ISI today began coverage of the Ohio "
                  "lender with an In Line rating.\n\nRaymond James upgraded Regions Financial (NYSE:RF) to Strong Buy. Piper Sandler "
                  "kept an Overweight rating on Regions.")
    acts = {(a.broker, a.company, a.action, a.rating, a.target_price) for a in out.rating_actions}
    assert ("Wedbush Securities", "Huntington Bancshares", "upgrade", "buy", 19.0) in acts
    assert any(b == "Baird" and c == "Huntington Bancshares" and act == "upgrade" for b, c, act, _, _ in acts)
    assert any(b == "Evercore ISI" and c == "Huntington Bancshares" for b, c, *_ in acts)


def test_a_legal_name_after_from_and_a_per_share_label_are_no_other_names():
    out = extract("从中国东方航空股份有限公司(下称“东航”)得到的消息显示,一季度累计运输旅客2,150万人次,同比增长88%。")
    assert all(not (m.entity or "").startswith("从") for m in out.metrics)
    assert (21500000.0, "passengers") in {(m.value, m.unit) for m in out.metrics}
    bank = extract("恒生银行公布2019年全年业绩,股东应得溢利248.2亿港元,上升2%;每股基本盈利12.77港元。")
    assert all(m.entity != "每股基本" for m in bank.metrics)


def test_two_brokers_each_with_their_target_respectively_and_a_third_broker_after():
    out = extract("Piper Sandler and Wells Fargo lifted their price targets on Globex (NYSE: GBX) to $64 and $70, respectively, "
                  "and Barclays moved to $66 from $58 with an Equal Weight rating.")
    acts = {(a.broker, a.company, a.action, a.target_price, a.prior_target_price) for a in out.rating_actions}
    assert acts == {("Piper Sandler", "Globex", "raise_target", 64.0, None), ("Wells Fargo", "Globex", "raise_target", 70.0, None),
                    ("Barclays", "Globex", "raise_target", 66.0, 58.0)}


def test_a_price_per_square_metre_in_patacas_and_fuel_prices_in_a_taiwan_story():
    macau = extract("統計暨普查局公布,本季住宅單位成交總值為64.2億元(澳門元,下同)。氹仔及路環的平均價格依次為每平方米98,412元及121,305元。")
    assert {(98412.0, "MOP"), (121305.0, "MOP")} <= {(m.value, m.unit) for m in macau.metrics}
    fuel = extract("台灣中油公司宣布,自下週一起汽油每公升調降0.3元,柴油則調漲0.2元,若按公式計算本應調降1.8元。")
    rows = {(m.value, m.unit) for m in fuel.metrics}
    assert {(-0.3, "TWD"), (0.2, "TWD"), (-1.8, "TWD")} <= rows


def test_the_statistics_office_property_release_is_the_economy_s():
    out = extract("统计局:1-5月房地产开发投资增长7.1%\n\n1-5月份,全国房地产开发投资41230亿元,同比增长7.1%。"
                  "商品房销售面积38214万平方米,同比下降3.6%;商品房销售额36902亿元,增长1.9%。")
    assert {m.entity_key for m in out.metrics if m.unit in ("CNY", "%", "square metres")} == {"economy:china"}


def test_a_company_named_as_a_cause_does_not_take_over_the_story():
    out = extract("Samsung SDI said its operating profit fell 8.1 percent to 512.4 billion won in the July-September period. "
                  "According to the company, earnings were hit by a 98 billion won charge tied to Ford Motor's recall of a "
                  "pickup model. Sales rose 3.2 percent to 5.1 trillion won in the third quarter.")
    rows = {(m.value, m.entity) for m in out.metrics}
    assert (3.2, "Samsung SDI") in rows and (5.1e12, "Samsung SDI") in rows


def test_an_ambition_year_and_a_listed_forecast_year_are_not_the_article_s():
    out = extract("Lonza said its first-half net income climbed 6.5 percent to 512 million francs, against 481 million francs "
                  "in 2020. The company aims to become carbon neutral before 2050.")
    assert {m.period for m in out.metrics if m.unit == "CHF"} == {"2021H1"}
    bank = extract("- 2025 inflation forecast cut to 1.8%\n\nInflation eased to 1.9% in May. The central bank cut its inflation "
                   "forecast for this year to 1.8% from 2.2%, but raised its projection for 2026 to 3.1% from 3.0%, and for 2027 "
                   "to 3.2% from 3.1%.")
    assert next(m.period for m in bank.metrics if m.value == 1.9) == "2025-05"


def test_over_the_counter_and_sao_paulo_tickers_name_their_company():
    for text, name in (("Kerry Group (OTC: KRYAY), the Irish food group, said its revenue climbed 4.1 percent.", "Kerry Group"),
                       ("Kerry Group (KRYAY.PK) said its revenue climbed 4.1 percent.", "Kerry Group"),
                       ("Marcopolo (POMO4) posted net income of R$112.5 million for the second quarter.", "Marcopolo")):
        assert {m.entity for m in extract(text).metrics} == {name}
    listed = extract("Citi cut its target for AIA Group Limited (1299:HK) (OTC: AAGIY) to HK$80 from HK$95. AIA's new "
                     "business value rose 12% in the quarter.")
    assert {a.company for a in listed.rating_actions} == {"AIA Group"} and {m.entity for m in listed.metrics} == {"AIA Group"}


def test_targets_cut_in_plural_pts_and_a_traders_mood_is_no_rating():
    out = extract("Several brokers cut their targets on Adidas AG (ADS) after its results.\n\nOppenheimer, Bernstein and "
                  "Jefferies brought their PTs down to $210, $225 and $198, respectively.\n\nRetail sentiment towards the stock "
                  "was in the 'neutral' zone, up from 'bearish'.")
    acts = {(a.broker, a.action, a.rating, a.target_price) for a in out.rating_actions}
    assert acts == {("Oppenheimer", "cut_target", None, 210.0), ("Bernstein", "cut_target", None, 225.0),
                    ("Jefferies", "cut_target", None, 198.0)}


def test_a_broker_table_with_each_rating_and_target_given_before_and_after():
    out = extract("大行最新精選\n編號 | 公司名稱 | 行業 | 劵商 | 評級 | 目標價 | 備註 |\n---|---|---|---|---|---|---|\n"
                  "00388 | 港交所 | 金融 | 摩通 | 增持 | 增持 | 330.00 | 350.00 | |\n"
                  "00016 | 新鴻基地產 | 地產 | 花旗 | 買入 | 中性 | 110.00 | 92.00 |\n"
                  "註:\n買入:涵蓋「買入」及「跑贏大市」\n*本網把評級簡化,跑輸和賣出均簡化為賣出")
    acts = {(a.broker, a.company, a.action, a.rating, a.prior_rating, a.target_price, a.prior_target_price) for a in out.rating_actions}
    assert acts == {("摩通", "港交所", "raise_target", "overweight", "overweight", 350.0, 330.0),
                    ("花旗", "新鴻基地產", "downgrade", "neutral", "buy", 92.0, 110.0)}


def test_livestock_counts_and_futures_contracts_in_chinese_numerals():
    out = extract("温氏股份公告,公司3月销售肉猪245.3万头,环比增长8%;销售肉鸡9,820万羽。")
    assert {(2453000.0, "head"), (98200000.0, "birds")} <= {(m.value, m.unit) for m in out.metrics}
    futures = extract("外資台指期淨空單昨日減少二三〇八口,累計淨空單為一萬九四二六口;自營商淨多單為1萬2047口。")
    assert {(-2308.0, "contracts"), (19426.0, "contracts"), (12047.0, "contracts")} <= {(m.value, m.unit) for m in futures.metrics}


def test_a_taiwan_close_headline_names_its_market_and_its_turnover_is_money():
    out = extract("台股大漲412點 成交量衝上5321億\n\n加權指數終場上漲412.35點,收在24518.22點。")
    rows = {(m.value, m.unit, m.entity) for m in out.metrics}
    assert (412.0, "points", "台股") in rows and (5.321e11, "TWD", "台股") in rows


def test_a_note_titled_with_its_company_and_a_list_that_runs_on_after_a_semicolon():
    out = extract("丸美股份:新品放量,全年增长可期\n开源证券· 2026-03-02\n投资建议:预测公司2025-2027年营收分别为38.1亿元、"
                  "45.6亿元、53.2亿元;归母净利润分别为4.2亿元、5.1亿元、6.0亿元,继续给予丸美股份“买入”评级。丸美股份多品牌布局带来增量。")
    rows = {(m.value, m.entity, m.period) for m in out.metrics}
    assert {(4.2e8, "丸美股份", "2025"), (5.1e8, "丸美股份", "2026"), (6.0e8, "丸美股份", "2027")} <= rows


def test_a_visitor_release_s_classes_and_places_each_with_their_counts():
    out = extract("旅行團統計(2019年5月)\n\n根據統計暨普查局的資料,5月參團旅客有85.2萬人次,按年上升12.4%;中國內地(70.1萬人次)、"
                  "韓國(5.2萬人次)及香港團客(1.8萬人次)依次上升15.2%、8.3%及4.1%。其中非隨團外遊微跌1.5%至7.6萬人次。"
                  "全澳三星級酒店入住率為81.2%。")
    rows = {(m.value, m.entity) for m in out.metrics}
    assert {(15.2, "中國內地"), (8.3, "韓國"), (4.1, "香港團客"), (18000.0, "香港團客")} <= rows
    assert not any(e and ("三星" == e or e.startswith("非")) for _, e in rows)


def test_falls_given_as_ranges_in_guidance_and_in_a_profit_warning():
    out = extract("Denny's still expects 2026 same-restaurant sales to come in between down 2% and down 4%, against earlier "
                  "guidance of down 1% to down 3%.")
    assert {(m.low, m.high) for m in out.metrics} == {(-4.0, -2.0), (-3.0, -1.0)}
    warning = extract("新华社3月2日电华菱线缆(001208)公告显示,公司2025年归母净利润预计在800万元到1100万元,与上年同期相比下降"
                      "1900万元到1600万元,降幅为70%到59%。")
    rows = {(m.low, m.high, m.unit, m.entity) for m in warning.metrics}
    assert {(-1.9e7, -1.6e7, "CNY", "华菱线缆"), (-70.0, -59.0, "%", "华菱线缆")} <= rows


def test_small_amounts_in_words_of_sen_and_hong_kong_cents_and_a_move_written_after_its_amount():
    out = extract("Genting Bhd declared an interim dividend of eight sen. Its shares closed three sen or 0.7% lower at RM4.12.")
    rows = {(m.value, m.unit) for m in out.metrics}
    assert {(0.08, "MYR"), (-0.03, "MYR")} <= rows
    anta = extract("Li Ning said revenue rose 12% to RMB 14.3 billion. The interim dividend comes to HK35 cents per share.")
    assert (0.35, "HKD") in {(m.value, m.unit) for m in anta.metrics}


def test_a_benchmark_coal_price_in_an_australian_story_is_in_us_dollars():
    out = extract("Yancoal said saleable output in New South Wales rose. In July-September the Argus 6,000 kcal/kg NAR price "
                  "averaged $128.10/t fob Newcastle. Its unit cost guidance is A$89/t.")
    assert {(128.1, "USD"), (89.0, "AUD")} <= {(m.value, m.unit) for m in out.metrics}


def test_inventories_of_gasoline_and_distillates_are_their_own_and_a_hyphened_barrel_count():
    out = extract("Gasoline stockpiles rose by 1.4 million barrels, whereas analysts had looked for a 300,000-barrel draw. "
                  "Distillate stocks jumped by 1.4 million barrels, reaching 112.5 million barrels.")
    rows = {(m.value, m.unit, m.entity) for m in out.metrics}
    assert {(1.4e6, "barrels", "Gasoline"), (1.4e6, "barrels", "Distillate")} <= rows
    assert any(v == 300000.0 and u == "barrels" for v, u, _ in rows)


def test_a_descriptor_before_a_rated_company_and_a_hong_kong_listed_macau_operator_s_dollars():
    out = extract("Carmaker Jaguar Land Rover has been downgraded by Jefferies to 'hold' from 'buy'.")
    assert {a.company for a in out.rating_actions} == {"Jaguar Land Rover"}
    macau = extract("《業績》金沙中國(01928.HK)公佈,去年淨收入按年增長8%至563億元。其中威尼斯人的收益升3.1%至181.2億元。")
    assert {m.unit for m in macau.metrics if m.value and m.value > 1e9} == {"HKD"}


def test_futures_positions_and_weekly_changes_and_stocks_lower_than_a_peak():
    out = extract("钢材:螺纹 2610 合约以 3208 元/吨收盘,跌幅 0.4%,持仓减 2.3 万手;本周全国螺纹产量环比升 1.8 万吨,社会库存环比降 9.6 万吨。"
                  "焦炭:2610 合约以 1688 元/吨收盘,持仓量增 420 手。")
    rows = {(m.value, m.unit, m.entity) for m in out.metrics}
    assert {(3208.0, "CNY", "螺纹"), (-23000.0, "lots", "螺纹"), (18000.0, "tonnes", None), (-96000.0, "tonnes", None),
            (420.0, "lots", "焦炭")} <= rows
    hkex = extract("港交所(00388)股價仍比2021年高位低逾40%,上市市值比當時低約35%。")
    assert {(-35.0, "%")} <= {(m.value, m.unit) for m in hkex.metrics}
    assert any(m.high == -40.0 for m in hkex.metrics)


def test_a_hong_kong_filing_s_notice_names_no_company_and_new_homes_in_wan_zong_and_huo():
    out = extract("2025年中期業績\n\n(在百慕達註冊成立之有限公司)(股份代號:00144)\n\n本公告所載內容,香港交易及結算所有限公司與香港聯合交易所有限公司"
                  "對本公告的內容概不負責。\n\n招商局港口控股有限公司(本公司)董事會謹此公布,本集團收入增加7%至59.1億港元。")
    assert all(m.entity.startswith("招商局港口") for m in out.metrics)
    homes = extract("今年首11個月一手市場累計成交增至逾1.95萬宗,新盤「海日灣」累售逾1,200伙。")
    assert {(19500.0, None), (1200.0, None)} <= {(m.low, m.high) for m in homes.metrics}


def test_a_gst_release_is_the_economy_s():
    out = extract("Gross GST revenue collected in October 2025 came to Rs 1,87,346 crore. Of this, CGST was Rs 34,141 crore, "
                  "SGST Rs 42,522 crore and IGST Rs 99,111 crore. The revenue of the Centre rose 9%.")
    assert {m.entity for m in out.metrics} == {"India"}


def test_a_quarterly_report_s_table_with_its_year_on_year_columns():
    out = extract("某某精密2025年第三季度报告\n\n本报告期 | 本报告期同比增减 | 年初至报告期末 | 年初至报告期末同比增减 | |\n"
                  "营业收入(元) | 912,334,120.50 | 18.20% | 2,540,118,900.10 | 22.75% |\n"
                  "加权平均净资产收益率 | 2.85% | 0.41% | 7.92% | -1.20% |")
    rows = {(m.metric, m.value, m.unit, m.period) for m in out.metrics}
    assert {("revenue_growth", 18.2, "%", "2025Q3"), ("revenue_growth", 22.75, "%", "2025Q1-Q3")} <= rows
    assert {(v, u) for n, v, u, _ in rows if n == "roe_change"} == {(0.41, "pp"), (-1.2, "pp")}  # (printed "%": a ratio's move)


def test_south_african_cents_per_share():
    out = extract("Mr Price said its JSE-listed shares fell. Diluted HEPS came in at 412cps, while the DPS was higher at 215cps "
                  "(1H24: 198cps).")
    assert {(4.12, "ZAR"), (2.15, "ZAR")} <= {(m.value, m.unit) for m in out.metrics}


def test_an_insurer_s_lines_and_what_drove_a_quarter_are_no_companies():
    out = extract("【财华社讯】中国太保(02601-HK)发布公告称,上半年原保险保费收入为2,366.11亿元,同比增长4.2%。其中续期保费为1,510.32亿元,"
                  "同比增长6.1%;分红型保险保费为310.5亿元,同比下降3.2%。")
    assert {m.entity for m in out.metrics} == {"中国太保"}
    tw = extract("鴻海(2317)公布財報。再看鴻海去年第4季,在蘋果iPhone拉貨旺季推動下,單季合併營收達2兆元,季增率達55.55%。")
    assert {m.entity for m in tw.metrics} == {"鴻海"}


def test_a_range_of_losses_and_a_taiwan_guidance_s_ranges_of_change():
    out = extract("某某光电披露2025年半年度业绩预告,预计归母净利润为-2.1~-3.4亿元。")
    assert (-3.4e8, -2.1e8) in {(m.low, m.high) for m in out.metrics}
    tw = extract("瑞昱(2379)預估第3季營收將介於320億至345億元,季減2％至5％、年增8％到15％,年減1％至增長4％。")
    rows = {(m.low, m.high) for m in tw.metrics if m.unit == "%"}
    assert {(-5.0, -2.0), (8.0, 15.0), (-1.0, 4.0)} <= rows


def test_an_index_s_code_in_brackets_names_no_company():
    out = extract("The Dow Jones Industrial Average (INDEXDJX:.DJI) ended at 24,310.55, down 210.4 points. "
                  "The Nasdaq Composite (^IXIC) slipped 0.4%.")
    rows = {(m.metric, m.value, m.entity) for m in out.metrics}
    assert ("index_level", 24310.55, "Dow Jones Industrial Average") in rows
    assert {e for _, _, e in rows} == {"Dow Jones Industrial Average", "Nasdaq Composite"}


def test_a_brand_the_company_owns_takes_none_of_its_figures():
    out = extract("Shares of Heartland Dining Corp., the parent of Maple Grill, rose 5% on Friday.\n\n"
                  "The Denver, Colo.-based company, which owns Sunny Pancakes as well, reported quarterly net income of "
                  "$41.3 million, up from $38.0 million.\n\nSunny Pancakes' same-restaurant sales rose 2.1%, and Maple Grill's "
                  "fell 4.0%.")
    owners = {m.value: m.entity for m in out.metrics}
    assert (owners[5.0], owners[41.3e6]) == ("Heartland Dining Corp", "Heartland Dining Corp")


def test_london_brokers_led_by_a_date_or_a_clause_and_a_fair_value_on_the_stock():
    out = extract("Broker views in London this week\n\n"
                  "9 April Harwood Securities has put a 'buy' rating on packaging group Corrugo. Its price target is 380p. "
                  "Nomura has kept its 'buy' rating on airline British Midland while cutting its target on the stock to 90p from 120p.\n\n"
                  "Goldman Sachs moved Corrugo down to 'neutral' from 'buy' and lowered its fair value on the stock, to 310p from 400p. "
                  "Kestrel Partners, repeating its 'sell' stance, cut its target to 250p from 300p.")
    acts = {(a.broker, a.company, a.rating, a.target_price, a.prior_target_price) for a in out.rating_actions}
    assert acts == {("Harwood Securities", "Corrugo", "buy", 3.8, None), ("Nomura", "British Midland", "buy", 0.9, 1.2),
                    ("Goldman Sachs", "Corrugo", "neutral", 3.1, 4.0), ("Kestrel Partners", "Corrugo", "sell", 2.5, 3.0)}


def test_a_company_downgraded_by_a_broker_named_with_its_code_and_the_next_topic():
    out = extract('Singapore banks\n\nDBS was downgraded to "sell" by Tembusu Research (TMBR), which cut its target price from '
                  'S$45.00 to S$38. For OCBC, the house stayed at "hold" but reduced its target price from S$19.10 to S$15.85.')
    acts = {(a.broker, a.company, a.rating, a.target_price, a.prior_target_price) for a in out.rating_actions}
    assert acts == {("Tembusu Research", "DBS", "sell", 38.0, 45.0), ("Tembusu Research", "OCBC", "hold", 15.85, 19.1)}


def test_a_company_bought_in_passing_before_the_next_sentence_takes_no_figure():
    out = extract("Kestrel Insurance A/S said its solvency ratio was 291%, or 207% after the capital raised for its purchase of "
                  "fellow Danish insurer Alba Forsikring AS. Kestrel expects a solvency ratio of about 170% once the deal closes.")
    assert len(out.metrics) == 3 and all(m.entity.startswith("Kestrel") for m in out.metrics)


def test_a_nordic_report_in_millions_of_its_currency_grouped_by_spaces():
    out = extract("Sandvik Nord interim report on Q3 2019 (unaudited)\n\n"
                  "- Order intake rose 6% to MSEK 12 418 (11 715)\n- Operating profit came to MNOK 1 204.5 (1 110)")
    rows = {(m.value, m.unit, m.entity) for m in out.metrics}
    assert {(12418e6, "SEK", "Sandvik Nord"), (1204.5e6, "NOK", "Sandvik Nord")} <= rows
    commas = extract("Sandvik Nord said profit before tax came to MSEK 5,946 (5,618) and revenue to MEUR 1,204.5.")
    assert {(5946e6, "SEK"), (1204.5e6, "EUR")} <= {(m.value, m.unit) for m in commas.metrics}


def test_a_bank_named_bank_of_a_place_in_a_results_headline():
    out = extract("Bank of Fujairah's Q2 net profit slips\n\nBank of Fujairah, a lender in the UAE, said its second-quarter net "
                  "profit dropped to Dh64 million from Dh70 million.")
    assert {m.entity for m in out.metrics} == {"Bank of Fujairah"}


def test_a_note_on_an_a_and_h_listed_company_gives_its_forecasts_in_yuan():
    out = extract("点评长城汽车12月销量\n\n投资评级 - A股方面,维持“推荐”评级,目标价32.5元,以当前价25.10元计,上行空间约29%;港股方面,"
                  "“推荐”评级同样维持,目标价调整至28.6港元,以当前价21.40港元计,上行空间约34%。\n\n"
                  "- 报告预计2025-2027年归母净利润依次为125亿元、148亿元、171亿元。")
    assert {(m.value, m.unit) for m in out.metrics if m.metric == "net_profit"} == {(125e8, "CNY"), (148e8, "CNY"), (171e8, "CNY")}


def test_a_minus_before_a_revisions_first_figure_is_the_earlier_values():
    out = extract("Between 2022 and 2023 the Nordbank board lifted its policy rate from minus 0.5% to 1.25%. "
                  "Later the rate fell to minus 0.25% from 0.5%.")
    assert [(m.value, m.prior_value) for m in out.metrics if m.unit == "%"] == [(1.25, -0.5), (-0.25, 0.5)]


def test_a_measure_named_by_its_initials_is_no_company():
    out = extract("Output at Kestrel Mining's Ridgeback Gold Project rose to 61,200oz. AISC climbed to A$1,410oz from A$1,388oz.")
    assert {m.entity for m in out.metrics} == {"Kestrel Mining"}


def test_the_owner_of_a_named_mine_or_plant():
    out = extract("A shutdown at Tallis Metals' Brookvale mine cut copper output to 12,400 tonnes in the quarter from 13,100 tonnes.")
    assert [(m.value, m.entity) for m in out.metrics] == [(12400, "Tallis Metals")]


def test_an_australian_result_down_on_the_quarter_before():
    out = extract("Kestrel Mining's operating cash flow for Q2 21 came to A$41.5M, down slightly on Q1 21's A$44.0M.")
    assert [(m.value, m.prior_value) for m in out.metrics] == [(41.5e6, 44.0e6)]


def test_a_classifier_after_a_space_is_the_next_words_first_character():
    out = extract("外資買超52.3億 台積電買超1萬張居首\n\n台股今天收紅，外資買超52.3億元。")
    assert [(m.value, m.unit) for m in out.metrics if m.value == 52.3e8] == [(52.3e8, "TWD")]


def test_a_date_written_as_one_number_is_no_figure():
    out = extract("点评长安汽车2月销量-20250305\n\n长安汽车2月销量18万辆，同比下降12%。")
    assert sorted(m.value for m in out.metrics) == [-12, 180000]


def test_book_value_per_share_and_profit_margin_in_a_taiwan_report():
    out = extract("華邦電(2344)Q2獲利率較上季增3.1個百分點\n\n華邦電公布第二季淨利率12.4%，季增3.1個百分點；截至6月底每股淨值為21.37元。")
    rows = {(m.metric, m.value) for m in out.metrics}
    assert ("book_value_per_share", 21.37) in rows and ("eps", 21.37) not in rows
    assert [m.metric for m in out.metrics if m.value == 3.1] == ["net_margin_change"]


def test_a_price_index_level_is_in_points():
    out = extract("2012年全年的綜合消費物價平均指數為104.25，年通脹率為4.1%。2012年12月的綜合消費物價指數(106.50)按年上升4.6%。")
    assert {(m.metric, m.value, m.unit) for m in out.metrics if m.unit == "points"} == {("cpi_index", 104.25, "points"),
                                                                                        ("cpi_index", 106.5, "points")}
    out = extract("Ruritania's consumer price index stood at 121.4, up 2.3% from a year earlier.")
    assert ("cpi_index", 121.4, "points") in {(m.metric, m.value, m.unit) for m in out.metrics}


def test_the_months_ended_a_date_run_from_january():
    out = extract("截至2023年10月31日止十個月,集團合約銷售總額累計約人民幣1,204.6億元。")
    assert [m.period for m in out.metrics] == ["2023-01..10"]
    out = extract("In the eight months ended August 31, 2022, Tallis Metals' sales rose 4% to $2.6 billion.")
    assert {m.period for m in out.metrics} == {"2022-01..08"}


def test_an_earlier_value_in_brackets_with_its_month():
    out = extract("集團於2022年10月錄得合約銷售額約人民幣88.2億元(2021年10月為人民幣120.4億元),"
                  "合約銷售面積為612,300平方米(2021年10月為830,150平方米)。")
    assert [(m.value, m.prior_value, m.period) for m in out.metrics] == [(88.2e8, 120.4e8, "2022-10"), (612300, 830150, "2022-10")]


def test_taiwan_dollars_written_after_the_amount():
    out = extract("外資今天賣超台股,單日動輒300至500億台幣的進出,令匯市承受壓力。")
    assert [(m.low, m.high, m.unit) for m in out.metrics] == [(-500e8, -300e8, "TWD")]


def test_a_pair_of_moves_then_down_at_the_level():
    out = extract("* May London cocoa finished 24 pounds, or 0.8%, down at 2,870 pounds per ton.")
    assert [(m.value, m.unit) for m in out.metrics if m.metric.endswith("_change")] == [(-24, "GBP"), (-0.8, "%")]


def test_the_nine_month_period_ended_a_date():
    out = extract("For the nine-month period ended September 30, 2021, Harbour Trading's net profit rose to QR310mn from QR280mn.")
    assert [m.period for m in out.metrics] == ["2021Q1-Q3"]


def test_a_move_leading_the_sentence_is_its_subjects():
    out = extract("Indian shares rose as Wipro rallied.\n\nLosing 412 points or 0.9 per cent, the Sensex ended at 45,310.")
    assert {m.entity for m in out.metrics} == {"Sensex"}
    assert [m.value for m in out.metrics if m.metric == "index_change"] == [-412, -0.9]


def test_growth_that_slows_to_a_later_quarters_rate_is_still_growth():
    out = extract("友邦新業務價值增幅由首季按年高達48%,逐步放緩至第三季的18%。")
    assert sorted(m.value for m in out.metrics) == [18, 48]


def test_hibor_by_its_tenor_in_a_hong_kong_paper():
    out = extract("金管局今日再度入市。香港銀行公會公布,隔夜Hibor報0.03500厘,微升0.1點子;1星期Hibor報0.21000厘。")
    assert {m.entity for m in out.metrics if m.unit == "%"} <= {"Hibor", "1星期Hibor"}
    assert all(m.entity != "金管局" for m in out.metrics)


def test_a_release_names_its_company_after_its_dateline():
    out = extract("A record 2021: revenue €12.4bn, up +7%, with operating income and cash flow at all-time highs\n\n"
                  "- Organic growth of +5.2% in FY21, with every division and all regions growing\n"
                  "- Net income up +5% at €1.1bn; adjusted net income up +9% at €1.3bn\n"
                  "- Dividend proposed at €1.40/share, up +6.1%\n"
                  "- Free cash flow up +12% at €1.6bn, a record, with working capital kept under tight control all year\n"
                  "- Portfolio reshaping on track, with c. €0.4bn of revenues sold and two bolt-on acquisitions closed\n\n"
                  "LYON, France, Feb. 18, 2022 /PRNewswire/ -- Corvalis Group today released its results for the year.")
    assert {m.entity for m in out.metrics} == {"Corvalis Group"}


def test_a_range_whose_ends_are_both_signed():
    out = extract("2022 target: organic revenue growth of between +2% and +4%; margin of +14.5% to +15.0%.")
    assert [(m.low, m.high) for m in out.metrics] == [(2, 4), (14.5, 15.0)]


def test_a_release_key_figures_table():
    out = extract("Corvalis Group released its results for 2021.\n\n"
                  "Key figures (€ million) | 2020 FY | 2021 FY | Reported\n"
                  "Revenues | 11,590 | 12,402 | +7.0%\n"
                  "Net Income (Group share) | 1,048 | 1,101 | +5.1% |\n"
                  "Free Cash Flow | 902 | 1,230 | +36.4%\n"
                  "Earnings Per Share | 1.82 | 1.91 | +4.9%\n"
                  "Deliveries | 40,210 | 43,950 | +9.3%")
    rows = {(m.metric, m.value, m.prior_value, m.period) for m in out.metrics if m.unit == "EUR"}
    assert rows == {("revenue", 12402e6, 11590e6, "2021"), ("net_profit", 1101e6, 1048e6, "2021"),
                    ("free_cash_flow", 1230e6, 902e6, "2021"), ("eps", 1.91, 1.82, "2021")}


def test_a_lower_figure_forecast_is_no_fall():
    out = extract("Ruritania's jobless rate rose to 5.9 per cent. Economists had forecast a lower 5.6 per cent.")
    assert sorted(m.value for m in out.metrics) == [5.6, 5.9]


def test_a_year_a_forecast_runs_until_is_not_the_articles():
    out = extract("The Bank of England delivered its first cut of 2025. Inflation should rise to 3.7% later this year and stay "
                  "above target until the beginning of 2028.")
    assert {m.period for m in out.metrics if m.value == 3.7} == {"2025"}


def test_a_sentence_opening_with_having_names_no_one():
    out = extract("Having cut rates twice in 2024, the Bank of England cut again; two members had pushed for a cut of 50 basis points.")
    assert all(m.entity != "Having" for m in out.metrics)


def test_a_mineral_resource_is_no_company():
    out = extract("龙兴集团(002999):钛白粉销量稳健\n\n钛矿资源的高度集中令价格保持坚挺。\n\n每股收益预测2025-2027年为1.05/1.22/1.41元。")
    assert {m.entity for m in out.metrics} == {"龙兴集团"}


def test_a_price_per_metric_tonne():
    from newsflow.extract.quantities import find_atoms, join
    atoms = find_atoms("钢品盘价每公吨一律调涨600元。", [])
    assert [(a.value, a.unit) for a in atoms] == [(600, "CNY/tonne")]
    text = "铁矿砂价格处于每公吨95美元至102美元水准。"
    assert [(q.low, q.high, q.unit) for q in join(text, find_atoms(text, []))] == [(95, 102, "USD/tonne")]


def test_an_operating_loss_is_an_operating_profit_below_zero():
    out = extract("Harbour Cloud's operating loss narrowed to $41 million from $88 million.")
    assert [(m.metric, m.value, m.prior_value) for m in out.metrics] == [("operating_profit", -41e6, -88e6)]
    out = extract("海港雲的經營虧損按年收窄38.6%至人民幣512百萬元。")
    assert ("operating_profit", -512e6) in {(m.metric, m.value) for m in out.metrics}


def test_the_half_year_end_is_no_reporting_period():
    out = extract("金管局本周三再度入市,接盤買入155.4億港元。\n\n分析師認為,半年結已經過去,銀行吸納港元沽盤的能力較弱。")
    assert [(m.value, m.period) for m in out.metrics] == [(155.4e8, None)]


def test_a_chinese_adverb_ending_in_de_is_no_name():
    out = extract("建設銀行公布業績。期內營業收入為7521億元人民幣, 罕有地下跌百分之1.8。")
    assert {m.entity for m in out.metrics} == {"建設銀行"}


def test_a_day_month_year_line_under_a_headline_is_no_figure():
    out = extract("建行去年純利增長3.1% 擬派末期息36.4分人民幣\n28/3/2024 19:05\n\n建設銀行公布業績。")
    assert sorted((m.value, m.unit) for m in out.metrics) == [(0.364, "CNY"), (3.1, "%")]


def test_an_officer_named_with_the_company_is_not_the_company():
    out = extract("Honda kept its forecast. HMC Operating Officer Ken Sato said the weaker dollar carried a negative impact "
                  "of 95 billion yen.")
    assert [(m.entity, m.value) for m in out.metrics] == [("HMC", -95e9)]


def test_a_low_last_seen_decades_ago_dates_nothing():
    out = extract("Initial jobless claims rose to 231,000 in the week ended April 7th. The drop left continuing claims at "
                  "their lowest since they hit 1.791 million in November of 1973.")
    assert all(m.period is None or not m.period.startswith("1973") for m in out.metrics)


def test_a_spaced_dash_between_a_total_and_a_per_share_figure_is_no_range():
    out = extract("Wells Fargo posted earnings of $5.2 billion — $1.25 per share — topping expectations.")
    assert sorted((m.metric, m.value) for m in out.metrics) == [("eps", 1.25), ("net_profit", 5.2e9)]


def test_a_central_bank_named_with_its_initials_owns_no_market_figures():
    out = extract("The financial market had another euphoric day, with the stock market setting a fresh record above 131 "
                  "thousand points.\n\nB3's Ibovespa index ended at 131,220 points, up 0.9%. The stock market has gained 6.2% "
                  "in two weeks.\n\nIn Brazil, the Central Bank's (BC) Monetary Policy Committee held the Selic Rate at 10.5% per year.")
    assert all(m.entity != "Central Bank" for m in out.metrics if m.unit != "%" or m.value != 10.5)


def test_a_table_of_classes_and_their_parts():
    out = extract("各类基金资金流向汇总\n"
                  "| 类型 | 细类 | 最新规模(亿元) | 本周净流入(亿元) |\n|---|---|---|---|\n"
                  "| 股票型 | 大盘 | 10250.4 | -12.6 |\n| | 小盘 | 2480.9 | 31.2 |\n| 债券型 | 全部 | 3120.5 | 88.4 |")
    rows = {(m.entity, m.metric, m.value) for m in out.metrics}
    assert {("大盘", "size", 10250.4e8), ("大盘", "net_inflow", -12.6e8), ("小盘", "net_inflow", 31.2e8),
            ("债券型", "net_inflow", 88.4e8)} <= rows


def test_the_unit_an_exchange_rate_is_quoted_for_is_no_figure():
    out = extract("人民币汇率中间价:1美元对人民币7.1015元,1欧元对人民币7.7320元,100日元对人民币4.8850元。")
    assert [(m.value, m.unit) for m in out.metrics] == [(7.1015, "CNY"), (7.732, "CNY"), (4.885, "CNY")]


def test_a_firms_analyst_by_name_is_the_broker():
    out = extract("Analysts lifted their targets on Wells Fargo (NYSE:WFC) after its quarter.\n\n"
                  "According to one report, KBW's (KBWI) Anna Ross raised her price target for the bank to $58 from $52 and "
                  "reiterated her \"Outperform\" rating on WFC.\n\n"
                  "Zacks reported that Barclays's (NYSE:BCS) Tom Lane, who has an Overweight rating on the stock, raised the "
                  "price target to $61 from $55.\n\n"
                  "Ann Cole of Cole Bank Research set a $57 price target on the stock, which she upgraded to Buy from Hold.")
    rows = {(r.broker, r.company, r.action, r.target_price) for r in out.rating_actions}
    assert {("KBW", "Wells Fargo", "raise_target", 58), ("Barclays", "Wells Fargo", "raise_target", 61),
            ("Cole Bank Research", "Wells Fargo", "upgrade", 57)} <= rows


def test_a_counts_earlier_value_may_leave_its_noun_unsaid():
    out = extract("Acme Homes had 312 stores at the end of June, compared with 290 a year earlier. Its order backlog rose "
                  "to 12,500 homes from 11,800.")
    assert sorted((m.value, m.prior_value) for m in out.metrics) == [(312, 290), (12500, 11800)]


def test_a_profit_or_loss_named_with_its_kind_is_an_earlier_value():
    out = extract("Acme Corp's operating loss was $3 million versus operating income of $2 million last year.")
    assert [(m.value, m.prior_value) for m in out.metrics] == [(-3e6, 2e6)]


def test_a_count_at_a_rate_is_no_ratio():
    out = extract("U.S. building permits rose 2.3% to a rate of 1.41 million.")
    assert (1.41e6, "units") in {(m.value, m.unit) for m in out.metrics}


def test_a_revised_figure_of_the_month_before_keeps_the_metric_before():
    out = extract("Housing starts fell 3.1% to a seasonally adjusted annual rate of 1.307 million units in September. "
                  "August's figure was revised down to 1.349 million from 1.356 million.")
    assert ("housing_starts", 1.349e6, "units", 1.356e6) in {(m.metric, m.value, m.unit, m.prior_value) for m in out.metrics}


def test_west_texas_intermediate_is_named_whole():
    out = extract("U.S. West Texas Intermediate crude fell 91 cents, or 1.5%, to $61.48 a barrel.")
    assert {m.entity for m in out.metrics} == {"U.S. West Texas Intermediate crude"}


def test_a_chinese_earlier_reading_with_its_direction_word():
    out = extract("按美元计价，10月出口3053.5亿美元，同比下降1.1%，前值为增长8.3%。进口同比增长1%，前值为下降2.5%。")
    assert [(m.value, m.prior_value) for m in out.metrics if m.unit == "%"] == [(-1.1, 8.3), (1.0, -2.5)]


def test_turnover_shrinking_or_swelling_by_an_amount_is_a_change():
    out = extract("沪深两市成交额1.72万亿元，较上个交易日缩量1503亿元。深市成交额9800亿元，较前一交易日放量320亿元。")
    assert [(m.metric, m.value) for m in out.metrics if m.metric.endswith("_change")] == [
        ("turnover_change", -1503e8), ("turnover_change", 320e8)]


def test_a_year_a_target_is_due_by_is_not_the_year_reported_on():
    out = extract("Acme Pharma to buy Beta Bio for $4.2 billion\n\nThe deal is expected to generate annual cost "
                  "synergies of $150 million by 2027.")
    assert [(m.value, m.period) for m in out.metrics] == [(4.2e9, None), (1.5e8, "2027")]


def test_a_premium_or_discount_to_a_price_and_a_banks_ratios():
    out = extract("Acme agreed to buy Beta for $38.50 per share in cash, a 42% premium to Beta's closing price. "
                  "Beta's CET1 ratio was 13.5% and its combined operating ratio 94%.")
    assert {("premium", 42), ("capital_adequacy", 13.5), ("combined_ratio", 94)} <= {(m.metric, m.value) for m in out.metrics}
    zh = extract("配售价较昨日收市价折让约6.91%。拨备覆盖率为405.93%。")
    assert [(m.metric, m.value) for m in zh.metrics] == [("discount", 6.91), ("provision_coverage", 405.93)]


def test_a_data_vendors_estimate_names_no_company():
    out = extract("SK Hynix Inc (000660.KS) reported operating profit of 11.38 trillion won, above the LSEG SmartEstimate of "
                  "11.1 trillion won. Revenue rose 39% to 24.45 trillion won.")
    assert {m.entity for m in out.metrics} == {"SK Hynix"}


def test_a_rating_named_after_a_comma():
    out = extract("Mizuho Securities raised its target on Fast Retailing to 55,000 yen from 51,000 yen, rating neutral.")
    assert [(r.rating, r.target_price) for r in out.rating_actions] == [("neutral", 55000)]


def test_a_trade_surplus_opening_a_clause_is_no_lower_bound():
    out = extract("進口值為373.7億美元，年增14.7%；出超244.3億美元。")
    assert ("trade_balance", 244.3e8, None) in {(m.metric, m.value, m.low) for m in out.metrics}


def test_a_figure_the_same_as_last_years_is_its_own_earlier_value():
    out = extract("董事會建議派末期息每單位19.9仙，全年合共派31.9仙，與上年相同。")
    assert [(m.value, m.prior_value) for m in out.metrics] == [(0.199, None), (0.319, 0.319)]


def test_a_canadian_datelined_release_writes_canadian_dollars():
    out = extract("REGINA, Saskatchewan, March 3, 2025 (GLOBE NEWSWIRE) -- Prairie Gas Corp. reported funds from operations "
                  "of $88 million for the fourth quarter of 2024, and a cash netback of $2.15/Mcfe.")
    assert {m.unit for m in out.metrics} == {"CAD"}


def test_an_index_level_with_spaced_thousands():
    out = extract("London's FTSE 100 rose 1.2% to 8 102 points and the CAC 40 in Paris gained 0.8% to 7 412.55 points.")
    assert {(m.entity, m.value) for m in out.metrics if m.unit == "points"} == {("FTSE 100", 8102), ("CAC 40", 7412.55)}


def test_a_year_named_only_for_the_comparison_dates_the_quarter_after_it():
    out = extract("Harbor Mutual posted third-quarter core income of $310 million. It recorded an underwriting gain of $42 "
                  "million, compared with a loss of $18 million in the third quarter of 2021.")
    assert {m.period for m in out.metrics} == {"2022Q3"}


def test_wafers_counted_across_their_size():
    out = extract("The foundry shipped about 2.1 million 12-inch equivalent wafers in the quarter.")
    assert [(m.value, m.unit) for m in out.metrics] == [(2.1e6, "wafers")]


def test_a_trade_body_release_is_the_economys_and_a_plural_noun_is_no_name():
    out = extract("Existing-home sales fell 1.1 percent in June to an annual rate of 4.02 million, the National Association of "
                  "Realtors said. Closings were weaker in the West, the group said. Sales are now 2.5 percent below a year ago.")
    assert [m.entity for m in out.metrics if m.metric.startswith("home_sales")] == ["US", "US"]
    assert [m.value for m in out.metrics if m.unit == "%"] == [-1.1, -2.5]


def test_an_earlier_value_revised_down_is_the_earlier_value():
    out = extract("Existing-home sales fell 1.1 percent to an annual rate of 4.02 million from a downwardly revised 4.06 million.")
    assert (4.02e6, 4.06e6) in {(m.value, m.prior_value) for m in out.metrics}


def test_a_full_stop_printed_for_a_decimal_point():
    out = extract("7月,商用车产量和销量分别为31。5万辆和30。2万辆,同比分别增长12。6%和9%。")
    assert sorted(m.value for m in out.metrics) == [9.0, 12.6, 302000.0, 315000.0]


def test_last_year_named_with_its_month_dates_this_year():
    out = extract("海关总署公布,7月出口同比增长6.1%。去年的基数偏低,2024年7月出口环比下降2.3%。")
    assert [m.period for m in out.metrics if m.value == 6.1] == ["2025-07"]


def test_a_bank_release_that_opens_on_its_tables():
    out = extract("指标 | 2024年 | 同比变化 |\n---|---|---|\n营业收入 | 52.10亿元 | -1.50% |\n\n"
                  "指标 | 2024年末 | 同比变化 |\n---|---|---|\n资产总额 | 3120.40亿元 | +6.20% |\n\n"
                  "净息差为1.62%。\n\n2024年西城银行以\"稳中求进\"为主线,推进转型。")
    rows = {(m.value, m.entity, m.period) for m in out.metrics}
    assert {(52.1e8, "西城银行", "2024"), (3120.4e8, "西城银行", "2024-12-31"), (1.62, "西城银行", "2024")} <= rows


def test_a_floor_written_not_lower_than_is_no_fall():
    out = extract("赛恩科技: 2025年员工持股计划(草案)摘要\n\n公司层面考核:2025年收入增长率不低于25%。")
    assert [(m.entity, m.low, m.high) for m in out.metrics] == [("赛恩科技", 25.0, None)]


def test_a_broker_table_whose_cells_say_the_moves_in_words():
    out = extract("Analysts cut their calls on Wipro after its quarter; the stock trades at Rs 512.\n\n"
                  "Brokerage | Rating | Price Target\nKotak | Downgrade to Sell From Buy | Cut to 470 From 540\n"
                  "Jefferies | Hold | Cut to 500\n\nCLSA downgraded Wipro to underperform from its earlier outperform rating.")
    rows = {(r.broker, r.action, r.rating, r.prior_rating, r.target_price, r.prior_target_price, r.currency)
            for r in out.rating_actions}
    assert {("Kotak", "downgrade", "sell", "buy", 470, 540, "INR"), ("Jefferies", "cut_target", "hold", None, 500, None, "INR"),
            ("CLSA", "downgrade", "underperform", "outperform", None, None, None)} <= rows


def test_a_producers_volumes_in_the_units_it_prints_and_its_year_ago_output():
    out = extract("Output in the second quarter of 2023 was 61,200 boe/d, made up of 310 MMcf/d of natural gas and 9,540 bbl/d "
                  "of condensate, up 8% on the 56,650 boe/d of Q2 2022. Funds from operations came to $140 million, even with "
                  "a $31 million realized hedging loss.")
    rows = {(m.value, m.unit, m.prior_value) for m in out.metrics}
    assert {(61200, "boe/d", 56650), (310, "MMcf/d", None), (9540, "bbl/d", None), (-31e6, "USD", None)} <= rows
    assert all(m.metric != "price" for m in out.metrics if m.unit in ("MMcf/d", "bbl/d"))


def test_a_result_dated_at_the_year_end_is_the_years():
    out = extract("截至2024年末,集团营业收入达到4120亿元,资产总额为21.3万亿元。")
    assert [(m.metric, m.period) for m in out.metrics] == [("revenue", "2024"), ("total_assets", "2024-12-31")]


def test_a_quarters_end_is_its_last_day_for_a_balance_and_the_stretch_to_it_for_a_result():
    out = extract("截至2025年一季度末,东岭银行资产总额为2100亿元。截至2025年三季度末,公司实现营业收入86亿元,资产总额为2300亿元。")
    assert [(m.metric, m.period) for m in out.metrics] == [
        ("total_assets", "2025-03-31"), ("revenue", "2025Q1-Q3"), ("total_assets", "2025-09-30")]


def test_a_balance_at_the_end_of_the_period_reported():
    out = extract("东岭银行披露,2025年一季度净利润36.2亿元。报告期末,总资产2100亿元,较上年末增长4.1%。")
    assert [(m.value, m.period) for m in out.metrics] == [(36.2e8, "2025Q1"), (2100e8, "2025-03-31"), (4.1, "2025-03-31")]


def test_a_rating_word_after_a_brokers_colon_is_no_company():
    out = extract("Analysts trimmed their targets on Tractor Supply (NASDAQ: TSCO) after its quarter.\n\n"
                  "- Baird: Outperform rating reiterated, price target reduced from $62 to $58.\n"
                  "- Stifel: Buy rating kept, price target lowered from $60 to $57.")
    assert {(r.broker, r.company, r.target_price) for r in out.rating_actions} == {
        ("Baird", "Tractor Supply", 58), ("Stifel", "Tractor Supply", 57)}


def test_chinese_yuan_written_out():
    out = extract("Meituan said its revenue for the quarter came to 91.8 billion Chinese yuan (12.8 billion dollars).")
    assert (91.8e9, "CNY") in {(m.value, m.unit) for m in out.metrics}


def test_a_results_line_with_its_earlier_value_in_brackets():
    out = extract("Revenue of £912.4m, up 8.1% on a reported basis (2018: £844.0m)\n\n"
                  "Profit before tax of £61.2m, up 12.0% (2018: £54.6m)")
    rows = {(m.value, m.prior_value, m.period) for m in out.metrics if m.unit == "GBP"}
    assert rows == {(912.4e6, 844.0e6, "2019"), (61.2e6, 54.6e6, "2019")}


def test_forecast_years_date_a_story_that_also_recalls_an_old_year():
    out = extract("The central bank cut its growth forecast for 2024 to 2.6% from 3.0%. Growth last year was 1.9%. "
                  "In pre-pandemic 2019, tourist arrivals hit a record.")
    assert [(m.value, m.period) for m in out.metrics if m.value == 1.9] == [(1.9, "2023")]


def test_estimates_respectively_expected_are_no_earlier_values():
    out = extract("The retailer posted adjusted earnings of $0.94 per share and sales of $1.41B, against the $0.88 and "
                  "$1.38B, respectively, that analysts had expected.")
    assert all(m.prior_value is None for m in out.metrics)


def test_an_outlooks_periods_are_not_the_period_reported():
    out = extract("Shares of Fleet Feet Corp jumped 9% after it beat expectations and lifted its full-year forecasts.\n\n"
                  "The retailer posted adjusted earnings of $0.94 per share, against $0.71 in Q2 2023. After second-quarter "
                  "results that beat estimates, it raised its outlook for the third quarter and the full year.")
    assert [m.period for m in out.metrics if m.value == 0.94] == ["2024Q2"]


def test_a_notes_bare_company_is_the_one_its_header_names():
    out = extract("立讯精密(002475):消费电子回暖,汽车业务放量\n\n借助苹果新品周期,公司业务将持续修复。2025年第三季度,公司营收为"
                  "820.5亿元,同比增长10.2%;归母净利润为42.1亿元。")
    assert {m.entity for m in out.metrics} == {"立讯精密"}


def test_last_years_results_in_a_text_that_names_that_year():
    out = extract("港交所去年盈利增9% 派第二次中期息4.18元\n\n港交所(0388)發表去年全年業績,股東應佔溢利按年增加9%至125.4億元。"
                  "2021年共有98家公司在港交所新上市。去年交易費增加33%,由30.3億元增至40.19億元,加上北向與南向滬深港通交易帶來的收入創出新高。")
    rows = {(m.value, m.unit, m.period) for m in out.metrics}
    assert {(125.4e8, "HKD", "2021"), (40.19e8, "HKD", "2021")} <= rows


def test_january_to_december_is_the_year():
    out = extract("天士力预计2023年1-12月归属于上市公司股东的净利润为11.27亿元至13.17亿元。")
    assert {m.period for m in out.metrics} == {"2023"}


def test_a_move_whose_size_follows_a_comma():
    out = extract("Gross NPA fell to 4.2 per cent. Net NPA also declined, by 62 basis points, to 1.4 per cent.")
    assert (-62, "bp") in {(m.value, m.unit) for m in out.metrics}


def test_money_supply_and_new_loans_are_the_economys_not_the_central_banks():
    out = extract("人民银行：10月末M2同比增长8.2%\n\n2025年11月13日，人民银行发布数据显示，10月末，广义货币(M2)余额298.5万亿元，"
                  "同比增长8.2%，增速比上月末低0.3个百分点。前十个月人民币贷款增加15.2万亿元，同比少增2.1万亿元。")
    rows = {(m.value, m.unit, m.entity) for m in out.metrics}
    assert {(8.2, "%", "中国"), (298.5e12, "CNY", "中国"), (-0.3, "pp", "中国"), (15.2e12, "CNY", "中国"),
            (-2.1e12, "CNY", "中国")} <= rows
    assert not any(m.metric.endswith("_change") for m in out.metrics if m.value == 15.2e12)


def test_a_list_of_earlier_values_pairs_with_the_list_it_became():
    out = extract("理监事会决议将三项政策利率各调升0.125个百分点，分别由1.875%、2.25%及4.125%调整为2%、2.375%及4.25%。")
    assert {(m.value, m.prior_value) for m in out.metrics if m.unit == "%"} == {(2, 1.875), (2.375, 2.25), (4.25, 4.125)}


def test_an_earlier_forecast_named_with_its_month_or_as_the_last_one():
    for text in ("主计总处预估今年经济成长率为3.26%，较前次预测的3.03%上修。", "央行预估今年经济成长率为3.26%，较去年12月预测的3.03%上修。"):
        assert [(m.value, m.prior_value) for m in extract(text).metrics] == [(3.26, 3.03)]


def test_a_dollar_quoted_in_hong_kong_or_taiwan_money():
    for text, unit in (("港匯報7.7735。", "HKD"), ("港元兌美元報7.7735。", "HKD"), ("美元兌港元報7.7735。", "HKD"),
                       ("The Hong Kong dollar traded at 7.7735 per US dollar.", "HKD"),
                       ("The Taiwan dollar closed at 32.15 against the US dollar.", "TWD")):
        assert [m.unit for m in extract(text).metrics if m.metric == "fx_rate"] == [unit], text


def test_hong_kongs_retail_sales_release_owns_its_unnamed_rows():
    out = extract("零售業總銷貨價值按年下跌7.3%\n\n政府統計處發表的數字顯示，2024年10月零售業總銷貨價值的臨時估計為308億元，較2023年同月下跌7.3%。"
                  "9月的修訂估計則按年下跌10.2%。")
    assert [m.entity for m in out.metrics if m.value == -10.2] == ["香港"]


def test_an_indicators_index_is_no_sector_index():
    out = extract("Japan's core consumer price index, which excludes fresh food, rose 2.7% in November from a year earlier, "
                  "keeping inflation above the central bank's target. A separate index that strips away both fresh food and "
                  "fuel rose 2.4%.")
    assert {m.entity for m in out.metrics} == {"Japan"}


def test_a_revision_written_new_value_first_is_dated_before_from():
    out = extract("NEW DELHI, Dec 12, 2024 -- India's annual retail inflation rate slowed to 5.48% in November from 6.21% "
                  "in October, government data showed on Thursday.")
    assert [(m.metric, m.period, m.prior_value) for m in out.metrics] == [("inflation", "2024-11", 6.21)]


def test_a_bond_dailys_money_market_rates_yields_and_contracts_are_their_own():
    out = extract("央行今日开展了1000亿元7天期逆回购操作。资金面方面，DR001下行3.2bp至1.38%，DR007上行1.1bp至1.62%。现券方面，10年期国债活跃券25附息国债11收益率下行"
                  "2.5bp至1.7875%。国债期货全线收涨，30年期主力合约涨0.91%。")
    owners = {m.value: m.entity for m in out.metrics}
    assert (owners[1.38], owners[1.62], owners[0.91]) == ("DR001", "DR007", "30年期主力合约")
    assert owners[1.7875].startswith("10年期国债")


def test_a_roundup_lines_rating_in_brackets_is_kept():
    out = extract("Shares of Micron Technology Inc. (NASDAQ: MU) have slid. Below are the target cuts:\n\n"
                  "- 9/17 Jefferies (Buy) target to $135 from $153\n- 9/16 Susquehanna (Positive) target to $175 from $185")
    assert [(a.broker, a.rating, a.action) for a in out.rating_actions] == [
        ("Jefferies", "buy", "cut_target"), ("Susquehanna", "positive", "cut_target")]


def test_an_exchange_a_filing_is_made_at_owns_no_figure():
    out = extract("Dangote Cement reported its full-year results. The scorecard presented to investors at the Nigerian "
                  "Exchange Limited (NGX) shows revenue up by 23.3% to N1.651 trillion from N1.339 trillion in 2020.")
    assert {m.entity for m in out.metrics} == {"Dangote Cement"}


def test_a_year_after_the_earlier_value_is_its_own():
    out = extract("Dangote Cement's results for the year ended December 31, 2021. Voice revenue rose by 8.4% to "
                  "N971.4 billion from N896 billion in 2020.")
    assert [(m.value, m.period, m.prior_value) for m in out.metrics if m.unit == "NGN"] == [(971.4e9, "2021", 896e9)]


def test_a_trade_releases_partners_own_their_sentence_only():
    out = extract("Japan recorded a trade surplus of 625 billion yen in April, the Ministry of Finance said.\n\n"
                  "Exports to the European Union climbed 14.1 percent. Imports from Asia rose 3.7 percent.\n\n"
                  "Imports increased an annual 5.9 percent to 6.196 trillion yen.")
    owners = {m.value: m.entity for m in out.metrics}
    assert (owners[14.1], owners[3.7], owners[5.9]) == ("European Union", "Asia", "Japan")


def test_a_revised_month_keeps_its_row_with_its_first_reading():
    out = extract("Retail sales excluding autos rose 0.8 percent m-o-m in September, following a revised 2.0 percent "
                  "m-o-m jump the month before (originally a 1.8 percent m-o-m climb).")
    assert (2.0, 1.8) in {(m.value, m.prior_value) for m in out.metrics}


def test_a_projection_tables_poll_and_earlier_figures():
    out = extract("ECONOMIC PROJECTIONS:\n\nHICP INFLATION:\n\n2026: 1.7% (exp. 1.9%, prev. 1.6%)\n\n"
                  "2027: 1.9% (exp. 2.0%, prev. 2.0%)\n\nHICP CORE INFLATION:\n\n2026: 1.9% (prev. 1.9%)")
    rows = {(m.metric, m.value, m.period, m.prior_value, m.basis == "consensus") for m in out.metrics}
    assert {("inflation", 1.7, "2026", 1.6, False), ("inflation", 1.9, "2026", None, True),
            ("inflation", 2.0, "2027", None, True), ("inflation", 1.9, "2027", 2.0, False),
            ("inflation", 1.9, "2026", 1.9, False)} <= rows


def test_a_currency_report_goes_on_about_the_currency_it():
    out = extract("The euro was down 0.1% against the dollar at $1.1681. It had touched a six-week low of $1.1668 "
                  "earlier in the session. The risk-sensitive pound was down 1.3% by 1420 GMT. Yields move inversely "
                  "to prices, and 1 basis point equals 0.01%.")
    rows = {(m.value, m.entity) for m in out.metrics}
    assert (1.1668, "euro") in rows and (-1.3, "risk-sensitive pound") in rows
    assert not {1420, 1, 0.01} & {m.value for m in out.metrics}


def test_a_credit_release_names_its_figures_against_a_backdrop():
    out = extract("2)10月新增人民币贷款2200亿(彭博一致预期5,000亿元),同比少增4000亿元。居民中长期贷款同比多增300亿元,表明在美国加征关税"
                  "的背景下,居民的收入预期有所转弱。10月新增社融8100亿元。")
    assert {m.entity for m in out.metrics} == {"中国"}
    assert 2200e8 in {m.value for m in out.metrics}


def test_a_price_indexs_widening_fall_and_a_bracketed_poll():
    out = extract("10月PPI同比降幅再度扩大至2.1%。10月M1同比增速小幅回落至1.5%(彭博一致预期3.2%)。")
    assert {m.value for m in out.metrics} == {-2.1, 1.5, 3.2}


def test_a_broker_notes_segments_and_peers_own_no_figures():
    out = extract("三一重工(600031):海外收入占比提升\n\n新兴产品增长:土方机械(矿用挖机份额居前)、高空作业机械等新兴业务收入扩大。"
                  "2025-2027年归母净利润预测值为88.5/99.1/110.2亿元(2025/2026年的前值依次为90.2/101.5亿元),相应EPS为"
                  "0.95/1.06/1.18元。公司2025E市盈率为16.1倍,低于中联重科(18.8倍)等同业。高空机械收入2024年达到40亿元。")
    assert {m.entity for m in out.metrics} == {"三一重工"}
    rows = {(m.value, m.period, m.prior_value) for m in out.metrics}
    assert {(88.5e8, "2025", 90.2e8), (99.1e8, "2026", 101.5e8), (110.2e8, "2027", None), (1.18, "2027", None)} <= rows


def test_a_companys_plan_is_no_name():
    out = extract("海亮股份:计划斥资1.5亿元至2.5亿元回购股份")
    assert {m.entity for m in out.metrics} == {"海亮股份"}


def test_one_broker_upgrading_one_company_and_keeping_another():
    out = extract("由于平保(02318)及新华保险(01336)对股市的杠杆度较高,德银遂把平保评级调高至「买入」,并维持新华保险「买入」评级。")
    assert [(a.company, a.action) for a in out.rating_actions] == [("平保", "upgrade"), ("新华保险", "maintain")]


def test_taiwans_central_bank_in_quarter_points_and_revised_forecasts():
    out = extract("央行理监事会决议升息半码 (0.125 个百分点),自去年展开升息循环至今,累计升幅已达 3 码。央行今日把今年我国 GDP 预估值"
                  "下修至 2.21%,比上一季的预估值 2.53% 再下修 0.32 个百分点。CPI 年增率预测值上修为 2.09%,高于前次预测值 1.88%。")
    rows = {(m.value, m.unit, m.prior_value) for m in out.metrics}
    assert {(12.5, "bp", None), (75, "bp", None), (2.21, "%", 2.53), (-0.32, "pp", None), (2.09, "%", 1.88)} <= rows
    assert not any(m.unit == "pp" and m.value == 0.125 for m in out.metrics)


def test_a_bond_dailys_tenors_are_no_years():
    out = extract("10 年国债活跃券 250011 收益率报 1.761%,下行 0.25bp。银存间隔夜加权在 1.31%附近窄幅波动,7 天抬升约 3bp 至 1.54%,"
                  "1 年 AAA 存单利率回落至 1.6%。")
    owners = {m.value: m.entity for m in out.metrics}
    assert owners[1.761].startswith("10") and owners[1.31] == "银存间隔夜" and owners[1.54] == "7 天"
    assert owners[1.6].startswith("1 年 AAA")
    assert not any((m.period or "").startswith("2010") for m in out.metrics)


def test_hong_kongs_money_market_names():
    out = extract("港元汇率上落波动,现报7.7820元。上日总结余收缩至450.46亿元。六个月期HIBOR升至4.2%。"
                  "港元与美元的一个月期利差维持在-0.8287%。")
    rows = {(m.value, m.unit, m.entity) for m in out.metrics}
    assert {(7.782, "HKD", "港元汇率"), (450.46e8, "HKD", "总结余"), (4.2, "%", "HIBOR")} <= rows
    assert [m.entity for m in out.metrics if m.value == -0.8287] == ["港元与美元的一个月期利差"]


def test_a_results_tables_ratio_change_is_points_and_diluted_eps_a_row_of_its_own():
    out = extract("天马酒业2025年第三季度报告\n\n主要会计数据和财务指标\n单位:元\n"
                  " | 本报告期 | 本报告期比上年同期增减 | 年初至报告期末 | 年初至报告期末比上年同期增减\n"
                  "营业收入(元) | 192,330,759.67 | -32.45% | 546,276,017.74 | -33.89%\n"
                  "基本每股收益(元/股) | -0.0650 | -675.22% | -0.1429 | -333.50%\n"
                  "稀释每股收益(元/股) | -0.0650 | -675.22% | -0.1429 | -333.50%\n"
                  "加权平均净资产收益率 | -1.27% | -1.49% | -2.76% | -3.92%\n")
    rows = [(m.metric, m.value, m.unit) for m in out.metrics]
    assert rows.count(("eps", -0.065, "CNY")) == 2 and rows.count(("eps_growth", -675.22, "%")) == 2
    assert {("roe_change", -1.49, "pp"), ("roe_change", -3.92, "pp")} <= set(rows)


def test_an_estimate_named_after_its_figure_takes_no_earlier_value():
    out = extract("Exports rose 7.8 percent, short of the 8.7 percent increase forecast but up from 2.1 percent the previous month.")
    assert [(m.value, m.prior_value) for m in out.metrics] == [(7.8, 2.1), (8.7, None)]


def test_a_full_year_report_dated_by_its_outlook_year():
    out = extract("GEA Group AG on Thursday reported full-year EBIT of 519.7 million euros, up from 461 million euros in the "
                  "previous year. For fiscal 2024, GEA expects organic revenue growth of 2 percent to 4 percent.")
    assert [m.period for m in out.metrics if m.value == 519.7e6] == ["2023"]


def test_a_rival_or_a_larger_peer_is_named_in_passing():
    out = extract("Advanced Micro Devices (AMD) beat expectations. AMD, the second-largest supplier of server CPUs after Intel, "
                  "has won share. It is also a strong rival to Nvidia in the GPU market, with AI GPU sales reaching $5 billion.")
    assert [m.entity for m in out.metrics if m.value == 5e9] == ["Advanced Micro Devices"]


def test_a_results_table_titled_with_its_unit():
    out = extract("Tadawul Group's 9-month net profit drops 19% to SAR 298.3 mln\n\nFinancials (M)\n\n"
                  "Item | 9m 2022 | 9m 2023 | Change\nRevenues | 857.33 | 790.72 | (7.8 %)\nAverage Shares | 120.00 | 120.00 | -\n"
                  "EPS (Riyals) | 3.06 | 2.49 | (18.8 %)\n")
    rows = {(m.metric, m.value, m.unit, m.period, m.prior_value) for m in out.metrics}
    assert {("revenue", 790.72e6, "SAR", "2023Q1-Q3", 857.33e6), ("revenue_growth", -7.8, "%", "2023Q1-Q3", None),
            ("eps", 2.49, "SAR", "2023Q1-Q3", 3.06)} <= rows
    assert not any(m.value == 120e6 for m in out.metrics)


def test_index_futures_contracts_are_counted_as_contracts():
    out = extract("昨日恒生指数期货现货月份的未平仓合约合共135971张,比上日减少22479张。")
    assert {(m.value, m.unit) for m in out.metrics} == {(135971, "contracts"), (-22479, "contracts")}


def test_a_notes_customers_are_named_in_passing():
    out = extract("亿纬锂能(300014):储能出货高增\n\n乘用车客户结构优化:为零跑、小鹏的爆款车型供货,2026年将为宝马新一代电动车型提供大圆柱"
                  "电池。\n\n盈利预测:预计2025-2027年EPS分别为2.15/3.30/4.35元。")
    assert {m.entity for m in out.metrics if m.unit == "CNY"} == {"亿纬锂能"}


def test_a_table_of_days_under_a_title_that_names_what_it_counts():
    out = extract("21/10/2025 08:15\n\n恒指期货近一周未平仓合约总数\n日期 | 现货月份 | +/- | 所有月份 | +/-\n"
                  "20/10(一) | 135971 | -22479 | 155611 | -21409\n17/10(五) | 158450 | 21600 | 177020 | 22665\n")
    rows = {(m.metric, m.value, m.unit, m.period, m.entity) for m in out.metrics}
    assert {("open_interest", 135971, "contracts", "2025-10-20", "恒指期货"),
            ("open_interest_change", 21600, "contracts", "2025-10-17", "恒指期货")} <= rows
    assert len(out.metrics) == 8


def test_a_fixed_asset_investment_releases_parts():
    out = extract("1—10月份,全国固定资产投资(不含农户)436530亿元,同比增长1.8%。民间固定资产投资251090亿元,同比下降0.7%。"
                  "按地区划分,东部地区的投资同比增长3.0%,增速较1—9月份提高0.5个百分点。按登记注册类型划分,外商企业投资增长11.2%。")
    owners = {m.value: m.entity for m in out.metrics}
    assert (owners[-0.7], owners[3.0], owners[0.5], owners[11.2]) == ("民间固定资产投资", "东部地区", "东部地区", "外商企业")


def test_an_offerings_price_range_price_and_over_allotment():
    out = extract("Lumen Optics climbed 4% in its market debut on Friday. The eye-care group raised $1.9 billion on Thursday, "
                  "selling 52.5 million shares at $36 each, the top of its $32-to-$36 price range. Its underwriters hold an "
                  "over-allotment option to buy 5.25 million more shares.")
    rows = {(m.metric, m.value, m.low, m.high, m.unit) for m in out.metrics}
    assert {("ipo_price", 36, None, None, "USD"), ("ipo_price", None, 32, 36, "USD"),
            ("overallotment_shares", 5.25e6, None, None, "shares")} <= rows
    assert not any(m.value in (32, 36) and m.metric != "ipo_price" for m in out.metrics)


def test_a_quarter_named_by_its_month_and_dated_by_the_year_ago_one():
    out = extract("Tata Elxsi's net profit for the June-quarter rose 9% to Rs 1,240 crore, against Rs 1,138 crore in the "
                  "June 2023 quarter. Its revenue in the June quarter of 2023 was Rs 8,500 crore.")
    periods = {m.value: m.period for m in out.metrics}
    assert (periods[9], periods[12.4e9], periods[8.5e10]) == ("2024Q2", "2024Q2", "2023Q2")


def test_a_respective_list_whose_metric_follows_its_last_name():
    out = extract("前三季度，中部地区、西部地区、东北地区投资依次增长5.2%、4.8%、3.9%。")
    assert [(m.entity, m.value) for m in out.metrics] == [("中部地区", 5.2), ("西部地区", 4.8), ("东北地区", 3.9)]


def test_a_carmakers_units_are_the_vehicles_it_counts():
    out = extract("Geely sold 152,004 new energy vehicles in May, 61.2 percent more than the 94,301 units of the same month "
                  "last year. Its exports came to 12,055 units.")
    assert {m.unit for m in out.metrics if m.unit != "%"} == {"vehicles"}


def test_a_wire_that_marks_the_home_dollar_only_on_the_share_price():
    out = extract("(RTTNews) - Rio Tinto Ltd. (RIO.AX, RIO.L) said its underlying earnings for the half came to $5.1 billion, "
                  "against $8.6 billion a year earlier. In Sydney, Rio Tinto shares were up 1.5 percent at A$118.20.")
    assert [(m.value, m.unit) for m in out.metrics if m.unit != "%"] == [(5.1e9, "USD"), (118.2, "AUD")]
    assert [m.prior_value for m in out.metrics if m.value == 5.1e9] == [8.6e9]


def test_a_results_table_whose_rows_state_their_units():
    out = extract("华明装备(002270)2023年年度报告解读\n一、主要财务指标\n指标 | 2023年 | 2022年 | 同比变化 |\n---|---|---|---|\n"
                  "营业收入(万元) | 198,620.15 | 174,833.06 | +13.61% |\n基本每股收益(元/股) | 0.5312 | 0.4418 | +20.24% |\n"
                  "毛利率 | 41.25% | 39.87% | +1.38个百分点 |\n")
    rows = {(m.metric, m.value, m.unit, m.period, m.prior_value) for m in out.metrics}
    assert {("revenue", 1986201500.0, "CNY", "2023", 1748330600.0), ("revenue_growth", 13.61, "%", "2023", None),
            ("eps", 0.5312, "CNY", "2023", 0.4418), ("gross_margin", 41.25, "%", "2023", 39.87),
            ("gross_margin_change", 1.38, "pp", "2023", None)} <= rows
    assert len(out.metrics) == 6


def test_earlier_values_named_by_how_far_a_figure_is_from_them():
    out = extract("Li Auto delivered 40,019 vehicles in June, 48.5 percent more than the 26,951 units of the same month last "
                  "year. Its operating profit came to $1.2 billion, 12 percent below last year's $1.36 billion.")
    assert {(m.value, m.prior_value) for m in out.metrics if m.unit != "%"} == {(40019, 26951), (1.2e9, 1.36e9)}


def test_a_quarter_after_the_one_a_release_compares_with_is_the_next_years():
    out = extract("Exports in the first quarter were 2.1 percent lower than a year earlier. Economists expect growth to ease "
                  "to 6.8 percent, from 7.2 percent in the final quarter of 2018.")
    assert [m.period for m in out.metrics if m.value == -2.1] == ["2019Q1"]


def test_a_fiscal_first_half_named_by_the_month_it_ends():
    out = extract("Rio Tinto H1 Profit Falls\n\nRio Tinto said its net profit for the first half came to $2.9 billion. "
                  "Iron ore shipments in the December 2021 half year rose 3 percent.")
    assert {m.period for m in out.metrics} == {"2021H2"}


def test_a_list_written_with_box_drawing_slashes():
    out = extract("瑞银把吉利汽车(00175)2025-2027年的总出货量预测调高至300万╱350万╱400万辆。")
    assert [(m.value, m.unit, m.period) for m in out.metrics] == [
        (3e6, "vehicles", "2025"), (3.5e6, "vehicles", "2026"), (4e6, "vehicles", "2027")]


def test_a_chinese_notes_bare_earnings_per_share():
    out = extract("研究员:李明(中信证券) 推荐股票:伟星新材\n2024-26年归母净利10.1/11.5/13.2亿的盈利预测维持不变,对应EPS 0.63/0.72/0.83。")
    assert [(m.value, m.unit, m.period) for m in out.metrics if m.metric == "eps"] == [
        (0.63, "CNY", "2024"), (0.72, "CNY", "2025"), (0.83, "CNY", "2026")]


def test_a_signed_growth_range_in_chinese():
    out = extract("前三季度归母净利为4.1亿,同比+95%(此前的业绩预告为同比+80%至100%)。")
    assert [(m.value, m.low, m.high) for m in out.metrics if m.unit == "%"] == [(95, None, None), (None, 80, 100)]


def test_a_hong_kong_headlines_quote_before_a_yuan_declaration():
    out = extract("李宁(02331)中期盈利增长三成,今早股价高开5.2%,报21.5元,开市前成交3120万元。\n"
                  "李宁公布中期业绩,股东应占溢利按年增长30.1%至30.4亿元(人民币‧下同),每股基本盈利为1.18元。")
    units = {m.value: m.unit for m in out.metrics}
    assert (units[21.5], units[3.12e7], units[3.04e9], units[1.18]) == ("HKD", "HKD", "CNY", "CNY")


def test_each_index_of_a_close_owns_its_level_after_a_comma():
    out = extract("The Dow Jones industrial average rose 120.5 points or 0.71 per cent, to 17,130.2, the S&P 500 added 9.8 points "
                  "or 0.49 per cent, to 2,004.1 and the Nasdaq Composite gained 31.2 points, to 4,601.7.")
    assert [(m.value, m.entity) for m in out.metrics if m.metric == "index_level"] == [
        (17130.2, "Dow Jones industrial average"), (2004.1, "S&P 500"), (4601.7, "Nasdaq Composite")]


def test_the_days_top_gainer_and_decliner_own_their_moves():
    out = extract("Ford shares rose 1%. Arotech was the largest percentage gainer on the Nasdaq, rising 31.2 per cent, while "
                  "Cemtrex was the biggest decliner, down 12.4 percent.")
    assert [(m.value, m.entity) for m in out.metrics] == [(1, "Ford"), (31.2, "Arotech"), (-12.4, "Cemtrex")]


def test_a_release_keeps_its_dollar_after_a_banks_economist_speaks():
    out = extract("China's exports rose 5.1 percent in May, giving a trade surplus of $42.6 billion.\n\n"
                  "Wang Lei, an economist at ANZ in Shanghai, said demand was firm.\n\n"
                  "In the first five months the trade surplus came to $180.2 billion.")
    assert {m.unit for m in out.metrics if m.unit != "%"} == {"USD"}


def test_the_oil_price_owns_its_forecasts():
    out = extract("The oil price forecast for 2025 is 78 dollars, with US$72 in 2026.")
    assert [(m.value, m.entity, m.period) for m in out.metrics] == [(78, "oil", "2025"), (72, "oil", "2026")]


def test_us_cents_and_a_dividend_per_share_in_a_hong_kong_headline():
    out = extract("港灯中期盈利升5% 每股派16美仙\n港灯公布中期业绩,每股基本盈利为20.35美仙。")
    assert [(m.metric, m.value, m.unit) for m in out.metrics if m.unit == "USD"] == [
        ("dividend", 0.16, "USD"), ("eps", 0.2035, "USD")]


def test_a_twelve_month_change_since_the_same_month_dates_the_release():
    out = extract("The Labor Department said consumer prices rose 0.4% in June. Core prices were up 2.3% since June 2017.")
    assert {m.period for m in out.metrics} == {"2018-06"}


def test_a_forecasters_own_economy_forecast_belongs_to_the_economy():
    out = extract("The Sarb raised the repo rate by 50 basis points to 6.25%. Sarb has cut its global growth forecast to 2.7%.")
    assert [(m.value, m.entity) for m in out.metrics if m.value == 2.7] == [(2.7, "global economy")]


def test_an_exchange_rates_points_are_pips():
    out = extract("人民币兑美元中间价调升166个基点,报6.8951。")
    assert [(m.metric, m.value, m.unit) for m in out.metrics if m.value == 166] == [("fx_rate_change", 166, "pips")]


def test_weekly_claims_counted_in_people():
    out = extract("Initial claims for state unemployment benefits fell 8,000 to 298,000. The prior week's claims were revised to "
                  "show 2,000 more applications than first reported. Economists had forecast first-time applications rising to "
                  "305,000. Continuing claims fell 41,000, and the number of people still on benefits dropped 41,000 to 2.71 "
                  "million.")
    rows = [(m.value, m.unit) for m in out.metrics]
    assert {(-8000, "people"), (298000, "people"), (2000, "people"), (305000, "people"), (-41000, "people"),
            (2.71e6, "people")} <= set(rows)
    assert {unit for _, unit in rows} == {"people"}


def test_a_gdp_release_dated_after_the_quarter_it_follows():
    out = extract("U.S. gross domestic product in the January-through-March period rose at a 1.9% annualized pace. Economists "
                  "polled by Dow Jones had expected 2.2%, following a 3.1% gain in the fourth quarter of 2022.")
    assert [(m.value, m.period) for m in out.metrics if m.value in (1.9, 2.2)] == [(1.9, "2023Q1"), (2.2, "2023Q1")]
    assert "Dow" not in {m.entity for m in out.metrics}  # (a poll by Dow Jones, not the index)


def test_a_banks_half_year_balances_are_dated_by_the_days_they_stand():
    out = extract("杭州银行2024年半年度报告显示,截至2024年6月末,该行资产总额为1.95万亿元,不良贷款率为0.76%。")
    assert {m.period for m in out.metrics} == {"2024-06-30"}


def test_a_plans_starting_year_is_not_the_year_reported():
    out = extract("恒生银行去年多赚10.2% 派末期息1.3元 拟由今年起改派季度息\n恒生银行(0011)发表去年全年业绩,年度溢利为174.56亿元,"
                  "按年增加10.2%。董事会计划由2025年起按季宣派股息。")
    assert {m.period for m in out.metrics} == {"2024"}


def test_what_drove_a_figure_owns_none_of_it():
    out = extract("在以旧换新政策、各地车展以及企业密集投放新车型等因素带动下,11月汽车产销分别完成310.2万辆和318.5万辆。")
    assert {m.entity for m in out.metrics} <= {"汽车", None}


def test_a_core_measure_is_kept_beside_the_headline_one_of_the_same_value():
    out = extract("U.S. consumer prices rose 0.2 percent last month after a 0.3 percent gain in May. Stripping out the volatile "
                  "food and energy components, the CPI edged up 0.2 percent for a second straight month.")
    assert [m.value for m in out.metrics].count(0.2) == 2


def test_taiwans_market_named_as_it_moves_owns_the_indexs_points():
    out = extract("台股今（15日）开低走高,台积电止稳后,台股随之翻红,收盘报22541.37点,上涨132.18点,成交值4512亿元。")
    assert {m.entity for m in out.metrics if m.unit == "points"} == {"台股"}


def test_a_level_unchanged_from_an_earlier_period_has_itself_as_prior():
    out = extract("截至2024年6月末,该行不良贷款率为1.02%,与上年末持平;拨备覆盖率为265.3%。一季度社会消费品零售总额同比增长4.7%,"
                  "增速与上年全年持平。")
    assert {(m.value, m.prior_value) for m in out.metrics} == {(1.02, 1.02), (265.3, None), (4.7, 4.7)}


def test_a_company_bought_and_named_in_passing_owns_none_of_the_buyers_figures():
    out = extract("Cigna raised its outlook. Its services unit has gained from Cigna's purchase of pharmacy-benefit manager "
                  "Express Scripts Holding Co., a deal completed in December 2018.\n\nThe insurer's medical-cost ratio fell 40 "
                  "basis points to 78.9% in the second quarter.")
    assert {m.entity for m in out.metrics} == {"Cigna"}


def test_two_moves_of_one_size_to_two_levels_are_two_rows():
    out = extract("Revenue from its commercial plans climbed 9% to $12.4 billion in the period.\n\n"
                  "Overall revenue rose 9% to $41.5 billion.")
    assert [m.value for m in out.metrics].count(9) == 2


def test_margin_trading_figures_written_without_their_currency():
    out = extract("据华侨城A的融资融券信息,20240311其融资融券余额为5.12亿,其中融资余额4.86亿、融券余额0.26亿;融资买入额为912.33万,"
                  "融资偿还额855.20万。")
    assert [(m.metric, m.value, m.unit) for m in out.metrics] == [
        ("margin_balance", 5.12e8, "CNY"), ("financing_balance", 4.86e8, "CNY"), ("securities_lending_balance", 2.6e7, "CNY"),
        ("margin_purchases", 9123300.0, "CNY"), ("margin_repayments", 8552000.0, "CNY")]


def test_a_grid_of_years_by_quarters_under_a_titled_unit():
    out = extract("表:2024年百强房企各季度业绩及同比变动(亿元)\n操盘口径 | 2022年 | 2023年 | 2024年 | 单季度同比\n"
                  "第一季度 | 14381.9 | 14833.8 | 9120.5 | -38.5%\n第二季度 | 16182.2 | 15786.3 | 10055.1 | -36.3%\n")
    rows = {(m.value, m.unit, m.period, m.entity) for m in out.metrics}
    assert {(1.43819e12, "CNY", "2022Q1", "百强房企"), (9.1205e11, "CNY", "2024Q1", "百强房企"),
            (-38.5, "%", "2024Q1", "百强房企"), (1.00551e12, "CNY", "2024Q2", "百强房企")} <= rows
    assert len(out.metrics) == 8


def test_a_survey_sub_index_and_its_poll_are_readings():
    out = extract("The ISM said its services PMI climbed to 53.1 in May from 51.9 in April. Economists had expected the index to "
                  "slip to 51.5. The new orders index rose to 55.8 in May from 52.2 in April.")
    assert {(m.value, m.unit) for m in out.metrics} >= {(51.5, "points"), (55.8, "points")}


def test_a_lender_named_bank_of_a_city_is_a_company():
    out = extract("On Tuesday state-run lender Bank of Maharashtra posted a net profit of Rs 1,293 crore for the July-September "
                  "period. The bank's net interest income grew 16 percent.")
    assert {m.entity for m in out.metrics} == {"Bank of Maharashtra"}


def test_a_european_close_with_its_cac_a_standout_faller_and_a_currency_pair():
    out = extract("The Stoxx 600 closed up by 0.31% at 401.2, and the Cac-40 advanced 0.52% to 5,512.3. Of note, Italy's Banca "
                  "Carige was a standout faller, losing another 12% of its value. The data drove euro/dollar 0.41% higher to 1.0914.")
    rows = {(m.value, m.unit, m.entity) for m in out.metrics}
    assert {(5512.3, "points", "Cac-40"), (-12, "%", "Banca Carige"), (1.0914, "USD", "euro/dollar")} <= rows


def test_a_count_increased_by_a_fraction_of_its_level_is_a_move_then_the_level():
    # "rose 5,000 to 20,000": the move and the level it reached, not a range, once the level is several times the move
    out = extract("Halvern Motors said its deliveries rose 5,000 to 21,000 in the quarter, and its orders increased 2,400 "
                  "to 9,100.")
    assert [(m.value, m.low) for m in out.metrics] == [(5000.0, None), (21000.0, None), (2400.0, None), (9100.0, None)]


def test_a_company_named_after_its_country_and_then_by_its_first_word():
    # "American Airlines, the No. 1 U.S. carrier": a company in apposition; "American expects" is the airline, not the US
    out = extract("Halvern Air Inc said its rivals posted higher profits. American Airlines, the No. 1 U.S. carrier, reported "
                  "quarterly profit on Thursday. In the current quarter, according to American, unit revenue will be flat to "
                  "up 2 percent. American expects to save more than $300 million in costs.")
    assert {(m.low, m.high, m.value, m.entity) for m in out.metrics} == {
        (0.0, 2.0, None, "American Airlines"), (None, None, 3e8, "American Airlines")}


def test_a_bound_after_to_is_a_level_and_a_contraction_at_a_rate_is_negative():
    out = extract("Unit revenue growth had fallen to less than 2 percent in the fourth quarter. The economy shrank at a 1.0 "
                  "percent annual rate in the January-March period.")
    assert [m.value for m in out.metrics] == [2.0, -1.0]


def test_a_revision_first_reported_as_a_fall_gives_its_prior_and_a_poll_is_no_guidance():
    out = extract("Retail sales increased 0.3 percent last month. A poll of economists had forecast sales to gain 0.6 percent "
                  "after a previously reported 0.1 percent rise in April. For April, core sales were revised to a 0.2 percent "
                  "rise, after first being reported to have slipped 0.1 percent. Sales excluding autos were up 0.1 percent.")
    rows = [(m.value, m.prior_value, m.modality) for m in out.metrics]
    assert (0.6, 0.1, "forecast") in rows and (0.2, -0.1, "actual") in rows and (0.1, None, "actual") in rows
    assert len(rows) == 4


def test_last_years_figure_does_not_date_the_year_reported():
    out = extract("Kestrel Bank posted full-year cash earnings of A$8.15 billion. Cash profit climbed to A$8.15 billion in the "
                  "fiscal year ended June 30, topping last year's A$7.84 billion. In fiscal 2025 Kestrel grew its home lending by "
                  "5.2%.")
    periods = [m.period for m in out.metrics if m.value == 8.15e9]
    assert periods and all(p in ("2025", "FY2025") for p in periods)  # (not 2024, the year the A$7.84 billion was made)


def test_a_survey_threshold_is_no_reading_and_its_sub_indexes_are():
    out = extract("China's official PMI edged up to 49.7 in August from 49.3 in July, staying below the 50-point mark that "
                  "divides contraction from growth. The production sub-index stood at 51.9 in August from 50.2 in July. "
                  "The gauge of manufacturers' expectations for their production rose to 55.6 from 55.1.")
    assert [(m.value, m.prior_value, m.unit) for m in out.metrics] == [
        (49.7, 49.3, "points"), (51.9, 50.2, "points"), (55.6, 55.1, "points")]


def test_new_home_sales_count_units_with_their_revised_prior_and_months_of_supply():
    out = extract("U.S. new home sales fell 11.5 percent in September to an annual rate of 468,000, from the revised August rate "
                  "of 529,000. At the end of September, 225,000 new houses were on the market, equal to 5.8 months of supply. "
                  "The West saw sales slide by 6.7 percent. Separately, existing home sales rose to 5.55 million, from a "
                  "slightly downwardly revised 5.30 million in August.")
    rows = {(m.metric, m.value, m.unit, m.prior_value) for m in out.metrics}
    assert {("home_sales", 468000.0, "units", 529000.0), ("homes_for_sale", 225000.0, "units", None),
            ("months_supply", 5.8, "months", None), ("home_sales", 5550000.0, "homes", 5300000.0)} <= rows
    assert any(m.value == -6.7 for m in out.metrics)


def test_hong_kong_ipo_investors_glossed_in_english_each_subscribing():
    out = extract("快手科技(1024)與抖音並稱內地兩大巨頭,今日起招股,發售3.65億股。當中淡馬錫控股(Temasek Holdings)及新加坡政府"
                  "投資公司(GIC)各認購約3.3億美元,景順(Invesco)認購約2.7億美元。所籌資金的35%會用來增強生態系統。")
    rows = [(m.value, m.entity) for m in out.metrics]
    assert (3.65e8, "快手科技") in rows and (3.3e8, "新加坡政府投資公司") in rows and (3.3e8, "淡馬錫控股") in rows
    assert (2.7e8, "景順") in rows and all(e != "強生" for _, e in rows)


def test_an_insurers_lines_of_business_are_not_companies_and_a_lagging_index_is_the_yardstick():
    out = extract("平保(2318)公布業績。其中銀行業務輕微增長2%,財產保險下跌11.4%。港交所(00388.HK)股價年初至今累跌8%,"
                  "落後恆生指數6個百分點。")
    rows = [(m.value, m.unit, m.entity) for m in out.metrics]
    assert (-11.4, "%", "平保") in rows and (-6.0, "pp", "港交所") in rows


def test_lme_lead_and_tin_are_metals():
    out = extract("LME lead futures dropped by 0.5%, to $1,902 per ton. LME tin futures gained 0.9%, to $50,875 per ton.")
    assert [(m.value, m.entity) for m in out.metrics] == [(-0.5, "lead"), (1902.0, "lead"), (0.9, "tin"), (50875.0, "tin")]


def test_last_month_in_a_monthly_release_dates_what_follows_it_in_its_clause():
    # 上月 in a release on February: January, for its own clause only
    out = extract("統計處發表2025年2月份零售數字,總值比上年同月減少13.0%;上月則按年下跌3.1%。珠寶首飾升20.6%(上月按年升26.4%)、"
                  "新鮮蔬果升10.4%。")
    assert [(m.value, m.period) for m in out.metrics] == [
        (-13.0, "2025-02"), (-3.1, "2025-01"), (20.6, "2025-02"), (26.4, "2025-01"), (10.4, "2025-02")]


def test_a_plunge_of_more_than_a_figure_is_a_fall():
    out = extract("Exports ended a run of declines that culminated in a plunge of more than 25 percent in February.")
    assert [m.value for m in out.metrics] == [-25.0]


def test_a_taiwan_ranking_of_lots_gives_each_stock_its_own():
    out = extract("證交所資料顯示,在外資今天的買超排行中,聯旺以約2.3萬張買超高居榜首,富銀金和遠航依次以1.7萬張及1.6萬張緊跟在後。")
    assert [(m.value, m.entity) for m in out.metrics] == [(23000.0, "聯旺"), (17000.0, "富銀金"), (16000.0, "遠航")]


def test_a_quote_that_changed_hands_at_a_price_against_its_earlier_quote():
    out = extract("The dollar changed hands at 112.64 yen, lower than 112.90 in New York.")
    assert [(m.metric, m.value, m.unit, m.prior_value) for m in out.metrics] == [("fx_rate", 112.64, "JPY", 112.9)]


def test_a_brokers_forecast_against_the_street_figure_is_no_prior_and_one_initiation_is_one_action():
    out = extract("Halvern begins coverage of Corvane at Overweight\nShares of Corvane (NYSE:CRV) rose 0.4% after Halvern started "
                  "covering the retailer with an Overweight rating and a $88.00 price target. For Q4 Halvern expects EPS of $1.12 "
                  "vs. a $1.19 Street figure.")
    assert {(m.value, m.prior_value) for m in out.metrics if m.unit == "USD"} == {(1.12, None), (1.19, None)}
    assert [(a.action, a.rating, a.target_price) for a in out.rating_actions] == [("initiate", "overweight", 88.0)]


def test_a_company_led_by_its_country_files_and_a_round_mark_crossed_is_no_figure():
    out = extract("中国化学8月15日发布公告称,公司计划回购股份,回购股份数量的上限为6,109万股。鸿海10月营收跌穿6000亿元关口。")
    assert [(m.value, m.entity) for m in out.metrics] == [(61090000.0, "中国化学")]


def test_a_count_at_a_rate_takes_the_metric_of_the_sentence_before():
    # "a rate of 549,000" is no interest rate: the home sales the sentence before counted
    out = extract("New home sales fell 9.5 percent in June to an annual rate of 571,000. Economists had looked for a drop of just "
                  "0.8 percent, to a rate of 626,000.")
    assert [(m.metric, m.value, m.unit) for m in out.metrics if m.unit == "units"] == [
        ("home_sales", 571000.0, "units"), ("home_sales", 626000.0, "units")]


def test_a_poll_of_a_decline_from_a_jump_and_a_poll_equal_to_an_earlier_value():
    out = extract("Economists had looked for a 0.4 percent decline from the previously reported 3.1 percent jump.")
    assert [(m.value, m.prior_value) for m in out.metrics] == [(-0.4, 3.1)]
    out = extract("British inflation eased to an annual rate of 2.5% in December from 2.6% in November. A Reuters poll of economists "
                  "had pointed to inflation of 2.6 percent.")
    assert [(m.metric, m.value, m.prior_value) for m in out.metrics] == [("inflation", 2.5, 2.6), ("inflation", 2.6, None)]


def test_a_company_named_with_and_in_a_broker_bullet_and_a_ratings_tally_is_no_action():
    out = extract("** Hollins and Parker Group, the British retailer, drops 2.1% after Investec cuts it to \"hold\" from \"buy\"\n"
                  "** To reflect currency, FY18e PBT is cut by 8%\n"
                  "** Of 25 brokerages, 9 rate the stock \"buy\" or higher, 10 \"hold\" and 6 \"sell\" or lower")
    assert [(a.company, a.action) for a in out.rating_actions] == [("Hollins and Parker Group", "downgrade")]
    assert all(m.entity != "FY18e PBT" for m in out.metrics)


def test_a_fiscal_year_compared_with_dates_the_year_after_it():
    out = extract("TOKYO Feb 3 Kiyomi Motor raised its forecast: it now expects profit of 545.0 billion yen for the year through "
                  "March, 58.2 percent higher than the 344.5 billion yen it booked in 2015/16.")
    assert {m.period for m in out.metrics if m.value == 5.45e11} <= {"2017", "FY2017", "2017-03"}


def test_a_score_in_fen_is_in_points():
    out = extract("台湾11月景气对策信号的综合判断分数为20分,比上月多4分。会议于10时30分举行。")
    assert [(m.value, m.unit) for m in out.metrics] == [(20.0, "points"), (4.0, "points")]


def test_a_bonds_coupon_and_maturity_are_no_figures_and_a_drop_below_is_a_level():
    out = extract("On the 7.26%, 2033 bond, the yield slid to 6.91% from a previous close of 7.02%. Headline inflation could drop "
                  "below 4% by Q3. Iron ore shipments were flat at 71.2 million metric tons.")
    assert [(m.value, m.unit) for m in out.metrics] == [(6.91, "%"), (4.0, "%"), (71200000.0, "tonnes")]
    assert all("2033" not in (m.period or "") for m in out.metrics)


def test_a_carriers_net_additions_are_subscribers():
    out = extract("In the quarter Halvern Wireless reported 412,000 total postpaid net additions, and it cited 305,000 postpaid "
                  "phone net additions.")
    assert [(m.metric, m.value, m.unit) for m in out.metrics] == [
        ("net_additions", 412000.0, "subscribers"), ("net_additions", 305000.0, "subscribers")]
