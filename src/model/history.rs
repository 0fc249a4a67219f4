//! `History`: the undo and redo stacks, as plain data.
//!
//! Snapshots rather than inverse operations: a posting is small, and a snapshot cannot get out
//! of step with the document. Consecutive typing in one field within [`COALESCE_MS`] is one step.

use std::collections::VecDeque;

/// How many steps undo reaches back.
pub const DEPTH: usize = 100;

/// Typing in the same field with pauses shorter than this merges into one undo step.
pub const COALESCE_MS: f64 = 1_500.0;

/// Undo and redo stacks of snapshots of `T`.
#[derive(Clone, Debug, PartialEq)]
pub struct History<T> {
    /// States before each step with the step's label, oldest first.
    past: VecDeque<(T, String)>,
    /// States undone with their step's label, most recently undone last.
    future: Vec<(T, String)>,
    /// The coalescing key and time of the last recorded step, while it may still grow.
    open_group: Option<(String, f64)>,
}

impl<T> Default for History<T> {
    fn default() -> Self {
        Self {
            past: VecDeque::new(),
            future: Vec::new(),
            open_group: None,
        }
    }
}

impl<T: Clone> History<T> {
    /// Records that the state is about to change from `before`.
    ///
    /// `group` names a run of typing (`Some("field-title")`): a step with the same group as the
    /// previous one, within [`COALESCE_MS`], extends it instead of adding a step. `None` is
    /// always a step of its own (add, remove, move, a lint fix).
    pub fn record(&mut self, before: &T, label: &str, group: Option<&str>, now_ms: f64) {
        self.future.clear();
        let extends = match (&self.open_group, group) {
            (Some((open, last_ms)), Some(group)) => {
                open == group && now_ms - last_ms <= COALESCE_MS
            }
            _ => false,
        };
        self.open_group = group.map(|group| (group.to_owned(), now_ms));
        if extends {
            return;
        }
        self.past.push_back((before.clone(), label.to_owned()));
        if self.past.len() > DEPTH {
            self.past.pop_front();
        }
    }

    /// Ends the current typing group, so the next edit is a step of its own.
    pub fn seal(&mut self) {
        self.open_group = None;
    }

    /// Steps back: returns the state to show, given the `current` one.
    pub fn undo(&mut self, current: &T) -> Option<T> {
        let (previous, label) = self.past.pop_back()?;
        self.future.push((current.clone(), label));
        self.open_group = None;
        Some(previous)
    }

    /// Steps forward again after an undo.
    pub fn redo(&mut self, current: &T) -> Option<T> {
        let (next, label) = self.future.pop()?;
        self.past.push_back((current.clone(), label));
        self.open_group = None;
        Some(next)
    }

    /// True when there is a step to undo.
    pub fn can_undo(&self) -> bool {
        !self.past.is_empty()
    }

    /// True when there is a step to redo.
    pub fn can_redo(&self) -> bool {
        !self.future.is_empty()
    }

    /// The label of the step undo would revert ("Edit Job title").
    pub fn undo_label(&self) -> Option<&str> {
        self.past.back().map(|(_, label)| label.as_str())
    }

    /// The label of the step redo would repeat.
    pub fn redo_label(&self) -> Option<&str> {
        self.future.last().map(|(_, label)| label.as_str())
    }

    /// Number of steps that can be undone.
    pub fn undo_depth(&self) -> usize {
        self.past.len()
    }

    /// Forgets everything (another draft was opened).
    pub fn clear(&mut self) {
        *self = Self::default();
    }
}
