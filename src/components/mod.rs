//! Pieces of the page shared by several routes, one file each.

pub mod email_field;
pub mod error_summary;
pub mod focus;
pub mod footer;
pub mod form_frame;
pub mod header;
pub mod lang_switch;
pub mod markup;
pub mod nav_link;
pub mod new_password;
pub mod policy_notices;
pub mod policy_provider;
pub mod status_badge;
pub mod text_field;
