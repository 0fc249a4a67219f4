//! `appearance-requirement`: requirements about looks ("polished, professional appearance").

use std::sync::OnceLock;

use crate::lint::rule::{declare_rule, Context, FieldText};
use crate::lint::word_list::{report, Entry, WordList};
use crate::lint::Diagnostic;
use crate::model::Section;

declare_rule! {
    /// Flags requirements about looks: "professional appearance", "well-groomed", "good-looking".
    ///
    /// ## What it does
    /// In the requirements, the duties, the summary and unsorted text, finds demands about
    /// how the applicant looks: a "professional", "polished", "neat", "smart", "pleasant" or
    /// "good" appearance, "well-groomed", "well presented" (of the person, not of reports or
    /// displays), "immaculate" or "smart presentation" (not of a plate or a display: "of"
    /// after it), "good-looking", "a great (nice, beautiful) smile".
    /// It also flags a photo of the applicant asked for with the application ("your resume
    /// and a recent photo", "a headshot", "a photo with your CV", "your CV with photo"), in the how-to-apply text as
    /// well.
    ///
    /// ## Why is this bad?
    /// "Professional appearance" is judged against one look: it has been used against natural
    /// Black hairstyles (which the US CROWN Act laws now protect), against people who do not
    /// dress to one gender's norms, against older and disabled people. It says nothing about
    /// the work; a dress code, if there is one, can be stated plainly.
    ///
    /// ## Example
    /// ```text
    /// Polished, professional appearance at all times.
    /// ```
    ///
    /// ## Use instead
    /// ```text
    /// Business dress for client meetings (we provide a clothing allowance).
    /// ```
    ///
    /// ## What it does not flag
    /// Looks of things ("a polished appearance for our reports", in the duties, is rare but
    /// "the appearance of the store" is common), a stated dress code or safety gear, greeting
    /// people "with a friendly smile" (what the person does, not how they look), and a
    /// sentence that tells applicants not to send a photo:
    /// ```text
    /// Keep the appearance of the store tidy. Steel-toe boots are provided.
    /// Greet guests with a friendly smile. Please do not include a photo.
    /// ```
    id: "appearance-requirement",
    category: Bias,
    severity: Warning,
    has_fix: false,
    check: check,
}

const LOOKS: &str =
    "is a requirement about looks, which invites bias and says nothing about the work";

/// Where a posting says what the person must be or do.
const CANDIDATE: &[Section] = &[
    Section::Summary,
    Section::Responsibilities,
    Section::MustHave,
    Section::NiceToHave,
    Section::Unplaced,
];

/// Things a posting asks to be "well presented" that are no person's looks.
const PRESENTED_THINGS: &[&str] = &[
    "report",
    "reports",
    "documents",
    "document",
    "proposals",
    "proposal",
    "work",
    "slides",
    "presentations",
    "displays",
    "display",
    "store",
    "shop",
    "stock",
    "data",
    "information",
    "area",
    "floor",
    "shelves",
    "rooms",
    "room",
    "it",
    "them",
    "everything",
];

static ENTRIES: &[Entry] = &[
    Entry::new("professional appearance", LOOKS),
    Entry::new("polished appearance", LOOKS),
    Entry::new("neat appearance", LOOKS),
    Entry::new("smart appearance", LOOKS),
    Entry::new("pleasant appearance", LOOKS),
    Entry::new("good appearance", LOOKS),
    Entry::new("attractive appearance", LOOKS),
    Entry::new("clean-cut", LOOKS),
    Entry::new("well-groomed", LOOKS),
    Entry::new("well groomed", LOOKS),
    // The British "well presented": of the person, not of a report or a shop floor.
    Entry::new("well presented", LOOKS)
        .unless_next(PRESENTED_THINGS)
        .unless_prev(PRESENTED_THINGS),
    Entry::new("well-presented", LOOKS)
        .unless_next(PRESENTED_THINGS)
        .unless_prev(PRESENTED_THINGS),
    Entry::new("immaculately presented", LOOKS)
        .unless_next(PRESENTED_THINGS)
        .unless_prev(PRESENTED_THINGS),
    // "Immaculate presentation" of the person (not "immaculate presentation of every dish").
    Entry::new("immaculate presentation", LOOKS).unless_next(&["of"]),
    Entry::new("immaculate personal presentation", LOOKS),
    Entry::new("smart presentation", LOOKS).unless_next(&["of"]),
    Entry::new("good-looking", LOOKS),
    Entry::new("good looking", LOOKS),
    Entry::new("great smile", LOOKS),
    Entry::new("nice smile", LOOKS),
    Entry::new("beautiful smile", LOOKS),
    Entry::new("winning smile", LOOKS),
    Entry::new("attractive smile", LOOKS),
];

const PHOTO: &str =
    "asks for a photo of the applicant, which invites judging looks, race, age and disability";

