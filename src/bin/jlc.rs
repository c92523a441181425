//! The JLC bundle (`jlc.html`): sign-in, sign-up, a forgotten password and the member page.

fn main() {
    jne_web::start(Some(jne_web::route::Bundle::Jlc), jne_web::bundles::jlc);
}
