//! libFuzzer target: `parallax_core::parse_file` over any bytes (first byte picks .txt, .html
//! or .md), checked as in `crates/parallax-core/tests/fuzz/targets.rs`.
#![no_main]

#[path = "../../crates/parallax-core/tests/fuzz/targets.rs"]
#[allow(dead_code, reason = "each fuzz target uses one of the shared targets")]
mod targets;

libfuzzer_sys::fuzz_target!(|data: &[u8]| targets::parse_file_target(data));
