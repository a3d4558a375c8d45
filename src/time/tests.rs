//! Table tests: each row is a sentence of our own, its publication date, and the expressions
//! found in it with their values.

use super::*;
use crate::segment::{segment, split_paragraphs};

fn times(text: &str, published: &str) -> Vec<(String, String)> {
    let doc = segment(text, &split_paragraphs(text), &[]);
    find_times(text, &doc, Moment::parse(published), None)
        .into_iter()
        .map(|t| (t.span.slice(text).to_string(), t.value))
        .collect()
}

fn kinds(text: &str, published: &str) -> Vec<(String, &'static str, Option<Precision>)> {
    let doc = segment(text, &split_paragraphs(text), &[]);
    find_times(text, &doc, Moment::parse(published), None)
        .into_iter()
        .map(|t| (t.span.slice(text).to_string(), t.kind.as_str(), t.precision))
        .collect()
}

macro_rules! t {
    ($($name:ident: $input:expr, $published:expr => [$(($surface:expr, $value:expr)),* $(,)?];)*) => {$(
        #[test]
        fn $name() {
            let want: Vec<(String, String)> = vec![$(($surface.to_string(), $value.to_string())),*];
            assert_eq!(times($input, $published), want, "in {:?}", $input);
        }
    )*};
}

// Weekdays resolve by tense: the past looks back, the future ahead.
t! {
    a_games_quarters_are_no_times: "Tatum scored 14 in the fourth quarter on Friday, and Boston led at halftime.", "2025-03-08" => [("Friday", "2025-03-07")];
    a_games_halves_are_no_times: "The Eagles scored a touchdown in the second half on Sunday.", "2025-03-10" => [("Sunday", "2025-03-09")];
    quarters_of_results_stay_times: "Profit rose in the fourth quarter, the company said on Friday.", "2025-03-08" => [("the fourth quarter", "2024-Q4"), ("Friday", "2025-03-07")];
    compound_tail_is_no_time: "It was a once-in-a-century flood in mid-March.", "2017-11-30" => [("mid-March", "2017-03")];
    compound_that_opens_with_a_time_stays: "A two-week-long delay followed.", "2017-11-30" => [("two-week", "P2W")];
    past_weekday_is_before: "They met on Wednesday.", "2017-11-30" => [("Wednesday", "2017-11-29")];
    past_weekday_same_day: "He spoke on Thursday.", "2017-11-30" => [("Thursday", "2017-11-30")];
    past_weekday_six_days_back: "The ferry sank on Friday, officials said.", "2017-11-30" => [("Friday", "2017-11-24")];
    future_weekday_is_after: "They will meet on Monday.", "2017-11-30" => [("Monday", "2017-12-04")];
    future_weekday_crosses_month: "The court is expected to rule on Tuesday.", "2017-11-30" => [("Tuesday", "2017-12-05")];
    present_weekday_nearest: "The vote is on Saturday.", "2017-11-30" => [("Saturday", "2017-12-02")];
    weekday_past_across_year: "They met on Friday.", "2018-01-01" => [("Friday", "2017-12-29")];
    weekday_future_across_year: "The market will reopen on Tuesday.", "2017-12-29" => [("Tuesday", "2018-01-02")];
    weekday_into_leap_day: "The shipment arrived on Thursday.", "2016-03-01" => [("Thursday", "2016-02-25")];
    weekday_on_leap_day: "The result was announced on Monday.", "2016-03-01" => [("Monday", "2016-02-29")];
    last_weekday: "Talks broke down last Friday.", "2017-11-30" => [("last Friday", "2017-11-24")];
    this_past_weekday_after_another_date: "Talks began on Nov. 1. This past Friday they broke down.", "2017-11-30" => [("Nov. 1", "2017-11-01"), ("This past Friday", "2017-11-24")];
    past_a_weekday_is_beyond_it: "Funding runs out past Friday night.", "2017-11-30" => [("Friday night", "2017-12-01")];
    next_weekday: "Voting starts next Monday.", "2017-11-30" => [("next Monday", "2017-12-04")];
    tense_nearest_verb_wins: "She said on Tuesday that she will resign on Friday.", "2017-11-30" => [("Tuesday", "2017-11-28"), ("Friday", "2017-12-01")];
    a_starting_point_is_no_reference: "Exports fell 34 percent, the steepest drop since February 2020. Imports fell from a year earlier.", "2025-06-09" => [("February 2020", "2020-02"), ("a year earlier", "2024")];
    said_clause_after_that_keeps_its_own_tense: "Khamenei said in a speech on Tuesday that the country would not negotiate.", "2026-11-27" => [("Tuesday", "2026-11-24")];
    weekday_with_part: "The blast was heard on Wednesday night.", "2017-11-30" => [("Wednesday night", "2017-11-29")];
    future_weekday_with_part_is_ahead: "The talks will resume on Monday evening.", "2025-02-08" => [("Monday evening", "2025-02-10TEV")];
    weekday_after_is_due_to_is_ahead: "The board is due to meet on Friday.", "2025-03-05" => [("Friday", "2025-03-07")];
    weekday_after_plans_to_is_ahead: "The minister plans to visit on Monday.", "2025-03-05" => [("Monday", "2025-03-10")];
    passive_present_is_no_past: "The winners find out when the draw is made on Monday evening.", "2025-02-08" => [("Monday evening", "2025-02-10TEV")];
    passive_future_is_ahead: "The final will be held on Sunday.", "2025-03-05" => [("Sunday", "2025-03-09")];
    passive_past_stays_past: "He was told on Monday that he had lost.", "2025-03-05" => [("Monday", "2025-03-03")];
    obligation_looks_ahead_of_a_past_cue: "She said governments must act before the summer.", "2025-03-14" => [("the summer", "2025-SU")];
    advice_looks_ahead_of_a_past_cue: "He said families should book their shots by Friday.", "2025-03-12" => [("Friday", "2025-03-14")];
    any_weekday_is_no_date: "The delivery comes on a Tuesday.", "2025-03-05" => [("Tuesday", "XXXX-WXX-2")];
    every_weekday_is_a_set: "The club meets every Tuesday.", "2025-03-05" => [("every Tuesday", "XXXX-WXX-2")];
    next_weekday_counts_from_publication_not_the_last_date: "The teams drew on Tuesday, and they meet again next Saturday.", "2025-11-29" => [("Tuesday", "2025-11-25"), ("next Saturday", "2025-12-06")];
    the_next_weekday_counts_from_the_last_date: "The trial opened on Jan. 6, 2025, and the verdict came the next Monday.", "2025-03-05" => [("Jan. 6, 2025", "2025-01-06"), ("the next Monday", "2025-01-13")];
    capitalised_ed_word_is_no_past_verb: "Town travel to Westbrook United on Tuesday.", "2025-11-29" => [("Tuesday", "2025-12-02")];
    until_in_a_future_clause_is_ahead: "Schools will remain closed until Monday.", "2025-09-09" => [("Monday", "2025-09-15")];
    until_in_a_past_clause_is_the_nearest: "Schools remained closed until Monday.", "2025-09-09" => [("Monday", "2025-09-08")];
    weekday_with_date_keeps_date: "The paper said in an editorial on Saturday, April 25: the court erred.", "1998-04-27" => [("Saturday, April 25", "1998-04-25")];
}

// The tense of the expression's own clause wins over a nearer marker past `and`; a date in the
// to-infinitive of a verb that looks ahead (`urged … to`) is ahead of it.
t! {
    tense_of_own_clause_before_and: "Rao said her hospital had opened a ward on Friday and would postpone surgeries.", "2026-10-14" => [("Friday", "2026-10-09")];
    tense_of_own_clause_after_and: "The hospital will open a ward on Friday and said it had hired staff.", "2026-10-14" => [("Friday", "2026-10-16")];
    date_in_infinitive_after_urging_is_ahead: "He urged residents to get their shots before Thanksgiving.", "2026-10-14" => [("Thanksgiving", "2026-11-26")];
    date_in_infinitive_after_vowing_is_ahead: "She vowed to finish the bridge by March.", "2017-11-30" => [("March", "2018-03")];
    date_in_infinitive_after_managing_stays_past: "He managed to finish the report on Friday.", "2017-11-30" => [("Friday", "2017-11-24")];
    infinitive_of_a_noun_far_from_the_verb_stays_past: "The nations voted for a joint force to protect the border on Tuesday.", "2017-11-30" => [("Tuesday", "2017-11-28")];
}

