"""The segment step: a line that holds a page or an article run together is cut into units
(issue 15), text with sound lines is left alone."""

from __future__ import annotations

import itertools

import pytest

from newsclean import DEFAULT, clean
from newsclean.document import Document
from newsclean.filters.segment import join, segment
from newsclean.layout.head_units import byline_opening, head_credit, section_label, wire_dateline
from newsclean.layout.headline_case import article_opening, title_case_end
from newsclean.layout.line_joins import formula_joins, join_points
from newsclean.layout.line_sentences import caption_printings, credit_end, sentence_breaks
from newsclean.layout.page_units import gallery_exits, slide_counters, unit_breaks

from .conftest import SAMPLES, cut_at

SEED = (SAMPLES / "fars-2016-03-21.raw.txt").read_text(encoding="utf-8")
SEED_TITLE = "Syrian Army Troops Smash Dozens of ISIS Terrorists in Aleppo"


@pytest.mark.parametrize(("text", "sentences"), [
    ("The army left. Rebels took the town.", ["The army left.", "Rebels took the town."]),
    ("Mr. Assad met Gen. Smith in the U.S. capital.", ["Mr. Assad met Gen. Smith in the U.S. capital."]),
    ("J. Smith wrote it. Dr. Lee read it.", ["J. Smith wrote it.", "Dr. Lee read it."]),
    ('"We will stay," he said. "Nobody leaves."', ['"We will stay," he said.', '"Nobody leaves."']),
    ("Damascus suburb . At least 60 died.", ["Damascus suburb .", "At least 60 died."]),
    ("It rained on Jan. 5 in the city. 219-11", ["It rained on Jan. 5 in the city.", "219-11"]),
    ("Why? Nobody knows! so it goes.", ["Why?", "Nobody knows! so it goes."]),
    # a picture's credit in brackets closes its caption (a lined page prints it at the caption's end)
    ("Cars sit at a dealer in Littleton, Colo. (AP Photo/Jane Doe) Sales fell.",
     ["Cars sit at a dealer in Littleton, Colo. (AP Photo/Jane Doe)", "Sales fell."]),
    ("Plague can be vaccinated. (Image: GETTY) Related articles follow.",
     ["Plague can be vaccinated. (Image: GETTY)", "Related articles follow."]),
    ("Fans gather outside the arena. (Getty Images) The show began.",
     ["Fans gather outside the arena. (Getty Images)", "The show began."]),
    ("Fans gather outside the arena. (Credit/EPA) The show began.",
     ["Fans gather outside the arena. (Credit/EPA)", "The show began."]),
    # ... an agency that sells no pictures, or a label that is no credit's, is no picture credit
    ("Fans gather outside the arena. (PTI Photo) The show began.",
     ["Fans gather outside the arena.", "(PTI Photo) The show began."]),
    # ... a bare agency in brackets is no picture credit: it stays where it is
    ("Trump met the king in Washington. (AP) Russia disagreed.",
     ["Trump met the king in Washington.", "(AP) Russia disagreed."]),
    # a caption's toggle, and a gallery's counter, close what comes before them
    ("Esper is on a visit to Vietnam. less U.S. Defense Secretary Mark Esper shakes hands.",
     ["Esper is on a visit to Vietnam. less", "U.S. Defense Secretary Mark Esper shakes hands."]),
    ("Caption Close Image 1 of 8 Troops march in Hanoi.", ["Caption Close Image 1 of 8", "Troops march in Hanoi."]),
    # every counter label of the languages (lexicon.COUNTER_LABELS), not only Image, Photo, Slide
    ("Crowds in the square Picture 3 of 10 Police closed the road.",
     ["Crowds in the square Picture 3 of 10", "Police closed the road."]),
    ("There is more to come. more people arrived later.", ["There is more to come. more people arrived later."]),
])
def test_sentence_breaks(text, sentences):
    assert cut_at(text, sentence_breaks(text, 0, len(text))) == sentences


@pytest.mark.parametrize(("line", "units"), [
    # FA-KES style: a dateline, the headline with a stop the corpus added, the story
    ("Wed 05 Apr 2017 Syria attack symptoms consistent with nerve agent use WHO. Victims were treated.",
     ["Wed 05 Apr 2017", "Syria attack symptoms consistent with nerve agent use WHO.", "Victims were treated."]),
    # the headline first, the date after it (SANA)
    ("Eight killed in rocket attacks on Aleppo city 6 October 2016 Aleppo SANA-Terrorists fired shells.",
     ["Eight killed in rocket attacks on Aleppo city", "6 October 2016", "Aleppo SANA-Terrorists fired shells."]),
    # a wire agency's name before the date (Al-Ahram)
    ("Rocket attacks kill at least 30 in Aleppo AFP Saturday 9 Jul 2016 Rockets hit the city. It burned.",
     ["Rocket attacks kill at least 30 in Aleppo", "AFP Saturday 9 Jul 2016", "Rockets hit the city.", "It burned."]),
    # a date prefix stays with its date
    ("Posted on April 19 2017 Six people were killed in a blast. It hit a bus.",
     ["Posted on April 19 2017", "Six people were killed in a blast.", "It hit a bus."]),
    # the headline printed twice (browser title and h1), then the dateline
    ("Aid Arrives in Efrin Aid Arrives in Efrin Mon Mar 21, 2016 16:25:32 Trucks came. People waited.",
     ["Aid Arrives in Efrin", "Aid Arrives in Efrin", "Mon Mar 21, 2016 16:25:32", "Trucks came.",
      "People waited."]),
    # a Title Case headline run into the story
    ("Wednesday 07 December 2016 Civilians Killed in Bombardment on Idlib Activists said that 135 died. More.",
     ["Wednesday 07 December 2016", "Civilians Killed in Bombardment on Idlib",
      "Activists said that 135 died.", "More."]),
    # a PHP dump after the last sentence: cut before it, nothing cut inside it
    ('Body one. Body two. string(30) "[{"title":"A B. C D","id":"7"}]"',
     ["Body one.", "Body two.", 'string(30) "[{"title":"A B. C D","id":"7"}]"']),
])
def test_unit_breaks(line, units):
    assert cut_at(line, unit_breaks(line, 0, len(line))) == units


@pytest.mark.parametrize(("text", "headline"), [
    ("Six Killed in Aleppo Bombing as Evacuation of 4 Syrian Towns Resumes Six people were killed there.",
     "Six Killed in Aleppo Bombing as Evacuation of 4 Syrian Towns Resumes"),
    ("Rural Aleppo Raids Kill 35 Civilians The Syrian National Coalition said the toll rose.",
     "Rural Aleppo Raids Kill 35 Civilians"),
    ("ISIL Terrorists Execute 24 Civilians after Seizing Syria Village The group said so.",
     "ISIL Terrorists Execute 24 Civilians after Seizing Syria Village"),
    # sentence case: no Title Case run to tell
    ("Troops advanced on the town at dawn. Six were killed.", None),
    # the run ends at a stop, not in a sentence's words
    ("Extremists in Syria Admit Killing 30 Alawites . Al-Qaeda said so.", None),
])
def test_title_case_end(text, headline):
    end = title_case_end(text, 0, len(text))
    assert (None if end is None else text[:end]) == headline


