"""A recorded thing given another colour (R4): "bourbon vermelho" for "bourbon amarelo", "red
wine" for "white wine", "红茶" for "白茶". A colour the record does not put beside the thing,
or the sender's own colours, say nothing against it."""

from __future__ import annotations

import pytest
from policy.policy_helpers import decide

from orchestrator.policy.customization.colours import COLOURS


@pytest.mark.parametrize(("notes", "text", "decision"), [
    ("Cultiva bourbon amarelo a 1.100 m em Espera Feliz.",
     "Que bacana o seu bourbon vermelho a 1.100 m em Espera Feliz!", "refuse"),
    ("Cultiva bourbon amarelo a 1.100 m em Espera Feliz.",
     "Que bacana o seu bourbon amarelo a 1.100 m em Espera Feliz!", "allow"),
    ("Makes a white wine from Bacchus grapes in Kent.",
     "Your red wine from Bacchus grapes in Kent is lovely.", "refuse"),
    ("Makes a white wine from Bacchus grapes in Kent.",
     "Your Bacchus wine from Kent is lovely; we sell white and red.", "allow"),
    ("高级茶艺师；每周六在社区教白茶冲泡。", "听说您每周六在社区教红茶冲泡，很想请您品评。", "refuse"),
    ("高级茶艺师；每周六在社区教白茶冲泡。", "听说您每周六在社区教白茶冲泡，很想请您品评。", "allow"),
    ("Rosa Delgado ran the green roof project at Ashby library.",
     "Your green roof project at Ashby library is inspiring.", "allow"),
])
def test_a_things_colour(notes, text, decision):
    assert decide(notes, text) == decision


def test_the_colours_are_ten():
    assert set(COLOURS.values()) == set(range(10))
