//! Word lists the entity and quote stages share: speech verbs, person titles and roles,
//! nationalities, places, calendar words, known organisations and capitalised common words.
//!
//! These are closed-class words of news English, not names fitted to one corpus: a speech verb
//! list, the titles reporters put before names, and the country ↔ adjective ↔ seat-of-power
//! table that lets "the Kremlin chief" find a person introduced as "Russian President …".

use crate::text::FastHash;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// Speech verbs as lemmas. Regular ones get their inflections from [`speech_verb_lemma`].
const REGULAR_SPEECH: &[&str] = &[
    "add",
    "warn",
    "insist",
    "stress",
    "note",
    "argue",
    "claim",
    "post",
    "declare",
    "reiterate",
    "urge",
    "ask",
    "respond",
    "reply",
    "quip",
    "acknowledge",
    "concede",
    "admit",
    "vow",
    "explain",
    "emphasize",
    "emphasise",
    "state",
    "announce",
    "tweet",
    "continue",
    "recall",
    "predict",
    "pledge",
    "describe",
    "call",
    "hail",
    "praise",
    "label",
    "term",
    "characterize",
    "characterise",
    "suggest",
    "hint",
    "cite",
    "demand",
    "accuse",
    "deny",
    "confirm",
    "complain",
    "threaten",
    "remark",
    "observe",
    "joke",
    "boast",
    "lament",
    "caution",
    "counter",
    "shout",
    "assert",
    "maintain",
    "affirm",
    "reaffirm",
    "promise",
    "rate",
    "dub",
    "insist",
    "reveal",
    "report",
    "comment",
    "recount",
    "scoff",
    "mock",
    "tell",
    "urge",
    "plead",
    "wonder",
    "exclaim",
    "conclude",
    "testify",
    "telegraph",
    "message",
    "posit",
    "muse",
    "retort",
    "protest",
    "criticize",
    "criticise",
    "welcome",
    "point",
    "contend",
    "allege",
    // Translated copy: `«…», she estimated`, `denounced Esther Mghanga`.
    "estimate",
    "assure",
    "denounce",
    "underline",
    "deplore",
    "regret",
    "indicate",
];

/// Irregular speech verbs: every form mapped to its lemma.
const IRREGULAR_SPEECH: &[(&str, &str)] = &[
    ("say", "say"),
    ("says", "say"),
    ("said", "say"),
    ("saying", "say"),
    ("tell", "tell"),
    ("tells", "tell"),
    ("told", "tell"),
    ("telling", "tell"),
    ("write", "write"),
    ("writes", "write"),
    ("wrote", "write"),
    ("written", "write"),
    ("writing", "write"),
    ("speak", "speak"),
    ("speaks", "speak"),
    ("spoke", "speak"),
    ("speaking", "speak"),
    ("spoken", "speak"),
    ("dubbed", "dub"),
    ("dubbing", "dub"),
    ("quipped", "quip"),
    ("quipping", "quip"),
    ("retorted", "retort"),
    // Courtroom copy: counsel `submitted`, `contended`, `pleaded`.
    ("submit", "submit"),
    ("submits", "submit"),
    ("submitted", "submit"),
    ("submitting", "submit"),
];

/// The lemma of a speech verb form ("added" → "add", "told" → "tell"), or `None`.
///
/// Regular forms are derived: `-s`, `-es`, `-ed`/`-d`, `-ied`/`-ies`, `-ing`, and the `-ing`
/// of verbs that drop a final `e` (`argue` → `arguing`).
pub fn speech_verb_lemma(word: &str) -> Option<&'static str> {
    if word.len() > 24 {
        return None;
    }
    let table = speech_forms();
    if let Some(&l) = table.get(word) {
        return Some(l);
    }
    if word.chars().any(char::is_uppercase) {
        return table.get(word.to_lowercase().as_str()).copied();
    }
    None
}

/// Every form of every speech verb → its lemma, built once. Irregular forms come first and
/// win; a regular form keeps the first lemma in [`REGULAR_SPEECH`] order that derives it.
fn speech_forms() -> &'static HashMap<String, &'static str, FastHash> {
    static TABLE: OnceLock<HashMap<String, &'static str, FastHash>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut m: HashMap<String, &'static str, FastHash> = HashMap::default();
        for &(form, lemma) in IRREGULAR_SPEECH {
            m.entry(form.to_string()).or_insert(lemma);
        }
        for &lemma in REGULAR_SPEECH {
            let mut forms = vec![
                lemma.to_string(),
                format!("{lemma}s"),
                format!("{lemma}es"),
                format!("{lemma}ed"),
                format!("{lemma}d"),
                format!("{lemma}ing"),
            ];
            if let Some(s) = lemma.strip_suffix('e') {
                forms.push(format!("{s}ing"));
            }
            if let Some(s) = lemma.strip_suffix('y') {
                forms.push(format!("{s}ied"));
                forms.push(format!("{s}ies"));
            }
            for f in forms {
                m.entry(f).or_insert(lemma);
            }
        }
        m
    })
}

/// Speech verbs whose base and `-s` forms are more often nouns ("the state", "a note",
/// "his claims"): only their past and `-ing` forms count as cues.
const NOUN_LIKE: &[&str] = &[
    "state", "note", "post", "call", "rate", "term", "report", "message", "counter", "comment",
    "label", "promise", "claim", "demand", "hint", "joke", "remark", "protest", "welcome",
    "caution", "tweet", "plead", "continue", "stress", "praise", "vow", "pledge", "reply", "dub",
    "mock", "muse", "deny", "confirm", "cite", "rate", "testify", "conclude", "point",
];

/// True when `word` is a speech-verb form that can introduce a quotation: a form of a speech
/// verb that is written in lower case and is not the noun-like base form of an ambiguous verb.
pub fn is_speech_cue(word: &str) -> bool {
    if word.chars().next().is_some_and(char::is_uppercase) {
        return false;
    }
    let Some(lemma) = speech_verb_lemma(word) else {
        return false;
    };
    let base_or_plural = word
        .strip_suffix('s')
        .map_or(word == lemma, |stem| stem == lemma || word == lemma);
    !(NOUN_LIKE.contains(&lemma) && base_or_plural)
}

/// Country names used as nouns: "Trump’s Russia envoy" is an envoy *to* Russia, so these do
/// not give a person a nationality unless possessive ("Ukraine’s President").
pub const COUNTRY_NOUNS: &[&str] = &[
    "russia",
    "ukraine",
    "america",
    "united states",
    "china",
    "britain",
    "france",
    "germany",
    "india",
    "israel",
    "iran",
    "japan",
    "canada",
    "poland",
    "italy",
    "turkey",
    "belarus",
    "hungary",
    "finland",
    "spain",
    "mexico",
    "brazil",
    "australia",
    "czechia",
    "sweden",
    "norway",
    "denmark",
    "netherlands",
    "estonia",
    "latvia",
    "lithuania",
    "saudi arabia",
];

