import sys


def flatten(nested):
    for item in nested:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item


def depth(nested):
    if not isinstance(nested, list):
        return 0
    return 1 + max((depth(x) for x in nested), default=0)


def hanoi(n, source="A", target="C", spare="B", moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, source, spare, target, moves)
        moves.append((source, target))
        hanoi(n - 1, spare, target, source, moves)
    return moves


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def trampoline(fn, *args):
    result = fn(*args)
    while callable(result):
        result = result()
    return result


def countdown(n):
    return "done" if n == 0 else (lambda: countdown(n - 1))


data = [1, [2, [3, [4, [5]]]], (6, 7), []]
print(list(flatten(data)), depth([1, [2, [3]], []]), len(hanoi(10)), hanoi(2))
print(ackermann(2, 3), trampoline(countdown, 100000), sys.getrecursionlimit() >= 1000)
