"""Each built-in rule on its own: what it refuses, what it lets through, what it says."""

from __future__ import annotations

import pytest
from policy.policy_helpers import batch, contact, draft

from orchestrator.policy import evaluate

NOTES = "Met at Ocean Energy Europe in Dublin; compared notes on tidal turbine blade coatings."
GOOD = "Ada, still thinking about your blade coatings results from Ocean Energy Europe."


def verdict_of(text: str, who=None, **batch_extra):
    return evaluate(batch(draft("d", text, who or contact(notes=NOTES)), **batch_extra))["d"]


def codes(verdict) -> list[str]:
    return [r.code for r in verdict.reasons]


def reason(verdict, code):
    return next(r for r in verdict.reasons if r.code == code)


# --- placeholders --------------------------------------------------------------------------

@pytest.mark.parametrize("slot", [
    "{{first_name}}", "{{ contact.first_name }}", "{first_name}", "[First Name]", "<NAME>",
    "%FIRSTNAME%", "*|FNAME|*", "${firstName}", "<<FirstName>>", "[[FirstName]]", "[Company]",
    "FIRSTNAME", "*FNAME*", "[FIRST_NAME]", "{{project_name}}", "{% if company %}", "[Prénom]",
    "<Nombre>", "__FIRST_NAME__", "first_name", "[Insert detail here]",
])
def test_every_placeholder_style_refuses(slot):
    verdict = verdict_of(f"{GOOD} Say hi to {slot} for me.")
    assert verdict.decision == "refuse"
    assert slot in reason(verdict, "placeholder").message


@pytest.mark.parametrize("prose", [
    "See the paper [1] and [2, 3].", "I <3 tidal power.", "Write to me at <rowan@example.com>.",
    "Our R&D lead will be there.", "ASCO, KRAS G12C, BNPL, SMED and AI all came up.",
    "Slides: https://example.com/deck?id={abc}&x=%20y", "It was *IMPORTANT* [sic].",
    "Margins rose 20% to 35%.", "Q&A after the talk.", "Details in [the appendix](https://x.io).",
])
def test_prose_that_looks_like_syntax_is_not_a_placeholder(prose):
    verdict = verdict_of(f"{GOOD} {prose}")
    assert "placeholder" not in codes(verdict)
    assert verdict.allowed


# --- platform defaults and generic notes ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "I'd like to add you to my professional network on LinkedIn.",
    "Ada, I'd love to add you to my LinkedIn network!",
    "Hi Ada, let's connect!",
    "Thanks so much for the follow! 🙌",
    "Me gustaría añadirte a mi red profesional.",
    "Ich würde mich gerne mit Ihnen vernetzen.",
    "Bonjour Ada, j'aimerais vous inviter à rejoindre mon réseau.",
    "Ada, I'd be honored to join your network.",
    "Hi Ada,\n\nI hope this email finds you well. Just following up on my last note.",
])
def test_default_and_generic_notes_are_refused(text):
    verdict = verdict_of(text, contact(notes=NOTES))
    assert "platform-default" in codes(verdict)


def test_channel_phrases_come_from_the_batch():
    phrase = "Welcome aboard the wombat express"
    text = "Hi Ada, welcome aboard the wombat express!"
    assert "platform-default" not in codes(verdict_of(text))
    verdict = verdict_of(text, default_phrases=(phrase,))
    assert "linkedin default note" in reason(verdict, "platform-default").message


def test_a_default_phrase_next_to_a_real_detail_is_fine():
    verdict = verdict_of(f"Thanks for connecting! {GOOD}")
    assert verdict.allowed


@pytest.mark.parametrize("text", ["", "   ", "Hi Ada,", "Dear Ada Byron,\n\nBest regards"])
def test_empty_messages(text):
    verdict = verdict_of(text)
    assert codes(verdict) == ["empty"]


# --- customization ---------------------------------------------------------------------------

def test_mail_merge_quotes_the_merge_fields():
    verdict = verdict_of("Hi Ada, I see you're Head of Research at Lovelace Labs. Let's talk!")
    message = reason(verdict, "mail-merge-only").message
    assert "'Head of Research'" in message and "'Lovelace Labs'" in message
    assert "Ocean Energy Europe" in message  # the fix suggests a recorded detail


def test_company_and_title_in_the_notes_are_not_details():
    who = contact(notes="Head of Research at Lovelace Labs since 2019.")
    verdict = verdict_of("Ada, Lovelace Labs must be lucky to have a Head of Research like you.",
                         who)
    assert verdict.decision == "refuse"


def test_acronyms_are_names_in_every_language():
    who = contact(notes="Met at the DIA annual meeting in San Diego.")
    assert verdict_of("Ada, great seeing you at DIA in San Diego!", who).allowed


