//! Every string of the UI, in one typed place: a field missing from a language fails to compile.

use jne_core::lang::Lang;

mod account;
mod en;
mod id;
mod jlc;
mod lockout;
pub mod passkeys;
mod policy;
pub mod rights;
mod sessions;
mod track;

pub use account::AccountTexts;
pub use jlc::{clock, JlcTexts};
pub use lockout::LockoutTexts;
pub use policy::PolicyTexts;
pub use sessions::SessionsTexts;
pub use track::TrackTexts;

/// The words of the site shell and its pages. Each language is one `Texts` value (id.rs, en.rs).
pub struct Texts {
    pub track: TrackTexts,
    pub jlc: JlcTexts,
    pub account: AccountTexts,
    pub lockout: LockoutTexts,
    pub sessions: SessionsTexts,
    pub policy: PolicyTexts,
    pub site_name: &'static str,
    pub tagline: &'static str,
    pub skip_to_content: &'static str,
    /// "Did you mean budi@gmail.com?" on an email field.
    pub did_you_mean: fn(&str) -> String,
    pub nav_label: &'static str,
    pub nav_track: &'static str,
    pub nav_jlc: &'static str,
    pub nav_policy: &'static str,
    /// The language switch shows the other language's name, in that language.
    pub switch_to_other: &'static str,
    pub switch_to_other_label: &'static str,
    pub footer_policy: &'static str,
    pub footer_privacy_note: &'static str,
    pub footer_copyright: &'static str,
    pub track_title: &'static str,
    pub track_intro: &'static str,
    pub jlc_title: &'static str,
    pub jlc_intro: &'static str,
    pub policy_title: &'static str,
    pub policy_intro: &'static str,
    pub not_found_title: &'static str,
    pub not_found_body: &'static str,
    pub not_found_home: &'static str,
}

pub fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::Id => &id::TEXTS,
        Lang::En => &en::TEXTS,
    }
}
