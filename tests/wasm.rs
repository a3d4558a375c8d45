//! The wasm boundary, run by wasm-bindgen-test-runner in Node: the format arrives as a plain
//! object with UTF-16 offsets, and bad options are JS errors.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use storylens::wasm::analyze;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::wasm_bindgen_test;

#[wasm_bindgen_test]
fn analyze_returns_the_format_with_utf16_offsets() {
    let text = "😀 “We will be ready,” Li Na said on Monday.";
    let out = analyze(text, JsValue::UNDEFINED).unwrap();
    let json: serde_json::Value = serde_wasm_bindgen::from_value(out.clone()).unwrap();
    assert_eq!(json["schema"], 1);
    assert_eq!(json["offsets"], "utf16");
    let q = &json["quotes"][0];
    let units: Vec<u16> = text.encode_utf16().collect();
    let (s, e) = (
        q["start"].as_u64().unwrap() as usize,
        q["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(
        String::from_utf16(&units[s..e]).unwrap(),
        "We will be ready,"
    );
    assert_eq!(q["speaker"]["text"], "Li Na");
    // `null`, not `undefined`, for absent values.
    assert!(out.is_object());
    assert_eq!(json["article"]["title"], serde_json::Value::Null);
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
    assert!(analyze("text", opts).is_err());
    let opts = object(serde_json::json!({"published": "yesterday"}));
    assert!(analyze("text", opts).is_err());
    let opts = object(serde_json::json!({"colour": "red"}));
    assert!(analyze("text", opts).is_err());
    let opts = object(serde_json::json!({"offsets": "chars", "published": "2017-11-30"}));
    assert!(analyze("text", opts).is_ok());
}
