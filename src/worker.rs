//! Bring-your-own-articles parsing in a web worker.
//!
//! The parser (HTML parsing, cleaning, attribution, dates…) is a large part of parallax-core. The
//! main page never calls it — it only decodes corpora — so it is not in the main wasm at all:
//! it lives in a second, separately built wasm (`parallax-worker`, see `src/worker_main.rs` and
//! the `data-type="worker"` link in `index.html`) that the page starts only when the user asks to
//! parse files. The page stays responsive while the worker parses, one file at a time.
//!
//! The protocol is plain JS values, described by [`Request`] and [`Reply`] so both sides agree:
//! - worker → page, once its wasm has loaded and it listens: the string [`READY`]. The page posts
//!   its request only then: a message posted to a worker before its (asynchronously loaded)
//!   handler is installed is dropped, and the import would wait forever;
//! - page → worker: `[title, event_date | null, [[name, Uint8Array], …]]`;
//! - worker → page, once per file: `["progress", done, total, name, error | null]`;
//! - worker → page, at the end: `["done", Uint8Array]` — the corpus in the embedded format
//!   ([`parallax_core::format`]), which the page validates like any corpus file.

use parallax_core::manifest::Manifest;
use parallax_core::{CorpusBuilder, format};

/// What the worker posts once it listens for requests (see the module docs).
pub const READY: &str = "ready";

/// What the page asks the worker to parse.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    /// Corpus title.
    pub title: String,
    /// Corpus event date, `YYYY-MM-DD`, for resolving relative dates.
    pub event_date: Option<String>,
    /// `(file name, bytes)`.
    pub files: Vec<(String, Vec<u8>)>,
}

/// What the worker tells the page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reply {
    /// One more file handled.
    Progress {
        /// Files handled so far.
        done: u32,
        /// Files in the request.
        total: u32,
        /// The file just handled.
        name: String,
        /// Why it could not be parsed, if it could not.
        error: Option<String>,
    },
    /// The encoded corpus.
    Done(Vec<u8>),
}

/// Parses a request, calling `send` after every file and once at the end. Pure: the worker's
/// message plumbing and the native tests both drive it.
pub fn handle(request: Request, mut send: impl FnMut(Reply)) {
    let manifest = Manifest {
        title: request.title,
        event_date: request.event_date,
        ..Manifest::default()
    };
    let total = u32::try_from(request.files.len()).unwrap_or(u32::MAX);
    let mut builder = CorpusBuilder::new(manifest);
    for (i, (name, bytes)) in request.files.iter().enumerate() {
        let error = builder.add(name, bytes).err().map(|e| e.reason);
        send(Reply::Progress {
            done: u32::try_from(i + 1).unwrap_or(u32::MAX),
            total,
            name: name.clone(),
            error,
        });
    }
    send(Reply::Done(format::encode(&builder.finish())));
}

#[cfg(target_arch = "wasm32")]
mod js {
    //! JS-value conversions of the protocol, both sides.
    use super::{Reply, Request};
    use js_sys::{Array, Uint8Array};
    use wasm_bindgen::{JsCast, JsValue};

    impl Request {
        /// The JS value posted to the worker.
        pub fn to_js(&self) -> JsValue {
            let files = Array::new();
            for (name, bytes) in &self.files {
                let pair = Array::new();
                pair.push(&JsValue::from_str(name));
                pair.push(&Uint8Array::from(bytes.as_slice()));
                files.push(&pair);
            }
            let msg = Array::new();
            msg.push(&JsValue::from_str(&self.title));
            msg.push(
                &self
                    .event_date
                    .as_deref()
                    .map_or(JsValue::NULL, JsValue::from_str),
            );
            msg.push(&files);
            msg.into()
        }

