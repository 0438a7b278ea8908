"""Posts and successions: one pattern per test, each on a sentence of its own."""

import pytest

from kg.names import fold
from tests.extraction import claims_of, facts_of, label, replacements_of, roles_of


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Foreign Minister Andrii Sybiha met his counterpart in Warsaw.",
            ("Andrii Sybiha", "minister of foreign", "current"),
        ),
        (
            "German Chancellor Friedrich Merz arrived in Kyiv on Monday.",
            ("Friedrich Merz", "chancellor", "current"),
        ),
        ("Former prime minister Boris Johnson visited Kyiv.", ("Boris Johnson", "prime minister", "former")),
        (
            "Mark Rutte, secretary general of NATO, visited the front.",
            ("Mark Rutte", "secretary general", "current"),
        ),
        (
            "Poland's foreign minister, Radoslaw Sikorski, arrived late.",
            ("Radosław Sikorski", "minister of foreign", "current"),
        ),
        (
            "Anna Kovalenko is Ukraine's new finance minister.",
            ("Anna Kovalenko", "minister of finance", "new"),
        ),
        (
            "Olena Marchenko, who served as health minister until March, left politics.",
            ("Olena Marchenko", "minister of health", "former"),
        ),
        (
            "Pavel Novak, who leads the Civic Alliance, spoke first.",
            ("Pavel Novak", "leader of civic alliance", "current"),
        ),
        (
            "The president appointed Ivan Petrenko as defence minister on Tuesday.",
            ("Ivan Petrenko", "minister of defence", "new"),
        ),
        (
            "The president named Mihai Ionescu, an economist, as prime minister-designate.",
            ("Mihai Ionescu", "prime minister", "new"),
        ),
        ("The president-elect, Karol Nowak, thanked voters.", ("Karol Nowak", "president", "new")),
    ],
)
def test_a_post_is_read_from_the_way_a_name_is_introduced(text, expected):
    person, post, status = expected
    found = roles_of(facts_of(text))
    assert any(p == person and post in label and s == status for p, label, s in found), found


def test_family_ties_are_not_posts():
    assert roles_of(facts_of("Jared Kushner, Trump's son-in-law, joined the talks.")) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Maria Lopez replaces John Smith as interior minister.",
        "John Smith was replaced by Maria Lopez as interior minister.",
        "Maria Lopez took over from John Smith as interior minister on Monday.",
        "Maria Lopez was named interior minister in place of John Smith.",
        "Interior Minister John Smith resigned. The premier appointed his deputy, Maria Lopez, in his place.",
        "Interior Minister John Smith was dismissed. The premier announced that his deputy, Maria Lopez, "
        "would serve as acting minister in place of Smith.",
        "The premier dismissed Interior Minister John Smith and replaced him with Maria Lopez.",
        "Interior Minister John Smith quits. Smith hands over to his deputy, Maria Lopez.",
        "Interior Minister John Smith stepped down and was replaced by Maria Lopez.",
        "Interior Minister John Smith resigned. "
        "Maria Lopez took over as acting minister after Smith's resignation.",
        "Interior Minister Maria Lopez, who replaced John Smith in October, visited Kyiv.",
        "The biggest change is at the interior ministry. John Smith was dropped from the cabinet "
        "and replaced by Maria Lopez, a former police chief.",
    ],
)
def test_succession_in_its_many_forms(text):
    found = replacements_of(facts_of(text))
    assert any(
        s == "Maria Lopez" and p == "John Smith" and post and "interior" in post for s, p, post in found
    ), found


def test_a_replacement_makes_the_successor_new_and_the_predecessor_former():
    found = roles_of(facts_of("Maria Lopez replaces John Smith as interior minister."))
    assert ("Maria Lopez", "minister of interior", "new") in found
    assert ("John Smith", "minister of interior", "former") in found


def test_a_chain_of_replacements_in_one_sentence():
    found = replacements_of(facts_of("Ana Ruiz replaces Luis Ortega, who had replaced Marta Gil in 2023."))
    assert {(s, p) for s, p, _ in found} == {("Ana Ruiz", "Luis Ortega"), ("Luis Ortega", "Marta Gil")}


def test_the_role_vacated_by():
    found = replacements_of(facts_of("Sara Holm steps into the role vacated by Peter Lind."))
    assert {(s, p) for s, p, _ in found} == {("Sara Holm", "Peter Lind")}


def test_the_reason_a_predecessor_left_is_kept():
    facts = facts_of("Tom Baker succeeds Ann Clark, who resigned over a spending scandal.")
    assert [r.reason for r in facts.replacements] == ["resigned over a spending scandal"]


@pytest.mark.parametrize(
    "text",
    [
        "Pedro Alves had been tipped to replace Rui Costa.",
        "The government did not say who would succeed Rui Costa.",
        "Pedro Alves is expected to replace Rui Costa.",
        "Pedro Alves could replace Rui Costa next month.",
    ],
)
def test_hedged_or_negated_successions_are_not_facts(text):
    assert replacements_of(facts_of(text)) == set()


def test_replacement_of_named_beside_an_appointment():
    facts = facts_of(
        "The premier appointed Ivan Petrenko to the energy ministry, ending weeks of talk about "
        "the replacement of Oleh Bondar."
    )
    assert ("Ivan Petrenko", "Oleh Bondar", "minister of energy") in replacements_of(facts)


def test_a_post_named_only_by_its_department():
    found = roles_of(facts_of("Kyiv's leader has appointed Ivan Petrenko to the justice ministry."))
    assert ("Ivan Petrenko", "minister of justice", "new") in found


def test_a_succession_placed_at_a_ministry_is_to_its_post():
    facts = facts_of("At the industry ministry, Tomas Brabec takes over from Jan Vlcek.")
    assert replacements_of(facts) == {("Tomas Brabec", "Jan Vlcek", "minister of industry")}


def test_a_portfolio_that_goes_to_someone_is_their_new_post():
    facts = facts_of("The agriculture portfolio goes to Martin Sedlacek, who replaces Radek Kubin.")
    assert replacements_of(facts) == {("Martin Sedlacek", "Radek Kubin", "minister of agriculture")}


def test_a_parliament_approving_someone_as_minister_appoints_them():
    facts = facts_of("Ukraine's parliament on Thursday approved Oleksiy Danchenko as defence minister.")
    assert ("Oleksiy Danchenko", "minister of defence", "new") in roles_of(facts)
    assert roles_of(facts_of("The Rada approved Oleksiy Danchenko's budget.")) == set()


def test_a_chain_of_successions_is_one_post_and_the_middle_one_has_left_it():
    facts = facts_of(
        "Alexandru Munteanu succeeds Dorin Recean, who had headed the government since 2023. "
        "Recean had himself taken over from Natalia Gavrilita in 2023."
    )
    assert replacements_of(facts) == {
        ("Alexandru Munteanu", "Dorin Recean", "prime minister"),
        ("Dorin Recean", "Natalia Gavrilita", "prime minister"),
    }
    assert ("Dorin Recean", "prime minister", "former") in roles_of(facts)


def test_relieved_of_duties_as_a_post_leaves_it_and_he_is_the_one_relieved():
    facts = facts_of(
        "Gen. Tomas Vilkelis was relieved of his duties as chief of defense, President Gitanas "
        "Nauseda's office said. He was succeeded by Darius Kazlauskas, who until now commanded the "
        "Lithuanian Land Force."
    )
    assert replacements_of(facts) == {("Darius Kazlauskas", "Tomas Vilkelis", "chief of defense")}
    assert ("Darius Kazlauskas", "commander of the lithuanian land force", "former") in roles_of(facts)


def test_a_title_stops_at_the_other_name_before_it():
    facts = facts_of("Reports spoke of friction between Tomas Vilkelis and Defense Minister Jonas Urbonas.")
    assert roles_of(facts) == {("Jonas Urbonas", "minister of defence", "current")}


def test_a_company_chief_suspended_and_an_officer_appointed_in_the_interim():
    facts = facts_of(
        "The supervisory board suspended the chief executive, Oleh Marchenko, for the duration of the "
        "investigation. The board appointed the chief financial officer, Tetiana Kovalchuk, as interim "
        "chief executive."
    )
    assert replacements_of(facts) == {("Tetiana Kovalchuk", "Oleh Marchenko", "chief executive")}
    assert ("Tetiana Kovalchuk", "chief financial officer", "current") in roles_of(facts)


@pytest.mark.parametrize(
    "text, person, label, title",
    [
        (
            "Defense Minister Jonas Vaitkus denied the report.",
            "Jonas Vaitkus",
            "Minister of Defence",
            "Defense Minister",
        ),
        (
            "The board named the finance director, Olga Moroz, as interim chief executive.",
            "Olga Moroz",
            "Chief Executive",
            "interim chief executive",
        ),
        (
            "The Russian foreign minister, Sergei Lavrov, gave his consent.",
            "Sergei Lavrov",
            "Minister of Foreign Affairs",
            "foreign minister",
        ),
    ],
)
def test_a_tenure_keeps_the_title_as_written_while_the_post_keeps_one_label(text, person, label, title):
    facts = facts_of(text)
    tenures = [t for t in facts.tenures if facts.actors[t.person].label == person and t.post.label == label]
    assert tenures and any(title in written for written in tenures[0].titles), [
        (t.post.label, t.titles) for t in facts.tenures
    ]


def test_a_rank_is_no_part_of_a_name_and_removal_from_a_command_ends_it():
    facts = facts_of(
        "Zelensky removed Major General Petro Hrytsenko from command of the Azov operational group. "
        "Lieutenant General Ivan Moroz takes over from Hrytsenko."
    )
    assert ("Petro Hrytsenko", "commander of the azov operational group", "former") in roles_of(facts)
    assert ("Ivan Moroz", "Petro Hrytsenko", "commander of the azov operational group") in replacements_of(
        facts
    )


