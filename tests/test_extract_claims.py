"""Attributed claims: speaker, kind, target; reported content never becomes a fact."""

import pytest

from tests.extraction import claims_of, events_of, facts_of, label, names, roles_of


@pytest.mark.parametrize(
    "text, speaker, kind",
    [
        (
            "Russia's foreign ministry accused Kyiv of sabotaging the talks.",
            "Russian Ministry of Foreign Affairs",
            "accusation",
        ),
        ("Hungary denied that it had blocked the aid package.", "Hungary", "denial"),
        (
            "The Kremlin warned that it would retaliate against any strike on its territory.",
            "Kremlin",
            "threat",
        ),
        (
            "According to the Ukrainian air force, 40 drones were shot down.",
            "Ukrainian Air Force",
            "assertion",
        ),
        ("Warsaw insisted the sanctions must stay.", "Poland", "assertion"),
        ("\u201cOur troops are holding the line,\u201d Zelensky said.", "Volodymyr Zelensky", "assertion"),
        ("\u201cWe will not give up our land,\u201d Zelensky said.", "Volodymyr Zelensky", "intent"),
        ("Germany pledged to send two more air defence systems.", "Germany", "intent"),
        ("Lithuania has threatened to close its border.", "Lithuania", "threat"),
    ],
)
def test_who_said_what_kind_of_thing(text, speaker, kind):
    assert (speaker, kind) in claims_of(facts_of(text))


def test_a_warning_without_harm_is_a_prediction():
    assert claims_of(facts_of("The mayor of Lviv, Andriy Sadovyi, warned that prices could rise.")) == {
        ("Andriy Sadovyi", "assertion")
    }


def test_an_accusation_is_about_the_accused():
    facts = facts_of("Moscow accused Ukraine of shelling a power plant.")
    [claim] = facts.claims
    assert label(facts, claim.speaker) == "Russia"
    assert [label(facts, k) for k in claim.about] == ["Ukraine"]
    assert "shelling a power plant" in claim.text


@pytest.mark.parametrize(
    "text",
    [
        "The minister emphasized the need for unity.",
        "Analysts said the offensive had stalled.",  # no actor to attribute it to
        "Latvia did not say whether it would close the border.",
    ],
)
def test_no_claim_without_a_speaker_and_a_statement(text):
    assert claims_of(facts_of(text)) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Olaf Scholz accepted the post, pledging to continue serving the nation.",
        "Maia Sandu vowed to serve her country with honour.",
    ],
)
def test_a_formula_of_office_is_no_claim(text):
    assert claims_of(facts_of(text)) == set()


def test_a_pledge_with_a_position_is_an_intent():
    assert claims_of(facts_of("Olaf Scholz vowed to continue the reforms.")) == {("Olaf Scholz", "intent")}


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Maia Sandu said she would order a review of the contracts.", "Maia Sandu"),
        ("\u201cWe will send our comments next week,\u201d Andrej Babis told reporters.", "Andrej Babis"),
        ("Friedrich Merz said Berlin would provide 3 billion euros for air defence.", "Friedrich Merz"),
        ("Borys Filatov said the city would house the families in dormitories.", "Borys Filatov"),
        ("Senate President Musa Bello said the chamber would screen the nominee on Tuesday.", "Musa Bello"),
        ("President Ade Okon said the state would buy the harvest at a fixed price.", "Ade Okon"),
        (
            '"This government will follow the money wherever it leads," Finance Minister Joseph Kollie said.',
            "Joseph Kollie",
        ),
        (
            "Opposition leader Bronwyn Keane said the opposition would push for a Senate inquiry.",
            "Bronwyn Keane",
        ),
        (
            "Foreign Minister Hamad al-Rashdi said the sultanate would spare no effort to build on the deal.",
            "Hamad al-Rashdi",
        ),
        # a verb of meaning to act, not only "will"
        (
            "Hungary's foreign ministry said Budapest hoped to work with Vienna on the pipeline.",
            "Hungarian Foreign Ministry",
        ),
    ],
)
def test_what_the_speakers_own_side_will_do_is_an_intent(text, speaker):
    assert claims_of(facts_of(text)) == {(speaker, "intent")}


def test_what_someone_else_will_do_stays_an_assertion():
    assert claims_of(facts_of("Maia Sandu said Russia would lose the case.")) == {("Maia Sandu", "assertion")}


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Marek Sobczyk insisted he had done nothing wrong.", "Marek Sobczyk"),
        ('Dmitry Peskov said Moscow had "nothing to do" with the unrest.', "Dmitry Peskov"),
        ("Serbia rejected the accusation, saying the police had targeted criminal groups.", "Serbia"),
    ],
)
def test_saying_one_did_no_wrong_or_rejecting_a_charge_is_a_denial(text, speaker):
    assert claims_of(facts_of(text)) == {(speaker, "denial")}


def test_rejecting_an_idea_is_a_refusal_not_a_denial():
    facts = facts_of("Hungary rejected the plan, saying it would cost too much.")
    assert claims_of(facts) == {("Hungary", "assertion")}
    assert claims_of(facts_of("It is a demand Hungary has repeatedly rejected.")) == set()


def test_a_country_s_capitalised_ministry_is_that_country_s():
    facts = facts_of("Russia's Defence Ministry denied striking homes.")
    assert claims_of(facts) == {("Russian Defence Ministry", "denial")}


def test_two_verbs_of_one_speaker_in_one_sentence_are_one_claim():
    facts = facts_of("Finland maintained that the border was secure, arguing that patrols had doubled.")
    assert len(facts.claims) == 1
    assert "patrols" in facts.claims[0].text


