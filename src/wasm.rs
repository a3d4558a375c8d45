//! The JavaScript boundary: the only file that touches wasm-bindgen.

use crate::{analyze_to_format, Options};
use serde::Serialize;
use std::collections::BTreeMap;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

/// Analyses `text` and returns the analysis format as a plain object. `options` may be
/// `undefined` or `{offsets?: "utf16" | "chars" | "bytes", published?: "2017-11-30"}`; offsets
/// default to `utf16`, so `text.slice(start, end)` is right.
#[wasm_bindgen]
pub fn analyze(text: &str, options: JsValue) -> Result<JsValue, JsError> {
    let fail = |e: String| JsError::new(&format!("storylens: {e}"));
    let options = read_options(options).map_err(fail)?;
    let out = analyze_to_format(text, &options).map_err(|e| fail(e.to_string()))?;
    out.serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| fail(e.to_string()))
}

/// The crate version, for the page's footer and bug reports.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// Reads the options object; an unknown key is an error, so a typo is not silently ignored.
fn read_options(options: JsValue) -> Result<Options, String> {
    if options.is_undefined() || options.is_null() {
        return Ok(Options::default());
    }
    let map: BTreeMap<String, Option<String>> = serde_wasm_bindgen::from_value(options)
        .map_err(|e| format!("options must be an object of strings: {e}"))?;
    if let Some(key) = map
        .keys()
        .find(|k| !matches!(k.as_str(), "offsets" | "published"))
    {
        return Err(format!(
            "unknown option {key:?} (known: offsets, published)"
        ));
    }
    let get = |k: &str| map.get(k).and_then(Option::as_deref);
    Options::new(get("offsets"), get("published")).map_err(|e| e.to_string())
}
