//! The `parallax` command (STUB).
fn main() {}
