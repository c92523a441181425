//! jne-web, the browser app: public tracking, the JLC member site and the privacy policy.
//!
//! Pages sit over components, components over `jne_core`: logic that needs neither the DOM
//! nor the network lives in `jne_core` and is tested natively.

pub mod api;
pub mod app;
pub mod components;
pub mod hooks;
pub mod i18n;
pub mod pages;
pub mod router;

/// Mounts the app on `<body>`.
pub fn start() {
    yew::Renderer::<app::App>::new().render();
}
