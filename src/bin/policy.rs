//! The privacy policy bundle (`policy.html`): the text in force, its history and comparisons.

fn main() {
    jne_web::start(
        Some(jne_web::route::Bundle::Policy),
        jne_web::bundles::policy,
    );
}
