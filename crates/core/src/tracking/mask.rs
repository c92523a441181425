//! Masking of personal names and phone numbers inside JNE's texts (privacy invariant P3).
//!
//! JNE puts the receiver's name into status texts (`DELIVERED TO [ADI YULIANTO | … ]`). The
//! page must still show JNE's text as JNE wrote it, so names are masked in place rather than
//! the text being dropped.

/// `ADI YULIANTO` → `A*** Y***`: first letter of each word, a fixed number of stars so the
/// mask does not even leak the length.
pub fn mask_name(name: &str) -> String {
    name.split_whitespace()
        .filter_map(|word| word.chars().next())
        .map(|first| format!("{first}***"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Masks names and phone numbers in one of JNE's texts.
///
/// Three nets, because any one alone misses cases:
/// 1. the first field of a bracket with `|` fields (`[who | when | where]`, JNE's delivery
///    and return form), whoever is named there;
/// 2. every whole-word occurrence of `known_names` (names, addresses and phone numbers JNE
///    sent in other fields);
/// 3. Indonesian mobile numbers (`08…`, `62 8…`, `+62 8…`, 9 digits or more).
pub fn mask_text(text: &str, known_names: &[&str]) -> String {
    let mut masked = mask_bracket_names(text);
    for name in known_names {
        let name = name.trim();
        // Very short values (initials, "-", a house number) would mask ordinary words.
        if name.chars().filter(|c| c.is_alphanumeric()).count() >= 3 {
            masked = replace_words(&masked, name, &mask_name(name));
        }
    }
    mask_phones(&masked)
}

fn mask_bracket_names(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        let Some(close) = rest[open..].find(']').map(|at| open + at) else {
            break;
        };
        out.push_str(&rest[..=open]);
        let inside = &rest[open + 1..close];
        match inside.split_once('|') {
            Some((who, after)) if looks_like_name(who) => {
                let lead = &who[..who.len() - who.trim_start().len()];
                let tail = &who[who.trim_end().len()..];
                out.push_str(lead);
                out.push_str(&mask_name(who));
                out.push_str(tail);
                out.push('|');
                out.push_str(after);
            }
            _ => out.push_str(inside),
        }
        out.push(']');
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    out
}

/// A date or time in the first field is not a name; anything with letters is treated as one.
fn looks_like_name(field: &str) -> bool {
    field.chars().any(char::is_alphabetic) && !field.contains("***")
}

/// Replaces whole-word, ASCII-case-insensitive occurrences of `word` in `text`.
fn replace_words(text: &str, word: &str, with: &str) -> String {
    // ASCII upper-casing keeps byte offsets, so positions found in `upper` fit `text`.
    let upper = text.to_ascii_uppercase();
    let needle = word.to_ascii_uppercase();
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    let mut from = 0;
    while let Some(found) = upper[from..].find(&needle).map(|at| from + at) {
        let end = found + needle.len();
        let before_ok = !upper[..found]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric);
        let after_ok = !upper[end..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric);
        if before_ok && after_ok {
            out.push_str(&text[copied..found]);
            out.push_str(with);
            copied = end;
        }
        from = end;
    }
    out.push_str(&text[copied..]);
    out
}

/// Masks Indonesian mobile numbers, keeping only their first two characters.
fn mask_phones(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut index = 0;
    while index < chars.len() {
        let starts_word = index == 0 || !chars[index - 1].is_alphanumeric();
        let len = if starts_word {
            phone_len(&chars[index..])
        } else {
            0
        };
        if len == 0 {
            out.push(chars[index]);
            index += 1;
            continue;
        }
        for (offset, ch) in chars[index..index + len].iter().enumerate() {
            out.push(if offset < 2 || !ch.is_ascii_digit() {
                *ch
            } else {
                '*'
            });
        }
        index += len;
    }
    out
}

/// Length in chars of a mobile number starting here, or 0. Digits may be grouped by single
/// spaces or hyphens, as people write them.
fn phone_len(chars: &[char]) -> usize {
    let mut len = 0;
    let mut digits = String::new();
    while let Some(&ch) = chars.get(len) {
        let grouping = matches!(ch, ' ' | '-')
            && !digits.is_empty()
            && chars.get(len + 1).is_some_and(char::is_ascii_digit);
        if ch.is_ascii_digit() || (ch == '+' && len == 0) || grouping {
            if ch.is_ascii_digit() {
                digits.push(ch);
            }
            len += 1;
        } else {
            break;
        }
    }
    while len > 0 && !chars[len - 1].is_ascii_digit() {
        len -= 1;
    }
    let mobile = digits.starts_with("08") || digits.starts_with("628");
    let after_ok = !chars.get(len).is_some_and(|c| c.is_alphanumeric());
    if mobile && (9..=15).contains(&digits.len()) && after_ok {
        len
    } else {
        0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_keep_first_letters_only() {
        assert_eq!(mask_name("ADI YULIANTO"), "A*** Y***");
        assert_eq!(mask_name("  siti  "), "s***");
        assert_eq!(mask_name(""), "");
    }

    #[test]
    fn delivered_to_text() {
        assert_eq!(
            mask_text(
                "DELIVERED TO [ADI YULIANTO | 12-09-2024 14:02 | JAKARTA]",
                &[]
            ),
            "DELIVERED TO [A*** Y*** | 12-09-2024 14:02 | JAKARTA]"
        );
        assert_eq!(
            mask_text(
                "DELIVERED TO [ANDI YUSUF | 22-11-2026 14:05 | SURABAYA ]",
                &[]
            ),
            "DELIVERED TO [A*** Y*** | 22-11-2026 14:05 | SURABAYA ]"
        );
    }

    #[test]
    fn places_are_left_alone() {
        for text in [
            "RECEIVED AT INBOUND STATION [SURABAYA , HUB SURABAYA]",
            "SHIPMENT RECEIVED BY JNE COUNTER OFFICER AT [JAKARTA]",
            "[22-11-2026 14:05 | SURABAYA]",
            "SHIPMENT 0166231900105595 ON PROCESS",
        ] {
            assert_eq!(mask_text(text, &["ANDI YUSUF"]), text);
        }
    }

    #[test]
    fn known_names_anywhere_whole_words_only() {
        assert_eq!(
            mask_text("RECEIVED BY andi yusuf AT FRONT DESK", &["ANDI YUSUF"]),
            "RECEIVED BY A*** Y*** AT FRONT DESK"
        );
        assert_eq!(
            mask_text("TANJUNG PRIOK", &["ANI", "JUNG PRIO"]),
            "TANJUNG PRIOK"
        );
        assert_eq!(mask_text("ADA DI", &["DI"]), "ADA DI");
    }

    #[test]
    fn phones_are_masked() {
        assert_eq!(
            mask_text("CONSIGNEE NOT AT HOME, CALL 0812-3456-7890.", &[]),
            "CONSIGNEE NOT AT HOME, CALL 08**-****-****."
        );
        assert_eq!(mask_text("HP +62 812 3456 789", &[]), "HP +6* *** **** ***");
        assert_eq!(mask_text("ON 22-11-2026 14:05", &[]), "ON 22-11-2026 14:05");
    }
}
