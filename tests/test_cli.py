"""The command line as users run it: formats, exit codes, selection, configs, stdin, bad files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner
from conftest import DATA, SEEDS
from hypothesis import given, settings
from hypothesis import strategies as st
from samples import CLEAN, DEFECTIVE

from linter.cli import main

OUTPUT_SCHEMA = json.loads((Path(__file__).resolve().parent.parent / "linter" / "schemas" /
                            "output.schema.json").read_text("utf-8"))


def run(*args: str, input: bytes | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args), input=input)
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.output


@pytest.fixture
def reports(tmp_path: Path) -> Path:
    (tmp_path / "clean.txt").write_text(CLEAN, encoding="utf-8")
    (tmp_path / "bad.txt").write_text(DEFECTIVE, encoding="utf-8")
    return tmp_path


def test_text_output_has_location_code_and_underline(reports: Path) -> None:
    code, out = run("check", "--no-color", str(reports / "bad.txt"))
    assert code == 1
    first = out.splitlines()[0]
    path, line, col, rest = first.split(":", 3)
    assert path.endswith("bad.txt") and line.isdigit() and col.isdigit()
    assert rest.split()[0][0] in "SAYBRT" and "[" in rest
    assert "^" in out and "检查了 1 个文件" in out


def test_clean_report_exits_zero(reports: Path) -> None:
    code, out = run("check", str(reports / "clean.txt"))
    assert code == 0, out
    assert "未发现问题" in out


def test_json_validates_and_is_sorted(reports: Path) -> None:
    code, out = run("check", "--format", "json", str(reports))
    data = json.loads(out)
    jsonschema.validate(data, OUTPUT_SCHEMA)
    assert code == 1 and data["summary"]["files"] == 2
    for f in data["files"]:
        keys = [(x["line"], x["column"]) for x in f["findings"]]
        assert keys == sorted(keys)
        assert f["report_year"] == 2024 and f["encoding"] == "utf-8"


def test_seeds_json_validates_against_shipped_schema() -> None:
    code, out = run("check", "--format", "json", str(SEEDS))
    jsonschema.validate(json.loads(out), OUTPUT_SCHEMA)
    assert code in (0, 1)


def test_sarif_validates_against_official_schema(reports: Path) -> None:
    schema = json.loads((DATA / "sarif-schema-2.1.0.json").read_text("utf-8"))
    _, out = run("check", "--format", "sarif", str(reports), str(reports / "missing.txt"))
    sarif = json.loads(out)
    jsonschema.validate(sarif, schema)
    run_ = sarif["runs"][0]
    assert run_["columnKind"] == "unicodeCodePoints"
    ids = {r["id"] for r in run_["tool"]["driver"]["rules"]}
    assert run_["results"] and all(r["ruleId"] in ids for r in run_["results"])
    assert run_["invocations"][0]["toolExecutionNotifications"]


def test_sarif_text_is_its_document_with_a_result_to_a_line(reports: Path) -> None:
    from linter import lint_path
    from linter.outputs import sarif_out

    results = [lint_path(str(p)) for p in [*sorted(SEEDS.glob("*.txt")), reports / "missing.txt"]]
    text = sarif_out.render(results)
    assert json.loads(text) == sarif_out.document(results)
    findings = sum(len(r.findings) for r in results)
    assert sum(line.lstrip().startswith('{"ruleId": ') for line in text.splitlines()) == findings > 0
    assert json.loads(sarif_out.render([])) == sarif_out.document([])


def test_github_annotations(reports: Path) -> None:
    _, out = run("check", "--format", "github", str(reports / "bad.txt"))
    line = out.splitlines()[0]
    assert line.startswith(("::error file=", "::warning file=", "::notice file="))
    assert ",line=" in line and ",col=" in line and ",endLine=" in line and ",endColumn=" in line and "title=" in line


def test_select_ignore_and_fail_on(reports: Path) -> None:
    _, out = run("check", "--format", "json", "--select", "typography", str(reports / "bad.txt"))
    fams = {x["family"] for x in json.loads(out)["files"][0]["findings"]}
    assert fams == {"typography"}
    _, out = run("check", "--format", "json", "--ignore", "T,Y", str(reports / "bad.txt"))
    fams = {x["family"] for x in json.loads(out)["files"][0]["findings"]}
    assert fams and not fams & {"typography", "years"}
    code, _ = run("check", "--select", "T", "--fail-on", "error", str(reports / "bad.txt"))
    assert code == 0  # typography findings are warnings


def test_severity_floor_drops_lower_findings(reports: Path) -> None:
    _, out = run("check", "--format", "json", "--severity", "error", str(reports / "bad.txt"))
    assert {x["severity"] for x in json.loads(out)["files"][0]["findings"]} == {"error"}


def test_unknown_rule_is_a_usage_error(reports: Path) -> None:
    code, out = run("check", "--select", "Q123", str(reports))
    assert code == 2 and "Q123" in out


def test_bad_config_names_the_key(reports: Path, tmp_path: Path) -> None:
    cfg = tmp_path / "cfg.yaml"
    cfg.write_text("severity:\n  A001: fatal\n", encoding="utf-8")
    code, out = run("check", "--config", str(cfg), str(reports))
    assert code == 2 and "severity.A001" in out
    cfg.write_text("ignore: [ZZZ]\n", encoding="utf-8")
    code, out = run("check", "--config", str(cfg), str(reports))
    assert code == 2 and "ZZZ" in out
    cfg.write_text("select: [\n", encoding="utf-8")
    code, out = run("check", "--config", str(cfg), str(reports))
    assert code == 2 and "YAML" in out


def test_config_discovered_and_applied(reports: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (reports / "reportlint.yaml").write_text("ignore: [typography]\nper-file-ignores:\n  'bad.txt': [years]\n",
                                             encoding="utf-8")
    sub = reports / "sub"
    sub.mkdir()
    monkeypatch.chdir(sub)
    _, out = run("check", "--format", "json", str(reports / "bad.txt"))
    fams = {x["family"] for x in json.loads(out)["files"][0]["findings"]}
    assert fams and not fams & {"typography", "years"}


def test_year_option_overrides(reports: Path) -> None:
    _, out = run("check", "--format", "json", "--year", "2023", str(reports / "clean.txt"))
    assert json.loads(out)["files"][0]["report_year"] == 2023


def test_stdin(reports: Path) -> None:
    code, out = run("check", "--format", "json", "-", input=DEFECTIVE.encode("gb18030"))
    data = json.loads(out)
    assert code == 1 and data["files"][0]["path"] == "-" and data["files"][0]["encoding"] == "gb18030"


def test_directory_with_bad_files_lints_the_rest(tmp_path: Path) -> None:
    (tmp_path / "a_empty.txt").write_bytes(b"")
    (tmp_path / "b_binary.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "c_gbk.txt").write_bytes(DEFECTIVE.encode("gb18030"))
    (tmp_path / "d_utf16.txt").write_bytes(b"\xff\xfe" + DEFECTIVE.encode("utf-16-le"))
    (tmp_path / "e_ignored.pdf").write_bytes(b"%PDF")
    code, out = run("check", "--format", "json", str(tmp_path))
    data = json.loads(out)
    by_name = {Path(f["path"]).name: f for f in data["files"]}
    assert set(by_name) == {"a_empty.txt", "b_binary.txt", "c_gbk.txt", "d_utf16.txt"}
    assert by_name["a_empty.txt"]["error"]["code"] == "empty"
    assert by_name["b_binary.txt"]["error"]["code"] == "binary"
    assert by_name["c_gbk.txt"]["findings"] and by_name["c_gbk.txt"]["encoding"] == "gb18030"
    assert by_name["d_utf16.txt"]["encoding"] == "utf-16"
    same = [(x["rule"], x["line"], x["column"]) for x in by_name["c_gbk.txt"]["findings"]]
    assert same == [(x["rule"], x["line"], x["column"]) for x in by_name["d_utf16.txt"]["findings"]]
    assert code == 2 and data["summary"]["files_failed"] == 2
    code, out = run("check", "--no-color", str(tmp_path))
    assert "a_empty.txt: 无法检查：文件为空" in out and "Traceback" not in out


def test_rules_and_rule_commands() -> None:
    code, out = run("rules")
    assert code == 0
    rows = [ln.split() for ln in out.splitlines()]
    assert {r[2] for r in rows} == {"structure", "arithmetic", "years", "boilerplate", "redaction", "typography"}
    code, out = run("rule", rows[0][0])
    assert code == 0 and rows[0][1] in out and "会报告的写法" in out
    code, _ = run("rule", "X999")
    assert code == 2


def test_python_dash_m_and_console_script(reports: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "linter", "check", "--format", "json", str(reports / "bad.txt")],
                          capture_output=True, text=True, check=False)
    assert proc.returncode == 1 and json.loads(proc.stdout)["files"][0]["findings"]
    assert proc.stderr == ""


@pytest.mark.parametrize("yaml_text, key, reason", [
    ("severity:\n  A001: fatal\n", "severity.A001", "不是可用的取值，应为 error、warning、info 之一"),
    ("select: A\n", "select", "应为列表"),
    ("selcet: [A]\n", "(顶层)", "不认识的配置项 selcet"),
    ("typography:\n  mixed-width-cap: 0\n", "typography.mixed-width-cap", "太小，最小为 1"),
    ("arithmetic:\n  metrics:\n    - id: x\n", "arithmetic.metrics.0", "缺少必填项 names"),
])
def test_config_errors_are_explained_in_chinese(reports: Path, tmp_path: Path, yaml_text: str, key: str,
                                                reason: str) -> None:
    cfg = tmp_path / "cfg.yaml"
    cfg.write_text(yaml_text, encoding="utf-8")
    code, out = run("check", "--config", str(cfg), str(reports))
    assert code == 2 and f"配置项 {key} 有误" in out and reason in out


_TITLES = "某县2024年法治政府建设情况报告\n组织学习《中华人民共和国行政处罚法》、《中华人民共和国行政许可法》。\n"


@pytest.mark.parametrize(("args", "expected"), [
    ([], False),  # an opt-in rule is off by default
    (["--select", "T"], False),  # a prefix does not name it
    (["--select", "typography"], False),  # nor a family
    (["--select", "ALL"], False),
    (["--select", "T014"], True),
    (["--extend-select", "t014"], True),
    (["--extend-select", "T014", "--ignore", "T014"], False),
])
def test_an_opt_in_rule_runs_only_when_its_code_is_named(tmp_path: Path, args: list[str], expected: bool) -> None:
    src = tmp_path / "r.txt"
    src.write_text(_TITLES, encoding="utf-8")
    out = CliRunner().invoke(main, ["check", "-j", "1", "--format", "json", *args, str(src)]).output
    codes = {f["rule"] for f in json.loads(out)["files"][0]["findings"]}
    assert ("T014" in codes) is expected


def test_an_opt_in_rule_is_marked_in_the_rule_list() -> None:
    listed = CliRunner().invoke(main, ["rules"]).output
    t014 = next(line for line in listed.splitlines() if line.startswith("T014"))
    assert t014.endswith("默认不启用，用 --extend-select 启用）")
    assert "默认不启用" in CliRunner().invoke(main, ["rule", "T014"]).output
    rules = json.loads(CliRunner().invoke(main, ["rules", "--format", "json"]).output)
    assert {r["code"]: r["default"] for r in rules}["T014"] is False


def _fix_edits(out: str, fmt: str) -> list[tuple[int, int, int, int, str]]:
    """Every fix edit of an output as (line, column, end_line, end_column, replacement)."""
    data = json.loads(out)
    if fmt == "json":
        return [(e["line"], e["column"], e["end_line"], e["end_column"], e["replacement"])
                for f in data["files"] for x in f["findings"] if x["fix"] for e in x["fix"]["edits"]]
    return [(r["deletedRegion"]["startLine"], r["deletedRegion"]["startColumn"], r["deletedRegion"]["endLine"],
             r["deletedRegion"]["endColumn"], r["insertedContent"]["text"])
            for res in data["runs"][0]["results"] for fix in res.get("fixes", [])
            for change in fix["artifactChanges"] for r in change["replacements"]]


@pytest.mark.parametrize("fmt", ["json", "sarif"])
def test_fix_edits_in_json_and_sarif_cover_the_text_the_fix_replaces(fmt: str) -> None:
    # The documents are dropped after linting for these formats (Finding.fix_at places the edits), so check
    # the places against the file's own lines, independently of the document model.
    from linter import lint_path

    seed = SEEDS / "003_61bc35062b802780.txt"
    seed_text = seed.read_text(encoding="utf-8")
    lines = seed_text.split("\n")
    result = lint_path(str(seed))
    expected = sorted(seed_text[e.start:e.end] + "→" + e.replacement
                      for f in result.findings if f.fix for e in f.fix.edits)
    _, out = run("check", "--format", fmt, "--jobs", "1", str(seed))
    edits = _fix_edits(out, fmt)
    assert edits, "the seed has fixable findings"

    def span(line: int, col: int, end_line: int, end_col: int) -> str:
        if line == end_line:
            return lines[line - 1][col - 1:end_col - 1]
        return "\n".join([lines[line - 1][col - 1:], *lines[line:end_line - 1], lines[end_line - 1][:end_col - 1]])

    assert sorted(span(*e[:4]) + "→" + e[4] for e in edits) == expected


@pytest.fixture
def pools(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Every run takes the parallel path however little it lints; the list counts the pools started."""
    import concurrent.futures

    import linter.cli

    started: list[int] = []

    class Counted(concurrent.futures.ProcessPoolExecutor):
        def __init__(self, max_workers: int) -> None:
            started.append(max_workers)
            super().__init__(max_workers=max_workers)

    monkeypatch.setattr(linter.cli, "PARALLEL_MIN_BYTES", 0)
    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", Counted)
    return started


