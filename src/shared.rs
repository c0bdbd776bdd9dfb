//! [`Shared`]: a large value handed to several components and compared by identity, not by content.
//!
//! The assessment is memoised on the form, so "the same assessment" means "the same allocation".
//! Comparing props by pointer means a re-render never walks the whole assessment to find it
//! unchanged, and the browser build carries no deep comparison or copy code for it.

use std::ops::Deref;
use std::rc::Rc;

/// A shared, read-only value whose equality is identity.
#[derive(Debug)]
pub struct Shared<T>(Rc<T>);

impl<T> Shared<T> {
    /// Wraps a value.
    pub fn new(value: T) -> Self {
        Self(Rc::new(value))
    }
}

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Self(Rc::clone(&self.0))
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_only_to_itself_and_its_clones() {
        let a = Shared::new(vec![1, 2, 3]);
        let b = Shared::new(vec![1, 2, 3]);
        assert!(a == a.clone());
        assert!(a != b, "same content, different value: compared by identity");
        assert_eq!(*a, *b);
    }
}
