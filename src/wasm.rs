//! The JavaScript boundary: the only file that touches wasm-bindgen.

use crate::{analyze_to_format, Options};
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct JsOptions {
    offsets: Option<String>,
    published: Option<String>,
}

/// Analyses `text` and returns the analysis format as a plain object. `options` may be
/// `undefined` or `{offsets?: "utf16" | "chars" | "bytes", published?: "2017-11-30"}`; offsets
/// default to `utf16`, so `text.slice(start, end)` is right.
#[wasm_bindgen]
pub fn analyze(text: &str, options: JsValue) -> Result<JsValue, JsError> {
    let opts: JsOptions = if options.is_undefined() || options.is_null() {
        JsOptions::default()
    } else {
        serde_wasm_bindgen::from_value(options)
            .map_err(|e| JsError::new(&format!("storylens: bad options: {e}")))?
    };
    let options = Options::new(opts.offsets.as_deref(), opts.published.as_deref())
        .map_err(|e| JsError::new(&format!("storylens: {e}")))?;
    let out =
        analyze_to_format(text, &options).map_err(|e| JsError::new(&format!("storylens: {e}")))?;
    out.serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&format!("storylens: {e}")))
}

/// The crate version, for the page's footer and bug reports.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
