//! A small deterministic mutator for the stable fuzz campaign: libFuzzer-style byte mutations
//! (bit flips, interesting bytes, inserted tokens, deleted, duplicated and spliced ranges,
//! truncation, long varints, long runs of one token) over seed inputs, from a seeded xorshift
//! generator so a campaign is reproducible from its seed.

/// xorshift64* pseudo-random numbers.
pub struct Rng(u64);

impl Rng {
    /// A generator from a seed (zero is replaced, xorshift needs a non-zero state).
    pub fn new(seed: u64) -> Self {
        Rng(seed.max(1))
    }
    /// The next number.
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    /// A number below `n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
    /// True one time in `n`.
    pub fn one_in(&mut self, n: usize) -> bool {
        self.below(n) == 0
    }
}

/// Tokens that the parser's rules care about, in UTF-8 and as raw bytes.
const TOKENS: &[&[u8]] = &[
    "“".as_bytes(),
    "”".as_bytes(),
    "‘".as_bytes(),
    "’".as_bytes(),
    "«".as_bytes(),
    "»".as_bytes(),
    "„".as_bytes(),
    b"\"",
    b"'",
    b" said ",
    b", he said.",
    b" told reporters ",
    b"President Donald Trump ",
    b"Vladimir Putin",
    b"Mr. ",
    b"Zelenskyy ",
    b" the Kremlin said",
    b"August 15, 2025",
    b"on Friday ",
    b"last week ",
    b"2025-08-16",
    b"earlier this year",
    b"61 of 85 drones ",
    b"$1.5 billion",
    b"nearly three hours",
    b"50%",
    b" \xe2\x80\x94 ",
    b" | ",
    b"\n",
    b"\n\n",
    b"\r\n",
    b"\r",
    b"- ",
    b"* ",
    b"1. ",
    b"# ",
    b"ANCHORAGE, Alaska (Reuters) - ",
    b"By Jane Doe\n",
    b"Published 16 August 2025\n",
    b"Advertisement\n",
    b"<p>",
    b"</p>",
    b"<h1>",
    b"<br>",
    b"<script>",
    b"</script>",
    b"<article>",
    b"<!doctype html>",
    b"<meta property=\"og:site_name\" content=\"X\">",
    b"&amp;",
    b"&#x201C;",
    b"<!--",
    b"```",
    b"> ",
    b"[a](b)",
    b"\xEF\xBB\xBF",
    b"\xFF\xFE",
    b"\xFE\xFF",
    b"\x00",
    b"\x93",
    b"\x94",
    b"\xC3",
    b"\xE2\x80",
    b"\xF0\x9F\x91",
    "\u{202E}".as_bytes(),
    "\u{301}".as_bytes(),
    "👍🏽".as_bytes(),
];

const INTERESTING: &[u8] = &[
    0, 1, 0x7F, 0x80, 0xFF, b'"', b'<', b'>', b'\n', b' ', b'.', 0xE2, 0xC2,
];

/// Writes `v` as a postcard (LEB128) varint.
fn varint(mut v: u64, out: &mut Vec<u8>) {
    loop {
        let b = (v & 0x7F) as u8;
        v >>= 7;
        if v == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

/// Applies one random mutation to `data`, never growing it past `max_len`.
pub fn mutate_once(rng: &mut Rng, data: &mut Vec<u8>, seeds: &[Vec<u8>], max_len: usize) {
    let len = data.len();
    match rng.below(12) {
        0 if len > 0 => {
            let i = rng.below(len);
            data[i] ^= 1 << rng.below(8);
        }
        1 if len > 0 => {
            let i = rng.below(len);
            data[i] = rng.next() as u8;
        }
        2 if len > 0 => {
            let i = rng.below(len);
            data[i] = INTERESTING[rng.below(INTERESTING.len())];
        }
        3 | 4 => {
            let t = TOKENS[rng.below(TOKENS.len())];
            let at = rng.below(len + 1);
            data.splice(at..at, t.iter().copied());
        }
        5 if len > 0 => {
            let a = rng.below(len);
            let b = (a + 1 + rng.below(64)).min(len);
            data.drain(a..b);
        }
        6 if len > 0 => {
            let a = rng.below(len);
            let b = (a + 1 + rng.below(256)).min(len);
            let chunk: Vec<u8> = data[a..b].to_vec();
            let at = rng.below(len + 1);
            data.splice(at..at, chunk);
        }
        7 if len > 0 => data.truncate(rng.below(len)),
        8 if !seeds.is_empty() => {
            let other = &seeds[rng.below(seeds.len())];
            if !other.is_empty() {
                let a = rng.below(other.len());
                let b = (a + 1 + rng.below(512)).min(other.len());
                let at = rng.below(len + 1);
                data.splice(at..at, other[a..b].iter().copied());
            }
        }
        9 => {
            // A long varint: postcard lengths and counts are varints.
            let mut v = Vec::new();
            let n = match rng.below(4) {
                0 => rng.next(),
                1 => u64::from(u32::MAX),
                2 => rng.next() % 100_000,
                _ => rng.next() % 300,
            };
            varint(n, &mut v);
            let at = rng.below(len + 1);
            let end = (at + v.len()).min(len);
            data.splice(at..end, v);
        }
        10 => {
            // A long run of one token: where quadratic work would show.
            let t = TOKENS[rng.below(TOKENS.len())];
            let n = 16 + rng.below(512);
            let at = rng.below(len + 1);
            let run: Vec<u8> = t.iter().copied().cycle().take(t.len() * n).collect();
            data.splice(at..at, run);
        }
        _ if len > 1 => {
            // Swap two bytes.
            let (i, j) = (rng.below(len), rng.below(len));
            data.swap(i, j);
        }
        _ => data.push(rng.next() as u8),
    }
    data.truncate(max_len);
}

/// A mutated input: with `window`, mostly a window of 16 B to 2 KiB of a seed (cheap to parse;
/// one time in 32 the whole seed), then 1–8
/// stacked mutations.
pub fn generate(rng: &mut Rng, seeds: &[Vec<u8>], max_len: usize, window: bool) -> Vec<u8> {
    let seed = &seeds[rng.below(seeds.len())];
    let mut data = if window && !seed.is_empty() && !rng.one_in(32) {
        let len = 1usize << (4 + rng.below(8)); // 16 B .. 2 KiB
        let start = rng.below(seed.len());
        seed[start..(start + len).min(seed.len())].to_vec()
    } else {
        seed.clone()
    };
    for _ in 0..1 + rng.below(8) {
        mutate_once(rng, &mut data, seeds, max_len);
    }
    data
}
