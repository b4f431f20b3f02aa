"""Structure rules (S codes) on short realistic reports, in both punctuation widths and in Markdown, and on
the seeds."""

from __future__ import annotations

import pytest
from conftest import SEEDS, codes, lint

from linter import Config, lint_path
from linter.config import ConfigError, from_mapping
from linter.document import fold


def both_widths(text: str) -> list[str]:
    return [text, fold(text)]


def markdown(text: str) -> str:
    """The same report with its title and numbered headings as Markdown headings."""
    out = []
    for i, line in enumerate(text.split("\n")):
        if i == 0:
            out.append("# " + line)
        elif line[:1] in "一二三四五六七八九" and line[1:2] == "、":
            out.append("## " + line)
        elif line.startswith("（"):
            out.append("### " + line)
        else:
            out.append(line)
    return "\n\n".join(out)


def lines_of(findings, code: str) -> list[int]:
    return [f.line for f in findings if f.rule == code]


FULL = """某县2024年法治政府建设情况报告
2024年，我县深入学习贯彻习近平法治思想，扎实推进法治政府建设。现将有关情况报告如下：
一、主要举措和成效
（一）依法全面履行政府职能。全年取消行政许可事项3项，一是深化“放管服”改革，二是优化营商环境。
（二）完善依法行政制度体系
全年审查规范性文件12件。
二、存在的不足和原因
执法队伍专业化水平有待提高。
三、党政主要负责人履行推进法治建设第一责任人职责情况
县长带头学法，四次主持研究法治工作。
四、2025年工作打算
（一）持续深化“放管服”改革。
（二）加强行政执法监督。"""


@pytest.mark.parametrize("text", [*both_widths(FULL), markdown(FULL)])
def test_complete_report_is_clean(text: str) -> None:
    assert lint(text, "S", year=2024) == []


# --- S001 missing title ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", both_widths(FULL.split("\n", 1)[1]))
def test_body_first_line_has_no_title(text: str) -> None:
    found = lint(text, "S001")
    assert lines_of(found, "S001") == [1] and found[0].severity.value == "error"
    assert "缺少标题" in found[0].message


def test_salutation_first_is_no_title() -> None:
    text = "中共某区委、某区人民政府：\n" + FULL.split("\n", 1)[1]
    found = lint(text, "S001")
    assert lines_of(found, "S001") == [1] and "称谓" in found[0].message


def test_title_after_salutation_free_preamble_is_found() -> None:
    text = "分享到：\n索引号：11360121-2024-0012\n" + FULL
    assert lint(text, "S001") == []


def test_markdown_title() -> None:
    assert lint(markdown(FULL), "S001") == []
    assert lines_of(lint("## 一、主要举措和成效\n\n2024年，我县扎实推进法治政府建设。", "S001"), "S001") == [1]


# --- S002 / S003 required sections ---------------------------------------------------------------------

def _without(section_start: str, section_end: str | None) -> str:
    """FULL without the lines from the one starting `section_start` up to the one starting `section_end`,
    renumbering nothing (numbering is another rule)."""
    out, skip = [], False
    for line in FULL.split("\n"):
        if line.startswith(section_start):
            skip = True
        elif section_end and line.startswith(section_end):
            skip = False
        if not skip:
            out.append(line)
    return "\n".join(out)


@pytest.mark.parametrize("cut,end,label", [
    ("一、", "二、", "主要举措和成效"), ("二、", "三、", "存在的不足和原因"), ("四、", None, "下一年度主要安排"),
])
def test_missing_required_section_is_an_error_naming_what_was_looked_for(cut: str, end: str | None,
                                                                          label: str) -> None:
    for text in both_widths(_without(cut, end)):
        found = [f for f in lint(text, "S002") if f.rule == "S002"]
        assert len(found) == 1 and found[0].line == 1 and found[0].severity.value == "error"
        assert f"缺少“{label}”部分" in found[0].message and "之类的标题" in found[0].message


def test_missing_leader_duty_with_no_mention_is_an_error() -> None:
    text = _without("三、", "四、")
    assert "党政主要负责人" in lint(text, "S002")[0].message
    assert lint(text, "S003") == []


@pytest.mark.parametrize("text", both_widths(_without("三、", "四、").replace(
    "全年审查规范性文件12件。", "全年审查规范性文件12件。县政府主要负责同志认真履行推进法治建设第一责任人职责。")))