@pytest.mark.parametrize("fmt", ["json", "sarif", "text", "github"])
def test_parallel_output_is_the_same_as_one_job(fmt: str, pools: list[int]) -> None:
    _, one = run("check", "--format", fmt, "--no-color", "--jobs", "1", str(SEEDS))
    assert pools == []
    _, two = run("check", "--format", fmt, "--no-color", "--jobs", "2", str(SEEDS))
    assert pools == [2]
    assert one == two and one.strip()


@pytest.mark.parametrize("extra", [["--severity", "error"], ["--statistics"], ["--fail-on", "error"],
                                   ["--select", "T008"], ["--select", "T008", "--fail-on", "info"]])
def test_parallel_json_with_options_is_the_same_as_one_job(extra: list[str], pools: list[int]) -> None:
    # Each worker writes its files' JSON entries (after the --severity floor) and, without --statistics, sends
    # only their counts by severity: the parent joins the entries, and the counts make the summary and the exit
    # code (T008 is the seeds' one info finding: exit 0 unless --fail-on info).
    one = run("check", "--format", "json", "--jobs", "1", *extra, str(SEEDS))
    two = run("check", "--format", "json", "--jobs", "2", *extra, str(SEEDS))
    assert pools == [2]
    assert one == two and one[1].strip()
    assert one[0] == (0 if extra == ["--select", "T008"] else 1)


