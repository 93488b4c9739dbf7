print("a,b,c".split(","), "a,,b,".split(","), ",".split(","), "".split(","), "".split())
print("  a  b   c ".split(), " a b ".split(" "), "a b c".split(None, 1), "a\tb\nc  d".split())
print("a,b,c,d".split(",", 2), "a,b,c,d".rsplit(",", 2), "a b c d".rsplit(None, 1), "abc".split("abc"))
print("one\ntwo\r\nthree\rfour\n".splitlines(), "x\ny\n".splitlines(keepends=True), "".splitlines())
print("no newline".splitlines(), "\n\n".splitlines(), "a\x0bb\x0cc\x1cd".splitlines())
print("-".join(["a", "b", "c"]), "".join(["x", "y"]), ", ".join("abc"), "|".join([]), " ".join(["solo"]))
print("::".join(str(n) for n in range(5)), "\n".join(["line1", "line2"]))
try:
    "-".join([1, 2])
except TypeError as err:
    print("TypeError:", err)
try:
    "a b".split("")
except ValueError as err:
    print("ValueError:", err)
words = "The rain in Spain stays mainly in the plain".split()
print(len(words), words[::2], " ".join(reversed(words)), "_".join(w.lower() for w in words if "ain" in w))
csv_line = "name,age,,city,"
fields = csv_line.split(",")
print(fields, len(fields), [f or "<empty>" for f in fields])
print("k1=v1;k2=v2;k3".split(";"), dict(pair.split("=") for pair in "k1=v1;k2=v2".split(";")))
