import textwrap

PARAGRAPH = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen "
             "liquor jugs. How vexingly quick daft zebras jump!")


def justify(words, width):
    lines, current = [], []
    for word in words:
        if current and len(" ".join(current + [word])) > width:
            lines.append(current)
            current = []
        current.append(word)
    out = []
    for line in lines:
        gaps = len(line) - 1
        if gaps == 0:
            out.append(line[0].ljust(width))
            continue
        spaces = width - sum(map(len, line))
        text = ""
        for i, word in enumerate(line[:-1]):
            text += word + " " * (spaces // gaps + (i < spaces % gaps))
        out.append(text + line[-1])
    out.append(" ".join(current).ljust(width))
    return out


for line in justify(PARAGRAPH.split(), 30):
    print(f"|{line}|")
print(textwrap.fill(PARAGRAPH, 40, initial_indent="> ", subsequent_indent="> "))
print(textwrap.shorten(PARAGRAPH, 50, placeholder=" [...]"))
print(textwrap.dedent("""
    indented
      more
    back
""").strip())