def test_a_contact_without_a_record_cannot_pass():
    verdict = verdict_of("Ada, your talk on tidal turbine blade coatings was superb.", contact())
    assert verdict.decision == "refuse"
    assert "Nothing is recorded about Ada" in verdict.reasons[-1].message


def test_vague_claims_are_named():
    verdict = verdict_of("Ada, loved your recent post! Let's chat soon.")
    assert "'loved your recent post'" in reason(verdict, "no-specific-detail").message


def test_contradictions_quote_both_sides():
    verdict = verdict_of("Ada, great meeting you at Wind Europe in Copenhagen!")
    message = reason(verdict, "no-specific-detail").message
    assert "'Wind Europe'" in message and "'Copenhagen'" in message
    assert "'Ocean Energy Europe'" in message and "'Dublin'" in message


def test_a_contradicted_event_refuses_even_when_a_place_matches():
    verdict = verdict_of("Ada, great meeting you at Marine Power Week in Dublin!")
    assert "no-specific-detail" in codes(verdict)


@pytest.mark.parametrize(("notes", "text", "said", "recorded"), [
    ("Posted about closing their Series A.", "Congrats on the Series B!", "Series B", "Series A"),
    ("Mutual: Priti Venkat (co-investigator).", "Ada, Priti Sharma says hello!", "Priti Sharma",
     "Priti Venkat"),
])
def test_a_name_half_right_contradicts_the_record(notes, text, said, recorded):
    message = reason(verdict_of(text, contact(notes=notes)), "no-specific-detail").message
    assert f"'{said}'" in message and f"'{recorded}'" in message


def test_a_name_shortened_or_extended_is_not_a_contradiction():
    who = contact(notes="Met at Shoptalk Europe in Barcelona.")
    assert verdict_of("Ada, great seeing you at Shoptalk!", who).allowed
    assert verdict_of("Ada, great seeing you at Shoptalk Europe Barcelona!", who).allowed


def test_names_the_record_does_not_know_are_vague_claims():
    who = contact(notes="Mutual: Tom Okafor, who worked with her at Fathom.")
    verdict = verdict_of("Hi Ada, Sarah Chen suggested I reach out.", who)
    assert "'Sarah Chen'" in reason(verdict, "no-specific-detail").message


@pytest.mark.parametrize(("notes", "interests", "text"), [
    ("Wrote a case study on removing the coupon field from checkout.", (),
     "Ada, your case study on killing the coupon field at checkout was brilliant."),
    ("Mutual: Priti Venkat (co-investigator).", (), "Priti Venkat says hello!"),
    ("", ("snowmelt hydrology",), "Ada, I noticed we share an interest in snowmelt hydrology."),
    ("Travaille sur les essais décentralisés en oncologie.", (),
     "Ada, I hear you work on decentralized oncology trials."),
    ("Posted about reaching 100 patients enrolled in the LUMEN-3 study.", (),
     "Congrats on enrolling your 100th patient in LUMEN-3!"),
])
def test_details_match_through_paraphrase_inflection_and_language(notes, interests, text):
    verdict = verdict_of(text, contact(notes=notes, interests=interests))
    assert verdict.allowed, [r.message for r in verdict.reasons]
    assert verdict.evidence


@pytest.mark.parametrize(("notes", "text", "allowed"), [
    ("Met at the Emergency Nurses Association meeting in Denver.", "Great meeting you at ENA!",
     True),
    ("Met at ENA 2024 in Las Vegas.", "Great meeting you at the Emergency Nurses Association!",
     True),
    ("Met at ENA 2024 in Las Vegas.", "Great meeting you at the American Nurses Association!",
     False),
])
def test_names_match_their_acronyms(notes, text, allowed):
    assert verdict_of(text, contact(notes=notes)).allowed is allowed


def test_a_first_name_that_is_a_word_is_masked_only_as_a_name():
    hope = contact("Hope", notes=NOTES)
    verdict = verdict_of("Hi Hope, hope you're doing well!", hope)
    assert "platform-default" in codes(verdict)
    assert "'Hope'" in reason(verdict, "mail-merge-only").message


def test_a_detail_only_from_the_headline_is_allowed_with_a_warning():
    who = contact(headline="Building tidal turbine simulators at Lovelace Labs")
    verdict = verdict_of("Ada, I see you're building tidal turbine simulators.", who)
    assert verdict.allowed
    assert "headline-only-detail" in [w.code for w in verdict.warnings]
    assert any("(headline)" in e for e in verdict.evidence)


# --- near-duplicates -------------------------------------------------------------------------

TEMPLATE = ("Hi {{ contact.first_name }}, {% if personal_note %}{{ personal_note }} {% endif %}"
            "I run marine partnerships at Quayline and would value connecting.")
