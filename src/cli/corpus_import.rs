//! The importer's expectations for `postwright corpus`: what counts as a bad import of a real
//! posting. The logic lives in [`crate::import::import_problems`] so native tests share it.

use crate::import::{import_problems, Imported};

/// Problems with the import of one corpus posting (`text` is the posting without its
/// provenance header). Empty when the import looks right. Each problem names the file.
pub fn check(name: &str, text: &str, imported: &Imported) -> Vec<String> {
    import_problems(text, imported)
        .into_iter()
        .map(|problem| format!("{name}: import: {problem}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::import_str;

    #[test]
    fn passes_the_example() {
        let imported = import_str(crate::import::EXAMPLE_TEXT).unwrap();
        assert_eq!(
            check("example", crate::import::EXAMPLE_TEXT, &imported),
            Vec::<String>::new()
        );
    }

    #[test]
    fn flags_lost_text_and_a_missing_title() {
        let text = "Platform Engineer\n\n## Responsibilities\n- Run the platform\n";
        let mut imported = import_str(text).unwrap();
        imported.document.posting.title.clear();
        imported.document.posting.responsibilities.clear();
        let problems = check("x.md", text, &imported);
        assert_eq!(problems.len(), 3, "{problems:#?}");
        assert!(problems[0].starts_with("x.md: import: no title found"));
        assert!(problems[1].contains("nothing in responsibilities"));
        assert!(problems[2].contains("text lost"));
    }
}
