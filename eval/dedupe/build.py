"""Rebuild labelled.jsonl: the bundled sample articles (labelled by story, per samples/README.md),
syndication variants of them, and hard negatives written from templates.

    NEWSFLOW_HOME=$(mktemp -d) python eval/dedupe/build.py   # needs the samples run once: see README
"""

from __future__ import annotations

import json
import random
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

from newsflow import pipeline, store
from newsflow.config import SAMPLE_HOST, SAMPLES_DIR, Settings, load_feeds
from newsflow.sample_server import serve_directory

OUT = Path(__file__).with_name("labelled.jsonl")

# Story label of each sample article, by title prefix (samples/README.md: S1-S6 and "same event").
# A story is one report: copies of one text, or texts that report the same set of facts (the issue's
# definition). Separate coverage of an event that adds facts of its own is a story of its own; it
# keeps the event in "event", and evaluate.py reports recall at the event level too.
STORIES = {
    "S1-goldman-alibaba": ["Goldman lifts Alibaba", "Alibaba is the prime winner", "高盛:中国AI"],
    "S2-fed-cut": ["Fed cuts rates by a quarter", "Powell delivers first cut", "Fed trims rates to", "美联储"],
    "S3-china-august": ["China's factory output", "China's economy loses steam", "国家统计局：8月"],
    "S4-nvidia-intel": ["Nvidia to invest $5 billion", "Intel jumps as Nvidia", "Nvidia buys into Intel"],
    "S5-boj": ["Bank of Japan holds at 0.5%", "BoJ keeps rates on hold"],
    "boj-meridian": ["Bank of Japan sets out an exit"],
    "S6-huayue-tencent": ["华岳证券：上调腾讯", "腾讯获华岳证券", "華岳證券：上調騰訊"],
    "hkma": ["HKMA lowers base rate", "香港金管局下调"],
    "alibaba-convertible": ["Alibaba raises $3.2 billion", "阿里巴巴发行32亿美元"],
    "qwen3-next": ["Alibaba unveils Qwen3-Next", "阿里发布新一代模型架构"],
    "ernie-x1.1": ["Baidu launches ERNIE X1.1", "百度发布文心大模型X1.1"],
    "boe": ["Bank of England holds rates", "BoE on hold at 4%"],
    "klarna-first-day-meridian": ["Klarna jumps in New York debut"],
    "klarna-first-day-pacific": ["Klarna ends first day"],
    "adobe-results": ["Adobe beats forecasts", "Adobe says AI-influenced"],
}
EVENTS = {"boj-meridian": "S5-boj", "klarna-first-day-meridian": "klarna-first-day",
          "klarna-first-day-pacific": "klarna-first-day"}

BOILERPLATE = [
    "This article was supplied by {feed}. Copyright 2025 {feed}. All rights reserved.",
    "Sign up for the morning briefing.",
    "本文来源：{feed}\n责任编辑：王敏",
    "Share | More markets news & analysis",
]


def sample_articles() -> list[dict]:
    home = Path(tempfile.mkdtemp())
    settings = Settings(home=home, db_path=home / "eval.duckdb")
    with serve_directory(SAMPLES_DIR) as base:
        settings = replace(settings, connect_to=((SAMPLE_HOST, base.split("://", 1)[1]),))
        feeds = load_feeds(SAMPLES_DIR / "feeds.yaml")
        pipeline.ingest(settings, feeds)
        pipeline.process(settings, feeds)
    with store.connect(settings, read_only=True) as con:
        rows = con.execute("SELECT article_id, feed, title, body_text, language, first_seen_at FROM core.articles "
                           "ORDER BY article_id").fetchall()
    out = []
    for aid, feed, title, body, lang, seen in rows:
        story = next((s for s, prefixes in STORIES.items() if title.startswith(tuple(prefixes))), f"single-{aid}")
        out.append({"id": f"sample-{aid}", "story": story, "event": EVENTS.get(story, story), "kind": "sample", "feed": feed, "title": title,
                    "body": body, "language": lang, "seen_at": "2025-09-19T06:00:00+00:00"})
    return out


