//! Download file names: a slug of the title and the date.

use crate::model::Posting;

/// Longest slug kept from a title.
const MAX_SLUG: usize = 60;

/// `senior-backend-engineer-2026-03-01.html`: lower-case ASCII letters, digits and hyphens
/// only; "posting" when the title has none. `extension` is given without the dot.
pub fn file_name(posting: &Posting, extension: &str, date: &str) -> String {
    let mut slug = String::new();
    for c in posting.title.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
        if slug.len() >= MAX_SLUG {
            break;
        }
    }
    let mut slug = slug.trim_matches('-').to_owned();
    if slug.is_empty() {
        slug = "posting".to_owned();
    }
    let date: String = date
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '-')
        .collect();
    let date = date.trim_matches('-');
    if !date.is_empty() {
        slug.push('-');
        slug.push_str(date);
    }
    let extension: String = extension
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    if extension.is_empty() {
        slug
    } else {
        format!("{slug}.{extension}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn titled(title: &str) -> Posting {
        Posting {
            title: title.into(),
            ..Posting::default()
        }
    }

    #[test]
    fn slugs_the_title() {
        assert_eq!(
            file_name(
                &titled("Senior Backend Engineer (m/f/d)"),
                "html",
                "2026-03-01"
            ),
            "senior-backend-engineer-m-f-d-2026-03-01.html"
        );
        assert_eq!(
            file_name(&titled("../../etc/passwd"), ".json", "2026-03-01"),
            "etc-passwd-2026-03-01.json"
        );
    }

    #[test]
    fn falls_back_to_posting() {
        assert_eq!(file_name(&titled("日本語"), "md", ""), "posting.md");
        assert_eq!(
            file_name(&titled(""), "txt", "2026/03/01"),
            "posting-20260301.txt"
        );
    }
}
