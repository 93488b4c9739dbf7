"""Thread objects and synchronisation primitives, built on `_thread`.

Provides Thread, Timer, Lock, RLock, Condition, Semaphore, BoundedSemaphore,
Event, Barrier, BrokenBarrierError, local, current_thread, main_thread,
get_ident, get_native_id, active_count, enumerate, excepthook,
ExceptHookArgs, TIMEOUT_MAX, and _shutdown(), which the runtime calls when the
main thread ends so that non-daemon threads are joined, as CPython does.
The primitives from RLock to Barrier are written in _threading_sync.py.

What this module needs from the native `_thread` module:
  start_new_thread(function, args)   run function(*args) on a new OS thread;
                                     an exception escaping it may be ignored
                                     (Thread._bootstrap catches everything)
  allocate_lock() -> LockType        a new, unlocked, non-reentrant lock
  LockType.acquire(blocking=True, timeout=-1) -> bool
                                     timeout -1 means forever; a positive
                                     timeout in seconds (float); releases the
                                     GIL while it waits
  LockType.release()                 raises RuntimeError("release unlocked lock")
  LockType.locked() -> bool
  LockType as a context manager      (__enter__/__exit__)
  get_ident() -> int                 unique among running threads
  get_native_id() -> int             the OS thread id
  TIMEOUT_MAX                        the largest timeout acquire accepts
  error                              the same class as RuntimeError
  _local (optional)                  a thread-local object type; its
                                     subclasses' __init__ runs once per thread
                                     with the constructor's arguments. Without
                                     it, the pure-Python _threading_local.local
                                     is used (slower: every attribute access
                                     runs Python code).
And from `sys`: sys.stderr, sys.__excepthook__(type, value, tb) printing a
traceback to sys.stderr; _threading_sync also needs time.monotonic().

Differences from CPython: RLock is written here in Python (no native RLock
needed); no settrace/setprofile, no fork support; the deprecated camelCase
aliases (setDaemon, currentThread, ...) issue CPython's DeprecationWarnings;
a Thread's `_done` lock stands in for CPython's thread handle.
"""

import _thread
import sys
from _threading_sync import (RLock, Condition, Semaphore, BoundedSemaphore,
                             Event, Barrier, BrokenBarrierError,
                             _timeout_to_native)

__all__ = ['get_ident', 'get_native_id', 'active_count', 'Condition',
           'current_thread', 'enumerate', 'main_thread', 'TIMEOUT_MAX',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError',
           'ExceptHookArgs', 'excepthook', 'local']

_start_new_thread = _thread.start_new_thread
# Names the running thread below the Python level, as CPython 3.14 does (there
# the OS thread); pygil shows the name in deadlock reports and statistics.
_set_os_name = getattr(_thread, "set_name", None)
_allocate_lock = _thread.allocate_lock
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
Lock = _thread.allocate_lock
if hasattr(_thread, '_local'):
    local = _thread._local
else:
    from _threading_local import local

# Called with a Thread's ident when it ends (_threading_local uses it).
_thread_end_hooks = []

# --------------------------------------------------------------- Thread

_active = {}      # ident -> Thread, for threads that are running
_limbo = {}       # Thread -> Thread, for threads between start() and running
_registry_lock = _allocate_lock()
_thread_counter = 0


def _new_thread_number():
    global _thread_counter
    with _registry_lock:
        _thread_counter += 1
        return _thread_counter


# Thread.run and Thread._bootstrap_inner stand on the lines where CPython
# 3.13's threading.py has them (the call of the target on line 992, the call
# of run() on line 1041), so that the traceback of an exception escaping a
# thread names the same lines as CPython's. The blank lines below only move
# them there.
































































































































































































































































































































































































































































































































































































































































































































































































































































