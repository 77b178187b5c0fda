//! Article metadata: headline, dateline, byline, published date, outlet, cited sources.
//!
//! - **Headline**: the block [`crate::clean`] marked as the headline, else the page's `<h1>` /
//!   `og:title` (HTML). Never a body paragraph.
//! - **Dateline**: the place opening the first paragraph in wire style — `ANCHORAGE —`,
//!   `WASHINGTON (Reuters) -`, `KYIV, Ukraine (AP) —`, `MOSCOW, June 3. /TASS/.`.
//! - **Byline**: a removed `By …` line, or the page's author.
//! - **Published**: a removed date stamp (`Published 12 October 2025`, `Updated: 16 Aug 2025
//!   10:32 GMT`, ISO), or the page's `article:published_time`.
//! - **Outlet**, only from explicit signals, in this order: the page's `og:site_name`; a wire slug
//!   in the opening (`(Reuters) -`, `(AP) —`, `(AFP) -`, `/TASS/`); an app promo naming the
//!   publisher's brand (`Loving Newspoint? Download the app now`, `Download the SportNow app`);
//!   a lone brand line removed as boilerplate. Otherwise none: an outlet is never guessed.
//! - **Cited sources**: a `Sources:` block, wire slugs, `according to X`, `told X`, `X reported`,
//!   `in an interview with X`, `Reporting by … for X`, when X is a known outlet ([`OUTLETS`]) or
//!   looks like one (a capitalised name ending in News, Times, Post, Journal, Press, Agency, …).
//!   Names are normalised through [`canonical_outlet`] so AP / AP News / Associated Press are one.

use crate::clean::{Cleaned, Removal};
use crate::html::PageMeta;
use crate::model::BlockKind;
use regex::Regex;
use std::sync::LazyLock;

/// Metadata found in the text.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Meta {
    /// The headline.
    pub headline: Option<String>,
    /// Dateline place.
    pub dateline: Option<String>,
    /// Byline.
    pub byline: Option<String>,
    /// Published date `YYYY-MM-DD`.
    pub published: Option<String>,
    /// Month and day of a wire dateline without a year ("LONDON, Oct 14 (Reuters) -"): the
    /// published day once a year is known from context ([`dateline_published`]).
    pub dateline_day: Option<(u32, u32)>,
    /// Outlet named explicitly by the text.
    pub outlet: Option<String>,
    /// URL stated in the text.
    pub url: Option<String>,
    /// Cited sources, normalised.
    pub cited_sources: Vec<String>,
    /// Notes.
    pub warnings: Vec<String>,
}