def test_a_strike_on_the_speakers_own_soil_is_news_and_the_official_who_told_it_is_kept():
    facts = facts_of(
        "A missile struck a residential block in Kharkiv, killing five people, "
        "the regional governor Oleh Syniehubov said."
    )
    assert claims_of(facts) == {("Oleh Syniehubov", "assertion")}  # who vouches for the news
    [attack] = events_of(facts, "Attack")
    assert names(facts, attack.places) == {"Kharkiv"} and attack.figures["deaths"].value == 5


def test_a_side_reporting_its_own_strike_makes_a_claim_not_a_fact():
    facts = facts_of("Russia's defence ministry said its forces struck energy facilities in Kharkiv.")
    assert claims_of(facts) == {("Russian Defence Ministry", "assertion")}
    assert events_of(facts, "Attack") == []


def test_a_tally_of_drones_launched_at_ones_own_country_is_news_and_a_claim():
    facts = facts_of("Ukraine's air force said Russia launched 90 drones at Kharkiv overnight.")
    assert claims_of(facts) == {("Ukrainian Air Force", "assertion")}  # the count is the air force's
    [attack] = events_of(facts, "Attack")  # the attack itself is news
    assert "Russia" in names(facts, attack.participants)


def test_a_statement_charging_wrongdoing_is_an_accusation():
    assert ("Igor Dodon", "accusation") in claims_of(
        facts_of("Igor Dodon claimed the election had been rigged.")
    )
    assert ("Andrii Sybiha", "accusation") in claims_of(facts_of("Sybiha called the strike a war crime."))


def test_a_quotation_standing_alone_after_a_quoted_speaker_is_theirs():
    facts = facts_of(
        '"Our borders demand decisions, not delays," Gitanas Nauseda told reporters. '
        '"The new commander has the trust of our allies."'
    )
    assert [(label(facts, c.speaker), c.sentences) for c in facts.claims] == [
        ("Gitanas Nauseda", [0]),
        ("Gitanas Nauseda", [1]),
    ]


def test_a_quotation_after_narration_is_nobodys_claim():
    facts = facts_of('Gitanas Nauseda met the troops. "The new commander has the trust of our allies."')
    assert facts.claims == []


def test_a_country_saying_it_will_act_states_an_intent():
    assert claims_of(facts_of("The Netherlands said it would put 500 million euros into the fund.")) == {
        ("Netherlands", "intent")
    }


def test_a_minister_speaking_for_their_capital_states_an_intent():
    facts = facts_of(
        "Estonian Defense Minister Hanno Pevkur spoke in Brussels. "
        "Tallinn would keep its own contribution at that level through 2028, he said."
    )
    assert ("Hanno Pevkur", "intent") in claims_of(facts)


def test_a_known_person_is_known_by_any_stored_surname():
    facts = facts_of("Zelenskyy said Ukraine was willing to consider the proposal.")
    assert claims_of(facts) == {("Volodymyr Zelensky", "intent")}  # willing to: his side's intent


def test_the_president_is_the_one_person_called_president():
    facts = facts_of(
        "President Gitanas Nauseda replaced the army chief on Tuesday, Linas Vaitkus reported. "
        "Opposition lawmaker Linas Griksas accused the president of purging inconvenient people."
    )
    [claim] = [c for c in facts.claims if c.kind == "accusation"]
    assert [label(facts, k) for k in claim.about] == ["Gitanas Nauseda"]


def test_the_aged_party_member_who_speaks_is_the_person_before():
    facts = facts_of(
        'Boris Pistorius arrived. "Our skies are the front line," the 65-year-old Social Democrat said.'
    )
    assert claims_of(facts) == {("Boris Pistorius", "assertion")}


def test_an_abbreviation_in_brackets_names_the_same_body():
    facts = facts_of(
        "The motion was tabled by the Alliance for the Union of Romanians (AUR). "
        "AUR accused the government of pushing through tax hikes."
    )
    assert claims_of(facts) == {("Alliance for the Union of Romanians", "accusation")}


def test_he_who_says_a_quote_is_not_someone_named_in_it():
    facts = facts_of(
        'George Simion hailed the vote. "This government declared war on Romanians\' pockets," he said.'
    )
    assert claims_of(facts) == {("George Simion", "assertion")}


def test_the_outgoing_premier_is_the_prime_minister_named_before():
    facts = facts_of(
        "Prime Minister Ilie Bolojan will stay on as caretaker. "
        '"We told Romanians the truth," the outgoing premier told reporters.'
    )
    assert claims_of(facts) == {("Ilie Bolojan", "assertion")}


def test_the_short_name_of_a_body_named_before_is_that_body():
    facts = facts_of(
        "Ukraine's Air Force said Russia had launched 146 drones. "
        "According to the Air Force, air defense units shot down 118 drones."
    )
    assert [(label(facts, c.speaker), c.sentences) for c in facts.claims] == [
        ("Ukrainian Air Force", [0]),
        ("Ukrainian Air Force", [1]),
    ]


def test_two_countries_pledging_in_one_sentence_are_two_intents_each_its_own():
    facts = facts_of(
        "The Netherlands said it would put 500 million euros into the fund, "
        "while Norway said it would add 4 billion kroner for drones."
    )
    assert claims_of(facts) == {("Netherlands", "intent"), ("Norway", "intent")}
    assert all("Norway" not in c.text for c in facts.claims if label(facts, c.speaker) == "Netherlands")


