"""Futures, the Executor interface, wait() and as_completed().

A Future moves PENDING -> RUNNING -> FINISHED, or PENDING -> CANCELLED ->
CANCELLED_AND_NOTIFIED (the executor saw the cancellation). Every change
happens under the future's Condition, and waiting callers wait on it.

wait() and as_completed() hang a _Waiter on each future they watch; the
future hands itself to its waiters when it reaches a final state, and the
waiter's event wakes the watching thread. To avoid missing a future that
finishes between "check the state" and "hang the waiter", both take every
watched future's lock (in a fixed order) while they do the two.

Differences from CPython: a callback that raises is reported on sys.stderr
directly ("exception calling callback for <Future ...>" and the traceback)
rather than through the logging module.
"""

import sys
import threading
import time
import collections

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_AS_COMPLETED = '_AS_COMPLETED'

PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_STATE_DESCRIPTIONS = {
    PENDING: "pending",
    RUNNING: "running",
    CANCELLED: "cancelled",
    CANCELLED_AND_NOTIFIED: "cancelled",
    FINISHED: "finished",
}

# The states in which wait() and as_completed() consider a future done.
_DONE_STATES = (CANCELLED_AND_NOTIFIED, FINISHED)


class Error(Exception):
    """Base class for all future-related exceptions."""
    pass


class CancelledError(Error):
    """The Future was cancelled."""
    pass


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The operation is not allowed in this state."""
    pass


class BrokenExecutor(RuntimeError):
    """
    Raised when a executor has become non-functional after a severe failure.
    """


# ---------------------------------------------------------------- Future

class Future:
    """Represents the result of an asynchronous computation."""

    def __init__(self):
        self._condition = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def __repr__(self):
        with self._condition:
            described = "<%s at 0x%x state=%s" % (
                self.__class__.__name__, id(self),
                _STATE_DESCRIPTIONS[self._state])
            if self._state == FINISHED:
                if self._exception:
                    described += " raised %s" % self._exception.__class__.__name__
                else:
                    described += " returned %s" % self._result.__class__.__name__
            return described + ">"

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception as exc:
                _report_callback_error(self, exc)

    def cancel(self):
        """Cancel the future if possible; True if it is (now) cancelled."""
        with self._condition:
            if self._state in (RUNNING, FINISHED):
                return False
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                return True
            self._state = CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        with self._condition:
            return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED)

    def running(self):
        with self._condition:
            return self._state == RUNNING

    def done(self):
        with self._condition:
            return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)

    # The frames a user sees in a traceback through result() carry the same
    # names and lines as CPython's: "in result", "in __get_result".
    def __get_result(self):
        if self._exception is not None:
            raise self._exception
        return self._result

    def _wait_until_final(self, timeout):
        """With the condition held: wait for a final state; raise
        CancelledError or TimeoutError when there is no outcome to give."""
        if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
            raise CancelledError()
        if self._state == FINISHED:
            return
        self._condition.wait(timeout)
        if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
            raise CancelledError()
        if self._state != FINISHED:
            raise TimeoutError()

    def result(self, timeout=None):
        """The call's return value, waiting up to `timeout` seconds; raises
        what the call raised, CancelledError or TimeoutError."""
        with self._condition:
            self._wait_until_final(timeout)
            return self.__get_result()

    def exception(self, timeout=None):
        """The exception the call raised, or None if it returned."""
        with self._condition:
            self._wait_until_final(timeout)
            return self._exception

    def add_done_callback(self, fn):
        """Call fn(future) when the future is done (now, if it already is)."""
        with self._condition:
            if self._state not in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception as exc:
            _report_callback_error(self, exc)

    # The methods below are for executors (and tests).

    def set_running_or_notify_cancel(self):
        """Mark the future running, or, if it was cancelled, tell its
        waiters and return False so that the call is skipped."""
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                self._notify_waiters()
                return False
            if self._state == PENDING:
                self._state = RUNNING
                return True
            raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        self._finish(result, None)

    def set_exception(self, exception):
        self._finish(None, exception)

    def _finish(self, result, exception):
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                raise InvalidStateError('%s: %r' % (self._state, self))
            self._result = result
            self._exception = exception
            self._state = FINISHED
            self._notify_waiters()
            self._condition.notify_all()
        self._invoke_callbacks()

    def _notify_waiters(self):
        for waiter in self._waiters:
            waiter.add(self)


def _report_callback_error(future, exc):
    stderr = sys.stderr
    stderr.write("exception calling callback for %r\n" % (future,))
    sys.__excepthook__(type(exc), exc, exc.__traceback__)


# ------------------------------------------------------ wait machinery

class _Waiter:
    """Collects the futures that reach a final state and wakes the watcher
    when `mode` says it should."""

    def __init__(self, mode, pending_count):
        self.mode = mode
        self.pending_count = pending_count
        self.lock = threading.Lock()
        self.event = threading.Event()
        self.finished_futures = []

    def add(self, future):
        with self.lock:
            self.finished_futures.append(future)
            self.pending_count -= 1
            if self.mode in (_AS_COMPLETED, FIRST_COMPLETED):
                self.event.set()
            elif self.pending_count <= 0:
                self.event.set()
            elif (self.mode == FIRST_EXCEPTION and future._state == FINISHED
                  and future._exception is not None):
                self.event.set()


class _AllLocked:
    """Holds the conditions of several futures at once, in id() order so
    that two watchers never lock them in opposite orders."""

    def __init__(self, futures):
        self.futures = sorted(futures, key=id)

    def __enter__(self):
        for future in self.futures:
            future._condition.acquire()

    def __exit__(self, *exc_info):
        for future in self.futures:
            future._condition.release()


def _unhook(waiter, futures):
    for future in futures:
        with future._condition:
            future._waiters.remove(waiter)


DoneAndNotDoneFutures = collections.namedtuple(
    'DoneAndNotDoneFutures', 'done not_done')


def _has_raised(future):
    return future._state == FINISHED and future._exception is not None


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures in `fs`; return (done, not_done) sets once
    `return_when` (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED) holds
    or `timeout` seconds have passed."""
    fs = set(fs)
    with _AllLocked(fs):
        done = set(f for f in fs if f._state in _DONE_STATES)
        not_done = fs - done
        if return_when == FIRST_COMPLETED and done:
            return DoneAndNotDoneFutures(done, not_done)
        if return_when == FIRST_EXCEPTION and any(_has_raised(f) for f in done):
            return DoneAndNotDoneFutures(done, not_done)
        if len(done) == len(fs):
            return DoneAndNotDoneFutures(done, not_done)
        waiter = _Waiter(return_when, len(not_done))
        for future in fs:
            future._waiters.append(waiter)
    waiter.event.wait(timeout)
    _unhook(waiter, fs)
    with waiter.lock:
        done.update(waiter.finished_futures)
    return DoneAndNotDoneFutures(done, fs - done)


