//! The example article against its hand-made reference annotation (`tests/golden/*.gold.json`),
//! plus a readable snapshot of the whole analysis (`UPDATE_SNAPSHOTS=1` rewrites it; review the
//! change with `git diff`).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use serde_json::Value;
use storylens::format::{AnalysisOut, Id};
use storylens::{analyze_to_format, OffsetUnit, Options};

const ARTICLE: &str = include_str!("../www/examples/china-us-military-talks.txt");
const GOLD: &str = include_str!("golden/china-us-military-talks.gold.json");

fn analysis() -> AnalysisOut<'static> {
    let options = Options {
        offsets: OffsetUnit::Bytes,
        published: None,
    };
    analyze_to_format(ARTICLE, &options).unwrap()
}

fn gold() -> Value {
    serde_json::from_str(GOLD).unwrap()
}

fn entity_name(a: &AnalysisOut, id: &Option<Id>) -> Option<String> {
    let id = id.as_ref()?;
    a.entities
        .iter()
        .find(|e| &e.id == id)
        .map(|e| e.name.clone())
}

fn overlap(a: (u32, u32), b: (u32, u32)) -> f64 {
    let inter = a.1.min(b.1).saturating_sub(a.0.max(b.0)) as f64;
    let union = (a.1.max(b.1) - a.0.min(b.0)) as f64;
    if union == 0.0 {
        0.0
    } else {
        inter / union
    }
}

#[test]
fn dateline_and_parts() {
    let a = analysis();
    let g = gold();
    assert_eq!(a.article.published.as_deref(), g["published"].as_str());
    assert_eq!(a.article.updated.as_deref(), g["updated"].as_str());
    let body = a.article.body.unwrap();
    let body_text = &ARTICLE[body.start as usize..body.end as usize];
    assert!(body_text.starts_with(g["body_starts_with"].as_str().unwrap()));
    for line in g["not_body"].as_array().unwrap() {
        let line = line.as_str().unwrap();
        let start = ARTICLE.find(line).unwrap() as u32;
        assert!(
            a.article.asides.iter().any(|s| s.start == start),
            "{line:?} should be an aside"
        );
    }
    let title = a.article.title.unwrap();
    assert_eq!(
        &ARTICLE[title.start as usize..title.end as usize],
        "China and US step up military talks to prepare for the worst on North Korea"
    );
}

#[test]
fn direct_quotes_and_speakers() {
    let a = analysis();
    for q in gold()["quotes"].as_array().unwrap() {
        if !q["direct"].as_bool().unwrap() {
            continue;
        }
        let text = q["text"].as_str().unwrap();
        let found = a
            .quotes
            .iter()
            .find(|p| p.direct && p.text == text)
            .unwrap_or_else(|| panic!("direct quote not found: {text:?}"));
        let speaker = found
            .speaker
            .as_ref()
            .and_then(|s| entity_name(&a, &s.entity));
        assert_eq!(
            speaker.as_deref(),
            q["speaker"].as_str(),
            "speaker of {text:?}"
        );
        if let Some(cue) = q["cue"].as_str() {
            assert_eq!(found.cue.as_ref().map(|c| c.text), Some(cue));
        }
    }
}

#[test]
fn reported_speech_and_speakers() {
    let a = analysis();
    for q in gold()["quotes"].as_array().unwrap() {
        if q["direct"].as_bool().unwrap() {
            continue;
        }
        let text = q["text"].as_str().unwrap();
        let start = ARTICLE.find(text).unwrap() as u32;
        let want = (start, start + text.len() as u32);
        let found = a
            .quotes
            .iter()
            .find(|p| !p.direct && overlap((p.start, p.end), want) >= 0.5)
            .unwrap_or_else(|| panic!("reported speech not found: {text:?}"));
        let speaker = found
            .speaker
            .as_ref()
            .map(|s| entity_name(&a, &s.entity).unwrap_or_else(|| s.text.to_string()));
        assert_eq!(
            speaker.as_deref(),
            q["speaker"].as_str(),
            "speaker of {text:?}"
        );
    }
}

#[test]
fn people_titles_and_roles() {
    let a = analysis();
    for p in gold()["people"].as_array().unwrap() {
        let name = p["name"].as_str().unwrap();
        let e = a
            .entities
            .iter()
            .find(|e| e.kind == "person" && e.name == name)
            .unwrap_or_else(|| panic!("person not found: {name}"));
        assert_eq!(e.title.as_deref(), p["title"].as_str(), "title of {name}");
        if name != "Sarah Zheng" {
            assert_eq!(e.role.as_deref(), p["role"].as_str(), "role of {name}");
        }
    }
}

#[test]
fn entity_counts() {
    let a = analysis();
    for e in gold()["entities"].as_array().unwrap() {
        let text = e["text"].as_str().unwrap();
        let kind = match e["label"].as_str().unwrap() {
            "PERSON" => "person",
            "ORG" => "org",
            "PLACE" => "place",
            _ => "misc",
        };
        let mut accept = vec![text.to_string()];
        if let Some(also) = e["also_accept"].as_array() {
            accept.extend(also.iter().map(|v| v.as_str().unwrap().to_string()));
        }
        let count = a
            .mentions
            .iter()
            .filter(|m| m.kind == kind && accept.iter().any(|t| t == m.text))
            .count();
        assert_eq!(
            count as u64,
            e["count"].as_u64().unwrap(),
            "{kind} {text:?}"
        );
    }
}

