"""Typography rules (T010, T012, T013, T014) on real sentences from published reports.

Every sentence below is quoted as published (from the audit corpora under /work/golden and the seeds); each
case names its source. The must-flag cases pin the excerpt, line and column; the must-not-flag cases are
correct text of the same shape that a careless rule would flag. Long sentences are cut at a clause boundary
(marked "cut" in the source note) and the cut is closed with a full stop; the punctuation is otherwise as
published (most of these pages use half-width commas, colons and brackets).
"""

from __future__ import annotations

import pytest
from conftest import lint


def only(text: str, code: str, year: int = 2024) -> list[tuple[int, int, str]]:
    """(line, column, excerpt) of the findings of one rule."""
    return [(f.line, f.column, f.excerpt) for f in lint(text, select=code, year=year) if f.rule == code]


# --- T010 a paragraph broken in mid-sentence --------------------------------------------------------------
# Each text is two (or three) consecutive lines of a published report, with its original line breaks.

@pytest.mark.parametrize("text, expected", [
    # audit/005.txt 17-19: the line break (and an empty line) fall inside "法治政府建设|工作".
    ("(一)把牢法治政府建设方向。我县高度重视法治政府建设\n\n"
     "工作,切实把党的领导贯彻落实到法治政府建设的全过程和各方面,确保法治政府建设方向正确。\n", (1, 26, "设")),
    # audit/033.txt 1-2 (opening cut to its last two clauses): "扎实推进|生态环境保护领域".
    ("深入落实中共中央、国务院印发的《法治政府建设实施纲要(2015—2020年)》,紧紧围绕建设中国特色社会主义法治体系、建设社会主义法治国家的全面推进依法治国总目标,扎实推进\n"
     "生态环境保护领域法治政府建设工作,取得较好进展。\n", (1, 86, "进")),
    # audit3/018.txt 5-6: "全面贯彻|习近平法治思想".
    ("(一)加强组织领导,努力推进法治建设。我局全面贯彻\n"
     "习近平法治思想,切实履行法治政府建设主体责任及主要负责人法治建设第一责任人职责。\n", (1, 25, "彻")),
    # seeds/003 192-193: a line ending with 顿号 in the middle of a list.
    ("3.推进行政执法体制改革。全县综合行政执法工作的统筹协调、检查指导、\n"
     "督办考核均统一归口至县综合执法局,形成了管理、执法、服务为一体的管理格局。\n", (1, 34, "、")),
])
def test_t010_flags_real_paragraphs_broken_mid_sentence(text: str, expected: tuple[int, int, str]) -> None:
    first = text.split("\n", 1)[0]
    assert expected == (1, len(first), first[-1])  # the finding points at the last character before the break
    assert only(text, "T010") == [expected]


@pytest.mark.parametrize("text", [
    # audit4/038.txt 1-3: a salutation, the lead-in ending with a colon, then a heading.
    "市委、市政府:\n根据法治政府建设年度报告制度的要求,现将我局2023年度法治政府建设工作报告如下:\n"
    "一、深入学习贯彻党的二十大精神,强化组织领导,以习近平法治思想引领交通法治建设\n",
    # audit/046.txt 20-24: headings without a full stop, each followed by a paragraph.
    "一、2025年推进法治政府建设的主要举措和成效\n\n(一)纵深推进学悟笃行习近平法治思想\n\n"
    "强化分层分类学习培训。将习近平法治思想纳入党委理论学习中心组、支部主题党日、干部职工周例会核心内容。\n",
    # audit2/019.txt 7-11: a title ending in a bracket, then the opening paragraph.
    "塘栖镇法治政府建设年度报告(2024年度)\n\n"
    "2024年,塘栖镇在镇委、镇政府的正确领导下,坚持以习近平新时代中国特色社会主义思想为指引。\n",
    # audit/033.txt 2-3: a paragraph ending with a full stop, then a heading.
    "生态环境保护领域法治政府建设工作,取得较好进展。\n一、依法全面履行政府职能\n",
])
def test_t010_leaves_real_headings_titles_and_salutations_alone(text: str) -> None:
    assert only(text, "T010") == []


