// Docstrings are stored cleaned, as CPython 3.13 does at compile time (like
// inspect.cleandoc, but keeping a leading blank line and trailing blank
// lines): tabs expanded, leading spaces stripped from the first line, and the
// smallest indentation of the other non-blank lines removed from all of them.

function expandTabs(s: string, tabsize = 8): string {
  let out = "";
  let column = 0;
  for (const ch of s) {
    if (ch === "\t") {
      const spaces = tabsize - (column % tabsize);
      out += " ".repeat(spaces);
      column += spaces;
    } else {
      out += ch;
      column = ch === "\n" || ch === "\r" ? 0 : column + 1;
    }
  }
  return out;
}

export function cleanDoc(doc: string): string {
  const text = expandTabs(doc);
  const lines = text.split("\n");
  let margin = Infinity;
  for (const line of lines.slice(1)) {
    const indent = line.length - line.replace(/^ +/, "").length;
    if (indent < line.length) margin = Math.min(margin, indent);
  }
  if (margin === Infinity) margin = 0;
  const first = lines[0]!.replace(/^ +/, "");
  if (first === lines[0] && margin === 0) return text;
  const rest = lines.slice(1).map((line) => {
    let i = 0;
    while (i < margin && line[i] === " ") i++;
    return line.slice(i);
  });
  return [first, ...rest].join("\n");
}
