//! Rebuilds the app when an interface string changes: leptos_i18n's `load_locales!` reads
//! `locales/*.json` at compile time, and a procedural macro cannot tell Cargo which files it read.

fn main() {
    println!("cargo:rerun-if-changed=locales");
}