@pytest.mark.parametrize(("text", "opening"), [
    ("Bombing of bus convoy kills dozens outside Aleppo A bomb blast hit a convoy.", "A bomb blast"),
    ("Strike kills 15 in the province of Idlib An air strike killed 15 civilians.", "An air strike"),
    ("The army said the town was calm on Monday.", None),
])
def test_article_opening(text, opening):
    at = article_opening(text, 0, len(text))
    assert (None if at is None else text[at + 1:at + 1 + len(opening)]) == opening


@pytest.mark.parametrize("text", [
    SEED,  # the reference page, lined
    "Headline\n\nThe army said so.\nThe town was calm. Shops opened again after a week of fighting.",
    "Short line one.\nShort line two.",
    "",
])
def test_text_with_sound_lines_is_left_alone(text):
    doc = Document.from_text(text)
    assert segment(doc) is doc


def test_one_line_in_units_out_and_offsets_hold():
    line = " ".join(SEED.split())
    r = clean(line)
    assert r.text.split() == clean(SEED).text.split()
    assert r.text.count("\n") >= 10  # the units one a line: a second cleaning reads them as lines
    assert r.original() == line
    for removal in r.removed:  # every removal points into the source, which differs only in line breaks
        assert r.source[removal.start:removal.end] == removal.text
        assert line[removal.start:removal.end].split() == removal.text.split()
    assert r.source.replace("\n", " ") == line
    assert "[dateline: dateline]" in r.explain()


@pytest.mark.parametrize("title", [None, SEED_TITLE])
def test_reference_page_folded_to_one_line(title):
    lined = clean(SEED)
    r = clean(" ".join(SEED.split()), title=title)
    assert r.text.split() == lined.text.split()
    assert r.title == SEED_TITLE
    assert r.published.isoformat() == "2016-03-21T16:25:32"
    assert r.metadata["agency_code"] == "219-11"
    assert len(r.metadata["related"]) == 10
    assert SEED_TITLE not in r.text


def test_the_step_can_be_dropped():
    line = " ".join(SEED.split())
    r = clean(line, pipeline=DEFAULT.without("segment"))
    # the filters see one line: nothing to tell apart, nothing removed; the title step still reads
    # the headline its browser title and the copy the page prints agree on
    assert r.title == SEED_TITLE and not r.removed and r.text == line
    assert "segment" not in DEFAULT.without("segment")


@pytest.mark.parametrize(("text", "warned"), [
    (" ".join(["Home News Sport Weather Business Travel Culture Video Live Sign in"] * 8), True),
    ("这是一个没有句号的很长的页面 " * 40, True),
    (" ".join(SEED.split()), False),
])
def test_a_long_line_without_units_is_kept_whole_with_a_warning(text, warned):
    r = clean(text)
    warnings = [w for w in r.metadata.get("warnings", []) if w.startswith("no_structure")]
    assert bool(warnings) == warned
    if warned and not text.startswith("Home"):
        assert r.text.split()[:4] == text.split()[:4]
    # the menu repeated: the title step reads each copy as the browser title's and a second
    # cleaning takes the rest, so the text is what a second cleaning keeps (nothing), the warning said
    assert clean(r.text, format="text").text == r.text


def test_idempotent_on_the_folded_reference_page():
    once = clean(" ".join(SEED.split())).text
    assert clean(once).text == once


TAG_LINES = (SAMPLES / "tag-lines-page.raw.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(("piece", "joined"), [
    ("By\nMorag Lindsay\nand\nTom Okafor", "By Morag Lindsay and Tom Okafor"),  # a byline cut over four lines
    ("Posted on\nJune 3, 2021", "Posted on June 3, 2021"),  # a dateline
    ("which storms damaged in\nFebruary\n, and to open it", "which storms damaged in February , and to open it"),
    ("said the chair of the local\nfishing association\n.", "said the chair of the local fishing association ."),
])
def test_join_puts_cut_lines_together(piece, joined):
    assert joined in join(Document.from_text(TAG_LINES)).text
    assert piece in TAG_LINES


# A slideshow's counter cut at every tag is one line whatever else the text shows (a gallery over an
# article whose sentences no link cuts): the slides rules read "Image 1 of 8" as on a lined page.
@pytest.mark.parametrize(("text", "lines"), [
    ("Caption one.\nImage\n1\nof\n8\nThe story.", ["Caption one.", "Image 1 of 8", "The story."]),
    ("Close\n1\nof\n/\n8\nCaption", ["Close", "1 of / 8", "Caption"]),
    ("Photo\n3\nof\n12\nThe council met.", ["Photo 3 of 12", "The council met."]),
    ("Slide\n2\n/\n5\nNext", ["Slide 2 / 5", "Next"]),
    # two numbers, or a number and words: no counter
    ("Votes\n12\n8\nAgainst", ["Votes", "12", "8", "Against"]),
    ("Chapter\n1\nof the book\n8", ["Chapter", "1", "of the book", "8"]),
])
def test_a_slide_counter_cut_at_every_tag_is_joined(text, lines):
    assert join(Document.from_text(text)).text.split("\n") == lines


# An expandable caption cut at every tag: printed in full and cut short, each with its toggle alone
# on a line. Joined, each printing reads with its toggle as on a lined page ("... nation. less"),
# whatever else the text shows; a toggle word under a line not printed twice stays apart.
_FULL = "Mayor Jane Roe speaks at a rally in Reno, Nev., Sunday, Nov. 17, 2019."
_SHORT = "Mayor Jane Roe speaks at a rally in Reno, Nev., Sunday,"


@pytest.mark.parametrize(("text", "lines"), [
    (f"{_FULL}\nless\n{_SHORT}\n... more\nPhoto: AP", [f"{_FULL} less", f"{_SHORT} ... more", "Photo: AP"]),
    (f"Close\n{_FULL}\nless\n{_SHORT}\n…more", ["Close", f"{_FULL} less", f"{_SHORT} …more"]),
    (f"{_FULL} (AP Photo/Jane Doe)\nless\n{_SHORT}\n... more",
     [f"{_FULL} (AP Photo/Jane Doe) less", f"{_SHORT} ... more"]),
    # a toggle under a line printed once: a teaser's "more" link, a list's "less"
    ("The council met on Monday and approved the budget.\nmore\nRates Fall Again\nmore",
     ["The council met on Monday and approved the budget.", "more", "Rates Fall Again", "more"]),
    (f"{_FULL}\nless\nThe council met on Monday.\n... more",
     [_FULL, "less", "The council met on Monday.", "... more"]),
])
def test_an_expandable_caption_cut_at_every_tag_is_joined_to_its_toggles(text, lines):
    assert join(Document.from_text(text)).text.split("\n") == lines


