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
    "｛名前｝", "｛company｝", "['cross-border logistics', 'DTC branding']",
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


# --- scripts without spaces ----------------------------------------------------------------------

def cjk(first: str, last: str, notes: str, company: str = "鲜达物流", title: str = "运营总监"):
    return contact(first, notes=notes, company=company, title=title, last=last)


@pytest.mark.parametrize(("who", "text"), [
    (cjk("晓东", "陈", "在上海国际冷链物流峰会上认识；聊了冷库温度监控的误报问题。"),
     "晓东您好，上海冷链峰会上您讲的冷库温控误报问题我一直记着。"),
    (cjk("芳", "王", "她在WAIC 2024上做了关于大模型推理成本的分享。"),
     "王芳你好！WAIC 2024上你关于大模型推理成本的分享很有启发。"),
    (cjk("花子", "田中", "Japan IT Week 秋で出会った。在庫予測について議論した。", "東邦ロジ", "部長"),
     "田中様、Japan IT Weekでお話しした在庫予測の件、その後いかがでしょうか。"),
    (cjk("민준", "김", "Kakao 판교 오피스에서 챗봇 팀을 이끌고 있음.", "카카오", "개발자"),
     "민준님, Kakao에서 챗봇 팀 이끄신다는 이야기 인상 깊었어요!"),
])
def test_details_match_in_chinese_japanese_and_korean(who, text):
    verdict = verdict_of(text, who)
    assert verdict.allowed, [r.message for r in verdict.reasons]
    assert verdict.evidence


@pytest.mark.parametrize(("who", "text", "code"), [
    (cjk("娜", "李", "在深圳的跨境电商大会上交换了名片。"), "李娜您好，上次活动上聊得很开心！",
     "no-specific-detail"),
    (cjk("洋", "刘", "关注了我们的公众号。", "华越科技", "产品经理"),
     "刘洋您好，看到您是华越科技的产品经理，希望能和您建立联系。", "mail-merge-only"),
    (cjk("翔", "伊藤", "展示会で名刺交換した。", "青葉物産", "担当"), "伊藤様、先日はありがとうございました。",
     "no-specific-detail"),
    (cjk("大輔", "山本", "", "丸和倉庫", "課長"), "〇〇様の会社の在庫管理について伺いたいです。",
     "placeholder"),
])
def test_cjk_messages_without_a_detail_are_refused(who, text, code):
    assert code in codes(verdict_of(text, who))


def test_a_cjk_name_is_a_merge_field_with_the_bigrams_around_it():
    who = cjk("伟", "王", "在上海物流峰会上认识，讨论了冷链预测。")
    message = reason(verdict_of("王伟你好，祝你一切顺利。", who), "mail-merge-only").message
    assert "'王伟'" in message


# --- notes in one steady style -------------------------------------------------------------------

STEADY = ("Hi {{ contact.first_name }},\n\n{{ contact.notes }}\n\nI'm building Fathomly, a research "
          "tracker for lab teams, and would value 20 minutes.\n\nBest,\nRowan")


def test_steady_style_notes_quoted_by_the_template_are_personal():
    events = ["a Perth mining-tech dinner", "BioFocus in Basel", "Hamburg Logistics Week"]
    topics = ["CRISPR screening assays", "autonomous haul trucks", "kelp farming", "battery recycling"]
    follow = ["the benchmark I mentioned", "our pilot results", "my notes from the session"]
    drafts = []
    for n, (e, t, f) in enumerate((e, t, f) for e in events for t in topics for f in follow):
        notes = f"Met at {e}; we argued about {t} and I owe a follow-up on {f}."
        name = f"Person{chr(65 + n % 26)}{chr(65 + n // 26)}"
        text = STEADY.replace("{{ contact.first_name }}", name).replace("{{ contact.notes }}",
                                                                           notes)
        drafts.append(draft(f"s{n}", text, contact(name, notes=notes)))
    verdicts = evaluate(batch(*drafts, template=STEADY, kind="email", channel="email"))
    refused = {k: codes(v) for k, v in verdicts.items() if not v.allowed}
    assert not refused


def test_a_detail_only_in_shared_text_is_not_called_nothing():
    notes = "Met at Ocean Energy Europe; discussed blade coatings."
    text = "Hi {}, great talking blade coatings at Ocean Energy Europe. I run marine partnerships."
    names = ["Ada", "Mary", "Grace", "Ida"]
    records = [notes, "", "", "Likes tides."]
    verdicts = evaluate(batch(*[draft(n, text.format(n), contact(n, notes=r))
                                for n, r in zip(names, records)]))
    for name in names:
        assert "near-duplicate" in codes(verdicts[name])
    ada = verdicts["Ada"]
    assert not any("Nothing in the message is about" in r.message for r in ada.reasons)
    assert "repeat word for word" in reason(ada, "no-specific-detail").message


# --- the generic tricks --------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Hi Ada, I see you're interested in Leadership, Innovation, Technology.",
    "Ada, your interests in Leadership, Innovation and Technology caught my eye. Let's connect!",
])
def test_pasted_interest_tags_are_mail_merge(text):
    who = contact(interests=("Leadership", "Innovation", "Technology"))
    assert {"mail-merge-only", "no-specific-detail"} <= set(codes(verdict_of(text, who)))


def test_interests_with_something_said_about_them_pass():
    who = contact(interests=("SaaS pricing", "churn modelling"))
    text = ("Ada, since you follow both SaaS pricing and churn modelling: annual plans cut churn "
            "by a third for our mid-market accounts.")
    assert verdict_of(text, who).allowed


