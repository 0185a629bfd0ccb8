"""The extractor's regex programs kept on disk (newsflow.extract.compiled): the same patterns and the same
rows, without compiling them again in the next process."""

from __future__ import annotations

import array
import json
import os
import re
import subprocess
import sys
from pathlib import Path

from newsflow.extract import compiled

ROOT = Path(__file__).resolve().parents[1]
NEWS_TEXT = ROOT.parent / "shared" / "corpora" / "news-text"
SENTENCES = ["高盛将阿里巴巴的目标价由163美元上调至179美元，维持“买入”评级。",
             "Nordstrom said quarterly revenue rose 7.1 percent to $4.07 billion from $3.79 billion.",
             "恒指收市報16587點,升198點,升幅1.2%,主板全日成交額1019億元。"]
# Extract every text given on stdin (a JSON list) and print the rows and how many patterns were written and compiled anew.
PROBE = """
import json, sys
from newsflow.extract import compiled, extract
rows = [extract(text).to_dict() for text in json.load(sys.stdin)]
print(json.dumps({"compiled_anew": compiled.compiled_anew(), "built_anew": compiled.built_anew(), "rows": rows},
                 ensure_ascii=False))
"""


def texts() -> list[str]:
    passages = sorted(NEWS_TEXT.glob("*/texts/*.txt"))
    return SENTENCES + [p.read_text(encoding="utf-8") for p in passages]


def run_probe(cache_dir: str, inputs: list[str]) -> dict:
    env = {**os.environ, "NEWSFLOW_CACHE_DIR": cache_dir}
    done = subprocess.run([sys.executable, "-c", PROBE], input=json.dumps(inputs), env=env, capture_output=True,
                          text=True, check=True)
    return json.loads(done.stdout)


def test_the_next_process_compiles_nothing_and_extracts_the_same_rows(tmp_path):
    inputs = texts()
    cold = run_probe(str(tmp_path), inputs)
    [cache] = tmp_path.iterdir()
    warm = run_probe(str(tmp_path), inputs)
    uncached = run_probe("", inputs)  # empty: no cache at all
    assert cold["compiled_anew"] > 150 and uncached["compiled_anew"] == cold["compiled_anew"]
    assert warm["compiled_anew"] == 0
    assert cold["built_anew"] > 150 and warm["built_anew"] == 0  # the patterns are not written again either
    assert warm["rows"] == cold["rows"] == uncached["rows"]
    assert [p.name for p in tmp_path.iterdir()] == [cache.name]  # the empty setting wrote nothing


def test_a_kept_result_is_computed_once_for_its_arguments_and_the_source(monkeypatch):
    calls = []

    @compiled.kept
    def repeated(text: str, times: int = 2) -> str:
        calls.append(text)
        return text * times

    assert repeated("ab") == repeated("ab", times=2) == repeated(text="ab") == "abab" and calls == ["ab"]
    assert repeated("ab", 3) == "ababab" and calls == ["ab", "ab"]
    monkeypatch.setattr(compiled, "_source_digest", lambda: "an edited rule")
    assert repeated("ab") == "abab" and calls == ["ab", "ab", "ab"]


def test_a_damaged_cache_is_compiled_again_and_rewritten(tmp_path):
    first = run_probe(str(tmp_path), SENTENCES)
    [cache] = tmp_path.iterdir()
    good = cache.read_bytes()
    cache.write_bytes(good[: len(good) // 2])  # cut short
    again = run_probe(str(tmp_path), SENTENCES)
    assert again["compiled_anew"] == first["compiled_anew"] and again["rows"] == first["rows"]
    assert cache.read_bytes() == good
    (tmp_path / cache.name).unlink()
    (tmp_path / cache.name).mkdir()  # cannot be read nor replaced: still extracts
    assert run_probe(str(tmp_path), SENTENCES)["rows"] == first["rows"]


def test_a_program_is_what_re_compile_makes():
    for pattern, flags in [(r"(?P<year>\d{4})年(?P<q>[一二三四])季度|Q(?P<n>[1-4])", 0),
                           (r"(?<![A-Za-z])(?=[a-z])(?:revenue|sales)(?![A-Za-z])", re.IGNORECASE),
                           (r"(?i:HK)\$\s?(?P<v>[\d,.]+)\s?(?:bn|billion)?", re.VERBOSE)]:
        ours, theirs = compiled._build(pattern, compiled._program(pattern, flags)), re.compile(pattern, flags)
        assert (ours.pattern, ours.flags, ours.groups, ours.groupindex) == \
               (theirs.pattern, theirs.flags, theirs.groups, theirs.groupindex)
        for text in ["2025年三季度 Q3", "Revenue and SALES", "HK$ 1,234.5bn", ""]:
            assert [m.span() for m in ours.finditer(text)] == [m.span() for m in theirs.finditer(text)]


def test_a_program_names_the_characters_a_match_starts_with_and_finds_the_same_matches():
    text = ("Revenue rose; \u212aelvin and \u017fales, \u0130stanbul, ÉLAN élan, ΣΟΦΙΑ σοφια, "
            "营收增长12%，净利润下滑3.5% and sales of 1,200 units; KELVIN")
    starting = {r"(?<![A-Za-z])(?=[a-z])(?:revenue|sales|kelvin|istanbul)(?![A-Za-z])": re.IGNORECASE,
                r"(?<![A-Za-z])(?:élan|σοφια)": re.IGNORECASE,  # non-ASCII letters in either case
                r"(?:(?<!认购)\d[\d,.]*%?|营收|净利润)": 0,
                r"(?:US )?sales|(?<=of )\d+": re.IGNORECASE,
                r"(?i:K)elvin|ΣΟΦΙΑ": 0}
    for pattern, flags in starting.items():
        flags_, code, *_ = compiled._program(pattern, flags)
        assert array.array("I", code)[2] == re._constants.SRE_INFO_CHARSET, pattern  # the engine can skip positions
        ours, theirs = compiled._build(pattern, (flags_, code, *_)), re.compile(pattern, flags)
        assert [m.span() for m in ours.finditer(text)] == [m.span() for m in theirs.finditer(text)], pattern
        assert any(True for _ in ours.finditer(text))
    # An empty match or a negated class start anywhere: no set, the program `re` makes.
    for pattern in [r"(?:abc)?\d*", r"[^a-z]+x"]:
        assert compiled._program(pattern, 0)[1] == array.array("I", re._compiler._code(re._parser.parse(pattern), 0)).tobytes()


def test_a_program_the_engine_refuses_is_compiled_anew(monkeypatch):
    pattern = r"(?P<a>x+)y"
    flags, code, *rest = compiled._program(pattern, 0)
    monkeypatch.setattr(compiled, "_known", {compiled._key(pattern, 0): (flags, b"\xff\xff\xff\x7f" * 4, *rest)})
    assert compiled.compile(pattern).fullmatch("xxy").group("a") == "xx"
