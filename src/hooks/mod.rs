//! Custom hooks shared by pages and components.

pub mod use_countdown;
pub mod use_embedding;
pub mod use_fetch;
pub mod use_locale;
pub mod use_policy;
pub mod use_submit;
pub mod use_title;
