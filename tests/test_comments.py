"""Readers' comments: out of the body, into Article.comments, in the languages the lexicon covers."""

from __future__ import annotations

import pytest

from newsclean import Comment, clean

_ARTICLE = (
    "Council approves new budget\n\n"
    "The city council approved the new budget on Tuesday night after a debate that ran past "
    "midnight and drew more than a hundred residents to the chamber.\n\n"
    "The plan raises spending on roads and schools by four percent and leaves the property tax "
    "rate where it was last year, which several members called a fair compromise.\n\n"
)


@pytest.mark.parametrize(
    ("section", "expected"),
    [
        (
            "4 Comments\n\nMary K.\n3 hours ago\nFinally some money for the roads.\nReply\nLike\n\n"
            "Bob Smith\n2 hours ago\nFour percent is not enough.\nIt never is.\nReply\n\n"
            "Leave a Reply\nYour email address will not be published.\n",
            [
                Comment(author="Mary K.", age="3 hours ago", text="Finally some money for the roads."),
                Comment(
                    author="Bob Smith", age="2 hours ago", text="Four percent is not enough.\n\nIt never is."
                ),
            ],
        ),
        (
            "Leserkommentare\n\nAnna Berger · vor 2 Stunden\nEndlich passiert etwas bei den Straßen.\n"
            "Antworten\n",
            [
                Comment(
                    author="Anna Berger", age="vor 2 Stunden", text="Endlich passiert etwas bei den Straßen."
                )
            ],
        ),
        (
            "3 thoughts on “Council approves new budget”\n\njroe42 says:\nMarch 4, 2025 at 9:12 am\n"
            "Good news for the north side.\n",
            [Comment(author="jroe42", age="March 4, 2025 at 9:12 am", text="Good news for the north side.")],
        ),
        (
            "2 Kommentare\nMeistbewertet\nNeueste Älteste\nInline-Feedbacks\nAlle Kommentare anzeigen\n"
            "Gerd W.\nvor 3 Stunden\nDas war höchste Zeit.\n12\nAntworten\n"
            "Tina R.\nvor 4 Stunden\nUnd wer zahlt das am Ende?\nAntworten\n",
            [
                Comment(author="Gerd W.", age="vor 3 Stunden", text="Das war höchste Zeit."),
                Comment(author="Tina R.", age="vor 4 Stunden", text="Und wer zahlt das am Ende?"),
            ],
        ),
        (
            "38 comentarios de lectores\n\nNerea Olaizola dice:\n14 de abril de 2026 a las 9:12\n"
            "Por fin arreglan las calles del barrio.\n",
            [
                Comment(
                    author="Nerea Olaizola",
                    age="14 de abril de 2026 a las 9:12",
                    text="Por fin arreglan las calles del barrio.",
                )
            ],
        ),
        (
            "J’aime\nCommenter\nPartager\n57 12 commentaires\nLouise Tanguy\n\n3 sem.\n"
            "Signaler ce commentaire\n\nEnfin des routes refaites dans le quartier.\n\nJ’aime\nRépondre\n"
            "3\u00a0réactions\nMarc Hervé\n\n1 mois\nSignaler ce commentaire\n\nEt les pistes cyclables ?\n",
            [
                Comment(
                    author="Louise Tanguy", age="3 sem.", text="Enfin des routes refaites dans le quartier."
                ),
                Comment(author="Marc Hervé", age="1 mois", text="Et les pistes cyclables ?"),
            ],
        ),
    ],
    ids=[
        "english",
        "german-glued",
        "wordpress",
        "view-all-over-bylines",
        "readers-header",
        "social-bare-ages",
    ],
)
def test_comments_leave_the_body_and_fill_the_field(section: str, expected: list[Comment]) -> None:
    article = clean(_ARTICLE + section, kind="text")
    assert list(article.comments) == expected
    assert len(article.body) == 2 and all("roads." not in p[-7:] for p in article.body)
    assert {r.stripper for r in article.removed if r.text == expected[0].text.split("\n")[0]} == {"comments"}


def test_a_comments_header_above_the_article_opens_no_section() -> None:
    article = clean("Comments\n\n" + _ARTICLE, kind="text")
    assert article.comments == () and len(article.body) == 2


