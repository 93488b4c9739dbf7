# A deadlock: two threads take the same two locks in opposite order.
#
# The "transfer" thread holds the accounts lock and wants the audit lock; the
# "audit" thread holds the audit lock and wants the accounts lock. Each waits
# for the other to let go, and neither ever will. The barrier makes sure both
# have taken their first lock before either asks for its second; without it the
# program would deadlock only now and then, which is worse. (A short sleep in
# its place would do the same in CPython, where a thread starts in well under a
# millisecond, but it is a guess about timing; the barrier is not.)
#
# CPython (any build, GIL or not) hangs here forever: stop it with Ctrl-C, or
#   run it as `timeout 3 python3 samples/deadlock.py`.
# pygil (with or without the GIL) notices that every thread is blocked for
#   good, prints "Fatal: deadlock, all threads are blocked" with each thread's
#   stack, showing which line each one waits on, and exits with status 3.
#
# Try:   pygil samples/deadlock.py
# The GIL does not cause this and cannot prevent it: a thread waiting on a lock
# has released the GIL. The fix is one global order: every thread that needs
# both locks takes the accounts lock first.
import threading

accounts_lock = threading.Lock()
audit_lock = threading.Lock()
both_hold_one = threading.Barrier(2)  # released once both threads have arrived


def transfer():
    with accounts_lock:
        print("transfer: holds the accounts lock, wants the audit lock")
        both_hold_one.wait()
        with audit_lock:  # waits for audit(), which waits for us
            print("transfer: done")


def audit():
    with audit_lock:
        print("audit: holds the audit lock, wants the accounts lock")
        both_hold_one.wait()
        with accounts_lock:  # opposite order to transfer(): the bug
            print("audit: done")


threads = [threading.Thread(target=transfer), threading.Thread(target=audit)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("never printed")