BODY = "I run marine partnerships at Quayline and would value connecting."
PEOPLE = [
    ("Ada", "Met at Ocean Energy Europe; asked about blade coatings.",
     "Your question on blade coatings at Ocean Energy Europe stuck with me."),
    ("Mary", "Wrote a paper on tidal resource maps of the Pentland Firth.",
     "Your Pentland Firth resource maps are on my desk."),
    ("Grace", "Mutual: Rosalind Okoye (our advisor).", "Rosalind Okoye said we should talk."),
]


def _templated(with_template: bool):
    drafts = [draft(f"p{n}", f"Hi {name}, {note} {BODY}", contact(name, notes=notes))
              for n, (name, notes, note) in enumerate(PEOPLE)]
    drafts.append(draft("m1", f"Hi Ida, {BODY}", contact("Ida")))
    drafts.append(draft("m2", f"Hi Lise, {BODY}", contact("Lise")))
    return evaluate(batch(*drafts, template=TEMPLATE if with_template else None))


@pytest.mark.parametrize("with_template", [True, False])
def test_shared_template_with_own_sentences_is_not_duplication(with_template):
    verdicts = _templated(with_template)
    for n in range(len(PEOPLE)):
        assert verdicts[f"p{n}"].allowed, verdicts[f"p{n}"].reasons
    for m in ("m1", "m2"):
        assert {"mail-merge-only", "near-duplicate"} <= set(codes(verdicts[m]))


def test_reordered_and_reworded_copies_are_duplicates_even_with_true_details():
    notes = "Met at Ocean Energy Europe; discussed blade coatings."
    texts = ["Hi {n}, great talking blade coatings at Ocean Energy Europe. Let's keep in touch!",
             "Hi {n}, let's keep in touch! Great talking blade coatings at Ocean Energy Europe.",
             "Hi {n}, lovely talking blade coatings at Ocean Energy Europe. Let's keep in touch!"]
    names = ["Ada", "Mary", "Grace"]
    verdicts = evaluate(batch(*[draft(n, t.format(n=n), contact(n, notes=notes))
                                for n, t in zip(names, texts)]))
    for name in names:
        assert codes(verdicts[name]) == ["near-duplicate"]
        assert "Once names are swapped" in verdicts[name].reasons[0].message


def test_same_frame_with_each_persons_own_recorded_detail_is_not_duplication():
    a = draft("a", "Ada, congrats on your CPN certification!", contact("Ada", notes="Earned CPN."))
    b = draft("b", "Mary, congrats on your CCRN certification!",
              contact("Mary", notes="Earned CCRN."))
    verdicts = evaluate(batch(a, b))
    assert verdicts["a"].allowed and verdicts["b"].allowed


def test_templates_that_do_not_render_degrade_gracefully():
    broken = "Hi {{ contact.first_name , {% for %}"
    strict = "Hi {{ contact.first_name | int }} {{ undefined_thing.deep.er }}"
    for template in (broken, strict):
        verdicts = evaluate(batch(draft("a", GOOD, contact(notes=NOTES)), template=template))
        assert verdicts["a"].allowed


# --- length and introduction -----------------------------------------------------------------

def test_too_long_says_the_limit_the_length_and_the_cut():
    text = GOOD + " " + "More words here. " * 20
    verdict = verdict_of(text, max_length=300)
    message = reason(verdict, "too-long").message
    assert f"{len(text)} characters" in message and "300-character" in message
    assert f"Shorten it by at least {len(text) - 300} characters" in message


def test_subject_length_is_checked_too():
    who = contact(notes=NOTES)
    d = draft("d", GOOD, who, subject="Blade coatings " * 20)
    verdict = evaluate(batch(d, kind="email", channel="email", max_subject_length=100))["d"]
    assert "The subject is 300 characters, 200 over" in reason(verdict, "too-long").message


@pytest.mark.parametrize(("first_contact", "kind", "warned"), [
    (True, "follow-up", True), (False, "invitation", False), (None, "invitation", True),
    (None, "dm", True), (None, "follow-up", False),
])
def test_self_introduction_warning(first_contact, kind, warned):
    d = draft("d", GOOD, contact(notes=NOTES), first_contact=first_contact)
    verdict = evaluate(batch(d, kind=kind))["d"]
    assert verdict.allowed
    assert ("no-self-introduction" in [w.code for w in verdict.warnings]) is warned


@pytest.mark.parametrize("intro", ["I'm Rowan, I build wave tank sensors.",
                                   "We're building sensors at Quayline.",
                                   "Je suis ingénieure chez Quayline.", "Best,\nRowan Vale"])
def test_an_introduction_silences_the_warning(intro):
    verdict = verdict_of(f"{GOOD} {intro}")
    assert "no-self-introduction" not in [w.code for w in verdict.warnings]
