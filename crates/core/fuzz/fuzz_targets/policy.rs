//! Policy version files, any text: parsing never panics, and the diff of any two parsed
//! versions rebuilds both of them exactly (what the compare page shows is all there is).
#![no_main]

use jne_core::policy::{diff::diff, parse_document};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: &str| {
    // Two versions in one input, split at the first NUL; without one, the text against itself.
    let (old, new) = input.split_once('\0').unwrap_or((input, input));
    let (Ok(old), Ok(new)) = (parse_document(old), parse_document(new)) else {
        return;
    };
    for document in [&old, &new] {
        let same = diff(document, document);
        assert!(!same.summary.has_changes(), "{document:?}");
        assert_eq!(same.summary.unchanged, document.sections.len());
    }
    let changes = diff(&old, &new);
    assert_eq!(changes.old_side(), old);
    assert_eq!(changes.new_side(), new);
    let summary = changes.summary;
    assert_eq!(
        summary.changed + summary.added + summary.removed + summary.unchanged,
        changes.sections.len()
    );
});