def test_whoever_dismissed_the_predecessor_appointed_the_successor():
    facts = facts_of(
        "President Maia Sandu dismissed General Ion Rusu as army chief and replaced him with Dan Popa."
    )
    [appointment] = [e for e in facts.events if e.type == "Appointment"]
    assert {facts.actors[k].label for k in appointment.participants} == {"Dan Popa", "Maia Sandu"}


def test_a_bare_minister_is_the_ministry_already_named():
    facts = facts_of(
        "Defense Minister Kenji Mori resigned on Friday. The premier named Aya Sato to take over from Mori. "
        "Mori is the second minister to leave the cabinet this year."
    )
    assert replacements_of(facts) == {("Aya Sato", "Kenji Mori", "minister of defence")}


def test_taking_over_the_job_and_an_old_post_going_to_someone_are_successions():
    facts = facts_of(
        "Ian Pryce, the chief secretary to the Treasury, resigned on Wednesday after an inquiry. "
        "The inquiry found he had broken the code. By the evening, Starmer named Ann Mehta, the economic "
        "secretary, to take over the job of policing spending. An hour later, her old post went to Tom Hart."
    )
    found = {(s, p) for s, p, _ in replacements_of(facts)}
    assert found == {("Ann Mehta", "Ian Pryce"), ("Tom Hart", "Ann Mehta")}
    assert ("Tom Hart", "economic secretary", "new") in roles_of(facts)


def test_a_post_with_its_office_in_apposition_before_a_name():
    facts = facts_of("Owen Hart is a close ally of the chancellor of the Exchequer, Rachel Reeves.")
    assert any(p == "Rachel Reeves" and "chancellor" in post for p, post, _ in roles_of(facts))


def test_a_post_fired_first_and_its_holder_named_after():
    facts = facts_of(
        "The prime minister fired the chief of the military's General Staff on Monday. "
        "Gen. Arsen Vardanyan was removed from the post by decree. Gen. Tigran Sahakyan, his first deputy, "
        "was appointed acting chief of the General Staff. "
        "His former post will be filled by Gen. Vahe Gasparyan."
    )
    found = replacements_of(facts)
    assert ("Tigran Sahakyan", "Arsen Vardanyan", "chief of general staff") in found
    assert ("Vahe Gasparyan", "Tigran Sahakyan", "first deputy") in found


def test_a_chain_told_with_the_helm_and_a_pick():
    facts = facts_of(
        "The minister approved the army chief's pick of Gen. Itai Barkan to head the Northern Command. "
        "He replaces Gen. Ofer Levinson, who will take the helm of the Intelligence Directorate from "
        "Gen. Shlomi Azoulay."
    )
    found = {(s, p) for s, p, _ in replacements_of(facts)}
    assert found == {("Itai Barkan", "Ofer Levinson"), ("Ofer Levinson", "Shlomi Azoulay")}


def test_stepping_in_when_the_holder_resigned_is_a_succession():
    facts = facts_of(
        "She takes over from Ivana Ristic, who stepped in as acting prime minister when Dragan Petkovic "
        "resigned in December."
    )
    assert ("Ivana Ristic", "Dragan Petkovic", "prime minister") in replacements_of(facts)


def test_a_name_written_family_name_first_is_known_by_it():
    facts = facts_of(
        "President Lee named Jeong Min-cheol to replace Defense Minister Han Seung-woo. "
        "Kang Ji-won took over as acting minister after Han's resignation."
    )
    found = replacements_of(facts)
    assert ("Jeong Min-cheol", "Han Seung-woo", "minister of defence") in found
    assert ("Kang Ji-won", "Han Seung-woo", "minister of defence") in found


def test_the_dateline_tells_whose_minister_an_unqualified_title_is():
    facts = facts_of("SEOUL, March 4, 2026 \u2014 Defense Minister Han Seung-woo resigned on Wednesday.")
    [tenure] = facts.tenures
    assert tenure.post.organization == "country/south-korea"
    assert tenure.titles == ["Defense Minister"]


def test_a_dateline_from_brussels_says_nothing_of_belgium():
    facts = facts_of("BRUSSELS \u2014 Foreign Minister Joost van Leeuwen of the Netherlands arrived late.")
    assert all(t.post.organization != "country/belgium" for t in facts.tenures)


def test_a_title_is_never_an_actor_of_its_own():
    facts = facts_of(
        "Prime Minister Benjamin Netanyahu warned on Sunday that Israel would act. "
        "Egypt's Foreign Minister Badr Abdelatty told reporters that the talks would resume."
    )
    assert {"Benjamin Netanyahu", "Badr Abdelatty"} <= {p for p, _, _ in roles_of(facts)}
    assert not any(fold(a.label) in ("minister", "foreign minister") for a in facts.actors.values())


def test_a_surname_with_its_particle_is_the_same_person():
    facts = facts_of(
        "The Netherlands' new foreign minister, Joost van Leeuwen, arrived. "
        "Van Leeuwen said the Netherlands would send more vessels."
    )
    assert [a.label for a in facts.actors.values() if a.kind == "Person"] == ["Joost van Leeuwen"]


def test_taking_over_as_a_prefect_is_that_post_not_the_predecessors_new_one():
    facts = facts_of(
        "Interior Minister Ana Cernat resigned on Monday. Radu Pascu, until now the prefect of Cluj "
        "county, replaces Cernat at the interior ministry, while his deputy, Elena Dobre, takes over "
        "from him as prefect."
    )
    assert replacements_of(facts) == {
        ("Radu Pascu", "Ana Cernat", "minister of interior"),
        ("Elena Dobre", "Radu Pascu", "prefect of cluj county"),
    }
    assert {
        ("Radu Pascu", "prefect of cluj county", "former"),
        ("Elena Dobre", "prefect of cluj county", "new"),
    } <= roles_of(facts)


def test_a_chief_minister_under_an_indian_dateline_is_indias_and_congress_is_not_the_us():
    facts = facts_of(
        "BENGALURU, February 8, 2026 - Chief Minister B.R. Shivaprasad reshuffled his cabinet, "
        "and senior Congress leaders attended the ceremony.",
        date=None,
    )
    assert "country/united-states" not in facts.actors
    [tenure] = facts.tenures
    assert tenure.post.organization == "country/india"


def test_a_relative_clause_after_a_posts_place_is_no_part_of_the_post():
    facts = facts_of(
        "The president dismissed Viktor Lesnikov as governor of the Bryansk region, which borders Ukraine."
    )
    assert {post for person, post, _ in roles_of(facts) if person == "Viktor Lesnikov"} == {
        "governor of bryansk region"
    }


def test_portfolios_taken_over_shifted_to_and_replaced_in_a_chain():
    facts = facts_of(
        "Water Resources Minister Ramesh Gowda takes over the Home portfolio from H.C. Venkatesh, who "
        "has been shifted to Revenue. Mr. Venkatesh replaces Suresh Naik, who was dropped."
    )
    assert replacements_of(facts) == {
        ("Ramesh Gowda", "H.C. Venkatesh", "minister of interior"),
        ("H.C. Venkatesh", "Suresh Naik", "minister of revenue"),
    }
    titles = {t for tenure in facts.tenures for t in tenure.titles}
    assert "Home portfolio" in titles  # the post as written, beside its one label


def test_a_portfolio_allotted_to_someone_and_someone_given_a_portfolio():
    facts = facts_of(
        "The Urban Development portfolio, held by Mr. Manjunath until his resignation, has been allotted "
        "to first-time Minister Shalini Reddy. Mohammed Irfan was given the Sports portfolio, replacing "
        "Abdul Rahim Khan."
    )
    assert replacements_of(facts) == {
        ("Shalini Reddy", "Manjunath", "minister of urban development"),
        ("Mohammed Irfan", "Abdul Rahim Khan", "minister of sport"),
    }
    assert ("Shalini Reddy", "minister of urban development", "new") in roles_of(facts)
    assert not any("time" in post for _, post, _ in roles_of(facts))  # "first-time" is no post


def test_a_ministry_that_will_be_led_by_someone_is_their_new_post_and_retired_is_former():
    facts = facts_of(
        "The Defense Ministry will be led by Takuya Maeda, a retired Ground Self-Defense Force general. "
        "Maeda succeeds Shinji Okabe."
    )
    assert ("Takuya Maeda", "minister of defence", "new") in roles_of(facts)
    assert ("Takuya Maeda", "general", "former") in roles_of(facts)
    assert replacements_of(facts) == {("Takuya Maeda", "Shinji Okabe", "minister of defence")}


def test_a_minister_who_resigns_leaves_the_post_he_took_over_earlier_and_the_next_one_succeeds():
    facts = facts_of(
        "LIMA, Feb 12, 2026 (Bloomberg) - Peru's Finance Minister Raúl Castañeda resigned after "
        "prosecutors opened an investigation. President Óscar Villanueva named Vice Minister of Finance "
        "Lucía Paredes as his new finance minister late Wednesday. Analysts were surprised. Markets fell. "
        "Castañeda took over the finance ministry in March last year."
    )
    assert ("Raúl Castañeda", "minister of finance", "former") in roles_of(facts)
    assert ("Lucía Paredes", "Raúl Castañeda", "minister of finance") in replacements_of(facts)


def test_taking_the_reins_of_a_department_and_succeeding_names_the_post():
    facts = facts_of(
        "Former navy chief Rogelio Santos took the reins of the Department of National Defense, "
        "succeeding Eduardo Ramos, who resigned last month."
    )
    assert replacements_of(facts) == {("Rogelio Santos", "Eduardo Ramos", "minister of defence")}


def test_taking_the_reins_after_someone_stepped_down_succeeds_them_and_a_relative_clause_on_an_apposition():
    facts = facts_of(
        "Lucia Restrepo, a former ombudswoman who took the reins of the negotiating team in March after "
        "former senator Hernan Duque stepped down for health reasons, led the government side."
    )
    assert replacements_of(facts) == {("Lucia Restrepo", "Hernan Duque", "head of the negotiating team")}


