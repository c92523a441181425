//! The server's one source of "now" for expiry rules, so tests can move time forward.

use std::path::PathBuf;
use std::time::{SystemTime, UNIX_EPOCH};

/// Unix seconds. With a test offset file (`--test-clock`), the number of seconds in that file
/// is added on every read; without the flag there is no way to change the time.
#[derive(Clone, Debug, Default)]
pub struct Clock {
    offset_file: Option<PathBuf>,
}

impl Clock {
    pub fn system() -> Clock {
        Clock::default()
    }

    pub fn with_offset_file(path: PathBuf) -> Clock {
        Clock {
            offset_file: Some(path),
        }
    }

    pub fn now(&self) -> i64 {
        let real = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_secs() as i64)
            .unwrap_or_default();
        let offset = self
            .offset_file
            .as_ref()
            .and_then(|path| std::fs::read_to_string(path).ok())
            .and_then(|text| text.trim().parse::<i64>().ok())
            .unwrap_or(0);
        real + offset
    }
}
