//! The rights bundle (`rights.html`): "Data saya", a signed-in member's data and rights.

fn main() {
    jne_web::start(
        Some(jne_web::route::Bundle::Rights),
        jne_web::bundles::rights,
    );
}