@pytest.mark.parametrize(
    "text",
    [
        "The ministry spokesman Ivan Orlov said that no civilian objects had been targeted.",
        '"There have been no agreements. Nothing has been discussed with us," Dmitry Peskov told reporters.',
    ],
)
def test_saying_something_did_not_happen_is_a_denial(text):
    facts = facts_of(text)
    assert {kind for _, kind in claims_of(facts)} == {"denial"}, claims_of(facts)


@pytest.mark.parametrize(
    "text",
    [
        'Tusk said there would be "no sacred cows" in the inquiry.',
        "Governor Ivan Petrov said no one was hurt in the attack.",
    ],
)
def test_a_promise_or_a_toll_with_no_in_it_is_no_denial(text):
    assert "denial" not in {kind for _, kind in claims_of(facts_of(text))}


def test_a_quotation_opened_a_sentence_before_its_speaker_is_theirs():
    facts = facts_of(
        '"Railways are a lifeline. There will be no untouchables," Oleksii Kuleba wrote on Telegram.'
    )
    texts = {c.text for c in facts.claims if label(facts, c.speaker) == "Oleksii Kuleba"}
    assert texts == {"Railways are a lifeline", "There will be no untouchables"}, texts


def test_the_prime_minister_is_the_one_person_called_prime_minister():
    facts = facts_of(
        "Prime Minister Dorin Recean dismissed Energy Minister Sergiu Arion. "
        "The prime minister appointed Arion's deputy, Elena Tofan, in his place."
    )
    [appointment] = events_of(facts, "Appointment")
    assert names(facts, appointment.participants) == {"Dorin Recean", "Elena Tofan"}


def test_a_promise_retold_inside_someone_elses_accusation_is_not_the_promisers_claim():
    facts = facts_of(
        "Kemi Badenoch accused Keir Starmer of double standards, noting that he had come to office "
        "promising to restore trust in politics."
    )
    assert claims_of(facts) == {("Kemi Badenoch", "accusation")}


def test_a_second_speaker_in_a_while_clause_keeps_their_own_claim():
    facts = facts_of(
        "Friedrich Merz said Berlin would provide 3 billion euros, while Dutch Prime Minister "
        "Dick Schoof promised 700 million euros for drones."
    )
    assert {s for s, _ in claims_of(facts)} == {"Friedrich Merz", "Dick Schoof"}


def test_condemning_is_an_accusation_and_the_condemner_took_no_part():
    facts = facts_of(
        'President Joseph Aoun condemned the strikes as a "flagrant violation" of the ceasefire.'
    )
    [claim] = facts.claims
    assert claim.kind == "accusation" and "flagrant violation" in claim.text
    assert all("Joseph Aoun" not in names(facts, e.participants) for e in facts.events)


def test_a_clause_hung_on_the_statement_it_was_said_in():
    facts = facts_of("The IDF said in a statement that its jets had struck Hezbollah depots near Nabatieh.")
    assert claims_of(facts) == {("Israel Defense Forces", "assertion")}


def test_the_prime_ministers_office_speaks_for_the_country_in_the_news():
    facts = facts_of(
        "Israeli Prime Minister Benjamin Netanyahu met his cabinet. The Prime Minister's Office said in a "
        "statement that Israel would act wherever necessary."
    )
    assert {s for s, _ in claims_of(facts)} == {"Israeli Prime Minister's Office"}


def test_a_toll_according_to_the_ministry_of_the_country_hit_is_news():
    facts = facts_of(
        "The Israel Defense Forces carried out a wave of airstrikes in southern Lebanon on Tuesday, killing "
        "five people and wounding 11 others, according to Lebanon's Health Ministry."
    )
    assert claims_of(facts) == set()
    [attack] = events_of(facts, "Attack")
    assert "Lebanon" in names(facts, attack.places)
    assert "Israel Defense Forces" in names(facts, attack.participants)


def test_a_side_saying_it_is_ready_to_act_states_an_intent():
    facts = facts_of(
        '"Turkey is ready to host the technical teams of both sides," Recep Tayyip Erdogan said.'
    )
    assert claims_of(facts) == {("Recep Tayyip Erdoğan", "intent")}


def test_a_speaker_the_tagger_took_for_a_title_in_quotes_and_a_declared_war_inside_the_quote():
    facts = facts_of('"This government fell because it declared war on our pockets," George Simion said.')
    [claim] = facts.claims
    assert label(facts, claim.speaker) == "George Simion"
    assert claim.text == "This government fell because it declared war on our pockets"


def test_an_unknown_name_taken_for_a_place_that_speaks_is_a_body_and_rejecting_a_suggestion_denies():
    facts = facts_of(
        'In a statement, Ukrzaliznytsia said it "categorically rejects" any suggestion of wrongdoing.'
    )
    [claim] = facts.claims
    assert label(facts, claim.speaker) == "Ukrzaliznytsia" and claim.kind == "denial"
    assert facts.actors[claim.speaker].kind == "Organization"


def test_a_long_title_before_a_name_leaves_the_name_the_speaker():
    facts = facts_of(
        "The Opposition BJP termed the exercise an attempt to divert attention from the case. Leader of "
        'the Opposition in the Legislative Assembly C.T. Prakash accused the government of "shielding the '
        'corrupt" and said the party would stage a protest.'
    )
    found = {(facts.actors[c.speaker].label, c.kind) for c in facts.claims}
    assert {("C.T. Prakash", "accusation"), ("C.T. Prakash", "intent")} <= found
    assert ("BJP", "assertion") in found  # "termed X an attempt to ...", an acronym that speaks


def test_an_untagged_acronym_that_threatens_is_an_organisation():
    facts = facts_of("JNIM threatened reprisals against the army.")
    [claim] = facts.claims
    assert (facts.actors[claim.speaker].label, facts.actors[claim.speaker].kind, claim.kind) == (
        "JNIM",
        "Organization",
        "threat",
    )


