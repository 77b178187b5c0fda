//! Running child processes the same way everywhere: in the repository root, with the project's
//! tool folders (`.tools/node_modules/.bin`, cargo's `bin`) first on `PATH`, each command echoed
//! before it runs so the log says what was done.
//!
//! The environment of xtask itself is never changed (`set_var` is unsafe in edition 2024);
//! every child gets the `PATH` explicitly through [`Env::cmd`].

use anyhow::{Context, Result, bail};
use std::ffi::OsString;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::tally::Tally;

/// Where the repository is and what `PATH` its tools need.
pub struct Env {
    /// The repository root (the workspace folder).
    pub root: PathBuf,
    path: OsString,
}

impl Env {
    /// Finds the root from xtask's own manifest folder and builds the child `PATH`.
    pub fn new() -> Result<Self> {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"))
            .parent()
            .context("xtask lives one folder below the repository root")?
            .to_path_buf();
        let mut dirs = vec![root.join(".tools/node_modules/.bin"), cargo_bin()];
        if let Some(existing) = std::env::var_os("PATH") {
            dirs.extend(std::env::split_paths(&existing));
        }
        let path = std::env::join_paths(dirs).context("a PATH entry holds a separator")?;
        Ok(Self { root, path })
    }

    /// A command for `program`, run in the root with the project `PATH`.
    pub fn cmd(&self, program: &str) -> Command {
        let mut c = Command::new(self.resolve(program));
        c.current_dir(&self.root).env("PATH", &self.path);
        c
    }

    /// The full path of `program` found on the project `PATH`, or the bare name (so the
    /// error later names it) when it is nowhere. Needed because `Command::new` looks a bare
    /// name up on xtask's own `PATH`, not on the one given to the child.
    pub fn resolve(&self, program: &str) -> PathBuf {
        std::env::split_paths(&self.path)
            .map(|d| d.join(program))
            .find(|p| p.is_file())
            .unwrap_or_else(|| PathBuf::from(program))
    }

    /// The `cargo` that runs xtask (same toolchain), or `cargo` from `PATH`.
    pub fn cargo(&self) -> Command {
        match std::env::var_os("CARGO") {
            Some(cargo) => {
                let mut c = Command::new(cargo);
                c.current_dir(&self.root).env("PATH", &self.path);
                c
            }
            None => self.cmd("cargo"),
        }
    }
}

/// `$CARGO_HOME/bin`, where `cargo install` puts trunk and wasm-bindgen.
fn cargo_bin() -> PathBuf {
    std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
        .unwrap_or_else(|| PathBuf::from(".cargo"))
        .join("bin")
}

/// The command line as a person would type it, for the log.
pub fn display(cmd: &Command) -> String {
    let program = Path::new(cmd.get_program())
        .file_name()
        .unwrap_or(cmd.get_program())
        .to_string_lossy()
        .into_owned();
    std::iter::once(program)
        .chain(cmd.get_args().map(|a| a.to_string_lossy().into_owned()))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Runs `cmd` with inherited output; an error unless it exits with 0.
pub fn run(cmd: &mut Command) -> Result<()> {
    let shown = display(cmd);
    println!("$ {shown}");
    let status = cmd
        .status()
        .with_context(|| format!("could not start `{shown}`"))?;
    if !status.success() {
        bail!("`{shown}` failed ({status})");
    }
    Ok(())
}

/// Runs `cmd` quietly and returns its trimmed standard output when it succeeds; `None` when it
/// cannot start or fails (used to probe tool versions).
pub fn probe(cmd: &mut Command) -> Option<String> {
    let out = cmd
        .stderr(Stdio::null())
        .stdin(Stdio::null())
        .output()
        .ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
}

/// Runs `cmd`, echoing its standard output line by line while adding every test-count line to
/// `tally`; standard error passes straight through. Returns whether it exited with 0.
pub fn run_counting(cmd: &mut Command, tally: &mut Tally) -> Result<bool> {
    let shown = display(cmd);
    println!("$ {shown}");
    let mut child = cmd
        .stdout(Stdio::piped())
        .spawn()
        .with_context(|| format!("could not start `{shown}`"))?;
    if let Some(stdout) = child.stdout.take() {
        let mut reader = BufReader::new(stdout);
        let mut line = Vec::new();
        let out = std::io::stdout();
        loop {
            line.clear();
            // Bytes, not `lines()`: a test may print text that is not UTF-8.
            if reader.read_until(b'\n', &mut line)? == 0 {
                break;
            }
            let text = String::from_utf8_lossy(&line);
            let mut lock = out.lock();
            lock.write_all(text.as_bytes())?;
            lock.flush()?;
            tally.read_line(&text);
        }
    }
    Ok(child.wait()?.success())
}