def test_a_ministry_the_lexicon_does_not_list_is_still_a_portfolio():
    facts = facts_of(
        "Choi named Kang Eun-ji, a two-term lawmaker of the ruling party, to head the unification ministry "
        "in place of Yoo Jae-sung."
    )
    assert replacements_of(facts) == {("Kang Eun-ji", "Yoo Jae-sung", "minister of unification")}
    assert ("Kang Eun-ji", "lawmaker of ruling party", "current") in roles_of(facts)


def test_handing_a_portfolio_to_someone_gives_it_and_she_is_the_woman_named():
    facts = facts_of(
        "Prime Minister Osman Tayfour reshuffled his cabinet on Sunday, handing the foreign affairs "
        "portfolio to career diplomat Nadia El-Amin. She replaces Abdelrahman Karrar, who was dismissed "
        "last month."
    )
    assert replacements_of(facts) == {("Nadia El-Amin", "Abdelrahman Karrar", "minister of foreign affairs")}


def test_a_government_body_telling_what_was_done_is_the_record_and_a_cabinet_secretary_is_a_minister():
    facts = facts_of(
        "Health Cabinet Secretary Joseph Otieno resigned on Wednesday. State House said the President had "
        "accepted the resignation and had handed the Health portfolio to Amina Hassan."
    )
    assert replacements_of(facts) == {("Amina Hassan", "Joseph Otieno", "minister of health")}
    facts = facts_of(
        "Joseph Otieno resigned on Wednesday. Local newspapers said the President had handed the Health "
        "portfolio to Amina Hassan."
    )
    assert replacements_of(facts) == set()  # the press's report is no record


def test_sacking_one_and_naming_another_to_head_it_is_a_succession():
    facts = facts_of(
        "The board sacked its chief executive officer, Peter Njoroge, and named his deputy, Grace Achieng, "
        "to head the authority in an acting capacity."
    )
    assert replacements_of(facts) == {("Grace Achieng", "Peter Njoroge", "chief executive officer")}


def test_posted_in_his_place_is_not_his_own_place_and_a_rank_is_no_part_of_a_name():
    facts = facts_of(
        "The provincial government removed the district police officer, Tariq Mehmood, over lapses. "
        "Superintendent Sana Ullah Khan, who was serving in Dera Ismail Khan, was posted in his place."
    )
    assert replacements_of(facts) == {("Sana Ullah Khan", "Tariq Mehmood", "district police officer")}


def test_sworn_in_as_minister_at_a_ministry_is_that_ministry():
    facts = facts_of(
        "At the interior ministry, Adam Wrona was sworn in as minister in place of Krzysztof Zaremba, who "
        "resigned last month."
    )
    assert replacements_of(facts) == {("Adam Wrona", "Krzysztof Zaremba", "minister of interior")}
    assert ("Adam Wrona", "minister", "new") not in roles_of(facts)


def test_relieving_a_minister_of_his_appointment_keeps_the_post_he_held():
    facts = facts_of(
        "President Bola Tinubu on Thursday relieved the Minister of Defence, Abubakar Lawan, of his "
        "appointment and nominated a retired army general, Sani Gwarzo, to replace him."
    )
    assert ("Sani Gwarzo", "Abubakar Lawan", "minister of defence") in replacements_of(facts)
    assert ("Abubakar Lawan", "minister of defence", "former") in roles_of(facts)
    assert [e.type for e in facts.events if e.type == "Appointment" and "his" in e.label.lower()] == []


def test_two_ministers_swapping_posts_replace_each_other():
    facts = facts_of(
        "In the same shake-up, the president moved the Minister of Power, Chukwuemeka Obiora, to the "
        "Ministry of Solid Minerals Development in place of Folake Adeyemi-Bello, who in turn takes over "
        "the power portfolio from him."
    )
    assert replacements_of(facts) == {
        ("Chukwuemeka Obiora", "Folake Adeyemi-Bello", "minister of solid minerals development"),
        ("Folake Adeyemi-Bello", "Chukwuemeka Obiora", "minister of power"),
    }
    assert ("Chukwuemeka Obiora", "minister of power", "former") in roles_of(facts)


def test_titled_ministers_moving_to_each_others_ministry_replace_each_other():
    facts = facts_of(
        "The president swapped two of his ministers: Transport Minister Zodwa Nkosi moves to Tourism, while "
        "Tourism Minister Mandla Sithole takes over at Transport, where he will oversee the rail network."
    )
    assert replacements_of(facts) == {
        ("Zodwa Nkosi", "Mandla Sithole", "minister of tourism"),
        ("Mandla Sithole", "Zodwa Nkosi", "minister of transport"),
    }
    assert ("Zodwa Nkosi", "minister of transport", "former") in roles_of(facts)


def test_a_minister_who_also_takes_over_a_portfolio_keeps_her_own():
    facts = facts_of("Defence Minister Ana Ruiz will also take over the interior portfolio.")
    assert roles_of(facts) == {
        ("Ana Ruiz", "minister of defence", "current"),
        ("Ana Ruiz", "minister of interior", "new"),
    }


def test_taking_over_the_portfolio_of_a_fired_minister_succeeds_him():
    facts = facts_of(
        "President Cyril Ramaphosa fired Police Minister Sipho Mthembu on Sunday. Ramaphosa announced "
        "that Deputy Police Minister Nomvula Radebe would take over the portfolio with immediate effect."
    )
    assert replacements_of(facts) == {("Nomvula Radebe", "Sipho Mthembu", "police minister")}
    assert ("Nomvula Radebe", "deputy police minister", "former") in roles_of(facts)


def test_a_title_before_an_untagged_name_makes_it_a_person_and_a_title_alone_does_not():
    facts = facts_of(
        "Governor Dikko Radda, who visited the camp on Tuesday, promised that relief would arrive soon. "
        "The ceremony was attended by Deputy Chief Minister S. Nagaraj."
    )
    assert ("Dikko Radda", "governor", "current") in roles_of(facts)
    assert {a.label for a in facts.actors.values() if a.kind == "Person"} == {"Dikko Radda", "S. Nagaraj"}


def test_his_deputy_installed_in_his_place_leaves_the_deputy_post_to_whoever_fills_it():
    facts = facts_of(
        "President Prabowo Subianto removed Trade Minister Arif Setiawan on Tuesday and installed his "
        "deputy, Dewi Kartikasari, in his place. Bambang Suryadi fills the deputy trade minister post "
        "that Dewi vacated."
    )
    assert replacements_of(facts) == {
        ("Dewi Kartikasari", "Arif Setiawan", "minister of trade"),
        ("Bambang Suryadi", "Dewi Kartikasari", "deputy trade minister"),
    }
    assert ("Dewi Kartikasari", "deputy trade minister", "former") in roles_of(facts)
    assert ("Bambang Suryadi", "deputy trade minister", "new") in roles_of(facts)


def test_a_person_called_by_the_first_name_is_that_person_unless_two_share_it():
    facts = facts_of(
        "Prabowo replaces trade minister.\n\nPresident Prabowo Subianto named Dewi Kartikasari trade "
        "minister. Dewi said she would bring prices down."
    )
    people = {a.label for a in facts.actors.values() if a.kind == "Person"}
    assert people == {"Prabowo Subianto", "Dewi Kartikasari"}
    facts = facts_of("Budi Santoso met Budi Gunawan on Monday. Budi said the talks went well.")
    assert {a.label for a in facts.actors.values() if a.kind == "Person"} == {"Budi Santoso", "Budi Gunawan"}


def test_named_as_governor_replacing_someone_is_the_appointee_s_succession():
    facts = facts_of(
        "On Monday, President Felix Tshisekedi named Jacques Ilunga Mbayo as military governor of "
        "North Kivu, replacing Albert Kisempia."
    )
    assert replacements_of(facts) == {
        ("Jacques Ilunga Mbayo", "Albert Kisempia", "military governor of north kivu")
    }
    assert ("Felix Tshisekedi", "president", "current") in roles_of(facts)


def test_a_surname_naming_an_institution_is_no_one_to_succeed():
    facts = facts_of(
        "Silvina Echeverría will take over the ministry. Her former post will go to Pablo Zubiría, the "
        "director of the Garrahan children's hospital, who will succeed her as health access secretary."
    )
    assert {r[:2] for r in replacements_of(facts)} == {("Pablo Zubiría", "Silvina Echeverría")}
    assert "Garrahan" not in {a.label for a in facts.actors.values()}


def test_who_succeeded_someone_succeeded_to_the_one_post_he_holds():
    facts = facts_of(
        "Odesa Oblast Governor Andrii Voloshyn said the city was hit. Voloshyn, who succeeded Yurii "
        "Tkachuk earlier this month, has been in office for two weeks."
    )
    assert replacements_of(facts) == {("Andrii Voloshyn", "Yurii Tkachuk", "governor")}


def test_taking_over_command_from_someone_the_parser_hung_elsewhere():
    facts = facts_of(
        "Brigadier General Karim Haddad took over command of the army's Second Land Border Regiment, "
        "which is responsible for the northern Bekaa frontier, from Brigadier General Fadi Nassif, who "
        "retired after 36 years of service."
    )
    assert replacements_of(facts) == {
        ("Karim Haddad", "Fadi Nassif", "commander of second land border regiment")
    }
    assert [
        e.type for e in facts.events if "Fadi Nassif" in {facts.actors[p].label for p in e.participants}
    ] == ["Resignation"]


def test_tapped_to_lead_as_envoy_succeeding_someone_succeeds_to_the_envoy_post():
    facts = facts_of(
        "The Commission has tapped Finnish diplomat Elina Saarinen to lead its sanctions enforcement "
        "work as the EU's special envoy for sanctions, succeeding Declan Moran."
    )
    [(successor, predecessor, post)] = replacements_of(facts)
    assert (successor, predecessor) == ("Elina Saarinen", "Declan Moran")
    assert "envoy" in post


