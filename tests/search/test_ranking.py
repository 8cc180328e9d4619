"""How the embedded backend orders the matches of a query on SQLite (see
``search.backends.ranking``): title matches first, then how much of a text is about the words."""

from search.backends.embedded import parse_text
from search.backends.ranking import scores, terms_of


def order(texts, query: str) -> list[int]:
    """Positions of ``texts`` ((title, body) pairs), best match first."""
    found = scores(texts, terms_of(parse_text(query)), title_weight=2.0)
    return sorted(range(len(texts)), key=lambda n: -found[n])


def test_a_title_match_ranks_above_a_body_match():
    texts = [("Court work", "Mentoring is mentioned."), ("Mentoring women", "Peer support.")]
    assert order(texts, "mentoring") == [1, 0]


def test_more_mentions_rank_higher():
    texts = [("A", "mentoring once"), ("B", "mentoring, mentoring and mentoring")]
    assert order(texts, "mentoring") == [1, 0]


def test_a_short_text_about_the_word_ranks_above_a_long_one_mentioning_it_once():
    long_text = "Probation officers describe their caseload. " * 20 + "Mentoring."
    texts = [("A", long_text), ("B", "Mentoring returning women.")]
    assert order(texts, "mentoring") == [1, 0]


def test_a_phrase_counts_only_where_its_words_are_together():
    texts = [("A", "family and mentoring"), ("B", "family mentoring")]
    assert order(texts, '"family mentoring"') == [1, 0]


def test_words_and_phrases_of_a_query_are_all_counted():
    assert terms_of(parse_text('women "peer support"')) == ("women", "peer support")


def test_letters_of_every_script_are_folded():
    texts = [("Семьи", "Поддержка семей."), ("Дети", "Реабилитация детей.")]
    assert order(texts, "РЕАБИЛИТАЦИЯ") == [1, 0]


def test_no_matches_have_no_scores():
    assert scores([], ("mentoring",), title_weight=2.0) == []
