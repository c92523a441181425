//! How often an account may fail before it must wait: the server enforces it
//! (`jlc/throttle.rs`), the app warns before it and says how long the wait is.

/// Wrong passwords or codes an account may make in one window; the next try waits.
pub const FAILURE_LIMIT: u32 = 5;
/// The window failures are counted in, and so the longest wait, in seconds.
pub const FAILURE_WINDOW_SECONDS: u64 = 900;
/// The app warns once this few tries are left.
pub const WARN_AT_TRIES_LEFT: u32 = 2;

/// Whether `tries_left` is few enough to warn about (none left is a lock, said as such).
pub fn warn(tries_left: u32) -> bool {
    tries_left <= WARN_AT_TRIES_LEFT
}

/// The window in whole minutes, as the app says it.
pub const fn window_minutes() -> u64 {
    FAILURE_WINDOW_SECONDS / 60
}
