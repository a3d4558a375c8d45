//! The wasm boundary, run by wasm-bindgen-test-runner in Node: the analysis arrives packed (a
//! Uint32Array and a string, which `www/unpack.js` reads; tests/e2e/unpack.test.mjs checks it
//! is the format), and bad options are JS errors.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use storylens::wasm::analyze_packed;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::wasm_bindgen_test;

#[wasm_bindgen_test]
fn analyze_packed_returns_numbers_and_strings() {
    let text = "😀 “We will be ready,” Li Na said on Monday.";
    let out = analyze_packed(text, JsValue::UNDEFINED).unwrap();
    assert_eq!(out.len(), 2);
    // The numbers open with the schema's version; the strings hold the offset unit's name.
    let nums: Vec<u32> = serde_wasm_bindgen::from_value(out[0].clone()).unwrap();
    assert_eq!(nums.first(), Some(&1));
    assert!(out[1].as_string().unwrap().contains("utf16"));
    // With UTF-16 offsets a span's text is cut from the input in JS, not sent; with others it is.
    assert!(!out[1].as_string().unwrap().contains("We will be ready,"));
    let chars = object(serde_json::json!({"offsets": "chars"}));
    let out = analyze_packed(text, chars).unwrap();
    assert!(out[1].as_string().unwrap().contains("We will be ready,"));
}

/// A plain JS object, as a page would pass.
fn object(json: serde_json::Value) -> JsValue {
    use serde::Serialize;
    json.serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .unwrap()
}

#[wasm_bindgen_test]
fn bad_options_are_errors() {
    let opts = object(serde_json::json!({"offsets": "words"}));
    assert!(analyze_packed("text", opts).is_err());
    let opts = object(serde_json::json!({"published": "yesterday"}));
    assert!(analyze_packed("text", opts).is_err());
    let opts = object(serde_json::json!({"colour": "red"}));
    assert!(analyze_packed("text", opts).is_err());
    let opts = object(serde_json::json!({"offsets": "chars", "published": "2017-11-30"}));
    assert!(analyze_packed("text", opts).is_ok());
}
