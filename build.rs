//! Front-codes the word lists read as sets (`FRONT_CODED`: the gazetteers of given names and
//! places, and the place, demonym and organisation-head lists) for the binary: sorted, without
//! their comments, each entry written as one character for the number of bytes it shares
//! with the entry before (`'0'` + n) and the rest of it, one a line. `src/entities/lexicon.rs`
//! decodes them once at first use. The wasm is ~8 KB smaller gzipped than with the plain lists
//! (gzip finds the shared beginnings of sorted names only in part); `data/` keeps the lists as
//! they are generated.
//!
//! It also writes `upper_first.txt`: each character outside ASCII whose upper case
//! (`char::to_uppercase`) begins a word of a place or demonym list, then that upper case, one a
//! line. The entity rules title-case words written in capitals to look them up in those lists;
//! with this table they need no upper-case table of all Unicode in the wasm (~5 KB gzipped).
//!
//! The given names carry their gender where `data/gazetteer/given_name_genders.txt` knows it: a
//! `<` after a woman's name, a `>` after a man's.
//!
//! And `lower_runs.rs`: `char::to_lowercase` of all Unicode as runs of characters lowered by one
//! offset (`src/case.rs` reads them), 184 runs where core's table lists 1,462 characters.

use std::path::Path;

/// The longest shared beginning written (the character after `'0'` + this is still ASCII).
const MAX_SHARED: usize = 70;

/// The entries of a list's files, sorted, once each: the order of the front-coded list.
fn sorted_entries(list: &str) -> Vec<&str> {
    let mut words: Vec<&str> = list
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    words.sort_unstable();
    words.dedup();
    words
}

fn front_code(list: &str) -> String {
    let words = sorted_entries(list);
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

/// Each front-coded list and the files it is made of (`src/entities/lexicon.rs` reads them as
/// sets: their order and comments are the files' alone).
const FRONT_CODED: [(&str, &[&str]); 4] = [
    (
        "given_names",
        &["data/given_names.txt", "data/gazetteer/given_names.txt"],
    ),
    ("places", &["data/places.txt", "data/gazetteer/places.txt"]),
    (
        "demonyms",
        &["data/demonyms.txt", "data/gazetteer/demonyms.txt"],
    ),
    ("org_heads", &["data/org_heads.txt"]),
];

/// The list of given names with their genders: `GENDERS` lists names as a woman's (`Name f`)
/// or a man's (`Name m`).
const GENDERS: &str = "data/gazetteer/given_name_genders.txt";

/// The given names of `list`, a woman's name marked with a `<` after it and a man's with a
/// `>` (one character on a fifth of the lines: a list apart, in the names' order, cost twice
/// as much gzipped).
fn with_genders(list: &str) -> Result<String, String> {
    println!("cargo:rerun-if-changed={GENDERS}");
    let file =
        std::fs::read_to_string(GENDERS).map_err(|e| format!("cannot read {GENDERS}: {e}"))?;
    let of: std::collections::HashMap<&str, &str> = sorted_entries(&file)
        .into_iter()
        .filter_map(|l| {
            let (name, g) = l.rsplit_once(' ')?;
            Some((name, if g == "f" { "<" } else { ">" }))
        })
        .collect();
    Ok(sorted_entries(list)
        .into_iter()
        .map(|w| format!("{w}{}\n", of.get(w).copied().unwrap_or_default()))
        .collect())
}

/// The lists whose words are looked up title-cased (`src/entities/mod.rs`, `capitals_only`).
const TITLE_CASED: [&str; 4] = [
    "data/places.txt",
    "data/gazetteer/places.txt",
    "data/demonyms.txt",
    "data/gazetteer/demonyms.txt",
];

/// Every character outside ASCII whose upper case begins a word of `lists`, and that upper
/// case: `c` and its upper case, one pair a line.
fn upper_first(lists: &[String]) -> String {
    // An upper case is at most three characters: the first one, two and three characters of
    // each word are all it can be.
    let mut starts = std::collections::HashSet::new();
    for word in lists.iter().flat_map(|l| l.split(char::is_whitespace)) {
        for (at, c) in word.char_indices().take(3) {
            starts.insert(&word[..at + c.len_utf8()]);
        }
    }
    let mut out = String::new();
    for c in (0x80..=0x10FFFF).filter_map(char::from_u32) {
        let upper: String = c.to_uppercase().collect();
        if starts.contains(upper.as_str()) {
            out.push(c);
            out.push_str(&upper);
            out.push('\n');
        }
    }
    out
}

/// Every character outside ASCII whose lower case is one other character, as runs of
/// characters one or two apart that all lower by the same offset: a Rust array of `(start << 11
/// | count << 1 | step - 1, offset)`, by start. A run takes only characters next to each other in
/// this order, so no run starts inside another.
fn lower_runs() -> Result<String, String> {
    let pairs: Vec<(u32, i64)> = (0x80..=0x10FFFF)
        .filter_map(char::from_u32)
        .filter_map(|c| {
            let mut lower = c.to_lowercase();
            match (lower.next(), lower.next()) {
                (Some(l), None) if l != c => Some((
                    u32::from(c),
                    i64::from(u32::from(l)) - i64::from(u32::from(c)),
                )),
                _ => None,
            }
        })
        .collect();
    let mut out = String::from("[\n");
    let mut rest = &pairs[..];
    while let Some(&(start, offset)) = rest.first() {
        let run = |step: u32| {
            rest.iter()
                .zip(0..)
                .take_while(|&(&(c, o), k)| c == start + step * k && o == offset)
                .count()
        };
        let (count, step) = if run(2) > run(1) {
            (run(2), 2)
        } else {
            (run(1), 1)
        };
        if count >= 1 << 10 {
            return Err(format!("a lower-case run of {count} from {start:#x}"));
        }
        out.push_str(&format!(
            "    ({}, {offset}),\n",
            start << 11 | (count as u32) << 1 | (step - 1)
        ));
        rest = rest.get(count..).unwrap_or_default();
    }
    out.push(']');
    Ok(out)
}

fn main() -> Result<(), String> {
    let out_dir = std::env::var("OUT_DIR").map_err(|e| format!("OUT_DIR: {e}"))?;
    for (name, sources) in FRONT_CODED {
        let mut list = String::new();
        for source in sources {
            println!("cargo:rerun-if-changed={source}");
            list += &std::fs::read_to_string(source)
                .map_err(|e| format!("cannot read {source}: {e}"))?;
            list.push('\n');
        }
        if name == "given_names" {
            list = with_genders(&list)?;
        }
        let target = Path::new(&out_dir).join(format!("{name}.front"));
        std::fs::write(&target, front_code(&list))
            .map_err(|e| format!("cannot write {}: {e}", target.display()))?;
    }
    let mut lists = Vec::new();
    for source in TITLE_CASED {
        println!("cargo:rerun-if-changed={source}");
        lists.push(
            std::fs::read_to_string(source).map_err(|e| format!("cannot read {source}: {e}"))?,
        );
    }
    let target = Path::new(&out_dir).join("upper_first.txt");
    std::fs::write(&target, upper_first(&lists))
        .map_err(|e| format!("cannot write {}: {e}", target.display()))?;
    let target = Path::new(&out_dir).join("lower_runs.rs");
    std::fs::write(&target, lower_runs()?)
        .map_err(|e| format!("cannot write {}: {e}", target.display()))?;
    println!("cargo:rerun-if-changed=build.rs");
    Ok(())
}
