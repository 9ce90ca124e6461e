"""A point in time after which clean() gives up, checked by the code that does the work.

The check is cooperative: no thread, signal or global state, so it works in any thread, in
a worker process and under an event loop alike, and a timed-out call leaves nothing
behind. Each stage checks between its steps, and the long loops check every
:data:`EVERY` iterations, so a check costs next to nothing beside the work it guards.

>>> Deadline.after(None) is None
True
>>> Deadline.after(60).check("after reading the page")
>>> Deadline.after(0).check("after reading the page")
Traceback (most recent call last):
...
newsclean._exceptions.CleanTimeoutError: clean() ran out of its 0 s timeout after reading the page; ...
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass
from numbers import Real

from newsclean._exceptions import CleanTimeoutError, InvalidTimeoutError

__all__ = ["EVERY", "Deadline", "check"]

#: How many iterations a long loop runs between two looks at the clock.
EVERY = 4096


@dataclass(frozen=True, slots=True)
class Deadline:
    """The monotonic clock reading at which to give up, and the timeout it came from."""

    at: float
    seconds: float

    @classmethod
    def after(cls, seconds: object) -> Deadline | None:
        """The deadline ``seconds`` from now; None (no deadline) for None.

        Raises :class:`InvalidTimeoutError` for a negative, NaN or non-number timeout.
        """
        if seconds is None:
            return None
        # bool is an int, but timeout=True is surely a mistake.
        if isinstance(seconds, bool) or not isinstance(seconds, Real):
            raise InvalidTimeoutError(
                f"timeout={seconds!r} is not a number of seconds; pass an int or float such as "
                "timeout=10, or None for no limit"
            )
        value = float(seconds)
        if math.isnan(value) or value < 0:
            raise InvalidTimeoutError(
                f"timeout={seconds!r} is not a duration; pass a number of seconds >= 0, or None for no limit"
            )
        return cls(time.monotonic() + value, value)

    def check(self, where: str) -> None:
        """Raise :class:`CleanTimeoutError` if the time is up.

        ``where`` says where clean() stopped, for the message: "while walking the HTML".
        """
        if time.monotonic() >= self.at:
            raise CleanTimeoutError(
                f"clean() ran out of its {self.seconds:.3g} s timeout {where}; raise timeout= for "
                "pages this large, or skip this page",
                seconds=self.seconds,
            )


def check(deadline: Deadline | None, where: str) -> None:
    """Check ``deadline`` if there is one: the one-line guard for code that may run without."""
    if deadline is not None:
        deadline.check(where)
