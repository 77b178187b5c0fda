//! libFuzzer target: the corpus-file decoder (`parallax_core::format::decode`) over any bytes;
//! what it accepts must validate and round-trip (see
//! `crates/parallax-core/tests/fuzz/targets.rs`).
#![no_main]

#[path = "../../crates/parallax-core/tests/fuzz/targets.rs"]
#[allow(dead_code, reason = "each fuzz target uses one of the shared targets")]
mod targets;

libfuzzer_sys::fuzz_target!(|data: &[u8]| targets::corpus_decode_target(data));