@pytest.mark.parametrize(("notes", "text", "said"), [
    ("Met at Web Summit in Lisbon; talked about climate funds.",
     "Ada, great chatting at Web Summit in Porto about climate funds.", "Porto"),
    ("Met at ENA 2024 in Las Vegas; talked about triage models.",
     "Ada, great talking triage models with you at ENA 2023!", "ENA 2023"),
    ("Spoke at MWC Barcelona about open RAN energy savings.",
     "Ada, your MWC Barcelona talk on satellite backhaul was the best of the week.",
     "satellite backhaul"),
])
def test_the_right_occasion_with_the_wrong_facts_contradicts(notes, text, said):
    assert f"'{said}'" in reason(verdict_of(text, contact(notes=notes)), "no-specific-detail").message


@pytest.mark.parametrize(("notes", "text"), [
    ("Met at Web Summit in Lisbon; talked about climate funds.",
     "Great to meet you in Lisboa at Web Summit, Ada! Still thinking about climate funds."),
    ("Met at Nordic Fleet Days in Köln; discussed tyre telemetry.",
     "Ada, good to talk tyre telemetry at Nordic Fleet Days in Cologne."),
    ("Met at Web Summit in Lisbon; talked about climate funds.",
     "Ada, great chatting at Web Summit about climate funds; we launch in Q3 in Berlin."),
    ("Spoke at Money20/20 about instant payouts for gig workers.",
     "Ada, your talk on the main stage at Money20/20 about instant payouts was the best."),
    ("Wrote a piece in Wired on synthetic data for hospitals.",
     "Ada, your Wired piece on synthetic hospital data made the rounds in our Slack."),
    ("Met at Ocean Energy Europe in Dublin; discussed blade coatings.",
     "Ada, still thinking about blade coatings since Ocean Energy Europe. I'll be at Wind "
     "Europe in Copenhagen in April if you are around."),
])
def test_translations_additions_and_the_senders_own_claims_are_not_contradictions(notes, text):
    verdict = verdict_of(text, contact(notes=notes))
    assert verdict.allowed, [r.message for r in verdict.reasons]


@pytest.mark.parametrize("text", ["Congrats on the award, Ada! 🏆", "Loved your podcast, Ada!"])
def test_vague_praise_hooked_to_one_record_word_is_vague(text):
    who = contact(notes="Won the Golden Quill Award; hosts the On Call podcast.")
    assert "no-specific-detail" in codes(verdict_of(text, who))


@pytest.mark.parametrize("slot", ["$name", "$firstname", "$FIRST_NAME", "$firstName", "#name#"])
def test_shell_style_placeholders(slot):
    assert slot in reason(verdict_of(f"Hi {slot}, {GOOD}"), "placeholder").message


@pytest.mark.parametrize("prose", ["It costs $5 a month.", "$AAPL rose.", "We ranked #1# twice."])
def test_dollar_amounts_and_tickers_are_not_placeholders(prose):
    assert "placeholder" not in codes(verdict_of(f"{GOOD} {prose}"))


# --- greetings rendered from what is not a name ----------------------------------------------------

@pytest.mark.parametrize(("first", "greeting"), [
    ("🙂", "Hi 🙂,"), ("Dr.", "Dear Dr.,"), ("-", "Hello -,"), ("N/A", "Hi N/A!"), ("", "Hi ,"),
])
def test_a_greeting_from_a_non_name_is_a_render_problem(first, greeting):
    verdict = verdict_of(f"{greeting} {GOOD}", contact(first, notes=NOTES))
    assert codes(verdict)[0] == "render-problem"
    assert greeting.rstrip(",!") in reason(verdict, "render-problem").message


def test_an_honorific_before_the_family_name_is_fine():
    assert verdict_of(f"Dear Dr. Byron, {GOOD}", contact("Dr.", notes=NOTES)).allowed


@pytest.mark.parametrize(("who", "text"), [
    (contact(interests=("zero-waste retail", "bulk bins")),
     "Hi Ada! I saw you're into zero-waste retail and bulk bins; we model bulk-bin refills too."),
    (contact(notes="Presentó en Retail Forum Madrid sobre la merma en frutas y verduras."),
     "Your Retail Forum Madrid talk on fruit and veg shrink was the best of the day."),
])
def test_a_tag_taken_up_again_and_a_subject_paraphrased_across_languages_pass(who, text):
    verdict = verdict_of(text, who)
    assert verdict.allowed, [r.message for r in verdict.reasons]


# --- placeholders in every language, and plain parentheses ----------------------------------

@pytest.mark.parametrize("slot", [
    "<<nome>>", "[nome]", "<<azienda>>", "[Cognome]", "{nome}", "[sobrenome]", "<empresa>",
    "[Nombre]", "<<Vorname>>", "[prénom]", "(Your Name)", "(nome)", "(Vorname Nachname)",
    "(Company Name)", "(nome do cliente)", "(FIRST_NAME)", "(insert name here)", "（お名前）",
    "[会社名]", "<이름>", "(seu nome)", "(tu nombre)", "(votre nom)", "(il tuo nome)", "(Ihr Name)",
    "%SPECIALTY%", "#SEGMENTO#", "%NOM ENTREPRISE%", "[밴드명]", "[公司名称]", "[バンド名]",
    "<<고객 이름>>",
])
def test_field_words_of_every_language_in_any_bracket_style_refuse(slot):
    assert slot in reason(verdict_of(f"{GOOD} {slot}"), "placeholder").message


@pytest.mark.parametrize("prose", [
    "The panel (Mobile World Congress) ran long.", "Our team (name withheld) agrees.",
    "Air freight (cargo) and sea (email me).", "See the deck (page 4).", "(Your call!)",
    "Il tuo intervento (bellissimo) a Dublino.", "A empresa (fundada em 2019) cresceu.",
    "Margins rose 20% to 35%.", "C# and F# teams.", "It was *NEW* to me.", "Growth: 50% OFF%.",
])
def test_ordinary_parentheses_are_not_placeholders(prose):
    assert "placeholder" not in codes(verdict_of(f"{GOOD} {prose}"))


