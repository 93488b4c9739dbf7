import sys
import threading

print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
progress = {"a": 0, "b": 0}


def spin(name, n):
    for _ in range(n):
        progress[name] += 1


threads = [threading.Thread(target=spin, args=(k, 50_000)) for k in progress]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(progress)
sys.setswitchinterval(0.005)
