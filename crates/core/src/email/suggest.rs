//! "Did you mean …?": corrections for typos in the domain of an email address.
//!
//! Only near misses of the providers Indonesians use, or of common endings, are corrected.
//! A domain that is simply unknown (a company's own) is left alone: a wrong suggestion is
//! worse than none, so ties, real top-level domains and the providers' own country domains
//! (`yahoo.co.uk`, `live.co.id`) never produce one.

use strsim::osa_distance;

/// Mail providers Indonesians use, as they are spelled.
const PROVIDERS: [&str; 10] = [
    "gmail.com",
    "yahoo.com",
    "yahoo.co.id",
    "ymail.com",
    "hotmail.com",
    "outlook.com",
    "outlook.co.id",
    "live.com",
    "icloud.com",
    "rocketmail.com",
];

/// Provider names with mail domains in many countries (`yahoo.co.uk`, `hotmail.fr`,
/// `live.co.id`): another real ending on them is somebody's real address.
const WORLDWIDE: [&str; 4] = ["yahoo", "hotmail", "outlook", "live"];

/// Real mail domains a slip away from a provider.
const LOOKALIKES: [&str; 5] = ["mail.com", "email.com", "gmx.com", "cloud.com", "wahoo.com"];

/// Endings of domains, one label or two.
const SUFFIXES: [&str; 8] = [
    "com", "co.id", "id", "net", "org", "ac.id", "go.id", "sch.id",
];

/// Country-code top-level domains (IANA, via the Public Suffix List).
const COUNTRY_TLDS: &str = "ac ad ae af ag ai al am ao aq ar as at au aw ax az ba bb be bf bg \
    bh bi bj bm bn bo br bs bt bv bw by bz ca cc cd cf cg ch ci cl cm cn co cr cu cv cw cx cy \
    cz de dj dk dm do dz ec ee eg es et eu fi fj fm fo fr ga gb gd ge gf gg gh gi gl gm gn gp \
    gq gr gs gt gu gw gy hk hm hn hr ht hu id ie il im in io iq ir is it je jo jp ke kg ki km \
    kn kp kr kw ky kz la lb lc li lk lr ls lt lu lv ly ma mc md me mg mh mk ml mn mo mp mq mr \
    ms mt mu mv mw mx my mz na nc ne nf ng ni nl no nr nu nz om pa pe pf ph pk pl pm pn pr ps \
    pt pw py qa re ro rs ru rw sa sb sc sd se sg sh si sj sk sl sm sn so sr ss st su sv sx sy \
    sz tc td tf tg th tj tk tl tm tn to tr tt tv tw tz ua ug uk us uy uz va vc ve vg vi vn vu \
    wf ws ye yt zm zw";

/// Generic top-level domains: the common ones, and every real one a single slip from `com`,
/// `net`, `org` or `id` (`.cam`, `.new`, `.pet`, `.ong` …), which must not be "corrected".
const GENERIC_TLDS: [&str; 22] = [
    "com", "net", "org", "edu", "gov", "mil", "int", "info", "biz", "bom", "cam", "mom", "bet",
    "nec", "new", "next", "ntt", "pet", "vet", "ong", "bid", "pid",
];

/// Real country domains that after a provider's name are slips for `.com` (`gmail.co`).
const SLIP_TLDS: [&str; 3] = ["co", "cm", "om"];

/// The whole address corrected, when its domain looks like a typo; `None` otherwise. The
/// local part is kept as typed.
pub fn suggest(input: &str) -> Option<String> {
    suggest_with_case(input, &str::to_lowercase)
}

/// [`suggest`], lower-casing with `to_lower` (see [`super::validate_with_case`]).
pub fn suggest_with_case(input: &str, to_lower: &dyn Fn(&str) -> String) -> Option<String> {
    let (local, typed) = input.split_once('@')?;
    if local.is_empty() || typed.is_empty() || typed.contains('@') {
        return None;
    }
    let domain = to_lower(typed);
    if PROVIDERS.contains(&domain.as_str()) || LOOKALIKES.contains(&domain.as_str()) {
        return None;
    }
    // Someone typing an ASCII-form IDN label (`xn--…`) copied it: not a slip of the finger.
    if domain.split('.').any(|label| label.starts_with("xn--")) {
        return None;
    }
    let (name, ending) = split(&domain);
    let corrected = if PROVIDERS.iter().any(|p| split(p).0 == name) {
        other_ending(name, ending)?
    } else {
        // A fixed ending can bring a provider within reach (`gmiial.cmo`): one step, so a
        // suggestion never earns a suggestion of its own.
        near_provider(&domain)
            .or_else(|| suffix(&domain).map(|fixed| near_provider(&fixed).unwrap_or(fixed)))?
    };
    let suggestion = format!("{local}@{corrected}");
    // Never suggest what the rule itself would refuse, nor what was typed.
    let valid = super::validate_with_case(&suggestion, &|_| None, to_lower).is_ok();
    (valid && corrected != domain && suggestion != input).then_some(suggestion)
}

