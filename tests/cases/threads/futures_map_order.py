# Executor.map yields results in the order of its inputs, whatever order the
# calls finish in.
import threading
from concurrent.futures import ThreadPoolExecutor

gates = [threading.Event() for _ in range(4)]


def task(k):
    # Each task waits for the next one to finish, so they finish in reverse.
    if k < 3:
        gates[k + 1].wait()
    gates[k].set()
    return k * 10


with ThreadPoolExecutor(max_workers=4) as executor:
    print(list(executor.map(task, range(4))))
    print(list(executor.map(pow, [2, 3, 4], [5, 2])))
    print(list(executor.map(str.upper, ["a", "b"], timeout=30)))
    print(list(executor.map(len, [])))
