"""Handles of scheduled callbacks, and which event loop is running.

pygil's asyncio has one kind of event loop (base_events.BaseEventLoop); there
is no policy machinery beyond get_event_loop/set_event_loop/new_event_loop.
"""

__all__ = ('Handle', 'TimerHandle', 'get_event_loop', 'set_event_loop',
           'new_event_loop', 'get_running_loop', '_get_running_loop',
           '_set_running_loop')

import _thread


class Handle:
    """A callback scheduled with call_soon: run it, or cancel it."""

    __slots__ = ('_callback', '_args', '_cancelled', '_loop', '__weakref__')

    def __init__(self, callback, args, loop):
        self._loop = loop
        self._callback = callback
        self._args = args
        self._cancelled = False

    def __repr__(self):
        info = [self.__class__.__name__]
        if self._cancelled:
            info.append('cancelled')
        if self._callback is not None:
            name = getattr(self._callback, '__qualname__', None) or repr(self._callback)
            info.append(f'{name}()')
        return '<{}>'.format(' '.join(info))

    def get_context(self):
        return None

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler({
                'message': f'Exception in callback {self._callback!r}',
                'exception': exc,
                'handle': self,
            })
        self = None  # Needed to break cycles when an exception occurs.


class TimerHandle(Handle):
    """A callback scheduled for a time (call_later, call_at)."""

    __slots__ = ('_scheduled', '_when')

    def __init__(self, when, callback, args, loop):
        super().__init__(callback, args, loop)
        self._when = when
        self._scheduled = False

    def __repr__(self):
        text = super().__repr__()
        return text[:-1] + f' when={self._when}>'

    def __hash__(self):
        return hash(self._when)

    def __lt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when or self.__eq__(other)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when or self.__eq__(other)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, TimerHandle):
            return (self._when == other._when and
                    self._callback == other._callback and
                    self._args == other._args and
                    self._cancelled == other._cancelled)
        return NotImplemented

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        super().cancel()

    def when(self):
        return self._when


# The running loop of each thread, by thread id.
_running_loops = {}
_event_loop = None


def _get_running_loop():
    """The running event loop of this thread, or None."""
    return _running_loops.get(_thread.get_ident())


def _set_running_loop(loop):
    if loop is None:
        _running_loops.pop(_thread.get_ident(), None)
    else:
        _running_loops[_thread.get_ident()] = loop


def get_running_loop():
    """Return the running event loop.  Raise a RuntimeError if there is none."""
    loop = _get_running_loop()
    if loop is None:
        raise RuntimeError('no running event loop')
    return loop


def get_event_loop():
    """The running loop, or the one set for this program (made when needed)."""
    global _event_loop
    loop = _get_running_loop()
    if loop is not None:
        return loop
    if _event_loop is None:
        _event_loop = new_event_loop()
    return _event_loop


def set_event_loop(loop):
    global _event_loop
    _event_loop = loop


def new_event_loop():
    from .base_events import BaseEventLoop
    return BaseEventLoop()
