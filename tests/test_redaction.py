"""Redaction (R): masked names, template slots, broken formulations and Arabic numerals in fixed terms."""

from __future__ import annotations

import pytest
from conftest import SEEDS, codes, lint

from checks.redaction.masks import elided_spans
from checks.redaction.numerals import chinese_numeral
from linter import Config, lint_path, lint_text
from linter.api import fix_result
from linter.document import Document


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


# --- R002: text hidden by a republishing site with (略) -------------------------------------------

@pytest.mark.parametrize(("text", "excerpts"), [
    ("我县连续多 (略) 依法行政工作先进单位。", [" (略) "]),
    ("2023年被省委（略）办命名为法治政府建设示范县。", ["（略）"]),
    ("并在2024 (略) 级示范县复查中获评优秀。", [" (略) "]),
    ("全县连续多　（略）　依法行政工作先进单位。", ["　（略）　"]),  # ideographic spaces
    ("20 (略) 委 (略) 办命名我县为示范县。", [" (略) ", " (略) "]),
    ("获评省级( 略 )示范单位。", ["( 略 )"]),
])
def test_elided_text_is_reported(text: str, excerpts: list[str]) -> None:
    found = lint(text, select="R", year=2024)
    assert [(f.rule, f.excerpt) for f in found] == [("R002", e) for e in excerpts]
    assert all(f.severity.value == "error" and "隐去" in f.message and f.fix is None for f in found)


def test_elided_text_message_quotes_only_its_own_neighbours() -> None:
    found = lint("20 (略) 委 (略) 办命名我县为示范县。", select="R002", year=2024)
    assert [f.message.split("”")[0] for f in found] == ["“20 (略) 委", "“委 (略) 办命名我"]


@pytest.mark.parametrize(("text", "canonical", "right"), [
    ("我县坚持以 (略) 新时代中国特色社会主义思想为指导。", "习近平新时代中国特色社会主义思想",
     "我县坚持以习近平新时代中国特色社会主义思想为指导。"),
    ("深入学习贯彻（略）法治思想。", "习近平法治思想", "深入学习贯彻习近平法治思想。"),
    ("会议指出，（略）总书记强调，要坚持依法行政。", "习近平总书记", "会议指出，习近平总书记强调，要坚持依法行政。"),
])
def test_leader_name_hidden_by_elision_is_r001(text: str, canonical: str, right: str) -> None:
    [f] = lint(text, select="R", year=2024)
    assert (f.rule, f.suggestion) == ("R001", canonical)
    assert "被遮蔽为“(略)”" in f.message or "被遮蔽为“（略）”" in f.message
    assert fixed(text, "R001", unsafe=True) == right


@pytest.mark.parametrize("text", [
    "（略）",
    "附件：（略）",
    "附件1（略）\n附件2(略)",
    "具体数据见下表。\n（表格略）\n（下略）",
    "受表彰单位名单(具体名单略)。",
    "主要做法（略），取得的成效（略）。",
    "（一）加强组织领导（略）",
    "严禁省略程序，不得简略审批环节。",
])
def test_authors_own_ellipsis_is_not_reported(text: str) -> None:
    assert r_findings(text) == []


def test_elided_spans_cover_the_spaces_around_the_mask() -> None:
    """What T001 needs to leave alone: every space next to a reported (略) lies inside one span."""
    text = "我县连续多 (略) 依法行政，2022\u3000(略)\u00a0级示范县。附件：（略）"
    doc = Document.from_text(text)
    spans = elided_spans(doc)
    assert [text[s:e] for s, e in spans] == [" (略) ", "\u3000(略)\u00a0"]
    spaces = [i for i, ch in enumerate(text) if ch in " \u3000\u00a0"]
    assert all(any(s <= i < e for s, e in spans) for i in spaces)


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


def test_the_national_gangyao_title_with_a_character_dropped() -> None:
    # The 纲要's title with 要 dropped, as seen in a report: 《法治政府建设实施纲（2021—2025年）》.
    [f] = lint("认真贯彻落实《法治政府建设实施纲（2021—2025年）》，推进依法行政。", select="R004", year=2024)
    assert f.excerpt == "法治政府建设实施纲" and f.suggestion == "法治政府建设实施纲要"


