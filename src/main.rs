//! Mounts the app (STUB).
fn main() {}
