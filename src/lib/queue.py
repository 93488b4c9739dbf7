"""Synchronised queues for passing work between threads.

Provides Queue (FIFO), LifoQueue, PriorityQueue, SimpleQueue, and the
exceptions Empty, Full and ShutDown, with put/get (block, timeout),
put_nowait/get_nowait, task_done/join, qsize/empty/full and 3.13's shutdown().

Differences from CPython: PriorityQueue carries its own binary heap (same
algorithm as heapq, so the same order) instead of importing heapq; SimpleQueue
is built on Queue rather than being a C type.
"""

import threading
import time

__all__ = ['Empty', 'Full', 'ShutDown', 'Queue', 'PriorityQueue',
           'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    'Exception raised by Queue.get(block=0)/get_nowait().'
    pass


# CPython defines Empty in its C module _queue; tracebacks name it so.
Empty.__module__ = '_queue'


class Full(Exception):
    'Exception raised by Queue.put(block=0)/put_nowait().'
    pass


class ShutDown(Exception):
    '''Raised when put/get with shut-down queue.'''


_READY, _TIMED_OUT, _SHUT_DOWN = 'ready', 'timed out', 'shut down'


class Queue:
    """A FIFO queue; maxsize <= 0 means unbounded.

    One lock guards the items; three conditions share it: not_empty (getters
    wait on it), not_full (putters wait on it) and all_tasks_done (join waits
    on it until every item put has been marked done)."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.mutex = threading.Lock()
        self.not_empty = threading.Condition(self.mutex)
        self.not_full = threading.Condition(self.mutex)
        self.all_tasks_done = threading.Condition(self.mutex)
        self.unfinished_tasks = 0
        self.is_shutdown = False

    # The storage; subclasses change the order by overriding these four.
    def _init(self, maxsize):
        self.queue = []
        self._head = 0

    def _qsize(self):
        return len(self.queue) - self._head

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        # Advancing a head index keeps get() O(1); compact once half is dead.
        item = self.queue[self._head]
        self.queue[self._head] = None
        self._head += 1
        if self._head * 2 >= len(self.queue):
            del self.queue[:self._head]
            self._head = 0
        return item

    def task_done(self):
        with self.all_tasks_done:
            unfinished = self.unfinished_tasks - 1
            if unfinished <= 0:
                if unfinished < 0:
                    raise ValueError('task_done() called too many times')
                self.all_tasks_done.notify_all()
            self.unfinished_tasks = unfinished

    def join(self):
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        with self.mutex:
            return self._qsize()

    def empty(self):
        with self.mutex:
            return not self._qsize()

    def full(self):
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    # put() and get() raise Full, Empty and ShutDown themselves (rather than
    # in _wait) so that a traceback ends in the same frame as CPython's.
    def put(self, item, block=True, timeout=None):
        with self.not_full:
            if self.is_shutdown:
                raise ShutDown
            if self.maxsize > 0:
                outcome = self._wait(self.not_full, lambda: self._qsize() < self.maxsize,
                                     block, timeout, True)
                if outcome is _TIMED_OUT:
                    raise Full
                if outcome is _SHUT_DOWN:
                    raise ShutDown
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        with self.not_empty:
            if self.is_shutdown and not self._qsize():
                raise ShutDown
            outcome = self._wait(self.not_empty, self._qsize, block, timeout, False)
            if outcome is _TIMED_OUT:
                raise Empty
            if outcome is _SHUT_DOWN:
                raise ShutDown
            item = self._get()
            self.not_full.notify()
            return item

    def _wait(self, condition, ready, block, timeout, any_shutdown_stops):
        """Wait, the mutex held, until ready() is true. Returns _READY, or
        _TIMED_OUT when not blocking or when the timeout passes, or
        _SHUT_DOWN if the queue is shut down meanwhile (for a getter, only
        once nothing is left to get)."""
        if not block:
            return _READY if ready() else _TIMED_OUT
        if timeout is not None and timeout < 0:
            raise ValueError("'timeout' must be a non-negative number")
        deadline = None if timeout is None else time.monotonic() + timeout
        while not ready():
            if deadline is None:
                condition.wait()
            else:
                remaining = deadline - time.monotonic()
                if remaining <= 0.0:
                    return _TIMED_OUT
                condition.wait(remaining)
            if self.is_shutdown and (any_shutdown_stops or not ready()):
                return _SHUT_DOWN
        return _READY

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)

    def shutdown(self, immediate=False):
        """Make later put() raise ShutDown, and get() once the queue is empty;
        with immediate=True, drop the queued items first."""
        with self.mutex:
            self.is_shutdown = True
            if immediate:
                while self._qsize():
                    self._get()
                    if self.unfinished_tasks > 0:
                        self.unfinished_tasks -= 1
                self.all_tasks_done.notify_all()
            self.not_empty.notify_all()
            self.not_full.notify_all()


class LifoQueue(Queue):
    '''Variant of Queue that retrieves most recently added entries first.'''

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _get(self):
        return self.queue.pop()


class PriorityQueue(Queue):
    '''Variant of Queue that retrieves open entries in priority order (lowest first).

    Entries are typically tuples of the form:  (priority number, data).
    '''

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    # A binary min-heap in a list, with heapq's algorithm, so that items that
    # compare equal come out in the same order as in CPython.
    def _put(self, item):
        heap = self.queue
        heap.append(item)
        self._sift_up(0, len(heap) - 1)

    def _get(self):
        heap = self.queue
        last = heap.pop()
        if not heap:
            return last
        smallest = heap[0]
        heap[0] = last
        self._sift_hole_down(0)
        return smallest

    def _sift_up(self, top, pos):
        """Move heap[pos] towards `top` while it is smaller than its parent."""
        heap = self.queue
        item = heap[pos]
        while pos > top:
            parent = (pos - 1) >> 1
            if item < heap[parent]:
                heap[pos] = heap[parent]
                pos = parent
            else:
                break
        heap[pos] = item

    def _sift_hole_down(self, pos):
        """Move heap[pos] down to a leaf along the smaller children, then back
        up to its place: fewer comparisons than stopping early, and the order
        heapq produces."""
        heap = self.queue
        end = len(heap)
        top = pos
        item = heap[pos]
        child = 2 * pos + 1
        while child < end:
            right = child + 1
            if right < end and not heap[child] < heap[right]:
                child = right
            heap[pos] = heap[child]
            pos = child
            child = 2 * pos + 1
        heap[pos] = item
        self._sift_up(top, pos)


class SimpleQueue:
    '''Simple, unbounded, reentrant FIFO queue.'''

    __module__ = '_queue'   # a C type in CPython

    def __init__(self):
        self._queue = Queue()

    def put(self, item, block=True, timeout=None):
        self._queue.put(item)

    def put_nowait(self, item):
        self._queue.put(item)

    def get(self, block=True, timeout=None):
        return self._queue.get(block, timeout)

    def get_nowait(self):
        return self._queue.get(False)

    def empty(self):
        return self._queue.empty()

    def qsize(self):
        return self._queue.qsize()
