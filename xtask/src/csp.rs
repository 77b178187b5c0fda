//! `cargo xtask csp [DIR]`: writes the page's Content-Security-Policy into the built
//! `index.html` (DIR, else `$TRUNK_STAGING_DIR`, else `dist/`). Trunk runs it as a `post_build`
//! hook (see `Trunk.toml`), so every build — `trunk build`, `trunk serve`, `cargo xtask …` —
//! ships with the policy.
//!
//! Trunk starts the wasm with an inline module script whose text names the hashed file names of
//! that build, so the policy cannot be written by hand: this step hashes every inline script
//! (SHA-256, as CSP wants) and allows exactly those. Everything else is `'self'`: the page makes
//! no third-party request, wasm needs `'wasm-unsafe-eval'`, and nothing may embed objects or
//! change the base URL. `frame-ancestors` cannot be set from a `<meta>` tag; hosts set it as a
//! header (README, "Hosting").

use anyhow::{Context, Result};
use base64::Engine;
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

/// The policy, with `{scripts}` replaced by the inline scripts' hashes.
const POLICY: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'{scripts}; \
style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; \
worker-src 'self'; child-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

/// Marks the tag this step writes, so a second run replaces it instead of adding another.
const MARK: &str = "data-parallax-csp";

/// Adds (or replaces) the CSP `<meta>` in `html`, right after `<head>`.
pub fn with_policy(html: &str) -> String {
    // Drop a tag from an earlier run.
    let mut html = html.to_string();
    if let Some(start) = html.find(&format!("<meta {MARK}"))
        && let Some(len) = html[start..].find('>')
    {
        // With the line break and indent this step put before it.
        let from = html[..start].trim_end_matches([' ', '\n']).len();
        html.replace_range(from..start + len + 1, "");
    }
    let scripts: String = inline_scripts(&html)
        .iter()
        .map(|body| {
            let digest = Sha256::digest(body.as_bytes());
            format!(
                " 'sha256-{}'",
                base64::engine::general_purpose::STANDARD.encode(digest)
            )
        })
        .collect();
    let meta = format!(
        "<meta {MARK} http-equiv=\"Content-Security-Policy\" content=\"{}\" />",
        POLICY.replace("{scripts}", &scripts)
    );
    match html.find("<head>") {
        Some(at) => {
            html.insert_str(at + "<head>".len(), &format!("\n    {meta}"));
            html
        }
        None => format!("{meta}\n{html}"),
    }
}

/// The text of every `<script>` without a `src`, exactly as the browser hashes it.
fn inline_scripts(html: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(open) = rest.find("<script") {
        let after = &rest[open..];
        let Some(tag_end) = after.find('>') else {
            break;
        };
        let tag = &after[..tag_end];
        let body_start = tag_end + 1;
        let Some(close) = after[body_start..].find("</script>") else {
            break;
        };
        if !tag.contains(" src=") {
            out.push(&after[body_start..body_start + close]);
        }
        rest = &after[body_start + close + "</script>".len()..];
    }
    out
}

/// The folder to patch: the argument, else Trunk's staging folder, else `dist/`.
fn target(root: &Path, arg: Option<&str>) -> PathBuf {
    arg.map(PathBuf::from)
        .or_else(|| std::env::var_os("TRUNK_STAGING_DIR").map(PathBuf::from))
        .unwrap_or_else(|| root.join("dist"))
}

/// Patches `index.html` in the chosen folder.
pub fn csp(root: &Path, arg: Option<&str>) -> Result<()> {
    let path = target(root, arg).join("index.html");
    let html =
        std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
    std::fs::write(&path, with_policy(&html))
        .with_context(|| format!("writing {}", path.display()))?;
    println!("csp: policy written into {}", path.display());
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "<html><head><title>t</title>\n<script type=\"module\">\nimport init from '/a.js';\n</script>\n<script src=\"x.js\"></script></head><body></body></html>";

    #[test]
    fn inline_scripts_are_hashed_and_sourced_ones_are_not() {
        let out = with_policy(PAGE);
        let body = "\nimport init from '/a.js';\n";
        let hash = base64::engine::general_purpose::STANDARD.encode(Sha256::digest(body));
        assert!(out.contains(&format!("'sha256-{hash}'")), "{out}");
        assert_eq!(out.matches("'sha256-").count(), 1);
        assert!(out.contains("'wasm-unsafe-eval'"));
        assert!(out.contains("object-src 'none'"));
        // The tag is the first thing in <head>, so it covers everything after it.
        assert!(out.find("Content-Security-Policy") < out.find("<title>"));
    }

    #[test]
    fn a_second_run_replaces_the_tag() {
        let once = with_policy(PAGE);
        let twice = with_policy(&once);
        assert_eq!(once, twice);
        assert_eq!(twice.matches("Content-Security-Policy").count(), 1);
    }
}