#[test]
fn times_and_timeline() {
    let a = analysis();
    for t in gold()["times"].as_array().unwrap() {
        let text = t["text"].as_str().unwrap();
        let nth = t["occurrence"].as_u64().unwrap_or(1) as usize;
        let start = ARTICLE.match_indices(text).nth(nth - 1).unwrap().0 as u32;
        let found = a
            .times
            .iter()
            .find(|x| x.start <= start && start + text.len() as u32 <= x.end)
            .unwrap_or_else(|| panic!("time not found: {text:?} #{nth}"));
        assert_eq!(
            Some(found.value.as_str()),
            t["value"].as_str(),
            "{text:?} #{nth}"
        );
    }
    for ev in gold()["timeline"].as_array().unwrap() {
        let date = ev["date"].as_str().unwrap();
        let words: Vec<&str> = ev["must_mention"]
            .as_array()
            .unwrap()
            .iter()
            .map(|w| w.as_str().unwrap())
            .collect();
        let ok = a.timeline.iter().any(|e| {
            let s = &ARTICLE[e.sentence.start as usize..e.sentence.end as usize];
            e.value.starts_with(date) && words.iter().all(|w| s.contains(w))
        });
        assert!(ok, "no timeline event {date} mentioning {words:?}");
    }
    let values: Vec<&str> = a.timeline.iter().map(|e| e.value.as_str()).collect();
    let mut sorted = values.clone();
    sorted.sort();
    assert_eq!(values, sorted, "timeline is in time order");
}

#[test]
fn timeline_follows_the_story() {
    let a = analysis();
    let slice = |s: u32, e: u32| &ARTICLE[s as usize..e as usize];
    let events: Vec<(&str, &str)> = a
        .timeline
        .iter()
        .map(|e| (e.value.as_str(), slice(e.sentence.start, e.sentence.end)))
        .collect();
    let position = |value: &str, words: &str| {
        events
            .iter()
            .position(|(v, s)| *v == value && s.contains(words))
            .unwrap_or_else(|| panic!("no event {value} mentioning {words:?} in {events:#?}"))
    };
    // The talks agreed and Dunford's visit in August, the missile test hours before the
    // meetings of 29–30 November, the spokesman on 30 November.
    let agreed = position("2017-08", "agreed");
    let visit = position("2017-08", "Dunford");
    let missile = position("2017-11-29", "missile test");
    let meetings_29 = position("2017-11-29", "Meetings in Washington");
    let meetings_30 = position("2017-11-30", "Meetings in Washington");
    let spokesman = position("2017-11-30", "Wu Qian");
    assert!(agreed < missile && visit < missile);
    assert!(missile < meetings_29 && meetings_29 < meetings_30);
    assert!(meetings_30 < spokesman);
    // The missile test is the clause after `hours after`, not the whole sentence.
    assert_eq!(
        events[missile].1,
        "Pyongyang’s most powerful missile test to date"
    );
    // Each event lists the people in it and links to its time.
    let wu = &a.timeline[spokesman];
    assert!(wu
        .entities
        .iter()
        .any(|id| entity_name(&a, &Some(*id)).as_deref() == Some("Wu Qian")));
    assert!(a
        .times
        .iter()
        .any(|t| t.id == wu.time && t.value == "2017-11-30"));
}

/// The analysis as aligned text: each sentence, then a `#` line per finding inside it.
fn snapshot(text: &str, a: &AnalysisOut) -> String {
    let mut out = String::new();
    let slice = |s: u32, e: u32| &text[s as usize..e as usize];
    for s in &a.sentences {
        out.push_str(&format!("> {}\n", slice(s.start, s.end).replace('\n', " ")));
        let inside = |start: u32, end: u32| s.start <= start && end <= s.end;
        for m in a.mentions.iter().filter(|m| inside(m.start, m.end)) {
            let e = entity_name(a, &m.entity).unwrap_or_default();
            out.push_str(&format!("#   {} {:?} -> {e}\n", m.kind, m.text));
        }
        for t in a.times.iter().filter(|t| inside(t.start, t.end)) {
            out.push_str(&format!("#   {} {:?} = {}\n", t.kind, t.text, t.value));
        }
        for q in a.quotes.iter().filter(|q| inside(q.start, q.end)) {
            let who = q.speaker.as_ref().map_or("-".to_string(), |sp| {
                format!(
                    "{} -> {}",
                    sp.text,
                    entity_name(a, &sp.entity).unwrap_or_default()
                )
            });
            let cue = q.cue.as_ref().map_or("-", |c| c.text);
            let kind = if q.direct { "quote" } else { "reported" };
            out.push_str(&format!("#   {kind} [{cue}] {who}: {:?}\n", q.text));
        }
    }
    for e in &a.entities {
        out.push_str(&format!(
            "@ {} {:?} title={:?} role={:?} mentions={}\n",
            e.kind,
            e.name,
            e.title,
            e.role,
            e.mentions.len()
        ));
    }
    for ev in &a.timeline {
        out.push_str(&format!(
            "~ {} {:?}\n",
            ev.value,
            slice(ev.sentence.start, ev.sentence.end)
                .chars()
                .take(60)
                .collect::<String>()
        ));
    }
    out
}

#[test]
fn snapshot_of_the_example() {
    let got = snapshot(ARTICLE, &analysis());
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/golden/china-us-military-talks.snap"
    );
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(path, &got).unwrap();
        return;
    }
    let want = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        got == want,
        "snapshot differs; rerun with UPDATE_SNAPSHOTS=1 and review `git diff`:\n{got}"
    );
}
