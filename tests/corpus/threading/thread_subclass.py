import threading


class Worker(threading.Thread):
    def __init__(self, numbers):
        super().__init__(name=f"worker-{len(numbers)}")
        self.numbers = numbers
        self.result = None

    def run(self):
        self.result = sum(n * n for n in self.numbers)


workers = [Worker(list(range(k))) for k in (10, 100, 1000)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print([(w.name, w.result) for w in workers])
print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
print(all(not w.is_alive() for w in workers), threading.active_count() >= 1)
