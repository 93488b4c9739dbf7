# Releasing an unlocked lock raises RuntimeError, which _thread also calls
# `error`; threading.ThreadError is the same class.
import _thread
import threading

print(_thread.error is RuntimeError, threading.ThreadError is RuntimeError)
lock = _thread.allocate_lock()
try:
    lock.release()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    lock.release()
except _thread.error as e:
    print("caught as _thread.error:", e)
lock.acquire()
lock.release()
try:
    lock.release()
except threading.ThreadError as e:
    print("caught as ThreadError:", e)
print(lock.locked())
