//! `cargo xtask` — project automation (STUB: owned by the infra work).
fn main() {
    eprintln!("xtask: not yet implemented");
    std::process::exit(2);
}
