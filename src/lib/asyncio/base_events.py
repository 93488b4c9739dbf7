"""The event loop: a queue of ready callbacks and a heap of timers.

Each iteration (_run_once) moves the timers that are due to the ready queue
and runs the callbacks that were ready when it began; callbacks scheduled
meanwhile wait for the next iteration. When nothing is ready the loop sleeps
until the first timer is due, blocked (without the GIL) on a lock that it
holds itself: the wait ends at the timeout, or earlier when another thread's
call_soon_threadsafe releases the lock, as CPython's self-pipe wakes its
selector. pygil has no sockets, pipes or subprocesses in its event loop:
there is no selector.
"""

__all__ = ('BaseEventLoop',)

import collections
import heapq
import math
import sys
import time
import _thread

from . import events
from . import exceptions
from . import futures
from . import tasks

# Timers further away than this are waited for in steps.
MAXIMUM_SELECT_TIMEOUT = 24 * 3600


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            # Issue #22429: run_forever() already finished, no need to stop it.
            return
    futures._get_loop(fut).stop()


class BaseEventLoop:

    def __init__(self):
        self._timer_cancelled_count = 0
        self._closed = False
        self._stopping = False
        self._ready = collections.deque()
        self._scheduled = []
        self._default_executor = None
        self._clock_resolution = 1e-09
        self._exception_handler = None
        self._debug = False
        self._thread_id = None
        self._asyncgens = set()
        self._asyncgens_shutdown_called = False
        self._executor_shutdown_called = False
        # Held by the loop; another thread releases it to wake the loop.
        self._wakeup_lock = _thread.allocate_lock()
        self._wakeup_lock.acquire()
        self._wakeup_guard = _thread.allocate_lock()
        # Handles from call_soon_threadsafe, moved to _ready by the loop's own
        # thread: the deque is Python code here, not safe to change from two
        # threads at once.
        self._threadsafe_ready = []
        self.slow_callback_duration = 0.1

    def __repr__(self):
        return (f'<{self.__class__.__name__} running={self.is_running()} '
                f'closed={self.is_closed()} debug={self.get_debug()}>')

    def create_future(self):
        """Create a Future object attached to the loop."""
        return futures.Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        """Schedule a coroutine object; return a Task object."""
        self._check_closed()
        task = tasks.Task(coro, loop=self, name=name, context=context)
        return task

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _asyncgen_firstiter_hook(self, agen):
        if self._asyncgens_shutdown_called:
            print(f"asynchronous generator {agen!r} was scheduled after "
                  f"loop.shutdown_asyncgens() call", file=sys.stderr)
        self._asyncgens.add(agen)

    async def shutdown_asyncgens(self):
        """Close the asynchronous generators that are still suspended."""
        self._asyncgens_shutdown_called = True
        if not len(self._asyncgens):
            return
        closing_agens = list(self._asyncgens)
        self._asyncgens.clear()
        results = await tasks.gather(
            *[ag.aclose() for ag in closing_agens],
            return_exceptions=True)
        for result, agen in zip(results, closing_agens):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of '
                               f'asynchronous generator {agen!r}',
                    'exception': result,
                    'asyncgen': agen
                })

    async def shutdown_default_executor(self, timeout=None):
        """Nothing to do: to_thread runs each call on a thread of its own."""
        self._executor_shutdown_called = True

    def _check_running(self):
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if events._get_running_loop() is not None:
            raise RuntimeError(
                'Cannot run the event loop while another loop is running')

    def run_forever(self):
        """Run until stop() is called."""
        self._check_closed()
        self._check_running()
        self._thread_id = _thread.get_ident()
        old_agen_hooks = sys.get_asyncgen_hooks()
        sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter_hook,
                               finalizer=None)
        events._set_running_loop(self)
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._thread_id = None
            events._set_running_loop(None)
            sys.set_asyncgen_hooks(*old_agen_hooks)

    def run_until_complete(self, future):
        """Run until the Future (or coroutine, made a Task) is done; return its result."""
        self._check_closed()
        self._check_running()
        new_task = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except:
            if new_task and future.done() and not future.cancelled():
                # The coroutine raised a BaseException. Consume the exception
                # to not log a warning, the caller doesn't have access to the
                # local task.
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def stop(self):
        """Stop running the event loop, after the current iteration."""
        self._stopping = True

    def close(self):
        if self.is_running():
            raise RuntimeError("Cannot close a running event loop")
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()
        self._executor_shutdown_called = True

    def is_closed(self):
        return self._closed

    def is_running(self):
        return (self._thread_id is not None)

    def time(self):
        """The loop's clock: time.monotonic()."""
        return time.monotonic()

    def call_later(self, delay, callback, *args, context=None):
        """Call callback(*args) after delay seconds; returns a TimerHandle."""
        if delay is None:
            raise TypeError('delay must not be None')
        timer = self.call_at(self.time() + delay, callback, *args)
        return timer

    def call_at(self, when, callback, *args, context=None):
        """Call callback(*args) at the loop time `when`."""
        if when is None:
            raise TypeError("when cannot be None")
        self._check_closed()
        timer = events.TimerHandle(when, callback, args, self)
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def call_soon(self, callback, *args, context=None):
        """Call callback(*args) at the next iteration, after those scheduled before it."""
        self._check_closed()
        handle = events.Handle(callback, args, self)
        self._ready.append(handle)
        return handle

    def call_soon_threadsafe(self, callback, *args, context=None):
        """call_soon from any thread, waking the loop if it sleeps."""
        self._check_closed()
        handle = events.Handle(callback, args, self)
        with self._wakeup_guard:
            self._threadsafe_ready.append(handle)
            if self._wakeup_lock.locked():
                self._wakeup_lock.release()
        return handle

    def _take_threadsafe_ready(self):
        """Move the handles other threads scheduled to the ready queue."""
        if self._threadsafe_ready:
            with self._wakeup_guard:
                handles = self._threadsafe_ready
                self._threadsafe_ready = []
            self._ready.extend(handles)

    def _sleep(self, timeout):
        """Wait up to timeout seconds (None: until woken) for something to do."""
        if timeout is None:
            woken = self._wakeup_lock.acquire()
        elif timeout > 0:
            woken = self._wakeup_lock.acquire(timeout=timeout)
        else:
            woken = self._wakeup_lock.acquire(blocking=False)
        if not woken:
            return
        # Woken: the lock is the loop's again, ready for the next wait.

    def _timer_handle_cancelled(self, handle):
        """Notification that a TimerHandle has been cancelled."""
        if handle._scheduled:
            self._timer_cancelled_count += 1

    def _run_once(self):
        """Run one full iteration of the event loop."""
        while self._scheduled and self._scheduled[0]._cancelled:
            self._timer_cancelled_count -= 1
            handle = heapq.heappop(self._scheduled)
            handle._scheduled = False

        self._take_threadsafe_ready()
        timeout = None
        if self._ready or self._stopping:
            timeout = 0
        elif self._scheduled:
            # Compute the desired timeout.
            timeout = self._scheduled[0]._when - self.time()
            if timeout > MAXIMUM_SELECT_TIMEOUT:
                timeout = MAXIMUM_SELECT_TIMEOUT
            elif timeout < 0:
                timeout = 0

        self._sleep(timeout)
        self._take_threadsafe_ready()

        # Handle 'later' callbacks that are ready.
        end_time = self.time() + self._clock_resolution
        while self._scheduled:
            handle = self._scheduled[0]
            if handle._when >= end_time:
                break
            handle = heapq.heappop(self._scheduled)
            handle._scheduled = False
            self._ready.append(handle)

        # Only the callbacks ready now run; those they schedule wait for the
        # next iteration.
        ntodo = len(self._ready)
        for i in range(ntodo):
            handle = self._ready.popleft()
            if handle._cancelled:
                continue
            handle._run()
        handle = None  # Needed to break cycles when an exception occurs.

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, '
                            f'got {handler!r}')
        self._exception_handler = handler

    def default_exception_handler(self, context):
        """Print the context's message and exception to stderr."""
        message = context.get('message')
        if not message:
            message = 'Unhandled exception in event loop'
        exception = context.get('exception')
        log_lines = [message]
        for key in sorted(context):
            if key in {'message', 'exception'}:
                continue
            log_lines.append(f'{key}: {context[key]!r}')
        print('\n'.join(log_lines), file=sys.stderr)
        if exception is not None:
            import traceback
            traceback.print_exception(exception, file=sys.stderr)

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                print('Exception in default exception handler', file=sys.stderr)
        else:
            try:
                self._exception_handler(self, context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                try:
                    self.default_exception_handler({
                        'message': 'Unhandled error in exception handler',
                        'exception': exc,
                        'context': context,
                    })
                except (SystemExit, KeyboardInterrupt):
                    raise
                except BaseException:
                    print('Exception in default exception handler', file=sys.stderr)

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled

    def run_in_executor(self, executor, func, *args):
        """Run func(*args) on a thread of its own (executor must be None); returns a Future."""
        self._check_closed()
        if executor is not None:
            raise NotImplementedError("pygil's event loop runs blocking calls on threads of their own: executor must be None")
        future = self.create_future()

        def run():
            try:
                result = func(*args)
            except BaseException as exc:
                self.call_soon_threadsafe(_set_state, future, None, exc)
            else:
                self.call_soon_threadsafe(_set_state, future, result, None)

        import threading
        threading.Thread(target=run, daemon=True).start()
        return future


def _set_state(future, result, exc):
    if future.cancelled():
        return
    if exc is not None:
        future.set_exception(exc)
    else:
        future.set_result(result)
