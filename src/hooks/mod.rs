//! Custom hooks shared by pages and components.

pub mod use_locale;
pub mod use_title;
