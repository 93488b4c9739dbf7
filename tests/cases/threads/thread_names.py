# Default thread names: "Thread-N (target name)", counting every Thread
# created in the process; an explicit name does not use a number.
import threading


def worker():
    pass


class Job(threading.Thread):
    pass


class Callable:
    def __call__(self):
        pass


print(threading.Thread(target=worker).name)
print(threading.Thread(target=worker).name)
print(threading.Thread(name="custom", target=worker).name)
print(threading.Thread().name)
print(threading.Thread(target=lambda: None).name)
print(threading.Thread(target=Callable()).name)
print(Job().name)
print(threading.Thread(target=print).name)
print(threading.Thread(name=42).name)

t = threading.Thread(target=worker)
t.name = "renamed"
t.start()
t.join()
print(t.name)
print(repr(threading.Thread(target=worker)))
print(repr(threading.Thread(name="d", daemon=True)))
