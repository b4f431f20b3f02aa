"""The command line: `reportlint check`, `reportlint rules`, `reportlint rule CODE`."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator

import click

from . import __version__
from .api import FileResult, fix_result, lint_path
from .config import Config, ConfigError, discover
from .inputs import SUFFIX_FORMATS, suffix
from .model import SEVERITY_VALUES, Severity, severity_counts
from .record import NamedTuple

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
FORMATS = ["text", "json", "sarif", "github", "html"]
# One instance for every file option: each click.Path looks its name's translation up when it is made (gettext
# searches the locale folders: 0.2 M instructions), and a parameter type keeps no state of its own.
_FILE = click.Path(dir_okay=False)


def _split(values: tuple[str, ...]) -> list[str]:
    return [v.strip() for value in values for v in value.split(",") if v.strip()]


def iter_paths(paths: tuple[str, ...]) -> Iterator[str]:
    """Files to lint: files as given; directories walked recursively for the known suffixes (sorted,
    hidden folders skipped, symlinked folders not followed so a link loop cannot trap us)."""
    for p in paths:
        if p == "-" or not os.path.isdir(p):
            yield p
            continue
        for root, dirs, files in os.walk(p, followlinks=False):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if suffix(name) in SUFFIX_FORMATS and not name.startswith((".", "~$")):
                    yield os.path.join(root, name)


def _emit(text: str, output: str | None) -> None:
    _emit_chunks((text,), output)


def _emit_chunks(chunks: Iterable[str], output: str | None) -> None:
    """Write an output as it is produced (the JSON of a run over a large file is tens of MB as one string)."""
    if output:
        with open(output, "w", encoding="utf-8") as fh:
            fh.writelines(chunks)
    else:
        # click.echo has a fixed cost per call (stream lookup, colour stripping test): a run over 1,000 reports
        # yields some 16,000 chunks, so they are written in blocks.
        block: list[str] = []
        size = 0
        for chunk in chunks:
            block.append(chunk)
            size += len(chunk)
            if size >= _ECHO_BLOCK:
                click.echo("".join(block), nl=False)
                block.clear()
                size = 0
        if block:
            click.echo("".join(block), nl=False)


_ECHO_BLOCK = 1 << 16  # characters


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="reportlint")
def main() -> None:
    """reportlint：法治政府建设年度报告质量检查工具。"""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True, help="输出格式")
@click.option("--select", multiple=True, help="只运行这些规则：代码、前缀（如 A）或规则族名，可用逗号分隔")
@click.option("--ignore", multiple=True, help="不运行这些规则")
@click.option("--extend-select", multiple=True, help="在配置之外再加上这些规则")
@click.option("--severity", type=click.Choice(["error", "warning", "info"]), default="info", show_default=True,
              help="报告的最低级别")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info"]), default=None,
              help="达到该级别的问题使退出码为1（默认 warning）")
@click.option("--config", "config_path", type=_FILE, help="配置文件（默认查找 reportlint.yaml）")
@click.option("--year", type=click.IntRange(1990, 2100), help="报告年度（覆盖自动识别）")
@click.option("--statistics", is_flag=True, help="按规则统计问题数量")
@click.option("--fix", is_flag=True, help="应用安全修复并写回文件")
@click.option("--unsafe-fixes", is_flag=True, help="同时应用需人工确认的修复")
@click.option("--diff", is_flag=True, help="只打印修复的差异，不写文件")
@click.option("--no-color", is_flag=True, help="不使用颜色")
@click.option("--output", "-o", type=_FILE, help="输出写入文件")
@click.option("--stdin-filename", default="-", help="从标准输入读取时使用的文件名（决定格式）")
@click.option("--jobs", "-j", type=click.IntRange(1, 256), default=None,
              help="最多并行进程数（默认：CPU 核数；文件总量不足 512 KB 时在本进程内检查，更快）")
@click.option("--baseline", "baseline_path", type=_FILE,
              help="只报告基线文件中没有的问题")
@click.option("--write-baseline", "write_baseline_path", type=_FILE,
              help="把当前的全部问题写入基线文件（之后用 --baseline 只看新问题）")
def check(paths: tuple[str, ...], fmt: str, select: tuple[str, ...], ignore: tuple[str, ...],
          extend_select: tuple[str, ...], severity: str, fail_on: str | None, config_path: str | None,
          year: int | None, statistics: bool, fix: bool, unsafe_fixes: bool, diff: bool, no_color: bool,
          output: str | None, stdin_filename: str, jobs: int | None, baseline_path: str | None,
          write_baseline_path: str | None) -> None:
    """检查报告文件或目录（目录递归查找 .txt .md .docx .html .htm；- 表示标准输入）。"""
    if baseline_path and write_baseline_path:
        click.echo("reportlint: --baseline 与 --write-baseline 不能同时使用", err=True)
        sys.exit(EXIT_ERROR)
    known = _load_baseline(baseline_path) if baseline_path else None
    try:
        config = discover(config_path)
        if select:
            config.select = _split(select)
        config.ignore = [*config.ignore, *_split(ignore)]
        config.extend_select = [*config.extend_select, *_split(extend_select)]
        config.validate_selectors()
    except ConfigError as exc:
        click.echo(f"reportlint: 配置错误：{exc}", err=True)
        sys.exit(EXIT_ERROR)

    # A finding's JSON does not change after linting unless a baseline drops findings: a --jobs worker may then
    # write each file's entry itself (see _run_all).
    entries = fmt == "json" and not diff and not baseline_path and not write_baseline_path
    task = _Task(config, year, stdin_filename, fix or diff or unsafe_fixes, unsafe_fixes, not diff,
                 fmt in _SHOWS_TEXT and not diff, Severity.parse(severity).rank, entries, statistics)
    try:
        outcomes = _run_all(list(iter_paths(paths)), task, jobs or os.cpu_count() or 1)
    except ConfigError as exc:  # a user pattern that only misbehaved on some file's text
        click.echo(f"reportlint: 配置错误：{exc}", err=True)
        sys.exit(EXIT_ERROR)
    results = [o.result for o in outcomes]
    diffs = [o.patch for o in outcomes if o.patch]
    fixed_total = sum(r.fixes_applied for r in results)

    if write_baseline_path:
        _write_baseline(write_baseline_path, results)
    baselined = 0
    if baseline_path and known is not None:
        from .baseline import apply

        baselined = apply(baseline_path, known, results)

    counts = _severity_counts(outcomes)  # after the baseline: it drops findings
    stats = None
    if statistics:
        from .stats import statistics as compute

        stats = compute(results)
    if diff:
        _emit("".join(diffs), output)
    elif fmt == "json":
        from .outputs import json_out

        rendered = [o.entry for o in outcomes]
        _emit_chunks(json_out.chunks(results, {"statistics": stats} if stats else None, rendered,
                                     counts), output)
    elif fmt == "sarif":
        from .outputs import sarif_out

        _emit_chunks(sarif_out.chunks(results), output)
    elif fmt == "github":
        from .outputs import github_out

        _emit(github_out.render(results), output)
    elif fmt == "html":
        from .outputs import html_out

        _emit(html_out.render(results, stats), output)
    else:
        from .outputs import text_out

        color = not no_color and not output and sys.stdout.isatty() and "NO_COLOR" not in os.environ
        text = text_out.render(results, color=color, fixed=fixed_total)
        if baselined:
            text += f"另有 {baselined} 个问题已记录在基线中，未列出。\n"
        if stats:
            from .stats import render_text

            text += "\n" + render_text(stats)
        _emit(text, output)

    if any(r.error for r in results):
        sys.exit(EXIT_ERROR)
    if diff:
        sys.exit(EXIT_FINDINGS if diffs else EXIT_OK)
    threshold = Severity.parse(fail_on or config.fail_on or "warning").rank
    if any(n and Severity(value).rank >= threshold for value, n in counts.items()):
        sys.exit(EXIT_FINDINGS)
    sys.exit(EXIT_OK)


def _load_baseline(path: str) -> dict[str, set[tuple[str, str, int]]]:
    from .baseline import BaselineError, load

    try:
        return load(path)
    except BaselineError as exc:
        click.echo(f"reportlint: {exc}", err=True)
        sys.exit(EXIT_ERROR)


def _write_baseline(path: str, results: list[FileResult]) -> None:
    """Record every finding as accepted and stop: nothing is new right after the baseline is written."""
    from .baseline import BaselineError, write

    try:
        total = write(path, results)
    except BaselineError as exc:
        click.echo(f"reportlint: {exc}", err=True)
        sys.exit(EXIT_ERROR)
    for r in results:
        if r.error:
            click.echo(f"{r.path}: 无法检查：{r.error.message}", err=True)
    files = sum(1 for r in results if r.findings)
    click.echo(f"已把 {files} 个文件中的 {total} 个问题写入基线 {path}。", err=True)
    sys.exit(EXIT_ERROR if any(r.error for r in results) else EXIT_OK)


# Output formats that show a file's text (a line under each finding, the whole page): only these need the
# document once the file is linted.
_SHOWS_TEXT = frozenset({"text", "html"})


_LOWEST_RANK = min(s.rank for s in Severity)


class _Task(NamedTuple):
    config: Config
    year: int | None
    stdin_filename: str
    fixing: bool
    unsafe: bool
    write: bool
    keep_text: bool  # the output shows the text: keep each result's document
    floor: int  # the rank of the lowest severity reported (--severity)
    json_entry: bool  # write the file's entry of the JSON output here (see _run_all)
    keep_findings: bool  # with json_entry: the parent needs the findings themselves (--statistics), not counts

    def __call__(self, path: str) -> _Outcome:
        import gc

        # The cycle collector is off while a file is linted and fixed: the engine makes no reference cycles (a
        # 20 MB file leaves none to collect), and its passes over the analyses of a big file, millions of
        # objects alive together, were a seventh of its time. Back on between files, it collects whatever an
        # input reader left (a Word file's XML tree).
        enabled = gc.isenabled()
        gc.disable()
        try:
            result = _lint_one(path, self.config, self.year, self.stdin_filename)
            if self.fixing and not result.error:
                result, patch = _fix_one(result, self.config, self.year, self.unsafe, self.write)
            else:
                patch = ""
        finally:
            if enabled:
                gc.enable()
        if self.floor > _LOWEST_RANK:  # --severity above info: else every finding is kept
            result.findings = [f for f in result.findings if f.severity.rank >= self.floor]
        if not self.keep_text:
            # Findings carry their positions (fixes too: Finding.fix_at), so JSON, SARIF and GitHub output need
            # no text. Dropped here, a --jobs worker does not send every file's text back to the parent, and a
            # run over many files does not hold them all until the output is written.
            result.document = result.source = None
        if not self.json_entry:
            return _Outcome(result, patch, None, None)
        from .outputs import json_out

        entry = json_out.file_text(result)
        if self.keep_findings:
            return _Outcome(result, patch, entry, None)
        # Past its JSON entry, the parent only counts a file's findings (the summary, the exit code): a worker
        # sends the counts, not the findings to be pickled here and unpickled there.
        tally = severity_counts(result.findings)
        result.findings = []
        return _Outcome(result, patch, entry, tally)


class _Outcome(NamedTuple):
    """A file's result, the diff of its fix ('' if none), its entry of the JSON output where a --jobs worker
    wrote it (else None), and, where the worker kept the findings to itself, their number by severity value
    (else None: count result.findings)."""

    result: FileResult
    patch: str
    entry: str | None
    tally: dict[str, int] | None


def _severity_counts(outcomes: Iterable[_Outcome]) -> dict[str, int]:
    """The run's findings by severity value."""
    counts = dict.fromkeys(SEVERITY_VALUES, 0)
    for o in outcomes:
        for value, n in (severity_counts(o.result.findings) if o.tally is None else o.tally).items():
            counts[value] += n
    return counts