@pytest.mark.parametrize(("first", "greeting"), [
    ("Dra.", "Hola Dra.,"), ("Sig.ra", "Gentile Sig.ra,"), ("Dott.ssa", "Buongiorno Dott.ssa,"),
    ("Doutora", "Olá Doutora,"), ("Señora", "Hola Señora,"), ("Sr.ª", "Olá Sr.ª,"),
    ("Mademoiselle", "Bonjour Mademoiselle,"), ("Herrn", "Hallo Herrn,"), ("先生", "先生您好，"),
    ("様", "様、"), ("고객님", "고객님,"),
])
def test_an_honorific_in_any_language_is_not_a_first_name(first, greeting):
    verdict = verdict_of(f"{greeting} {GOOD}", contact(first, notes=NOTES))
    assert codes(verdict)[0] == "render-problem"


# --- interest tags pasted as a list, in every language -----------------------------------------

@pytest.mark.parametrize(("tags", "text"), [
    (("Logistics", "Robotics", "Leadership"),
     "Hi Ada,\n\nI noticed you're into Logistics, Robotics and Leadership. Those are exactly the "
     "fields Quayline builds planning software for.\n\nBest,\nRowan"),
    (("Nachhaltigkeit", "Logistik", "Robotik"),
     "Hallo Ada,\n\nich sehe, Sie interessieren sich für Nachhaltigkeit, Logistik und Robotik."
     "\n\nQuayline plant Lagerroboter für mittelständische Händler."),
    (("Logística", "Robótica", "Liderazgo"),
     "Hola Ada:\n\nHe visto que te interesan la Logística, la Robótica y el Liderazgo.\n\n"
     "Quayline planifica almacenes automáticos para distribuidores medianos."),
    (("Logistique", "Robotique", "Leadership"),
     "Bonjour Ada,\n\nj'ai remarqué que la Logistique, la Robotique et le Leadership vous "
     "intéressent.\n\nQuayline conçoit des entrepôts automatisés."),
    (("Logistica", "Robotica", "Leadership"),
     "Ciao Ada,\n\nho visto che ti interessano Logistica, Robotica e Leadership.\n\n"
     "Quayline progetta magazzini automatici per distributori."),
    (("Logística", "Robótica", "Liderança"),
     "Olá Ada,\n\nvi que você se interessa por Logística, Robótica e Liderança.\n\n"
     "A Quayline projeta armazéns automáticos para distribuidores."),
    (("物流", "机器人", "领导力"), "Ada您好，看到您对物流、机器人和领导力都很感兴趣，我也是！"),
    (("物流", "ロボット", "リーダーシップ"),
     "Ada様\n\n物流、ロボット、リーダーシップにご関心があると拝見しました。"),
    (("물류", "로봇", "리더십"), "Ada님, 물류, 로봇, 리더십에 관심 있으시다고 봤어요. 저도요!"),
    (("Logistics", "Robotics", "Leadership"),
     "Ada - Logistics, Robotics, Leadership: all close to my heart too!"),
    (("物流", "机器人", "领导力"), "Ada您好，您关注的物流、机器人和领导力也是我们关注的方向，期待交流。"),
    (("Logistique", "Robotique", "Leadership"),
     "Bonjour Ada, je sais que la Logistique, la Robotique et le Leadership vous tiennent à cœur."),
    (("Logística", "Robótica", "Liderança"),
     "Olá Ada, sei que você curte Logística, Robótica e Liderança. Vamos conectar?"),
    (("Logistik", "Robotik", "Führung"),
     "Hallo Ada, Logistik, Robotik und Führung sind offenbar Ihre Themen – meine auch!"),
    (("Logistica", "Robotica", "Leadership"),
     "Ciao Ada, so che ami la Logistica, la Robotica e la Leadership. Restiamo in contatto!"),
])
def test_pasted_interest_tags_are_mail_merge_in_every_language(tags, text):
    verdict = verdict_of(text, contact(interests=tags))
    assert "mail-merge-only" in codes(verdict), [r.message for r in verdict.reasons]


def test_a_subject_and_a_pitch_that_name_the_tags_say_nothing_about_them():
    who = contact(interests=("Retail", "Payments", "Fraud"))
    text = ("Hi Ada,\n\nI see you're interested in Retail, Payments and Fraud.\n\nQuayline "
            "builds fraud scoring for retail payments at corner shops.\n\nBest,\nRowan")
    verdict = evaluate(batch(draft("d", text, who, subject="Retail payments and fraud"),
                             kind="email", channel="email"))["d"]
    assert "mail-merge-only" in codes(verdict)


@pytest.mark.parametrize(("tags", "text"), [
    (("desalination", "membrane fouling"),
     "Ada, since desalination and membrane fouling are your areas: our pilot cut cleaning "
     "cycles at the Haifa plant from weekly to monthly."),
    (("Logistik", "Robotik"),
     "Hallo Ada, Sie interessieren sich für Logistik und Robotik: wie viele Kommissionierroboter "
     "laufen bei Ihnen schon im Tiefkühllager?"),
    (("物流", "自动化"), "Ada您好，看到您关注物流和自动化：我们在苏州仓的AGV项目把拣货效率提高了30%。"),
])
def test_tags_with_something_said_about_them_pass(tags, text):
    verdict = verdict_of(text, contact(interests=tags))
    assert verdict.allowed, [r.message for r in verdict.reasons]


# --- the right occasion in the wrong city, wherever the occasion is named ------------------------

