//! Each email error as one sentence, in Bahasa Indonesia and English.

use super::{EmailError, LABEL_MAX, LOCAL_MAX};
use crate::lang::Lang;

pub fn message(error: &EmailError, lang: Lang) -> String {
    use EmailError as E;
    match lang {
        Lang::Id => match error {
            E::Empty => "Masukkan alamat email".into(),
            E::NoAt => "Alamat email harus memuat @, contoh: nama@gmail.com".into(),
            E::MoreThanOneAt => "Alamat email hanya boleh memuat satu @".into(),
            E::Whitespace { position } => {
                format!(
                    "Alamat email tidak boleh memuat spasi atau karakter tak terlihat (posisi {position})"
                )
            }
            E::LocalEmpty => "Bagian sebelum @ kosong".into(),
            E::LocalTooLong { octets } => {
                format!("Bagian sebelum @ terlalu panjang ({octets} byte, maksimal {LOCAL_MAX})")
            }
            E::LocalBadChar { ch, position } => {
                format!("Karakter “{ch}” di posisi {position} tidak boleh ada di bagian sebelum @")
            }
            E::LocalDotAtStart => "Bagian sebelum @ tidak boleh diawali titik".into(),
            E::LocalDotAtEnd => "Bagian sebelum @ tidak boleh diakhiri titik".into(),
            E::LocalDoubleDot => "Alamat email tidak boleh memuat dua titik berturut-turut".into(),
            E::DomainEmpty => "Bagian setelah @ kosong, contoh: gmail.com".into(),
            E::DomainOneLabel => "Bagian setelah @ belum lengkap, contoh: gmail.com".into(),
            E::DomainLabelEmpty => "Bagian setelah @ memuat dua titik berturut-turut".into(),
            E::DomainLabelTooLong { label } => {
                format!("Bagian “{label}” terlalu panjang (maksimal {LABEL_MAX} karakter)")
            }
            E::DomainHyphenAtEdge { label } => {
                format!("Bagian “{label}” tidak boleh diawali atau diakhiri tanda hubung")
            }
            E::DomainBadChar { ch, position } => {
                format!("Karakter “{ch}” di posisi {position} tidak boleh ada di bagian setelah @")
            }
            E::DomainNumericTld => "Akhiran alamat email tidak boleh berupa angka saja".into(),
            E::DomainTrailingDot => "Alamat email tidak boleh diakhiri titik".into(),
            E::DomainBadIdn => "Nama domain setelah @ tidak valid".into(),
            E::DomainTooLong { .. } => "Bagian setelah @ terlalu panjang".into(),
            E::AddressTooLong { .. } => {
                "Alamat email terlalu panjang (maksimal 254 karakter)".into()
            }
        },
        Lang::En => match error {
            E::Empty => "Enter an email address".into(),
            E::NoAt => "An email address needs an @, like name@gmail.com".into(),
            E::MoreThanOneAt => "An email address has only one @".into(),
            E::Whitespace { position } => {
                format!(
                    "An email address cannot contain spaces or invisible characters (position {position})"
                )
            }
            E::LocalEmpty => "The part before the @ is empty".into(),
            E::LocalTooLong { octets } => {
                format!("The part before the @ is too long ({octets} bytes, at most {LOCAL_MAX})")
            }
            E::LocalBadChar { ch, position } => {
                format!("The character “{ch}” at position {position} cannot be in the part before the @")
            }
            E::LocalDotAtStart => "The part before the @ cannot start with a dot".into(),
            E::LocalDotAtEnd => "The part before the @ cannot end with a dot".into(),
            E::LocalDoubleDot => "An email address cannot have two dots in a row".into(),
            E::DomainEmpty => "The part after the @ is empty, like gmail.com".into(),
            E::DomainOneLabel => "The part after the @ is incomplete, like gmail.com".into(),
            E::DomainLabelEmpty => "The part after the @ has two dots in a row".into(),
            E::DomainLabelTooLong { label } => {
                format!("The part “{label}” is too long (at most {LABEL_MAX} characters)")
            }
            E::DomainHyphenAtEdge { label } => {
                format!("The part “{label}” cannot start or end with a hyphen")
            }
            E::DomainBadChar { ch, position } => {
                format!(
                    "The character “{ch}” at position {position} cannot be in the part after the @"
                )
            }
            E::DomainNumericTld => "An email address cannot end in digits only".into(),
            E::DomainTrailingDot => "An email address cannot end with a dot".into(),
            E::DomainBadIdn => "The domain name after the @ is not valid".into(),
            E::DomainTooLong { .. } => "The part after the @ is too long".into(),
            E::AddressTooLong { .. } => {
                "The email address is too long (at most 254 characters)".into()
            }
        },
    }
}
