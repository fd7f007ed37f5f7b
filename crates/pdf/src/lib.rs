//! Lays out a document and writes it as a PDF: A4 pages, or wallet-sized
//! cards on A4 with cut marks.
//!
//! The crate knows no language: every word comes from the caller in a
//! [`Document`]. It shapes text (Arabic joined, Bengali and Gurmukhi
//! conjuncts), orders mixed right-to-left and left-to-right text by the
//! Unicode bidi algorithm, wraps lines, keeps headings with what follows
//! them and numbers the pages. Fonts are embedded and subset by krilla.
//! Hostile text never panics: bidi controls are stripped, words too long for
//! a line are broken, and a character no font has shows the .notdef box.

mod layout;
mod text;

pub use text::clean;

/// What a document is printed on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageSize {
    /// A4 portrait pages, 210 × 297 mm.
    A4,
    /// Cards the size of a bank card (85.6 × 54 mm, ISO/IEC 7810 ID-1), eight
    /// to an A4 page with cut marks: every printer takes A4, and a card that
    /// does not fit on one front flows onto the next card.
    CardsOnA4,
}

/// One piece of a document, in reading order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// A section heading, kept on the same page as the first line after it.
    Heading(String),
    /// A field: a label (kept with the text) and text; newlines start new paragraphs.
    Text { label: String, text: String },
    /// A labelled list; an item's later lines are indented under its first.
    Bullets { label: String, items: Vec<String> },
    /// A paragraph of plain text (a declaration).
    Paragraph(String),
    /// Small grey text (a review date under a heading).
    Note(String),
    /// A line to sign or write on, with its label under it.
    SignatureLine(String),
}

/// A document to print. Every word is the caller's, in the person's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// BCP 47 language tag (`en-GB`, `ar`, `ur`): the PDF's language, and
    /// Nastaliq rather than Naskh for Urdu.
    pub lang: String,
    /// Right-to-left: paragraphs start on the right.
    pub rtl: bool,
    pub page: PageSize,
    pub title: String,
    /// Lines under the title: dates, status, instructions.
    pub subtitle: Vec<String>,
    pub blocks: Vec<Block>,
    /// Small print at the foot of every A4 page.
    pub footer: String,
    /// Page numbers, e.g. `Page {page} of {pages}`; empty for none.
    pub page_label: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error(pub String);

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

/// The document as PDF bytes.
pub fn render(doc: &Document) -> Result<Vec<u8>, Error> {
    let fonts = text::Fonts::new(&doc.lang)
        .ok_or_else(|| Error("a bundled font could not be read".into()))?;
    layout::render(doc, &fonts)
}
