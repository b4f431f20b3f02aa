"""Web-page chrome left in a report: one finding per chrome line, each with a safe fix that deletes the
line and its line break. Which lines are chrome is decided once per document by linter.chrome."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from linter.chrome import PAGE_TITLE, TitleWatermark, chrome_kinds, glued_metadata, label
from linter.document import Document, Line
from linter.model import Edit, Fix, Hit
from linter.rules import rule

_DATE_KINDS = frozenset({"date", "signed_date"})
_QUOTE_MAX = 30


def _quote(text: str) -> str:
    text = text.strip()
    return text if len(text) <= _QUOTE_MAX else text[: _QUOTE_MAX - 1] + "…"


def _delete_line(doc: Document, line: Line) -> Fix:
    # The whole line and its line break, so the report text around it is left byte-identical.
    end = line.end + 1 if line.number < len(doc.lines) else len(doc.text)
    return Fix("safe", (Edit(line.start, end, ""),))


def _hit(doc: Document, number: int, message: str) -> Hit:
    line = doc.lines[number - 1]
    start = line.start + len(line.text) - len(line.text.lstrip())
    end = line.start + len(line.text.rstrip())
    return Hit(start, end, message, suggestion="删除整行", fix=_delete_line(doc, line))


def _lines_of(doc: Document, wanted: frozenset[str] | None, unwanted: frozenset[str] = frozenset()) \
        -> Iterator[tuple[int, str]]:
    for number, kind in sorted(chrome_kinds(doc).items()):
        if (wanted is None or kind in wanted) and kind not in unwanted:
            yield number, kind


@rule(code="B001", name="web-chrome-line", family="boilerplate", severity="error",
      summary="网页导航、控件或发布元信息残留在报告中",
      explanation="从政府网站复制或抓取报告时，常把网页上的面包屑导航（您现在的位置：首页 > …）、页头日期、"
                  "分享与二维码、打印关闭按钮、字号控件、浏览量、索引号/发布机构/来源/发布时间等元信息、"
                  "文档网站的下载与评分提示一并带入；元信息也常写成“[ 索引号 ] …”“| [ 发文字号 ] | 无 |”"
                  "“索 引 号：”、一行几个字段（“日期：… 来源：…”）"
                  "或不带冒号的字段（“责任部门 某镇 公开形式 主动公开”），"
                  "还有页头的“移动端应用”“政务微博”“智能助手”、字号按钮“大/中/小”、被植入的赌博广告。"
                  "这些行不是报告正文，留在文稿里显得粗疏。"
                  "只判断短的整行，正文句子中提到“来源”“首页”“发布”“名称”“分类”不会报告，"
                  "只由数字和事项组成的表格行（“| 受理 | 12件 |”）也不会报告；"
                  "“标题：…”“名称：…”、单独的“大”“打印”“政务微博”等只在报告正文之前或之后、且旁边有明确的网页残留时才报告。"
                  "安全修复会删除整行；发布时间与报告第一段粘在同一行"
                  "（“发表时间：2025-03-18 16:56:432024年以来，……”）时，"
                  "只报告并删除发布时间这一段；镜像或范文网站把网站名、口号和网址粘在报告标题前后"
                  "（“秘书之家—全网资源每日更新www.xxx.com某县2023年法治政府建设年度报告”）时，"
                  "只报告并删除这段水印，标题照常识别。标题行没有网址时不作判断。"
                  "可在配置 boilerplate.patterns 中补充本单位网站特有的残留样式。",
      bad=["您现在的位置：首页 > 政务公开 > 工作报告\n某县2024年法治政府建设情况报告\n2024年，某县推进法治政府建设。",
           "某县2024年法治政府建设情况报告\n2024年，某县扎实推进法治政府建设。\n【打印本页】【关闭窗口】",
           "索引号：11360121-2024-00012\n某县2024年法治政府建设情况报告\n2024年，某县扎实推进法治政府建设。",
           "某县2024年法治政府建设情况报告\n浏览次数：1268\n2024年，某县扎实推进法治政府建设。",
           "[ 索引号 ] 11360121/2024-00012 [ 发文字号 ]\n某县2024年法治政府建设情况报告\n2024年，某县推进法治建设。",
           "日期：2025-03-17 11:12　来源：某县司法局\n某县2024年法治政府建设情况报告\n2024年，某县推进法治政府建设。",
           "责任部门 某镇 公开形式 主动公开\n某镇2024年法治政府建设情况报告\n2024年，某镇推进法治政府建设。",
           "登录个人中心\n政务微博\n某县2024年法治政府建设情况报告\n2024年，某县推进法治政府建设。",
           "某县2024年法治政府建设情况报告\n发表时间：2025-03-18 16:56:432024年，某县扎实推进法治政府建设。",
           "秘书之家—全网资源每日更新www.xxx.com某县2024年法治政府建设年度报告\n2024年，某县扎实推进法治政府建设。",
           "某县2024年法治政府建设情况报告_某某范文网 www.xxx.com\n2024年，某县扎实推进法治政府建设。"],
      good=["某县2024年法治政府建设情况报告\n2024年，某县扎实推进法治政府建设，信息来源更加权威，首页专栏及时发布政策解读。",
            "某县2024年法治政府建设情况报告\n（三）推进政务公开。全年在政府网站首页发布信息1268条。",
            "某县2024年法治政府建设情况报告\n全年网站访问量：120万次。",
            "某县2024年法治政府建设情况报告\n日期：2024年3月，我局召开专题会议。\n| 受理 | 12件 |",
            "某县2024年法治政府建设情况报告\n责任部门要切实履行职责，公开形式多样。\n大力推进法治政府建设。",
            "某县2024年法治政府建设情况报告\n2024年，某县推进法治政府建设。\n名称：某某条例（修订草案）\n"
            "政务微博\n大\n全年办理案件12件。",
            "某县2024年法治政府建设情况报告（www.gov.cn）\n2024年，某县在www.gov.cn公开权责清单。"],
      fix="safe", example_year=2024)
def web_chrome_line(doc: Document, opts: Mapping[str, Any]) -> Iterator[Hit]:
    for number, kind in _lines_of(doc, None, _DATE_KINDS | {PAGE_TITLE}):
        text = _quote(doc.lines[number - 1].text)
        yield _hit(doc, number, f"“{text}”是{label(kind)}，不是报告正文：从网页复制或抓取时带入，应整行删除")
    for number, length in sorted(glued_metadata(doc).items()):
        yield _glued_hit(doc.lines[number - 1], length)
    for number, wm in sorted(doc.outline.watermarks.items()):
        yield _watermark_hit(doc.lines[number - 1], wm)


def _glued_hit(line: Line, length: int) -> Hit:
    # Only the field is reported and deleted: the rest of the line is the report's first paragraph.
    start = line.start + len(line.text) - len(line.text.lstrip())
    field = line.text[:length].strip()
    message = (f"“{_quote(field)}”是{label('metadata')}，与报告第一段粘在同一行：从网页复制或抓取时带入，"
               "应删除这段元信息，保留后面的正文")
    return Hit(start, line.start + length, message, suggestion="删除这段元信息",
               fix=Fix("safe", (Edit(line.start, line.start + length, ""),)))


def _watermark_hit(line: Line, wm: TitleWatermark) -> Hit:
    # Only the watermark is reported and deleted: the title beside it stays.
    # The fix deletes the blanks between the watermark and the title too; the finding shows the watermark.
    mark = line.text[wm.start:wm.end]
    start = line.start + wm.start + len(mark) - len(mark.lstrip())
    end = line.start + wm.start + len(mark.rstrip())
    message = (f"“{_quote(mark.strip())}”是镜像或范文网站的水印（网站名和网址），与报告标题粘在同一行："
               "从网页复制或抓取时带入，应删除，保留标题")
    return Hit(start, end, message, suggestion="删除网站水印",
               fix=Fix("safe", (Edit(line.start + wm.start, line.start + wm.end, ""),)))


@rule(code="B002", name="web-date-list", family="boilerplate", severity="error",
      summary="报告开头或结尾成串的孤立日期（网页文章列表残留）",
      explanation="网页“相关文章”“最新更新”列表只留下日期时，报告开头或结尾会出现一行一个的孤立日期"
                  "（2023-03-15、2022-07-09……）。它们不是报告正文，应删除。只在报告正文之前或之后判断；"
                  "落款日期（如“2024年3月15日”）单独一行时不会报告。安全修复会删除整行。",
      bad=["2023-03-15\n2022-07-09\n2022-11-16\n某县2023年法治政府建设情况报告\n2023年，某县扎实推进法治政府建设。",
           "某县2023年法治政府建设情况报告\n2023年，某县扎实推进法治政府建设。\n扫码浏览\n2024-01-25"],
      good=["某县2023年法治政府建设情况报告\n2023年，某县扎实推进法治政府建设。\n某县人民政府\n2024年3月15日",
            "某县2023年法治政府建设情况报告\n2023年，某县扎实推进法治政府建设。\n2024-03-15"],
      fix="safe", example_year=2023)
def web_date_list(doc: Document, opts: Mapping[str, Any]) -> Iterator[Hit]:
    for number, kind in _lines_of(doc, _DATE_KINDS):
        text = _quote(doc.lines[number - 1].text)
        yield _hit(doc, number, f"“{text}”是{label(kind)}，在报告正文之外孤立成行，不是报告内容，应整行删除")


@rule(code="B003", name="repeated-page-title", family="boilerplate", severity="error",
      summary="网页标题在报告标题上方重复出现",
      explanation="网页把文章标题（常带网站名，如“…情况报告_某县人民政府”）显示在正文之上，复制时它就落在"
                  "报告自己的标题上方，形成两个标题。只判断文档开头（网页残留之后）紧挨报告标题的那一行；"
                  "报告标题分两行写（发文机关一行、“关于…的报告”一行）时与两行合起来比较，"
                  "网页栏目名（如“工作报告”这样不超过六个字的短行）和两者之间的网页残留（日期、字号按钮、分享）不妨碍判断。"
                  "安全修复会删除网页标题这一行，保留报告标题。",
      bad=["某县2024年法治政府建设情况报告_某县人民政府门户网站\n某县2024年法治政府建设情况报告\n2024年，某县扎实推进法治政府建设。",
           "分享到：\n某县2024年法治政府建设情况报告\n某县2024年法治政府建设情况报告\n2024年，某县扎实推进法治政府建设。",
           "工作报告\n某县2024年法治政府建设情况报告\n某县2024年法治政府建设情况报告\n2024年，某县推进法治政府建设。",
           "某县人民政府关于2024年法治政府建设情况的报告\n某县人民政府\n关于2024年法治政府建设情况的报告\n"
           "2024年，某县扎实推进法治政府建设。",
           "某县2024年法治政府建设情况报告\n- 日期：2025-02-12\n大\n中\n小\n分享到：\n某县2024年法治政府建设情况报告\n"
           "2024年，某县扎实推进法治政府建设。"],
      good=["某县人民政府\n某县2024年法治政府建设情况报告\n2024年，某县扎实推进法治政府建设。",
            "某县2024年法治政府建设情况报告\n2024年，某县扎实推进法治政府建设情况报告如下。",
            "某县人民政府\n关于2024年法治政府建设情况的报告\n2024年，某县扎实推进法治政府建设。"],
      fix="safe", example_year=2024)
def repeated_page_title(doc: Document, opts: Mapping[str, Any]) -> Iterator[Hit]:
    for number, _kind in _lines_of(doc, frozenset({PAGE_TITLE})):
        text = _quote(doc.lines[number - 1].text)
        yield _hit(doc, number, f"“{text}”是{label(PAGE_TITLE)}：下一行已是报告标题，这一行是网页残留，应整行删除")
