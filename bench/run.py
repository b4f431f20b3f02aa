"""Benchmark reportlint against itself and against autocorrect (PyPI `autocorrect-py`) on the same files.

    .venv/bin/python bench/run.py            # the full run (about 2 to 5 minutes on 2 cores)
    .venv/bin/python bench/run.py --quick    # 200 reports and a 4 MB file: a smoke run

Builds a deterministic corpus from seeds/ into bench/out/ (1,000 reports of 10-20 KB, about 15 MB, and one
20 MB file), then measures, each in a fresh process: the cold start on one report; the 1,000 reports at
--jobs 1 and --jobs 2; the 20 MB file; autocorrect's Python API linting each of the same files; and, in this
process, each rule alone on small reports and on 1 MB and 4 MB slices of the big file, so a rule that is
slow or grows faster than the text is named. Prints a table and writes bench/out/results.json.

Speed is measured here and only here: the test suite has no timed tests.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
OUT = ROOT / "bench" / "out"
SEED = 20240808  # the corpus depends only on this and the seed files
MB = 1_000_000  # decimal megabytes, as MB/s figures are usually quoted

# The child that runs autocorrect: reads each file and lints it with the Python API, as a user would.
_AUTOCORRECT_CHILD = """
import sys, time
t0 = time.perf_counter()
import autocorrect_py
paths = [line for line in open(sys.argv[1], encoding="utf-8").read().splitlines() if line]
lines = 0
for p in paths:
    with open(p, encoding="utf-8") as fh:
        text = fh.read()
    lines += len(autocorrect_py.lint_for(text, p).lines)
