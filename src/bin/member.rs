//! The member bundle (`member.html`): the member page of a signed-in JLC member.

fn main() {
    jne_web::start(
        Some(jne_web::route::Bundle::Member),
        jne_web::bundles::member,
    );
}