# --- T012 an event day written with a full stop ---------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # audit3/008.txt 6
    ("利用单位宣传栏、微信群等,并利用“12.4”法制宣传日等活动进行集中宣传。", ["12.4"]),
    # audit/045.txt 4: four days in one list.
    ("充分利用“12.4”宪法日、“4.22”世界地球日、“6.25”全国土地日、“8.29”测绘宣传日、世界湿地日、爱鸟周等一系列纪念日,"
     "开展喜闻乐见、丰富多彩的法治宣传活动。",
     ["12.4", "4.22", "6.25", "8.29"]),
    # audit3/047.txt 3: a space between the closing quote and the day's name.
    ("在今年的“12.4” 国家宪法日到来之际,我局开展了以“尊崇宪法、学习宪法、遵守宪法、维护宪法”为主题的宣传教育活动。",
     ["12.4"]),
    # audit4/045.txt 5: the day named by its week (宪法宣传周).
    ("我镇结合“12.4”宪法宣传周、防汛减灾、疫情防控、安全生产等工作开展宣传活动,召开专题会议。", ["12.4"]),
    # seeds/003 line 109
    ("为宣传教育法治精神,普及法律知识,推进依法治校,全县教育体育系统结合法治宣传月、“6.26”国际禁毒日等机会,"
     "大力开展法治宣传教育活动。", ["6.26"]),
])
def test_t012_flags_real_event_days_with_a_full_stop(text: str, expected: list[str]) -> None:
    columns = [text.index(f"“{day}”") + 2 for day in expected]
    assert only(text + "\n", "T012") == [(1, column, day) for column, day in zip(columns, expected, strict=True)]


def test_t012_flags_only_the_dotted_days_of_a_real_mixed_list() -> None:
    # audit3/033.txt 4: the same list writes 3·15 and 12·4 right, 4.15 and 6.26 with a full stop.
    text = ("充分利用“3·15”消费者权益日、“4.15”国家安全教育日、“6.26”国际禁毒日及“12·4”国家宪法日等关键法治宣传节点,"
            "积极弘扬现代法治理念。\n")
    assert [excerpt for _, _, excerpt in only(text, "T012")] == ["4.15", "6.26"]


@pytest.mark.parametrize("text", [
    # seeds/000 line 8: an interpunct date already, next to a quoted number.
    "汛期“1262”预警响应机制层层落实责任,6·18洪峰险情处置高效,安全生产四项指标“四下降”,未发生较大、重大安全生产事故。",
    # audit2/006.txt 7: decimals before units.
    "2023年,副中心“两区”建设新增入库项目1110个、落地项目819个,排名全市前列;实际利用外资1.98亿美元,同比增长149.6%。",
    # audit2/045.txt 3: many small decimals.
    "其中,行政处罚137.07万宗,同比下降35.98%,罚没金额2.92亿元;行政许可80.96万宗,同比上升26.11%;"
    "行政强制2.82万宗,同比下降1.74%。",
    # audit/030.txt 4
    "行政诉讼调撤率达到83.33%,行政负责人出庭率100%。",
])
def test_t012_leaves_real_decimals_and_interpunct_days_alone(text: str) -> None:
    assert only(text + "\n", "T012") == []


# --- T013 a nested title written with angle brackets -----------------------------------------------------------

@pytest.mark.parametrize("text, excerpt", [
    # audit/007.txt 5
    ("及时制定印发司法部《贯彻落实<法治政府建设实施纲要(2021-2025年)>重要举措实施方案》。",
     "<法治政府建设实施纲要(2021-2025年)>"),
    # audit2/004.txt 8
    ("深入实施《法治溧阳建设规划(2021—2025年)》,制定《贯彻落实<法治政府建设实施纲要(2021-2025年)>实施方案》"
     "及其重要举措分工方案,推动“一规划、两方案”落地落实。", "<法治政府建设实施纲要(2021-2025年)>"),
    # audit3/042.txt 10
    ("制订《省民政厅贯彻<党政主要负责人履行推进法治建设第一责任人职责规定>实施细则》。",
     "<党政主要负责人履行推进法治建设第一责任人职责规定>"),
    # audit3/056.txt 1 (opening cut)
    ("紧紧围绕《法治政府建设实施纲要(2021-2025年)》《关于印发<鹤山市2022年依法行政工作要点>的通知》"
     "(鹤法治委〔2022〕1号)等上级文件,结合工作实际,不断强化行政权力监督和依法行政保障。",
     "<鹤山市2022年依法行政工作要点>"),
    # seeds/003 line 72
    ("根据《安全生产法》和原国家安监总局《关于印发<安全生产年度监督检查计划编制办法>的通知》(安监总政法[2023]150号)规定,"
     "遵循“统筹兼顾、上下衔接、突出重点、提高效能”的原则,制定我局2023年度安全生产执法计划,确定重点检查单位96家,"
     "一般检查单位60家,报区政府批准实施。", "<安全生产年度监督检查计划编制办法>"),
])
def test_t013_flags_real_nested_titles_in_angle_brackets(text: str, excerpt: str) -> None:
    [(line, column, found)] = only(text + "\n", "T013")
    assert (line, found) == (1, excerpt) and column == text.index(excerpt) + 1


