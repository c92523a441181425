fn main() {
    jne_web::start();
}
