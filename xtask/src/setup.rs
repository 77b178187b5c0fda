//! `cargo xtask setup`: installs what building and testing the app needs, and nothing that is
//! already there at the right version, so a second run takes a second or two.
//!
//! | tool | version from | installed with |
//! |---|---|---|
//! | wasm32 target, rustfmt, clippy | `rust-toolchain.toml` | `rustup` |
//! | trunk | [`TRUNK_VERSION`] | `cargo install --locked` |
//! | wasm-bindgen-cli (+ test runner) | `wasm-bindgen` in `Cargo.lock` | `cargo install` (not `--locked`: its lock file does not build on our rustc) |
//! | wasm-opt | `[tools] wasm_opt` in `Trunk.toml` | npm `binaryen@N.0.0` into `.tools/` |
//! | e2e npm packages | `tests/e2e/package-lock.json` | `npm ci` |
//! | chromium, chromedriver (tests only) | Debian | `apt-get install` (`apt-get update` only if that fails) |
//!
//! Versions are read from the files that use them, so there is one place to change each. Trunk
//! never downloads a tool itself (`offline = true` in Trunk.toml): it uses these from `PATH`.

use anyhow::{Context, Result, bail};
use std::path::Path;

use crate::process::{Env, probe, run};

/// The Trunk release this project builds with (0.22 needs a newer rustc than we pin).
pub const TRUNK_VERSION: &str = "0.21.14";

/// What `setup` should cover beyond the build tools.
#[derive(Debug, Clone, Copy, Default)]
pub struct Want {
    /// Chromium and chromedriver, for the wasm-in-browser and end-to-end layers.
    pub browser: bool,
}

/// Installs whatever is missing or at the wrong version.
pub fn setup(env: &Env, want: Want) -> Result<()> {
    println!("== setup: checking tools (installing only what is missing or at the wrong version)");
    rust_parts(env)?;
    trunk(env)?;
    let bindgen = locked_version(&read(&env.root.join("Cargo.lock"))?, "wasm-bindgen")?;
    let trunk_toml = TrunkTools::read(&env.root.join("Trunk.toml"))?;
    if trunk_toml.wasm_bindgen != bindgen {
        bail!(
            "Trunk.toml asks for wasm-bindgen {} but Cargo.lock has {bindgen}: set [tools] wasm_bindgen = \"{bindgen}\"",
            trunk_toml.wasm_bindgen
        );
    }
    wasm_bindgen(env, &bindgen)?;
    wasm_opt(env, &trunk_toml.wasm_opt)?;
    e2e_packages(env)?;
    if want.browser {
        browser(env)?;
    }
    println!("== setup: done");
    Ok(())
}

fn read(path: &Path) -> Result<String> {
    std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))
}

/// Prints the verdict on one tool.
fn report(tool: &str, want: &str, found: Option<&str>) -> bool {
    let ok = found == Some(want);
    match found {
        _ if ok => println!("setup: {tool} {want}: present"),
        Some(v) => println!("setup: {tool}: found {v}, need {want}: installing"),
        None => println!("setup: {tool} {want}: missing: installing"),
    }
    ok
}

fn rust_parts(env: &Env) -> Result<()> {
    let targets = probe(env.cmd("rustup").args(["target", "list", "--installed"]))
        .context("rustup is needed (https://rustup.rs) to add the wasm32 target")?;
    if targets
        .lines()
        .any(|t| t.trim() == "wasm32-unknown-unknown")
    {
        println!("setup: rust target wasm32-unknown-unknown: present");
    } else {
        println!("setup: rust target wasm32-unknown-unknown: missing: adding");
        run(env
            .cmd("rustup")
            .args(["target", "add", "wasm32-unknown-unknown"]))?;
    }
    let components =
        probe(env.cmd("rustup").args(["component", "list", "--installed"])).unwrap_or_default();
    for part in ["rustfmt", "clippy"] {
        if components.lines().any(|c| c.starts_with(part)) {
            println!("setup: rust component {part}: present");
        } else {
            println!("setup: rust component {part}: missing: adding");
            run(env.cmd("rustup").args(["component", "add", part]))?;
        }
    }
    Ok(())
}

