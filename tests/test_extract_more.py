"""More rules, one sentence each (none from the scored corpora)."""

import pytest

from tests.extraction import claims_of, events_of, facts_of, label, names, replacements_of, roles_of


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ewa Nowak becomes deputy prime minister.", ("Ewa Nowak", "deputy prime minister", "new")),
        (
            "Jonas Berg resigned as finance minister on Monday.",
            ("Jonas Berg", "minister of finance", "former"),
        ),
        ("Anna Weiss moves to the interior ministry.", ("Anna Weiss", "minister of interior", "new")),
        ("Karl Lund takes over the energy ministry.", ("Karl Lund", "minister of energy", "new")),
        ("Mira Kos will take charge of the Ministry of Justice.", ("Mira Kos", "minister of justice", "new")),
        ("Lena Roth remains secretary of the Security Council.", ("Lena Roth", "secretary", "current")),
        (
            "Petra Novak, the state secretary for defence policy, spoke.",
            ("Petra Novak", "state secretary", "current"),
        ),
    ],
)
def test_more_ways_of_naming_a_post(text, expected):
    person, post, status = expected
    found = roles_of(facts_of(text))
    assert any(p == person and post in label and s == status for p, label, s in found), found


def test_a_rank_before_a_name_is_not_a_post():
    assert roles_of(facts_of("General Tomas Varga inspected the troops.")) == set()


def test_a_resignation_makes_the_post_named_beside_it_former():
    found = roles_of(facts_of("Latvia's health minister, Ilze Ozola, resigned on Tuesday."))
    assert ("Ilze Ozola", "minister of health", "former") in found


def test_predecessors_pair_with_the_posts_in_order():
    facts = facts_of(
        "Jan Kral becomes deputy prime minister and justice minister, replacing Eva Dvorak in "
        "the first role and Petr Sova in the second."
    )
    found = replacements_of(facts)
    assert ("Jan Kral", "Eva Dvorak", "deputy prime minister") in found
    assert ("Jan Kral", "Petr Sova", "minister of justice") in found


def test_a_post_named_in_the_sentence_before_a_replacement():
    facts = facts_of(
        "The post of deputy prime minister also changed hands. Olga Ionescu was replaced by Mihai Radu."
    )
    assert ("Mihai Radu", "Olga Ionescu", "deputy prime minister") in replacements_of(facts)


def test_a_person_described_by_age_or_occupation_though_the_tagger_missed_the_name():
    facts = facts_of(
        "The team is led by Oleksandr Hrytsak, 58, a career diplomat whom the president named "
        "as his chief negotiator."
    )
    assert ("Oleksandr Hrytsak", "chief negotiator", "new") in roles_of(facts)


def test_a_successor_after_an_awkwardly_placed_by():
    facts = facts_of("Radu Ciobanu is succeeded on an interim basis by Elena Dragulescu.")
    assert {(s, p) for s, p, _ in replacements_of(facts)} == {("Elena Dragulescu", "Radu Ciobanu")}


def test_whoever_takes_up_a_post_was_appointed():
    facts = facts_of("Maria Lopez replaces John Smith as interior minister.")
    assert [names(facts, e.participants) for e in events_of(facts, "Appointment")] == [{"Maria Lopez"}]


def test_accepting_a_resignation_does_not_make_it_yours():
    facts = facts_of(
        "Defence Minister Radu Pop resigned on Wednesday. Prime Minister Ana Dinu accepted the resignation."
    )
    [resignation] = events_of(facts, "Resignation")
    assert resignation.theme and facts.actors[resignation.theme].label == "Radu Pop"


@pytest.mark.parametrize(
    "text, kind",
    [
        ("A Russian drone came down on a farm near Galati and injured two people.", "Attack"),
        ("Authorities moved about 240 residents of two villages to shelters.", "Evacuation"),
        ("Russian forces have taken control of Kupiansk.", "TerritorialChange"),
        ("The president chaired an emergency session of the security council.", "Meeting"),
    ],
)
def test_events_without_their_usual_noun(text, kind):
    assert kind in [e.type for e in facts_of(text).events]