def test_leader_duty_only_in_body_is_a_warning_not_an_error(text: str) -> None:
    assert lint(text, "S002") == []
    found = lint(text, "S003")
    assert lines_of(found, "S003") == [6] and found[0].severity.value == "warning"
    assert "顺带提及" in found[0].message


@pytest.mark.parametrize("heading,kind", [
    ("二、工作措施及成效", "achievements"), ("二、主要工作开展情况", "achievements"),
    ("二、2024年法治政府建设主要工作及成效", "achievements"), ("二、存在的困难问题", "shortcomings"),
    ("二、存在的问题不足", "shortcomings"), ("二、存在不足及原因", "shortcomings"),
    ("二、主要负责人履行职责情况", "leader_duty"), ("二、法治建设第一责任人职责全面履行", "leader_duty"),
    ("二、下步工作打算", "plan"), ("二、2025年工作打算", "plan"),
    ("二、下一年度推进法治政府建设的主要思路和打算", "plan"),
    ("二、下一步工作计划", "plan"), ("二、有关意见建议", "other"),
    ("一、完成情况", "achievements"), ("一、总体成效", "achievements"),
    ("（一）强化组织领导，压实法治建设第一责任", "leader_duty"),
    ("（二）履行第一责任，全面筑牢法治根基", "leader_duty"),
])
def test_heading_synonyms(heading: str, kind: str) -> None:
    from checks.structure.elements import classify

    text = fold(heading)
    assert kind in classify(text[text.index(")") + 1:] if text.startswith("(") else text[2:], 2024)


def test_next_year_work_is_the_plan_not_the_achievements() -> None:
    from checks.structure.elements import classify

    assert classify("2025年重点工作", 2024) == {"plan"}
    assert "achievements" in classify("2024年重点工作", 2024)


def test_unnumbered_heading_lines_count() -> None:
    text = FULL.replace("二、存在的不足和原因", "存在的不足和原因")
    assert lint(text, "S002") == []


def test_element_five_is_not_required_by_default_but_can_be() -> None:
    assert lint(FULL, "S002") == []
    found = lint(FULL, "S002", options={"structure": {"required": ["achievements", "other"]}})
    assert len(found) == 1 and "其他需要报告的情况" in found[0].message


def test_synonyms_from_the_config() -> None:
    text = FULL.replace("二、存在的不足和原因", "二、工作中的短板弱项")
    assert len(lint(text, "S002")) == 1
    assert lint(text, "S002", options={"structure": {"synonyms": {"shortcomings": ["短板弱项"]}}}) == []


PASTED = "\n一、{}\n全年办理行政复议案件12件，审查规范性文件8件。\n二、重点改革\n深化“放管服”改革。"


def test_the_outline_reads_headings_with_the_config_synonyms_as_s002_does() -> None:
    # A second report pasted below FULL without its title: its 一、 worded as built in starts a report ...
    built_in = [(f.rule, f.line) for f in lint(FULL + PASTED.format("主要工作及成效"), "S")]
    assert ("S007", 14) in built_in and ("S005", 14) not in built_in
    # ... and so does a wording the config adds: the outline splits where S002 sees the achievements section.
    text = FULL + PASTED.format("年度工作盘点")
    assert [(f.rule, f.line) for f in lint(text, "S")] == [("S005", 14)]  # without the synonym: one report
    cfg = {"structure": {"synonyms": {"achievements": ["年度工作盘点"]}}}
    assert [(f.rule, f.line) for f in lint(text, "S", options=cfg)] == built_in


def test_the_outline_honours_config_synonyms_through_a_config_file(tmp_path) -> None:
    from linter.config import load_config

    (tmp_path / "reportlint.yaml").write_text("structure:\n  synonyms:\n    achievements: [年度工作盘点]\n",
                                              encoding="utf-8")
    (tmp_path / "r.txt").write_text(FULL + PASTED.format("年度工作盘点"), encoding="utf-8")
    found = lint_path(str(tmp_path / "r.txt"), load_config(tmp_path / "reportlint.yaml")).findings
    assert ("S007", 14) in [(f.rule, f.line) for f in found]


def test_options_schema_rejects_unknown_keys() -> None:
    from_mapping({"structure": {"synonyms": {"plan": ["工作展望"]}, "required": ["plan"]}})
    with pytest.raises(ConfigError):
        from_mapping({"structure": {"synonym": {"plan": ["工作展望"]}}})
    with pytest.raises(ConfigError):
        from_mapping({"structure": {"required": ["plans"]}})


