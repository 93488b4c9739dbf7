import sys
print(sys.getrecursionlimit())
def depth(n):
    return depth(n + 1)
try:
    depth(0)
except RecursionError as e:
    print("RecursionError:", e)
def count(n):
    return 0 if n == 0 else 1 + count(n - 1)
print(count(900))
sys.setrecursionlimit(3000)
print(count(2500))
def down(n):
    if n == 0:
        raise ValueError("bottom")
    down(n - 1)
down(50)
