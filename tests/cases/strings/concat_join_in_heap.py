# Concatenation and str.join build the new str inside the heap: lengths,
# hashes, equality, the ASCII flag and str subclasses must come out as
# they would from the whole text.
s = "ab" + "cd"
print(s, len(s), hash(s) == hash("abcd"), s == "abcd", {s: 1}["abcd"])
e = "\U0001F600"
t = "x" + e + "y"
print(len(t), t[1] == e, ascii(t), t.index("y"))
print(",".join(["a", "bb", "", "ccc"]), repr("".join([])), "-".join(["only"]), repr("".join(["x"])))
print("é" + "à", len("é" + "à"), ("é" + "à").isascii(), ("a" + "b").isascii(), ("a" + "é").upper())
class S(str):
    pass
print(repr("-".join([S("q"), "r"])), type("-".join([S("q")])).__name__, type(S("z") + "w").__name__)
print(S("ab").join(["1", "2"]), type(S("ab").join(["1", "2"])).__name__)
try:
    ",".join(["a", 1])
except TypeError as ex:
    print(ex)
try:
    ",".join(5)
except TypeError as ex:
    print(ex)
words = [str(i) + ":" + "x" * (i % 3) for i in range(10)]
joined = "|".join(words)
print(joined, len(joined), hash(joined) == hash("0:|1:x|2:xx|3:|4:x|5:xx|6:|7:x|8:xx|9:"))
print(("a" * 3 + "b").upper(), ("ab" + "c").find("c"), ("x" + "y") in {"xy"}, "".join(["\u00e9", "t\u00e9"]))
big = "".join(str(k) for k in range(2000))
print(len(big), big[-8:], big.count("9"), hash(big) == hash(str(big)))
acc = ""
for k in range(300):
    acc = acc + chr(97 + k % 26)
print(len(acc), acc[:30], acc == "".join(chr(97 + k % 26) for k in range(300)))