def test_future_and_campaign_long_events_are_not_events():
    facts = facts_of(
        "Lawmakers will vote on the budget next week. The grid survived two winters of Russian strikes."
    )
    assert facts.events == []


def test_a_figure_in_the_next_sentence_belongs_to_the_event_before():
    facts = facts_of("Russian missiles struck Mykolaiv overnight. More than 30 people were injured.")
    [attack] = events_of(facts, "Attack")
    assert attack.figures["injured"].value == 30


def test_places_are_not_people():
    facts = facts_of("Officials ordered the evacuation of families from 11 villages near Kupiansk.")
    [evacuation] = events_of(facts, "Evacuation")
    assert "evacuated" not in evacuation.figures


@pytest.mark.parametrize(
    "text, speaker, kind",
    [
        (
            "Russia's defence ministry claimed the capture of two villages.",
            "Russian Defence Ministry",
            "assertion",
        ),
        ("The Russian embassy denied that the drone was Russian.", "Russian Embassy", "denial"),
        ("Ukraine's general staff said its troops had withdrawn.", "Ukrainian General Staff", "assertion"),
        ("Lavrov warned that Moscow would achieve its goals by military means.", "Sergei Lavrov", "threat"),
        ("The foreign minister, Marta Kos, urged allies to send more air defence.", "Marta Kos", "assertion"),
    ],
)
def test_more_speakers_and_kinds(text, speaker, kind):
    assert (speaker, kind) in claims_of(facts_of(text))


def test_a_claimed_capture_is_a_claim_not_a_territorial_change():
    facts = facts_of(
        "Russia's defence ministry claimed the capture of two villages near Kupiansk, a claim Kyiv denied."
    )
    assert events_of(facts, "TerritorialChange") == []
    assert ("Ukraine", "denial") in claims_of(facts)


def test_a_clause_before_a_semicolon_is_not_what_the_next_clause_reports():
    facts = facts_of(
        "General Ion Popa was relieved of his command on Monday; the ministry did not say who "
        "would succeed him."
    )
    assert [e.type for e in facts.events] == ["Dismissal"]


def test_blame_is_about_whom_it_blames():
    facts = facts_of("Peskov blamed fragments of Ukrainian interceptor missiles for the damage.")
    [claim] = facts.claims
    assert claim.kind == "accusation" and "country/ukraine" in claim.about


def test_a_title_before_a_name_with_particles():
    found = roles_of(facts_of("European Commission President Ursula von der Leyen spoke first."))
    assert ("Ursula von der Leyen", "president", "current") in found


def test_a_chief_of_a_policy_area():
    found = roles_of(facts_of("The EU's foreign policy chief, Kaja Kallas, spoke first."))
    assert ("Kaja Kallas", "chief of foreign policy", "current") in found


def test_a_nationality_noun_refers_back():
    facts = facts_of(
        "Anna Berg takes Pieter de Vries's place as envoy. The Dutchman stepped down in January."
    )
    [resignation] = events_of(facts, "Resignation")
    assert names(facts, resignation.participants) == {"Pieter de Vries"}


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Zelensky addressed the leaders by video link.", "Speech"),
        ("Keir Starmer joined the leaders for a working dinner.", "Meeting"),
        ("Ministers approved a package of sanctions against Russia.", "Proposal"),
    ],
)
def test_events_named_by_less_usual_words(text, kind):
    assert kind in [e.type for e in facts_of(text).events]


def test_calling_for_is_a_claim_dismissing_a_person_is_not():
    assert ("Volodymyr Zelensky", "assertion") in claims_of(
        facts_of("Zelensky called for the frozen assets to be used now.")
    )
    assert claims_of(facts_of("The parliament dismissed Serhiy Levchenko on Friday.")) == set()
    assert ("Russia", "denial") in claims_of(facts_of("Moscow dismissed the new measures."))


