"""High-level support for working with threads in asyncio"""

__all__ = ("to_thread",)

from . import events


async def to_thread(func, /, *args, **kwargs):
    """Run func(*args, **kwargs) in a separate thread and await its result.

    Difference from CPython: each call gets a thread of its own (there is no
    default executor) and no contextvars context.
    """
    loop = events.get_running_loop()
    return await loop.run_in_executor(None, lambda: func(*args, **kwargs))