@pytest.mark.parametrize(("notes", "wrong", "right"), [
    ("Met at Harbour Tech Days in Bergen; talked about battery ferries.",
     "Since Harbour Tech Days in Oslo I keep thinking about your battery ferries.",
     "Since Harbour Tech Days in Bergen I keep thinking about your battery ferries."),
    ("Spoke at Harbour Tech Days in Bergen about battery ferries.",
     "Ada, your Harbour Tech Days keynote in Oslo on battery ferries was great.",
     "Ada, your Harbour Tech Days keynote in Bergen on battery ferries was great."),
    ("Auf der Hafen-Expo in Kiel getroffen; sprach über Batteriefähren.",
     "Schön, dass wir uns auf der Hafen-Expo in Rostock kennengelernt haben! Batteriefähren!",
     "Schön, dass wir uns auf der Hafen-Expo in Kiel kennengelernt haben! Batteriefähren!"),
    ("Conocida en Puertos Verdes en Bilbao; habló de ferris eléctricos.",
     "Desde Puertos Verdes en Vigo sigo pensando en tus ferris eléctricos.",
     "Desde Puertos Verdes en Bilbao sigo pensando en tus ferris eléctricos."),
    ("Incontrata a Porti Verdi a Genova; ha parlato di traghetti elettrici.",
     "Da Porti Verdi a Trieste penso ai tuoi traghetti elettrici.",
     "Da Porti Verdi a Genova penso ai tuoi traghetti elettrici."),
])
def test_the_right_occasion_in_the_wrong_city_contradicts_the_record(notes, wrong, right):
    who = contact(notes=notes)
    assert "no-specific-detail" in codes(verdict_of(wrong, who))
    verdict = verdict_of(right, who)
    assert verdict.allowed, [r.message for r in verdict.reasons]


def test_an_occasion_sharing_words_with_the_senders_headline_is_still_compared():
    who = contact(notes="Met at Battery Ferry Forum in Bergen; talked about charging masts.")
    text = "Great meeting you at Battery Ferry Forum in Oslo, Ada! Your charging masts stuck."
    verdict = verdict_of(text, who, sender_headline="Founder at Quayline (battery ferry charging)")
    assert "no-specific-detail" in codes(verdict)
    assert "Oslo" in reason(verdict, "no-specific-detail").message


# --- a recorded name shortened to initials is the same name -----------------------------------

@pytest.mark.parametrize(("notes", "text"), [
    ("Wrote a thread on how Apple Mail Privacy Protection inflates open rates.",
     "Ada, your thread on Apple MPP inflating open rates is the clearest explainer I've read."),
    ("Runs the night trains at Deutsche Bahn Cargo; posted about wagon sensors.",
     "Ada, your post on wagon sensors for the DB Cargo night trains was great."),
    ("Presentó en el Foro Nacional de Hidrógeno Verde sobre electrolizadores.",
     "Ada, tu charla en el FNHV sobre electrolizadores fue la mejor."),
])
def test_a_recorded_name_shortened_to_its_initials_is_no_near_miss(notes, text):
    verdict = verdict_of(text, contact(notes=notes))
    assert verdict.allowed, [r.message for r in verdict.reasons]


def test_a_name_with_other_initials_is_still_a_near_miss():
    notes = "Wrote a thread on how Apple Mail Privacy Protection inflates open rates."
    text = "Ada, your thread on Apple MTP inflating open rates is the clearest I've read."
    assert "no-specific-detail" in codes(verdict_of(text, contact(notes=notes)))


# --- a piece of a long generic word is generic only inside it ----------------------------------

@pytest.mark.parametrize(("notes", "text"), [
    ("「ワークスタイル展」東京で名刺交換。", "伊藤様、「ワークスタイル展」ではありがとうございました。"),
    ("「プロテインEXPO」で名刺交換。", "伊藤様、「プロテインEXPO」ではお世話になりました。"),
])
def test_a_katakana_name_holding_a_piece_of_a_generic_word_matches(notes, text):
    verdict = verdict_of(text, contact("翔", last="伊藤", notes=notes))
    assert verdict.allowed, [r.message for r in verdict.reasons]


def test_the_whole_generic_word_stays_generic():
    who = contact("翔", last="伊藤", notes="ネットワークの勉強会で会いました。")
    assert not verdict_of("伊藤様、ネットワークを広げたいと思いご連絡しました。", who).allowed


# --- Korean: a stem joined to its endings is no word; stock phrases ----------------------------

@pytest.mark.parametrize("text", [
    "지호님, 반갑습니다! 좋은 인연이 되었으면 합니다. 앞으로도 연락 주고받으면 좋겠습니다.",
    "지호님, 좋은 인연 이어가고 싶습니다. 앞으로 잘 부탁드립니다!",
])
def test_a_korean_stock_note_is_boilerplate_even_when_the_notes_hold_it(text):
    who = contact("지호", last="한", notes="반갑습니다! 좋은 인연이 되었으면 합니다.")
    verdict = verdict_of(text, who)
    assert verdict.decision == "refuse"
    assert {"platform-default", "mail-merge-only"} & set(codes(verdict))


@pytest.mark.parametrize(("notes", "text"), [
    ("부산에서 열린 해양플랜트 박람회에서 만났음. 수소선박 개발 담당.",
     "지호님, 부산 해양플랜트 박람회에서 들은 수소선박 개발 얘기 잘 들었습니다."),
    ("카카오에서 추천 알고리즘을 개발함.", "지호님, 카카오의 추천 알고리즘 이야기 정말 흥미로웠어요."),
])
def test_korean_details_match_whatever_their_particles(notes, text):
    verdict = verdict_of(text, contact("지호", last="한", notes=notes))
    assert verdict.allowed, [r.message for r in verdict.reasons]