def test_a_description_in_a_quote_is_not_the_spokesman_who_speaks_after_it():
    facts = facts_of(
        "Government spokeswoman Ilona Marek declined to comment. "
        '"The president takes such decisions alone," she told reporters.'
    )
    [claim] = facts.claims
    assert label(facts, claim.speaker) == "Ilona Marek"


def test_a_second_verb_of_saying_hung_on_the_reported_clause_is_its_own_claim():
    facts = facts_of(
        "Hamas issued a statement on Monday. The Israeli army claimed it had struck a weapons depot and "
        "accused the group of violating the truce by firing rockets."
    )
    found = {(label(facts, c.speaker), c.kind, c.text) for c in facts.claims}
    assert ("Israel Defense Forces", "assertion", "it had struck a weapons depot") in found
    [accusation] = [c for c in facts.claims if c.kind == "accusation"]
    assert "violating the truce" in accusation.text and "Hamas" in names(facts, accusation.about)


def test_the_group_points_back_at_the_organisation_named_last_and_a_violation_accuses():
    facts = facts_of(
        "Hezbollah rejected the claim. According to the group, the Israeli army has violated the truce "
        "more than 300 times."
    )
    [claim] = [c for c in facts.claims if c.kind != "denial"]
    assert label(facts, claim.speaker) == "Hezbollah" and claim.kind == "accusation"
    assert {"Israel Defense Forces", "Israel"} <= names(facts, claim.about)  # the army's state too


def test_a_statement_relayed_by_a_spokesman_or_a_communique_is_its_speakers():
    facts = facts_of(
        "President Gustavo Rojas met Prime Minister Ana Costa on Monday. Rojas, for his part, stressed "
        "that the border must reopen for trade, presidential spokesman Luis Pardo said. Costa told Rojas "
        "that the new tariffs were unfair, the statement said."
    )
    assert claims_of(facts) == {("Gustavo Rojas", "assertion"), ("Ana Costa", "assertion")}


def test_a_surname_with_the_arabic_article_is_also_the_bare_surname():
    facts = facts_of(
        "Egyptian President Abdel Fattah al-Sisi hosted the talks. Sisi said the crossing would reopen."
    )
    assert {label(facts, c.speaker) for c in facts.claims} == {"Abdel Fattah al-Sisi"}


def test_an_accusation_hung_deep_in_the_reported_clause_is_still_the_reporters():
    facts = facts_of(
        "Its spokesperson, Kim Hye-rin, said Han had failed to explain how he would prevent accidents and "
        'accused the government of "rewarding loyalty over competence."'
    )
    [accusation] = [c for c in facts.claims if c.kind == "accusation"]
    assert label(facts, accusation.speaker) == "Kim Hye-rin"


def test_charged_in_a_reduced_relative_is_no_charge_by_the_one_charged():
    facts = facts_of(
        "A court freed Shirin Rahimi, an Iranian national arrested in Lyon and charged with glorifying "
        "terrorism."
    )
    assert facts.claims == []


def test_it_that_speaks_is_the_body_or_state_that_was_the_subject_before():
    facts = facts_of(
        "The RSF rejected the accusation. In a statement on Telegram, it said its fighters do not target "
        "civilians and alleged that the army had shelled the camp itself."
    )
    assert {label(facts, c.speaker) for c in facts.claims} == {"RSF"}
    assert ("RSF", "accusation") in claims_of(facts)


def test_warning_of_consequences_or_a_price_to_pay_threatens():
    facts = facts_of(
        "North Korea's defense ministry accused South Korea of flying drones over Pyongyang. In a statement, "
        "it warned that Seoul would pay a horrible price for any further incursion."
    )
    assert ("North Korean Defense Ministry", "threat") in claims_of(facts)
    facts = facts_of("Zhou Wenbin warned that Manila will bear all consequences of further provocations.")
    assert claims_of(facts) == {("Zhou Wenbin", "threat")}


def test_an_illegal_or_unlawful_act_told_of_another_accuses():
    facts = facts_of(
        "Zhou Wenbin said the vessel had illegally intruded into Chinese waters. Ramon Villanueva said the "
        "ramming was an unlawful act."
    )
    assert claims_of(facts) == {("Ramon Villanueva", "accusation"), ("Zhou Wenbin", "accusation")}


def test_the_subject_the_parser_hung_on_a_fronted_phrase_is_not_the_name_in_it():
    facts = facts_of(
        "Health Cabinet Secretary Joseph Otieno resigned on Wednesday. In a brief letter to President Samuel "
        "Kiprono, the 61-year-old said he was stepping aside to allow investigators to work."
    )
    assert {label(facts, c.speaker) for c in facts.claims} == {"Joseph Otieno"}


def test_a_title_in_a_body_then_the_name_is_that_person():
    facts = facts_of(
        'Minority Leader in the National Assembly Stephen Mutiso accused the government of protecting "big '
        'fish".'
    )
    assert claims_of(facts) == {("Stephen Mutiso", "accusation")}


def test_it_said_is_whoever_spoke_last_not_whom_they_spoke_of_and_a_tally_is_no_denial():
    facts = facts_of(
        "Ukraine's air force said Russia had launched 83 drones and six missiles at the region. None of the "
        "missiles was intercepted, it said."
    )
    said = [c for c in facts.claims if "intercepted" in c.text]
    assert [(label(facts, c.speaker), c.kind) for c in said] == [("Ukrainian Air Force", "assertion")]


