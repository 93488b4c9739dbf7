import threading

PARTIES = 4
barrier = threading.Barrier(PARTIES)
phase_log = []
lock = threading.Lock()


def worker(index):
    for phase in range(3):
        with lock:
            phase_log.append((phase, index))
        barrier.wait()


threads = [threading.Thread(target=worker, args=(i,)) for i in range(PARTIES)]
for t in threads:
    t.start()
for t in threads:
    t.join()
phases = [p for p, _ in phase_log]
print(phases == sorted(phases), len(phase_log), barrier.broken)