print(lines)
"""


# --- the corpus --------------------------------------------------------------------------------------

def seed_reports() -> list[list[str]]:
    reports = []
    for p in sorted(SEEDS.glob("*.txt")):
        lines = [ln.rstrip() for ln in p.read_text(encoding="utf-8").splitlines()]
        reports.append([ln for ln in lines if ln.strip()])
    if not reports:
        sys.exit(f"no seed reports in {SEEDS}")
    return reports


def make_report(rng: random.Random, seeds: list[list[str]], target: int) -> str:
    """One report of about `target` UTF-8 bytes: a window of one seed (which keeps its title and outline)
    topped up with paragraphs from the others, with the year and numbers varied so reports differ."""
    base = rng.choice(seeds)
    start = rng.randrange(max(1, len(base) // 4)) if sum(len(x.encode()) for x in base) > target else 0
    out: list[str] = []
    size = 0
    for line in base[start:]:
        if size >= target:
            break
        out.append(line)
        size += len(line.encode()) + 1
    while size < target:
        line = rng.choice(rng.choice(seeds))
        out.append(line)
        size += len(line.encode()) + 1
    year = str(rng.choice([2021, 2022, 2023, 2024]))
    text = "\n".join(out) + "\n"
    text = text.replace("2024", year) if year != "2024" else text
    # The seeds were scraped with half-width punctuation; real drafts use full-width. Half the corpus is
    # converted, so both paths of every rule (and of Document.folded) are measured.
    if rng.random() < 0.5:
        text = text.translate(_FULLWIDTH)
    # Vary digits a little (same length, so sizes stay put) so no two reports are the same.
    chars = list(text)
    digits = [i for i, c in enumerate(chars) if c.isdigit()]
    for i in rng.sample(digits, min(len(digits), 20)):
        chars[i] = str(rng.randrange(10))
    return "".join(chars)


_FULLWIDTH = str.maketrans({",": "，", ";": "；", ":": "：", "(": "（", ")": "）", "?": "？", "!": "！"})


@dataclass
class Corpus:
    reports: list[Path]
    report_bytes: int
    big: Path
    big_bytes: int
    one: Path  # a report of about 15 KB, for the cold start


def build_corpus(count: int, big_mb: int) -> Corpus:
    rng = random.Random(SEED)
    seeds = seed_reports()
    folder = OUT / "corpus"
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    paths = []
    for i in range(count):
        text = make_report(rng, seeds, rng.randrange(10_000, 20_000))
        p = folder / f"report_{i:04d}.txt"
        p.write_text(text, encoding="utf-8")
        paths.append(p)
    # The big file: the reports end to end (several reports pasted into one file, as real scrapes are),
    # cut at a line end at the size asked for.
    limit = big_mb * MB
    parts: list[bytes] = []
    size = 0
    i = 0
    while size < limit:
        data = paths[i % len(paths)].read_bytes()
        parts.append(data)
        size += len(data)
        i += 1
    data = b"".join(parts)[:limit]
    data = data[:data.rfind(b"\n") + 1]
    big = OUT / f"big_{big_mb}mb.txt"
    big.write_bytes(data)
    one = min(paths[:50], key=lambda p: abs(p.stat().st_size - 15_000))
    return Corpus(paths, sum(p.stat().st_size for p in paths), big, len(data), one)


# --- measuring a child process -----------------------------------------------------------------------

@dataclass
class Run:
    wall: float  # seconds
    cpu: float  # user + system seconds of the command and all its processes: robust to a busy machine
    peak_rss_mb: float  # the largest single process (exact, from the kernel's accounting)
    peak_tree_mb: float  # all processes of the run together (sampled every 20 ms)
    returncode: int
    stdout: str = field(repr=False)


def _tree_rss(pid: int) -> int:
    """Resident memory in bytes of a process and all its descendants, from /proc (Linux)."""
    total = 0
    todo = [pid]
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/status") as fh:
                for line in fh:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1]) * 1024
                        break
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as fh:
                    todo.extend(int(c) for c in fh.read().split())
        except (OSError, ValueError):
            continue
    return total


def measure(cmd: list[str], timeout: float) -> Run:
    """Run a command in a fresh process; wall time, peak memory, exit code and output."""
    # The peak single-process RSS comes from a wrapper process of its own, whose RUSAGE_CHILDREN covers
    # exactly this command and its workers (ours would mix every run of this script).
    # It also times the command itself, so the wrapper's own interpreter start is not counted.
    wrapper = ("import resource, subprocess, sys, time\n"
               "with open(sys.argv[1], 'wb') as out:\n"
               "    t = time.perf_counter()\n"
               "    r = subprocess.run(sys.argv[2:], stdout=out)\n"
               "    t = time.perf_counter() - t\n"
               "u = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
               "print(u.ru_maxrss, r.returncode, t, u.ru_utime + u.ru_stime)\n")
    out_file = OUT / "child.out"
    proc = subprocess.Popen([sys.executable, "-c", wrapper, str(out_file), *cmd], stdout=subprocess.PIPE,
                            cwd=ROOT, text=True)
    peak_tree = 0
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak_tree
        while not stop.wait(0.02):
            peak_tree = max(peak_tree, _tree_rss(proc.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        stdout, _ = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.kill(proc.pid, signal.SIGKILL)
        proc.communicate()
        stop.set()
        return Run(float("inf"), float("inf"), 0, peak_tree / 2**20, -9, "")
    stop.set()
    sampler.join()
    maxrss, code, seconds, cpu = stdout.split()
    maxrss_kb, rc, wall = int(maxrss), int(code), float(seconds)
    text = out_file.read_text(encoding="utf-8", errors="replace")
    return Run(wall, float(cpu), maxrss_kb / 1024, peak_tree / 2**20, rc, text)


def reportlint_cmd(*args: str) -> list[str]:
    return [sys.executable, "-m", "linter", "check", *args]


def user_python() -> str:
    """An interpreter that imports reportlint as a user's install does: a bare venv (bench/out/user-venv)
    whose path file lists this checkout and the running venv's site-packages (click, PyYAML...).

    A development venv's editable install puts an import hook in front of every import of the package; it
    costs some 20 ms of a cold start that no user (pip install ., pre-commit) pays. A directory named in a .pth
    file is put on sys.path without its own .pth files being read, so the hook is not installed here."""
    import sysconfig

    venv = OUT / "user-venv"
    python = venv / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    purelib = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                             capture_output=True, text=True, check=True).stdout.strip()
    (Path(purelib) / "reportlint-checkout.pth").write_text(
        f"{ROOT}\n{sysconfig.get_paths()['purelib']}\n", encoding="utf-8")
    return str(python)


def compile_bytecode(root: Path = ROOT) -> None:
    """Write the checkout's bytecode, as `pip install` does for an installed package. The runs import reportlint
    from this checkout, and where PYTHONDONTWRITEBYTECODE is set (some CI and sandbox images set it) nothing else
    writes it: every fresh process would then compile the engine and the rules from source, some 100 ms of a cold
    start that no user's install pays. Python still reads bytecode it is told not to write."""
    import compileall

    for package in ("linter", "checks"):
        compileall.compile_dir(root / package, quiet=1)


