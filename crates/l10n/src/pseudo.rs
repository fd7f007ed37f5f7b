//! Pseudo-locales: en-GB made strange on purpose, so translators and
//! developers see on every screen what is not translated (it stays plain
//! English), what is cut off (the `[!! … !!]` brackets go missing) and what
//! breaks right to left.
//!
//! - `en-XA`: letters accented, text about 35-40 % longer, in brackets.
//! - `ar-XB`: the same text marked right to left (RLM) in an RTL locale, so
//!   the layout mirrors.
//!
//! Both are derived from en-GB's files whenever a [`LocaleSet`] is built, so
//! they never drift from the messages. Only text is changed: ids,
//! attributes, placeables (`{ $var }`, `{ -term }`, `{ other-id }`),
//! selectors and variant keys, string literals and markup are kept as they are.

use crate::{LocaleSet, EASY_READ_FILE, INFO_FILE, REFERENCE_LOCALE, STANDARD_FILE};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::{parser, serializer};

/// How a pseudo-locale changes the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// Accented and longer.
    Long,
    /// Accented, longer and marked right to left.
    Mirrored,
}

/// A pseudo-locale's tag, style and the `locale.toml` it gets.
#[derive(Debug, Clone, Copy)]
pub struct PseudoLocale {
    pub tag: &'static str,
    pub style: Style,
    pub info: &'static str,
}

/// BCP 47 private-use region codes, as Android and Chromium use them.
pub const PSEUDO_LOCALES: &[PseudoLocale] = &[
    PseudoLocale {
        tag: "en-XA",
        style: Style::Long,
        info: "name = \"Pseudo (long)\"\n\
               english-name = \"Pseudo-locale: en-GB accented and about 40% longer\"\n\
               direction = \"ltr\"\n\
               status = \"needs-review\"\n",
    },
    PseudoLocale {
        tag: "ar-XB",
        style: Style::Mirrored,
        info: "name = \"Pseudo (RTL)\"\n\
               english-name = \"Pseudo-locale: en-GB accented, longer and right to left\"\n\
               direction = \"rtl\"\n\
               status = \"needs-review\"\n",
    },
];

/// The pseudo-locale with this tag (exact, ignoring case).
pub fn pseudo_locale(tag: &str) -> Option<&'static PseudoLocale> {
    PSEUDO_LOCALES
        .iter()
        .find(|p| p.tag.eq_ignore_ascii_case(tag))
}

pub fn is_pseudo(tag: &str) -> bool {
    pseudo_locale(tag).is_some()
}

/// The locale whose grammar (plural rules) a locale's messages follow:
/// a pseudo-locale keeps en-GB's selectors, so it keeps en-GB's rules.
pub fn grammar_locale(tag: &str) -> &str {
    if is_pseudo(tag) {
        REFERENCE_LOCALE
    } else {
        tag
    }
}

const RLM: char = '\u{200F}';

/// An accented look-alike for each ASCII letter, so the text stays readable.
fn accent_char(c: char) -> char {
    const LOWER: [char; 26] = [
        'à', 'ƀ', 'ç', 'ð', 'é', 'ƒ', 'ĝ', 'ĥ', 'î', 'ĵ', 'ķ', 'ļ', 'ɱ', 'ñ', 'ö', 'ƥ', 'ʠ', 'ŕ',
        'š', 'ţ', 'û', 'ṽ', 'ŵ', 'ẋ', 'ý', 'ž',
    ];
    const UPPER: [char; 26] = [
        'Å', 'Ɓ', 'Ç', 'Ð', 'É', 'Ƒ', 'Ĝ', 'Ĥ', 'Î', 'Ĵ', 'Ķ', 'Ļ', 'Ṁ', 'Ñ', 'Ö', 'Ƥ', 'Ǫ', 'Ŕ',
        'Ŝ', 'Ţ', 'Û', 'Ṽ', 'Ŵ', 'Ẋ', 'Ý', 'Ž',
    ];
    match c {
        'a'..='z' => LOWER[(c as u8 - b'a') as usize],
        'A'..='Z' => UPPER[(c as u8 - b'A') as usize],
        _ => c,
    }
}

