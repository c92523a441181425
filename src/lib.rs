//! jne-web, the browser app: public tracking, the JLC member site and the privacy policy.
//!
//! Pages sit over components, components over `jne_core`: logic that needs neither the DOM
//! nor the network lives in `jne_core` and is tested natively.

pub mod api;
pub mod app;
pub mod bundles;
pub mod components;
pub mod embed;
pub mod hooks;
pub mod i18n;
pub mod pages;
pub mod route;
pub mod router;
pub mod takeover;

/// Mounts the app of `bundle` (`None`: every route, for the browser tests) on `<body>`, showing its routes with `pages` (one of
/// [`bundles`]); each binary names its own, so it links no other bundle's pages.
pub fn start(bundle: Option<route::Bundle>, pages: route::Pages) {
    route::load(bundle, pages);
    takeover::capture();
    yew::Renderer::<app::App>::new().render();
}

/// Talc in place of std's dlmalloc: about 6 KB less wasm (issue 7). The app has one thread.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::TalckWasm = unsafe { talc::TalckWasm::new_global() };
