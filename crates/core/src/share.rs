//! A shared tracking link's fragment (`/lacak#JNEB-1005668732,CM96392284741&lang=en`): the
//! numbers as typed, comma-separated, and the language when it is not the default. Browsers
//! never send a fragment to any server (privacy P5), so neither the numbers nor the language
//! leave the visitor's browser by the link. Links with numbers alone (`#A,B`) read as before.

use crate::lang::Lang;

const LANG: &str = "lang=";

/// What a fragment holds.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Shared {
    /// The numbers as they were typed, in order (not yet checked).
    pub numbers: Vec<String>,
    /// The language the link was shared in; `None`: the visitor's own choice.
    pub lang: Option<Lang>,
}

impl Shared {
    /// Reads a fragment, with or without its `#`; percent-encoding is undone.
    pub fn read(fragment: &str) -> Shared {
        let mut shared = Shared::default();
        for part in fragment.trim_start_matches('#').split('&') {
            if let Some(tag) = part.strip_prefix(LANG) {
                shared.lang = match tag {
                    "en" => Some(Lang::En),
                    "id" => Some(Lang::Id),
                    _ => shared.lang,
                };
                continue;
            }
            shared.numbers.extend(
                part.split(',')
                    .map(|number| decode(number).trim().to_owned())
                    .filter(|number| !number.is_empty()),
            );
        }
        shared
    }

    /// The fragment, without its `#` (empty when there is nothing to keep).
    pub fn fragment(numbers: &[&str], lang: Lang) -> String {
        let mut fragment = numbers
            .iter()
            .map(|number| encode(number))
            .collect::<Vec<_>>()
            .join(",");
        if lang != Lang::default() {
            if !fragment.is_empty() {
                fragment.push('&');
            }
            fragment.push_str(LANG);
            fragment.push_str(lang.tag());
        }
        fragment
    }

    /// The numbers for the form's field: one a line.
    pub fn lines(&self) -> String {
        self.numbers.join("\n")
    }
}

/// Percent-encodes all but letters, digits and `-._~` (what `encodeURIComponent` keeps that a
/// number may hold), so a typed space or a separator cannot change what the link says.
fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Undoes percent-encoding; a broken escape is kept as it stands.
fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while index < bytes.len() {
        let hex = bytes
            .get(index + 1..index + 3)
            .and_then(|hex| std::str::from_utf8(hex).ok())
            .and_then(|hex| u8::from_str_radix(hex, 16).ok());
        match (bytes[index], hex) {
            (b'%', Some(byte)) => {
                out.push(byte);
                index += 3;
            }
            (byte, _) => {
                out.push(byte);
                index += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_as_typed_and_the_language_round_trip() {
        let fragment = Shared::fragment(&["JNEB-1005668732", "0166 2319 0010 5595"], Lang::En);
        assert_eq!(
            fragment,
            "JNEB-1005668732,0166%202319%200010%205595&lang=en"
        );
        let shared = Shared::read(&format!("#{fragment}"));
        assert_eq!(shared.numbers, ["JNEB-1005668732", "0166 2319 0010 5595"]);
        assert_eq!(shared.lang, Some(Lang::En));
        assert_eq!(shared.lines(), "JNEB-1005668732\n0166 2319 0010 5595");
    }

    #[test]
    fn the_default_language_is_left_out_and_old_links_still_read() {
        assert_eq!(Shared::fragment(&["A1", "B2"], Lang::Id), "A1,B2");
        assert_eq!(Shared::fragment(&[], Lang::Id), "");
        assert_eq!(Shared::fragment(&[], Lang::En), "lang=en");
        let old = Shared::read("#0166231900105595,CM96392284741");
        assert_eq!(old.numbers, ["0166231900105595", "CM96392284741"]);
        assert_eq!(old.lang, None);
        assert_eq!(Shared::read("lang=en").numbers, Vec::<String>::new());
    }

    #[test]
    fn odd_fragments_do_not_break() {
        assert_eq!(
            Shared::read("%zz,%E2%80%91,,%").numbers,
            ["%zz", "\u{2011}", "%"]
        );
        assert_eq!(Shared::read("lang=xx").lang, None);
        assert_eq!(Shared::read("").numbers, Vec::<String>::new());
    }
}