// Months resolve by tense too: the August before a November article, the March after it.
t! {
    month_in_the_past: "The talks were agreed in August.", "2017-11-30" => [("August", "2017-08")];
    month_past_crosses_year: "It was signed in December.", "2018-01-05" => [("December", "2017-12")];
    month_future_crosses_year: "The plant will open in March.", "2017-11-30" => [("March", "2018-03")];
    month_same_month_past: "Prices fell in November.", "2017-11-30" => [("November", "2017-11")];
    last_month_name: "The firm was founded last April.", "2017-11-30" => [("last April", "2017-04")];
    next_month_name: "The law takes effect next January.", "2017-11-30" => [("next January", "2018-01")];
    month_as_an_adjective_is_the_nearest: "A judge blocked the law weeks before the November election.", "2024-08-13" => [("weeks", "PXW"), ("November", "2024-11")];
    month_as_an_adjective_tie_goes_back: "Police said they had evidence in the October killing.", "1999-04-19" => [("October", "1998-10")];
    may_the_verb: "It may rain, but in May it will not.", "2017-01-10" => [("May", "2017-05")];
    month_name_ending_a_sentence_keeps_its_full_stop_out: "The bridge will open in May. It closed in June.", "2017-01-10" => [("May", "2017-05"), ("June", "2016-06")];
    march_the_verb: "Protesters march through the city.", "2017-01-10" => [];
    month_and_year: "The plan dates from August 2015.", "2017-11-30" => [("August 2015", "2015-08")];
    month_last_year: "He was arrested in June last year.", "2018-01-10" => [("June last year", "2017-06")];
    month_next_year_boundary: "The summit is due in January next year.", "2017-12-20" => [("January next year", "2018-01")];
    day_next_year: "Its next cycle begins on July 1 next year; the vote was on 3 March last year.", "2026-08-04" => [("July 1 next year", "2027-07-01"), ("3 March last year", "2025-03-03")];
    titles_are_not_times: "He said on “This Week” that the film “High Noon” moved him.", "2017-11-30" => [];
    holiday_day_is_a_time: "Shops open on Christmas Day.", "2017-11-30" => [("Christmas Day", "2017-12-25")];
    holiday_with_year: "It shut on Christmas Day 2021 and reopened on New Year's Day, 2023.", "2025-11-30" => [("Christmas Day 2021", "2021-12-25"), ("New Year's Day, 2023", "2023-01-01")];
    fraction_is_not_time: "The country imports three-quarters of its food.", "2017-11-30" => [];
    month_with_modifier: "Work stopped in late November.", "2017-12-20" => [("late November", "2017-11")];
    mid_month: "A decision is due by mid-January.", "2017-11-30" => [("mid-January", "2018-01")];
}

// Full and partial calendar dates.
t! {
    full_dates: "It began on 30 November, 2017 and ended Nov. 3, 2018.", "2019-01-01" => [("30 November, 2017", "2017-11-30"), ("Nov. 3, 2018", "2018-11-03")];
    iso_date: "The filing is dated 2017-11-30.", "2017-12-01" => [("2017-11-30", "2017-11-30")];
    leap_day: "The vote was on Feb. 29, 2016.", "2016-03-01" => [("Feb. 29, 2016", "2016-02-29")];
    day_without_year_past: "The company said profit fell in the quarter ended Sept. 30.", "2017-11-30" => [("the quarter", "2017-Q3"), ("Sept. 30", "2017-09-30")];
    day_without_year_future_across_year: "The dividend is payable Jan. 15 to holders of record.", "2017-11-30" => [("Jan. 15", "2018-01-15")];
    day_without_year_past_across_year: "Shares were sold on Dec. 28, the filing said.", "2018-01-03" => [("Dec. 28", "2017-12-28")];
    leap_day_without_year: "The offer expired Feb. 29, the company said.", "2016-03-02" => [("Feb. 29", "2016-02-29")];
    ordinal_day: "The summit opens on March 3rd.", "2017-02-20" => [("March 3rd", "2017-03-03")];
    year_alone: "The dam was built in 1998.", "2017-11-30" => [("1998", "1998")];
    year_at_sentence_end: "Growth will slow in 2018.", "2017-11-30" => [("2018", "2018")];
    year_not_money: "It cost $2000 to fix.", "2017-11-30" => [];
    numbered_things_are_not_years: "Beirut backs Resolution 1701 and Article 1984 of the code; the gate is Gate 1200.", "2017-11-30" => [];
    a_name_s_number_before_1500_is_no_year: "Rescue 1122 sent boats, as in 1122 and Euro 2024.", "2026-08-03" => [("1122", "1122"), ("2024", "2024")];
    fiscal_year: "Sales rose in fiscal 2016.", "2017-11-30" => [("fiscal 2016", "2016")];
    decade: "The policy dates back to the 1990s.", "2017-11-30" => [("the 1990s", "199")];
    decade_apostrophe: "It was a hit in the ’80s.", "2017-11-30" => [("the ’80s", "198")];
    decade_modifier: "Prices peaked in the late 1970s.", "2017-11-30" => [("the late 1970s", "197")];
    decade_word: "Prices peaked in the late seventies.", "2017-11-30" => [("the late seventies", "197")];
    decades_of_a_life_are_ages: "People in their seventies, and a man in his early sixties, walk.", "2017-11-30" => [];
    century: "It was the worst storm of the 20th century.", "2017-11-30" => [("the 20th century", "19")];
    quarter_ordinal: "Profit rose in the third quarter.", "2017-11-30" => [("the third quarter", "2017-Q3")];
    quarter_adjective: "Third-quarter profit rose.", "2017-11-30" => [("Third-quarter", "2017-Q3")];
    quarter_q: "Shipments slowed in Q3 2016.", "2017-11-30" => [("Q3 2016", "2016-Q3")];
    quarter_in_january_is_last_year: "Fourth-quarter sales fell.", "2018-01-20" => [("Fourth-quarter", "2017-Q4")];
    year_earlier_quarter: "Net rose 5% in the third quarter from the year-earlier period.", "2017-11-30" => [("the third quarter", "2017-Q3"), ("the year-earlier period", "2016-Q3")];
    a_year_earlier_after_quarter: "Net rose in the third quarter from $5 million a year earlier.", "2017-11-30" => [("the third quarter", "2017-Q3"), ("a year earlier", "2016-Q3")];
    a_year_written_out_ends_the_quarter: "Net may fall in the second quarter. Revenue was $4 billion in fiscal 2023, down from $5 billion a year earlier.", "2024-03-03" => [("the second quarter", "2024-Q2"), ("fiscal 2023", "2023"), ("a year earlier", "2022")];
    the_quarters_own_year_keeps_it: "Net rose in the third quarter of 2017 from $5 million a year earlier.", "2017-11-30" => [("the third quarter of 2017", "2017-Q3"), ("a year earlier", "2016-Q3")];
    half: "Sales grew in the first half of 2017.", "2017-11-30" => [("the first half of 2017", "2017-H1")];
    season: "The dam burst last summer.", "2017-11-30" => [("last summer", "2016-SU")];
    season_this: "The plant opens this spring.", "2017-11-30" => [("this spring", "2017-SP")];
    season_not_begun_is_last_years: "He joined the club in the summer.", "2026-04-12" => [("the summer", "2025-SU")];
    season_ahead_is_this_years: "The club will sign him in the summer.", "2026-04-12" => [("the summer", "2026-SU")];
    a_quarter_is_a_fraction: "Costs could rise by as much as a quarter, and a quarter of the staff left.", "2026-04-12" => [];
    half_of_a_match_is_no_date: "Rovers led through a first-half penalty and scored again in the second half.", "2026-04-12" => [];
    half_in_results_is_a_date: "Acme's first-half profit rose 8%.", "2026-04-12" => [("first-half", "2026-H1")];
    christmas: "The bridge will open before Christmas.", "2017-11-30" => [("Christmas", "2017-12-25")];
    thanksgiving: "Sales rose over Thanksgiving, the group said.", "2017-11-30" => [("Thanksgiving", "2017-11-23")];
}