/// Titles and roles written before a name. Multi-word ones are listed longest first so that
/// "Prime Minister" is peeled before "Minister".
pub const TITLES: &[&str] = &[
    "Chancellor of the Exchequer",
    "Secretary of State",
    "Secretary-General",
    "Secretary General",
    "Vice President",
    "Prime Minister",
    "Deputy Prime Minister",
    "Foreign Minister",
    "Defense Minister",
    "Defence Minister",
    "Finance Minister",
    "Interior Minister",
    "Foreign Secretary",
    "Defense Secretary",
    "Defence Secretary",
    "Home Secretary",
    "Press Secretary",
    "Special Envoy",
    "National Security Adviser",
    "Crown Prince",
    "Supreme Leader",
    "Chief of Staff",
    "Leader of the Opposition",
    "Leader of Opposition",
    "President",
    "Minister",
    "Secretary",
    "Chancellor",
    "Premier",
    "King",
    "Queen",
    "Prince",
    "Princess",
    "Pope",
    "Senator",
    "Sen.",
    "Rep.",
    "Representative",
    "Congressman",
    "Congresswoman",
    "Gov.",
    "Governor",
    "Gen.",
    "General",
    // Ranks as British and South Asian copy writes them, without full stops: "Brig Gen Md
    // Nazmul Haque", "Lt Col Mahbub Alam", "Maj Gen Ali".
    "Gen",
    "Brig",
    "Brig.",
    "Brig Gen",
    "Brig. Gen.",
    "Maj",
    "Maj.",
    "Maj Gen",
    "Maj. Gen.",
    "Lt Gen",
    "Lt. Gen.",
    "Lt Col",
    "Lt. Col.",
    "Col",
    "Lt",
    "Capt",
    "Cdr",
    "Sgt",
    "Supt",
    // Philippine and other civil-service ranks: "Undersecretary Eduardo Lachica".
    "Undersecretary",
    "Under-Secretary",
    "Usec.",
    "Asec.",
    "Adm.",
    "Admiral",
    "Col.",
    "Lt.",
    "Mr.",
    "Mrs.",
    "Ms.",
    "Mr",
    "Mrs",
    "Ms",
    "Dr.",
    "Dr",
    "Prof.",
    "Professor",
    "Sir",
    "Dame",
    // An Indigenous chief in Brazil: `Cacique Raoni`.
    "Cacique",
    // Singapore and Malaysia: `said Madam Tan`, `Mdm Lim`.
    "Madam",
    "Mdm",
    "Lord",
    "Speaker",
    "Ambassador",
    "Envoy",
    "Spokesperson",
    "Spokesman",
    "Spokeswoman",
    "Adviser",
    "Advisor",
    "Aide",
    "Lawmaker",
    "Commissioner",
    "Mayor",
    "Judge",
    "Justice",
    "Director",
    "Chairman",
    "Chairwoman",
    "Chair",
    "Sheikh",
    "Emir",
    // Styles: "His Highness Sheikh Rashid …", then "His Highness added".
    "Highness",
    "Excellency",
    "Majesty",
    "Leader",
    "Chief",
    "Deputy",
    "Attorney General",
    "District Attorney",
    "Assistant District Attorney",
    "Prosecutor",
    "Opposition Leader",
    "Coach",
    "Manager",
    "Captain",
    "Chief Executive",
    "CEO",
    "Superintendent",
    "Inspector",
    "Detective",
    "Sergeant",
    "Officer",
    "Bishop",
    "Archbishop",
    "Rabbi",
    "Imam",
    "Father",
    "Rev.",
    "Councillor",
    // British and Australian councillors: "Cllr Ann Hale", "Coun Ann Hale", "Cr Ann Hale".
    "Cllr",
    "Cllr.",
    "Coun",
    "Coun.",
    "Cr",
    "Councilman",
    "Councilwoman",
    "Coroner",
    "Sheriff",
    "Council Member",
    "Substitute",
    "Councilmember",
    "Assemblyman",
    "Assemblywoman",
    "Chef",
    "Recorder",
    "Magistrate",
    // Parliamentary and cabinet titles written before a name in Commonwealth copy: "Nyando MP
    // Beatrice Odongo", "Independent MLA Haripada Mandi", "Treasury CS Peter Wachira",
    // "Jharkhand CM Sukhdeo Tirkey", "Hon. Mary Wanjiku".
    "Cabinet Secretary",
    "Chief Minister",
    "Deputy Chief Minister",
    "CS",
    "MP",
    "MPs",
    "MLA",
    "MLC",
    "CM",
    "Hon.",
    "Hon",
    "Honourable",
    "Rev",
    "Reverend",
    "Pastor",
    "Cardinal",
    "Commander",
    "Shri",
    "Smt.",
    "Smt",
    "Sgt.",
    "Capt.",
    "Supt.",
    "Insp.",
    "Det.",
    // Members of parliaments written before a name: "MEP Jens Hüttemann", "Cork TD Séamus
    // Ó Drisceoil", "Executive Vice-President Anna Berg", "Likud MK Dana Levi".
    "MEP",
    "TD",
    "MK",
    "MPP",
    // Members of the Scottish Parliament: "Highlands and Islands MSP Ross MacPhail".
    "MSP",
    "Vice-President",
    "Executive Vice-President",
    "Vice-Chancellor",
    "Gov",
    "Governor-General",
    "Menteri Besar",
    "Mentri Besar",
    "MB",
    "Chief Justice",
    "Taoiseach",
    "Tánaiste",
];

/// Honorifics of rank or courtesy written before a name, kept off the canonical name like
/// "Mr" and "Dr": Malaysian federal and state titles ("Datuk Seri Anwar"), the hajj title,
/// Nigerian styles ("Alhaji", "Barr.", "Engr.") and South Asian ones ("Begum").
pub const HONORIFICS: &[&str] = &[
    "Datuk Seri",
    "Datuk Sri",
    "Dato Seri",
    "Dato Sri",
    "Datin Seri",
    "Tan Sri",
    "Puan Sri",
    "Toh Puan",
    "Datuk",
    "Dato",
    "Datin",
    "Tun",
    "Haji",
    "Hajah",
    "Ir.",
    "Ir",
    "Encik",
    "Puan",
    "Alhaji",
    "Alhaja",
    "Alh.",
    "Hajia",
    "Hajiya",
    "Mallam",
    "Otunba",
    "Barr.",
    "Barr",
    "Engr.",
    "Engr",
    "Begum",
];

/// Lower-case role nouns that mark the following capitalised words as a person
/// ("special envoy Steve Witkoff", "aide Yury Ushakov", "lawmaker Oleksiy Honcharenko").
pub const ROLE_NOUNS: &[&str] = &[
    // Trades and callings of people quoted in local and regional copy.
    "convener",
    "convenor",
    "exporter",
    "fisherman",
    "fisherwoman",
    "vendor",
    "trader",
    "islander",
    "skipper",
    "crofter",
    "president",
    "boss",
    "chief executive",
    "chairman",
    "coach",
    "manager",
    "captain",
    "striker",
    "defender",
    "goalkeeper",
    "midfielder",
    "elder",
    "quarterback",
    "linebacker",
    "receiver",
    "pitcher",
    "forward",
    "guard",
    "booster",
    "winger",
    "economist",
    "analyst",
    "professor",
    "researcher",
    "lawyer",
    "advocate",
    "counsel",
    "solicitor",
    "barrister",
    "attorney",
    "prosecutor",
    "judge",
    "mayor",
    "governor",
    "candidate",
    "forecaster",
    "meteorologist",
    "epidemiologist",
    "executive",
    "founder",
    "inspector",
    "detective",
    "officer",
    "spokesperson",
    "resident",
    "witness",
    "activist",
    "campaigner",
    "minister",
    "secretary",
    "envoy",
    "aide",
    "adviser",
    "advisor",
    "lawmaker",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "senator",
    "chancellor",
    "leader",
    "chief",
    "official",
    "diplomat",
    "ambassador",
    "governor",
    "mayor",
    "commander",
    "general",
    "analyst",
    "expert",
    "professor",
    "researcher",
    "economist",
    "negotiator",
    "premier",
    "politician",
    "legislator",
    "mp",
    "congressman",
    "congresswoman",
    "representative",
    "director",
    "chairman",
    "chairwoman",
    "head",
    "king",
    "queen",
    "host",
    "anchor",
    "correspondent",
    "journalist",
    "reporter",
    "columnist",
    "writer",
    "author",
    "lawyer",
    "attorney",
    "judge",
    "prosecutor",
    "activist",
    "candidate",
    "deputy",
    "strategist",
    "pollster",
    "coach",
    "ceo",
    "founder",
    "owner",
    "colonel",
    "commissioner",
    "teacher",
    "substitute",
    "headteacher",
    "nurse",
    "doctor",
    "psychiatrist",
    "scientist",
    "farmer",
    "baker",
    "chef",
    "sous-chef",
    "organiser",
    "organizer",
    "co-organiser",
    "co-organizer",
    "barrister",
    "solicitor",
    "landlady",
    "landlord",
    "neighbour",
    "neighbor",
    "editor",
    "student",
    "worker",
    "engineer",
    "councillor",
    "chairperson",
    "treasurer",
    "president-elect",
    "player",
    "referee",
    "driver",
    "pilot",
    "partner",
    "husband",
    "wife",
    "daughter",
    "son",
    "mother",
    "father",
    "brother",
    "sister",
    "builder",
    "mum",
    "dad",
    "pensioner",
    "grandmother",
    "grandfather",
    "shopkeeper",
    "firefighter",
    "widow",
    "retiree",
    "commuter",
    "passenger",
    "traveller",
    "traveler",
    "supervisor",
    "miner",
    "rescuer",
    "volunteer",
    "coordinator",
    "supporter",
    "fan",
    "member",
    "shareholder",
    "investor",
    "chair",
    "rapporteur",
    "justice",
    "democrat",
    "republican",
];

