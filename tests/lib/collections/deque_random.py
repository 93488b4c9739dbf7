# 3,000 pseudo-random deque operations (a fixed LCG drives them), printing
# the deque's state every 100 steps: any divergence from CPython shows.
from collections import deque

state = 12345


def next_int(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return (state >> 8) % n


for maxlen in (None, 7):
    d = deque(maxlen=maxlen)
    for step in range(3000):
        op = next_int(12)
        value = next_int(100)
        try:
            if op == 0:
                d.append(value)
            elif op == 1:
                d.appendleft(value)
            elif op == 2:
                d.pop()
            elif op == 3:
                d.popleft()
            elif op == 4:
                d.extend(range(value % 5))
            elif op == 5:
                d.extendleft(range(value % 4))
            elif op == 6:
                d.rotate(value - 50)
            elif op == 7:
                d.insert(value - 50, value)
            elif op == 8:
                d.remove(value % 10)
            elif op == 9:
                del d[value - 50]
            elif op == 10:
                d[value - 50] = -value
            else:
                d.reverse()
        except (IndexError, ValueError) as e:
            if step % 100 == 0:
                print("error", type(e).__name__, e)
        if step % 100 == 0:
            print(step, len(d), list(d)[:8], d.count(3), 5 in d)
    print(d)
