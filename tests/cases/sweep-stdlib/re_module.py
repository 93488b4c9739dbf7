import re
print(re.search(r"\d+", "abc 123 def 45"), re.match(r"\d+", "abc"), re.fullmatch(r"[a-z]+", "abc"))
m = re.search(r"(?P<user>\w+)@(?P<host>[\w.]+)", "contact: bob@example.com today")
print(m.group(), m.group(1), m.group("host"), m.groups(), m.groupdict(), m.span(), m.start("host"), m.end(), m[2])
print(re.findall(r"\d+", "a1b22c333"), re.findall(r"(\w)(\d)", "a1 b2 c"), re.findall(r"(\w+)=(\d+)?", "x=1 y= z=3"))
print(re.sub(r"\s+", " ", "too   many    spaces"), re.sub(r"(\w+)@(\w+)", r"\2 at \1", "me@home you@work"))
print(re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2c3"), re.subn(r"a", "A", "banana"), re.sub("x", "-", "axbxc", count=1))
print(re.split(r"[,;]\s*", "a, b;c,  d"), re.split(r"(,)", "a,b,c"), re.split(r"\s", "one two  three", maxsplit=1))
print([m.group() for m in re.finditer(r"[A-Z][a-z]+", "Hello World From Python")])
p = re.compile(r"^(\d{3})-(\d{4})$")
for s in ["555-1234", "55-1234", "555-12345"]:
    mm = p.match(s)
    print(s, bool(mm), mm.groups() if mm else None)
print(p, p.pattern, p.groups, re.compile("a", re.I | re.M))
print(re.findall(r"^\w+", "first line\nsecond line", re.MULTILINE), re.findall(r"^\w+", "first line\nsecond line"))
print(re.search(r"hello", "Say HELLO", re.IGNORECASE).group(), re.findall(r"a.b", "a\nb acb", re.DOTALL))
print(re.escape("1+1=2? (yes)"), re.findall(r"\bcat\b", "cat concat cat."), re.sub(r"(?i)CAT", "dog", "Cat cat"))
print(re.findall(r"", "ab"), re.sub(r"x*", "-", "abc"), re.split(r"x*", "axbc"))
print(re.match(r"(a)|(b)", "b").groups(), re.match(r"(a)|(b)", "b").groups("none"), re.search(r"$", "ab\n").span())
email = re.compile(r"""
    ^[\w.+-]+      # user
    @
    [\w-]+\.[\w.]+$  # domain
""", re.VERBOSE)
print([bool(email.match(e)) for e in ["a.b@c.org", "bad@", "x@y.z"]])
print(re.search(r"(\d+)(?=px)", "width: 100px").group(1), re.findall(r"(?<=\$)\d+", "$10 and $20"))
print(re.match(r"(?P<a>x)(?P=a)", "xx").group(), re.sub(r"(?P<w>\w+)", r"<\g<w>>", "hi there"), re.sub(r"(\w)", r"\g<1>\g<1>", "ab"))
m2 = re.match(r"(\d+)\.(\d+)", "3.14")
print(m2.group(1, 2), m2.lastindex, m2.expand(r"\2.\1"), repr(m2))
try:
    re.compile(r"(unclosed")
except re.error as e:
    print("re.error")
print(re.search(r"x", "abc") is None, bool(re.search("b", "abc")))
print(re.sub(r"^\s+|\s+$", "", "  trim me  "), re.findall(r"[aeiou]", "education"), len(re.findall(r"\w+", "The quick brown fox")))
print(re.findall(r"\d{2,3}", "1 12 123 1234"), re.findall(r"a+?", "aaa"), re.findall(r"<.*?>", "<a><b>"))
import re
print(re.split(r"x*", "axbc"), re.sub("x*", "-", "axbc"), re.findall(r"\b", "ab cd"), re.sub(r"(?m)^", "> ", "a\nb"))