def test_fragment_without_headings_is_not_checked_for_sections() -> None:
    assert lint("全年取消行政许可事项3项，一是深化改革，二是优化服务。", "S002") == []


def test_required_sections_are_checked_per_pasted_report() -> None:
    second = "\n某局2023年度法治政府建设工作报告\n2023年，我局扎实推进依法行政。\n一、主要工作及成效\n修订制度4项。"
    found = lint(FULL + second, "S002")
    assert {f.line for f in found} == {14}
    assert len(found) == 3 and all("第14—" in f.message for f in found)


# --- traditional script ---------------------------------------------------------------------------------

# FULL as some sites republish it, in traditional script (with a salutation and an issuer line as well).
TRADITIONAL = """某縣人民政府
關於2024年度法治政府建設情況的報告
中共某市委、某市人民政府：
2024年，我縣深入學習貫徹習近平法治思想，紮實推進法治政府建設。現將有關情況報告如下：
一、主要舉措和成效
（一）依法全面履行政府職能。全年取消行政許可事項3項，一是深化“放管服”改革，二是優化營商環境。
（二）完善依法行政制度體系
全年審查規範性文件12件。
二、存在的不足和原因
執法隊伍專業化水平有待提高，基層法治力量較為薄弱。
三、黨政主要負責人履行推進法治建設第一責任人職責情況
縣長帶頭學法，四次主持研究法治工作。
四、2025年工作打算
（一）持續深化“放管服”改革。
（二）加強行政執法監督。
某縣人民政府
2025年3月20日"""


@pytest.mark.parametrize("text", [*both_widths(TRADITIONAL), markdown(TRADITIONAL.split("\n", 1)[1])])
def test_complete_report_in_traditional_script_is_clean(text: str) -> None:
    assert lint(text, "S", year=2024) == []
    assert lint(text, "S") == []  # the report year read from the traditional title


@pytest.mark.parametrize("heading,label", [
    ("一、主要舉措和成效", "主要举措和成效"), ("二、存在的不足和原因", "存在的不足和原因"),
    ("三、黨政主要負責人履行推進法治建設第一責任人職責情況", "党政主要负责人"),
    ("四、2025年工作打算", "下一年度主要安排"),
])
def test_a_section_missing_from_a_traditional_report_is_still_reported(heading: str, label: str) -> None:
    text = TRADITIONAL.replace(heading, "（三）其他")
    found = lint(text, "S002")
    assert len(found) == 1 and label in found[0].message and found[0].line == 2


def test_leader_duty_only_in_traditional_body_is_a_warning() -> None:
    text = TRADITIONAL.replace("三、黨政主要負責人履行推進法治建設第一責任人職責情況\n", "").replace(
        "全年審查規範性文件12件。", "全年審查規範性文件12件。縣政府主要負責同志認真履行推進法治建設第一責任人職責。")
    assert lint(text, "S002") == []
    found = lint(text, "S003")
    assert len(found) == 1 and found[0].line == 8
    assert found[0].excerpt.endswith("第一責任人職責")  # the span is the traditional text as written


def test_traditional_synonym_in_the_config_matches_either_script() -> None:
    cfg = {"structure": {"synonyms": {"shortcomings": ["短板弱項"]}}}
    for heading in ("二、工作中的短板弱項", "二、工作中的短板弱项"):
        text = FULL.replace("二、存在的不足和原因", heading)
        assert len(lint(text, "S002")) == 1
        assert lint(text, "S002", options=cfg) == []


def test_traditional_characters_in_a_simplified_report_change_nothing() -> None:
    # 於 is a surname as well: a simplified report naming 於某 keeps its findings (here: none, and S002 as before)
    text = FULL.replace("县长带头学法", "於县长带头学法")
    assert lint(text, "S") == []
    assert len(lint(text.replace("二、存在的不足和原因", "二、於某同志发言"), "S002")) == 1


# --- S004 order -----------------------------------------------------------------------------------------

PLAN_FIRST = """某县2024年法治政府建设情况报告
一、2025年工作打算
持续深化“放管服”改革。
二、主要举措和成效
全年取消行政许可事项3项。
三、存在的不足和原因
执法队伍专业化水平有待提高。
四、主要负责人履行职责情况
县长带头学法。"""


@pytest.mark.parametrize("text", [*both_widths(PLAN_FIRST), markdown(PLAN_FIRST)])
def test_plan_before_achievements_is_a_warning(text: str) -> None:
    found = lint(text, "S004")
    assert len(found) == 1 and found[0].severity.value == "warning"
    assert "下一年度主要安排" in found[0].message and "之前" in found[0].message


