//! Native tests of the undo history (plain data in the model).

use postwright::model::{History, COALESCE_MS, DEPTH};

#[test]
fn undo_and_redo_walk_the_steps() {
    let mut history = History::default();
    history.record(&"a".to_owned(), "Add item", None, 0.0);
    history.record(&"ab".to_owned(), "Add item", None, 10.0);
    let current = "abc".to_owned();
    assert_eq!(history.undo_label(), Some("Add item"));
    let back = history.undo(&current).unwrap();
    assert_eq!(back, "ab");
    let back = history.undo(&back).unwrap();
    assert_eq!(back, "a");
    assert!(!history.can_undo());
    assert_eq!(history.undo(&back), None);
    let forward = history.redo(&back).unwrap();
    assert_eq!(forward, "ab");
    let forward = history.redo(&forward).unwrap();
    assert_eq!(forward, "abc");
    assert!(!history.can_redo());
}

#[test]
fn typing_in_one_field_coalesces_until_a_pause_or_another_field() {
    let mut history = History::default();
    history.record(&0, "Edit title", Some("field-title"), 0.0);
    history.record(&1, "Edit title", Some("field-title"), 200.0);
    history.record(&2, "Edit title", Some("field-title"), 400.0);
    assert_eq!(history.undo_depth(), 1);
    history.record(&3, "Edit company", Some("field-company"), 500.0);
    assert_eq!(history.undo_depth(), 2);
    history.record(
        &4,
        "Edit company",
        Some("field-company"),
        500.0 + COALESCE_MS + 1.0,
    );
    assert_eq!(history.undo_depth(), 3);
    // A discrete step never merges, even with itself.
    history.record(&5, "Remove item", None, 2_100.0);
    history.record(&6, "Remove item", None, 2_110.0);
    assert_eq!(history.undo_depth(), 5);
    assert_eq!(history.undo(&7), Some(6));
    assert_eq!(history.undo(&6), Some(5));
    assert_eq!(history.undo(&5), Some(4));
    assert_eq!(history.undo(&4), Some(3));
    assert_eq!(
        history.undo(&3),
        Some(0),
        "the whole typing run is one step"
    );
}

#[test]
fn a_new_edit_clears_redo_and_undo_breaks_the_typing_run() {
    let mut history = History::default();
    history.record(&0, "Edit title", Some("field-title"), 0.0);
    assert_eq!(history.undo(&1), Some(0));
    history.record(&0, "Edit title", Some("field-title"), 10.0);
    assert!(!history.can_redo());
    assert_eq!(history.undo_depth(), 1);
    history.seal();
    history.record(&1, "Edit title", Some("field-title"), 20.0);
    assert_eq!(history.undo_depth(), 2);
}

#[test]
fn keeps_at_least_fifty_steps_and_forgets_the_oldest() {
    let mut fifty = History::default();
    for step in 0..50 {
        fifty.record(&step, "Move item", None, f64::from(step));
    }
    let mut current = 50;
    for expected in (0..50).rev() {
        current = fifty.undo(&current).expect("fifty steps can be undone");
        assert_eq!(current, expected);
    }
    let mut history = History::default();
    for step in 0..(DEPTH + 10) {
        history.record(&step, "Move item", None, step as f64);
    }
    assert_eq!(history.undo_depth(), DEPTH);
    let mut current = DEPTH + 10;
    while let Some(previous) = history.undo(&current) {
        current = previous;
    }
    assert_eq!(current, 10);
}