        /// Reads a posted request; `None` for anything malformed.
        pub fn from_js(value: &JsValue) -> Option<Request> {
            let msg = value.dyn_ref::<Array>()?;
            let title = msg.get(0).as_string()?;
            let event_date = msg.get(1).as_string();
            let list = msg.get(2).dyn_into::<Array>().ok()?;
            let mut files = Vec::new();
            for item in list.iter() {
                let pair = item.dyn_into::<Array>().ok()?;
                let name = pair.get(0).as_string()?;
                let bytes = pair.get(1).dyn_into::<Uint8Array>().ok()?.to_vec();
                files.push((name, bytes));
            }
            Some(Request {
                title,
                event_date,
                files,
            })
        }
    }

    impl Reply {
        /// The JS value posted back to the page.
        pub fn to_js(&self) -> JsValue {
            let msg = Array::new();
            match self {
                Reply::Progress {
                    done,
                    total,
                    name,
                    error,
                } => {
                    msg.push(&JsValue::from_str("progress"));
                    msg.push(&JsValue::from(*done));
                    msg.push(&JsValue::from(*total));
                    msg.push(&JsValue::from_str(name));
                    msg.push(&error.as_deref().map_or(JsValue::NULL, JsValue::from_str));
                }
                Reply::Done(bytes) => {
                    msg.push(&JsValue::from_str("done"));
                    msg.push(&Uint8Array::from(bytes.as_slice()));
                }
            }
            msg.into()
        }

        /// Reads a reply; `None` for anything malformed.
        pub fn from_js(value: &JsValue) -> Option<Reply> {
            let msg = value.dyn_ref::<Array>()?;
            match msg.get(0).as_string()?.as_str() {
                "progress" => Some(Reply::Progress {
                    done: msg.get(1).as_f64()? as u32,
                    total: msg.get(2).as_f64()? as u32,
                    name: msg.get(3).as_string()?,
                    error: msg.get(4).as_string(),
                }),
                "done" => Some(Reply::Done(
                    msg.get(1).dyn_into::<Uint8Array>().ok()?.to_vec(),
                )),
                _ => None,
            }
        }
    }
}

/// The worker's entry point: answers every well-formed request posted to it.
#[cfg(target_arch = "wasm32")]
pub fn run() {
    use wasm_bindgen::JsCast;
    use wasm_bindgen::prelude::*;
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_scope = scope.clone();
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
            let Some(request) = Request::from_js(&e.data()) else {
                return;
            };
            handle(request, |reply| {
                let _ = reply_scope.post_message(&reply.to_js());
            });
        });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // Only now can a request be received: tell the page to send it.
    let _ = scope.post_message(&JsValue::from_str(READY));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_file_reports_progress_and_bad_files_lose_nothing_else() {
        let request = Request {
            title: "Mine".into(),
            event_date: Some("2025-08-15".into()),
            files: vec![
                (
                    "a.txt".into(),
                    "Talks end\n\n“We made headway,” Trump said."
                        .as_bytes()
                        .to_vec(),
                ),
                ("broken.txt".into(), vec![0, 0, 0, 159, 146, 150, 0, 0]),
                ("c.md".into(), b"# Second\n\nA paragraph.".to_vec()),
            ],
        };
        let mut replies = Vec::new();
        handle(request, |r| replies.push(r));
        assert_eq!(replies.len(), 4);
        let errors: Vec<_> = replies
            .iter()
            .filter_map(|r| match r {
                Reply::Progress {
                    name,
                    error: Some(e),
                    ..
                } => Some((name.clone(), e.clone())),
                _ => None,
            })
            .collect();
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert_eq!(errors[0].0, "broken.txt");
        assert!(matches!(
            replies[2],
            Reply::Progress {
                done: 3,
                total: 3,
                ..
            }
        ));
        let Some(Reply::Done(bytes)) = replies.last() else {
            panic!("no corpus")
        };
        let corpus = format::decode(bytes)
            .expect("the worker's corpus decodes")
            .corpus;
        assert_eq!(corpus.title, "Mine");
        assert_eq!(corpus.articles.len(), 2);
        assert_eq!(corpus.errors.len(), 1);
    }
}
