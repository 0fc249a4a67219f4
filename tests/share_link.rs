//! Share links over real documents: every fixture and, when `POSTWRIGHT_CORPUS` (or
//! `../shared/corpus`) is there, every corpus posting goes into a link and back unchanged;
//! damaged links (cut short, a character changed) are refused and never read as another draft.

#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;

use postwright::export::share_link::{
    compressed_from_fragment, decode, document_from_payload, encode, fragment_from_compressed,
    link, ShareError, LINK_LIMIT,
};
use postwright::import::{import_bytes, import_str};
use postwright::model::Document;

fn fixtures() -> Vec<(String, Document)> {
    let folder = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut documents = vec![(
        "built-in example".to_owned(),
        Document::new(postwright::import::example()),
    )];
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&folder)
        .expect("fixtures readable")
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| path.is_file())
        .collect();
    paths.sort();
    for path in paths {
        let bytes = std::fs::read(&path).expect("fixture readable");
        if let Ok(imported) = import_bytes(&bytes) {
            documents.push((path.display().to_string(), imported.document));
        }
    }
    assert!(documents.len() > 5, "fixtures found: {}", documents.len());
    documents
}

/// The corpus postings as documents, or `None` (with a note) when the corpus is absent.
fn corpus() -> Option<Vec<(String, Document)>> {
    let folder = std::env::var("POSTWRIGHT_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|_| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"))
        .join("postings");
    let Ok(entries) = std::fs::read_dir(&folder) else {
        eprintln!(
            "no corpus at {}; skipping the corpus share links",
            folder.display()
        );
        return None;
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "md"))
        .collect();
    paths.sort();
    let documents = paths
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).expect("posting readable");
            let imported = import_str(&text).expect("corpus postings import");
            (path.display().to_string(), imported.document)
        })
        .collect();
    Some(documents)
}

/// Round trip: the link reads back as the same document, or the draft is refused as too long.
fn check_round_trip(name: &str, document: &Document) -> bool {
    match encode(document) {
        Ok(fragment) => {
            assert!(fragment.len() <= LINK_LIMIT, "{name}");
            assert_eq!(decode(&fragment).as_ref(), Ok(document), "{name}");
            true
        }
        Err(ShareError::TooLong { length }) => {
            assert!(length > LINK_LIMIT, "{name}");
            false
        }
        Err(other) => panic!("{name}: {other}"),
    }
}

#[test]
fn fixtures_round_trip() {
    for (name, document) in fixtures() {
        assert!(check_round_trip(&name, &document), "{name} is too long");
    }
}

#[test]
fn corpus_postings_round_trip() {
    let Some(documents) = corpus() else {
        return;
    };
    let fitting = documents
        .iter()
        .filter(|(name, document)| check_round_trip(name, document))
        .count();
    eprintln!(
        "{fitting} of {} corpus postings fit in a share link",
        documents.len()
    );
    // Most real postings fit; the longest ones are refused with the "export a file" message.
    assert!(fitting * 4 >= documents.len() * 3, "only {fitting} fit");
}

#[test]
fn the_limit_counts_the_whole_link() {
    let (_, document) = fixtures().remove(0);
    let fragment = encode(&document).expect("fits");
    let room = LINK_LIMIT - fragment.len();
    let base = format!("https://example.org/{}", "a".repeat(room - 20));
    assert!(link(&base, &document).is_ok());
    let base = format!("{base}b");
    assert_eq!(
        link(&base, &document),
        Err(ShareError::TooLong {
            length: LINK_LIMIT + 1
        })
    );
}

/// Every way of damaging a link gives an error, or (when the change only touched bits the
/// format ignores) the very same draft: never a panic and never some other draft.
fn check_damage(name: &str, document: &Document) {
    let Ok(fragment) = encode(document) else {
        return;
    };
    let data_start = "#share=v1.".len();
    let step = (fragment.len() / 41).max(1);
    for cut in (0..fragment.len()).step_by(step) {
        assert!(decode(&fragment[..cut]).is_err(), "{name}: cut at {cut}");
    }
    assert!(decode(&fragment[..fragment.len() - 1]).is_err(), "{name}");
    let bytes = fragment.as_bytes();
    for position in (data_start..fragment.len()).step_by(step) {
        for replacement in [b'A', b'-', b'%'] {
            if bytes[position] == replacement {
                continue;
            }
            let mut damaged = bytes.to_vec();
            damaged[position] = replacement;
            let damaged = String::from_utf8(damaged).expect("ASCII");
            match decode(&damaged) {
                Err(_) => {}
                Ok(read) => assert_eq!(&read, document, "{name}: changed at {position}"),
            }
        }
    }
    // A changed byte inside the compressed data is caught by the checksum or the inflater.
    let compressed = compressed_from_fragment(&fragment).expect("reads");
    for position in (0..compressed.len()).step_by(step) {
        let mut damaged = compressed.clone();
        damaged[position] ^= 0x5a;
        match decode(&fragment_from_compressed(&damaged)) {
            Err(_) => {}
            Ok(read) => assert_eq!(&read, document, "{name}: byte {position}"),
        }
    }
}

#[test]
fn damaged_fixture_links_are_refused() {
    for (name, document) in fixtures() {
        check_damage(&name, &document);
    }
}

#[test]
fn damaged_corpus_links_are_refused() {
    let Some(documents) = corpus() else {
        return;
    };
    for (name, document) in documents.iter().step_by(7) {
        check_damage(name, document);
    }
}

#[test]
fn bytes_that_are_not_a_draft_are_refused() {
    assert!(matches!(
        document_from_payload(&[0xff, 0xfe, 0x00]),
        Err(ShareError::BadDraft(_))
    ));
    assert!(matches!(
        document_from_payload(b"[]"),
        Err(ShareError::BadDraft(_))
    ));
}
