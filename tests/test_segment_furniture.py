"""Page furniture run into a folded article (issue 15, ``flat``): the units a lined page prints
on lines of their own, found inside a line, so that the line filters remove them as they do on
the lined page. Every input here is written by hand."""

from __future__ import annotations

import pytest

from newsclean import clean
from newsclean.document import Document
from newsclean.filters.segment import segment
from newsclean.layout.head_units import label_openings, share_labels
from newsclean.layout.line_sentences import sentence_breaks
from newsclean.layout.page_units import next_links, rule_breaks, tag_lists

from .conftest import cut_at

_STORY = ("The council approved the new budget on Monday after a debate that ran late into the night. "
          "Members said the plan would cut the cost of running the city's buses by a tenth. "
          "The mayor, who proposed the cuts in March, called the vote a fair compromise for everyone. "
          "Opponents said they would keep fighting the changes at the next meeting of the council. ")


# Chinese and Japanese write no space between sentences: a space after the ideographic full stop is
# a line break the scraper folded, whatever script the next sentence opens with.
@pytest.mark.parametrize(("text", "sentences"), [
    ("市議会は月曜日に予算を承認しました。 反対派は次の会合で争う構えです。",
     ["市議会は月曜日に予算を承認しました。", "反対派は次の会合で争う構えです。"]),
    ("市長は「予算は公平だ。」 議員らは賛成した。", ["市長は「予算は公平だ。」", "議員らは賛成した。"]),
    ("市议会周一批准了预算。 反对者表示将继续抗争。", ["市议会周一批准了预算。", "反对者表示将继续抗争。"]),
    # a question or an exclamation ends a linked headline as often as a sentence: not read as a break
    ("为什么预算被批准？ 市长解释了原因。", ["为什么预算被批准？ 市长解释了原因。"]),
    # no space after the stop: the sentences of one paragraph, not a fold
    ("市議会は予算を承認しました。反対派は争う構えです。", ["市議会は予算を承認しました。反対派は争う構えです。"]),
])
def test_ideographic_full_stop_then_space_is_a_sentence_break(text: str, sentences: list[str]) -> None:
    assert cut_at(text, sentence_breaks(text, 0, len(text))) == sentences


def test_a_folded_japanese_post_loses_its_related_articles_box() -> None:
    body = ("市議会は月曜日、長い議論の末に新しい予算案を賛成多数で承認しました。 "
            "予算案では市営バスの運行にかかる費用を一割削減することが盛り込まれています。 "
            "三月に削減案を提案した市長は、今回の議決について公平な妥協だと述べました。 "
            "一方で反対派の議員は、次の議会でも引き続き見直しを求めていく考えを示しています。 "
            "市は来月から新しい運行計画について住民への説明会を開く予定です。 ")
    box = "関連記事 こちらの記事も合わせてどうぞ 2019年04月09日 市長選の結果 2019年08月03日 バス路線の再編"
    result = clean(body + box)
    assert result.text.split() == body.split()
    assert "関連記事" not in result.text


@pytest.mark.parametrize(("line", "parts"), [
    ("Clegg now works for Facebook. ___ Follow AP's coverage at https://apnews.com/Brexit",
     ["Clegg now works for Facebook.", "___", "Follow AP's coverage at https://apnews.com/Brexit"]),
    ("The man ran from the station. ______ 4:14 p.m. A transit chief says a man was stabbed.",
     ["The man ran from the station.", "______", "4:14 p.m. A transit chief says a man was stabbed."]),
    ("It ended there. ___", ["It ended there.", "___"]),
    # underscores inside a word or a name are no rule
    ("Call snake_case names and __init__ methods __ as you like.",
     ["Call snake_case names and __init__ methods __ as you like."]),
])
def test_rules_of_underscores_part_units(line: str, parts: list[str]) -> None:
    assert cut_at(line, rule_breaks(line, 0, len(line))) == parts


