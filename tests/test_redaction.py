"""Redaction (R): masked names, template slots, broken formulations and Arabic numerals in fixed terms."""

from __future__ import annotations

import pytest
from conftest import SEEDS, codes, lint

from checks.redaction.numerals import chinese_numeral
from linter import Config, lint_path, lint_text
from linter.api import fix_result


def r_findings(text: str, select: str = "R") -> list[tuple[str, str]]:
    """(rule, excerpt) of every redaction finding."""
    return [(f.rule, f.excerpt) for f in lint(text, select=select, year=2024)]


def fixed(text: str, select: str, unsafe: bool = False) -> str:
    cfg = Config(select=[select])
    out, _ = fix_result(lint_text(text, cfg, year=2024), cfg, year=2024, unsafe=unsafe)
    return out


# --- R001: a leader's name masked inside a canonical formulation ----------------------------------

@pytest.mark.parametrize(("text", "excerpt", "canonical"), [
    ("2024年，我局以***新时代中国特色社会主义思想为指导，推进依法行政。", "***", "习近平新时代中国特色社会主义思想"),
    ("深入学习贯彻＊＊＊法治思想，扎实推进法治政府建设。", "＊＊＊", "习近平法治思想"),
    ("牢记×××总书记嘱托，扎实推进法治政府建设。", "×××", "习近平总书记"),
    ("在思想上、政治上、行动上同以■■■同志为核心的党中央保持高度一致。", "■■■", "以习近平同志为核心的党中央"),
    ("深入学习贯彻XXX全面依法治国新理念、新思想、新战略。", "XXX", "习近平全面依法治国新理念新思想新战略"),
])
def test_masked_leader_name(text: str, excerpt: str, canonical: str) -> None:
    [f] = lint(text, select="R", year=2024)
    assert (f.rule, f.excerpt, f.suggestion) == ("R001", excerpt, canonical)
    assert f.severity.value == "error" and f.fix is not None and f.fix.safety == "unsafe"
    assert canonical in f.message and "遮蔽" in f.message


def test_masked_leader_name_unsafe_fix_restores_the_name() -> None:
    text = "我县坚持以***新时代中国特色社会主义思想为指导，深入学习贯彻***法治思想。"
    assert fixed(text, "R001") == text  # unsafe: not applied by a plain --fix
    assert fixed(text, "R001", unsafe=True) == \
        "我县坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想。"


def test_masked_name_with_dropped_character() -> None:
    text = "深入学习贯彻＊＊＊总书全面依法治国新理念新思想新战略。"
    [f] = lint(text, select="R", year=2024)
    assert (f.rule, f.excerpt) == ("R001", "＊＊＊总书")
    assert "少了“记”字" in f.message and f.suggestion == "习近平总书记"
    assert fixed(text, "R001", unsafe=True) == "深入学习贯彻习近平总书记全面依法治国新理念新思想新战略。"


@pytest.mark.parametrize("text", [
    "2024年，我局以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想。",
    "●新时代中国特色社会主义思想学习教育专题",  # a list bullet, not a mask
    "认真学习**总书记**重要讲话精神。",  # Markdown bold
    "领导干部带头运用***法治思维化解矛盾。",  # not 法治思想 with a character changed
])
def test_not_a_masked_leader_name(text: str) -> None:
    assert "R001" not in codes(lint(text, select="R", year=2024))


# --- R002: a person, place or body name masked or left as a slot ----------------------------------

@pytest.mark.parametrize(("text", "excerpt"), [
    ("***书记主持召开县委全面依法治县委员会会议。", "***书记"),
    ("XX县长每年至少召开1次专题会议。", "XX县长"),
    ("×××同志任领导小组组长。", "×××同志"),
    ("××县2024年法治政府建设情况报告", "××县"),
    ("我们在*区开展了执法检查。", "*区"),
    ("xx市司法局牵头开展专项行动。", "xx市"),
    ("ＸＸ局认真落实行政执法“三项制度”。", "ＸＸ局"),
    ("某某局牵头制定实施方案。", "某某局"),
    ("□□镇全面推行镇街综合执法。", "□□镇"),
])
def test_masked_name(text: str, excerpt: str) -> None:
    assert r_findings(text) == [("R002", excerpt)]


@pytest.mark.parametrize("text", [
    "董智武书记2次主持召开委员会会议，黄慧县长每年至少召开1次专题会议。",
    "县委书记、县长为法治建设第一责任人。",
    "全面推广X光安检设备，实现XML数据交换和Excel报表自动生成。",
    "王某某诉某县人民政府政府信息公开一案依法审结，李某某等3人撤回申请。",
    "某某公司诉县市场监管局行政处罚案经复议维持。",
    "**县委高度重视法治政府建设**，召开专题会议研究部署。",
    "● 县司法局牵头开展“八五”普法中期评估。",
    "□县级　□市级",
])
def test_not_a_masked_name(text: str) -> None:
    assert r_findings(text) == []


# --- R003: unfilled template slots --------------------------------------------------------------

@pytest.mark.parametrize(("text", "excerpts"), [
    ("全年召开专题会议＊次，办理行政复议案件Ｘ件，纠错率达ＸＸ％。", ["＊次", "Ｘ件", "ＸＸ％"]),
    ("20XX年，我县扎实推进法治政府建设。", ["20XX年"]),
    ("202X年，全县办理行政复议案件120件。", ["202X年"]),
    ("群众满意度达XX.X%。", ["XX.X%"]),
    ("由某某负责牵头落实。", ["某某"]),
    ("于X月X日召开全县依法行政工作会议。", ["X月", "X日"]),
])
def test_template_slot(text: str, excerpts: list[str]) -> None:
    assert r_findings(text) == [("R003", e) for e in excerpts]