INSTRUCTION_REPORTS = 20  # reports linted in one process under callgrind (about 12 s there)


def instructions(cmd: list[str], timeout: float) -> int | None:
    """Instructions executed by `cmd`, counted by valgrind's callgrind: unlike seconds, the same for the same
    code and input whatever else the machine is doing, so a change of a few percent can be seen. None when
    valgrind is not installed or the count cannot be read."""
    if shutil.which("valgrind") is None:
        return None
    run = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *cmd], cwd=ROOT,
                         capture_output=True, text=True, timeout=timeout, check=False)
    for line in run.stderr.splitlines():
        if "Collected :" in line:
            return int(line.rsplit(":", 1)[1].strip())
    return None


def json_summary(run: Run) -> dict[str, Any]:
    try:
        return json.loads(run.stdout)["summary"]
    except (ValueError, KeyError, TypeError):
        return {}


def file_errors(run: Run) -> list[str]:
    try:
        files = json.loads(run.stdout)["files"]
    except (ValueError, KeyError, TypeError):
        return []
    return sorted({f"{f['error']['code']}: {f['error']['message']}" for f in files if f["error"]})


# --- per-rule profile (in this process) --------------------------------------------------------------

class _RuleTimeout(Exception):
    pass


def _alarm(signum: int, frame: object) -> None:
    raise _RuleTimeout


