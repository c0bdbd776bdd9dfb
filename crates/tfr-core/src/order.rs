//! Sorting for the whole program through one compiled sort routine. Every `sort_by_key` on a new
//! element type would otherwise compile the standard library's stable sort again (about 3 KB of
//! WebAssembly each); here only the small key-and-permute step is repeated per type. Keys are
//! computed once per item, not once per comparison.

use std::cmp::Ordering;

/// The stable order of `len` items under `cmp`, as indices, or `None` when they are already in
/// order (checked in one pass: PCR results usually arrive sorted). This is the only place the
/// standard sort is instantiated.
pub fn stable_order(len: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Option<Vec<usize>> {
    if (1..len).all(|i| cmp(i - 1, i) != Ordering::Greater) {
        return None;
    }
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|&a, &b| cmp(a, b));
    Some(order)
}

/// Sorts `items` stably by `key` (computed once per item).
pub fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    let keys: Vec<K> = items.iter().map(key).collect();
    if let Some(order) = stable_order(keys.len(), &|a, b| keys.get(a).cmp(&keys.get(b))) {
        permute(items, &order);
    }
}

/// Sorts `items` stably by `cmp`.
pub fn sort_by<T>(items: &mut Vec<T>, cmp: impl Fn(&T, &T) -> Ordering) {
    let order = stable_order(items.len(), &|a, b| match (items.get(a), items.get(b)) {
        (Some(x), Some(y)) => cmp(x, y),
        _ => Ordering::Equal,
    });
    if let Some(order) = order {
        permute(items, &order);
    }
}

fn permute<T>(items: &mut Vec<T>, order: &[usize]) {
    let mut slots: Vec<Option<T>> = std::mem::take(items).into_iter().map(Some).collect();
    items.extend(order.iter().filter_map(|&i| slots.get_mut(i).and_then(Option::take)));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably_like_the_standard_library() {
        let mut seed: u32 = 12345;
        for len in [0usize, 1, 2, 3, 7, 20, 33, 100, 1000] {
            let items: Vec<(u8, usize)> = (0..len)
                .map(|i| {
                    seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12345);
                    (((seed >> 16) % 5) as u8, i)
                })
                .collect();
            let mut ours = items.clone();
            sort_by_key(&mut ours, |x| x.0);
            let mut std_sorted = items.clone();
            std_sorted.sort_by_key(|x| x.0);
            assert_eq!(ours, std_sorted);
            let mut by = items.clone();
            sort_by(&mut by, |a, b| b.0.cmp(&a.0));
            std_sorted.sort_by_key(|b| std::cmp::Reverse(b.0));
            assert_eq!(by, std_sorted);
        }
    }
}
