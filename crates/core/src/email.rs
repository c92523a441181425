//! Email addresses: validation with typed errors, and typo suggestions.
