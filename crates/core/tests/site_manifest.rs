//! The site manifest against the files it speaks of: each bundle's page at the root of the
//! checkout names its binary (`data-bin`), each binary is a `[[bin]]` of the app crate, and no
//! page or binary is left out of the manifest (the build scripts find the pages by `data-bin`).

use std::path::Path;

use jne_core::site::{BUNDLES, EMBED};

fn checkout() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

/// (page, binary) of every HTML file at the root that Trunk builds a binary from.
fn trunk_pages() -> Vec<(String, String)> {
    let mut pages: Vec<(String, String)> = std::fs::read_dir(checkout())
        .expect("checkout")
        .filter_map(|entry| entry.ok())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".html"))
        .filter_map(|name| {
            let html = std::fs::read_to_string(checkout().join(&name)).ok()?;
            let rest = html.split("data-bin=\"").nth(1)?;
            Some((name, rest.split('"').next()?.to_owned()))
        })
        .collect();
    pages.sort();
    pages
}

#[test]
fn every_bundle_page_names_its_binary_and_no_page_is_left_out() {
    let mut listed: Vec<(String, String)> = BUNDLES
        .iter()
        .map(|b| (b.html.to_owned(), b.bin.to_owned()))
        .collect();
    listed.sort();
    assert_eq!(trunk_pages(), listed);
}

#[test]
fn every_binary_is_one_of_the_app_crate() {
    let manifest = std::fs::read_to_string(checkout().join("Cargo.toml")).expect("Cargo.toml");
    let mut bins: Vec<&str> = manifest
        .split("[[bin]]")
        .skip(1)
        .filter_map(|section| section.split("name = \"").nth(1)?.split('"').next())
        .collect();
    bins.sort();
    let mut listed: Vec<&str> = BUNDLES.iter().map(|b| b.bin).chain([EMBED.bin]).collect();
    listed.sort();
    assert_eq!(bins, listed);
}

#[test]
fn the_embedded_module_is_built_from_its_page_and_served_from_its_folder() {
    let html = std::fs::read_to_string(checkout().join(EMBED.html)).expect("the embed's page");
    assert!(
        html.contains(&format!("data-bin=\"{}\"", EMBED.bin)),
        "{html}"
    );
    assert!(EMBED.loader.starts_with(EMBED.dir));
    let loader = EMBED.loader.trim_start_matches(EMBED.dir);
    assert!(checkout().join("static/embed").join(loader).is_file());
}