/// Role nouns for heads of state or government: "the Russian leader" may be any of these.
pub const LEADER_ROLES: &[&str] = &[
    "president",
    "prime minister",
    "chancellor",
    "leader",
    "chief",
    "premier",
    "king",
    "queen",
    "head",
    "supreme leader",
];

/// Countries: (code, every word that ties a person or body to it: adjective, country names,
/// capital, seat of power). Lower-case, compared after lower-casing.
pub const NATIONS: &[(&str, &[&str])] = &[
    (
        "us",
        &[
            "u.s.",
            "us",
            "american",
            "america",
            "united states",
            "washington",
            "white house",
        ],
    ),
    ("ru", &["russian", "russia", "kremlin", "moscow"]),
    ("ua", &["ukrainian", "ukraine", "ukraine’s", "kyiv", "kiev"]),
    (
        "gb",
        &[
            "british",
            "britain",
            "u.k.",
            "uk",
            "united kingdom",
            "london",
            "briton",
            "englishman",
            "englishwoman",
            "scotsman",
            "scotswoman",
            "welshman",
            "welshwoman",
        ],
    ),
    (
        "fr",
        &[
            "french",
            "france",
            "paris",
            "elysee",
            "élysée",
            "frenchman",
            "frenchwoman",
        ],
    ),
    ("de", &["german", "germany", "berlin"]),
    ("cn", &["chinese", "china", "beijing"]),
    ("cz", &["czech", "czechia", "prague"]),
    ("pl", &["polish", "poland", "warsaw"]),
    ("it", &["italian", "italy", "rome"]),
    ("in", &["indian", "india", "new delhi"]),
    ("il", &["israeli", "israel", "jerusalem"]),
    ("ir", &["iranian", "iran", "tehran"]),
    ("tr", &["turkish", "turkey", "türkiye", "ankara"]),
    ("jp", &["japanese", "japan", "tokyo"]),
    ("ca", &["canadian", "canada", "ottawa"]),
    ("by", &["belarusian", "belarus", "minsk"]),
    ("hu", &["hungarian", "hungary", "budapest"]),
    ("fi", &["finnish", "finland", "helsinki"]),
    ("eu", &["european", "eu", "brussels"]),
    ("kp", &["north korean", "pyongyang"]),
    ("kr", &["south korean", "seoul", "korea"]),
    ("sa", &["saudi", "saudi arabia", "riyadh"]),
    ("ps", &["palestinian", "gaza"]),
    ("ee", &["estonian", "estonia", "tallinn"]),
    ("lt", &["lithuanian", "lithuania", "vilnius"]),
    ("lv", &["latvian", "latvia", "riga"]),
    ("es", &["spanish", "spain", "madrid", "spaniard"]),
    ("nl", &["dutch", "netherlands", "the hague", "dutchman"]),
    ("se", &["swedish", "sweden", "stockholm", "swede"]),
    ("no", &["norwegian", "norway", "oslo"]),
    ("dk", &["danish", "denmark", "copenhagen"]),
    ("au", &["australian", "australia", "canberra"]),
    ("br", &["brazilian", "brazil", "brasilia"]),
    ("mx", &["mexican", "mexico"]),
    ("pt", &["portuguese", "portugal", "lisbon"]),
    (
        "ar",
        &["argentine", "argentinian", "argentina", "buenos aires"],
    ),
    ("eg", &["egyptian", "egypt", "cairo"]),
    ("qa", &["qatari", "qatar", "doha"]),
    ("ae", &["emirati", "uae", "abu dhabi", "dubai"]),
    ("sy", &["syrian", "syria", "damascus"]),
    ("lb", &["lebanese", "lebanon", "beirut"]),
    ("jo", &["jordanian", "amman"]),
    ("iq", &["iraqi", "iraq", "baghdad"]),
    ("ye", &["yemeni", "yemen", "sanaa"]),
    ("pk", &["pakistani", "pakistan", "islamabad"]),
    ("af", &["afghan", "afghanistan", "kabul"]),
    ("ng", &["nigerian", "nigeria", "abuja", "lagos"]),
    ("ke", &["kenyan", "kenya", "nairobi"]),
    ("et", &["ethiopian", "ethiopia", "addis ababa"]),
    ("sd", &["sudanese", "sudan", "khartoum"]),
    (
        "za",
        &["south african", "south africa", "pretoria", "johannesburg"],
    ),
    ("ie", &["irish", "ireland", "dublin"]),
    ("be", &["belgian", "belgium"]),
    ("at", &["austrian", "austria"]),
    ("ch", &["swiss", "switzerland", "bern"]),
    ("gr", &["greek", "greece", "athens"]),
    ("ro", &["romanian", "romania", "bucharest"]),
    ("md", &["moldovan", "moldova", "chisinau"]),
    ("rs", &["serbian", "serbia", "belgrade"]),
    ("sk", &["slovak", "slovakia", "bratislava"]),
    ("bg", &["bulgarian", "bulgaria", "sofia"]),
    ("kz", &["kazakh", "kazakhstan", "astana"]),
    ("az", &["azerbaijani", "azerbaijan", "baku"]),
    ("am", &["armenian", "armenia", "yerevan"]),
    ("vn", &["vietnamese", "vietnam", "hanoi"]),
    ("th", &["thai", "thailand", "bangkok"]),
    ("id", &["indonesian", "indonesia", "jakarta"]),
    ("ph", &["filipino", "philippines", "manila"]),
    ("my", &["malaysian", "malaysia", "kuala lumpur"]),
    ("tw", &["taiwanese", "taiwan", "taipei"]),
    ("nz", &["new zealand", "wellington"]),
    ("co", &["colombian", "colombia", "bogota", "bogotá"]),
    ("ve", &["venezuelan", "venezuela", "caracas"]),
    ("cl", &["chilean", "chile", "santiago"]),
    ("pe", &["peruvian", "peru", "lima"]),
    ("cu", &["cuban", "cuba", "havana"]),
    // Africa.
    ("tz", &["tanzanian", "tanzania", "dodoma"]),
    ("ug", &["ugandan", "uganda", "kampala"]),
    ("rw", &["rwandan", "rwanda", "kigali"]),
    ("bi", &["burundian", "burundi", "gitega"]),
    ("so", &["somali", "somalia", "mogadishu"]),
    ("ss", &["south sudanese", "south sudan", "juba"]),
    ("gh", &["ghanaian", "ghana", "accra"]),
    ("sn", &["senegalese", "senegal", "dakar"]),
    ("cm", &["cameroonian", "cameroon", "yaounde", "yaoundé"]),
    ("cd", &["congolese", "congo", "kinshasa"]),
    ("zw", &["zimbabwean", "zimbabwe", "harare"]),
    ("zm", &["zambian", "zambia", "lusaka"]),
    ("mw", &["malawian", "malawi", "lilongwe"]),
    ("mz", &["mozambican", "mozambique", "maputo"]),
    ("ao", &["angolan", "angola", "luanda"]),
    ("na", &["namibian", "namibia", "windhoek"]),
    ("bw", &["botswana", "gaborone"]),
    ("ma", &["moroccan", "morocco", "rabat"]),
    ("dz", &["algerian", "algeria", "algiers"]),
    ("tn", &["tunisian", "tunisia", "tunis"]),
    ("ly", &["libyan", "libya", "tripoli"]),
    ("ml", &["malian", "bamako"]),
    ("bf", &["burkinabe", "burkina faso", "ouagadougou"]),
    // Asia.
    ("bd", &["bangladeshi", "bangladesh", "dhaka"]),
    ("lk", &["sri lankan", "sri lanka", "colombo"]),
    ("np", &["nepali", "nepalese", "nepal", "kathmandu"]),
    ("mm", &["burmese", "myanmar", "naypyidaw"]),
    ("kh", &["cambodian", "cambodia", "phnom penh"]),
    ("sg", &["singaporean", "singapore"]),
    ("mn", &["mongolian", "mongolia", "ulaanbaatar"]),
    ("uz", &["uzbek", "uzbekistan", "tashkent"]),
    ("om", &["omani", "oman", "muscat"]),
    ("kw", &["kuwaiti", "kuwait"]),
    ("bh", &["bahraini", "bahrain", "manama"]),
    // Europe and the Americas.
    ("hr", &["croatian", "croatia", "zagreb"]),
    ("si", &["slovenian", "slovene", "slovenia", "ljubljana"]),
    ("ba", &["bosnian", "bosnia"]),
    ("al", &["albanian", "albania", "tirana"]),
    ("is", &["icelandic", "iceland", "reykjavik"]),
    ("cy", &["cypriot", "cyprus", "nicosia"]),
    ("ar", &["argentine", "argentinian", "argentina"]),
    ("bo", &["bolivian", "bolivia"]),
    ("ec", &["ecuadorian", "ecuadorean", "ecuador", "quito"]),
    ("uy", &["uruguayan", "uruguay", "montevideo"]),
    ("py", &["paraguayan", "paraguay", "asuncion", "asunción"]),
];