/// Known outlets: canonical name and the forms that mean it (lower-case, without "the").
pub const OUTLETS: &[(&str, &[&str])] = &[
    (
        "Associated Press",
        &["ap", "ap news", "associated press", "the associated press"],
    ),
    ("Reuters", &["reuters", "reuters news", "thomson reuters"]),
    (
        "Agence France-Presse",
        &["afp", "agence france-presse", "agence france presse"],
    ),
    (
        "BBC News",
        &[
            "bbc",
            "bbc news",
            "british broadcasting corporation",
            "bbc radio 4",
            "bbc radio",
            "bbc world service",
        ],
    ),
    (
        "The New York Times",
        &["nyt", "new york times", "the new york times"],
    ),
    ("The Washington Post", &["washington post", "wapo"]),
    ("The Wall Street Journal", &["wall street journal", "wsj"]),
    (
        "The Guardian",
        &[
            "guardian",
            "guardian news & media",
            "guardian news and media",
        ],
    ),
    ("The Times", &["times"]),
    ("Financial Times", &["financial times", "ft"]),
    ("CNN", &["cnn", "cable news network"]),
    ("Fox News", &["fox news", "fox"]),
    ("NBC News", &["nbc", "nbc news"]),
    ("CBS News", &["cbs", "cbs news"]),
    ("ABC News", &["abc", "abc news"]),
    ("Sky News", &["sky news"]),
    ("Sky Sports", &["sky sports"]),
    ("Al Jazeera", &["al jazeera", "aljazeera"]),
    ("Bloomberg", &["bloomberg", "bloomberg news"]),
    ("Politico", &["politico"]),
    ("Axios", &["axios"]),
    ("Vox", &["vox"]),
    ("NPR", &["npr"]),
    ("TASS", &["tass", "tass russian news agency"]),
    ("RIA Novosti", &["ria novosti", "ria"]),
    ("Interfax", &["interfax"]),
    ("Xinhua", &["xinhua"]),
    ("Kyodo News", &["kyodo", "kyodo news"]),
    ("The Japan Times", &["japan times"]),
    ("Arab News", &["arab news"]),
    (
        "RFE/RL",
        &[
            "rfe/rl",
            "radio free europe/radio liberty",
            "radio free europe",
            "radio liberty",
        ],
    ),
    ("Variety", &["variety"]),
    ("The Hill", &["hill"]),
    ("Yonhap", &["yonhap", "yonhap news agency", "yonhap news"]),
    ("dpa", &["dpa"]),
    ("The Economist", &["economist"]),
    ("The Kyiv Independent", &["kyiv independent"]),
    ("Kyiv Post", &["kyiv post"]),
    ("Ukrinform", &["ukrinform"]),
    ("Le Monde", &["le monde", "le monde in english"]),
    ("Der Spiegel", &["der spiegel", "spiegel"]),
    ("The Sun", &["sun"]),
    ("USA Today", &["usa today"]),
    ("CNBC", &["cnbc"]),
    ("MSNBC", &["msnbc"]),
    ("Newsweek", &["newsweek"]),
    ("Deutsche Welle", &["deutsche welle", "dw"]),
    ("RT", &["rt", "russia today"]),
    ("Kommersant", &["kommersant"]),
    ("Izvestia", &["izvestia"]),
    ("Ukrainska Pravda", &["ukrainska pravda"]),
    ("Le Figaro", &["le figaro", "figaro"]),
    ("El País", &["el país", "el pais"]),
    (
        "NHK",
        &["nhk", "nhk world", "nhk world-japan", "nhk world japan"],
    ),
    ("ProPublica", &["propublica"]),
    ("The Times of India", &["times of india", "toi"]),
    ("Hindustan Times", &["hindustan times"]),
    ("The Hindu", &["hindu"]),
    ("Press Trust of India", &["pti", "press trust of india"]),
    ("ANI", &["ani", "asian news international"]),
    ("The Independent", &["independent"]),
    ("The Telegraph", &["telegraph", "daily telegraph"]),
    (
        "Daily Mail",
        &["daily mail", "mail online", "mailonline", "dailymail"],
    ),
    ("The Irish Times", &["irish times"]),
    (
        "South China Morning Post",
        &["south china morning post", "scmp"],
    ),
    ("The Atlantic", &["atlantic"]),
    ("Los Angeles Times", &["los angeles times", "la times"]),
    ("Euronews", &["euronews"]),
    ("France 24", &["france 24", "france24"]),
    ("The Moscow Times", &["moscow times"]),
    ("Meduza", &["meduza"]),
    ("ITV News", &["itv news", "itv"]),
    ("Channel 4 News", &["channel 4 news"]),
    ("CBC News", &["cbc", "cbc news"]),
    ("The Globe and Mail", &["globe and mail"]),
    (
        "The Sydney Morning Herald",
        &["sydney morning herald", "smh"],
    ),
    ("Anadolu Agency", &["anadolu", "anadolu agency", "aa"]),
    ("The Athletic", &["athletic"]),
    ("Business Insider", &["business insider", "insider"]),
    ("Yahoo News", &["yahoo news"]),
    ("Times of Israel", &["times of israel"]),
    ("Haaretz", &["haaretz"]),
    ("ARD", &["ard"]),
    ("ZDF", &["zdf"]),
    ("Bild", &["bild"]),
    ("Bild am Sonntag", &["bild am sonntag"]),
    ("Rossiya-24", &["rossiya-24", "rossiya 24"]),
    ("The New Yorker", &["new yorker"]),
    ("The Conversation", &["conversation"]),
    ("TechCrunch", &["techcrunch"]),
    ("The Verge", &["verge"]),
    ("Wired", &["wired"]),
    ("Ars Technica", &["ars technica"]),
    ("Engadget", &["engadget"]),
    ("The Information", &["the information"]),
    ("PA Media", &["pa media", "press association"]),
    ("Channel 12", &["channel 12"]),
    ("Al-Monitor", &["al-monitor", "al monitor"]),
    ("PR Newswire", &["pr newswire", "prnewswire"]),
    ("Business Wire", &["business wire", "businesswire"]),
    ("GlobeNewswire", &["globe newswire", "globenewswire"]),
    // South Africa.
    ("News24", &["news24"]),
    ("Daily Maverick", &["daily maverick"]),
    (
        "Mail & Guardian",
        &["mail & guardian", "mail and guardian", "m&g"],
    ),
    ("The Citizen", &["citizen"]),
    ("SABC", &["sabc", "sabc news"]),
    ("eNCA", &["enca"]),
    ("Newzroom Afrika", &["newzroom afrika"]),
    ("TimesLIVE", &["timeslive"]),
    ("Sunday Times", &["sunday times"]),
    // Ireland, Asia, and more.
    (
        "Irish Independent",
        &["irish independent", "independent.ie"],
    ),
    ("RTÉ", &["rté", "rte", "rté news", "rte news"]),
    ("The Straits Times", &["straits times"]),
    ("CNA", &["cna", "channel newsasia"]),
    ("Nikkei Asia", &["nikkei asia", "nikkei"]),
    ("The Asahi Shimbun", &["asahi shimbun", "asahi"]),
    ("The Yomiuri Shimbun", &["yomiuri shimbun", "yomiuri"]),
    ("The Mainichi", &["mainichi", "mainichi shimbun"]),
    ("Washington Examiner", &["washington examiner"]),
    ("franceinfo", &["franceinfo", "france info"]),
    ("BleepingComputer", &["bleepingcomputer"]),
    // More English-language newsrooms whose names appear in their pages' chrome, credits and
    // other outlets' citations. Forms are the names as written, never a bare common word
    // other than the paper's own short name ("Star", "Standard", "Nation").
    ("Fortune", &["fortune", "fortune magazine"]),
    ("MarketWatch", &["marketwatch"]),
    ("STAT", &["stat", "stat news", "statnews"]),
    ("Fierce Pharma", &["fierce pharma", "fiercepharma"]),
    ("Fierce Biotech", &["fierce biotech", "fiercebiotech"]),
    ("Barron's", &["barron's", "barron’s", "barrons"]),
    ("Forbes", &["forbes"]),
    ("Time", &["time magazine"]),
    ("The Boston Globe", &["boston globe"]),
    ("Chicago Tribune", &["chicago tribune"]),
    ("The Philadelphia Inquirer", &["philadelphia inquirer"]),
    ("The Seattle Times", &["seattle times"]),
    ("San Francisco Chronicle", &["san francisco chronicle"]),
    ("The Dallas Morning News", &["dallas morning news"]),
    ("The Miami Herald", &["miami herald"]),
    ("HuffPost", &["huffpost", "huffington post"]),
    ("BuzzFeed News", &["buzzfeed news"]),
    ("Slate", &["slate"]),
    ("Salon", &["salon"]),
    ("The Daily Beast", &["daily beast"]),
    ("Semafor", &["semafor"]),
    ("The Intercept", &["intercept"]),
    ("Mother Jones", &["mother jones"]),
    ("The Guardian Nigeria", &["guardian nigeria"]),
    ("Punch", &["punch", "punch newspapers"]),
    ("Premium Times", &["premium times", "premium times nigeria"]),
    (
        "Free Malaysia Today",
        &["free malaysia today", "free malaysia today (fmt)"],
    ),
    ("Malay Mail", &["malay mail"]),
    ("The News International", &["news international"]),
    (
        "Associated Press of Pakistan",
        &["associated press of pakistan"],
    ),
    ("Vanguard", &["vanguard", "vanguard news"]),
    (
        "Nation",
        &["daily nation", "nation.africa", "nation africa"],
    ),
    (
        "The Standard",
        &["standard", "the standard kenya", "standard digital"],
    ),
    ("The Star", &["star", "the star kenya"]),
    ("Citizen Digital", &["citizen digital", "citizen tv"]),
    ("The EastAfrican", &["eastafrican", "east african"]),
    ("Africanews", &["africanews"]),
    ("Daily Monitor", &["daily monitor"]),
    ("New Vision", &["new vision"]),
    ("The Citizen Tanzania", &["citizen tanzania"]),
    ("Ghanaweb", &["ghanaweb"]),
    ("The Indian Express", &["indian express"]),
    ("NDTV", &["ndtv", "ndtv.com"]),
    ("Scroll", &["scroll", "scroll.in"]),
    ("ThePrint", &["theprint", "the print"]),
    ("The Wire", &["the wire"]),
    ("Mint", &["livemint", "mint"]),
    ("India Today", &["india today"]),
    ("The Economic Times", &["economic times"]),
    ("Deccan Herald", &["deccan herald"]),
    ("News18", &["news18"]),
    ("IANS", &["ians", "indo-asian news service"]),
    ("Dawn", &["dawn", "dawn.com"]),
    ("The Express Tribune", &["express tribune"]),
    ("The Daily Star", &["daily star"]),
    ("Bangkok Post", &["bangkok post"]),
    ("The Jakarta Post", &["jakarta post"]),
    ("Rappler", &["rappler"]),
    (
        "Philippine Daily Inquirer",
        &["inquirer", "philippine daily inquirer", "inquirer.net"],
    ),
    (
        "South China Morning Post",
        &["south china morning post (scmp)"],
    ),
    ("The Korea Herald", &["korea herald"]),
    ("The Korea Times", &["korea times"]),
    ("ABC (Australia)", &["abc australia", "abc news australia"]),
    ("The Australian", &["australian"]),
    ("The Age", &["the age"]),
    (
        "The New Zealand Herald",
        &["new zealand herald", "nz herald"],
    ),
    ("RNZ", &["rnz", "radio new zealand"]),
    ("Toronto Star", &["toronto star"]),
    ("National Post", &["national post"]),
    ("The Scotsman", &["scotsman"]),
    ("The Herald", &["herald scotland"]),
    ("The Mirror", &["mirror", "daily mirror"]),
    ("Daily Express", &["daily express", "express.co.uk"]),
    ("Evening Standard", &["evening standard"]),
    ("The Observer", &["observer"]),
    ("New Statesman", &["new statesman"]),
    ("The Spectator", &["spectator"]),
    ("Metro", &["metro.co.uk"]),
    ("Buenos Aires Times", &["buenos aires times"]),
    ("MercoPress", &["mercopress"]),
    (
        "Folha de S.Paulo",
        &["folha", "folha de s.paulo", "folha de são paulo"],
    ),
    ("O Globo", &["o globo"]),
    ("Mongabay", &["mongabay"]),
    ("Gulf News", &["gulf news"]),
    ("The National", &["the national news"]),
    ("Khaleej Times", &["khaleej times"]),
    ("Middle East Eye", &["middle east eye"]),
    ("The Jerusalem Post", &["jerusalem post"]),
    ("EFE", &["efe", "agencia efe"]),
    ("ANSA", &["ansa"]),
    ("Kyiv Post English", &["kyiv post english"]),
    ("UPI", &["upi", "united press international"]),
    ("Goal", &["goal.com"]),
    ("ESPN", &["espn"]),
    ("Marca", &["marca"]),
    ("The Athletic (NYT)", &["the athletic nyt"]),
    ("GMA News", &["gma news", "gma news online", "gma network"]),
    ("Vox Media", &["vox media"]),
];

/// Words that end outlet names the table does not know ("Politiken newspaper" aside).
const OUTLET_SUFFIXES: &[&str] = &[
    "News",
    "Times",
    "Post",
    "Journal",
    "Press",
    "Agency",
    "TV",
    "Radio",
    "Daily",
    "Herald",
    "Tribune",
    "Telegraph",
    "Gazette",
    "Chronicle",
    "Observer",
    "Independent",
    "Express",
    "Mail",
    "Mirror",
    "Standard",
    "Review",
    "Weekly",
    "Monitor",
    "Courier",
    "Wire",
    "Network",
    "Broadcasting",
    "Ledger",
    "Dispatch",
    "Sentinel",
    "Examiner",
    "Bulletin",
    "Inquirer",
    "Enquirer",
    "Register",
    "Advertiser",
    "Argus",
    "Mercury",
    "Advocate",
    "Citizen",
    "Insight",
];

/// Words that make "X News" a section of a site, not its name: "Local News", "Green News",
/// "World News", "Breaking News".
const SECTION_WORDS: &[&str] = &[
    "Local",
    "Green",
    "World",
    "Breaking",
    "Latest",
    "Top",
    "Business",
    "National",
    "International",
    "Regional",
    "Sport",
    "Sports",
    "Politics",
    "Health",
    "Tech",
    "Technology",
    "Science",
    "Entertainment",
    "More",
    "Related",
    "Trending",
    "Live",
];

/// A known outlet that ends a byline with no separator (`Brianna Colton Fox News`): its last
/// one to three words, when at least two words of name stay before it.
fn trailing_outlet(name: &str) -> Option<&'static str> {
    let words: Vec<&str> = name.split_whitespace().collect();
    (1..=3).rev().find_map(|n| {
        let start = words.len().checked_sub(n)?;
        if start < 2 {
            return None;
        }
        canonical_outlet(&words[start..].join(" "))
    })
}

