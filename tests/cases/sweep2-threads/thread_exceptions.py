import threading, sys
def boom():
    raise ValueError("from thread")
captured = []
old = threading.excepthook
threading.excepthook = lambda args: captured.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
t = threading.Thread(target=boom, name="worker-1"); t.start(); t.join()
print(captured)
threading.excepthook = old
errors = []
def safe(i):
    try:
        if i % 2:
            raise KeyError(i)
        return i
    except KeyError as e:
        with lock:
            errors.append(repr(e))
lock = threading.Lock()
ts = [threading.Thread(target=safe, args=(i,)) for i in range(6)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(errors))