// Words that count from the publication date.
t! {
    yesterday: "The bill passed yesterday.", "2017-03-01" => [("yesterday", "2017-02-28")];
    yesterday_leap: "The bill passed yesterday.", "2016-03-01" => [("yesterday", "2016-02-29")];
    tomorrow_new_year: "The law takes effect tomorrow.", "2017-12-31" => [("tomorrow", "2018-01-01")];
    today: "Markets are closed today.", "2017-11-30" => [("today", "2017-11-30")];
    unit_ending_a_compound: "Shares fell in after-hours trading on Thursday.", "2017-11-30" => [("Thursday", "2017-11-30")];
    today_as_a_name: "She told BBC Radio 4's Today programme and USA Today on Monday.", "2017-11-30" => [("Monday", "2017-11-27")];
    today_opening_a_quote: "He said: “Today we won.”", "2017-11-30" => [("Today", "2017-11-30")];
    last_week: "The pact was signed last week.", "2017-11-30" => [("last week", "2017-W47")];
    this_week: "Talks resume this week.", "2017-11-30" => [("this week", "2017-W48")];
    next_week_year_boundary: "Talks resume next week.", "2017-12-28" => [("next week", "2018-W01")];
    next_month: "The rules change next month.", "2017-11-30" => [("next month", "2017-12")];
    next_month_year_boundary: "The rules change next month.", "2017-12-15" => [("next month", "2018-01")];
    last_month_year_boundary: "Exports fell last month.", "2018-01-10" => [("last month", "2017-12")];
    last_year: "Exports fell last year.", "2017-11-30" => [("last year", "2016")];
    this_year_earlier: "The firm cut jobs earlier this year.", "2017-11-30" => [("earlier this year", "2017")];
    early_next_year: "A decision is due early next year.", "2017-11-30" => [("early next year", "2018")];
    years_ago: "The mine closed two years ago.", "2017-11-30" => [("two years ago", "2015")];
    days_ago_month_boundary: "The mine closed three days ago.", "2017-12-02" => [("three days ago", "2017-11-29")];
    days_ago_leap: "The mine closed two days ago.", "2016-03-01" => [("two days ago", "2016-02-28")];
    months_ago_year_boundary: "She left six months ago.", "2017-03-15" => [("six months ago", "2016-09")];
    weeks_ago: "He was arrested two weeks ago.", "2017-11-30" => [("two weeks ago", "2017-W46")];
    several_years_ago: "The plant closed several years ago.", "2017-11-30" => [("several years ago", "PAST_REF")];
    now_and_recently: "Prices are now higher than they were recently.", "2017-11-30" => [("now", "PRESENT_REF"), ("recently", "PAST_REF")];
    the_future: "No one knows what the future holds.", "2017-11-30" => [("the future", "FUTURE_REF")];
    the_past: "Such raids were rare in the past.", "2017-11-30" => [("the past", "PAST_REF")];
    this_weekend: "Protests are planned this weekend.", "2017-11-30" => [("this weekend", "2017-W48-WE")];
    anaphoric_later: "The rebels took the town on Nov. 3, 2017. Two days later they left.", "2017-11-30" => [("Nov. 3, 2017", "2017-11-03"), ("Two days later", "2017-11-05")];
    anaphoric_that_day: "The storm hit on Oct. 2, 2017. Schools closed that day.", "2017-11-30" => [("Oct. 2, 2017", "2017-10-02"), ("that day", "2017-10-02")];
    the_next_day: "The storm hit on Oct. 31, 2017. Power came back the next day.", "2017-11-30" => [("Oct. 31, 2017", "2017-10-31"), ("the next day", "2017-11-01")];
}

// Times of day.
t! {
    clock: "The blast came at 9:34pm.", "2017-11-30" => [("9:34pm", "2017-11-30T21:34")];
    clock_am_dotted: "Trading resumed at 10:15 a.m. on the exchange.", "2017-11-30" => [("10:15 a.m.", "2017-11-30T10:15")];
    clock_with_weekday: "He was taken from a store at 10 p.m. Wednesday, police said.", "1998-02-13" => [("10 p.m. Wednesday", "1998-02-11T22:00")];
    noon: "The deadline is noon.", "2017-11-30" => [("noon", "2017-11-30T12:00")];
    clock_on_the_day_last_named: "The doctor was shot on Oct. 23, 2016. He died at 10 p.m. in hospital.", "2017-11-30" => [("Oct. 23, 2016", "2016-10-23"), ("10 p.m.", "2016-10-23T22:00")];
    noon_with_day: "The offer ends at noon Friday.", "2017-11-30" => [("noon Friday", "2017-12-01T12:00")];
    this_morning: "The minister resigned this morning.", "2017-11-30" => [("this morning", "2017-11-30TMO")];
    tonight: "The president speaks tonight.", "2017-11-30" => [("tonight", "2017-11-30TNI")];
    last_night: "Fighting resumed last night.", "2018-01-01" => [("last night", "2017-12-31TNI")];
    date_and_clock: "The deal closed on 30 November, 2017, 9:34pm.", "2017-12-01" => [("30 November, 2017, 9:34pm", "2017-11-30T21:34")];
    clock_then_date: "The offer runs until 5 p.m. EST, Nov. 9.", "2017-11-01" => [("5 p.m. EST, Nov. 9", "2017-11-09T17:00")];
}

// Durations.
t! {
    days: "The strike lasted three days.", "2017-11-30" => [("three days", "P3D")];
    hours_bare: "The talks came hours after the test.", "2017-11-30" => [("hours", "PTXH")];
    hour_number: "The meeting ran for 1 hour.", "2017-11-30" => [("1 hour", "PT1H")];
    a_decade: "The war lasted a decade.", "2017-11-30" => [("a decade", "P10Y")];
    decades_bare: "The feud went on for decades.", "2017-11-30" => [("decades", "PXDE")];
    hyphenated: "They signed a 10-year lease.", "2017-11-30" => [("10-year", "P10Y")];
    age_is_not_time: "A 10-year-old boy was hurt.", "2017-11-30" => [];
    approximate: "The siege lasted nearly two months.", "2017-11-30" => [("nearly two months", "P2M")];
    more_than: "The search took more than four hours.", "2017-11-30" => [("more than four hours", "PT4H")];
    the_past_n: "Prices doubled over the past two years.", "2017-11-30" => [("the past two years", "P2Y")];
    the_next_few: "Rain is likely in the next few days.", "2017-11-30" => [("the next few days", "PXD")];
    compound_number: "The lease runs twenty-five years.", "2017-11-30" => [("twenty-five years", "P25Y")];
    couple: "The case could take a couple of weeks.", "2017-11-30" => [("a couple of weeks", "P2W")];
    minutes: "The speech lasted 45 minutes.", "2017-11-30" => [("45 minutes", "PT45M")];
    first_nine_months: "Profit rose in the first nine months.", "2017-11-30" => [("the first nine months", "P9M")];
}

// Sets.
t! {
    every_monday: "The market opens every Monday.", "2017-11-30" => [("every Monday", "XXXX-WXX-1")];
    weekly: "The paper is published weekly.", "2017-11-30" => [("weekly", "P1W")];
    daily: "Flights run daily.", "2017-11-30" => [("daily", "P1D")];
    daily_in_a_name_is_no_set: "China Daily and the Daily Mail said so. Daily flights resume.", "2017-11-30" => [("Daily", "P1D")];
    every_two_years: "Elections are held every two years.", "2017-11-30" => [("every two years", "P2Y")];
    twice_a_week: "The team trains twice a week.", "2017-11-30" => [("twice a week", "P1W")];
    plural_weekday: "The shop closes on Sundays.", "2017-11-30" => [("Sundays", "XXXX-WXX-7")];
    money_per_year_is_a_rate: "He earns $50,000 a year.", "2017-11-30" => [];
    speed_per_hour_is_a_rate: "Winds reached 185 kilometres per hour, and nurses earn $15 per hour.", "2025-11-05" => [];
    per_week_after_times_is_a_set: "The team trains three times per week.", "2017-11-30" => [("per week", "P1W")];
    age_is_not_a_duration: "The driver, 52 years old, was unhurt.", "2017-11-30" => [];
}

