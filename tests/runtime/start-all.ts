// A Python prelude for thread tests: start_all(target, n) starts n threads
// with _thread, running target(i), and returns once every one has returned.

export const START_AND_WAIT = `
import _thread
def start_all(target, n):
    # Starts n threads running target(i); returns once every one has returned.
    remaining = [n]
    count_lock = _thread.allocate_lock()
    all_done = _thread.allocate_lock()
    all_done.acquire()
    def body(i):
        try:
            target(i)
        finally:
            with count_lock:
                remaining[0] -= 1
                if remaining[0] == 0:
                    all_done.release()
    for i in range(n):
        _thread.start_new_thread(body, (i,))
    all_done.acquire()
`;
