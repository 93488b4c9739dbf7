# The string module, str constants and str.format_map, vformat.
import string
print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation)
print(repr(string.whitespace))
print(len(string.printable))
print(string.capwords("hello   big  world"), string.capwords("a-b c-d", "-"))
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{name} is {age}".format_map(Default(name="Ann")))
f = string.Formatter()
print(f.format("{0}-{1}", "a", "b"), f.vformat("{x}{y}", (), {"x": 1, "y": 2}))
print(list(f.parse("hi {0!r:>5} and {name} {{x}}")))
class Upper(string.Formatter):
    def format_field(self, value, spec):
        return str(value).upper() + spec
print(Upper().format("{} and {}", "shout", "more"))
print("{0[1]} {0[0]} {1.real} {2[key]}".format(["a", "b"], 3 + 4j, {"key": "v"}))
print("{:>{w}}|{:^{w}}|".format("x", "y", w=5))
print("{!r} {!s} {!a}".format("é", "é", "é"))
print("{0} {0} {1}".format("rep", "x"), "{} {}".format(*"ab"))
print("{{literal}} {}".format(1))
try:
    "{} {0}".format(1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    "{0[}".format([])
except ValueError as e:
    print("ValueError:", e)
try:
    "{x.y}".format(x=1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    "{0[5]}".format([1])
except IndexError as e:
    print("IndexError:", e)
try:
    "{!x}".format(1)
except ValueError as e:
    print("ValueError:", e)
print(sorted(c for c in string.punctuation if c in "$#@!")[:4])
print(all(c in string.printable for c in "Hello!\n"), "é" in string.printable)
print(string.ascii_letters.index("Z"), string.digits[::-1], string.hexdigits.upper())
