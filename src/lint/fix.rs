//! Applying a [`Fix`] to a posting.

use super::diagnostic::Fix;
use crate::model::{Field, Posting};

/// Why a fix could not be applied (the posting changed since it was computed).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FixError {
    /// The field no longer exists (its list item was removed).
    MissingField(Field),
    /// The range is outside the text or not on character boundaries.
    StaleRange(Field),
    /// The text at the range is no longer the text the fix replaces.
    TextChanged {
        field: Field,
        expected: String,
        found: String,
    },
}

impl std::fmt::Display for FixError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::MissingField(field) => {
                write!(f, "the {} field no longer exists", field.section().label())
            }
            Self::StaleRange(field) => write!(
                f,
                "the text in {} changed; lint again",
                field.section().label()
            ),
            Self::TextChanged {
                field,
                expected,
                found,
            } => write!(
                f,
                "the text in {} changed ('{expected}' now reads '{found}'); lint again",
                field.section().label()
            ),
        }
    }
}

impl std::error::Error for FixError {}

/// Applies every edit of `fix`, or none of them.
///
/// Each edit must still find the text it replaces at its range: a fix computed for an older
/// text (the user typed since lint ran) is refused with [`FixError::TextChanged`] rather than
/// applied to the wrong words. Edits to the same field are applied from the end backwards, so
/// their byte ranges, computed against the unchanged text, stay valid.
pub fn apply_fix(posting: &mut Posting, fix: &Fix) -> Result<(), FixError> {
    let mut next = posting.clone();
    let mut edits: Vec<_> = fix.edits.iter().collect();
    crate::sort::sort_by(&mut edits, |a, b| {
        b.field
            .cmp(&a.field)
            .then(b.range.start.cmp(&a.range.start))
    });
    for edit in edits {
        let text = next
            .text_mut(edit.field)
            .ok_or(FixError::MissingField(edit.field))?;
        let Some(current) = text.get(edit.range.clone()) else {
            return Err(FixError::StaleRange(edit.field));
        };
        if current != edit.expected {
            return Err(FixError::TextChanged {
                field: edit.field,
                expected: edit.expected.clone(),
                found: current.to_owned(),
            });
        }
        text.replace_range(edit.range.clone(), &edit.replacement);
    }
    *posting = next;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::Edit;

    #[test]
    fn applies_edits_back_to_front() {
        let mut posting = Posting {
            title: "chairman and salesman".into(),
            ..Posting::default()
        };
        let fix = Fix {
            title: "Replace both".into(),
            edits: vec![
                Edit::new(Field::Title, 0..8, "chairman", "chair"),
                Edit::new(Field::Title, 13..21, "salesman", "salesperson"),
            ],
        };
        apply_fix(&mut posting, &fix).unwrap();
        assert_eq!(posting.title, "chair and salesperson");
    }

    #[test]
    fn stale_range_changes_nothing() {
        let mut posting = Posting {
            title: "short".into(),
            ..Posting::default()
        };
        let fix = Fix {
            title: "x".into(),
            edits: vec![
                Edit::new(Field::Title, 0..1, "s", "S"),
                Edit::new(Field::Title, 3..40, "rt", "y"),
            ],
        };
        assert_eq!(
            apply_fix(&mut posting, &fix),
            Err(FixError::StaleRange(Field::Title))
        );
        assert_eq!(posting.title, "short");
    }

    #[test]
    fn refuses_a_fix_for_text_that_changed() {
        let mut posting = Posting {
            title: "Chairman of the board".into(),
            ..Posting::default()
        };
        let fix = Fix::single(
            "Replace with 'chair'",
            Edit::new(Field::Title, 0..8, "Chairman", "Chair"),
        );
        // The user typed over the word after lint ran: same range, other words.
        posting.title = "Director of the board".into();
        assert_eq!(
            apply_fix(&mut posting, &fix),
            Err(FixError::TextChanged {
                field: Field::Title,
                expected: "Chairman".into(),
                found: "Director".into(),
            })
        );
        assert_eq!(posting.title, "Director of the board");
        posting.title = "Chairman of the board".into();
        apply_fix(&mut posting, &fix).unwrap();
        assert_eq!(posting.title, "Chair of the board");
    }

    #[test]
    fn overlapping_edits_are_refused() {
        let mut posting = Posting {
            title: "salesman".into(),
            ..Posting::default()
        };
        let fix = Fix {
            title: "x".into(),
            edits: vec![
                Edit::new(Field::Title, 0..5, "sales", "retail"),
                Edit::new(Field::Title, 2..8, "lesman", "person"),
            ],
        };
        assert!(matches!(
            apply_fix(&mut posting, &fix),
            Err(FixError::TextChanged { .. })
        ));
        assert_eq!(posting.title, "salesman");
    }
}