/// Demonyms that are nouns only ("the Spaniard", "the Frenchman"): a person of that nation,
/// never an adjective before another noun and never a name.
pub const DEMONYM_NOUNS: &[&str] = &[
    "spaniard",
    "frenchman",
    "frenchwoman",
    "briton",
    "englishman",
    "englishwoman",
    "scotsman",
    "scotswoman",
    "welshman",
    "welshwoman",
    "dutchman",
    "swede",
];

/// True when `lower` (lower-case) names a person of a nation: a [`DEMONYM_NOUNS`] word, or a
/// nation's adjective in -an, which English also uses as a noun ("the Norwegian", "the
/// Russian"; not "the French", "the Spanish", which are plural).
pub fn is_demonym_person(lower: &str) -> bool {
    DEMONYM_NOUNS.contains(&lower)
        || lower.ends_with("an")
            && NATIONS
                .iter()
                .any(|(_, words)| words.first() == Some(&lower))
}

/// The nation code a word or phrase ties to ("Kremlin" → "ru"), if any.
pub fn nation_of(word: &str) -> Option<&'static str> {
    with_lower(word, nation_of_lower)
}

/// [`nation_of`] for a word already lower-cased (as its UTF-8 bytes, see [`with_lower`]).
fn nation_of_lower(w: &[u8]) -> Option<&'static str> {
    let w = w
        .strip_suffix("’s".as_bytes())
        .or_else(|| w.strip_suffix(b"'s"))
        .unwrap_or(w);
    nation_table().get(w).copied()
}

/// Calls `f` with the UTF-8 bytes of `word` lower-cased (`str::to_lowercase`) when it holds an
/// upper-case letter, else of `word` as it is (so a title-case "ǅ" stays, as before), without
/// allocating for the words these lookups see: short ASCII is lower-cased on the stack (where
/// ASCII lower-casing is the same thing). Bytes rather than `&str`, so the stack copy needs no
/// UTF-8 check; the tables it is looked up in are keyed by bytes. Called for most capitalised
/// tokens.
fn with_lower<R>(word: &str, f: impl FnOnce(&[u8]) -> R) -> R {
    const STACK: usize = 32;
    if word.is_ascii() {
        if !word.bytes().any(|b| b.is_ascii_uppercase()) {
            return f(word.as_bytes());
        }
        if word.len() <= STACK {
            let mut buf = [0u8; STACK];
            let lower = buf.get_mut(..word.len()).unwrap_or_default();
            lower.copy_from_slice(word.as_bytes());
            lower.make_ascii_lowercase();
            return f(lower);
        }
    } else if !word.chars().any(char::is_uppercase) {
        return f(word.as_bytes());
    }
    f(word.to_lowercase().as_bytes())
}

/// [`NATIONS`] as a map from word (as bytes) to code, built once (the first entry naming a
/// word wins).
fn nation_table() -> &'static HashMap<&'static [u8], &'static str, FastHash> {
    static TABLE: OnceLock<HashMap<&'static [u8], &'static str, FastHash>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut m = HashMap::default();
        for &(code, words) in NATIONS {
            for &w in words {
                m.entry(w.as_bytes()).or_insert(code);
            }
        }
        m
    })
}

/// [`NOT_NAME`] as a set, built once.
fn not_name_set() -> &'static HashSet<&'static str, FastHash> {
    static SET: OnceLock<HashSet<&'static str, FastHash>> = OnceLock::new();
    SET.get_or_init(|| NOT_NAME.iter().copied().collect())
}

/// True when `word` is a month name or abbreviation that is also a first name ("Jan", "May",
/// "June", "April", "August").
pub fn is_month_word(word: &str) -> bool {
    matches!(
        word,
        "Jan" | "May" | "June" | "April" | "August" | "Augustine"
    )
}

/// True when the lower-case `word` is in [`NOT_NAME`].
pub fn is_not_name_word(lower: &str) -> bool {
    not_name_set().contains(lower)
}

/// [`ORGS`] as a map from every form (and canonical name) to the canonical name, built once
/// (the first entry naming a form wins).
fn org_table() -> &'static HashMap<&'static str, &'static str, FastHash> {
    static TABLE: OnceLock<HashMap<&'static str, &'static str, FastHash>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut m = HashMap::default();
        for &(canon, forms) in ORGS {
            m.entry(canon).or_insert(canon);
            for &f in forms {
                m.entry(f).or_insert(canon);
            }
        }
        m
    })
}

/// The canonical name of a known organisation form ("EU" → "European Union"), or `None`.
pub fn org_canonical(form: &str) -> Option<&'static str> {
    // Callers try every run of up to five capitalised words: most are longer than any form,
    // and a length test is cheaper than hashing them.
    // Most single words are not forms either, so before hashing, a table by first byte of
    // the lengths of the forms starting with it (bit `len`, for lengths below 64) rules out
    // nearly every run: a form is only looked up if some form has its first byte and length.
    // Longer forms are always looked up, so the table only ever skips a miss.
    static LENGTHS: OnceLock<[u64; 256]> = OnceLock::new();
    let lengths = LENGTHS.get_or_init(|| {
        let mut t = [0u64; 256];
        for k in org_table().keys() {
            if let (Some(&first), true) = (k.as_bytes().first(), k.len() < 64) {
                t[usize::from(first)] |= 1 << k.len();
            }
        }
        t
    });
    match form.as_bytes().first() {
        None => return None,
        Some(&first) if form.len() < 64 && lengths[usize::from(first)] >> form.len() & 1 == 0 => {
            return None;
        }
        _ => {}
    }
    org_table().get(form).copied()
}