@pytest.mark.parametrize("text", [
    "认真贯彻落实《法治政府建设实施纲要（2021—2025年）》，推进依法行政。",
    "对照《某县法治政府建设实施方案》推进各项工作。",  # a local plan: two characters differ, another document
    "贯彻落实《法治社会建设实施纲要（2020—2025年）》。",  # the other 纲要
    "落实法治政府建设实施纲要确定的各项任务。",
])
def test_the_gangyao_and_its_neighbours_written_right_are_left_alone(text: str) -> None:
    assert lint(text, select="R004", year=2024) == []


@pytest.mark.parametrize("text", [
    "深入学习贯彻习近平总书记关于全面依法治国的重要论述，运用法治思维和法治方式推动工作。",
    "以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想和习近平经济思想。",
    "中央全面依法治国委员会办公室印发通知；中央全面依法治国委员会召开会议。",
    "党政主要负责人履行推进法治建设第一责任人职责情况。",
    "紧密团结在以习近平同志为核心的党中央周围。",
])
def test_correct_formulations_are_not_flagged(text: str) -> None:
    assert r_findings(text) == []


# --- R004: the leader's name deleted before 法治思想 ---------------------------------------------------

@pytest.mark.parametrize(("text", "verb"), [
    ("一、坚持以法治思想为统领，全面推进依法行政", "以"),
    ("2024年，县政府深入学法治思想和党的二十大精神。", "学"),
    ("县委、县政府始终把学法治思想作为首要政治任务。", "学"),
    ("2024年,局党组深入学习贯彻法治思想,推进依法行政。", "贯彻"),
    ("全体干部自觉践行法治思想。", "践行"),
])
def test_deleted_leader_name_before_rule_of_law_thought(text: str, verb: str) -> None:
    [f] = lint(text, select="R", year=2024)
    assert (f.rule, f.excerpt, f.suggestion, f.severity.value) == ("R004", "法治思想", "习近平法治思想", "error")
    assert f"“{verb}法治思想”" in f.message and f.fix is not None and f.fix.safety == "unsafe"
    assert fixed(text, "R004") == text
    assert fixed(text, "R004", unsafe=True) == text.replace("法治思想", "习近平法治思想")


@pytest.mark.parametrize("text", [
    "深入学习贯彻习近平法治思想，坚持以习近平法治思想为统领。",
    "深入学习习近平新时代中国特色社会主义思想和法治思想。",  # the name is shared
    "学习习近平新时代中国特色社会主义思想、学习法治思想，不断提高依法行政能力。",
    "将党的二十大精神、习近平新时代中国特色社会主义思想和法治思想列入学习计划。",
    "引导群众树立法治思想，增强干部法治思想观念，开展法治思想教育。",
    "学习法治思想观念，运用法治思维和法治方式推动工作。",
    "推进法学法治思想研究，予以法治思想引导。",
    "以法治思想武装头脑。",  # 以 only counts as 以…为
    "开展法治思想宣传12次。",
    "（一）深刻领悟法治思想精髓",  # 领悟 is not in the verb list: too often a heading's shorthand
])
def test_rule_of_law_thought_that_is_not_flagged(text: str) -> None:
    assert r_findings(text) == []


def test_rule_of_law_thought_before_it_was_named_is_not_flagged() -> None:
    # 习近平法治思想 was named in November 2020; a 2019 report's 法治思想 may be the general term.
    text = "深入学习贯彻法治思想，坚持以法治思想为指导。"
    assert lint(text, select="R", year=2019) == []
    assert codes(lint(text, select="R", year=2020)) == ["R004", "R004"]


def test_masked_name_before_rule_of_law_thought_is_r001_only() -> None:
    assert codes(lint("深入学习贯彻***法治思想，以***新时代中国特色社会主义思想和法治思想为指导。", select="R",
                      year=2024)) == ["R001", "R001"]
    assert codes(lint("学习×××新时代中国特色社会主义思想、学习法治思想。", select="R", year=2024)) == ["R001"]


def test_a_template_slot_does_not_exempt_rule_of_law_thought() -> None:
    assert codes(lint("XX县深入学习法治思想。", select="R", year=2024)) == ["R002", "R004"]


# --- R004: the leader's name miswritten -----------------------------------------------------------------