def test_leader_duty_first_is_a_known_order() -> None:
    text = ("某县2024年法治政府建设情况报告\n一、法治建设第一责任人职责全面履行\n县长带头学法。\n二、工作措施及成效\n"
            "全年取消行政许可事项3项。\n三、存在的困难问题\n执法力量不足。\n四、下步工作打算\n深化改革。")
    assert lint(text, "S004") == []


# --- S005 heading numbering -----------------------------------------------------------------------------

@pytest.mark.parametrize("text", both_widths(
    "某县2024年法治政府建设情况报告\n一、主要举措和成效\n（一）依法全面履行政府职能\n全年取消行政许可事项3项。\n"
    "（一）完善依法行政制度体系\n全年审查规范性文件12件。\n二、存在的不足和原因\n执法力量不足。"))
def test_repeated_heading_number(text: str) -> None:
    found = lint(text, "S005")
    assert lines_of(found, "S005") == [5]
    assert "重复" in found[0].message
    assert "应为“（二）”" in found[0].message or "应为“(二)”" in found[0].message


def test_gap_and_start_past_one() -> None:
    text = ("某县2024年法治政府建设情况报告\n一、主要举措和成效\n（二）依法全面履行政府职能\n"
            "全年取消行政许可事项3项。\n二、存在的不足和原因\n执法力量不足。\n四、2025年工作打算\n深化改革。")
    found = lint(text, "S005")
    assert lines_of(found, "S005") == [3, 7]
    assert "应从“（一）”开始" in found[0].message and "应为“三、”" in found[1].message


def test_arabic_numbering_running_on_across_parents_is_accepted() -> None:
    text = ("某县2024年法治政府建设情况报告\n一、主要举措和成效\n（一）加强党的领导\n1.深入学习习近平法治思想。\n"
            "2.加强督察考核。\n（二）推动政府职能转变\n3.持续推进“放管服”改革。\n4.优化营商环境。\n"
            "二、存在的不足和原因\n（一）思想认识方面\n1.学法不够深入。")
    assert lint(text, "S005") == []
    assert lint(fold(text), "S005") == []


def test_markdown_heading_numbering() -> None:
    text = "# 某县2024年法治政府建设情况报告\n\n## 一、主要举措和成效\n\n正文。\n\n## 三、存在的不足和原因\n\n正文。"
    found = lint(text, "S005")
    assert lines_of(found, "S005") == [7] and "应为“二、”" in found[0].message


def test_numbering_restarts_in_each_pasted_report() -> None:
    text = FULL + ("\n某局2023年度法治政府建设工作报告\n2023年，我局扎实推进依法行政。\n"
                   "一、主要工作及成效\n修订制度4项。")
    assert lint(text, "S005") == []


# --- S006 enumerations ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", both_widths(
    "（一）强化组织保障。一是健全领导机制。二是完善考核制度。三是加强督察，落实责任。三是强化培训。四是严格执法。"
    "四是加强监督。"))
def test_repeated_enumeration(text: str) -> None:
    found = lint(text, "S006")
    assert [f.excerpt[:2] for f in found] == ["三是", "四是"]
    assert "重复" in found[0].message and "应为“四是”" in found[0].message


def test_enumeration_gap_and_start_at_two() -> None:
    text = "（一）下步打算。一是深化改革。三是加强执法监督。\n（二）存在不足。队伍力量不足；二是培训不够。"
    found = lint(text, "S006")
    assert [(f.line, f.excerpt[:2]) for f in found] == [(1, "三是"), (2, "二是")]
    assert "应为“二是”" in found[0].message and "没有“一是”" in found[1].message


def test_enumeration_continues_across_paragraphs_and_restarts_under_a_new_heading() -> None:
    text = ("（一）强化组织保障\n一是健全领导机制。\n二是完善考核制度。\n三是加强督察。\n"
            "（二）加强执法监督\n一是开展专项检查。\n二是落实执法责任制。")
    assert lint(text, "S006") == []
    assert lint("（一）强化组织保障\n一是健全领导机制。\n（二）加强执法监督\n二是落实执法责任制。", "S006") != []


def test_enumeration_words_inside_words_are_not_items() -> None:
    text = ("（一）强化组织保障。一是统一是非标准，坚持发展第一要务。二是落实第一责任人职责，第二批清单按时公布。"
            "三是抓好三要素管理，唯一要求是依法办事。")
    assert lint(text, "S006") == []


