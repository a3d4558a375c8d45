//! The JavaScript boundary: the only file that touches wasm-bindgen.
//!
//! The analysis crosses it packed (`analyzePacked`: a Uint32Array and one string, which
//! `www/unpack.js` turns into the format's object): the JS loaders use that. `analyze` gives the
//! object directly, by way of JSON (`json::write` here, `JSON.parse` there: one crossing per
//! megabyte rather than one per field as with `serde_wasm_bindgen`), for callers of the bare glue.

use crate::{analyze_to_format, format, json, Options};
use std::fmt;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[global_allocator]
static ALLOC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// Analyses `text` and returns the analysis format as a plain object. `options` may be
/// `undefined` or `{offsets?: "utf16" | "chars" | "bytes", published?: "2017-11-30"}`; offsets
/// default to `utf16`, so `text.slice(start, end)` is right.
#[wasm_bindgen]
pub fn analyze(text: &str, options: JsValue) -> Result<JsValue, JsError> {
    let options = read_options(options).map_err(fail)?;
    let out = analyze_to_format(text, &options).map_err(|e| fail(e.to_string()))?;
    to_js(&out).map_err(fail)
}

/// The crate version, for the page's footer and bug reports.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// The analysis packed for `www/unpack.js`: `[Uint32Array, string]` (see `format::Packed`).
/// `unpack(text, analyzePacked(text, options))` is `analyze(text, options)`, several times
/// faster to hand over; the page, the worker, the npm package and the single-file build call
/// this.
#[wasm_bindgen(js_name = analyzePacked)]
pub fn analyze_packed(text: &str, options: JsValue) -> Result<Vec<JsValue>, JsError> {
    let options = read_options(options).map_err(fail)?;
    let analysis = crate::analyze(text, &options).map_err(|e| fail(e.to_string()))?;
    let packed = format::pack(text, &analysis, options.offsets);
    drop(analysis);
    Ok(vec![
        JsValue::from(packed.nums),
        JsValue::from_str(&packed.strings),
    ])
}

/// For `tools/bench.mjs`: the milliseconds of [`analyze_packed`]'s two steps, the analysis and
/// packing it (offset conversion, strings), so the bench can print where the time goes.
#[doc(hidden)]
#[wasm_bindgen(js_name = __stageTimes, skip_typescript)]
pub fn stage_times(text: &str, options: JsValue) -> Result<Vec<f64>, JsError> {
    let options = read_options(options).map_err(fail)?;
    let t0 = now();
    let analysis = crate::analyze(text, &options).map_err(|e| fail(e.to_string()))?;
    let t1 = now();
    let packed = format::pack(text, &analysis, options.offsets);
    let t2 = now();
    drop((analysis, packed));
    Ok(vec![t1 - t0, t2 - t1])
}

fn fail(e: String) -> JsError {
    JsError::new(&format!("storylens: {e}"))
}

#[wasm_bindgen]
extern "C" {
    /// A JavaScript string being built from chunks.
    type JsText;

    #[wasm_bindgen(method, js_name = concat)]
    fn concat(this: &JsText, more: &str) -> JsText;

    #[wasm_bindgen(js_namespace = JSON, js_name = parse, catch)]
    fn parse_str(json: &str) -> Result<JsValue, JsValue>;

    #[wasm_bindgen(js_namespace = JSON, js_name = parse, catch)]
    fn parse_text(json: &JsText) -> Result<JsValue, JsValue>;

    #[wasm_bindgen(js_namespace = performance)]
    fn now() -> f64;

    #[wasm_bindgen(js_namespace = Object, js_name = keys)]
    fn object_keys(object: &JsValue) -> Vec<JsValue>;

    #[wasm_bindgen(js_namespace = Reflect, js_name = get)]
    fn get_property(object: &JsValue, key: &JsValue) -> JsValue;
}

/// How much JSON waits in wasm memory before it goes over (a big document's JSON is several
/// times its text: it is built in JavaScript's heap, not in wasm memory, which never shrinks).
const CHUNK: usize = 1 << 20;

/// The analysis as a JavaScript object, by way of JSON (written by `json`, not serde_json).
fn to_js(out: &format::AnalysisOut) -> Result<JsValue, String> {
    let mut chunks = Chunks {
        sent: None,
        buf: String::new(),
    };
    json::write(out, &mut chunks).map_err(|_| "could not write the JSON".to_string())?;
    let parsed = match &chunks.sent {
        // Most analyses fit in one chunk: straight to `JSON.parse`.
        None => parse_str(&chunks.buf),
        Some(_) => {
            chunks.send();
            match &chunks.sent {
                Some(sent) => parse_text(sent),
                None => return Err("lost the JSON".to_string()),
            }
        }
    };
    parsed.map_err(|e| format!("could not read the JSON: {e:?}"))
}

/// A writer that sends the JSON to JavaScript a chunk at a time.
struct Chunks {
    /// What JavaScript has so far.
    sent: Option<JsText>,
    /// What it has not.
    buf: String,
}

impl Chunks {
    /// Sends the waiting text.
    fn send(&mut self) {
        let sent = match &self.sent {
            Some(sent) => sent.concat(&self.buf),
            None => JsValue::from_str(&self.buf).unchecked_into(),
        };
        self.sent = Some(sent);
        self.buf.clear();
    }
}

impl fmt::Write for Chunks {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.buf.push_str(s);
        if self.buf.len() >= CHUNK {
            self.send();
        }
        Ok(())
    }
}

/// Reads the options object; an unknown key is an error, so a typo is not silently ignored.
/// (Read key by key here rather than through serde: the wasm stays smaller.)
fn read_options(options: JsValue) -> Result<Options, String> {
    if options.is_undefined() || options.is_null() {
        return Ok(Options::default());
    }
    if !options.is_object() {
        return Err("options must be an object of strings".to_string());
    }
    let (mut offsets, mut published) = (None, None);
    for key in object_keys(&options) {
        let name = key.as_string().unwrap_or_default();
        let value = get_property(&options, &key);
        let value = if value.is_undefined() || value.is_null() {
            None
        } else {
            Some(value.as_string().ok_or_else(|| {
                format!("options must be an object of strings: {name:?} is not a string")
            })?)
        };
        match name.as_str() {
            "offsets" => offsets = value,
            "published" => published = value,
            _ => {
                return Err(format!(
                    "unknown option {name:?} (known: offsets, published)"
                ))
            }
        }
    }
    Options::new(offsets.as_deref(), published.as_deref()).map_err(|e| e.to_string())
}
