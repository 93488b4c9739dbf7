# Invalid escape sequences: a SyntaxWarning for the first of each literal,
# at the line the literal starts (the escape's own line in an f-string).
import re

print(re.findall("\d+", "a12b345"))
s = """first
second \w
third \q"""
print(len(s))
t = "\d \w"
u = b"\d\u12"
v = f"{t} \d {t!r} \s"
w = "\777" + "\400x"
x = b"\777"
y = r"\d" + "\\d" + "\N{BULLET}"
z = f"""
  \q {len(t)}
"""
print(t, u, v, len(w), x, y, z.strip())
print(f"\{6}")