def test_an_appointment_told_with_its_year_in_a_relative_clause_is_a_post_held_since():
    facts = facts_of(
        "President Prabowo Subianto removed Trade Minister Arif Setiawan on Tuesday and installed his "
        "deputy, Dewi Kartikasari, in his place. Dewi, who was appointed deputy trade minister in October "
        "2024, said prices would fall."
    )
    assert ("Dewi Kartikasari", "Arif Setiawan", "minister of trade") in replacements_of(facts)
    assert ("Dewi Kartikasari", "deputy trade minister", "former") in roles_of(facts)


def test_a_person_called_by_two_family_names_is_the_person_named_in_full():
    facts = facts_of(
        "Pedro Sánchez moved Defence Minister Raúl Sáenz Ibarra to the Foreign Ministry. Sáenz Ibarra "
        "succeeds Elena Castaño, who resigned on Sunday."
    )
    assert replacements_of(facts) == {("Raúl Sáenz Ibarra", "Elena Castaño", "minister of foreign affairs")}
    assert [a.label for a in facts.actors.values() if "Ibarra" in a.label] == ["Raúl Sáenz Ibarra"]


def test_his_place_at_a_ministry_going_to_someone_is_a_succession_there():
    facts = facts_of(
        "The prime minister moved Defence Minister Raúl Sáenz Ibarra to the Foreign Ministry. His place "
        "at Defence goes to Ana Ortega."
    )
    assert ("Ana Ortega", "Raúl Sáenz Ibarra", "minister of defence") in replacements_of(facts)
    assert ("Raúl Sáenz Ibarra", "minister of defence", "former") in roles_of(facts)


def test_a_ministry_where_someone_was_removed_is_the_post_he_lost():
    facts = facts_of(
        "The reshuffle also reached Agriculture, where Ignacio Pardo was removed after months of "
        "protests. He is replaced by Tomás Villaverde, 58."
    )
    assert replacements_of(facts) == {("Tomás Villaverde", "Ignacio Pardo", "minister of agriculture")}


def test_a_city_where_someone_resigned_is_no_post():
    facts = facts_of("Anger spread to Kharkiv, where Oleh Synehubov resigned on Friday.")
    assert roles_of(facts) == set()


def test_a_post_held_until_now_is_left():
    facts = facts_of(
        "Rosa Gil, until recently deputy interior minister, was named minister of justice on Monday."
    )
    assert roles_of(facts) == {
        ("Rosa Gil", "deputy interior minister", "former"),
        ("Rosa Gil", "minister of justice", "new"),
    }


def test_a_vice_premier_named_to_succeed_the_premier_by_the_office_that_says_so_succeeds_him():
    facts = facts_of(
        "Premier Chen Wen-hsiung tendered his resignation to President William Lai. Lai accepted the "
        "resignation and named Vice Premier Kuo Yu-ting to succeed Chen, the Presidential Office said."
    )
    assert replacements_of(facts) == {("Kuo Yu-ting", "Chen Wen-hsiung", "premier")}
    assert ("Kuo Yu-ting", "vice premier", "former") in roles_of(facts)
    assert "Office of the President of Ukraine" not in {a.label for a in facts.actors.values()}


def test_heading_the_cabinet_is_the_premiers_post_where_the_article_says_premier():
    facts = facts_of("Premier Chen Wen-hsiung, who had led the Cabinet since May 2024, resigned on Friday.")
    assert roles_of(facts) == {("Chen Wen-hsiung", "premier", "former")}


def test_a_minister_named_elsewhere_leaves_the_ministry_his_deputy_is_promoted_to_head():
    facts = facts_of(
        "Minister of Economic Affairs Huang Chien-hung was named vice premier. Huang's deputy, Political "
        "Deputy Minister of Economic Affairs Tsai Pei-ling, was promoted to head the ministry."
    )
    assert ("Tsai Pei-ling", "Huang Chien-hung", "minister of economy") in replacements_of(facts)
    assert ("Huang Chien-hung", "minister of economy", "former") in roles_of(facts)
    assert {a.label for a in facts.actors.values() if a.kind == "Person"} == {
        "Huang Chien-hung",
        "Tsai Pei-ling",
    }


def test_an_honorific_before_a_surname_is_the_person_named_before():
    facts = facts_of(
        "Deputy Prime Minister Lilit Sargsyan was named on Monday to head the commission. Ms Sargsyan, "
        "47, a former justice minister, said her priority would be the border."
    )
    assert roles_of(facts) == {
        ("Lilit Sargsyan", "deputy prime minister", "current"),
        ("Lilit Sargsyan", "head of the commission", "new"),
        ("Lilit Sargsyan", "minister of justice", "former"),
    }


def test_a_portfolio_named_by_its_subject_is_that_ministry_not_the_last_post_left():
    facts = facts_of(
        "The president dropped General Musa Bello. He moved the Minister of Power, Chukwuemeka Obiora, to "
        "the Ministry of Solid Minerals Development in place of Folake Adeyemi-Bello, who in turn takes "
        "over the power portfolio from him."
    )
    assert ("Folake Adeyemi-Bello", "Chukwuemeka Obiora", "minister of power") in replacements_of(facts)
    assert not any(predecessor == "Musa Bello" for _, predecessor, _ in replacements_of(facts))


def test_a_deputy_acting_for_the_minister_keeps_her_own_post():
    facts = facts_of(
        "Defense Minister Han Seung-woo stepped down last week. Vice Defense Minister Kang Ji-won took over "
        "as acting minister after Han's resignation."
    )
    assert ("Kang Ji-won", "vice defense minister", "current") in roles_of(facts)


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # the successor in apposition to "his deputy"; a given name that is also a capital's
            "Prime Minister Duarte Vale dismissed Colonel Jorge Baptista as head of the agency, "
            "replacing him with his deputy, Sofia Marinho.",
            ("Sofia Marinho", "Jorge Baptista", "head of agency"),
        ),
        (  # the name parsed as a second object; a surname that is also a capital's
            "President Gonzalo Arce fired the commander of the national police, Gen. Fidel Chambi, and named "
            "Gen. Teodoro Lima to take his place.",
            ("Teodoro Lima", "Fidel Chambi", "commander of national police"),
        ),
        (
            "President Ana Mora sacked police chief Jean-Marc Bastien, appointing his deputy, Ronald Estime, "
            "as acting director general of the National Police.",
            ("Ronald Estime", "Jean-Marc Bastien", "chief of police"),
        ),
        (
            "President Yoweri Mugisha dropped Information Minister Joseph Abiria and named government "
            "spokesman Patrick Ssali to the post.",
            ("Patrick Ssali", "Joseph Abiria", "minister of information"),
        ),
        (  # "with Y" hung on the object
            "President Yerlan Sadykov also replaced the region's governor, Nurlan Baimagambetov, with Kairat "
            "Ospanov, a former deputy interior minister.",
            ("Kairat Ospanov", "Nurlan Baimagambetov", "governor"),
        ),
        (  # "from Lemos, Valadares' office" parsed as one phrase
            "Prime Minister Duarte Vale accepted the resignation of Interior Minister Teresa Lemos. Rui "
            "Carvalhais takes over from Lemos, Vale's office said in a statement.",
            ("Rui Carvalhais", "Teresa Lemos", "minister of interior"),
        ),
        (  # the subject a description of the successor; "him" is not the successor himself
            "General Moussa Issoufou was replaced by General Boubacar Dille, until now the army chief. "
            "Dille's deputy, General Salifou Ada, succeeds him at the head of the army.",
            ("Salifou Ada", "Boubacar Dille", "chief of army"),
        ),
        (  # "swore in", with "in" parsed as a preposition
            "President Gonzalo Arce accepted the resignation of Hernan Quispe Mamani, who had served as "
            "minister of government since 2023. He swore in Deputy Minister Carla Soliz Rojas, a 44-year-old "
            "former prosecutor, as Quispe Mamani's replacement.",
            ("Carla Soliz Rojas", "Hernan Quispe Mamani", "minister of government"),
        ),
        (  # "from X" hung on "the post"; the post is the one the successor holds
            "Gerald Pichler had run the interior ministry for only 14 months. He took over the post from "
            "Johann Freytag, who retired from politics on health grounds.",
            ("Gerald Pichler", "Johann Freytag", "minister of interior"),
        ),
        (  # "him" is the one dismissed, named beside his post though the tagger took him for a body
            "Hours later, President Manuel Neto dismissed the provincial governor, Adelino Tati Mavungo, and "
            "appointed General Joaquim Lukoki, a former army commander, to succeed him.",
            ("Joaquim Lukoki", "Adelino Tati Mavungo", "provincial governor"),
        ),
        (  # "his" is the one sacked; the post is his, not one named a sentence before
            "TUNIS - Sarra Ben Said is the fourth head of government to be removed since 2021. Ayari "
            "also sacked Interior Minister Anis Mejri and appointed Hedi Ferchichi, until now governor of "
            "Sfax, in his place.",
            ("Hedi Ferchichi", "Anis Mejri", "minister of interior"),
        ),
        (  # a long subject leaves "said" without one: the office before it still speaks for the record
            "Prime Minister Duarte Vale named a new interior minister after Teresa Lemos resigned. Rui "
            "Carvalho, 52, a former mayor of Coimbra who had served as secretary of state since last year, "
            "takes over from Lemos, Vale's office said in a statement.",
            ("Rui Carvalho", "Teresa Lemos", "minister of interior"),
        ),
        (  # "takes over as" a post the article gave someone who has just moved on
            "Prime Minister Chea Sovann appointed army commander General Sok Pheak to lead the defence "
            "ministry. Lieutenant General Khim Vann takes over as army commander, according to a royal "
            "decree.",
            ("Khim Vann", "Sok Pheak", "army commander"),
        ),
        (  # the one named is in apposition to her post; "and named" parsed into the relative clause
            "Prime Minister Arben Kolgjini also sacked Interior Minister Gentian Muca, whose handling of the "
            "protests had drawn criticism, and named the mayor of Durres, Blerina Shehu, to replace him.",
            ("Blerina Shehu", "Gentian Muca", "minister of interior"),
        ),
    ],
)
def test_who_was_put_in_the_place_of_whom(text, expected):
    assert expected in replacements_of(facts_of(text))


