//! Hostile input: every case gets a valid analysis (checked by `storylens::validate`) or a clear
//! error, never a panic. The big cases are sized (10⁵ marks, 2·10⁵-character words) so that a
//! quadratic corner in any stage would make this file run for minutes instead of seconds: no
//! timings are asserted here — `make bench` prints them.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use storylens::format::AnalysisOut;
use storylens::{analyze_to_format, validate, Options, MAX_INPUT_BYTES};

/// Analyses `text` in every offset unit, checks each against the format, returns the UTF-16 one.
fn valid(text: &str) -> AnalysisOut<'_> {
    let mut out = None;
    for unit in ["bytes", "chars", "utf16"] {
        let options = Options::new(Some(unit), None).unwrap();
        let a = analyze_to_format(text, &options).unwrap();
        if let Err(e) = validate::check(text, &a) {
            let head: String = text.chars().take(80).collect();
            panic!("{unit}: {e}\nin {head:?}…");
        }
        out = Some(a);
    }
    out.unwrap()
}

fn repeat(piece: &str, n: usize) -> String {
    piece.repeat(n)
}

macro_rules! hostile {
    ($($name:ident: $input:expr;)*) => {$(
        #[test]
        fn $name() {
            let text: String = $input.into();
            valid(&text);
        }
    )*};
}

