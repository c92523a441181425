//! The JLC bundle (`jlc.html`): sign-in, sign-up and a forgotten password.

fn main() {
    jne_web::start(Some(jne_web::route::Bundle::Jlc), jne_web::bundles::jlc);
}
