# re: groups, named groups, flags, sub with functions, split, finditer, fullmatch and errors.
import re
m = re.search(r"(?P<user>\w+)@(?P<host>[\w.]+)", "contact: alice@example.com today")
print(m.group(), m.group(1), m.group("host"), m.groups(), m.groupdict(), m.span(), m.start("host"), m.end(2))
print(m[0], m["user"], m.re.pattern, m.string[:7], m.lastindex, m.lastgroup, m.pos, m.endpos)
print(re.findall(r"\d+", "a1b22c333"), re.findall(r"(\w)(\d)", "a1 b2 c"), re.findall(r"(\w)=", "x=1 y=2"))
print([mm.group() for mm in re.finditer(r"[A-Z][a-z]*", "Hello World From Python")])
print(re.sub(r"\s+", " ", "a   b \t\n c"), re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world"), re.sub(r"a", "b", "aaa", count=2))
print(re.sub(r"\d+", lambda mm: str(int(mm.group()) * 2), "3 apples and 10 pears"), re.subn(r"o", "0", "foo boo"))
print(re.sub(r"(?P<w>\w+)", r"<\g<w>>", "hi there"), re.sub(r"x*", "-", "abc"), re.sub("", "|", "ab"))
print(re.split(r"[,;]\s*", "a, b;c,d"), re.split(r"(,)", "a,b"), re.split(r"\s+", "  lead"), re.split(r"x", "axbxc", maxsplit=1))
print(re.match(r"\d+", "123abc").group(), re.match(r"\d+", "abc"), re.fullmatch(r"\d+", "123"), re.fullmatch(r"\d+", "123a"))
print(re.findall(r"^\w+", "one\ntwo\nthree", re.M), re.findall(r"a.c", "a\nc abc", re.S), re.findall(r"HELLO", "hello Hello", re.I))
pat = re.compile(r"""
    (\d{3})   # area
    [-.\s]?
    (\d{4})   # number
""", re.VERBOSE)
print(pat.findall("555-1234 and 555 9876"), pat.pattern.count("\n"), bool(pat.flags & re.VERBOSE))
print(re.escape("a.b*c?"), re.findall(re.escape("1+1"), "1+1=2"), re.compile("x").search("yx").start())
print(re.search(r"(a)(b)?", "ac").groups(), re.search(r"(a)(b)?", "ac").groups("none"), re.search(r"(a)|(b)", "b").group(1, 2))
print(re.findall(r"\bcat\b", "cat concat cat."), re.findall(r"(?<=\$)\d+", "$10 $200 30"), re.findall(r"\w+(?=!)", "hi! yo bye!"))
print(re.findall(r"(\w+)\s\1", "the the cat cat sat"), re.search(r"(?i)PYTHON", "i like python").group())
print(re.findall(r"[^aeiou\s]+", "hello world"), re.findall(r"\d{2,3}", "1 12 123 1234"), re.findall(r"a+?", "aaa"))
for bad in ["(unclosed", "a{2,1}", "*start", "[z-a]", "(?P<1>x)"]:
    try:
        re.compile(bad)
    except re.error as e:
        print(repr(bad), "error:", e)
m = re.match(r"(\d+)-(\d+)", "10-20")
a, b = map(int, m.groups())
print(a + b, m.expand(r"\2:\1"), bool(re.match("", "")), re.match("a", "A", re.IGNORECASE) is not None)
text = "2024-01-15, 1999-12-31"
print([tuple(map(int, d)) for d in re.findall(r"(\d{4})-(\d{2})-(\d{2})", text)])
print(re.sub(r"(\d{4})-(\d{2})-(\d{2})", r"\3/\2/\1", text))
