//! Bring your own articles: drop, pick or paste files, have them parsed in the browser (in the
//! separately loaded parsing worker, see [`crate::worker`]), and explore them in every view; save
//! the result as a corpus file, open one, or load one from a same-origin URL at start
//! (`?corpus=`).
//!
//! Every corpus that comes in — from the worker, a file or a URL — goes through
//! [`parallax_core::format::decode`], which checks the format version, sizes and internal
//! references; a bad one gets a message and the current corpus stays.

use parallax_core::format::{self, Indexed};

use crate::state::CorpusContext;
use yew::prelude::*;

/// File extensions the parser reads.
pub const ACCEPT: &str = ".txt,.html,.htm,.md,.markdown,text/plain,text/html,text/markdown";

/// Extension of saved corpus files.
pub const CORPUS_EXT: &str = "parallax";

/// A file that could not be used, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileProblem {
    /// File name as the user gave it.
    pub name: String,
    /// Why (one line).
    pub reason: String,
}

/// Decodes a corpus file, turning format errors into one readable line naming the source.
pub fn open_corpus(name: &str, bytes: &[u8]) -> Result<Indexed, FileProblem> {
    format::decode(bytes).map_err(|e| FileProblem {
        name: name.to_string(),
        reason: format!("not a usable Parallax corpus: {e}"),
    })
}

/// The name a pasted text gets (`pasted-1.txt`, …), so errors can name it.
pub fn pasted_name(n: usize) -> String {
    format!("pasted-{n}.txt")
}

/// True when `url` is same-origin relative to `origin` (`https://host:port`): a relative URL, or
/// an absolute one on exactly that origin. Anything else is refused: the page makes no
/// third-party requests.
pub fn same_origin(url: &str, origin: &str) -> bool {
    let url = url.trim();
    if url.is_empty() || url.starts_with("//") || url.contains('\\') {
        return false;
    }
    // A scheme is a `:` before the first `/`, `?` or `#`; without one the URL is relative.
    let first_delim = url.find(['/', '?', '#']).unwrap_or(url.len());
    if !url[..first_delim].contains(':') {
        return true;
    }
    let rest = url.get(origin.len()..).unwrap_or("");
    url.starts_with(origin) && (rest.is_empty() || rest.starts_with(['/', '?', '#']))
}

/// Properties of [`Import`].
#[derive(Properties, PartialEq)]
pub struct ImportProps {
    /// The corpus being explored (what "Save corpus" saves, with its search data).
    pub corpus: CorpusContext,
    /// Called with a new corpus to explore.
    pub on_corpus: Callback<CorpusContext>,
}

/// Where an import stands.
#[derive(Debug, Clone, PartialEq, Default)]
enum Status {
    #[default]
    Idle,
    Parsing {
        done: u32,
        total: u32,
    },
    Finished {
        articles: usize,
    },
    Failed(String),
}

