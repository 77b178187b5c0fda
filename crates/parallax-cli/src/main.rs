//! The `parallax` command: parse articles, build and export corpora, over parallax-core.
//!
//! ```text
//! parallax parse PATH... [--manifest corpus.toml] [--event-date YYYY-MM-DD] [--format json|text]
//! parallax build DIR -o FILE
//! parallax export FILE [--format json]
//! ```
//!
//! Exit codes: 0 everything parsed; 1 some files failed (the others are still printed, each
//! failure is one line on stderr: `parallax: FILE: reason`); 2 usage error (clap); 3 nothing could
//! be parsed, or an I/O / format error.

use anyhow::{Context, Result, bail};
use clap::{Parser, Subcommand, ValueEnum};
use parallax_core::manifest::Manifest;
use parallax_core::{Article, Corpus, CorpusBuilder, FORMAT_VERSION, format};
use serde::Serialize;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Parallax: parse news articles into quotes, speakers, dated events and figures.
#[derive(Parser, Debug)]
#[command(
    name = "parallax",
    version,
    after_help = "Exit codes: 0 ok; 1 some files failed (others printed); 2 usage error; 3 nothing parsed, I/O or format error."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Parse files or folders (.txt, .html, .htm, .md) and print the articles.
    Parse {
        /// Files or folders; a folder's corpus.toml is used when --manifest is absent.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// A corpus.toml manifest (title, event date, per-file outlet/url/published).
        #[arg(long)]
        manifest: Option<PathBuf>,
        /// Anchor for relative dates when an article has no date (YYYY-MM-DD).
        #[arg(long, value_parser = parse_date)]
        event_date: Option<String>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Output::Json)]
        format: Output,
    },
    /// Parse a corpus folder and write the corpus file the app loads.
    Build {
        /// The folder with the articles and corpus.toml.
        dir: PathBuf,
        /// Where to write the corpus file.
        #[arg(short, long)]
        output: PathBuf,
    },
    /// Print a saved corpus file as JSON (validated first).
    Export {
        /// The corpus file.
        file: PathBuf,
        /// Output format (JSON only for now).
        #[arg(long, value_enum, default_value_t = ExportFormat::Json)]
        format: ExportFormat,
    },
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum Output {
    Json,
    Text,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum ExportFormat {
    Json,
}

fn parse_date(s: &str) -> Result<String, String> {
    chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map(|_| s.to_string())
        .map_err(|_| format!("{s:?} is not a date in YYYY-MM-DD form"))
}

/// What `parse` prints as JSON.
#[derive(Serialize)]
struct ParseOutput<'a> {
    format_version: u32,
    articles: &'a [Article],
    errors: &'a [parallax_core::FileError],
}

/// How a command ended when it did not fail outright.
enum Outcome {
    Ok,
    SomeFailed,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(Outcome::Ok) => ExitCode::SUCCESS,
        Ok(Outcome::SomeFailed) => ExitCode::from(1),
        Err(e) => {
            eprintln!("parallax: {e:#}");
            ExitCode::from(3)
        }
    }
}

fn run(cli: Cli) -> Result<Outcome> {
    match cli.command {
        Command::Parse {
            paths,
            manifest,
            event_date,
            format,
        } => parse(&paths, manifest.as_deref(), event_date, format),
        Command::Build { dir, output } => build(&dir, &output),
        Command::Export {
            file,
            format: ExportFormat::Json,
        } => export(&file),
    }
}

/// Article files of a folder (sorted), or the file itself.
fn expand(path: &Path) -> Result<Vec<PathBuf>> {
    if path.is_dir() {
        let mut files: Vec<PathBuf> = std::fs::read_dir(path)
            .with_context(|| format!("{}: cannot read folder", path.display()))?
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| {
                p.is_file()
                    && matches!(
                        p.extension()
                            .and_then(|e| e.to_str())
                            .map(str::to_ascii_lowercase)
                            .as_deref(),
                        Some("txt" | "html" | "htm" | "md" | "markdown")
                    )
            })
            .collect();
        files.sort();
        Ok(files)
    } else {
        Ok(vec![path.to_path_buf()])
    }
}

fn read_manifest(path: &Path) -> Result<Manifest> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("{}: cannot read manifest", path.display()))?;
    Manifest::from_toml(&text).map_err(|e| anyhow::anyhow!("{}: {}", path.display(), e.0))
}

/// Parses files into a corpus; unreadable files become errors, reported on stderr.
fn collect(paths: &[PathBuf], manifest: Manifest, keep_path: bool) -> Result<Corpus> {
    let mut builder = CorpusBuilder::new(manifest);
    for p in paths {
        let files = expand(p)?;
        if files.is_empty() {
            eprintln!("parallax: {}: no .txt, .html or .md files", p.display());
        }
        for f in files {
            let name = if keep_path {
                f.display().to_string()
            } else {
                f.file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default()
            };
            match std::fs::read(&f) {
                Ok(bytes) => {
                    if let Err(e) = builder.add(&name, &bytes) {
                        eprintln!("parallax: {}: {}", e.file, e.reason);
                    }
                }
                Err(e) => {
                    let reason = format!("cannot read: {e}");
                    eprintln!("parallax: {name}: {reason}");
                    builder.record_error(&name, &reason);
                }
            }
        }
    }
    Ok(builder.finish())
}

