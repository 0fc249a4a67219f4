//! The posting model: plain data, no browser code, no I/O.

mod document;
mod envelope;
mod field;
mod history;
mod lint_settings;
mod list_item;
mod posting;

pub use document::{Document, DocumentError, FORMAT, MAX_INPUT_BYTES, SCHEMA_VERSION};
pub use envelope::{display_name, DraftMeta, Envelope, Index, ReadError, ENVELOPE_VERSION};
pub use field::{Field, ListKind, Section};
pub use history::{History, COALESCE_MS, DEPTH};
pub use lint_settings::{LintSettings, RuleSetting, Severity, Silenced};
pub use list_item::{ItemId, ListItem};
pub use posting::{
    EmploymentType, HowToApply, Location, OnCall, OnCallStatus, Pay, PayPeriod, Posting, WorkMode,
    UNSORTED_HEADING,
};