/// The name and the ending: `("yahoo", "co.id")`.
fn split(domain: &str) -> (&str, &str) {
    domain.split_once('.').unwrap_or((domain, ""))
}

/// A provider's name with a wrong ending (`gmail.co.id`, `yahoo.con`): its own domain with
/// the closest ending, unless the ending is one of a worldwide provider's country domains.
fn other_ending(name: &str, ending: &str) -> Option<String> {
    if WORLDWIDE.contains(&name) && is_real_ending(ending) {
        return None;
    }
    PROVIDERS
        .iter()
        .filter(|p| split(p).0 == name)
        .min_by_key(|p| osa_distance(ending, split(p).1))
        .map(|p| (*p).to_owned())
}

/// The one provider closest to `domain`, if close enough and not tied with another.
fn near_provider(domain: &str) -> Option<String> {
    // Longer names bear two slips (`gmial.con`); short ones only one.
    let allowed = if domain.len() > 8 { 2 } else { 1 };
    let mut scored: Vec<(usize, &str)> = PROVIDERS
        .iter()
        .map(|p| (osa_distance(domain, p), *p))
        .collect();
    scored.sort_unstable();
    let [(best, provider), (next, _), ..] = scored.as_slice() else {
        return None;
    };
    if best > &allowed || best == next {
        return None;
    }
    let (name, ending) = split(domain);
    let (provider_name, provider_ending) = split(provider);
    // Another real ending is another country's or another TLD's domain, not a slip.
    if is_real_ending(ending) && ending != provider_ending {
        return None;
    }
    // In a short name one changed letter is another word (`love`, `life` for `live`).
    if provider_name.len() <= 4 && one_letter_changed(name, provider_name) {
        return None;
    }
    Some((*provider).to_owned())
}

/// The domain with a mistyped ending corrected (`company.cmo`, `kampus.ac.di`).
fn suffix(domain: &str) -> Option<String> {
    let labels: Vec<&str> = domain.split('.').collect();
    let tld = *labels.last()?;
    // Every suffix above ends in a real TLD, so this also leaves correct endings alone.
    if labels.len() < 2 || is_real_tld(tld) {
        return None;
    }
    // Try the last two labels first (`co.di` → `co.id`), then the last one (`cmo` → `com`).
    for take in [2, 1] {
        if labels.len() <= take {
            continue;
        }
        let (head, tail) = labels.split_at(labels.len() - take);
        let tail = tail.join(".");
        let close: Vec<&str> = SUFFIXES
            .iter()
            .filter(|s| s.split('.').count() == take && osa_distance(&tail, s) == 1)
            .copied()
            .collect();
        if let [only] = close.as_slice() {
            return Some(format!("{}.{only}", head.join(".")));
        }
    }
    None
}

fn is_real_tld(label: &str) -> bool {
    (label.len() == 2
        && COUNTRY_TLDS
            .split_ascii_whitespace()
            .any(|tld| tld == label))
        || GENERIC_TLDS.contains(&label)
}

/// Whether an ending after a provider's name is a real one rather than a slip for `.com`.
fn is_real_ending(ending: &str) -> bool {
    let tld = ending.rsplit('.').next().unwrap_or(ending);
    is_real_tld(tld) && !SLIP_TLDS.contains(&tld)
}

/// Same length, exactly one letter different: a substitution, not a swap or a slip.
fn one_letter_changed(typed: &str, meant: &str) -> bool {
    typed.chars().count() == meant.chars().count()
        && typed
            .chars()
            .zip(meant.chars())
            .filter(|(a, b)| a != b)
            .count()
            == 1
}

#[cfg(test)]
#[path = "suggest_tests.rs"]
mod tests;