def test_mixed_enumeration_wording() -> None:
    found = lint("（五）整改措施。一要提高认识。二要压实责任。三是狠抓整改。", "S006")
    assert len(found) == 1 and "三要" in found[0].message
    assert lint("（五）整改措施。第一，提高认识；第二，压实责任；第三，狠抓整改。", "S006") == []
    assert len(lint("（五）整改措施。第一，提高认识；第三，狠抓整改。", "S006")) == 1


# --- S007 several reports -------------------------------------------------------------------------------

def test_pasted_report_is_one_error_on_its_first_line() -> None:
    second = "\n2023年，我局在区委、区政府的正确领导下，扎实推进依法行政。\n一、主要工作及成效\n修订制度4项。"
    for text in both_widths(FULL + second):
        found = lint(text, "S007")
        assert lines_of(found, "S007") == [14] and found[0].severity.value == "error"
        assert "重新从“一、”开始" in found[0].message


def test_single_report_has_no_multiple_reports_error() -> None:
    assert lint(FULL, "S007") == []
    assert lint(markdown(FULL), "S007") == []


# --- S008 empty sections --------------------------------------------------------------------------------

@pytest.mark.parametrize("text", both_widths(FULL.replace("执法队伍专业化水平有待提高。\n", "")))
def test_heading_followed_by_a_heading_of_the_same_or_higher_level(text: str) -> None:
    found = lint(text, "S008")
    assert lines_of(found, "S008") == [7] and found[0].severity.value == "warning"


def test_sentence_list_items_and_headings_with_subheadings_are_not_empty() -> None:
    text = ("某县2024年法治政府建设情况报告\n一、2025年工作打算\n（一）深化改革，提升服务效能。\n（二）加强执法监督，"
            "规范执法行为。\n二、其他需要报告的情况：无")
    assert lint(text, "S008") == []


def test_a_misnumbered_child_is_s005s_not_an_empty_section() -> None:
    # "一、…主要措施" then "一、强化领导责任" (should be （一）): S005 reports the number; the section is not empty.
    text = FULL.replace("（一）依法全面履行政府职能。", "一、强化领导责任，依法全面履行政府职能。")
    text = text.replace("（二）完善依法行政制度体系\n", "")
    assert lint(text, "S008") == [] and lines_of(lint(text, "S005"), "S005") == [4]


def test_empty_markdown_section() -> None:
    text = markdown(FULL.replace("执法队伍专业化水平有待提高。\n", ""))
    assert len(lint(text, "S008")) == 1


# --- seeds ----------------------------------------------------------------------------------------------

def _seed(name: str):
    result = lint_path(str(SEEDS / name), Config(select=["S"]))
    assert result.error is None
    return result.findings


def test_seed_000_has_no_title() -> None:
    found = _seed("000_7de3e33129a12bff.txt")
    assert [(f.rule, f.line) for f in found] == [("S001", 1)]


@pytest.mark.parametrize("name,line", [("001_fd853b0396efe703.txt", 6), ("002_b823fcc447921141.txt", 11)])
def test_seeds_mentioning_the_leader_duty_only_in_body(name: str, line: int) -> None:
    found = _seed(name)
    assert [(f.rule, f.line, f.severity.value) for f in found] == [("S003", line, "warning")]


def test_seed_004_is_clean() -> None:
    assert _seed("004_c206478b488dd24a.txt") == []


def test_seed_003() -> None:
    found = _seed("003_61bc35062b802780.txt")
    assert lines_of(found, "S007") == [28, 68, 93, 119, 146, 156, 178]
    assert lines_of(found, "S001") == [12]
    enum = [(f.line, f.excerpt[:2]) for f in found if f.rule == "S006"]
    assert enum == [(20, "三是"), (20, "四是"), (163, "二是"), (176, "三是")]
    assert "S005" not in codes(found) and "S008" not in codes(found)


# --- Markdown variants of the error rules ---------------------------------------------------------------

def test_missing_section_in_markdown() -> None:
    found = lint(markdown(_without("二、", "三、")), "S002")
    assert len(found) == 1 and "存在的不足和原因" in found[0].message


def test_pasted_report_in_markdown() -> None:
    second = "\n2023年，我局在区委、区政府的正确领导下，扎实推进依法行政。\n一、主要工作及成效\n修订制度4项。"
    found = lint(markdown(FULL + second), "S007")
    assert len(found) == 1 and found[0].excerpt.startswith("2023年，我局")