@pytest.mark.parametrize(("text", "excerpt", "severity", "right"), [
    ("以习菦平新时代中国特色社会主义思想为指导。", "习菦平新时代中国特色社会主义思想", "warning",
     "以习近平新时代中国特色社会主义思想为指导。"),
    ("以近平新时代中国特色社会主义思想为指导。", "近平新时代中国特色社会主义思想", "error",
     "以习近平新时代中国特色社会主义思想为指导。"),
    ("深入贯彻席近平法治思想。", "席近平法治思想", "warning", "深入贯彻习近平法治思想。"),
    ("牢记习平总书记嘱托，推进法治建设。", "习平总书记", "error", "牢记习近平总书记嘱托，推进法治建设。"),
])
def test_miswritten_leader_name(text: str, excerpt: str, severity: str, right: str) -> None:
    [f] = lint(text, select="R", year=2024)
    assert (f.rule, f.excerpt, f.severity.value) == ("R004", excerpt, severity)
    assert "领导人姓名有误" in f.message
    assert fixed(text, "R004", unsafe=True) == right


@pytest.mark.parametrize("text", [
    "学习习近平总书记重要讲话精神，以习近平新时代中国特色社会主义思想为指导。",
    "县委书记习建平同志主持会议，董智武书记讲话。",
    "加强学习平台建设，推进平安建设。",
])
def test_names_that_are_not_miswritten(text: str) -> None:
    assert r_findings(text) == []


def test_a_name_slip_is_reported_once() -> None:
    # The comparison with 以习近平同志为核心的党中央 already finds it; the name check does not repeat it.
    assert r_findings("紧密团结在以习菦平同志为核心的党中央周围。") == [("R004", "以习菦平同志为核心的党中央")]


# --- R004: fixed document titles ------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "excerpt", "missing"), [
    ("严格落实《党政主要负责人履行推进第一责任人职责规定》。", "党政主要负责人履行推进第一责任人职责规定", "法治建设"),
    ("印发《关于印发<党政主要负责人履行推进第一责任人职责规定>的通知》。", "党政主要负责人履行推进第一责任人职责规定",
     "法治建设"),
    ("落实《法治政府实施纲要（2021—2025年）》。", "法治政府实施纲要", "建设"),
    ("对照《法治政府建设督察工作规定》开展自查。", "法治政府建设督察工作规定", "与责任落实"),
])
def test_title_with_a_part_missing(text: str, excerpt: str, missing: str) -> None:
    [f] = lint(text, select="R", year=2024)
    assert (f.rule, f.excerpt, f.severity.value) == ("R004", excerpt, "error")
    assert f"少了“{missing}”" in f.message
    assert missing in fixed(text, "R004", unsafe=True)


def test_known_wrong_title() -> None:
    text = "落实中共中央、国务院《法制政府建设实施纲要(2015-2020年)》。"
    assert r_findings(text) == [("R004", "法制政府建设实施纲要")]
    assert fixed(text, "R004", unsafe=True) == "落实中共中央、国务院《法治政府建设实施纲要(2015-2020年)》。"


@pytest.mark.parametrize("text", [
    "严格落实《党政主要负责人履行推进法治建设第一责任人职责规定》。",
    "制定《关于党政主要负责人履行推进法治建设第一责任人职责情况列入年终述职内容工作的实施方案》。",
    "制定《党政主要负责人履行推进法治建设第一责任人职责清单》和年度述法工作方案。",
    "落实《四川省党政主要负责人履行推进法治建设第一责任人职责规定实施办法》。",
    "落实《法治政府建设实施纲要（2021—2025年）》和《江西省法治政府建设实施纲要(2021-2025年)》。",
    "对照《法治政府建设与责任落实督察工作规定》，认真落实《纲要》要求。",
    "全面落实重大行政决策法制审核制度，健全法制机构。",
])
def test_correct_titles_are_not_flagged(text: str) -> None:
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


@pytest.mark.parametrize("text", [
    "深入學習貫徹習近平法治思想，堅持以習近平新時代中國特色社會主義思想為指導。",
    "以習近平同志為核心的黨中央，習近平總書記指出。",
])
def test_formulations_in_traditional_script_are_not_slips(text: str) -> None:
    assert r_findings(text) == []


def test_a_slip_in_traditional_script_is_still_a_slip() -> None:
    assert [f.rule for f in lint("深入學習貫徹習近平法制思想。", select="R", year=2024)] == ["R004"]