fn trunk(env: &Env) -> Result<()> {
    let found = probe(env.cmd("trunk").arg("--version"));
    if report(
        "trunk",
        TRUNK_VERSION,
        found.as_deref().and_then(version_in),
    ) {
        return Ok(());
    }
    println!("setup: building trunk from crates.io takes about 10 minutes on 2 cores");
    run(env.cargo().args([
        "install",
        "trunk",
        "--version",
        TRUNK_VERSION,
        "--locked",
        "--force",
    ]))
}

fn wasm_bindgen(env: &Env, version: &str) -> Result<()> {
    // The CLI and the test runner come from one crate; both must match the library.
    let cli = probe(env.cmd("wasm-bindgen").arg("--version"));
    let runner = probe(env.cmd("wasm-bindgen-test-runner").arg("--version"));
    let cli = cli.as_deref().and_then(version_in);
    let runner = runner.as_deref().and_then(version_in);
    let found = if cli == runner { cli } else { None };
    if report("wasm-bindgen-cli", version, found) {
        return Ok(());
    }
    run(env.cargo().args([
        "install",
        "wasm-bindgen-cli",
        "--version",
        &format!("={version}"),
        "--force",
    ]))
}

fn wasm_opt(env: &Env, trunk_name: &str) -> Result<()> {
    let major = trunk_name
        .strip_prefix("version_")
        .filter(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        .with_context(|| {
            format!("Trunk.toml [tools] wasm_opt = \"{trunk_name}\" is not `version_N`")
        })?;
    let tools = env.root.join(".tools");
    let bin = tools.join("node_modules/.bin/wasm-opt");
    let found = probe(std::process::Command::new(&bin).arg("--version"));
    // `wasm-opt version 132 (version_132)`
    if report("wasm-opt", major, found.as_deref().and_then(version_in)) {
        return Ok(());
    }
    std::fs::create_dir_all(&tools)?;
    // A package.json of its own keeps npm from walking up to another project's.
    let manifest = tools.join("package.json");
    if !manifest.exists() {
        std::fs::write(
            &manifest,
            "{ \"private\": true, \"description\": \"project-local tools (git-ignored)\" }\n",
        )?;
    }
    run(env.cmd("npm").current_dir(&tools).args([
        "install",
        "--no-audit",
        "--no-fund",
        "--save-exact",
        &format!("binaryen@{major}.0.0"),
    ]))
}

fn e2e_packages(env: &Env) -> Result<()> {
    let dir = env.root.join("tests/e2e");
    let lock: serde_json::Value = serde_json::from_str(&read(&dir.join("package-lock.json"))?)
        .context("tests/e2e/package-lock.json is not JSON")?;
    let mut stale = Vec::new();
    if let Some(packages) = lock.get("packages").and_then(|p| p.as_object()) {
        for (key, meta) in packages {
            let Some(want) = key.strip_prefix("node_modules/") else {
                continue;
            };
            let want_version = meta.get("version").and_then(|v| v.as_str()).unwrap_or("");
            let installed = std::fs::read_to_string(dir.join(key).join("package.json"))
                .ok()
                .and_then(|t| serde_json::from_str::<serde_json::Value>(&t).ok())
                .and_then(|v| v.get("version")?.as_str().map(str::to_string));
            if installed.as_deref() != Some(want_version) {
                stale.push(format!("{want}@{want_version}"));
            }
        }
    }
    if stale.is_empty() {
        println!("setup: tests/e2e npm packages: present");
        return Ok(());
    }
    println!(
        "setup: tests/e2e npm packages {}: installing",
        stale.join(", ")
    );
    run(env
        .cmd("npm")
        .current_dir(&dir)
        .args(["ci", "--no-audit", "--no-fund"]))
}

fn browser(env: &Env) -> Result<()> {
    let chromium = probe(env.cmd("chromium").arg("--version"));
    let driver = probe(env.cmd("chromedriver").arg("--version"));
    let (c, d) = (
        chromium.as_deref().and_then(version_in),
        driver.as_deref().and_then(version_in),
    );
    match (c, d) {
        // The driver only talks to a browser of its own major version.
        (Some(c), Some(d)) if c.split('.').next() == d.split('.').next() => {
            println!("setup: chromium {c}, chromedriver {d}: present");
            return Ok(());
        }
        _ => println!(
            "setup: chromium {}, chromedriver {}: installing from Debian",
            c.unwrap_or("missing"),
            d.unwrap_or("missing")
        ),
    }
    let install = |env: &Env| {
        run(env
            .cmd("apt-get")
            .env("DEBIAN_FRONTEND", "noninteractive")
            .args([
                "install",
                "-y",
                "--no-install-recommends",
                "chromium",
                "chromium-driver",
            ]))
    };
    if install(env).is_err() {
        println!("setup: apt-get install failed; refreshing the package lists once and retrying");
        run(env.cmd("apt-get").arg("update"))?;
        install(env)?;
    }
    Ok(())
}

/// The first word that looks like a version number (`0.21.14`, `132`, `148.0.7778.167`), as
/// printed by `--version` of the tools above.
pub fn version_in(text: &str) -> Option<&str> {
    text.split_whitespace().find(|w| {
        w.starts_with(|c: char| c.is_ascii_digit())
            && w.chars().all(|c| c.is_ascii_digit() || c == '.')
    })
}

/// The version of `name` recorded in a Cargo.lock; an error when it is absent or locked at two
/// different versions (then no single CLI version can match).
pub fn locked_version(lock: &str, name: &str) -> Result<String> {
    let table: toml::Table = toml::from_str(lock).context("Cargo.lock is not TOML")?;
    let mut versions: Vec<&str> = table
        .get("package")
        .and_then(|p| p.as_array())
        .into_iter()
        .flatten()
        .filter(|p| p.get("name").and_then(|n| n.as_str()) == Some(name))
        .filter_map(|p| p.get("version").and_then(|v| v.as_str()))
        .collect();
    versions.dedup();
    match versions.as_slice() {
        [one] => Ok((*one).to_string()),
        [] => bail!("Cargo.lock has no package `{name}`"),
        many => bail!("Cargo.lock has `{name}` at several versions: {many:?}"),
    }
}

/// The tool versions Trunk.toml pins.
struct TrunkTools {
    wasm_bindgen: String,
    wasm_opt: String,
}

impl TrunkTools {
    fn read(path: &Path) -> Result<Self> {
        let table: toml::Table = toml::from_str(&read(path)?)
            .with_context(|| format!("{} is not TOML", path.display()))?;
        let get = |key: &str| {
            table
                .get("tools")
                .and_then(|t| t.get(key))
                .and_then(|v| v.as_str())
                .map(str::to_string)
                .with_context(|| format!("{}: [tools] {key} is not set", path.display()))
        };
        Ok(Self {
            wasm_bindgen: get("wasm_bindgen")?,
            wasm_opt: get("wasm_opt")?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::{locked_version, version_in};

    #[test]
    fn finds_versions_in_tool_output() {
        let cases = [
            ("trunk 0.21.14", Some("0.21.14")),
            ("wasm-bindgen 0.2.130", Some("0.2.130")),
            ("wasm-bindgen-test-runner 0.2.130\n", Some("0.2.130")),
            ("wasm-opt version 132 (version_132)", Some("132")),
            (
                "Chromium 148.0.7778.167 built on Debian GNU/Linux 12 (bookworm)",
                Some("148.0.7778.167"),
            ),
            (
                "ChromeDriver 148.0.7778.167 (65db666ac2cf-refs/branch-heads/7778@{#2783})",
                Some("148.0.7778.167"),
            ),
            ("no version here", None),
            ("", None),
        ];
        for (text, want) in cases {
            assert_eq!(version_in(text), want, "{text:?}");
        }
    }

    #[test]
    fn reads_locked_versions() {
        let lock = r#"
version = 4

[[package]]
name = "wasm-bindgen"
version = "0.2.130"

[[package]]
name = "twice"
version = "1.0.0"

[[package]]
name = "twice"
version = "2.0.0"
"#;
        assert_eq!(
            locked_version(lock, "wasm-bindgen").ok().as_deref(),
            Some("0.2.130")
        );
        assert!(locked_version(lock, "absent").is_err());
        assert!(locked_version(lock, "twice").is_err());
        assert!(locked_version("not [ toml", "x").is_err());
    }
}