# --- a table of contents ---------------------------------------------------------------------------------

def _with_toc(entries: list[str]) -> str:
    title, body = FULL.split("\n", 1)
    return "\n".join([title, "目  录", *entries, body])


TOC = ["一、主要举措和成效……………………1", "（一）依法全面履行政府职能……1", "（二）完善依法行政制度体系……2",
       "二、存在的不足和原因……………………3", "三、党政主要负责人履行推进法治建设第一责任人职责情况……4",
       "四、2025年工作打算……………………5"]


@pytest.mark.parametrize("text", [*both_widths(_with_toc(TOC)), _with_toc([e.split("…")[0] for e in TOC])])
def test_table_of_contents_entries_are_not_headings(text: str) -> None:
    # Entries followed by the next entry would be empty sections (S008) and their numbers would repeat in
    # the body (S005): the contents are not the document's outline.
    assert lint(text, "S", year=2024) == []


def test_a_section_listed_only_in_the_contents_is_still_missing() -> None:
    text = _with_toc(TOC).replace("二、存在的不足和原因\n执法队伍专业化水平有待提高。\n", "")
    assert "二、存在的不足和原因" not in text.split("目  录")[1].split("（二）加强")[0].split("一、主要举措和成效")[2]
    assert [f.rule for f in lint(text, "S002", year=2024)] == ["S002"]


def test_leader_duty_listed_only_in_the_contents_is_missing_not_mentioned() -> None:
    body = "三、党政主要负责人履行推进法治建设第一责任人职责情况\n县长带头学法，四次主持研究法治工作。\n"
    text = _with_toc(TOC).replace(body, "")
    assert [f.rule for f in lint(text, ["S002", "S003"], year=2024)] == ["S002"]


# --- S005: lists under a note or a table caption start afresh --------------------------------------------

NOTES = ("某县2024年法治政府建设情况报告\n一、主要举措和成效\n表一 行政处罚实施情况统计表\n说明：\n"
         "1.统计范围为全年。\n2.单处一个类别的计入相应类别。\n表二 行政许可实施情况统计表\n说明：\n"
         "1.申请数量为全年。\n2.受理数量为全年。\n")


@pytest.mark.parametrize("text", both_widths(NOTES))
def test_numbered_notes_under_each_table_start_at_one(text: str) -> None:
    assert lint(text, "S005", year=2024) == []


def test_a_gap_after_a_note_line_is_still_a_gap() -> None:
    text = NOTES.replace("2.受理数量为全年。", "3.受理数量为全年。")
    assert lines_of(lint(text, "S005", year=2024), "S005") == [10]
    # Without the note line the second list runs on from the first: 1. after 2. is reported.
    assert lines_of(lint(NOTES.replace("表二 行政许可实施情况统计表\n说明：\n", ""), "S005", year=2024), "S005") == [7]


# --- achievements under thematic headings ----------------------------------------------------------------

THEMATIC = """某区应急管理局2024年法治政府建设情况报告
2024年，我局坚持以习近平法治思想为指导，扎实推进应急管理法治建设。现将有关情况报告如下：
一、坚持党的领导，统筹推进应急管理法治建设
（一）健全领导机制。调整法治建设领导小组，召开专题会议4次。
二、深化“放管服”改革，持续优化营商环境
全年办理安全生产行政许可事项213件，压缩办理时限40%。
三、存在的不足和原因
基层执法力量仍然薄弱，执法人员专业化水平有待提高。
四、党政主要负责人履行推进法治建设第一责任人职责情况
局主要负责人带头学法，主持研究法治工作3次。
五、2025年工作打算
持续推进应急管理综合行政执法改革。"""


@pytest.mark.parametrize("text", [*both_widths(THEMATIC), markdown(THEMATIC)])
def test_thematic_headings_before_the_problems_are_the_achievements(text: str) -> None:
    assert lint(text, "S", year=2024) == []


def test_thematic_headings_after_the_leader_duty_are_the_achievements_too() -> None:
    lines = THEMATIC.split("\n")
    text = "\n".join([*lines[:2], "一、党政主要负责人履行推进法治建设第一责任人职责情况", lines[9],
                      "二、坚持党的领导，统筹推进应急管理法治建设", lines[3], "三、存在的不足和原因", lines[7],
                      "四、2025年工作打算", lines[11]])
    assert lint(text, "S002", year=2024) == []


