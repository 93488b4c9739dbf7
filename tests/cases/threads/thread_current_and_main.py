# current_thread() and main_thread() from the main thread and from others.
import threading

main = threading.main_thread()
print(main.name, main is threading.current_thread(), main.is_alive(), main.daemon)
print(isinstance(main, threading.Thread))
seen = []


def worker():
    me = threading.current_thread()
    seen.append((me.name, me is threading.main_thread(), threading.main_thread() is main,
                 isinstance(me, threading.Thread)))


for name in ("first", "second"):
    t = threading.Thread(target=worker, name=name)
    t.start()
    t.join()
for entry in seen:
    print(entry)


class Custom(threading.Thread):
    def run(self):
        seen.append(threading.current_thread() is self)


c = Custom()
c.start()
c.join()
print(seen[-1])
