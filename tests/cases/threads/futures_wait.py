# concurrent.futures.wait: ALL_COMPLETED, FIRST_COMPLETED and a timeout,
# returning the (done, not_done) named tuple of sets.
import threading
from concurrent.futures import (ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION,
                                ThreadPoolExecutor, wait)

release = threading.Event()
with ThreadPoolExecutor(max_workers=2) as executor:
    quick = [executor.submit(abs, -k) for k in range(5)]
    result = wait(quick, return_when=ALL_COMPLETED)
    print(type(result).__name__, len(result.done), len(result.not_done))
    print(sorted(f.result() for f in result.done))

    slow = executor.submit(release.wait)
    fast = executor.submit(sum, [1, 2, 3])
    done, not_done = wait([slow, fast], return_when=FIRST_COMPLETED)
    print("first completed:", [f.result() for f in done], not_done == {slow})
    done, not_done = wait([slow], timeout=0.05)
    print("timeout:", len(done), len(not_done))
    failing = executor.submit(int, "x")
    done, not_done = wait([slow, failing], return_when=FIRST_EXCEPTION)
    print("first exception:", done == {failing}, not_done == {slow})
    release.set()
    done, not_done = wait([slow, fast, failing])
    print("all:", len(done), len(not_done), slow.result())
