"""Name keys: what a user or an article may call a person by."""

import pytest

from kg.names import gender_of, name_keys, surnames


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Andriy Yermak", ["yermak"]),
        ("Han Seung-woo", ["seung woo", "han"]),  # family name first, hyphened given name
        ("Anne-Marie Brink", ["brink"]),
        ("Wladyslaw Kosiniak-Kamysz", ["kosiniak kamysz"]),
        ("Joost van Leeuwen", ["leeuwen", "van leeuwen"]),  # "Van Leeuwen said" is him
        ("Raúl Sáenz Ibarra", ["ibarra", "saenz ibarra", "saenz"]),  # a Spanish name's two family names
        ("Desmond Ong Kah Wee", ["wee", "kah wee", "ong"]),  # a family name before two given syllables
        ("Zelensky", []),
    ],
)
def test_surnames(name, expected):
    assert surnames(name) == expected


def test_a_person_is_looked_up_by_full_name_alias_and_surname():
    assert name_keys("Han Seung-woo", ["Han"], person=True) == {"han seung woo", "han", "seung woo"}
    assert name_keys("NATO", ["North Atlantic Treaty Organization"]) == {
        "nato",
        "north atlantic treaty organization",
    }


def test_gender_comes_from_a_known_given_name_only():
    assert gender_of("Maia Sandu") == "female"
    assert gender_of("Dragan Petkovic") == "male"
    assert gender_of("Kim Jong-un") is None


def test_the_arabic_article_before_a_family_name_may_be_left_out():
    assert {"al sisi", "sisi"} <= set(surnames("Abdel Fattah al-Sisi"))


def test_a_royal_title_is_no_part_of_a_name_and_bin_joins_one():
    from tests.extraction import facts_of

    facts = facts_of(
        "The talks were held under the auspices of Saudi Defense Minister Prince Khalid bin Salman."
    )
    assert {a.label for a in facts.actors.values() if a.kind == "Person"} == {"Khalid bin Salman"}


def test_sheikh_and_a_given_name_is_the_person_named_in_full_before():
    from tests.extraction import facts_of

    facts = facts_of(
        "The emir named Sheikh Hamad al-Sabah as defence minister. Sheikh Hamad, 58, was sworn in on Monday."
    )
    assert {a.label for a in facts.actors.values() if a.kind == "Person"} == {"Hamad al-Sabah"}


def test_a_surname_the_tagger_left_after_the_given_names_joins_the_name():
    from tests.extraction import facts_of

    facts = facts_of("Interior Minister Mahamat Saleh Kodjé flew to Abéché on Monday.")
    assert {a.label for a in facts.actors.values() if a.kind == "Person"} == {"Mahamat Saleh Kodjé"}


def test_more_given_names_give_a_pronoun_its_person():
    assert gender_of("Stefania Borg") == "female"
    assert gender_of("Clive Camilleri") == "male"


def test_sheikh_before_a_given_name_the_tagger_missed_is_the_person_named_in_full_before():
    from tests.extraction import facts_of, replacements_of

    facts = facts_of(
        "Kuwait's emir appointed Sheikh Hamad al-Sabah as prime minister on Wednesday. Sheikh Hamad "
        "replaces Sheikh Nawaf al-Ahmad at the head of a government that must find savings."
    )
    assert {new for new, _, _ in replacements_of(facts)} == {"Hamad al-Sabah"}