def test_the_n_year_old_refers_back():
    facts = facts_of(
        "Anke Brandt is the new defence minister. Chancellor Jens Ohm named the 48-year-old as "
        "his new defence minister on Tuesday."
    )
    appointments = events_of(facts, "Appointment")
    assert any({"Anke Brandt", "Jens Ohm"} <= names(facts, e.participants) for e in appointments)


def test_a_hyphenated_title_and_staying_on():
    found = roles_of(facts_of("Vice-Chancellor Lars Weber stays on as finance minister."))
    assert ("Lars Weber", "vice chancellor", "current") in found
    assert ("Lars Weber", "minister of finance", "current") in found


def test_tipped_to_move_is_not_a_move():
    found = roles_of(facts_of("Lars Weber, who had been tipped to move to the defence ministry, stays."))
    assert not any(post == "minister of defence" for _, post, _ in found)


def test_sworn_in_in_place_of():
    facts = facts_of("Tobias Keller was sworn in as state secretary in place of Anna Brandt.")
    assert ("Tobias Keller", "Anna Brandt", "state secretary") in replacements_of(facts)


def test_calling_someone_something_is_a_claim():
    assert ("Friedrich Merz", "assertion") in claims_of(
        facts_of("Merz named Anna Brandt as defence minister, calling her a safe pair of hands.")
    )


def test_heading_a_unit_is_a_post():
    found = roles_of(facts_of("Maksym Oliinyk, who headed the internal audit department, spoke."))
    assert any(p == "Maksym Oliinyk" and "internal audit department" in post for p, post, _ in found)


def test_an_acting_minister_after_a_dismissal_takes_the_vacated_post():
    facts = facts_of(
        "Parliament dismissed Health Minister Taras Horak on Tuesday. The cabinet then named Iryna "
        "Mykytiuk as acting minister."
    )
    assert ("Iryna Mykytiuk", "Taras Horak", "minister of health") in replacements_of(facts)


def test_a_quoted_object_of_say_is_what_was_said():
    facts = facts_of(
        'Prime Minister Yulia Svyrydenko spoke, saying the minister bore "political '
        'responsibility" for the scheme.'
    )
    assert ("Yulia Svyrydenko", "assertion") in claims_of(facts)


def test_an_age_described_person_and_a_move_as_ambassador():
    facts = facts_of(
        "Lithuania named Rasa Jurga as its new special envoy. The 57-year-old career diplomat "
        "succeeds Darius Kuodys, who is moving to Warsaw as ambassador to Poland."
    )
    assert ("Rasa Jurga", "Darius Kuodys", "special envoy") in replacements_of(facts)
    assert ("Darius Kuodys", "ambassador to poland", "new") in roles_of(facts)


def test_warning_of_ones_own_action_is_a_threat_a_forecast_is_not():
    assert ("Nigel Farage", "threat") in claims_of(
        facts_of("Nigel Farage warned that his party would force a by-election.")
    )
    assert ("Mark Rutte", "assertion") in claims_of(
        facts_of("Mark Rutte warned that Russia was rebuilding its forces faster than expected.")
    )


def test_a_letter_of_intent_is_a_proposal():
    facts = facts_of("Ministers from eight countries signed a letter of intent to buy air defence systems.")
    assert "Proposal" in [e.type for e in facts.events]


def test_a_description_prefers_the_previous_sentences_subject():
    facts = facts_of(
        "Anke Brandt is the new defence minister, taking over from Boris Kahl, who stepped down. "
        "Chancellor Jens Ohm named the 48-year-old as his new defence minister on Tuesday."
    )
    [appointment] = [e for e in events_of(facts, "Appointment") if "Jens Ohm" in names(facts, e.participants)]
    assert "Anke Brandt" in names(facts, appointment.participants)
    assert "Boris Kahl" not in names(facts, appointment.participants)


def test_in_place_of_after_an_appointment_verb_names_the_appointee():
    facts = facts_of("Munteanu named Cristina Gherasim as finance minister in place of Petru Rotaru.")
    assert {(s, p) for s, p, _ in replacements_of(facts)} == {("Cristina Gherasim", "Petru Rotaru")}