def profile_rules(samples: list[Path], big: Path, cap: float) -> list[dict[str, Any]]:
    """Each rule alone: seconds on the sample reports, and on 1 MB and 4 MB slices of the big file, with
    the shared document analyses (lines, sentences, outline, chrome) built beforehand so only the rule's
    own work is timed. growth = t(4 MB) / (4 * t(1 MB)): about 1 for a linear rule, about 4 for a
    quadratic one."""
    sys.path.insert(0, str(ROOT))
    from linter import Config
    from linter.api import document_for
    from linter.inputs import read_source
    from linter.rules import all_rules

    config = Config()

    shared = ("folded", "lines", "sentences", "chrome", "outline")
    model_s = 0.0  # time spent building the shared analyses, reported as a row of its own

    def doc_of(path: Path, data: bytes | None = None) -> Any:
        nonlocal model_s
        doc = document_for(read_source(str(path), data), config)
        t = time.perf_counter()
        for name in shared:
            getattr(doc, name)
        model_s += time.perf_counter() - t
        return doc

    def forget_rule_caches(docs: list[Any]) -> None:
        # Rules cache shared work in the document (the arithmetic readings, the redaction masks): drop it
        # before each timing, so each rule is charged what it costs when run alone, cache building included.
        for d in docs:
            for key in [k for k in d.__dict__ if k not in d._FIELDS and k not in shared and k != "_traditional"
                        and not k.startswith("_line") and not k.startswith("_chrome")]:
                del d.__dict__[key]

    raw = big.read_bytes()

    def slice_of(n: int) -> bytes:
        part = raw[:n]
        return part[:part.rfind(b"\n") + 1]

    small = [doc_of(p) for p in samples]
    small_mb = sum(p.stat().st_size for p in samples) / MB
    rows: list[dict[str, Any]] = [{"rule": "-", "name": "document model (" + ", ".join(shared) + ")",
                                   "small_s": model_s, "small_mb_s": small_mb / model_s if model_s else None}]
    model_s = 0.0
    slices = {1: doc_of(big, slice_of(1 * MB))}
    rows[0]["slice_1mb_s"], model_s = model_s, 0.0
    slices[4] = doc_of(big, slice_of(4 * MB))
    rows[0]["slice_4mb_s"] = model_s
    rows[0]["growth"] = rows[0]["slice_4mb_s"] / (4 * rows[0]["slice_1mb_s"])
    old = signal.signal(signal.SIGPROF, _alarm)
    try:
        for rule in all_rules():
            opts = config.family_options(rule.family)
            row: dict[str, Any] = {"rule": rule.code, "name": rule.name}

            def timed(docs: list[Any], rule: Any = rule, opts: Any = opts,
                      row: dict[str, Any] = row) -> float | None:
                signal.setitimer(signal.ITIMER_PROF, 3 * cap)
                try:
                    # The best of three: other work on the machine must not make a rule look slow (the
                    # CPU clock would be the natural measure, but it ticks in 4 ms steps on some kernels).
                    best = float("inf")
                    for _ in range(3):
                        forget_rule_caches(docs)
                        t = time.perf_counter()
                        for d in docs:
                            rule.run(d, opts)
                        best = min(best, time.perf_counter() - t)
                    return best
                except _RuleTimeout:
                    return None
                except Exception as exc:  # a crash is a finding of this benchmark, not the end of it
                    row["crash"] = f"{type(exc).__name__}: {exc}"[:200]
                    return None
                finally:
                    signal.setitimer(signal.ITIMER_PROF, 0)

            t_small = timed(small)
            row["small_s"] = t_small
            row["small_mb_s"] = small_mb / t_small if t_small else None
            t1 = timed([slices[1]])
            t4 = timed([slices[4]]) if t1 is not None else None
            row["slice_1mb_s"], row["slice_4mb_s"] = t1, t4
            row["growth"] = t4 / (4 * t1) if t1 and t4 else None
            rows.append(row)
    finally:
        signal.signal(signal.SIGPROF, old)
    return rows


# --- machine -----------------------------------------------------------------------------------------

def machine() -> dict[str, Any]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                            check=False).stdout.strip()
    dirty = subprocess.run(["git", "status", "--porcelain"], cwd=ROOT, capture_output=True, text=True,
                           check=False).stdout.strip()
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return {"nproc": os.cpu_count(), "cpu": cpu, "load_average_at_start": os.getloadavg()[0],
            "memory_gib": round(mem, 1),
            "python": platform.python_version(), "platform": platform.platform(),
            "commit": commit + ("+dirty" if dirty else ""), "date": time.strftime("%Y-%m-%d %H:%M")}


def autocorrect_version() -> str | None:
    try:
        from importlib.metadata import version

        return version("autocorrect-py")
    except Exception:
        return None


# --- main --------------------------------------------------------------------------------------------