hostile! {
    empty_text: "";
    // Two readings of one sentence that cross (found by the fuzzer, 2026-12-01).
    two_cues_around_a_quote: "The review.\n\nJames Adeyemi warned: “ put more pressure on North Korea,” Ni said.\n";
    only_spaces: "   ";
    only_mixed_white_space: " \t\n\r\n\u{a0}\u{3000}\u{2028}\u{2029}\u{85}\u{b}\u{c} ";
    only_newlines: repeat("\n", 100_000);
    only_crs: repeat("\r", 100_000);

    // 10⁵ quote marks of every style, alone and mixed.
    straight_double_marks: repeat("\"", 100_000);
    straight_single_marks: repeat("'", 100_000);
    curly_open_marks: repeat("“", 100_000);
    curly_close_marks: repeat("”", 100_000);
    curly_single_open_marks: repeat("‘", 100_000);
    curly_single_close_marks: repeat("’", 100_000);
    guillemets: repeat("«»", 50_000);
    low_double_marks: repeat("„", 100_000);
    alternating_curly_marks: repeat("“”", 50_000);
    alternating_straight_marks_with_words: repeat("\"a\" ", 50_000);
    open_marks_between_words: repeat("word “", 50_000);
    close_marks_between_words: repeat("word” ", 50_000);
    quoted_words_with_cues: repeat("“Yes,” he said. ", 20_000);
    plural_possessives: repeat("the analysts’ ", 50_000);
    plural_possessives_in_single_quote: format!("‘{}’ she said.", repeat("the analysts’ view ", 20_000));
    primes_and_inches: repeat("6'2\" ", 50_000);

    // Unbalanced and deeply nested.
    unbalanced_opening_marks: format!("{} end.", repeat("“He said ", 30_000));
    unbalanced_closing_marks: repeat("he said.” ", 30_000);
    deeply_nested_quotes: format!("{}core{}", repeat("“‘", 50_000), repeat("’”", 50_000));
    deeply_nested_straight_quotes: format!("{}core{}", repeat("\"'", 50_000), repeat("'\"", 50_000));
    nested_quotes_left_open: repeat("“a ‘b «c „d ", 20_000);
    quote_running_over_many_paragraphs: repeat("“A paragraph that goes on and on.\n\n", 20_000);

    // Long words and long runs.
    long_lowercase_word: repeat("a", 200_000);
    long_capitalised_word: format!("A{}", repeat("b", 199_999));
    long_word_of_capitals: repeat("A", 200_000);
    long_number: repeat("9", 200_000);
    long_cjk_word: repeat("中", 200_000);
    long_word_inside_a_quote: format!("“{}” he said.", repeat("x", 200_000));
    long_hyphenated_word: repeat("Ab-", 70_000);
    long_dotted_word: repeat("A.", 100_000);
    capitalised_words_in_one_sentence: repeat("Ab ", 70_000);
    names_in_one_sentence: repeat("John Smith and ", 15_000);
    distinct_names_in_one_sentence: (0..20_000).map(|i| format!("Name{i} Person{i} said ")).collect::<String>();
    distinct_names_in_sentences: (0..20_000).map(|i| format!("Name{i} Person{i} said so. ")).collect::<String>();
    surnames_everywhere: format!("Adam Ni said. {}", repeat("Ni ", 70_000));
    org_connectors: repeat("Bank of ", 30_000);
    sentences_in_one_paragraph: repeat("It rained. ", 30_000);
    abbreviations: repeat("Gen. Dr. U.S. ", 20_000);
    full_stops: repeat(".", 200_000);
    commas_and_dashes: repeat(", – — - ", 30_000);
    cue_words: repeat("said told according to added ", 10_000);
    appositions: repeat("Li Na, a spokeswoman, said ", 10_000);
    dates_everywhere: repeat("on Monday in August 2017 last year 9:34pm ", 5_000);
    // No verb anywhere: the tense of each date is looked for nearby, never across the sentence.
    dates_without_a_verb: repeat("on Monday in August 2017 ", 8_000);
    datelines_everywhere: repeat("PUBLISHED : Thursday, 30 November, 2017, 9:34pm\n\n", 5_000);
    numbers_that_look_like_dates: repeat("99:99 31/31/9999 2017-13-45 ", 10_000);
    // Found by the property test: a line read as a transcript (`LABEL: …`) crossed reported
    // speech inside it.
    colon_line_over_reported_speech: "“\nPUBLISHED : Thursday, 30 November, 2017, 9:34pm, he said.😀the United States, he said.“ according to “ said''";
    colon_line_crossing_reported_speech: "Intro.\n\nAB CD: one two, he said. three four five, she said.";
    huge_years: "In 99999999999999999999 and on 4294967296-01-01 and 9999999999-12-31T23:59, he said.";

    // Control, invisible and unusual characters.
    control_characters: (0..100_000u32).map(|i| char::from_u32(i % 32).unwrap()).collect::<String>();
    nul_bytes_inside_text: "“Hello\0world,” he\0 said\0.";
    c1_controls_and_del: repeat("\u{7f}\u{80}\u{85}\u{9f} said ", 10_000);
    zero_width_characters: repeat("Li\u{200b}Na\u{200c} said\u{200d} “\u{2060}hi\u{feff}” ", 10_000);
    byte_order_mark_first: "\u{feff}“We won,” Li Na said on Monday.";
    soft_hyphens_in_names: "Li\u{ad}Na said “yes” to Chen\u{ad}ming.";
    only_zero_width: repeat("\u{200b}", 100_000);
    combining_marks: repeat("e\u{301}\u{302}\u{303} ", 20_000);
    emoji_sequences: repeat("👩🏽‍🚀 “🇨🇳” said 👨‍👩‍👧 ", 10_000);
    replacement_characters_from_lone_surrogates: "a\u{fffd}b “\u{fffd}” said Li\u{fffd} on \u{fffd}Monday.";
    private_use_and_noncharacters: "\u{e000}\u{fdd0}\u{fffe}\u{10ffff} “x” said Li Na.";

    // Line ends.
    crlf_article: repeat("“We won,” she said.\r\n\r\nLi Na spoke on Monday.\r\n", 10_000);
    lone_carriage_returns: repeat("“We won,” she said.\rLi Na spoke.\r\r", 10_000);
    unicode_line_separators: repeat("Li Na said “yes”.\u{2028}Next.\u{2029}", 10_000);

    // Right-to-left and mixed scripts.
    arabic_text: repeat("قال الرئيس «نحن مستعدون» يوم الاثنين. ", 5_000);
    hebrew_with_overrides: repeat("\u{202e}שלום\u{202c} “hi” said \u{202d}Li Na\u{202c}. ", 5_000);
    mixed_scripts: repeat("中国 said “Россия” and Ελλάδα 日本語「引用」 ", 5_000);

    // Markup in the text is only text.
    html_and_script: repeat("<p>“Hi,” he said.</p><script>alert('x')</script>&amp;&lt; ", 5_000);
    many_angle_brackets: repeat("<", 100_000);
}