# --- the right talk on the wrong subject, in every language with spaces ------------------------

@pytest.mark.parametrize(("notes", "wrong", "right"), [
    ("Nos conocimos en Solaria en Valencia; habló de inversores híbridos.",
     "Ada, me encantó hablar contigo en Solaria sobre baterías de flujo.",
     "Ada, me encantó hablar contigo en Solaria de tus inversores híbridos."),
    ("A parlé à Vinexpo des bouchons en liège.",
     "Ada, super ta conf à Vinexpo sur les étiquettes connectées !",
     "Ada, super ta conf à Vinexpo sur les bouchons en liège !"),
    ("Ha parlato a Cibus dell'imballaggio compostabile.",
     "Ada, il tuo intervento a Cibus sulla logistica del freddo era ottimo!",
     "Ada, il tuo intervento a Cibus sull'imballaggio compostabile era ottimo!"),
    ("Conversamos na Fispal sobre embalagens retornáveis.",
     "Ada, adorei a conversa na Fispal sobre rótulos inteligentes!",
     "Ada, adorei a conversa na Fispal sobre embalagens retornáveis!"),
    ("Hielt auf der Anuga einen Vortrag über Mehrwegverpackungen.",
     "Hallo Ada, Ihr Vortrag auf der Anuga zu Kühlketten war klasse!",
     "Hallo Ada, Ihr Vortrag auf der Anuga zu Mehrwegverpackungen war klasse!"),
])
def test_the_right_talk_on_another_subject_contradicts_the_record(notes, wrong, right):
    who = contact(notes=notes)
    verdict = verdict_of(wrong, who)
    assert "no-specific-detail" in codes(verdict)
    assert "the record says" in reason(verdict, "no-specific-detail").message
    verdict = verdict_of(right, who)
    assert verdict.allowed, [r.message for r in verdict.reasons]


# --- places and subjects in Chinese, Japanese and Korean ---------------------------------------

@pytest.mark.parametrize(("first", "notes", "wrong", "right"), [
    ("敏", "在成都的「西部物流展」上认识，聊了冷库节能。",
     "王敏您好，很高兴在重庆的「西部物流展」上认识您！",
     "王敏您好，很高兴在成都的「西部物流展」上认识您，冷库节能的思路很受启发！"),
    ("敏", "在成都的「西部物流展」上认识，聊到冷库节能改造。",
     "王敏您好，上次在「西部物流展」听您聊到无人叉车调度，一直记在心上。",
     "王敏您好，上次在「西部物流展」听您聊到冷库节能改造，一直记在心上。"),
    ("蓮", "「食品機械展」福岡で名刺交換。",
     "小林様、「食品機械展」札幌ではありがとうございました。",
     "小林様、「食品機械展」福岡ではありがとうございました。"),
    ("蓮", "「JSConf JP」で型安全なフォーム設計の発表をした。",
     "小林さん、「JSConf JP」でのアニメーション実装の発表、最高でした！",
     "小林さん、「JSConf JP」での型安全なフォーム設計の発表、最高でした！"),
    ("서준", "광주 「에너지 박람회」에서 만남, 태양광 배터리 얘기.",
     "서준님, 인천 「에너지 박람회」에서 뵙게 되어 반가웠어요!",
     "서준님, 광주 「에너지 박람회」에서 태양광 배터리 얘기 나눠서 반가웠어요!"),
    # other shapes: 在X参加Y时, X で開催された「Y」, X에서 열린 「Y」
    ("敏", "在成都的「西部物流展」上认识。", "王敏您好，去年在重庆参加「西部物流展」时认识了您！",
     "王敏您好，去年在成都参加「西部物流展」时认识了您！"),
    ("蓮", "「食品機械展」福岡で名刺交換。", "小林様、札幌で開催された「食品機械展」ではありがとうございました。",
     "小林様、福岡で開催された「食品機械展」ではありがとうございました。"),
    ("서준", "광주 「에너지 박람회」에서 만남.", "서준님, 인천에서 열린 「에너지 박람회」에서 뵙게 되어 반가웠어요!",
     "서준님, 광주에서 열린 「에너지 박람회」에서 뵙게 되어 반가웠어요!"),
    # an unquoted Japanese occasion of mixed letters, up to what makes it one (展, フェア)
    ("蓮", "名古屋の物流DX展で、自動倉庫について話した。",
     "小林様、仙台の物流DX展でお話しした自動倉庫の件、ありがとうございました。",
     "小林様、名古屋の物流DX展でお話しした自動倉庫の件、ありがとうございました。"),
    ("蓮", "神戸で開催された食品安全フェアに出展していた。",
     "小林様、横浜で開催された食品安全フェアでのご出展、拝見しました。",
     "小林様、神戸で開催された食品安全フェアでのご出展、拝見しました。"),
])
def test_cjk_places_and_subjects_that_contradict_the_record(first, notes, wrong, right):
    who = contact(first, last="王", notes=notes)
    verdict = verdict_of(wrong, who)
    assert "no-specific-detail" in codes(verdict)
    assert "the record says" in reason(verdict, "no-specific-detail").message
    verdict = verdict_of(right, who)
    assert verdict.allowed, [r.message for r in verdict.reasons]


# --- saying the reader loved what the record says they hold against -------------------------

