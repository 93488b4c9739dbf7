from concurrent.futures import ThreadPoolExecutor, as_completed, wait
import threading
def square(x):
    return x * x
with ThreadPoolExecutor(max_workers=4) as ex:
    print(list(ex.map(square, range(10))))
    futs = {ex.submit(square, n): n for n in range(5)}
    print(sorted((futs[f], f.result()) for f in as_completed(futs)))
def fail(x):
    raise ValueError(f"bad {x}")
with ThreadPoolExecutor(2) as ex:
    f = ex.submit(fail, 3)
    try:
        f.result()
    except ValueError as e:
        print("future raised", e)
    print(type(f.exception()).__name__, f.done())
    done, not_done = wait([ex.submit(square, 3)])
    print(len(done), len(not_done), done.pop().result())
    try:
        list(ex.map(fail, [1, 2]))
    except ValueError as e:
        print("map raised", e)
lock = threading.Lock()
total = 0
def add(n):
    global total
    with lock:
        total += n
with ThreadPoolExecutor(3) as ex:
    for i in range(100):
        ex.submit(add, i)
print(total)
with ThreadPoolExecutor(2) as ex:
    f = ex.submit(lambda a, b=1: a + b, 1, b=10)
    f.add_done_callback(lambda fut: print("callback", fut.result()))
print("after")
