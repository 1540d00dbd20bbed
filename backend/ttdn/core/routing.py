"""Which methods answer at a path, for the `Allow` header of a 405.

Starlette's own 405 lists the methods of the first route whose path matched, while each of our
methods at a path is a route of its own (`GET /tasks` and `POST /tasks`): the header is made of
every method some route would take at that path instead, asked of the routes themselves.
"""

from collections.abc import Sequence

from starlette.routing import BaseRoute, Match
from starlette.types import Scope

METHODS = ("DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT")


def allowed_methods(routes: Sequence[BaseRoute], scope: Scope) -> list[str]:
    """The methods, sorted, for which a route fully matches the request's path."""
    return [
        method
        for method in METHODS
        if any(route.matches({**scope, "method": method})[0] is Match.FULL for route in routes)
    ]
