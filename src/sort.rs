//! Small sorts for the lists the stages order (times, timeline, crossing checks, asides, the
//! entity order, quotes, mentions): each instance of the standard library's sorts costs
//! kilobytes of wasm.

/// Sorts `v` by `key` in place: a heap sort, O(n log n) on any input, with no buffer and a few
/// hundred bytes of wasm where each instance of the standard library's sorts takes kilobytes.
/// Not stable: where equal keys could meet, callers make the index the last key.
pub fn heap_sort_by_key<T, K: Ord>(v: &mut [T], key: impl Fn(&T) -> K) {
    heap_sort_by(v, |a, b| key(a) < key(b));
}

/// Sorts `v` in place as `sort_unstable` does, for the lists not worth an instance of the
/// standard sort (names, cue positions, a lexicon built once). Most are a few items long:
/// those are sorted by insertion, with fewer comparisons than the heap makes.
pub fn heap_sort<T: Ord>(v: &mut [T]) {
    if v.len() > 16 {
        heap_sort_by(v, T::lt);
        return;
    }
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && v.get(j) < v.get(j - 1) {
            v.swap(j, j - 1);
            j -= 1;
        }
    }
}

/// Sorts `v` as [`heap_sort`] does, in one pass when it is in order already (as the spans of
/// mentions and quotes mostly are).
pub fn sort_mostly_sorted<T: Ord>(v: &mut [T]) {
    if !v.is_sorted() {
        heap_sort(v);
    }
}

/// The heap sort of [`heap_sort_by_key`] and [`heap_sort`], by `less`.
fn heap_sort_by<T>(v: &mut [T], less: impl Fn(&T, &T) -> bool) {
    let less_at = |v: &[T], i: usize, j: usize| match (v.get(i), v.get(j)) {
        (Some(a), Some(b)) => less(a, b),
        _ => false,
    };
    // Moves the item at `root` down until it is no less than its children below `end`.
    let sift_down = |v: &mut [T], mut root: usize, end: usize| loop {
        let mut child = 2 * root + 1;
        if child >= end {
            break;
        }
        if child + 1 < end && less_at(v, child, child + 1) {
            child += 1;
        }
        if !less_at(v, root, child) {
            break;
        }
        v.swap(root, child);
        root = child;
    };
    let n = v.len();
    for root in (0..n / 2).rev() {
        sift_down(v, root, n);
    }
    for end in (1..n).rev() {
        v.swap(0, end);
        sift_down(v, 0, end);
    }
}

/// Sorts `v` by `key`, equal keys keeping their order: [`heap_sort_by_key`] over the keys and
/// positions, then each item moved to its place (the standard stable sort costs kilobytes of
/// wasm per instance); a list already in order is left as it is.
pub fn stable_sort_by_key<T, K: Ord + Copy>(v: &mut Vec<T>, key: impl Fn(&T) -> K) {
    // The rules mostly keep their lists in order: then there is nothing to move.
    if v.windows(2)
        .all(|w| matches!(w, [a, b] if key(a) <= key(b)))
    {
        return;
    }
    let mut order: Vec<(K, usize)> = v.iter().map(&key).zip(0..).collect();
    heap_sort_by_key(&mut order, |&p| p);
    let mut slots: Vec<Option<T>> = std::mem::take(v).into_iter().map(Some).collect();
    v.extend(
        order
            .iter()
            .filter_map(|&(_, i)| slots.get_mut(i).and_then(Option::take)),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `n` pseudo-random pairs with many equal first and second parts.
    fn pairs(seed: &mut u32, n: usize) -> Vec<(u32, u32)> {
        (0..n)
            .map(|_| {
                *seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                ((*seed >> 16) % 13, (*seed >> 8) % 5)
            })
            .collect()
    }

    #[test]
    fn heap_sort_sorts_like_the_standard_sort() {
        let mut seed = 7;
        for n in [0, 1, 2, 3, 10, 257] {
            let mut v = pairs(&mut seed, n);
            let mut want = v.clone();
            want.sort_unstable();
            heap_sort_by_key(&mut v, |&p| p);
            assert_eq!(v, want);
        }
    }

    #[test]
    fn heap_sort_sorts_short_and_long_lists() {
        let mut seed = 5;
        for n in [0, 1, 2, 16, 17, 100] {
            let mut v = pairs(&mut seed, n);
            let mut want = v.clone();
            want.sort_unstable();
            heap_sort(&mut v);
            assert_eq!(v, want);
            let mut shuffled = pairs(&mut seed, n);
            sort_mostly_sorted(&mut shuffled);
            assert!(shuffled.is_sorted());
            sort_mostly_sorted(&mut v);
            assert_eq!(v, want);
        }
    }

    #[test]
    fn stable_sort_keeps_the_order_of_equal_keys() {
        let mut seed = 11;
        for n in [0, 1, 2, 3, 10, 257] {
            let mut v = pairs(&mut seed, n);
            let mut want = v.clone();
            want.sort_by_key(|p| p.0);
            stable_sort_by_key(&mut v, |p| p.0);
            assert_eq!(v, want);
        }
    }
}