/// Capitalised words that are never (part of) a person's name: places, calendar words,
/// nationalities, pronouns and common sentence-initial words, lower-cased.
pub const NOT_NAME: &[&str] = &[
    // Malay place and body words that open a name: "Kuala Krai", "Pasir Mas", "Sungai
    // Kelantan", "Kampung Manek Urai", "Sekolah Kebangsaan …", "Bank Simpanan Nasional".
    "kuala",
    "kota",
    "sungai",
    "pasir",
    "kampung",
    "bukit",
    "tanjung",
    "pulau",
    "jalan",
    "jambatan",
    "teluk",
    "bandar",
    "sekolah",
    "kebangsaan",
    "masjid",
    "nasional",
    "negeri",
    "jabatan",
    "lembaga",
    "majlis",
    "western",
    "eastern",
    "northern",
    "southern",
    "european",
    "american",
    "russian",
    "ukrainian",
    "african",
    "asian",
    "arab",
    "latin",
    "nordic",
    "baltic",
    "soviet",
    "allied",
    "federal",
    "national",
    "international",
    "regional",
    "local",
    // sentence adverbs, pronouns and quantifiers that open sentences
    "maybe",
    "perhaps",
    "yes",
    "indeed",
    "also",
    "asked",
    "officials",
    "analysts",
    "experts",
    "others",
    "everyone",
    "nobody",
    "someone",
    "everybody",
    "anyone",
    "nothing",
    "everything",
    "something",
    "please",
    "thanks",
    "thank",
    "well",
    "okay",
    "ok",
    "sure",
    "look",
    "listen",
    "tonight",
    "whether",
    "unless",
    "because",
    "since",
    "during",
    "once",
    "again",
    "never",
    "always",
    "sometimes",
    "often",
    "only",
    "just",
    "few",
    "my",
    "your",
    "you",
    // calendar
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
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    // places often written without a cue
    "alaska",
    "anchorage",
    "europe",
    "asia",
    "africa",
    "arctic",
    "antarctica",
    "crimea",
    "donbas",
    "donetsk",
    "luhansk",
    "kherson",
    "zaporizhzhia",
    "rostov",
    "bryansk",
    "helsinki",
    "geneva",
    "vienna",
    "west",
    "east",
    "north",
    "south",
    "middle",
    "pacific",
    "atlantic",
    // pronouns, determiners and frequent sentence openers
    "he",
    "she",
    "they",
    "we",
    "i",
    "it",
    "his",
    "her",
    "their",
    "our",
    "its",
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "there",
    "here",
    "and",
    "but",
    "or",
    "yet",
    "so",
    "if",
    "as",
    "at",
    "in",
    "on",
    "for",
    "of",
    "to",
    "by",
    "with",
    "from",
    "after",
    "before",
    "while",
    "when",
    "where",
    "although",
    "though",
    "despite",
    "following",
    "still",
    "instead",
    "however",
    "meanwhile",
    "both",
    "neither",
    "either",
    "no",
    "not",
    "even",
    "until",
    "whereas",
    "moreover",
    "nevertheless",
    "amid",
    "earlier",
    "later",
    "today",
    "yesterday",
    "tomorrow",
    "now",
    "then",
    "what",
    "who",
    "why",
    "how",
    // Feature headlines: "Inside DeWayne Pettaway's final 72 hours", "Meet Ana Ruiz".
    "inside",
    "meet",
    "which",
    "all",
    "some",
    "many",
    "most",
    "several",
    "every",
    "each",
    "one",
    "two",
    "three",
    "such",
    "ahead",
    "standing",
    "critics",
    "allies",
    "leaders",
    "sources",
    "analysis",
    "advertisement",
    "summit",
    "key",
    "next",
    "past",
    "current",
    "main",
    "global",
    "reaction",
    "reactions",
    "result",
    "steps",
    "war",
    "cold",
    "world",
    "peace",
    "deal",
    "talks",
    "news",
    "story",
    "photo",
    "video",
    "read",
    "more",
    "watch",
    "share",
    "update",
    "updated",
    "opposition",
    "special",
    "former",
    "veteran",
    "senior",
    "top",
    "joint",
    "base",
    "force",
    "air",
    // A court's bench of judges: `the Bench said`.
    "bench",
    // Plural titles before a list of names: "Ministers Ana Lima, Paulo Reis and …".
    "ministers",
    "justices",
    "judges",
    "senators",
    "governors",
    "mayors",
    "councillors",
    "lawmakers",
    "commissioners",
];

/// True when a capitalised token can never be part of a person's name.
pub fn not_name(word: &str) -> bool {
    with_lower(word, |w| not_name_or_nation_set().contains(w))
}

/// `is_not_name_word(w) || nation_of_lower(w).is_some()` as one set, so [`not_name`] hashes
/// its word once: [`NOT_NAME`], and every word `nation_of_lower` accepts. Those are a nation
/// word, or one with "’s" or "'s" added (which `nation_of_lower` strips before looking up),
/// so each of these candidates is kept if `nation_of_lower` accepts it. (A nation word such as
/// "ukraine’s" itself is kept only if "ukraine" is one too, as `nation_of_lower` decides.)
fn not_name_or_nation_set() -> &'static HashSet<Vec<u8>, FastHash> {
    static SET: OnceLock<HashSet<Vec<u8>, FastHash>> = OnceLock::new();
    SET.get_or_init(|| {
        let mut set: HashSet<Vec<u8>, FastHash> =
            NOT_NAME.iter().map(|w| w.as_bytes().to_vec()).collect();
        for &(_, words) in NATIONS {
            for &w in words {
                for form in [w.to_string(), format!("{w}’s"), format!("{w}'s")] {
                    if nation_of_lower(form.as_bytes()).is_some() {
                        set.insert(form.into_bytes());
                    }
                }
            }
        }
        set
    })
}

/// Known organisations: (canonical name, other forms). Acronym ↔ long form merging for bodies
/// not listed here is done by initials in [`crate::entities`].
pub const ORGS: &[(&str, &[&str])] = &[
    ("NATO", &["North Atlantic Treaty Organization", "Nato"]),
    // Acronyms British and European copy writes as words.
    ("UEFA", &["Uefa"]),
    ("FIFA", &["Fifa"]),
    ("OPEC", &["Opec"]),
    ("UNESCO", &["Unesco"]),
    ("UNICEF", &["Unicef"]),
    ("Ofcom", &[]),
    // Humanitarian bodies and seats of office that "say" things: `the Kenya Red Cross said`,
    // `Raj Bhavan said in a statement` (a governor's office in India).
    (
        "Red Cross",
        &["Kenya Red Cross", "British Red Cross", "American Red Cross"],
    ),
    ("Red Crescent", &[]),
    ("Raj Bhavan", &[]),
    ("Rashtrapati Bhavan", &[]),
    ("Ofgem", &[]),
    ("Ofwat", &[]),
    ("Ofsted", &[]),
    ("Acas", &[]),
    ("Frontex", &[]),
    ("Europol", &[]),
    ("Interpol", &[]),
    ("European Union", &["EU"]),
    ("United Nations", &["UN", "U.N."]),
    ("International Criminal Court", &["ICC"]),
    ("Kremlin", &[]),
    ("White House", &[]),
    ("Pentagon", &[]),
    ("State Department", &["U.S. State Department"]),
    ("Congress", &[]),
    ("Senate", &[]),
    ("European Commission", &[]),
    (
        "Security Council",
        &["UN Security Council", "U.N. Security Council"],
    ),
    ("Fox News", &[]),
    ("CNN", &[]),
    ("BBC", &[]),
    ("NBC", &["NBC News"]),
    ("CBS", &["CBS News"]),
    ("ABC", &["ABC News"]),
    ("Reuters", &[]),
    ("Associated Press", &["AP", "AP News"]),
    ("Agence France-Presse", &["AFP"]),
    ("Al Jazeera", &[]),
    ("The Guardian", &["Guardian"]),
    ("The Times", &[]),
    ("The New York Times", &["New York Times", "NYT"]),
    ("The Washington Post", &["Washington Post"]),
    ("Bloomberg", &[]),
    ("Vox", &[]),
    ("Politico", &[]),
    ("Tass", &["TASS"]),
    ("RIA Novosti", &[]),
    ("Telegram", &[]),
    ("U.S. Air Force", &["Air Force"]),
    ("Federal Reserve", &["Fed"]),
    ("World Health Organization", &["WHO"]),
    ("International Monetary Fund", &["IMF"]),
    ("G7", &[]),
    ("G20", &[]),
];

