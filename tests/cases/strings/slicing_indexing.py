s = "abcdefghij"
print(s[0], s[-1], s[3], s[-4], s[len(s) - 1])
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-5:-2])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-1], s[8:2:-3], s[2:8:-1])
print(repr(s[5:5]), repr(s[100:]), repr(s[-100:3]), s[3:100], repr(s[10:]), repr(s[9:8]))
for start in (None, 0, 3, -3):
    for stop in (None, 5, -1):
        print(start, stop, repr(s[start:stop]), repr(s[start:stop:-1]))
print(s[slice(2, 6)], s[slice(None, None, 3)], s[slice(-2, None)])
try:
    s[10]
except IndexError as err:
    print("IndexError:", err)
try:
    s[-11]
except IndexError as err:
    print("IndexError:", err)
try:
    s[::0]
except ValueError as err:
    print("ValueError:", err)
try:
    s["1"]
except TypeError as err:
    print("TypeError:", err)
try:
    s[0] = "z"
except TypeError as err:
    print("TypeError:", err)
word = "Python"
print(word[:2] + word[2:], word[-2:] + word[:-2], word[1:4] * 2)
