"""Weighs one saved HTML page (issue 24, docs/performance.md "Page weight"), called by scripts/page-weight.sh.

    python3 scripts/page-weight.py PAGE.html LABEL

Prints one Markdown row: the bytes of the page, of its collapsible whitespace (every run of spaces, tabs and line
breaks outside <pre>/<textarea> counted beyond its first character: what a minifier would remove), of the <head>,
of the header with the menu, of the footer with the scripts, its gzip size at level 1 (nginx's default) and 6, its
brotli size (quality 5, when the brotli command is installed) and the verdict against 50 KB. Then one line per large
part of <main>: every element with an id (or a <section>, <figure>, <table>) of at least 2 KB, indented by nesting.
"""
import gzip
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
LIMIT = 50 * 1024


class Spans(HTMLParser):
    """Byte spans of the elements, from their start tag to the end of their end tag."""

    def __init__(self, text):
        super().__init__(convert_charrefs=True)
        self.lines = [0]
        self.text_lines = [line + "\n" for line in text.split("\n")]
        for line in self.text_lines:
            self.lines.append(self.lines[-1] + len(line.encode("utf-8")))
        self.text = text
        self.stack = []
        self.spans = []

    def where(self):
        line, column = self.getpos()
        prefix = self.text_lines[line - 1][:column]
        return self.lines[line - 1] + len(prefix.encode("utf-8"))

    def handle_starttag(self, tag, attrs):
        if tag in VOID:
            return
        self.stack.append((tag, dict(attrs), self.where(), len(self.stack)))

    def handle_endtag(self, tag):
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                name, attrs, start, depth = self.stack[i]
                del self.stack[i:]
                end = self.where() + len(f"</{tag}>")
                self.spans.append((start, end, name, attrs, depth))
                return


def weigh(path, label):
    raw = open(path, "rb").read()
    text = raw.decode("utf-8")
    parser = Spans(text)
    parser.feed(text)
    spans = sorted(parser.spans)

    def first(tag):
        return next(((s, e) for s, e, t, _, _ in spans if t == tag), (0, 0))

    def size(span):
        return span[1] - span[0]

    body = re.sub(rb"<(pre|textarea)\b.*?</\1>", b"", raw, flags=re.S | re.I)
    whitespace = sum(len(m) - 1 for m in re.findall(rb"[ \t\r\n]{2,}", body))
    head, header, main, footer = first("head"), first("header"), first("main"), first("footer")
    after_main = len(raw) - main[1]
    gz1 = len(gzip.compress(raw, 1))
    gz6 = len(gzip.compress(raw, 6))
    br = "—"
    if shutil.which("brotli"):
        br = f"{len(subprocess.run(['brotli', '-q', '5', '-c'], input=raw, capture_output=True).stdout):,}"
    verdict = "met" if len(raw) <= LIMIT else "**missed**"
    print(f"| {label} | {len(raw):,} | {whitespace:,} | {size(head):,} | {size(header):,} | {size(main):,} "
          f"| {after_main:,} | {gz1:,} | {gz6:,} | {br} | {verdict} |")
    parts = []
    for start, end, tag, attrs, depth in spans:
        inside = main[0] < start and end <= main[1]
        named = attrs.get("id") or tag in ("section", "figure", "table")
        if inside and named and end - start >= 2048:
            parts.append((start, end, tag, attrs))
    for start, end, tag, attrs in parts:
        nesting = sum(1 for s, e, _, _ in parts if s < start and end <= e)
        name = tag + (f"#{attrs['id']}" if attrs.get("id") else "")
        if attrs.get("class"):
            name += "." + ".".join(attrs["class"].split()[:2])
        print(f"    {'  ' * nesting}{name}: {end - start:,} B")


if __name__ == "__main__":
    weigh(sys.argv[1], sys.argv[2])
