//! Stable sorts small enough for WebAssembly: the standard library's sorts cost kilobytes of
//! code at every call site. Most lists sorted here hold at most one item per question; a
//! workshop's participants can be tens of thousands.

use std::cmp::Ordering;

/// Sorts `items` by `key`, keeping the order of items with equal keys (insertion sort).
pub(crate) fn sort_stable_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    sort_stable_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` by `compare`, keeping the order of items it finds equal (insertion sort): for
/// orders no single key expresses, such as "descending, but blanks last".
pub(crate) fn sort_stable_by<T>(items: &mut [T], compare: impl Fn(&T, &T) -> Ordering) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && compare(&items[j - 1], &items[j]) == Ordering::Greater {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// Sorts `items` by `compare`, keeping the order of items it finds equal (a merge sort, over
/// copies of the items: indices, for a long list of larger ones).
pub(crate) fn merge_sort_by<T: Copy>(items: &mut [T], compare: impl Fn(&T, &T) -> Ordering) {
    let mut merged = items.to_vec();
    let mut width = 1;
    while width < items.len() {
        for start in (0..items.len()).step_by(2 * width) {
            let middle = (start + width).min(items.len());
            let end = (start + 2 * width).min(items.len());
            let (mut left, mut right) = (start, middle);
            for slot in &mut merged[start..end] {
                let from_right = right < end
                    && (left == middle || compare(&items[right], &items[left]) == Ordering::Less);
                if from_right {
                    *slot = items[right];
                    right += 1;
                } else {
                    *slot = items[left];
                    left += 1;
                }
            }
        }
        items.copy_from_slice(&merged);
        width *= 2;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_keys_keep_their_order() {
        let mut items = [(2, 'a'), (1, 'b'), (2, 'c'), (0, 'd'), (1, 'e')];
        sort_stable_by_key(&mut items, |item| item.0);
        assert_eq!(items, [(0, 'd'), (1, 'b'), (1, 'e'), (2, 'a'), (2, 'c')]);
    }

    #[test]
    fn a_merge_sort_keeps_equal_keys_in_order_at_any_length() {
        for length in [0, 1, 2, 3, 7, 100, 1_000] {
            let mut items: Vec<(u32, usize)> =
                (0..length).map(|i| ((i as u32 * 7919) % 13, i)).collect();
            let mut expected = items.clone();
            sort_stable_by_key(&mut expected, |item| item.0);
            merge_sort_by(&mut items, |a, b| a.0.cmp(&b.0));
            assert_eq!(items, expected, "{length} items");
        }
    }
}
