//! The locale linter behind `harbour locales check`.
//!
//! Errors make the check fail (exit 1); warnings are reported but pass, so
//! that a new en-GB string never breaks the build: the app falls back to
//! en-GB message by message. Each rule and its severity:
//!
//! | rule | severity | what |
//! |---|---|---|
//! | `syntax` | error | Fluent syntax error, with file, line and column |
//! | `duplicate-id` | error | the same id twice in one file |
//! | `missing-id` | warning (`needs-review`); error (`reviewed`); never for `easy-read.ftl`, which may leave out any id | an en-GB id this locale does not translate |
//! | `obsolete-id` | warning | an id en-GB no longer has (never shown; delete it) |
//! | `variable-unknown` | error | a `{ $variable }` en-GB does not have: it can never get a value |
//! | `variable-unexplained` | error; en-GB only | an en-GB message or term whose comment (the `#` lines directly above it) does not name one of its `{ $variables }`, e.g. `# $name (String) - the supporter's name, e.g. "Sam"`: translators see only the comment |
//! | `variable-dropped` | warning | an en-GB variable the translation leaves out: sometimes right (a language that does not say "1"), often a lost number or name |
//! | `reference-unknown` | error | a `{ message }` or `{ -term }` not defined in the same file |
//! | `plural-missing` | error | a plural selector without a variant for one of the language's CLDR categories |
//! | `plural-unknown` | warning | a plural variant for a category the language does not have (never chosen) |
//! | `forbidden-char` | error | bidi embeddings/overrides U+202A–U+202E, isolates U+2066–U+2069, control characters, U+FEFF |
//! | `too-long` | error | a file over 256 KiB or a message over 4,000 characters |
//! | `too-deep` | error | placeables nested more than 8 deep |
//! | `markup` | warning | something that looks like HTML: the app shows it as text, literally |
//! | `easy-read-sentence` | error | an Easy Read sentence (or line) of more than 15 words |
//! | `easy-read-jargon` | error | an Easy Read message using a word from the locale's `jargon.txt` |
//! | `locale-toml` | error | `locale.toml` missing or invalid |
//! | `locale-tag` | error | the folder name is not a BCP 47 language tag |
//! | `file-missing` | error | a locale without `harbour.ftl` |
//! | `file-unknown` | warning | a file the app does not read |
//! | `encoding` | error | a file that is not UTF-8 |

use crate::plural;
use crate::scan::{entry_lines, forbidden_chars, line_col, nesting, MAX_NESTING};
use crate::{
    LocaleInfo, LocaleSet, Status, EASY_READ_FILE, INFO_FILE, JARGON_FILE, MAX_FILE_BYTES,
    REFERENCE_LOCALE, STANDARD_FILE,
};
use fluent_syntax::ast::{self, Entry, Expression, InlineExpression, PatternElement, VariantKey};
use fluent_syntax::parser;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

/// Longest message value (characters) the linter accepts.
pub const MAX_MESSAGE_CHARS: usize = 4000;
/// Most words an Easy Read sentence may have.
pub const MAX_EASY_READ_WORDS: usize = 15;
/// At most this many untranslated ids are listed per file in the text report.
pub const MAX_MISSING_LISTED: usize = 10;
/// At most this many forbidden characters are listed per file.
const MAX_CHAR_REPORTS: usize = 20;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Warning,
    Error,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Rule {
    Syntax,
    DuplicateId,
    MissingId,
    ObsoleteId,
    VariableUnknown,
    VariableUnexplained,
    VariableDropped,
    ReferenceUnknown,
    PluralMissing,
    PluralUnknown,
    ForbiddenChar,
    TooLong,
    TooDeep,
    Markup,
    EasyReadSentence,
    EasyReadJargon,
    LocaleToml,
    LocaleTag,
    FileMissing,
    FileUnknown,
    Encoding,
}