/// Last words that make a capitalised sequence an organisation.
pub const ORG_SUFFIXES: &[&str] = &[
    "Television",
    "Workspace",
    "Court",
    "Council",
    "Ministry",
    "Department",
    "Agency",
    "Union",
    "Organization",
    "Organisation",
    "Party",
    "Commission",
    "Bank",
    "Fund",
    "Committee",
    "Parliament",
    "Institute",
    "University",
    "Corporation",
    "Inc.",
    "Ltd",
    "Group",
    "Forces",
    "Army",
    "Navy",
    "Office",
    "Service",
    "Times",
    "Post",
    "Journal",
    "Foundation",
    "Association",
    "Town",
    "Rovers",
    "Wanderers",
    "Athletic",
    "United",
    "FC",
    "Alliance",
    "Assembly",
    "Authority",
    "Bureau",
    "Network",
    "Company",
    "Corp",
    "Corp.",
    "Inc",
    "Ltd.",
    "LLC",
    "Plc",
    "PLC",
    "GmbH",
    "Holdings",
    // Company names: `Northfell Water`, `Meridian Energy`, `Keystone Group`.
    "Water",
    "Energy",
    "Energia",
    "Energie",
    "Energi",
    "Airways",
    "Airlines",
    "Motors",
    "Industries",
    "Technologies",
    "Pharmaceuticals",
    "Insurance",
    "Railways",
    "Federation",
    "Secretariat",
    "Coalition",
    "Initiative",
    "Initiatives",
    "Trust",
    "Board",
    "Society",
    "Centre",
    "Center",
    "League",
    "Cup",
    "Championship",
    "Championships",
    "Trophy",
    "Olympics",
    // Company forms: `Terra Verde Agropecuária SA`, `Siemens AG`.
    "SA",
    "S.A.",
    "AG",
    "NV",
    "N.V.",
    "SpA",
    "ASA",
    "Oyj",
    "BV",
    "Pty",
    // Football clubs: `Kingsmere City`, `Derby County`, `Brighton & Hove Albion`.
    "City",
    "County",
    "Albion",
    "Rangers",
    "Hotspur",
    // Operators, miners and software makers: `Frankfurt Airport`, `Vaalrand Gold`,
    // `Orvane Systems`, `Anglo American Platinum`.
    "Airport",
    "Airports",
    "Systems",
    "Gold",
    "Platinum",
    "Mining",
    "Mines",
    "Minerals",
    "Resources",
    "Capital",
    "Partners",
    "Media",
    "Software",
    "Solutions",
    "Services",
    "Logistics",
    "Aerospace",
    "Telecom",
    "Securities",
    "Hospital",
    "Police",
    // Public bodies: `Swedish Maritime Administration`, `Vestland County Municipality`,
    // `National Highways`.
    "Administration",
    "Municipality",
    "Highways",
    "Directorate",
    "Inspectorate",
];

/// Head nouns that open the names of bodies in Portuguese, Spanish, Italian and French copy
/// (`Observatório da Floresta Pública`, `Instituto Nacional`, `Banco Central`): a run that
/// opens with one is a body, not a person.
pub const ROMANCE_ORG_HEADS: &[&str] = &[
    "Observatório",
    "Observatorio",
    "Instituto",
    "Institut",
    "Istituto",
    "Fundação",
    "Fundación",
    "Fondazione",
    "Associação",
    "Asociación",
    "Associazione",
    "Ministério",
    "Ministerio",
    "Ministero",
    "Ministère",
    "Banco",
    "Banque",
    "Tribunal",
    "Tribunale",
    "Universidade",
    "Universidad",
    "Università",
    "Université",
    "Conselho",
    "Consejo",
    "Conseil",
    "Comissão",
    "Comisión",
    "Commissione",
    "Secretaria",
    "Secretaría",
    "Agência",
    "Agencia",
    "Agenzia",
    "Companhia",
    "Compañía",
    "Partido",
    "Frente",
    "Confederação",
    "Confederación",
    "Federação",
    "Sindicato",
    "Prefeitura",
    "Polícia",
    "Policía",
    "Polizia",
];

/// Nouns for bodies that introduce one by name (`the farm lobby Copa-Cogeca`, `the campaign
/// group Save Ullswater`): the name after them is an organisation, not a person.
pub const BODY_NOUNS: &[&str] = &[
    "lobby",
    "group",
    "union",
    "firm",
    "company",
    "charity",
    "nonprofit",
    "non-profit",
    "agency",
    "party",
    "association",
    "organisation",
    "organization",
    "regulator",
    "watchdog",
    "insurer",
    "airline",
    "retailer",
    "startup",
    "broadcaster",
    "publisher",
    "club",
    "band",
    "coalition",
    "alliance",
    "movement",
    "network",
    "think tank",
    "tank",
    "federation",
];

/// Portfolios that end a minister's title (`Minister of Environment, Water and Agriculture`):
/// after "and", such a word belongs to the title, not to the name that follows.
pub const PORTFOLIOS: &[&str] = &[
    "Agriculture",
    "Defence",
    "Defense",
    "Development",
    "Education",
    "Energy",
    "Environment",
    "Finance",
    "Fisheries",
    "Health",
    "Housing",
    "Industry",
    "Infrastructure",
    "Interior",
    "Justice",
    "Labour",
    "Labor",
    "Planning",
    "Security",
    "Tourism",
    "Trade",
    "Transport",
    "Water",
    "Welfare",
    "Affairs",
    "Resources",
    "Mines",
    "Minerals",
    "Communications",
];

/// Acronyms that are not organisations (countries, ordinals, units, formats).
pub const NOT_ORG_ACRONYMS: &[&str] = &[
    "US", "U.S.", "UK", "U.K.", "II", "III", "IV", "TV", "AM", "PM", "GMT", "UTC", "OK", "USA",
    "CEO", "MP", "DC", "AI", "ID", "PDF", "FAQ", "UAE", "GDP", "EST", "EDT", "CST", "CDT", "MST",
    "MDT", "PST", "PDT", "BST", "CET", "CEST", "EET", "IST", "JST", "AEST", "AEDT", "KC", "QC",
    "SC", "OBE", "MBE", "CBE", "KBE", "DBE", "CS", "MPs", "MLA", "MLAs", "MLC", "CM", "CJ",
];

