"""What the record says the reader no longer does, spoken of as theirs today (R4): "as a
certified organic grower" for "used to be organic certified; dropped certification 2022",
"como vão as coisas na Aquamar?" for "deixou a Aquamar em 2022". A message that looks back
("back when you were...", "desde que saiu"), or a record whose ended thing is the sender's
("left our trial"), is fine."""

from __future__ import annotations

import pytest
from policy.policy_helpers import decide

ORGANIC = "Used to be organic certified; dropped certification 2022 (cost)."
WAREHOUSE = "Was warehouse supervisor until 2023, now in procurement, buys transport."
AQUAMAR = "Deixou a Aquamar em 2022; agora trabalha por conta própria."


@pytest.mark.parametrize(("notes", "text", "decision"), [
    (ORGANIC, "Hi Percy, as a certified organic grower, you'll know how strict the input rules "
              "are.", "refuse"),
    (ORGANIC, "Hi Percy, back when you were certified organic, how strict were the input "
              "rules?", "allow"),
    (WAREHOUSE, "As someone running warehouse shifts, you'll know the pain of dock scheduling.",
     "refuse"),
    (WAREHOUSE, "Now that you buy transport in procurement, dock scheduling must look "
                "different.", "allow"),
    (AQUAMAR, "Olá Inês! Como vão as coisas na Aquamar? Vamos conectar.", "refuse"),
    (AQUAMAR, "Olá Inês! Desde que saiu da Aquamar, como vai o trabalho por conta própria?",
     "allow"),
    ("작년에 암장 '락하우스' 운영을 그만둠 (현재 프리랜서 세터).", "시우님, 요즘 락하우스 회원 많죠? 운영 팁 좀 듣고 싶어요!",
     "refuse"),
    ("Runs the Hollin Lane seed swap; left the parish council in 2021.",
     "Your Hollin Lane seed swap is a lovely idea.", "allow"),
    ("Left our trial in 2025 citing too many push notifications; prefers a daily digest.",
     "Glad you liked the daily digest in our trial; it is now the default.", "allow"),
    ("Ha chiuso un round da 1,5 milioni di euro con Orsa Ventures.",
     "Complimenti per il round con Orsa Ventures!", "allow"),
    ("Hat die Bäckerei Körner bis 2022 geführt, jetzt Berater.",
     "Wie läuft es in der Bäckerei Körner?", "refuse"),
    # what ended is the words of the cue, not its whole clause; an adjective ends nothing
    ("Converted a retired school bus into a bookmobile with a solar-powered Wi-Fi hotspot.",
     "I read about the retired school bus you turned into a bookmobile, solar hotspot and all.",
     "allow"),
    ("Library board member; retired long-haul trucker who trains bookmobile drivers.",
     "I read that you coach bookmobile drivers, drawing on your years as a long-haul trucker.",
     "allow"),
    ("县气象局退休后在村里义务维护一个老式百叶箱。", "您义务维护村里老百叶箱的事很打动我。", "allow"),
    ("县气象局退休后在村里义务维护一个老式百叶箱。", "您在县气象局的工作一定很忙吧？", "refuse"),
])
def test_what_ended(notes, text, decision):
    assert decide(notes, text) == decision
