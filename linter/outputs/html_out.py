"""`--format html`: one self-contained review page (no network, no external assets).

Each report is shown in full with every finding highlighted in place (colour by severity; the message on
hover, and in a pop-up on click), beside a list of its findings that jumps to the spot, with counts per
family. With several reports the page opens on an index table (report, report year, errors, warnings, the
families hit) linking to each. Check boxes in the header show or hide findings by severity and by family (a
reviewer working through the arithmetic first). Without JavaScript the page still works: the list entries
are plain anchors, and the check boxes, which need it, stay hidden.
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ..model import FAMILIES, Finding

if TYPE_CHECKING:
    from ..api import FileResult
    from ..document import Document

FAMILY_CN = {"structure": "结构", "arithmetic": "数字计算", "years": "年份", "boilerplate": "网页残留",
             "redaction": "打码与占位", "typography": "排版"}
SEVERITY_CN = {"error": "错误", "warning": "警告", "info": "提示"}
_RANK = {"error": 3, "warning": 2, "info": 1}

CSS = """
:root{--err:#d93025;--err-bg:#fde2e0;--warn:#b06000;--warn-bg:#fff0c2;--info:#1a73e8;--info-bg:#e3edfd;
--line:#e3e3e3;--muted:#666}
*{box-sizing:border-box}
body{margin:0;color:#202124;background:#fafafa;line-height:1.7;
font-family:"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC",
"WenQuanYi Micro Hei","Noto Sans SC",system-ui,-apple-system,"Segoe UI",sans-serif}
header.top{padding:12px 24px;background:#fff;border-bottom:1px solid var(--line)}
h1{font-size:20px;margin:0}h2{font-size:17px;margin:0 0 4px;word-break:break-all}
.muted{color:var(--muted)}
main{padding:16px 24px}
#index,#statistics{margin-bottom:20px}
table{border-collapse:collapse;background:#fff;width:100%;font-size:14px}
th,td{border:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f1f3f4;cursor:pointer;user-select:none;white-space:nowrap}
td.n{text-align:right;font-variant-numeric:tabular-nums}
section.report{background:#fff;border:1px solid var(--line);border-radius:6px;margin:16px 0;padding:12px 16px}
.chips span{display:inline-block;border:1px solid var(--line);border-radius:10px;padding:0 8px;margin:2px 4px 2px 0;
font-size:13px}
.cols{display:flex;gap:16px;align-items:flex-start}
.text{flex:1 1 auto;min-width:0;font-size:15px}
.ln{white-space:pre-wrap;word-break:break-all;padding-left:4.2em;position:relative;min-height:1.7em}
.ln::before{content:attr(data-n);position:absolute;left:0;width:3.4em;text-align:right;color:#aaa;font-size:12px;
line-height:2.1;user-select:none}
.ln.chrome{color:#999}
aside.findings{flex:0 0 340px;position:sticky;top:0;max-height:100vh;overflow:auto;font-size:13px;
border-left:1px solid var(--line);padding-left:12px}
aside.findings ol{list-style:none;margin:0;padding:0}
aside.findings li{border-left:4px solid;padding:2px 6px;margin:0 0 6px;border-radius:2px}
aside.findings li.focus{background:#f1f3f4;outline:1px solid #999}
aside.findings a{color:inherit;text-decoration:none;display:block}
.loc{color:var(--muted);font-variant-numeric:tabular-nums}.code{font-weight:bold}
.sug{color:var(--muted)}
mark{border-radius:2px;color:inherit;cursor:pointer;scroll-margin:40vh 0}
mark.error{background:var(--err-bg);border-bottom:2px solid var(--err)}
mark.warning{background:var(--warn-bg);border-bottom:2px solid var(--warn)}
mark.info{background:var(--info-bg);border-bottom:2px solid var(--info)}
mark.pt{background:none;border:0;padding:0}
mark.pt::before{content:"▼";font-size:11px;vertical-align:super}
mark.pt.error::before{color:var(--err)}mark.pt.warning::before{color:var(--warn)}mark.pt.info::before{color:var(--info)}
mark.focus{outline:2px solid #202124;outline-offset:1px}
li.error{border-color:var(--err)}li.warning{border-color:var(--warn)}li.info{border-color:var(--info)}
.sev{font-size:12px;padding:0 4px;border-radius:3px;color:#fff}
.sev.error{background:var(--err)}.sev.warning{background:var(--warn)}.sev.info{background:var(--info)}
.failed{color:var(--err)}
#pop{position:absolute;z-index:10;max-width:420px;background:#fff;border:1px solid #999;border-radius:4px;
box-shadow:0 2px 8px rgba(0,0,0,.2);padding:6px 10px;font-size:13px;display:none}
#filters{font-size:13px;margin-top:4px}#filters label{margin-right:10px;white-space:nowrap;cursor:pointer}
mark.off{background:none;border:0;cursor:auto}mark.pt.off::before{content:none}
@media (max-width:900px){.cols{display:block}aside.findings{position:static;max-height:none;border:0;padding:0}}
"""

JS = """
(function(){
var pop=document.getElementById('pop');
function hide(){pop.style.display='none';}
function show(mark,ids,sec){
  var parts=[];
  ids.forEach(function(id){var li=sec.querySelector('li[data-f="'+id+'"]');
    if(li)parts.push(li.querySelector('a').innerHTML);});
  pop.innerHTML=parts.join('<hr>');
  var r=mark.getBoundingClientRect();
  pop.style.left=(window.scrollX+Math.max(8,Math.min(r.left,window.innerWidth-440)))+'px';
  pop.style.top=(window.scrollY+r.bottom+6)+'px';
  pop.style.display='block';
}
function focus(sec,id,scroll){
  document.querySelectorAll('.focus').forEach(function(x){x.classList.remove('focus');});
  var marks=sec.querySelectorAll('mark[data-f~="'+id+'"]');
  marks.forEach(function(x){x.classList.add('focus');});
  var li=sec.querySelector('li[data-f="'+id+'"]');
  if(li){li.classList.add('focus');}
  if(scroll&&marks.length){marks[0].scrollIntoView({block:'center'});show(marks[0],[id],sec);}
  else if(li){li.scrollIntoView({block:'nearest'});}
}
document.addEventListener('click',function(e){
  var a=e.target.closest('aside.findings a');
  if(a){e.preventDefault();var li=a.closest('li');focus(li.closest('section.report'),li.dataset.f,true);
    history.replaceState(null,'',a.getAttribute('href'));return;}
  var m=e.target.closest('mark[data-f]:not(.off)');
  if(m){var sec=m.closest('section.report');var ids=m.dataset.f.split(' ');focus(sec,ids[0],false);show(m,ids,sec);
    return;}
  var th=e.target.closest('table.index th');
  if(th){sortBy(th);return;}
  if(!e.target.closest('#pop'))hide();
});
function sortBy(th){
  var table=th.closest('table'),col=Array.prototype.indexOf.call(th.parentNode.children,th);
  var body=table.tBodies[0],rows=Array.prototype.slice.call(body.rows);
  var dir=th.dataset.dir==='asc'?-1:1;th.dataset.dir=dir===1?'asc':'desc';
  rows.sort(function(a,b){var x=a.cells[col].textContent,y=b.cells[col].textContent;
    var nx=parseFloat(x),ny=parseFloat(y);
    if(!isNaN(nx)&&!isNaN(ny))return (nx-ny)*dir;return x.localeCompare(y,'zh')*dir;});
  rows.forEach(function(r){body.appendChild(r);});
}
// Filters: a finding is shown unless its severity or its family is unticked; a highlight stays while any
// finding it carries is shown.
var filters=document.getElementById('filters');
function applyFilters(){
  var off={};
  filters.querySelectorAll('input').forEach(function(c){if(!c.checked)off[c.name+':'+c.value]=1;});
  document.querySelectorAll('section.report').forEach(function(sec){
    var shown={};
    sec.querySelectorAll('aside.findings li').forEach(function(li){
      li.hidden=!!(off['sev:'+li.dataset.sev]||off['fam:'+li.dataset.fam]);if(!li.hidden)shown[li.dataset.f]=1;});
    sec.querySelectorAll('mark[data-f]').forEach(function(m){
      m.classList.toggle('off',!m.dataset.f.split(' ').some(function(id){return shown[id];}));});
  });
  hide();
}
if(filters){filters.hidden=false;filters.addEventListener('change',applyFilters);}
var h=location.hash.slice(1),m=/^(r\\d+)f(\\d+)$/.exec(h);
if(m){var sec=document.getElementById(m[1]);if(sec)focus(sec,m[2],true);}
})();
"""


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _worst(findings: Sequence[tuple[int, Finding]]) -> str:
    return max((f.severity.value for _, f in findings), key=_RANK.__getitem__)


def _line_html(doc: Document, number: int, indexed: Sequence[tuple[int, Finding]], rid: str,
               anchored: set[int]) -> str:
    """One line of the report with its findings' spans wrapped in <mark>; an empty span becomes a ▼ marker.
    Overlapping findings split the text into segments, each marked with every finding covering it."""
    line = doc.lines[number - 1]
    lo, hi = line.start, line.end
    here = [(i, f) for i, f in indexed if (f.start < hi and f.end > lo and f.end > f.start)
            or (f.start == f.end and lo <= f.start <= hi)]
    cuts = sorted({lo, hi, *(max(lo, f.start) for _, f in here), *(min(hi, f.end) for _, f in here)})
    out: list[str] = []

    def anchor(i: int) -> None:
        if i not in anchored:
            anchored.add(i)
            out.append(f'<span id="{rid}f{i}"></span>')

    def mark(covering: list[tuple[int, Finding]], text: str, point: bool = False) -> None:
        for i, _ in covering:
            anchor(i)
        title = "\n".join(f"{f.rule} {f.message}" for _, f in covering)
        ids = " ".join(str(i) for i, _ in covering)
        cls = _worst(covering) + (" pt" if point else "")
        out.append(f'<mark class="{cls}" data-f="{ids}" title="{_e(title)}">{_e(text)}</mark>')

    for a, b in zip(cuts, [*cuts[1:], None], strict=True):
        points = [(i, f) for i, f in here if f.start == f.end == a]
        if points:
            mark(points, "", point=True)
        if b is None or b <= a:
            continue
        covering = [(i, f) for i, f in here if f.start <= a and f.end >= b and f.end > f.start]
        text = doc.text[a:b]
        if covering:
            mark(covering, text)
        else:
            out.append(_e(text))
    cls = "ln chrome" if number in doc.chrome else "ln"
    return f'<div class="{cls}" data-n="{number}">{"".join(out)}</div>'


def _family_counts(findings: Sequence[Finding]) -> Counter[str]:
    return Counter(f.family for f in findings)


def _chips(findings: Sequence[Finding]) -> str:
    counts = _family_counts(findings)
    spans = [f"<span>{FAMILY_CN[fam]} {fam}：{counts[fam]}</span>" for fam in FAMILIES if counts[fam]]
    return f'<div class="chips">{"".join(spans)}</div>' if spans else ""


def _severity_line(findings: Sequence[Finding]) -> str:
    counts = Counter(f.severity.value for f in findings)
    if not findings:
        return "未发现问题"
    return "，".join(f"{SEVERITY_CN[s]} {counts[s]}" for s in ("error", "warning", "info") if counts[s])


def _report_html(n: int, r: FileResult, many: bool) -> str:
    rid = f"r{n}"
    back = ' <a href="#index" class="muted">↑ 报告一览</a>' if many else ""
    year = f"报告年度 {r.report_year}" if r.report_year else "报告年度未识别"
    head = f'<h2>{_e(r.path)}</h2><div class="muted">{year} · {_severity_line(r.findings)}{back}</div>'
    if r.error or r.document is None:
        msg = r.error.message if r.error else "无内容"
        return f'<section class="report" id="{rid}">{head}<p class="failed">无法检查：{_e(msg)}</p></section>'
    doc = r.document
    indexed = list(enumerate(r.findings, 1))
    by_line: dict[int, list[tuple[int, Finding]]] = {}
    for i, f in indexed:
        first = doc.line_index(f.start) + 1
        last = doc.line_index(max(f.start, f.end - 1)) + 1 if f.end > f.start else first
        for ln in range(first, last + 1):
            by_line.setdefault(ln, []).append((i, f))
    anchored: set[int] = set()
    lines = [_line_html(doc, line.number, by_line.get(line.number, []), rid, anchored) for line in doc.lines]
    items = []
    for i, f in indexed:
        sug = f'<div class="sug">建议：{_e(f.suggestion)}</div>' if f.suggestion else ""
        items.append(
            f'<li class="{f.severity.value}" data-f="{i}" data-sev="{f.severity.value}" data-fam="{f.family}">'
            f'<a href="#{rid}f{i}"><span class="loc">{f.line}:{f.column}'
            f'</span> <span class="sev {f.severity.value}">{SEVERITY_CN[f.severity.value]}</span> '
            f'<span class="code">{f.rule}</span> {_e(f.message)}</a>{sug}</li>')
    side = f'<aside class="findings"><ol>{"".join(items)}</ol></aside>' if items else ""
    return (f'<section class="report" id="{rid}">{head}{_chips(r.findings)}'
            f'<div class="cols"><article class="text">{"".join(lines)}</article>{side}</div></section>')


def _index_html(results: Sequence[FileResult]) -> str:
    rows = []
    for n, r in enumerate(results, 1):
        sev = Counter(f.severity.value for f in r.findings)
        fams = _family_counts(r.findings)
        hit = "、".join(f"{FAMILY_CN[fam]}（{fams[fam]}）" for fam in FAMILIES if fams[fam])
        if r.error:
            hit = f'<span class="failed">无法检查：{_e(r.error.message)}</span>'
        rows.append(f'<tr><td><a href="#r{n}">{_e(r.path)}</a></td><td class="n">{r.report_year or ""}</td>'
                    f'<td class="n">{sev["error"]}</td><td class="n">{sev["warning"]}</td>'
                    f'<td class="n">{sev["info"]}</td><td>{hit}</td></tr>')
    return ('<section id="index"><h2>报告一览</h2><table class="index"><thead><tr><th>报告</th><th>年度</th>'
            '<th>错误</th><th>警告</th><th>提示</th><th>命中的规则族</th></tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table></section>')


def _stats_html(stats: dict[str, Any]) -> str:
    fam = stats["reports_with_errors_by_family"]
    fam_rows = "".join(f'<tr><td>{FAMILY_CN[k]} {k}</td><td class="n">{v}</td></tr>' for k, v in fam.items())
    top = "".join(f'<tr><td>{row["rule"]}</td><td>{_e(row["name"])}</td><td class="n">{row["count"]}</td>'
                  f'<td class="n">{row["reports"]}</td><td class="n">{row["fixable"]}</td></tr>'
                  for row in stats["top_defects"])
    return (f'<section id="statistics"><h2>统计（共 {stats["reports"]} 份报告）</h2>'
            '<div class="cols"><table><thead><tr><th>规则族</th><th>有错误的报告数</th></tr></thead>'
            f'<tbody>{fam_rows}</tbody></table>'
            '<table><thead><tr><th>代码</th><th>规则</th><th>数量</th><th>报告数</th><th>可修复</th></tr></thead>'
            f'<tbody>{top}</tbody></table></div></section>')


def _filters_html(findings: Sequence[Finding]) -> str:
    """Check boxes for the severities and families present (hidden until the script shows them)."""
    severities = {f.severity.value for f in findings}
    families = {f.family for f in findings}
    boxes = [f'<label><input type="checkbox" name="sev" value="{s}" checked> {SEVERITY_CN[s]}</label>'
             for s in ("error", "warning", "info") if s in severities]
    boxes += [f'<label><input type="checkbox" name="fam" value="{fam}" checked> {FAMILY_CN[fam]}</label>'
              for fam in FAMILIES if fam in families]
    return f'<form id="filters" hidden>显示：{"".join(boxes)}</form>' if findings else ""


def render(results: Sequence[FileResult], stats: dict[str, Any] | None = None) -> str:
    many = len(results) > 1
    all_findings = [f for r in results for f in r.findings]
    failed = sum(1 for r in results if r.error)
    summary = f"检查了 {len(results)} 个文件" + (f"，{failed} 个无法检查" if failed else "") + \
        f"：{_severity_line(all_findings)}"
    body = [f'<header class="top"><h1>reportlint 检查结果</h1><div class="muted">{_e(summary)}</div>'
            f'{_filters_html(all_findings)}</header><main>']
    if many:
        body.append(_index_html(results))
    if stats:
        body.append(_stats_html(stats))
    body.extend(_report_html(n, r, many) for n, r in enumerate(results, 1))
    body.append('</main><div id="pop" role="tooltip"></div>')
    return ('<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<title>reportlint 检查结果</title><style>{CSS}</style></head><body>{"".join(body)}'
            f'<script>{JS}</script></body></html>\n')