/// Common given names across the languages news copy draws on. A capitalised word from this list
/// before a capitalised surname is enough to make a person ("Rebecca Moore visited …"), with no
/// title or speech verb beside it. Names that are as often places, months or common words
/// ("Georgia", "Jordan", "May", "Will", "Grace", "Christian") are left out.
pub const GIVEN_NAMES: &[&str] = &[
    "Aaron",
    "Abdul",
    "Abdullah",
    "Adam",
    "Adrian",
    "Ahmed",
    "Aisha",
    "Alan",
    "Albert",
    "Alejandro",
    "Aleksandr",
    "Alex",
    "Alexander",
    "Alexandra",
    "Alexei",
    "Ali",
    "Alice",
    "Alicia",
    "Alison",
    "Amanda",
    "Amy",
    "Ana",
    "Anastasia",
    "Andrea",
    "Andreas",
    "Andrew",
    "Andrei",
    "Andrzej",
    "Angela",
    "Anna",
    "Anne",
    "Anthony",
    "Antonio",
    "Ashley",
    "Barbara",
    "Ben",
    "Benjamin",
    "Bernard",
    "Beth",
    "Bob",
    "Boris",
    "Brian",
    "Bruce",
    "Bruno",
    "Carl",
    "Carla",
    "Carlos",
    "Carmen",
    "Caroline",
    "Catherine",
    "Charles",
    "Charlotte",
    "Chen",
    "Chris",
    "Christina",
    "Christine",
    "Christopher",
    "Claire",
    "Claudia",
    "Craig",
    "Daniel",
    "Daniela",
    "Dan",
    "Daria",
    "Dave",
    "David",
    "Deborah",
    "Denis",
    "Dennis",
    "Diana",
    "Diego",
    "Dmitry",
    "Donald",
    "Dorothy",
    "Douglas",
    "Ed",
    "Edward",
    "Elena",
    "Elizabeth",
    "Ellen",
    "Emily",
    "Emma",
    "Emmanuel",
    "Eric",
    "Erik",
    "Fatima",
    "Felipe",
    "Fernando",
    "Fiona",
    "Francesca",
    "Francisco",
    "François",
    "Friedrich",
    "Gabriel",
    "Gareth",
    "Gary",
    "George",
    "Gerald",
    "Giorgia",
    "Giovanni",
    "Greg",
    "Gregory",
    "Hannah",
    "Hans",
    "Harold",
    "Hassan",
    "Heather",
    "Helen",
    "Henry",
    "Hiroshi",
    "Hussein",
    "Ian",
    "Igor",
    "Isabel",
    "Ivan",
    "Jack",
    "Jacob",
    "James",
    "Jan",
    "Jane",
    "Janet",
    "Jason",
    "Javier",
    "Jean",
    "Jeff",
    "Jeffrey",
    "Jennifer",
    "Jessica",
    "Jill",
    "Jim",
    "Joan",
    "Joe",
    "Johann",
    "John",
    "Jonathan",
    "Jorge",
    "José",
    "Jose",
    "Joseph",
    "Juan",
    "Julia",
    "Julie",
    "Karen",
    "Karl",
    "Kate",
    "Katherine",
    "Kathleen",
    "Keith",
    "Kelly",
    "Kenneth",
    "Kevin",
    "Kim",
    "Klaus",
    "Laura",
    "Lauren",
    "Leonid",
    "Li",
    "Linda",
    "Lisa",
    "Liu",
    "Lucas",
    "Luis",
    "Luke",
    "Manuel",
    "Marco",
    "Margaret",
    "María",
    "Maria",
    "Marie",
    "Marina",
    "Mario",
    "Martha",
    "Martin",
    "Mary",
    "Matthew",
    "Maxim",
    "Megan",
    "Melissa",
    "Michael",
    "Michel",
    "Michelle",
    "Miguel",
    "Mike",
    "Mikhail",
    "Mohammed",
    "Muhammad",
    "Nancy",
    "Natalia",
    "Nathan",
    "Nicholas",
    "Nicola",
    "Nicole",
    "Nikolai",
    "Nina",
    "Oleg",
    "Olga",
    "Oliver",
    "Olivia",
    "Omar",
    "Oscar",
    "Pablo",
    "Patricia",
    "Patrick",
    "Paul",
    "Paula",
    "Pedro",
    "Peter",
    "Philip",
    "Pierre",
    "Priya",
    "Rachel",
    "Rahul",
    "Ravi",
    "Raymond",
    "Rebecca",
    "Richard",
    "Robert",
    "Roberto",
    "Ronald",
    "Rosa",
    "Ruth",
    "Ryan",
    "Sam",
    "Samantha",
    "Samuel",
    "Sandra",
    "Sara",
    "Sarah",
    "Scott",
    "Sean",
    "Sergei",
    "Sergey",
    "Sharon",
    "Simon",
    "Sofia",
    "Sophie",
    "Stefan",
    "Stephanie",
    "Stephen",
    "Steve",
    "Steven",
    "Susan",
    "Tatiana",
    "Thomas",
    "Timothy",
    "Tom",
    "Tony",
    "Valentina",
    "Victor",
    "Viktor",
    "Vladimir",
    "Walter",
    "Wang",
    "Wei",
    "William",
    "Yana",
    "Yuri",
    "Yusuf",
    "Zhang",
    "Abigail",
    "Adele",
    "Agnes",
    "Aidan",
    "Aimee",
    "Alfie",
    "Amelia",
    "Andy",
    "Angus",
    "Annie",
    "Archie",
    "Arthur",
    "Ava",
    "Barry",
    "Beatrice",
    "Bella",
    "Bethany",
    "Billy",
    "Brandon",
    "Brenda",
    "Bridget",
    "Caitlin",
    "Callum",
    "Cameron",
    "Carol",
    "Carolyn",
    "Cathy",
    "Charlie",
    "Chloe",
    "Christian",
    "Cindy",
    "Colin",
    "Connor",
    "Conor",
    "Damian",
    "Darren",
    "Dean",
    "Debbie",
    "Derek",
    "Dominic",
    "Donna",
    "Dylan",
    "Eleanor",
    "Eliza",
    "Ella",
    "Ellie",
    "Eloise",
    "Emilia",
    "Erin",
    "Ethan",
    "Evan",
    "Evelyn",
    "Finn",
    "Freddie",
    "Gemma",
    "Gillian",
    "Gordon",
    "Graham",
    "Hailey",
    "Harriet",
    "Harry",
    "Harvey",
    "Hayley",
    "Heidi",
    "Imogen",
    "Isaac",
    "Isla",
    "Jackie",
    "Jade",
    "Jamie",
    "Janice",
    "Jasmine",
    "Jenny",
    "Jeremy",
    "Jesse",
    "Joanna",
    "Joel",
    "Josh",
    "Joshua",
    "Judith",
    "Judy",
    "Justin",
    "Kai",
    "Kaitlyn",
    "Katie",
    "Kayla",
    "Keira",
    "Kerry",
    "Kieran",
    "Kirsty",
    "Kyle",
    "Lara",
    "Leah",
    "Leo",
    "Leon",
    "Liam",
    "Lily",
    "Lindsay",
    "Lola",
    "Lorna",
    "Louis",
    "Louise",
    "Lucy",
    "Lydia",
    "Maddie",
    "Madison",
    "Maisie",
    "Malcolm",
    "Maya",
    "Mia",
    "Millie",
    "Molly",
    "Naomi",
    "Natasha",
    "Neil",
    "Niall",
    "Noah",
    "Norman",
    "Owen",
    "Pamela",
    "Penny",
    "Phoebe",
    "Rebekah",
    "Rhys",
    "Rita",
    "Rory",
    "Ross",
    "Rosie",
    "Russell",
    "Sadie",
    "Sally",
    "Scarlett",
    "Shane",
    "Sheila",
    "Sienna",
    "Sophia",
    "Stacey",
    "Stuart",
    "Tara",
    "Teresa",
    "Theo",
    "Toby",
    "Tracy",
    "Trevor",
    "Tyler",
    "Vanessa",
    "Vera",
    "Vicky",
    "Wayne",
    "Wendy",
    "Yasmin",
    "Zach",
    "Zoe",
    "Zara",
];

/// True when `word` is one of [`GIVEN_NAMES`] (as written, capitalised).
pub fn is_given_name(word: &str) -> bool {
    static SET: OnceLock<HashSet<&'static str, FastHash>> = OnceLock::new();
    SET.get_or_init(|| GIVEN_NAMES.iter().copied().collect())
        .contains(word)
}