# An expandable caption folded into the line, in full and cut short, each with its toggle: each
# printing one line whole (however its sentences run), so the caption rules read it as on a lined page.
_CAP = "Jane Doe, left, and Tom Roe shake hands in Hanoi on Wednesday, Nov. 20, 2019. The two met at noon."
_CAP_CUT = "Jane Doe, left, and Tom Roe shake hands in Hanoi on Wednesday, Nov. 20, 2019. The two..."
_TALKS = ("The talks began on Monday, officials said, and went on for three days before both sides agreed "
          "to meet again. ")


@pytest.mark.parametrize(("line", "printings"), [
    (f"{_TALKS}{_CAP} less {_CAP_CUT} more Photo: AP {_TALKS}", [f"{_CAP} less", f"{_CAP_CUT} more"]),
    (f"{_CAP} (AP Photo/Jane Doe) less {_CAP_CUT} more {_TALKS}",
     [f"{_CAP} (AP Photo/Jane Doe) less", f"{_CAP_CUT} more"]),
    (f"{_TALKS}{_CAP}” less {_CAP_CUT} more Photo: AP", [f"{_CAP}” less", f"{_CAP_CUT} more"]),
    # a toggle word after a sentence, what follows it printed nowhere before: no caption
    (f"{_TALKS}Buyers paid more. less {_TALKS}", []),
    (f"{_TALKS}{_CAP} more {_TALKS}", []),
])
def test_caption_printings(line, printings):
    assert [line[a:b] for a, b in caption_printings(line, 0, len(line))] == printings


# A gallery's close run into a folded line (its last counter, then the link back to the page) parts
# the gallery from the article, as the lined page's own lines do.
@pytest.mark.parametrize(("line", "units"), [
    ("Photo: Jane Doe, AP Mayor Quits 1 / 8 Back to Gallery HANOI (AP) — The mayor quit on Monday.",
     ["Photo: Jane Doe, AP Mayor Quits", "1 / 8 Back to Gallery", "HANOI (AP) — The mayor quit on Monday."]),
    ("Credit: AP Rates Fall 3 of 12 back to slideshow The bank cut rates.",
     ["Credit: AP Rates Fall", "3 of 12 back to slideshow", "The bank cut rates."]),
    ("Dam Opens 1/5 Back to Gallery", ["Dam Opens", "1/5 Back to Gallery"]),
    # no link back after the numbers: a score, a fraction, a page
    ("The Lakers won 4 / 5 games back to back at home.", ["The Lakers won 4 / 5 games back to back at home."]),
    ("Turn to page 1 of 8 back to front.", ["Turn to page 1 of 8 back to front."]),
])
def test_gallery_exits(line, units):
    cuts = gallery_exits(line, 0, len(line))
    assert "".join("\n" if i in cuts else c for i, c in enumerate(line)).split("\n") == units


def test_a_folded_expandable_caption_goes_whole():
    topics = ["fishing rights", "the border crossing", "river water", "rail links", "trade tariffs", "student visas"]
    months = ["May", "June", "July", "August"]
    story = " ".join(f"Talks on {t} went on for {n} days in Hanoi, officials said, and both sides agreed to meet "
                     f"again in {m}." for n, (t, m) in enumerate(itertools.product(topics, months), 2))
    body = clean(f"{_TALKS}{_CAP} less {_CAP_CUT} more Photo: AP {story}").text
    assert "shake hands" not in body and body.count("Talks on") == 24


@pytest.mark.parametrize("text", [
    "accounting\nadvocacy\nagpl\nandroid\napache\nbackup",  # a list of tags: one word a line
    "int add (int x, int y) {\nreturn x + y;\n}\nint sub (int x, int y) {\nreturn x - y;\n}",  # code
    SEED,  # sound lines
    "The army took the town.\nthe end\nHome\nNews",  # one cut is no text cut at every tag
])
def test_join_leaves_other_lines_alone(text):
    doc = Document.from_text(text)
    assert join(doc) is doc


def test_tag_lines_page_reads_like_the_lined_page():
    r = clean(TAG_LINES)
    assert r.authors == ["Morag Lindsay", "Tom Okafor"]
    assert r.published.date().isoformat() == "2021-06-03"
    assert r.title == "Harbour Council Votes to Rebuild the Old Pier"
    assert len(r.text.split("\n")) == 4
    assert clean(r.text).text == r.text
    plain = clean(TAG_LINES, pipeline=DEFAULT.without("join"))
    assert plain.authors != r.authors  # without the step the byline is four lines


# Cut lines (a sentence's end after a link: ", officials said.") every time.
_CUT = "The army took\nthe town\n, officials said.\nThe rain fell on\nthe valley\n, it said.\nBy\nJane Doe\n"


@pytest.mark.parametrize(("text", "joins"), [
    (_CUT, True),  # cut at every tag: lines open with a comma
    (_CUT + "Then Again . . .\nHome", True),  # a spaced ellipsis is no joined cut
    # a joined text shows its cuts inside its lines; a removal later set two cut-looking lines
    # side by side (a formula's line gone between "in matrix form:" and "."): no second join
    ("The army took the town , officials said.\nThe rain fell on the valley , it said.\n"
     "The matrix in\nmatrix form:\n.\nIt is defined as:\n.\nBy Jane Doe", False),
    # html_text's layout puts a space before a comma where a link or a reference mark was
    ("The quotient [4] , is defined as: [3] , p. 234\nfor\nthe matrix\n, where\nit holds\n, and\nmore", False),
])
def test_join_gate_reads_the_evidence_a_joined_text_keeps(text, joins):
    doc = Document.from_text(text)
    assert (join(doc) is not doc) == joins
    if joins:
        once = join(doc).text
        again = Document.from_text(once)
        assert join(again) is again  # a second pass joins nothing


@pytest.mark.parametrize(("line", "parts"), [
    # wire bylines (AP, Sports Network, CP) run between a folded article's headline and its prose
    ("'Surge' Makes Annual Banned-Words List By JEFF KAROUB (AP) Resist the urge to say it.",
     ["'Surge' Makes Annual Banned-Words List", "By JEFF KAROUB (AP)", "Resist the urge to say it."]),
    ("Bush declares flooded Nev. town disaster By SANDRA CHEREB Associated Press Writer The governor spoke.",
     ["Bush declares flooded Nev. town disaster", "By SANDRA CHEREB Associated Press Writer",
      "The governor spoke."]),
    ("Moya, Malisse land in Chennai quarters By Sports Network The Sports Network Two-time winner Moya won.",
     ["Moya, Malisse land in Chennai quarters", "By Sports Network The Sports Network",
      "Two-time winner Moya won."]),
    ("Mayor Jane Smith By Ann Lee The town was hit.", None),  # three words before "By": no headline
    ("The novel was written By Jane Austen and her sister, it seems.", None),  # no prose opens after the names
    ("The book was written by Jane Austen The town was hit.", None),  # the preposition, in lower case
])
def test_byline_opening_parts_headline_byline_and_prose(line, parts):
    got = byline_opening(line, 0, len(line))
    if parts is None:
        assert got is None
        return
    a, b = got
    assert [line[:a], line[a + 1:b], line[b + 1:]] == parts