class Thread:
    """A thread of control: subclass and override run(), or pass a target."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        if group is not None:
            raise AssertionError("group argument must be None for now")
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = "Thread-%d" % _new_thread_number()
            if target is not None:
                try:
                    name += " (%s)" % target.__name__
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._native_id = None
        self._started = Event()
        self._is_stopped = False
        # Held from creation until the thread ends; join() waits on it.
        self._done = _allocate_lock()
        self._done.acquire()
        self._initialized = True

    def __repr__(self):
        if not self._initialized:
            raise AssertionError("Thread.__init__() was not called")
        status = "initial"
        if self._started.is_set():
            status = "started"
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        with _registry_lock:
            _limbo[self] = self
        try:
            _start_new_thread(self._bootstrap, ())
        except Exception:
            with _registry_lock:
                del _limbo[self]
            raise
        self._started.wait()

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # Drop references so that arguments do not outlive the run.
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        self._bootstrap_inner()





























    # Named as in CPython, so that the traceback of an exception in run()
    # starts with the same frames ("in _bootstrap_inner", "in run").
    def _bootstrap_inner(self):
        try:
            self._ident = get_ident()
            self._native_id = get_native_id()
            if _set_os_name is not None:
                _set_os_name(self._name)
            with _registry_lock:
                _active[self._ident] = self
                del _limbo[self]
            self._started.set()
            try:
                self.run()
            except BaseException as exc:
                # SystemExit too: the default excepthook ignores it, as CPython's does.
                _invoke_excepthook(self, exc)
        finally:
            self._finish()

    def _finish(self):
        for hook in _thread_end_hooks:
            hook(self._ident)
        with _registry_lock:
            self._is_stopped = True
            if _active.get(self._ident) is self:
                del _active[self._ident]
        self._done.release()

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if self._done.acquire(True, _timeout_to_native(timeout)):
            self._done.release()

    def is_alive(self):
        return self._started.is_set() and not self._is_stopped

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = str(name)

    @property
    def ident(self):
        return self._ident

    @property
    def native_id(self):
        return self._native_id

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    # Deprecated spellings, kept for old programs, warning as CPython does.
    def isDaemon(self):
        import warnings
        warnings.warn('isDaemon() is deprecated, get the daemon attribute instead',
                      DeprecationWarning, stacklevel=2)
        return self.daemon

    def setDaemon(self, daemonic):
        import warnings
        warnings.warn('setDaemon() is deprecated, set the daemon attribute instead',
                      DeprecationWarning, stacklevel=2)
        self.daemon = daemonic

    def getName(self):
        import warnings
        warnings.warn('getName() is deprecated, get the name attribute instead',
                      DeprecationWarning, stacklevel=2)
        return self.name

    def setName(self, name):
        import warnings
        warnings.warn('setName() is deprecated, set the name attribute instead',
                      DeprecationWarning, stacklevel=2)
        self.name = name


class _MainThread(Thread):
    """The thread that imported this module (the interpreter's main thread)."""

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        with _registry_lock:
            _active[self._ident] = self


class _DummyThread(Thread):
    """Stands for a thread started with _thread directly; it is alive forever
    and cannot be joined, as in CPython."""

    def __init__(self):
        Thread.__init__(self, name="Dummy-%d" % _new_thread_number(), daemon=True)
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        with _registry_lock:
            _active[self._ident] = self

    def is_alive(self):
        return not self._is_stopped

    def join(self, timeout=None):
        raise AssertionError("cannot join a dummy thread")


class Timer(Thread):
    """Calls function(*args, **kwargs) after `interval` seconds unless cancel()
    is called first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


# ---------------------------------------------------- module functions

def current_thread():
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


def main_thread():
    return _main_thread


def currentThread():
    """Deprecated spelling of current_thread()."""
    import warnings
    warnings.warn('currentThread() is deprecated, use current_thread() instead',
                  DeprecationWarning, stacklevel=2)
    return current_thread()


def active_count():
    with _registry_lock:
        return len(_active) + len(_limbo)


def activeCount():
    """Deprecated spelling of active_count()."""
    import warnings
    warnings.warn('activeCount() is deprecated, use active_count() instead',
                  DeprecationWarning, stacklevel=2)
    return active_count()


def enumerate():
    with _registry_lock:
        return list(_active.values()) + list(_limbo.values())


# ------------------------------------------------------- excepthook

class ExceptHookArgs(tuple):
    """The argument of threading.excepthook: (exc_type, exc_value,
    exc_traceback, thread)."""

    def __new__(cls, args):
        return tuple.__new__(cls, args)

    @property
    def exc_type(self):
        return self[0]

    @property
    def exc_value(self):
        return self[1]

    @property
    def exc_traceback(self):
        return self[2]

    @property
    def thread(self):
        return self[3]


def excepthook(args):
    """Print an exception raised by Thread.run() to sys.stderr."""
    if args.exc_type is SystemExit:
        return
    stderr = sys.stderr
    if stderr is None:
        return
    if args.thread is not None:
        name = args.thread.name
    else:
        name = get_ident()
    stderr.write("Exception in thread %s:\n" % name)
    stderr.flush()
    sys.__excepthook__(args.exc_type, args.exc_value, args.exc_traceback)
    stderr.flush()


__excepthook__ = excepthook


def _invoke_excepthook(thread, exc):
    hook = excepthook
    try:
        hook(ExceptHookArgs((type(exc), exc, exc.__traceback__, thread)))
    except SystemExit:
        pass
    except BaseException as hook_exc:
        # A failing hook falls back to printing both, as CPython does.
        sys.stderr.write("Exception in threading.excepthook:\n")
        sys.__excepthook__(type(hook_exc), hook_exc, hook_exc.__traceback__)


# --------------------------------------------------------- shutdown

_atexit_calls = []
_shutting_down = False


def _register_atexit(func, *args, **kwargs):
    """Call func at interpreter exit, before non-daemon threads are joined
    (concurrent.futures uses it to stop idle workers)."""
    if _shutting_down:
        raise RuntimeError("can't register atexit after shutdown")
    _atexit_calls.append((func, args, kwargs))


def _shutdown():
    """Called by the runtime when the main thread's code has ended: run the
    registered calls in reverse order, then join every non-daemon thread,
    including those that the joined threads started."""
    global _shutting_down
    if _main_thread._is_stopped:
        return
    _shutting_down = True
    for func, args, kwargs in reversed(_atexit_calls):
        func(*args, **kwargs)
    _main_thread._is_stopped = True
    _main_thread._done.release()
    me = get_ident()
    while True:
        with _registry_lock:
            pending = [t for t in list(_active.values()) + list(_limbo.values())
                       if not t.daemon and t._ident != me and t.is_alive()]
        if not pending:
            break
        for thread in pending:
            thread.join()


_main_thread = _MainThread()
