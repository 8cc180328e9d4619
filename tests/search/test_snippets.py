"""Result snippets: the words around the first match, escaped, the matches marked, however long
the document (a resource's text can be a whole report)."""

from search.highlight import highlight

LONG_REPORT = (
    "Introduction to the programme and its partners. " * 2000
    + "Peer mentoring helped returning women find work. "
    + "Annex with tables and figures. " * 2000
)


def test_a_long_report_gives_the_words_around_its_first_match():
    snippet = highlight(LONG_REPORT, "mentoring")
    assert "<mark>mentoring</mark> helped returning women" in snippet
    assert snippet.startswith("… ") and snippet.endswith(" …")
    assert len(snippet) < 400


def test_a_match_at_the_start_has_no_leading_ellipsis():
    snippet = highlight("Mentoring first. " + "Filler words here. " * 500, "mentoring")
    assert snippet.startswith("<mark>Mentoring</mark> first.")


def test_short_query_words_mark_whole_words_only():
    snippet = highlight("An article about art therapy in prison.", "art")
    assert snippet == "An article about <mark>art</mark> therapy in prison."


def test_longer_query_words_mark_the_words_they_begin():
    assert "<mark>assessments</mark>" in highlight("Risk assessments.", "assessment")


def test_markup_in_the_text_is_escaped_before_matches_are_marked():
    snippet = highlight("<script>alert(1)</script> mentoring", "mentoring")
    assert snippet == "&lt;script&gt;alert(1)&lt;/script&gt; <mark>mentoring</mark>"


def test_a_text_without_the_words_starts_from_its_beginning():
    assert highlight("Family visits before release.", "mentoring") == (
        "Family visits before release."
    )
