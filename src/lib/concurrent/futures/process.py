"""ProcessPoolExecutor is not available in pygil: a pygil program is one
process, and its threads already run in parallel with --disable-gil."""

from concurrent.futures._base import Executor, BrokenExecutor


class BrokenProcessPool(BrokenExecutor):
    pass


class ProcessPoolExecutor(Executor):
    def __init__(self, max_workers=None, mp_context=None, initializer=None,
                 initargs=(), *, max_tasks_per_child=None):
        raise NotImplementedError(
            "ProcessPoolExecutor is not supported by pygil; use "
            "ThreadPoolExecutor (threads run in parallel with --disable-gil)")
