for v in [0, 7, -7, 255, -255, 123456]:
    print("%d|%i|%5d|%-5d|%05d|%+d|% d|%x|%X|%#x|%o|%#o|%u" % ((v,) * 13))
print("%c%c%c" % (80, 121, "!"), "%3c|%-3c|" % ("a", "b"))
print("%d %s" % (3.99, 3.99), "%d" % True, "%x" % 3 if False else "%x" % 3)
print("%*d|%-*d|%.*f" % (6, 42, 6, 42, 2, 3.14159))
print("%(a)s and %(b)05d" % {"a": "dict", "b": 42}, "%(x)r" % {"x": "q"})
print("%s" % (1,), "%s" % [1, 2], "%s %s" % (1, 2), "%%d" % ())
for fmt, args in [("%d", "x"), ("%d %d", (1,)), ("%d", (1, 2)), ("%z", 1), ("%(k)s", (1,)), ("%c", 1114112)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, OverflowError) as err:
        print(type(err).__name__ + ":", err)
