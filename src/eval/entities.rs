//! `storylens eval entities`: not written yet (see the issue tracker).

/// Evaluates the analysis against the corpus at `path` and returns the report to print.
pub fn run(path: &str) -> Result<String, String> {
    Err(format!(
        "eval entities is not implemented yet (asked to read {path})"
    ))
}