@pytest.mark.parametrize(("notes", "text"), [
    ("Left our trial in 2025 citing too many push notifications; prefers a daily digest over "
     "live push.", "Ada, great to hear you loved the live push notifications in our trial!"),
    ("Dejó nuestra prueba quejándose de las notificaciones push.",
     "Ada, me alegra que te encantaron las notificaciones push de la prueba."),
    ("Hat unseren Test verlassen; beschwerte sich über ständige Push-Benachrichtigungen.",
     "Hallo Ada, schön, dass Ihnen die Push-Benachrichtigungen im Test gefallen haben!"),
    ("A quitté notre essai ; s'est plaint des notifications push.",
     "Ada, ravi que vous ayez adoré les notifications push de l'essai !"),
    ("Saiu do nosso teste; reclamou das notificações push.",
     "Ada, que bom que você adorou as notificações push do teste!"),
])
def test_loving_what_the_record_says_they_complained_about_contradicts_it(notes, text):
    verdict = verdict_of(text, contact(notes=notes))
    assert "no-specific-detail" in codes(verdict)
    assert "the record says" in reason(verdict, "no-specific-detail").message


@pytest.mark.parametrize("text", [
    "Ada, I know you didn't like the live push notifications in our trial - the daily digest is "
    "now the default.",
    "Ada, glad you liked the daily digest in our trial; it is now the default.",
])
def test_agreeing_with_the_complaint_or_praising_the_preferred_side_is_fine(text):
    notes = ("Left our trial in 2025 citing too many push notifications; prefers a daily digest "
             "over live push.")
    verdict = verdict_of(text, contact(notes=notes))
    assert verdict.allowed, [r.message for r in verdict.reasons]


@pytest.mark.parametrize(("first", "notes", "wrong", "right"), [
    ("蓮", "取扱説明書をベトナム語に翻訳したいと相談あり。",
     "小林様、取扱説明書のタガログ語翻訳の件、その後いかがでしょうか。",
     "小林様、取扱説明書のベトナム語翻訳の件、その後いかがでしょうか。"),
    ("敏", "咨询把产品说明书翻译成越南语。",
     "王敏您好，关于产品说明书翻译成泰语的事，想跟您确认一下进度。",
     "王敏您好，关于产品说明书翻译成越南语的事，想跟您确认一下进度。"),
    ("서준", "제품 설명서를 베트남어로 번역하는 건으로 문의함.",
     "서준님, 제품 설명서 태국어 번역 건은 어떻게 되셨나요?",
     "서준님, 제품 설명서 베트남어 번역 건은 어떻게 되셨나요?"),
])
def test_a_cjk_language_the_notes_give_otherwise_contradicts(first, notes, wrong, right):
    who = contact(first, last="王", notes=notes)
    verdict = verdict_of(wrong, who)
    assert "the record says" in reason(verdict, "no-specific-detail").message
    verdict = verdict_of(right, who)
    assert verdict.allowed, [r.message for r in verdict.reasons]


def test_a_cjk_language_beside_nothing_recorded_is_no_contradiction():
    who = contact("蓮", last="王", notes="取扱説明書をベトナム語に翻訳したいと相談あり。")
    verdict = verdict_of("小林様、取扱説明書のベトナム語翻訳の件です。弊社は英語の校閲にも"
                         "対応しております。", who)
    assert verdict.allowed, [r.message for r in verdict.reasons]


@pytest.mark.parametrize(("first", "notes", "text"), [
    ("骏", "在广州「物流技术大会」上认识，聊到冷链配送的温控难题。",
     "马骏您好，在「物流技术大会」上和您聊了很多，关于冷链配送温控我们有个新方案。"),
    ("健", "「PyCon JP」で型ヒントの発表をした。", "岡田さん、「PyCon JP」での先日の発表、型ヒントの話が最高でした！"),
    ("도윤", "「NDC 2025」에서 게임 서버 비용 절감 발표를 함.",
     "도윤님, 「NDC 2025」에서 하신 게임 서버 비용 절감에 대한 정말 좋은 발표 잘 들었어요!"),
])
def test_cjk_asides_next_to_the_recorded_subject_are_no_contradiction(first, notes, text):
    verdict = verdict_of(text, contact(first, last="王", notes=notes))
    assert verdict.allowed, [r.message for r in verdict.reasons]


def test_the_language_a_talk_was_given_in_is_no_place():
    who = contact(notes="Spoke at Harbour Tech Days in Bergen about battery ferries.")
    verdict = verdict_of("Ada, your Harbour Tech Days keynote in German on battery ferries was "
                         "great.", who)
    assert verdict.allowed, [r.message for r in verdict.reasons]


@pytest.mark.parametrize(("first", "notes", "text"), [
    ("지호", "반갑습니다! 좋은 인연이 되었으면 합니다.", "지호님, 반갑습니다! 좋은 인연이 되었으면 합니다."),
    ("Ada", "Great to connect!", "Hi Ada, great to connect!"),
])
def test_a_fix_never_suggests_boilerplate_notes_as_the_detail_to_mention(first, notes, text):
    verdict = verdict_of(text, contact(first, notes=notes))
    assert verdict.decision == "refuse"
    messages = [r.message for r in verdict.reasons]
    assert all("e.g." not in message for message in messages), messages


# --- instructions to the writer left in the text ------------------------------------------

@pytest.mark.parametrize("note", [
    "[mention something about their latest exhibition]", "<insert compliment here>",
    "[add a line about their keynote]", "[menciona algo de su último proyecto]",
    "<füge hier ein Kompliment ein>", "[ajoute quelque chose de personnel]",
    "[scrivi qualcosa sul loro podcast]", "[mencione algo sobre o projeto]",
    "【此处插入个性化内容】", "［ここに一言お願いします］", "[여기에 개인화 문구 입력]",
    "@username", "@handle", "{{ personalized line about their talk }}",
])
def test_a_note_to_the_writer_is_named_a_placeholder(note):
    verdict = verdict_of(f"{GOOD} {note}")
    found = reason(verdict, "placeholder")
    assert note in found.message and "placeholder" in found.message
    assert "Replace it" in found.fix


