//! The native bench: per-stage throughput over a set of articles, one big document's time and
//! peak heap, and how hostile inputs scale when their size doubles. Prints numbers; asserts
//! nothing (`make bench` runs it in release mode).
//!
//! ```sh
//! cargo run --release --example bench -- [--articles DIR] [--big-mb 5] [--rounds 5] [--hostile-kb 200]
//! ```
//!
//! Articles are the `*.txt` files in DIR (`make bench` generates them with
//! `tools/articles.mjs`); without DIR, the built-in example article is used.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};
use storylens::{analyze_to_format, format, Options, Stage, Watch};

/// Counts the bytes written to it.
struct Counter(usize);

impl std::io::Write for Counter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0 += buf.len();
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Counts live and peak heap bytes, so memory is measured exactly, not sampled.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            let now = LIVE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(now, Ordering::Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            if new_size >= layout.size() {
                let grow = new_size - layout.size();
                let now = LIVE.fetch_add(grow, Ordering::Relaxed) + grow;
                PEAK.fetch_max(now, Ordering::Relaxed);
            } else {
                LIVE.fetch_sub(layout.size() - new_size, Ordering::Relaxed);
            }
        }
        p
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

const EXAMPLE: &str = include_str!("../www/examples/china-us-military-talks.txt");

struct Args {
    articles: Option<String>,
    big_mb: usize,
    rounds: usize,
    hostile_kb: usize,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        articles: None,
        big_mb: 5,
        rounds: 5,
        hostile_kb: 200,
    };
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        let mut value = || it.next().ok_or(format!("{a} needs a value"));
        match a.as_str() {
            "--articles" => args.articles = Some(value()?),
            "--big-mb" => args.big_mb = value()?.parse().map_err(|e| format!("{e}"))?,
            "--rounds" => args.rounds = value()?.parse().map_err(|e| format!("{e}"))?,
            "--hostile-kb" => args.hostile_kb = value()?.parse().map_err(|e| format!("{e}"))?,
            "--bench" => {} // passed by `cargo bench`
            other => return Err(format!("unknown argument {other:?}")),
        }
    }
    Ok(args)
}

fn load(dir: Option<&str>) -> Result<Vec<String>, String> {
    let Some(dir) = dir else {
        return Ok(vec![EXAMPLE.to_string()]);
    };
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| format!("cannot read {dir}: {e}"))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display())))
        .collect()
}

/// Time spent in each stage, summed over texts.
#[derive(Default)]
struct Stages {
    segment: Duration,
    quotes: Duration,
    entities: Duration,
    coref: Duration,
    attribution: Duration,
    time: Duration,
    timeline: Duration,
    format: Duration,
}

impl Stages {
    fn parts(&self) -> [(&'static str, Duration); 8] {
        [
            ("segment", self.segment),
            ("quotes", self.quotes),
            ("entities", self.entities),
            ("coref", self.coref),
            ("attribution", self.attribution),
            ("time", self.time),
            ("timeline", self.timeline),
            ("format", self.format),
        ]
    }

    fn slowest(&self) -> &'static str {
        self.parts()
            .into_iter()
            .max_by_key(|p| p.1)
            .map_or("", |p| p.0)
    }
}

/// CPU time of this thread: on a shared, loaded machine it moves far less than wall time.
#[cfg(unix)]
fn cpu_now() -> Duration {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid, writable timespec.
    let ok = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) } == 0;
    if ok {
        Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32)
    } else {
        START.with(|s| s.elapsed())
    }
}

#[cfg(not(unix))]
fn cpu_now() -> Duration {
    START.with(|s| s.elapsed())
}

thread_local! {
    static START: Instant = Instant::now();
}

impl Watch for Stages {
    fn stage<T>(&mut self, stage: Stage, work: impl FnOnce() -> T) -> T {
        let slot = match stage {
            Stage::Segment => &mut self.segment,
            Stage::Quotes => &mut self.quotes,
            Stage::Time => &mut self.time,
            Stage::Entities => &mut self.entities,
            Stage::Coref => &mut self.coref,
            Stage::Attribution => &mut self.attribution,
            Stage::Timeline => &mut self.timeline,
        };
        timed(slot, work)
    }
}

