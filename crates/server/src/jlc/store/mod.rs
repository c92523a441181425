//! The JLC tables (plain SQL, runtime queries), one file a table. Every token and code
//! arrives here already hashed.

mod acks;
mod attempts;
mod challenges;
mod key_log;
mod mail_budget;
mod members;
mod passkeys;
mod rights;
mod sessions;
mod sign_ups;

pub use acks::*;
pub use attempts::*;
pub use challenges::*;
pub use mail_budget::*;
pub use members::*;
pub use passkeys::*;
pub use rights::*;
pub use sessions::*;
pub use sign_ups::*;