#: The article as HTML, up to its last paragraph.
_HTML_ARTICLE = "<html><body><article><h1>Council approves new budget</h1>" + "".join(
    f"<p>{p}</p>" for p in _ARTICLE.split("\n\n")[1:3]
)


def test_html_comment_list() -> None:
    html = (
        _HTML_ARTICLE + "</article><section id=comments><h2>2 Comments</h2><ol>"
        "<li class=comment><cite class=fn>Mary K.</cite><time>3 hours ago</time>"
        "<p>Finally some money for the roads.</p><a class=reply>Reply</a></li>"
        "<li class=comment><cite class=fn>Bob Smith</cite><time>2 hours ago</time>"
        "<p>Four percent is not enough.</p></li></ol></section></body></html>"
    )
    article = clean(html)
    assert [(c.author, c.age, c.text) for c in article.comments] == [
        ("Mary K.", "3 hours ago", "Finally some money for the roads."),
        ("Bob Smith", "2 hours ago", "Four percent is not enough."),
    ]
    assert len(article.body) == 2


def test_html_comments_end_at_the_sidebar_outside_their_box() -> None:
    """The sidebar and footer after the comments' element are neither comments nor body."""
    html = (
        _HTML_ARTICLE.replace("<article>", "<main><article>")
        + "<div id=comments class=comments-area><h2>2 Comments</h2>"
        "<div class=wpd-comment><div class=wpd-author>Mary K.</div><div>3 hours ago</div>"
        "<p>Finally some money for the roads.</p></div>"
        "<div class=wpd-comment><div class=wpd-author>Bob Smith</div><div>2 hours ago</div>"
        "<p>Four percent is not enough.</p></div></div></article></main>"
        "<aside class=widget-area><section class=widget_archive><h2>Archives</h2><ul>"
        "<li><a href=/2025/02/>February 2025</a></li><li><a href=/2025/01/>January 2025</a></li>"
        "</ul></section></aside><footer><p>About the Sentinel</p></footer></body></html>"
    )
    article = clean(html)
    assert [(c.author, c.text) for c in article.comments] == [
        ("Mary K.", "Finally some money for the roads."),
        ("Bob Smith", "Four percent is not enough."),
    ]
    frame = {r.text: r.stripper for r in article.removed if r.text in ("February 2025", "About the Sentinel")}
    assert len(frame) == 2 and "comments" not in frame.values()


def test_a_related_list_with_ages_ends_the_comments() -> None:
    """Ages under a related list's titles are no commenters' bylines: the list is no comment."""
    section = (
        "3 Comments\n\nMary K.\n3 hours ago\nFinally some money for the roads.\nReply\n\n"
        "Top stories\n\nSchool board delays vote on four-day week\n\n1 hour ago\n\n"
        "Frost advisory for much of the region tonight\n\n3 hours ago\n"
    )
    article = clean(_ARTICLE + section, kind="text")
    assert list(article.comments) == [
        Comment(author="Mary K.", age="3 hours ago", text="Finally some money for the roads.")
    ]
    assert [item.title for item in article.related] == [
        "School board delays vote on four-day week",
        "Frost advisory for much of the region tonight",
    ]


def test_prompts_run_together_open_no_comment_section() -> None:
    section = (
        "Comments\n--------\n\nJoin the conversation on Facebook · View 12 comments\n\n"
        "Top stories\n\nSchool board delays vote on four-day week\n\n1 hour ago\n"
    )
    article = clean(_ARTICLE + section, kind="text")
    assert article.comments == ()
    assert [item.title for item in article.related] == ["School board delays vote on four-day week"]


def test_a_comment_head_packed_like_a_menu_still_opens_the_section() -> None:
    """Header, sort controls and a prompt in a run of short lines, then the first byline."""
    section = (
        "Benachrichtige mich bei\nneuen Kommentaren\n4 Kommentare\nNeueste\nÄlteste\n"
        "Beste Bewertung\nAlle Kommentare anzeigen\nKlaus E.\nvor 3 Stunden\n"
        "Seit Jahren wird am Freibad nur geflickt.\n7\nAntworten\n"
    )
    article = clean(_ARTICLE + section, kind="text")
    assert [(c.author, c.age, c.text) for c in article.comments] == [
        ("Klaus E.", "vor 3 Stunden", "Seit Jahren wird am Freibad nur geflickt.")
    ]
    assert len(article.body) == 2
