//! Front-codes the two big generated gazetteers (`data/gazetteer/given_names.txt`, `places.txt`)
//! for the binary: sorted, each entry written as one character for the number of bytes it shares
//! with the entry before (`'0'` + n) and the rest of it, one a line. `src/entities/lexicon.rs`
//! decodes them once at first use. The wasm is ~5 KB smaller gzipped than with the plain lists
//! (gzip finds the shared beginnings of sorted names only in part); `data/` keeps the lists as
//! they are generated.

use std::path::Path;

/// The longest shared beginning written (the character after `'0'` + this is still ASCII).
const MAX_SHARED: usize = 70;

fn front_code(list: &str) -> String {
    let mut words: Vec<&str> = list
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    words.sort_unstable();
    words.dedup();
    let mut out = String::with_capacity(list.len());
    let mut prev = "";
    for w in words {
        let mut shared = prev
            .bytes()
            .zip(w.bytes())
            .take_while(|(a, b)| a == b)
            .count()
            .min(MAX_SHARED);
        while !w.is_char_boundary(shared) {
            shared -= 1;
        }
        out.push(char::from(b'0' + shared as u8));
        out.push_str(w.get(shared..).unwrap_or_default());
        out.push('\n');
        prev = w;
    }
    out
}

fn main() -> Result<(), String> {
    let out_dir = std::env::var("OUT_DIR").map_err(|e| format!("OUT_DIR: {e}"))?;
    for name in ["given_names", "places"] {
        let source = format!("data/gazetteer/{name}.txt");
        println!("cargo:rerun-if-changed={source}");
        let list =
            std::fs::read_to_string(&source).map_err(|e| format!("cannot read {source}: {e}"))?;
        let target = Path::new(&out_dir).join(format!("{name}.front"));
        std::fs::write(&target, front_code(&list))
            .map_err(|e| format!("cannot write {}: {e}", target.display()))?;
    }
    println!("cargo:rerun-if-changed=build.rs");
    Ok(())
}