@pytest.mark.parametrize("keep", [False, True])
def test_a_worker_sends_back_the_findings_only_where_the_parent_needs_them(keep: bool) -> None:
    import json

    from linter import lint_path
    from linter.cli import _Task
    from linter.config import Config
    from linter.model import severity_counts

    seed = str(SEEDS / "003_61bc35062b802780.txt")
    plain = lint_path(seed).findings
    task = _Task(Config(), None, "-", fixing=False, unsafe=False, write=True, keep_text=False, floor=1,
                 json_entry=True, keep_findings=keep)
    outcome = task(seed)
    assert outcome.result.findings == (plain if keep else [])
    assert outcome.tally == (None if keep else severity_counts(plain)) and plain
    assert len(json.loads(outcome.entry)["findings"]) == len(plain)


def test_parallel_json_against_a_baseline_is_the_same_as_one_job(tmp_path: Path, pools: list[int]) -> None:
    # A baseline drops findings after the workers are done: their entries are not used then.
    reports = tmp_path / "reports"
    reports.mkdir()
    for seed in sorted(SEEDS.glob("*.txt"))[:3]:
        (reports / seed.name).write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
    baseline = tmp_path / "baseline.json"
    run("check", "--jobs", "1", "--write-baseline", str(baseline), str(reports))
    first = sorted(reports.glob("*.txt"))[0]
    first.write_text(first.read_text(encoding="utf-8") + "\n开展开展普法活动。\n", encoding="utf-8")
    one = run("check", "--format", "json", "--jobs", "1", "--baseline", str(baseline), str(reports))
    two = run("check", "--format", "json", "--jobs", "2", "--baseline", str(baseline), str(reports))
    assert pools == [2]
    assert one == two and '"T005"' in one[1] and one[0] == 1