@pytest.mark.parametrize("prose", [
    "Our demo (see the deck) is short.", "Ping @rowan_sea on the thread.",
    "[Ocean Energy Europe 2025 slides]", "I wrote to info@example.com.",
])
def test_brackets_and_handles_in_prose_are_not_notes_to_the_writer(prose):
    assert "placeholder" not in codes(verdict_of(f"{GOOD} {prose}"))


# --- the recorded occasion given another city by a link word, or in CJK word order --------

@pytest.mark.parametrize(("notes", "text", "said"), [
    ("Rencontrée au congrès Hexagora à Rennes.",
     "Bonjour Ada, bravo pour le congrès Hexagora de Brest.", "Brest"),
    ("Nos vimos en la feria Agrotec en Zaragoza.",
     "Hola Ada, qué gusto verte en Agrotec de Huesca.", "Huesca"),
    ("Conosciuta a Tessilia a Biella.", "Ciao Ada, che bello vederti a Tessilia di Prato.",
     "Prato"),
    ("杭州云栖大会上认识。", "您好，很高兴在深圳的云栖大会上认识您。", "深圳"),
    ("인천 스마트팩토리 쇼에서 만남", "안녕하세요, 울산 스마트팩토리 쇼에서 뵈어 반가웠습니다.", "울산"),
])
def test_the_right_occasion_in_another_city_contradicts_the_record(notes, text, said):
    message = reason(verdict_of(text, contact(notes=notes)), "no-specific-detail").message
    assert said in message.split(" but ")[0]


@pytest.mark.parametrize(("notes", "text"), [
    ("Met at Intersolar Europe in Munich; inverter warranties.",
     "Ada, great talking inverter warranties at Intersolar Europe."),
    ("Met at Web Summit in Lisbon; edge caching.",
     "Ada, fun edge caching chat at Web Summit Lisbon!"),
    ("Rencontrée au congrès Hexagora à Rennes.",
     "Bonjour Ada, bravo pour le congrès Hexagora de Rennes."),
    ("인천 스마트팩토리 쇼에서 만남", "안녕하세요, 지난달 스마트팩토리 쇼에서 뵈어 반가웠습니다."),
])
def test_edition_words_and_the_right_city_are_no_contradiction(notes, text):
    assert "no-specific-detail" not in codes(verdict_of(text, contact(notes=notes)))


# --- numbers as words, and the parts of a compound ---------------------------------------

@pytest.mark.parametrize(("notes", "text"), [
    ("Hired 7 field technicians for the Tarn wind farm.",
     "Ada, congrats on the seven new field technicians!"),
    ("Neuer Jahrgang: 5 Elektroniker-Azubis im Werk Hof.",
     "Hallo Ada, fünf neue Elektroniker im Werk Hof, Glückwunsch!"),
    ("Ouverture de 4 ateliers de réparation à Tours.",
     "Bonjour Ada, bravo pour les quatre ateliers de réparation !"),
    ("新开了3家社区书店。", "您好，恭喜新开了三家社区书店！"),
    ("サポート窓口を4つ新設。", "サポート窓口を四つ新設されたと伺いました。"),
    ("물류센터 2곳 신규 오픈", "물류센터 두 곳 신규 오픈 축하드립니다!"),
    ("Startete den Pflegeschüler-Jahrgang mit 12 Schülern.",
     "Hallo Ada, zwölf neue Pflegeschülerinnen, Glückwunsch!"),
    ("Runs the Rüstzeit-Werkstatt for young carpenters.",
     "Ada, the young carpenters at your Rüstzeit workshop sound great."),
])
def test_numbers_written_as_words_and_compound_parts_match(notes, text):
    assert verdict_of(text, contact(notes=notes)).allowed


def test_a_numeral_is_quoted_as_written():
    verdict = verdict_of("您好，恭喜新开了三家社区书店！", contact(notes="新开了3家社区书店。"))
    assert any("三家" in e for e in verdict.evidence)


def test_numbers_keep_offsets_and_places():
    from orchestrator.policy.customization.normalize import cjk_digits
    for text in ("六本木で会いました", "第六届大会", "여섯 명의 신입", "十六名"):
        assert len(cjk_digits(text)) == len(text)
    assert cjk_digits("六本木") == "六本木" and cjk_digits("六名") == "6名"
    # more counters: towers, ships, greenhouses; a street ("三条") and "your brother" stay
    assert cjk_digits("九座瞭望塔") == "9座瞭望塔" and cjk_digits("三艘渔船") == "3艘渔船"
    assert cjk_digits("三条で") == "三条で" and cjk_digits("네 동생") == "네 동생"
    assert cjk_digits("하우스 다섯 동") == "하우스 5  동"


@pytest.mark.parametrize(("notes", "text"), [
    ("为九座瞭望塔更换了避雷针。", "黄师傅好，您为六座瞭望塔更换了避雷针，真是辛苦了！"),
    ("방울토마토 하우스 3동 운영.", "대표님, 하우스 다섯 동에서 나오는 방울토마토가 맛있다고 들었습니다."),
])
def test_a_cjk_count_before_more_counters_given_otherwise_contradicts(notes, text):
    assert not verdict_of(text, contact(notes=notes)).allowed


# --- what the sender offers is no claim about the reader ----------------------------------

MUTUAL = "Mutual: Hedda Solberg (we placed her at Brightwell Labs in 2024)"


@pytest.mark.parametrize("text", [
    "Ada, Hedda Solberg suggested I get in touch about a Kafka-heavy Senior Platform Engineer "
    "role.",
    "Ada, Hedda Solberg suggested I write about an opening for a Rust Tech Lead at Seewerk.",
    "Hola Ada, Hedda Solberg me sugirió escribirte sobre un puesto de Data Engineer en Fjordbank.",
    "Hallo Ada, Hedda Solberg meinte, ich solle wegen einer Stelle als Data Engineer bei "
    "Seewerk schreiben.",
])
def test_a_name_describing_the_senders_offer_is_no_claim_about_the_reader(text):
    assert verdict_of(text, contact(notes=MUTUAL)).allowed