/// Public figures of current news written by surname alone in many stories ("Trump said"):
/// (surname, given names). A person the text names only by surname takes the full name, as a
/// reader would; the surname as written keeps its spelling ("Zelenskiy" → "Volodymyr
/// Zelenskiy"). Only distinctive surnames: a common one ("Johnson") could be anybody. The third
/// field is the nation code of [`NATIONS`] (empty for international posts), so "the Ukrainian
/// president" finds Zelensky in a story that never calls him Ukrainian.
pub const PUBLIC_FIGURES: &[(&str, &str, &str)] = &[
    ("Trump", "Donald", "us"),
    ("Putin", "Vladimir", "ru"),
    ("Zelensky", "Volodymyr", "ua"),
    ("Zelenska", "Olena", "ua"),
    ("Biden", "Joe", "us"),
    ("Obama", "Barack", "us"),
    ("Vance", "JD", "us"),
    ("Rubio", "Marco", "us"),
    ("Witkoff", "Steve", "us"),
    ("Hegseth", "Pete", "us"),
    ("Leavitt", "Karoline", "us"),
    ("Bessent", "Scott", "us"),
    ("Lutnick", "Howard", "us"),
    ("Kellogg", "Keith", "us"),
    ("Lavrov", "Sergei", "ru"),
    ("Peskov", "Dmitry", "ru"),
    ("Ushakov", "Yuri", "ru"),
    ("Medvedev", "Dmitry", "ru"),
    ("Zakharova", "Maria", "ru"),
    ("Dmitriev", "Kirill", "ru"),
    ("Shoigu", "Sergei", "ru"),
    ("Gerasimov", "Valery", "ru"),
    ("Sybiha", "Andrii", "ua"),
    ("Yermak", "Andriy", "ua"),
    ("Starmer", "Keir", "gb"),
    ("Lammy", "David", "gb"),
    ("Sunak", "Rishi", "gb"),
    ("Macron", "Emmanuel", "fr"),
    ("Merz", "Friedrich", "de"),
    ("Scholz", "Olaf", "de"),
    ("Meloni", "Giorgia", "it"),
    ("Tusk", "Donald", "pl"),
    ("Orban", "Viktor", "hu"),
    ("Orbán", "Viktor", "hu"),
    ("Rutte", "Mark", ""),
    ("Stoltenberg", "Jens", ""),
    ("Kallas", "Kaja", "eu"),
    ("Guterres", "António", ""),
    ("Netanyahu", "Benjamin", "il"),
    ("Erdogan", "Recep Tayyip", "tr"),
    ("Erdoğan", "Recep Tayyip", "tr"),
    ("Modi", "Narendra", "in"),
    ("Khamenei", "Ali", "ir"),
    ("Pezeshkian", "Masoud", "ir"),
    ("Albanese", "Anthony", "au"),
    ("Trudeau", "Justin", "ca"),
    ("Lukashenko", "Alexander", "by"),
    ("Stubb", "Alexander", "fi"),
];

/// `list` as a hashed set, built once in `cell`: `set.contains(w)` is `list.contains(&w)`
/// without comparing against every entry.
fn word_set(
    cell: &'static OnceLock<HashSet<&'static str, FastHash>>,
    list: &'static [&'static str],
) -> &'static HashSet<&'static str, FastHash> {
    cell.get_or_init(|| list.iter().copied().collect())
}

/// `ROLE_NOUNS.contains(&word)`, by a hashed set.
pub fn is_role_noun(word: &str) -> bool {
    static SET: OnceLock<HashSet<&'static str, FastHash>> = OnceLock::new();
    word_set(&SET, ROLE_NOUNS).contains(word)
}

/// `ORG_SUFFIXES.contains(&word)`, by a hashed set.
pub fn is_org_suffix(word: &str) -> bool {
    static SET: OnceLock<HashSet<&'static str, FastHash>> = OnceLock::new();
    word_set(&SET, ORG_SUFFIXES).contains(word)
}

/// `BODY_NOUNS.contains(&word)`, by a hashed set.
pub fn is_body_noun(word: &str) -> bool {
    static SET: OnceLock<HashSet<&'static str, FastHash>> = OnceLock::new();
    word_set(&SET, BODY_NOUNS).contains(word)
}

/// `TITLES.contains(&word)`, by a hashed set.
pub fn is_title(word: &str) -> bool {
    static SET: OnceLock<HashSet<&'static str, FastHash>> = OnceLock::new();
    word_set(&SET, TITLES).contains(word)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The one-set [`not_name`] against the two lookups it replaced.
    fn not_name_reference(word: &str) -> bool {
        with_lower(word, |w| {
            std::str::from_utf8(w).is_ok_and(is_not_name_word) || nation_of_lower(w).is_some()
        })
    }

    #[test]
    fn not_name_set_is_both_lookups() {
        let mut words: Vec<String> = NOT_NAME.iter().map(|w| w.to_string()).collect();
        for &(_, nation) in NATIONS {
            for &w in nation {
                words.push(w.to_string());
            }
        }
        for w in words.clone() {
            for form in [
                w.clone(),
                format!("{w}’s"),
                format!("{w}'s"),
                format!("{w}’s’s"),
                format!("{w}s"),
                format!("{w}’"),
                w.to_uppercase(),
                format!("{}’s", w.to_uppercase()),
                w.chars().skip(1).collect(),
            ] {
                assert_eq!(not_name(&form), not_name_reference(&form), "{form:?}");
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]
        #[test]
        fn random_not_name_is_both_lookups(
            parts in proptest::collection::vec(prop_oneof![
                Just("Russia"), Just("russian"), Just("Kremlin"), Just("Ukraine"), Just("the"), Just(" "),
                Just("Hague"), Just("’s"), Just("'s"), Just("s"), Just("May"), Just("Putin"),
                Just("É"), Just("K"), Just("\u{212A}"), Just("European"), Just("Monday"),
            ], 0..5)
        ) {
            let word = parts.concat();
            prop_assert_eq!(not_name(&word), not_name_reference(&word), "{:?}", word);
        }
    }

    #[test]
    fn org_canonical_finds_every_form() {
        for (form, canon) in org_table() {
            assert_eq!(org_canonical(form), Some(*canon), "{form}");
        }
        assert_eq!(org_canonical(""), None);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]
        /// The length table only skips forms the hash lookup would miss.
        #[test]
        fn org_canonical_is_the_table_lookup(
            words in proptest::collection::vec(prop_oneof![
                Just("UN"), Just("U.N."), Just("EU"), Just("Security"), Just("Council"),
                Just("News"), Just("Fox"), Just("The"), Just("New"), Just("York"), Just("Times"),
                Just("Fed"), Just("G7"), Just("Putin"), Just("Ñ"), Just("North"), Just("Atlantic"),
                Just("Treaty"), Just("Organization"), Just("X"),
            ], 0..12)
        ) {
            let form = words.join(" ");
            prop_assert_eq!(org_canonical(&form), org_table().get(form.as_str()).copied());
        }
    }

    #[test]
    fn speech_verbs_in_every_tense() {
        let table = [
            ("said", Some("say")),
            ("Saying", Some("say")),
            ("told", Some("tell")),
            ("added", Some("add")),
            ("argues", Some("argue")),
            ("arguing", Some("argue")),
            ("replied", Some("reply")),
            ("replies", Some("reply")),
            ("stressing", Some("stress")),
            ("stresses", Some("stress")),
            ("quipped", Some("quip")),
            ("wrote", Some("write")),
            ("declared", Some("declare")),
            ("conceded", Some("concede")),
            ("table", None),
            ("Putin", None),
            ("sad", None),
        ];
        for (w, want) in table {
            assert_eq!(speech_verb_lemma(w), want, "{w}");
        }
    }

    #[test]
    fn cues_skip_noun_like_forms() {
        let table = [
            ("stated", true),
            ("state", false),
            ("State", false),
            ("claims", false),
            ("claimed", true),
            ("says", true),
            ("Said", false),
            ("noting", true),
        ];
        for (w, want) in table {
            assert_eq!(is_speech_cue(w), want, "{w}");
        }
    }

    #[test]
    fn nations_from_adjectives_and_seats() {
        let table = [
            ("Russian", Some("ru")),
            ("Kremlin", Some("ru")),
            ("U.S.", Some("us")),
            ("Ukraine’s", Some("ua")),
            ("Czech", Some("cz")),
            ("Putin", None),
        ];
        for (w, want) in table {
            assert_eq!(nation_of(w), want, "{w}");
        }
    }

    /// `with_lower` keeps the rule of the lower-casing it replaced: a word without an
    /// upper-case letter is used as it is (a title-case "ǅ" stays).
    #[test]
    fn with_lower_is_to_lowercase() {
        let reference = |w: &str| {
            if w.chars().any(char::is_uppercase) {
                w.to_lowercase()
            } else {
                w.to_string()
            }
        };
        for w in [
            "",
            "putin",
            "Putin",
            "KREMLIN",
            "Zelenskyy’s",
            "ǅemal",
            "İstanbul",
            "\u{212A}elvin",
            "ÉLYSÉE",
            "AVeryLongCapitalisedWordThatIsLongerThanTheStackBuffer",
        ] {
            assert_eq!(
                with_lower(w, <[u8]>::to_vec),
                reference(w).into_bytes(),
                "{w}"
            );
        }
    }
}