fn timed<T>(slot: &mut Duration, work: impl FnOnce() -> T) -> T {
    let base = LIVE.load(Ordering::Relaxed);
    PEAK.store(base, Ordering::Relaxed);
    let t = cpu_now();
    let out = work();
    *slot += cpu_now() - t;
    let peak = PEAK.load(Ordering::Relaxed).saturating_sub(base);
    STAGE_PEAK.fetch_max(peak, Ordering::Relaxed);
    if std::env::var_os("BENCH_STAGE_PEAKS").is_some() {
        eprintln!("  stage peak {:.1} MB", peak as f64 / 1e6);
    }
    out
}

/// The most heap any one stage call took above what was live before it.
static STAGE_PEAK: AtomicUsize = AtomicUsize::new(0);

/// `analyze_to_format` as the CLI runs it, each stage of `analyze` timed, then the format.
fn run_stages(text: &str, s: &mut Stages) -> usize {
    let options = Options::default();
    let Ok(analysis) = storylens::analyze_watched(text, &options, s) else {
        return 0;
    };
    let out = timed(&mut s.format, || {
        format::render(text, &analysis, options.offsets)
    });
    analysis.mentions.len() + out.quotes.len() + analysis.times.len() + analysis.timeline.len()
}

fn mb_per_s(bytes: usize, d: Duration) -> f64 {
    bytes as f64 / 1e6 / d.as_secs_f64().max(1e-9)
}

fn stages(texts: &[String], rounds: usize) {
    let bytes: usize = texts.iter().map(String::len).sum::<usize>() * rounds;
    let mut s = Stages::default();
    let mut found = 0;
    for _ in 0..rounds {
        for t in texts {
            found += run_stages(t, &mut s);
        }
    }
    let total: Duration = s.parts().iter().map(|p| p.1).sum();
    println!(
        "native stages over {} articles × {rounds} rounds ({:.2} MB; {found} items found):",
        texts.len(),
        bytes as f64 / 1e6
    );
    for (name, d) in s.parts() {
        println!(
            "  {name:<12} {:>9.1} MB/s  {:>5.1}% of the total",
            mb_per_s(bytes, d),
            100.0 * d.as_secs_f64() / total.as_secs_f64().max(1e-9)
        );
    }
    println!(
        "  {:<12} {:>9.1} MB/s  (analyze_to_format: all stages, then offsets and format)",
        "total",
        mb_per_s(bytes, total)
    );
}

