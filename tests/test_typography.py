"""Typography (T003–T010): punctuation width, 发文字号, doubled words, 截至, paired punctuation, approximate
numbers, full-width digits and broken paragraphs; the typography entries of the seed scorecard."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from conftest import SEEDS, codes, lint

from linter import Config, lint_path, lint_text
from linter.api import fix_result
from linter.config import ConfigError, from_mapping


def only(text: str, code: str, year: int = 2024, **config: object) -> list:
    return [f for f in lint(text, select=code, year=year, **config) if f.rule == code]


def fixed(text: str, code: str, unsafe: bool = False, year: int = 2024) -> str:
    cfg = Config(select=[code])
    raw, _ = fix_result(lint_text(text, cfg, year=year), cfg, year, unsafe=unsafe)
    return raw


# --- T003 mixed punctuation width --------------------------------------------------------------------------

FULL_PARAGRAPH = ("2024年，我县持续深化“放管服”改革，全面推行证明事项告知承诺制，办理事项1200件，减少证明材料3000份。"
                  "同时，推进行政执法“三项制度”，开展案卷评查2次，评查案卷120卷；组织执法培训5期，参训600人次；"
                  "聘请法律顾问12名，审查合同85份（含重大合同9份），提出意见40条。\n")


def test_half_width_mark_in_a_full_width_document_is_flagged_and_fixed() -> None:
    text = FULL_PARAGRAPH + "全年办理行政复议案件32件,纠错2件；行政应诉案件15件(含二审3件)。\n"
    found = only(text, "T003")
    assert [(f.line, f.excerpt) for f in found] == [(2, ","), (2, "("), (2, ")")]
    assert "中文正文应使用全角“，”" in found[0].message and found[0].fix.safety == "safe"
    assert fixed(text, "T003").splitlines()[1] == "全年办理行政复议案件32件，纠错2件；行政应诉案件15件（含二审3件）。"


def test_consistent_documents_are_never_flagged() -> None:
    assert only(FULL_PARAGRAPH * 3, "T003") == []
    half = FULL_PARAGRAPH.replace("，", ",").replace("；", ";").replace("（", "(").replace("）", ")")
    assert only(half * 3, "T003") == []


def test_numbers_times_and_latin_do_not_count_as_half_width_chinese_marks() -> None:
    text = FULL_PARAGRAPH + "涉及金额1,200万元，会议于9:30召开，参见f(x)说明。\n"
    assert only(text, "T003") == []


def test_full_width_mark_in_a_half_width_document_is_flagged_without_fix() -> None:
    half = FULL_PARAGRAPH.replace("，", ",").replace("；", ";").replace("（", "(").replace("）", ")")
    found = only(half + "全年办理行政复议案件32件，纠错2件。\n", "T003")
    assert [f.excerpt for f in found] == ["，"]
    assert "以半角标点为主" in found[0].message and found[0].fix is None


def test_no_clear_majority_is_not_flagged() -> None:
    text = "全年办理案件32件，纠错2件，维持20件，驳回10件,调解5件,和解3件,终止2件。\n" * 2
    assert only(text, "T003") == []


def test_ascii_quotes_in_a_document_of_full_width_quotes_are_flagged_and_fixed_in_pairs() -> None:
    text = ("深化“放管服”改革，推行“一网通办”“最多跑一次”，落实“谁执法谁普法”责任制。\n"
            "开展“法律进乡村”“法律进企业”等活动，“八五”普法中期评估获评优秀。\n"
            "推行“三书同达”“721”工作法。\n"
            "创新推行\"法治讲堂+业务讲堂\"双轮驱动模式，打造\"枫桥式\"司法所2个。\n")
    found = only(text, "T003")
    assert [(f.line, f.column) for f in found] == [(4, 5), (4, 15), (4, 25), (4, 29)]
    assert "全角引号" in found[0].message and found[0].fix.safety == "safe"
    assert fixed(text, "T003").splitlines()[3] == "创新推行“法治讲堂+业务讲堂”双轮驱动模式，打造“枫桥式”司法所2个。"
    # Half-width other marks do not change the quote count: "，" here is half-width throughout.
    assert len(only(text.replace("，", ","), "T003")) == 4


def test_an_odd_ascii_quote_is_reported_without_a_fix() -> None:
    text = "深化“放管服”改革，推行“一网通办”“最多跑一次”，落实“谁执法谁普法”责任制。\n打造\"枫桥式司法所2个。\n"
    (f,) = only(text, "T003")
    assert f.fix is None


@pytest.mark.parametrize("text", [
    # Quotes consistently ASCII (a scrape): nothing to be consistent with.
    '深化"放管服"改革，推行"一网通办"，落实"谁执法谁普法"责任制，打造"枫桥式"司法所。\n',
    # Too few full-width quotes to speak of a majority.
    '深化“放管服”改革，创新推行"法治讲堂"模式。\n',
    # ASCII quotes in Latin or code text are not Chinese text.
    '深化“放管服”改革，推行“一网通办”，落实“谁执法谁普法”责任制。\n系统接口参数 name="report" 已配置。\n',
])
def test_quotes_left_alone(text: str) -> None:
    assert only(text, "T003") == []


def test_mixed_width_is_capped_and_says_how_many_more() -> None:
    text = FULL_PARAGRAPH * 12 + "办理案件32件,纠错2件,维持20件,驳回10件,调解5件,和解3件。\n" * 5  # 25 odd commas
    found = only(text, "T003")
    assert len(found) == 20 and "另有5处" in found[-1].message
    found = only(text, "T003", options={"typography": {"mixed-width-cap": 3}})
    assert len(found) == 3 and "另有22处" in found[-1].message


def test_typography_options_are_validated() -> None:
    cfg = from_mapping({"typography": {"mixed-width-cap": 5, "mixed-width-majority": 0.9}})
    assert cfg.family_options("typography")["mixed-width-cap"] == 5
    with pytest.raises(ConfigError, match="typography"):
        from_mapping({"typography": {"mixed-width-limit": 5}})
    with pytest.raises(ConfigError):
        from_mapping({"typography": {"mixed-width-cap": 0}})


# --- T004 发文字号 brackets ----------------------------------------------------------------------------------

@pytest.mark.parametrize("written, wanted", [
    ("（安监总政法[2023]150号）", "（安监总政法〔2023〕150号）"),
    ("（陆教【2023】1号）", "（陆教〔2023〕1号）"),
    ("（黔府办发［2023］7号）", "（黔府办发〔2023〕7号）"),
    ("（县政办发（2023）12号）", "（县政办发〔2023〕12号）"),
])
def test_doc_number_brackets_are_fixed(written: str, wanted: str) -> None:
    text = f"根据《关于加强行政执法监督工作的通知》{written}要求，开展专项检查。"
    (f,) = only(text, "T004")
    assert "六角括号" in f.message
    assert fixed(text, "T004") == text.replace(written, wanted)


@pytest.mark.parametrize("text", [
    "根据《实施意见》（黔府办发〔2023〕7号）精神，结合工作实际。",
    "该案经（2023）粤0304民初123号判决确认。",  # a court case number keeps its parentheses
    "全年共办理行政复议案件[2]件，详见附表。",
])
def test_correct_doc_numbers_are_left_alone(text: str) -> None:
    assert only(text, "T004") == []


# --- T005 doubled words -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, shown", [
    ("截至目前，目前，全市民政系统共有34人取得行政执法证件。", "目前，目前"),
    ("截至目前,目前,全市民政系统共有34人取得行政执法证件。", "目前,目前"),
    ("持续开展开展法治宣传教育“八五”普法活动。", "开展开展"),
    ("对发现的问题及法治政府政府建设开展自查。", "政府政府"),
    ("切实提高行政机关工作人员的的法治意识。", "的的"),
    ("全面落实行政执法责任制，进一步，进一步规范执法行为。", "进一步，进一步"),
])
def test_doubled_words_are_flagged(text: str, shown: str) -> None:
    (f,) = only(text, "T005")
    assert f.excerpt == shown and "重复" in f.message


@pytest.mark.parametrize("text", [
    "截至目前，全市民政系统共有34人取得行政执法证件。",
    "召开常务会议，会议强调要层层压实责任。",  # 顶真 on purpose
    "的的确确做到了常常讲、天天讲、人人讲。",
    "为达到立法目的的要求，各部门多措并举、步步推进。",
    "通过走访了解情况，对有的的确存在困难的企业给予帮扶。",
    "组织召开座谈会，充分了解群众诉求，做到了了解到位、解决到位。",
    "大家一起研究研究，一步一步推进工作。",
    "开展点对点对接、面对面对话、一对一对接服务。",
    "今年年底前完成全部整改，工作作风明显转变，人民民主不断发展。",
    "对规范性文件进行合法合规审查，审查、报备率均达100%。",  # the second 审查 opens a list
    "对规范性文件进行合法合规审查,审查、报备率均达100%。",
    "严格落实备案、审查，审查结果及时反馈。",
    "开展“双随机”抽查，抽查主体2497户次。",  # 顶真 after a quoted term
    "开展“双随机”抽查,抽查主体2497户次。",
    "构建共建共享机制，构建共建共治共享的社会治理格局。",  # 构建 + 共建共享, not a doubled 建共
])
def test_legitimate_repetition_is_left_alone(text: str) -> None:
    assert only(text, "T005") == []


@pytest.mark.parametrize("text", [
    "　　依托“深i学”“学习强国”等平台，依托“深i学”“学习强国”等平台，组织干部职工在线学法。\n",
    "　　依托“深i学”“学习强国”等平台,依托“深i学”“学习强国”等平台,组织干部职工在线学法。\n",
    "　　严格落实行政执法三项制度；严格落实行政执法三项制度；全面提升执法水平。\n",
])
def test_a_clause_pasted_twice_is_flagged_and_fixed(text: str) -> None:
    (f,) = only(text, "T005")
    assert "分句重复" in f.message and f.fix.safety == "unsafe"
    assert fixed(text, "T005", unsafe=True).count("三项制度") + fixed(text, "T005", unsafe=True).count("等平台") == 1


@pytest.mark.parametrize("text", [
    "　　加强行政执法监督，加强行政复议工作，加强普法宣传。\n",  # parallel clauses, not repeats
    "　　一是完善制度，二是完善制度执行。\n",
    "　　全面落实责任。\n　　全面落实责任，推动工作。\n",  # across sentences: a new sentence, not a paste
    "　　受理12件，受理12件以上的单位有3个。\n",
])
def test_similar_clauses_are_left_alone(text: str) -> None:
    assert [f for f in only(text, "T005") if "分句" in f.message] == []


def test_doubled_word_fix_is_unsafe_and_exact() -> None:
    text = "截至目前，目前，全市共有34人取得行政执法证件。\n"
    (f,) = only(text, "T005")
    assert f.fix.safety == "unsafe"
    assert fixed(text, "T005") == text  # safe fixing leaves it
    assert fixed(text, "T005", unsafe=True) == "截至目前，全市共有34人取得行政执法证件。\n"


# --- T006 截止 / 截至 ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("written, wanted", [
    ("截止目前，全县共审查规范性文件61件。", "截至目前，全县共审查规范性文件61件。"),
    ("截止到2024年底，全县共审查规范性文件61件。", "截至2024年底，全县共审查规范性文件61件。"),
    ("全县共审查规范性文件61件，截止到目前均已备案。", "全县共审查规范性文件61件，截至目前均已备案。"),
    ("截至到目前，已完成行政执法案卷评查120卷。", "截至目前，已完成行政执法案卷评查120卷。"),
    ("截止至2024年12月31日，共受理申请177件。", "截至2024年12月31日，共受理申请177件。"),
    ("截止2024年底，共受理申请177件。", "截至2024年底，共受理申请177件。"),
])
def test_cutoff_wording_is_fixed(written: str, wanted: str) -> None:
    found = only(written, "T006")
    assert len(found) == 1 and "截至" in found[0].message
    assert fixed(written, "T006") == wanted


@pytest.mark.parametrize("text", [
    "截至目前，全市民政系统共有34人取得行政执法证件。",
    "申报材料截止日期为2024年5月31日。",
    "本次征求意见截止到5月底，逾期不再受理。",
    "报名于5月31日截止。",
])
def test_correct_cutoff_wording_is_left_alone(text: str) -> None:
    assert only(text, "T006") == []


# --- T007 paired punctuation ---------------------------------------------------------------------------------

def test_unclosed_book_title_is_flagged() -> None:
    (f,) = only("深入学习《法治政府建设实施纲要（2021—2025年），推动依法行政。", "T007")
    assert f.excerpt == "《" and "右书名号》" in f.message


def test_reversed_right_quote_is_flagged_once() -> None:
    (f,) = only("加大人才培育“提效“，加强法律人才储备。", "T007")
    assert f.column == 10 and "此处应为右引号”" in f.message


def test_missing_right_quote_before_a_new_quotation() -> None:
    text = "向社会公布本局“内设机构及职责、行政权力清单。做到行政许可、行政处罚等“双公示”。"
    (f,) = only(text, "T007")
    assert f.column == 8 and "没有对应的右引号" in f.message


def test_stray_closing_marks_are_flagged() -> None:
    found = only("全面落实行政执法三项制度”和行政执法案卷评查制度）。", "T007")
    assert [f.excerpt for f in found] == ["”", "）"]


@pytest.mark.parametrize("text", [
    "深入学习《中华人民共和国行政复议法》和《法治政府建设实施纲要（2021—2025年）》。",
    "印发《关于印发〈行政执法公示办法〉的通知》，开展“‘八五’普法”宣传。",
    "主要措施：1）加强组织领导；2）完善工作机制；a）强化监督考核。",
    "印发《关于转发《河南省政务服务事项清单》的通知》，组织各单位落实。",
])
def test_balanced_text_is_left_alone(text: str) -> None:
    assert only(text, "T007") == []


def test_pairs_across_a_broken_line_are_one_paragraph() -> None:
    text = "全县综合行政执法工作的“统筹协调、检查指导、\n督办考核”均统一归口至县综合执法局。\n"
    assert only(text, "T007") == []
    assert codes(lint(text, select="T010", year=2024)) == ["T010"]


# --- T008 precise numbers with 余/多 ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, shown", [
    ("建立涉企行政检查监测点116余家。", "116余"),
    ("全年开展法治宣传活动23多场次。", "23多"),
    ("涉及金额3.5余万元。", "3.5余"),
])
def test_precise_number_with_approximation_is_info(text: str, shown: str) -> None:
    (f,) = only(text, "T008")
    assert f.excerpt == shown and f.severity.value == "info" and f.fix is None


@pytest.mark.parametrize("text", [
    "建立涉企行政检查监测点110余家，覆盖1.7万余人次。",
    "挽回经济损失567.4万余元，开展活动20多场次。",
    "构建“1+3多元解纷”机制，推行“1+2多措并举”工作法。",
    "构建1+3多元解纷机制，形成5多部门联动格局。",
    "2024年12月31日前完成，共1300余名执法人员参训。",
])
def test_round_numbers_with_approximation_are_fine(text: str) -> None:
    assert only(text, "T008") == []


# --- T009 full-width digits ------------------------------------------------------------------------------------

def test_fullwidth_digits_are_fixed() -> None:
    text = "２０２４年，全县办理行政复议案件１２件，纠错率为１６．６７%。\n"
    found = only(text, "T009")
    assert [f.excerpt for f in found] == ["２０２４", "１２", "１６．６７"]
    assert fixed(text, "T009") == "2024年，全县办理行政复议案件12件，纠错率为16.67%。\n"


def test_halfwidth_digits_are_fine() -> None:
    assert only("2024年，全县办理行政复议案件12件。", "T009") == []


# --- T010 broken paragraphs ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "3.推进行政执法体制改革。全县综合行政执法工作的统筹协调、检查指导、\n督办考核均统一归口至县综合执法局。\n",
    "2024年，全县共办理行政复议案件32件，\n纠错2件，纠错率6.25%。\n",
    "全县综合行政执法工作的统筹协调、检查指导，各项工作均有序推进。按照要求，进一步健全完善全县\n"
    "的行政执法协调监督工作体系。\n",
    "全县共办理行政复议案件32件，\n\n纠错2件，纠错率6.25%。\n",  # one blank line in between
    # A fixed phrase cut in two, even on a short line: 廉洁诚 / 信, 习近平法治 / 思想
    "加快建设职能科学、权责法定、执法严明、公开公正、智能高效、廉洁诚\n信、人民满意的法治政府。\n",
    "深入学习贯彻习近平法治\n思想，扎实推进依法行政。\n",
])
def test_broken_paragraph_is_flagged(text: str) -> None:
    (f,) = only(text, "T010")
    assert f.line == 1 and "第" in f.message and f.fix.safety == "unsafe"


@pytest.mark.parametrize("text", [
    "某县2024年法治政府建设情况报告\n2024年，我县深入推进法治政府建设。\n",  # a title
    "（一）加强党的领导，全面推动法治政府建设\n2024年，县委、县政府高度重视法治政府建设。\n",  # a heading
    "全县深入推进法治政府建设，主要做法如下：\n一是加强组织领导。二是完善工作机制。\n",  # a list intro
    "全县深入推进法治政府建设，取得积极成效、\n（二）严格规范公正文明执法\n",  # next line is a heading
    "八是加强法治机构人员配备。提高法律专业人员比例，为政府法治工作提供有力保障\n"
    "2023年，我局坚持以习近平新时代中国特色社会主义思想为指导。\n",  # a missing 。, not a cut sentence
    "全县深入推进法治政府建设，取得积极成效，\n\n\n2024年，我县持续优化营商环境。\n",  # two blank lines
    # A heading that ends where a phrase could go on: headings end without punctuation on purpose.
    "一、深入学习贯彻习近平法治\n思想引领法治政府建设。\n",
])
def test_unbroken_lines_are_left_alone(text: str) -> None:
    assert only(text, "T010") == []


@pytest.mark.parametrize("text, shown", [
    # a word no sentence ends with, then the sentence carries on after a blank line
    ("全年办理行政复议案件32件。县司法局牵头组织各执法部门，全面推进\n\n行政执法“三项制度”落地见效。\n", "全面推进"),
    ("全年审查合同85份。县政府常务会议3次专题研究法治政府建设，并将\n\n重大行政决策事项全部纳入合法性审查。\n", "并将"),
    ("全年共审查行政规范性文件12件。县政府坚持\n以习近平法治思想为指导，统筹推进各项工作。\n", "坚持"),
    # a run-in heading whose text is cut off the line, with or without a blank line
    ("（二）完善依法决策机制。县政府严格落实重大行政决策程序，深入贯彻\n《重大行政决策程序暂行条例》。\n", "贯彻"),
    ("（三）加强执法监督。县司法局全面梳理行政执法\n\n工作，开展案卷评查2次。\n", "行政执法"),
])
def test_sentence_cut_before_plain_text_is_flagged(text: str, shown: str) -> None:
    (f,) = only(text, "T010")
    assert f.line == 1 and shown in f.message and f.fix.safety == "unsafe"
    assert ("空行后的下一行" in f.message) == ("\n\n" in text)


@pytest.mark.parametrize("text", [
    # a paragraph missing its final 。 before a new one: the last word can end a sentence
    "（二）完善依法决策机制。全年审查重大行政决策12件，各项工作有序推进\n\n县司法局开展执法案卷评查2次。\n",
    "全县执法人员培训合格率达到100%，为依法行政提供有力保障\n县政府聘请法律顾问5名，审查合同30份。\n",
    "县委常委会专题听取法治政府建设工作汇报，研究部署重点任务，推进依法行政\n2024年，县政府深化“放管服”改革。\n",
    # a heading or a title ending in such a word, and a line before a heading
    "（一）关于重大行政决策的\n县政府严格执行重大行政决策程序。\n",
    "全年审查规范性文件12件。县政府坚持\n（二）严格规范公正文明执法\n",
    # two blank lines: a paragraph break
    "全年审查规范性文件12件。县政府坚持\n\n\n以习近平法治思想为指导。\n",
    # a short line without a full stop: a label, not body text
    "附件：关于\n重大行政决策目录的说明\n",
])
def test_paragraph_ends_and_labels_are_left_alone(text: str) -> None:
    assert only(text, "T010") == []


def test_hard_wrapped_document_is_not_reported_line_by_line() -> None:
    text = "".join(f"全县第{i}批执法人员参加培训，考试合格率达到百分之九十五，\n" for i in range(1, 11)) + "完毕。\n"
    assert only(text, "T010") == []


def test_broken_paragraph_fix_joins_the_lines() -> None:
    text = "全县综合行政执法工作的统筹协调、检查指导、\n　　督办考核均统一归口至县综合执法局。\n"
    assert fixed(text, "T010") == text
    joined = "全县综合行政执法工作的统筹协调、检查指导、督办考核均统一归口至县综合执法局。\n"
    assert fixed(text, "T010", unsafe=True) == joined


# --- seeds ---------------------------------------------------------------------------------------------------

def _typography_expectations() -> list[dict]:
    data = yaml.safe_load((SEEDS / "EXPECTED.yaml").read_text("utf-8"))
    return [e for e in data["must_find"] if e["family"] == "typography"]


@pytest.fixture(scope="module")
def seed_results() -> dict[str, list]:
    return {p.name: lint_path(str(p), Config(select=["T"])).findings for p in sorted(SEEDS.glob("*.txt"))}


@pytest.mark.parametrize("entry", _typography_expectations(), ids=lambda e: f"{e['file'][:3]}:{e['line']}")
def test_every_typography_expectation_is_found(entry: dict, seed_results: dict[str, list]) -> None:
    lines = {f.line for f in seed_results[entry["file"]]}
    assert entry["line"] in lines, entry["why"]


def test_seeds_are_consistently_half_width(seed_results: dict[str, list]) -> None:
    assert not [f for fs in seed_results.values() for f in fs if f.rule in ("T003", "T009")]


def test_seed_chrome_lines_get_no_typography_findings(seed_results: dict[str, list]) -> None:
    for name, findings in seed_results.items():
        result = lint_path(str(SEEDS / name), Config(select=["T"]))
        chrome = result.document.chrome
        assert not [f for f in findings if f.line in chrome], name


def test_seed_findings_come_with_fixes_that_relint_clean(tmp_path: Path) -> None:
    for path in sorted(SEEDS.glob("*.txt")):
        cfg = Config(select=["T001", "T004", "T006", "T009"])
        raw, after = fix_result(lint_path(str(path), cfg), cfg)
        assert after.findings == [], (path.name, [f.message for f in after.findings][:3])
        assert len(raw) <= len(path.read_text("utf-8"))


def test_typography_survives_pathological_input() -> None:
    # Speed is measured in bench/run.py; here only that degenerate text lints without a rule crashing.
    for text in ("中 " * 4000, "“中" * 4000, "的" * 8000, "目前，" * 3000, "1)" * 4000, "开展开展\n" * 2000,
                 "、\n" * 3000, "\u200b\u00a0" * 3000):
        assert lint_text(text, Config(select=["T"]), year=2024).error is None


# --- T011 a garbled question mark; T012 an event day with a full stop -----------------------------------

@pytest.mark.parametrize("text", ["全面推进法治政府建设?现将有关情况报告如下。\n",
                                  "推進法治政府建設?現將有關情況報告如下。\n", "县委书记王?同志主持召开会议。\n"])
def test_a_question_mark_between_chinese_characters_outside_a_question(text: str) -> None:
    (f,) = only(text, "T011")
    assert "转码" in f.message and f.fix is None


@pytest.mark.parametrize("text", [
    "如何把法治要求落到实处?这是我们一直思考的问题。\n",  # a question
    "执法是否规范?群众说了算。\n",
    "执法是否规范？群众说了算。\n",  # full-width: typed on purpose
    "访问 https://example.gov.cn/page?id=3 查看全文。\n",  # Latin context
    "全面推进法治政府建设。现将有关情况报告如下。\n",
])
def test_question_marks_that_belong_are_left_alone(text: str) -> None:
    assert only(text, "T011") == []


@pytest.mark.parametrize("text, right", [
    ("利用“12.4”国家宪法日开展集中宣传。\n", "利用“12·4”国家宪法日开展集中宣传。\n"),
    ("组织“4.15”全民国家安全教育日活动。\n", "组织“4·15”全民国家安全教育日活动。\n"),
    ("围绕6.26国际禁毒日开展禁毒宣传。\n", "围绕6·26国际禁毒日开展禁毒宣传。\n"),
    ("开展“3.15”集中宣传活动。\n", "开展“3·15”集中宣传活动。\n"),
])
def test_an_event_day_with_a_full_stop_is_fixed_with_the_interpunct(text: str, right: str) -> None:
    (f,) = only(text, "T012")
    assert f.fix.safety == "safe" and fixed(text, "T012") == right


@pytest.mark.parametrize("text", ["人均可支配收入增长“6.5”万元。\n", "增幅达6.26%，国际禁毒日前后开展宣传。\n",
                                  "评分“13.5”分。\n", "考核得分“3.5”分。\n", "版本“2.0”上线运行。\n",
                                  "利用“12·4”国家宪法日开展集中宣传。\n"])
def test_other_dotted_numbers_are_left_alone(text: str) -> None:
    assert only(text, "T012") == []


def test_the_brackets_of_a_pinyin_annotation_are_b004s_not_a_width_slip() -> None:
    body = "，".join(["县政府统筹推进依法行政（试行）"] * 6)
    text = f"某县2024年法治政府建设情况报告\n{body}，统筹(chóu)推进法治建设，落实(试行)制度。\n"
    found = lint_text(text, Config(select=["T003", "B004"]), year=2024).findings
    t003 = [text[f.start] for f in found if f.rule == "T003"]
    assert t003 == ["(", ")"]  # only the (试行) of the last clause
    assert [f.excerpt for f in found if f.rule == "B004"] == ["(chóu)"]


def test_a_closing_parenthesis_after_chinese_closes_its_opening() -> None:
    """T003 follows which parentheses are open: a half-width ")" after a Chinese character closed nothing, so a
    later ")" on the line (after a digit) was judged against the "(" already closed and counted as Chinese."""
    from checks.typography import width
    from linter.document import Document

    for text, expected in [("发文(甲)后第1)x", [2, 4]), ("(一)按期完成(2024年)", [0, 2, 7, 13]),
                           ("版本v1.2)说明", [6])]:
        doc = Document.from_text(text)
        assert width._chinese_parentheses(doc.text, doc.lines[0]) == expected, text
