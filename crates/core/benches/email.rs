//! How long the email rule takes: validation of ordinary, international and broken
//! addresses, and suggestions for typos and for correct addresses (the common case).
//! Run with `cargo bench -p jne-core --bench email`.

use criterion::{criterion_group, criterion_main, Criterion};
use jne_core::email::{suggest, validate};
use std::hint::black_box;

const ADDRESSES: [&str; 6] = [
    "budi.santoso@gmail.com",
    "siti_rahma-99@kampus.ac.id",
    "budi@bücher.de",
    "José@example.com",
    "budi@@gmail.com",
    "bu..di@yahoo.co.id",
];

const TYPED: [&str; 5] = [
    "budi@gmial.com",
    "budi@yahoo.co.di",
    "budi@company.cmo",
    "budi@gmail.com",
    "budi@jne.co.id",
];

fn email(c: &mut Criterion) {
    c.bench_function("validate 6 addresses", |b| {
        b.iter(|| {
            for address in ADDRESSES {
                let _ = black_box(validate(black_box(address)));
            }
        })
    });
    c.bench_function("suggest 5 addresses", |b| {
        b.iter(|| {
            for address in TYPED {
                black_box(suggest(black_box(address)));
            }
        })
    });
}

criterion_group!(benches, email);
criterion_main!(benches);