fn big(texts: &[String], mb: usize) {
    let mut doc = String::new();
    let target = mb * 1_000_000;
    'fill: loop {
        for t in texts {
            if doc.len() + t.len() + 2 > target {
                break 'fill;
            }
            doc.push_str(t);
            doc.push_str("\n\n");
        }
        if texts.iter().all(String::is_empty) {
            break;
        }
    }
    // As the CLI does it: the analysis, then its JSON streamed (here into a counter).
    let input = doc.len().max(1) as f64;
    let base = LIVE.load(Ordering::Relaxed);
    PEAK.store(base, Ordering::Relaxed);
    let t = cpu_now();
    let options = Options::default();
    let out = storylens::analyze(&doc, &options)
        .map_err(|e| e.to_string())
        .and_then(|a| {
            let mut sink = Counter(0);
            serde_json::to_writer(&mut sink, &format::rendered(&doc, &a, options.offsets))
                .map_err(|e| e.to_string())
                .map(|()| (a.mentions.len(), a.quotes.len(), a.times.len(), sink.0))
        });
    let elapsed = cpu_now() - t;
    let peak = PEAK.load(Ordering::Relaxed).saturating_sub(base);
    match out {
        Ok((mentions, quotes, times, json)) => println!(
            "big document: {:.2} MB in {:.0} ms ({:.1} MB/s), peak heap {:.1} MB = {:.1}× input \
             (analysis + JSON streamed, as the CLI; {mentions} mentions, {quotes} quotes, \
             {times} times; JSON {:.1} MB)",
            doc.len() as f64 / 1e6,
            elapsed.as_secs_f64() * 1e3,
            mb_per_s(doc.len(), elapsed),
            peak as f64 / 1e6,
            peak as f64 / input,
            json as f64 / 1e6
        ),
        Err(e) => println!("big document: error {e}"),
    }
    let base = LIVE.load(Ordering::Relaxed);
    PEAK.store(base, Ordering::Relaxed);
    let core = storylens::analyze(&doc, &Options::default());
    let core_peak = PEAK.load(Ordering::Relaxed).saturating_sub(base);
    let kept = LIVE.load(Ordering::Relaxed).saturating_sub(base);
    drop(core);
    let base = LIVE.load(Ordering::Relaxed);
    PEAK.store(base, Ordering::Relaxed);
    let objects = analyze_to_format(&doc, &Options::default());
    let objects_peak = PEAK.load(Ordering::Relaxed).saturating_sub(base);
    let objects_kept = LIVE.load(Ordering::Relaxed).saturating_sub(base);
    drop(objects);
    println!(
        "  the core analysis alone (no format): peak heap {:.1}× input, {:.1}× kept as its result; \
         with the format's objects built (analyze_to_format): peak {:.1}×, {:.1}× kept",
        core_peak as f64 / input,
        kept as f64 / input,
        objects_peak as f64 / input,
        objects_kept as f64 / input
    );
    let mut s = Stages::default();
    run_stages(&doc, &mut s);
    let parts: Vec<String> = s
        .parts()
        .iter()
        .map(|(name, d)| format!("{name} {:.0} ms", d.as_secs_f64() * 1e3))
        .collect();
    println!("  by stage: {}", parts.join(", "));
}

/// Makes a hostile text of about `n` bytes.
type MakeText = fn(usize) -> String;

/// About `n` bytes of numbered pieces (`Nam0 …`, `Nam1 …`): as many as `n` holds of the first.
fn numbered(n: usize, piece: impl Fn(usize) -> String) -> String {
    let len = piece(0).len().max(1);
    (0..n / len).map(piece).collect()
}