def test_moving_someone_else_moves_them_not_the_mover():
    found = roles_of(facts_of("Giorgia Meloni moved Stefano Corradi to the foreign ministry."))
    assert ("Stefano Corradi", "minister of foreign affairs", "new") in found
    assert not any(p == "Giorgia Meloni" for p, _, _ in found)


def test_stepping_in_for_someone_at_a_post_is_a_succession():
    facts = facts_of("Matteo Valenti steps in for Stefano Corradi at the interior ministry.")
    assert ("Matteo Valenti", "Stefano Corradi", "minister of interior") in replacements_of(facts)
    assert replacements_of(facts_of("Erik Lind stood in for the minister at the meeting.")) == set()


def test_to_replace_him_x_turned_to_y():
    facts = facts_of(
        "Lorenzo Bertoli quit on Monday. To replace him, Giorgia Meloni turned to Federica Rinaldi."
    )
    assert {(s, p) for s, p, _ in replacements_of(facts)} == {("Federica Rinaldi", "Lorenzo Bertoli")}


def test_heading_the_government_is_being_prime_minister():
    found = roles_of(facts_of("Dorin Recean, who had headed the government since 2023, left."))
    assert ("Dorin Recean", "prime minister", "former") in found


def test_an_article_naming_no_country_belongs_to_the_country_of_its_people():
    facts = facts_of("Keir Starmer overhauled his cabinet. Ana Holt becomes business secretary.")
    [tenure] = [t for t in facts.tenures if facts.actors[t.person].label == "Ana Holt"]
    assert tenure.post.organization == "country/united-kingdom"


@pytest.mark.parametrize(
    "text",
    [
        "The king named Erik Holm as Nils Berg's successor.",
        "Erik Holm, Nils Berg's successor, arrived on Monday.",
    ],
)
def test_someones_successor(text):
    assert {(s, p) for s, p, _ in replacements_of(facts_of(text))} == {("Erik Holm", "Nils Berg")}


def test_names_keep_their_hyphens_and_inner_possessives():
    facts = facts_of(
        "Defence Minister Władysław Kosiniak-Kamysz met reporters. "
        "The National Prosecutor's Office said three people were detained."
    )
    labels = {a.label for a in facts.actors.values()}
    assert {"Władysław Kosiniak-Kamysz", "National Prosecutor's Office"} <= labels


def test_an_abbreviated_rank_does_not_end_the_sentence():
    facts = facts_of("Kosiniak-Kamysz dismissed the head of the Armament Agency, Brig. Gen. Tomasz Wrona.")
    assert ("Tomasz Wrona", "head of the armament agency", "former") in roles_of(facts)
    assert names(facts, events_of(facts, "Dismissal")[0].participants) >= {"Tomasz Wrona"}


def test_she_is_the_woman_not_the_last_man_named():
    facts = facts_of(
        "Prime Minister Petr Fiala named Katerina Dvorakova as his new minister for regional "
        "development. She was appointed in place of Ondrej Ruzicka."
    )
    assert {(s, p) for s, p, _ in replacements_of(facts)} == {("Katerina Dvorakova", "Ondrej Ruzicka")}


def test_a_given_name_makes_a_person_of_a_name_tagged_otherwise():
    facts = facts_of("Maia Sandu said she would order a review of the contracts.")
    [speaker] = {c.speaker for c in facts.claims}
    assert facts.actors[speaker].kind == "Person"


def test_the_place_a_mayor_governs_is_a_place():
    facts = facts_of("Katerina Dvorakova, until now deputy mayor of Brno, joined the cabinet.")
    assert all(a.kind == "Place" for a in facts.actors.values() if a.label == "Brno")


def test_a_namesake_of_a_known_person_is_someone_else():
    facts = facts_of(
        "Oleksii Kuleba, the deputy prime minister, spoke. Kuleba said there would be no untouchables."
    )
    assert {a.label for a in facts.actors.values() if a.kind == "Person"} == {"Oleksii Kuleba"}


