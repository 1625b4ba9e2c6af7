"""Another publication than the reader's (R4): the record quotes the magazine the reader
writes for, the message quotes another as where they wrote. See
:func:`orchestrator.policy.customization.facts.publication_clash`."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from policy.policy_helpers import batch, contact, draft

from orchestrator.policy import evaluate


def verdict_of(text: str, notes: str, first: str = "Ada"):
    return evaluate(batch(draft("d", text, contact(first=first, notes=notes))))["d"]


OTHER = [
    ("Writes for the magazine 'Tidewrack' about kelp farming.",
     "Ada, I loved your article in 'Salt Meadow' about kelp farming.", "Salt Meadow"),
    ("Escribe en la revista 'Huerto Vivo' sobre riego por goteo.",
     "Hola Ada, leí tu artículo en 'Tierra Fértil' sobre riego por goteo.", "Tierra Fértil"),
    ("Schreibt für die Zeitschrift „Drechslerpost“ über Harzöle.".replace("„", "'").replace("“", "'"),
     "Hallo Ada, Ihre Artikel im 'Spanblatt' über Harzöle lese ich gern.", "Spanblatt"),
    ("Écrit dans la revue « Terres Basses » sur le drainage.",
     "Bonjour Ada, votre article dans « Sols Vivants » sur le drainage m'a plu.", "Sols Vivants"),
    ("在《园艺之友》杂志发表过关于嫁接的文章。", "您好，拜读了您在《绿野》杂志上关于嫁接的文章。", "绿野"),
]


@pytest.mark.parametrize(("notes", "text", "said"), OTHER)
def test_another_publication_is_a_contradiction(notes, text, said):
    verdict = verdict_of(text, notes)
    assert verdict.decision == "refuse"
    assert any(said in r.message for r in verdict.reasons), verdict.reasons


SAME = [
    ("Writes for the magazine 'Tidewrack' about kelp farming.",
     "Ada, I loved your article in 'Tidewrack' about kelp farming."),
    # the piece's own title, in the recorded magazine
    ("Writes for the magazine 'Tidewrack' about kelp farming.",
     "Ada, I loved your piece 'Forests Underwater' in Tidewrack about kelp farming."),
    ("Escribe en la revista 'Huerto Vivo' sobre riego por goteo.",
     "Hola Ada, leí tu artículo en 'Huerto Vivo' sobre riego por goteo."),
    ("在《园艺之友》杂志发表过关于嫁接的文章。", "您好，拜读了您在《园艺之友》杂志上关于嫁接的文章。"),
]


@pytest.mark.parametrize(("notes", "text"), SAME)
def test_the_recorded_publication_passes(notes, text):
    verdict = verdict_of(text, notes)
    assert verdict.decision != "refuse", verdict.reasons


_NAMES = st.sampled_from(["Tidewrack", "Salt Meadow", "Harbour Lines", "Kelp Notes",
                          "Shore Report"])


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_NAMES, _NAMES)
def test_only_another_magazine_clashes(recorded, said):
    notes = f"Writes for the magazine '{recorded}' about kelp farming."
    verdict = verdict_of(f"Ada, I loved your article in '{said}' about kelp farming.", notes)
    assert (verdict.decision == "refuse") == (said != recorded), verdict.reasons
