fn main() {
    jne_web::start_tracking();
}