@pytest.mark.parametrize(("line", "units"), [
    # a relative date under the headline (news sites and aggregators print "N hours ago")
    ("Kenya opposition wins speaker vote 14 hours ago Kenya's parliament elected a speaker. It was close.",
     ["Kenya opposition wins speaker vote", "14 hours ago", "Kenya's parliament elected a speaker.",
      "It was close."]),
    ("Woman says she was hurt in the chase 2 hours, 23 minutes ago A woman filed suit. She won.",
     ["Woman says she was hurt in the chase", "2 hours, 23 minutes ago", "A woman filed suit.", "She won."]),
    # ... then a wire dateline, which the wire step reads at the paragraph's start
    ("Taliban attack luxury hotel in Kabul, six dead 1 day ago KABUL (AFP) — Six people died. More.",
     ["Taliban attack luxury hotel in Kabul, six dead", "1 day ago", "KABUL (AFP) — Six people died.",
      "More."]),
    # a relative date inside prose opens no unit
    ("It all began for the singer 10 years ago, when she woke from surgery. Music filled her head.",
     ["It all began for the singer 10 years ago, when she woke from surgery.", "Music filled her head."]),
    # a byline between the headline and its date: sentence-case headline, or a name in capitals
    ("Andy Murray crashes out By Chris Wilson 14/01/2008 Murray lost in the first round. He left.",
     ["Andy Murray crashes out", "By Chris Wilson", "14/01/2008", "Murray lost in the first round.",
      "He left."]),
    ("Rice Lauds Iraqi Reconciliation Efforts By HAMZA HENDAWI – 18 hours ago BAGHDAD (AP) — Rice spoke. OK.",
     ["Rice Lauds Iraqi Reconciliation Efforts", "By HAMZA HENDAWI –", "18 hours ago",
      "BAGHDAD (AP) — Rice spoke.", "OK."]),
    # a Title Case headline writes a mid-sentence "By" capitalised: no byline cut there
    ("Man Bitten By Shark Off Maui Beach 14/01/2008 A man was bitten. He lived.",
     ["Man Bitten By Shark Off Maui Beach", "14/01/2008", "A man was bitten.", "He lived."]),
    # ... or a Title Case headline, where the byline then writes in lower case what Title Case
    # capitalises ("Reviewed by"): no headline goes on so
    ("Cats Who Sleep Late May Live Longer By Ann Lee Health News Reviewed by Tom Roe, MD Feb. 23, 2015 "
     "Cats sleep a lot. They live long.",
     ["Cats Who Sleep Late May Live Longer", "By Ann Lee Health News Reviewed by Tom Roe, MD", "Feb. 23, 2015",
      "Cats sleep a lot.", "They live long."]),
    ("Man Bitten By Shark in Maui Bay 14/01/2008 A man was bitten. He lived.",
     ["Man Bitten By Shark in Maui Bay", "14/01/2008", "A man was bitten.", "He lived."]),
    # a credit between the headline and its date: names before a dash, a wire's name, names and
    # the publication they write for
    ("Film review: the dam film sees the world through one eye Rob Thomas — 1/17/2008 The film opens. OK.",
     ["Film review: the dam film sees the world through one eye", "Rob Thomas —", "1/17/2008",
      "The film opens.", "OK."]),
    ("Hawks beat Owls in the final 81-65 The Associated Press Published: January 9, 2008 The Hawks won. OK.",
     ["Hawks beat Owls in the final 81-65", "The Associated Press", "Published: January 9, 2008",
      "The Hawks won.", "OK."]),
    ("Star could replace Kidman in 'Reader' Ann Lee and Tom Roe The Film Reporter Jan. 10, 2008 She may. OK.",
     ["Star could replace Kidman in 'Reader'", "Ann Lee and Tom Roe The Film Reporter", "Jan. 10, 2008",
      "She may.", "OK."]),
    # ... but names alone may end a headline
    ("Storm batters homes in New York and New Jersey Jan. 10, 2008 Rain fell. OK.",
     ["Storm batters homes in New York and New Jersey", "Jan. 10, 2008", "Rain fell.", "OK."]),
    # a date in brackets opens the line; a press release's dateline ends the headline
    ("[January 05, 2008] Acme Unveils a New Remote for the Living Room LAS VEGAS --(Business Wire)-- Today "
     "at the show Acme showed a remote. It is small.",
     ["[January 05, 2008]", "Acme Unveils a New Remote for the Living Room",
      "LAS VEGAS --(Business Wire)-- Today at the show Acme showed a remote.", "It is small."]),
    ("(March 3, 2009) Acme opens a new plant in the valley NEW YORK--(BUSINESS WIRE)-- Acme opened a plant. OK.",
     ["(March 3, 2009)", "Acme opens a new plant in the valley", "NEW YORK--(BUSINESS WIRE)-- Acme opened a plant.",
      "OK."]),
    # a wire dateline right after the headline, no date between them
    ("Georgian opposition threatens mass demo TBILISI (Thomson Financial) - The opposition met. It rained.",
     ["Georgian opposition threatens mass demo", "TBILISI (Thomson Financial) - The opposition met.",
      "It rained."]),
    ("Mauritania detains 9 over French deaths By AHMED MOHAMED - AP Writer -- NOUAKCHOTT, Mauritania -- "
     "Police made arrests. More.",
     ["Mauritania detains 9 over French deaths", "By AHMED MOHAMED - AP Writer --",
      "NOUAKCHOTT, Mauritania -- Police made arrests.", "More."]),
    # a date prefix in lower case ends the headline's words, not a date stamp
    ("Bush predicts Mid East peace date 5 days ago US president Bush spoke. He left.",
     ["Bush predicts Mid East peace date", "5 days ago", "US president Bush spoke.", "He left."]),
    ("Posted on April 19 2017 Six people were killed in a blast. It hit a bus.",
     ["Posted on April 19 2017", "Six people were killed in a blast.", "It hit a bus."]),
    # a capitalised stamp whose date the finder does not read (two-digit year)
    ("Big Brother bosses pin hopes on a new host Last updated at 11:25am on 07.01.08 Add your view. More.",
     ["Big Brother bosses pin hopes on a new host", "Last updated at 11:25am on 07.01.08 Add your view.",
      "More."]),
    # ... but a Title Case headline's word is no stamp
    ("Original Cuts Might Get Released for 40th Anniversary Fans will see the cuts. They waited.",
     ["Original Cuts Might Get Released for 40th Anniversary", "Fans will see the cuts.", "They waited."]),
])
def test_head_units_of_a_folded_article(line, units):
    assert cut_at(line, unit_breaks(line, 0, len(line))) == units