def _run_all(paths: list[str], task: _Task, jobs: int) -> list[_Outcome]:
    """Lint every path, in up to `jobs` parallel processes when there are several files and enough text to pay
    for starting them; the output order (and so the output) is the same as with one job.

    A task's json_entry holds only in parallel: each worker then writes its files' JSON entries, which the
    parent would otherwise write alone once the last file is linted (a tenth of a second for 1,000 reports).
    In one process, the output is written as it is made instead, no file's JSON text held until the end (the
    JSON of a 20 MB file is some 10 MB)."""
    if len(paths) > 1:
        # One file: the collector stays off to the end. Its first pass would walk every object the lint made
        # (1% of a cold start) and find nothing, and no later file needs the memory (linter.entry freezes it all).
        collect_from_here()
    sizes = _sizes(paths) if jobs > 1 and len(paths) > 1 and "-" not in paths else None
    if sizes is None or sum(sizes) < PARALLEL_MIN_BYTES:
        task = task._replace(json_entry=False)
        return [task(p) for p in paths]
    from concurrent.futures import ProcessPoolExecutor
    from functools import partial

    workers = min(jobs, len(paths))
    chunks = schedule(sizes, workers)
    outcomes: list[_Outcome | None] = [None] * len(paths)
    with ProcessPoolExecutor(max_workers=workers) as pool:
        done = pool.map(partial(_run_chunk, task), [[paths[i] for i in chunk] for chunk in chunks])
        for chunk, results in zip(chunks, done, strict=True):
            for i, outcome in zip(chunk, results, strict=True):
                outcomes[i] = outcome
    return outcomes  # type: ignore[return-value]  # every index is in exactly one chunk