def test_a_report_with_only_the_closing_sections_still_lacks_the_achievements() -> None:
    text = "\n".join(THEMATIC.split("\n")[:2] + THEMATIC.split("\n")[6:])
    found = lint(text, "S002", year=2024)
    assert len(found) == 1 and "主要举措和成效" in found[0].message


def test_a_thematic_heading_after_the_problems_is_not_the_achievements() -> None:
    # The measures heading comes after the problems and the plan: a stray section, not the achievements part.
    text = ("某区应急管理局2024年法治政府建设情况报告\n一、存在的不足和原因\n基层执法力量仍然薄弱。\n"
            "二、2025年工作打算\n持续推进综合行政执法改革。\n三、深化“放管服”改革，持续优化营商环境\n"
            "全年办理行政许可事项213件。\n四、党政主要负责人履行推进法治建设第一责任人职责情况\n局长带头学法。")
    found = lint(text, "S002", year=2024)
    assert len(found) == 1 and "主要举措和成效" in found[0].message


def test_a_list_of_numbered_notes_is_not_an_achievements_part() -> None:
    text = ("某区2024年行政执法统计年报\n1.行政处罚实施数量的统计范围为本年度作出行政处罚决定的数量\n"
            "2.单处一个类别行政处罚的，计入相应的行政处罚类别\n3.下一年度继续按季度报送统计数据")
    assert any("主要举措和成效" in f.message for f in lint(text, "S002", year=2024))


def test_a_shortfall_subheading_is_the_problems_part_not_a_measure() -> None:
    text = ("某区应急管理局2024年法治政府建设情况报告\n（一）执法规范化水平仍需提高\n部分执法文书不够规范。\n"
            "（二）法治宣传有待加强\n宣传形式较为单一。")
    messages = [f.message for f in lint(text, "S002", year=2024)]
    assert not any("存在的不足和原因" in m for m in messages)
    assert any("主要举措和成效" in m for m in messages)


@pytest.mark.parametrize("heading,kind", [
    ("一、2023年度法治政府建设主要情况", "achievements"), ("一、2024年法治政府建设基本情况", "achievements"),
    ("一、工作基本情况", "achievements"), ("二、2025年法治政府建设主要安排", "plan"),
    ("（三）法治人才队伍建设仍需加强", "shortcomings"), ("（二）行政执法质效有待进一步提升", "shortcomings"),
])
def test_more_heading_synonyms(heading: str, kind: str) -> None:
    from checks.structure.elements import classify

    text = fold(heading)
    found = classify(text[text.index(")") + 1:] if text.startswith("(") else text[2:], 2024)
    assert kind in found and (kind != "plan" or "achievements" not in found)


def test_the_base_situation_of_the_next_year_is_not_the_achievements() -> None:
    from checks.structure.elements import classify

    assert "achievements" not in classify("2025年法治政府建设基本情况", 2024)


# --- pinyin a mirror site put into headings ---------------------------------------------------------------

def test_a_heading_with_pinyin_after_its_characters_is_read_without_it() -> None:
    from checks.structure.elements import classify

    heading = fold("落实党政主要负(fù)责(zé)人履行推进法治建设第一责(zé)任人职责(zé)")
    assert "leader_duty" in classify(heading, 2024)
    assert classify(fold("统筹(chóu)推进执法(APP)建设"), 2024) == classify(fold("统筹推进执法(APP)建设"), 2024)


def test_a_report_whose_headings_carry_pinyin_has_all_its_sections() -> None:
    text = (THEMATIC.replace("四、党政主要负责人履行推进法治建设第一责任人职责情况",
                             "四、党政主要负(fù)责(zé)人履行推进法治建设第一责(zé)任人职责(zé)情况")
            .replace("五、2025年工作打算", "五、2025年工作打(dǎ)算"))
    assert lint(text, "S002", year=2024) == []


def test_a_pinyin_title_is_a_title() -> None:
    text = "某县2024年法治政府建设情况报(bào)告\n" + THEMATIC.split("\n", 1)[1]
    assert lint(text, "S001", year=2024) == []


# --- S007 on a cover letter and a doubled opening; S009 a title run into the body -------------------------

COVER_LETTER = ("某省卫生健康委关于2024年度法治政府建设情况的报告\n某卫〔2025〕5号\n省委、省政府：\n"
                "根据《法治政府建设与责任落实督察工作规定》要求，现呈送我委2024年度法治政府建设情况报告，请审阅。\n"
                "某省卫生健康委\n2025年3月6日\n")


