# Worker threads fill a shared dict and list; each writes only its own keys, so results are deterministic.
import threading
word_lengths = {}
totals = []
lock = threading.Lock()
chunks = [["apple", "kiwi"], ["banana", "fig", "grape"], ["cherry"], ["date", "elderberry", "lime", "mango"]]
def process(idx, words):
    local = {w: len(w) for w in words}
    word_lengths.update(local)
    with lock:
        totals.append((idx, sum(local.values())))
threads = []
for i, chunk in enumerate(chunks):
    t = threading.Thread(target=process, args=(i, chunk), name=f"chunk-{i}")
    threads.append(t)
    t.start()
for t in threads:
    t.join()
print(dict(sorted(word_lengths.items())))
print(sorted(totals), sum(v for _, v in totals))
print([t.name for t in threads], all(not t.is_alive() for t in threads))
class Account:
    def __init__(self):
        self.balance = 0
        self.lock = threading.RLock()
    def deposit(self, n):
        with self.lock:
            self.balance += n
    def transfer_in(self, amounts):
        with self.lock:
            for a in amounts:
                self.deposit(a)
acct = Account()
ws = [threading.Thread(target=acct.transfer_in, args=([1] * 200,)) for _ in range(5)]
for w in ws:
    w.start()
for w in ws:
    w.join()
print("balance:", acct.balance)
local = threading.local()
seen = {}
def use_local(n):
    local.value = n * 10
    seen[n] = local.value
ls = [threading.Thread(target=use_local, args=(n,)) for n in range(4)]
for t in ls:
    t.start()
for t in ls:
    t.join()
print(sorted(seen.items()), hasattr(local, "value"))
