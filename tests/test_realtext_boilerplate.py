"""B004 (pinyin annotations left by mirror sites) on real sentences from published reports.

The sentences are quoted as published (audit corpora under /work/golden and the seeds), traditional characters
and half-width punctuation included; each case names its source. Long sentences are cut at a clause boundary
(marked "cut") and the cut is closed with a full stop.
"""

from __future__ import annotations

import re

import pytest
from conftest import lint

from linter import Config, lint_text
from linter.api import fix_result

PINYIN = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")


def only(text: str, year: int) -> list[tuple[int, int, str]]:
    return [(f.line, f.column, f.excerpt) for f in lint(text, select="B004", year=year) if f.rule == "B004"]


@pytest.mark.parametrize("text, year", [
    # audit3/003.txt 4 (a 2023 report copied from a mirror site)
    ("一是召開黨工委全面依法治街委員會專題研究會議,審議和印發(fā)了"
     "《陸渡街道黨工委全面依法治街委員會2023年工作要點》。", 2023),
    # audit3/016.txt 1 (2022)
    ("2022年,應(yīng)急管理部堅持以習(xí)近平新時代中國特色社會主義思想為指導(dǎo),全面貫徹落實黨的二十大精神,"
     "深入學(xué)習(xí)貫徹習(xí)近平法治思想,緊緊圍繞全面推進(jìn)依法治國的總目標(biāo),采取有效措施,"
     "積極推進(jìn)法治政府建設(shè)。", 2022),
    # audit3/016.txt 2: a heading.
    ("一、全面加強黨對法治政府建設(shè)工作的領(lǐng)導(dǎo)", 2022),
    # audit4/020.txt 4 (2020)
    ("一是制定和印發(fā)了《中共清遠(yuǎn)市委教育工委、市教育局黨組理論學(xué)習(xí)中心組2020年專題學(xué)習(xí)計劃》"
     "和《2020年清遠(yuǎn)市教育局黨組固定議題安排》,部署年度學(xué)習(xí)研究法治建設(shè)內(nèi)容。", 2020),
])
def test_b004_flags_every_real_pinyin_annotation_and_the_fix_removes_them(text: str, year: int) -> None:
    text += "\n"
    expected = [(1, m.start() + 1, m.group()) for m in PINYIN.finditer(text)]
    assert len(expected) >= 1 and only(text, year) == expected
    cfg = Config(select=["B004"])
    assert fix_result(lint_text(text, cfg, year=year), cfg, year)[0] == PINYIN.sub("", text)


def test_b004_leaves_the_year_range_of_a_real_annotated_sentence_alone() -> None:
    # audit4/020.txt 1 (2020): ten annotations, and a 纲要's year range in ordinary brackets.
    text = ("2020年,清遠(yuǎn)市教育局堅持以習(xí)近平新時代中國特色社會主義思想為指導(dǎo),"
            "深入學(xué)習(xí)貫徹習(xí)近平法治思想,"
            "嚴(yán)格落實《廣東省法治政府建設(shè)實施綱要(2016—2020年)》和《清遠(yuǎn)市法治政府建設(shè)實施方案》。\n")
    found = [excerpt for _, _, excerpt in only(text, 2020)]
    assert found == PINYIN.findall(text) and len(found) == 10 and "(2016—2020年)" not in found


@pytest.mark.parametrize("text, year", [
    # seeds/003 line 41: "(试行)".
    ("按照有关工作要求,我局于2023年制定了《六盘水市民政局行政执法过错责任追究办法(试行)》,"
     "进一步明确民政执法过错和责任追究。", 2023),
    # audit/011.txt 7 (cut): a bracket inside a title.
    ("出台《2023年度法治政府(法治市场监管)建设工作清单》《2023年度法治政府(法治市场监管)建设考评办法》,"
     "抓实抓好各项指标任务的细化落实。", 2023),
    # audit/017.txt 3 (cut): "(皮卡)" right after a character.
    ("推动出台《苏州市户籍准入登记管理办法》《苏州市区积分落户管理办法》《关于调整轻型多用途货车(皮卡)和轻型厢式封闭式"
     "新能源货车通行限制的通告》《市政府关于国Ⅲ及以下排放标准柴油货车限行管理的通告》市政府规范性文件4件。", 2023),
    # audit3/026.txt 3 (cut): a traditional-character page without annotations.
    ("在學習的同時,配發《習近平法治思想學習綱要》《退役軍人保障法》《保密工作條例》、《軍人撫恤優待條例》等教材讀物,"
     "貫徹落實好各項學法普法用法工作。", 2023),
    # seeds/003 line 72: a document number with square brackets.
    ("根据《安全生产法》和原国家安监总局《关于印发<安全生产年度监督检查计划编制办法>的通知》(安监总政法[2023]150号)规定,"
     "遵循“统筹兼顾、上下衔接、突出重点、提高效能”的原则,制定我局2023年度安全生产执法计划,确定重点检查单位96家,"
     "一般检查单位60家,报区政府批准实施。", 2023),
])
def test_b004_leaves_real_ordinary_brackets_alone(text: str, year: int) -> None:
    assert only(text + "\n", year) == []
