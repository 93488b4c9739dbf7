# An exception in a thread goes to threading.excepthook; the program goes on.
import sys
import threading


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def flush(self):
        pass

    def lines(self):
        return "".join(self.parts).splitlines()


def worker(message):
    raise ValueError(message)


capture = Capture()
saved = sys.stderr
sys.stderr = capture
t = threading.Thread(target=worker, args=("boom",))
t.start()
t.join()
sys.stderr = saved
lines = capture.lines()
print(lines[0])
print(lines[1])
print([line.split(", in ")[-1] for line in lines if line.startswith("  File ")])
print(lines[-1])
print(t.is_alive())

capture = Capture()
sys.stderr = capture


def exits():
    sys.exit(3)


t = threading.Thread(target=exits)
t.start()
t.join()
sys.stderr = saved
print("after SystemExit:", capture.lines())

calls = []


def hook(args):
    calls.append((args.exc_type.__name__, str(args.exc_value),
                  args.thread.name, args.exc_traceback is not None,
                  len(args)))


threading.excepthook = hook
t = threading.Thread(target=worker, args=("custom",), name="W")
t.start()
t.join()
print(calls)
threading.excepthook = threading.__excepthook__
print(threading.excepthook is threading.__excepthook__)


class Bad(threading.Thread):
    def run(self):
        raise KeyError("k")


capture = Capture()
sys.stderr = capture
b = Bad(name="bad-one")
b.start()
b.join()
sys.stderr = saved
print(capture.lines()[0], capture.lines()[-1])
print("done")