impl Rule {
    pub fn as_str(self) -> &'static str {
        match self {
            Rule::Syntax => "syntax",
            Rule::DuplicateId => "duplicate-id",
            Rule::MissingId => "missing-id",
            Rule::ObsoleteId => "obsolete-id",
            Rule::VariableUnknown => "variable-unknown",
            Rule::VariableUnexplained => "variable-unexplained",
            Rule::VariableDropped => "variable-dropped",
            Rule::ReferenceUnknown => "reference-unknown",
            Rule::PluralMissing => "plural-missing",
            Rule::PluralUnknown => "plural-unknown",
            Rule::ForbiddenChar => "forbidden-char",
            Rule::TooLong => "too-long",
            Rule::TooDeep => "too-deep",
            Rule::Markup => "markup",
            Rule::EasyReadSentence => "easy-read-sentence",
            Rule::EasyReadJargon => "easy-read-jargon",
            Rule::LocaleToml => "locale-toml",
            Rule::LocaleTag => "locale-tag",
            Rule::FileMissing => "file-missing",
            Rule::FileUnknown => "file-unknown",
            Rule::Encoding => "encoding",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    pub rule: Rule,
    /// `<locale>/<file>`, relative to the locales folder.
    pub file: String,
    /// 1-based; 0 when the problem is about the whole file.
    pub line: usize,
    pub column: usize,
    /// The message id concerned, if any.
    pub id: Option<String>,
    pub message: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Coverage {
    pub locale: String,
    pub name: Option<String>,
    pub status: Option<Status>,
    /// en-GB ids (messages and terms) that `harbour.ftl` translates.
    pub standard: usize,
    /// en-GB ids that `easy-read.ftl` covers.
    pub easy_read: usize,
    /// How many ids en-GB has.
    pub total: usize,
    pub errors: usize,
    pub warnings: usize,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    pub diagnostics: Vec<Diagnostic>,
    pub coverage: Vec<Coverage>,
}

impl Report {
    pub fn errors(&self) -> usize {
        self.count(Severity::Error)
    }
    pub fn warnings(&self) -> usize {
        self.count(Severity::Warning)
    }
    fn count(&self, s: Severity) -> usize {
        self.diagnostics.iter().filter(|d| d.severity == s).count()
    }
    pub fn has(&self, rule: Rule) -> bool {
        self.diagnostics.iter().any(|d| d.rule == rule)
    }

    /// The report as a translator reads it: one line per problem, like a
    /// compiler (`file:line:column: error[rule] id: what`), then the table.
    pub fn render(&self) -> String {
        let mut out = String::new();
        // Untranslated ids are listed up to a point per file; the count says the rest.
        let mut missing_shown: BTreeMap<&str, usize> = BTreeMap::new();
        for d in &self.diagnostics {
            if d.rule == Rule::MissingId && d.severity == Severity::Warning {
                let shown = missing_shown.entry(d.file.as_str()).or_default();
                *shown += 1;
                if *shown > MAX_MISSING_LISTED {
                    continue;
                }
            }
            let sev = match d.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
            };
            let place = if d.line > 0 {
                format!("{}:{}:{}", d.file, d.line, d.column)
            } else {
                d.file.clone()
            };
            let id =
                d.id.as_deref()
                    .map(|i| format!("{i}: "))
                    .unwrap_or_default();
            let _ = writeln!(out, "{place}: {sev}[{}] {id}{}", d.rule.as_str(), d.message);
        }
        for (file, n) in missing_shown {
            if n > MAX_MISSING_LISTED {
                let _ = writeln!(
                    out,
                    "{file}: warning[missing-id] … and {} more not translated yet (--json lists them all)",
                    n - MAX_MISSING_LISTED
                );
            }
        }
        if !self.diagnostics.is_empty() {
            out.push('\n');
        }
        let _ = writeln!(
            out,
            "{:<8} {:<14} {:<13} {:>9} {:>10} {:>6} {:>8}",
            "locale", "name", "status", "standard", "easy read", "errors", "warnings"
        );
        for c in &self.coverage {
            let status = match c.status {
                Some(Status::Reviewed) => "reviewed",
                Some(Status::NeedsReview) => "needs-review",
                None => "?",
            };
            let pct = |n: usize| {
                (n * 100)
                    .checked_div(c.total)
                    .map_or_else(|| "-".to_string(), |p| format!("{p}%"))
            };
            let name: String = c.name.as_deref().unwrap_or("?").chars().take(14).collect();
            let _ = writeln!(
                out,
                "{:<8} {:<14} {:<13} {:>9} {:>10} {:>6} {:>8}",
                c.locale,
                name,
                status,
                pct(c.standard),
                pct(c.easy_read),
                c.errors,
                c.warnings
            );
        }
        let _ = writeln!(
            out,
            "\n{} error(s), {} warning(s)",
            self.errors(),
            self.warnings()
        );
        out
    }
}

/// What the linter needs to know about one pattern (a value or an attribute).
#[derive(Debug, Default, Clone)]
struct PatternFacts {
    variables: BTreeSet<String>,
    message_refs: BTreeSet<String>,
    term_refs: BTreeSet<String>,
    /// Variant keys of each select expression that looks like a plural.
    plurals: Vec<BTreeSet<String>>,
    /// The text a person reads, one string per alternative (select variants
    /// are read separately); placeables become a single word "X".
    texts: Vec<String>,
    chars: usize,
}

#[derive(Debug, Default, Clone)]
struct EntryFacts {
    line: usize,
    /// The message comment: the `#` lines directly above the entry, joined.
    comment: String,
    /// `None` is the value; `Some(name)` an attribute.
    patterns: BTreeMap<Option<String>, PatternFacts>,
}

#[derive(Debug, Default)]
struct FileFacts {
    entries: BTreeMap<String, EntryFacts>,
}

fn walk_pattern(pattern: &ast::Pattern<&str>, facts: &mut PatternFacts, text: &mut String) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => {
                facts.chars += value.chars().count();
                text.push_str(value);
            }
            PatternElement::Placeable { expression } => walk_expression(expression, facts, text),
        }
    }
}

