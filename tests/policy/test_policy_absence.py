"""Meeting the reader at an occasion the record says they missed (R4): cancelled, declined,
did not attend, could not come, was not selected, in the nine languages. A message that
regrets the absence, plans a next time, or a record that has them there after all is fine."""

from __future__ import annotations

import pytest
from policy.policy_helpers import decide

HAWES = ("Registered for the Craft Skills Day in Hawes but cancelled because of lambing; we "
         "have not met yet.")


@pytest.mark.parametrize(("notes", "text", "decision"), [
    (HAWES, "Lovely to meet you at the Craft Skills Day in Hawes, the dry-stone demo was "
            "great.", "refuse"),
    (HAWES, "Sorry you couldn't make it to the Craft Skills Day in Hawes, lambing waits for "
            "no one.", "allow"),
    (HAWES, "Hope to meet you at the Craft Skills Day in Hawes next year!", "allow"),
    ("Met at the Craft Skills Day in Hawes; he had cancelled his stall but came to watch.",
     "Lovely to meet you at the Craft Skills Day in Hawes!", "allow"),
    ("Was due to speak at the Wessex Beekeepers' Convention but cancelled; did not attend.",
     "Lovely to finally meet you in person at the Wessex Beekeepers' Convention!", "refuse"),
    ("Não participou do concurso Cup of Serra 2024 (safra pequena).",
     "Parabéns pela participação no Cup of Serra 2024!", "refuse"),
    ("Recusou nosso convite para o congresso de 2024 por falta de verba.",
     "Foi ótimo vê-la no nosso congresso de 2024!", "refuse"),
    ("N'a pas pu venir au festival 2024 (blessure).",
     "Votre numéro de clown au festival 2024 a fait rire toute la place !", "refuse"),
    ("2024年の北陸工芸フォーラムには不参加（代理で弟子が出席）。", "北陸工芸フォーラムではお話しできて光栄でした。",
     "refuse"),
    ("올해 공예주간 부스 신청했지만 탈락해서 참가 안 함.", "올해 공예주간 부스에서 뵌 것 같아요! 반가웠어요.", "refuse"),
    ("Declined to join the Potosí workshop (harvest season).",
     "Qué gusto conocerla en el taller de Potosí.", "refuse"),
    ("Sagte die Imkertage in Celle ab; wir haben uns noch nicht kennengelernt.",
     "Schön, Sie bei den Imkertagen in Celle getroffen zu haben!", "refuse"),
    # the reader's talk there, named without "at"; a part that says they took part
    ("Was booked to speak at TramTech North 2024 but withdrew; a colleague presented the "
     "wash-plant paper instead.",
     "Ada, your TramTech North 2024 talk on the wash plant was excellent.", "refuse"),
    ("Was booked to speak at TramTech North 2024 but withdrew; a colleague presented the "
     "wash-plant paper instead.",
     "Ada, your colleague's TramTech North 2024 paper on the wash plant was excellent; sorry "
     "you had to withdraw.", "allow"),
    ("Spoke at TramTech North 2024 on the wash plant; cancelled the Leeds workshop.",
     "Ada, your TramTech North 2024 talk on the wash plant was excellent.", "allow"),
])
def test_a_missed_occasion(notes, text, decision):
    assert decide(notes, text) == decision
