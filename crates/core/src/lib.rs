//! The rules of jne-web that touch neither the DOM nor the network, shared by app and server.

pub mod api;
pub mod awb;
pub mod email;
pub mod lang;
pub mod tracking;
