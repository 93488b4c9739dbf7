# gc: collect() runs the collector; enable/disable/isenabled.
import gc


class Node:
    def __init__(self):
        self.other = None


def make_cycles(n):
    for _ in range(n):
        a, b = Node(), Node()
        a.other, b.other = b, a


make_cycles(100)
freed = gc.collect()
print(type(freed).__name__, freed >= 0)
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
make_cycles(10)
gc.enable()
print(gc.isenabled(), gc.collect(0) >= 0, gc.collect(generation=1) >= 0, gc.garbage)
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError:", e)
survivor = [Node() for _ in range(5)]
gc.collect()
print(len(survivor), all(n.other is None for n in survivor))