/// Hostile inputs of size about `n` bytes.
fn hostile_cases() -> Vec<(&'static str, MakeText)> {
    vec![
        ("straight double marks", |n| "\"".repeat(n)),
        ("curly open marks", |n| "“".repeat(n / 3)),
        ("alternating “”", |n| "“”".repeat(n / 6)),
        ("quoted words \"a\"", |n| "\"a\" ".repeat(n / 4)),
        ("nested “‘…’”", |n| {
            format!("{}x{}", "“‘".repeat(n / 12), "’”".repeat(n / 12))
        }),
        ("unbalanced “He said", |n| "“He said ".repeat(n / 11)),
        ("plural possessives", |n| {
            format!("‘{}’ he said.", "the analysts’ view ".repeat(n / 21))
        }),
        ("200k-style word", |n| "a".repeat(n)),
        ("capitals Ab Ab", |n| "Ab ".repeat(n / 3)),
        ("capitals A.A.", |n| "A.".repeat(n / 2)),
        ("names, one sentence", |n| "John Smith and ".repeat(n / 15)),
        ("distinct names", |n| {
            numbered(n, |i| format!("Nam{i} Per{i} said so. "))
        }),
        ("shared given name", |n| {
            numbered(n, |i| format!("Ann Cole{i} said. "))
        }),
        ("companies, one sentence", |n| {
            numbered(n, |i| format!("Nam{i} Per{i} of Com{i} Corp, "))
        }),
        ("titled people", |n| {
            numbered(n, |i| {
                format!("President Nam{i} Per{i} told reporters. He said no. ")
            })
        }),
        ("defined acronyms", |n| {
            numbered(n, |i| {
                format!("The Nam{i} Research Council (NRC{i}) said on Monday. ")
            })
        }),
        ("short names (known as)", |n| {
            numbered(n, |i| {
                format!("the Nam{i} Per{i} Agency, known as Nam{i} Agency, said. ")
            })
        }),
        ("cues, one sentence", |n| {
            numbered(n, |i| format!("Nam{i} said it grew, "))
        }),
        ("said. lower case", |n| {
            "it rained, officials said. then ".repeat(n / 32)
        }),
        ("ampersand companies", |n| {
            numbered(n, |i| format!("Nam{i} & Per{i} said it grew. "))
        }),
        ("spokespeople", |n| {
            numbered(n, |i| {
                format!(
                    "\"No,\" said Nam{i} Per{i}, a spokeswoman for Com{i} Ltd. \"Yes,\" she \
                         added. The company declined. "
                )
            })
        }),
        ("towns in provinces", |n| {
            numbered(n, |i| {
                format!("In Nam{i}, Per{i} Province, people said it rained. ")
            })
        }),
        ("possessives", |n| {
            numbered(n, |i| {
                format!("Nam{i}'s Per{i} Group's chief said the company's shares fell. ")
            })
        }),
        ("surnames", |n| {
            format!("Adam Ni said. {}", "Ni ".repeat(n / 3))
        }),
        ("sentences", |n| "It rained. ".repeat(n / 11)),
        ("quotes with cues", |n| "“Yes,” he said. ".repeat(n / 18)),
        ("paragraph quotes", |n| {
            "“A paragraph that goes on.\n\n".repeat(n / 30)
        }),
        ("dates", |n| "on Monday in August 2017 ".repeat(n / 25)),
        ("datelines", |n| {
            "PUBLISHED : Thursday, 30 November, 2017, 9:34pm\n\n".repeat(n / 50)
        }),
        ("html", |n| "<script>alert(\"x\")</script>".repeat(n / 27)),
        ("control chars", |n| {
            (0..n)
                .filter_map(|i| char::from_u32((i % 32) as u32))
                .collect()
        }),
        ("zero width", |n| {
            "Li\u{200b}Na said “\u{200d}hi” ".repeat(n / 25)
        }),
        ("cue words", |n| "said told according to ".repeat(n / 23)),
    ]
}

fn hostile(n: usize) {
    println!(
        "hostile inputs, time at {} KB and {} KB (ratio ≈ 2 is linear, ≈ 4 quadratic):",
        n / 1000,
        2 * n / 1000
    );
    let mut worst = 0.0f64;
    for (name, make) in hostile_cases() {
        let mut times = [0.0f64; 2];
        let mut slowest = "";
        for (k, size) in [n, 2 * n].into_iter().enumerate() {
            let text = make(size);
            // Best of three, to keep a noisy machine out of the ratio.
            times[k] = f64::INFINITY;
            for _ in 0..3 {
                let mut s = Stages::default();
                let t = cpu_now();
                run_stages(&text, &mut s);
                times[k] = times[k].min((cpu_now() - t).as_secs_f64());
                slowest = s.slowest();
            }
        }
        let ratio = times[1] / times[0].max(1e-9);
        worst = worst.max(ratio);
        let flag = if ratio > 3.0 {
            "  ← superlinear?"
        } else {
            ""
        };
        println!(
            "  {name:<22} {:>8.2} ms {:>8.2} ms  ×{ratio:.2}  (most in {slowest}){flag}",
            times[0] * 1e3,
            times[1] * 1e3
        );
    }
    println!("  worst ratio ×{worst:.2}");
}

fn main() {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("bench: {e}");
            std::process::exit(2);
        }
    };
    let texts = match load(args.articles.as_deref()) {
        Ok(t) if !t.is_empty() => t,
        Ok(_) => vec![EXAMPLE.to_string()],
        Err(e) => {
            eprintln!("bench: {e}");
            std::process::exit(2);
        }
    };
    stages(&texts, args.rounds);
    if args.big_mb > 0 {
        big(&texts, args.big_mb);
    }
    if args.hostile_kb > 0 {
        hostile(args.hostile_kb * 1000);
    }
}
