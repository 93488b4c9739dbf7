"""A minimal asyncio, structured as CPython's: an event loop with a ready
queue and a heap of timers (base_events), Future, Task, run, sleep, gather,
wait_for, wait, as_completed, shield, timeout, Queue, Lock, Event, Condition,
Semaphore, to_thread.

Differences from CPython: no sockets, streams, subprocesses, signals or
selectors; no contextvars; no policies; Ctrl-C does not cancel asyncio.run's
task; nothing is reported when an unretrieved exception or a pending task
becomes garbage (pygil has no finalizers).
"""

from .base_events import *
from .coroutines import *
from .events import *
from .exceptions import *
from .futures import *
from .locks import *
from .queues import *
from .runners import *
from .tasks import *
from .threads import *
from .timeouts import *

__all__ = (base_events.__all__ +
           coroutines.__all__ +
           events.__all__ +
           exceptions.__all__ +
           futures.__all__ +
           locks.__all__ +
           queues.__all__ +
           runners.__all__ +
           tasks.__all__ +
           threads.__all__ +
           timeouts.__all__)
