//! The JavaScript boundary: the only file that touches wasm-bindgen.
//!
//! The analysis crosses it packed (`analyzePacked`: a Uint32Array and one string, which
//! `www/unpack.js` turns into the format's object): the JS loaders use that. `analyze` gives the
//! object directly, by way of JSON (serde_json here, `JSON.parse` there: one crossing per
//! megabyte rather than one per field as with `serde_wasm_bindgen`), for callers of the bare glue.

use crate::{analyze_to_format, format, Options};
use serde::Serialize;
use std::io;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[global_allocator]
static ALLOC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

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

/// `value` as a JavaScript object, by way of JSON.
fn to_js<T: Serialize>(value: &T) -> Result<JsValue, String> {
    let mut out = Chunks {
        sent: None,
        buf: Vec::new(),
    };
    serde_json::to_writer(&mut out, value).map_err(|e| e.to_string())?;
    let parsed = match (&out.sent, std::str::from_utf8(&out.buf)) {
        // Most analyses fit in one chunk: straight to `JSON.parse`.
        (None, Ok(json)) => parse_str(json),
        _ => {
            out.send();
            match &out.sent {
                Some(sent) if out.buf.is_empty() => parse_text(sent),
                _ => return Err("the JSON is not UTF-8".to_string()),
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
    buf: Vec<u8>,
}

impl Chunks {
    /// Sends the waiting bytes up to the last whole character (serde_json writes whole
    /// characters, so that is all of them).
    fn send(&mut self) {
        let text = match std::str::from_utf8(&self.buf) {
            Ok(text) => text,
            Err(e) => std::str::from_utf8(self.buf.get(..e.valid_up_to()).unwrap_or_default())
                .unwrap_or_default(),
        };
        let sent = match &self.sent {
            Some(sent) => sent.concat(text),
            None => JsValue::from_str(text).unchecked_into(),
        };
        let n = text.len();
        self.sent = Some(sent);
        self.buf.drain(..n);
    }
}

impl io::Write for Chunks {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.buf.extend_from_slice(bytes);
        if self.buf.len() >= CHUNK {
            self.send();
        }
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
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