@pytest.mark.parametrize("text, right", [
    ("全面落实第一责任职责制度。", "第一责任人职责"),
    ("2024年，我局推荐法治政府建设取得新成效。", "推进法治政府建设"),
    ("深入学习贯彻党的二十大及历次全会精神。", "党的二十大和二十届历次全会"),
    ("认真学习党的十九大历次全会精神。", "党的十九大和十九届历次全会"),
    ("深入学习贯彻习近平总书记法治思想，推进法治政府建设。", "习近平法治思想"),
])
def test_known_slips_seen_in_published_reports(text: str, right: str) -> None:
    [f] = lint(text, select="R004", year=2024)
    assert f.suggestion == right


@pytest.mark.parametrize("text", ["全面落实第一责任人职责制度。", "深入学习贯彻党的二十大和二十届历次全会精神。",
                                  "推荐法律顾问3名。",
                                  "深入学习贯彻习近平总书记关于全面依法治国的重要论述和习近平法治思想。",
                                  "认真学习习近平总书记重要讲话精神，深入学习贯彻习近平法治思想。"])
def test_the_right_forms_stay_silent(text: str) -> None:
    assert lint(text, select="R004", year=2024) == []


@pytest.mark.parametrize("text", [
    "坚持以习(xí)近平新时代中国特色社会主义思想为指导，推进依法行政。",
    "深入学习贯彻习(xí)近平法治思想，全面推进法治政府建设。",
    "坚持以习近(jìn)平新时代中国特色社会主义思想为指导。",
    "堅持以習(xí)近平新時代中國特色社會主義思想為指導。",
])
def test_a_pinyin_annotation_inside_a_formulation_is_not_a_slip(text: str) -> None:
    # B004 reports the annotation; R004 must not read it as the name with a character dropped.
    found = lint(text, select=["R004", "B004"], year=2024)
    assert "R004" not in codes(found) and "B004" in codes(found)


def test_a_name_really_missing_a_character_is_still_a_slip_beside_an_annotation() -> None:
    found = lint("统筹(chóu)推进，坚持以近平新时代中国特色社会主义思想为指导。", select="R004", year=2024)
    assert codes(found) == ["R004"]


# --- advert words a scraper site pasted into a formulation ---------------------------------------

def test_advert_in_place_of_the_leaders_name_is_r001() -> None:
    text = "2024年，县市场监管局坚持以sbobet新时代中国特色社会主义思想为指导，扎实推进依法行政。"
    [f] = lint(text, select="R", year=2024)
    assert (f.rule, f.excerpt, f.suggestion) == ("R001", "sbobet", "习近平新时代中国特色社会主义思想")
    assert "广告词" in f.message and f.fix is not None and f.fix.safety == "unsafe"
    assert fixed(text, "R001", unsafe=True) == text.replace("sbobet", "习近平")


def test_a_sites_name_in_both_scripts_counts_when_it_replaces_the_name_throughout() -> None:
    text = ("镇党委深入学习贯彻yabo亚博体育法治思想，认真落实yabo亚博体育总书记关于基层治理的重要指示精神。\n"
            "镇司法所组织开展宪法宣传周活动12场。")
    assert r_findings(text) == [("R001", "yabo亚博体育"), ("R001", "yabo亚博体育")]


def test_advert_inside_a_formulation_is_r004_and_deleted() -> None:
    text = "县人社局党组深入学习贯彻习近平www.cp88.com法治思想，推动依法行政。"
    [f] = lint(text, select="R", year=2024)
    assert (f.rule, f.excerpt, f.suggestion) == ("R004", "www.cp88.com", "习近平法治思想")
    assert f.fix is not None and f.fix.safety == "unsafe"  # inside a political formulation: a person confirms
    assert fixed(text, "R004") == text
    assert fixed(text, "R004", unsafe=True) == "县人社局党组深入学习贯彻习近平法治思想，推动依法行政。"


def test_advert_with_chinese_inside_a_formulation_needs_a_person() -> None:
    text = "压实党政主要负责人履行推进法治建设第一责任人ku酷游职责。"
    [f] = lint(text, select="R", year=2024)
    assert (f.rule, f.excerpt) == ("R004", "ku酷游") and f.fix is not None and f.fix.safety == "unsafe"


