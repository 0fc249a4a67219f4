//! Draft storage in localStorage. The only module that touches localStorage.