@settings(max_examples=200)
@given(st.lists(st.integers(min_value=0, max_value=10**8), max_size=300), st.integers(min_value=1, max_value=8))
def test_the_workers_are_sent_every_file_once_largest_first(sizes: list[int], workers: int) -> None:
    from linter.cli import MAX_CHUNK_FILES, schedule

    chunks = schedule(sizes, workers)
    assert sorted(i for chunk in chunks for i in chunk) == list(range(len(sizes)))
    assert all(0 < len(chunk) <= MAX_CHUNK_FILES for chunk in chunks)
    sent = [sizes[i] for chunk in chunks for i in chunk]
    assert sent == sorted(sizes, reverse=True)


def test_the_chunks_shrink_so_that_the_workers_finish_together() -> None:
    from linter.cli import MAX_CHUNK_FILES, schedule

    # 1,000 reports of 16 KB: full chunks first, single files at the end.
    chunks = schedule([16_000] * 1000, 2)
    assert len(chunks[0]) == MAX_CHUNK_FILES and len(chunks[-1]) == 1
    assert [len(c) for c in chunks] == sorted((len(c) for c in chunks), reverse=True)
    # A 20 MB report listed last is sent first, alone, while the other worker takes the small ones.
    chunks = schedule([16_000] * 100 + [20_000_000], 2)
    assert chunks[0] == [100] and len(chunks[1]) > 1


