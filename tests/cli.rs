//! The command line as a user runs it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn storylens(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_storylens"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

fn json(out: &Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn analyze_a_file_in_chars_by_default() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/www/examples/china-us-military-talks.txt"
    );
    let out = storylens(&["analyze", path], b"");
    assert!(out.status.success());
    let a = json(&out);
    assert_eq!(a["schema"], 1);
    assert_eq!(a["offsets"], "chars");
    assert_eq!(a["article"]["published"], "2017-11-30T21:34");
    let text: Vec<char> = std::fs::read_to_string(path).unwrap().chars().collect();
    for q in a["quotes"].as_array().unwrap() {
        let (s, e) = (
            q["start"].as_u64().unwrap() as usize,
            q["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(
            text[s..e].iter().collect::<String>(),
            q["text"].as_str().unwrap()
        );
    }
}

#[test]
fn offsets_and_published_options() {
    let out = storylens(
        &[
            "analyze",
            "-",
            "--offsets",
            "utf16",
            "--published",
            "2020-02-28",
            "--pretty",
        ],
        "😀 “Yes,” Li Na said on Monday.".as_bytes(),
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let a = json(&out);
    assert_eq!(a["offsets"], "utf16");
    assert_eq!(a["quotes"][0]["start"], 4); // 😀 is two UTF-16 units
    assert_eq!(a["times"][0]["value"], "2020-02-24");
}

#[test]
fn jsonl_keeps_ids_and_names_bad_lines() {
    let input = "{\"id\": \"a\", \"text\": \"Ni said it was over.\"}\n\n{\"id\": 7, \"text\": \"x\", \"published\": \"2017-11-30\"}\n";
    let out = storylens(&["analyze", "--jsonl"], input.as_bytes());
    assert!(out.status.success());
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["id"], "a");
    assert_eq!(lines[1]["id"], 7);
    assert_eq!(lines[1]["article"]["published"], "2017-11-30");

    let out = storylens(
        &["analyze", "--jsonl"],
        b"{\"id\": 1, \"text\": \"ok\"}\nnot json\n",
    );
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("line 2"));
}

#[test]
fn bad_input_is_a_clear_error() {
    let out = storylens(&["analyze", "-"], &[0x66, 0xff, 0x66]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("not UTF-8"));

    let out = storylens(&["analyze", "--offsets", "words"], b"");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("offsets must be"));

    let out = storylens(&["analyze", "--frobnicate"], b"");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown option"));

    let out = storylens(&["analyze", "/no/such/file"], b"");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot read"));
}
