"""Where reportlint's regular expressions spend their time: each compiled pattern's calls timed in process, with
the file and line that compiled it.

    .venv/bin/python bench/regex_profile.py                      # 300 reports of the bench corpus
    .venv/bin/python bench/regex_profile.py --reports 100 --top 20

Regular expressions were about two fifths of a report's time at 1e88600, and no profiler tells one pattern from
another: cProfile shows one line for every `search`. Here every pattern `re.compile` makes is wrapped before
reportlint is imported, and the time spent inside its calls (for finditer, producing each match) is added up per
pattern. The wrapper adds a little to each call: compare two trees with it, do not quote its absolute figures.
The reports are linted once unmeasured first (patterns compiled on first use, memos filled). The corpus is
built into bench/out/ as run.py builds it (replacing what is there), and the findings are those of a plain run.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
_HERE = Path(__file__).resolve().parent

spent: defaultdict[str, int] = defaultdict(int)  # nanoseconds inside each pattern's calls
calls: Counter[str] = Counter()
_clock = time.perf_counter_ns
_compile = re.compile


def _timed(name: str) -> Callable[..., Any]:
    def call(self: _Timed, *args: Any, **kwargs: Any) -> Any:
        start = _clock()
        result = getattr(self.pattern_, name)(*args, **kwargs)
        spent[self.key] += _clock() - start
        calls[self.key] += 1
        return result
    return call


class _Timed:
    """A compiled pattern whose calls are timed; everything else is passed through."""

    __slots__ = ("key", "pattern_")

    def __init__(self, pattern: re.Pattern[Any], key: str) -> None:
        self.pattern_ = pattern
        self.key = key

    def __getattr__(self, name: str) -> Any:
        return getattr(self.pattern_, name)

    search = _timed("search")
    match = _timed("match")
    fullmatch = _timed("fullmatch")
    findall = _timed("findall")
    sub = _timed("sub")
    subn = _timed("subn")
    split = _timed("split")

    def finditer(self, *args: Any, **kwargs: Any) -> Iterator[re.Match[Any]]:
        calls[self.key] += 1
        return self._produce(self.pattern_.finditer(*args, **kwargs))

    def _produce(self, matches: Iterator[re.Match[Any]]) -> Iterator[re.Match[Any]]:
        while True:
            start = _clock()
            m = next(matches, None)
            spent[self.key] += _clock() - start
            if m is None:
                return
            yield m


_PASSED_THROUGH = ("/re/__init__.py", "/functools.py", "/enum.py")  # the standard library's own modules


def _compiled_where() -> str:
    """file:line of the code that asked for the pattern, past re's, functools' and enum's own frames."""
    frame = sys._getframe(2)
    while frame.f_back and frame.f_code.co_filename.endswith(_PASSED_THROUGH):
        frame = frame.f_back
    where = frame.f_code.co_filename
    return f"{where.removeprefix(str(ROOT) + '/')}:{frame.f_lineno}"


def _timed_compile(pattern: Any, flags: int = 0) -> Any:
    compiled = _compile(pattern, flags)
    source = compiled.pattern if isinstance(compiled.pattern, str) else repr(compiled.pattern)
    return _Timed(compiled, f"{_compiled_where()} {source}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--reports", type=int, default=300, help="reports of the bench corpus to lint (default 300)")
    ap.add_argument("--top", type=int, default=40, help="patterns to list (default 40)")
    args = ap.parse_args()

    sys.path.insert(0, str(_HERE))
    from run import build_corpus  # the bench's own deterministic corpus

    texts = [p.read_text(encoding="utf-8") for p in build_corpus(args.reports, 1).reports]
    re.compile = _timed_compile  # type: ignore[assignment]  # before reportlint compiles its patterns
    sys.path.insert(0, str(ROOT))
    from linter.config import Config
    from linter.document import Document
    from linter.engine import lint_document

    config = Config()
    for text in texts:
        lint_document(Document.from_text(text), config)
    spent.clear()
    calls.clear()
    start = time.process_time()
    for text in texts:
        lint_document(Document.from_text(text), config)
    total = (time.process_time() - start) / len(texts) * 1e6
    in_re = sum(spent.values()) / len(texts) / 1000
    print(f"{len(texts)} reports: {total:.0f} us of CPU a report, {in_re:.0f} us of it in compiled patterns' calls "
          f"(wrapper included)")
    print(f"{'us/report':>9} {'calls':>6}  where compiled, pattern")
    for key, ns in sorted(spent.items(), key=lambda kv: -kv[1])[:args.top]:
        print(f"{ns / len(texts) / 1000:9.1f} {calls[key] / len(texts):6.1f}  {key[:140]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
