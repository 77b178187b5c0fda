//! Numbers as news text writes them, shared by [`crate::dates`] and [`crate::figures`].
//!
//! Recognised forms:
//! - numerals: `29`, `2,022`, `1.5`, `3 1/2`, `3½`, `1/2`;
//! - number words: `one` … `ninety-nine`, with `hundred`, `thousand`, `million`, `billion`,
//!   `trillion`, `dozen`: "two hundred", "a million", "twenty-five", "half a million";
//! - halves: "two-and-a-half", "two and a half";
//! - scale suffixes after numerals: "1.5 billion", "20bn", "1.8mn", "3m", "5k", and the South
//!   Asian "45 lakh" (10⁵) and "1,200 crore" (10⁷).
//!
//! [`NUMBER`] is a regex fragment for the same forms so bigger patterns can embed it;
//! [`parse`] turns a matched piece of text into its value.

/// Regex fragment (no capture groups, case-insensitive via inline flag) matching a written number.
///
/// Word numbers: a run of number words joined by spaces or hyphens, where "a"/"an"/"half" may
/// only lead into a scale word ("a million", "half a million") so that the article "a" alone is
/// never a number. Numerals take an optional `1/2` or `½` and an optional scale word.
pub const NUMBER: &str = r"(?i:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s\d/\d(?-u:\b)|½)?(?:[\s-]?(?:hundred|thousand|million|billion|trillion|lakhs?|crores?|mln|bln)(?-u:\b)|(?:bn|mn|tn)(?-u:\b))?|(?-u:\b)(?:(?:half\s)?an?\s(?:hundred|thousand|million|billion|trillion|dozen)(?-u:\b)|(?:WORD)(?:[\s-](?:WORD|hundred|thousand|million|billion|trillion|dozen|and[\s-](?:WORD)))*(?:[\s-]and[\s-]an?[\s-]half)?(?-u:\b))|\d/\d(?-u:\b))";

/// Number words that can start or continue a word number.
pub const WORDS: &str = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";

/// The [`NUMBER`] fragment with the word list filled in.
pub fn pattern() -> String {
    NUMBER.replace("WORD", WORDS)
}

fn small(word: &str) -> Option<f64> {
    let v = match word {
        "zero" => 0,
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        _ => return None,
    };
    Some(f64::from(v))
}

/// The multiplier of a scale word or abbreviation ("million", "bn", "m", "k").
pub fn scale(word: &str) -> Option<f64> {
    Some(match word.to_lowercase().as_str() {
        "dozen" => 12.0,
        "hundred" => 100.0,
        "thousand" | "k" => 1e3,
        "million" | "m" | "mn" | "mln" | "mil" => 1e6,
        "billion" | "bn" | "b" | "bil" | "bln" => 1e9,
        "trillion" | "tn" | "trn" | "tr" | "tril" => 1e12,
        // South Asian scales: a lakh is 10⁵, a crore 10⁷ ("Rs 1,200 crore", "₹45 lakh").
        "lakh" | "lakhs" => 1e5,
        "crore" | "crores" => 1e7,
        _ => return None,
    })
}

/// Parses a written number ("2,022", "1.5 billion", "3 1/2", "two-and-a-half", "a million",
/// "twenty-five", "half a million"). `None` when the text is not a number.
pub fn parse(text: &str) -> Option<f64> {
    let t = text.trim();
    if t.is_empty() {
        return None;
    }
    if t.starts_with(|c: char| c.is_ascii_digit()) {
        return parse_numeral(t);
    }
    parse_words(t)
}

fn parse_numeral(t: &str) -> Option<f64> {
    // Leading digits, commas and a decimal point.
    let end = t
        .find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
        .unwrap_or(t.len());
    let head = t.get(..end)?.trim_end_matches(['.', ',']);
    let rest = t.get(end..).unwrap_or("").trim();
    let mut value = if let Some((n, d)) = head.split_once('/') {
        fraction(n, d)?
    } else if let Some((n, d)) = rest.strip_prefix('/').map(|r| (head, r)) {
        // "1/2" arrives as head "1", rest "/2".
        return fraction(n, d.trim());
    } else {
        head.replace(',', "").parse::<f64>().ok()?
    };
    let mut rest = rest;
    if let Some(r) = rest.strip_prefix('½') {
        value += 0.5;
        rest = r.trim();
    } else if let Some((frac, after)) = split_fraction(rest) {
        value += frac;
        rest = after.trim();
    }
    if !rest.is_empty() {
        // "$118-million": the Canadian hyphen before the scale.
        let by = scale(rest.strip_prefix('-').unwrap_or(rest))?;
        value = match decimal_digits(head) {
            // "4.1 million" as 41 × 10⁶ / 10, which is exact, not 4.1 × 10⁶ (4099999.9999999995).
            Some((digits, places)) if value.fract() != 0.0 => {
                digits as f64 * by / 10f64.powi(i32::from(places))
            }
            _ => value * by,
        };
    }
    Some(value)
}