/// The staff-line pattern's alternatives ([`staff_line_outlet`]), each a regex of its own: as
/// one alternation they defeat the lazy DFA (some 50k instructions a block). The first three
/// are anchored at the start and the last starts with whitespace, which a trimmed block does
/// not, so the first of them to match gives the alternation's leftmost-first match, with the
/// same group (each has one; `staff_alternatives_are_the_alternation` checks this).
const STAFF_ALTERNATIVES: [&str; 4] = [
    r"^Source:\s+(?P<s>[A-Z][\w .&'’-]{1,40}?)(?:\s+and\s+news\s+agencies)?\.?$",
    r"^(?P<w>[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*){0,3})\s+with\s+(?:AFP|AP|Reuters|dpa|agencies)$",
    r"^(?P<c>[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*){0,3})(?:'s|’s)\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}(?:\s+and\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})?\s+contributed",
    r"\sis\s+an?\s+(?:[a-z]+\s+){0,2}(?:correspondent|reporter|writer|editor|journalist)\s+(?:for|at|with)\s+(?P<f>(?:[Tt]he\s+)?[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*){0,3})",
];

/// The outlet a staff line names, when it is a known outlet: `Source: Al Jazeera and news
/// agencies`, `NPR’s Jonah Pierce contributed reporting`, `CNN's Ana Ruiz contributed to this
/// report`, `Claire Moutet is a correspondent for The New York Times`. Read from the last
/// blocks of the story, kept or removed.
fn staff_line_outlet(cleaned: &Cleaned) -> Option<String> {
    static STAFF: LazyLock<Vec<Regex>> =
        LazyLock::new(|| STAFF_ALTERNATIVES.iter().map(|p| cite_regex(p)).collect());
    let text = &cleaned.text;
    let tail_blocks = cleaned
        .blocks
        .iter()
        .rev()
        .take(8)
        .filter_map(|b| text.get(b.span.range()));
    let removed = cleaned
        .removed
        .iter()
        .rev()
        .take(12)
        .map(|r| r.text.as_str());
    tail_blocks.chain(removed).find_map(|t| {
        let t = t.trim();
        if !(t.contains("ource:")
            || t.contains("contributed")
            || t.contains(" is a")
            || t.contains(" with "))
        {
            return None;
        }
        let c = STAFF.iter().find_map(|re| re.captures(t))?;
        let name = c
            .name("s")
            .or_else(|| c.name("w"))
            .or_else(|| c.name("c"))
            .or_else(|| c.name("f"))?;
        // `a reporter with CBC New Brunswick`: the outlet may be followed by its desk.
        let words: Vec<&str> = name.as_str().split_whitespace().collect();
        (1..=words.len())
            .rev()
            .find_map(|n| canonical_outlet(&words[..n].join(" ")))
            .map(str::to_string)
    })
}

/// The outlet a page's `og:site_name` names: as written, except a known outlet's domain
/// (`ESPN.com`) is the outlet's name.
fn site_name_outlet(site: &str) -> String {
    site.strip_suffix(".com")
        .or_else(|| site.strip_suffix(".co.uk"))
        .and_then(canonical_outlet)
        .map_or_else(|| site.to_string(), str::to_string)
}

/// The canonical name of a known outlet (`AP News` → `Associated Press`).
pub fn canonical_outlet(name: &str) -> Option<&'static str> {
    // Every form of every outlet, once: the entity step asks about many capitalised runs.
    // Keyed by bytes, so the lower-cased stack copy below needs no UTF-8 check.
    type Forms = std::collections::HashMap<&'static [u8], &'static str, crate::text::FastHash>;
    static FORMS: LazyLock<Forms> = LazyLock::new(|| {
        let mut m = Forms::default();
        for (c, forms) in OUTLETS {
            for f in *forms {
                // The first outlet listing a form keeps it, as the scan it replaces did.
                m.entry(f.as_bytes()).or_insert(*c);
            }
        }
        m
    });
    let n = name.trim().trim_end_matches(['.', ',']);
    if n.len() > 60 {
        return None;
    }
    let lookup = |lower: &[u8]| {
        FORMS
            .get(lower.strip_prefix(b"the ").unwrap_or(lower))
            .copied()
    };
    // ASCII (nearly every name asked about) is lower-cased on the stack, where ASCII
    // lower-casing is what `to_lowercase` does.
    let mut buf = [0u8; 60];
    if n.is_ascii()
        && let Some(lower) = buf.get_mut(..n.len())
    {
        lower.copy_from_slice(n.as_bytes());
        lower.make_ascii_lowercase();
        return lookup(lower);
    }
    lookup(n.to_lowercase().as_bytes())
}

/// A name that looks like an outlet: known, or capitalised words ending in an outlet word.
pub fn outlet_like(name: &str) -> Option<String> {
    let name = name.trim().trim_end_matches(['.', ',', ';', ':']);
    if let Some(c) = canonical_outlet(name) {
        return Some(c.to_string());
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    let caps = !words.is_empty()
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(|c| c.is_uppercase()) || *w == "of");
    let last = words.last().copied().unwrap_or("");
    // A bare "News" or "Times" is a menu word; an outlet's own name has a word before it, and
    // not only a section's words ("Local News", "Green News").
    let section = words
        .iter()
        .take(words.len().saturating_sub(1))
        .all(|w| SECTION_WORDS.contains(w));
    (caps && (2..=5).contains(&words.len()) && OUTLET_SUFFIXES.contains(&last) && !section)
        .then(|| name.to_string())
}

static WIRE: LazyLock<Regex> = LazyLock::new(|| {
    // The place is optional only before a wire slug: Bloomberg leads open with
    // "(Bloomberg) --" and no place.
    // A place in title case ("Pune, Nov 18 (PTI)") only before a wire slug.
    Regex::new(r"^(?:\((?P<lead>Reuters|AP|AFP|Bloomberg|UPI|dpa|CNN|AA|Xinhua)\)\s*(?:--|[-—–])|(?P<place>\p{Lu}[\p{Lu} .'’-]+?)(?:,\s*[^()/—–-]{0,40}?)?\s*(?:\((?P<wire>Reuters|AP|AFP|Bloomberg|UPI|dpa|CNN|AA|Xinhua|PTI|ANI|IANS|Yonhap|Kyodo|EFE|ANSA)\)\s*[-—–:]?|/(?P<slash>TASS|Xinhua|RIA Novosti|Interfax|PRNewswire|PR Newswire|Business Wire|GLOBE NEWSWIRE|GlobeNewswire)/\.?|[—–-]{1,2}\s)|(?P<tplace>\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,2})(?:,\s*[^()/—–-]{0,40}?)?\s*\((?P<twire>Reuters|AP|AFP|Bloomberg|UPI|dpa|CNN|AA|Xinhua|PTI|ANI|IANS|Yonhap|Kyodo|EFE|ANSA)\)\s*[-—–:]?)")
        .unwrap_or_else(|_| Regex::new(r"[^\s\S]").unwrap_or_else(|_| unreachable!()))
});

/// Words between a citing verb and the outlet's name: "the state-run", "the newspaper",
/// "Russia’s state news agency".
const CITE_LEAD: &str = r"(?:[Tt]he\s+|[A-Z][a-z]+(?:'s|’s)\s+)?(?:(?:state-run|state-owned|state|public|private|independent|local|national|regional|[A-Z][a-z]+-language|[A-Z][a-z]+(?:an|ese|ish)|French|Israeli|Saudi|Dutch|Greek|Swiss)\s+){0,2}(?:(?:newspaper|paper|daily|tabloid|broadcaster|news\s+agency|agency|television\s+channel|TV\s+channel|channel|radio\s+station|magazine|weekly|outlet|website)\s+)?";

/// An outlet's name as capture group `g`: capitalised words, with "of"/"am" inside and numbers
/// after a word ("Channel 12"); `lead` allows [`CITE_LEAD`] before it.
fn cite_name(g: &str, lead: bool) -> String {
    format!(
        r"{}(?P<{g}>(?:[Tt]he\s+)?[A-Z][\w.&'’-]*(?:\s+(?:of\s+|am\s+)?(?:[A-Z][\w.&'’-]*|\d{{1,3}}(?-u:\b))){{0,4}})",
        if lead { CITE_LEAD } else { "" }
    )
}

fn cite_regex(pattern: &str) -> Regex {
    Regex::new(pattern)
        .unwrap_or_else(|_| Regex::new(r"[^\s\S]").unwrap_or_else(|_| unreachable!()))
}

