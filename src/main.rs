//! The `storylens` command line: the same analysis as the page, for files and whole corpora.

use std::io::{self, BufRead, Read, Write};
use std::process::ExitCode;
use storylens::{format, Options};

const USAGE: &str = "\
storylens — who said what, who is named, and when, in a news article

USAGE:
    storylens analyze [FILE|-] [--offsets chars|utf16|bytes] [--published DATE] [--pretty]
    storylens analyze --jsonl [FILE|-] [--offsets …] [--published DATE]
    storylens eval quotes|entities|times FILE
    storylens train entities DIR [--out FILE] [--heldout FILE] [--epochs N] [--bits N]
    storylens train prune DIR [--margin M] [--model FILE] [--out FILE]
    storylens --help | --version

analyze          prints one analysis (JSON) of the article in FILE (or standard input)
--jsonl          reads one {\"id\", \"text\", \"published\"?} object per line and writes one
                 analysis per line with its id copied
--offsets UNIT   offsets in Unicode characters (chars, the default: Python's text[start:end]),
                 UTF-16 code units (utf16: JavaScript) or UTF-8 bytes (bytes)
--published DATE the publication date (2017-11-30 or 2017-11-30T21:34); wins over the
                 article's own dateline
--pretty         indents the JSON

eval quotes      scores quotes and speakers on a PolNeAR-style JSONL file
eval entities    scores named mentions on CoNLL-style `token TAG` files
eval times       scores time expressions on a TempEval-style JSONL file
train entities   trains the entity tagger on the NER corpora in DIR (writes data/entities.model)
train prune      drops the model's weights that no tag on DIR's training documents needs
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            let _ = writeln!(io::stderr(), "storylens: {message}");
            ExitCode::from(2)
        }
    }
}

struct AnalyzeArgs {
    input: Option<String>,
    offsets: Option<String>,
    published: Option<String>,
    pretty: bool,
    jsonl: bool,
}

fn run(args: &[String]) -> Result<(), String> {
    match args.first().map(String::as_str) {
        None | Some("--help" | "-h" | "help") => {
            print!("{USAGE}");
            Ok(())
        }
        Some("--version" | "-V") => {
            println!("storylens {}", env!("CARGO_PKG_VERSION"));
            Ok(())
        }
        Some("analyze") => analyze(parse_analyze(&args[1..])?),
        // Training and evaluation are native only (the wasm build has no file system).
        #[cfg(not(target_arch = "wasm32"))]
        Some("train") => match args.get(1).map(String::as_str) {
            Some("entities") => {
                print!("{}", storylens::entities::train::run(&args[2..])?);
                Ok(())
            }
            Some("prune") => {
                print!("{}", storylens::entities::train::prune_run(&args[2..])?);
                Ok(())
            }
            _ => Err("train needs a stage: storylens train entities|prune DIR".into()),
        },
        #[cfg(not(target_arch = "wasm32"))]
        Some("eval") => {
            let path = args
                .get(2)
                .ok_or("eval needs a stage and a file; try storylens --help")?;
            let report = match args[1].as_str() {
                "quotes" => storylens::eval::quotes::run(path),
                "entities" => storylens::eval::entities::run_files(&args[2..]),
                "times" => storylens::eval::times::run(path),
                other => Err(format!(
                    "unknown eval stage {other:?}: quotes, entities or times"
                )),
            }?;
            print!("{report}");
            Ok(())
        }
        Some(other) => Err(format!("unknown command {other:?}; try storylens --help")),
    }
}

fn parse_analyze(args: &[String]) -> Result<AnalyzeArgs, String> {
    let mut out = AnalyzeArgs {
        input: None,
        offsets: None,
        published: None,
        pretty: false,
        jsonl: false,
    };
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let mut value = |name: &str| {
            it.next()
                .cloned()
                .ok_or_else(|| format!("{name} needs a value; try storylens --help"))
        };
        match arg.as_str() {
            "--offsets" => out.offsets = Some(value("--offsets")?),
            "--published" => out.published = Some(value("--published")?),
            "--pretty" => out.pretty = true,
            "--jsonl" => out.jsonl = true,
            "-" => out.input = Some(arg.clone()),
            a if a.starts_with('-') => {
                return Err(format!("unknown option {a:?}; try storylens --help"))
            }
            a if out.input.is_none() => out.input = Some(a.to_string()),
            a => {
                return Err(format!(
                    "only one input file is read, but {a:?} was given too"
                ))
            }
        }
    }
    Ok(out)
}

