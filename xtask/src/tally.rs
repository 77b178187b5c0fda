//! Counting tests from the closing lines test runners print, so `cargo xtask test` can show a
//! count per layer. Recognised lines:
//!
//! - libtest (cargo test, and wasm-bindgen-test-runner, which prints the same):
//!   `test result: ok. 12 passed; 1 failed; 2 ignored; 0 measured; 0 filtered out; …`
//! - Node's test runner, spec reporter (`ℹ pass 26`) or TAP reporter (`# pass 26`), with the
//!   keys `pass`, `fail`, `cancelled` (counted as failed), `skipped` and `todo` (counted as
//!   ignored).
//!
//! Anything else is ignored, so output of the tests themselves cannot break the count unless it
//! imitates these exact lines.

/// Tests passed, failed and ignored, summed over every closing line seen.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Tally {
    /// Tests that passed.
    pub passed: u64,
    /// Tests that failed (Node's `cancelled` included).
    pub failed: u64,
    /// Tests skipped or ignored.
    pub ignored: u64,
}

impl Tally {
    /// Adds the counts a closing line reports; other lines leave the tally as it is.
    pub fn read_line(&mut self, line: &str) {
        let line = line.trim();
        if let Some(rest) = line.strip_prefix("test result: ") {
            self.read_libtest(rest);
        } else if let Some(rest) = line.strip_prefix("ℹ ").or_else(|| line.strip_prefix("# ")) {
            self.read_node(rest);
        }
    }

    /// `ok. 12 passed; 1 failed; 2 ignored; …` (the part after `test result: `).
    fn read_libtest(&mut self, rest: &str) {
        let Some((_, counts)) = rest.split_once(". ") else {
            return;
        };
        for part in counts.split(';') {
            let mut words = part.split_whitespace();
            let (Some(n), Some(what)) = (words.next(), words.next()) else {
                continue;
            };
            let Ok(n) = n.parse::<u64>() else { continue };
            match what {
                "passed" => self.passed += n,
                "failed" => self.failed += n,
                "ignored" => self.ignored += n,
                _ => {}
            }
        }
    }

    /// `pass 26` and its siblings; exactly two words, so a test named "pass the salt" is skipped.
    fn read_node(&mut self, rest: &str) {
        let mut words = rest.split_whitespace();
        let (Some(key), Some(n), None) = (words.next(), words.next(), words.next()) else {
            return;
        };
        let Ok(n) = n.parse::<u64>() else { return };
        match key {
            "pass" => self.passed += n,
            "fail" | "cancelled" => self.failed += n,
            "skipped" | "todo" => self.ignored += n,
            _ => {}
        }
    }

    /// Number of tests that ran (passed or failed).
    pub fn ran(&self) -> u64 {
        self.passed + self.failed
    }

    /// Adds another tally to this one.
    pub fn add(&mut self, other: Tally) {
        self.passed += other.passed;
        self.failed += other.failed;
        self.ignored += other.ignored;
    }
}

#[cfg(test)]
mod tests {
    use super::Tally;

    fn tally(lines: &[&str]) -> Tally {
        let mut t = Tally::default();
        for l in lines {
            t.read_line(l);
        }
        t
    }

    #[test]
    fn counts_closing_lines() {
        type Case<'a> = (&'a [&'a str], (u64, u64, u64));
        let cases: &[Case<'_>] = &[
            (
                &[
                    "test result: ok. 12 passed; 0 failed; 2 ignored; 0 measured; 0 filtered out; finished in 0.01s",
                ],
                (12, 0, 2),
            ),
            (
                &[
                    "test result: FAILED. 3 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out",
                    "test result: ok. 0 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out",
                    "test result: ok. 4 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out",
                ],
                (7, 1, 0),
            ),
            (
                &[
                    "ℹ tests 28",
                    "ℹ suites 6",
                    "ℹ pass 26",
                    "ℹ fail 1",
                    "ℹ cancelled 1",
                    "ℹ skipped 2",
                    "ℹ todo 0",
                    "ℹ duration_ms 16303.2",
                ],
                (26, 2, 2),
            ),
            (&["# pass 5", "# fail 0"], (5, 0, 0)),
            // Lines that only look alike are ignored.
            (
                &[
                    "ℹ pass the salt",
                    "test result: nothing here",
                    "running 3 tests",
                    "12 passed",
                ],
                (0, 0, 0),
            ),
            (&["", "ℹ", "# ", "test result: ok. x passed;"], (0, 0, 0)),
        ];
        for (lines, (passed, failed, ignored)) in cases {
            let t = tally(lines);
            assert_eq!(
                (t.passed, t.failed, t.ignored),
                (*passed, *failed, *ignored),
                "{lines:?}"
            );
        }
    }

    #[test]
    fn add_and_ran() {
        let mut a = tally(&["ℹ pass 2", "ℹ fail 1"]);
        a.add(tally(&["test result: ok. 3 passed; 0 failed; 4 ignored;"]));
        assert_eq!((a.passed, a.failed, a.ignored, a.ran()), (5, 1, 4, 6));
    }
}