// Spans as TimeML draws them in today's news: the preposition `within` outside, `last May`
// whole.
t! {
    speech_verb_after_a_report_sets_no_tense: "Coalition talks begin on Tuesday, a party spokesman said.", "2024-10-14" => [("Tuesday", "2024-10-15")];
    speech_verb_after_an_opening_date_sets_the_tense: "On Tuesday, a party spokesman said talks begin.", "2024-10-14" => [("Tuesday", "2024-10-08")];
    hope_to_looks_ahead: "Crews worked through the night and hope to restore power by Wednesday.", "2025-12-01" => [("Wednesday", "2025-12-03")];
    aim_to_looks_ahead: "The ministers aim to finish the text on Friday.", "2025-12-01" => [("Friday", "2025-12-05")];
    current_quarter_is_the_one_under_way: "Sales in the current quarter are strong.", "2025-10-30" => [("the current quarter", "2025-Q4")];
    quarter_to_come_is_next_years: "Apple will report first-quarter results in late January.", "2025-10-30" => [("first-quarter", "2026-Q1"), ("late January", "2026-01")];
    quarter_to_report_is_this_years: "The firm expects to report a third-quarter loss.", "2025-10-30" => [("third-quarter", "2025-Q3")];
    fiscal_quarter_just_ended_is_reported_on: "Revenue rose in the fiscal fourth quarter, which ended Sept. 27, from $95 billion a year earlier.", "2025-10-30" => [("the fiscal fourth quarter", "2025-Q4"), ("Sept. 27", "2025-09-27"), ("a year earlier", "2024-Q4")];
    fiscal_before_an_ordinal_quarter: "Fiscal second-quarter profit fell.", "2025-10-30" => [("Fiscal second-quarter", "2025-Q2")];
    the_end_of_a_year: "Rates will be cut by the end of 2025.", "2025-03-04" => [("the end of 2025", "2025")];
    the_end_of_the_month: "A draft could be ready by the end of the month.", "2026-01-15" => [("the end of the month", "2026-01")];
    the_beginning_of_a_month: "The plant closed at the beginning of October.", "2025-11-10" => [("the beginning of October", "2025-10")];
    the_end_of_the_day_is_an_idiom: "At the end of the day, voters decide.", "2025-11-10" => [];
    second_half_of_the_year: "Growth should slow in the second half of the year.", "2025-03-04" => [("the second half of the year", "2025-H2")];
    quarter_of_last_year: "Sales fell in the fourth quarter of last year.", "2025-03-04" => [("the fourth quarter of last year", "2024-Q4")];
    this_years_quarter_is_reported_on: "Net sales for this year's third quarter fell, from $10 million a year earlier.", "2025-11-10" => [("this year's third quarter", "2025-Q3"), ("a year earlier", "2024-Q3")];
    next_years_quarter: "The plant could open as early as next year's first quarter.", "2025-11-10" => [("next year's first quarter", "2026-Q1")];
    two_and_a_half_years: "The war lasted two and a half years.", "2025-03-04" => [("two and a half years", "P2Y6M")];
    a_fraction_in_digits: "They lived in the camps for 2 1/2 years.", "2025-03-04" => [("2 1/2 years", "P2Y6M")];
    an_hour_and_a_half: "The hearing ran for an hour and a half.", "2025-03-04" => [("an hour and a half", "PT1H30M")];
    around_a_date: "The sale should close around Nov. 1.", "2025-10-20" => [("around Nov. 1", "2025-11-01")];
    getting_around_is_no_vagueness: "They looked for ways to get around Wednesday's ruling.", "2025-10-23" => [("Wednesday", "2025-10-22")];
    sometime_next_year: "The chips will reach the market sometime next year.", "2025-10-20" => [("sometime next year", "2026")];
    election_day: "Voters go to the polls on Election Day.", "2024-10-20" => [("Election Day", "2024-11-05")];
    memorial_day_past: "The pool opened on Memorial Day.", "2025-07-01" => [("Memorial Day", "2025-05-26")];
    labor_day: "Schools will reopen after Labor Day.", "2025-08-20" => [("Labor Day", "2025-09-01")];
    easter: "The pope will celebrate Mass on Easter Sunday.", "2025-03-04" => [("Easter Sunday", "2025-04-20")];
    good_friday_agreement_is_no_day: "The Good Friday Agreement ended decades of conflict.", "2025-03-04" => [("decades", "PXDE")];
    fourth_of_july: "Fireworks lit the sky on the Fourth of July.", "2025-07-06" => [("Fourth of July", "2025-07-04")];
    valentines_day: "Florists were busy before Valentine’s Day.", "2025-02-20" => [("Valentine’s Day", "2025-02-14")];
    black_friday_sales: "Shoppers crowded stores on Black Friday.", "2025-12-01" => [("Black Friday", "2025-11-28")];
    for_the_week: "For the week, the index rose 2%.", "2025-03-07" => [("the week", "2025-W10")];
    clock_weekday_date: "Published 10:42 AM EST, Tue March 4, 2025", "2025-03-04" => [("10:42 AM EST, Tue March 4, 2025", "2025-03-04T10:42")];
    fiscal_year_names: "The outlook for fiscal year 2026, FY2025, FY25 and FY 2027 rose.", "2025-11-12" => [("fiscal year 2026", "2026"), ("FY2025", "2025"), ("FY25", "2025"), ("FY 2027", "2027")];
    fy_in_a_word_is_no_year: "The FYI note and FY123 code were ignored.", "2025-11-12" => [];
    within_stays_outside: "A deal could be signed within days.", "2026-01-15" => [("days", "PXD")];
    within_a_week_stays_outside: "Officials must reply within a week.", "2026-01-15" => [("a week", "P1W")];
    last_may_is_one_expression: "The law was passed last May.", "2026-01-15" => [("last May", "2025-05")];
    next_june_is_one_expression: "The vote is due next June.", "2026-01-15" => [("next June", "2026-06")];
}

// Told against the story: a clock's day after it, a month or season counted from the last date
// named, the year a sentence opens with, a day the story gave a year before.
t! {
    clock_before_a_date_takes_that_day: "A hearing is set for 9 a.m. on June 2.", "2026-05-15" => [("9 a.m.", "2026-06-02T09:00"), ("June 2", "2026-06-02")];
    both_ends_of_a_clock_range_take_its_day: "The road was shut from 01:30 to 05:00 on Wednesday.", "2026-07-22" => [("01:30", "2026-07-22T01:30"), ("05:00", "2026-07-22T05:00"), ("Wednesday", "2026-07-22")];
    a_clock_range_through_the_night_lends_its_start_no_day: "The road was shut from 22:30 to 05:00 on Wednesday.", "2026-07-22" => [("22:30", "2026-07-22T22:30"), ("05:00", "2026-07-22T05:00"), ("Wednesday", "2026-07-22")];
    past_clock_before_the_publication_time_is_that_day: "Crews had worked since Friday night.\n\nA bridge collapsed at about 09:15, police said.", "2024-12-07T16:40" => [("Friday night", "2024-12-06"), ("09:15", "2024-12-07T09:15")];
    past_clock_after_the_publication_time_keeps_the_day_named: "Crews had worked since Friday night.\n\nA bridge collapsed at about 18:15, police said.", "2024-12-07T16:40" => [("Friday night", "2024-12-06"), ("18:15", "2024-12-06T18:15")];
    clock_before_a_weekday_takes_that_day: "Demand peaked at 5:47 p.m. on Monday.", "2026-07-22" => [("5:47 p.m.", "2026-07-20T17:47"), ("Monday", "2026-07-20")];
    the_following_month_counts_from_the_last_date: "It came to light on March 3, 2024, and he was charged the following September.", "2026-05-15" => [("March 3, 2024", "2024-03-03"), ("the following September", "2024-09")];
    the_previous_month_counts_back_from_the_last_date: "The deal closed on Feb. 10, 2025, after talks began the previous November.", "2026-05-15" => [("Feb. 10, 2025", "2025-02-10"), ("the previous November", "2024-11")];
    that_season_is_the_last_years: "The fence went up in 1968. That summer, three men were arrested.", "2026-11-08" => [("1968", "1968"), ("That summer", "1968-SU")];
    the_following_season_after_a_season_of_a_year: "The wall fell in the autumn of 1989, and the fence came down the following spring.", "2026-11-08" => [("the autumn of 1989", "1989-FA"), ("the following spring", "1990-SP")];
    said_that_month_is_a_month_of_its_own: "He said that September was wet.", "2026-11-08" => [("September", "2026-09")];
    opening_year_gives_a_later_month_its_year: "In 2019, the firm moved to Ohio in March.", "2026-05-15" => [("2019", "2019"), ("March", "2019-03")];
    opening_last_year_gives_a_later_month_its_year: "Last year, sales fell in July.", "2026-05-15" => [("Last year", "2025"), ("July", "2025-07")];
    a_past_opening_year_does_not_reach_the_future: "In 2019, sales fell, and the plant will open in August.", "2026-05-15" => [("2019", "2019"), ("August", "2026-08")];
    an_opening_year_since_gives_no_year: "Since 2019, prices have risen, and in March they hit a record.", "2026-05-15" => [("2019", "2019"), ("March", "2026-03")];
    a_later_year_gives_an_earlier_month_none: "In March, the firm moved to Ohio, which it left in 2019.", "2026-05-15" => [("March", "2026-03"), ("2019", "2019")];
    a_day_told_again_keeps_its_year: "The wall opened on Nov. 9, 1989. On the evening of Nov. 9, crowds gathered.", "2026-11-08" => [("Nov. 9, 1989", "1989-11-09"), ("Nov. 9", "1989-11-09")];
}