def test_the_readers_own_role_is_still_a_claim():
    verdict = verdict_of("Ada, congrats on your new Staff Data Engineer role at Seewerk!",
                         contact(notes=MUTUAL))
    assert "no-specific-detail" in codes(verdict)


# --- reasons quote the reader's words, whole ----------------------------------------------

def test_the_senders_self_description_is_not_quoted_as_a_claim():
    who = contact(notes="Spoke at Harbourline Retail Days about shelf-edge pricing.")
    for text in ("Hi Ada, we serve grocers across Scandinavia and would love to connect.",
                 "Hi Ada, our team in Rotterdam builds pricing tools for Baltic grocers."):
        verdict = verdict_of(text, who)
        assert not verdict.allowed
        message = " ".join(r.message for r in verdict.reasons)
        assert "Scandinavia" not in message and "Rotterdam" not in message


def test_several_unknown_names_are_plural():
    who = contact(notes="Mutual: Tom Okafor.")
    verdict = verdict_of("Hi Ada, Sarah Chen and Idris Bello suggested I reach out.", who)
    assert "are not in" in reason(verdict, "no-specific-detail").message


@pytest.mark.parametrize(("first", "last", "notes", "text", "quoted"), [
    ("静", "罗", "在上海认识的。", "罗老师您好，很高兴认识您。", "'罗老师'"),
    ("凛", "森", "東京のイベントで会いました。", "凛さん、よろしくお願いします。", "'凛さん'"),
])
def test_a_cjk_name_is_quoted_with_its_honorific(first, last, notes, text, quoted):
    verdict = verdict_of(text, contact(first=first, last=last, notes=notes))
    assert quoted in " ".join(r.message for r in verdict.reasons)


def test_a_cjk_letter_pair_is_quoted_as_the_run_it_stands_in():
    verdict = verdict_of("张先生您好，很高兴在展会上认识您。",
                         contact(notes="在青岛的教育装备展上认识，聊了智慧教室。"))
    message = reason(verdict, "no-specific-detail").message
    assert "'上认'" not in message and "'很高兴在展会上认识您'" in message


# --- interest tags pasted as a list, whatever joins them ------------------------------------

@pytest.mark.parametrize(("tags", "text"), [
    (("倉庫管理", "DX推進", "脱炭素"), "倉庫、DX、脱炭素にご関心があると拝見しました。"),
    (("倉庫管理", "DX", "脱炭素"), "倉庫管理やDX、脱炭素に関心をお持ちと拝見しました。"),
    (("仓储", "数字化", "低碳"), "看到您关注仓储、数字化和低碳。"),
    (("물류", "DX", "탄소중립"), "물류, DX 및 탄소중립에 관심이 있으신 것 같아요."),
    (("almacenes", "DX", "descarbonización"),
     "Vi que te interesan almacenes, DX y descarbonización."),
    (("magazzini", "DX", "decarbonizzazione"),
     "Vedo che ti interessano magazzini, DX e decarbonizzazione."),
    (("Lagerlogistik", "DX", "Dekarbonisierung"),
     "Lagerlogistik, DX und Dekarbonisierung sind Ihre Themen."),
    (("entrepôts", "DX", "décarbonation"),
     "Les entrepôts, la DX et la décarbonation vous intéressent."),
    (("armazéns", "DX", "descarbonização"), "Vi que você curte armazéns, DX e descarbonização."),
])
def test_interest_tags_pasted_as_a_list_are_mail_merge(tags, text):
    verdict = verdict_of(text, contact(notes="", interests=tags))
    assert "mail-merge-only" in codes(verdict)


def test_notes_that_are_only_a_vague_time_are_no_detail():
    # "a while back" says when, not what: copying such notes says nothing specific (R4).
    notes = "We met at a conference a while back."
    who = contact(first="Paulo", notes=notes)
    assert verdict_of(f"Hi Paulo, {notes} Thanks for connecting.", who).decision == "refuse"


def test_the_senders_own_name_in_the_record_is_no_detail_of_the_readers():
    who = contact(first="Fenella", notes="Follows Farebox on LinkedIn.")
    said = ("Hi Fenella, I really enjoyed your podcast episode on bus bunching. It got me "
            "thinking about how planners like you could use Farebox to spot bunching earlier.")
    headline = "Co-founder, Farebox Labs (ridership analytics for bus agencies)"
    assert verdict_of(said, who, sender_headline=headline).decision == "refuse"


def test_a_topic_word_the_senders_name_shares_is_still_the_readers():
    who = contact(first="Aisling", interests=("open data", "grantmaking"))
    said = ("Dear Aisling, I see open data is one of your interests; we've just published "
            "4,200 grants from 31 funders as a free dataset.")
    headline = "Programme Manager at Open Ledger Trust (grant transparency tools)"
    assert verdict_of(said, who, sender_headline=headline).decision == "allow"


def test_a_lowercase_word_of_a_recorded_name_is_no_name():
    # "your practice" is not the podcast "Practice Profit Hour".
    who = contact(first="Caspian", notes="Guest on the Practice Profit Hour podcast talking "
                  "about hygienist scheduling.")
    said = "Hi Caspian, I came across your practice online and was impressed with what you built."
    assert verdict_of(said, who).decision == "refuse"
    said = "Hi Caspian, your Practice Profit Hour episode on hygienist scheduling was useful."
    assert verdict_of(said, who).decision == "allow"