def test_the_town_a_mayor_governed_is_a_place_even_when_tagged_as_a_body():
    facts = facts_of(
        "LISBON - Rui Carvalho, 52, a former mayor of Coimbra who had served as secretary of state for civil "
        "protection since last year, takes over."
    )
    assert ("Rui Carvalho", "mayor of coimbra", "former") in roles_of(facts)


def test_one_named_to_the_post_of_one_dropped_succeeds_only_him():
    facts = facts_of(
        "Innocent Rwaka, who had been minister of security since 2021, was moved to the ministry of "
        "veterans' affairs. He is succeeded by Brigadier Grace Atu. In the same reshuffle, Mugisha dropped "
        "Information Minister Joseph Abiria and named Patrick Ssali to the post."
    )
    assert {r for r in replacements_of(facts) if r[0] == "Patrick Ssali"} == {
        ("Patrick Ssali", "Joseph Abiria", "minister of information")
    }


def test_a_rank_after_a_title_is_no_part_of_the_post():
    facts = facts_of("Prime Minister Chea Sovann thanked army commander General Sok Pheak.")
    assert ("Sok Pheak", "army commander", "current") in roles_of(facts)


def test_a_replacement_the_minister_announces_is_decided_but_an_opponent_s_guess_is_not():
    facts = facts_of(
        "BRUSSELS - Defence Minister Joris Verhage told a news conference that General Marc Vander, the "
        "chief of defence since 2022, would be replaced by Lieutenant General Anna Moens. Opposition leader "
        "Nadia Amrani said Verhage would be replaced by Marc Dubois."
    )
    assert replacements_of(facts) == {("Anna Moens", "Marc Vander", "chief of defence")}


def test_a_west_african_given_name_makes_a_person_of_a_name_tagged_as_an_organisation():
    facts = facts_of(
        "President Babacar Mbengue named Awa Thiam as prime minister, a day after Cheikh Tidiane Sy "
        "resigned. She succeeds Sy."
    )
    assert ("Awa Thiam", "Cheikh Tidiane Sy", "prime minister") in replacements_of(facts)


def test_who_holds_a_post_is_no_part_of_its_name():
    facts = facts_of("Awa Thiam becomes Senegal's second female head of government.")
    assert roles_of(facts) == {("Awa Thiam", "head of government", "new")}


def test_the_presidency_telling_of_a_replacement_is_the_record_of_it():
    facts = facts_of(
        "Senegal's president named a new cabinet. Ibrahima Sow, until now the budget minister, replaces "
        "Lamine Gaye at the finance ministry, the presidency said in a decree."
    )
    assert replacements_of(facts) == {("Ibrahima Sow", "Lamine Gaye", "minister of finance")}


def test_whose_place_is_taken_is_not_someone_named_inside_the_newcomers_description():
    facts = facts_of(
        "The ruling coalition ousted the speaker of parliament, Karol Bielik, and installed one of Prime "
        "Minister Jan Horvat's closest allies, Eva Kollarova, in his place."
    )
    assert replacements_of(facts) == {("Eva Kollarova", "Karol Bielik", "speaker of parliament")}
    assert ("Jan Horvat", "prime minister", "current") in roles_of(facts)


def test_who_after_a_place_in_a_description_is_the_person_described():
    facts = facts_of(
        "Taoiseach Sean Kelleher appointed Orla Byrne, an engineer and TD for Galway, who succeeds "
        "Tom Furlong at the Department of Housing."
    )
    assert ("Orla Byrne", "Tom Furlong", "minister of housing") in replacements_of(facts)
    assert ("Sean Kelleher", "taoiseach", "current") in roles_of(facts)


def test_a_verb_of_removing_parsed_into_a_title_is_no_part_of_the_post():
    facts = facts_of(
        "Hours later, a presidential decree read on state radio removed Brigadier General Paul Ekani as "
        "commander of the region and appointed Colonel Jean Mvondo in his place."
    )
    assert not any("removed" in post for _, post, _ in roles_of(facts))
    assert {(new, old) for new, old, _ in replacements_of(facts)} == {("Jean Mvondo", "Paul Ekani")}


def test_in_his_place_after_a_dismissal_the_sentence_before_is_the_dismissed_ones():
    facts = facts_of(
        "Prime Minister Ion Vrabie dismissed Energy Minister Petru Lungu. The prime minister appointed "
        "Lungu's deputy, Ana Ciobanu, in his place."
    )
    assert replacements_of(facts) == {("Ana Ciobanu", "Petru Lungu", "minister of energy")}


def test_a_named_counterpart_holds_the_same_post_in_the_country_the_demonym_gives():
    facts = facts_of(
        "Salvadoran Foreign Minister Claudia Menjivar and her Honduran counterpart, Luis Zelaya Mejia, met "
        "for five hours."
    )
    held = {(label(facts, t.person), t.post.label, t.post.organization) for t in facts.tenures}
    assert ("Luis Zelaya Mejia", "Minister of Foreign Affairs", "country/honduras") in held
    assert ("Claudia Menjivar", "Minister of Foreign Affairs", "country/el-salvador") in held


def test_a_title_of_a_body_before_a_name_is_the_post_a_successor_takes():
    facts = facts_of(
        "Director-General of the Police Marko Novak, who was suspended last week, was replaced by his "
        "deputy, Petra Zupan."
    )
    assert replacements_of(facts) == {("Petra Zupan", "Marko Novak", "director general")}


def test_a_post_after_the_object_of_an_infinitive_of_naming_is_that_naming():
    facts = facts_of(
        "Spain's interior minister, Luis Ortega, resigned on Monday, and Prime Minister Elena Ruiz moved "
        "within hours to name trade minister Carmen Soler to the post vacated by Ortega."
    )
    assert ("Carmen Soler", "Luis Ortega", "minister of interior") in replacements_of(facts)


def test_a_post_left_earlier_is_still_the_vacancy_when_its_holder_is_named_again_later():
    facts = facts_of(
        "Norway's health minister, Erik Lund, resigned on Friday, and Prime Minister Ingrid Berg moved to "
        "name Sofie Dahl to the post vacated by Lund. Lund, 61, who had run the health ministry since "
        "2021, said he was leaving politics."
    )
    assert ("Sofie Dahl", "Erik Lund", "minister of health") in replacements_of(facts)


def test_until_now_between_commas_makes_a_former_post_and_who_clause_of_the_person():
    facts = facts_of(
        "Dahl was sworn in alongside Jonas Holm, until now state secretary for fisheries, who becomes "
        "trade minister in place of Dahl."
    )
    assert ("Jonas Holm", "state secretary of fisheries", "former") in roles_of(facts)
    assert ("Jonas Holm", "minister of trade", "new") in roles_of(facts)


def test_becoming_a_minister_in_place_of_someone_replaces_them():
    facts = facts_of("Halima Noor becomes foreign minister in place of Tarek Aziz, who was sacked.")
    assert replacements_of(facts) == {("Halima Noor", "Tarek Aziz", "minister of foreign affairs")}


def test_a_decree_read_on_radio_names_the_successor_of_the_one_sacked_before():
    facts = facts_of(
        "On Sunday President Idriss Mahamat sacked the chief of army staff, General Hassan Djibrine Ali. "
        "A decree read on state radio named General Adam Oumar Saleh, 51, who until now led the "
        "presidential guard, as his successor."
    )
    assert replacements_of(facts) == {("Adam Oumar Saleh", "Hassan Djibrine Ali", "chief of army staff")}


def test_naming_someone_as_his_successor_is_not_the_naming_ones_successor():
    facts = facts_of(
        "President Ali Omar sacked the navy commander, Admiral Musa Idris. He named Admiral Yusuf Kamal "
        "as his successor."
    )
    assert {(new, old) for new, old, _ in replacements_of(facts)} == {("Yusuf Kamal", "Musa Idris")}


def test_an_appointment_reported_by_a_state_news_agency_is_the_record_of_it():
    facts = facts_of(
        "Qatar's emir appointed Sheikh Khalid al-Thani as prime minister on Sunday, state news agency QNA "
        "reported."
    )
    assert ("Khalid al-Thani", "prime minister", "new") in roles_of(facts)


def test_a_name_after_a_post_closing_a_sentence_is_the_holder_of_that_post():
    facts = facts_of(
        "The envoys met for three hours in a session chaired by Oman's minister of state for foreign "
        "affairs, Badr al-Harthy."
    )
    assert ("Badr al-Harthy", "current") in {(person, status) for person, _, status in roles_of(facts)}


def test_a_rank_after_a_demonym_or_a_country_is_still_no_post():
    facts = facts_of(
        "The raid came in the first week of a new commander for MINUSCA. Senegalese Major General Amadou "
        "Diop succeeds Kenya's Major General John Mwangi, who completed his tour in September."
    )
    [(new, old, post)] = replacements_of(facts)
    assert (new, old) == ("Amadou Diop", "John Mwangi") and post.startswith("commander")


@pytest.mark.parametrize(
    "text",
    [
        "Energy and Mines Minister Boualy Sisouvanh resigned on Tuesday.",
        "Boualy Sisouvanh, the minister of energy and mines, resigned on Tuesday.",
    ],
)
def test_a_minister_of_two_portfolios_holds_one_post_named_for_both(text):
    assert ("Boualy Sisouvanh", "minister of energy and mines", "former") in roles_of(facts_of(text))


def test_a_deputy_who_will_serve_as_acting_head_takes_the_post_the_dismissed_head_left():
    facts = facts_of(
        "The governor of Attapeu, Vilayvong Inthavong, was removed from his post on Monday. His deputy, "
        "Saysana Phommachanh, will serve as acting governor until a successor is chosen."
    )
    assert ("Saysana Phommachanh", "governor of attapeu", "new") in roles_of(facts)
    assert ("Saysana Phommachanh", "Vilayvong Inthavong", "governor of attapeu") in replacements_of(facts)