_PROSE = ("The council approved the budget on Monday after a long debate about the new bridge over the river. "
          "The mayor said the work would start in the spring and end before the winter. ")


@pytest.mark.parametrize("tail", [
    "More Great Herald Stories The strange life of a coder How to opt out of the sites",
    "Recommended for you Mayor Quits After Row Rates Fall Again",
])
def test_a_related_links_heading_that_closes_a_folded_article(tail):
    # a related-links heading in the line's last part closes the article: it and the links go
    assert " ".join(clean(_PROSE * 4 + tail).text.split()) == " ".join((_PROSE * 4).split())


@pytest.mark.parametrize(("line", "heading"), [
    (_PROSE * 4 + "More Great Herald Stories The strange life of a coder", "More Great Herald Stories"),
    # not a heading that more of the line follows (a sidebar's box run in before the article)
    ("Recommended for you Mayor Quits After Row " + _PROSE * 4, None),
    # nor words that go on as a sentence
    (_PROSE * 4 + "Recommended for you are the walks along the river.", None),
])
def test_related_links_heading_units(line, heading):
    pieces = cut_at(line, unit_breaks(line, 0, len(line)))
    if heading is None:
        assert "Recommended for you" not in pieces
    else:
        assert heading in pieces


_SHORT = ("Health officials reported a sixth death linked to the virus on Monday. The victim was one of two people "
          "who caught it. The death occurred on Saturday. Residents should keep taking care against bites. ")


@pytest.mark.parametrize(("line", "removed"), [
    # a one-line article shorter than a page, sentences only, with its furniture as sentences of
    # its own: it is cut into its sentences, and the furniture goes as on a lined page
    (_SHORT + "© 2019 Associated Press. All Rights Reserved.", "© 2019 Associated Press. All Rights Reserved."),
    (_SHORT + "Copyright 2008 by The Associated Press. All rights reserved. This material may not be "
              "published, broadcast, rewritten or redistributed.",
     "Copyright 2008 by The Associated Press. All rights reserved. This material may not be published, broadcast, "
     "rewritten or redistributed."),
    (_SHORT + "Share this article", "Share this article"),
    # sentences that only mention the words stay, and the line stays whole
    (_SHORT + "They share the rights to the land with the town.", None),
])
def test_a_short_folded_article_with_its_furniture(line, removed):
    got = clean(line)
    if removed is None:
        assert got.text == line
    else:
        assert " ".join(got.text.split()) == " ".join(_SHORT.split())
        assert " ".join(r.text for r in got.removed) == removed


@pytest.mark.parametrize(("head", "headline"), [
    ("chaos theory The Hidden Heroines of Chaos", "The Hidden Heroines of Chaos"),
    ("world news Council Approves the Budget at Last", "Council Approves the Budget at Last"),
    # a name's particle, a sentence-case line, a label of too many words, too short a headline
    ("de Blasio Wins the New York Primary", None),
    ("opinion The storm hit the coast", None),
    ("the best of the week in science The Hidden Heroines of Chaos", None),
    ("science Chaos Heroines", None),
])
def test_section_label(head, headline):
    got = section_label(head, 0, len(head))
    assert (None if got is None else head[got + 1:]) == headline


@pytest.mark.parametrize(("head", "credit"), [
    ("Film review: the film sees the world through one eye Rob Thomas —", "Rob Thomas —"),
    ("Film review: the film sees the world through one eye Hansa D. Bhargava |", "Hansa D. Bhargava |"),
    ("Hawks beat Owls in the final 81-65 The Associated Press", "The Associated Press"),
    ("Hawks beat Owls in the final 81-65 Reuters", "Reuters"),
    ("Star could replace Kidman in 'Reader' Ann Lee and Tom Roe The Film Reporter",
     "Ann Lee and Tom Roe The Film Reporter"),
    ("Council approves the budget at last Ann Lee The Daily Star", "Ann Lee The Daily Star"),
    # names alone: the end of a headline as often as a credit
    ("Storm batters homes in New York and New Jersey", None),
    ("Prime minister meets Gordon Brown", None),
    # a Title Case headline: its last capitalised words cannot be told from names
    ("Storm Batters Homes Across the Coast Rob Thomas —", None),
    # too few words before the credit for a headline
    ("Film review Rob Thomas —", None),
])
def test_head_credit(head, credit):
    got = head_credit(head, 0, len(head))
    assert (None if got is None else head[got + 1:]) == credit


@pytest.mark.parametrize(("line", "place"), [
    ("Georgian opposition threatens mass demo TBILISI (Thomson Financial) - The opposition met.", "TBILISI"),
    ("Alouettes add two to coaching staff Montreal, QC (Sports Network) - The club named two.", "Montreal,"),
    ("Montreal closes out road swing with a trip to New York (Sports Network) - The team won.", "(Sports"),
    ("Simpson jailed in Las Vegas, accused of violating bail LAS VEGAS - O.J. Simpson returned.", "LAS"),
    ("Suharto worse JAKARTA, Indonesia — Doctors struggled Tuesday.", None),  # two words before: no headline
    ("Home - NHL - Recaps - Legace, McDonald help Blues", None),
    ("Rebels claim ship attacks By Tom Ashby ABUJA, Jan 10 (Reuters) - A group said so.", None),
    ("Manhole Fires: How Winter Wreaks Havoc on What Is Underneath N.Y.C. - The New York Times", None),
    ("Bolton fans back new NATO - The plan was approved.", None),  # an acronym, no place
    ("Pope calls for peace in Syria ROME (Reuters) - The pope spoke.", "ROME"),
    # a place in any case is one name (with "St.", "New", "San" ...) before its region
    ("McDonald scores a pair as Blues rout Jackets St. Louis, MO (Sports Network) - Andy scored.", "St."),
    # an agency's dateline with a colon (Indian wires: PTI, IANS)
    ("Sonia in hospital with chest infection; condition stable New Delhi (PTI): Congress chief Sonia", "New"),
    ("Talks resume on water sharing with Dhaka Kolkata (IANS): Officials met.", "Kolkata"),
    # the place's opening words are the languages' place_openings: English and Spanish
    ("Rangers sign a pitcher for two years Fort Worth, TX (Sports Network) - The club agreed.", "Fort"),
    ("Spurs beat Rockets in overtime San Antonio, TX (Sports Network) - Tim Duncan scored.", "San"),
    ("Border fence work halted El Paso (AP): Crews stopped work.", "El"),
])
def test_wire_dateline_after_a_headline(line, place):
    got = wire_dateline(line, 0, len(line))
    assert (None if got is None else line[got + 1:].split()[0]) == place