def test_the_villages_of_a_list_are_places_whatever_the_tagger_says():
    facts = facts_of(
        "The army ordered residents of the villages of Yohmor, Zawtar al-Sharqiya and Mayfadoun to leave."
    )
    assert not [a.label for a in facts.actors.values() if a.kind == "Person"]


def test_a_surname_met_first_in_the_headline_takes_the_full_name_met_later():
    facts = facts_of(
        "Morimoto names spokeswoman Ishida as foreign minister\n\n"
        "Prime Minister Kenji Morimoto reshuffled his Cabinet on Wednesday, appointing Chief Cabinet "
        "Secretary Yoko Ishida as foreign minister."
    )
    people = {a.label: a for a in facts.actors.values() if a.kind == "Person"}
    assert set(people) == {"Kenji Morimoto", "Yoko Ishida"}  # one each, by full name, both people
    assert "Ishida" in people["Yoko Ishida"].names


def test_a_title_case_headline_makes_no_person_of_two_capitalised_words():
    facts = facts_of(
        "Peru Finance Chief Quits Amid Highway Graft Probe, Rattling Bond Investors\n\n"
        "Finance Minister Raul Castaneda resigned on Wednesday."
    )
    people = {a.label for a in facts.actors.values() if a.kind == "Person"}
    assert people == {"Raul Castaneda"}


def test_a_korean_name_with_a_hyphened_given_name_is_one_person_and_the_headline_surname_is_them():
    facts = facts_of(
        "New minister Han vows reform\n\n"
        "SEOUL, Sept. 2 (Yonhap) -- Han Seung-woo was sworn in as unification minister on Tuesday. "
        "President Choi Min-jae presented Han with his letter of appointment."
    )
    people = {a.label for a in facts.actors.values() if a.kind == "Person"}
    assert people == {"Han Seung-woo", "Choi Min-jae"}


def test_the_presidential_office_is_the_article_countrys_unless_named_for_another():
    facts = facts_of(
        "SEOUL, Sept. 2 (Yonhap) -- The vice minister will remain in his post, the presidential office said."
    )
    [claim] = facts.claims
    speaker = facts.actors[claim.speaker]
    assert speaker.label == "South Korean presidential office" and speaker.country == "country/south-korea"
    facts = facts_of("KYIV, Sept. 2 (Reuters) - Yermak will stay, the presidential office said.")
    assert label(facts, facts.claims[0].speaker) == "Office of the President of Ukraine"


def test_a_post_takes_the_country_the_whole_article_is_about_even_before_it_is_named():
    facts = facts_of(
        "Interior Minister Ana Ruiz resigned on Monday. Prime Minister Luis Vega said Chile would hold "
        "an inquiry, and the Chilean Senate agreed."
    )
    assert {t.post.organization for t in facts.tenures} == {"country/chile"}


def test_a_generic_body_name_is_no_foreign_body_when_its_country_is_never_named():
    facts = facts_of("The Presidential Office said the premier had resigned.")
    assert [a.label for a in facts.actors.values() if a.kind == "GovernmentBody"] == ["Presidential Office"]


def test_a_party_whose_name_has_a_possessive_stays_one_name():
    facts = facts_of("People's Party leader Warut Chaiyasit accused the government of corruption.")
    [tenure] = facts.tenures
    assert facts.actors[tenure.post.organization].label == "People's Party"


def test_a_title_before_a_name_the_tagger_took_for_an_organisation_makes_it_a_person():
    facts = facts_of("The riot prompted President Esteban Arroyo to replace his interior minister.")
    assert ("Esteban Arroyo", "president", "current") in roles_of(facts)


def test_a_post_named_in_the_object_of_replace_is_the_post_replaced():
    facts = facts_of(
        "President Ana Sousa replaced the commander of the northern theatre, Major General Rui Costa, with "
        "Brigadier General Tomas Neves."
    )
    [(successor, predecessor, post)] = replacements_of(facts)
    assert (successor, predecessor) == ("Tomas Neves", "Rui Costa") and "northern theatre" in post


