"""Boilerplate hints as data: tag sets, class/id patterns and phrase lists (many languages)."""

from __future__ import annotations

import re

# Tags whose content is never article text.
DROP_TAGS: frozenset[str] = frozenset(
    {
        "nav",
        "aside",
        "button",
        "input",
        "select",
        "textarea",
        "option",
        "label",
        "iframe",
        "object",
        "embed",
        "canvas",
        "video",
        "audio",
        "map",
        "dialog",
        "menu",
        "head",
        "link",
        "meta",
        "title",
        "source",
        "picture",
        "img",
        "figcaption",
    }
)
# Page furniture that is dropped unless it holds the main content.
FURNITURE_TAGS: frozenset[str] = frozenset({"header", "footer", "form"})

BLOCK_TAGS: frozenset[str] = frozenset(
    {
        "address",
        "article",
        "blockquote",
        "center",
        "dd",
        "details",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "tr",
        "ul",
        "body",
        "html",
    }
)
# Text-level tags: their class names are styling, never a boilerplate hint.
INLINE_TAGS: frozenset[str] = frozenset(
    {"a", "b", "i", "em", "strong", "u", "small", "sup", "sub", "abbr", "cite", "code", "mark"}
    | {"s", "q", "br", "font", "time", "var", "kbd", "samp", "bdi", "bdo", "ins", "del"}
)
HEADING_TAGS: frozenset[str] = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# Tags that hold paragraph text and feed the content score of their ancestors.
PARAGRAPH_TAGS: frozenset[str] = frozenset({"p", "pre", "td", "blockquote", "li", "dd"})

# Class/id fragments of blocks that are not the article (matched on "class id" lowercased).
UNLIKELY = re.compile(
    r"-ad-|\bads?\b|ad-?slot|advert|agegate|ai2html|banner|breadcrumb|combx|comment|"
    r"community|consent|cookie|cover-wrap|disqus|donate|extra|footer|gdpr|legends|"
    r"masthead|menu|modal|most-?(?:read|popular|viewed)|navbar|newsletter|outbrain|"
    r"pager|pagination|paywall|popup|promo|recirc|related|remark|replies|rss|share|"
    r"sharing|shoutbox|sidebar|skyscraper|social|sponsor|subscri|supplemental|taboola|"
    r"trending|yom-remote|partner|read-?more|readmore|recommend|author-?bio|"
    r"author-?box|byline|toolbar|signup|sign-up|login|teaser|widget|tags\b|tag-?list|"
    r"jump-?link|newsletter|print-?only|visually-?hidden|sr-only|screen-?reader|"
    r"caption|credit|hidden|dateline|timestamp|meta-?data|post-?meta|entry-?meta|"
    r"article-?meta|article-?info|header|rollover|tooltip|popover|hovercard|"
    r"(?:^|[\s_-])cta(?:$|[\s_-])|donat",
    re.IGNORECASE,
)
# Unlikely blocks that are dropped even when they hold many paragraphs.
UNLIKELY_STRONG = re.compile(
    r"comment|disqus|related|recirc|footer|sidebar|newsletter|cookie|consent|gdpr|"
    r"share|sharing|social|outbrain|taboola|most-?(?:read|popular|viewed)|recommend|"
    r"trending|sponsor|partner|promo|author-?bio|author-?box|breadcrumb|navbar|menu|"
    r"pagination|pager|replies|signup|subscri|rollover|tooltip|popover|hovercard|"
    r"(?:^|[\s_-])cta(?:$|[\s_-])|donat",
    re.IGNORECASE,
)
# Unlikely blocks with at least this many paragraphs and this much text are kept.
UNLIKELY_KEEP_PARAGRAPHS = 3
UNLIKELY_KEEP_TEXT = 400
# Fragments that rescue a block flagged as unlikely.
MAYBE = re.compile(
    r"article-?body|articlebody|post-?body|entry-?content|story-?body|post-?content|"
    r"article-?content|article-?text|story-?content|main-?content|body-?text|rich-?text",
    re.IGNORECASE,
)
# Layout flags in class names ("content-with-sidebar", "has-comments") describe a wrapper,
# not the block itself: they are ignored before matching.
LAYOUT_FLAG = re.compile(r"(?:^|(?<=[\s_-]))(?:with|has|no|without)-[\w-]*", re.IGNORECASE)
# Generic words that rescue a weakly unlikely block, but not a strongly unlikely one
# ("related-content", "newsletter text-18"). Whole class names only: Tailwind's "text-18"
# or "main-nav" do not count.
MAYBE_GENERIC = re.compile(
    r"(?<![\w-])(?:content|main|column|shadow|article|post|story|text|prose)(?![\w-])",
    re.IGNORECASE,
)
POSITIVE = re.compile(
    r"article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose",
    re.IGNORECASE,
)
NEGATIVE = re.compile(
    r"-ad-|hidden|^hid$|banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|"
    r"masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|"
    r"skyscraper|sponsor|shopping|tags|tool|widget|partner|newsletter|subscribe",
    re.IGNORECASE,
)
# Hidden by inline style.
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)

