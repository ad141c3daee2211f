"""Run a command and measure it: wall time, exit code and the peak RSS of every process.

psutil polls the process tree (the command and all its descendants) every ``interval``
seconds; the peak of each process is kept, so a batch run reports its parent and each
worker separately. Polling can miss a peak shorter than the interval; with spaCy's memory
growing steadily while a batch runs that error is small.
"""

from __future__ import annotations

import statistics
import subprocess
import time
from dataclasses import dataclass, field

import psutil


@dataclass
class Run:
    seconds: float
    returncode: int
    peak_rss: dict[int, int] = field(default_factory=dict)  # pid -> bytes
    root_pid: int = 0
    stderr: str = ""

    @property
    def root_rss(self) -> int:
        return self.peak_rss.get(self.root_pid, 0)

    @property
    def child_rss(self) -> list[int]:
        """Peaks of the descendants (the batch workers), largest first."""
        return sorted((v for k, v in self.peak_rss.items() if k != self.root_pid), reverse=True)


def run(cmd: list[str], *, interval: float = 0.05, timeout: float | None = None) -> Run:
    """Run ``cmd`` to completion (stdout discarded) and measure it."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peaks: dict[int, int] = {}
    try:
        root = psutil.Process(proc.pid)
    except psutil.NoSuchProcess:
        root = None
    while proc.poll() is None:
        if root is not None:
            try:
                family = [root, *root.children(recursive=True)]
            except psutil.NoSuchProcess:
                family = []
            for p in family:
                try:
                    rss = p.memory_info().rss
                except psutil.Error:
                    continue
                if rss > peaks.get(p.pid, 0):
                    peaks[p.pid] = rss
        if timeout is not None and time.perf_counter() - started > timeout:
            proc.kill()
            break
        time.sleep(interval)
    _, err = proc.communicate()
    seconds = time.perf_counter() - started
    return Run(seconds, proc.returncode, peaks, proc.pid, err.decode("utf-8", "replace"))


def median_time(cmd: list[str], repeats: int) -> tuple[float, list[float]]:
    """Median wall time of ``repeats`` runs (each must succeed)."""
    times = []
    for _ in range(repeats):
        result = run(cmd, interval=0.01)
        if result.returncode != 0:
            raise RuntimeError(f"{' '.join(cmd)} failed ({result.returncode}): {result.stderr}")
        times.append(result.seconds)
    return statistics.median(times), times
