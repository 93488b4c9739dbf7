a, b = "ab", "cd"
print(a + b, b + a, a * 3, 3 * a, a * 0, a * -2, (a + b) * 2, "" * 100)
s = ""
for i in range(5):
    s += str(i)
print(s, len(s))
s *= 2
print(s)
parts = []
for word in ["x", "y", "z"]:
    parts.append(word * 2)
print("".join(parts), "-" * 20, "=" * 3 + ">")
print("a" "b" "c", ("multi"
                    "line"), 'mix' "ed")
try:
    "a" + 1
except TypeError as err:
    print("TypeError:", err)
try:
    "a" * 1.5
except TypeError as err:
    print("TypeError:", err)
try:
    "a" * "b"
except TypeError as err:
    print("TypeError:", err)
print(str(1) + str(2.5) + str(None) + str(True) + str([1]) + str((1,)) + str({}))
print(len("abc" * 1000), ("ab" * 3).count("ab"), "ab" * True, "ab" * False)
