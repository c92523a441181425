//! One module per route; a page composes components and talks to the API through `api`.

pub mod jlc;
pub mod not_found;
pub mod policy;
pub mod track;
