"""ThreadPoolExecutor: runs submitted calls on a pool of worker threads.

Work items go through one SimpleQueue; a worker takes an item, runs it, and
then releases `_idle_semaphore`, whose value is the number of idle workers.
submit() starts a new worker only when no worker is idle and the pool is
below max_workers, so threads are reused, named `<prefix>_<n>` as in CPython.

`None` in the queue tells workers to stop: each worker that takes it puts it
back, so one `None` stops them all. Workers are non-daemon threads; at
interpreter exit, threading._shutdown runs `_python_exit` (registered with
threading._register_atexit) first, which puts `None` in every live queue so
that idle workers end and the process can exit.

Difference from CPython: without weakref, an executor that is dropped
without shutdown() keeps its workers until interpreter exit.
"""

import os
import queue
import sys
import threading
from concurrent.futures import _base

_live_pools = []            # (thread, work queue) of every running worker
_live_pools_lock = threading.Lock()
_interpreter_shutdown = False


def _python_exit():
    global _interpreter_shutdown
    _interpreter_shutdown = True
    with _live_pools_lock:
        items = list(_live_pools)
    for thread, work_queue in items:
        work_queue.put(None)
    for thread, work_queue in items:
        thread.join()


threading._register_atexit(_python_exit)

_pool_counter = 0


def _next_pool_number():
    global _pool_counter
    _pool_counter += 1
    return _pool_counter - 1


def _default_max_workers():
    count_cpus = getattr(os, "process_cpu_count", None) or os.cpu_count
    return min(32, (count_cpus() or 1) + 4)


class _WorkItem:
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
            # Break the cycle exception -> traceback -> frame -> self.
            self = None
        else:
            self.future.set_result(result)


class BrokenThreadPool(_base.BrokenExecutor):
    """
    Raised when a worker thread in a ThreadPoolExecutor failed initializing.
    """


class ThreadPoolExecutor(_base.Executor):

    def __init__(self, max_workers=None, thread_name_prefix='',
                 initializer=None, initargs=()):
        if max_workers is None:
            max_workers = _default_max_workers()
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._work_queue = queue.SimpleQueue()
        self._idle_semaphore = threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        self._thread_name_prefix = (thread_name_prefix or
                                    ("ThreadPoolExecutor-%d" % _next_pool_number()))
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _interpreter_shutdown:
                raise RuntimeError('cannot schedule new futures after '
                                   'interpreter shutdown')
            future = _base.Future()
            self._work_queue.put(_WorkItem(future, fn, args, kwargs))
            self._adjust_thread_count()
            return future

    submit.__doc__ = _base.Executor.submit.__doc__

    def _adjust_thread_count(self):
        if self._idle_semaphore.acquire(timeout=0):
            return
        num_threads = len(self._threads)
        if num_threads < self._max_workers:
            name = '%s_%d' % (self._thread_name_prefix, num_threads)
            worker = threading.Thread(name=name, target=self._worker)
            worker.start()
            self._threads.add(worker)
            with _live_pools_lock:
                _live_pools.append((worker, self._work_queue))

    def _worker(self):
        if self._initializer is not None:
            try:
                self._initializer(*self._initargs)
            except BaseException as exc:
                _report_initializer_error(exc)
                self._initializer_failed()
                return
        try:
            while True:
                item = self._work_queue.get(block=True)
                if item is None:
                    # Pass the stop signal on to the next worker.
                    self._work_queue.put(None)
                    return
                item.run()
                del item
                self._idle_semaphore.release()
        finally:
            self._forget_worker(threading.current_thread())

    def _forget_worker(self, thread):
        with _live_pools_lock:
            for index, entry in enumerate(_live_pools):
                if entry[0] is thread:
                    del _live_pools[index]
                    break

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = ('A thread initializer failed, the thread pool '
                            'is not usable anymore')
            self._fail_queued_items(BrokenThreadPool(self._broken))

    def _fail_queued_items(self, exc):
        while True:
            try:
                item = self._work_queue.get_nowait()
            except queue.Empty:
                return
            if item is not None:
                item.future.set_exception(exc)

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                self._cancel_queued_items()
            self._work_queue.put(None)
        if wait:
            for thread in list(self._threads):
                thread.join()

    shutdown.__doc__ = _base.Executor.shutdown.__doc__

    def _cancel_queued_items(self):
        while True:
            try:
                item = self._work_queue.get_nowait()
            except queue.Empty:
                return
            if item is not None:
                item.future.cancel()


def _report_initializer_error(exc):
    sys.stderr.write("Exception in initializer:\n")
    sys.__excepthook__(type(exc), exc, exc.__traceback__)
