"""English (en): the words the steps read in English pages.

>>> LANGUAGE.code, LANGUAGE.name
('en', 'English')
"""

from __future__ import annotations

from .record import Language

__all__ = ["LANGUAGE"]

# The copyright notice's words: "© 2019 Hearst. All rights reserved."
_RESERVED = "all rights reserved"
# A picture's credit, after its caption: "... sought treatment Credit: EPA".
_CREDIT_LABELS = ("Credit", "Photo", "Picture", "Image")
_CREDITS = "|".join(_CREDIT_LABELS)

LANGUAGE = Language(
    "en", "English",
    months={"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
            "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
            "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
            "sept": 9, "oct": 10, "nov": 11, "dec": 12},
    weekdays=("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
              "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"),
    date_prefixes=("published", "posted", "date", "dated", "created", "first published", "released",
                   "published on", "posted on", "posted at", "published at"),
    updated_prefixes=("updated", "last updated", "last modified", "modified", "updated on", "updated at",
                      "last update", "revised"),
    date_links=("on",),
    day_links=("of",),
    time_links=("at",),
    ordinal_suffixes=("st", "nd", "rd", "th"),
    relative_dates=(r"(?:(?:\d+|an?|one)\s+(?:second|minute|min|hour|hr|day|week|month|year)s?"
                    r"|\d{1,3}\s?(?:s|m|h|d|w|mo|y|mins?|hrs?))\s+ago",),  # "3 hours ago", "32M ago"
    relative_units=("day", "hour", "hr", "minute", "min"),  # "2 hours, 23 minutes ago"
    stopwords=frozenset("""a about above after again against all also am an and any are as at be
            because been before being below between both but by can could did do does doing down
            during each few for from further had has have having he her here hers herself him himself
            his how i if in into is it its itself just me more most my myself no nor not now of off
            on once only or other our ours out over own said same she should so some such than that
            the their theirs them then there these they this those through to too under until up very
            was we were what when where which while who whom why will with would you your yours
            yourself new one two also would may might must can't won't it's""".split()),
    next_article=(r"(?:previous|prev|next|older|newer)(?: \w+){0,2} (?:news|article|story|post|entry)s?",),
    ad_marks=("advertisement", "advert"),
    share_labels=(r"share(?: this| it| article| story)? (?:on|via) (?:facebook|twitter|whatsapp|pinterest|linkedin"
                  r"|reddit|e-?mail|telegram|messenger|flipboard|tumblr)",),
    end_headings=(
        r"(?:most|top) (?:read|popular|viewed|shared|commented|emailed)(?: (?:stories|articles|now|today|news))?",
        r"(?:you|we think you) (?:may|might|will|would) (?:also )?(?:like|enjoy|be interested in).{0,20}",
        r"more (?:great |top )?(?:\S+ ){0,2}stories(?: like this)?",
        r"more(?-i: \p{Lu}[\w.&'’-]*){1,3}",                     # "More Washington Examiner"
        r"(?:our )?latest (?:stories|news|articles|headlines)", r"(?:around|from) the web",
        r"(?:what|things) to read next", r"recommended for you", r"promoted stories",
    ),
    byline_prefixes=("by", "written by", "words by", "story by", "posted by", "author"),
    name_joins=("and",),
    author_roles=("writer", "reporter", "correspondent", "editor", "columnist", "contributor", "staff", "journalist",
                  "critic", "producer", "author", "analyst"),
    # "Eagle Washington Bureau", "Metro Desk", "Staff and agencies" (the newsroom and the wires it
    # rewrote), "Staff and wire reports", "Staff reports"
    desks=("bureau", "desk", "agencies", "wires", "wire reports", "report"),
    # "By Monday, the army left", "Email the author", "Staff | Associated Press", "Read more"
    not_names=("email", "follow", "contact", "read", "more", "view", "updated", "published", "posted", "the", "staff",
               "associated", "press", "news", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
               "sunday"),
    abbreviations=("mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "gov", "sen", "rep", "lt", "col",
                   "capt", "sgt", "maj", "cpl", "adm", "cmdr", "rev", "hon", "pres", "supt", "insp", "det",
                   "inc", "co", "corp", "ltd", "bros", "no", "nos", "vs", "v", "etc", "approx", "dept", "est",
                   "fig", "vol", "ave", "blvd", "rd", "mt", "ft", "jan", "feb", "mar", "apr", "jun", "jul",
                   "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur",
                   "thurs", "fri", "sat", "sun", "e.g", "i.e", "a.m", "p.m", "u.s", "u.k", "u.n"),
    stem_endings=(r"['’]s", r"ing", r"ed", r"es", r"s"),
    small_words=tuple("""a about after against amid an and as at before but by during for from in into near nor of
                      off on onto or out over per since than the to under until up upon via vs while with
                      without""".split()),
    articles=("a", "an", "the"),
    # "Strike kills 15 in Syria's Idlib: monitor", "... kills 18: state TV"
    headline_sources=(r"monitor", r"monitors", r"ngo", r"reports", r"activists", r"observatory", r"state (?:tv|media)"),
    # "headline", "articleTitle", "storyhead", "txStoryHed", "stry_pg_hdln"; not "header", most pages' masthead
    headline_classes=(r"head(?!er)", r"hed\b", r"title", r"hdln"),
    # "(Reporting by ...; Editing by ...)", "Additional reporting by ...", "Compiled by ..."
    wire_credits=(r"(?:additional |writing and )?(?:reporting|writing|editing|compiled|compiling|research|"
                  r"contributing|produced|translated|written) (?:by|for)",),
    # "Keith Bradsher contributed reporting from Hong Kong.", "Fox News' Jane Doe contributed to this report."
    wire_contributions=(r"contributed(?: reporting| to this (?:report|story|article))",),
    noise_lines={
        "share": (
            r"share(?: (?:this|the|on|via|article|story|page|post|to)\b.{0,40})?:?",  # "Share this article"
            r"(?:tweet|pin it|print|e-?mail|copy(?: the)? link|whatsapp|messenger|comment)(?: this)?",
            # "Print article", "Refer to a friend", "E-mail this story to a friend", "Send to a friend"
            r"(?:print|e-?mail|send|refer)(?: this)?(?: (?:article|story|page|item))?(?: to a friend)?",
            r"click to (?:share|email|print)\b.{0,60}",           # "Click to share on Twitter (Opens in new window)"
            r"(?:\d+\s?)?shares?",                                 # "125 shares"
            r"follow us(?: on .{1,30})?:?", r"connect with us",
            r"follow [\w.&'’-]+(?: [\w.&'’-]+)? on:?",               # "Follow RT on" (then the icons)
            r"(?:get )?short url", r"sharing is caring\W{0,3}",
            # "Have a tip? Jane Doe may be reached at jdoe@example.com. Follow her on Twitter @jdoe."
            r"(?:have a (?:news )?tip\?\s*)?[^.!?]{1,60}\b(?:may|can) be reached at \S+@\S+.{0,160}",
            r"(?:like|enjoy|love)(?:d)? this (?:story|article|post)\??(?: share it.{0,40})?",  # "Like this article?"
            # the author's or the desk's contacts: "Email Jane Doe at jd@example.com or follow her @jdoe."
            r"(?:follow|email|e-mail|reach|contact) (?:the \w+ |him |her |them |me |\p{Lu}[\w.'’-]+ ){1,5}"
            r"(?:at|on|via) (?:twitter|facebook|instagram|\S+@\S+|@\w+|http\S+).{0,160}",
            # a share bar on one line: "Whatsapp Facebook Pint Baixar", "Facebook | Twitter | Email"
            r"(?:(?:facebook|twitter|whatsapp|pinterest|pint|linkedin|reddit|e-?mail|print|share|tweet|telegram|"
            r"messenger|flipboard|tumblr|pocket|sms|copy link|google\+?|instagram|youtube|x|baixar|download)"
            r"[\s|•·/,]*){1,8}",
        ),
        # "Sign up for our newsletter"
        "newsletter": (
            r"(?:sign up|subscribe|register)(?: (?:now|today|here))?(?: (?:for|to) .{0,80})?",
            r"(?:e-?mail |our |free )?newsletters?",
            r".{0,60}\b(?:sign up|subscribe|get|receive|join|our|free|daily|weekly)\b.{0,80}\bnewsletters?\b.{0,80}",
            r"(?:get|receive) .{0,40}\b(?:in|to) your inbox.{0,40}",
            # "Get the day's top headlines delivered to your inbox every morning by subscribing ..."
            r".{0,100}\b(?:delivered|straight|directly|right)(?: \w+)? (?:to|in|into) your (?:e-?mail )?inbox\b"
            r".{0,100}",
            r"(?:thanks!?\s*)?(?:please )?(?:keep an eye on|check) your inbox\b.{0,80}",  # after signing up
            r"(?:enter )?your e-?mail(?: address)?\s*\*?", r"e-?mail address\s*\*?",
            r"thank you for (?:signing up|subscribing).{0,60}",
            r"[^.!?]{1,40}\?\s*subscribe (?:to|for) .{1,120}",  # "Need more space? Subscribe to our sister title"
            # a magazine's subscription offer: "Get it delivered every month. 12 issues for £11.99."
            r".{0,120}\b\d{1,3} issues for (?:just |only )?[£$€]\s?\d[\d.,]*.{0,120}",
            r"want more (?:stories|articles|news|posts) like this\?",
        ),
        "cookie": (
            r".{0,200}\b(?:we|this (?:web)?site|our (?:web)?site)s? uses? cookies\b.{0,300}",
            r".{0,100}\bcookies?\b.{0,60}\b(?:accept|consent|agree|settings|preferences)\b.{0,100}",
            r"(?:accept|allow|reject|manage)(?: all)? cookies", r"cookie (?:policy|settings|preferences|notice)",
        ),
        # "© 2019 Hearst"; Korean sites print the sign as a circled c: "Copyright ⓒ Example.co.kr". A bare "(c)"
        # is also a list item's marker ('(c) "Solar flare" means ...'): it needs a year or a holder's capitalised
        # name ("(c) 2014 Reuters", "(c) Marler Clark").
        "copyright": (r"(?:copyright\s*)?(?:©|ⓒ)\s*.{0,150}", r"copyright\s*\(c\)\s*.{0,150}",
                      r"\(c\)\s*(?:(?:copyright\b|(?:1[89]|20)\d\d\b).{0,150}"
                      r"|(?-i:\p{Lu})[\w&.,'’-]*(?:\s(?-i:[\p{Lu}\d&])[\w&.,'’-]*){0,4})",
                      r"copyright\s+\d{4}\b.{0,150}",
                      rf".{{0,120}}\b{_RESERVED}\b.{{0,120}}",
                      r"this (?:material|article) may not be (?:published|reproduced|broadcast).{0,120}",
                      r"this document is subject to copyright\..{0,250}",  # "... no part may be reproduced without ..."
                      r"citation: .{1,200}\bretrieved .{1,150}"),  # "Citation: Title (2019) retrieved ... from"
        "photo_credit": (
            r"\(?(?:photo|photos|photograph|picture|image|video|illustration|graphic|credit)s?"
            r"(?: credit)?(?: by)?\s*[:|/]\s*.{1,80}",              # "Photo: Hau Dinh, AP", "Image Credit: WeWork"
            r"(?:photo|image|illustration|picture|photograph)s? (?:by|courtesy of|copyright) .{1,60}",
            r"\(?(?:getty images|ap photo|afp photo|reuters photo|shutterstock|istock|alamy)"
            r"(?:\s*(?:/|via)\s*.{1,40})?\)?",  # "(AP Photo/Evan Vucci)"
        ),
        "caption": (
            # a picture's caption ends with its credit: "... in Hanoi. (AP Photo/Hau Dinh)", "... © Reuters"
            r".{10,400}(?:\((?:AP|AFP|EPA|Reuters|Getty Images|Photo|Picture|Image|Credit)\b[^()]{0,80}\)"
            r"|©\s?[\w.&'/ -]{1,40}|\s/\s(?:AP|AFP|EPA|Reuters|Getty Images|Shutterstock)(?: file| photo)?)\s*\.?",
            # a wire photo's caption: "FILE PHOTO: Traders work on the floor ... REUTERS/Brendan McDermid"
            r".{10,400}\s(?-i:REUTERS|AFP|EPA|AP)/[\w.'’ -]{1,40}",
            r".{10,300}[.!?]\s(?-i:Photograph|Photo|Picture|Image)s? (?:by|courtesy of) [^.!?]{1,60}",
            # the credit set after the caption, capitalised: "... sought treatment Credit: EPA"
            rf".{{10,300}}\s(?-i:{_CREDITS})s?:\s?[^.!?]{{1,60}}",
            # a local paper's credit after the caption: "Jane Doe, the new principal. Submitted photo"
            r".{2,300}\s(?-i:Submitted|Contributed|Staff|File) (?-i:photo|Photo|image|Image)s?",
            # a caption cut short or spelled out in full, with its toggle: "... Southeast Asian nation. less",
            # or after the credit that closes it: "... The Islanders won 5-4. (AP Photo/Gene J. Puskar) less"
            r".{10,300}(?:[.!?…]|\.\.\.)[\"'”’)]?\s(?:more|less)", r".{10,300}\([^()]{1,80}\)\s(?:more|less)",
            r"(?:image|photo|video|media) caption\b.{0,300}",
            r"(?:caption|above|pictured|top|left|right)\s*:\s*.{0,300}",
            r"(?:image|photo|slide) \d+ (?:of|/)(?: ?/)? ?\d*", r"\d+ / \d+",  # "Image 1 of / 8"
            r"(?:back to|view|open|enlarge|launch) (?:gallery|slideshow|image|photo)s?",
            r"caption", r"(?:hide|show) caption", r"expand|enlarge this image",
        ),
        # a video player's controls and its captions dialog, read out by a scraper as lines
        # (Video.js, the player many news sites embed): "Current Time 0:00", "Loaded: 0%",
        # "captions settings, opens captions settings dialog", "Font Size 50% 75% 100%"
        "player": (r"play video", r"(?:un)?mute", r"(?:non-|exit )?full ?screen", r"playback rate",
                   r"(?:current|duration|remaining)(?: time)? -?\d{1,2}:\d{2}(?::\d{2})?",
                   r"(?:loaded|progress): \d{1,3}(?:\.\d+)?%", r"stream type live",
                   r"(?:chapters|descriptions|subtitles|captions)(?: off)?, selected",
                   r"captions settings, opens captions settings dialog", r"default, selected",
                   r"this is a modal window\.(?: this modal can be closed by pressing the escape key"
                   r" or activating the close button\.)?",
                   r"(?:beginning|end) of dialog window\.(?: escape will cancel and close the window\.)?",
                   r"close modal dialog", r"(?:foreground|background|window) --- [\w -]{1,120}",
                   r"font size(?: \d{2,3}%){2,12}", r"text edge style(?: [\w-]+){2,8}",
                   r"font family(?: [\w-]+){2,20}", r"(?:reset )?defaults done",
                   r"no compatible source was found for this media\."),
        "navigation": (
            r"skip to (?:the )?(?:main )?(?:content|navigation|search|footer)",
            r"(?:jump|skip) to navigation.{0,40}",
            r"skip navigation", r"(?:back|return|go) to (?:the )?top\W{0,3}", r"(?:main )?menu",
            r"toggle (?:navigation|menu)",
            r"(?:search|close|open)(?: (?:menu|search|form|this site))?", r"(?:sign|log) ?(?:in|out|up)",
            r"(?:sign|log) in(?: or| /|/) ?(?:sign|register|subscribe).{0,20}", r"my account", r"×|x|≡|☰|«|»",
            r"\W{0,3}(?:previous|next)(?: \w+){0,2} (?:news|article|story|post|page|slide)s?\W{0,3}",
            r"(?:previous|next)\W{0,3}", r"load more.{0,20}",  # "Previous Auto News -"
            r"advertisement|advertising|advert|ad|sponsored|story continues below(?: advertisement)?",
            r"(?:supported|sponsored|presented|powered|brought to you) by",  # a sponsor's label; its logo follows
            r"this slideshow requires javascript\.?", r"view all(?: \(\d+\))?",
            r"this site is protected by recaptcha.{0,120}",
            # an app pitch: "CLICK HERE TO GET THE FOX NEWS APP", "Get Fox Business on the go by clicking here"
            r"(?:click here to )?(?:get|download) (?:the )?[\w.&' -]{1,30}(?: app| on the go)"
            r"(?: by clicking here)?\W{0,3}",
            r"continue reading(?: below| the main story)?\W{0,3}",
            r"(?:media|video|audio) playback is (?:not supported|unsupported)"
            r" (?:on|in) (?:your|this) (?:device|browser)",
            r"(?:scroll|read) (?:down|on)(?: to continue)?.{0,20}",
        ),
        "related_links": (
            r"(?:related|read more|more|see also|also read|read also|recommended|watch|listen|more on this|"
            r"more from .{1,30}|related coverage|related stories|related articles|trending)\s*[:»|-]\s*.{1,150}",
            # a teaser: another story's excerpt cut short, then its link ("... sights, sounds,… Read more")
            r".{10,300}(?:…|\.\.\.|\[(?:…|\.\.\.)\])\s*"
            r"(?:read more|continue reading|read the full (?:story|article))"
            r"(?:\W{0,3}(?:read more|continue reading))?\W{0,3}",
            # a link to the publisher's other site: "Also on example.com Mayor quits", "On Example.com: Rates fall"
            r"also on [\w-]+(?:\.[\w-]+)+\s*[:»|-]?\s+.{1,150}", r"on [\w-]+(?:\.[\w-]+)+\s*:\s*.{1,150}",
        ),
        "tags": (r"(?:tags|tagged|topics|filed under|categories|keywords|related topics)\s*[:|]\s*.{1,300}",),
    },
    # Each keyword with the lower-case strings one of which any text it matches holds.
    credit_labels=_CREDIT_LABELS,
    agency_photo_labels=("Photo", "Image", "Images"),  # "(AP Photo/Jane Doe)", "(Getty Images)"
    counter_labels=("image", "photo", "picture", "slide"),
    counter_links=("of",),
    caption_toggles=("less", "more"),  # "... Southeast Asian nation. less"
    gallery_exits=("back to gallery", "back to slideshow", "back to photos"),  # "1 / 8 Back to Gallery"
    # "Brian Mulroney, left, and Karlheinz Schreiber are seen in this combined image."
    caption_marks=(r",\s(?:left|right|center|centre|top|bottom|foreground|background),\s",
                   r"\((?:left|right|center|centre|top|bottom)\)",
                   r"\b(?:is|are)\s(?:seen|pictured|shown)\s(?:in|on)\s(?:this|a|an|the)\s(?:[\w-]+\s){0,2}?"
                   r"(?:photo|image|picture|photograph|handout)\b"),
    # words that end a newspaper's name and rarely a headline's (not "News", "Post", "Star", "Times": "Hard Times")
    publication_words=("Journal", "Herald", "Tribune", "Gazette", "Chronicle", "Telegraph", "Examiner", "Observer",
                       "Courier", "Dispatch", "Inquirer", "Enquirer", "Ledger", "Sentinel", "Bulletin"),
    pager_links=("Previous", "Prev", "Next", "Older", "Newer"),  # "« Previous Next »"
    author_buttons=("Follow",),  # "Jane Doe Follow Oct 18, 2019 · 8 min read"
    place_openings=("New", "Fort", "Port", "Saint", "St.", "Ft.", "Mt."),  # "New Delhi", "St. Louis"
    noise_keywords=(
        (r"be reached at", ("be reached at",)),
        (r"subscribe", ("subscribe",)),
        (r"issues for", ("issues for",)),
        (r"newsletter", ("newsletter",)),
        (r"inbox", ("inbox",)),
        (r"cookie", ("cookie",)),
        (_RESERVED, (_RESERVED,)),
        (r"\((?:AP|AFP|EPA|Reuters|Getty Images|Photo|Picture|Image|Credit)\b",
         ("(ap", "(afp", "(epa", "(reuters", "(getty images", "(photo", "(picture", "(image", "(credit")),
        (r"©", ("©",)),
        (r"\s/\s", ("/",)),
        (r"(?-i:REUTERS|AFP|EPA|AP)/", ("reuters/", "afp/", "epa/", "ap/")),
        (r"(?-i:Photograph|Photo|Picture|Image)s? (?:by|courtesy of)", ("photo", "picture", "image")),
        (rf"(?-i:{_CREDITS})s?:", tuple(label.lower() for label in _CREDIT_LABELS)),
        (r"(?-i:Submitted|Contributed|Staff|File) (?-i:photo|Photo|image|Image)", ("photo", "image")),
        (r"\s(?:more|less)\Z", ("more", "less")),
        (r"(?:read more|continue reading|read the full (?:story|article))",
         ("read more", "continue reading", "read the full")),
    ),
    section_headings={
        "related_links": (
            r"(?:most|top) (?:read|popular|viewed|shared|commented|emailed)"
            r"(?: (?:stories|articles|now|today|news))?(?: (?:in|on|from) .{1,40})?",  # "Most read in World"
            r"related(?: (?:stories|articles|posts|content|coverage|news|reading|links|videos|topics))?",
            r"(?:recommended|suggested|popular|trending|featured|latest|top|more|other|similar)"
            r"(?: (?:for you|stories|articles|posts|news|now|videos|reads|headlines|content))?",
            r"(?:you|we think you) (?:may|might|will|would) (?:also )?(?:like|enjoy|be interested in).{0,20}",
            r"(?:more|latest|other|also|popular) (?:from|on|in|about) .{1,40}", r"read (?:more|next|this next)",
            r"more(?-i: \p{Lu}[\w.&'’-]*){1,3}",                   # "More Washington Examiner", "More World"
            r"(?:what|things) to read next", r"(?:don't|do not) miss", r"editor'?s'? (?:picks|choice)",
            r"(?:around|from) the web", r"promoted(?: stories| content)?", r"sponsored (?:stories|content|links)",
            r"(?:up|watch|coming up) next", r"more (?:stories|news|articles|videos)(?: like this)?",
            r"in (?:other|case you missed|the) news.{0,20}", r"top stories", r"breaking news",
        ),
        # "Comments", "27 Comments", "Comments (3)", "2 responses"; a lone "Response" or "Reactions"
        # is as often a heading of the article itself
        "comments": (
            r"comments(?: \(\d+\))?", r"(?:\d+|no|one) (?:comments?|responses?|replies|reactions?)(?: \(\d+\))?",
            r"there (?:are|is) (?:\d+|no|one) (?:comments?|responses?|replies)",   # "There are 13 comments"
            r"(?:view|show|read|load|see|hide)(?: all)?(?: \d+)? (?:comments?|replies|responses)(?: \(\d+\))?",
            r"(?:leave|add|post|write|submit) (?:a |your )?(?:comment|reply|response).{0,20}",
            r"join the (?:discussion|conversation|debate).{0,20}", r"comments are closed.{0,40}",
            r"(?:discussion|conversation|have your say|what do you think\??)",
            r"(?:tell us|let us know) what you think(?: about this)?(?:\.{3}|…|[.!?])?",  # the comment box's prompt
            r"(?:top|most|best) (?:rated|recent|popular|liked|recommended) (?:comments|replies|responses)",
            # "34 responses to “Title”"
            r"(?:\d+|one|no) (?:responses?|comments?|replies|thoughts?) (?:to|on) .{1,150}",
            r"[\w.@-]{2,30} says",  # a comment's author, one user name: "joetoronto says:"
            # the moderation notice that opens a comment box: "Comments are subject to our guidelines."
            r"(?:note: )?comments (?:are|will be) (?:subject to|moderated|reviewed)\b.{0,150}",
            r"(?:note: )?we (?:are )?(?:temporarily )?moderat\w+ (?:all )?comments\b.{0,150}",
            r"comments? (?:that|which) .{1,100}\b(?:will|may) (?:not|never) be (?:approved|published|posted)\b"
            r".{0,100}",
        ),
        "about": (r"about (?:the )?(?:author|writer|reporter)s?", r"about (?:us|me)",
                  r"about(?-i: \p{Lu}[\w.&'’-]*){1,4}"),
        "tags": (r"tags|topics|tagged(?: with)?|filed under|categories|related topics|more about",),
    },
)
