// A Python prelude for thread tests: start_all(target, n) starts n threads
// with _thread, running target(i), and returns once every one has ended:
// its function returned and any report of an exception escaping it is
// written (that happens after the thread's last Python code, so waiting on a
// lock the body releases is not enough).

export const START_AND_WAIT = `
import _thread, time
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
    others = _thread._count()
    for i in range(n):
        _thread.start_new_thread(body, (i,))
    all_done.acquire()
    while _thread._count() > others:
        time.sleep(0.001)
`;
