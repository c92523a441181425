//! Pasted lists of AWB numbers: separators, grouped digits, duplicates, bad tokens, the limit.

use jne_core::awb::{parse_many, Awb, AwbError, BadToken, ParsedList, TooMany, MAX_PER_SEARCH};

fn valid(list: &ParsedList) -> Vec<&str> {
    list.valid.iter().map(Awb::as_str).collect()
}

#[test]
fn many_separators_duplicates_and_bad_tokens() {
    let list = parse_many(
        "0166231900105595, 5403212200022724;010116240120792\tabc\n\
         SOCAG00183235715 CM96392284741\r\n0166231900105595 JNEB-1005668732",
    );
    assert_eq!(
        valid(&list),
        [
            "0166231900105595",
            "5403212200022724",
            "010116240120792",
            "SOCAG00183235715",
            "CM96392284741",
            "JNEB1005668732"
        ]
    );
    assert_eq!(list.duplicates, 1);
    assert_eq!(
        list.invalid,
        [BadToken {
            token: "abc".into(),
            error: AwbError::TooShort { len: 3 }
        }]
    );
    assert_eq!(list.too_many, None);
}

#[test]
fn spaces_inside_one_number() {
    assert_eq!(
        valid(&parse_many("0166 2319 0010 5595")),
        ["0166231900105595"]
    );
    assert_eq!(valid(&parse_many("JNEB 1005668732")), ["JNEB1005668732"]);
    let list = parse_many("0166 2319 0010 5595 5403212200022724 12 34");
    assert_eq!(valid(&list), ["0166231900105595", "5403212200022724"]);
    assert_eq!(
        list.invalid,
        [BadToken {
            token: "12 34".into(),
            error: AwbError::TooShort { len: 4 }
        }]
    );
}

#[test]
fn limit_keeps_the_first_forty() {
    let numbers: Vec<String> = (0..45).map(|n| format!("AWB{n:010}")).collect();
    let mut text = numbers.join("\n");
    text.push_str(",AWB0000000044,AWB0000000000");
    let list = parse_many(&text);
    assert_eq!(list.valid.len(), MAX_PER_SEARCH);
    assert_eq!(list.valid[39].as_str(), "AWB0000000039");
    assert_eq!(list.too_many, Some(TooMany { limit: 40, over: 5 }));
    assert_eq!(list.duplicates, 2);
}

#[test]
fn empty_text_is_an_empty_list() {
    assert_eq!(parse_many(" ,;\n\t "), ParsedList::default());
}

#[test]
fn each_number_keeps_how_it_was_typed() {
    let list = parse_many(" JNEB-1005668732 \n0166 2319 0010 5595, cm96392284741 jneb1005668732");
    assert_eq!(
        valid(&list),
        ["JNEB1005668732", "0166231900105595", "CM96392284741"]
    );
    assert_eq!(
        list.typed,
        ["JNEB-1005668732", "0166 2319 0010 5595", "cm96392284741"],
        "the first spelling of a repeat is kept"
    );
}
