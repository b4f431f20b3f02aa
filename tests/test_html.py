"""`check --format html`: a self-contained review page; in headless Chromium a click on a finding in the side
list scrolls its highlight into view."""

from __future__ import annotations

import re
import shutil
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from fake_rules import CODES, SAMPLE, fake_rules

from linter.cli import main

CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
CHROMEDRIVER = shutil.which("chromedriver")


@pytest.fixture(autouse=True)
def _fakes() -> Any:
    with fake_rules():
        yield


def render(*paths: Path, extra: tuple[str, ...] = ()) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["check", "-j", "1", "--format", "html", "--select", CODES, *extra,
                                       *map(str, paths)])
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.output


class _Marks(HTMLParser):
    """Collects the text inside each <mark> (by data-f) and every external reference."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[list[str]] = []
        self.marks: dict[str, list[str]] = {}
        self.external: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        for key in ("src", "href"):
            if a.get(key) and not str(a[key]).startswith("#"):
                self.external.append(str(a[key]))
        if tag in ("link", "img", "iframe"):
            self.external.append(tag)
        if tag == "mark":
            self.stack.append((a.get("data-f") or "").split())
            for i in self.stack[-1]:
                self.marks.setdefault(i, [])

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark":
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        for ids in self.stack:
            for i in ids:
                self.marks.setdefault(i, []).append(data)


def test_page_is_self_contained_and_marks_each_finding(tmp_path: Path) -> None:
    src = tmp_path / "report.txt"
    src.write_text(SAMPLE, encoding="utf-8")
    code, page = render(src)
    assert code == 1 and page.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in page
    parser = _Marks()
    parser.feed(page)
    assert parser.external == []  # no network, no external assets
    assert not re.search(r"url\(|@import|https?://", page)
    joined = {i: "".join(parts) for i, parts in parser.marks.items()}
    # Findings are numbered in position order; overlapping ones share the overlapped text.
    assert joined["1"] == "***" and joined["2"] == "***思想" and joined["3"] == "2024—2024年"
    assert joined["4"] == "受理1940件，调处成功1893件，调处成功率"  # across two lines
    assert joined["5"] == joined["6"] == "的的"
    assert joined["7"] == ""  # the empty span: a ▼ marker (drawn by CSS, no text of its own)
    assert 'class="error pt"' in page and 'class="warning"' in page and 'class="info"' in page
    # The text itself is all there, in order, outside the tags.
    plain = re.sub(r"<[^>]+>", "", page.split('<article class="text">')[1].split("</article>")[0])
    import html

    assert html.unescape(plain) == SAMPLE.replace("\n", "")
    assert "年份 years：1" in page and "结构 structure：1" in page  # counts per family


def test_filter_boxes_list_the_severities_and_families_found(tmp_path: Path) -> None:
    src = tmp_path / "report.txt"
    src.write_text(SAMPLE.replace("***", "某某"), encoding="utf-8")  # no R991 findings: no 打码与占位 box
    _, page = render(src)
    form = re.search(r'<form id="filters" hidden>(.*?)</form>', page)
    assert form, "the filter form is rendered hidden, for the script to show"
    boxes = re.findall(r'name="(sev|fam)" value="(\w+)" checked', form.group(1))
    assert boxes == [("sev", "error"), ("sev", "warning"), ("fam", "structure"), ("fam", "arithmetic"),
                     ("fam", "years"), ("fam", "typography")]
    # Each list entry carries what the filters select on.
    assert re.search(r'<li class="warning" data-f="\d+" data-sev="warning" data-fam="typography">', page)


def test_no_filter_boxes_without_findings(tmp_path: Path) -> None:
    src = tmp_path / "report.txt"
    src.write_text("某县2024年法治政府建设情况报告\n主要安排：继续推进。\n", encoding="utf-8")
    _, page = render(src)
    assert 'id="filters"' not in page


def test_index_for_many_reports(tmp_path: Path) -> None:
    for i in range(3):
        (tmp_path / f"县{i}.txt").write_text(SAMPLE if i != 1 else SAMPLE.replace("的的", "的"), encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    out = tmp_path / "report.html"
    code, _ = render(tmp_path, extra=("-o", str(out), "--statistics"))
    page = out.read_text("utf-8")
    assert code == 2  # the empty file is a per-file error, shown in the index
    rows = re.findall(r"<tr><td><a href=\"#(r\d+)\">([^<]+)</a></td><td class=\"n\">(\d*)</td>"
                      r"<td class=\"n\">(\d+)</td><td class=\"n\">(\d+)</td><td class=\"n\">(\d+)</td><td>(.*?)</td>",
                      page)
    assert [Path(r[1]).name for r in rows] == ["empty.txt", "县0.txt", "县1.txt", "县2.txt"]
    assert "无法检查" in rows[0][6]
    assert rows[1][2:6] == ("2024", "3", "3", "1") and rows[2][2:6] == ("2024", "3", "1", "1")
    assert "排版（2）" in rows[1][6] and "排版" not in rows[2][6]
    for anchor, *_ in rows:
        assert f'<section class="report" id="{anchor}">' in page
    assert 'id="statistics"' in page


def _check_filters(driver: Any, by: Any) -> None:
    """Untick 排版 (typography): its entries and highlights go, the others stay; untick 提示 (info): the ***
    highlight, which also carries an error, stays; tick both again: all back."""
    assert driver.find_element(by.ID, "filters").is_displayed()
    typo = driver.find_element(by.CSS_SELECTOR, '#filters input[name="fam"][value="typography"]')
    info = driver.find_element(by.CSS_SELECTOR, '#filters input[name="sev"][value="info"]')
    doubled = 'section#r1 mark[data-f="5"]'  # T991, typography
    years = 'section#r1 mark[data-f="3"]'  # Y991
    shown = "return !document.querySelector(arguments[0]).classList.contains('off')"
    typo.click()
    assert not driver.find_element(by.CSS_SELECTOR, 'section#r1 li[data-f="5"]').is_displayed()
    assert driver.find_element(by.CSS_SELECTOR, 'section#r1 li[data-f="3"]').is_displayed()
    assert not driver.execute_script(shown, doubled) and driver.execute_script(shown, years)
    info.click()
    assert not driver.find_element(by.CSS_SELECTOR, 'section#r1 li[data-f="1"]').is_displayed()
    assert driver.execute_script(shown, 'section#r1 mark[data-f="1 2"]')  # finding 2 (an error) still shown
    typo.click()
    info.click()
    assert driver.execute_script(shown, doubled) and driver.find_element(
        by.CSS_SELECTOR, 'section#r1 li[data-f="1"]').is_displayed()


def _in_view(driver: Any, selector: str) -> bool:
    return bool(driver.execute_script(
        "var e=document.querySelector(arguments[0]);var r=e.getBoundingClientRect();"
        "return r.height>0&&r.top>=0&&r.bottom<=window.innerHeight&&r.left>=0&&r.right<=window.innerWidth;",
        selector))


@pytest.mark.skipif(CHROMIUM is None or CHROMEDRIVER is None, reason="chromium / chromedriver not installed")
def test_click_in_list_scrolls_highlight_into_view(tmp_path: Path) -> None:
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.common.by import By

    filler = "\n".join(f"（{i}）持续推进严格规范公正文明执法，全年开展执法检查若干次。" for i in range(120))
    body = SAMPLE.replace("我们的的工作", filler + "\n我们的的工作")
    for i in range(2):
        (tmp_path / f"report{i}.txt").write_text(body, encoding="utf-8")
    page = tmp_path / "report.html"
    render(tmp_path, extra=("-o", str(page)))

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", f"--user-data-dir={tmp_path / 'profile'}",
                 "--window-size=1280,900"):
        options.add_argument(flag)
    service = webdriver.ChromeService(executable_path=CHROMEDRIVER)
    driver = webdriver.Chrome(options=options, service=service)
    try:
        driver.get(page.as_uri())
        # Second report, first doubled 的 (finding 5): far below the first screen.
        target = 'section#r2 mark[data-f~="5"]'
        assert not _in_view(driver, target)
        driver.find_element(By.CSS_SELECTOR, 'a[href="#r2"]').click()  # the index links to the report
        assert driver.execute_script("return location.hash") == "#r2"
        item = driver.find_element(By.CSS_SELECTOR, 'section#r2 aside.findings li[data-f="5"] a')
        assert not _in_view(driver, target)
        item.click()
        assert _in_view(driver, target)
        assert "focus" in driver.find_element(By.CSS_SELECTOR, target).get_attribute("class")
        pop = driver.find_element(By.ID, "pop")
        assert pop.is_displayed() and "“的”字重复" in pop.text
        assert driver.execute_script("return location.hash") == "#r2f5"
        shot = tmp_path / "review.png"
        driver.save_screenshot(str(shot))
        assert shot.stat().st_size > 10_000
        # Clicking a highlight in the text shows every finding covering it (R991 twice on ***).
        driver.find_element(By.CSS_SELECTOR, 'section#r1 mark[data-f="1 2"]').click()
        assert "星号占位" in pop.text and "名称被打码" in pop.text
        driver.save_screenshot(str(tmp_path / "review-pop.png"))
        _check_filters(driver, By)
    finally:
        driver.quit()
