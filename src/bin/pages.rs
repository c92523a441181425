//! The second bundle: JLC and the privacy policy (`pages.html`).

fn main() {
    jne_web::start_pages();
}