def test_a_crime_fought_against_is_no_accusation():
    facts = facts_of(
        'Mr Akinwale said the president expected the new minister to "bring fresh energy" to the fight '
        "against banditry and terrorism."
    )
    assert {kind for _, kind in claims_of(facts)} == {"assertion"}
    facts = facts_of("Kyiv said Russia had waged a campaign of terrorism against civilians.")
    assert claims_of(facts) == {("Ukraine", "accusation")}


def test_two_titles_before_one_name_make_one_speaker():
    facts = facts_of(
        'Government spokesperson and Communications Minister Jean-Pierre Kabeya accused Rwanda of "directing '
        'and supplying" the offensive.'
    )
    assert claims_of(facts) == {("Jean-Pierre Kabeya", "accusation")}
    facts = facts_of("The president and Prime Minister Keir Starmer said the deal was done.")
    assert ("Keir Starmer", "assertion") not in claims_of(facts)


def test_accused_of_what_the_parser_hung_on_the_accused():
    facts = facts_of(
        "President Bola Tinubu sacked his defence minister on Thursday. Ibrahim Kwari, the party spokesman, "
        'accused the president of "shuffling the same cards" and said the minister had been made a scapegoat.'
    )
    [accusation] = [c for c in facts.claims if c.kind == "accusation"]
    assert "shuffling" in accusation.text
    assert names(facts, accusation.about) == {"Bola Tinubu"}


def test_describing_something_as_a_quality_is_a_claim_and_describing_a_plan_is_not():
    facts = facts_of('Governor Dikko Radda described the killings as "barbaric and cowardly".')
    assert claims_of(facts) == {("Dikko Radda", "assertion")}
    assert claims_of(facts_of("The minister described the plan in detail.")) == set()


def test_one_side_telling_of_the_other_side_s_attack_accuses_it():
    facts = facts_of(
        "The Lebanese Army said in a statement that Syrian forces had shelled residential areas of the "
        "two villages with artillery."
    )
    assert claims_of(facts) == {("Lebanese Army", "accusation")}
    facts = facts_of("Russia's defence ministry said its forces had struck military targets in Ukraine.")
    assert {kind for _, kind in claims_of(facts)} == {"assertion"}


def test_its_ministry_is_the_ministry_of_the_country_just_named():
    facts = facts_of(
        "Lithuania moved first. On March 3, its Foreign Ministry announced entry bans on 11 Georgian "
        'officials. The ministry said they bore responsibility for "brutal repression against protesters".'
    )
    assert claims_of(facts) == {("Lithuanian Foreign Ministry", "accusation")}


def test_its_forces_in_what_a_ministry_claims_are_the_ministry_s_country_s():
    facts = facts_of(
        "The Russian Defense Ministry claimed its forces had struck port infrastructure and a drone "
        "workshop in Odesa."
    )
    assert {kind for _, kind in claims_of(facts)} == {"assertion"}


@pytest.mark.parametrize(
    "text",
    [
        'Police spokesman Ade Okon said that "the gunmen will be brought to justice."',
        '"If anyone committed a crime, they will answer for it before a judge," President Ola Bayo said.',
        "Governor Musa Bello said those responsible would be held accountable.",
    ],
)
def test_saying_someone_will_be_punished_threatens(text):
    assert {kind for _, kind in claims_of(facts_of(text))} == {"threat"}


def test_a_punishment_already_given_is_no_threat():
    facts = facts_of("President Ola Bayo said the officers had been held accountable last year.")
    assert claims_of(facts) == {("Ola Bayo", "assertion")}


def test_what_an_inquiry_concludes_is_a_claim_of_whoever_leads_it():
    facts = facts_of(
        "The inquiry, led by Sir Malcolm Everett, the prime minister's adviser, concluded that Mr. Pryce "
        "had breached the ministerial code. Ana Ruiz found that hard to accept."
    )
    assert claims_of(facts) == {("Malcolm Everett", "assertion")}


def test_a_name_described_by_a_capitalised_title_is_a_person_a_pronoun_can_stand_for():
    facts = facts_of(
        "Hailu Berhanu, State Minister of the Government Communication Service, said security forces had "
        "carried out an operation. He denied that civilians had been targeted."
    )
    assert ("Hailu Berhanu", "denial") in claims_of(facts)
    assert events_of(facts, "Attack") == []


def test_deaths_told_after_a_search_are_no_news_of_a_strike_there():
    facts = facts_of(
        "Police searched his homes in Nairobi and Kisumu on Monday. Union leader Mercy Chebet said at "
        "least 14 patients had died while waiting for dialysis."
    )
    assert ("Mercy Chebet", "assertion") in claims_of(facts)


def test_accused_of_keeps_its_grounds_when_another_phrase_hangs_on_the_verb():
    facts = facts_of('Senator Rosa Diaz accused customs officers of letting cocaine through "for money".')
    [claim] = facts.claims
    assert claim.kind == "accusation" and "letting cocaine" in claim.text


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Every officer on duty will be suspended pending an inquiry, Minister Rosa Diaz said.", "intent"),
        ("President Ana Sousa said the border crossing would be closed from Monday.", "intent"),
        ("Farmer Jose Lopez said the road would be closed from Monday.", "assertion"),
        ("President Ana Sousa said the gang's leaders would be arrested and put on trial.", "threat"),
        ("The Nigerian army said anyone who helped the rebels would be hunted down.", "threat"),
    ],
)
def test_a_measure_announced_in_the_passive_is_the_office_s_intent(text, kind):
    assert {k for _, k in claims_of(facts_of(text))} == {kind}