@pytest.mark.parametrize(("unit", "parts"), [
    ("Advertisement From the day he returned, his efforts went downhill.",
     ["Advertisement", "From the day he returned, his efforts went downhill."]),
    ("Advertisement Advertisement Mueller was tasked with the inquiry.",
     ["Advertisement", "Advertisement", "Mueller was tasked with the inquiry."]),
    ("ADVERTISEMENT The show opens on Friday at the city theatre.",
     ["ADVERTISEMENT", "The show opens on Friday at the city theatre."]),
    ("View all (4) Rebranded to resemble a neutral account, it posted tweets.",
     ["View all (4)", "Rebranded to resemble a neutral account, it posted tweets."]),
    ("Story continues below advertisement The mayor said the plan was fair.",
     ["Story continues below advertisement", "The mayor said the plan was fair."]),
    ("Media playback is unsupported on your device Prosecutors told reporters the case was closed.",
     ["Media playback is unsupported on your device", "Prosecutors told reporters the case was closed."]),
    ("Anzeige Der Stadtrat hat den Haushalt am Montag beschlossen.",
     ["Anzeige", "Der Stadtrat hat den Haushalt am Montag beschlossen."]),
    # a label's words that open a sentence or a headline: left whole
    ("Advertisement Standards Authority Rules On Claims", ["Advertisement Standards Authority Rules On Claims"]),
    ("Advertisement revenue fell by a tenth last year.", ["Advertisement revenue fell by a tenth last year."]),
    ("Next Tuesday the council will vote on the budget.", ["Next Tuesday the council will vote on the budget."]),
    ("Search teams found the climbers on Monday.", ["Search teams found the climbers on Monday."]),
    ("Close Friends star Jane Doe opened the show.", ["Close Friends star Jane Doe opened the show."]),
    ("Advertisement", ["Advertisement"]),
    # a label in capitals that goes on in capitals is a longer piece of furniture, read whole
    ("SIGN UP FOR OUR NEWSLETTER The tweet from the magazine reads in full.",
     ["SIGN UP FOR OUR NEWSLETTER The tweet from the magazine reads in full."]),
    ("SIGN UP The tweet from the magazine reads in full.", ["SIGN UP", "The tweet from the magazine reads in full."]),
])
def test_labels_that_open_a_unit_stand_apart(unit: str, parts: list[str]) -> None:
    assert cut_at(unit, label_openings(unit, 0, len(unit))) == parts


@pytest.mark.parametrize(("line", "parts"), [
    ("It may arrive in the future. - Next Auto News 2020 Mini JCW GP is a monster hatch",
     ["It may arrive in the future.", "- Next Auto News", "2020 Mini JCW GP is a monster hatch"]),
    ("The vote is set. Previous Post - Council approves the budget",
     ["The vote is set.", "Previous Post -", "Council approves the budget"]),
    ("The season ends in May. Next article: Mayor quits after vote",
     ["The season ends in May.", "Next article:", "Mayor quits after vote"]),
    ("O prazo termina em maio. Próximo artigo Prefeito renuncia",
     ["O prazo termina em maio.", "Próximo artigo", "Prefeito renuncia"]),
    # "next" that opens a sentence, or a link's words inside one: no link
    ("It ended. Next year's story will be told by others.", ["It ended. Next year's story will be told by others."]),
    ("He read the next news story aloud. It was short.", ["He read the next news story aloud. It was short."]),
    ("It ended. Next news story was about the buses.", ["It ended. Next news story was about the buses."]),
])
def test_links_to_the_next_article_stand_apart(line: str, parts: list[str]) -> None:
    assert cut_at(line, next_links(line, 0, len(line))) == parts