/// Citations, each pattern with the words a block must hold for it to be tried (a substring
/// test is far cheaper than a search) and whether it only reads the block's last words:
/// "according to X", "told X", "interview with X", "reported … by X", "originally published on
/// X", "for X" ending a block, "X reported", "on X’s show", "a X poll". One regex for all of
/// them defeated the lazy DFA and cost more than the rest of the parse; even as one regex with
/// literal prefixes it cost ten times its parts.
static CITES: LazyLock<Vec<(&'static [&'static str], bool, Regex)>> = LazyLock::new(|| {
    let verb_first: [(&'static [&'static str], String); 5] = [
        (
            &["ccording"],
            format!(r"[Aa]ccording\s+to\s+{}", cite_name("n1", true)),
        ),
        (
            &["told", "tells", "peaking to"],
            format!(
                r"(?:told|tells|[Ss]peaking\s+to)\s+{}",
                cite_name("n2", true)
            ),
        ),
        (
            &["interview"],
            format!(r"interview\s+with\s+{}", cite_name("n3", true)),
        ),
        (
            &["by "],
            format!(
                r"(?:reported|published|broadcast|obtained|seen|reviewed)\s+(?:(?:first|earlier|initially|in\s+[A-Z][a-z]+)\s+){{0,2}}by\s+{}",
                cite_name("n6", true)
            ),
        ),
        (
            &["originally"],
            format!(
                r"originally\s+(?:published|appeared)\s+(?:on|in|by)\s+{}",
                cite_name("n7", false)
            ),
        ),
    ];
    let name_first: [(&'static [&'static str], String); 3] = [
        (
            &["report"],
            format!(
                r"(?:^|[.;]\s+|,\s+|(?-u:\b)(?:[Aa]s|[Ww]ith)\s+){}\s+(?:(?:news\s+agency|newspaper|agency|daily|broadcaster)\s+)?(?:(?:first|earlier|initially|also)\s+)?(?:reported|reports|reporting|said\s+in\s+a\s+report)",
                cite_name("n5", true)
            ),
        ),
        (
            &["’s ", "'s "],
            format!(r"(?-u:\b)on\s+{}(?:'s|’s)\s", cite_name("n8", false)),
        ),
        (
            &[" poll", " survey"],
            format!(
                r"{}(?:/\S+)?\s+(?:poll|survey)(?-u:\b)",
                cite_name("n9", false)
            ),
        ),
    ];
    let mut out: Vec<(&'static [&'static str], bool, Regex)> = verb_first
        .into_iter()
        .chain(name_first)
        .map(|(gate, p)| (gate, false, cite_regex(&p)))
        .collect();
    out.push((
        &["for "],
        true,
        cite_regex(&format!(r"(?-u:\b)for\s+{}\s*$", cite_name("n4", false))),
    ));
    out
});

/// Which of [`CITES`] have a gate word in `t`, as bits (bit `k` for pattern `k`): what
/// `gate.iter().any(|g| t.contains(g))` tells for each (`cite_gates_match_str_contains`
/// checks this). `str::contains` builds its searcher on every call, which on a short block
/// costs as much as the search: here each gate word has one prepared searcher, and a word is
/// not searched for once its pattern is gated in.
fn cite_gates_in(t: &str) -> u32 {
    static GATES: LazyLock<Vec<(memchr::memmem::Finder<'static>, u32)>> = LazyLock::new(|| {
        CITES
            .iter()
            .enumerate()
            .flat_map(|(k, (gate, _, _))| {
                gate.iter()
                    .map(move |g| (memchr::memmem::Finder::new(g.as_bytes()), 1u32 << k))
            })
            .collect()
    });
    let mut found = 0;
    for (finder, bit) in GATES.iter() {
        if found & bit == 0 && finder.find(t.as_bytes()).is_some() {
            found |= bit;
        }
    }
    found
}

static PROMO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:loving|enjoying|like)\s+(?P<a>[A-Z][\w.-]*(?:\s[A-Z][\w.-]*){0,2})\?|download\s+the\s+(?P<b>[A-Z][\w.-]*(?:\s[A-Z][\w.-]*){0,2})\s+app|^follow\s+(?P<c>(?-i:[A-Z])[\w.&-]*(?:\s(?-i:[A-Z])[\w.&-]*){0,2})\s+on\s+(?:whatsapp|twitter|x|facebook|instagram|telegram|google news|threads|youtube|tiktok)(?-u:\b)|sign\s+up\s+for\s+(?:the\s+)?(?P<d>(?-i:[A-Z])[\w.&-]*(?:\s(?-i:[A-Z])[\w.&-]*){0,2})\s+newsletter|^subscribe\s+to\s+(?P<e>(?-i:[A-Z])[\w.&-]*(?:\s(?-i:[A-Z])[\w.&-]*){0,2})\s+(?:for|to|and|today|now)(?-u:\b)")
        .unwrap_or_else(|_| Regex::new(r"[^\s\S]").unwrap_or_else(|_| unreachable!()))
});

/// A section label written before the headline proper: "Opinion | The streaming wars …",
/// "Analysis: …", "LIVE – …". Only known labels go, so "Trump: 'We made progress'" stays.
fn without_section_label(h: &str) -> &str {
    const LABELS: &[&str] = &[
        "opinion",
        "analysis",
        "review",
        "comment",
        "editorial",
        "explainer",
        "exclusive",
        "breaking",
        "live",
        "watch",
        "video",
        "podcast",
        "interview",
        "fact check",
        "factcheck",
        "update",
        "in pictures",
        "letters",
        "obituary",
        "the big read",
        "perspective",
    ];
    for sep in [" | ", ": ", " – ", " — ", " - "] {
        if let Some((label, rest)) = h.split_once(sep)
            && LABELS.iter().any(|l| label.trim().eq_ignore_ascii_case(l))
            && rest.split_whitespace().count() >= 3
        {
            return rest.trim();
        }
    }
    h
}

fn push_source(out: &mut Vec<String>, s: String) {
    if !out.contains(&s) {
        out.push(s);
    }
}

/// A date stamp or ISO timestamp → `YYYY-MM-DD`.
pub fn parse_published(s: &str) -> Option<String> {
    use chrono::NaiveDate;
    static ISO: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?-u:\b)(\d{4}-\d{2}-\d{2})")
            .unwrap_or_else(|_| Regex::new(r"[^\s\S]").unwrap_or_else(|_| unreachable!()))
    });
    static WORDS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(?-u:\b)(?:(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m1>[a-z]{3,9})\.?,?\s+(?P<y1>\d{4})|(?P<m2>[a-z]{3,9})\.?\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{4}))")
            .unwrap_or_else(|_| Regex::new(r"[^\s\S]").unwrap_or_else(|_| unreachable!()))
    });
    if let Some(c) = ISO.captures(s) {
        let d = c.get(1)?.as_str();
        return NaiveDate::parse_from_str(d, "%Y-%m-%d")
            .ok()
            .map(|_| d.to_string());
    }
    let c = WORDS.captures(s)?;
    let (d, m, y) = match (c.name("d1"), c.name("m1"), c.name("y1")) {
        (Some(d), Some(m), Some(y)) => (d, m, y),
        _ => (c.name("d2")?, c.name("m2")?, c.name("y2")?),
    };
    let month = month_of(m.as_str())?;
    let date = NaiveDate::from_ymd_opt(y.as_str().parse().ok()?, month, d.as_str().parse().ok()?)?;
    Some(date.format("%Y-%m-%d").to_string())
}

/// The site a page's `<title>` names after its headline: "Mayor resigns amid probe - Valley
/// Gazette", "Storm hits | The Coastal Times" — when the last part is an outlet's name.
fn title_suffix_outlet(title: &str) -> Option<String> {
    let (_, last) = [" | ", " - ", " – ", " — ", " :: "]
        .iter()
        .filter_map(|sep| title.rsplit_once(sep))
        .max_by_key(|(head, _)| head.len())?;
    outlet_like(last.trim())
}

/// A word of a site's interface or section menu ("Follow", "Comments", "Markets"): alone on a
/// line beside boilerplate it is page chrome, not the outlet's name.
/// A lone word beside page chrome that may be the site's brand: no menu or UI word, and no
/// country (`Pakistan`, `Malaysia` in a menu are sections).
fn may_be_lone_brand(t: &str) -> bool {
    !ui_word(t) && crate::entities::lexicon::nation_of(t.trim()).is_none()
}

fn ui_word(t: &str) -> bool {
    const UI: &[&str] = &[
        "about",
        "account",
        "advertisement",
        "africa",
        "americas",
        "archive",
        "arts",
        "asia",
        "audio",
        "australia",
        "back",
        "books",
        "business",
        "careers",
        "climate",
        "close",
        "comment",
        "comments",
        "contact",
        "culture",
        "donate",
        "economy",
        "edition",
        "education",
        "entertainment",
        "environment",
        "europe",
        "explore",
        "features",
        "film",
        "follow",
        "food",
        "football",
        "gallery",
        "games",
        "health",
        "help",
        "home",
        "international",
        "latest",
        "lifestyle",
        "listen",
        "live",
        "local",
        "login",
        "mailing",
        "markets",
        "menu",
        "money",
        "more",
        "music",
        "national",
        "newsletter",
        "newsletters",
        "next",
        "obituaries",
        "opinion",
        "photos",
        "podcasts",
        "politics",
        "previous",
        "print",
        "privacy",
        "puzzles",
        "register",
        "save",
        "science",
        "search",
        "sections",
        "settings",
        "share",
        "sitemap",
        "sport",
        "sports",
        "style",
        "subscribe",
        "news",
        "space",
        "earth",
        "innovation",
        "showbiz",
        "tech",
        "technology",
        "terms",
        "topics",
        "transcript",
        "travel",
        "trending",
        "uk",
        "us",
        "video",
        "videos",
        "watch",
        "weather",
        "world",
    ];
    let w = t.trim().trim_end_matches(['.', ':']).to_lowercase();
    UI.contains(&w.as_str())
}