fn parse(
    paths: &[PathBuf],
    manifest: Option<&Path>,
    event_date: Option<String>,
    output: Output,
) -> Result<Outcome> {
    let mut m = match manifest {
        Some(p) => read_manifest(p)?,
        None => match paths
            .iter()
            .find(|p| p.is_dir() && p.join("corpus.toml").is_file())
        {
            Some(dir) => read_manifest(&dir.join("corpus.toml"))?,
            None => Manifest::default(),
        },
    };
    if event_date.is_some() {
        m.event_date = event_date;
    }
    // Manifest entries are keyed by file name; the output keeps the path as given.
    let corpus = collect(paths, m, true)?;
    if corpus.articles.is_empty() {
        bail!(
            "nothing could be parsed ({} file(s) failed)",
            corpus.errors.len()
        );
    }
    match output {
        Output::Json => {
            let out = ParseOutput {
                format_version: FORMAT_VERSION,
                articles: &corpus.articles,
                errors: &corpus.errors,
            };
            println!(
                "{}",
                serde_json::to_string_pretty(&out).context("JSON output")?
            );
        }
        Output::Text => print!("{}", text_summary(&corpus)),
    }
    Ok(if corpus.errors.is_empty() {
        Outcome::Ok
    } else {
        Outcome::SomeFailed
    })
}

fn build(dir: &Path, output: &Path) -> Result<Outcome> {
    if !dir.is_dir() {
        bail!("{}: not a folder", dir.display());
    }
    let manifest_path = dir.join("corpus.toml");
    let m = if manifest_path.is_file() {
        read_manifest(&manifest_path)?
    } else {
        Manifest::default()
    };
    let corpus = collect(&[dir.to_path_buf()], m, false)?;
    if corpus.articles.is_empty() {
        bail!("{}: nothing could be parsed", dir.display());
    }
    let bytes = format::encode(&corpus);
    std::fs::write(output, &bytes)
        .with_context(|| format!("{}: cannot write", output.display()))?;
    eprintln!(
        "parallax: wrote {} ({} articles, {} errors, {} bytes)",
        output.display(),
        corpus.articles.len(),
        corpus.errors.len(),
        bytes.len()
    );
    Ok(if corpus.errors.is_empty() {
        Outcome::Ok
    } else {
        Outcome::SomeFailed
    })
}

fn export(file: &Path) -> Result<Outcome> {
    let bytes = std::fs::read(file).with_context(|| format!("{}: cannot read", file.display()))?;
    // The search data in the file is derived from the corpus: the export is the corpus alone.
    let corpus = format::decode(&bytes)
        .map(|f| f.corpus)
        .map_err(|e| anyhow::anyhow!("{}: {e}", file.display()))?;
    println!(
        "{}",
        serde_json::to_string_pretty(&corpus).context("JSON output")?
    );
    Ok(Outcome::Ok)
}

/// A readable summary: per article its headline, outlet, quotes, events and figures.
fn text_summary(corpus: &Corpus) -> String {
    use std::fmt::Write;
    let mut s = String::new();
    for a in &corpus.articles {
        let _ = writeln!(s, "== {}", a.file);
        let _ = writeln!(s, "headline: {}", a.headline.as_deref().unwrap_or("(none)"));
        let _ = writeln!(
            s,
            "outlet:   {}",
            a.outlet.as_deref().unwrap_or("outlet not stated")
        );
        if let Some(p) = &a.published {
            let _ = writeln!(s, "published: {p}");
        }
        if !a.cited_sources.is_empty() {
            let _ = writeln!(s, "sources:  {}", a.cited_sources.join(", "));
        }
        let _ = writeln!(s, "quotes ({}):", a.quotes.len());
        for q in &a.quotes {
            let kind = match q.kind {
                parallax_core::QuoteKind::Full => "full",
                parallax_core::QuoteKind::Fragment => "fragment",
            };
            let _ = writeln!(
                s,
                "  “{}” — {} [{kind}]",
                q.text,
                q.speaker.as_deref().unwrap_or("speaker unknown")
            );
        }
        let _ = writeln!(s, "events ({}):", a.events.len());
        for e in &a.events {
            let _ = writeln!(s, "  {} ({}) {}", e.date, e.expression, e.label);
        }
        let _ = writeln!(s, "figures ({}):", a.figures.len());
        for f in &a.figures {
            let _ = writeln!(s, "  {} = {} {}", f.text, f.normalized, f.unit);
        }
        let _ = writeln!(s);
    }
    for e in &corpus.errors {
        let _ = writeln!(s, "error: {}: {}", e.file, e.reason);
    }
    s
}