def test_a_body_the_speaker_heads_is_the_speaker_s_own_side():
    facts = facts_of(
        "Ana Sousa was named director of the National Prison Service. Sousa said the National Prison "
        "Service would install scanners at every gate."
    )
    assert ("Ana Sousa", "intent") in claims_of(facts)


def test_the_group_is_the_group_just_named_not_the_one_it_is_linked_to():
    facts = facts_of(
        "Boko Haram, the al-Qaeda-linked group that controls much of the north, said it had seized the "
        "town. The group warned that anyone working with the army would be hunted down."
    )
    assert ("Boko Haram", "threat") in claims_of(facts)


def test_the_former_minister_is_who_last_left_a_ministry():
    facts = facts_of(
        "Ana Ruiz resigned as interior minister on Tuesday. She handed in her resignation late at night. "
        '"I have done nothing wrong," the former minister said.'
    )
    assert ("Ana Ruiz", "denial") in claims_of(facts)


def test_an_unnamed_spokesperson_of_a_body_is_the_body_speaking():
    facts = facts_of("A European Commission spokesperson said the funds would stay frozen.")
    assert claims_of(facts) == {("European Commission", "assertion")}


def test_a_pronoun_in_what_is_said_does_not_keep_the_speaker_from_saying_it():
    facts = facts_of(
        "Opposition leader Marta Kis accused Prime Minister Pal Toth of playing musical chairs. Her party "
        "will table a motion of no confidence next week, she said."
    )
    assert ("Marta Kis", "threat") in claims_of(facts)  # a motion of no confidence threatens the government


def test_what_will_be_done_to_the_speaker_s_country_is_no_intent_of_hers():
    facts = facts_of('"Hungary will not be lectured by anyone," Foreign Minister Dora Vamos said.')
    assert claims_of(facts) == {("Dora Vamos", "assertion")}


def test_having_nothing_to_hide_is_a_denial():
    facts = facts_of(
        '"I resigned so the inquiry can proceed, not because I have anything to hide," Ana Ruiz wrote.'
    )
    assert claims_of(facts) == {("Ana Ruiz", "denial")}


def test_a_country_s_armed_forces_named_in_capitals_are_its_armed_forces():
    facts = facts_of("The Jordan Armed Forces said more than 60 smugglers had been killed.")
    assert claims_of(facts) == {("Jordan Armed Forces", "assertion")}
    [forces] = facts.actors.values()
    assert (forces.kind, forces.country) == ("GovernmentBody", "country/jordan")


@pytest.mark.parametrize(
    "force, body",
    [
        ("army", "Bolivian Army"),
        ("police", "Bolivian Police"),
        ("army general staff", "Bolivian General Staff"),
        ("security forces", "Bolivian Security Forces"),
    ],
)
def test_the_army_or_police_of_a_report_is_its_country_s(force, body):
    facts = facts_of(
        f"LA PAZ - Bolivia declared a state of emergency in Cochabamba. The {force} said that 12 gunmen had "
        "been arrested near the border with Bolivia's neighbours."
    )
    assert (body, "assertion") in claims_of(facts)


def test_a_minister_of_the_armed_forces_is_a_title_not_the_forces():
    facts = facts_of("PARIS - Claire Morel is France's new minister of the armed forces, the Elysee said.")
    assert roles_of(facts) == {("Claire Morel", "minister of defence", "new")}


def test_a_capital_speaks_for_its_country_anywhere_in_the_world():
    facts = facts_of("Georgetown blamed the attack on a Venezuelan criminal gang.")
    assert ("Guyana", "accusation") in claims_of(facts)


def test_an_ambassador_to_be_summoned_is_the_minister_s_intent():
    facts = facts_of("Foreign Minister Koen Dewulf said the Russian ambassador would be summoned.")
    assert claims_of(facts) == {("Koen Dewulf", "intent")}


def test_the_government_unqualified_in_news_about_one_country_is_that_country():
    facts = facts_of(
        "Guinean troops clashed with gunmen near Siguiri, the government said. Guinea's army chief was "
        "sacked on Tuesday."
    )
    assert ("Guinea", "assertion") in claims_of(facts)


def test_police_named_without_an_article_are_the_home_countrys_police():
    facts = facts_of(
        "A wildfire north of Athens killed three people in Greece on Monday. Police said a man had been "
        "found with a gas canister in his car."
    )
    assert ("Greek Police", "assertion") in claims_of(facts)


def test_a_second_verb_of_accusing_after_a_reported_clause_is_a_second_claim():
    facts = facts_of(
        'Spokesman Karim Haddad told reporters that the bombing was "a cowardly act against innocent '
        'people" and accused Chad of sheltering the gunmen.'
    )
    assert claims_of(facts) == {("Karim Haddad", "assertion"), ("Karim Haddad", "accusation")}
    [accusation] = [c for c in facts.claims if c.kind == "accusation"]
    assert names(facts, accusation.about) == {"Chad"}


def test_blame_laid_is_an_accusation_responsibility_taken_is_not():
    facts = facts_of(
        'Minister Karim Haddad spoke in Niamey. "Those who arm the gunmen bear full responsibility," he '
        'said. Minister Awa Diallo said she took "full responsibility" for the failure.'
    )
    assert claims_of(facts) == {("Karim Haddad", "accusation"), ("Awa Diallo", "assertion")}


def test_not_a_party_to_the_conflict_is_a_denial():
    facts = facts_of('Chad said in a statement that it was "not a party to the conflict".')
    assert claims_of(facts) == {("Chad", "denial")}


def test_it_that_made_no_mention_and_vowed_is_the_body_that_spoke_before():
    facts = facts_of(
        "The Ogaden National Liberation Front said its fighters had shelled army positions. It made no "
        'mention of casualties and vowed to "intensify the struggle".'
    )
    assert ("Ogaden National Liberation Front", "intent") in claims_of(facts)