@pytest.mark.parametrize(("line", "parts"), [
    ("Race calendar Monday, 22 January 2018 Share this on WhatsApp The season opens in March.",
     ["Race calendar Monday, 22 January 2018", "Share this on WhatsApp", "The season opens in March."]),
    ("Officials said it was over. Share on Facebook Share via Email",
     ["Officials said it was over.", "Share on Facebook", "Share via Email"]),
    ("SHARE ON TWITTER The council met.", ["SHARE ON TWITTER", "The council met."]),
    # the verb in a sentence, and a network that is no share button's
    ("Users can share on Facebook and Twitter.", ["Users can share on Facebook and Twitter."]),
    ("Share prices on Monday rose.", ["Share prices on Monday rose."]),
])
def test_share_labels_that_name_their_network_stand_apart(line: str, parts: list[str]) -> None:
    assert cut_at(line, share_labels(line, 0, len(line))) == parts


def test_share_labels_over_a_list_are_left_to_it() -> None:
    rows = " ".join(f"{n}a etapa: {n} de maio – Interlagos" for n in range(1, 30))
    line = f"The calendar was published on Monday. Share this on WhatsApp {rows} Share this on WhatsApp The end came."
    found = sentence_breaks(line, 0, len(line))
    parts = cut_at(line, share_labels(line, 0, len(line), found))
    assert parts[0] == "The calendar was published on Monday. Share this on WhatsApp " + rows
    assert parts[1:] == ["Share this on WhatsApp", "The end came."]


@pytest.mark.parametrize(("line", "parts"), [
    # each keyword a link: get_text(" ") sets a space before the comma after it
    ("Clegg now works for Facebook. Topics Business , General news , Politics , Brexit",
     ["Clegg now works for Facebook.", "Topics", "Business , General news , Politics , Brexit"]),
    ("The buses run from June. Tags: budget, council, buses, city hall",
     ["The buses run from June.", "Tags:", "budget, council, buses, city hall"]),
    ("The buses run from June. Filed under | Budget, Council, Buses, City",
     ["The buses run from June.", "Filed under |", "Budget, Council, Buses, City"]),
    # the word in a sentence, or a heading without a list after it
    ("The topics were many. Topics differ, they say, and so, it seems, do the answers.",
     ["The topics were many. Topics differ, they say, and so, it seems, do the answers."]),
    ("The buses run from June. Tags: none were set. Budget, council, buses, city.",
     ["The buses run from June. Tags: none were set. Budget, council, buses, city."]),
    ("They talked about topics , like this , all day long.", ["They talked about topics , like this , all day long."]),
])
def test_tag_lists_stand_apart(line: str, parts: list[str]) -> None:
    assert cut_at(line, tag_lists(line, 0, len(line))) == parts


# The same furniture on a folded article: removed as on the lined page, the story's words kept.
@pytest.mark.parametrize(("before", "furniture", "after"), [
    (_STORY, "Advertisement", "The buses will run on the new timetable from June."),
    (_STORY, "Advertisement Advertisement", "The buses will run on the new timetable from June."),
    (_STORY, "View all (12)", "The buses will run on the new timetable from June."),
    (_STORY + "The buses will run on the new timetable from June. ",
     "- Next Local News Mayor Opens New Library The library cost two million", ""),
    (_STORY, "Share this on WhatsApp", "The buses will run on the new timetable from June."),
    (_STORY, "Topics Government and politics , Budgets , Local news , Transport", ""),  # a tag list
    (_STORY, "___ Follow the council's coverage at https://example.com/council", ""),  # AP's rule, then credits
])
def test_furniture_inside_a_folded_article_goes(before: str, furniture: str, after: str) -> None:
    text = f"{before}{furniture} {after}".strip()
    result = clean(text)
    kept = result.text.split()
    assert kept == f"{before}{after}".split()


@pytest.mark.parametrize("text", [
    # lined text goes through as it came: the new cuts read folded lines only
    _STORY.replace(". ", ".\n") + "Advertisement\nThe buses will run from June.",
    "Home\nNews\n" + _STORY.replace(". ", ".\n"),
])
def test_lined_text_is_not_cut(text: str) -> None:
    assert segment(Document.from_text(text)).text == text