/// The outlet a copyright line names: "© 2025 Tri-County Herald. All rights reserved." →
/// Tri-County Herald; "Copyright The Financial Times Limited 2025" → Financial Times; company
/// words ("Ltd", "Media Network", "or its affiliated companies") dropped. None when the holder
/// is not an outlet (a person, "Sky UK").
fn copyright_holder(t: &str) -> Option<String> {
    let mut h = t.trim();
    loop {
        let before = h;
        for lead in ["Copyright", "copyright", "COPYRIGHT", "©", "(c)", "(C)"] {
            h = h.strip_prefix(lead).unwrap_or(h).trim_start();
        }
        h = h
            .trim_start_matches(|c: char| c.is_ascii_digit() || c == '-' || c == '–')
            .trim_start();
        if h == before {
            break;
        }
    }
    let end = [
        ". ",
        " | ",
        " · ",
        " ∙ ",
        " All rights",
        " all rights",
        " All Rights",
        ", ",
    ]
    .iter()
    .filter_map(|sep| h.find(sep))
    .min()
    .unwrap_or(h.len());
    let mut name = h
        .get(..end)
        .unwrap_or(h)
        .trim()
        .trim_end_matches('.')
        .trim();
    name = name
        .trim_end_matches(|c: char| c.is_ascii_digit())
        .trim_end();
    for tail in [
        " or its affiliated companies",
        " Limited",
        " Ltd",
        " Inc",
        " LLC",
        " plc",
        " PLC",
        " Group",
        " Media Network",
        " Media",
        " Russian News Agency",
    ] {
        if let Some(known) = canonical_outlet(name) {
            return Some(known.to_string());
        }
        name = name.strip_suffix(tail).map_or(name, str::trim_end);
    }
    if name.is_empty() {
        return None;
    }
    outlet_like(name).or_else(|| copyright_brand(name))
}

/// A copyright holder that [`outlet_like`] does not know by its shape: one brand word in
/// lower case (`© Copyright 2026 euronews` → Euronews) or a domain (`© 2026 bdnews24.com`), or a name with a small word inside (`© Notes from
/// Poland 2026`). Two or three capitalised words alone may be a person's name (`© 2025 Dana
/// Whitfield`), so they are not taken.
fn copyright_brand(name: &str) -> Option<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    match words.as_slice() {
        // Lower case, as a brand styles itself: a capitalised word may be a surname
        // (`Bennett, Coleman & Co.`) or a parent company (`Metroland`).
        [w] if w.len() >= 4
            && w.starts_with(char::is_lowercase)
            && w.chars().all(char::is_alphabetic)
            && month_of(w).is_none() =>
        {
            let mut c = w.chars();
            let first = c.next()?;
            Some(first.to_uppercase().chain(c).collect())
        }
        // A site that goes by its domain: `© 2026 bdnews24.com`.
        [w] if w.starts_with(char::is_lowercase)
            && w.rsplit_once('.').is_some_and(|(host, tld)| {
                host.len() >= 3
                    && (2..=6).contains(&tld.len())
                    && tld.chars().all(|c| c.is_ascii_lowercase())
                    && host
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-')
            }) =>
        {
            Some((*w).to_string())
        }
        [first, .., last] if words.len() <= 5 => {
            let small = |w: &&str| matches!(*w, "from" | "of" | "the" | "on" | "and" | "for");
            let caps = |w: &&str| w.starts_with(char::is_uppercase);
            (caps(first)
                && caps(last)
                && words.iter().any(small)
                && words.iter().all(|w| caps(w) || small(w)))
            .then(|| name.to_string())
        }
        _ => None,
    }
}

/// The month a name or its abbreviation stands for ("Oct", "October", "Sept."), 1–12.
fn month_of(word: &str) -> Option<u32> {
    let m = word.trim_end_matches('.').to_ascii_lowercase();
    let n = crate::dates::month_number(&m)?;
    // "Octopus" is not October: the name must be the month's or a prefix of it.
    const NAMES: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let full = NAMES.get(usize::try_from(n - 1).ok()?)?;
    full.starts_with(m.as_str()).then_some(n)
}

/// The day a wire dateline states, between the place and the slug: "LONDON, Oct 14 (Reuters) -"
/// → (None, 10, 14); "MOSCOW, June 3, 2025 /TASS/" → (Some(2025), 6, 3).
fn dateline_day(prefix: &str) -> Option<(Option<i32>, u32, u32)> {
    static DAY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?-u:\b)(?P<m>[A-Z][a-z]{2,8})\.?\s+(?P<d>\d{1,2})(?:,?\s+(?P<y>\d{4}))?(?-u:\b)",
        )
        .unwrap_or_else(|_| Regex::new(r"[^\s\S]").unwrap_or_else(|_| unreachable!()))
    });
    let c = DAY.captures(prefix)?;
    let month = month_of(c.name("m")?.as_str())?;
    let day: u32 = c.name("d")?.as_str().parse().ok()?;
    let year = c.name("y").and_then(|y| y.as_str().parse().ok());
    // A day that exists in some year (Feb 29 does, in leap years).
    chrono::NaiveDate::from_ymd_opt(2024, month, day)?;
    Some((year, month, day))
}

/// The published date a year-less dateline day gives: the year that puts it nearest `anchor`
/// (an article dated "Jan 2" about an event on 30 December is from the next year).
pub fn dateline_published((month, day): (u32, u32), anchor: chrono::NaiveDate) -> Option<String> {
    use chrono::Datelike;
    let y = anchor.year();
    [y - 1, y, y + 1]
        .into_iter()
        .filter_map(|y| chrono::NaiveDate::from_ymd_opt(y, month, day))
        .min_by_key(|d| (*d - anchor).num_days().abs())
        .map(|d| d.format("%Y-%m-%d").to_string())
}

