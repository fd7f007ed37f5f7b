//! `plan export`: a view as a self-contained HTML page or as JSON.
//!
//! The HTML has no external resources (no scripts, fonts or images; a CSP
//! that forbids loading anything), escapes every piece of text, and prints on
//! A4 (print CSS, sections kept together where they fit) and reads on a phone
//! (fluid width, large touch-friendly text).
//!
//! Headings are en-GB for now; they move to the Fluent files (via
//! harbour-l10n) when exports learn the person's language.

use crate::Error;
use harbour_model::{View, ViewField, ViewKind};
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

pub fn section_label(id: &str) -> &str {
    match id {
        "toolbox" => "Wellness toolbox",
        "daily" => "Daily plan",
        "triggers" => "Triggers",
        "early_warning" => "Early warning signs",
        "breaking_down" => "When things are breaking down",
        "crisis" => "Crisis plan",
        "after_crisis" => "After a crisis",
        "reasons" => "Reasons to keep going",
        "safety_warning_signs" => "Warning signs",
        "safety_coping" => "Things that help me",
        "safety_actions" => "What I will do",
        "safety_people" => "People I can contact",
        "safety_surroundings" => "Making my surroundings safer",
        "safety_reasons" => "My reasons to keep going",
        other => other,
    }
}

pub fn field_label(path: &str) -> &str {
    match path {
        "toolbox.helps" => "Things that help me stay well",
        "toolbox.avoid" => "Things to avoid",
        "daily.when_well" => "What I'm like when I'm well",
        "daily.every_day" => "What I need to do every day",
        "daily.might_need" => "Things I might need to do",
        "triggers.triggers" => "What can set me back",
        "triggers.must_do" | "early_warning.must_do" => "What I must do",
        "triggers.might_do" | "early_warning.might_do" | "breaking_down.might_do" => {
            "What I might do"
        }
        "early_warning.signs" => "Early warning signs",
        "breaking_down.signs" => "Signs things are breaking down",
        "breaking_down.must_do" => "Urgent actions, including asking for help",
        "crisis.when_well" => "What I'm like when I'm well",
        "crisis.take_over_signs" => "Signs that others should take over",
        "crisis.supporters" => "People I want to help me",
        "crisis.not_involved" => "People I do not want involved",
        "crisis.disagreements" => "How disagreements are settled",
        "crisis.medication_current" => "Medication I take now",
        "crisis.medication_preferred" => "Medication I prefer",
        "crisis.medication_acceptable" => "Medication that is acceptable",
        "crisis.medication_unacceptable" => "Medication that is not acceptable",
        "crisis.allergies" => "Allergies",
        "crisis.treatments_current" => "Treatments I have now",
        "crisis.treatments_preferred" => "Treatments I prefer",
        "crisis.treatments_acceptable" => "Treatments that are acceptable",
        "crisis.treatments_unacceptable" => "Treatments that are not acceptable",
        "crisis.home_care" => "Home, community or respite care",
        "crisis.places_preferred" => "Places I would prefer for treatment",
        "crisis.places_unacceptable" => "Places that are not acceptable",
        "crisis.help_wanted" => "What helps",
        "crisis.help_unwanted" => "What does not help",
        "crisis.if_danger" => "If I am a danger to myself or others",
        "crisis.responsibilities" => "Who looks after what",
        "crisis.safer_surroundings" => "Making my surroundings safer",
        "crisis.money" => "Money matters",
        "crisis.no_longer_needed_signs" => "Signs this plan is no longer needed",
        "after_crisis.out_of_crisis_signs" => "How I'll know I'm out of crisis",
        "after_crisis.helpers" => "Who helps me",
        "after_crisis.first_steps" => "What to do first",
        "after_crisis.learning" => "What to learn from it",
        "reasons.reasons" => "Reasons to keep going",
        "reasons.good_moments" => "Good moments",
        other => other,
    }
}

fn key_label(key: &str) -> &str {
    match key {
        "role" => "Role",
        "contact" => "Contact",
        "tasks" => "Will help with",
        "why" => "Why",
        "who" => "Who",
        other => other,
    }
}

fn view_title(kind: ViewKind) -> &'static str {
    match kind {
        ViewKind::Full => "My recovery plan",
        ViewKind::Safety => "My safety plan",
        ViewKind::Crisis => "My crisis plan",
    }
}

fn status_label(view: &View) -> String {
    use harbour_model::CrisisStatus::*;
    let s = &view.crisis_state;
    let what = match s.status {
        Inactive => return "Crisis plan: not active".into(),
        Active => "Crisis plan: ACTIVE",
        StoodDown => "Crisis plan: stood down",
    };
    let mut out = what.to_string();
    if let Some(by) = &s.by {
        out.push_str(&format!(" by {by}"));
    }
    if let Some(at) = &s.at {
        out.push_str(&format!(" at {at}"));
    }
    out
}

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