def _run_chunk(task: _Task, paths: list[str]) -> list[_Outcome]:
    return [task(p) for p in paths]


# Starting worker processes (importing multiprocessing, forking, the queues, the shutdown) costs 30-50 ms, and
# linting takes about 0.3 s a MB: below this much input, one process is done before a pool would have helped.
# A pre-commit hook usually lints a few files, and --jobs defaults to the number of cores.
PARALLEL_MIN_BYTES = 512 * 1024
MAX_CHUNK_FILES = 32  # files a worker is sent at a time, at most: fewer messages, fewer wake-ups of the parent


def _sizes(paths: list[str]) -> list[int]:
    sizes = []
    for path in paths:
        try:
            sizes.append(os.path.getsize(path))
        except OSError:
            sizes.append(0)  # linting it will say what is wrong with it
    return sizes


def schedule(sizes: list[int], workers: int) -> list[list[int]]:
    """The files (indices into `sizes`) in the chunks the workers are sent, in the order they are sent.

    Linting time follows a file's size, and the run ends when the last worker does. So the largest files go
    first (a 20 MB report listed last would otherwise be linted alone while the other workers idle), and each
    chunk holds a share of the bytes still to send, a quarter of one worker's: the chunks shrink as the run
    goes, and the workers run out of work together, to within a few small files."""
    order = sorted(range(len(sizes)), key=sizes.__getitem__, reverse=True)
    remaining = sum(sizes)
    chunks: list[list[int]] = []
    chunk: list[int] = []
    held = 0
    for i in order:
        chunk.append(i)
        held += sizes[i]
        if held * workers * 4 >= remaining or len(chunk) == MAX_CHUNK_FILES:
            chunks.append(chunk)
            remaining -= held
            chunk, held = [], 0
    if chunk:
        chunks.append(chunk)
    return chunks


