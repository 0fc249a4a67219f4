//! `App`: the top-level component.

use leptos::prelude::*;

use crate::import;

/// The whole application.
#[component]
pub fn App() -> impl IntoView {
    let posting = import::example();
    view! {
        <header class="topbar">
            <h1 class="brand">"Postwright"</h1>
        </header>
        <main class="workspace">
            <article class="preview" aria-label="Preview">
                <h2>{posting.title.clone()}</h2>
                <p class="unplaced">{posting.unplaced.clone()}</p>
            </article>
        </main>
        <footer class="footer">
            <span>"Postwright " {crate::VERSION}</span>
            " · works offline · drafts stay in this browser"
        </footer>
    }
}