def test_a_name_right_after_the_accused_noun_is_who_is_accused():
    facts = facts_of(
        "Information Minister Awa Conteh accused the opposition National Renewal Party (NRP) of paying "
        "youths to attack the police."
    )
    [claim] = facts.claims
    assert claim.kind == "accusation"
    assert names(facts, claim.about) == {"National Renewal Party"}


def test_the_company_and_it_point_back_at_a_company_the_tagger_took_for_a_person():
    facts = facts_of(
        "The protests began after Tonkolili Iron Holdings, a mining company, told residents to move. The "
        "company said in a statement that prices had risen. It insisted that the compensation was fair."
    )
    assert {(label(facts, c.speaker), c.text) for c in facts.claims} >= {
        ("Tonkolili Iron Holdings", "that prices had risen"),
        ("Tonkolili Iron Holdings", "that the compensation was fair"),
    }
    assert {a.kind for a in facts.actors.values()} == {"Organization"}


def test_what_a_government_calls_something_is_a_name_not_a_statement():
    facts = facts_of(
        "Prime Minister Abiy Tesfaye said his government will not negotiate with what it calls "
        '"terrorist groups".'
    )
    assert len(facts.claims) == 1


def test_calling_a_rival_separatist_accuses_and_a_warning_that_it_is_doomed_threatens():
    facts = facts_of(
        'In Beijing, the Taiwan Affairs Office said the vote would not change "the separatist nature" of '
        'the DPP administration, and warned that "any attempt to seek independence is doomed to fail."'
    )
    assert claims_of(facts) == {("Taiwan Affairs Office", "accusation"), ("Taiwan Affairs Office", "threat")}


def test_a_deputy_prime_minister_is_not_the_prime_minister():
    facts = facts_of(
        "Prime Minister Vasilis Petrou reshuffled his cabinet. Deputy Prime Minister Andreas Kyriakou had "
        "been tipped to take over at finance. The prime minister vowed that his government would "
        "cooperate fully with investigators."
    )
    assert ("Vasilis Petrou", "intent") in claims_of(facts)


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        (
            '"I have never taken a single peso from anyone," Senator Rosa Quintero said.',
            "Rosa Quintero",
            "denial",
        ),
        ("The Arakan Army said its fighters do not target civilians.", "Arakan Army", "denial"),
        (
            '"Our soldiers must never again die because of carelessness," General Park Dong-hyun said.',
            "Park Dong-hyun",
            "assertion",
        ),
    ],
)
def test_the_speakers_side_saying_it_never_did_something_denies_it(text, speaker, kind):
    assert claims_of(facts_of(text)) == {(speaker, kind)}


def test_a_commitment_on_a_condition_set_to_the_other_side_is_a_threat():
    facts = facts_of(
        "Opposition leader Tomas Varga said his party would walk out of parliament unless the government "
        "withdrew the budget."
    )
    assert claims_of(facts) == {("Tomas Varga", "threat")}


def test_a_measure_announced_in_the_passive_by_a_minister_is_an_intent():
    facts = facts_of(
        "Interior Minister Youssef Amrani said three more police battalions would be sent to the border."
    )
    assert claims_of(facts) == {("Youssef Amrani", "intent")}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            '"These are criminals who want to bring terror to our towns," Governor Amos Kiprono said.',
            "accusation",
        ),
        ('"Dangerous criminals must stay behind bars," Governor Amos Kiprono said.', "assertion"),
        ('"They were told about the risk, and they did nothing," Governor Amos Kiprono said.', "accusation"),
    ],
)
def test_calling_others_criminals_or_idle_accuses_them(text, kind):
    assert claims_of(facts_of(text)) == {("Amos Kiprono", kind)}


def test_a_rule_stated_with_nobody_is_no_denial():
    facts = facts_of("President Viktar Sakalouski said that nobody in the government was untouchable.")
    assert claims_of(facts) == {("Viktar Sakalouski", "assertion")}


def test_rejecting_a_warning_as_a_ploy_denies_it_and_keeps_the_reason():
    facts = facts_of("Lithuania's foreign ministry rejected the warning as an attempt to divert attention.")
    [claim] = facts.claims
    assert claim.kind == "denial"
    assert "divert attention" in claim.text


def test_warning_another_country_against_provocations_threatens_it():
    facts = facts_of(
        "President Viktar Sakalouski warned neighbouring Lithuania and Poland against what he called "
        '"provocations".'
    )
    [claim] = facts.claims
    assert claim.kind == "threat"
    assert {"Lithuania", "Poland"} <= names(facts, claim.about)
    facts = facts_of("The ministry warned residents against returning to their homes before Friday.")
    assert {kind for _, kind in claims_of(facts)} <= {"assertion"}


def test_the_company_is_the_company_named_just_before_even_when_it_was_no_subject():
    facts = facts_of(
        "Police have detained three engineers employed by the Xe Kong Power Company. The company denied "
        "any negligence."
    )
    assert claims_of(facts) == {("Xe Kong Power Company", "denial")}


def test_his_seat_in_what_a_man_says_he_will_stand_for_is_his_own():
    facts = facts_of(
        "Foreign Minister Alistair Penrose stays in his post. Grant Whitaker said he accepted the decision "
        "and would stand again as a candidate in his Auckland seat."
    )
    [claim] = facts.claims
    assert "Alistair Penrose" not in names(facts, claim.about)


def test_saying_the_culprits_will_be_found_wherever_they_hide_threatens_them():
    facts = facts_of('"Those who planned this cowardly attack will be found wherever they hide," said Aktaş.')
    assert claims_of(facts) == {("Aktaş", "threat")}


