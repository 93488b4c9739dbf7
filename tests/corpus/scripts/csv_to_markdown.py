import csv
import io

DATA = """language,year,typing,creator
Python,1991,dynamic,Guido van Rossum
TypeScript,2012,static,Anders Hejlsberg
Lua,1993,dynamic,"Ierusalimschy, de Figueiredo, Celes"
C,1972,static,Dennis Ritchie
"""


def to_markdown(rows, align=None):
    header, *body = rows
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(header))]
    align = align or ["<"] * len(header)

    def fmt(row):
        return "| " + " | ".join(f"{str(c):{a}{w}}" for c, a, w in zip(row, align, widths)) + " |"

    rule = "|" + "|".join((":" if a in "<^" else "-") + "-" * w + (":" if a in ">^" else "-")
                          for a, w in zip(align, widths)) + "|"
    return "\n".join([fmt(header), rule, *map(fmt, body)])


rows = list(csv.reader(io.StringIO(DATA)))
rows[1:] = sorted(rows[1:], key=lambda r: int(r[1]))
print(to_markdown(rows, ["<", ">", "^", "<"]))