/// The import panel: file picker, drop zone, paste box, progress, per-file errors, save/open.
#[component]
pub fn Import(props: &ImportProps) -> Html {
    let staged = use_state(Vec::<(String, Vec<u8>)>::new);
    let pasted = use_state(String::new);
    let status = use_state(Status::default);
    let problems = use_state(Vec::<FileProblem>::new);
    let dragging = use_state(|| false);

    let add_files = {
        let staged = staged.clone();
        Callback::from(move |files: Vec<(String, Vec<u8>)>| {
            let mut all = (*staged).clone();
            all.extend(files);
            staged.set(all);
        })
    };

    let on_pick = {
        let add_files = add_files.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            if let Some(list) = input.files() {
                read_files(list, add_files.clone());
            }
            input.set_value("");
        })
    };
    let on_drop = {
        let add_files = add_files.clone();
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            if let Some(list) = e.data_transfer().and_then(|d| d.files()) {
                read_files(list, add_files.clone());
            }
        })
    };
    let on_dragover = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(true);
        })
    };
    let on_dragleave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let on_paste_input = {
        let pasted = pasted.clone();
        Callback::from(move |e: InputEvent| {
            let area: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
            pasted.set(area.value());
        })
    };
    let on_add_paste = {
        let pasted = pasted.clone();
        let staged = staged.clone();
        Callback::from(move |_: MouseEvent| {
            if pasted.trim().is_empty() {
                return;
            }
            let n = staged
                .iter()
                .filter(|(name, _)| name.starts_with("pasted-"))
                .count()
                + 1;
            let mut all = (*staged).clone();
            all.push((pasted_name(n), pasted.as_bytes().to_vec()));
            staged.set(all);
            pasted.set(String::new());
        })
    };
    let on_clear = {
        let staged = staged.clone();
        Callback::from(move |_: MouseEvent| staged.set(Vec::new()))
    };
    let on_parse = {
        let staged = staged.clone();
        let status = status.clone();
        let problems = problems.clone();
        let on_corpus = props.on_corpus.clone();
        let title = props.corpus.corpus.title.clone();
        let event_date = props.corpus.corpus.event_date.clone();
        Callback::from(move |_: MouseEvent| {
            if staged.is_empty() {
                return;
            }
            problems.set(Vec::new());
            status.set(Status::Parsing {
                done: 0,
                total: staged.len() as u32,
            });
            let title = if title.is_empty() {
                "My articles".to_string()
            } else {
                format!("My articles ({title})")
            };
            parse_in_worker(
                crate::worker::Request {
                    title,
                    event_date: event_date.clone(),
                    files: (*staged).clone(),
                },
                status.clone(),
                problems.clone(),
                on_corpus.clone(),
                staged.clone(),
            );
        })
    };
    let on_open = {
        let status = status.clone();
        let problems = problems.clone();
        let on_corpus = props.on_corpus.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let Some(list) = input.files() else { return };
            input.set_value("");
            let status = status.clone();
            let problems = problems.clone();
            let on_corpus = on_corpus.clone();
            read_files(
                list,
                Callback::from(move |files: Vec<(String, Vec<u8>)>| {
                    for (name, bytes) in files {
                        match open_corpus(&name, &bytes) {
                            Ok(c) => {
                                status.set(Status::Finished {
                                    articles: c.corpus.articles.len(),
                                });
                                problems.set(Vec::new());
                                on_corpus.emit(CorpusContext::new(c));
                            }
                            Err(p) => {
                                status.set(Status::Failed(format!("{}: {}", p.name, p.reason)));
                            }
                        }
                    }
                }),
            );
        })
    };
    let on_save = {
        let corpus = props.corpus.clone();
        Callback::from(move |_: MouseEvent| {
            download(
                &format!("corpus.{CORPUS_EXT}"),
                &format::encode_with(&corpus.corpus, &corpus.search, &corpus.views),
                "application/octet-stream",
            );
        })
    };

    let busy = matches!(*status, Status::Parsing { .. });
    let progress = match &*status {
        Status::Idle => html! {},
        Status::Parsing { done, total } => html! {
            <div class="import-progress">
                <progress max={total.to_string()} value={done.to_string()} aria-label="Parsing files"></progress>
                <span>{ format!("Parsed {done} of {total} files…") }</span>
            </div>
        },
        Status::Finished { articles } => html! {
            <p class="import-done">{ format!("Done: {articles} article{} now in every view.", if *articles == 1 { "" } else { "s" }) }</p>
        },
        Status::Failed(msg) => html! { <p class="import-error" role="alert">{ msg.clone() }</p> },
    };

    html! {
        <section class="import" aria-labelledby="import-title">
            <h2 id="import-title">{ "Bring your own articles" }</h2>
            <p class="hint">{ "Articles are parsed here in your browser and never leave it. Plain text, HTML and Markdown files work." }</p>
            <div
                class={classes!("dropzone", dragging.then_some("dragging"))}
                ondrop={on_drop}
                ondragover={on_dragover}
                ondragleave={on_dragleave}
            >
                <label class="button">
                    { "Choose files…" }
                    <input type="file" multiple=true accept={ACCEPT} class="visually-hidden" onchange={on_pick} disabled={busy} />
                </label>
                <span>{ " or drop them here" }</span>
            </div>
            <label for="paste-box">{ "Or paste an article" }</label>
            <textarea id="paste-box" rows="5" value={(*pasted).clone()} oninput={on_paste_input} disabled={busy} />
            <div class="import-actions">
                <button type="button" onclick={on_add_paste} disabled={busy || pasted.trim().is_empty()}>{ "Add pasted text" }</button>
            </div>
            if !staged.is_empty() {
                <h3>{ format!("{} file{} ready", staged.len(), if staged.len() == 1 { "" } else { "s" }) }</h3>
                <ul class="staged">
                    { for staged.iter().map(|(name, bytes)| html! { <li>{ format!("{name} ({} bytes)", bytes.len()) }</li> }) }
                </ul>
                <div class="import-actions">
                    <button type="button" class="primary" onclick={on_parse} disabled={busy}>{ "Parse and explore" }</button>
                    <button type="button" onclick={on_clear} disabled={busy}>{ "Clear" }</button>
                </div>
            }
            <div aria-live="polite">{ progress }</div>
            if !problems.is_empty() {
                <h3>{ "Files that could not be read" }</h3>
                <ul class="problems">
                    { for problems.iter().map(|p| html! { <li><strong>{ p.name.clone() }</strong>{ ": " }{ p.reason.clone() }</li> }) }
                </ul>
            }
            <h3>{ "Corpus files" }</h3>
            <div class="import-actions">
                <button type="button" onclick={on_save}>{ "Save corpus" }</button>
                <label class="button">
                    { "Open corpus…" }
                    <input type="file" accept={format!(".{CORPUS_EXT},application/octet-stream")} class="visually-hidden" onchange={on_open} />
                </label>
            </div>
        </section>
    }
}

