"""Reading what users actually have: text in UTF-8/GB18030/UTF-16, Markdown, Word (.docx) and HTML.

Every reader returns a Source, or raises InputError with a one-line Chinese message for that file."""

from __future__ import annotations

import os
import re
from functools import cache
from typing import Any

from .record import Record

SUFFIX_FORMATS = {".txt": "txt", ".md": "md", ".markdown": "md", ".docx": "docx", ".html": "html", ".htm": "html"}
MAX_FILE_BYTES = 200 * 1024 * 1024
DOCX_MAX_UNCOMPRESSED = 256 * 1024 * 1024  # a .docx that inflates past this is refused (zip bomb)
DOCX_MAX_RATIO = 200


class InputError(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


class Source(Record):
    __slots__ = ("path", "format", "text", "encoding", "codec", "bom", "ignored")  # noqa: RUF023
    path: str
    format: str  # txt | md | docx | html
    text: str  # decoded, original line endings kept (fixes write this back)
    encoding: str | None  # utf-8 | gb18030 | utf-16 | None (docx)
    codec: str | None  # the Python codec to write back with
    bom: bytes
    ignored: list[tuple[int, int]]  # offsets in the normalised text

    def __init__(self, path: str, format: str, text: str, encoding: str | None = None, codec: str | None = None,
                 bom: bytes = b"", ignored: list[tuple[int, int]] | None = None) -> None:
        self.path = path
        self.format = format
        self.text = text
        self.encoding = encoding
        self.codec = codec
        self.bom = bom
        self.ignored = [] if ignored is None else ignored

    @property
    def writable(self) -> bool:
        return self.format in ("txt", "md")


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# The same characters as bytes. In UTF-8 and GB18030 a byte below 0x80 is always an ASCII character of its own
# (no multi-byte sequence holds one of these), so the bytes count what the text holds: bytes.translate deletes
# them in one pass, where the pattern tests every character of the text against a class.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20), 0x7F])


def decode_text(data: bytes) -> tuple[str, str, str, bytes]:
    """(text, encoding label, codec, bom). Raises InputError when the bytes are not text we can read."""
    if data.startswith(b"\xef\xbb\xbf"):
        candidates = [("utf-8", "utf-8", b"\xef\xbb\xbf")]
    elif data.startswith(b"\xff\xfe"):
        candidates = [("utf-16", "utf-16-le", b"\xff\xfe")]
    elif data.startswith(b"\xfe\xff"):
        candidates = [("utf-16", "utf-16-be", b"\xfe\xff")]
    elif b"\x00" in data:
        raise InputError("binary", "不是文本文件（含 NUL 字节）；UTF-16 文本须带 BOM")
    else:
        candidates = [("utf-8", "utf-8", b""), ("gb18030", "gb18030", b"")]
    for label, codec, bom in candidates:
        try:
            text = data[len(bom):].decode(codec)
        except UnicodeDecodeError as exc:
            if codec == "utf-8" and not bom:
                _refuse_damaged_utf8(data, exc.start)
            continue
        # A GB18030 decode of binary junk "succeeds" too often: require text-like content.
        controls = _control_count(data, text, codec)
        if controls and controls > max(2, len(text) // 1000):
            raise InputError("binary", "不是文本文件（含大量控制字符）")
        return text, label, codec, bom
    raise InputError("encoding", "无法识别的文本编码（支持 UTF-8、GB18030/GBK、带 BOM 的 UTF-16）")


def _control_count(data: bytes, text: str, codec: str) -> int:
    """How many _CONTROL characters `text`, decoded from `data` with `codec`, holds."""
    if codec in ("utf-8", "gb18030"):
        # Nearly every file holds none, which a search for each byte value (memchr) tells in a small part of
        # the time translate takes to copy the file byte by byte.
        if not any(byte in data for byte in _CONTROL_BYTES):
            return 0
        return len(data) - len(data.translate(None, _CONTROL_BYTES))
    return len(_CONTROL.findall(text))  # UTF-16: every character is two bytes or four


def _refuse_damaged_utf8(data: bytes, first_bad: int) -> None:
    """A UTF-8 file with a few bad bytes (a truncated copy, a damaged sector) must not be read as GB18030,
    which would lint mojibake: when nearly all its multi-byte sequences are valid UTF-8, say where it broke.
    GB18030 text read as UTF-8 gives far more invalid sequences than valid ones, so it is not caught here."""
    decoded = data.decode("utf-8", errors="replace")
    bad = decoded.count("\ufffd")
    good = len(decoded) - len(decoded.encode("ascii", "ignore")) - bad  # valid non-ASCII characters
    if good >= 10 * bad:
        line = data.count(b"\n", 0, first_bad) + 1
        raise InputError("encoding", f"不是有效的 UTF-8：第 {line} 行（第 {first_bad + 1} 字节）起有 {bad} 处无效字节，"
                                     "文件可能已损坏或被截断")


def read_bytes(path: str | os.PathLike[str]) -> bytes:
    try:
        size = os.stat(path).st_size
        if size > MAX_FILE_BYTES:
            raise InputError("too-large", f"文件过大（{size // 1048576} MB，上限 {MAX_FILE_BYTES // 1048576} MB）")
        # Read at most one byte past the limit: a file that grows after stat(), or a pipe or device whose
        # size stat() reports as 0 (/dev/zero, <(cmd)), must not be read without bound.
        with open(path, "rb") as fh:
            # read(n) allocates n bytes up front: ask for the size stat() gave (plus one, to see growth), and
            # read on only when there is more: a file that grew, or a pipe or device that reports no size.
            data = fh.read(min(size, MAX_FILE_BYTES) + 1)
            if len(data) > size:
                data += fh.read(MAX_FILE_BYTES + 1 - len(data))
        if len(data) > MAX_FILE_BYTES:
            raise InputError("too-large", f"文件过大（超过 {MAX_FILE_BYTES // 1048576} MB）")
        return data
    except PermissionError:
        raise InputError("unreadable", "无权读取该文件") from None
    except IsADirectoryError:
        raise InputError("unreadable", "这是目录，不是文件") from None
    except FileNotFoundError:
        raise InputError("not-found", "文件不存在") from None
    except OSError as exc:
        raise InputError("unreadable", f"无法读取该文件（{exc.strerror or exc}）") from None


def format_of(path: str) -> str | None:
    return SUFFIX_FORMATS.get(suffix(path))


def suffix(path: str) -> str:
    """The file name's extension, lower-cased (".txt"); "" for none or a dot-file (as pathlib's suffix).
    os.path, not pathlib: a plain run imports nothing that needs pathlib (see linter.data)."""
    return os.path.splitext(path)[1].lower()


def read_source(path: str, data: bytes | None = None, fmt: str | None = None) -> Source:
    """Read a file (or bytes given for it, e.g. stdin) into a Source."""
    fmt = fmt or format_of(path) or "txt"
    if data is None:
        data = read_bytes(path)
    if fmt == "docx":
        return Source(path, "docx", read_docx(data))
    if not data.strip():
        raise InputError("empty", "文件为空")
    text, label, codec, bom = decode_text(data)
    if fmt == "html":
        return Source(path, "html", html_to_text(text), label, codec, bom)
    src = Source(path, fmt, text, label, codec, bom)
    if fmt == "md":
        src.ignored = markdown_ignored(re.sub(r"\r\n|\r", "\n", text))
    return src


# --- Markdown ----------------------------------------------------------------------------------------

_FENCE = re.compile(r"^(```|~~~)[^\n]*\n.*?(?:^\1[^\n]*$|\Z)", re.M | re.S)
_INLINE_CODE = re.compile(r"`[^`\n]+`")
_LINK_TARGET = re.compile(r"\]\([^)\n]*\)|<https?://[^>\s]+>|https?://[^\s)）\]]+")


def markdown_ignored(text: str) -> list[tuple[int, int]]:
    """Spans not linted in Markdown: fenced code, inline code and link targets."""
    spans = [m.span() for p in (_FENCE, _INLINE_CODE, _LINK_TARGET) for m in p.finditer(text)]
    return sorted(spans)


# --- HTML --------------------------------------------------------------------------------------------

_BLOCK = {"p", "div", "br", "li", "ul", "ol", "tr", "td", "th", "table", "h1", "h2", "h3", "h4", "h5", "h6",
          "section", "article", "header", "footer", "nav", "aside", "blockquote", "pre", "title", "dd", "dt",
          "dl", "hr", "form", "figure", "figcaption", "main", "address", "caption", "tbody", "thead"}
_HIDDEN = {"script", "style", "noscript", "template", "head"}
_SPACES = re.compile(r"[ \t\r\n\f]+")


@cache
def _extractor_class() -> Any:
    """The HTML text extractor, built on first use: html.parser is not needed for a plain text run and
    start-up time is a target (issue 8)."""
    from html.parser import HTMLParser

    class _TextExtractor(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.lines: list[str] = []
            self.current: list[str] = []
            self.hidden = 0

        def _break(self) -> None:
            text = _SPACES.sub(" ", "".join(self.current)).strip(" ")
            if text:
                self.lines.append(text)
            self.current = []

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag in _HIDDEN:
                self.hidden += 1
            elif tag in _BLOCK:
                self._break()

        def handle_endtag(self, tag: str) -> None:
            if tag in _HIDDEN:
                self.hidden = max(0, self.hidden - 1)
            elif tag in _BLOCK:
                self._break()

        def handle_data(self, data: str) -> None:
            if not self.hidden:
                self.current.append(data)

    return _TextExtractor


def html_to_text(html: str) -> str:
    """The visible text, one line per block element."""
    parser = _extractor_class()()
    parser.feed(html)
    parser.close()
    parser._break()
    return "\n".join(parser.lines)


# --- Word --------------------------------------------------------------------------------------------

def _check_zip(data: bytes) -> None:
    import io
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            total = 0
            for info in z.infolist():
                total += info.file_size
                if info.compress_size and info.file_size / max(info.compress_size, 1) > DOCX_MAX_RATIO \
                        and info.file_size > 10 * 1024 * 1024:
                    raise InputError("docx-bomb", "Word 文件解压后异常膨胀，拒绝读取（疑似压缩炸弹）")
            if total > DOCX_MAX_UNCOMPRESSED:
                raise InputError("docx-bomb", "Word 文件解压后超过 256 MB，拒绝读取")
            if "word/document.xml" not in z.namelist():
                raise InputError("docx", "不是有效的 Word（.docx）文件：缺少 word/document.xml")
    except zipfile.BadZipFile:
        raise InputError("docx", "不是有效的 Word（.docx）文件：文件已损坏或不是 zip 格式") from None


def docx_paragraphs(document: object) -> list[object]:
    """Paragraphs in document order, table cells row by row (merged cells once)."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    out: list[object] = []

    def walk(parent: object, element: object) -> None:
        for child in element.iterchildren():  # type: ignore[attr-defined]
            tag = child.tag.rsplit("}", 1)[-1]
            if tag == "p":
                out.append(Paragraph(child, parent))
            elif tag == "tbl":
                table = Table(child, parent)
                for row in table.rows:
                    seen: set[int] = set()
                    for cell in row.cells:
                        if id(cell._tc) in seen:
                            continue
                        seen.add(id(cell._tc))
                        walk(cell, cell._tc)
            elif tag == "sdt":
                content = child.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}sdtContent")
                if content is not None:
                    walk(parent, content)

    walk(document, document.element.body)  # type: ignore[attr-defined]
    return out


def open_docx(data: bytes) -> object:
    import io

    _check_zip(data)
    try:
        import docx

        return docx.Document(io.BytesIO(data))
    except InputError:
        raise
    except Exception as exc:
        raise InputError("docx", f"无法读取 Word 文件：{type(exc).__name__}") from None


def read_docx(data: bytes) -> str:
    document = open_docx(data)
    try:
        paragraphs = docx_paragraphs(document)
        lines = [p.text.replace("\n", "").replace("\r", "") for p in paragraphs]  # type: ignore[attr-defined]
    except Exception as exc:
        # python-docx parses lazily: a malformed table or run only fails here, after open_docx succeeded.
        raise InputError("docx", f"无法读取 Word 文件内容：{type(exc).__name__}") from None
    return "\n".join(lines)
