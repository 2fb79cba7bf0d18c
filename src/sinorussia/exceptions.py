"""Exceptions raised by sinorussia.

Every error the library raises on purpose derives from :class:`SinorussiaError`, and each
concrete error also derives from the builtin exception it behaves like, so existing
``except ValueError`` or ``except LookupError`` clauses keep working.

>>> import sinorussia
>>> issubclass(sinorussia.DataError, (sinorussia.SinorussiaError, ValueError))
True
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = [
    "DataError",
    "InvalidArgumentError",
    "InvalidCodeError",
    "InvalidDateError",
    "InvalidFieldError",
    "MissingExtraError",
    "Problem",
    "RecordNotFoundError",
    "SinorussiaError",
    "UnknownKeywordError",
    "UnsafeWriteError",
]


class SinorussiaError(Exception):
    """Base class of every error raised by sinorussia.

    >>> import sinorussia
    >>> try:
    ...     sinorussia.UncertainDate.parse("2015-09-31")
    ... except sinorussia.SinorussiaError as e:
    ...     print(e)
    '2015-09-31' is not a real day: September 2015 has 30 days
    """


class InvalidDateError(SinorussiaError, ValueError):
    """A date string or date parts that do not make a valid, supported date.

    Attributes:
        value: The offending input, as given.

    >>> import sinorussia
    >>> sinorussia.UncertainDate.parse("2014-13")
    Traceback (most recent call last):
    ...
    sinorussia.exceptions.InvalidDateError: '2014-13' is not a valid date: month 13 is not 1 to 12
    """

    def __init__(self, value: object, reason: str) -> None:
        self.value = value
        self.reason = reason
        super().__init__(f"{value!r} {reason}")


class InvalidCodeError(SinorussiaError, ValueError):
    """A country, organisation or statistical-source code that is not in the vocabulary.

    Attributes:
        code: The offending code.
        vocabulary: Which vocabulary it was checked against.

    >>> import sinorussia
    >>> sinorussia.country("XYZ")
    Traceback (most recent call last):
    ...
    sinorussia.exceptions.InvalidCodeError: 'XYZ' is not an ISO 3166 alpha-3 country code; ...
    """

    def __init__(self, code: object, vocabulary: str, hint: str) -> None:
        self.code = code
        self.vocabulary = vocabulary
        super().__init__(f"{code!r} is not {vocabulary}; {hint}")


class InvalidFieldError(SinorussiaError, ValueError):
    """A record field holds a value the model does not accept.

    Attributes:
        field: The field's name.
        value: The offending value.
        reason: What is wrong and what would be valid.

    >>> import sinorussia
    >>> sinorussia.Citation(source_id="seed-003", locator="page 8")
    Traceback (most recent call last):
    ...
    sinorussia.exceptions.InvalidFieldError: locator: 'page 8' is not a pinpoint locator; ...
    """

    def __init__(self, field: str, value: object, reason: str) -> None:
        self.field = field
        self.value = value
        self.reason = reason
        super().__init__(f"{field}: {reason}")


class InvalidArgumentError(SinorussiaError, ValueError):
    """An argument of a query or lookup holds a value the library cannot use.

    Raised instead of answering with nothing: an unknown person, place, code or series is
    an error, never an empty result.

    Attributes:
        argument: The argument's name (``"people"``, ``"statistical_source"``).
        value: The offending value.
        reason: What is wrong and what would be valid.

    >>> import sinorussia
    >>> sinorussia.load().summits.filter(people=["Sergey Lavrof"])
    Traceback (most recent call last):
    ...
    sinorussia.exceptions.InvalidArgumentError: people: 'Sergey Lavrof' is not the name or id of any person in the data; did you mean 'Sergey Lavrov'?
    """

    def __init__(self, argument: str, value: object, reason: str) -> None:
        self.argument = argument
        self.value = value
        self.reason = reason
        super().__init__(f"{argument}: {reason}")


class UnknownKeywordError(SinorussiaError, TypeError):
    """A keyword a query does not take, such as ``domain=`` on summits.

    Attributes:
        keyword: The keyword given.
        valid: The keywords the call takes.

    >>> import sinorussia
    >>> sinorussia.load().summits.filter(domain="naval")  # type: ignore[call-arg]
    Traceback (most recent call last):
    ...
    sinorussia.exceptions.UnknownKeywordError: summit filters take no 'domain'; they take: ...
    """

    def __init__(self, what: str, keyword: str, valid: tuple[str, ...]) -> None:
        self.keyword = keyword
        self.valid = valid
        super().__init__(f"{what} take no {keyword!r}; they take: {', '.join(valid)}")


class MissingExtraError(SinorussiaError, ImportError):
    """A feature needs an optional dependency that is not installed.

    The message names the extra that installs it, e.g. ``pip install 'sinorussia[plot]'``.

    >>> import sinorussia
    >>> str(sinorussia.MissingExtraError("sinorussia.plot", "matplotlib", "plot"))
    "sinorussia.plot needs matplotlib, which is not installed; install it with: python -m pip install 'sinorussia[plot]'"
    """

    def __init__(self, feature: str, package: str, extra: str) -> None:
        self.extra = extra
        super().__init__(
            f"{feature} needs {package}, which is not installed; install it with: "
            f"python -m pip install 'sinorussia[{extra}]'",
            name=package,
        )


class RecordNotFoundError(SinorussiaError, LookupError):
    """:meth:`~sinorussia.Collection.lookup` found no record with the given id.

    >>> import sinorussia
    >>> sinorussia.load().summits.lookup("summit-1900-01-01-nowhere")
    Traceback (most recent call last):
    ...
    sinorussia.exceptions.RecordNotFoundError: no summit has id 'summit-1900-01-01-nowhere'
    """

    def __init__(self, kind: str, record_id: str) -> None:
        self.kind = kind
        self.record_id = record_id
        super().__init__(f"no {kind} has id {record_id!r}")

    def __str__(self) -> str:
        # LookupError (via KeyError-like subclasses) would repr the message; keep it plain.
        return str(self.args[0])


class Problem(tuple[str, str]):
    """One problem found in data: where it is and what is wrong.

    ``path`` is written like ``summits[3].date``; ``message`` says what is wrong and what would
    be valid.

    >>> p = Problem("summits[3].date", "'2015-09-31' is not a real day")
    >>> str(p)
    "summits[3].date: '2015-09-31' is not a real day"
    """

    __slots__ = ()

    def __new__(cls, path: str, message: str) -> Problem:
        return super().__new__(cls, (path, message))

    @property
    def path(self) -> str:
        """Where the problem is, e.g. ``summits[3].date``."""
        return self[0]

    @property
    def message(self) -> str:
        """What is wrong, naming the value."""
        return self[1]

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class DataError(SinorussiaError, ValueError):
    """Data that cannot be loaded; lists *every* problem found, each with its path.

    Nothing is half-loaded: when this is raised, no dataset is returned.

    Attributes:
        problems: Every :class:`Problem` found, in file order.

    >>> import sinorussia
    >>> err = sinorussia.DataError([Problem("summits[0].date", "'2015-09-31' is not a real day")])
    >>> print(err)
    1 problem in the data:
      summits[0].date: '2015-09-31' is not a real day
    """

    def __init__(self, problems: Iterable[Problem], *, origin: str | None = None) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        self.origin = origin
        n = len(self.problems)
        where = f" in {origin}" if origin else " in the data"
        head = f"{n} problem{'s' if n != 1 else ''}{where}:"
        super().__init__("\n  ".join([head, *map(str, self.problems)]))


class UnsafeWriteError(SinorussiaError, FileExistsError):
    """:func:`~sinorussia.dump` refused to write where it could overwrite the user's files.

    >>> import sinorussia, tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "notes.txt").write_text("mine")
    >>> sinorussia.dump(sinorussia.load(), folder)
    Traceback (most recent call last):
    ...
    sinorussia.exceptions.UnsafeWriteError: '...' is not empty and holds no dataset.json written by sinorussia; ...
    """

    def __init__(self, path: object, reason: str) -> None:
        self.path = path
        super().__init__(f"{str(path)!r} {reason}")