def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="200 reports and a 4 MB file (a smoke run)")
    ap.add_argument("--reports", type=int, help="number of reports (default 1000)")
    ap.add_argument("--big-mb", type=int, help="size of the big file in MB (default 20)")
    ap.add_argument("--cold-runs", type=int, default=21,
                    help="cold starts to take the median of (a VM's starts can vary by 30%%)")
    ap.add_argument("--repeats", type=int,
                    help="times each throughput run is made, in turn with the others; the median is reported "
                         "(default 5, 1 with --quick)")
    ap.add_argument("--timeout", type=float, default=900, help="seconds before a run is abandoned")
    ap.add_argument("--no-autocorrect", action="store_true", help="skip the autocorrect comparison")
    ap.add_argument("--no-rules", action="store_true", help="skip the per-rule profile")
    ap.add_argument("--rules-only", action="store_true", help="only the per-rule profile")
    ap.add_argument("--instructions", action="store_true",
                    help="also count instructions (valgrind callgrind): the cold start and "
                         f"{INSTRUCTION_REPORTS} reports, repeatable to 0.1%% on a busy machine")
    args = ap.parse_args()
    count = args.reports or (200 if args.quick else 1000)
    big_mb = args.big_mb or (4 if args.quick else 20)
    repeats = args.repeats or (1 if args.quick else 5)

    OUT.mkdir(parents=True, exist_ok=True)
    t = time.perf_counter()
    corpus = build_corpus(count, big_mb)
    print(f"corpus: {count} reports, {corpus.report_bytes / MB:.1f} MB; big file {corpus.big_bytes / MB:.1f} MB "
          f"(built in {time.perf_counter() - t:.1f} s, in {OUT.relative_to(ROOT)})", flush=True)
    listing = OUT / "reports.lst"
    listing.write_text("\n".join(str(p) for p in corpus.reports) + "\n", encoding="utf-8")
    big_listing = OUT / "big.lst"
    big_listing.write_text(f"{corpus.big}\n", encoding="utf-8")

    compile_bytecode()
    info = machine()
    from importlib.metadata import version

    rules = subprocess.run([sys.executable, "-m", "linter", "rules", "--format", "json"], cwd=ROOT,
                           capture_output=True, text=True, check=False)
    n_rules = len(json.loads(rules.stdout)) if rules.returncode == 0 else 0
    results: dict[str, Any] = {"machine": info, "reportlint": version("reportlint"), "rules": n_rules,
                               "autocorrect_py": autocorrect_version(),
                               "corpus": {"reports": count, "report_mb": corpus.report_bytes / MB,
                                          "big_mb": corpus.big_bytes / MB, "seed": SEED}, "runs": {}}
    print(f"machine: {info['nproc']} cores, {info['cpu']}, Python {info['python']}; reportlint "
          f"{results['reportlint']} ({info['commit']}) with {n_rules} rules", flush=True)

    if not args.rules_only:
        # Cold start: one ~15 KB report, all rules, text output, a fresh interpreter each time, imported as
        # a user's install imports it (see user_python); the development venv's figure is kept beside it.
        user = user_python()
        one = ["-m", "linter", "check", "--no-color", str(corpus.one)]
        measure([user, *one], args.timeout)  # fills the data and regex caches, as any first run does
        colds, devs, bare = [], [], []
        for _ in range(args.cold_runs):  # interleaved, so that a busy moment does not fall on one of them only
            colds.append(measure([user, *one], args.timeout))
            devs.append(measure(reportlint_cmd("--no-color", str(corpus.one)), args.timeout))
            bare.append(measure([user, "-c", "pass"], 60))
        results["runs"]["cold_start"] = {"median_s": statistics.median(r.wall for r in colds),
                                         "min_s": min(r.wall for r in colds),
                                         "python_startup_s": statistics.median(r.wall for r in bare),
                                         "dev_venv_median_s": statistics.median(r.wall for r in devs),
                                         "file_bytes": corpus.one.stat().st_size,
                                         "peak_rss_mb": max(r.peak_rss_mb for r in colds)}
        print(f"cold start: {results['runs']['cold_start']['median_s'] * 1000:.0f} ms "
              f"(development venv: {results['runs']['cold_start']['dev_venv_median_s'] * 1000:.0f} ms)", flush=True)

        def record(key: str, run: Run, size: int, files: int, largest: int, baseline_mb: float,
                   walls: list[float]) -> None:
            summary = json_summary(run)
            # Memory is judged net of the interpreter and its imports (the cold start's own peak), since a
            # 20 KB report cannot be linted in less than Python itself takes.
            net = max(0.0, run.peak_rss_mb - baseline_mb)
            entry = {"wall_s": run.wall, "wall_s_runs": walls, "cpu_s": run.cpu,
                     "mb_s": size / MB / run.wall if run.wall else None,
                     "reports_s": files / run.wall if run.wall else None, "peak_rss_mb": run.peak_rss_mb,
                     "peak_tree_mb": run.peak_tree_mb, "peak_vs_largest_file": run.peak_rss_mb * 2**20 / largest,
                     "net_peak_mb": net, "net_peak_vs_largest_file": net * 2**20 / largest,
                     "exit": run.returncode, "findings": summary.get("findings"),
                     "files_failed": summary.get("files_failed"), "errors": file_errors(run)[:10]}
            results["runs"][key] = entry
            extra = f", {entry['findings']} findings" if entry["findings"] is not None else ""
            spread = f" (runs: {', '.join(f'{w:.2f}' for w in walls)})" if len(walls) > 1 else ""
            print(f"{key}: {run.wall:.2f} s{spread}, {entry['mb_s'] or 0:.2f} MB/s, peak {run.peak_rss_mb:.0f} MB"
                  f"{extra}", flush=True)
            if entry["errors"]:
                print(f"  per-file errors: {entry['errors']}", flush=True)

        largest_report = max(p.stat().st_size for p in corpus.reports)
        base = results["runs"]["cold_start"]["peak_rss_mb"]
        folder = str(corpus.reports[0].parent)
        # (key, command, bytes, files, largest file, the peak RSS memory is judged net of)
        plan: list[tuple[str, list[str], int, int, int, float]] = [
            (f"reportlint_reports_jobs{jobs}", reportlint_cmd("--format", "json", "--jobs", str(jobs), folder),
             corpus.report_bytes, count, largest_report, base) for jobs in (1, 2)]
        plan.append(("reportlint_big", reportlint_cmd("--format", "json", "--jobs", "1", str(corpus.big)),
                     corpus.big_bytes, 1, corpus.big_bytes, base))
        if not args.no_autocorrect:
            if autocorrect_version() is None:
                print("autocorrect-py is not installed: pip install -r bench/requirements.txt (skipping it)")
            else:
                child = [sys.executable, "-c", _AUTOCORRECT_CHILD]
                one_listing = OUT / "one.lst"
                one_listing.write_text(f"{corpus.one}\n", encoding="utf-8")
                ac_base = measure([*child, str(one_listing)], args.timeout).peak_rss_mb
                plan.append(("autocorrect_reports", [*child, str(listing)], corpus.report_bytes, count,
                             largest_report, ac_base))
                plan.append(("autocorrect_big", [*child, str(big_listing)], corpus.big_bytes, 1, corpus.big_bytes,
                             ac_base))
        # Each run several times, the tools in turn: a slow minute of a shared machine (20-40% here) then falls on
        # every tool alike, and the median of each is kept.
        samples: dict[str, list[Run]] = {key: [] for key, *_ in plan}
        results["repeats"] = repeats
        for round_ in range(repeats):
            if repeats > 1:
                print(f"throughput, round {round_ + 1} of {repeats}...", flush=True)
            for key, cmd, *_ in plan:
                samples[key].append(measure(cmd, args.timeout))
        for key, _, size, files, largest, baseline_mb in plan:
            runs = samples[key]
            median = sorted(runs, key=lambda r: r.wall)[(len(runs) - 1) // 2]
            record(key, median, size, files, largest, baseline_mb, [r.wall for r in runs])
        for mine, theirs in RATIO_PAIRS:
            if mine in samples and theirs in samples:
                results["runs"][mine]["ratio"] = paired_ratios(samples[mine], samples[theirs])

    if args.instructions:
        # Once without valgrind first: the count is of a warm start (the data and regex caches filled).
        subprocess.run(reportlint_cmd("--no-color", str(corpus.one)), cwd=ROOT, capture_output=True, check=False)
        cold = instructions(reportlint_cmd("--no-color", str(corpus.one)), args.timeout)
        sample = [str(p) for p in corpus.reports[:INSTRUCTION_REPORTS]]
        many = instructions(reportlint_cmd("--format", "json", "--jobs", "1", *sample), args.timeout)
        results["instructions"] = {"cold_start": cold, "reports": INSTRUCTION_REPORTS, "reports_total": many,
                                   "per_report": (many - cold) / INSTRUCTION_REPORTS if many and cold else None}
        if cold is None:
            print("instructions: valgrind is not installed (apt install valgrind); skipped", flush=True)
        else:
            per = results["instructions"]["per_report"]
            print(f"instructions: cold start {cold / 1e6:.1f} M; {INSTRUCTION_REPORTS} reports "
                  f"{(many or 0) / 1e6:.1f} M ({(per or 0) / 1e6:.1f} M a report beyond the start)", flush=True)

    if not args.no_rules:
        print("per-rule profile...", flush=True)
        results["per_rule"] = profile_rules(corpus.reports[:100], corpus.big, cap=min(args.timeout, 120))

    (OUT / "results.json").write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print()
    print(render_table(results))
    print(f"\nwritten: {(OUT / 'results.json').relative_to(ROOT)}")
    return 0


# (reportlint's run, autocorrect's run on the same files, label): the ratios the targets are stated in.
RATIO_PAIRS = (("reportlint_reports_jobs1", "autocorrect_reports"),
               ("reportlint_reports_jobs2", "autocorrect_reports"),
               ("reportlint_big", "autocorrect_big"))
RATIO_LABELS = {"reportlint_reports_jobs1": "reports, --jobs 1", "reportlint_reports_jobs2": "reports, --jobs 2",
                "reportlint_big": "big file"}


def paired_ratios(mine: list[Run], theirs: list[Run]) -> dict[str, Any]:
    """reportlint/autocorrect time ratios, round by round: the two runs of a round are made within seconds of
    each other, so a slow minute of a shared machine falls on both and cancels out of their ratio; the median of
    the rounds' ratios is steadier than the ratio of two medians taken minutes apart. CPU seconds are given too:
    they leave out time the process spent waiting for a busy CPU."""
    walls = [a.wall / b.wall for a, b in zip(mine, theirs, strict=True) if b.wall]
    cpus = [a.cpu / b.cpu for a, b in zip(mine, theirs, strict=True) if b.cpu]
    return {"wall": statistics.median(walls) if walls else None, "wall_runs": walls,
            "cpu": statistics.median(cpus) if cpus else None, "cpu_runs": cpus}


def _fmt(value: float | None, spec: str) -> str:
    return "-" if value is None or value == float("inf") else format(value, spec)


def render_table(results: dict[str, Any]) -> str:
    runs = results["runs"]
    m = results["machine"]
    lines = [f"Machine: {m['nproc']} cores, {m['cpu']}, {m['memory_gib']} GiB, Python {m['python']}; "
             f"reportlint {results['reportlint']} ({m['commit']}), {results['rules']} rules; "
             f"autocorrect-py {results['autocorrect_py'] or 'not installed'}"]
    load = m["load_average_at_start"]
    if load > 1.0:
        lines.append(f"WARNING: load average {load:.1f} at the start: other work was running, wall times are "
                     "inflated; compare cpu s")
    c = results["corpus"]
    cold = runs.get("cold_start")
    if cold:
        lines.append(f"Cold start, one {cold['file_bytes'] / 1000:.0f} KB report: {cold['median_s'] * 1000:.0f} "
                     f"ms median (min {cold['min_s'] * 1000:.0f} ms; bare Python "
                     f"{cold['python_startup_s'] * 1000:.0f} ms), as installed; in the development venv "
                     f"(editable install) {cold.get('dev_venv_median_s', 0) * 1000:.0f} ms")
    lines.append("")
    header = (f"| {'run':<34} | {'wall s':>7} | {'cpu s':>7} | {'MB/s':>6} | {'reports/s':>9} | {'peak MB':>7} | "
              f"{'net x file':>10} |")
    lines += [header, "|" + "|".join("-" * (len(h)) for h in header.split("|")[1:-1]) + "|"]
    labels = {
        "reportlint_reports_jobs1": f"reportlint {c['reports']} reports --jobs 1",
        "reportlint_reports_jobs2": f"reportlint {c['reports']} reports --jobs 2",
        "autocorrect_reports": f"autocorrect {c['reports']} reports",
        "reportlint_big": f"reportlint {c['big_mb']:.0f} MB file",
        "autocorrect_big": f"autocorrect {c['big_mb']:.0f} MB file",
    }
    for key, label in labels.items():
        r = runs.get(key)
        if not r:
            continue
        peak = r["peak_tree_mb"] if key.endswith("jobs2") else r["peak_rss_mb"]
        lines.append(f"| {label:<34} | {_fmt(r['wall_s'], '7.2f')} | {_fmt(r['cpu_s'], '7.2f')} | "
                     f"{_fmt(r['mb_s'], '6.2f')} | "
                     f"{_fmt(r['reports_s'], '9.1f')} | {_fmt(peak, '7.0f')} | "
                     f"{_fmt(r['net_peak_vs_largest_file'], '10.1f')} |")
    if results.get("repeats", 1) > 1:
        lines.append(f"wall s: the median of {results['repeats']} runs, made in turn with the other tools' "
                     "(results.json lists them all)")
    lines.append("peak MB: the largest process (--jobs 2: all processes together); net x file: (peak RSS - the "
                 "cold start's peak) / the largest file, target < 10")
    ratios = []
    for mine, theirs in RATIO_PAIRS:
        paired = runs.get(mine, {}).get("ratio")
        if not paired or paired["wall"] is None or theirs not in runs:
            continue
        details = []
        if len(paired["wall_runs"]) > 1:
            details.append("rounds: " + ", ".join(f"{r:.2f}" for r in paired["wall_runs"]))
        if paired["cpu"] is not None:
            # At --jobs 2 this is the work of both processes, so it shows the cost of running in parallel.
            whose = ", all processes" if mine.endswith("jobs2") else ""
            details.append(f"CPU seconds{whose} {paired['cpu']:.2f}")
        suffix = f" ({'; '.join(details)})" if details else ""
        ratios.append(f"{RATIO_LABELS[mine]}: {paired['wall']:.2f}{suffix}")
    if ratios:
        lines.append("")
        lines.append("Time ratio reportlint/autocorrect, the median of each round's ratio (lower is better; target "
                     "<= 1 at --jobs 2, <= 2 at --jobs 1):")
        lines += [f"  {r}" for r in ratios]
    if "reportlint_big" in runs and "reportlint_reports_jobs1" in runs:
        per_mb_small = runs["reportlint_reports_jobs1"]["wall_s"] / c["report_mb"]
        per_mb_big = runs["reportlint_big"]["wall_s"] / c["big_mb"]
        lines.append(f"Cost per MB: big file {per_mb_big:.3f} s vs small reports {per_mb_small:.3f} s "
                     f"(target: big <= small)")
    counted = results.get("instructions")
    if counted and counted.get("cold_start"):
        lines.append(f"Instructions (callgrind, repeatable): cold start {counted['cold_start'] / 1e6:.1f} M; "
                     f"{(counted['per_report'] or 0) / 1e6:.1f} M a report beyond it ({counted['reports']} reports)")
    rows = results.get("per_rule")
    if rows:
        lines.append("")
        lines.append("Per rule (alone, shared analyses prebuilt; growth ~1 is linear, ~4 quadratic):")
        lines.append(f"| {'rule':<6} | {'name':<32} | {'MB/s small':>10} | {'1 MB s':>7} | {'4 MB s':>7} | "
                     f"{'growth':>6} | note")
        slow = sorted(rows, key=lambda r: (r.get("crash") is None, -((r["small_s"] or 0) + (r["slice_4mb_s"] or 0))))
        for r in slow:
            note = r.get("crash") or ("timed out" if r["slice_4mb_s"] is None else "")
            if r.get("growth") and r["growth"] > 2:
                note = (note + " superlinear").strip()
            lines.append(f"| {r['rule']:<6} | {r['name'][:32]:<32} | {_fmt(r['small_mb_s'], '10.1f')} | "
                         f"{_fmt(r['slice_1mb_s'], '7.3f')} | {_fmt(r['slice_4mb_s'], '7.3f')} | "
                         f"{_fmt(r['growth'], '6.2f')} | {note}")
    return "\n".join(lines)


if __name__ == "__main__":
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    sys.exit(main())