// Counts, centuries and spans a reader sees at a glance.
t! {
    consecutive_days_are_counted: "Highs topped 110 for 19 consecutive days.", "2026-07-22" => [("19 consecutive days", "P19D")];
    mid_century_is_this_century: "Highs could rise by mid-century and more by the end of the century.", "2026-07-22" => [("mid-century", "20"), ("the end of the century", "20")];
    late_after_a_length_is_an_adverb: "The rains arrived three weeks late this year.", "2026-07-22" => [("three weeks", "P3W"), ("this year", "2026")];
    later_after_a_day_of_one_is_a_modifier: "She marches toward Election Day later this week.", "2026-10-20" => [("Election Day", "2026-11-03"), ("later this week", "2026-W43")];
    a_decade_ago_is_a_year: "They first met a decade ago.", "2026-05-15" => [("a decade ago", "2016")];
    over_the_next_decade_is_ten_years_from_now: "The city will spend $30 million over the next decade and hire in the coming decade; it grew over the last decade.", "2024-06-14" => [("the next decade", "P10Y"), ("the coming decade", "P10Y"), ("the last decade", "P10Y")];
    in_the_last_decade_and_by_the_next_decade_are_decades: "Wages fell in the last decade and will rise by the next decade.", "2024-06-14" => [("the last decade", "201"), ("the next decade", "203")];
    a_season_of_two_years_is_one_span_from_the_first: "He scored 11 goals in 2024-25 and nine in 2023-2024, not in 2021-19.", "2026-11-09" => [("2024-25", "2024"), ("2023-2024", "2023")];
    last_after_a_modal_is_the_verb: "The trial could last three to four weeks.", "2026-09-18" => [("three to four weeks", "PXW")];
    the_week_before_counts_from_the_last_date: "The trial begins on Oct. 5, and jury selection starts the week before.", "2026-09-18" => [("Oct. 5", "2026-10-05"), ("the week before", "2026-W40")];
    the_weekend_before_stays_the_weekend: "The talks broke down on Monday, after a summit the weekend before.", "2026-09-18" => [("Monday", "2026-09-14"), ("the weekend", "2026-W37-WE")];
    half_of_a_fiscal_year: "The second half of fiscal 2027 should bring a recovery.", "2027-01-12" => [("The second half of fiscal 2027", "2027-H2")];
    a_date_put_off_to_is_ahead: "A judge on Friday postponed the fraud trial of two bankers to Sept. 14.", "2026-02-20" => [("Friday", "2026-02-20"), ("Sept. 14", "2026-09-14")];
    a_date_delayed_until_is_ahead: "The council delayed the vote until March.", "2026-11-20" => [("March", "2027-03")];
    a_relative_clause_in_the_present_is_no_past: "The striker, who turns 30 on Saturday, missed the match.", "2026-02-20" => [("Saturday", "2026-02-21")];
    a_relative_clause_in_the_past_stays_past: "The striker, who was hurt on Saturday, will miss the final.", "2026-02-20" => [("Saturday", "2026-02-14")];
    overnight_in_the_past_is_the_night_before: "Storms overnight brought relief, and more will come overnight.", "2026-07-22" => [("overnight", "2026-07-21TNI"), ("overnight", "2026-07-22TNI")];
    every_season_is_a_set: "It floods almost every summer.", "2026-07-22" => [("every summer", "XXXX-SU")];
    a_day_range_is_one_span_from_its_first_day: "The tournament runs March 3-5.", "2026-11-09" => [("March 3-5", "2027-03-03")];
}

// Election, strike, outbreak, tournament and markets stories.
t! {
    next_weekday_on_the_day_before_is_next_weeks: "They play their last game next Thursday.", "2026-05-20" => [("next Thursday", "2026-05-28")];
    next_weekday_later_this_week_is_next_weeks: "The panel meets next Saturday.", "2026-05-20" => [("next Saturday", "2026-05-30")];
    next_weekday_early_in_the_week_is_the_coming_one: "The panel meets next Monday.", "2026-05-20" => [("next Monday", "2026-05-25")];
    next_weekday_on_the_same_weekday_is_a_week_on: "The panel meets next Wednesday.", "2026-05-20" => [("next Wednesday", "2026-05-27")];
    that_night_is_the_last_days: "The strike began on March 3. Talks broke down that night.", "2026-03-13" => [("March 3", "2026-03-03"), ("that night", "2026-03-03")];
    the_next_evening_counts_from_the_last_day: "The final is on May 28, and the ceremony is the next evening.", "2026-05-20" => [("May 28", "2026-05-28"), ("the next evening", "2026-05-29")];
    that_night_before_the_noun_it_qualifies_is_no_time: "Nurses were told last year that night shifts were understaffed.", "2026-03-13" => [("last year", "2025")];
    that_night_after_a_month_is_in_that_month: "The last walkout was in November. Talks broke down that night.", "2026-03-13" => [("November", "2025-11"), ("that night", "2025-11")];
    that_night_after_a_year_is_unknown: "She started at the hospital in 2019. She smiled for the first time that night.", "2026-03-13" => [("2019", "2019"), ("that night", "XXXX-XX-XX")];
    seasons_of_sport_count_years: "He scored 19 goals last season and 18 this season, and stays next season.", "2026-05-20" => [("last season", "2025"), ("this season", "2026"), ("next season", "2027")];
    the_last_season_of_a_show_is_no_date: "Fans hated the last season of the show.", "2026-05-20" => [];
    a_season_someone_owns_is_no_date: "It was our last season together, and his last season too.", "2026-05-20" => [];
    quarter_finals_are_no_quarter: "City reached the quarter-finals in the 2011-12 season.", "2026-05-20" => [("2011-12", "2011")];
    the_stays_out_of_a_length_used_as_adjective: "The 48-hour strike ends at midnight.", "2026-03-13" => [("48-hour", "PT48H"), ("midnight", "2026-03-13T24:00")];
    aged_is_an_age: "Children aged between 6 months and 5 years, and those aged 6 months to 5 years, are at risk.", "2026-05-06" => [];
    the_week_ending_a_day_is_its_week: "In the week ending May 2, cases rose; in the week to Friday they fell.", "2026-05-06" => [("the week ending May 2", "2026-W18"), ("the week to Friday", "2026-W18")];
    year_to_date_is_this_year: "The stock is up 21% year to date and 4% year-to-date.", "2026-07-29" => [("year to date", "2026"), ("year-to-date", "2026")];
    a_quotes_attribution_gives_no_tense: "\"The last cut will come at the December meeting,\" he told analysts.", "2026-07-29" => [("December", "2026-12")];
    a_second_day_of_the_month_is_a_date: "The summit is on April 24 and 25.", "2026-01-12" => [("April 24", "2026-04-24"), ("25", "2026-04-25")];
    a_count_after_a_date_and_and_stays_a_count: "They won on May 3 and 4 days later lost.", "2026-05-20" => [("May 3", "2026-05-03"), ("4 days later", "2026-05-07")];
    clock_times_of_a_set_are_on_no_day: "The centres open on May 4 and stay open every day between 8 a.m. and 8 p.m.", "2026-05-06" => [("May 4", "2026-05-04"), ("every day", "P1D"), ("8 a.m.", "XXXX-XX-XXT08:00"), ("8 p.m", "XXXX-XX-XXT20:00")];
    a_half_in_a_sentence_about_a_bank_is_the_years: "The bank expects income to stabilise in the second half.", "2026-07-29" => [("the second half", "2026-H2")];
}

// Weather-warning, pre-election, results-calendar and anniversary stories.
t! {
    a_weekday_after_likely_is_ahead: "Disruption was likely on Tuesday night.", "2025-11-29" => [("Tuesday night", "2025-12-02")];
    a_weekday_after_was_forecast_is_ahead: "Heavy rain was forecast for Tuesday.", "2025-11-29" => [("Tuesday", "2025-12-02")];
    instead_is_no_past_verb: "Operators advised customers to travel on Monday instead of Sunday.", "2025-11-29" => [("Monday", "2025-12-01"), ("Sunday", "2025-11-30")];
    dated_is_no_past_verb: "Tickets dated Sunday would be valid on Monday.", "2025-11-29" => [("Sunday", "2025-11-30"), ("Monday", "2025-12-01")];
    each_month_is_a_set: "She brings her class to the memorial each November.", "2024-11-17" => [("each November", "XXXX-11")];
    the_fall_as_a_subject_is_no_season: "The fall showed that demand was weak, but sales will rise in the fall.", "2024-11-17" => [("the fall", "2024-FA")];
    the_early_hours_are_no_duration: "The fire started in the early hours of Monday.", "2024-11-17" => [("Monday", "2024-11-11")];
    the_fall_of_a_regime_is_no_season: "Prices collapsed after the fall of the old regime.", "2024-11-17" => [];
    the_past_before_a_count_of_no_unit_is_no_time: "The party won the state in the past two cycles.", "2026-10-08" => [];
    the_past_few_summers_are_summers: "Riots broke out in the past three summers.", "2026-10-08" => [("the past three summers", "XXXX-SU")];
    the_prior_year_period_is_the_year_earlier_one: "Sales rose in the third quarter, above the prior-year period.", "2025-11-13" => [("the third quarter", "2025-Q3"), ("the prior-year period", "2024-Q3")];
    a_half_of_the_prior_year: "Profit fell in the first half of the prior year.", "2025-11-13" => [("the first half of the prior year", "2024-H1")];
    a_weekday_with_a_date_chooses_its_year: "Voters go to the polls on Tuesday, Nov. 3.", "2020-01-15" => [("Tuesday, Nov. 3", "2020-11-03")];
    a_clock_on_a_weekday_with_a_date_is_on_that_date: "The polls close at 8 p.m. on Tuesday, Nov. 3, and open at 7 a.m. Tuesday, Nov. 3.", "2020-01-15" => [("8 p.m.", "2020-11-03T20:00"), ("Tuesday, Nov. 3", "2020-11-03"), ("7 a.m. Tuesday, Nov. 3", "2020-11-03T07:00")];
    election_day_is_the_day_of_the_storys_election: "The Nov. 3 election is near, and she will campaign until election day.", "2026-10-08" => [("Nov. 3", "2026-11-03"), ("election day", "2026-11-03")];
    election_day_after_elections_on_a_day: "Elections on May 7 were close, and on election day turnout fell.", "2026-10-08" => [("May 7", "2026-05-07"), ("election day", "2026-05-07")];
    election_day_in_lower_case_of_no_known_election_is_no_time: "She will campaign until election day.", "2026-10-08" => [];
    a_year_ago_pages_after_a_quarter_is_a_year: "Sales rose in the third quarter. Costs fell. Margins held. Four years ago, a ruling came.", "2026-10-08" => [("the third quarter", "2026-Q3"), ("Four years ago", "2022")];
    the_next_day_after_a_year_long_ago_is_in_that_year: "In 2015, floods hit the town. The next day, crews arrived.", "2025-11-29" => [("2015", "2015"), ("The next day", "2015")];
    this_day_in_a_year_is_the_publication_day_then: "On this day in 1989, students marched.", "2024-11-17" => [("this day in 1989", "1989-11-17")];
    a_past_month_after_last_winter_is_last_years: "Last winter, storms brought down trees in early December.", "2025-11-29" => [("Last winter", "2024-WI"), ("early December", "2024-12")];
    a_past_day_after_the_publication_is_in_its_sentences_earlier_year: "The march came on Nov. 17, 1989, and the strike followed on Nov. 27.", "2024-11-17" => [("Nov. 17, 1989", "1989-11-17"), ("Nov. 27", "1989-11-27")];
    a_year_of_an_earlier_sentence_gives_no_year_to_a_day_after_said: "The firm moved in 2019. The board said entries close on Dec. 5.", "2025-11-29" => [("2019", "2019"), ("Dec. 5", "2025-12-05")];
}

