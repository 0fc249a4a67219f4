//! Draft storage in localStorage. The only module that touches localStorage.
//!
//! Architecture invariant: a stored value that cannot be read (damaged, or written by a newer
//! Postwright) is copied to a backup key and never overwritten; the user is told and can
//! download it. Saves compare revisions so one tab never silently overwrites another's work,
//! and a full quota leaves the last good save in place (a failed `setItem` changes nothing).

mod draft_store;
mod house_style_store;

pub use draft_store::{
    is_quota_error, sort_newest_first, Deleted, DraftStore, Listing, Problem, StoreError,
    APP_PREFIX,
};
// The envelope format is plain data and lives in the pure core, where native tests and the
// fuzz targets reach it; storage re-exports it for the UI.
pub use crate::model::{display_name, DraftMeta, Envelope, Index, ReadError, ENVELOPE_VERSION};
