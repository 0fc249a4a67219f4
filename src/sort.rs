//! One sort for the whole crate.
//!
//! The standard library's sorts are generic over the element and the comparison, so every
//! `sort_by_key(|x| ...)` call site compiles its own copy of driftsort or ipnsort (about 3.5 KB
//! of wasm each before compression; the release build had some twenty of them from this crate).
//! Here the sorting itself happens once, on indices, through a `dyn` comparison
//! ([`order`]); the generic part left per call site is a short loop that moves the elements
//! into that order, and a short insertion sort for slices of 32 elements or fewer. Every
//! sort in this crate's non-test code goes through these functions.
//!
//! Short slices are sorted in place by insertion, which is small code and the quickest for a
//! few elements. All of them are stable: equal elements keep their order. That is also a valid
//! result where an unstable sort would do.

use std::cmp::Ordering;

/// The positions `0..len` in the order `compare` puts them, ties kept in position order. The
/// one place that sorts: compiled once, whatever is being sorted.
fn order(len: usize, compare: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut positions: Vec<usize> = (0..len).collect();
    positions.sort_by(|&a, &b| compare(a, b));
    positions
}

/// Moves the elements of `items` into `positions` order (a permutation of its indices, from
/// [`order`]): afterwards `items[i]` is the element that was at `positions[i]`. Swaps along each
/// cycle of the permutation, so nothing is cloned or allocated per element.
fn arrange<T>(items: &mut [T], positions: &[usize]) {
    let mut placed = vec![false; positions.len()];
    for start in 0..positions.len() {
        let mut at = start;
        while !placed[at] {
            placed[at] = true;
            let from = positions[at];
            if from == start {
                break;
            }
            items.swap(at, from);
            at = from;
        }
    }
}

/// Slices up to this long are sorted in place by insertion: no allocation, and the
/// comparison inlined. Most sorts here are of a few words or findings.
const SMALL: usize = 32;

/// Sorts `items` by `compare`, keeping equal elements in their order (like `slice::sort_by`).
pub fn sort_by<T>(items: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    if items.len() < 2 {
        return;
    }
    if items.len() <= SMALL {
        for end in 1..items.len() {
            let mut at = end;
            while at > 0 && compare(&items[at - 1], &items[at]) == Ordering::Greater {
                items.swap(at - 1, at);
                at -= 1;
            }
        }
        return;
    }
    let positions = order(items.len(), &mut |a, b| compare(&items[a], &items[b]));
    arrange(items, &positions);
}

/// Sorts `items` by the key `key` gives each element (like `slice::sort_by_key`). The key is
/// worked out again for each comparison: use [`sort_by_cached_key`] when that is costly.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` by the key `key` gives each element, working each key out once (like
/// `slice::sort_by_cached_key`).
pub fn sort_by_cached_key<T, K: Ord>(items: &mut [T], key: impl FnMut(&T) -> K) {
    if items.len() < 2 {
        return;
    }
    let keys: Vec<K> = items.iter().map(key).collect();
    let positions = order(keys.len(), &mut |a, b| keys[a].cmp(&keys[b]));
    arrange(items, &positions);
}

/// Sorts `items` in their natural order (like `slice::sort`).
pub fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, T::cmp);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_the_standard_library_and_keeps_ties_in_order() {
        // Pairs sorted by their first half only: the second half shows the tie order.
        let mut seed = 7u32;
        let mut items: Vec<(u8, u32)> = (0..500)
            .map(|i| {
                seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                ((seed >> 16) as u8 % 13, i)
            })
            .collect();
        let mut expected = items.clone();
        expected.sort_by_key(|pair| pair.0);
        sort_by_key(&mut items, |pair| pair.0);
        assert_eq!(items, expected);
        let mut cached = expected.clone();
        cached.reverse();
        let mut std_cached = cached.clone();
        std_cached.sort_by_key(|pair| std::cmp::Reverse(pair.0));
        sort_by_cached_key(&mut cached, |pair| std::cmp::Reverse(pair.0));
        assert_eq!(cached, std_cached);
    }

    #[test]
    fn sorts_owned_values_without_losing_any() {
        let mut words: Vec<String> = ["pear", "apple", "fig", "apple", ""]
            .map(String::from)
            .to_vec();
        sort(&mut words);
        assert_eq!(words, ["", "apple", "apple", "fig", "pear"]);
        let mut empty: Vec<String> = Vec::new();
        sort(&mut empty);
        assert!(empty.is_empty());
        for len in [2, 3, SMALL, SMALL + 1, 40] {
            let mut small: Vec<(u8, usize)> = (0..len).map(|i| ((i * 7 % 5) as u8, i)).collect();
            let mut expected = small.clone();
            expected.sort_by_key(|pair| pair.0);
            sort_by_key(&mut small, |pair| pair.0);
            assert_eq!(small, expected, "{len}");
        }
        let mut by_length = vec!["ccc", "a", "bb", "d"];
        sort_by(&mut by_length, |a, b| b.len().cmp(&a.len()));
        assert_eq!(by_length, ["ccc", "bb", "a", "d"]);
    }
}