def collect_from_here() -> None:
    """Turn the garbage collector back on (linter.entry turns it off for the start-up), with every object made
    so far (modules, rules, compiled patterns) frozen out of its passes: they live as long as the process."""
    import gc

    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def _lint_one(path: str, config: Config, year: int | None, stdin_filename: str) -> FileResult:
    if path == "-":
        data = sys.stdin.buffer.read()
        result = lint_path(stdin_filename, config, year=year, data=data)
        result.path = "-" if stdin_filename == "-" else stdin_filename
        return result
    return lint_path(path, config, year=year)


def _fix_one(result: FileResult, config: Config, year: int | None, unsafe: bool,
             write: bool) -> tuple[FileResult, str]:
    """Fix one file; returns the new result and a unified diff of the change ('' when nothing changed)."""
    from .api import FileError
    from .fixes import write_atomic

    source = result.source
    assert source is not None
    if not source.writable:
        if any(f.fix for f in result.findings):
            result.error = FileError("fix-unsupported", f"不支持修复 {source.format} 格式的文件（只修复 .txt 和 .md）")
        return result, ""
    new_text, new_result = fix_result(result, config, year, unsafe)
    if new_text == source.text:
        return new_result, ""
    import difflib  # only when fixing

    patch = "".join(difflib.unified_diff(
        source.text.splitlines(keepends=True), new_text.splitlines(keepends=True),
        fromfile=f"a/{result.path}", tofile=f"b/{result.path}"))
    if write:
        if result.path == "-":
            sys.stdout.write(new_text)
        else:
            try:
                write_atomic(result.path, new_text, source.codec or "utf-8", source.bom)
            except OSError as exc:
                new_result.error = FileError("write", f"无法写回文件：{exc.strerror or exc}")
    return new_result, patch


@main.command()
@click.argument("path")
@click.option("--output", "-o", required=True, type=_FILE, help="批注后的 Word 文件（.docx）")
@click.option("--select", multiple=True, help="只运行这些规则：代码、前缀（如 A）或规则族名，可用逗号分隔")
@click.option("--ignore", multiple=True, help="不运行这些规则")
@click.option("--severity", type=click.Choice(["error", "warning", "info"]), default="info", show_default=True,
              help="批注的最低级别")