@pytest.mark.parametrize("text", [
    "建成VR法治思想教育基地，深入学习贯彻习近平法治思想。",  # 法治思想教育: the general term
    "深入学习习近平法治思想PPT课件，以习近平新时代中国特色社会主义思想为指导开发OA系统。",
    "组织干部登录学习强国APP收看总书记重要讲话视频，深入学习贯彻习近平法治思想。",  # one Chinese word, name present
    "县委以BET365习近平新时代中国特色社会主义思想为指导。",  # removing it leaves no formulation around it
    "深入学习贯彻习近平总书记ABC关于全面依法治国的重要论述。",  # after the whole formulation
])
def test_latin_words_that_are_not_pasted_into_a_formulation(text: str) -> None:
    assert not {"R001", "R004"} & set(codes(lint(text, select="R", year=2024)))


def test_a_mask_before_a_formulation_is_not_an_advert() -> None:
    assert r_findings("深入学习贯彻XXX法治思想。") == [("R001", "XXX")]


# --- one character of a formulation masked -------------------------------------------------------

@pytest.mark.parametrize(("text", "rule", "right", "canonical"), [
    ("全县坚持用*严格制度最严密法治保护生态环境。", "R004", "最", "用最严格制度最严密法治"),
    ("深入学习贯彻习*平法治思想，提升干部法治素养。", "R001", "近", "习近平法治思想"),
    ("会议传达学习了*近平总书记重要讲话精神。", "R001", "习", "习近平总书记"),
    ("紧密团结在以习近平同志为核×的党中央周围。", "R004", "心", "以习近平同志为核心的党中央"),
    ("以习近平新时代中国特色社会主●思想为指导。", "R004", "义", "习近平新时代中国特色社会主义思想"),
])
def test_one_masked_character_in_a_formulation(text: str, rule: str, right: str, canonical: str) -> None:
    [f] = lint(text, select="R", year=2024)
    assert (f.rule, len(f.excerpt), f.suggestion) == (rule, 1, canonical)
    assert f"“{right}”字被遮蔽" in f.message
    assert fixed(text, rule, unsafe=True) == text.replace(f.excerpt, right)


def test_two_masked_characters_in_one_formulation_are_each_reported() -> None:
    text = "贯彻落实“用*严格制度*严密法治保护生态环境”的要求。"
    assert r_findings(text) == [("R004", "*"), ("R004", "*")]


@pytest.mark.parametrize("text", [
    "注*：本表数据截至2024年12月31日。",  # a footnote
    "全年开展培训3*2场，配备7×24小时值班人员。",  # multiplication
    "深入学习贯彻习近平法治思想*。",  # a footnote after the whole formulation
    "*习近平同志为核心的党中央高度重视法治建设。",  # a bullet, not a masked 以
    "坚持用最严格的制度、最严密的法治守护绿水青山，用最严格制度、最严密法治保护生态环境。",
    "取得积*进展，营造*佳环境。",  # masked words outside any formulation are not this check's business
])
def test_lone_mask_characters_outside_a_formulation(text: str) -> None:
    assert not {"R001", "R004"} & set(codes(lint(text, select="R", year=2024)))


# --- 总书记法治思想: the name deleted, the title left ----------------------------------------------

@pytest.mark.parametrize("text", [
    "县政府党组深入学习贯彻总书记法治思想，推动法治政府建设。",
    "坚持以总书记法治思想为指导，完善行政决策程序。",
    "“总书记法治思想”专题读书班如期举办。",
])
def test_title_left_without_the_name(text: str) -> None:
    [f] = lint(text, select="R", year=2024)
    assert (f.rule, f.excerpt, f.suggestion) == ("R004", "总书记法治思想", "习近平法治思想")
    assert fixed(text, "R004", unsafe=True) == text.replace("总书记法治思想", "习近平法治思想")


@pytest.mark.parametrize(("text", "expected"), [
    # The name is there, so not the unnamed check's; the title run into the thought is a known slip (R004).
    ("深入学习贯彻习近平总书记法治思想。", [("R004", "习近平总书记法治思想")]),
    ("深入学习贯彻***总书记法治思想。", [("R001", "***")]),  # masked: R001's
])
def test_title_after_the_name_or_a_mask(text: str, expected: list[tuple[str, str]]) -> None:
    assert r_findings(text) == expected