@pytest.mark.parametrize("text", [
    # audit/022.txt 1: the single title marks are already right.
    "根据《中共中央办公厅 国务院办公厅关于印发〈法治政府建设与责任落实督察工作规定〉的通知》(厅字〔2019〕28号)有关规定,"
    "现将县人民政府2022年法治政府建设工作情况报告如下。",
    # audit2/002.txt 4
    "提请印发《贯彻落实〈安徽省打造一流法治化营商环境行动方案〉的通知》,全省率先建立优化营商环境法治保障工作协调机制,召开联席会议。",
    # audit2/007.txt 5
    "制定《兴国县贯彻落实〈关于民营经济发展壮大的若干措施〉责任分工》等文件,落实落细民营经济发展壮大政策措施。",
    # audit/002.txt 4: a page's breadcrumb uses ">" outside any title.
    "您所在的位置:政务公开 > 工作报告",
])
def test_t013_leaves_real_single_title_marks_and_breadcrumbs_alone(text: str) -> None:
    assert only(text + "\n", "T013") == []


# --- T014 顿号 between titles (opt-in rule; selecting it enables it) --------------------------------------------

@pytest.mark.parametrize("text, count", [
    # audit/051.txt 6 (cut)
    ("编撰并公示《长治市交通运输局关于2024年法治政府建设情况的报告》,印发《2025年交通运输法治工作要点》、"
     "《党政主要负责人履行推进法治建设第一责任人职责2025年工作清单》,明确全年法治建设重点和责任。", 1),
    # audit3/013.txt 5 (cut)
    ("坚决贯彻执行《劳动法》、《劳动合同法》、《就业促进法》、《社会保险法》等各项法律法规,"
     "工作中做到讲规矩、按程序、守纪律。", 3),
    # audit3/029.txt 3
    ("牵头制定年度普法责任清单,组织开展新修订《公司法》、《行政复议法》等专题学习,"
     "推动法治思维融入国资监管和企业治理全过程。", 1),
    # audit4/040.txt 8
    ("我组织开展“法律七进”、普法宣传月活动,持续推动《民法典》、《行政复议法》、《法律援助法》等在全县贯彻落实。", 2),
    # seeds/003 line 86
    ("主持局班子集体学习新颁布的《中华人民共和国民法典》、《优化营商环境条例》。", 1),
])
def test_t014_flags_real_commas_between_titles(text: str, count: int) -> None:
    found = only(text + "\n", "T014")
    assert len(found) == count and {excerpt for _, _, excerpt in found} == {"、"}
    assert all(text[column - 2:column + 1] == "》、《" for _, column, _ in found)


@pytest.mark.parametrize("text", [
    # audit4/036.txt 6: a document number between the titles, so the 顿号 is right.
    "及时印发《2023年荣昌交通普法依法治理工作要点》(荣交发〔2023〕27号)、《2023年荣昌交通法治工作要点》(荣交发〔2023〕43号)。",
    # audit/011.txt 7: titles side by side, as the standard wants.
    "出台《2023年度法治政府(法治市场监管)建设工作清单》《2023年度法治政府(法治市场监管)建设考评办法》,"
    "抓实抓好各项指标任务的细化落实。",
    # audit/017.txt 3 (cut): four titles side by side, one holding brackets.
    "推动出台《苏州市户籍准入登记管理办法》《苏州市区积分落户管理办法》《关于调整轻型多用途货车(皮卡)和轻型厢式封闭式新能源货车"
    "通行限制的通告》《市政府关于国Ⅲ及以下排放标准柴油货车限行管理的通告》市政府规范性文件4件。",
    # audit/034.txt 4 (cut): 顿号 between verbs, no titles.
    "坚持领导干部带头学法、用法、尊法、守法、普法。",
])
def test_t014_leaves_real_titles_without_a_comma_between_alone(text: str) -> None:
    assert only(text + "\n", "T014") == []


# --- T011 a garbled question mark --------------------------------------------------------------------------------

def test_t011_real_garbled_question_mark_before_residue() -> None:
    # audit3/003.txt 2 (traditional characters and pinyin annotations as published): "建設。現(xiàn)將" came
    # out as "建設?,F(xiàn)將" (the full stop and 現 lost in transcoding); the sentence holds no question word.
    text = ("2023年,在太倉市委、市政府的正確領導下,陸渡街道加強組織領導、規(guī)范依法行政、創(chuàng)新管理模式,"
            "推進法治政府建設?,F(xiàn)將情況報告如下:\n")
    assert [excerpt for _, _, excerpt in only(text, "T011", year=2023)] == ["?"]


@pytest.mark.parametrize("text", [
    # A real question before the same kind of debris, and a "?" closing a line or followed by a digit.
    "如何推进法治政府建设?,F(xiàn)将情况报告如下:\n",
    "群众满意度测评问卷第5题:您对本单位依法行政情况是否满意?\n",
    "推进法治政府建设?,2023年工作如下:\n",
])
def test_t011_leaves_a_question_and_other_marks_after_the_question_mark_alone(text: str) -> None:
    assert only(text, "T011", year=2023) == []