@click.option("--config", "config_path", type=_FILE, help="配置文件（默认查找 reportlint.yaml）")
@click.option("--year", type=click.IntRange(1990, 2100), help="报告年度（覆盖自动识别）")
def annotate(path: str, output: str, select: tuple[str, ...], ignore: tuple[str, ...], severity: str,
             config_path: str | None, year: int | None) -> None:
    """把检查结果作为 Word 批注写入报告副本（.docx 原文和格式不变；.txt/.md 每行一段生成新文档）。"""
    from .annotate import AnnotateError, annotate_result
    from .atomic import write_bytes_atomic

    try:
        config = discover(config_path)
        if select:
            config.select = _split(select)
        config.ignore = [*config.ignore, *_split(ignore)]
        config.validate_selectors()
    except ConfigError as exc:
        click.echo(f"reportlint: 配置错误：{exc}", err=True)
        sys.exit(EXIT_ERROR)
    if suffix(output) != ".docx":
        click.echo("reportlint: 输出文件须以 .docx 结尾", err=True)
        sys.exit(EXIT_ERROR)
    if os.path.exists(output) and os.path.exists(path) and os.path.samefile(output, path):
        click.echo("reportlint: 输出文件不能覆盖原文件，请另取文件名", err=True)
        sys.exit(EXIT_ERROR)
    collect_from_here()
    result = lint_path(path, config, year=year)
    if result.error:
        click.echo(f"{path}: 无法检查：{result.error.message}", err=True)
        sys.exit(EXIT_ERROR)
    floor = Severity.parse(severity).rank
    result.findings = [f for f in result.findings if f.severity.rank >= floor]
    try:
        data, count = annotate_result(result)
        write_bytes_atomic(output, data)
    except AnnotateError as exc:
        click.echo(f"{path}: 无法批注：{exc}", err=True)
        sys.exit(EXIT_ERROR)
    except OSError as exc:
        click.echo(f"reportlint: 无法写入 {output}：{exc.strerror or exc}", err=True)
        sys.exit(EXIT_ERROR)
    except Exception as exc:  # an unusual .docx python-docx cannot annotate: a message, never a traceback
        click.echo(f"{path}: 无法批注：{type(exc).__name__}: {exc}", err=True)
        sys.exit(EXIT_ERROR)
    click.echo(f"已写入 {output}：{count} 条批注。")


@main.command("rules")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
def list_rules(fmt: str) -> None:
    """列出全部规则（代码、名称、规则族、默认级别）。"""
    from .rules import all_rules

    rules = all_rules()
    if fmt == "json":
        import json

        click.echo(json.dumps([{"code": r.code, "name": r.name, "family": r.family, "severity": r.severity.value,
                                "fix": r.fix, "default": r.default, "summary": r.summary} for r in rules],
                              ensure_ascii=False, indent=2))
        return
    for r in rules:
        fixable = {"safe": "可修复", "unsafe": "可修复*"}.get(r.fix or "", "")
        opt_in = "" if r.default else "（默认不启用，用 --extend-select 启用）"
        click.echo(f"{r.code}  {r.name:32s} {r.family:12s} {r.severity.value:8s} {fixable:6s} {r.summary}{opt_in}")


@main.command("rule")
@click.argument("code")
def show_rule(code: str) -> None:
    """显示一条规则的说明和示例。"""
    from .rules import get_rule

    r = get_rule(code)
    if r is None:
        click.echo(f"reportlint: 没有规则 {code}（用 reportlint rules 查看全部规则）", err=True)
        sys.exit(EXIT_ERROR)
    fixable = {"safe": "可自动修复（安全）",
               "unsafe": "可修复（需 --unsafe-fixes，请人工确认）"}.get(r.fix or "", "不可自动修复")
    opt_in = f"　默认不启用（--extend-select {r.code} 或配置 extend-select 启用）" if not r.default else ""
    click.echo(f"{r.code} {r.name}\n规则族：{r.family}　默认级别：{r.severity.value}　{fixable}{opt_in}\n")
    click.echo(f"{r.summary}\n\n{r.explanation}\n")
    if r.bad:
        click.echo("会报告的写法：")
        for ex in r.bad:
            click.echo(f"  ✗ {ex}")
    if r.good:
        click.echo("不会报告的写法：")
        for ex in r.good:
            click.echo(f"  ✓ {ex}")


if __name__ == "__main__":
    main()
