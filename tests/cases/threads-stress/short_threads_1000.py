# 1,000 short threads started and joined one after another in a loop.
import threading

COUNT = 1000
total = 0


def add(n):
    global total
    total += n


for k in range(COUNT):
    t = threading.Thread(target=add, args=(k,))
    t.start()
    t.join()
print("threads run:", COUNT, "total:", total, "expected:", COUNT * (COUNT - 1) // 2)
print("only the main thread is left:", threading.active_count())
