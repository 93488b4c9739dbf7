def square(x): return x * x
class Flag: pass
class Pair: first = 1; second = 2
if True: print("inline if")
for c in "ab": print(c)
while False: pass
try: import json
except ImportError: json = None
with open(__file__) as f: head = f.readline()
print(square(5), Flag(), Pair.first + Pair.second, json is not None, head.startswith("def"))
