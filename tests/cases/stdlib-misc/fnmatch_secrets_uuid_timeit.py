# fnmatch, secrets, uuid and timeit (deterministic parts only).
import fnmatch
import secrets
import uuid
import timeit

names = ["main.py", "test_main.py", "README.md", "setup.cfg", "a.PY", "data1.csv", "data22.csv", "x[1].txt"]
for pat in ["*.py", "test_*", "*.[cm]*", "data?.csv", "data*.csv", "[!a-m]*", "*", "?", "x[[]1].txt", "[a-", "*.P[Yy]"]:
    print(pat.ljust(10), fnmatch.filter(names, pat), [fnmatch.fnmatch(n, pat) for n in names[:3]])
print(fnmatch.fnmatchcase("abc", "A*"), fnmatch.fnmatch(b"abc", b"a?c"), fnmatch.fnmatchcase("aaab", "*a*b"))
for pat in ["*.py", "a?c", "[!x]y*z*", "[a-c-e]", "[]]", "[!]", "[^a]", "a**b"]:
    print(repr(fnmatch.translate(pat)))
try:
    fnmatch.fnmatch("abc", b"a")
except TypeError as e:
    print("TypeError:", e)

print(len(secrets.token_bytes(16)), len(secrets.token_hex(8)), len(secrets.token_hex()), type(secrets.token_urlsafe()).__name__)
print(all(0 <= secrets.randbelow(10) < 10 for _ in range(50)), secrets.randbits(0), 0 <= secrets.randbits(8) < 256)
print(secrets.choice("abc") in "abc", secrets.compare_digest("abc", "abc"), secrets.compare_digest(b"ab", b"ac"), secrets.compare_digest("a", "ab"))
try:
    secrets.choice([])
except IndexError as e:
    print("IndexError:", e)
try:
    secrets.randbelow(0)
except ValueError as e:
    print("ValueError:", e)

u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(u, repr(u), u.hex, u.int, u.version, u.variant, u.urn)
print(u.bytes, u.bytes_le, u.fields, u.time_low, u.node, u.clock_seq)
print(uuid.UUID("{12345678123456781234567812345678}") == u, uuid.UUID(bytes=u.bytes) == u, uuid.UUID(int=u.int, version=4))
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"), uuid.NAMESPACE_URL)
r = uuid.uuid4()
print(type(r).__name__, r.version, r.variant, len(str(r)), str(r)[14], r != uuid.uuid4())
print(sorted([uuid.UUID(int=5), uuid.UUID(int=2)]), hash(u) == hash(uuid.UUID(str(u))))
for bad in [dict(hex="xyz"), dict(int=-1), dict()]:
    try:
        uuid.UUID(**bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    u.int = 5
except TypeError as e:
    print("TypeError:", e)

t = timeit.Timer("x = sum(range(10))")
print(type(t.timeit(100)).__name__, len(t.repeat(3, 10)), timeit.timeit("pass", number=10) >= 0)
print(timeit.timeit(lambda: None, number=5) >= 0, timeit.repeat("y = a * 2", setup="a = 21", repeat=2, number=3).__len__())
counter = []
timeit.timeit("counter.append(1)", number=7, globals={"counter": counter})
print(len(counter))
try:
    timeit.Timer("x = ")
except SyntaxError as e:
    print("SyntaxError")