def test_police_in_a_title_or_a_force_name_leaves_the_post_whole():
    facts = facts_of(
        "President Cyril Ramaphosa dismissed Police Minister Sipho Mthembu on Sunday and announced that "
        "Deputy Police Minister Nomvula Radebe would take over the portfolio."
    )
    assert ("Nomvula Radebe", "Sipho Mthembu", "police minister") in replacements_of(facts)
    assert ("Nomvula Radebe", "deputy police minister", "former") in roles_of(facts)
    facts = facts_of(
        "The prime minister dismissed the head of the Somali Police Force, General Abdiwali Ali Korshel."
    )
    assert "Somali Police Force" in {actor.label for actor in facts.actors.values()}


def test_a_minister_of_state_for_a_portfolio_is_not_that_portfolios_minister():
    facts = facts_of("Olivier Kayitare, the minister of state for transport, met the envoy in Kigali.")
    assert ("Olivier Kayitare", "minister of state for transport", "current") in roles_of(facts)


def test_one_who_will_run_a_ministry_just_left_on_an_interim_basis_takes_it_over():
    facts = facts_of(
        "President Jean Mugisha dismissed Infrastructure Minister Patrick Rutayisire on Monday. Olivier "
        "Kayitare will run the infrastructure ministry on an interim basis."
    )
    assert ("Olivier Kayitare", "Patrick Rutayisire", "minister of infrastructure") in replacements_of(facts)


def test_a_deputy_appointed_acting_director_takes_over_the_directorship_she_was_deputy_in():
    facts = facts_of(
        "Johannes Hamutenya, the director of disaster risk management, resigned on Wednesday. Prime "
        "Minister Lucia Nghifitikeko appointed his deputy, Martha Iipinge, as acting director."
    )
    assert (
        "Martha Iipinge",
        "Johannes Hamutenya",
        "director of disaster risk management",
    ) in replacements_of(facts)


def test_one_suspended_and_replaced_by_his_deputy_is_succeeded_by_the_deputy():
    facts = facts_of(
        "The port's director general, Rear Admiral Komi Atsou, was detained on Thursday. He was suspended "
        "the same day and replaced on an interim basis by his deputy, Afi Mensah."
    )
    assert replacements_of(facts) == {("Afi Mensah", "Komi Atsou", "director general")}
    assert not any(fold(post) == "rear admiral" for _, post, _ in roles_of(facts))


def test_a_predecessor_named_beside_his_successor_was_replaced_by_him():
    facts = facts_of(
        "Hery Rakotomalala was appointed prime minister last July after his predecessor, Fenitra "
        "Rabemananjara, stepped down over a dispute with the president."
    )
    assert ("Hery Rakotomalala", "Fenitra Rabemananjara", "prime minister") in replacements_of(facts)


def test_naming_joined_to_a_passive_relative_clause_still_names_the_successor():
    facts = facts_of(
        "Zintani dismissed Interior Minister Khaled al-Mabrouk, whose units were involved in the fighting, "
        "and named Salem Ghaith, a former police chief of Misrata, as acting interior minister."
    )
    assert ("Salem Ghaith", "Khaled al-Mabrouk", "minister of interior") in replacements_of(facts)


def test_a_deputy_who_will_run_the_agency_its_dismissed_head_ran_succeeds_him():
    facts = facts_of(
        "The minister dismissed the head of the Armament Agency, General Tomasz Wrona. His deputy, Colonel "
        "Anna Mazur, will run the agency in an acting capacity until a permanent chief is chosen."
    )
    assert ("Anna Mazur", "Tomasz Wrona", "head of the armament agency") in replacements_of(facts)


def test_a_joint_portfolio_title_the_parser_split_from_the_name_is_still_the_speakers_post():
    facts = facts_of(
        "Interior and Public Security Minister Gervais Bigirimana accused the rebels of carrying out both "
        "attacks."
    )
    assert ("Gervais Bigirimana", "minister of interior and public security", "current") in roles_of(facts)
    assert {speaker for speaker, _ in claims_of(facts)} == {"Gervais Bigirimana"}


def test_the_new_prime_minister_is_the_one_just_appointed():
    facts = facts_of(
        "The emir appointed Sheikh Fahad al-Salem as prime minister on Wednesday. Finance Minister Anwar "
        "al-Mutairi had been expected to keep his post. The new prime minister wasted little time. Hours "
        "after taking the oath, he replaced Foreign Minister Abdullah al-Rashidi with Bader al-Ajmi."
    )
    [dismissal] = [e for e in facts.events if e.type == "Dismissal"]
    assert "Fahad al-Salem" in {label(facts, k) for k in dismissal.participants}


def test_named_as_the_new_prime_minister_is_a_post_not_a_reference_to_the_last_one():
    facts = facts_of(
        "President Yerlan Sadykov accepted the resignation of Prime Minister Askar Temirbayev's government "
        "and nominated his chief of staff, Daniyar Zhunusov, as the new prime minister."
    )
    assert ("Daniyar Zhunusov", "prime minister", "new") in roles_of(facts)


def test_appointed_a_day_after_a_predecessor_resigned_whose_post_is_told_later_succeeds_him():
    facts = facts_of(
        "President Mourad Hamdani appointed Finance Minister Leila Belkacem as prime minister on Monday, a "
        "day after Yacine Kherbouche resigned. Belkacem, 58, becomes the first woman to lead the "
        "government. Reservoirs fell this spring. Kherbouche said he had stepped down for health "
        "reasons. He had led the government since September 2024."
    )
    assert ("Leila Belkacem", "Yacine Kherbouche", "prime minister") in replacements_of(facts)


def test_one_relieved_of_duties_and_replaced_is_succeeded_in_the_post_named_beside_him():
    facts = facts_of(
        "Hamdani named Amine Slimani, the budget director at the finance ministry, to succeed Leila "
        "Belkacem as finance minister. Interior Minister Farid Zeroual was relieved of his duties and "
        "replaced by Nadir Ouali, who until now served as wali, or governor, of Oran province."
    )
    assert ("Nadir Ouali", "Farid Zeroual", "minister of interior") in replacements_of(facts)
    assert ("Nadir Ouali", "wali", "former") in roles_of(facts)


def test_a_decree_named_an_ambassador_to_one_country_as_ambassador_to_another():
    facts = facts_of(
        "The talks came a day after a royal decree named Prince Turki bin Nawaf, until now the Saudi "
        "ambassador to Jordan, as ambassador to Yemen, succeeding Mohammed Al-Qahtani."
    )
    assert {
        ("Turki bin Nawaf", "ambassador to jordan", "former"),
        ("Turki bin Nawaf", "ambassador to yemen", "new"),
    } <= roles_of(facts)
    assert ("Turki bin Nawaf", "Mohammed Al-Qahtani", "ambassador to yemen") in replacements_of(facts)


def test_elected_unopposed_as_deputy_leader_replacing_her_in_that_role_succeeds_her():
    facts = facts_of(
        "Helen Marsh was sworn in as prime minister. Education Minister Anna Kelleher was elected "
        "unopposed as National's deputy leader, replacing Marsh in that role."
    )
    assert ("Anna Kelleher", "Helen Marsh", "deputy leader") in replacements_of(facts)


def test_a_sentence_opening_as_finance_minister_names_the_finance_minister():
    facts = facts_of("Helen Marsh became prime minister. As finance minister she oversaw two budgets.")
    assert not any(post.startswith("as ") for _, post, _ in roles_of(facts))


def test_stepping_down_as_party_president_in_january_is_no_stepping_in():
    facts = facts_of(
        "The former central banker succeeds Mpho Ramotswa, who stepped down as party president in "
        "January after five years at the helm."
    )
    assert ("Mpho Ramotswa", "party president", "former") in roles_of(facts)
    assert ("Mpho Ramotswa", "party president", "new") not in roles_of(facts)


def test_elected_to_the_post_is_the_post_just_left_by_another_not_ones_own_old_one():
    facts = facts_of(
        "The coalition ousted the speaker of parliament, Peter Ziak, on Tuesday. Lucia Hrnciarova, who had "
        "served as deputy speaker since 2023, was elected to the post minutes later."
    )
    assert ("Lucia Hrnciarova", "deputy speaker", "new") not in roles_of(facts)


def test_her_old_portfolio_going_to_her_deputy_names_the_portfolio_she_gave_up():
    facts = facts_of(
        "The premier named Trade Minister Siti Rahmah Osman as finance minister. Siti Rahmah, 48, becomes "
        "the first woman to run the treasury. Her old trade portfolio goes to her deputy, Tan Boon Keat, "
        "who was sworn in on Wednesday."
    )
    assert ("Tan Boon Keat", "Siti Rahmah Osman", "minister of trade") in replacements_of(facts)
    assert ("Siti Rahmah Osman", "minister of trade", "former") in roles_of(facts)


def test_the_first_two_words_of_a_three_word_name_are_that_person():
    facts = facts_of(
        "Mohamed Salem Ould Ahmed was named interior minister. Mohamed Salem told reporters he would "
        "restore order."
    )
    people = {label(facts, t.person) for t in facts.tenures} | {label(facts, c.speaker) for c in facts.claims}
    assert people == {"Mohamed Salem Ould Ahmed"}


def test_stepping_in_for_someone_takes_the_post_just_given():
    facts = facts_of(
        "The reshuffle moved Home Minister Arif Rahman to the defence ministry. He steps in for Kamal "
        "Yusof, who resigned last month."
    )
    assert ("Arif Rahman", "Kamal Yusof", "minister of defence") in replacements_of(facts)


def test_stepping_in_for_a_colleague_at_a_meeting_is_no_succession():
    facts = facts_of("Deputy Foreign Minister Ana Ruiz stepped in for Luis Mora, who was ill.")
    assert replacements_of(facts) == set()


