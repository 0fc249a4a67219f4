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
        }
    }
}

impl std::error::Error for FixError {}

/// Applies every edit of `fix`, or none of them.
///
/// Edits to the same field are applied from the end backwards, so their byte ranges, computed
/// against the unchanged text, stay valid.
pub fn apply_fix(posting: &mut Posting, fix: &Fix) -> Result<(), FixError> {
    let mut next = posting.clone();
    let mut edits: Vec<_> = fix.edits.iter().collect();
    edits.sort_by(|a, b| {
        b.field
            .cmp(&a.field)
            .then(b.range.start.cmp(&a.range.start))
    });
    for edit in edits {
        let text = next
            .text_mut(edit.field)
            .ok_or(FixError::MissingField(edit.field))?;
        if text.get(edit.range.clone()).is_none() {
            return Err(FixError::StaleRange(edit.field));
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
                Edit {
                    field: Field::Title,
                    range: 0..8,
                    replacement: "chair".into(),
                },
                Edit {
                    field: Field::Title,
                    range: 13..21,
                    replacement: "salesperson".into(),
                },
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
                Edit {
                    field: Field::Title,
                    range: 0..1,
                    replacement: "S".into(),
                },
                Edit {
                    field: Field::Title,
                    range: 3..40,
                    replacement: "y".into(),
                },
            ],
        };
        assert_eq!(
            apply_fix(&mut posting, &fix),
            Err(FixError::StaleRange(Field::Title))
        );
        assert_eq!(posting.title, "short");
    }
}
