use super::*;

/// Found by the hostile-input work: 60 000 distinct numbers pasted at once (a megabyte)
/// took 4 s in release, seconds more in the page, as each was looked up in a list. Timed
/// against itself, not the clock: four times the numbers may take about four times as long
/// (the fastest of three runs each), never the sixteen times of a quadratic parse, however
/// busy the machine is.
#[test]
fn a_megabyte_of_distinct_numbers_parses_in_linear_time() {
    let pasted = |count: u64| -> String {
        let text: String = (0..count)
            .map(|n| format!("{:016}\n", 1_000_000_000_000_000 + n * 7))
            .collect();
        text.clone() + &text
    };
    let fastest = |text: &str| {
        (0..3)
            .map(|_| {
                let started = std::time::Instant::now();
                std::hint::black_box(parse_many(text));
                started.elapsed().as_secs_f64()
            })
            .fold(f64::INFINITY, f64::min)
    };
    let (small, large) = (pasted(15_000), pasted(60_000));
    let ratio = fastest(&large) / fastest(&small);
    assert!(ratio < 10.0, "4× the numbers took {ratio:.1}× as long");

    let list = parse_many(&large);
    assert_eq!(list.valid.len(), MAX_PER_SEARCH);
    assert_eq!(list.too_many.map(|t| t.over), Some(60_000 - MAX_PER_SEARCH));
    assert_eq!(list.duplicates, 60_000);
}

fn ok(token: &str) -> String {
    match parse(token) {
        Ok(awb) => awb.to_string(),
        Err(error) => panic!("{token:?} should parse: {error}"),
    }
}

#[test]
fn real_numbers_parse() {
    for number in [
        "0166231900105595",
        "5403212200022724",
        "010116240120792",
        "SOCAG00183235715",
        "CM96392284741",
    ] {
        assert_eq!(ok(number), number);
    }
    assert_eq!(ok("JNEB-1005668732"), "JNEB1005668732");
    assert_eq!(ok("  socag 0018-3235715 "), "SOCAG00183235715");
}

#[test]
fn errors_are_typed() {
    assert_eq!(parse("  - "), Err(AwbError::Empty));
    assert_eq!(parse("12345"), Err(AwbError::TooShort { len: 5 }));
    assert_eq!(parse(&"1".repeat(21)), Err(AwbError::TooLong { len: 21 }));
    let bad = AwbError::BadChar {
        ch: '#',
        position: 3,
    };
    assert_eq!(parse(" 01#66231900105595"), Err(bad.clone()));
    assert_eq!(bad.code(), "bad_char");
    assert_eq!(
        parse("0166231900105595é"),
        Err(AwbError::BadChar {
            ch: 'é',
            position: 17
        })
    );
}

#[test]
fn json_forms() {
    let awb = parse("cm96392284741").ok();
    let json = serde_json::to_string(&awb).ok();
    assert_eq!(json.as_deref(), Some("\"CM96392284741\""));
    assert!(serde_json::from_str::<Awb>("\"CM-963\"").is_err());
    let error = serde_json::to_string(&AwbError::TooShort { len: 5 }).ok();
    assert_eq!(error.as_deref(), Some(r#"{"code":"too_short","len":5}"#));
}