def as_completed(fs, timeout=None):
    """An iterator over the futures in `fs` (duplicates removed) that yields
    each one as it completes; raises TimeoutError if some are still pending
    after `timeout` seconds from the call."""
    if timeout is not None:
        deadline = time.monotonic() + timeout
    fs = set(fs)
    total = len(fs)
    with _AllLocked(fs):
        finished = [f for f in fs if f._state in _DONE_STATES]
        pending = fs - set(finished)
        waiter = _Waiter(_AS_COMPLETED, len(pending))
        for future in fs:
            future._waiters.append(waiter)
    return _completion_order(fs, finished, pending, total, waiter,
                             None if timeout is None else deadline)


def _completion_order(fs, finished, pending, total, waiter, deadline):
    try:
        for future in finished:
            yield future
        while pending:
            if deadline is None:
                remaining = None
            else:
                remaining = deadline - time.monotonic()
                if remaining < 0:
                    raise TimeoutError('%d (of %d) futures unfinished' % (
                        len(pending), total))
            waiter.event.wait(remaining)
            with waiter.lock:
                finished = waiter.finished_futures
                waiter.finished_futures = []
                waiter.event.clear()
            for future in finished:
                pending.discard(future)
                yield future
    finally:
        _unhook(waiter, fs)


# -------------------------------------------------------------- Executor

class Executor:
    """The interface of executors: submit(), map() and shutdown()."""

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), but the calls run in the executor: all
        are submitted now, and the results come back in order. A result not
        ready `timeout` seconds after this call raises TimeoutError."""
        if timeout is not None:
            end_time = timeout + time.monotonic()
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        # A generator named, and yielding with the lines, as CPython's, so
        # that tracebacks through it read the same. Popping from the end of
        # the reversed list drops each future once its result is given.
        def result_iterator():
            try:
                fs.reverse()
                while fs:
                    if timeout is None:
                        yield _result_or_cancel(fs.pop())
                    else:
                        yield _result_or_cancel(fs.pop(), end_time - time.monotonic())
            finally:
                for future in fs:
                    future.cancel()

        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


def _result_or_cancel(fut, timeout=None):
    """The future's result; cancel it if the wait is cut short."""
    try:
        return fut.result(timeout)
    finally:
        fut.cancel()
