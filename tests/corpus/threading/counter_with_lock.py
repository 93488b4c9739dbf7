import threading

ITERATIONS = 20_000
unsafe_total = 0
safe_total = 0
lock = threading.Lock()


def unsafe_increment():
    global unsafe_total
    for _ in range(ITERATIONS):
        unsafe_total += 1


def safe_increment():
    global safe_total
    for _ in range(ITERATIONS):
        with lock:
            safe_total += 1


for target in (unsafe_increment, safe_increment):
    threads = [threading.Thread(target=target) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

print("safe:", safe_total, safe_total == 4 * ITERATIONS)
print("unsafe at most:", unsafe_total <= 4 * ITERATIONS)
