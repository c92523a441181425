//! A device's family read from its User-Agent, as coarse as a member needs to recognise a
//! session ("Chrome di Android") and no finer: the family is all of a User-Agent that is ever
//! stored (data minimisation, as the policy promises); the full string and the address never.

use crate::lang::Lang;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Browser {
    Chrome,
    Edge,
    Firefox,
    Safari,
    Opera,
    SamsungInternet,
    Other,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum System {
    Android,
    Ios,
    Windows,
    MacOs,
    ChromeOs,
    Linux,
    Other,
}

/// What is stored of a device, as `browser/system` codes ([`DeviceFamily::code`]).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct DeviceFamily {
    pub browser: Browser,
    pub system: System,
}

const BROWSERS: [(Browser, &str, &str); 7] = [
    (Browser::Chrome, "chrome", "Chrome"),
    (Browser::Edge, "edge", "Edge"),
    (Browser::Firefox, "firefox", "Firefox"),
    (Browser::Safari, "safari", "Safari"),
    (Browser::Opera, "opera", "Opera"),
    (Browser::SamsungInternet, "samsung", "Samsung Internet"),
    (Browser::Other, "other", ""),
];

const SYSTEMS: [(System, &str, &str); 7] = [
    (System::Android, "android", "Android"),
    (System::Ios, "ios", "iOS"),
    (System::Windows, "windows", "Windows"),
    (System::MacOs, "macos", "macOS"),
    (System::ChromeOs, "chromeos", "ChromeOS"),
    (System::Linux, "linux", "Linux"),
    (System::Other, "other", ""),
];

impl DeviceFamily {
    /// The family of `user_agent`. Browsers that name others in their User-Agent (Edge and
    /// Opera say Chrome, Chrome says Safari) are told apart by their own token first.
    pub fn of(user_agent: &str) -> DeviceFamily {
        let has = |token: &str| user_agent.contains(token);
        let browser = if has("Edg/") || has("EdgA/") || has("EdgiOS/") {
            Browser::Edge
        } else if has("OPR/") || has("OPT/") || has("Opera") {
            Browser::Opera
        } else if has("SamsungBrowser/") {
            Browser::SamsungInternet
        } else if has("Firefox/") || has("FxiOS/") {
            Browser::Firefox
        } else if has("Chrome/") || has("CriOS/") || has("Chromium/") {
            Browser::Chrome
        } else if has("Safari/") && has("Version/") {
            Browser::Safari
        } else {
            Browser::Other
        };
        let system = if has("Android") {
            System::Android
        } else if has("iPhone") || has("iPad") || has("iPod") {
            System::Ios
        } else if has("Windows") {
            System::Windows
        } else if has("CrOS") {
            System::ChromeOs
        } else if has("Macintosh") || has("Mac OS X") {
            System::MacOs
        } else if has("Linux") || has("X11") {
            System::Linux
        } else {
            System::Other
        };
        DeviceFamily { browser, system }
    }

    /// `chrome/android`: what the database keeps.
    pub fn code(self) -> String {
        let browser = BROWSERS.iter().find(|(b, ..)| *b == self.browser);
        let system = SYSTEMS.iter().find(|(s, ..)| *s == self.system);
        format!(
            "{}/{}",
            browser.map_or("other", |b| b.1),
            system.map_or("other", |s| s.1)
        )
    }

    /// The family of a stored code; anything unknown is `Other`.
    pub fn from_code(code: &str) -> DeviceFamily {
        let (browser, system) = code.split_once('/').unwrap_or((code, ""));
        DeviceFamily {
            browser: BROWSERS
                .iter()
                .find(|b| b.1 == browser)
                .map_or(Browser::Other, |b| b.0),
            system: SYSTEMS
                .iter()
                .find(|s| s.1 == system)
                .map_or(System::Other, |s| s.0),
        }
    }

    /// "Chrome di Android" / "Chrome on Android", as a member reads it.
    pub fn describe(self, lang: Lang) -> String {
        let browser = BROWSERS
            .iter()
            .find(|b| b.0 == self.browser)
            .map(|b| b.2)
            .filter(|n| !n.is_empty());
        let system = SYSTEMS
            .iter()
            .find(|s| s.0 == self.system)
            .map(|s| s.2)
            .filter(|n| !n.is_empty());
        let (other_browser, on, other_system) = match lang {
            Lang::Id => ("Peramban lain", "di", "sistem lain"),
            Lang::En => ("Another browser", "on", "another system"),
        };
        format!(
            "{} {on} {}",
            browser.unwrap_or(other_browser),
            system.unwrap_or(other_system)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_user_agents_read_as_their_family() {
        for (agent, code, id) in [
            ("Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
             "chrome/android", "Chrome di Android"),
            ("Mozilla/5.0 (Linux; Android 14; SAMSUNG SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/26.0 Chrome/122.0.0.0 Mobile Safari/537.36",
             "samsung/android", "Samsung Internet di Android"),
            ("Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
             "safari/ios", "Safari di iOS"),
            ("Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0.6778.73 Mobile/15E148 Safari/604.1",
             "chrome/ios", "Chrome di iOS"),
            ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
             "edge/windows", "Edge di Windows"),
            ("Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0",
             "firefox/windows", "Firefox di Windows"),
            ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
             "safari/macos", "Safari di macOS"),
            ("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 OPR/115.0.0.0",
             "opera/linux", "Opera di Linux"),
            ("Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
             "chrome/chromeos", "Chrome di ChromeOS"),
            ("curl/8.5.0", "other/other", "Peramban lain di sistem lain"),
            ("", "other/other", "Peramban lain di sistem lain"),
        ] {
            let family = DeviceFamily::of(agent);
            assert_eq!(family.code(), code, "{agent}");
            assert_eq!(family.describe(Lang::Id), id, "{agent}");
            assert_eq!(DeviceFamily::from_code(code), family);
        }
        assert_eq!(
            DeviceFamily::from_code("chrome/android").describe(Lang::En),
            "Chrome on Android"
        );
        assert_eq!(DeviceFamily::from_code("nonsense").code(), "other/other");
    }
}
