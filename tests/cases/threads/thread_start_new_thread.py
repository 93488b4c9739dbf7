# _thread.start_new_thread with a lock handshake: the new thread releases a
# lock the main thread is blocked on, so the main thread reads its result.
import _thread

done = _thread.allocate_lock()
done.acquire()
results = []


def worker(a, b):
    results.append(a + b)
    done.release()


ident = _thread.start_new_thread(worker, (2, 3))
print("ident is int:", isinstance(ident, int))
done.acquire()
print("result:", results)

# Keyword arguments go in the optional third argument.
def keywords(x, *, scale):
    results.append(x * scale)
    done.release()


_thread.start_new_thread(keywords, (7,), {"scale": 6})
done.acquire()
print("result:", results)