fn walk_expression(expression: &Expression<&str>, facts: &mut PatternFacts, text: &mut String) {
    match expression {
        Expression::Inline(inline) => {
            walk_inline(inline, facts);
            text.push_str(" X ");
        }
        Expression::Select { selector, variants } => {
            walk_inline(selector, facts);
            let keys: BTreeSet<String> = variants
                .iter()
                .map(|v| match &v.key {
                    VariantKey::Identifier { name } => name.to_string(),
                    VariantKey::NumberLiteral { value } => value.to_string(),
                })
                .collect();
            let numeric_selector = matches!(selector, InlineExpression::NumberLiteral { .. })
                || matches!(selector, InlineExpression::FunctionReference { id, .. } if id.name == "NUMBER");
            let plural_keys = keys.iter().any(|k| {
                k.parse::<f64>().is_ok() || (plural::ALL.contains(&k.as_str()) && k != "other")
            });
            if numeric_selector || plural_keys {
                facts.plurals.push(keys);
            }
            text.push_str(" X ");
            for variant in variants {
                let mut alt = String::new();
                walk_pattern(&variant.value, facts, &mut alt);
                facts.texts.push(alt);
            }
        }
    }
}

fn walk_inline(inline: &InlineExpression<&str>, facts: &mut PatternFacts) {
    match inline {
        InlineExpression::StringLiteral { .. } | InlineExpression::NumberLiteral { .. } => {}
        InlineExpression::VariableReference { id } => {
            facts.variables.insert(id.name.to_string());
        }
        InlineExpression::MessageReference { id, .. } => {
            facts.message_refs.insert(id.name.to_string());
        }
        InlineExpression::TermReference { id, arguments, .. } => {
            facts.term_refs.insert(format!("-{}", id.name));
            // Term arguments are the term's own parameters, not message variables.
            let _ = arguments;
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for arg in &arguments.positional {
                walk_inline(arg, facts);
            }
            for arg in &arguments.named {
                walk_inline(&arg.value, facts);
            }
        }
        InlineExpression::Placeable { expression } => {
            let mut ignored = String::new();
            walk_expression(expression, facts, &mut ignored);
        }
    }
}

fn pattern_facts(pattern: &ast::Pattern<&str>) -> PatternFacts {
    let mut facts = PatternFacts::default();
    let mut text = String::new();
    walk_pattern(pattern, &mut facts, &mut text);
    facts.texts.insert(0, text);
    facts
}

struct Linter {
    diagnostics: Vec<Diagnostic>,
}

impl Linter {
    /// A finding about a whole message: at its line, column 1.
    fn push_entry(
        &mut self,
        severity: Severity,
        rule: Rule,
        file: &str,
        line: usize,
        id: &str,
        message: impl Into<String>,
    ) {
        self.push(severity, rule, file, line, 1, Some(id), message);
    }

    #[allow(clippy::too_many_arguments)]
    fn push(
        &mut self,
        severity: Severity,
        rule: Rule,
        file: &str,
        line: usize,
        column: usize,
        id: Option<&str>,
        message: impl Into<String>,
    ) {
        self.diagnostics.push(Diagnostic {
            severity,
            rule,
            file: file.to_owned(),
            line,
            column,
            id: id.map(str::to_owned),
            message: message.into(),
        });
    }

