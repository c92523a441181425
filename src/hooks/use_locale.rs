//! The visitor's language, held in memory only: choosing English stores nothing.

use jne_core::lang::Lang;
use yew::prelude::*;

use crate::i18n::{texts, Texts};

#[derive(Clone, PartialEq)]
pub struct Locale {
    pub lang: Lang,
    pub set_lang: Callback<Lang>,
}

impl Locale {
    pub fn texts(&self) -> &'static Texts {
        texts(self.lang)
    }
}

impl Default for Locale {
    fn default() -> Self {
        Locale {
            lang: Lang::default(),
            set_lang: Callback::noop(),
        }
    }
}

/// The current locale; Bahasa Indonesia outside the app's provider.
#[hook]
pub fn use_locale() -> Locale {
    use_context::<Locale>().unwrap_or_default()
}