@pytest.mark.parametrize("text", both_widths(COVER_LETTER + "某省卫生健康委2024年度法治政府建设情况报告\n"
                                             + THEMATIC.split("\n", 1)[1]))
def test_a_cover_letter_and_its_report_are_one_report(text: str) -> None:
    assert lint(text, "S", year=2024) == []


def test_two_reports_after_a_cover_letter_are_still_two() -> None:
    body = THEMATIC.split("\n", 1)[1]
    text = (COVER_LETTER + "某省卫生健康委2024年度法治政府建设情况报告\n" + body
            + "\n某市卫生健康委2024年度法治政府建设情况报告\n" + body)
    assert lines_of(lint(text, "S007", year=2024), "S007") == [19]


DOUBLED_LEAD_IN = "按照《法治政府建设与责任落实督察工作规定》要求，现将我局2024年法治政府建设情况报告如下：\n"


@pytest.mark.parametrize("text", both_widths(THEMATIC.replace("2024年，我局", DOUBLED_LEAD_IN + "2024年，我局", 1)))
def test_a_doubled_opening_is_no_second_report(text: str) -> None:
    assert codes(lint(text, "S", year=2024)) == ["S010"]  # the doubled lead-in itself, not a second report


@pytest.mark.parametrize("text", both_widths(
    THEMATIC.replace("报告\n2024年，我局坚持", "报告2024年，我局坚持", 1)))
def test_a_title_run_into_the_first_paragraph_is_a_warning_not_a_missing_title(text: str) -> None:
    found = lint(text, "S", year=2024)
    assert codes(found) == ["S009"] and found[0].line == 1 and found[0].severity.value == "warning"
    assert found[0].column == len("某区应急管理局2024年法治政府建设情况报告")
    assert "标题与正文连在一行" in found[0].message and "某区应急管理局2024年法治政府建设情况报告" in found[0].message
    fixed = found[0].fix.edits[0]
    assert (fixed.start, fixed.end, fixed.replacement) == (found[0].end, found[0].end, "\n")


@pytest.mark.parametrize("line", [
    "日前发布的某省2023年法治政府建设年度报告显示，2023年，全省新收行政复议案件3.1万件。",
    "某县2024年法治政府建设情况报告中提出，2025年将继续深化行政执法体制改革。",
])
def test_a_sentence_that_names_a_report_is_no_glued_title(line: str) -> None:
    # A news item or a paragraph quoting a report: the words after the report's name go on with the sentence.
    found = lint("去年全省行政复议工作取得新进展\n\n" + line + "\n", "S009", year=2024)
    assert found == []


def test_a_first_paragraph_that_names_a_report_is_no_glued_title() -> None:
    text = ("根据《关于做好2024年度法治政府建设情况报告》的通知要求，现将我局有关情况报告如下：\n"
            + THEMATIC.split("\n", 2)[2])
    found = lint(text, "S", year=2024)
    assert codes(found) == ["S001"]


# --- S010 a lead-in that says 现将…报告如下 twice ---------------------------------------------------------------

_LEAD = "根据有关规定，经局党组研究，现将我局2024年法治政府建设情况报告如下："
_OPENING = "2024年，我局坚持以习近平新时代中国特色社会主义思想为指导，扎实推进法治政府建设。现将有关情况报告如下。"
_REST = "\n一、主要举措和成效\n（一）完善制度。\n"


@pytest.mark.parametrize("lead", [_LEAD, fold(_LEAD)])
def test_a_lead_in_written_twice_is_s010(lead: str) -> None:
    found = lint(f"某局2024年法治政府建设年度报告\n{lead}\n{_OPENING}{_REST}", "S010", year=2024)
    assert [(f.rule, f.line) for f in found] == [("S010", 3)]
    assert "第2行和第3行" in found[0].message


@pytest.mark.parametrize("body", [
    f"{_OPENING}{_REST}",  # one lead-in
    f"{_LEAD}\n2024年，我局扎实推进法治政府建设，取得明显成效。\n{_OPENING}{_REST}",  # not neighbours
    f"{_LEAD}{_REST}（二）加强监督。年底前现将检查情况报告如下级单位。\n",  # after the first heading
])
def test_one_lead_in_is_not_s010(body: str) -> None:
    assert lint(f"某局2024年法治政府建设年度报告\n{body}", "S010", year=2024) == []
