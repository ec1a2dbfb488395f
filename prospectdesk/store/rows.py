"""Rows of a peewee query as the tuples they are.

peewee's stubs type ``query.tuples()`` as the model query it came from (iterating model
instances); at run time it yields plain tuples. Reading them through :func:`tuples` keeps
that one difference in one place instead of a cast at every query.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from peewee import BaseQuery


def tuples(query: BaseQuery) -> Iterator[tuple[Any, ...]]:
    """Each row of ``query`` as a tuple of its selected columns."""
    rows: Iterator[tuple[Any, ...]] = iter(query.tuples())
    return rows