@pytest.mark.parametrize("text", [
    "全年召开专题会议5次，提供7×24小时不间断法律服务，配备X光安检机2台。",
    "二○二○年以来，全县办理行政复议案件120件。",
    "长度按3×5米计算，共2件。",
    "使用Linux x86服务器和Windows XP终端。",
    "注：带*的为重点任务。",
    "**一是加强组织领导。**县委常委会研究法治工作4次。",
])
def test_not_a_template_slot(text: str) -> None:
    assert r_findings(text) == []


# --- R004: a canonical formulation with a character dropped or changed ----------------------------

def test_dropped_character() -> None:
    text = "深入学习贯彻习近平总书全面依法治国新理念新思想新战略。"
    [f] = lint(text, select="R", year=2024)
    assert (f.rule, f.excerpt, f.severity.value) == ("R004", "习近平总书", "error")
    assert "少了“记”字" in f.message
    assert fixed(text, "R004", unsafe=True) == "深入学习贯彻习近平总书记全面依法治国新理念新思想新战略。"


def test_known_wrong_forms() -> None:
    assert r_findings("紧密团结在以习近平为核心的党中央周围。") == [("R004", "以习近平为核心的党中央")]
    assert r_findings("深入学习贯彻习近平法制思想。") == [("R004", "习近平法制思想")]


def test_changed_character_is_a_warning() -> None:
    [f] = lint("深入学习习近平新时代中国特色社会主义思相，推进法治政府建设。", select="R", year=2024)
    assert (f.rule, f.severity.value) == ("R004", "warning")
    assert "“想”误作“相”" in f.message


def test_dropped_character_in_a_name_free_formulation() -> None:
    assert r_findings("中央全面依法治国委员办公室印发通知。") == [("R004", "中央全面依法治国委员办公室")]


@pytest.mark.parametrize("text", [
    "深入学习贯彻习近平总书记关于全面依法治国的重要论述，运用法治思维和法治方式推动工作。",
    "以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想和习近平经济思想。",
    "中央全面依法治国委员会办公室印发通知；中央全面依法治国委员会召开会议。",
    "党政主要负责人履行推进法治建设第一责任人职责情况。",
    "紧密团结在以习近平同志为核心的党中央周围。",
])
def test_correct_formulations_are_not_flagged(text: str) -> None:
    assert r_findings(text) == []


# --- R005: Arabic numerals in fixed terms ---------------------------------------------------------

@pytest.mark.parametrize(("text", "right"), [
    ("深入学习贯彻党的20大精神。", "深入学习贯彻党的二十大精神。"),
    ("全面贯彻二十届3中全会精神。", "全面贯彻二十届三中全会精神。"),
    ("认真贯彻十九届4中、5中全会精神。", "认真贯彻十九届四中、五中全会精神。"),
    ("学习党的２０大报告。", "学习党的二十大报告。"),
    ("编制“14五”法治政府建设规划，深入开展“8五”普法。", "编制“十四五”法治政府建设规划，深入开展“八五”普法。"),
    ("党的第20次全国代表大会胜利召开。", "党的第二十次全国代表大会胜利召开。"),
    ("十九届中央委员会第4次全体会议", "十九届中央委员会第四次全体会议"),
])
def test_arabic_numeral_in_fixed_term_is_fixed(text: str, right: str) -> None:
    found = lint(text, select="R", year=2024)
    assert set(codes(found)) == {"R005"} and {f.severity.value for f in found} == {"warning"}
    assert fixed(text, "R005") == right
    assert lint(right, select="R", year=2024) == []


@pytest.mark.parametrize("text", [
    "全县20大类执法事项全部纳入清单管理，第3中队完成整改。",
    "召开专题会议20次，培训执法人员120人次。",
    "实施10大工程，开展5五联创活动。",
    "评选12大代表性工程，建成20大报告厅。",
])
def test_numbers_that_are_not_fixed_terms(text: str) -> None:
    assert r_findings(text) == []


def test_chinese_numeral() -> None:
    assert [chinese_numeral(n) for n in (1, 3, 10, 14, 20, 25, 99)] == ["一", "三", "十", "十四", "二十", "二十五",
                                                                        "九十九"]


# --- chrome lines are left to the boilerplate rules -----------------------------------------------

def test_chrome_lines_are_skipped() -> None:
    text = "某县2024年法治政府建设情况报告\n2024年，某县推进法治政府建设。\n上一篇：XX县2023年法治政府建设情况报告\n"
    assert r_findings(text) == []


# --- the seeds ----------------------------------------------------------------------------------

SEED_003 = [(146, "***"), (146, "***"), (151, "***"), (156, "***"), (156, "***总书"), (165, "***"), (165, "***"),
            (165, "***"), (178, "***")]


def test_seed_003_masked_names() -> None:
    found = lint_path(str(SEEDS / "003_61bc35062b802780.txt"), Config(select=["R"])).findings
    assert [(f.line, f.excerpt) for f in found] == SEED_003
    assert {f.rule for f in found} == {"R001"}


@pytest.mark.parametrize("name", ["000_7de3e33129a12bff.txt", "001_fd853b0396efe703.txt",
                                  "002_b823fcc447921141.txt", "004_c206478b488dd24a.txt"])
def test_other_seeds_have_no_redaction_findings(name: str) -> None:
    assert lint_path(str(SEEDS / name), Config(select=["R"])).findings == []
