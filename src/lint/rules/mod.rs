//! The rules, one file each. Register a new rule in [`ALL`].

use super::rule::Rule;

/// Every rule, in documentation order.
pub static ALL: &[Rule] = &[];
