"""A bench's tasks over processes that each receive its data once (the embeddings of every scene: pickled once per
process, not once per task)."""
from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor
from typing import Any, Callable, Sequence

_DATA: Any = None
_WORK: Callable | None = None


def _init(data, work) -> None:
    global _DATA, _WORK
    _DATA, _WORK = data, work


def _job(task):
    return _WORK(_DATA, task)


def run_tasks(data, work: Callable[[Any, Any], Any], tasks: Sequence, jobs: int) -> list:
    """``[work(data, task) for task in tasks]``, in order, over ``jobs`` processes (in this one when ``jobs`` <= 1);
    ``work`` is a module-level function (a process gets it by name)."""
    if jobs > 1:
        with ProcessPoolExecutor(jobs, initializer=_init, initargs=(data, work)) as pool:
            return list(pool.map(_job, tasks))
    return [work(data, task) for task in tasks]