    /// Raw-text checks, then parsing. `None` when the file was refused.
    fn read_file(&mut self, path: &str, text: &str) -> Option<FileFacts> {
        for (i, (offset, c, why)) in forbidden_chars(text).into_iter().enumerate() {
            if i == MAX_CHAR_REPORTS {
                self.push(
                    Severity::Error,
                    Rule::ForbiddenChar,
                    path,
                    0,
                    0,
                    None,
                    "more forbidden characters follow",
                );
                break;
            }
            let (line, col) = line_col(text, offset);
            self.push(
                Severity::Error,
                Rule::ForbiddenChar,
                path,
                line,
                col,
                None,
                format!("U+{:04X} is {why}; delete it", c as u32),
            );
        }
        if text.len() > MAX_FILE_BYTES {
            self.push(
                Severity::Error,
                Rule::TooLong,
                path,
                0,
                0,
                None,
                format!(
                    "the file is {} bytes; the limit is {MAX_FILE_BYTES}",
                    text.len()
                ),
            );
            return None;
        }
        if let (depth, Some(offset)) = nesting(text, MAX_NESTING) {
            let (line, col) = line_col(text, offset);
            self.push(
                Severity::Error,
                Rule::TooDeep,
                path,
                line,
                col,
                None,
                format!("placeables are nested {depth} deep; at most {MAX_NESTING} are allowed"),
            );
            return None;
        }
        let resource = match parser::parse(text) {
            Ok(r) => r,
            Err((r, errors)) => {
                for e in errors {
                    let (line, col) = line_col(text, e.pos.start);
                    self.push(
                        Severity::Error,
                        Rule::Syntax,
                        path,
                        line,
                        col,
                        None,
                        e.kind.to_string(),
                    );
                }
                r
            }
        };
        let lines = entry_lines(text);
        let mut facts = FileFacts::default();
        for entry in &resource.body {
            let (id, value, attributes, comment) = match entry {
                Entry::Message(m) => (
                    m.id.name.to_string(),
                    m.value.as_ref(),
                    &m.attributes,
                    &m.comment,
                ),
                Entry::Term(t) => (
                    format!("-{}", t.id.name),
                    Some(&t.value),
                    &t.attributes,
                    &t.comment,
                ),
                _ => continue,
            };
            let line = lines.get(&id).copied().unwrap_or(0);
            if facts.entries.contains_key(&id) {
                self.push(
                    Severity::Error,
                    Rule::DuplicateId,
                    path,
                    line,
                    1,
                    Some(&id),
                    "this id is defined more than once; keep one",
                );
                continue;
            }
            let mut entry_facts = EntryFacts {
                line,
                comment: comment
                    .as_ref()
                    .map(|c| c.content.join("\n"))
                    .unwrap_or_default(),
                ..EntryFacts::default()
            };
            if let Some(v) = value {
                entry_facts.patterns.insert(None, pattern_facts(v));
            }
            for a in attributes {
                entry_facts
                    .patterns
                    .insert(Some(a.id.name.to_string()), pattern_facts(&a.value));
            }
            facts.entries.insert(id, entry_facts);
        }
        // Checks within the file.
        let defined: BTreeSet<&String> = facts.entries.keys().collect();
        let mut found = Vec::new();
        for (id, entry) in &facts.entries {
            for p in entry.patterns.values() {
                if p.chars > MAX_MESSAGE_CHARS {
                    found.push((
                        Severity::Error,
                        Rule::TooLong,
                        id.clone(),
                        entry.line,
                        format!("{} characters; the limit is {MAX_MESSAGE_CHARS}", p.chars),
                    ));
                }
                for r in p.message_refs.iter().chain(&p.term_refs) {
                    if !defined.contains(r) {
                        found.push((
                            Severity::Error,
                            Rule::ReferenceUnknown,
                            id.clone(),
                            entry.line,
                            format!("refers to `{r}`, which this file does not define"),
                        ));
                    }
                }
                if p.texts.iter().any(|t| looks_like_markup(t)) {
                    found.push((
                        Severity::Warning,
                        Rule::Markup,
                        id.clone(),
                        entry.line,
                        "looks like HTML; the app shows it as plain text, tags and all".into(),
                    ));
                }
            }
        }
        for (sev, rule, id, line, msg) in found {
            self.push(sev, rule, path, line, 1, Some(&id), msg);
        }
        Some(facts)
    }

    /// `variable-unexplained`: in the reference locale, the comment above a
    /// message must name each variable the message uses (value, attributes
    /// and select expressions alike), because that comment is all a
    /// translator sees of where the value comes from.
    fn explained(&mut self, path: &str, facts: &FileFacts) {
        for (id, entry) in &facts.entries {
            let vars: BTreeSet<&String> =
                entry.patterns.values().flat_map(|p| &p.variables).collect();
            for v in vars
                .into_iter()
                .filter(|v| !names_variable(&entry.comment, v))
            {
                self.push_entry(
                    Severity::Error,
                    Rule::VariableUnexplained,
                    path,
                    entry.line,
                    id,
                    format!(
                        "uses {{ ${v} }}, but the comment above it does not say what ${v} holds; \
                         add a line like `# ${v} (String) - what it holds, e.g. \"an example\"` \
                         (Number for a number) directly above the message"
                    ),
                );
            }
        }
    }

