//! `ScoreCard`: the posting's score, its gender-coding meter and its writing guidance (you and
//! we, reading level, share of must-haves), each explained in plain words (the explanations
//! come from the lint engine).

use leptos::prelude::*;

use crate::lint::{guidance, GenderVerdict, Grade, GuidanceItem};
use crate::ui::state::EditorState;

/// CSS class of a grade.
fn grade_class(grade: Grade) -> &'static str {
    match grade {
        Grade::Excellent => "grade excellent",
        Grade::Good => "grade good",
        Grade::NeedsWork => "grade needs-work",
        Grade::Poor => "grade poor",
    }
}

/// "Strongly masculine-coded" from "strongly masculine-coded".
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// "lead (2), driven" from coded words and their counts.
fn word_list(words: &[(String, usize)]) -> String {
    if words.is_empty() {
        return "none".to_owned();
    }
    words
        .iter()
        .map(|(word, count)| {
            if *count > 1 {
                format!("{word} (\u{00d7}{count})")
            } else {
                word.clone()
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The writing guidance: one line per measure, with its suggestion when past the threshold.
fn guidance_view(items: Vec<GuidanceItem>) -> impl IntoView {
    items
        .into_iter()
        .map(|item| {
            let suggested = item.suggestion.is_some();
            view! {
                <li class="guidance-item" class:suggested=suggested data-guidance=item.id>
                    <span class="guidance-label">{item.label}</span>
                    <span class="guidance-value">{item.value}</span>
                    <span class="guidance-explanation">{item.explanation}</span>
                    {item.suggestion.map(|text| view! {
                        <span class="guidance-suggestion"><strong>"Suggestion: "</strong>{text}</span>
                    })}
                </li>
            }
        })
        .collect_view()
}

/// The guidance in one line: "You and we 13 you, 9 we · Reading level grade 7 · 1 suggestion".
fn digest(items: &[GuidanceItem]) -> String {
    let mut parts: Vec<String> = items
        .iter()
        .map(|item| format!("{} {}", item.label, item.value))
        .collect();
    match items
        .iter()
        .filter(|item| item.suggestion.is_some())
        .count()
    {
        0 => {}
        1 => parts.push("1 suggestion".to_owned()),
        count => parts.push(format!("{count} suggestions")),
    }
    parts.join(" \u{00b7} ")
}

/// Score and gender meter, side by side on wide panels; the writing guidance below them.
#[component]
pub fn ScoreCard() -> impl IntoView {
    let state = expect_context::<EditorState>();
    let score = state.score;
    let meter = state.gender_meter;
    let value = move || score.with(|score| score.value);
    let masculine = Memo::new(move |_| {
        meter.with(|meter| meter.masculine.iter().map(|(_, n)| n).sum::<usize>())
    });
    let feminine = Memo::new(move |_| {
        meter.with(|meter| meter.feminine.iter().map(|(_, n)| n).sum::<usize>())
    });
    let masculine_share = move || {
        let total = masculine.get() + feminine.get();
        if total == 0 {
            50.0
        } else {
            masculine.get() as f64 * 100.0 / total as f64
        }
    };
    // From the linted draft, so a very long posting is measured when typing pauses, like lint.
    let guidance_items =
        Memo::new(move |_| state.linted.with(|document| guidance(&document.posting)));
    let verdict_class = move || {
        meter.with(|meter| match meter.verdict {
            GenderVerdict::Neutral => "verdict balanced",
            _ => "verdict leaning",
        })
    };
    view! {
        <div class="score-row">
            <section class="score-card" aria-labelledby="score-heading">
                <h2 id="score-heading" class="card-title">"Score"</h2>
                <p class="score-value">
                    <span class="score-number">{value}</span>
                    <span class="score-out-of">"/100"</span>
                    <span class=move || score.with(|score| grade_class(score.grade))>
                        {move || score.with(|score| score.grade.label())}
                    </span>
                </p>
                <div class="score-bar" aria-hidden="true">
                    <span
                        class=move || score.with(|score| grade_class(score.grade))
                        style:width=move || format!("{}%", value())
                    ></span>
                </div>
                <p class="explanation">{move || score.with(|score| score.explanation.clone())}</p>
            </section>
            <section class="gender-card" aria-labelledby="gender-heading">
                <h2 id="gender-heading" class="card-title">"Gender coding"</h2>
                <p class=verdict_class>
                    {move || meter.with(|meter| capitalised(meter.verdict.label()))}
                </p>
                <div
                    class="gender-bar"
                    class:empty=move || masculine.get() + feminine.get() == 0
                    role="img"
                    aria-label=move || {
                        format!(
                            "{} masculine-coded and {} feminine-coded words",
                            masculine.get(),
                            feminine.get(),
                        )
                    }
                >
                    <span class="masculine" style:width=move || format!("{}%", crate::text::decimal(masculine_share(), 1, false))></span>
                    <span class="feminine"></span>
                </div>
                <p class="gender-legend" aria-hidden="true">
                    <span>{move || format!("Masculine {}", masculine.get())}</span>
                    <span>{move || format!("Feminine {}", feminine.get())}</span>
                </p>
                <p class="explanation">{move || meter.with(|meter| meter.explanation.clone())}</p>
                <details class="coded-words">
                    <summary>"Coded words"</summary>
                    <p>
                        <strong>"Masculine-coded: "</strong>
                        {move || meter.with(|meter| word_list(&meter.masculine))}
                    </p>
                    <p>
                        <strong>"Feminine-coded: "</strong>
                        {move || meter.with(|meter| word_list(&meter.feminine))}
                    </p>
                </details>
            </section>
            // Closed by default, one line tall, so the findings start near the top of the
            // column; its line says each measure and how many suggestions wait inside.
            <details class="guidance-card">
                <summary>
                    <h2 id="guidance-heading" class="card-title">"Writing guidance"</h2>
                    <span class="guidance-digest">
                        {move || guidance_items.with(|items| digest(items))}
                    </span>
                </summary>
                <ul class="guidance-list">{move || guidance_view(guidance_items.get())}</ul>
            </details>
        </div>
    }
}
