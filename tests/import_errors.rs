//! Bad input gets a clear error naming the problem.

use postwright::import::{import_bytes, import_str, ImportError, MAX_INPUT_BYTES};

#[test]
fn refuses_empty_input() {
    assert_eq!(import_bytes(b""), Err(ImportError::Empty));
    assert_eq!(import_str("  \n\t "), Err(ImportError::Empty));
    assert_eq!(ImportError::Empty.to_string(), "the file is empty");
}

#[test]
fn refuses_broken_json() {
    let error = import_str(r#"{"format": "postwright-draft", "schema_version": 1,"#).unwrap_err();
    assert!(matches!(error, ImportError::NotJson(_)), "{error:?}");
    assert!(
        error.to_string().starts_with("the JSON does not parse: "),
        "{error}"
    );
}

#[test]
fn refuses_json_of_the_wrong_shape() {
    for text in [r#"{"name": "x"}"#, "[1, 2, 3]", r#"{"@type": "Person"}"#] {
        let error = import_str(text).unwrap_err();
        assert!(
            matches!(error, ImportError::WrongShape(_)),
            "{text}: {error:?}"
        );
        assert!(error
            .to_string()
            .starts_with("not a Postwright draft or a schema.org JobPosting"));
    }
    let wrong_type = r#"{"format":"postwright-draft","schema_version":1,"posting":{"title":5}}"#;
    assert!(matches!(
        import_str(wrong_type),
        Err(ImportError::WrongShape(_))
    ));
    let wrong_format = r#"{"format":"other-tool","schema_version":1}"#;
    assert!(matches!(
        import_str(wrong_format),
        Err(ImportError::WrongShape(_))
    ));
}

#[test]
fn refuses_binary() {
    let mut bytes = b"%PDF-1.7\n".to_vec();
    bytes.extend([0, 159, 146, 150, 0, 1]);
    assert_eq!(import_bytes(&bytes), Err(ImportError::Binary));
    assert_eq!(import_bytes(&[0xff, 0xfe, 0x41]), Err(ImportError::NotUtf8));
    assert!(ImportError::Binary.to_string().contains("binary"));
}

#[test]
fn refuses_a_20_mb_file() {
    let big = vec![b'a'; 20 * 1024 * 1024];
    let error = import_bytes(&big).unwrap_err();
    assert_eq!(error, ImportError::TooLarge { bytes: big.len() });
    assert_eq!(
        error.to_string(),
        "the file is too large (20.0 MB; the limit is 2 MB)"
    );
    let just_over = "a".repeat(MAX_INPUT_BYTES + 1);
    assert!(matches!(
        import_str(&just_over),
        Err(ImportError::TooLarge { .. })
    ));
}

#[test]
fn refuses_an_unknown_schema_version() {
    let text = r#"{"format":"postwright-draft","schema_version":7,"posting":{}}"#;
    let error = import_str(text).unwrap_err();
    assert_eq!(error, ImportError::FutureVersion(7));
    assert!(error.to_string().contains("schema version 7"));
    let zero = r#"{"format":"postwright-draft","schema_version":0}"#;
    assert!(matches!(import_str(zero), Err(ImportError::WrongShape(_))));
}

#[test]
fn odd_text_never_panics_and_keeps_every_word() {
    let odd = [
        "#\n##\n**\n- \n1.\n:\n",
        "**Salary:**\n\n**Title:**",
        "Location:\nRemote (\n",
        "$$$ 1,2,3 k k £",
        "•\n•\n• x",
        "\u{feff}Title\r\nline\rline",
        "# \u{202e}evil\n- \u{200b}",
    ];
    for text in odd {
        let imported = import_str(text).unwrap();
        assert_eq!(
            postwright::import::lost_words(text, &imported),
            Vec::<String>::new(),
            "{text:?}"
        );
    }
}
