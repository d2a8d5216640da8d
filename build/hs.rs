//! `content/hs.json` becomes `$OUT_DIR/hs.rs`: the products whose HS subheadings an owner can
//! look up by plain words, as `static`s of the runtime types in `src/model/hs.rs` (in both
//! languages, where the later part uses them). Unknown fields, a wrong type, a subheading that
//! is not six digits or not listed, or a product type the questionnaire lacks fail the build;
//! the rest (texts, sources, every product found by its own words) is tested.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::Path;

use serde::Deserialize;

use super::content::{Questionnaire, Source, Text, index_of, sources};

const FILE: &str = "content/hs.json";

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Catalog {
    sources: Vec<Source>,
    headings: Vec<Heading>,
    products: Vec<Product>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Heading {
    code: String,
    description: Text,
    sources: Vec<Source>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Product {
    id: String,
    product_type: String,
    name: Text,
    synonyms: Vec<String>,
    headings: Vec<String>,
    note: Option<Text>,
}

pub fn generate(out_dir: &Path, questionnaire: &Questionnaire) {
    println!("cargo::rerun-if-changed={FILE}");
    let json = std::fs::read_to_string(FILE).unwrap_or_else(|e| panic!("{FILE}: {e}"));
    let mut deserializer = serde_json::Deserializer::from_str(&json);
    let catalog: Catalog = serde_path_to_error::deserialize(&mut deserializer)
        .unwrap_or_else(|e| panic!("{FILE}: {}: {}", e.path(), e.inner()));
    std::fs::write(out_dir.join("hs.rs"), rust(&catalog, questionnaire)).expect("write hs.rs");
}

fn rust(catalog: &Catalog, q: &Questionnaire) -> String {
    let mut seen = BTreeSet::new();
    for heading in &catalog.headings {
        let code = &heading.code;
        assert!(
            code.len() == 6 && code.bytes().all(|b| b.is_ascii_digit()),
            "{FILE}: heading `{code}`: write the six digits, without dots"
        );
        assert!(
            seen.insert(code.as_str()),
            "{FILE}: heading `{code}` is listed twice"
        );
    }
    assert!(
        catalog.headings.len() <= usize::from(u8::MAX),
        "{FILE}: at most 255 headings (products name them by one byte)"
    );
    let mut ids = BTreeSet::new();
    let mut code = String::from(
        "/// The HS catalogue, compiled from `content/hs.json` by the build script.\n\
         pub static HS_CATALOG: HsCatalog = HsCatalog {\nheadings: &[\n",
    );
    for heading in &catalog.headings {
        writeln!(
            code,
            "HsHeading {{ code: {}, description: {} }},",
            heading.code.parse::<u32>().expect("six digits"),
            pair(&heading.description)
        )
        .unwrap();
    }
    code.push_str("],\nproducts: &[\n");
    for (i, product) in catalog.products.iter().enumerate() {
        let item = format!("products[{i}] ({})", product.id);
        assert!(
            ids.insert(product.id.as_str()),
            "{FILE}: {item}: the id is used twice"
        );
        assert!(
            (1..=3).contains(&product.headings.len()),
            "{FILE}: {item}: give one to three headings, the likeliest first"
        );
        let types = q.product_types.iter().map(|t| t.id.as_str());
        let product_type = index_of(FILE, types, &product.product_type, "product type", &item);
        let headings: Vec<String> = product
            .headings
            .iter()
            .map(|heading| {
                let codes = catalog.headings.iter().map(|h| h.code.as_str());
                index_of(FILE, codes, heading, "heading", &item).to_string()
            })
            .collect();
        assert!(
            product.synonyms.iter().all(|s| !s.contains('|')),
            "{FILE}: {item}: a synonym holds `|`, which separates them"
        );
        writeln!(
            code,
            "HsProduct {{ id: {}, product_type: {product_type}, name: {}, synonyms: {}, \
             headings: &[{}], note: {} }},",
            crate::rust_str(&product.id),
            pair(&product.name),
            crate::rust_str(&product.synonyms.join("|")),
            headings.join(", "),
            product
                .note
                .as_ref()
                .map_or_else(|| "None".to_owned(), |note| format!("Some({})", pair(note))),
        )
        .unwrap();
    }
    code.push_str("] };\n");
    let cited: Vec<String> = catalog
        .headings
        .iter()
        .map(|h| sources(&h.sources))
        .collect();
    writeln!(
        code,
        "\n/// Where the catalogue's codes come from, compiled from the same file.\n\
         pub static HS_CITED: HsCited = HsCited {{ catalog: {}, headings: &[\n{}\n] }};",
        sources(&catalog.sources),
        cited.join(",\n")
    )
    .unwrap();
    code
}

/// `t` as a `Pair` written inline.
fn pair(t: &Text) -> String {
    format!(
        "Pair {{ id: {}, en: {} }}",
        crate::rust_str(&t.id),
        crate::rust_str(&t.en)
    )
}