def test_denying_insulting_victims_is_a_denial_though_victims_are_its_object():
    facts = facts_of(
        "Regional councillor Bernard Simasiku was criticised. Simasiku denied insulting flood victims, "
        'saying his words had been "taken out of context".'
    )
    assert claims_of(facts) == {("Bernard Simasiku", "denial")}


def test_denying_a_role_while_calling_the_bombing_the_regimes_crime_also_accuses():
    facts = facts_of(
        "In a statement posted online, the FNR's spokesman, Désiré Manirakiza, denied any role in the bus "
        "station bombing, calling it "
        '"a crime against civilians that bears the signature of the regime itself."'
    )
    assert claims_of(facts) == {("Désiré Manirakiza", "denial"), ("Désiré Manirakiza", "accusation")}


def test_an_organisations_local_office_speaks_for_the_organisation():
    facts = facts_of('The United Nations office in Bujumbura said it was "deeply concerned" by the violence.')
    assert claims_of(facts) == {("United Nations", "assertion")}


def test_declining_to_say_is_no_claim():
    facts = facts_of("The prime minister declined to say whether further changes were planned.")
    assert facts.claims == []


def test_what_one_told_reporters_after_declining_to_say_is_their_claim():
    facts = facts_of(
        "Government spokesman Amadou Diallo declined to say who would succeed the governor, telling "
        'reporters only that the president would "take his time" before naming anyone.'
    )
    assert [(label(facts, c.speaker), "take his time" in c.text) for c in facts.claims] == [
        ("Amadou Diallo", True)
    ]


def test_calling_a_charge_absurd_denies_it():
    facts = facts_of('The United States embassy in Managua called the charge "absurd".')
    assert [c.kind for c in facts.claims] == ["denial"]


def test_an_offer_on_request_is_an_intent_not_a_threat():
    facts = facts_of(
        "Russia's emergency situations ministry said it was ready to dispatch a rescue team if Dushanbe "
        "requested one."
    )
    assert [c.kind for c in facts.claims] == ["intent"]


def test_dismissing_the_claim_is_a_denial_about_who_made_it():
    facts = facts_of(
        "The opposition Group 24 accused officials of stealing flood funds. Government spokesman Shavkat "
        'Davlatov dismissed the claim as "cynical propaganda".'
    )
    denial = next(c for c in facts.claims if c.kind == "denial")
    assert names(facts, denial.about) == {"Group 24"}


@pytest.mark.parametrize(
    "text, kind",
    [
        ('The group had "no connection" to the strike, spokesman Abdulkarim al-Washli said.', "denial"),
        ('The opposition Unity Party called the arrest a "witch-hunt".', "accusation"),
        ('Opposition leader Ruth Kombe called the dismissal "a cheap political trick".', "accusation"),
        ("Prime Minister Joseph Kapi said the force had failed the people of Enga.", "accusation"),
        ('"They will be found and punished," Prime Minister Joseph Kapi said.', "threat"),
        ("Commissioner Peter Wanjik said he had been denied the resources to do his job.", "assertion"),
    ],
)
def test_words_that_deny_or_accuse(text, kind):
    assert [c.kind for c in facts_of(text).claims] == [kind]


def test_why_someone_fired_an_official_is_no_denial():
    facts = facts_of(
        "Prime Minister Joseph Kapi dismissed Police Commissioner Peter Wanjik, saying the force had "
        "lost the trust of the province."
    )
    assert claims_of(facts) == {("Joseph Kapi", "assertion")}


def test_a_body_putting_a_figure_at_an_amount_estimates_it():
    facts = facts_of("The Malawi National Teachers' Union puts the total arrears at about 38 billion kwacha.")
    [claim] = facts.claims
    assert (label(facts, claim.speaker), claim.kind) == ("Malawi National Teachers' Union", "assertion")
    assert "kwacha" in claim.text
    assert not facts_of("The minister put forward a plan to cut spending.").claims


@pytest.mark.parametrize(
    "text, kind",
    [
        ('Jerome Ndayizeye said: "Those who give these criminals weapons share their guilt."', "accusation"),
        (
            "Rwanda's foreign ministry said Kigali had \u201cno links whatsoever\u201d with any armed group.",
            "denial",
        ),
        ('"They will find no hiding place," Defence Minister Emmanuel Barutwanayo told residents.', "threat"),
        (
            "Education Minister Harold Kamwendo warned that teachers who did not return to work would not be "
            "paid and could face disciplinary action.",
            "threat",
        ),
    ],
)
def test_guilt_shared_links_denied_no_hiding_place_and_discipline_threatened(text, kind):
    assert [c.kind for c in facts_of(text).claims] == [kind]


def test_the_government_in_a_capital_speaks_for_its_country():
    facts = facts_of("The government in Gitega accused neighbouring Rwanda of arming the rebels.")
    assert claims_of(facts) == {("Burundi", "accusation")}


def test_a_family_name_written_before_two_given_syllables_names_the_speaker_alone():
    facts = facts_of(
        "Senior Minister of State Desmond Ong Kah Wee resigned on Monday. Ong said he had done nothing wrong."
    )
    assert ("Desmond Ong Kah Wee", "denial") in claims_of(facts)


def test_a_leaders_party_speaks_as_the_body_he_leads():
    facts = facts_of(
        "Police arrested Domingos Sambu, leader of the Movement for Democratic Change, on Saturday. "
        "Sambu's party accused the security forces of beating demonstrators."
    )
    assert ("Movement for Democratic Change", "accusation") in claims_of(facts)
