//! Starts the app on `<body>`. Yew empties its host before the first render, in the same task,
//! so the static skeleton of index.html gives way to the app with no frame in between.
//!
//! The tracking bundle (`index.html`); `src/bin/` has the other two.
fn main() {
    jne_web::start(
        Some(jne_web::route::Bundle::Tracking),
        jne_web::bundles::tracking,
    );
}
