//! Checks on the raw text of a file, before (and instead of) parsing it.

use std::collections::HashMap;

/// Placeables nested deeper than this are refused: real messages need two or
/// three levels, and a recursive parser must never be handed thousands.
pub const MAX_NESTING: usize = 8;

/// 1-based line and column (in characters) of a byte offset.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let mut start = offset;
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let before = &text[..start];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

/// Why a character may not appear anywhere in a locale file, if it may not.
pub fn forbidden(c: char) -> Option<&'static str> {
    match c {
        '\u{202A}'..='\u{202E}' => Some("a bidirectional embedding or override character"),
        '\u{2066}'..='\u{2069}' => {
            Some("a bidirectional isolate character (Fluent adds these itself around placeables)")
        }
        '\n' | '\t' | '\r' => None,
        c if c.is_control() => Some("a control character"),
        '\u{FEFF}' => Some("a byte-order mark or zero-width no-break space"),
        _ => None,
    }
}

/// Byte offset and reason of each forbidden character.
pub fn forbidden_chars(text: &str) -> Vec<(usize, char, &'static str)> {
    text.char_indices()
        .filter_map(|(i, c)| forbidden(c).map(|why| (i, c, why)))
        .collect()
}

/// The deepest placeable nesting in a Fluent file, and the byte offset where
/// it first passes `limit` (if it does). Comments and string literals are
/// skipped so that `{"{"}` counts as one level. A linear scan: safe on any input.
pub fn nesting(text: &str, limit: usize) -> (usize, Option<usize>) {
    let mut depth = 0usize;
    let mut deepest = 0usize;
    let mut first_over = None;
    let mut in_string = false;
    let mut escaped = false;
    let mut at_line_start = true;
    let mut in_comment = false;
    for (i, c) in text.char_indices() {
        if c == '\n' {
            at_line_start = true;
            in_comment = false;
            in_string = false;
            continue;
        }
        if in_comment {
            continue;
        }
        if at_line_start && depth == 0 && c == '#' {
            in_comment = true;
            continue;
        }
        at_line_start = false;
        if in_string {
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
            continue;
        }
        match c {
            '"' if depth > 0 => in_string = true,
            '{' => {
                depth += 1;
                deepest = deepest.max(depth);
                if depth > limit && first_over.is_none() {
                    first_over = Some(i);
                }
            }
            '}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    (deepest, first_over)
}

/// The line on which each message or term (`id =` at the start of a line) is defined.
pub fn entry_lines(text: &str) -> HashMap<String, usize> {
    let mut lines = HashMap::new();
    for (n, line) in text.lines().enumerate() {
        let id: String = line
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
            .collect();
        if id.is_empty()
            || !(id.starts_with(|c: char| c.is_ascii_alphabetic()) || id.starts_with('-'))
        {
            continue;
        }
        if line[id.len()..].trim_start().starts_with('=') {
            lines.entry(id).or_insert(n + 1);
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_count_characters() {
        let text = "a = 1\nbé = ü x";
        assert_eq!(line_col(text, 0), (1, 1));
        let x = text.find('x').unwrap_or(0);
        assert_eq!(line_col(text, x), (2, 8));
    }

    #[test]
    fn nesting_skips_strings_and_comments() {
        assert_eq!(nesting("# {{{{\na = {\"{\"} {{ $x }}\n", 8).0, 2);
        let deep = format!("a = {}x{}", "{".repeat(50), "}".repeat(50));
        let (d, over) = nesting(&deep, 8);
        assert_eq!(d, 50);
        assert!(over.is_some());
    }

    #[test]
    fn finds_entry_lines() {
        let lines = entry_lines("# c\nhello = Hi\n  .attr = x\n-brand = H\n");
        assert_eq!(lines.get("hello"), Some(&2));
        assert_eq!(lines.get("-brand"), Some(&4));
        assert_eq!(lines.get(".attr"), None);
    }
}