# Headings (the whole heading text) that open a block to drop up to the end of its section:
# partners, sponsors, related or recommended content, comments, newsletters.
SECTION_STOP = re.compile(
    r"^\W*(?:"
    # English
    r"(?:our |with our )?partners?|sponsored(?: content| links| stories)?|partner content|"
    r"paid content|promoted(?: content| stories)?|advertisement|"
    r"related(?: articles?| posts?| stories| content| news| coverage| reading| links)?|"
    r"(?:you |we think you )?(?:may|might) (?:also )?(?:like|enjoy|be interested in)|"
    r"recommended(?: for you| articles?| stories| reading)?|more (?:from|on|in) .{1,40}|"
    r"more (?:stories|articles|news|coverage|to read|top stories)|"
    r"more\b.{0,30}\b(?:stories|articles|news|reads|videos|coverage|posts)|"
    r"(?:most )?(?:read|popular|viewed|shared|commented)(?: articles?| stories| now)?|"
    r"most (?:read|popular|viewed|shared)(?: articles?| stories| now| today)?|"
    r"read (?:also|more|next)|(?:also|further) read|don't miss|trending(?: now)?|"
    r"(?:\d+ )?comments?(?: \(\d+\))?|leave a (?:reply|comment)|"
    r"join the (?:conversation|discussion)|(?:sign up|subscribe)(?: to| for) .{0,60}|"
    r"newsletter|share (?:this|the) (?:article|story|post)|"
    r"about the author|latest (?:news|stories|articles)|(?:top|more) stories|"
    r"tags?|topics?|filed under|see also|what to read next|up next|"
    # French
    r"nos partenaires|(?:avec )?nos partenaires|partenaires|contenu (?:sponsorisé|partenaire)|"
    r"(?:à|a) lire (?:aussi|également|egalement)|lire aussi|sur le même sujet|"
    r"articles? (?:similaires|liés|recommandés)|les plus lus|commentaires?|"
    r"laisser un commentaire|(?:vous )?(?:aimerez|pourriez aimer) aussi|"
    r"inscrivez-vous .{0,60}|abonnez-vous .{0,60}|"
    # German
    r"unsere partner|partner(?:inhalte|angebote)?|gesponsert|anzeige|werbung|"
    r"(?:das )?könnte (?:sie|dich) (?:auch )?interessieren|mehr zum thema|"
    r"(?:auch )?interessant|meistgelesen|kommentare|weitere artikel|lesen sie auch|"
    # Spanish
    r"nuestros socios|patrocinado|contenido patrocinado|te puede interesar|"
    r"(?:noticias|artículos) relacionad[ao]s|lo más leído|comentarios|lee también|"
    r"también te puede interesar|"
    # Italian
    r"i nostri partner|sponsorizzato|contenuto sponsorizzato|potrebbe interessarti|"
    r"articoli correlati|i più letti|commenti|leggi anche|"
    # Portuguese and Dutch
    r"nossos parceiros|leia também|mais lidas|onze partners|gesponsord|lees ook|"
    r"meest gelezen|reacties"
    r")(?:\s*\(\d+\))?\W*$",
    re.IGNORECASE,
)
# Short standalone lines that are furniture, not text.
JUNK_LINE = re.compile(
    r"^\W*(?:"
    r"advertisements?|advertising|anzeige|publicité|pub|werbung|publicidad|pubblicità|"
    r"sponsored|story continues below(?: advertisement)?|"
    r"continue reading(?: below| the (?:main )?(?:story|article))?|"
    r"(?:article )?continues? below(?: advertisement)?|skip (?:to|this) .{0,30}|"
    r"share(?: this)?(?: article| story| post)?(?: on .{1,20})?|tweet|pin it|email|print|"
    r"facebook|twitter|linkedin|whatsapp|reddit|pinterest|copy link|"
    r"(?:click|tap) (?:here )?to .{0,40}|read (?:more|full story|the full article)|"
    r"(?:photo|image|picture|credit|source|foto|crédit photo|bildquelle)s?\s*:.{0,80}|"
    r"getty images|shutterstock|reuters|associated press|ap photo.{0,60}|"
    r"image \d+ of \d+|\d+ (?:of|/) \d+|loading\.*|please wait\.*|"
    r"(?:close|open|menu|search|home|back to top|scroll to top|next|previous)|"
    r"we use cookies.{0,200}|accept(?: all)?(?: cookies)?|reject(?: all)?|"
    r"subscribe(?: now| today| here)?|subscribe to .{0,100}|sign up|log ?in|register|"
    r"follow us(?: on .{0,40})?|follow [\w ]{1,30}:.{0,80}|by|"
    r"(?:promoted|presented|sponsored|powered) by .{0,60}|"
    r"(?:next|previous|prev) (?:page|article|story|post)\b.{0,80}|"
    r"this (?:site|website) uses cookies.{0,200}|"
    r"all rights reserved.{0,80}|copyright .{0,80}|©.{0,80}"
    r")\W*$",
    re.IGNORECASE,
)
# A byline line left in the body: "By Tom Becker, 2026-11-21", "Par Laetitia | 22 mai 2026".
_NAME = r"[A-ZÀ-ÖØ-Þ][\w.'’-]+(?:\s+(?:[A-ZÀ-ÖØ-Þ][\w.'’-]+|de|van|von|der|da|di|du|le|la)){0,4}"
BYLINE_LINE = re.compile(
    rf"^(?i:by|par|von|por|di|door|written by)\s+{_NAME}"
    rf"(?:\s*(?:,|&|\band\b|\bet\b|\bund\b|\by\b)\s*{_NAME})*"
    r"\s*(?:[,|•·–—-]\s*.{0,40})?$"
)
BYLINE_MAX = 120
# Paragraphs that only point elsewhere ("Read more: <link>", "À lire aussi : <link>").
INLINE_PROMO = re.compile(
    r"^\W*(?:read (?:more|also|next)|also read|see also|related(?: article| story)?|"
    r"more on this|watch|listen|(?:à|a) lire (?:aussi|également)|lire aussi|voir aussi|"
    r"lesen sie auch|mehr zum thema|siehe auch|lee también|leer más|ver también|"
    r"leggi anche|vedi anche|leia também|lees ook)\s*[:：»>-]",
    re.IGNORECASE,
)
INLINE_PROMO_MAX = 200
# Block-level keep thresholds.
MAX_LINK_DENSITY = 0.5
LIST_MAX_LINK_DENSITY = 0.6
