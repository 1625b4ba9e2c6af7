"""Which language a short text is read in: notes of one sentence share most of their stop
words between Spanish and Portuguese, and reading Portuguese as Spanish turns "no" ("in
the") into a denial."""

from __future__ import annotations

import pytest
from policy.policy_helpers import decide

from orchestrator.policy.customization.text import detect_language, tokenize


@pytest.mark.parametrize(("text", "language"), [
    ("Postou no LinkedIn sobre a nova autoclave de 20 pneus instalada em março.",
     "portuguese"),
    ("Migrou toda a produção para o sistema a frio em 2023.", "portuguese"),
    ("Habló sobre toda la producción en 2023.", "spanish"),
    ("No vino a la feria de Sevilla; toda la familia estaba de viaje.", "spanish"),
])
def test_short_notes_read_in_their_language(text, language):
    assert detect_language(tokenize(text)) == language


def test_portuguese_no_is_no_denial():
    notes = "Postou no LinkedIn sobre a nova autoclave de 20 pneus instalada em março."
    text = "Hi Ada, I saw your post about the new 20-tyre autoclave you installed in March."
    assert decide(notes, text) == "allow"


def test_meeting_at_a_congress_the_notes_say_was_declined():
    notes = ("Recusou nosso convite para o congresso de 2024 por falta de verba; pediu "
             "material por e-mail.")
    text = "Olá, Ada, foi ótimo vê-la no nosso congresso de 2024!"
    assert decide(notes, text) == "refuse"

