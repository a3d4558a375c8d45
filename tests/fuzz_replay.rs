//! The fuzzer's inputs on stable Rust: every seed in `fuzz/seeds/` and every crash the fuzzer
//! found (`fuzz/regressions/`, one file each) must give a valid analysis; then a bounded run of
//! random mutations of the seeds (`FUZZ_ITERS`, default 150; `FUZZ_SEED` picks the run) does
//! what the cargo-fuzz target does without needing nightly. `make test` runs a longer one.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::PIECES;
use std::path::{Path, PathBuf};
use storylens::{analyze_to_format, validate, Options};

fn files(dir: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut out: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|d| d.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    out.retain(|p| p.is_file() && p.file_name().is_some_and(|n| n != "README.md"));
    out.sort();
    out
}

/// What the fuzz target does with one input: first byte odd → a publication date is passed.
fn run(data: &[u8]) -> Result<(), String> {
    let (published, body) = match data.split_first() {
        Some((&flag, rest)) if flag & 1 == 1 => (Some("2017-11-30T21:34"), rest),
        _ => (None, data),
    };
    let text = String::from_utf8_lossy(body);
    for unit in ["bytes", "chars", "utf16"] {
        let options = Options::new(Some(unit), published).unwrap();
        match analyze_to_format(&text, &options) {
            Ok(a) => validate::check(&text, &a).map_err(|e| format!("{unit}: {e}"))?,
            Err(e) if e.is_too_large() => {}
            Err(e) => return Err(format!("unexpected error: {e}")),
        }
    }
    Ok(())
}

#[test]
fn seeds_and_fuzzer_regressions_are_valid() {
    let all: Vec<PathBuf> = files("fuzz/seeds")
        .into_iter()
        .chain(files("fuzz/regressions"))
        .collect();
    assert!(!all.is_empty(), "no fuzz seeds found");
    for path in all {
        let data = std::fs::read(&path).unwrap();
        // Seeds are plain articles: try them as they are (flag byte 0) and with a date.
        for input in [[b"\0".as_slice(), &data].concat(), data.clone()] {
            if let Err(e) = run(&input) {
                panic!("{}: {e}", path.display());
            }
        }
    }
}

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// One random edit of `data`: insert a piece, delete or duplicate a range, flip a byte, or
/// splice in part of another seed.
fn mutate(rng: &mut Rng, data: &mut Vec<u8>, seeds: &[Vec<u8>]) {
    let at = rng.below(data.len() + 1);
    match rng.below(6) {
        0 | 1 => {
            let piece = PIECES[rng.below(PIECES.len())].as_bytes();
            data.splice(at..at, piece.iter().copied());
        }
        2 => {
            let end = (at + rng.below(64)).min(data.len());
            data.drain(at..end);
        }
        3 => {
            let end = (at + rng.below(200)).min(data.len());
            let copy = data[at..end].to_vec();
            let times = 1 + rng.below(8);
            for _ in 0..times {
                data.splice(at..at, copy.iter().copied());
            }
        }
        4 => {
            if let Some(b) = data.get_mut(at) {
                *b ^= 1 << rng.below(8);
            }
        }
        _ => {
            let other = &seeds[rng.below(seeds.len())];
            let from = rng.below(other.len());
            let end = (from + rng.below(300)).min(other.len());
            data.splice(at..at, other[from..end].iter().copied());
        }
    }
    data.truncate(64 * 1024);
}

#[test]
fn mutated_seeds_are_valid() {
    let iters: usize = std::env::var("FUZZ_ITERS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(150);
    let seed: u64 = std::env::var("FUZZ_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0x5eed);
    let seeds: Vec<Vec<u8>> = files("fuzz/seeds")
        .iter()
        .map(|p| std::fs::read(p).unwrap())
        .collect();
    assert!(!seeds.is_empty());
    let mut rng = Rng(seed | 1);
    for i in 0..iters {
        let mut data = seeds[rng.below(seeds.len())].clone();
        // Short inputs find the edge cases; whole articles keep the stages busy.
        if rng.below(3) == 0 {
            let from = rng.below(data.len());
            let end = (from + 1 + rng.below(400)).min(data.len());
            data = data[from..end].to_vec();
        }
        let edits = 1 + rng.below(12);
        for _ in 0..edits {
            mutate(&mut rng, &mut data, &seeds);
        }
        if let Err(e) = run(&data) {
            let path = std::env::temp_dir().join(format!("storylens-fuzz-{seed}-{i}"));
            let _ = std::fs::write(&path, &data);
            panic!(
                "FUZZ_SEED={seed} iteration {i}: {e}\ninput saved to {}",
                path.display()
            );
        }
    }
}