// Results, central-bank, court and war-wire stories.
t! {
    a_decimal_count_is_the_whole_length: "Judges served 5.6 years on average, and the 1.5-hour hearing ran 2.25 days.", "2026-10-29" => [("5.6 years", "P5.6Y"), ("1.5-hour", "PT1.5H"), ("2.25 days", "P2.25D")];
    a_past_day_after_the_publication_is_in_the_year_the_story_is_set_in: "On this day in 1989, students marched. A decade ago, crowds came back; this year the crowd was small. The strike came on Nov. 27.", "2024-11-17" => [("this day in 1989", "1989-11-17"), ("A decade ago", "2014"), ("this year", "2024"), ("Nov. 27", "1989-11-27")];
    that_season_after_this_year_is_in_the_year_the_story_is_set_in: "In 1989, students marched. This year the crowd was small. She was 19 that autumn.", "2024-11-17" => [("1989", "1989"), ("This year", "2024"), ("that autumn", "1989-FA")];
    a_day_told_after_a_speech_verb_is_not_in_the_storys_year: "In 1989, students marched. The mayor said the square reopens on Nov. 27.", "2024-11-17" => [("1989", "1989"), ("Nov. 27", "2024-11-27")];
    a_day_before_the_storys_written_date_is_not_in_its_year: "In the summer of 2023, an offensive failed. Parliament voted last week to extend martial law for 90 days, to Feb. 11.", "2025-12-02" => [("the summer of 2023", "2023-SU"), ("last week", "2025-W48"), ("90 days", "P90D"), ("Feb. 11", "2026-02-11")];
    until_at_least_looks_ahead_past_the_hedge: "The Fed is expected to leave its rates unchanged until at least the spring.", "2026-12-09" => [("the spring", "2027-SP")];
    a_deadline_told_in_the_present_is_ahead: "Markets now price in two more cuts by the end of June.", "2026-12-09" => [("now", "PRESENT_REF"), ("the end of June", "2027-06")];
    that_evening_after_a_day_of_this_year_is_that_day: "In 1989, the club won. The final will be played on May 28, and the ceremony is set for that evening.", "2026-05-20" => [("1989", "1989"), ("May 28", "2026-05-28"), ("that evening", "2026-05-28")];
    a_month_quarter_is_the_quarter_ending_then: "A rival cut its outlook for the December quarter, and the March quarter was weak.", "2026-10-29" => [("the December quarter", "2026-Q4"), ("the March quarter", "2026-Q1")];
    the_year_ago_quarter_is_the_reported_one_after_an_earlier_quarter: "Revenue rose in the third quarter. Margin fell from the second quarter. Costs rose from the year-ago quarter.", "2026-10-29" => [("the third quarter", "2026-Q3"), ("the second quarter", "2026-Q2"), ("the year-ago quarter", "2025-Q3")];
    a_weekdays_event_is_the_nearest_weekday: "Lawyers said they would look for ways to get around Wednesday's ruling.", "2000-01-07" => [("Wednesday", "2000-01-05")];
    a_weekdays_deadline_ahead_is_the_nearest_weekday: "Lawyers had said little before Friday's deadline.", "2000-01-04" => [("Friday", "2000-01-07")];
    the_current_fiscal_year_is_this_year: "It expects sales in the current fiscal year to rise.", "2026-10-29" => [("the current fiscal year", "2026")];
    a_season_through_which_demand_held_is_past: "Demand for its chips stayed strong through the summer.", "2026-10-29" => [("the summer", "2026-SU")];
    a_decimal_age_is_no_time: "The boy, 2.5 years old, was found.", "2026-10-29" => [];
}

// Sports, results, court-calendar and anniversary stories.
t! {
    since_a_month_looks_back_whatever_the_verb: "They would lose at home for the first time since October.", "2025-03-16" => [("October", "2024-10")];
    a_count_of_days_after_a_season_of_a_past_year_stays_in_that_year: "In 1989 the city changed. She was 19 that autumn. Two days later, the strike began.", "2019-11-17" => [("1989", "1989"), ("that autumn", "1989-FA"), ("Two days later", "1989")];
    a_month_after_that_season_of_a_year_long_past_is_in_it: "Work began in 1919. That spring, the river flooded. Two men drowned. Work stopped for the summer and resumed in October.", "2024-06-14" => [("1919", "1919"), ("That spring", "1919-SP"), ("the summer", "1919-SU"), ("October", "1919-10")];
    a_month_after_a_year_only_told_is_of_the_present: "The plant opened in 1994. In January, it closed.", "1998-10-25" => [("1994", "1994"), ("January", "1998-01")];
    an_ordinal_quarter_in_a_row_is_no_time: "Sales rose for the fourth quarter in a row, and for the second quarter running.", "2024-11-06" => [];
    years_ago_a_sentence_after_a_quarter_is_a_year: "Sales rose in the third quarter. Three years ago, the firm lost money.", "2024-11-06" => [("the third quarter", "2024-Q3"), ("Three years ago", "2021")];
    the_end_of_the_decade_told_in_the_past_after_a_decade_is_that_decade: "In the 1960s the road grew busy, and by the end of the decade it was full.", "2024-06-14" => [("the 1960s", "196"), ("the end of the decade", "196")];
    the_end_of_the_decade_ahead_after_a_decade_is_this_one: "In the 1960s the road was busy. The city will rebuild it by the end of the decade.", "2024-06-14" => [("the 1960s", "196"), ("the end of the decade", "202")];
    the_week_of_a_day_is_its_week: "Jury selection is set for the week of March 9.", "2025-12-03" => [("the week of March 9", "2026-W11")];
    a_weekdays_event_one_was_at_is_past: "Ruth, who was at Monday's ceremony, spoke after Sunday's parade.", "2024-06-14" => [("Monday", "2024-06-10"), ("Sunday", "2024-06-09")];
    a_count_of_weeks_after_a_past_month_stays_in_that_month: "The strike began in March 1990. Three weeks later, talks resumed.", "2019-11-17" => [("March 1990", "1990-03"), ("Three weeks later", "1990-03")];
}

#[test]
fn overnight_in_a_headline_above_a_wire_dateline_without_a_year_is_its_night_before() {
    let values = values_without_date(
        "Oil slips overnight as stocks build\n\nWASHINGTON, Nov 27 (Reuters) - Oil slipped overnight, traders said.",
    );
    assert_eq!(values, ["XXXX-11-26TNI", "XXXX-11-27", "XXXX-11-26TNI"]);
}

#[test]
fn a_capitalised_overnight_in_a_title_case_headline_is_a_time_but_not_inside_a_sentence() {
    let values = values_without_date(
        "Crude Prices Slip Overnight As Supplies Rise\n\nLONDON, Nov 27 (Reuters) - Crude slipped overnight, and Overnight Express shares fell.",
    );
    assert_eq!(values, ["XXXX-11-26TNI", "XXXX-11-27", "XXXX-11-26TNI"]);
}

#[test]
fn a_clock_after_a_bylines_date_is_on_that_date() {
    let text = "Storm Knocks Out Power\n\nBy Ann Lee | Sept. 14, 2016 20:47\n\nThe storm hit the coast at 18:30.";
    let a = crate::analyze(text, &crate::Options::default()).unwrap();
    assert_eq!(a.article.published.as_deref(), Some("2016-09-14T20:47"));
    let values: Vec<&str> = a.times.iter().map(|t| t.value.as_str()).collect();
    assert_eq!(values, ["2016-09-14T20:47", "2016-09-14T18:30"]);
}

