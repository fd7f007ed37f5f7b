//! `plan export`: a view as a self-contained HTML page, as JSON, or as a PDF
//! (A4 pages; the card as bank-card-sized cards on A4 with cut marks).
//!
//! The HTML has no external resources (no scripts, fonts or images; a CSP
//! that forbids loading anything), escapes every piece of text, and prints on
//! A4 (print CSS, sections kept together where they fit) and reads on a phone
//! (fluid width, large touch-friendly text).
//!
//! Every word on the page comes from the Fluent files in the person's
//! language (see [`Labels`]); the page is marked with its language and
//! direction.

use harbour_api::Error;
use harbour_l10n::{negotiate, Direction, FluentArgs, LocaleSet, Localizer};
use harbour_model::{CheckIn, View, ViewField, ViewKind};
use serde::Serialize;

pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Bidi overrides/isolates in pasted text must not reorder the page.
            '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => {}
            c => out.push(c),
        }
    }
    out
}

/// The words of an export, in the person's language, from the same Fluent
/// files (and message ids) as the app's screens, so a printed plan reads
/// like the app. A message missing everywhere falls back to the id's own
/// plain form, never to an empty heading.
pub struct Labels {
    localizer: Localizer,
    direction: &'static str,
}

impl Labels {
    /// Labels in `locale` (negotiated against the shipped locales; en-GB when unknown).
    pub fn new(locale: &str) -> Labels {
        let set = LocaleSet::bundled();
        let chosen = negotiate(&[locale], &set.available());
        let direction = match set.info(&chosen).map(|i| i.direction) {
            Some(Direction::Rtl) => "rtl",
            _ => "ltr",
        };
        Labels {
            localizer: Localizer::new(&set, &chosen, false),
            direction,
        }
    }

    pub fn locale(&self) -> &str {
        self.localizer.locale()
    }

    pub fn rtl(&self) -> bool {
        self.direction == "rtl"
    }

