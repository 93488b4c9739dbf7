import threading
ping, pong = threading.Event(), threading.Event()
log = []
def player(name, mine, other, rounds):
    for i in range(rounds):
        mine.wait()
        mine.clear()
        log.append(f"{name}{i}")
        other.set()
a = threading.Thread(target=player, args=("ping", ping, pong, 4))
b = threading.Thread(target=player, args=("pong", pong, ping, 4))
a.start(); b.start()
ping.set()
a.join(); b.join()
print(log)
sem = threading.Semaphore(0)
out = []
def producer():
    for i in range(5):
        out.append(i)
        sem.release()
p = threading.Thread(target=producer); p.start()
got = []
for _ in range(5):
    sem.acquire()
    got.append(out[len(got)])
p.join()
print(got, sem.acquire(blocking=False))
