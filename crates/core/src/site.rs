//! The site manifest: its wasm bundles (the HTML and binary of each) and every page's path.
//! The app's routes, the server's answers and the build scripts all read it from here, so a
//! new page or bundle is one edit.

/// One wasm bundle: a first visit to one of its pages downloads only its own wasm.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Bundle {
    /// `/`, `/lacak`: the first load of most visitors, on a phone.
    Tracking,
    /// `/jlc…`: sign-in, sign-up, a forgotten password.
    Jlc,
    /// `/jlc/akun`: the member page and account security. Its own bundle so that what a
    /// signed-in member can do does not weigh on the sign-in page.
    Member,
    /// `/jlc/data-saya`: the member's data and rights (a copy, corrections, consents, closing
    /// the account), apart from the member page so each stays within its first-load budget.
    Rights,
    /// `/privasi…`: the privacy policy, its history and comparisons.
    Policy,
}

/// How a bundle is built and served.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct BundleFiles {
    pub bundle: Bundle,
    /// The page Trunk builds it from, and the name the server finds it by in the built app.
    pub html: &'static str,
    /// The binary of the app crate (`data-bin` in that page).
    pub bin: &'static str,
}

/// Every bundle; tracking's `index.html` comes first and is the default page of the server.
pub const BUNDLES: [BundleFiles; 5] = [
    BundleFiles {
        bundle: Bundle::Tracking,
        html: "index.html",
        bin: "jne-web",
    },
    BundleFiles {
        bundle: Bundle::Jlc,
        html: "jlc.html",
        bin: "jne-web-jlc",
    },
    BundleFiles {
        bundle: Bundle::Member,
        html: "member.html",
        bin: "jne-web-member",
    },
    BundleFiles {
        bundle: Bundle::Rights,
        html: "rights.html",
        bin: "jne-web-rights",
    },
    BundleFiles {
        bundle: Bundle::Policy,
        html: "policy.html",
        bin: "jne-web-policy",
    },
];

/// The module other sites embed (`<jne-lacak>`, `<jne-policy-notice>`): built by Trunk from its
/// own page like a bundle, but no page of the site; its files are served under `dir`, the
/// loader that host pages name under a stable name, everything it loads under hashed ones.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct EmbedFiles {
    pub html: &'static str,
    pub bin: &'static str,
    pub dir: &'static str,
    pub loader: &'static str,
}

pub const EMBED: EmbedFiles = EmbedFiles {
    html: "embed/index.html",
    bin: "jne-web-embed",
    dir: "/embed/",
    loader: "/embed/jne-embed.js",
};

/// One page of the site: its path (Indonesian, like the rest of the public site) and the
/// bundle that shows it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Page {
    pub path: &'static str,
    pub bundle: Bundle,
}

pub const HOME: &str = "/";
pub const TRACK: &str = "/lacak";
pub const JLC: &str = "/jlc";
pub const JLC_ACCOUNT: &str = "/jlc/akun";
pub const JLC_DATA: &str = "/jlc/data-saya";
pub const JLC_SIGN_UP: &str = "/jlc/daftar";
pub const JLC_RESET: &str = "/jlc/lupa-sandi";
pub const POLICY: &str = "/privasi";
pub const POLICY_HISTORY: &str = "/privasi/riwayat";
pub const POLICY_COMPARE: &str = "/privasi/bandingkan";
/// The app's own not-found page; any unknown path shows it too.
pub const NOT_FOUND: &str = "/404";

/// Every page of the site (the not-found page aside, which every bundle carries).
pub const PAGES: [Page; 10] = [
    page(HOME, Bundle::Tracking),
    page(TRACK, Bundle::Tracking),
    page(JLC, Bundle::Jlc),
    page(JLC_ACCOUNT, Bundle::Member),
    page(JLC_DATA, Bundle::Rights),
    page(JLC_SIGN_UP, Bundle::Jlc),
    page(JLC_RESET, Bundle::Jlc),
    page(POLICY, Bundle::Policy),
    page(POLICY_HISTORY, Bundle::Policy),
    page(POLICY_COMPARE, Bundle::Policy),
];

const fn page(path: &'static str, bundle: Bundle) -> Page {
    Page { path, bundle }
}

/// The page at `path`, with or without one trailing slash (`/lacak/`; `//` is no page).
pub fn page_at(path: &str) -> Option<Page> {
    let bare = |path: &'static str| path.strip_suffix('/').unwrap_or(path);
    let path = path.strip_suffix('/').unwrap_or(path);
    PAGES.into_iter().find(|page| bare(page.path) == path)
}

/// How `bundle` is built and served.
pub fn files(bundle: Bundle) -> BundleFiles {
    // Every bundle has its entry (a test says so); tracking's is the fallback of the server.
    BUNDLES
        .into_iter()
        .find(|files| files.bundle == bundle)
        .unwrap_or(BUNDLES[0])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_page_is_found_at_its_path_with_or_without_a_trailing_slash() {
        for page in PAGES {
            assert_eq!(page_at(page.path), Some(page));
            if page.path != HOME {
                assert_eq!(page_at(&format!("{}/", page.path)), Some(page));
            }
        }
        assert_eq!(page_at("/").map(|p| p.bundle), Some(Bundle::Tracking));
        for unknown in ["//", "/lacak//", "/jlcx", "/privasi/x", "/404"] {
            assert_eq!(page_at(unknown), None, "{unknown}");
        }
    }

    #[test]
    fn files_names_each_bundle_once() {
        for files in BUNDLES {
            assert_eq!(super::files(files.bundle), files);
        }
    }
}