#[test]
fn kinds_and_precisions() {
    let got = kinds(
        "On Wednesday at 9:34pm the talks, which lasted three days and are held every year, ended; they began in August, now a habit.",
        "2017-11-30",
    );
    assert_eq!(
        got,
        [
            ("Wednesday".to_string(), "date", Some(Precision::Day)),
            ("9:34pm".to_string(), "time", Some(Precision::Minute)),
            ("three days".to_string(), "duration", None),
            ("every year".to_string(), "set", None),
            ("August".to_string(), "date", Some(Precision::Month)),
            ("now".to_string(), "date", None),
        ]
    );
    let got = kinds("The pact was signed last week, in 2016.", "2017-11-30");
    assert_eq!(got[0].2, Some(Precision::Week));
    assert_eq!(got[1].2, Some(Precision::Year));
}

#[test]
fn datelines() {
    let (m, update) = dateline_moment("PUBLISHED : Thursday, 30 November, 2017, 9:34pm").unwrap();
    assert_eq!((m.value().as_str(), update), ("2017-11-30T21:34", false));
    let (m, update) = dateline_moment("UPDATED : Friday, 01 December, 2017, 11:02am").unwrap();
    assert_eq!((m.value().as_str(), update), ("2017-12-01T11:02", true));
    assert_eq!(
        dateline_moment("Nov. 30, 2017").unwrap().0.value(),
        "2017-11-30"
    );
    assert_eq!(
        dateline_moment("Published 9:34 PM EST Nov 30, 2017")
            .unwrap()
            .0
            .value(),
        "2017-11-30T21:34"
    );
    assert_eq!(
        dateline_moment("2017-11-30").unwrap().0.value(),
        "2017-11-30"
    );
    assert_eq!(
        dateline_moment("Feb. 29, 2016").unwrap().0.value(),
        "2016-02-29"
    );
    assert!(dateline_moment("Feb. 29, 2017").is_none());
    assert!(dateline_moment("The talks on Nov. 30, 2017 went well.").is_none());
    // The British clock with a full stop.
    assert_eq!(
        dateline_moment("Wed 14 Oct 2026 18.02 BST")
            .unwrap()
            .0
            .value(),
        "2026-10-14T18:02"
    );
    assert!(dateline_moment("Wed 14 Oct 2026 18.025 BST").is_none());
    // Numeric dates with slashes: month first unless the first number cannot be one.
    for (line, want) in [
        ("09/29/2026 07:45 PM EDT", Some("2026-09-29T19:45")),
        ("Updated 29/09/2026", Some("2026-09-29")),
        ("9/2/2026", Some("2026-09-02")),
        ("13/13/2026", None),
        ("1/2/3/2026", None),
    ] {
        assert_eq!(
            dateline_moment(line).map(|(m, _)| m.value()).as_deref(),
            want,
            "{line:?}"
        );
    }
}

#[test]
fn a_date_set_off_at_the_end_of_a_byline_or_label_line() {
    for line in [
        "By Ann Lee | Sept. 14, 2016",
        "By Ann Lee, Staff Writer, September 14, 2016",
        "by Ann Lee 14 Sep 2016",
        "Politics • Sept. 14, 2016",
        "Ann Lee — 14 September 2016",
    ] {
        assert_eq!(
            dateline_moment(line).map(|(m, _)| m.value()).as_deref(),
            Some("2016-09-14"),
            "{line:?}"
        );
    }
    for line in [
        "The vote — Sept. 14, 2016 — went badly",
        "Ann Lee, the mayor, spoke on Sept. 14, 2016",
        "Talks ended | then resumed on Sept. 14, 2016 in Oslo",
    ] {
        assert!(dateline_moment(line).is_none(), "{line:?}");
    }
}

#[test]
fn a_bylines_date_is_the_publication_date() {
    let text = "Mayor Backs Harbour Plan\n\nBy Ann Lee | September 14, 2016\n\nMayor Tom Reed said on Tuesday that the harbour would reopen.";
    let a = crate::analyze(text, &crate::Options::default()).unwrap();
    assert_eq!(a.article.published.as_deref(), Some("2016-09-14"));
    let tuesday = a
        .times
        .iter()
        .find(|t| t.span.slice(text) == "Tuesday")
        .unwrap();
    assert_eq!(tuesday.value, "2016-09-13");
}

#[test]
fn wire_dateline_with_a_year_gives_the_publication_date() {
    let text = "WASHINGTON, Nov 30, 2017 (Reuters) - The Senate voted on Wednesday to pass the bill after a long debate.";
    let doc = segment(text, &split_paragraphs(text), &[]);
    let (published, _) = publication(text, &doc);
    assert_eq!(published.map(|m| m.value()).as_deref(), Some("2017-11-30"));
}

#[test]
fn without_anchor_relative_values_stay_unknown() {
    let text = "They met on Wednesday in August, two days ago, last week and on Nov. 30.";
    let doc = segment(text, &split_paragraphs(text), &[]);
    let values: Vec<String> = find_times(text, &doc, None, None)
        .into_iter()
        .map(|t| t.value)
        .collect();
    assert_eq!(
        values,
        [
            "XXXX-WXX-3",
            "XXXX-08",
            "XXXX-XX-XX",
            "XXXX-WXX",
            "XXXX-11-30"
        ]
    );
}

/// The times of a text with no publication date, by their values.
fn values_without_date(text: &str) -> Vec<String> {
    let doc = segment(text, &split_paragraphs(text), &[]);
    find_times(text, &doc, None, None)
        .into_iter()
        .map(|t| t.value)
        .collect()
}

#[test]
fn wire_dateline_without_a_year_keeps_its_day_and_leaves_the_year_unknown() {
    let values = values_without_date(
        "BRUSSELS, March 3 (Reuters) - The bloc said on Tuesday that talks failed last month, eight days ago, and will resume in April. It acted last year and in 2019, and will decide next week.",
    );
    assert_eq!(
        values,
        [
            "XXXX-03-03",
            "XXXX-WXX-2",
            "XXXX-02",
            "XXXX-02-23",
            "XXXX-04",
            "XXXX",
            "2019",
            "XXXX-WXX"
        ]
    );
}

#[test]
fn a_season_under_a_wire_dateline_without_a_year_is_no_week() {
    let values = values_without_date(
        "KYIV, Dec 2 (Reuters) - The city needs more air defences before the winter, he said.",
    );
    assert_eq!(values, ["XXXX-12-02", "XXXX-WI"]);
}

#[test]
fn wire_dateline_without_a_year_takes_the_year_of_the_publication_date() {
    let text = "BRUSSELS, Dec. 31 (Reuters) - The bloc said on Tuesday that talks failed.";
    assert_eq!(
        times(text, "2026-01-01"),
        [
            ("Dec. 31".to_string(), "2025-12-31".to_string()),
            ("Tuesday".to_string(), "2025-12-30".to_string())
        ]
    );
}

#[test]
fn calendar_starts_of_values() {
    let d = |s: &str| start_of(s).map(|d| d.to_string());
    assert_eq!(d("2017-Q3").as_deref(), Some("2017-07-01"));
    assert_eq!(d("199").as_deref(), Some("1990-01-01"));
    assert_eq!(d("20"), None);
    assert_eq!(d("2017-W48").as_deref(), Some("2017-11-27"));
    assert_eq!(d("2017-W48-WE").as_deref(), Some("2017-12-02"));
    assert_eq!(d("2016-02-29T21:34").as_deref(), Some("2016-02-29"));
    assert_eq!(d("2017-SU").as_deref(), Some("2017-06-01"));
    assert_eq!(d("P3D"), None);
    assert_eq!(d("XXXX-08"), None);
    assert_eq!(d("PRESENT_REF"), None);
}

#[test]
fn a_winter_starts_in_its_december_and_is_no_week() {
    assert_eq!(
        start_of("1971-WI").map(|d| d.to_string()).as_deref(),
        Some("1971-12-01")
    );
}

#[test]
fn nothing_panics_on_odd_numbers() {
    for text in [
        "At 99:99pm on 31 February, 0000 and 9999-99-99 in the 99990s.",
        "Q9 H7 Q0 the 0th century, -5 days ago, 4294967295 years ago.",
        "every 4294967296 weeks, 12:60 a.m., at 24:00, 1,000,000 days.",
        "4294967295 decades, 999999999 centuries ago, 4294967 thousand days, 99999 hundred years.",
        "In the third quarter net fell from 2147483647 years ago and 4294967295 years earlier.",
        "The 4294967295th century, Q4 2199, the year two thousand, nineteen ninety-nine.",
    ] {
        let _ = times(text, "2017-11-30");
        let _ = times(text, "0001-01-01");
        let _ = times(text, "9999-12-31");
    }
}