def test_little_input_is_linted_in_this_process_whatever_jobs_allows(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """Starting worker processes costs more than linting a few reports (a pre-commit hook's usual run)."""
    import concurrent.futures

    import linter.cli

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a pool was started")

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", refuse)
    for i in range(3):
        (tmp_path / f"r{i}.txt").write_text(DEFECTIVE, encoding="utf-8")
    code, _ = run("check", "--jobs", "4", str(tmp_path))
    assert code == 1
    (tmp_path / "big.txt").write_text(DEFECTIVE * (linter.cli.PARALLEL_MIN_BYTES // len(DEFECTIVE.encode())),
                                      encoding="utf-8")
    with pytest.raises(AssertionError, match="a pool was started"):
        run("check", "--jobs", "4", str(tmp_path))


@pytest.mark.parametrize("sizes", [[], [1], [5, 70_000, 3], [10] * 20_000, [65_535, 1, 1, 65_536]])
def test_output_written_in_blocks_is_the_output_unchanged(sizes: list[int], capsys: pytest.CaptureFixture[str]
                                                           ) -> None:
    from linter.cli import _emit_chunks

    chunks = [("法" if i % 2 else "a") * n for i, n in enumerate(sizes)]
    _emit_chunks(iter(chunks), None)
    assert capsys.readouterr().out == "".join(chunks)
