"""Column headings on each table cell, so that a table can stack on a narrow screen.

On a 320 px screen a table of five or more columns cannot fit side by side, and scrolling the
page sideways fails WCAG 1.4.10 (reflow). The style sheet then shows each row as a block, each
cell under its column's heading, which it reads from the cell's ``data-label``. The pages send no
script (their Content-Security-Policy forbids it), so the headings are put on the cells here,
once the page has been rendered, from each table's ``<thead>``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape
from html.parser import HTMLParser


@dataclass
class _Table:
    headings: list[str] = field(default_factory=list)
    in_head: bool = False
    column: int = 0
    heading_text: list[str] | None = None


class _CellFinder(HTMLParser):
    """Where each body cell starts in the page, and its column's heading."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: list[_Table] = []
        #: (line, column) of a ``<td`` and the heading to put on it.
        self.cells: list[tuple[int, int, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            self.tables.append(_Table())
            return
        if not self.tables:
            return
        table = self.tables[-1]
        if tag == "thead":
            table.in_head = True
        elif tag == "tr":
            table.column = 0
        elif tag in ("th", "td"):
            span = _span(attrs)
            if table.in_head:
                table.heading_text = []
            elif tag == "td" and span == 1 and table.column < len(table.headings):
                heading = table.headings[table.column]
                if heading:
                    line, offset = self.getpos()
                    self.cells.append((line, offset, heading))
            table.column += span

    def handle_endtag(self, tag: str) -> None:
        if not self.tables:
            return
        table = self.tables[-1]
        if tag == "table":
            self.tables.pop()
        elif tag == "thead":
            table.in_head = False
        elif tag == "th" and table.heading_text is not None:
            heading = " ".join("".join(table.heading_text).split())
            table.headings.append(heading)
            table.heading_text = None

    def handle_data(self, data: str) -> None:
        if self.tables and self.tables[-1].heading_text is not None:
            self.tables[-1].heading_text.append(data)


def _span(attrs: list[tuple[str, str | None]]) -> int:
    for name, value in attrs:
        if name == "colspan" and value and value.isdigit():
            return max(int(value), 1)
    return 1


def label_cells(page: str) -> str:
    """``page`` with ``data-label="<column heading>"`` on each table body cell."""
    if "<table" not in page:
        return page
    finder = _CellFinder()
    finder.feed(page)
    finder.close()
    if not finder.cells:
        return page
    # The parser counts lines by "\n" alone (not by every line break str.splitlines knows).
    line_starts = [0]
    found = page.find("\n")
    while found != -1:
        line_starts.append(found + 1)
        found = page.find("\n", found + 1)
    out: list[str] = []
    done = 0
    for line, offset, heading in finder.cells:
        at = line_starts[line - 1] + offset + len("<td")
        if page[at - 3 : at].lower() != "<td":  # not where the parser said: leave it alone
            continue
        out += [page[done:at], f' data-label="{escape(heading, quote=True)}"']
        done = at
    out.append(page[done:])
    return "".join(out)