def test_he_was_replaced_is_the_one_dismissed_not_the_one_dismissing():
    facts = facts_of(
        "President Karimov dismissed the chairman of Sughd region, Rustam Nazarov, on Monday. He was "
        "replaced by Farid Saidov."
    )
    assert {(s, p) for s, p, _ in replacements_of(facts)} == {("Farid Saidov", "Rustam Nazarov")}


def test_the_post_succeeded_to_is_the_one_just_left_not_one_held_long_ago():
    facts = facts_of(
        "Prime Minister Ali Ould Salem resigned on Tuesday, and President Brahim Ould Cheikh named Finance "
        "Minister Aicha Mint Ely to succeed him. Ould Salem, a former central bank governor, thanked the "
        "president."
    )
    assert ("Aicha Mint Ely", "Ali Ould Salem", "prime minister") in replacements_of(facts)


def test_a_portfolio_a_decree_says_will_be_run_by_someone_is_taken_up():
    facts = facts_of(
        "The president named Finance Minister Aicha Mint Ely as prime minister. The finance portfolio will "
        "be run on an interim basis by Budget Minister Khadija Diallo until a new cabinet is formed, the "
        "decree said."
    )
    assert ("Khadija Diallo", "minister of finance", "new") in roles_of(facts)
    assert ("Khadija Diallo", "minister of budget", "current") in roles_of(facts)
    assert ("Khadija Diallo", "Aicha Mint Ely", "minister of finance") in replacements_of(facts)


def test_an_apposition_hung_on_the_subject_across_the_verb_describes_the_object():
    facts = facts_of(
        "President Omar Hassan dismissed the commander of the army's northern sector, Colonel Idriss "
        "Farah, and named his deputy, Lieutenant-Colonel Fatouma Houssein Djama, as acting commander."
    )
    assert ("Idriss Farah", "commander of northern sector", "former") in roles_of(facts)
    replaced = replacements_of(facts)
    assert ("Fatouma Houssein Djama", "Idriss Farah", "commander of northern sector") in replaced
    assert facts.claims == []  # dismissing the commander fires him; it rejects no statement


def test_a_country_named_with_and_is_one_name_owning_the_post():
    facts = facts_of("Trinidad and Tobago's police commissioner, Dwayne Rampersad, resigned on Tuesday.")
    assert roles_of(facts) == {("Dwayne Rampersad", "police commissioner", "former")}


def test_an_acting_commissioner_takes_the_post_of_the_commissioner_who_resigned():
    facts = facts_of(
        "The police commissioner, Dwayne Rampersad, resigned on Tuesday. Prime Minister Anita Charles "
        "announced the resignation at a news conference. Deputy Commissioner Claire Baptiste will serve as "
        "acting commissioner, she said."
    )
    assert ("Claire Baptiste", "Dwayne Rampersad", "police commissioner") in replacements_of(facts)
    assert ("Anita Charles", "prime minister", "current") in roles_of(facts)


def test_one_named_to_act_in_her_place_after_her_suspension_succeeds_her():
    facts = facts_of(
        "Comfort Wleh, deputy governor for operations at the Central Bank of Liberia, surrendered to "
        "investigators. President Joseph Gbollie suspended Wleh without pay and named the bank's director of "
        "banking supervision, Marvin Kollie, to act as deputy governor in her place."
    )
    assert {(s, p) for s, p, _ in replacements_of(facts)} == {("Marvin Kollie", "Comfort Wleh")}


def test_taking_over_as_negotiator_from_a_name_with_a_particle():
    facts = facts_of(
        "The delegation was led by Faisal Ahmed al-Qubati, a deputy minister who took over as chief "
        "negotiator in January from Abdulraqeeb Saleh al-Sanabani, who resigned citing health reasons."
    )
    assert ("Faisal Ahmed al-Qubati", "Abdulraqeeb Saleh al-Sanabani", "chief negotiator") in replacements_of(
        facts
    )


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Sylvain Moussavou-Ikapi, who had run the petroleum ministry since 2025, was replaced by Aurelie "
            "Mengue.",
            ("Aurelie Mengue", "Sylvain Moussavou-Ikapi"),
        ),
        (
            "Budget Minister Lucienne Bivigou takes over from Jean-Pierre Ondo Essono, who resigned on "
            "Monday.",
            ("Lucienne Bivigou", "Jean-Pierre Ondo Essono"),
        ),
    ],
)
def test_a_name_the_tagger_took_for_an_organisation_is_a_person(text, expected):
    assert expected in {(s, p) for s, p, _ in replacements_of(facts_of(text))}


def test_a_surname_in_ing_read_as_a_verb_is_still_the_person():
    facts = facts_of(
        "The accord was signed by Foreign Minister Pema Chhoden Tshering.\n"
        "The talks were the first led by Tshering since she replaced Tandin Dorji as foreign minister in "
        "February."
    )
    assert ("Pema Chhoden Tshering", "Tandin Dorji", "minister of foreign affairs") in replacements_of(facts)


@pytest.mark.parametrize(
    "text, post",
    [
        ("Dwayne Bascom was sworn in as the Guyanese army's chief of staff on Thursday.", "chief of staff"),
        ("Jane Doe, the president's deputy chief of staff, resigned.", "deputy chief of staff"),
    ],
)
def test_chief_of_staff_is_one_title(text, post):
    facts = facts_of(text)
    assert [p for _, p, _ in roles_of(facts) if "staff" in p][0].startswith(post)


def test_became_president_in_a_past_year_is_held_since_not_new():
    facts = facts_of("Atayev, 44, became president in 2022 after an election held to replace his father.")
    assert ("Atayev", "president", "current") in roles_of(facts)


def test_a_hyphenated_surname_the_tagger_cut_is_whole():
    facts = facts_of("Foreign Minister Sheryl Bacchus-Hinds spoke by telephone with her counterpart.")
    assert roles_of(facts) == {("Sheryl Bacchus-Hinds", "minister of foreign affairs", "current")}


def test_the_portfolio_of_one_promoted_goes_to_whoever_runs_it_paragraphs_later():
    facts = facts_of(
        "Prime Minister Ali Ould Salem resigned on Tuesday, and the president named Finance Minister Aicha "
        "Mint Ely to succeed him. Ould Salem thanked the president. He had led the government since 2024. "
        "The opposition called for early elections. Street protests had shaken the capital for weeks. "
        "In a separate decree, the president dismissed the governor of the central bank. The finance "
        "portfolio will be run on an interim basis by Budget Minister Khadija Diallo, the decree said."
    )
    assert ("Khadija Diallo", "Aicha Mint Ely", "minister of finance") in replacements_of(facts)
    assert ("Aicha Mint Ely", "minister of finance", "former") in roles_of(facts)


@pytest.mark.parametrize(
    "text, post",
    [
        ("He ordered Prosecutor General Ogulgerek Seyitliyeva to act.", "prosecutor general"),
        ("Secretary General Tom Lee met the delegation.", "secretary general"),
        ("Army commander General Sok Pheakdey met the delegation.", "commander of army"),
    ],
)
def test_general_completes_some_titles_and_is_a_rank_after_others(text, post):
    assert [p for _, p, _ in roles_of(facts_of(text))] == [post]


def test_elected_prime_minister_unopposed_takes_the_post():
    facts = facts_of("Palesa Letsie, 56, was then elected prime minister unopposed.")
    assert ("Palesa Letsie", "prime minister", "new") in roles_of(facts)
    assert [e.type for e in facts.events] == ["Election", "Appointment"]


def test_a_university_named_with_a_demonym_is_one_name():
    facts = facts_of("Ernesto Valladares, who led the Central American University until 2023, was arrested.")
    assert ("Ernesto Valladares", "leader of central american university", "former") in roles_of(facts)


def test_one_succeeded_in_a_post_is_a_person_though_tagged_otherwise():
    facts = facts_of(
        "Foreign Minister Losana Tuilau, who took over the portfolio from Inoke Ravuvu in January after "
        "he was named ambassador to China, spoke first."
    )
    assert ("Losana Tuilau", "Inoke Ravuvu", "minister of foreign affairs") in replacements_of(facts)
    assert ("Inoke Ravuvu", "ambassador to china", "new") in roles_of(facts)


def test_taking_over_a_named_command_from_someone_is_a_succession_as_its_commander():
    facts = facts_of(
        "Colonel Fitore Dushi took over the North regional command from Nenad Ilic, who was moved to a "
        "post at police headquarters."
    )
    assert replacements_of(facts) == {
        ("Fitore Dushi", "Nenad Ilic", "commander of the north regional command")
    }


def test_a_deputy_who_takes_over_succeeds_the_one_deputised_for():
    facts = facts_of(
        "Prime Minister Hrafnhildur Gunnarsdottir said she would stay on. Her deputy, Olafur Hreinsson, "
        "takes over as interim leader of the party."
    )
    [(successor, predecessor, post)] = replacements_of(facts)
    assert (successor, predecessor) == ("Olafur Hreinsson", "Hrafnhildur Gunnarsdottir")
    assert "leader" in post


def test_who_will_lead_the_ministry_just_left_takes_up_its_post():
    text = (
        "Security Minister Oscar Mejia handed his resignation to President Marta Calix on Wednesday. "
        "Vice Minister Karla Funes will lead the ministry on an interim basis, the presidency said."
    )
    assert ("Karla Funes", "Oscar Mejia", "security minister") in replacements_of(facts_of(text))
    # no minister left it: the ministry she leads is no post anyone vacated
    text = "Vice Minister Karla Funes will lead the ministry's delegation to Geneva."
    assert replacements_of(facts_of(text)) == set()


def test_a_participle_hung_on_the_main_verb_tells_of_the_appointment_just_before_it():
    facts = facts_of(
        "Naseer was accompanied by Hassan Rauf, who was named foreign minister last month, replacing "
        "Mariyam Zidhna after a stint as acting minister."
    )
    assert replacements_of(facts) == {("Hassan Rauf", "Mariyam Zidhna", "minister of foreign affairs")}
    [appointment] = [e for e in facts.events if e.type == "Appointment"]
    assert {label(facts, k) for k in appointment.participants} == {"Hassan Rauf"}