/// Extracts metadata from the cleaned article and, for HTML, the page's own metadata.
pub fn extract(cleaned: &Cleaned, page: &PageMeta) -> Meta {
    let text = &cleaned.text;
    let block_text = |k: BlockKind| {
        cleaned
            .blocks
            .iter()
            .filter(move |b| b.kind == k)
            .filter_map(|b| text.get(b.span.range()))
    };
    let headline = block_text(BlockKind::Headline)
        .next()
        .map(str::to_string)
        .or_else(|| page.h1.clone())
        .or_else(|| page.og_title.clone())
        .map(|h| without_section_label(&h).to_string());
    // The first paragraph of the story: page widgets ("+ Text Size") above it are not, and a
    // line such as "News provided by …" may stand before the datelined lead.
    let mut leads = cleaned
        .blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Paragraph)
        .filter_map(|b| text.get(b.span.range()))
        .filter(|t| t.split_whitespace().nth(5).is_some())
        .take(3);
    let first = leads.next().unwrap_or("");
    let first_para = std::iter::once(first)
        .chain(leads)
        .find(|t| WIRE.is_match(t))
        .unwrap_or(first);

    // Dateline and wire slug.
    let mut dateline = None;
    let mut dateline_parts = None;
    let mut wire = None;
    if let Some(c) = WIRE.captures(first_para) {
        let place = c
            .name("place")
            .or_else(|| c.name("tplace"))
            .map(|p| p.as_str().trim().trim_end_matches([',', '.']).to_string());
        if let Some(p) = place.filter(|p| p.chars().filter(|c| c.is_alphabetic()).count() >= 3) {
            // ANCHORAGE → Anchorage
            let titled: Vec<String> = p
                .split_whitespace()
                .map(|w| {
                    let lower = w.to_lowercase();
                    let mut cs = lower.chars();
                    cs.next()
                        .map(|f| f.to_uppercase().collect::<String>() + cs.as_str())
                        .unwrap_or_default()
                })
                .collect();
            dateline = Some(titled.join(" "));
        }
        if c.name("wire").is_some() || c.name("slash").is_some() || c.name("twire").is_some() {
            dateline_parts = c.get(0).and_then(|m| dateline_day(m.as_str()));
        }
        wire = c
            .name("wire")
            .or_else(|| c.name("twire"))
            .or_else(|| c.name("slash"))
            .or_else(|| c.name("lead"))
            .map(|w| w.as_str().to_string());
    }

    // Byline and published stamp from removed lines.
    let mut byline = page.author.clone();
    let mut published = page.published.as_deref().and_then(parse_published);
    let mut promo_brand = None;
    let mut lone_brand = None;
    let mut masthead = None;
    let mut masthead_known = false;
    let mut byline_outlet = None;
    let mut copyright = None;
    for r in &cleaned.removed {
        match r.kind {
            Removal::Byline if byline.is_none() => {
                let b = crate::clean::without_credit_word(r.text.trim());
                let b = b
                    .strip_prefix("By ")
                    .or_else(|| b.strip_prefix("by "))
                    .or_else(|| b.strip_prefix("BY "))
                    .unwrap_or(b);
                // "Tom Ashby · 12 August 2026": the name, and the date as the published one.
                let (name, rest) = b
                    .split_once(" · ")
                    .or_else(|| b.split_once(" • "))
                    .unwrap_or((b, ""));
                // "By Kate Sullivan and Ted Barrett, CNN": the affiliation is an outlet; so is
                // "Hannah Rideout · CBC News · Posted: …" and "By Brianna Colton Fox News".
                if byline_outlet.is_none() {
                    byline_outlet = [", ", " for ", " FOR ", " | "]
                        .iter()
                        .filter_map(|sep| name.rsplit_once(sep))
                        .find_map(|(_, org)| canonical_outlet(org))
                        .or_else(|| {
                            rest.split(" · ")
                                .chain(rest.split(" • "))
                                .next()
                                .and_then(canonical_outlet)
                        })
                        .or_else(|| trailing_outlet(name))
                        .map(str::to_string);
                }
                byline = Some(name.trim().to_string());
                if published.is_none() && !rest.is_empty() {
                    published = parse_published(rest);
                }
            }
            Removal::DateStamp if published.is_none() => published = parse_published(&r.text),
            Removal::Promo | Removal::Navigation | Removal::Share if promo_brand.is_none() => {
                if let Some(c) = PROMO.captures(&r.text) {
                    // Follows, newsletters and subscriptions also name people and products
                    // ("Follow Tessa Gaither on X"): only an outlet's name counts there.
                    promo_brand = ["a", "b"]
                        .iter()
                        .find_map(|g| c.name(g))
                        .map(|m| m.as_str().to_string())
                        .or_else(|| {
                            ["c", "d", "e"]
                                .iter()
                                .find_map(|g| c.name(g))
                                .and_then(|m| outlet_like(m.as_str()))
                        });
                }
            }
            // A known outlet's masthead beats a name merely shaped like one ("U.S. News" in a
            // menu above "NBC News").
            Removal::Brand if !masthead_known && r.before_body => {
                match crate::clean::masthead(&r.text) {
                    Some(o) if canonical_outlet(&o).is_some() => {
                        masthead_known = true;
                        masthead = Some(o);
                    }
                    Some(o) if masthead.is_none() => masthead = Some(o),
                    Some(_) => {}
                    None if lone_brand.is_none() && may_be_lone_brand(&r.text) => {
                        lone_brand = Some(r.text.trim().to_string());
                    }
                    None => {}
                }
            }
            // Below the body, a lone word is a topic tag (`IMF`) unless it reads as a masthead.
            Removal::Brand
                if lone_brand.is_none()
                    && (r.before_body || crate::clean::masthead(&r.text).is_some())
                    && may_be_lone_brand(&r.text) =>
            {
                lone_brand = Some(r.text.trim().to_string());
            }
            Removal::Copyright if copyright.is_none() => copyright = copyright_holder(&r.text),
            _ => {}
        }
    }

    let mut dateline_day = None;
    match dateline_parts {
        Some((Some(y), m, d)) if published.is_none() => {
            published = chrono::NaiveDate::from_ymd_opt(y, m, d)
                .map(|date| date.format("%Y-%m-%d").to_string());
        }
        Some((None, m, d)) => dateline_day = Some((m, d)),
        _ => {}
    }

    // The page's own name first (its metadata, its masthead, its copyright line), then a wire
    // slug: an AP story on a local paper's site is the paper's page citing AP.
    let outlet = page
        .site_name
        .as_deref()
        .map(site_name_outlet)
        .or_else(|| page.title.as_deref().and_then(title_suffix_outlet))
        .or(masthead)
        .or(copyright)
        .or_else(|| {
            wire.as_deref()
                .map(|w| canonical_outlet(w).map_or_else(|| w.to_string(), str::to_string))
        })
        .or(byline_outlet)
        .or_else(|| staff_line_outlet(cleaned))
        .or(promo_brand)
        .or(lone_brand);

    // Cited sources.
    let mut sources = Vec::new();
    if let Some(w) = &wire {
        push_source(
            &mut sources,
            canonical_outlet(w).map_or_else(|| w.clone(), str::to_string),
        );
    }
    for s in block_text(BlockKind::Sources) {
        let list = s
            .split_once(':')
            .map_or(s, |(head, rest)| if head.len() < 30 { rest } else { s });
        for part in list.split([',', ';', '\t']).flat_map(|p| p.split(" and ")) {
            let p = part.trim().trim_end_matches('.');
            if p.is_empty() || p.split_whitespace().count() > 6 {
                continue;
            }
            // "Reporting by Jane Doe; Editing by …" names people, not sources.
            if p.to_lowercase().starts_with("reporting by")
                || p.to_lowercase().starts_with("editing by")
            {
                continue;
            }
            push_source(
                &mut sources,
                canonical_outlet(p).map_or_else(|| p.to_string(), str::to_string),
            );
        }
    }
    for b in &cleaned.blocks {
        let Some(t) = text.get(b.span.range()) else {
            continue;
        };
        // A wire sign-off: "… (dpa, Reuters, AFP)" at the end of a block, every name known.
        if let Some(inner) = t
            .trim_end()
            .strip_suffix(')')
            .and_then(|r| r.rsplit_once('(').map(|(_, inner)| inner))
        {
            let names: Vec<&str> = inner.split([',', '/']).map(str::trim).collect();
            let known: Vec<&str> = names.iter().filter_map(|n| canonical_outlet(n)).collect();
            if !known.is_empty() && known.len() == names.len() {
                for k in known {
                    push_source(&mut sources, k.to_string());
                }
            }
        }
        let mut found_caps = Vec::new();
        let gated = cite_gates_in(t);
        for (k, (_, tail, re)) in CITES.iter().enumerate() {
            if gated & (1 << k) == 0 {
                continue;
            }
            if *tail {
                // "… for Reuters" ends the block: only its last words can match.
                let mut from = t.len().saturating_sub(120);
                while !t.is_char_boundary(from) {
                    from -= 1;
                }
                found_caps.extend(re.captures_at(t, from));
            } else {
                found_caps.extend(re.captures_iter(t));
            }
        }
        for c in found_caps {
            let Some(n) = ["n1", "n2", "n3", "n4", "n5", "n6", "n7", "n8", "n9"]
                .iter()
                .find_map(|g| c.name(g))
            else {
                continue;
            };
            // The name ends with its sentence: "told the Associated Press. He added …".
            let whole = n.as_str();
            let mut name = whole
                .find(". ")
                .and_then(|i| whole.get(..i))
                .unwrap_or(whole)
                .to_string();
            // "the Politiken newspaper" → Politiken
            for tail in [
                " newspaper",
                " daily",
                " broadcaster",
                " agency",
                " news agency",
                " channel",
                " media group",
                " television channel",
            ] {
                if let Some(s) = name.strip_suffix(tail) {
                    name = s.to_string();
                }
            }
            // `after.to_lowercase().starts_with(m)` without lower-casing the rest of the block:
            // the nouns are ASCII without "k", and no other character lower-cases to ASCII.
            let after = t.get(n.end()..).unwrap_or("").trim_start().as_bytes();
            let media_noun = [
                "newspaper",
                "daily",
                "broadcaster",
                "news agency",
                "channel",
                "television",
                "media group",
                "radio",
                "tv",
                "magazine",
            ]
            .iter()
            .any(|m| {
                after
                    .get(..m.len())
                    .is_some_and(|head| head.eq_ignore_ascii_case(m.as_bytes()))
            });
            // The full stop of the sentence the name ends ("… agency SANA.").
            if name.ends_with('.') && name.matches('.').count() == 1 {
                name.pop();
            }
            // "Israel's Channel 12" → Channel 12; "CNBC’s" → CNBC.
            let name = name
                .split_once("'s ")
                .or_else(|| name.split_once("’s "))
                .map_or(name.as_str(), |(_, rest)| rest)
                .trim_end_matches("'s")
                .trim_end_matches("’s")
                .to_string();
            let bare = name
                .trim_start_matches("the ")
                .trim_start_matches("The ")
                .to_string();
            // "the Rossiya-24 TV channel": the name without a trailing "TV" when that is known.
            let without_tv = bare
                .strip_suffix(" TV")
                .and_then(canonical_outlet)
                .map(str::to_string);
            // "the state news agency SANA": a media noun just before the name vouches for it.
            let before = t.get(..n.start()).unwrap_or("").trim_end();
            let lead_noun = [
                "newspaper",
                "paper",
                "daily",
                "tabloid",
                "broadcaster",
                "agency",
                "channel",
                "station",
                "magazine",
                "weekly",
                "outlet",
                "website",
            ]
            .iter()
            .any(|m| before.ends_with(m));
            let found = without_tv
                .or_else(|| outlet_like(&bare))
                .or_else(|| (media_noun || lead_noun).then(|| bare.clone()));
            if let Some(o) = found {
                push_source(&mut sources, o);
            }
        }
    }

    Meta {
        headline,
        dateline,
        byline,
        published,
        dateline_day,
        outlet,
        url: page.url.clone(),
        cited_sources: sources,
        warnings: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    mod staff {
        use super::super::{LazyLock, Regex, STAFF_ALTERNATIVES};
        use proptest::prelude::*;

        /// The outlet group's span from the alternation as one regex, and from its alternatives
        /// tried one by one, on a trimmed block.
        fn both(t: &str) -> (Option<(usize, usize)>, Option<(usize, usize)>) {
            let group = |c: regex::Captures<'_>| {
                ["s", "w", "c", "f"]
                    .iter()
                    .find_map(|g| c.name(g))
                    .map(|m| (m.start(), m.end()))
            };
            // Built once: compiling the whole alternation per case would dominate the test.
            static WHOLE: LazyLock<Option<Regex>> =
                LazyLock::new(|| Regex::new(&STAFF_ALTERNATIVES.join("|")).ok());
            static ALONE: LazyLock<Vec<Regex>> = LazyLock::new(|| {
                STAFF_ALTERNATIVES
                    .iter()
                    .filter_map(|p| Regex::new(p).ok())
                    .collect()
            });
            let t = t.trim();
            (
                WHOLE.as_ref().and_then(|re| re.captures(t)).and_then(group),
                ALONE.iter().find_map(|re| re.captures(t)).and_then(group),
            )
        }

        #[test]
        fn staff_alternatives_are_the_alternation() {
            for t in [
                "Source: Al Jazeera and news agencies",
                "Staff with AFP",
                "NPR’s Jonah Pierce contributed reporting",
                "Claire Moutet is a correspondent for The New York Times",
                "Source: Reuters. Ana Ruiz is a senior writer at CNN Español",
                "CNN's Ana Ruiz and Bo Li contributed. She is a reporter with BBC",
            ] {
                let (whole, alone) = both(t);
                assert!(whole.is_some(), "{t}");
                assert_eq!(whole, alone, "{t}");
            }
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(2000))]
            #[test]
            fn random_staff_lines_match_the_alternation(
                text in proptest::collection::vec(prop_oneof![
                    Just("Source:"), Just("Source: "), Just("Al"), Just("Jazeera"), Just(" "),
                    Just("and news agencies"), Just("."), Just(" with "), Just("AFP"),
                    Just("Reuters"), Just("’s "), Just("'s "), Just("Ana Ruiz"), Just(" and "),
                    Just(" contributed"), Just(" is a "), Just(" is an "), Just("senior "),
                    Just("reporter"), Just(" for "), Just(" at "), Just("The "), Just("CNN"),
                    Just("é"), Just("\t"), Just("x"),
                ], 0..14).prop_map(|v| v.concat())
            ) {
                let (whole, alone) = both(&text);
                prop_assert_eq!(whole, alone, "{:?}", text);
            }
        }
    }

    mod cite_gates {
        use super::super::{CITES, cite_gates_in};
        use proptest::prelude::*;

        fn by_contains(t: &str) -> u32 {
            CITES
                .iter()
                .enumerate()
                .filter(|(_, (gate, _, _))| gate.iter().any(|g| t.contains(g)))
                .fold(0, |a, (k, _)| a | (1 << k))
        }

        #[test]
        fn every_pattern_has_a_bit() {
            assert!(CITES.len() <= 32);
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(3000))]
            #[test]
            fn cite_gates_match_str_contains(
                text in proptest::collection::vec(prop_oneof![
                    Just("according"), Just("accord"), Just("told"), Just("tells"),
                    Just("speaking to"), Just("Speaking to"), Just("peaking"), Just(" to"),
                    Just("interview"), Just("by"), Just("by "), Just(" "), Just("originally"),
                    Just("report"), Just("’s "), Just("'s "), Just("’s"), Just("s"),
                    Just(" poll"), Just(" survey"), Just("for "), Just("for"), Just("é"),
                    Just("x"), Just("."),
                ], 0..16).prop_map(|v| v.concat())
            ) {
                prop_assert_eq!(cite_gates_in(&text), by_contains(&text), "{:?}", text);
            }
        }
    }

    #[test]
    fn a_credited_byline_with_its_date() {
        let a = crate::parse_article(
            "A headline for the interview\n\nInterview by Tom Ashby · 12 August 2026\n\nKate Morrison has spent 19 years with the county fire service.",
            crate::InputFormat::Text,
            &crate::ArticleContext::new("t.txt"),
        );
        assert_eq!(a.byline.as_deref(), Some("Tom Ashby"));
        assert_eq!(a.published.as_deref(), Some("2026-08-12"));
    }

    #[test]
    fn section_labels_leave_the_headline() {
        let cases = [
            (
                "Opinion | The streaming wars have a new casualty",
                "The streaming wars have a new casualty",
            ),
            (
                "Analysis: Why the summit ended early",
                "Why the summit ended early",
            ),
            (
                "LIVE – Polls close in tight race",
                "Polls close in tight race",
            ),
            (
                "Trump: 'We made progress' on Ukraine",
                "Trump: 'We made progress' on Ukraine",
            ),
            ("Opinion | Too short", "Opinion | Too short"),
        ];
        for (h, want) in cases {
            assert_eq!(without_section_label(h), want, "{h}");
        }
    }

    use crate::{ArticleContext, InputFormat, parse_article};

    fn meta(input: &str) -> crate::Article {
        parse_article(input, InputFormat::Text, &ArticleContext::new("t.txt"))
    }

    #[test]
    fn headlines_past_menus_labels_and_full_stops() {
        let body = "The council voted on Tuesday to close the two libraries after a long debate that ran well past midnight, officials said.";
        let cases = [
            // A one-line menu of section names, single spaces apart.
            (
                "Home Kenya Politics Business Opinion Counties Sports Videos ePaper\n\nCouncil shuts two libraries amid budget row\n\n",
                "Council shuts two libraries amid budget row",
            ),
            // A title-case headline of the same shape is no menu.
            (
                "Council Shuts Two Libraries Amid Budget Row\n\n",
                "Council Shuts Two Libraries Amid Budget Row",
            ),
            // A section label in capitals above a headline too long to be title-like.
            (
                "CITY · PUBLIC LIBRARIES\n\nThe council shut two libraries, cut the bus budget and raised parking fees: how a budget row split the town for a decade\n\n",
                "The council shut two libraries, cut the bus budget and raised parking fees: how a budget row split the town for a decade",
            ),
            // A headline of two short sentences, with the byline under it.
            (
                "News\n\nThe Town Paid $4 Million for Two Libraries. Now It Is Closing Both.\n\nBy Ann Reyes\n\n",
                "The Town Paid $4 Million for Two Libraries. Now It Is Closing Both.",
            ),
        ];
        for (head, want) in cases {
            let a = meta(&format!("{head}{body}"));
            assert_eq!(a.headline.as_deref(), Some(want), "{head}");
        }
        // Two short sentences without a byline under them are the body, not a headline.
        let a = meta(&format!(
            "The town paid for two libraries. Now it is closing both.\n\n{body}"
        ));
        assert_eq!(a.headline, None);
    }

    #[test]
    fn wire_slugs_give_outlet_dateline_and_source() {
        let cases = [
            (
                "Title here\nLONDON, March 4 (Reuters) - A judge ruled.",
                "Reuters",
                "London",
            ),
            (
                "Title here\nNEW ORLEANS (AP) — A storm hit.",
                "Associated Press",
                "New Orleans",
            ),
            (
                "Title here\nMOSCOW, June 3. /TASS/. No date was set.",
                "TASS",
                "Moscow",
            ),
            (
                "Title here\n(Bloomberg) -- Oil rose for a third day.",
                "Bloomberg",
                "",
            ),
            (
                "Title here\nWashington (CNN) — The Senate passed the bill.",
                "CNN",
                "Washington",
            ),
            (
                "Title here\nPune, Nov 18 (PTI) The civic body approved a plan.",
                "Press Trust of India",
                "Pune",
            ),
        ];
        for (input, outlet, place) in cases {
            let a = meta(input);
            assert_eq!(a.outlet.as_deref(), Some(outlet), "{input}");
            assert_eq!(a.dateline.as_deref().unwrap_or(""), place, "{input}");
            assert!(
                a.cited_sources.iter().any(|s| s == outlet),
                "{input}: {:?}",
                a.cited_sources
            );
        }
    }

    #[test]
    fn outlets_are_never_invented() {
        let a = meta(
            "Summit ends\nANCHORAGE — The two leaders met for three hours.\n“We made headway,” Trump said.",
        );
        assert_eq!(a.outlet, None);
        assert_eq!(a.dateline.as_deref(), Some("Anchorage"));
    }

    /// A pasted page opening with its masthead above the menu: the masthead, not a menu
    /// word ("Resources"), names the outlet; a section called "Nation" names nothing.
    #[test]
    fn a_known_masthead_above_a_menu_names_the_outlet() {
        let a = meta(
            "Skip to main content\nFierce Pharma\nPharma\nManufacturing\nEvents\nResources\nSubscribe\n\nManufacturing\n\nDrugmaker recalls 212 lots of its blood-pressure pill after inspection\n\nBy Noreen Gallagher\n\nThe company said on Monday it would recall the pills.",
        );
        assert_eq!(a.outlet.as_deref(), Some("Fierce Pharma"));
        let a = meta(
            "News  |  Nation\n\nTyphoon leaves a million homes without power in the north\n\nThe storm made landfall on Monday, officials said.",
        );
        assert_eq!(a.outlet, None);
    }

    /// A page that names itself only in its promos: "Follow Gulf News on WhatsApp", "Sign up
    /// for the … newsletter", "Subscribe to The Athletic for …"; "Follow us on X" names nobody.
    #[test]
    fn promos_name_the_outlet() {
        for (promo, outlet) in [
            ("Follow Gulf News on WhatsApp", Some("Gulf News")),
            ("Sign up for the Gulf News newsletter.", Some("Gulf News")),
            (
                "Subscribe to The Irish Times for in-depth coverage.",
                Some("The Irish Times"),
            ),
            ("Follow Tessa Gaither on X: @TessaGaither", None),
            ("Follow us on X", None),
        ] {
            let a = meta(&format!(
                "Water deal signed in Abu Dhabi after two years of talks\n\nThe two countries signed the deal on Tuesday, officials said.\n\n{promo}"
            ));
            assert_eq!(a.outlet.as_deref(), outlet, "{promo}");
        }
    }

    #[test]
    fn sources_are_normalised() {
        let a = meta(
            "Title here\nThe talks ended, according to the Associated Press.\nHe told Fox News he was pleased.\nSources: Vox, AP News, The Guardian",
        );
        assert_eq!(
            a.cited_sources,
            vec!["Vox", "Associated Press", "The Guardian", "Fox News"]
        );
        let b = meta("Title here\nThe deal is off, according to Trump.");
        assert!(b.cited_sources.is_empty(), "{:?}", b.cited_sources);
        let c = meta(
            "Title here\nBloomberg first reported the talks.\n“We inherited a ruin,” he said, according to the state news agency SANA. “We will rebuild.”\nA new CBS News/YouGov poll found support.\nThis article was originally published on The Conversation.\nHe spoke, according to state news agency TASS.\n“No,” Merz told the newspaper Bild am Sonntag.\nShe told the state-run Rossiya-24 television channel it was over.\nThe case was first reported in May by Valley Public Radio.\nAs the Millbrook Tribune reported, the vote was close.\nThe club wants a striker, with The Athletic reporting a bid.\n“It is expensive,” she tells Axios.\nThe pension row goes on. (dpa, Reuters, AFP)\nHe told the German chancellor he was sorry.",
        );
        assert_eq!(
            c.cited_sources,
            vec![
                "Bloomberg",
                "SANA",
                "CBS News",
                "The Conversation",
                "TASS",
                "Bild am Sonntag",
                "Rossiya-24",
                "Valley Public Radio",
                "Millbrook Tribune",
                "The Athletic",
                "Axios",
                "dpa",
                "Reuters",
                "Agence France-Presse"
            ]
        );
    }

    #[test]
    fn published_dates() {
        for (s, want) in [
            ("Published 12 October 2025", "2025-10-12"),
            ("Updated: 16 Aug 2025 10:32 GMT", "2025-08-16"),
            ("August 16, 2025", "2025-08-16"),
            ("2025-09-22T08:00:00Z", "2025-09-22"),
        ] {
            assert_eq!(parse_published(s).as_deref(), Some(want), "{s}");
        }
        assert_eq!(parse_published("Published 31 February 2025"), None);
    }

    #[test]
    fn title_suffixes_name_the_site() {
        assert_eq!(
            title_suffix_outlet("Mayor resigns amid probe - Valley Gazette").as_deref(),
            Some("Valley Gazette")
        );
        assert_eq!(
            title_suffix_outlet("Trump-Putin talks | Live updates | CNN").as_deref(),
            Some("CNN")
        );
        assert_eq!(
            title_suffix_outlet("Mayor resigns - and then returns"),
            None
        );
        assert_eq!(title_suffix_outlet("Mayor resigns"), None);
    }

    #[test]
    fn byline_affiliation_names_the_outlet() {
        let a = meta(
            "Senate passes border bill after session\nBy Kate Sullivan and Ted Barrett, CNN\nThe Senate passed a sweeping bill early on Thursday after an all-night session.",
        );
        assert_eq!(a.outlet.as_deref(), Some("CNN"));
        assert_eq!(
            a.byline.as_deref(),
            Some("Kate Sullivan and Ted Barrett, CNN")
        );
        let b = meta(
            "Senate passes border bill after session\nBy Kate Sullivan and Ted Barrett\nThe Senate passed a sweeping bill early on Thursday after an all-night session.",
        );
        assert_eq!(b.outlet, None);
    }

    #[test]
    fn staff_lines_and_bylines_name_the_outlet() {
        for (input, want) in [
            (
                "Quake toll rises to 36 in northern port city\nRescuers worked through the night in the old quarter of the city on Thursday.\nSource: Al Jazeera and news agencies",
                Some("Al Jazeera"),
            ),
            (
                "Allies promise billions for air defence\nThe ministers met for two days in the Portuguese capital and agreed on a fund.\nNPR’s Jonah Pierce contributed reporting from Washington.",
                Some("NPR"),
            ),
            (
                "River floods homes in the north end\nWater covered the streets of the neighbourhood on Monday evening.\nHannah Rideout is a reporter with CBC New Brunswick, based in Fredericton.",
                Some("CBC News"),
            ),
            (
                "Judge blocks courthouse arrest law\nBy Brianna Colton Fox News\nA federal judge on Friday blocked the state law from taking effect.",
                Some("Fox News"),
            ),
            (
                "Judge blocks courthouse arrest law\nA federal judge on Friday blocked the state law from taking effect.\nLocal reporter Anna Byrne contributed reporting.",
                None,
            ),
        ] {
            assert_eq!(meta(input).outlet.as_deref(), want, "{input}");
        }
    }

    #[test]
    fn mastheads_named_again_in_chrome_and_agency_credits() {
        let body =
            "Rescuers reached the miners on Wednesday after two days of digging through rock.";
        for (input, want) in [
            // A name no list knows, at the top and again in a promo's possessive or a credit.
            (
                format!(
                    "Veldt Courier24\nSign in | Subscribe\n\nMiners reached after two days\n\n{body}\n\nSubscribe to Veldt Courier24's free newsletters"
                ),
                Some("Veldt Courier24"),
            ),
            // A section label named again only in a topic list is no masthead.
            (
                format!(
                    "Saudi Arabia\n\nMiners reached after two days\n\n{body}\n\nTopics: GCC, Saudi Arabia, Environment, Mining"
                ),
                None,
            ),
            // `Le Monde with AFP`: the page's own outlet, with a wire.
            (
                format!("Miners reached after two days\n\n{body}\n\nLe Monde with AFP"),
                Some("Le Monde"),
            ),
        ] {
            assert_eq!(meta(&input).outlet.as_deref(), want, "{input}");
        }
        // A markdown logo linked to the site's home page names it.
        let md = format!(
            "[![Daily Maverick](https://example.org/logo.svg)](https://www.dailymaverick.co.za/)\n\n# Miners reached after two days\n\n{body}\n"
        );
        let a = parse_article(&md, InputFormat::Markdown, &ArticleContext::new("t.md"));
        assert_eq!(a.outlet.as_deref(), Some("Daily Maverick"));
    }

    #[test]
    fn copyright_lines_name_the_outlet() {
        for (line, want) in [
            (
                "© 2025 Tri-County Herald. All rights reserved.",
                Some("Tri-County Herald"),
            ),
            (
                "Copyright The Financial Times Limited 2025. All rights reserved.",
                Some("Financial Times"),
            ),
            (
                "© 2025 Guardian News & Media Limited or its affiliated companies. All rights reserved.",
                Some("The Guardian"),
            ),
            ("© 2025 Axios Media Inc.", Some("Axios")),
            (
                "© 2025 Cable News Network. A Warner Bros. Discovery Company.",
                Some("CNN"),
            ),
            ("© 2025 Dana Whitfield · Privacy ∙ Terms", None),
            (
                "Copyright © 2025 Bennett, Coleman & Co. Ltd. All rights reserved.",
                None,
            ),
            ("© 2025 Sky UK", None),
            ("© Copyright 2026 euronews", Some("Euronews")),
            ("© Notes from Poland 2026", Some("Notes from Poland")),
            (
                "Copyright © 2026 bdnews24.com. All rights reserved.",
                Some("bdnews24.com"),
            ),
        ] {
            assert_eq!(copyright_holder(line).as_deref(), want, "{line}");
        }
    }

    #[test]
    fn wire_datelines_give_the_day() {
        assert_eq!(
            dateline_day("LONDON, Oct 14 (Reuters) -"),
            Some((None, 10, 14))
        );
        assert_eq!(
            dateline_day("MOSCOW, June 3, 2025. /TASS/."),
            Some((Some(2025), 6, 3))
        );
        assert_eq!(dateline_day("PARIS, Octopus 3 (AFP) -"), None);
        assert_eq!(dateline_day("LONDON, Feb 30 (Reuters) -"), None);
        let anchor = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
        let on = |m, d, a: &str| anchor(a).and_then(|a| dateline_published((m, d), a));
        assert_eq!(on(10, 14, "2025-10-12").as_deref(), Some("2025-10-14"));
        assert_eq!(on(1, 2, "2025-12-30").as_deref(), Some("2026-01-02"));
        assert_eq!(on(12, 30, "2026-01-02").as_deref(), Some("2025-12-30"));
    }
}
