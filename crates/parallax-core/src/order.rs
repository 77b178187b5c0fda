//! Stable sorting through one compiled sort routine.
//!
//! `slice::sort_by` is generic over the element and the comparator, so every call site compiles
//! its own copy of the standard library's driftsort (3–4 KB of WebAssembly each). The app's views
//! sort in about twenty places; together those copies were ~85 KB of the app's wasm before this
//! module. Here the sorting itself is done once, on indices, through a `&mut dyn FnMut`
//! comparator ([`sort_indices`]); the generic wrappers only build the index list and move the
//! elements into place, which is a few dozen bytes per call site.
//!
//! The results are exactly those of `sort_by` / `sort_by_key`: stable (equal elements keep their
//! order), and the comparator sees the same pairs of elements. Use these in code the app runs;
//! build-time and parser code may use the standard sorts freely.

use std::cmp::Ordering;

/// Sorts `idx` stably with `cmp`, which compares the values the indices stand for. The one place
/// the standard sort is instantiated for this module's callers.
#[inline(never)]
pub fn sort_indices(idx: &mut [usize], cmp: &mut dyn FnMut(usize, usize) -> Ordering) {
    idx.sort_by(|&a, &b| cmp(a, b));
}

/// Like `v.sort_by(cmp)`: stable.
pub fn sort_by<T>(v: &mut Vec<T>, mut cmp: impl FnMut(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let mut idx: Vec<usize> = (0..v.len()).collect();
    {
        let items: &[T] = v;
        sort_indices(&mut idx, &mut |a, b| cmp(&items[a], &items[b]));
    }
    permute(v, &idx);
}

/// Like `v.sort_by_key(key)`: stable, the key computed for each comparison.
pub fn sort_by_key<T, K: Ord>(v: &mut Vec<T>, mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// Like `v.sort()`: stable.
pub fn sort<T: Ord>(v: &mut Vec<T>) {
    sort_by(v, T::cmp);
}

/// Reorders `v` so that position `k` holds the element that was at `order[k]`. `order` is a
/// permutation of `0..v.len()` (what [`sort_indices`] leaves).
fn permute<T>(v: &mut Vec<T>, order: &[usize]) {
    let mut slots: Vec<Option<T>> = v.drain(..).map(Some).collect();
    v.extend(
        order
            .iter()
            .filter_map(|&i| slots.get_mut(i).and_then(Option::take)),
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Same result as the standard stable sort, including the order of equal keys.
        #[test]
        fn matches_std_stable_sort(v in proptest::collection::vec((0u8..6, any::<u16>()), 0..200)) {
            let mut ours = v.clone();
            sort_by_key(&mut ours, |p| p.0);
            let mut std = v.clone();
            std.sort_by_key(|p| p.0);
            prop_assert_eq!(&ours, &std);

            let mut ours = v.clone();
            sort_by(&mut ours, |a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            let mut std = v.clone();
            std.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            prop_assert_eq!(&ours, &std);

            let mut ours = v.clone();
            sort(&mut ours);
            let mut std = v;
            std.sort();
            prop_assert_eq!(ours, std);
        }
    }

    #[test]
    fn moves_owned_values() {
        let mut v = vec!["pear".to_string(), "apple".into(), "fig".into()];
        sort(&mut v);
        assert_eq!(v, ["apple", "fig", "pear"]);
        let mut idx = vec![2, 0, 1];
        let vals = [30, 10, 20];
        sort_indices(&mut idx, &mut |a, b| vals[a].cmp(&vals[b]));
        assert_eq!(idx, [1, 2, 0]);
    }
}