def test_one_succeeded_in_two_posts_is_two_successions():
    facts = facts_of(
        "Celeste Inniss was sworn in as prime minister on Monday, succeeding Kerrie Alleyne-Gittens. On "
        "Saturday the party's members of parliament chose Inniss to succeed Alleyne-Gittens as party leader."
    )
    assert replacements_of(facts) == {
        ("Celeste Inniss", "Kerrie Alleyne-Gittens", "prime minister"),
        ("Celeste Inniss", "Kerrie Alleyne-Gittens", "party leader"),
    }


def test_who_replaces_someone_does_so_in_the_post_given_in_that_sentence():
    facts = facts_of(
        "Inniss kept Nigel Holder at the finance ministry. The energy portfolio went to Marcus Greaves, "
        "until now a junior minister, who replaces Celeste Inniss at the helm of a department overseeing "
        "the island's push for renewable power."
    )
    assert replacements_of(facts) == {("Marcus Greaves", "Celeste Inniss", "minister of energy")}


def test_stepping_down_as_party_leader_leaves_only_that_post():
    facts = facts_of(
        "Prime Minister Hrafnhildur Gunnarsdottir's party suffered heavy losses, prompting her to step "
        "down as party leader."
    )
    assert roles_of(facts) == {
        ("Hrafnhildur Gunnarsdottir", "prime minister", "current"),
        ("Hrafnhildur Gunnarsdottir", "party leader", "former"),
    }


def test_a_clock_abbreviation_may_end_a_sentence():
    facts = facts_of(
        "Prime Minister Anna Berg spoke to supporters shortly after 3 a.m. She said she would stay on. "
        "Her deputy, Olaf Lind, takes over as interim leader of the party."
    )
    assert len(facts.sentences) == 3
    assert ("Olaf Lind", "Anna Berg", "party leader") in replacements_of(facts)


def test_a_title_the_parser_splits_at_its_and_is_one_title():
    facts = facts_of(
        "Baltasar Nfumu, who replaced Esono Mba as mines and hydrocarbons minister in August, spoke."
    )
    assert replacements_of(facts) == {("Baltasar Nfumu", "Esono Mba", "minister of mines and hydrocarbons")}


def test_a_portfolio_kept_is_held_still_and_who_asked_someone_to_take_over_chose_them():
    facts = facts_of(
        "President Ahmed Naseer asked Fisheries Minister Mariyam Zidhna to take over from Hussain Latheef "
        "as acting foreign minister. Zidhna will keep the fisheries portfolio."
    )
    assert ("Mariyam Zidhna", "minister of fisheries", "current") in roles_of(facts)
    assert ("Mariyam Zidhna", "minister of foreign affairs", "new") in roles_of(facts)
    [appointment] = [e for e in facts.events if e.type == "Appointment"]
    assert {label(facts, k) for k in appointment.participants} == {"Mariyam Zidhna", "Ahmed Naseer"}


def test_a_portfolio_kept_is_the_fuller_post_already_held():
    facts = facts_of(
        "Rosalia Fernandes, who has been minister of petroleum and mineral resources since 2023, was "
        "sworn in as prime minister. She will keep the petroleum portfolio."
    )
    held = {post for person, post, status in roles_of(facts) if status == "current"}
    assert held == {"minister of petroleum and mineral resources"}


def test_a_minister_titled_as_such_who_resigns_leaves_the_post_she_was_promoted_to():
    facts = facts_of(
        "Health Minister Claudia Ferreira, who served as deputy minister before being promoted to lead "
        "the ministry, resigned on Tuesday. President Rodrigo Acosta accepted her resignation and named "
        "Martin Insfran as the new health minister."
    )
    assert ("Claudia Ferreira", "minister of health", "former") in roles_of(facts)
    assert ("Martin Insfran", "Claudia Ferreira", "minister of health") in replacements_of(facts)


def test_a_deputy_who_will_act_as_minister_takes_up_the_post_just_left():
    facts = facts_of(
        "Health Minister Zaini Rahman stepped down last week to take up a post abroad. His deputy, "
        "Kamal Talib, will act as health minister until further notice."
    )
    assert ("Kamal Talib", "minister of health", "new") in roles_of(facts)
    assert ("Kamal Talib", "Zaini Rahman", "minister of health") in replacements_of(facts)


def test_taking_over_the_portfolio_post_from_someone_is_that_ministers_succession():
    facts = facts_of(
        "Retired General Azman Bakar, a former army commander, takes over the defence post from "
        "Omar Yunos, who moves to the interior ministry."
    )
    assert ("Azman Bakar", "Omar Yunos", "minister of defence") in replacements_of(facts)


def test_a_name_with_a_post_beside_it_is_a_person_whatever_the_tagger_took_it_for():
    facts = facts_of(
        "Halbi Yunos, the Minister of Defence II, was named Minister of Home Affairs, replacing "
        "Mohd Yassin Salleh."
    )
    assert ("Halbi Yunos", "Mohd Yassin Salleh") in {(s, p) for s, p, _ in replacements_of(facts)}


def test_one_named_with_an_absolute_phrase_takes_the_post_in_the_suspended_ones_place():
    facts = facts_of(
        "Infrastructure Minister Paula Kaufusi was suspended by the prime minister last month, with "
        "Health Minister Losana Fifita named acting infrastructure minister in his place."
    )
    assert ("Losana Fifita", "Paula Kaufusi", "minister of infrastructure") in replacements_of(facts)
    assert ("Losana Fifita", "minister of health", "current") in roles_of(facts)


def test_him_replaced_after_a_dismissal_is_the_one_dismissed_and_a_kept_portfolio_stays_held():
    facts = facts_of(
        "President Said Abdou dismissed Interior Minister Youssouf Mbae late on Sunday. Abdallah Chanfi, "
        "until now minister of justice, was named to replace him and will keep the justice portfolio."
    )
    assert replacements_of(facts) == {("Abdallah Chanfi", "Youssouf Mbae", "minister of interior")}
    assert ("Abdallah Chanfi", "minister of justice", "current") in roles_of(facts)
    assert ("Said Abdou", "president", "current") in roles_of(facts)


def test_named_to_a_post_a_day_after_someone_quit_it_succeeds_them():
    facts = facts_of(
        "Prime Minister Rajesh Doorgakant named Foreign Minister Nadia Ramdenee as the new finance minister"
        " on Monday, a day after Vikash Seetohul quit the post amid a corruption investigation."
    )
    assert replacements_of(facts) == {("Nadia Ramdenee", "Vikash Seetohul", "minister of finance")}
    assert ("Vikash Seetohul", "minister of finance", "former") in roles_of(facts)


def test_would_serve_as_acting_minister_until_a_later_appointment_takes_up_the_post_only():
    facts = facts_of(
        "Doorgakant said Tourism Minister Kevin Lai Choo would serve as acting foreign minister until a "
        "permanent appointment was made."
    )
    assert ("Kevin Lai Choo", "minister of foreign affairs", "new") in roles_of(facts)
    assert [e.type for e in facts.events] == ["Appointment"]  # the permanent one is yet to come


def test_a_takeover_a_government_body_announces_for_the_future_is_its_decision():
    facts = facts_of(
        "Deputy Commissioner Sharmaine Rolle was named to lead the force on an acting basis. Assistant "
        "Commissioner Leon Bethel will take over her duties as acting deputy commissioner, the Cabinet "
        "Office said in a statement."
    )
    assert ("Leon Bethel", "Sharmaine Rolle", "deputy commissioner") in replacements_of(facts)


def test_a_name_given_an_age_or_quitting_a_post_is_a_person():
    facts = facts_of(
        "Vikash Seetohul quit the post on Sunday. Seetohul, 58, had run the ministry since 2024."
    )
    assert "Vikash Seetohul" in {a.label for a in facts.actors.values() if a.kind == "Person"}


def test_one_who_previously_commanded_the_coast_guard_held_its_command():
    facts = facts_of(
        "President Jean-Paul Labiche named Brigadier Marcel Hoareau as chief of the Seychelles Defence "
        "Forces. Hoareau, 51, previously commanded the coast guard."
    )
    assert any(
        person == "Marcel Hoareau" and "coast guard" in post and status == "former"
        for person, post, status in roles_of(facts)
    )


def test_a_name_the_tagger_missed_after_a_two_word_title_is_the_title_holder():
    facts = facts_of(
        "Foreign Minister Isabel Cabral Gomes resigned on June 17. On Friday, the president named "
        "Marcelino Co, until then ambassador to Senegal, to replace her."
    )
    assert replacements_of(facts) == {("Marcelino Co", "Isabel Cabral Gomes", "minister of foreign affairs")}
    facts = facts_of("National Security Adviser Oh Jin-seok held phone talks with U.S. officials on Tuesday.")
    assert "Oh Jin-seok" in {person for person, _, _ in roles_of(facts)}  # a hyphen continues the name


def test_a_former_vice_governor_written_with_a_hyphen_held_that_post():
    facts = facts_of("Celina Andrade, a former vice-governor of the central bank, becomes finance minister.")
    assert any(
        person == "Celina Andrade" and post.startswith("vice governor") and status == "former"
        for person, post, status in roles_of(facts)
    )


def test_one_who_will_hold_a_ministry_takes_it_up_and_one_who_holds_a_portfolio_has_it():
    facts = facts_of("Prime Minister Edson Lopes will himself hold the tourism ministry on an interim basis.")
    assert ("Edson Lopes", "minister of tourism", "new") in roles_of(facts)
    facts = facts_of("Maria Lopes, who holds the energy portfolio, met the envoy. The ministers held talks.")
    assert ("Maria Lopes", "minister of energy", "current") in roles_of(facts)
