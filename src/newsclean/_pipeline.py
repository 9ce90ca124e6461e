"""An immutable, named chain of strippers.

Strippers only decide; the pipeline alone drops lines, and records every drop with the
name of the stripper that asked for it, so the audit trail cannot drift from what happened.

>>> from newsclean import Pipeline
>>> p = Pipeline.default()
>>> p.remove("footer").names == tuple(n for n in p.names if n != "footer")
True
>>> p.disable("nope")
Traceback (most recent call last):
...
newsclean._exceptions.UnknownStripperError: no stripper named 'nope'; the pipeline has: ...
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace

from newsclean._deadline import Deadline
from newsclean._exceptions import PipelineError, StripperError, UnknownStripperError
from newsclean._lines import Drop, Line, Page, Role

__all__ = ["Pipeline", "Removed", "Step", "Stripper"]

#: A stripper looks at the page and says which lines to drop and why.
Stripper = Callable[[Page], Iterable[Drop]]


@dataclass(frozen=True, slots=True)
class Step:
    name: str
    stripper: Stripper
    enabled: bool = True


@dataclass(frozen=True, slots=True)
class Removed:
    """A drop the pipeline carried out."""

    stripper: str
    line: Line
    reason: str
    role: Role


@dataclass(frozen=True, slots=True)
class Outcome:
    kept: tuple[Line, ...]
    removed: tuple[Removed, ...]
    #: What the lexicon said of each line, kept or removed (see :attr:`Page.phrases`).
    phrases: Mapping[int, frozenset[str]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Pipeline:
    """Named strippers run in order. Every method returns a new pipeline."""

    steps: tuple[Step, ...]

    def __post_init__(self) -> None:
        seen: set[str] = set()
        for step in self.steps:
            if not step.name or step.name in seen:
                raise PipelineError(f"stripper names must be unique and non-empty: {step.name!r}")
            seen.add(step.name)

    @classmethod
    def from_strippers(cls, strippers: Iterable[tuple[str, Stripper]]) -> Pipeline:
        return cls(tuple(Step(name, fn) for name, fn in strippers))

    @classmethod
    def default(cls) -> Pipeline:
        """The built-in chain."""
        from newsclean.strippers import DEFAULT_STRIPPERS

        return cls.from_strippers(DEFAULT_STRIPPERS)

    @property
    def names(self) -> tuple[str, ...]:
        """The names of the enabled strippers, in the order they run."""
        return tuple(step.name for step in self.steps if step.enabled)

    @property
    def all_names(self) -> tuple[str, ...]:
        return tuple(step.name for step in self.steps)

    def _position(self, name: str) -> int:
        for i, step in enumerate(self.steps):
            if step.name == name:
                return i
        valid = ", ".join(self.all_names) or "(none)"
        raise UnknownStripperError(f"no stripper named {name!r}; the pipeline has: {valid}")

    def _insert(self, at: int, name: str, stripper: Stripper) -> Pipeline:
        steps = list(self.steps)
        steps.insert(at, Step(name, stripper))
        return Pipeline(tuple(steps))

    def before(self, name: str, new_name: str, stripper: Stripper) -> Pipeline:
        """Run ``stripper`` as ``new_name`` just before the stripper ``name``."""
        return self._insert(self._position(name), new_name, stripper)

    def after(self, name: str, new_name: str, stripper: Stripper) -> Pipeline:
        """Run ``stripper`` as ``new_name`` just after the stripper ``name``."""
        return self._insert(self._position(name) + 1, new_name, stripper)

    def append(self, new_name: str, stripper: Stripper) -> Pipeline:
        """Run ``stripper`` as ``new_name`` after all the others."""
        return self._insert(len(self.steps), new_name, stripper)

    def replace(self, name: str, stripper: Stripper) -> Pipeline:
        """Keep the name and position of ``name``, with another stripper behind it."""
        at = self._position(name)
        steps = list(self.steps)
        steps[at] = replace(steps[at], stripper=stripper)
        return Pipeline(tuple(steps))

    def remove(self, *names: str) -> Pipeline:
        """Leave these strippers out altogether."""
        gone = {self.steps[self._position(n)].name for n in names}
        return Pipeline(tuple(s for s in self.steps if s.name not in gone))

    def _switch(self, names: tuple[str, ...], enabled: bool) -> Pipeline:
        chosen = {self.steps[self._position(n)].name for n in names}
        return Pipeline(tuple(replace(s, enabled=enabled) if s.name in chosen else s for s in self.steps))

    def disable(self, *names: str) -> Pipeline:
        """Keep these strippers in place but do not run them."""
        return self._switch(names, False)

    def enable(self, *names: str) -> Pipeline:
        """Run these strippers again."""
        return self._switch(names, True)

    def only(self, *names: str) -> Pipeline:
        """Exactly these strippers, in exactly this order."""
        return Pipeline(tuple(replace(self.steps[self._position(n)], enabled=True) for n in names))

    def run(
        self, lines: tuple[Line, ...], *, language: str | None = None, deadline: Deadline | None = None
    ) -> Outcome:
        """Pass the lines through every enabled stripper; return what is kept and removed.

        ``deadline`` is checked before each stripper: past it, :class:`CleanTimeoutError`.
        """
        page = Page(lines, language)
        removed: list[Removed] = []
        for step in self.steps:
            if step.enabled:
                if deadline is not None:  # the message is built only when there is a clock
                    deadline.check(f"before the {step.name!r} stripper")
                page, drops = _apply(step, page)
                removed.extend(drops)
        removed.sort(key=lambda r: r.line.index)
        return Outcome(page.lines, tuple(removed), page.phrases or {})


def _apply(step: Step, page: Page) -> tuple[Page, list[Removed]]:
    try:
        drops = list(step.stripper(page))
    except Exception as exc:  # a user's stripper must not leak an internal traceback
        raise StripperError(
            f"stripper {step.name!r} raised {exc!r}; fix it or leave it out with "
            f"pipeline.remove({step.name!r})"
        ) from exc
    if not drops:  # most strippers find nothing on most pages
        return page, []
    by_index = {line.index: line for line in page.lines}
    removed: dict[int, Removed] = {}
    for drop in drops:
        line = by_index.get(drop.line) if isinstance(drop, Drop) else None
        if line is None:
            raise StripperError(
                f"stripper {step.name!r} returned {drop!r}, which is not a Drop of a line "
                "still on the page; a stripper may only drop lines of the Page it is given"
            )
        removed.setdefault(line.index, Removed(step.name, line, drop.reason, drop.role))
    if not removed:
        return page, []
    kept = tuple(line for line in page.lines if line.index not in removed)
    return page.with_lines(kept), list(removed.values())