/// "4.1" → (41, 1): the digits of a decimal numeral as an integer, and how many follow the
/// point. `None` without a point or when the digits do not fit.
fn decimal_digits(head: &str) -> Option<(u64, u8)> {
    let (int, frac) = head.split_once('.')?;
    let places = frac.bytes().filter(|&b| b != b',').count();
    let places = u8::try_from(places).ok().filter(|&p| p <= 9)?;
    let digits = int
        .bytes()
        .chain(frac.bytes())
        .filter(|&b| b != b',')
        .try_fold(0u64, |acc, b| {
            b.is_ascii_digit().then_some(())?;
            acc.checked_mul(10)?.checked_add(u64::from(b - b'0'))
        })?;
    Some((digits, places))
}

/// "1/2 billion" → (0.5, " billion").
fn split_fraction(s: &str) -> Option<(f64, &str)> {
    let (n, after) = s.split_once('/')?;
    let d_end = after
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(after.len());
    let d = after.get(..d_end)?;
    Some((fraction(n.trim(), d)?, after.get(d_end..).unwrap_or("")))
}

fn fraction(n: &str, d: &str) -> Option<f64> {
    let n: f64 = n.parse().ok()?;
    let d: f64 = d.parse().ok()?;
    (d != 0.0).then_some(n / d)
}

fn parse_words(t: &str) -> Option<f64> {
    let lower = t.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
        .collect();
    let mut total = 0.0;
    let mut current = 0.0;
    let mut seen = false;
    let mut i = 0;
    while let Some(&w) = words.get(i) {
        i += 1;
        if let Some(v) = small(w) {
            current += v;
            seen = true;
            continue;
        }
        match w {
            "and" => {
                // "two and a half": the half is added to what came before.
                if words.get(i..i + 2) == Some(&["a", "half"])
                    || words.get(i..i + 2) == Some(&["an", "half"])
                {
                    current += 0.5;
                    i += 2;
                }
            }
            "a" | "an" => {
                // Only "a hundred", "a million", "a dozen": a lone article is no number.
                let scaled = words.get(i).is_some_and(|n| {
                    matches!(
                        *n,
                        "hundred" | "dozen" | "thousand" | "million" | "billion" | "trillion"
                    )
                });
                if current == 0.0 && scaled {
                    current = 1.0;
                }
            }
            "half" => {
                current = if current == 0.0 { 0.5 } else { current * 0.5 };
                seen = true;
                // "half a million": the article belongs to the half.
                if matches!(words.get(i), Some(&"a") | Some(&"an")) {
                    i += 1;
                }
            }
            "hundred" | "dozen" => {
                let s = scale(w)?;
                current = if current == 0.0 { s } else { current * s };
                seen = true;
            }
            "thousand" | "million" | "billion" | "trillion" => {
                let s = scale(w)?;
                total += if current == 0.0 { s } else { current * s };
                current = 0.0;
                seen = true;
            }
            _ => return None,
        }
    }
    seen.then_some(total + current)
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex::Regex;

    #[test]
    fn parses_written_numbers() {
        let cases: &[(&str, f64)] = &[
            ("29", 29.0),
            ("2,022", 2022.0),
            ("1.5", 1.5),
            ("1.5 billion", 1.5e9),
            ("20bn", 2e10),
            ("3m", 3e6),
            ("3 1/2", 3.5),
            ("3½", 3.5),
            ("1/2", 0.5),
            ("three", 3.0),
            ("twenty-five", 25.0),
            ("two-and-a-half", 2.5),
            ("two and a half", 2.5),
            ("a million", 1e6),
            ("half a million", 5e5),
            ("two hundred", 200.0),
            ("a dozen", 12.0),
            ("three thousand five hundred", 3500.0),
            ("one hundred and twenty", 120.0),
        ];
        for &(input, want) in cases {
            let got = parse(input);
            assert_eq!(got, Some(want), "{input}");
        }
    }

    #[test]
    fn scaled_decimals_are_exact() {
        // Compared with ==: 4.1 * 1e6 is 4099999.9999999995.
        assert_eq!(parse("4.1 million"), Some(4_100_000.0));
        assert_eq!(parse("2.3 billion"), Some(2_300_000_000.0));
        assert_eq!(parse("1,234.5 thousand"), Some(1_234_500.0));
        assert_eq!(parse("0.07 million"), Some(70_000.0));
        assert_eq!(parse("6 million"), Some(6_000_000.0));
        assert_eq!(parse("6.5 lakh"), Some(650_000.0));
        assert_eq!(parse("1,200 crore"), Some(12_000_000_000.0));
        assert_eq!(parse("1.8mn"), Some(1_800_000.0));
        assert_eq!(parse("61.4-million"), Some(61_400_000.0));
    }

    #[test]
    fn rejects_non_numbers() {
        for input in ["", "a", "and", "hello", "1/0", "3 apples"] {
            assert_eq!(parse(input), None, "{input}");
        }
    }

    #[test]
    fn fragment_matches_whole_numbers() {
        let re = Regex::new(&format!("^(?:{})$", pattern())).expect("valid pattern");
        for ok in [
            "29",
            "2,022",
            "3 1/2",
            "two-and-a-half",
            "a million",
            "ninety-nine",
            "1.5 billion",
            "half a million",
            "1/2",
        ] {
            assert!(re.is_match(ok), "{ok}");
        }
        for bad in ["a", "an", "half", "and"] {
            assert!(!re.is_match(bad), "{bad}");
        }
    }
}
