import pytest

from ttdn.accounts.service import load_principal
from ttdn.demo.media_2023 import seed_interactions


@pytest.fixture
async def press_year(world, sessionmaker) -> dict[str, int]:
    """The demo's press work of 2023 (`media_2023.INTERACTIONS`) on top of the world, logged
    and followed up by Văn phòng: the demo's keys → interaction ids."""
    async with sessionmaker() as session, session.begin():
        press_officer = await load_principal(session, world.users["vanphong"])
        assert press_officer is not None
        interactions = await seed_interactions(
            session,
            press_officer,
            {key: unit.id for key, unit in world.units.items()},
            world.outlets,
            world.contacts,
        )
    return {key: interaction.id for key, interaction in interactions.items()}