    fn compare(
        &mut self,
        path: &str,
        locale: &str,
        reference: &FileFacts,
        facts: &FileFacts,
        missing: Option<Severity>,
    ) {
        let categories = plural::categories(crate::pseudo::grammar_locale(locale));
        for (id, ref_entry) in &reference.entries {
            let Some(entry) = facts.entries.get(id) else {
                if let Some(sev) = missing {
                    self.push(
                        sev,
                        Rule::MissingId,
                        path,
                        0,
                        0,
                        Some(id),
                        format!(
                            "not translated yet (en-GB line {}); the app shows the English text",
                            ref_entry.line
                        ),
                    );
                }
                continue;
            };
            let ref_vars: BTreeSet<&String> = ref_entry
                .patterns
                .values()
                .flat_map(|p| &p.variables)
                .collect();
            let vars: BTreeSet<&String> =
                entry.patterns.values().flat_map(|p| &p.variables).collect();
            // What this entry gets wrong, reported in this order at its line.
            let mut found: Vec<(Severity, Rule, String)> = Vec::new();
            for v in vars.difference(&ref_vars) {
                found.push((Severity::Error, Rule::VariableUnknown, format!("uses {{ ${v} }}, which en-GB does not have, so it never gets a value; en-GB has: {}", list_vars(&ref_vars))));
            }
            for v in ref_vars.difference(&vars) {
                let message = format!("does not use {{ ${v} }}, which en-GB shows");
                found.push((Severity::Warning, Rule::VariableDropped, message));
            }
            for attr in ref_entry.patterns.keys().flatten() {
                if !entry.patterns.contains_key(&Some(attr.clone())) {
                    if let Some(sev) = missing {
                        let message = format!("the attribute .{attr} is not translated yet");
                        found.push((sev, Rule::MissingId, message));
                    }
                }
            }
            for attr in entry.patterns.keys().flatten() {
                if !ref_entry.patterns.contains_key(&Some(attr.clone())) {
                    let message = format!("en-GB has no attribute .{attr}");
                    found.push((Severity::Warning, Rule::ObsoleteId, message));
                }
            }
            for p in entry.patterns.values() {
                for keys in &p.plurals {
                    let missing_cats: Vec<&str> = categories
                        .iter()
                        .copied()
                        .filter(|c| !keys.contains(*c))
                        .collect();
                    if !missing_cats.is_empty() {
                        found.push((
                            Severity::Error,
                            Rule::PluralMissing,
                            format!(
                                "this language needs a variant for each of [{}]; missing: [{}]",
                                categories.join("], ["),
                                missing_cats.join("], [")
                            ),
                        ));
                    }
                    let unknown: Vec<&String> = keys
                        .iter()
                        .filter(|k| {
                            plural::ALL.contains(&k.as_str()) && !categories.contains(&k.as_str())
                        })
                        .collect();
                    if !unknown.is_empty() {
                        let names: Vec<&str> = unknown.iter().map(|s| s.as_str()).collect();
                        found.push((
                            Severity::Warning,
                            Rule::PluralUnknown,
                            format!(
                                "[{}] is never chosen in this language (it has [{}])",
                                names.join("], ["),
                                categories.join("], [")
                            ),
                        ));
                    }
                }
            }
            for (sev, rule, msg) in found {
                self.push_entry(sev, rule, path, entry.line, id, msg);
            }
        }
        for (id, entry) in &facts.entries {
            if !reference.entries.contains_key(id) {
                self.push_entry(
                    Severity::Warning,
                    Rule::ObsoleteId,
                    path,
                    entry.line,
                    id,
                    "en-GB has no such id; it is never shown, so delete it (or check the spelling)",
                );
            }
        }
    }

    fn easy_read(&mut self, path: &str, facts: &FileFacts, jargon: &[String]) {
        let mut found = Vec::new();
        for (id, entry) in &facts.entries {
            for p in entry.patterns.values() {
                for text in &p.texts {
                    for sentence in sentences(text) {
                        let words = sentence
                            .split_whitespace()
                            .filter(|w| w.chars().any(char::is_alphanumeric))
                            .count();
                        if words > MAX_EASY_READ_WORDS {
                            let start: String = sentence
                                .split_whitespace()
                                .take(6)
                                .collect::<Vec<_>>()
                                .join(" ");
                            found.push((Rule::EasyReadSentence, id.clone(), entry.line, format!("a sentence of {words} words (\"{start} …\"); Easy Read allows {MAX_EASY_READ_WORDS}: split it")));
                        }
                    }
                    let lower = text.to_lowercase();
                    for word in jargon {
                        if contains_word(&lower, word) {
                            found.push((Rule::EasyReadJargon, id.clone(), entry.line, format!("uses \"{word}\", which is on this language's jargon list; say it in everyday words")));
                        }
                    }
                }
            }
        }
        for (rule, id, line, msg) in found {
            self.push(Severity::Error, rule, path, line, 1, Some(&id), msg);
        }
    }
}

/// Whether `comment` mentions `$var` as a whole name (so `$name` does not
/// explain `$n`, nor `$count` `$count-total`).
fn names_variable(comment: &str, var: &str) -> bool {
    let needle = format!("${var}");
    comment.match_indices(&needle).any(|(at, _)| {
        !comment[at + needle.len()..]
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
    })
}

fn list_vars(vars: &BTreeSet<&String>) -> String {
    if vars.is_empty() {
        "none".into()
    } else {
        vars.iter()
            .map(|v| format!("${v}"))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

fn looks_like_markup(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes
        .windows(2)
        .any(|w| w[0] == b'<' && (w[1].is_ascii_alphabetic() || w[1] == b'/' || w[1] == b'!'))
}

/// Sentences of an Easy Read text: split at full stops (in every shipped
/// script), question and exclamation marks, and line breaks (one idea a line).
fn sentences(text: &str) -> Vec<&str> {
    text.split(|c: char| {
        matches!(
            c,
            '.' | '!' | '?' | '…' | '\n' | '؟' | '۔' | '।' | '¿' | '¡'
        )
    })
    .map(str::trim)
    .filter(|s| !s.is_empty())
    .collect()
}

/// Whether `word` (lower case) occurs in `text` (lower case) as whole words.
fn contains_word(text: &str, word: &str) -> bool {
    if word.is_empty() {
        return false;
    }
    let mut from = 0;
    while let Some(found) = text[from..].find(word) {
        let start = from + found;
        let end = start + word.len();
        let before = text[..start].chars().next_back();
        let after = text[end..].chars().next();
        if !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric) {
            return true;
        }
        from = start + word.chars().next().map_or(1, char::len_utf8);
    }
    false
}

fn jargon_list(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_lowercase)
        .collect()
}