def test_district_administrators_and_un_coordinators_hold_posts():
    facts = facts_of(
        "Lichinga's district administrator, Rosa Mbeki, said the school had burned. The United Nations "
        "humanitarian coordinator in Malawi, Anna Berg, said aid had run short."
    )
    assert {(p, post) for p, post, _ in roles_of(facts)} == {
        ("Rosa Mbeki", "district administrator"),
        ("Anna Berg", "humanitarian coordinator"),
    }


def test_a_mission_s_name_runs_on_to_the_country_it_serves_in():
    facts = facts_of("The Multinational Security Support Mission in Haiti said it had reinforced its bases.")
    [claim] = facts.claims
    assert label(facts, claim.speaker) == "Multinational Security Support Mission in Haiti"


def test_a_bare_name_described_with_who_is_a_person_a_pronoun_stands_for():
    facts = facts_of(
        "Dahal, who leads the opposition, struck a different note. Speaking in Pokhara, he accused the "
        "government of creating chaos."
    )
    assert claims_of(facts) == {("Dahal", "accusation")}


def test_taking_over_at_the_ministry_is_the_ministry_the_successor_was_just_moved_to():
    facts = facts_of(
        "President Luis Vega reshuffled his cabinet, moving Defence Minister Rui Prado to the Interior "
        "Ministry after Ana Ruiz resigned. Prado takes over from Ruiz at the ministry that oversees the "
        "police."
    )
    assert ("Rui Prado", "Ana Ruiz", "minister of interior") in replacements_of(facts)
    [appointment] = events_of(facts, "Appointment")
    assert names(facts, appointment.participants) == {"Rui Prado", "Luis Vega"}


def test_an_undersecretary_until_now_leaves_that_post():
    facts = facts_of(
        "His place at the Defence Ministry goes to Paula Soto, until now undersecretary for the armed forces."
    )
    assert ("Paula Soto", "undersecretary of armed forces", "former") in roles_of(facts)


def test_a_given_name_before_a_known_surname_names_someone_else():
    facts = facts_of("General Rui Costa said the army had left the town.")
    assert [label(facts, c.speaker) for c in facts.claims] == ["Rui Costa"]


def test_the_service_is_the_service_just_named_and_moving_to_a_body_as_deputy_is_its_post():
    facts = facts_of(
        "President Sadyr Bekov shook up the leadership of the Customs Service. He named Colonel Azamat "
        "Ismailov as the service's new head, succeeding General Bolot Osmonov, who moved to the State "
        "Committee for Ecology as deputy chairman."
    )
    assert ("Azamat Ismailov", "Bolot Osmonov", "head of customs service") in replacements_of(facts)
    [deputy] = [t for t in facts.tenures if t.post.label == "Deputy Chairman"]
    assert label(facts, deputy.post.organization) == "State Committee for Ecology"
    assert not any(t.post.label.startswith("Head of the State Committee") for t in facts.tenures)


def test_a_title_conjoined_to_a_name_takes_the_apposition_the_parser_hung_on_the_name():
    facts = facts_of(
        "Late on Thursday, Ismailov and the commander of Tajikistan's border troops, General Rustam "
        "Nazarov, met at the Kyzyl-Bel crossing point."
    )
    assert ("Rustam Nazarov", "commander of border troops", "current") in roles_of(facts)
    [meeting] = events_of(facts, "Meeting")
    assert "Rustam Nazarov" in names(facts, meeting.participants)


def test_a_name_tagged_apart_before_a_known_surname_names_someone_else():
    facts = facts_of("The UN special envoy, Mariela Costa, opened the talks. Costa said they went well.")
    assert {label(facts, c.speaker) for c in facts.claims} == {"Mariela Costa"}


def test_a_name_the_tagger_took_for_a_building_is_a_person_holding_a_post_until_now():
    facts = facts_of(
        "By royal decree on Tuesday, Ayman Obeidat, until now governor of Mafraq, was sworn in as "
        "interior minister in place of Tarek Al-Khasawneh."
    )
    assert ("Ayman Obeidat", "Tarek Al-Khasawneh", "minister of interior") in replacements_of(facts)
    assert ("Ayman Obeidat", "governor of mafraq", "former") in roles_of(facts)