def variants(article: dict, rng: random.Random) -> list[dict]:
    """Syndicated copies: retitled, trimmed lead, re-bylined, boilerplate added, summary of the full text."""
    paragraphs = [p for p in article["body"].split("\n\n") if p.strip()]
    zh = article["language"] == "zh"
    base = dict(article)
    out = [
        {**base, "kind": "retitled", "title": ("转载：" if zh else "UPDATE: ") + article["title"][:40] + (" 快讯" if zh else " - report")},
        {**base, "kind": "rebylined", "body": ("记者 李明 报道\n\n" if zh else "By Jane Doe, Markets Correspondent\n\n") + article["body"]},
        {**base, "kind": "boilerplate", "body": article["body"] + "\n\n" + rng.choice(BOILERPLATE).format(feed="Pacific Wire")},
    ]
    if len(paragraphs) >= 3:
        out.append({**base, "kind": "trimmed", "body": "\n\n".join(paragraphs[:-1])})
        out.append({**base, "kind": "summary", "body": paragraphs[0]})
    for i, v in enumerate(out):
        v["id"] = f"{article['id']}-{v['kind']}"
    return out


WRAP = ("Wall Street closed {dir} on {day}: the S&P 500 {verb} {a}% to {lvl:,}, the Nasdaq {verb} {b}% and the "
        "Dow {verb} {c}%. Treasury yields {yverb} to {y}% while oil settled at ${oil} a barrel.\n\n"
        "Traders said attention now turns to the Federal Reserve and to retail earnings later in the week.")
NOTE = ("{broker} {verb} its price target on {company} to ${new} from ${old} and kept its {rating} rating, "
        "saying demand for the company's cloud services remains strong.\n\n"
        "The broker expects revenue of ${rev} billion next year, {g}% more than this year.")
ZH_NOTE = "{broker}发布研报称，将{company}目标价由{old}港元上调至{new}港元，维持“买入”评级。该行预计明年收入{rev}亿元，同比增长{g}%。"


def hard_negatives(rng: random.Random) -> list[dict]:
    """Same template, different numbers: daily wraps, brokers' notes on one company, in both languages."""
    out = []
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Monday", "Tuesday", "Wednesday"]
    for i, day in enumerate(days):
        up = rng.random() < 0.5
        body = WRAP.format(dir="higher" if up else "lower", day=day, verb="rose" if up else "fell",
                           a=round(rng.uniform(0.1, 1.5), 2), b=round(rng.uniform(0.1, 2.0), 2),
                           c=round(rng.uniform(0.1, 1.2), 2), lvl=rng.randint(6400, 6700),
                           yverb="rose" if rng.random() < .5 else "fell", y=round(rng.uniform(4.0, 4.4), 2),
                           oil=round(rng.uniform(60, 70), 2))
        out.append({"id": f"wrap-{i}", "story": f"wrap-{i}", "kind": "template-wrap", "feed": "market-wire",
                    "title": f"Stocks {'rise' if up else 'fall'} on {day}", "body": body, "language": "en",
                    "seen_at": f"2025-09-{10 + i:02d}T21:00:00+00:00"})
    brokers = ["Morgan Stanley", "JPMorgan", "UBS", "Citi", "Jefferies", "Bernstein"]
    for company in ("Alibaba", "Tencent", "Meituan"):
        for j, broker in enumerate(brokers):
            old = rng.randint(100, 200)
            body = NOTE.format(broker=broker, verb="raised", company=company, new=old + rng.randint(5, 40), old=old,
                               rating="overweight", rev=rng.randint(100, 150), g=rng.randint(8, 25))
            out.append({"id": f"note-{company}-{j}", "story": f"note-{company}-{j}", "kind": "template-note",
                        "feed": "broker-wire", "title": f"{broker} raises {company} target", "body": body,
                        "language": "en", "seen_at": "2025-09-16T08:00:00+00:00"})
    for j, broker in enumerate(["华泰证券", "中金公司", "招商证券", "国泰君安"]):
        old = rng.randint(500, 700)
        out.append({"id": f"zhnote-{j}", "story": f"zhnote-{j}", "kind": "template-note-zh", "feed": "zh-wire",
                    "title": f"{broker}上调腾讯控股目标价", "language": "zh", "seen_at": "2025-09-16T08:00:00+00:00",
                    "body": ZH_NOTE.format(broker=broker, company="腾讯控股", old=old, new=old + rng.randint(10, 80),
                                           rev=rng.randint(7000, 8000), g=rng.randint(8, 20))})
    return out


def main() -> int:
    rng = random.Random(20250917)
    samples = sample_articles()
    rows = list(samples)
    for article in samples:
        if article["story"].startswith(("S", "single-", "boj", "klarna")) and len(article["body"]) > 200:
            rows += variants(article, rng)
    rows += hard_negatives(rng)
    with OUT.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} articles, {len({r['story'] for r in rows})} stories → {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
