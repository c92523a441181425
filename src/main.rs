//! Starts the app on `<body>`. Yew empties its host before the first render, in the same task,
//! so the static skeleton of index.html gives way to the app with no frame in between.
fn main() {
    jne_web::start_tracking();
}