def test_title_left_in_a_report_before_the_formulation_existed() -> None:
    assert lint("深入学习总书记法治思想。", select="R", year=2019) == []


# --- a dated title written without its brackets or 年 ----------------------------------------------

@pytest.mark.parametrize(("text", "excerpt", "lacks", "suggestion"), [
    ("对照《法治政府建设实施纲要2015-2020》逐项整改。", "2015-2020", "括号、“年”字",
     "法治政府建设实施纲要（2015—2020年）"),
    ("全面完成《纲要(2015-2020)》确定的目标任务。", "(2015-2020)", "“年”字", "纲要（2015—2020年）"),
    ("认真落实《法治政府建设实施纲要（2021-2025）》。", "（2021-2025）", "“年”字",
     "法治政府建设实施纲要（2021—2025年）"),
    ("对标《法治政府建设实施纲要(2021—2025年》要求。", "(2021—2025年", "右括号", "法治政府建设实施纲要（2021—2025年）"),
    ("落实《法治社会建设实施纲要 2020—2025年》。", "2020—2025年", "括号", "法治社会建设实施纲要（2020—2025年）"),
])
def test_dated_title_with_a_malformed_range(text: str, excerpt: str, lacks: str, suggestion: str) -> None:
    [f] = lint(text, select="R", year=2024)
    assert (f.rule, f.excerpt, f.suggestion, f.severity.value) == ("R004", excerpt, suggestion, "warning")
    assert f"缺少{lacks}：" in f.message


def test_short_title_names_the_full_title() -> None:
    [f] = lint("对照《纲要（2020-2025）》开展法治社会建设。", select="R", year=2024)
    assert "全称为《法治社会建设实施纲要（2020—2025年）》" in f.message
    assert fixed("对照《纲要(2015-2020)》。", "R004", unsafe=True) == "对照《纲要（2015—2020年）》。"


@pytest.mark.parametrize("text", [
    "落实《法治政府建设实施纲要（2021—2025年）》和《法治政府建设实施纲要(2015-2020年)》。",
    "对照《法治政府建设实施纲要(2021年—2025年)》和《纲要》，编制《法治浙江建设规划(2021-2025)》。",
    "《国民经济和社会发展第十四个五年规划纲要》《中国妇女发展纲要（2021—2030年）》",
    "《法治政府建设实施纲要(2023-2023)》",  # a range the title never had: the years family's
])
def test_dated_titles_left_alone(text: str) -> None:
    assert "R004" not in codes(lint(text, select="R", year=2024))


# --- 党的X大 and 历次全会 without the term -----------------------------------------------------------

@pytest.mark.parametrize(("slip", "right"), [
    ("党的二十大和历次全会", "党的二十大和二十届历次全会"),
    ("党的十九大以及历次全会", "党的十九大和十九届历次全会"),
    ("党的二十大与历届全会", "党的二十大和二十届历次全会"),
    ("党的十八大、历次全会", "党的十八大和十八届历次全会"),
])
def test_plenums_without_the_term(slip: str, right: str) -> None:
    [f] = lint(f"全面贯彻{slip}精神，推进依法行政。", select="R", year=2024)
    assert (f.rule, f.excerpt, f.suggestion) == ("R004", slip, right)


@pytest.mark.parametrize("text", [
    "全面贯彻党的二十大和二十届历次全会精神。",
    "深入学习党的十八大以来历次全会精神。",  # every plenum since that congress: correct
    "贯彻党的二十大及二十届二中、三中全会精神。",
])
def test_plenums_with_the_term(text: str) -> None:
    assert "R004" not in codes(lint(text, select="R", year=2024))


def test_two_masked_place_names_in_two_titles_are_not_markdown_bold() -> None:
    text = "印发《**区2022年全面依法治区工作要点》《**开发区2022年法治建设工作要点》，部署全年工作。"
    found = lint(text, select="R002", year=2022)
    assert [f.excerpt for f in found] == ["**区", "**开发区"]


@pytest.mark.parametrize("text", [
    "县委**高度重视**法治建设，主要负责同志亲自部署。",
    "**全面推进依法行政**，**着力建设法治政府**。",
    "印发《**关于加强行政执法的意见**》。",
])
def test_markdown_bold_is_still_not_a_mask(text: str) -> None:
    assert lint(text, select="R", year=2024) == []
