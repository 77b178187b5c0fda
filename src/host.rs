//! The embedded page's side of the newsroom embed protocols.
//!
//! When Parallax runs inside an iframe it tells the parent frame its content height, on load and
//! whenever the height changes (a `ResizeObserver`, never polling), in the three conventions
//! newsroom CMSs listen for: pym.js, AMP `embed-size` and Datawrapper-style. The message formats
//! live in [`parallax_core::embed`] with native tests; this module only wires them to the DOM.
//!
//! It sends nothing else to the parent, and of incoming messages it acts only on well-formed pym
//! `width` messages addressed to its own child id (answering with its height, as pym expects).
//! Outside a frame it does nothing.

use parallax_core::embed;

/// What the page learned from its URL about the frame it is embedded in.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FrameParams {
    /// The id pym's parent gave this child (`childId` query parameter), when valid.
    pub child_id: Option<String>,
}

impl FrameParams {
    /// Reads `childId` from a query string (`?a=b&childId=x`), keeping it only when it is a valid
    /// pym id (so nothing hostile is echoed back to the parent).
    pub fn from_query(query: &str) -> Self {
        let child_id = query
            .trim_start_matches('?')
            .split('&')
            .filter_map(|pair| pair.split_once('='))
            .find(|(k, _)| *k == "childId")
            .map(|(_, v)| v.to_string())
            .filter(|v| embed::valid_child_id(v));
        FrameParams { child_id }
    }

    /// The id used in Datawrapper-style messages: pym's child id, else "parallax".
    pub fn datawrapper_id(&self) -> &str {
        self.child_id.as_deref().unwrap_or("parallax")
    }
}

/// Starts reporting the content height to the parent frame. Does nothing outside a frame or
/// outside the browser. Call once, after the app is mounted.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    if let Err(e) = wasm::start() {
        web_sys::console::warn_1(&e);
    }
}

/// Native builds (tests, server-side rendering) have no parent frame.
#[cfg(not(target_arch = "wasm32"))]
pub fn start() {}

#[cfg(target_arch = "wasm32")]
mod wasm {
    use super::FrameParams;
    use parallax_core::embed;
    use std::cell::Cell;
    use std::rc::Rc;
    use wasm_bindgen::JsCast;
    use wasm_bindgen::prelude::*;

    /// The element whose height is reported: the app root, else `<body>`.
    fn measured(document: &web_sys::Document) -> Option<web_sys::Element> {
        document
            .get_element_by_id("parallax-root")
            .or_else(|| document.body().map(Into::into))
    }

    pub(super) fn start() -> Result<(), JsValue> {
        let window = web_sys::window().ok_or("no window")?;
        let parent = match window.parent()? {
            Some(p) if !js_sys::Object::is(&p, &window) => p,
            _ => return Ok(()), // not framed
        };
        let document = window.document().ok_or("no document")?;
        let params = FrameParams::from_query(&window.location().search().unwrap_or_default());
        let last = Rc::new(Cell::new(0u32));

        let report = {
            let document = document.clone();
            let parent = parent.clone();
            let params = params.clone();
            let last = last.clone();
            Rc::new(move |force: bool| {
                let Some(el) = measured(&document) else {
                    return;
                };
                let height = el.get_bounding_client_rect().height().ceil().max(0.0) as u32;
                if height == 0 || (!force && height == last.get()) {
                    return;
                }
                last.set(height);
                if let Some(id) = &params.child_id {
                    let _ = parent
                        .post_message(&JsValue::from_str(&embed::pym_height(id, height)), "*");
                }
                for json in [
                    embed::amp_height(height),
                    embed::datawrapper_height(params.datawrapper_id(), height),
                ] {
                    if let Ok(obj) = js_sys::JSON::parse(&json) {
                        let _ = parent.post_message(&obj, "*");
                    }
                }
            })
        };

        // Height changes: one observer on the measured element; it also fires once on observe.
        let on_resize = {
            let report = report.clone();
            Closure::<dyn FnMut()>::new(move || report(false))
        };
        let observer = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref())?;
        if let Some(el) = measured(&document) {
            observer.observe(&el);
        }
        on_resize.forget(); // lives as long as the page

        // pym's parent sends `width` on load and resize and expects a height back.
        if let Some(child_id) = params.child_id.clone() {
            let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(
                move |e: web_sys::MessageEvent| {
                    let Some(data) = e.data().as_string() else {
                        return;
                    };
                    if embed::parse_pym_width(&data, &child_id).is_some() {
                        report(true);
                    }
                },
            );
            window
                .add_event_listener_with_callback("message", on_message.as_ref().unchecked_ref())?;
            on_message.forget();
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn child_id_is_read_and_validated() {
        let cases = [
            ("?childId=parallax-1&initialWidth=600", Some("parallax-1")),
            ("initialWidth=600&childId=abc_2", Some("abc_2")),
            ("?childId=%3Cscript%3E", None),
            ("?childId=", None),
            ("?view=quotes", None),
            ("", None),
        ];
        for (query, want) in cases {
            assert_eq!(
                FrameParams::from_query(query).child_id.as_deref(),
                want,
                "{query}"
            );
        }
        assert_eq!(FrameParams::default().datawrapper_id(), "parallax");
    }
}
