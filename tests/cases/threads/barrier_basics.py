# Barrier: parties, the indices wait() returns (each once per round), the
# action run once per round by one thread, and the state between rounds.
import threading

actions = []
barrier = threading.Barrier(3, action=lambda: actions.append("action"))
print(barrier.parties, barrier.n_waiting, barrier.broken)
indices = []
lock = threading.Lock()


def party():
    for _ in range(2):
        k = barrier.wait()
        with lock:
            indices.append(k)


threads = [threading.Thread(target=party) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(indices), actions)
print(barrier.parties, barrier.n_waiting, barrier.broken)
try:
    threading.Barrier(0)
except ValueError as e:
    print("ValueError:", e)