/// Accents the letters of plain text; markup (`<b>`, `</a>`) and entities
/// (`&amp;`) are copied unchanged.
pub fn accent(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        let verbatim_until = match (c, next) {
            ('<', Some(n)) if n.is_ascii_alphabetic() || n == '/' || n == '!' => Some('>'),
            ('&', Some(n)) if n.is_ascii_alphanumeric() || n == '#' => Some(';'),
            _ => None,
        };
        if let Some(end) = verbatim_until {
            let close = chars[i..]
                .iter()
                .position(|&x| x == end || x.is_whitespace() && end == ';');
            if let Some(len) = close.filter(|&len| chars[i + len] == end) {
                out.extend(&chars[i..=i + len]);
                i += len + 1;
                continue;
            }
        }
        out.push(accent_char(c));
        i += 1;
    }
    out
}

/// The padding that makes text of `chars` characters about 35 % longer
/// (on top of the brackets), in runs of at most five so it can wrap.
fn padding(chars: usize) -> String {
    let n = ((chars * 35 + 50) / 100).max(1);
    let mut out = String::new();
    for i in 0..n {
        if i > 0 && i % 5 == 0 {
            out.push(' ');
        }
        out.push('~');
    }
    out
}

/// Characters of visible text in a pattern (a select counts its longest variant).
fn text_len(pattern: &Pattern<String>) -> usize {
    pattern
        .elements
        .iter()
        .map(|e| match e {
            PatternElement::TextElement { value } => value.chars().count(),
            PatternElement::Placeable {
                expression: Expression::Select { variants, .. },
            } => variants
                .iter()
                .map(|v| text_len(&v.value))
                .max()
                .unwrap_or(0),
            PatternElement::Placeable { .. } => 0,
        })
        .sum()
}

/// Accents every text element, including those inside select variants;
/// leaves every expression (and so every variable, reference and key) alone.
fn accent_pattern(pattern: &mut Pattern<String>) {
    for element in &mut pattern.elements {
        match element {
            PatternElement::TextElement { value } => *value = accent(value),
            PatternElement::Placeable { expression } => accent_expression(expression),
        }
    }
}

fn accent_expression(expression: &mut Expression<String>) {
    match expression {
        Expression::Select { variants, .. } => {
            for v in variants {
                accent_pattern(&mut v.value);
            }
        }
        Expression::Inline(InlineExpression::Placeable { expression }) => {
            accent_expression(expression)
        }
        // Literals, variables, references and function calls are not text.
        Expression::Inline(_) => {}
    }
}

/// One displayed pattern in the pseudo style: `[!! Ŝàṽé ƥļàñ ~~~ !!]`.
fn transform_pattern(pattern: &mut Pattern<String>, style: Style) {
    let len = text_len(pattern);
    accent_pattern(pattern);
    let (open, close) = match style {
        Style::Long => ("[!! ".to_owned(), format!(" {} !!]", padding(len))),
        Style::Mirrored => (format!("{RLM}[!! "), format!(" {} !!]{RLM}", padding(len))),
    };
    // A pattern written over several lines starts on an indented line, where
    // text may not begin with `[`: the opening goes in a string literal there.
    let multiline = pattern.elements.iter().any(|e| match e {
        PatternElement::TextElement { value } => value.contains('\n'),
        PatternElement::Placeable { expression } => matches!(expression, Expression::Select { .. }),
    });
    let opening = if multiline {
        PatternElement::Placeable {
            expression: Expression::Inline(InlineExpression::StringLiteral { value: open }),
        }
    } else {
        PatternElement::TextElement { value: open }
    };
    pattern.elements.insert(0, opening);
    pattern
        .elements
        .push(PatternElement::TextElement { value: close });
}

/// The pseudo-localised form of a Fluent file. Comments are dropped and so is
/// anything that does not parse (those messages fall back to plain en-GB,
/// which then stands out). Term attributes are left alone: they are
/// selectors, not text.
pub fn pseudo_ftl(source: &str, style: Style) -> String {
    let mut resource = match parser::parse(source.to_owned()) {
        Ok(r) => r,
        Err((r, _errors)) => r,
    };
    resource
        .body
        .retain(|e| matches!(e, Entry::Message(_) | Entry::Term(_)));
    for entry in &mut resource.body {
        match entry {
            Entry::Message(m) => {
                m.comment = None;
                if let Some(value) = &mut m.value {
                    transform_pattern(value, style);
                }
                for a in &mut m.attributes {
                    transform_pattern(&mut a.value, style);
                }
            }
            Entry::Term(t) => {
                t.comment = None;
                transform_pattern(&mut t.value, style);
            }
            _ => {}
        }
    }
    serializer::serialize(&resource)
}

