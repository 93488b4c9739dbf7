import textwrap
text = ("Python is an easy to learn, powerful programming language. It has efficient high-level data "
        "structures and a simple but effective approach to object-oriented programming.")
for w in (30, 45):
    print(f"--- width {w}")
    for line in textwrap.wrap(text, w):
        print(f"|{line:<{w}}|")
def justify(words, width):
    lines, cur = [], []
    for w in words:
        if sum(map(len, cur)) + len(cur) + len(w) > width:
            lines.append(cur); cur = []
        cur.append(w)
    out = []
    for line in lines:
        gaps = len(line) - 1 or 1
        spaces = width - sum(map(len, line))
        s = ""
        for i, w in enumerate(line):
            s += w
            if i < gaps:
                s += " " * (spaces // gaps + (i < spaces % gaps))
        out.append(s)
    out.append(" ".join(cur).ljust(width))
    return out
for l in justify(text.split(), 36):
    print(f"[{l}]")
print(textwrap.fill("a b c d e f g", 5), textwrap.shorten(text, 40), sep="\n")
print(textwrap.indent("x\ny\n", "> "), textwrap.dedent("   a\n     b\n"), end="")