def test_the_minister_who_resigned_unnamed_is_the_one_who_handed_in_his_resignation():
    facts = facts_of(
        "Peru's interior minister resigned on Tuesday. Carlos Ruiz, 52, handed his resignation to the "
        "president. He denied any wrongdoing. Hours later, the president named Ana Soto as the new "
        "interior minister."
    )
    assert ("Ana Soto", "Carlos Ruiz", "minister of interior") in replacements_of(facts)


def test_putting_a_deputy_in_charge_fills_the_post_just_left():
    facts = facts_of(
        "Arce also removed the director of the prison system, Colonel Julio Sosa, putting his deputy, "
        "Edwin Ramos, in charge."
    )
    assert ("Edwin Ramos", "Julio Sosa", "director of prison system") in replacements_of(facts)


def test_succeeding_parsed_as_a_clause_of_its_own_still_names_the_predecessor():
    facts = facts_of(
        "Energy Minister Dilan Silva was sworn in as Minister of Ports and Civil Aviation, succeeding "
        "Ruwan Mendis, who quit on Tuesday after officers of the Commission to Investigate Allegations "
        "of Bribery or Corruption searched his ministry offices and his home in Galle. Silva's old "
        "portfolio went to Nimal Perera."
    )
    assert replacements_of(facts) == {
        ("Dilan Silva", "Ruwan Mendis", "minister of ports and civil aviation"),
        ("Nimal Perera", "Dilan Silva", "minister of energy"),
    }


def test_a_new_post_announced_is_the_post_of_the_succession_that_follows():
    facts = facts_of(
        "The delegation arrived with a new chief negotiator. Lual Majok replaces Mayen Kuany, whom the "
        "president moved to the petroleum ministry. Kuany, in turn, takes over at petroleum from Peter "
        "Wani, who was sacked."
    )
    assert replacements_of(facts) == {
        ("Lual Majok", "Mayen Kuany", "chief negotiator"),
        ("Mayen Kuany", "Peter Wani", "minister of petroleum"),
    }


def test_appointing_read_as_an_adjective_of_the_next_name_is_the_dismissers_clause():
    facts = facts_of(
        "Prime Minister Aidos Serikbayev dismissed Transport Minister Bolat Temirov, naming deputy "
        "minister Nurlan Abenov as acting transport minister."
    )
    assert replacements_of(facts) == {("Nurlan Abenov", "Bolat Temirov", "minister of transport")}
    assert ("Nurlan Abenov", "minister of transport", "new") in roles_of(facts)
    [appointment] = events_of(facts, "Appointment")
    assert names(facts, appointment.participants) == {"Nurlan Abenov", "Aidos Serikbayev"}


def test_a_name_a_following_acronym_spells_is_one_group_whatever_the_tagger_split():
    facts = facts_of(
        "Gunmen killed 12 soldiers in a raid on an army post. The Islamic State West Africa Province "
        "(ISWAP) claimed responsibility. ISWAP said it would strike again."
    )
    [attack] = events_of(facts, "Attack")
    assert names(facts, attack.participants) == {"Islamic State West Africa Province"}
    assert not attack.places  # no "West Africa Province"
    assert {speaker for speaker, _ in claims_of(facts)} == {"Islamic State West Africa Province"}


def test_a_town_the_tagger_took_for_a_people_is_a_place_after_in():
    facts = facts_of("Gendarmes arrested 14 people in Kouroussa on Tuesday on suspicion of smuggling arms.")
    [arrests] = events_of(facts, "Investigation")
    assert names(facts, arrests.places) == {"Kouroussa"}
    assert arrests.figures["count"].value == 14


def test_the_premier_who_names_a_minister_to_take_his_place_is_not_the_one_leaving():
    facts = facts_of(
        "Defence Minister Aivars Kalnins resigned on Monday, a week after investigators searched his "
        "ministry, and Prime Minister Ilze Ozola named Interior Minister Janis Liepa to take his place."
    )
    assert replacements_of(facts) == {("Janis Liepa", "Aivars Kalnins", "minister of defence")}


