# difflib: SequenceMatcher, get_close_matches, unified_diff, context_diff.
import difflib

s = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio(), s.get_matching_blocks(), s.find_longest_match(0, 5, 0, 4))
print(s.get_opcodes())
s = difflib.SequenceMatcher(lambda x: x == " ", "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(s.ratio(), 3), s.get_opcodes())
for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, "qabxcd", "abycdf").get_opcodes():
    print("{:7}   a[{}:{}] --> b[{}:{}] {!r:>8} --> {!r}".format(tag, i1, i2, j1, j2, "qabxcd"[i1:i2], "abycdf"[j1:j2]))
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
print(difflib.get_close_matches("wheel", ["while", "wheat", "whale", "shell", "wheels"], n=2, cutoff=0.5))
print(difflib.get_close_matches("zzz", ["a", "b"]), difflib.get_close_matches("pint", ["print", "int", "point", "pinto"]))
a = ["one\n", "two\n", "three\n", "four\n", "five\n", "six\n", "seven\n", "eight\n", "nine\n", "ten\n"]
b = ["zero\n", "one\n", "two\n", "tree\n", "four\n", "five\n", "six\n", "seven\n", "eight\n", "ten\n", "eleven\n"]
print("".join(difflib.unified_diff(a, b, fromfile="before.txt", tofile="after.txt")), end="")
print("".join(difflib.unified_diff(a, b, n=1)), end="")
print("".join(difflib.context_diff(a, b, fromfile="x", tofile="y", fromfiledate="d1", tofiledate="d2")), end="")
print(list(difflib.unified_diff(["a"], ["b"], lineterm="")), list(difflib.unified_diff(a, a)))
words = [w.strip(".,") for w in "the quick brown fox jumps over the lazy dog again and again".split()]
s = difflib.SequenceMatcher(None, words, list(reversed(words)))
print(s.get_matching_blocks()[:3], round(s.ratio(), 4), list(s.get_grouped_opcodes(1))[:2])
long_a = ["x"] * 250 + ["y"]
long_b = ["x"] * 240 + ["z"]
s = difflib.SequenceMatcher(None, long_a, long_b)
print(s.bpopular, s.get_opcodes()[:3], difflib.SequenceMatcher(None, long_a, long_b, autojunk=False).get_opcodes()[:2])
print(difflib.IS_CHARACTER_JUNK(" "), difflib.IS_LINE_JUNK(" # \n"), difflib.IS_LINE_JUNK("x"))
try:
    difflib.get_close_matches("a", [], n=0)
except ValueError as e:
    print("ValueError:", e)
try:
    list(difflib.unified_diff("abc", ["x"]))
except TypeError as e:
    print("TypeError:", e)
