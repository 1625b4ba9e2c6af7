"""A city or country written as its name in the message's language ("Firenze", "München",
"佛罗伦萨", "피렌체") is the record's place in another language ("Florence", "Múnich"): one
piece of cross-language evidence, as a romanized name is; another place stays unmatched.
See :mod:`orchestrator.policy.customization.places` and ``crosslang.bridged``."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from policy.policy_helpers import batch, contact, draft

from orchestrator.policy import evaluate
from orchestrator.policy.customization.places import find


def verdict_of(text: str, notes: str, first: str = "Ottavia"):
    return evaluate(batch(draft("d", text, contact(first=first, notes=notes))))["d"]


WINE_BAR = "Runs a small wine bar in Florence."
SAME_PLACE = [
    ("Met at the ceramics fair in Florence.",
     "Ciao Ottavia, che bello averti conosciuta alla fiera della ceramica di Firenze!"),
    (WINE_BAR, "Ottavia你好，听说你在佛罗伦萨经营一家葡萄酒小酒馆，很想去看看！"),
    (WINE_BAR, "オッタヴィアさん、フィレンツェでワインバーを営んでいると伺いました。ぜひ伺いたいです。"),
    (WINE_BAR, "오타비아님, 피렌체에서 와인 바를 운영하신다고 들었어요. 꼭 가보고 싶네요."),
]


@pytest.mark.parametrize(("notes", "text"), SAME_PLACE)
def test_the_recorded_place_in_another_language_is_evidence(notes, text):
    verdict = verdict_of(text, notes)
    assert verdict.decision == "allow", verdict.reasons


OTHER_PLACE = [
    ("Met at the ceramics fair in Florence.",
     "Ciao Ottavia, che bello averti conosciuta alla fiera della ceramica di Milano!"),
    (WINE_BAR, "오타비아님, 밀라노에서 와인 바를 운영하신다고 들었어요. 꼭 가보고 싶네요."),
]


@pytest.mark.parametrize(("notes", "text"), OTHER_PLACE)
def test_another_place_is_no_evidence(notes, text):
    assert verdict_of(text, notes).decision == "refuse"


@pytest.mark.parametrize(("a", "b"), [
    ("Florence", "Firenze"), ("Florence", "フィレンツェ"), ("Munich", "Monaco di Baviera"),
    ("Munich", "München"), ("Lisbon", "Lissabon"), ("Cologne", "Köln"), ("Kenya", "Quénia"),
    ("Florence", "피렌체"), ("Lisbon", "Lisboa"),
])
def test_exonyms_name_one_place(a, b):
    assert find(a)[0][0] == find(b)[0][0]


def test_common_words_are_no_places():
    assert find("a nice turkey sandwich") == []
    assert find("Milano")[0][0] != find("Florence")[0][0]
    assert find("아로마 오일") == []  # aroma, not Rome (로마)
    assert find("パリパリのクッキー") == []
    assert [p for p, _, _ in find("로마에서")] == [p for p, _, _ in find("Rome")]


_NAMES = st.sampled_from(["Florence", "Firenze", "Florenz", "Florencia", "佛罗伦萨", "フィレンツェ",
                          "피렌체", "Milano", "München", "Lisboa", "Köln"])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_NAMES, st.sampled_from(["Ci vediamo a ", "We met in ", "在", "昨日は"]),
       st.sampled_from([" soon.", "。", " im Mai", ""]))
def test_a_place_is_found_wherever_it_stands(name, before, after):
    text = before + name + after
    found = find(text)
    assert len(found) == 1
    place, start, end = found[0]
    assert text[start:end] == name and place == find(name)[0][0]


# --- one place written otherwise: the table, nicknames, initials ---------------------------

from orchestrator.policy.customization.places import initialism, same  # noqa: E402


@pytest.mark.parametrize(("said", "recorded"), [
    ("Napoli", "Naples"), ("Mailand", "Milano"), ("Floripa", "Florianópolis"),
    ("BH", "Belo Horizonte"), ("RJ", "Rio de Janeiro"), ("SP", "São Paulo, 2025"),
    ("BH", "Café em Belo Horizonte"), ("Keulen", "Köln"), ("柏林", "Berlin"),
    ("광저우", "Guangzhou"), ("Kanton", "Canton"),
])
def test_one_place_written_otherwise_is_the_same_place(said, recorded):
    assert same(said, recorded)


@pytest.mark.parametrize(("said", "recorded"), [
    ("Napoli", "Florence"), ("SP", "Belo Horizonte"), ("bh", "Belo Horizonte"),
    ("Bh", "Belo Horizonte"), ("B", "Bremen"), ("BR", "Bremen"), ("Linz", "Graz"),
])
def test_another_place_or_no_initials_is_not(said, recorded):
    assert not same(said, recorded)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet="BCDFGHKLMNPRSTVZ", min_size=1, max_size=1).map(
    lambda c: c + "aro"), min_size=2, max_size=3))
def test_the_capitals_of_a_multi_word_name_are_its_initials(words):
    name = " ".join(words)
    assert initialism("".join(w[0] for w in words), name)
    assert not initialism("".join(w[0] for w in words).lower(), name)
    assert not initialism(words[0][0], name)


def test_the_table_is_read_on_first_use_only():
    import subprocess
    import sys

    code = ("import orchestrator.policy.customization.places as p; "
            "assert not p._READ; p.find('Napoli'); assert p._READ")
    subprocess.run([sys.executable, "-c", code], check=True)


TRANSLATED_PLACE = [
    # The recorded place in the message's language, after another preposition than the
    # record's: no clash with the record's place.
    ("Met at a Lyon street-food market; wants a coffee cargo bike.",
     "Ciao Ottavia, al mercato di street food a Lione parlavamo della tua bici cargo per il "
     "caffè: ti mando le foto del telaio?", "allow"),
    ("Nos conhecemos na Feira do Livro em São Paulo, 2024.",
     "Oi Ottavia, foi ótimo te conhecer na Feira do Livro em SP! Separei aquele título.",
     "allow"),
    ("Nos conhecemos na Feira do Livro em São Paulo, 2024.",
     "Oi Ottavia, foi ótimo te conhecer na Feira do Livro em BH! Separei aquele título.",
     "refuse"),
    # Beside a recorded word ("workshop"), the translated place is a second piece.
    ("Ran a workshop on terracotta glazes in Florence.",
     "Ciao Ottavia, il tuo workshop a Firenze mi ha fatto ripensare un pavimento intero.",
     "allow"),
]


@pytest.mark.parametrize(("notes", "text", "decision"), TRANSLATED_PLACE)
def test_a_place_written_otherwise_beside_the_detail(notes, text, decision):
    assert verdict_of(text, notes).decision == decision
