import pytest

from ttdn.accounts.service import load_principal
from ttdn.core.authz import Principal
from ttdn.demo.incidents_2023 import seed_incidents


@pytest.fixture
async def incidents_year(world, sessionmaker) -> dict[str, int]:
    """The demo's incidents of 2023 (`incidents_2023.INCIDENTS`) on top of the world, each
    step by the account that took it: the demo's keys → incident ids."""
    async with sessionmaker() as session, session.begin():

        async def acting(username: str) -> Principal:
            principal = await load_principal(session, world.users[username])
            assert principal is not None
            return principal

        incidents = await seed_incidents(session, acting)
    return {key: incident.id for key, incident in incidents.items()}