#[test]
fn markup_is_analysed_as_literal_text() {
    let text = "<script>alert(1)</script> “Hello,” Li Na said. <b>Bold</b>";
    let a = valid(text);
    // Offsets index the literal text, tags included.
    let q = &a.quotes[0];
    assert_eq!(q.text, "Hello,");
    let units: Vec<u16> = text.encode_utf16().collect();
    let got = String::from_utf16(&units[q.start as usize..q.end as usize]).unwrap();
    assert_eq!(got, "Hello,");
}

#[test]
fn crlf_spans_are_exact() {
    let a = valid("“We won,” she said.\r\n\r\nLi Na spoke on Monday.\r\n");
    assert_eq!(a.paragraphs.len(), 2);
    assert!(a.quotes.iter().any(|q| q.text == "We won,"));
}

#[test]
fn text_over_the_maximum_is_a_clear_error() {
    let text = "a".repeat(MAX_INPUT_BYTES + 1);
    let err = analyze_to_format(&text, &Options::default()).unwrap_err();
    assert!(err.is_too_large());
    let message = err.to_string();
    assert!(message.contains(&MAX_INPUT_BYTES.to_string()), "{message}");
    assert!(message.contains("split"), "{message}");
}

#[test]
fn multibyte_text_just_over_the_maximum_is_an_error() {
    // The limit is in UTF-8 bytes, not characters.
    let text = "中".repeat(MAX_INPUT_BYTES / 3 + 1);
    assert!(text.chars().count() < MAX_INPUT_BYTES);
    let err = analyze_to_format(&text, &Options::default()).unwrap_err();
    assert!(err.is_too_large());
}

// Regressions: quadratic corners the bench found (each would run for minutes if it came back).
hostile! {
    // attribution: every quote piece re-read the rest of its paragraph.
    quote_pieces_do_not_rescan_their_paragraph: repeat("“”", 100_000);
    // coref: entity keys and surnames were looked up by scanning every entity; roles by
    // scanning the sentence's tokens.
    many_distinct_people_resolve_linearly: (0..30_000).map(|i| format!("Nam{i} Per{i} said, ")).collect::<String>();
    // entities (an untagged occurrence of a name was looked for among every name with its
    // first word) and coref (a name's fuller names among every name with its first word).
    many_people_share_a_given_name: (0..60_000).map(|i| format!("Ann Cole{i} said. ")).collect::<String>();
    // entities: a company that took an earlier one in was looked for among every company of
    // its sentence.
    one_sentence_of_many_companies: format!(
        "He said that {}.",
        (0..32_000).map(|i| format!("Nam{i} Per{i} of Com{i} Corp")).collect::<Vec<_>>().join(", "),
    );
    // entities: the name after each title among every mention.
    many_titled_people: (0..64_000).map(|i| format!("President Nam{i} Per{i} told reporters. He said no. ")).collect::<String>();
    // entities: each defined acronym among every acronym and every mention.
    many_defined_acronyms: (0..64_000).map(|i| format!("The Nam{i} Research Council (NRC{i}) said on Monday. ")).collect::<String>();
    // entities: each company named by an ampersand looked through every mention.
    many_ampersand_companies: (0..64_000).map(|i| format!("Nam{i} & Per{i} said it grew. ")).collect::<String>();
    // attribution: no stop ends a sentence before a lower-case word, so this is one clause,
    // and each cue read the rest of it.
    cues_in_one_unended_clause: (0..12_000).map(|i| format!("the Nam{i} Per{i} Agency, known as Nam{i} Agency, said. ")).collect::<String>();
    // entities: each word that opens a name was tried as the start of every length of name
    // up to the longest, here a capitalised run of 3,000 words.
    long_run_then_its_first_word_many_times: format!(
        "Kim {} said. {}end.",
        repeat("Lee Park Choi ", 1_000),
        repeat("Kim and ", 20_000),
    );
    // timeline (each event scanned every mention, quote and time), time::drop_crossing (each
    // time scanned every mention and quote) and sentence splitting (each full stop scanned
    // every quote): all quadratic in a long document.
    long_document_of_dated_quotes: repeat(
        "“We are ready,” Li Na said on Monday. Chen Ming said in August that talks would resume.\n\n",
        8_000,
    );
}
