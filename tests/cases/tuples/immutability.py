t = (1, [2, 3], "four")
try:
    t[0] = 100
except TypeError as err:
    print("TypeError:", err)
try:
    del t[0]
except TypeError as err:
    print("TypeError:", err)
try:
    t.append(5)
except AttributeError as err:
    print("AttributeError:", err)
t[1].append(4)
print(t)
try:
    t += ([5],)
    print("rebound:", t)
except TypeError as err:
    print("TypeError:", err)
try:
    t[1] += [6]
except TypeError as err:
    print("TypeError:", err)
print("but the list changed anyway:", t)
u = t
t = t + ("new",)
print(u is t, len(u), len(t))
print(hash((1, 2, 3)) == hash((1, 2, 3)), hash(()) == hash(()))
try:
    hash((1, [2]))
except TypeError as err:
    print("TypeError:", err)
