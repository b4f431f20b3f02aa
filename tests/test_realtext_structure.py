"""Structure rules S009 (title run into the body) and S010 (lead-in written twice) on real report openings.

The lines are quoted as published (audit corpora under /work/golden), half-width punctuation included; each case
names its source. A long opening paragraph is cut to its first or last sentence (marked "cut"), and a minimal
heading line follows where the rule needs to see where the opening ends.
"""

from __future__ import annotations

import pytest
from conftest import lint


def only(text: str, code: str, year: int | None = None) -> list[tuple[int, int]]:
    return [(f.line, f.column) for f in lint(text, select=code, year=year) if f.rule == code]


# --- S009 the title run into the first paragraph -----------------------------------------------------------------

HUBEI_TITLE = "湖北省人民政府关于2023年度法治政府建设情况的报告"
HUBEI_BODY = ("2023年,省政府坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻落实党的二十大和二十届二中全会精神,"
              "深入学习贯彻习近平法治思想和习近平总书记关于湖北工作的重要讲话、重要指示批示精神,认真落实省第十二次党代会精神,"
              "坚持依法行政,拧紧行政决策、权力运行、执法监督链条,推动依法行政制度体系更加完善,行政效能有效提升,"
              "法治环境持续优化,法治政府建设取得新成效,为奋力推进中国式现代化湖北实践提供了有力法治保障。")
HUBEI_WATERMARK = "秘书之家—全网资源每日更新www.mishuzj.com"


@pytest.mark.parametrize("first_line, title", [
    # audit4/001.txt 1 (cut to its first sentence; the spaces around the years are as published)
    ("某县 2025 年度法治政府建设情况报告2025 年,全县坚持以习近平新时代中国特色社会主义思想为指导,"
     "深入学习贯彻习近平法治思想,"
     "全面贯彻落实党的二十大和二十届三中、四中全会精神,紧紧围绕建设中国特色社会主义法治体系、建设社会主义法治国家总目标,"
     "以创建全省法治政府建设示范县为契机,统筹推进依法行政、公正执法、全民守法各项工作,政府治理效能持续提升,"
     "人民群众法治获得感不断增强,为全县经济社会高质量发展提供了坚实法治保障。", "某县 2025 年度法治政府建设情况报告"),
    # audit3/009.txt 1 (cut) without the mirror site's watermark in front (as after B001's fix).
    (HUBEI_TITLE + HUBEI_BODY, HUBEI_TITLE),
])
def test_s009_flags_real_titles_run_into_the_body(first_line: str, title: str) -> None:
    text = first_line + "\n一、主要举措和成效\n"
    assert only(text, "S009") == [(1, len(title))]


def test_s009_flags_a_real_doubled_title_run_into_the_body() -> None:
    # audit4/010.txt 1 (cut; a template copied from a document site, its placeholders as published): the title
    # twice, then the body, all on one line. Only the rule and line are pinned: where the title ends is moot.
    text = ("法治政府建设年度情况自查报告法治政府建设年度状况自查报告"
            "依据20xx年度xx县法治政府建设考评指标和评分标准文件精神,"
            "我镇对20xx年法治政府建设年度状况进行了自查自评,现报告如下:\n一、落实领导班子集体学法\n")
    assert [line for line, _ in only(text, "S009")] == [1]


def test_s009_real_title_run_into_the_body_behind_a_watermark() -> None:
    # audit3/009.txt 1 (cut), as published. B001 reports the watermark; S009 the body run into the title, with
    # the title alone in its message and its fix after the title.
    text = HUBEI_WATERMARK + HUBEI_TITLE + HUBEI_BODY + "\n一、坚持党的领导,坚决扛牢法治政府建设政治责任\n"
    [s009] = [f for f in lint(text, select=["S009"]) if f.rule == "S009"]
    assert s009.line == 1 and f"标题“{HUBEI_TITLE}”之后直接接着正文“2023年" in s009.message
    assert s009.column == len(HUBEI_WATERMARK + HUBEI_TITLE)
    assert [f.rule for f in lint(text, select=["B001"])] == ["B001"]