/// Reads every file of a list, then calls `done` once with `(name, bytes)` in list order.
#[cfg(target_arch = "wasm32")]
fn read_files(list: web_sys::FileList, done: Callback<Vec<(String, Vec<u8>)>>) {
    let files: Vec<web_sys::File> = (0..list.length()).filter_map(|i| list.get(i)).collect();
    yew::platform::spawn_local(async move {
        let mut out = Vec::new();
        for f in files {
            let buf = wasm_bindgen_futures::JsFuture::from(f.array_buffer()).await;
            if let Ok(buf) = buf {
                out.push((f.name(), js_sys::Uint8Array::new(&buf).to_vec()));
            }
        }
        done.emit(out);
    });
}

#[cfg(not(target_arch = "wasm32"))]
fn read_files(_list: web_sys::FileList, _done: Callback<Vec<(String, Vec<u8>)>>) {}

/// Starts the parsing worker (its wasm is fetched now, not at page load) and follows its
/// progress; the worker ends when it has sent the corpus.
#[cfg(target_arch = "wasm32")]
fn parse_in_worker(
    request: crate::worker::Request,
    status: UseStateHandle<Status>,
    problems: UseStateHandle<Vec<FileProblem>>,
    on_corpus: Callback<CorpusContext>,
    staged: UseStateHandle<Vec<(String, Vec<u8>)>>,
) {
    use crate::worker::Reply;
    use std::cell::RefCell;
    use wasm_bindgen::JsCast;
    use wasm_bindgen::prelude::*;

    let worker = match web_sys::Worker::new("./parallax-worker_loader.js") {
        Ok(w) => w,
        Err(_) => {
            status.set(Status::Failed(
                "The parser could not be started in this browser.".into(),
            ));
            return;
        }
    };
    let found = std::rc::Rc::new(RefCell::new(Vec::<FileProblem>::new()));
    let handle = worker.clone();
    let post_status = status.clone();
    // Posted when the worker says it listens: a message sent before that would be lost.
    let request = request.to_js();
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
            if e.data().as_string().as_deref() == Some(crate::worker::READY) {
                if handle.post_message(&request).is_err() {
                    handle.terminate();
                    post_status.set(Status::Failed(
                        "The files could not be handed to the parser.".into(),
                    ));
                }
                return;
            }
            match Reply::from_js(&e.data()) {
                Some(Reply::Progress {
                    done,
                    total,
                    name,
                    error,
                }) => {
                    if let Some(reason) = error {
                        found.borrow_mut().push(FileProblem { name, reason });
                        problems.set(found.borrow().clone());
                    }
                    status.set(Status::Parsing { done, total });
                }
                Some(Reply::Done(bytes)) => {
                    handle.terminate();
                    match open_corpus("parsed articles", &bytes) {
                        Ok(c) if !c.corpus.articles.is_empty() => {
                            status.set(Status::Finished {
                                articles: c.corpus.articles.len(),
                            });
                            staged.set(Vec::new());
                            on_corpus.emit(CorpusContext::new(c));
                        }
                        Ok(_) => status.set(Status::Failed(
                            "None of the files could be read; the current corpus stays.".into(),
                        )),
                        Err(p) => status.set(Status::Failed(p.reason)),
                    }
                }
                None => {}
            }
        });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
}

