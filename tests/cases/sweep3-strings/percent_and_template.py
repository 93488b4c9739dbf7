# printf-style formatting and string.Template.
from string import Template
print("%5s|%-5s|%.2s|%5.1s|" % ("abc", "abc", "abc", "abc"))
print("%d %i %u %5d %-5d| %05d %+d % d" % (1, 2, 3, 4, 5, 6, 7, 8))
print("%x %X %#x %#X %o %#o %08.3f %e %E %g %G" % (255, 255, 255, 255, 8, 8, 3.14159, 12345.678, 0.00012, 1e-10, 1e20))
print("%c%c %r %a %%" % (72, "i", "q'uote", "ünï"))
print("%(name)s is %(age)d, %(name)r" % {"name": "Ann", "age": 30})
print("%*d|%-*d|%.*f" % (5, 42, 4, 7, 2, 3.14159))
print("%s" % [1, 2], "%s" % ((1, 2),), "%s %s" % (1, "x"), "%d%%" % 50)
print("%.3s" % "abcdef", "%10.4f" % -3.14159, "%-10.2e|" % 1234.5, "%#.0f" % 2.0)
print("%d" % 3.99, "%d" % True, "%x" % -255, "%s" % None, "%r" % b"bytes")
print(b"%s and %d and %x" % (b"bytes", 5, 255), b"%c" % 65, b"%5b|" % b"ab")
for bad in [("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%(k)s", (1,)), ("%(k)s", {}), ("%y", 1), ("%c", "ab"), ("%c", 1114112), ("%", ())]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(bad[0]), type(e).__name__ + ":", e)
t = Template("$who likes ${what}s, $$5")
print(t.substitute(who="Tim", what="kiwi"))
print(t.substitute({"who": "Ann", "what": "fig"}))
print(t.safe_substitute(who="Bo"))
try:
    t.substitute(who="Tim")
except KeyError as e:
    print("KeyError:", e)
try:
    Template("$").substitute()
except ValueError as e:
    print("ValueError:", e)
print(Template("${a}b $a_b").safe_substitute(a=1), t.template)
print(Template("$x").get_identifiers() if hasattr(Template, "get_identifiers") else None)
print(Template("$x $y $x").get_identifiers(), Template("$$ $1").is_valid(), Template("$x").is_valid())
