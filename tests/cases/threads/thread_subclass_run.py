# Subclassing Thread: run() is what the thread executes; __init__ must call
# Thread.__init__.
import threading


class Summer(threading.Thread):
    def __init__(self, numbers):
        super().__init__()
        self.numbers = numbers
        self.total = None

    def run(self):
        self.total = sum(self.numbers)


class Greeter(threading.Thread):
    def run(self):
        print("hello from", self.name)


workers = [Summer(range(n)) for n in (10, 100, 1000)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print([w.total for w in workers])

g = Greeter(target=print, name="greeter")
g.start()
g.join()


class Forgetful(threading.Thread):
    def __init__(self):
        pass


try:
    Forgetful().start()
except RuntimeError as e:
    print("RuntimeError:", e)