def test_s009_leaves_a_watermarked_title_alone_when_its_line_ends_there() -> None:
    text = HUBEI_WATERMARK + HUBEI_TITLE + "\n" + HUBEI_BODY + "\n一、坚持党的领导,坚决扛牢法治政府建设政治责任\n"
    assert only(text, "S009") == []


@pytest.mark.parametrize("text", [
    # audit3/053.txt 1-2: the first paragraph names 年度报告制度 but is no title.
    "按照中办、国办《法治政府建设与责任落实工作规定》关于贯彻新的法治政府建设年度报告制度的要求,"
    "现将我局法治政府建设年度情况报告如下:\n一、法治政府建设工作情况\n",
    # audit4/038.txt 1-3: a salutation, then a lead-in that names the report.
    "市委、市政府:\n根据法治政府建设年度报告制度的要求,现将我局2023年度法治政府建设工作报告如下:\n"
    "一、深入学习贯彻党的二十大精神,强化组织领导,以习近平法治思想引领交通法治建设\n",
    # audit4/002.txt 5: a document site's blurb naming the report in mid-sentence.
    "下面是小编为大家整理的2023年区五年法治政府建设工作情况报告,供大家参考。\n",
    # audit2/019.txt 7 and 11 (cut): a title ending in a bracket, the body on its own line.
    "塘栖镇法治政府建设年度报告(2024年度)\n"
    "2024年,塘栖镇在镇委、镇政府的正确领导下,坚持以习近平新时代中国特色社会主义思想为指引,"
    "全面贯彻落实党的二十大和二十届二中、三中全会精神。\n一、主要成效和举措\n",
])
def test_s009_leaves_real_openings_that_name_a_report_alone(text: str) -> None:
    assert only(text, "S009") == []


# --- S010 the lead-in written twice --------------------------------------------------------------------------------

def test_s010_flags_a_real_doubled_lead_in() -> None:
    # audit4/016.txt 1-4, as published: the 规定-based lead-in, then an opening that ends with its own.
    text = ("广州市教育局2021年法治政府建设年度报告\n"
            "根据《法治政府建设与责任落实督察工作规定》《法治政府建设实施纲要(2021—2025年)》"
            "《广东省法治政府建设年度报告制度工作指引》的规定,现将我局2021年法治政府建设情况报告如下:\n"
            "2021年,我局坚持以习近平新时代中国特色社会主义思想为指导,认真贯彻落实市委、市政府决策部署,"
            "全面履行建设法治政府职责,扎实推进法治政府建设,为全市教育营造良好的法治环境。现将有关情况报告如下。\n"
            "一、深入学习宣传贯彻习近平法治思想\n")
    assert [line for line, _ in only(text, "S010", 2021)] == [3]


@pytest.mark.parametrize("text, year", [
    # audit4/004.txt 1-4 (lead-in cut to its last sentence): the title twice, one lead-in.
    ("东湖街道2024年度法治政府建设情况报告\n东湖街道2024年度法治政府建设情况报告\n"
     "现将我街道2024年法治政府建设工作报告如下:\n一、推进法治政府建设情况\n", 2024),
    # audit2/034.txt 1-5 (lead-in cut): the title, then the title again over two lines, one lead-in.
    ("济宁市交通运输局关于2024年法治政府建设情况的报告\n济宁市交通运输局\n关于2024年法治政府建设情况的报告\n"
     "现将具体工作情况汇报如下:\n一、2024年推进法治政府建设的主要举措和成效\n", 2024),
    # audit4/040.txt 1-4 (lead-in cut): a title, a salutation, one lead-in.
    ("古丈县司法局 关于2024年度法治政府建设情况的报告\n县委、县人民政府:\n现将工作情况报告如下:\n"
     "一、工作开展举措和成效\n", 2024),
    # audit4/038.txt 1-3: a salutation whose lead-in names 年度报告制度 and ends with 报告如下.
    ("市委、市政府:\n根据法治政府建设年度报告制度的要求,现将我局2023年度法治政府建设工作报告如下:\n"
     "一、深入学习贯彻党的二十大精神,强化组织领导,以习近平法治思想引领交通法治建设\n", 2023),
])
def test_s010_leaves_real_single_lead_ins_alone(text: str, year: int) -> None:
    assert only(text, "S010", year) == []