#[test]
fn crossing_spans_are_dropped_nested_ones_kept() {
    let text = "They met last Friday in Paris.";
    let doc = segment(text, &split_paragraphs(text), &[]);
    let mut found = find_times(text, &doc, Moment::parse("2017-11-30"), None);
    assert_eq!(found.len(), 1);
    // A mention inside the time (`Friday`) nests; one across its end (`Friday in`) crosses.
    drop_crossing(&mut found, [Span::new(14, 20)]);
    assert_eq!(found.len(), 1);
    drop_crossing(&mut found, [Span::new(14, 23)]);
    assert!(found.is_empty());
}

#[test]
fn crossing_spans_are_found_in_any_order() {
    let text = "They met last Friday in Paris and on Monday in Rome.";
    let doc = segment(text, &split_paragraphs(text), &[]);
    let found = find_times(text, &doc, Moment::parse("2017-11-30"), None);
    let spans: Vec<&str> = found.iter().map(|t| t.span.slice(text)).collect();
    assert_eq!(spans, ["last Friday", "Monday"]);
    // `Paris` is apart; `met last` crosses the first time's start, `day in` the second's end;
    // given out of order of start, then in order.
    let mut others = vec![Span::new(40, 46), Span::new(24, 29), Span::new(5, 13)];
    for _ in 0..2 {
        let mut kept = found.clone();
        drop_crossing(&mut kept, others.iter().copied());
        assert!(kept.is_empty(), "{others:?}");
        others.sort_unstable_by_key(|o| o.start);
    }
    let mut kept = found.clone();
    drop_crossing(&mut kept, [Span::new(24, 29), Span::new(14, 20)]);
    assert_eq!(kept.len(), 2);
}

#[test]
fn tense_word_lists_are_sorted() {
    for list in [
        FUTURE_WORDS,
        FUTURE_BEFORE_TO,
        PRESENT_WORDS,
        PAST_WORDS,
        NOT_PAST_ED,
        BEFORE_ED_NOT_PAST,
    ] {
        assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
    }
}

#[test]
fn lower_ascii_is_make_ascii_lowercase() {
    for s in [
        "",
        "A",
        "@[`{ AZaz Hello WORLD 09:34PM",
        "Der Ärger über MÜNCHEN — “Quoted” ÉCOLE İstanbul ΣΊΣΥΦΟΣ",
        "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz\u{7f}\u{80}",
    ] {
        let mut got = s.to_string();
        super::lower_ascii(&mut got);
        assert_eq!(got, s.to_ascii_lowercase(), "{s:?}");
    }
    // Every byte value in every place of a chunk.
    for b in 0u8..=127 {
        for at in 0..9 {
            let mut s = "xxxxxxxxx".to_string().into_bytes();
            s[at] = b;
            let s = String::from_utf8(s).unwrap();
            let mut got = s.clone();
            super::lower_ascii(&mut got);
            assert_eq!(got, s.to_ascii_lowercase(), "{b} at {at}");
        }
    }
}

#[test]
fn has_digit_finds_every_digit_anywhere() {
    for b in 0u8..=255 {
        for at in 0..11 {
            let mut s = vec![b'x'; 11];
            s[at] = b;
            assert_eq!(
                super::dateline::has_digit(&s),
                b.is_ascii_digit(),
                "{b} at {at}"
            );
        }
    }
    assert!(!super::dateline::has_digit(
        "Published — “Thursday”".as_bytes()
    ));
    assert!(super::dateline::has_digit("Nov. 30, 2017".as_bytes()));
}

#[test]
fn dates_written_by_hand_are_format_s() {
    for (y, m, d) in [
        (2017, 11, 30),
        (1, 1, 1),
        (0, 2, 29),
        (999, 12, 9),
        (9999, 12, 31),
        (-44, 3, 15),
        (10000, 1, 2),
    ] {
        let date = NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert_eq!(super::ymd(date), format!("{y:04}-{m:02}-{d:02}"));
        let t = NaiveTime::from_hms_opt(9, 5, 0).unwrap();
        let moment = Moment {
            date,
            time: Some(t),
        };
        assert_eq!(moment.value(), format!("{y:04}-{m:02}-{d:02}T09:05"));
    }
}

// Session 18: an election calendar, a storm, a market wrap, a sports fixture.
t! {
    a_state_that_lasts_until_a_date_in_the_present_is_ahead: "Owners have until Oct. 1 to register their boats.", "2025-03-14" => [("Oct. 1", "2025-10-01")];
    closed_through_a_day_in_the_future_is_ahead: "Schools will stay closed through Tuesday.", "2023-08-31" => [("Tuesday", "2023-09-05")];
    open_through_a_day_in_the_past_is_past: "The fair was open through Sunday.", "2023-08-31" => [("Sunday", "2023-08-27")];
    a_clock_on_election_day_is_on_the_election: "The Nov. 8 election is close. Polls close at 8 p.m. on Election Day.", "2022-09-27" => [("Nov. 8", "2022-11-08"), ("8 p.m.", "2022-11-08T20:00"), ("Election Day", "2022-11-08")];
    a_clock_after_overnight_is_on_the_publication_day: "The storm hit early Thursday, cutting power overnight, officials said. It came ashore at 4 a.m.", "2023-08-31" => [("early Thursday", "2023-08-31"), ("overnight", "2023-08-30TNI"), ("4 a.m", "2023-08-31T04:00")];
    a_weekday_set_after_a_date_is_any_such_day: "The deadline falls on Oct. 11, a Tuesday.", "2022-09-27" => [("Oct. 11", "2022-10-11"), ("Tuesday", "XXXX-WXX-2")];
    a_weekday_before_a_noun_after_a_is_no_set: "A Sunday night vigil was held.", "2022-09-27" => [("Sunday night", "2022-09-25")];
    the_weekday_is_of_the_week_the_story_is_in: "The match on Sunday, March 23, was moved from the Saturday. Kick-off is at 4:30 p.m.", "2025-03-16" => [("Sunday, March 23", "2025-03-23"), ("Saturday", "2025-03-22"), ("4:30 p.m", "2025-03-23T16:30")];
    the_week_ahead_is_the_coming_week: "The week ahead will be bumpy, and the months ahead harder.", "2023-10-13" => [("The week ahead", "2023-W42"), ("the months ahead", "PXM")];
    the_last_week_of_a_month_is_in_that_month: "Sales rose in the last week of March, and the first weekend of October will be busy.", "2022-09-27" => [("the last week of March", "2022-03"), ("the first weekend of October", "2022-10")];
    the_start_of_an_adjective_quarter_starts_its_noun: "Investors await the start of third-quarter earnings season on Friday.", "2023-10-10" => [("third-quarter", "2023-Q3"), ("Friday", "2023-10-13")];
}

// A fiscal year the story says ends before December: its quarters are the calendar's they
// fall in, and the end of it is its last month.
t! {
    fiscal_quarters_follow_the_fiscal_year_the_story_gives: "Its fiscal year ends in June. Sales in the fiscal first quarter rose, and a year earlier they fell. It will report second-quarter results in late January.", "2024-11-06" => [("June", "2024-06"), ("the fiscal first quarter", "2024-Q3"), ("a year earlier", "2023-Q3"), ("second-quarter", "2024-Q4"), ("late January", "2025-01")];
    the_end_of_the_fiscal_year_is_its_last_month: "The financial year ending March 31 was hard. The deal should close by the end of the fiscal year.", "2025-05-02" => [("March 31", "2025-03-31"), ("the end of the fiscal year", "2026-03")];
    a_fiscal_year_ending_in_december_is_the_calendar: "Its fiscal year ends in December. Sales in the first quarter rose.", "2024-11-06" => [("December", "2024-12"), ("the first quarter", "2024-Q1")];
    a_quarters_own_end_keeps_its_number: "Profit for the fourth quarter, which ended Aug. 26, rose.", "1989-11-02" => [("the fourth quarter", "1989-Q4"), ("Aug. 26", "1989-08-26")];
    a_quarter_not_yet_begun_told_in_the_past_is_last_years: "The company lost money in the fourth quarter.", "2025-05-20" => [("the fourth quarter", "2024-Q4")];
}

#[test]
fn the_weekday_of_an_update_is_the_updates_day() {
    // Published on Monday 8 July 2024, updated on Tuesday the 9th.
    let text = "The pact was signed on Monday. The ministry said on Tuesday it was no threat. \
                They had met on Friday and will meet again on Thursday.";
    let doc = segment(text, &split_paragraphs(text), &[]);
    let values = |updated: &str| -> Vec<String> {
        find_times(
            text,
            &doc,
            Moment::parse("2024-07-08"),
            Moment::parse(updated),
        )
        .into_iter()
        .map(|t| t.value)
        .collect()
    };
    assert_eq!(
        values("2024-07-09"),
        ["2024-07-08", "2024-07-09", "2024-07-05", "2024-07-11"]
    );
    // Without an update that day, the past tense looks back a week.
    assert_eq!(
        values("2024-07-08"),
        ["2024-07-08", "2024-07-02", "2024-07-05", "2024-07-11"]
    );
}
