import sys
def depth(n):
    return depth(n + 1)
try:
    depth(0)
except RecursionError as e:
    print(type(e).__name__, e)
def fact(n): return 1 if n <= 1 else n * fact(n - 1)
print(fact(200) % 1000007, len(str(fact(500))))
def hanoi(n, a, b, c, moves):
    if n:
        hanoi(n - 1, a, c, b, moves); moves.append((a, c)); hanoi(n - 1, b, a, c, moves)
    return moves
print(len(hanoi(10, "A", "B", "C", [])), hanoi(2, "A", "B", "C", []))
print(sys.getrecursionlimit())
sys.setrecursionlimit(120)
def count(n): return 0 if n == 0 else 1 + count(n - 1)
print(count(100))
try:
    count(200)
except RecursionError as e:
    print("limit hit:", e)
sys.setrecursionlimit(1000)
class Node:
    def __init__(self, v, kids=()): self.v, self.kids = v, list(kids)
    def __repr__(self): return f"Node({self.v}, {self.kids})" if self.kids else f"Node({self.v})"
t = Node(1, [Node(2, [Node(4)]), Node(3)])
print(t)
def total(n): return n.v + sum(map(total, n.kids))
print(total(t))
def ack(m, n):
    if m == 0: return n + 1
    if n == 0: return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))
print(ack(2, 3))
r = []; r.append(r)
try:
    print(str(r))
except RecursionError:
    print("no")
class Loop:
    def __repr__(self): return repr(self)
try:
    repr(Loop())
except RecursionError as e:
    print(e)
