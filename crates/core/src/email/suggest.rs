//! "Did you mean …?": corrections for typos in the domain of an email address.
//!
//! Only near misses of the providers Indonesians use, or of common endings, are corrected.
//! A domain that is simply unknown (a company's own) is left alone: a wrong suggestion is
//! worse than none, so ties and real top-level domains never produce one.

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

/// Endings of domains, one label or two.
const SUFFIXES: [&str; 8] = [
    "com", "co.id", "id", "net", "org", "ac.id", "go.id", "sch.id",
];

/// Real top-level domains that sit one typo away from a suffix above (`.co`, `.io` …): a
/// domain ending in one of them is taken as meant.
const REAL_TLDS: [&str; 24] = [
    "co", "io", "me", "my", "sg", "us", "uk", "au", "jp", "in", "nl", "de", "dev", "app", "biz",
    "info", "edu", "gov", "ai", "tv", "cc", "asia", "xyz", "mil",
];

/// The whole address corrected, when its domain looks like a typo; `None` otherwise.
pub fn suggest(input: &str) -> Option<String> {
    let (local, domain) = input.split_once('@')?;
    if local.is_empty() || domain.contains('@') || domain.is_empty() {
        return None;
    }
    let domain = domain.to_lowercase();
    if PROVIDERS.contains(&domain.as_str()) {
        return None;
    }
    let corrected = provider(&domain).or_else(|| suffix(&domain))?;
    let suggestion = format!("{local}@{corrected}");
    // Never suggest what the rule itself would refuse.
    let valid = super::validate_with(&suggestion, &|_| None).is_ok();
    (corrected != domain && valid).then_some(suggestion)
}

/// The one provider closest to `domain`, if close enough and not tied with another.
fn provider(domain: &str) -> Option<String> {
    // Longer names bear two slips (`gmial.con`); short ones only one.
    let allowed = if domain.len() > 8 { 2 } else { 1 };
    let mut scored: Vec<(usize, &str)> = PROVIDERS
        .iter()
        .map(|p| (osa_distance(domain, p), *p))
        .collect();
    scored.sort();
    match scored.as_slice() {
        [(best, name), (next, _), ..] if *best <= allowed && best < next => {
            Some((*name).to_owned())
        }
        _ => same_name_other_ending(domain),
    }
}

/// `gmail.co.id` or `gmail.id`: the provider's own name with a wrong ending.
fn same_name_other_ending(domain: &str) -> Option<String> {
    let (name, _) = domain.split_once('.')?;
    PROVIDERS
        .iter()
        .filter(|p| p.split_once('.').is_some_and(|(n, _)| n == name))
        .min_by_key(|p| osa_distance(domain, p))
        .map(|p| (*p).to_owned())
}

/// The domain with a mistyped ending corrected (`company.cmo`, `kampus.ac.di`).
fn suffix(domain: &str) -> Option<String> {
    let labels: Vec<&str> = domain.split('.').collect();
    let tld = *labels.last()?;
    if labels.len() < 2
        || REAL_TLDS.contains(&tld)
        || SUFFIXES.iter().any(|s| ends_with_suffix(domain, s))
    {
        return None;
    }
    // Try the last two labels first (`co.di` → `co.id`), then the last one (`cmo` → `com`).
    for take in [2, 1] {
        if labels.len() <= take {
            continue;
        }
        let (head, tail) = labels.split_at(labels.len() - take);
        let tail = tail.join(".");
        let mut close: Vec<&str> = SUFFIXES
            .iter()
            .filter(|s| s.matches('.').count() + 1 == take && osa_distance(&tail, s) == 1)
            .copied()
            .collect();
        close.dedup();
        if let [only] = close.as_slice() {
            return Some(format!("{}.{only}", head.join(".")));
        }
    }
    None
}

fn ends_with_suffix(domain: &str, suffix: &str) -> bool {
    domain
        .strip_suffix(suffix)
        .is_some_and(|rest| rest.ends_with('.'))
}
