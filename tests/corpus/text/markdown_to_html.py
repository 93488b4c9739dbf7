import html
import re

SOURCE = """# Title

Some *emphasis* and **strong** text with `code`.

## List
- first item
- second with [a link](https://example.com)

Plain paragraph
spanning two lines.
"""


def inline(text):
    text = html.escape(text)
    text = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", text)
    text = re.sub(r"\*(.+?)\*", r"<em>\1</em>", text)
    text = re.sub(r"`(.+?)`", r"<code>\1</code>", text)
    return re.sub(r"\[(.+?)\]\((.+?)\)", r'<a href="\2">\1</a>', text)


def convert(markdown):
    out, paragraph, in_list = [], [], False

    def flush():
        nonlocal paragraph
        if paragraph:
            out.append(f"<p>{inline(' '.join(paragraph))}</p>")
            paragraph = []

    for line in markdown.splitlines():
        if heading := re.match(r"(#{1,6}) (.*)", line):
            flush()
            level = len(heading.group(1))
            out.append(f"<h{level}>{inline(heading.group(2))}</h{level}>")
        elif line.startswith("- "):
            flush()
            if not in_list:
                out.append("<ul>")
                in_list = True
            out.append(f"  <li>{inline(line[2:])}</li>")
        else:
            if in_list:
                out.append("</ul>")
                in_list = False
            if line.strip():
                paragraph.append(line.strip())
            else:
                flush()
    flush()
    if in_list:
        out.append("</ul>")
    return "\n".join(out)


print(convert(SOURCE))
