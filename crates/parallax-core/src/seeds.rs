//! Test support: the five seed articles of `corpus/alaska-summit`, shared by the stage tests.

/// Seed 000: headline, collapsed bullet runs, a pipe table, a "Sources:" credit.
pub const S000: &str = include_str!("../../../corpus/alaska-summit/000_33548d2ab42b09b3.txt");
/// Seed 001: dateline "ANCHORAGE —", "Advertisement" markers, no headline.
pub const S001: &str = include_str!("../../../corpus/alaska-summit/001_cedad87b048315ce.txt");
/// Seed 002: aggregator chrome ("Next Story", "Newszop", "Send Push", app promo).
pub const S002: &str = include_str!("../../../corpus/alaska-summit/002_4f784b4cfed49461.txt");
/// Seed 003: no headline, many quotes.
pub const S003: &str = include_str!("../../../corpus/alaska-summit/003_1e47947db870045b.txt");
/// Seed 004: headline, "Mr." titles.
pub const S004: &str = include_str!("../../../corpus/alaska-summit/004_45ed50859e810a7b.txt");
/// All five, in file order.
pub const SEEDS: [&str; 5] = [S000, S001, S002, S003, S004];
