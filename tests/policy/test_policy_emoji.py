"""Emoji in a message: they end a clause as punctuation does."""

from __future__ import annotations

from policy.policy_helpers import decide

from orchestrator.policy.customization.text import tokenize


def test_an_emoji_ends_the_name_before_it():
    """("em Viana 🚣 Estamos": the next sentence's first word is no part of the place.)"""
    tokens = tokenize("no Nacional em Viana 🚣 Estamos a montar")
    assert tokens[3].clause != tokens[4].clause
    notes = ("Competiu no Campeonato Nacional de Remo Costeiro 2024 em Viana, C2x misto, "
             "4.º lugar.")
    text = ("Olá Ada! Parabéns pelo 4.º lugar em C2x misto no Nacional em Viana 🚣 Estamos a "
            "montar um treino conjunto em março, alinhas?")
    assert decide(notes, text) == "allow"