#[cfg(not(target_arch = "wasm32"))]
fn parse_in_worker(
    _request: crate::worker::Request,
    _status: UseStateHandle<Status>,
    _problems: UseStateHandle<Vec<FileProblem>>,
    _on_corpus: Callback<CorpusContext>,
    _staged: UseStateHandle<Vec<(String, Vec<u8>)>>,
) {
}

/// Offers `bytes` as a download named `name`.
#[cfg(target_arch = "wasm32")]
pub fn download(name: &str, bytes: &[u8], mime: &str) {
    let parts = js_sys::Array::new();
    parts.push(&js_sys::Uint8Array::from(bytes));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &opts) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Some(doc) = web_sys::window().and_then(|w| w.document())
        && let Ok(a) = doc.create_element("a")
    {
        let _ = a.set_attribute("href", &url);
        let _ = a.set_attribute("download", name);
        if let Some(a) = wasm_bindgen::JsCast::dyn_ref::<web_sys::HtmlElement>(&a) {
            a.click();
        }
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Native builds cannot download.
#[cfg(not(target_arch = "wasm32"))]
pub fn download(_name: &str, _bytes: &[u8], _mime: &str) {}

/// Fetches a corpus file from a same-origin URL (`?corpus=`); refuses other origins.
#[cfg(target_arch = "wasm32")]
pub async fn fetch_corpus(url: &str) -> Result<Indexed, String> {
    use wasm_bindgen::JsCast;
    let window = web_sys::window().ok_or("no window")?;
    let origin = window.location().origin().unwrap_or_default();
    if !same_origin(url, &origin) {
        return Err(format!(
            "{url}: only corpus files from this site can be opened"
        ));
    }
    let resp = wasm_bindgen_futures::JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|_| format!("{url}: could not be fetched"))?;
    let resp: web_sys::Response = resp.dyn_into().map_err(|_| format!("{url}: no response"))?;
    if !resp.ok() {
        return Err(format!("{url}: the server answered {}", resp.status()));
    }
    let buf = resp
        .array_buffer()
        .map_err(|_| format!("{url}: unreadable body"))?;
    let buf = wasm_bindgen_futures::JsFuture::from(buf)
        .await
        .map_err(|_| format!("{url}: unreadable body"))?;
    let bytes = js_sys::Uint8Array::new(&buf).to_vec();
    open_corpus(url, &bytes).map_err(|p| format!("{}: {}", p.name, p.reason))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_same_origin_urls_are_fetched() {
        let origin = "https://news.example";
        let cases = [
            ("corpus.parallax", true),
            ("./data/c.parallax", true),
            ("/data/c.parallax?v=2", true),
            ("https://news.example/c.parallax", true),
            ("https://news.example", true),
            ("https://news.example.evil.com/c", false),
            ("https://other.example/c.parallax", false),
            ("//other.example/c.parallax", false),
            ("javascript:alert(1)", false),
            ("data:application/octet-stream;base64,AA==", false),
            ("", false),
        ];
        for (url, want) in cases {
            assert_eq!(same_origin(url, origin), want, "{url}");
        }
    }

    #[test]
    fn bad_corpus_files_get_a_message_naming_them() {
        let err = open_corpus("notes.parallax", b"hello").expect_err("not a corpus");
        assert_eq!(err.name, "notes.parallax");
        assert!(
            err.reason.starts_with("not a usable Parallax corpus"),
            "{}",
            err.reason
        );
        let good = format::encode(&parallax_core::Corpus {
            format_version: parallax_core::FORMAT_VERSION,
            ..parallax_core::Corpus::default()
        });
        assert!(open_corpus("ok.parallax", &good).is_ok());
        assert_eq!(pasted_name(2), "pasted-2.txt");
    }
}