@pytest.mark.parametrize(("line", "counters"), [
    # a slideshow inside a folded article: one total, rising numbers, credits between slides
    ("It rose. Deals in pictures 1/5 Rates fall Banks cut rates. GETTY IMAGES 2/5 Shares rise They did. "
     "Rex 3/5 Oil drops Oil fell.", ["1/5", "2/5", "3/5"]),
    ("Gallery Image 1 of 4 A man waves. Image 2 of 4 A dog runs. Image 3 of 4 Rain falls.",
     ["Image", "Image", "Image"]),
    ("Gallery Slide 1 of 3 A man waves. Picture 2 of 3 A dog runs. Photo 3 of 3 Rain falls.",
     ["Slide", "Picture", "Photo"]),
    # fractions and scores are no counters: totals below three, or numbers that do not rise
    ("Mix 1/2 cup flour, 1/2 cup milk and 3/4 cup sugar, then 1/4 cup oil.", []),
    ("He scored 7/10 then 5/10 and 9/10 in the three tests.", []),
    ("Only two slides here 1/3 First. 2/3 Second.", []),  # two counters: no slideshow
])
def test_slide_counters(line, counters):
    assert [line[i + 1:].split()[0] for i in slide_counters(line, 0, len(line))] == counters


def _joined(text: str, points: list[int]) -> list[str]:
    return "".join(" " if i in points else c for i, c in enumerate(text)).split("\n")


# A tag-cut page (three cuts or more, two lines opening with a comma or a stop) to set the
# lines under test in.
_CUT_PAGE = "The army took\nthe town\n, officials said.\nThe town burned\nall night\n.\n"


@pytest.mark.parametrize(("piece", "lines"), [
    # "by" alone opens the byline: the headline above it stays a line of its own
    ("Hibernating astronauts would need smaller spacecraft\nby\nEuropean Space Agency",
     ["Hibernating astronauts would need smaller spacecraft", "by European Space Agency"]),
    ("Storm closes the harbour\nWritten by\nJane Doe", ["Storm closes the harbour", "Written by Jane Doe"]),
    # a "by" inside a sentence cut at a link still joins what comes after it
    ("The plan was approved by\nthe council", ["The plan was approved by the council"]),
])
def test_a_byline_word_alone_opens_the_byline(piece, lines):
    text = _CUT_PAGE + piece
    assert _joined(text, join_points(text))[2:] == lines


@pytest.mark.parametrize(("text", "lines"), [
    # a formula cut into one line per symbol, the sentence going on around it
    ("When\na\n≠\nb\n+\n1\n, there are two roots.", ["When a ≠ b + 1 , there are two roots."]),
    ("The Lorenz Equations\nx\n˙\n=\nσ\n(\ny\n−\nx\n)\nThe Cauchy-Schwarz Inequality",
     ["The Lorenz Equations x ˙ = σ ( y − x )", "The Cauchy-Schwarz Inequality"]),
    # a sentence ended above the formula keeps its line
    ("It holds.\nx\n=\ny\n+\n1", ["It holds.", "x = y + 1"]),
    # one-character lines without an operator are no formula: page numbers, an index
    ("Pages\n1\n2\n3\n4\n5\nNext", ["Pages", "1", "2", "3", "4", "5", "Next"]),
    ("A\nB\nC\nD\nE", ["A", "B", "C", "D", "E"]),
    # three symbols are too few to tell a formula
    ("x\n=\n1", ["x", "=", "1"]),
])
def test_formula_joins(text, lines):
    assert _joined(text, formula_joins(text)) == lines


@pytest.mark.parametrize("blob", [
    '{\n"@context": "https://schema.org",\n"@graph": [\n,\n,\n{"@type": "NewsArticle",\n"headline": "Ferry Returns",\n'
    '"author": [{"@type": "Person", "name": "Morag Lindsay"},\n{"@type": "Person", "name": "Tom Okafor"}],\n'
    '"publisher": {"@type": "NewsMediaOrganization"\n}\n]\n}',
    'var data = {\n"items": [\n,\n"a",\n,\n"b"\n],\n"next": "page-2",\n"prev": null\n};',
    'window.__DATA__ = {\n"page": {\n"title": "Budget Passes",\n"items": [\n,\n,\n{"id": 1,\n"url": "/a"},\n'
    '{"id": 2,\n"url": "/b"}\n]\n}\n};',
])
def test_lines_of_serialized_data_are_no_text_cut_at_every_tag(blob):
    """A blob leaked into the text opens and closes its lines with commas and brackets, as a
    tag cuts a sentence; joining them depended on how many other lines of the page showed cuts
    inside them, so a cleaning that removed those lines joined the blob on a second run (found
    by the fuzz target test_real_pages_cut_and_spliced)."""
    assert join_points(blob) == []
    page = "The council approved the new budget on Monday.\n" + blob + "\nSpending on schools will rise."
    once = clean(page).text
    assert clean(once).text == once


@pytest.mark.parametrize("dump", ['string(2572) "[{"id": "0", "title": "Aid arrives", "url": "/a/0"}]"',
                                  '[{"id": "0", "title": "Aid arrives", "url": "/a/0"}]',
                                  '{"headline": "Aid arrives", "url": "/a/0"}',
                                  # a blob that opens after an assignment (fuzz: "Harbour Council V" / "var ...")
                                  'var related = [{"id": "0", "title": "Aid arrives", "url": "/a/0"}];',
                                  'window.__DATA__ = {"headline": "Aid arrives", "url": "/a/0"};'])
@pytest.mark.parametrize("before", ["The", "Read more by", "Officials said,", "Harbour Council V"])
def test_a_line_that_leaves_its_sentence_open_does_not_take_a_dump_below_it(dump, before):
    """A text cut at every tag, with a dump leaked in after a line that leaves its sentence open
    ("The", then ``string(2572) "[{...``): joined to that line, the dump no longer opened a line,
    the blob step did not read it, and a second cleaning cut it (found by the fuzz target
    test_real_pages_made_hostile)."""
    cut = ["The army took", "the town", ", officials said.", "The town burned", "all night", "."]
    page = "\n".join([*cut, before, dump, "harbour council voted on Tuesday to rebuild the old pier.", *cut])
    assert all(not page[i + 1:].startswith(dump[:8]) for i in join_points(page))
    once = clean(page).text
    assert clean(once).text == once and dump[:8] not in once


_DEEP = "{" + '"k": {' * 300 + "1" + "}" * 301
_LD = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Aid arrives", "about": '


@pytest.mark.parametrize("markup", [
    f"{_LD}{_DEEP}}}</script>Morag Lindsay",  # a JSON-LD script whose data nests deep (fuzz)
    f'{_LD}"Pier"}}</script>',
    '<div class="byline">Morag Lindsay</div>',
    "</div>",
    "<!-- ad slot: top banner -->",
    "<?xml version='1.0'?>",
    'Morag Lindsay</a>',
])
@pytest.mark.parametrize("before", ["By", "Posted on", "Read more by", "The"])
def test_a_line_that_leaves_its_sentence_open_does_not_take_markup_below_it(markup, before):
    """Markup leaked into a text cut at every tag (a script, a widget's tags) is no line of a
    sentence: a line that leaves its sentence open ("Posted on") joined to the JSON-LD script
    under it made one line that a second cleaning cut where the data opens, and read apart
    (found by the fuzz target test_real_pages_made_hostile). Neither is a lower-case line
    carried on by a line of markup."""
    cut = ["The army took", "the town", ", officials said.", "The town burned", "all night", "."]
    for page in ("\n".join([*cut, before, markup, "and Tom Okafor", *cut]),
                 "\n".join([*cut, markup, "and the harbour council voted on Tuesday.", *cut])):
        at = page.index(markup)
        assert at - 1 not in join_points(page) and at + len(markup) not in join_points(page)
        once = clean(page).text
        assert clean(once).text == once