impl LocaleSet {
    /// Adds the pseudo-locales, derived from this set's en-GB files. A
    /// folder that already has a pseudo-locale's tag is kept as it is.
    pub fn with_pseudo(mut self) -> LocaleSet {
        for p in PSEUDO_LOCALES {
            if self.locales.contains_key(p.tag) {
                continue;
            }
            let Some(standard) = self.file(REFERENCE_LOCALE, STANDARD_FILE) else {
                continue;
            };
            let standard = pseudo_ftl(standard, p.style);
            let easy = self
                .file(REFERENCE_LOCALE, EASY_READ_FILE)
                .map(|s| pseudo_ftl(s, p.style));
            self.insert(p.tag, STANDARD_FILE, &standard);
            if let Some(easy) = easy {
                self.insert(p.tag, EASY_READ_FILE, &easy);
            }
            self.insert(p.tag, INFO_FILE, p.info);
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{lint, Direction, FluentArgs, Localizer};
    use std::collections::BTreeSet;

    fn ids(source: &str) -> BTreeSet<String> {
        let resource = match parser::parse(source) {
            Ok(r) => r,
            Err((r, _)) => r,
        };
        resource
            .body
            .iter()
            .filter_map(|e| match e {
                Entry::Message(m) => Some(format!(
                    "{}{:?}",
                    m.id.name,
                    m.attributes.iter().map(|a| a.id.name).collect::<Vec<_>>()
                )),
                Entry::Term(t) => Some(format!("-{}", t.id.name)),
                _ => None,
            })
            .collect()
    }

    /// Innermost `{ … }` placeables and selector heads, in order.
    fn placeables(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        let mut open: Vec<usize> = Vec::new();
        for (i, c) in text.char_indices() {
            match c {
                '{' => open.push(i),
                '}' => {
                    if let Some(start) = open.pop() {
                        let inner = &text[start..=i];
                        if !inner[1..].contains('{') {
                            out.push((start, inner.to_owned()));
                        }
                    }
                }
                '>' if text[..i].ends_with("-") => {
                    if let Some(&start) = open.last() {
                        out.push((start, text[start..=i].to_owned()));
                    }
                }
                _ => {}
            }
        }
        out.sort();
        out.into_iter().map(|(_, p)| p).collect()
    }

    #[test]
    fn accents_letters_and_keeps_the_rest() {
        assert_eq!(accent("Save plan"), "Ŝàṽé ƥļàñ");
        assert_eq!(
            accent("Call 999, <b>now</b> &amp; then!"),
            "Çàļļ 999, <b>ñöŵ</b> &amp; ţĥéñ!"
        );
        assert_eq!(accent("a < b"), "à < ƀ");
        for c in ('a'..='z').chain('A'..='Z') {
            let a = accent_char(c);
            assert_ne!(a, c, "{c} is not accented");
            assert!(!a.is_ascii());
        }
    }

    #[test]
    fn one_message_in_each_style() {
        let long = pseudo_ftl("save = Save plan\n", Style::Long);
        assert_eq!(long, "save = [!! Ŝàṽé ƥļàñ ~~~ !!]\n");
        let rtl = pseudo_ftl("save = Save plan\n", Style::Mirrored);
        assert_eq!(rtl, "save = \u{200F}[!! Ŝàṽé ƥļàñ ~~~ !!]\u{200F}\n");
    }

    #[test]
    fn placeables_selectors_and_ids_are_untouched() {
        let source = "\
# $count (Number) - how many
found = { $count ->
    [one] One place near { $town }
   *[other] { $count } places near { $town }
}
-brand = Harbour
    .gender = neuter
about = About { -brand } and { found }
    .title = Read { $name }
multi =
    First line
    second line
";
        let out = pseudo_ftl(source, Style::Long);
        assert_eq!(ids(&out), ids(source));
        // Only the opening of a multi-line pattern is added, as a string literal.
        let kept: Vec<String> = placeables(&out)
            .into_iter()
            .filter(|p| !p.contains("[!!"))
            .collect();
        assert_eq!(kept, placeables(source), "{out}");
        for p in [
            "{ $town }",
            "{ $count }",
            "{ -brand }",
            "{ found }",
            "{ $name }",
        ] {
            assert!(out.contains(p), "{p} missing from\n{out}");
        }
        assert!(out.contains("[one] Öñé"), "{out}");
        assert!(out.contains("*[other]"), "{out}");
        assert!(out.contains("{ $count ->"), "{out}");
        assert!(!out.contains('#'), "comments are dropped:\n{out}");
        let parsed = parser::parse(out.as_str());
        assert!(parsed.is_ok(), "{out}");
    }

    #[test]
    fn formats_with_variables_and_plurals() {
        let mut set = LocaleSet::default();
        set.insert(
            REFERENCE_LOCALE,
            STANDARD_FILE,
            "found = { $count ->\n    [one] One place\n   *[other] { $count } places\n}\n",
        );
        let set = set.with_pseudo();
        let l = Localizer::new(&set, "en-XA", false);
        let mut args = FluentArgs::new();
        args.set("count", 1);
        assert_eq!(l.format("found", Some(&args)), "[!! Öñé ƥļàçé ~~~ !!]");
        args.set("count", 3);
        assert_eq!(l.format("found", Some(&args)), "[!! 3 ƥļàçéš ~~~ !!]");
    }

    #[test]
    fn every_en_gb_message_is_there_accented_and_longer() {
        let set = LocaleSet::bundled();
        for p in PSEUDO_LOCALES {
            for file in [STANDARD_FILE, EASY_READ_FILE] {
                let (Some(source), Some(pseudo)) =
                    (set.file(REFERENCE_LOCALE, file), set.file(p.tag, file))
                else {
                    panic!("{} {file} missing", p.tag);
                };
                assert_eq!(ids(pseudo), ids(source), "{} {file}", p.tag);
            }
            let real = Localizer::new(&set, REFERENCE_LOCALE, false);
            let pseudo = Localizer::new(&set, p.tag, false);
            let source = set.file(REFERENCE_LOCALE, STANDARD_FILE).unwrap_or("");
            let resource = parser::parse(source).unwrap_or_else(|(r, _)| r);
            let mut checked = 0;
            for entry in &resource.body {
                let Entry::Message(m) = entry else { continue };
                let id = m.id.name;
                // Messages with variables are covered above; these format without any.
                let plain = real.format(id, None);
                if plain.is_empty() {
                    continue;
                }
                let text = pseudo.format(id, None);
                assert!(
                    text.contains("[!! ") && text.contains(" !!]"),
                    "{id}: {text}"
                );
                assert!(
                    text.chars().count() * 100 >= plain.chars().count() * 135,
                    "{id}: {text} is not 35 % longer than {plain}"
                );
                let ascii_letters = text.chars().filter(char::is_ascii_alphabetic).count();
                assert_eq!(ascii_letters, 0, "{id}: {text} has unaccented letters");
                checked += 1;
            }
            assert!(checked > 100, "only {checked} messages checked");
        }
    }

    #[test]
    fn the_mirrored_variant_is_right_to_left() {
        let set = LocaleSet::bundled();
        let info = set.info("ar-XB").expect("ar-XB has a locale.toml");
        assert_eq!(info.direction, Direction::Rtl);
        assert_eq!(set.info("en-XA").map(|i| i.direction), Some(Direction::Ltr));
        let text = Localizer::new(&set, "ar-XB", false).format("app-name", None);
        assert!(text.starts_with(RLM) && text.ends_with(RLM), "{text:?}");
    }

    #[test]
    fn pseudo_locales_pass_the_check() {
        let set = LocaleSet::bundled();
        for p in PSEUDO_LOCALES {
            let report = lint(&set, Some(p.tag));
            assert_eq!(report.errors(), 0, "{}", report.render());
            assert!(
                !report
                    .diagnostics
                    .iter()
                    .any(|d| d.rule == crate::Rule::MissingId),
                "{}",
                report.render()
            );
        }
    }

    #[test]
    fn a_real_folder_with_the_tag_wins() {
        let mut set = LocaleSet::default();
        set.insert(REFERENCE_LOCALE, STANDARD_FILE, "a = A\n");
        set.insert("en-XA", STANDARD_FILE, "a = mine\n");
        let set = set.with_pseudo();
        assert_eq!(set.file("en-XA", STANDARD_FILE), Some("a = mine\n"));
        assert!(set.file("ar-XB", STANDARD_FILE).is_some());
    }
}