const KNOWN_FILES: &[&str] = &[STANDARD_FILE, EASY_READ_FILE, INFO_FILE, JARGON_FILE];

/// Checks every locale in `set` (or only `only`) against en-GB.
pub fn lint(set: &LocaleSet, only: Option<&str>) -> Report {
    let mut linter = Linter {
        diagnostics: Vec::new(),
    };
    for (locale, file, reason) in &set.unreadable {
        if only.is_none_or(|o| o == locale) {
            linter.push(
                Severity::Error,
                Rule::Encoding,
                &format!("{locale}/{file}"),
                0,
                0,
                None,
                reason.clone(),
            );
        }
    }
    let ref_path = format!("{REFERENCE_LOCALE}/{STANDARD_FILE}");
    let reference = match set.file(REFERENCE_LOCALE, STANDARD_FILE) {
        Some(text) => linter.read_file(&ref_path, text),
        None => {
            linter.push(
                Severity::Error,
                Rule::FileMissing,
                &ref_path,
                0,
                0,
                None,
                "the reference locale en-GB is missing",
            );
            None
        }
    };
    let reference = reference.unwrap_or_default();
    // Keep only the reference's own diagnostics if it is being checked.
    if only.is_some_and(|o| o != REFERENCE_LOCALE) {
        linter
            .diagnostics
            .retain(|d| !d.file.starts_with(&format!("{REFERENCE_LOCALE}/")));
    }
    let total = reference.entries.len();
    let mut coverage = Vec::new();
    if let Some(o) = only {
        if !set.locales.contains_key(o) {
            linter.push(
                Severity::Error,
                Rule::FileMissing,
                o,
                0,
                0,
                None,
                "there is no folder for this locale",
            );
        }
    }
    for (locale, files) in &set.locales {
        if only.is_some_and(|o| o != locale) {
            continue;
        }
        let before = linter.diagnostics.len();
        if locale.parse::<unic_langid::LanguageIdentifier>().is_err() || locale.contains('_') {
            linter.push(
                Severity::Error,
                Rule::LocaleTag,
                locale,
                0,
                0,
                None,
                "the folder name must be a language tag such as `pl` or `pt-BR`",
            );
        }
        let info_path = format!("{locale}/{INFO_FILE}");
        let info = match files.get(INFO_FILE) {
            None => {
                linter.push(
                    Severity::Error,
                    Rule::LocaleToml,
                    &info_path,
                    0,
                    0,
                    None,
                    "missing: add name, direction and status (see TRANSLATING.md)",
                );
                None
            }
            Some(text) => match LocaleInfo::parse(text) {
                Ok(info) => Some(info),
                Err(e) => {
                    linter.push(
                        Severity::Error,
                        Rule::LocaleToml,
                        &info_path,
                        0,
                        0,
                        None,
                        e.trim().replace('\n', " "),
                    );
                    None
                }
            },
        };
        if let Some(i) = &info {
            let rtl = matches!(
                plural_lang(locale).as_str(),
                "ar" | "ur" | "fa" | "he" | "ps" | "sd" | "ckb" | "yi"
            );
            if rtl != (i.direction == crate::Direction::Rtl) {
                linter.push(
                    Severity::Warning,
                    Rule::LocaleToml,
                    &info_path,
                    0,
                    0,
                    None,
                    "direction looks wrong for this language",
                );
            }
        }
        for name in files.keys() {
            if !KNOWN_FILES.contains(&name.as_str()) {
                linter.push(
                    Severity::Warning,
                    Rule::FileUnknown,
                    &format!("{locale}/{name}"),
                    0,
                    0,
                    None,
                    format!("the app only reads {}", KNOWN_FILES.join(", ")),
                );
            }
        }
        let is_ref = locale == REFERENCE_LOCALE;
        let missing_sev = match info.as_ref().map(|i| i.status) {
            Some(Status::Reviewed) if !is_ref => Severity::Error,
            _ => Severity::Warning,
        };
        let std_path = format!("{locale}/{STANDARD_FILE}");
        if is_ref {
            linter.explained(&std_path, &reference);
        }
        let standard = if is_ref { Some(&reference) } else { None };
        let owned_standard;
        let standard = match standard {
            Some(s) => Some(s),
            None => match files.get(STANDARD_FILE) {
                None => {
                    linter.push(
                        Severity::Error,
                        Rule::FileMissing,
                        &std_path,
                        0,
                        0,
                        None,
                        "every locale needs a harbour.ftl",
                    );
                    None
                }
                Some(text) => {
                    owned_standard = linter.read_file(&std_path, text);
                    if let Some(f) = &owned_standard {
                        linter.compare(&std_path, locale, &reference, f, Some(missing_sev));
                    }
                    owned_standard.as_ref()
                }
            },
        };
        let er_path = format!("{locale}/{EASY_READ_FILE}");
        let easy = files
            .get(EASY_READ_FILE)
            .and_then(|text| linter.read_file(&er_path, text));
        if let Some(f) = &easy {
            // An Easy Read layer may leave out any id (its standard text is
            // used); the coverage table shows how much it simplifies.
            linter.compare(&er_path, locale, &reference, f, None);
            if is_ref {
                linter.explained(&er_path, f);
            }
            let jargon = files
                .get(JARGON_FILE)
                .map(|t| jargon_list(t))
                .unwrap_or_default();
            linter.easy_read(&er_path, f, &jargon);
        }
        let count = |f: Option<&FileFacts>| {
            f.map_or(0, |f| {
                reference
                    .entries
                    .keys()
                    .filter(|id| f.entries.contains_key(*id))
                    .count()
            })
        };
        let mine = &linter.diagnostics[before..];
        coverage.push(Coverage {
            locale: locale.clone(),
            name: info.as_ref().map(|i| i.name.clone()),
            status: info.as_ref().map(|i| i.status),
            standard: count(standard),
            easy_read: count(easy.as_ref()),
            total,
            errors: mine
                .iter()
                .filter(|d| d.severity == Severity::Error)
                .count(),
            warnings: mine
                .iter()
                .filter(|d| d.severity == Severity::Warning)
                .count(),
        });
    }
    let mut diagnostics = linter.diagnostics;
    diagnostics.sort_by(|a, b| (&a.file, a.line, a.column).cmp(&(&b.file, b.line, b.column)));
    Report {
        diagnostics,
        coverage,
    }
}