@pytest.mark.parametrize("line", ["<bkuhn@ebb.org>", "<std/disclaimer.h>", "<https://example.org/a>", "< 5 km",
                                  "<3 hours"])
def test_angle_brackets_around_no_tag_are_no_markup(line):
    """An address, a path or a comparison in angle brackets is text a sentence goes on through
    (``Submit comments on this post to`` / ``<bkuhn@ebb.org>`` / ``.``), not a tag."""
    cut = ["The army took", "the town", ", officials said.", "The town burned", "all night", "."]
    page = "\n".join([*cut, "Submit comments on this post to", line, ".", *cut])
    at = page.index("\n" + line + "\n")
    assert {at, at + 1 + len(line)} <= set(join_points(page))


def _ld_script(depth: int) -> str:
    return ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Aid plain arrives", '
            '"author": {"@type": "Person", "name": "Ann plain Lee"}, "wordCount": -Infinity, '
            f'"about": {"[" * depth}Infinity{"]" * depth}}}</script>')


_SPLICED = [("Weather", _ld_script(28)), ("come f", _ld_script(3000) * 2),
            ('waited two winters for this," said ', _ld_script(28)), ("Harbour C", "\ud83d")]


@pytest.mark.parametrize("bits", [
    _SPLICED, _SPLICED[1:], _SPLICED[:2], _SPLICED[1:3],  # found by the fuzz target test_real_pages_made_hostile
    [("Weather", _ld_script(10)), ("come f", _ld_script(5000))],
    [("Weather", _ld_script(10)), ("engineers", _ld_script(3000) * 2)],
    [("Sport", _ld_script(50)), ("fund", _ld_script(2500) * 2)],
])
def test_a_joined_line_that_holds_the_page_is_cut_on_the_first_cleaning(bits):
    """A sentence cut at its tags (``council's engineers`` / ``, and most of it will come f...``)
    that a leaked script makes hold most of the page is one line once joined: a second cleaning
    cut it around the article it finds there, with no unit inside it. The first cleaning's
    second run (page lines) now lists such a line and reads the join's breaks inside it as
    spaces, as the second cleaning reads them."""
    page = TAG_LINES
    for anchor, bit in bits:
        at = page.index(anchor) + len(anchor)
        page = page[:at] + bit + page[at:]
    once = clean(page).text
    assert clean(once, format="text").text == once


# A tag-cut page told by its links alone: one line opens with a stop, and three links sit inside
# sentences on lines of their own, cut from the words on both sides.
_LINKED_PAGE = ("The city council and the regional transport\nauthority\nsaid on Monday that the new tram line "
                "would open late.\nThe mayor blamed the long\nsupply delays\nthat held up the delivery of rails "
                "and cables.\nShe said on Friday that the\nrevised budget\nwould cover the extra costs of the "
                "work\n.\n")


@pytest.mark.parametrize(("piece", "lines"), [
    # a link's text inside a sentence: joined to the words on both sides
    ("Residents asked why the transport\nagency\nhad waited so long to act.",
     ["Residents asked why the transport agency had waited so long to act."]),
    # after a joined link, a lower-case line carries on however short the link is
    ("Critics said the old\nplan\nwas flawed from the start.",
     ["Critics said the old plan was flawed from the start."]),
    # a list of lower-case items (icon names, class names) is no sentence: a line of three
    # words or more takes the first item, the items after it stay
    ("0 : 0\nnarrow-browser\nwide-browser\nlandscape-tablet", ["0 : 0 narrow-browser", "wide-browser",
                                                           "landscape-tablet"]),
    ("Home\nicon chevron down\nicon chevron left\nicon chevron right\nicon search",
     ["Home", "icon chevron down icon chevron left icon chevron right icon search"]),
])
def test_lines_after_a_link_inside_a_sentence(piece, lines):
    text = _LINKED_PAGE + piece
    assert _joined(text, join_points(text))[3:] == lines


@pytest.mark.parametrize(("text", "joined"), [
    # three links inside sentences and one line opening with a stop: a text cut at every tag
    (_LINKED_PAGE, True),
    # the same sentences laid out by a scraper that keeps lines: nothing to join
    (_LINKED_PAGE.replace("\n", " ").replace(" .", "."), False),
    # icon names cut from one another are no links inside sentences
    ("Menu\nicon chevron down\nicon chevron left\nicon chevron right\nicon chevron up\nicon filter\nicon flag\n"
     "The council met on Monday.\n, it said.\n", False),
    # two links are too few without a second line opening with a stop
    (_LINKED_PAGE.split("She said")[0] + "\n.\n", False),
])
def test_links_inside_sentences_tell_a_text_cut_at_every_tag(text, joined):
    assert bool(join_points(text)) == joined


@pytest.mark.parametrize(("line", "units"), [
    # a credit without brackets stays with the caption it closes; the next sentence opens at the
    # capitalised word right before the first lower-case one
    ("The module is half the size of the old one. Credit: ESA A cross-section shows the pods.",
     ["The module is half the size of the old one. Credit: ESA", "A cross-section shows the pods."]),
    ("Crews cleared the road. Photo: Jane Doe, AP Officials said the bridge would reopen.",
     ["Crews cleared the road. Photo: Jane Doe, AP", "Officials said the bridge would reopen."]),
    ("The ship sails at dawn. Pictures: NASA/JPL-Caltech \"We will wait,\" she said.",
     ["The ship sails at dawn. Pictures: NASA/JPL-Caltech", '"We will wait," she said.']),
    # a name that ends with a stop: the credit is a sentence of its own (a credit line)
    ("The rover rolled on. Credit: Jane Doe. The team cheered.",
     ["The rover rolled on.", "Credit: Jane Doe.", "The team cheered."]),
    # a caption after its label ("Image: Jose Mourinho, left, has ..."), a label that opens a
    # sentence ("Credit card debt ..."), a credit with no name before lower-case words: sentences
    ("He signed on Tuesday. Image: Jose Mourinho, left, has replaced the old manager.",
     ["He signed on Tuesday.", "Image: Jose Mourinho, left, has replaced the old manager."]),
    ("Rates rose. Credit card debt rose too.", ["Rates rose.", "Credit card debt rose too."]),
    ("The fire spread fast. Photo: courtesy of the family It burned for days.",
     ["The fire spread fast.", "Photo: courtesy of the family It burned for days."]),
])
def test_a_credit_without_brackets_closes_its_caption(line, units):
    assert cut_at(line, sentence_breaks(line, 0, len(line))) == units


