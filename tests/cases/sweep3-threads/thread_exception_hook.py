# Exceptions in threads: a custom excepthook, exceptions caught inside threads, and join order.
import threading
def fail(kind):
    if kind == "value":
        raise ValueError("bad value in thread")
    raise KeyError(kind)
seen = []
def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
old = threading.excepthook
threading.excepthook = hook
threads = [threading.Thread(target=fail, args=(k,), name=f"T-{k}") for k in ("x", "y", "value")]
for th in threads:
    th.start()
    th.join()
threading.excepthook = old
for item in seen:
    print("hooked:", item)
results = {}
def safe(n):
    try:
        if n % 2:
            raise RuntimeError(f"odd {n}")
        results[n] = n * n
    except RuntimeError as e:
        results[n] = f"error: {e}"
ws = [threading.Thread(target=safe, args=(i,)) for i in range(5)]
for w in ws:
    w.start()
for w in ws:
    w.join()
print(sorted(results.items()))