fn plural_lang(locale: &str) -> String {
    locale.split('-').next().unwrap_or("").to_ascii_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_sentences_in_every_script() {
        assert_eq!(sentences("One. Two?\nThree"), vec!["One", "Two", "Three"]);
        assert_eq!(sentences("এক। দুই"), vec!["এক", "দুই"]);
    }

    #[test]
    fn matches_whole_words_only() {
        assert!(contains_word("see your gp today", "gp"));
        assert!(!contains_word("gps are handy", "gp"));
        assert!(contains_word("a crisis plan.", "crisis plan"));
    }

    #[test]
    fn markup_needs_a_tag_shape() {
        assert!(looks_like_markup("<script>x</script>"));
        assert!(!looks_like_markup("1 < 2"));
    }

    /// `(id, variable)` of each `variable-unexplained` finding for en-GB
    /// with these two files.
    fn unexplained_files(standard: &str, easy_read: &str) -> Vec<(String, String)> {
        let mut set = LocaleSet::default();
        set.insert(REFERENCE_LOCALE, STANDARD_FILE, standard);
        set.insert(REFERENCE_LOCALE, EASY_READ_FILE, easy_read);
        set.insert(
            REFERENCE_LOCALE,
            INFO_FILE,
            "name = \"English (UK)\"\ndirection = \"ltr\"\nstatus = \"reviewed\"\n",
        );
        let report = lint(&set, None);
        let found: Vec<&Diagnostic> = report
            .diagnostics
            .iter()
            .filter(|d| d.rule == Rule::VariableUnexplained)
            .collect();
        for d in &found {
            assert_eq!(d.severity, Severity::Error, "{d:?}");
            assert!(d.file.starts_with(&format!("{REFERENCE_LOCALE}/")), "{d:?}");
            assert!(d.line > 0, "{d:?}");
        }
        // Nothing else is wrong with these snippets.
        let others: Vec<_> = report
            .diagnostics
            .iter()
            .filter(|d| d.rule != Rule::VariableUnexplained)
            .collect();
        assert!(others.is_empty(), "{others:?}");
        found
            .iter()
            .map(|d| {
                let var = d
                    .message
                    .split("{ $")
                    .nth(1)
                    .and_then(|r| r.split(' ').next());
                (
                    d.id.clone().unwrap_or_default(),
                    var.unwrap_or_default().to_owned(),
                )
            })
            .collect()
    }

    /// Findings when `ftl` is en-GB's `harbour.ftl`.
    fn unexplained(ftl: &str) -> Vec<(String, String)> {
        unexplained_files(&format!("{ftl}\nplain = Plain\n"), "plain = Plain\n")
    }

    fn pair(id: &str, var: &str) -> (String, String) {
        (id.to_owned(), var.to_owned())
    }

    #[test]
    fn a_variable_without_a_comment_is_an_error() {
        assert_eq!(
            unexplained("greeting = Hello, { $name }!\n"),
            vec![pair("greeting", "name")]
        );
        let report = {
            let mut set = LocaleSet::default();
            set.insert(REFERENCE_LOCALE, STANDARD_FILE, "greeting = Hi { $name }\n");
            lint(&set, None)
        };
        assert!(report.errors() > 0);
        assert!(
            report.render().contains(
                "en-GB/harbour.ftl:1:1: error[variable-unexplained] greeting: uses { $name }"
            ),
            "{}",
            report.render()
        );
    }

    #[test]
    fn a_comment_naming_the_variable_or_no_variable_needs_nothing_more() {
        for ftl in [
            // The comment explains `$name`.
            "# $name (String) - the supporter's name, e.g. \"Sam\"\ngreeting = Hello, { $name }!\n",
            // References and plain messages need no comment.
            "-brand = Harbour\nabout = About { -brand }\nhome = { about }\nplain-two = Plain\n",
        ] {
            assert_eq!(unexplained(ftl), vec![], "{ftl}");
        }
    }

    #[test]
    fn each_variable_must_be_named() {
        let ftl = "# $a (Number) - the first, e.g. 1\nsum = { $a } and { $b }\n";
        assert_eq!(unexplained(ftl), vec![pair("sum", "b")]);
        let both = "# $a (Number) - the first, e.g. 1\n# $b (Number) - the second, e.g. 2\nsum = { $a } and { $b }\n";
        assert_eq!(unexplained(both), vec![]);
    }

    #[test]
    fn a_comment_must_name_the_variable_whole_and_sit_directly_above() {
        for (ftl, unexplained_pair) in [
            // `$name` does not explain `$n`.
            (
                "# $name (String) - a name, e.g. \"Sam\"\nitem = Item { $n }\n",
                Some(("item", "n")),
            ),
            // Without the `$` it is just a word.
            (
                "# name (String) - a name, e.g. \"Sam\"\ngreeting = Hi { $name }\n",
                Some(("greeting", "name")),
            ),
            // A blank line detaches the comment; a group comment never attaches.
            (
                "# $name (String) - a name\n\ngreeting = Hi { $name }\n",
                Some(("greeting", "name")),
            ),
            (
                "## $name (String) - a name\ngreeting = Hi { $name }\n",
                Some(("greeting", "name")),
            ),
            // Punctuation after the name is fine.
            (
                "# $name: a name, e.g. \"Sam\"\ngreeting = Hi { $name }\n",
                None,
            ),
        ] {
            let expected: Vec<_> = unexplained_pair
                .map(|(m, v)| pair(m, v))
                .into_iter()
                .collect();
            assert_eq!(unexplained(ftl), expected, "{ftl}");
        }
    }

    #[test]
    fn select_expressions_count_selector_and_variants() {
        let ftl = "\
# $count (Number) - how many, e.g. 3
done = { $count ->
    [one] One for { $who }
   *[other] { $count } for { $who }
}
";
        assert_eq!(unexplained(ftl), vec![pair("done", "who")]);
        let selector_only = "\
# $who (String) - who, e.g. \"Sam\"
done = { $count ->
    [one] One for { $who }
   *[other] Many for { $who }
}
";
        assert_eq!(unexplained(selector_only), vec![pair("done", "count")]);
    }

    #[test]
    fn attributes_count() {
        let ftl = "\
# $name (String) - a name, e.g. \"Sam\"
button = Call { $name }
    .title = Call { $name } at { $number }
";
        assert_eq!(unexplained(ftl), vec![pair("button", "number")]);
        let attr_only = "button = Call\n    .aria-label = Call { $name }\n";
        assert_eq!(unexplained(attr_only), vec![pair("button", "name")]);
    }

    #[test]
    fn terms_are_checked_too() {
        assert_eq!(
            unexplained("-who = { $name }\nhi = Hi { -who }\n"),
            vec![pair("-who", "name")]
        );
    }

    #[test]
    fn easy_read_in_en_gb_is_checked_too() {
        let standard = "# $name (String) - a name, e.g. \"Sam\"\nplain = Hi { $name }\n";
        assert_eq!(
            unexplained_files(standard, "plain = Hello { $name }\n"),
            vec![pair("plain", "name")]
        );
        assert_eq!(
            unexplained_files(
                standard,
                "# $name (String) - a name, e.g. \"Sam\"\nplain = Hello { $name }\n"
            ),
            vec![]
        );
    }

    #[test]
    fn only_the_reference_locale_needs_comments() {
        let mut set = LocaleSet::default();
        set.insert(
            REFERENCE_LOCALE,
            STANDARD_FILE,
            "# $name (String) - a name, e.g. \"Sam\"\ngreeting = Hi { $name }\n",
        );
        set.insert("pl", STANDARD_FILE, "greeting = Cześć { $name }\n");
        set.insert("pl", EASY_READ_FILE, "greeting = Cześć { $name }\n");
        set.insert(
            "pl",
            INFO_FILE,
            "name = \"Polski\"\ndirection = \"ltr\"\nstatus = \"reviewed\"\n",
        );
        let report = lint(&set, None);
        assert!(
            !report.has(Rule::VariableUnexplained),
            "{}",
            report.render()
        );
    }
}
