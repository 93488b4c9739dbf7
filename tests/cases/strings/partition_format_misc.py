for s in ["key=value", "key=", "=value", "novalue", "a=b=c", ""]:
    print(repr(s), s.partition("="), s.rpartition("="))
print("www.example.com".partition("."), "www.example.com".rpartition("."))
try:
    "abc".partition("")
except ValueError as err:
    print("ValueError:", err)
print("{} and {}".format("this", "that"), "{1}{0}".format("a", "b"), "{x}-{y}".format(x=1, y=2))
print("%s=%d" % ("n", 5), "%5s|%-5s|" % ("r", "l"), "%%", "%c%c" % (72, "i"))
print(str(123), str(-1.5), str([1, "a"]), str({"k": "v"}), str(("t",)), str(None))
print(len(""), len("a"), len("日本"), len("\n\t"), len("😀"))
print("abc".__contains__("b"), "abc".__getitem__(1), "abc".__add__("d"), "x".__mul__(3))
print(hash("a") == hash("a"), "abc".encode(), "A".isupper() and "a".islower())