fn field_html(out: &mut String, f: &ViewField) {
    out.push_str("<section class=\"field\">\n<h3>");
    out.push_str(&escape(field_label(&f.id)));
    out.push_str("</h3>\n");
    if f.kind == "text" {
        if f.text.trim().is_empty() {
            out.push_str("<p class=\"empty\">Not written yet</p>\n");
        } else {
            out.push_str("<p class=\"text\">");
            out.push_str(&escape(&f.text));
            out.push_str("</p>\n");
        }
    } else if f.items.is_empty() {
        out.push_str("<p class=\"empty\">Nothing listed yet</p>\n");
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
                    out.push_str(&escape(key_label(k)));
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

/// A self-contained, printable HTML page.
pub fn html(view: &View) -> String {
    let title = view_title(view.kind);
    let mut out = String::with_capacity(8 * 1024);
    out.push_str("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.push_str("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n");
    out.push_str("<meta name=\"referrer\" content=\"no-referrer\">\n<title>");
    out.push_str(&escape(title));
    out.push_str("</title>\n<style>");
    out.push_str(CSS);
    out.push_str("</style>\n</head>\n<body>\n<header>\n<h1>");
    out.push_str(&escape(title));
    out.push_str("</h1>\n");
    match &view.valid_as_of {
        Some(d) => out.push_str(&format!(
            "<p class=\"meta\">Valid as of <time datetime=\"{0}\">{0}</time></p>\n",
            escape(d)
        )),
        None => out.push_str("<p class=\"meta\">Not dated yet</p>\n"),
    }
    if view.kind != ViewKind::Safety {
        out.push_str("<p class=\"status\">");
        out.push_str(&escape(&status_label(view)));
        out.push_str("</p>\n");
    }
    out.push_str("</header>\n<main>\n");
    if view.sections.iter().all(|s| s.fields.is_empty()) {
        out.push_str("<p class=\"empty\">Nothing has been written here yet.</p>\n");
    }
    for s in view.sections.iter().filter(|s| !s.fields.is_empty()) {
        out.push_str(&format!("<section id=\"{}\">\n<h2>", escape(&s.id)));
        out.push_str(&escape(section_label(&s.id)));
        out.push_str("</h2>\n");
        match &s.last_reviewed {
            Some(d) => out.push_str(&format!(
                "<p class=\"meta\">Last reviewed <time datetime=\"{0}\">{0}</time></p>\n",
                escape(d)
            )),
            None => out.push_str("<p class=\"meta\">Not reviewed yet</p>\n"),
        }
        for f in &s.fields {
            field_html(&mut out, f);
        }
        out.push_str("</section>\n");
    }
    out.push_str(
        "</main>\n<footer>\n<p>Made with Harbour. This page is private: keep it somewhere safe.",
    );
    if view.kind != ViewKind::Full {
        out.push_str(" In an emergency, call 999 (UK) or your local emergency number.");
    }
    out.push_str("</p>\n</footer>\n</body>\n</html>\n");
    out
}

#[derive(Serialize)]
struct JsonExport<'a> {
    format: &'static str,
    version: u32,
    view: &'a View,
}

/// `{ "format": "harbour-plan", "version": 1, "view": { ... } }`
pub fn json(view: &View) -> Result<String, Error> {
    serde_json::to_string_pretty(&JsonExport {
        format: "harbour-plan",
        version: 1,
        view,
    })
    .map(|mut s| {
        s.push('\n');
        s
    })
    .map_err(|e| Error::new(crate::ErrorCode::Internal, e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use harbour_model::{registry, views, Item, Plan};

    #[test]
    fn every_field_and_section_has_a_label() {
        for s in registry::SECTIONS {
            assert_ne!(section_label(s.id), s.id);
            for f in s.field_specs() {
                assert_ne!(field_label(&f.path()), f.path(), "{}", f.path());
            }
        }
        for (part, _) in views::SAFETY_PARTS {
            assert_ne!(section_label(part), *part);
        }
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
            let page = html(&views::render(&plan, kind));
            assert!(!page.contains("<script"), "{page}");
            assert!(!page.contains("<img"), "{page}");
            assert!(!page.contains('\u{202e}'));
            assert!(!page.contains("http://") && !page.contains("https://"));
            assert!(!page.contains("<link") && !page.contains("url("), "{page}");
            assert!(page.contains("@page { size: A4"));
        }
        let page = html(&views::crisis(&plan));
        assert!(
            page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;")
        );
    }
}