    fn text(&self, id: &str, args: &[(&'static str, &str)]) -> String {
        let mut fluent = FluentArgs::new();
        for (k, v) in args {
            fluent.set(*k, v.to_string());
        }
        let text = self
            .localizer
            .format(id, (!args.is_empty()).then_some(&fluent));
        if text.is_empty() {
            id.to_string()
        } else {
            text
        }
    }

    /// A plan section (`toolbox`) or a part of the safety plan
    /// (`safety_coping`), the card (`card_contacts`) or the advance choice
    /// document (`advance_values`).
    pub fn section(&self, id: &str) -> String {
        if id.starts_with("safety_") {
            self.text(&format!("safety-part-{id}"), &[])
        } else if let Some(part) = id.strip_prefix("card_") {
            self.text(&format!("views-card-{}", part.replace('_', "-")), &[])
        } else if let Some(part) = id.strip_prefix("advance_") {
            self.text(&format!("advance-part-{part}"), &[])
        } else {
            self.text(&format!("section-{id}-title"), &[])
        }
    }

    /// A field, by its path (`crisis.supporters`).
    pub fn field(&self, path: &str) -> String {
        self.text(&format!("field-{}", path.replace('.', "-")), &[])
    }

    fn item_key(&self, key: &str) -> String {
        self.text(&format!("item-key-{key}"), &[])
    }

    fn view_title(&self, kind: ViewKind) -> String {
        self.text(
            match kind {
                ViewKind::Full => "home-view-full",
                ViewKind::Safety => "home-view-safety",
                ViewKind::Crisis => "home-crisis-heading",
                ViewKind::Card => "views-card-title",
                ViewKind::AdvanceChoice => "advance-title",
            },
            &[],
        )
    }

    fn crisis_status(&self, view: &View) -> String {
        use harbour_model::CrisisStatus::*;
        let s = &view.crisis_state;
        let status = self.text(
            match s.status {
                Inactive => "crisis-status-inactive",
                Active => "crisis-status-active",
                StoodDown => "crisis-status-stood_down",
            },
            &[],
        );
        let mut out = self.text("export-crisis-status", &[("status", &status)]);
        if let (Some(by), Some(at)) = (&s.by, &s.at) {
            // As on screen: "me" in the reader's language, the day without the time.
            let by = if by == "me" {
                self.text("crisis-me", &[])
            } else {
                by.clone()
            };
            let day = at.get(..10).unwrap_or(at);
            out.push_str(". ");
            out.push_str(&self.text("crisis-status-since", &[("by", &by), ("date", day)]));
        }
        out
    }
}

/// The lines an advance choice document is signed on: the person's, then
/// (after `advance-witness-statement`) a witness's.
const ADVANCE_SIGNATURES: [&str; 6] = [
    "advance-person-name",
    "advance-signed-person",
    "export-date",
    "advance-witness-name",
    "advance-signed-witness",
    "export-date",
];

const CSS: &str = r#"
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif;
  font-size: 1.05rem; line-height: 1.5; color: #111; background: #fff; margin: 0 auto;
  padding: 1rem; max-width: 48rem; overflow-wrap: anywhere; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.25rem; margin: 1.5rem 0 .5rem; padding-bottom: .2rem; border-bottom: 2px solid #333; }
h3 { font-size: 1.05rem; margin: .9rem 0 .3rem; }
p, ul { margin: .2rem 0 .6rem; }
ul { padding-inline-start: 1.3rem; }
li { margin: .15rem 0; }
.meta { color: #333; font-size: .95rem; margin: 0 0 .2rem; }
.status { font-weight: 700; padding: .4rem .6rem; border: 2px solid #111; display: inline-block; margin: .4rem 0; }
.text { white-space: pre-wrap; }
.sub { display: block; color: #333; font-size: .95rem; }
.empty { color: #555; font-style: italic; }
footer { margin-top: 2rem; font-size: .85rem; color: #333; }
.sign { margin: 2.2rem 0 .6rem; padding-top: .2rem; border-top: 1px solid #111; max-width: 20rem; font-size: .9rem; }
@media (max-width: 30rem) { body { padding: .75rem; font-size: 1.1rem; } h1 { font-size: 1.4rem; } }
@page { size: A4; margin: 15mm 15mm 18mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  h2 { break-after: avoid; page-break-after: avoid; }
  h3 { break-after: avoid; page-break-after: avoid; }
  section.field { break-inside: avoid; page-break-inside: avoid; }
  .status { border-width: 1.5pt; }
}
"#;

fn field_html(out: &mut String, f: &ViewField, labels: &Labels) {
    out.push_str("<section class=\"field\">\n<h3>");
    out.push_str(&escape(&labels.field(&f.id)));
    out.push_str("</h3>\n");
    if f.kind == "text" {
        if f.text.trim().is_empty() {
            out.push_str(&format!(
                "<p class=\"empty\">{}</p>\n",
                escape(&labels.text("views-empty", &[]))
            ));
        } else {
            out.push_str("<p class=\"text\">");
            out.push_str(&escape(&f.text));
            out.push_str("</p>\n");
        }
    } else if f.items.is_empty() {
        out.push_str(&format!(
            "<p class=\"empty\">{}</p>\n",
            escape(&labels.text("editor-empty-list", &[]))
        ));
    } else {
        out.push_str("<ul>\n");
        for item in &f.items {
            out.push_str("<li>");
            let mut keys = f.item_keys.iter();
            if let Some(primary) = keys.next() {
                out.push_str("<span class=\"text\">");
                out.push_str(&escape(item.values.get(primary).map_or("", String::as_str)));
                out.push_str("</span>");
            }
            for k in keys {
                if let Some(v) = item.values.get(k).filter(|v| !v.is_empty()) {
                    out.push_str("<span class=\"sub text\">");
                    out.push_str(&escape(&labels.item_key(k)));
                    out.push_str(": ");
                    out.push_str(&escape(v));
                    out.push_str("</span>");
                }
            }
            out.push_str("</li>\n");
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</section>\n");
}

/// A self-contained, printable HTML page, in the language of `labels`.
pub fn html(view: &View, labels: &Labels) -> String {
    let title = labels.view_title(view.kind);
    let mut out = String::with_capacity(8 * 1024);
    out.push_str(&format!(
        "<!DOCTYPE html>\n<html lang=\"{}\" dir=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n",
        escape(labels.locale()),
        labels.direction
    ));
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.push_str("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n");
    out.push_str("<meta name=\"referrer\" content=\"no-referrer\">\n<title>");
    out.push_str(&escape(&title));
    out.push_str("</title>\n<style>");
    out.push_str(CSS);
    out.push_str("</style>\n</head>\n<body>\n<header>\n<h1>");
    out.push_str(&escape(&title));
    out.push_str("</h1>\n");
    match &view.valid_as_of {
        Some(d) => out.push_str(&format!(
            "<p class=\"meta\"><time datetime=\"{}\">{}</time></p>\n",
            escape(d),
            escape(&labels.text("views-valid-as-of", &[("date", d)]))
        )),
        None => out.push_str(&format!(
            "<p class=\"meta\">{}</p>\n",
            escape(&labels.text("export-not-dated", &[]))
        )),
    }
    if view.kind != ViewKind::Safety {
        out.push_str("<p class=\"status\">");
        out.push_str(&escape(&labels.crisis_status(view)));
        out.push_str("</p>\n");
    }
    out.push_str("</header>\n<main>\n");
    if view.kind == ViewKind::AdvanceChoice {
        out.push_str(&format!(
            "<p>{}</p>\n",
            escape(&labels.text("advance-declaration", &[]))
        ));
    }
    if view.sections.iter().all(|s| s.fields.is_empty()) {
        out.push_str(&format!(
            "<p class=\"empty\">{}</p>\n",
            escape(&labels.text("views-empty", &[]))
        ));
    }
    for s in view.sections.iter().filter(|s| !s.fields.is_empty()) {
        out.push_str(&format!("<section id=\"{}\">\n<h2>", escape(&s.id)));
        out.push_str(&escape(&labels.section(&s.id)));
        out.push_str("</h2>\n");
        match &s.last_reviewed {
            Some(d) => out.push_str(&format!(
                "<p class=\"meta\"><time datetime=\"{}\">{}</time></p>\n",
                escape(d),
                escape(&labels.text("views-reviewed", &[("date", d)]))
            )),
            None => out.push_str(&format!(
                "<p class=\"meta\">{}</p>\n",
                escape(&labels.text("home-never-reviewed", &[]))
            )),
        }
        for f in &s.fields {
            field_html(&mut out, f, labels);
        }
        out.push_str("</section>\n");
    }
    if view.kind == ViewKind::AdvanceChoice {
        // Lines to sign on paper, as in the PDF.
        out.push_str("<section class=\"field\">\n");
        for (i, id) in ADVANCE_SIGNATURES.iter().enumerate() {
            if i == 3 {
                out.push_str(&format!(
                    "<p>{}</p>\n",
                    escape(&labels.text("advance-witness-statement", &[]))
                ));
            }
            out.push_str(&format!(
                "<p class=\"sign\">{}</p>\n",
                escape(&labels.text(id, &[]))
            ));
        }
        out.push_str("</section>\n");
    }
    out.push_str("</main>\n<footer>\n<p>");
    out.push_str(&escape(&labels.text("export-footer", &[])));
    if view.kind != ViewKind::Full {
        out.push(' ');
        out.push_str(&escape(&labels.text("export-emergency", &[])));
    }
    out.push_str("</p>\n</footer>\n</body>\n</html>\n");
    out
}

/// A list item as lines: its first value, then each other value as
/// "Key: value".
fn item_lines(f: &ViewField, item: &harbour_model::ViewItem, labels: &Labels) -> String {
    let mut keys = f.item_keys.iter();
    let mut out = keys
        .next()
        .and_then(|k| item.values.get(k))
        .cloned()
        .unwrap_or_default();
    for k in keys {
        if let Some(v) = item.values.get(k).filter(|v| !v.is_empty()) {
            out.push('\n');
            out.push_str(&labels.item_key(k));
            out.push_str(": ");
            out.push_str(v);
        }
    }
    out
}

/// A card's item on one line: "Sam (sister) 07700 900123".
fn card_item(item: &harbour_model::ViewItem) -> String {
    let get = |k: &str| item.values.get(k).map(String::as_str).unwrap_or("");
    match (get("name"), get("text")) {
        ("", text) => text.to_string(),
        (name, _) => {
            let mut out = name.to_string();
            if !get("role").is_empty() {
                out.push_str(&format!(" ({})", get("role")));
            }
            if !get("contact").is_empty() {
                out.push(' ');
                out.push_str(get("contact"));
            }
            out
        }
    }
}

fn field_block(f: &ViewField, labels: &Labels, label: String) -> harbour_pdf::Block {
    use harbour_pdf::Block;
    if f.kind == "text" {
        let text = if f.text.trim().is_empty() {
            labels.text("views-empty", &[])
        } else {
            f.text.clone()
        };
        Block::Text { label, text }
    } else if f.items.is_empty() {
        Block::Text {
            label,
            text: labels.text("editor-empty-list", &[]),
        }
    } else {
        Block::Bullets {
            label,
            items: f.items.iter().map(|i| item_lines(f, i, labels)).collect(),
        }
    }
}

/// The view as a [`harbour_pdf::Document`] in the language of `labels`.
pub fn pdf_document(view: &View, labels: &Labels) -> harbour_pdf::Document {
    use harbour_pdf::{Block, Document, PageSize};
    let dated = match &view.valid_as_of {
        Some(d) => labels.text("views-valid-as-of", &[("date", d)]),
        None => labels.text("export-not-dated", &[]),
    };
    let mut subtitle = vec![];
    let mut blocks = vec![];
    let mut footer = labels.text("export-footer", &[]);
    if view.kind != ViewKind::Full {
        footer.push(' ');
        footer.push_str(&labels.text("export-emergency", &[]));
    }
    match view.kind {
        ViewKind::AdvanceChoice => {
            subtitle.push(labels.text("advance-law", &[]));
            subtitle.push(match &view.valid_as_of {
                Some(d) => labels.text("advance-made-on", &[("date", d)]),
                None => labels.text("export-not-dated", &[]),
            });
            // Every part draws on the crisis section: one review date.
            subtitle.push(
                match view.sections.first().and_then(|s| s.last_reviewed.as_ref()) {
                    Some(d) => labels.text("advance-reviewed-on", &[("date", d)]),
                    None => labels.text("home-never-reviewed", &[]),
                },
            );
            blocks.push(Block::Paragraph(labels.text("advance-declaration", &[])));
        }
        ViewKind::Card => {
            subtitle.push(labels.text("views-card-intro", &[]));
            subtitle.push(dated);
        }
        _ => {
            subtitle.push(dated);
            if view.kind != ViewKind::Safety {
                subtitle.push(labels.crisis_status(view));
            }
        }
    }
    if view.sections.iter().all(|s| s.fields.is_empty()) {
        blocks.push(Block::Paragraph(labels.text("views-empty", &[])));
    }
    for s in view.sections.iter().filter(|s| !s.fields.is_empty()) {
        blocks.push(Block::Heading(labels.section(&s.id)));
        if view.kind == ViewKind::Card {
            // A card has room for values only: the part's heading says what they are.
            let items = s
                .fields
                .iter()
                .flat_map(|f| {
                    let text = (!f.text.trim().is_empty()).then(|| f.text.clone());
                    text.into_iter().chain(f.items.iter().map(card_item))
                })
                .collect();
            blocks.push(Block::Bullets {
                label: String::new(),
                items,
            });
            continue;
        }
        if view.kind != ViewKind::AdvanceChoice {
            blocks.push(Block::Note(match &s.last_reviewed {
                Some(d) => labels.text("views-reviewed", &[("date", d)]),
                None => labels.text("home-never-reviewed", &[]),
            }));
        }
        for f in &s.fields {
            blocks.push(field_block(f, labels, labels.field(&f.id)));
        }
    }
    match view.kind {
        ViewKind::Card => blocks.push(Block::Paragraph(labels.text("views-card-more", &[]))),
        ViewKind::AdvanceChoice => {
            for id in [
                "advance-person-name",
                "advance-signed-person",
                "export-date",
            ] {
                blocks.push(Block::SignatureLine(labels.text(id, &[])));
            }
            blocks.push(Block::Paragraph(
                labels.text("advance-witness-statement", &[]),
            ));
            for id in [
                "advance-witness-name",
                "advance-signed-witness",
                "export-date",
            ] {
                blocks.push(Block::SignatureLine(labels.text(id, &[])));
            }
        }
        _ => {}
    }
    Document {
        lang: labels.locale().to_string(),
        rtl: labels.rtl(),
        page: if view.kind == ViewKind::Card {
            PageSize::CardsOnA4
        } else {
            PageSize::A4
        },
        title: labels.view_title(view.kind),
        subtitle,
        blocks,
        footer,
        page_label: labels.text("export-page", &[("page", "{page}"), ("pages", "{pages}")]),
    }
}

/// The view as a PDF, in the language of `labels`.
pub fn pdf(view: &View, labels: &Labels) -> Result<Vec<u8>, Error> {
    harbour_pdf::render(&pdf_document(view, labels))
        .map_err(|e| Error::new(harbour_api::ErrorCode::Internal, e.to_string()))
}

#[derive(Serialize)]
struct JsonExport<'a> {
    format: &'static str,
    version: u32,
    view: &'a View,
    #[serde(skip_serializing_if = "Option::is_none")]
    checkins: Option<&'a [CheckIn]>,
}

/// `{ "format": "harbour-plan", "version": 1, "view": { ... } }`, with
/// `"checkins": [ ... ]` when given (the whole plan's export).
pub fn json(view: &View, checkins: Option<&[CheckIn]>) -> Result<String, Error> {
    serde_json::to_string_pretty(&JsonExport {
        format: "harbour-plan",
        version: 1,
        view,
        checkins,
    })
    .map(|mut s| {
        s.push('\n');
        s
    })
    .map_err(|e| Error::new(harbour_api::ErrorCode::Internal, e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use harbour_model::{registry, views, Item, Plan};

    #[test]
    fn every_field_and_section_has_a_label_in_every_shipped_language() {
        let set = LocaleSet::bundled();
        for locale in set.available() {
            let labels = Labels::new(&locale);
            assert_eq!(labels.locale(), locale);
            for s in registry::SECTIONS {
                assert_ne!(labels.section(s.id), format!("section-{}-title", s.id));
                for f in s.field_specs() {
                    let path = f.path();
                    assert!(
                        !labels.field(&path).starts_with("field-"),
                        "{locale} {path}"
                    );
                }
            }
            for (part, _) in views::SAFETY_PARTS
                .iter()
                .chain(views::CARD_PARTS)
                .chain(views::ADVANCE_CHOICE_PARTS)
            {
                let label = labels.section(part);
                assert!(
                    !label.starts_with("safety-part-")
                        && !label.starts_with("views-card-")
                        && !label.starts_with("advance-part-"),
                    "{locale} {part}"
                );
            }
            for kind in ViewKind::ALL {
                let title = labels.view_title(kind);
                assert!(
                    !["home-", "views-", "advance-"]
                        .iter()
                        .any(|p| title.starts_with(p)),
                    "{locale} {kind:?}: {title}"
                );
            }
            for id in [
                "export-crisis-status",
                "export-not-dated",
                "export-footer",
                "export-emergency",
            ] {
                assert_ne!(labels.text(id, &[("status", "x")]), id, "{locale} {id}");
            }
        }
    }

    #[test]
    fn the_page_speaks_the_persons_language_and_direction() {
        let mut plan = Plan::default();
        plan.sections
            .entry("crisis".into())
            .or_default()
            .text
            .insert("when_well".into(), "Calm".into());
        let crisis = views::crisis(&plan);
        let english = html(&crisis, &Labels::new("en-GB"));
        assert!(english.contains("<html lang=\"en-GB\" dir=\"ltr\">"));
        assert!(english.contains("<h1>My crisis plan</h1>"), "{english}");
        assert!(english.contains("Crisis plan: not active"), "{english}");
        let arabic = html(&crisis, &Labels::new("ar"));
        assert!(arabic.contains("<html lang=\"ar\" dir=\"rtl\">"));
        assert!(!arabic.contains("My crisis plan"), "{arabic}");
        assert!(
            arabic.contains("Calm"),
            "the person's own words stay as written"
        );
        // A language Harbour does not ship falls back to en-GB, never to ids.
        let unknown = html(&crisis, &Labels::new("xx-YY"));
        assert!(unknown.contains("<h1>My crisis plan</h1>"));
        assert!(!unknown.contains("export-"), "{unknown}");
    }

    #[test]
    fn who_changed_the_crisis_state_and_when_read_in_the_persons_language() {
        let mut plan = Plan {
            crisis_state: harbour_model::CrisisState {
                status: harbour_model::CrisisStatus::Active,
                by: Some("me".into()),
                at: Some("2026-11-23T18:04:05Z".into()),
            },
            ..Plan::default()
        };
        let crisis = views::crisis(&plan);
        let welsh = html(&crisis, &Labels::new("cy"));
        let said = Labels::new("cy").text(
            "crisis-status-since",
            &[("by", "fi"), ("date", "2026-11-23")],
        );
        assert!(welsh.contains(&escape(&said)), "{welsh}");
        assert!(
            !welsh.contains("T18:04") && !welsh.contains(" me "),
            "{welsh}"
        );
        plan.crisis_state.by = Some("Sam".into());
        let english = html(&views::crisis(&plan), &Labels::new("en-GB"));
        assert!(
            english.contains("Changed by Sam on 2026-11-23"),
            "{english}"
        );
    }

    #[test]
    fn html_escapes_everything_and_loads_nothing() {
        let mut plan = Plan::default();
        let sec = plan.sections.entry("crisis".into()).or_default();
        sec.text.insert(
            "when_well".into(),
            "<script>alert('x')</script> & \"q\"".into(),
        );
        sec.lists.entry("supporters".into()).or_default().insert(
            "a".repeat(32),
            Item {
                order: "V".into(),
                values: [
                    ("name".to_string(), "<img src=x onerror=1>".to_string()),
                    ("contact".to_string(), "\u{202e}0770".to_string()),
                ]
                .into(),
            },
        );
        for kind in [ViewKind::Full, ViewKind::Safety, ViewKind::Crisis] {
            let page = html(&views::render(&plan, kind), &Labels::new("en-GB"));
            assert!(!page.contains("<script"), "{page}");
            assert!(!page.contains("<img"), "{page}");
            assert!(!page.contains('\u{202e}'));
            assert!(!page.contains("http://") && !page.contains("https://"));
            assert!(!page.contains("<link") && !page.contains("url("), "{page}");
            assert!(page.contains("@page { size: A4"));
        }
        let page = html(&views::crisis(&plan), &Labels::new("en-GB"));
        assert!(
            page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;")
        );
    }

    #[test]
    fn the_pdf_document_speaks_the_persons_language_and_signs_an_advance_choice() {
        use harbour_pdf::{Block, PageSize};
        let mut plan = Plan {
            valid_as_of: Some("2026-11-30".into()),
            ..Plan::default()
        };
        let sec = plan.sections.entry("crisis".into()).or_default();
        sec.text
            .insert("values_statement".into(), "Family first".into());
        sec.lists.entry("supporters".into()).or_default().insert(
            "a".repeat(32),
            Item {
                order: "V".into(),
                values: [
                    ("name".to_string(), "Sam".to_string()),
                    ("role".to_string(), "sister".to_string()),
                    ("contact".to_string(), "07700 900123".to_string()),
                    ("tasks".to_string(), "stays with me".to_string()),
                ]
                .into(),
            },
        );
        let welsh = Labels::new("cy");
        let acd = pdf_document(&views::advance_choice(&plan), &welsh);
        assert_eq!(
            (acd.lang.as_str(), acd.rtl, acd.page),
            ("cy", false, PageSize::A4)
        );
        assert_eq!(acd.title, welsh.text("advance-title", &[]));
        assert!(acd
            .subtitle
            .contains(&welsh.text("advance-made-on", &[("date", "2026-11-30")])));
        assert!(acd
            .subtitle
            .contains(&welsh.text("home-never-reviewed", &[])));
        assert_eq!(
            acd.blocks[0],
            Block::Paragraph(welsh.text("advance-declaration", &[]))
        );
        let signatures = acd
            .blocks
            .iter()
            .filter(|b| matches!(b, Block::SignatureLine(_)))
            .count();
        assert_eq!(
            signatures, 6,
            "name, signature and date, for the person and a witness"
        );
        assert!(acd.page_label.contains("{page}") && acd.page_label.contains("{pages}"));
        assert!(acd.blocks.contains(&Block::Text {
            label: welsh.field("crisis.values_statement"),
            text: "Family first".into()
        }));

        // The card: cards on A4, one line per supporter, no tasks.
        let arabic = Labels::new("ar");
        let card = pdf_document(&views::card(&plan), &arabic);
        assert!(card.rtl && card.page == PageSize::CardsOnA4);
        assert!(card.blocks.contains(&Block::Bullets {
            label: String::new(),
            items: vec!["Sam (sister) 07700 900123".into()],
        }));
        assert!(!format!("{:?}", card.blocks).contains("stays with me"));
        // The HTML page is signed the same way.
        let page = html(&views::advance_choice(&plan), &welsh);
        assert!(page.contains(&escape(&welsh.text("advance-declaration", &[]))));
        assert_eq!(page.matches("<p class=\"sign\">").count(), 6, "{page}");
        // Every view renders.
        for kind in ViewKind::ALL {
            let bytes = pdf(&views::render(&plan, kind), &arabic).unwrap();
            assert!(bytes.starts_with(b"%PDF-"), "{kind:?}");
        }
    }
}
