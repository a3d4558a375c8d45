//! Throughput of the entity stage and of the whole analysis on a generated news-like text
//! (about 1 MB of our own sentences), or on a text file you give:
//! `cargo run --release --example bench_entities [FILE]`.

use std::time::Instant;

const FIRST: &[&str] = &[
    "Maria", "John", "Li", "Ahmed", "Sofia", "Kenji", "Olga", "Peter",
];
const LAST: &[&str] = &[
    "Santos", "Miller", "Wei", "Hassan", "Rossi", "Tanaka", "Novak", "Bello",
];
const PLACES: &[&str] = &[
    "Lisbon", "Nairobi", "Jakarta", "Ottawa", "Lima", "Seoul", "Cairo",
];
const ORGS: &[&str] = &[
    "the Ministry of Finance",
    "Northwind Bank",
    "the University of Leeds",
    "Harbor Shipping Inc",
    "the Central Statistics Office",
];

/// A deterministic article of about `bytes` bytes.
fn article(bytes: usize) -> String {
    let mut out = String::new();
    let mut x: u64 = 7;
    let mut pick = |list: &[&'static str]| {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        list[(x % list.len() as u64) as usize]
    };
    while out.len() < bytes {
        let (f, l, p, o) = (pick(FIRST), pick(LAST), pick(PLACES), pick(ORGS));
        let s = match out.len() % 5 {
            0 => format!(
                "“We expect a difficult winter,” said {f} {l}, a senior economist at {o} in {p}."
            ),
            1 => format!(
                "Officials in {p} said on Tuesday that the talks with {o} would resume in March."
            ),
            2 => format!(
                "{l} told reporters the plan was “not negotiable” and that {p} would hold firm."
            ),
            3 => format!(
                "Minister {f} {l} visited {p} last week, according to a statement from {o}."
            ),
            _ => format!(
                "The report, published by {o}, found that prices in {p} rose 4.2 per cent in 2023."
            ),
        };
        out.push_str(&s);
        out.push_str(" Analysts were not surprised by the news.\n\n");
    }
    out
}

fn mb_per_s(bytes: usize, seconds: f64) -> f64 {
    bytes as f64 / 1e6 / seconds.max(1e-9)
}

fn main() {
    let text = match std::env::args().nth(1) {
        Some(path) => match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("cannot read {path}: {e}");
                return;
            }
        },
        None => article(1_000_000),
    };
    let doc = storylens::entities::train::segment_like_analyze(&text);
    let runs = 5;
    let t = Instant::now();
    let mut n = 0;
    for _ in 0..runs {
        let mentions = storylens::entities::find_mentions(&text, &doc);
        n += storylens::coref::resolve(&text, &doc, &mentions).0.len();
    }
    let entity = t.elapsed().as_secs_f64() / f64::from(runs);
    let t = Instant::now();
    let mut ok = true;
    for _ in 0..runs {
        ok &= storylens::analyze(&text, &storylens::Options::default()).is_ok();
    }
    let whole = t.elapsed().as_secs_f64() / f64::from(runs);
    println!(
        "{} bytes, {} tokens, {} entities{}",
        text.len(),
        doc.tokens.len(),
        n / runs as usize,
        if ok { "" } else { " (analysis failed)" }
    );
    println!(
        "entity stage (mentions + coreference): {:.1} ms, {:.1} MB/s",
        entity * 1e3,
        mb_per_s(text.len(), entity)
    );
    println!(
        "whole analysis: {:.1} ms, {:.1} MB/s",
        whole * 1e3,
        mb_per_s(text.len(), whole)
    );
}
