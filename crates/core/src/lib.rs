//! The rules of jne-web that touch neither the DOM nor the network, shared by app and server.

pub mod api;
pub mod awb;
pub mod email;
pub mod jlc;
pub mod lang;
pub mod policy;
pub mod share;
pub mod site;
pub mod tracking;
pub mod wire;