def test_a_premier_who_resigns_and_names_a_successor_names_one_for_her_own_place():
    facts = facts_of("Prime Minister Ilze Ozola resigned and named Janis Liepa to take her place.")
    assert replacements_of(facts) == {("Janis Liepa", "Ilze Ozola", "prime minister")}


def test_running_a_ministry_in_place_of_someone_while_keeping_ones_own():
    facts = facts_of(
        "Health Minister Ruth Banda was promoted to take over from Peter Moyo at the finance ministry. "
        "The president accepted the resignation of Water Minister Joseph Tembo. Trade Minister Agnes "
        "Mvula will run the water ministry in place of Tembo while keeping the trade portfolio."
    )
    assert ("Agnes Mvula", "Joseph Tembo", "minister of water") in replacements_of(facts)
    assert ("Agnes Mvula", "minister of trade", "current") in roles_of(facts)
    assert ("Agnes Mvula", "minister of water", "new") in roles_of(facts)


def test_a_hokim_is_a_governors_post():
    facts = facts_of(
        "The president dismissed Anvar Karimov, the hokim of the Navoi region, and appointed his first "
        "deputy, Dilshod Yusupov, as the new hokim."
    )
    assert replacements_of(facts) == {("Dilshod Yusupov", "Anvar Karimov", "hokim of navoi region")}


def test_a_movement_named_in_full_is_the_same_movement_without_its_last_word():
    facts = facts_of(
        "The Ogaden National Liberation Front said it had attacked an army post. The Ogaden National "
        "Liberation declared that the truce was over."
    )
    assert {speaker for speaker, _ in claims_of(facts)} == {"Ogaden National Liberation Front"}


def test_a_name_beside_a_word_for_a_news_outlet_is_the_outlets():
    facts = facts_of(
        "Banda told the private broadcaster Zodiak that he had learned of his dismissal from the radio."
    )
    kinds = {a.label: a.kind for a in facts.actors.values()}
    assert kinds.get("Zodiak") != "Person"


def test_a_title_after_a_word_the_tagger_took_alone_still_names_the_person():
    facts = facts_of("Police seized phones and cash, State Prosecutor Kadri Tamm told a news conference.")
    assert {speaker for speaker, _ in claims_of(facts)} == {"Kadri Tamm"}


def test_capitalised_words_ending_in_authority_after_a_country_are_one_body():
    facts = facts_of("The Zambia Energy Regulatory Authority admitted that fuel reserves had fallen.")
    assert claims_of(facts) == {("Zambia Energy Regulatory Authority", "assertion")}


def test_an_acronym_spells_a_name_across_a_possessive():
    facts = facts_of(
        "The Malawi People's Defence Force (MPDF) said its troops had pursued the attackers. MPDF said "
        "the border was calm."
    )
    assert {speaker for speaker, _ in claims_of(facts)} == {"Malawi People's Defence Force"}


def test_a_body_named_with_an_of_phrase_after_a_country_is_one_body():
    facts = facts_of(
        "The Cyprus Chamber of Commerce and Industry said in a statement that exporters needed calm."
    )
    assert claims_of(facts) == {("Cyprus Chamber of Commerce and Industry", "assertion")}


def test_an_acronym_stands_for_the_body_whose_initials_it_spells():
    facts = facts_of(
        "Gunmen fired on a Guyana Defence Force patrol on Saturday. The soldiers came under fire from the "
        "Venezuelan bank, the GDF said in a statement."
    )
    assert [label(facts, c.speaker) for c in facts.claims] == ["Guyana Defence Force"]


def test_a_name_with_a_particle_the_tagger_split_is_one_name():
    facts = facts_of("Agapito dos Reis Lopes, a student leader, accused the police of beating students.")
    assert [label(facts, c.speaker) for c in facts.claims] == ["Agapito dos Reis Lopes"]
