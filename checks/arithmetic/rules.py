"""The arithmetic rules (A codes): declarations, documentation and examples. The checking lives beside them:
rates.py (A001, A002), parts.py (A003, A004), changes.py (A005), bounds.py (A006), wording.py (A007)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from linter.document import Document
from linter.model import Hit
from linter.rules import rule

from .bounds import over_hundred_hits
from .changes import change_hits
from .parts import exceed_hits, later_subset_hits, shortfall_hits
from .rates import rate_hits
from .wording import decrease_by_multiple_hits


@rule(code="A001", name="rate-mismatch", family="arithmetic", severity="error",
      summary="比率与句中的分子、分母算不上",
      explanation="纠错率、调处成功率、办结率等比率按官方口径由同句（或上一句）列出的数字算出。报告写的数值应等于"
                  "精确值按所写小数位四舍五入或截断的结果；末位差1记为警告，差得更多记为错误。消息给出算式和应写的值。"
                  "只有句中能明确找到分子和分母时才检查；带小数的约数（约19.2%、19.2%左右）仍按所列数字核对，另允许"
                  "末位差1；整数约数（约98%）、界限（超过、以上……）和带约、余、多的数字不检查。报告没有写纠错数、只列出撤销、变更、"
                  "确认违法等结果时，按定义把这些分项加起来作分子（分项须紧随审结数列出、没有约数、不与行政诉讼等其他"
                  "案件混在一起，否则不检查）。口径可在配置 arithmetic.metrics 中增改。",
      bad=["人民调解受理矛盾纠纷1940件，调处成功1893件，调处成功率97.8%。",
           "全年受理投诉200件，办结191件，办结率96.0%。",
           "全县政务服务事项5828项，网上可办639项，网上可办率10.97%。",
           "全年审结行政复议案件10件，其中维持7件、撤销2件、确认违法1件，纠错率20%。",
           "本年度审结行政复议案件208件，其中纠错47件，纠错率约18.4%。"],
      good=["人民调解受理矛盾纠纷1940件，调处成功1893件，调处成功率97.6%。",
            "全县256项行政许可事项进驻政务大厅251项，进驻率98.04%。",
            "受理矛盾纠纷1940件，调处成功1893件，调处成功率约98%。",
            "全年审结行政复议案件10件，其中维持7件、撤销2件、变更1件，纠错率30%。"],
      example_year=2024)
def rate_mismatch(doc: Document, opts: Mapping[str, Any]) -> Iterator[Hit]:
    for found in rate_hits(doc, opts):
        if found.code == "A001":
            yield found.hit


@rule(code="A002", name="rate-wrong-denominator", family="arithmetic", severity="error",
      summary="比率用错了分母（如纠错率以申请数而非审结数为分母）",
      explanation="行政复议纠错率的分母是审结（办结）数，不是申请数或受理数；调解成功率的分母是受理数。当报告写的比率"
                  "恰好等于分子除以句中另一个数（申请、受理……）时，说明计算口径用错了。消息写出报告所用的分母和定义"
                  "要求的分母，以及按定义算出的值。",
      bad=["共收到行政复议申请177件，审结166件，其中纠错61件，纠错率为34.46%。",
           "受理行政复议案件12件，审结10件，其中维持7件、撤销2件、确认违法1件，纠错率25%。"],
      good=["共收到行政复议申请177件，审结166件，其中纠错61件，纠错率为36.75%。",
            "受理行政复议案件12件，审结10件，其中维持7件、撤销2件、确认违法1件，纠错率30%。"],
      example_year=2024)
def rate_wrong_denominator(doc: Document, opts: Mapping[str, Any]) -> Iterator[Hit]:
    for found in rate_hits(doc, opts):
        if found.code == "A002":
            yield found.hit


@rule(code="A003", name="parts-exceed-total", family="arithmetic", severity="error",
      summary="分项之和（或某一分项）大于总数",
      explanation="“共N件，其中A件、B件”或“办结N件，提前办结A件，按时办结B件”这样的列举，互不重叠的分项加起来不能"
                  "大于总数，任何一个分项也不能大于总数。消息给出分项的加法和总数。分项带有“涉及”“含”等可能相互重叠"
                  "的限定时，只检查单个分项。上一句写明某类案件数（“投诉举报类12件”），下一句以“其中”列出同类案件的细分"
                  "（“其中市场监管领域投诉举报案件13件”）而数目更大时，给出警告。",
      bad=["截至9月底，窗口受理事项852项，办结840项，提前办结771项，按时办结81项。",
           "全年审结行政复议案件32件，其中纠错40件。"],
      good=["截至9月底，窗口受理事项852项，办结840项，提前办结759项，按时办结81项。",
            "共办理案件120件，其中涉企案件80件，涉及民生案件60件。"],
      example_year=2024)
def parts_exceed_total(doc: Document, opts: Mapping[str, Any]) -> Iterator[Hit]:
    yield from exceed_hits(doc)
    yield from later_subset_hits(doc)


@rule(code="A004", name="parts-miss-total", family="arithmetic", severity="error",
      summary="完整列举的分项加起来不等于总数",
      explanation="分项是总数的互补类别（审结分为维持、驳回、纠错、调解；清理分为保留、修改、废止；评查分为优秀、"
                  "良好、合格、不合格；受理分为办结、在办……），或者原文写了“分别为”“合计”，或者列举以“其他”收尾时，"
                  "分项之和应当等于总数。只列举部分类别（如“其中涉企案件……”）时不检查。",
      bad=["政府门户网站共发布信息5244条。其中，动态信息1548条；公示公告45条；专题栏目285条；其他信息41条。",
           "对50件规范性文件进行清理，保留41件，修改2件，废止3件。"],
      good=["对44件规范性文件进行清理，保留41件，废止3件。",
            "共办理法律援助案件663件，其中民生案件93件，刑事案件500件。"],
      example_year=2024)
def parts_miss_total(doc: Document, opts: Mapping[str, Any]) -> Iterator[Hit]:
    yield from shortfall_hits(doc)


@rule(code="A005", name="change-mismatch", family="arithmetic", severity="error",
      summary="增幅、降幅或百分点变化与前后两个数值不符",
      explanation="“由X提高至Y，增幅Z%”“较上年的X增长Z%”“从X%提升至Y%，提高Z个百分点”中，两个数值都写出时，"
                  "变化幅度按（Y−X）÷X（百分点按Y−X）核对，容差与比率相同；写“提高”而数值下降也报告。两个百分率之差"
                  "应写作“个百分点”，写成“%”时给出警告。只写“同比增长Z%”而没有写出基数时不检查。"
                  "两个数值旁写明倍数时（“由X增加到Y，增长N倍”“Y，是上年X的N倍”“翻一番”）也核对：按惯例“增长N倍”"
                  "指Y = X×(N+1)，“增长到N倍”“是……的N倍”指Y = X×N；把“增长到3倍”写成“增长3倍”给出警告。"
                  "约数倍数（近3倍、3倍多）不检查。",
      bad=["城市低保标准由650元/月提高至675元/月，增幅3.95%。",
           "群众满意率从89.05%提升至93.66%，提高4.2个百分点。",
           "全年办理案件120件，较上年的100件增长25%。",
           "全县公职律师由15名增加到45名，增长3倍。"],
      good=["城市低保标准由650元/月提高至675元/月，农村低保标准由4140元/年提高至4332元/年，增幅分别达到3.85%和4.64%。",
            "全年办理案件120件，同比增长20%。",
            "全县公职律师由15名增加到45名，增长2倍。"],
      example_year=2024)
def change_mismatch(doc: Document, opts: Mapping[str, Any]) -> Iterator[Hit]:
    yield from change_hits(doc)


@rule(code="A006", name="rate-over-hundred", family="arithmetic", severity="error",
      summary="成功率、办结率、覆盖率、占比等超过100%",
      explanation="成功率、办结率、纠错率、覆盖率、满意率、占比等的分子是分母的一部分，不可能超过100%，超过说明数字"
                  "或口径有误。完成率、执行率、增长率可以超过100%，不检查。",
      bad=["全年调处矛盾纠纷5100件，调处成功率100.8%。"],
      good=["全年调处矛盾纠纷5100件，调处成功率99.8%。", "公职律师增长23人，增长率达460%。"],
      example_year=2024)
def rate_over_hundred(doc: Document, opts: Mapping[str, Any]) -> Iterator[Hit]:
    yield from over_hundred_hits(doc)


@rule(code="A007", name="decrease-by-multiple", family="arithmetic", severity="warning",
      summary="减少用倍数表示（“降低2倍”）",
      explanation="按数字用法的通行规范，增加可以说“增加了2倍”“增加到3倍”，减少却不能用倍数：“降低1倍”就已减为零，"
                  "“降低2倍”说不通。应改用百分数（“降低50%”“下降66.7%”）或分数（“降低到原来的三分之一”）。"
                  "“降至原来的0.5倍”这类说剩下多少的写法不报告。",
      bad=["全县行政复议案件办理周期由60天缩短至20天，缩短了2倍。",
           "通过流程再造，群众办事成本降低3倍。"],
      good=["全县行政复议案件办理周期由60天缩短至20天，缩短了66.7%。",
            "群众办事时间压缩至原来的三分之一，线上办件量增长2倍。"],
      example_year=2024)
def decrease_by_multiple(doc: Document, opts: Mapping[str, Any]) -> Iterator[Hit]:
    yield from decrease_by_multiple_hits(doc)