fn open(input: Option<&str>) -> Result<Box<dyn BufRead>, String> {
    match input {
        None | Some("-") => Ok(Box::new(io::BufReader::new(io::stdin()))),
        Some(path) => std::fs::File::open(path)
            .map(|f| Box::new(io::BufReader::new(f)) as Box<dyn BufRead>)
            .map_err(|e| format!("cannot read {path}: {e}")),
    }
}

fn analyze(args: AnalyzeArgs) -> Result<(), String> {
    let offsets = args.offsets.as_deref().or(Some("chars"));
    let options = Options::new(offsets, args.published.as_deref()).map_err(|e| e.to_string())?;
    let name = args
        .input
        .clone()
        .unwrap_or_else(|| "standard input".into());
    let mut reader = open(args.input.as_deref())?;
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    if args.jsonl {
        return analyze_lines(reader, &options, &mut out);
    }
    // A file is read into a buffer of its size (growing one by doubling can take twice that).
    let size = args
        .input
        .as_deref()
        .filter(|&p| p != "-")
        .and_then(|p| std::fs::metadata(p).ok())
        .map_or(0, |m| m.len());
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0).saturating_add(1));
    reader
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot read {name}: {e}"))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        format!(
            "{name} is not UTF-8 text (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        )
    })?;
    let analysis = storylens::analyze(&text, &options).map_err(|e| e.to_string())?;
    // Streamed item by item, neither built as the format's objects nor as one string: the JSON
    // of a big text is several times its size.
    let analysis = format::rendered(&text, &analysis, options.offsets);
    if args.pretty {
        serde_json::to_writer_pretty(&mut out, &analysis)
    } else {
        serde_json::to_writer(&mut out, &analysis)
    }
    .map_err(|e| e.to_string())?;
    writeln!(out).map_err(|e| e.to_string())?;
    out.flush().map_err(|e| e.to_string())
}

#[derive(serde::Deserialize)]
struct Line {
    id: serde_json::Value,
    text: String,
    #[serde(default)]
    published: Option<String>,
}

#[derive(serde::Serialize)]
struct LineOut<'a> {
    id: &'a serde_json::Value,
    #[serde(flatten)]
    analysis: format::Rendered<'a>,
}

fn analyze_lines(
    reader: Box<dyn BufRead>,
    options: &Options,
    out: &mut impl Write,
) -> Result<(), String> {
    for (n, line) in reader.split(b'\n').enumerate() {
        let n = n + 1;
        let line = line.map_err(|e| format!("cannot read line {n}: {e}"))?;
        let line = std::str::from_utf8(&line).map_err(|_| format!("line {n} is not UTF-8 text"))?;
        if line.trim().is_empty() {
            continue;
        }
        let item: Line = serde_json::from_str(line)
            .map_err(|e| format!("line {n} is not a JSON object with \"id\" and \"text\": {e}"))?;
        let options = match &item.published {
            Some(p) => Options::new(Some(options.offsets.as_str()), Some(p))
                .map_err(|e| format!("line {n}: {e}"))?,
            None => options.clone(),
        };
        let analysis =
            storylens::analyze(&item.text, &options).map_err(|e| format!("line {n}: {e}"))?;
        let line = LineOut {
            id: &item.id,
            analysis: format::rendered(&item.text, &analysis, options.offsets),
        };
        serde_json::to_writer(&mut *out, &line).map_err(|e| e.to_string())?;
        writeln!(out).map_err(|e| e.to_string())?;
    }
    out.flush().map_err(|e| e.to_string())
}
