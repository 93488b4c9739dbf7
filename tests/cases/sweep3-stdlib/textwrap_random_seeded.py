# textwrap formatting and seeded random choices.
import textwrap, random
text = ("The quick brown fox jumps over the lazy dog. " * 3).strip()
print(textwrap.wrap(text, 30))
print(textwrap.fill(text, width=40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(text, 40), textwrap.shorten("short", 20), textwrap.shorten(text, width=25, placeholder="..."))
print(repr(textwrap.dedent("    a\n      b\n    c\n")), repr(textwrap.indent("x\n\ny\n", "> ")), repr(textwrap.indent("x\ny", "+", lambda l: "y" in l)))
print(textwrap.wrap("a-very-long-hyphenated-word-that-breaks", 10), textwrap.wrap("", 10), textwrap.wrap("   ", 5))
print(textwrap.fill("word " * 5, 12, max_lines=2) if hasattr(textwrap.TextWrapper, "max_lines") else "")
w = textwrap.TextWrapper(width=20, break_long_words=False)
print(w.wrap("supercalifragilisticexpialidocious is long"))
random.seed(42)
print(random.random(), random.randint(1, 100), random.choice("abcdef"), random.randrange(0, 100, 5), random.uniform(1, 2))
items = list(range(10))
random.shuffle(items)
print(items, random.sample(range(100), 5), random.choices("abc", weights=[1, 0, 5], k=6))
random.seed("text seed")
print(random.randint(1, 6), random.getrandbits(16), round(random.gauss(0, 1), 6))
r = random.Random(7)
print([r.randint(1, 6) for _ in range(10)], r.choice([10, 20, 30]))
state = r.getstate()
a = r.random()
r.setstate(state)
print(a == r.random())
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print("ValueError:", e)
