# Condition wait/notify: a consumer waits for items a producer adds one at a
# time; the handshake fixes the order of every line.
import threading

cond = threading.Condition()
items = []
taken = []


def consumer():
    with cond:
        for _ in range(3):
            while not items:
                cond.wait()
            taken.append(items.pop(0))
            print("consumer took", taken[-1])
            cond.notify()


t = threading.Thread(target=consumer)
t.start()
for k in range(3):
    with cond:
        items.append(k * 10)
        print("producer added", k * 10)
        cond.notify()
        while items:
            cond.wait()
t.join()
print(taken)
