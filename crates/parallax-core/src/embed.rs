//! Newsroom embeds: the messages an embedded Parallax sends to its parent frame, the one kind it
//! accepts, and the snippets the "Embed" dialog offers.
//!
//! Three height conventions are spoken, because newsroom CMSs use all three:
//! - pym.js (NPR): the string `pymxPYMx<childId>xPYMxheightxPYMx<px>`; the child id comes from the
//!   `childId` query parameter that pym's parent adds to the iframe URL;
//! - AMP `amp-iframe`: `{"sentinel":"amp","type":"embed-size","height":<px>}`;
//! - Datawrapper-style: `{"datawrapper-height":{"<id>":<px>}}`.
//!
//! Incoming messages are ignored unless they are well-formed pym `width` messages for our child id
//! (`pymxPYMx<childId>xPYMxwidthxPYMx<px>`), which pym's parent sends on resize.

/// The pym.js message delimiter.
pub const PYM_DELIMITER: &str = "xPYMx";

/// A pym.js height message for `child_id`.
pub fn pym_height(child_id: &str, height: u32) -> String {
    format!("pym{PYM_DELIMITER}{child_id}{PYM_DELIMITER}height{PYM_DELIMITER}{height}")
}

/// An AMP `embed-size` message.
pub fn amp_height(height: u32) -> String {
    format!(r#"{{"sentinel":"amp","type":"embed-size","height":{height}}}"#)
}

/// A Datawrapper-style height message for embed `id`.
pub fn datawrapper_height(id: &str, height: u32) -> String {
    let id = serde_json::to_string(id).unwrap_or_else(|_| "\"parallax\"".into());
    format!(r#"{{"datawrapper-height":{{{id}:{height}}}}}"#)
}

/// Parses a pym `width` message addressed to `child_id`; anything else is `None`.
pub fn parse_pym_width(message: &str, child_id: &str) -> Option<u32> {
    let mut parts = message.split(PYM_DELIMITER);
    if parts.next()? != "pym" || parts.next()? != child_id || parts.next()? != "width" {
        return None;
    }
    let px = parts.next()?;
    if parts.next().is_some()
        || px.is_empty()
        || px.len() > 6
        || !px.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    px.parse().ok()
}

/// True for a child id pym could have given us: short, URL-safe. Other ids are not echoed back.
pub fn valid_child_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

fn attr(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// A plain `<iframe>` snippet for `url`, accessible (`title`, `aria-label`), lazy-loaded.
pub fn iframe_snippet(url: &str, title: &str, height: u32) -> String {
    format!(
        r#"<iframe src="{url}" title="{t}" aria-label="{t}" width="100%" height="{height}" style="border:0;width:100%" loading="lazy"></iframe>"#,
        url = attr(url),
        t = attr(title)
    )
}

/// A pym.js snippet: a container and `new pym.Parent(...)`; `pym_src` is where the host serves
/// pym.js (Parallax makes no third-party request itself).
pub fn pym_snippet(url: &str, container_id: &str, title: &str, pym_src: &str) -> String {
    let js_str = |s: &str| serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into());
    format!(
        "<div id=\"{id}\"></div>\n<script src=\"{src}\"></script>\n<script>\n  var parallaxParent = new pym.Parent({cid}, {url}, {{ title: {title} }});\n</script>",
        id = attr(container_id),
        src = attr(pym_src),
        cid = js_str(container_id).replace('<', "\\u003c"),
        url = js_str(url).replace('<', "\\u003c"),
        title = js_str(title).replace('<', "\\u003c"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn height_messages() {
        assert_eq!(
            pym_height("example", 640),
            "pymxPYMxexamplexPYMxheightxPYMx640"
        );
        assert_eq!(
            amp_height(640),
            r#"{"sentinel":"amp","type":"embed-size","height":640}"#
        );
        assert_eq!(
            datawrapper_height("px-1", 640),
            r#"{"datawrapper-height":{"px-1":640}}"#
        );
        let v: serde_json::Value =
            serde_json::from_str(&datawrapper_height("a\"b", 3)).unwrap_or_default();
        assert_eq!(v["datawrapper-height"]["a\"b"], 3);
    }

    #[test]
    fn only_well_formed_width_messages_pass() {
        let cases = [
            ("pymxPYMxexamplexPYMxwidthxPYMx800", Some(800)),
            ("pymxPYMxotherxPYMxwidthxPYMx800", None),
            ("pymxPYMxexamplexPYMxheightxPYMx800", None),
            ("pymxPYMxexamplexPYMxwidthxPYMx8e2", None),
            ("pymxPYMxexamplexPYMxwidthxPYMx", None),
            ("pymxPYMxexamplexPYMxwidthxPYMx800xPYMxextra", None),
            ("pymxPYMxexamplexPYMxwidthxPYMx99999999", None),
            (r#"{"sentinel":"amp"}"#, None),
            ("", None),
        ];
        for (msg, want) in cases {
            assert_eq!(parse_pym_width(msg, "example"), want, "{msg}");
        }
    }

    #[test]
    fn snippets_escape_their_inputs() {
        let s = iframe_snippet("https://x.test/?a=1&b=\"2\"", "Quotes <b>", 600);
        assert!(s.contains("a=1&amp;b=&quot;2&quot;"));
        assert!(s.contains(r#"title="Quotes &lt;b&gt;""#) && s.contains("aria-label="));
        let p = pym_snippet(
            "https://x.test/</script>",
            "parallax-embed",
            "T",
            "pym.v1.min.js",
        );
        assert!(!p.contains("</script>\""), "{p}");
        assert!(p.contains("new pym.Parent(\"parallax-embed\""));
        assert!(valid_child_id("example-1") && !valid_child_id("a b") && !valid_child_id(""));
    }
}
