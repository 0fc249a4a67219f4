//! The importer's expectations for `postwright corpus`: what counts as a bad import of a real
//! posting. The logic lives in [`crate::import::import_problems`] so native tests share it.

use crate::import::{import_problems, words_kept, Imported};

/// Problems with the import of one corpus posting (`text` is the posting without its
/// provenance header). Empty when the import looks right. Each problem names the file.
pub fn check(name: &str, text: &str, imported: &Imported) -> Vec<String> {
    import_problems(text, imported)
        .into_iter()
        .map(|problem| format!("{name}: import: {problem}"))
        .collect()
}

/// Words kept and roles found over a corpus run, for its summary line.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    /// Words outside structure, over all postings.
    pub words: usize,
    /// Of those, the words the drafts hold.
    pub kept: usize,
    /// Postings that lost at least one word.
    pub losing: usize,
    /// Postings found to hold several roles, with their number of roles.
    pub multi_role: Vec<(String, usize)>,
}

impl Tally {
    /// Adds one imported posting.
    pub fn add(&mut self, name: &str, text: &str, imported: &Imported) {
        let report = words_kept(text, imported);
        self.words += report.total;
        self.kept += report.kept;
        self.losing += usize::from(!report.lost.is_empty());
        if !imported.roles.is_empty() {
            self.multi_role
                .push((name.to_owned(), imported.roles.len()));
        }
    }

    /// Adds the tally of another run (one file).
    pub fn merge(&mut self, other: Tally) {
        self.words += other.words;
        self.kept += other.kept;
        self.losing += other.losing;
        self.multi_role.extend(other.multi_role);
    }

    /// `words kept: 63,000 of 63,000 outside headings (100.00%), 0 postings lose some;
    /// multi-role: a.md (4 roles), ...`
    pub fn summary(&self) -> String {
        let percent = if self.words == 0 {
            100.0
        } else {
            self.kept as f64 * 100.0 / self.words as f64
        };
        let roles = if self.multi_role.is_empty() {
            "none".to_owned()
        } else {
            self.multi_role
                .iter()
                .map(|(name, count)| format!("{name} ({count} roles)"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        format!(
            "words kept: {} of {} outside headings and labels ({percent:.2}%), {} posting(s) lose some; multi-role: {roles}",
            self.kept, self.words, self.losing
        )
    }
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
    fn tallies_words_kept_and_roles() {
        let text = "# Cook\n\nWe cook.\n";
        let imported = import_str(text).unwrap();
        let mut tally = Tally::default();
        tally.add("cook.md", text, &imported);
        assert_eq!((tally.words, tally.kept, tally.losing), (3, 3, 0));
        let mut lossy = import_str(text).unwrap();
        lossy.document.posting.summary.clear();
        let mut more = Tally::default();
        more.add("lossy.md", text, &lossy);
        tally.merge(more);
        assert_eq!((tally.words, tally.kept, tally.losing), (6, 4, 1));
        assert_eq!(
            tally.summary(),
            "words kept: 4 of 6 outside headings and labels (66.67%), 1 posting(s) lose some; multi-role: none"
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