/// A photo of the applicant sent with the application.
static PHOTO_ENTRIES: &[Entry] = &[
    Entry::new("recent photo", PHOTO),
    Entry::new("recent photograph", PHOTO),
    Entry::new("photo of yourself", PHOTO),
    Entry::new("photograph of yourself", PHOTO),
    Entry::new("picture of yourself", PHOTO),
    Entry::new("headshot", PHOTO),
    Entry::new("full-length photo", PHOTO),
    // "Please include a photo with your CV".
    Entry::new("photo with your cv", PHOTO),
    Entry::new("photo with your resume", PHOTO),
    Entry::new("photo with your résumé", PHOTO),
    Entry::new("photo with your application", PHOTO),
    Entry::new("photograph with your application", PHOTO),
    Entry::new("photograph with your cv", PHOTO),
    // "Send your CV with photo", "a CV with a photo": the CV comes with it.
    Entry::new("cv with photo", PHOTO),
    Entry::new("cv with a photo", PHOTO),
    Entry::new("resume with photo", PHOTO),
    Entry::new("resume with a photo", PHOTO),
    Entry::new("cv with photograph", PHOTO),
    Entry::new("cv with a photograph", PHOTO),
];

/// Where a photo may be asked for.
const PHOTO_SECTIONS: &[Section] = &[
    Section::MustHave,
    Section::Unplaced,
    Section::HowToApply,
    Section::Summary,
];

fn photos() -> &'static WordList {
    static LIST: OnceLock<WordList> = OnceLock::new();
    LIST.get_or_init(|| WordList::new(PHOTO_ENTRIES))
}

/// True when the sentence holding `at` tells applicants not to do it ("do not send a photo").
fn declined(field: &FieldText, at: usize) -> bool {
    field.sentence_at(at).is_some_and(|sentence| {
        crate::text::has_denial_word(sentence) || sentence.to_lowercase().contains("no photo")
    })
}

fn list() -> &'static WordList {
    static LIST: OnceLock<WordList> = OnceLock::new();
    LIST.get_or_init(|| WordList::new(ENTRIES))
}

fn check(context: &Context, diagnostics: &mut Vec<Diagnostic>) {
    for field in context.texts_in(CANDIDATE) {
        report(
            &RULE,
            list(),
            field,
            |_| "State the dress code or safety gear the job needs, if any, instead of a look.",
            diagnostics,
        );
    }
    for field in context.texts_in(PHOTO_SECTIONS) {
        for found in photos().find(field) {
            if declined(field, found.span.start) {
                continue;
            }
            let words = field.text.get(found.span.clone()).unwrap_or("");
            diagnostics.push(Diagnostic::spanned(
                &RULE,
                field.field,
                found.span,
                format!("'{words}' {PHOTO}"),
                "Ask for the resume alone; meet applicants at the interview.",
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::rules::testing::{flagged, item, run, summary};
    use crate::model::{ListKind, Posting};

    #[test]
    fn flags_appearance_required() {
        let mut posting = item(ListKind::MustHave, "Polished, professional appearance");
        posting.push_item(ListKind::MustHave, "Well-groomed at all times");
        let found = flagged(&posting, &run(&RULE, &posting));
        assert_eq!(found, ["professional appearance", "Well-groomed"]);
        let posting = item(
            ListKind::MustHave,
            "Well presented, confident and articulate",
        );
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["Well presented"]);
        let posting = item(ListKind::MustHave, "Immaculate presentation");
        assert_eq!(
            flagged(&posting, &run(&RULE, &posting)),
            ["Immaculate presentation"]
        );
        let posting = item(
            ListKind::MustHave,
            "Immaculate personal presentation at all times",
        );
        assert_eq!(
            flagged(&posting, &run(&RULE, &posting)),
            ["Immaculate personal presentation"]
        );
    }

    #[test]
    fn ignores_the_look_of_things_and_dress_codes() {
        let mut posting = summary(
            "Keep the appearance of the store tidy. Business dress for client meetings. Greet guests with a friendly smile. Produce well presented reports and keep displays well presented. Check the immaculate presentation of every plate.",
        );
        posting.how_to_apply.text = "Send your resume. Please do not include a photo.".into();
        assert!(run(&RULE, &posting).is_empty());
    }

    #[test]
    fn flags_smiles_and_photos_asked_of_applicants() {
        let mut posting = item(
            ListKind::MustHave,
            "A bubbly personality and a great smile.",
        );
        posting.how_to_apply.text = "Email your resume and a recent photo.".into();
        let found = flagged(&posting, &run(&RULE, &posting));
        assert_eq!(found, ["great smile", "recent photo"]);
        let posting = Posting {
            how_to_apply: crate::model::HowToApply {
                text: "Email your CV. Please include a photo with your CV.".into(),
                ..Default::default()
            },
            ..Posting::default()
        };
        assert_eq!(
            flagged(&posting, &run(&RULE, &posting)),
            ["photo with your CV"]
        );
        let posting = Posting {
            how_to_apply: crate::model::HowToApply {
                text: "Please send your CV with photo and your salary expectations.".into(),
                ..Default::default()
            },
            ..Posting::default()
        };
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["CV with photo"]);
    }
}
