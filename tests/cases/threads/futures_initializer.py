# The initializer runs once in each worker thread before its first task.
import threading
from concurrent.futures import ThreadPoolExecutor

local = threading.local()
inits = []


def init(tag):
    local.tag = tag
    inits.append(tag)


def task(n):
    return f"{local.tag}-{n}"


with ThreadPoolExecutor(max_workers=1, initializer=init, initargs=("w",)) as executor:
    print(list(executor.map(task, range(4))))
print(inits)