@pytest.mark.parametrize(("text", "names"), [
    ("Credit: 20th Century Fox If a ship has no drive, it has pods.", "20th Century Fox"),
    ("Photo: Hau Dinh, AP Esper accuses China of coercion.", "Hau Dinh, AP"),
    ("Credits: Getty Images The markets fell.", "Getty Images"),
    ("Credit: ESA and NASA worked on it.", None),  # "and" right after one name: no sentence opener
    ("Credit: ESA", None),
])
def test_credit_end(text, names):
    end = credit_end(text, 0, len(text))
    assert (None if end is None else text[text.index(":") + 2:end]) == names


@pytest.mark.parametrize(("line", "units"), [
    # a caption printed without a stop ends at its credit in brackets
    ("It spread. The plague killed millions (Image: GETTY) Doctors said it is rare now.",
     ["It spread.", "The plague killed millions (Image: GETTY)", "Doctors said it is rare now."]),
    ("Cars wait at a dealer in Ohio (AP Photo/Jane Doe) Sales fell in May.",
     ["Cars wait at a dealer in Ohio (AP Photo/Jane Doe)", "Sales fell in May."]),
    # a credit before lower-case words goes on with them; a bare agency in brackets is a dateline's
    ("A dog naps (Photo: Jane Doe) under the old oak tree.", ["A dog naps (Photo: Jane Doe) under the old oak tree."]),
    ("Talks resumed in Geneva (AP) The two sides met.", ["Talks resumed in Geneva (AP) The two sides met."]),
])
def test_a_credit_in_brackets_ends_a_caption_without_a_stop(line, units):
    assert cut_at(line, sentence_breaks(line, 0, len(line))) == units


_MENU = ("Sections: Front Page | City | Region | Nation | World | Business | Sport | Arts | Books | Travel | Health | "
         "Science | Weather | Opinion | Letters | Obituaries | Classifieds | Jobs | Homes | Cars | Archive | Contact")
_STORY = ("The county board voted on Tuesday to close the old bridge for repairs until the spring. "
          "Drivers will use a detour through the valley, which adds about ten minutes to the trip. "
          "The work is expected to cost four million dollars, the board said.")


@pytest.mark.parametrize(("line", "lines"), [
    # a short page folded to one line (its menus, a short story, a footer): no dateline, headline
    # or run of capitalised words to tell it by, but the menus' shape: cut like a longer page
    (f"{_MENU} {_STORY} Printer friendly page Send this story to a friend {_MENU}", 5),
    # the story alone is a paragraph of sentences, however many: kept whole
    (_STORY, 1),
    (f"{_STORY} {_STORY}", 1),
])
def test_a_short_line_shaped_like_a_page_is_cut(line, lines):
    assert segment(Document.from_text(line)).text.count("\n") + 1 == lines


@pytest.mark.parametrize(("text", "lines"), [
    # a text node's own line breaks, kept by get_text("\n") with the source's indentation after
    # them: the node's lines join, the nodes stay apart
    ("Storm Report\nHome\nThe storm reached the coast on Monday night and\n        cut power to thousands of homes.\n"
     "Crews worked through the night,\n      the utility said, and\n      most homes had power by noon.\nWeather\n"
     "More rain is due on Friday, but\n    forecasters expect less wind.",
     ["Storm Report", "Home", "The storm reached the coast on Monday night and cut power to thousands of homes.",
      "Crews worked through the night, the utility said, and most homes had power by noon.", "Weather",
      "More rain is due on Friday, but forecasters expect less wind."]),
    # ... or with a space left before the break (strip=True leaves none at a node's ends)
    ("Home\nNews\nSport\nPhotos\n which were released online on Monday, \nshow the actress in new \nmake-up photos.\n"
     "Tags\nShe flaunted a bag in the colours of the \nflag and met a media\n mogul.\nShare\nEmail",
     ["Home", "News", "Sport", "Photos",
      "which were released online on Monday, show the actress in new make-up photos.", "Tags",
      "She flaunted a bag in the colours of the flag and met a media mogul.", "Share", "Email"]),
    # two such breaks are too few to tell a text cut at every tag
    ("Storm Report\nThe storm reached the coast on Monday and\n    cut power.\nCrews worked through the night and\n"
     "    fixed it.\nWeather", None),
    # every break indented: a page folded by get_text(" ") but for its nodes' own breaks (segment's)
    ("Home News The storm reached the coast on Monday night and\n        cut power to thousands of homes and\n"
     "        the utility said crews worked through the night and\n        most homes had power by noon.", None),
])
def test_a_text_nodes_own_line_breaks_join(text, lines):
    joined = [" ".join(line.split()) for line in _joined(text, join_points(text))]
    assert joined == (lines or [" ".join(line.split()) for line in text.split("\n")])


# A page cut at every tag (get_text("\n")) opens with its browser title; the links inside sentences
# below make it read as such a text.
_TAGGED_BODY = ("\nHome\n{}\nThe council met on\nMonday\nand voted to rebuild\nthe pier\n, officials said.\n"
                "Work starts in\nMay\n, the mayor said.\n")


@pytest.mark.parametrize(("head", "printed", "first"), [
    # the browser title is a node of its own, printed again (whole or less the site's name) over
    # the story: the next node opens the page, however it opens
    ("Friday Facts #282 - 0.17 in sight | Factorio\nlog in", "Friday Facts #282 - 0.17 in sight",
     "Friday Facts #282 - 0.17 in sight | Factorio"),
    ("Evolve: Shared History — evolve extension for Mercurial\nevolve extension for Mercurial",
     "Evolve: Shared History", "Evolve: Shared History — evolve extension for Mercurial"),
    ("Impeachment fails after lawmakers walk out\nIE 11 is not supported.",
     "Impeachment fails after lawmakers walk out", "Impeachment fails after lawmakers walk out"),
    ("Rates rise for a third time\nmsn", "Rates rise for a third time", "Rates rise for a third time"),
    # the title's own line break, with the source's spaces beside it, joins
    ("The sharing economy is a lie and the truth about\n            tech - Salon.com",
     "The sharing economy is a lie and the truth about tech",
     "The sharing economy is a lie and the truth about tech - Salon.com"),
    # a text opening inside a sentence prints its first line nowhere else: carried on as before
    ("The town council took\nthe vote", "Pier to be rebuilt", "The town council took the vote"),
    # a first line that is no title (a byline's opening word) is carried on as before
    ("By\nJane Doe", "Pier to be rebuilt", "By Jane Doe"),
])
def test_a_browser_title_opening_a_text_cut_at_every_tag_stays_a_line(head, printed, first):
    text = head + _TAGGED_BODY.format(printed)
    assert " ".join(_joined(text, join_points(text))[0].split()) == first
