//! The JavaScript boundary: the only file that touches wasm-bindgen.
//!
//! The analysis crosses it packed (`analyzePacked`: a Uint32Array and one string), and
//! `www/unpack.js` turns that into the format's object: `analyze` of `www/storylens.js` (the npm
//! package's entry) is `unpack(text, analyzePacked(text, options))`. No JSON writer is in the
//! wasm: building the object in JavaScript from a typed array is several times faster, and the
//! module is 5.5 KB gzipped smaller for it.

use crate::{format, Options};
use wasm_bindgen::prelude::*;

#[global_allocator]
static ALLOC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// The crate version, for the page's footer and bug reports.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// Analyses `text` and returns the analysis packed for `www/unpack.js`: `[Uint32Array, string]`
/// (see `format::Packed`); `unpack(text, analyzePacked(text, options))` is the analysis format.
/// `options` may be `undefined` or `{offsets?: "utf16" | "chars" | "bytes", published?:
/// "2017-11-30"}`; offsets default to `utf16`, so `text.slice(start, end)` is right.
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
    #[wasm_bindgen(js_namespace = performance)]
    fn now() -> f64;

    #[wasm_bindgen(js_namespace = Object, js_name = keys)]
    fn object_keys(object: &JsValue) -> Vec<JsValue>;

    #[wasm_bindgen(js_namespace = Reflect, js_name = get)]
    fn get_property(object: &JsValue, key: &JsValue) -> JsValue;
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
