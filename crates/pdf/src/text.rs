//! Text: fonts per script, bidi, line breaking and shaping.
//!
//! A paragraph is cut into runs of one bidi level and one font; each run is
//! shaped by rustybuzz (Arabic joined, Bengali and Gurmukhi conjuncts). Lines
//! break where UAX #14 allows, or inside a word too long for a line; each line
//! is reordered for display by UAX #9 (unicode-bidi).

use krilla::text::{Font, GlyphId, KrillaGlyph};
use rustybuzz::{Direction, Face, UnicodeBuffer};
use std::ops::Range;
use unicode_bidi::{BidiInfo, Level};
use unicode_linebreak::{linebreaks, BreakOpportunity};

// Subsets of Noto fonts (see fonts/subset.sh): about 1.4 MB in all.
static SANS: &[u8] = include_bytes!("../fonts/NotoSans-Regular.ttf");
static SANS_BOLD: &[u8] = include_bytes!("../fonts/NotoSans-Bold.ttf");
static NASKH: &[u8] = include_bytes!("../fonts/NotoNaskhArabic-Regular.ttf");
static NASKH_BOLD: &[u8] = include_bytes!("../fonts/NotoNaskhArabic-Bold.ttf");
static NASTALIQ: &[u8] = include_bytes!("../fonts/NotoNastaliqUrdu-Regular.ttf");
static BENGALI: &[u8] = include_bytes!("../fonts/NotoSansBengali-Regular.ttf");
static BENGALI_BOLD: &[u8] = include_bytes!("../fonts/NotoSansBengali-Bold.ttf");
static GURMUKHI: &[u8] = include_bytes!("../fonts/NotoSansGurmukhi-Regular.ttf");
static GURMUKHI_BOLD: &[u8] = include_bytes!("../fonts/NotoSansGurmukhi-Bold.ttf");

/// Index into [`Fonts::faces`].
pub(crate) type FontId = usize;
const SANS_ID: FontId = 0;
const ALL: [&[u8]; 9] = [
    SANS,
    SANS_BOLD,
    NASKH,
    NASKH_BOLD,
    NASTALIQ,
    BENGALI,
    BENGALI_BOLD,
    GURMUKHI,
    GURMUKHI_BOLD,
];

#[derive(Clone, Copy, PartialEq, Eq)]
enum Script {
    Latin,
    Arabic,
    Bengali,
    Gurmukhi,
}

/// The script a character needs a font for; `None` for spaces, digits,
/// punctuation and marks, which take the font of the text around them.
fn script(c: char) -> Option<Script> {
    match c {
        '\u{0600}'..='\u{06FF}'
        | '\u{0750}'..='\u{077F}'
        | '\u{08A0}'..='\u{08FF}'
        | '\u{FB50}'..='\u{FDFF}'
        | '\u{FE70}'..='\u{FEFF}' => Some(Script::Arabic),
        '\u{0980}'..='\u{09FF}' => Some(Script::Bengali),
        '\u{0A00}'..='\u{0A7F}' => Some(Script::Gurmukhi),
        c if c.is_alphabetic() => Some(Script::Latin),
        _ => None,
    }
}

pub(crate) struct LoadedFont {
    face: Face<'static>,
    pub(crate) pdf: Font,
    /// Above and below the baseline, in ems.
    pub(crate) ascent: f32,
    pub(crate) descent: f32,
}

pub(crate) struct Fonts {
    faces: Vec<LoadedFont>,
    /// Urdu is written in Nastaliq; other Arabic-script text in Naskh.
    urdu: bool,
    lang: Option<rustybuzz::Language>,
}

impl Fonts {
    pub(crate) fn new(lang: &str) -> Option<Fonts> {
        let faces = ALL
            .iter()
            .map(|bytes| {
                let face = Face::from_slice(bytes, 0)?;
                let pdf = Font::new(krilla::Data::from(*bytes), 0)?;
                let upem = face.units_per_em().max(1) as f32;
                Some(LoadedFont {
                    ascent: f32::from(face.ascender()) / upem,
                    descent: -f32::from(face.descender()) / upem,
                    face,
                    pdf,
                })
            })
            .collect::<Option<Vec<_>>>()?;
        let primary = lang.split(['-', '_']).next().unwrap_or("");
        Some(Fonts {
            faces,
            urdu: primary.eq_ignore_ascii_case("ur"),
            lang: primary.parse().ok(),
        })
    }

    pub(crate) fn get(&self, id: FontId) -> &LoadedFont {
        &self.faces[id]
    }

    fn preferred(&self, s: Script, bold: bool) -> FontId {
        let b = usize::from(bold);
        match s {
            Script::Latin => b,
            Script::Arabic if self.urdu => 4,
            Script::Arabic => 2 + b,
            Script::Bengali => 5 + b,
            Script::Gurmukhi => 7 + b,
        }
    }

    fn has(&self, id: FontId, c: char) -> bool {
        self.faces[id].face.glyph_index(c).is_some()
    }

    /// A font for `c`: `wanted` if it has the glyph, else the first that
    /// does, else `wanted` (which then shows its .notdef box).
    fn with_glyph(&self, wanted: FontId, c: char, bold: bool) -> FontId {
        if self.has(wanted, c) {
            return wanted;
        }
        let b = usize::from(bold);
        [b, 2 + b, 4, 5 + b, 7 + b]
            .into_iter()
            .find(|&id| self.has(id, c))
            .unwrap_or(wanted)
    }

    /// The font of each byte of `text`.
    fn assign(&self, text: &str, bold: bool) -> Vec<FontId> {
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let strong: Vec<Option<FontId>> = chars
            .iter()
            .map(|&(_, c)| script(c).map(|s| self.with_glyph(self.preferred(s, bold), c, bold)))
            .collect();
        let mut out = vec![SANS_ID; text.len()];
        let mut prev: Option<FontId> = None;
        for (i, &(at, c)) in chars.iter().enumerate() {
            let id = match strong[i] {
                Some(id) => id,
                None => {
                    // Neutrals join the text before them, or else the text after.
                    let near = prev
                        .or_else(|| strong[i..].iter().flatten().next().copied())
                        .unwrap_or(usize::from(bold));
                    self.with_glyph(near, c, bold)
                }
            };
            if strong[i].is_some() {
                prev = Some(id);
            }
            out[at..at + c.len_utf8()].fill(id);
        }
        out
    }

    /// Shapes `text` in one font and direction; advances in ems.
    pub(crate) fn shape(&self, id: FontId, text: &str, rtl: bool) -> (Vec<KrillaGlyph>, f32) {
        let (glyphs, width, _) = self.shape_with_extent(id, text, rtl);
        (glyphs, width)
    }

    /// [`Fonts::shape`], and how far the ink reaches above and below the
    /// baseline, in ems. Nastaliq declares 2.5 em of line for its tallest
    /// stacks; most lines need far less, so lines take their real height.
    fn shape_with_extent(
        &self,
        id: FontId,
        text: &str,
        rtl: bool,
    ) -> (Vec<KrillaGlyph>, f32, (f32, f32)) {
        let face = &self.faces[id].face;
        let mut buffer = UnicodeBuffer::new();
        buffer.push_str(text);
        buffer.guess_segment_properties();
        buffer.set_direction(if rtl {
            Direction::RightToLeft
        } else {
            Direction::LeftToRight
        });
        if let Some(lang) = &self.lang {
            buffer.set_language(lang.clone());
        }
        let out = rustybuzz::shape(face, &[], buffer);
        let upem = face.units_per_em().max(1) as f32;
        let infos = out.glyph_infos();
        // Each cluster covers the text up to the next cluster (in logical order).
        let mut starts: Vec<usize> = infos.iter().map(|i| i.cluster as usize).collect();
        starts.sort_unstable();
        starts.dedup();
        let mut width = 0.0;
        let (mut top, mut bottom) = (0.0f32, 0.0f32);
        let glyphs = infos
            .iter()
            .zip(out.glyph_positions())
            .filter_map(|(info, pos)| {
                let start = (info.cluster as usize).min(text.len());
                let end = starts
                    .iter()
                    .find(|&&s| s > start)
                    .copied()
                    .unwrap_or(text.len());
                // Our own isolates (see `isolate_numbers`) are not text to copy.
                let cluster = text.get(start..end).unwrap_or("");
                if !cluster.is_empty()
                    && cluster
                        .chars()
                        .all(|c| ('\u{2066}'..='\u{2069}').contains(&c))
                {
                    return None;
                }
                width += pos.x_advance as f32 / upem;
                let gid = u16::try_from(info.glyph_id)
                    .ok()
                    .map(rustybuzz::ttf_parser::GlyphId);
                if let Some(b) = gid.and_then(|g| face.glyph_bounding_box(g)) {
                    top = top.max((f32::from(b.y_max) + pos.y_offset as f32) / upem);
                    bottom = bottom.max(-(f32::from(b.y_min) + pos.y_offset as f32) / upem);
                }
                Some(KrillaGlyph::new(
                    GlyphId::new(info.glyph_id),
                    pos.x_advance as f32 / upem,
                    pos.x_offset as f32 / upem,
                    pos.y_offset as f32 / upem,
                    pos.y_advance as f32 / upem,
                    start..end,
                    None,
                ))
            })
            .collect();
        (glyphs, width, (top, bottom))
    }
}

/// Removes what must never reach the page: bidi embeddings, overrides and
/// isolates (pasted text must not reorder the page), control characters and
/// byte-order marks. Paragraph and line separators become newlines.
pub fn clean(s: &str) -> String {
    s.chars()
        .filter_map(|c| match c {
            '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}' => Some('\n'),
            '\t' => Some(' '),
            '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}' => None,
            c if c.is_control() => None,
            c => Some(c),
        })
        .collect()
}

fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || matches!(c, '\u{0660}'..='\u{0669}' | '\u{06F0}'..='\u{06F9}')
}

/// Keeps phone numbers such as `07700 900123` in their order in right-to-left
/// text: by the bidi algorithm alone, numbers split by spaces swap places.
/// Each run of digit groups (joined by spaces, `-`, `.`, `(`, `)`, or `+`
/// before it) goes inside a left-to-right isolate. Run after [`clean`], so
/// the only isolates are these.
fn isolate_numbers(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len() + 16);
    let mut i = 0;
    while i < chars.len() {
        let starts = is_digit(chars[i])
            || (matches!(chars[i], '+' | '(') && chars.get(i + 1).copied().is_some_and(is_digit));
        if !starts {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        // The run ends at its last digit; it counts if it has two groups.
        let (mut j, mut last, mut groups, mut in_digits) = (i, i, 0, false);
        while j < chars.len() && (is_digit(chars[j]) || " -.()+".contains(chars[j])) {
            if is_digit(chars[j]) {
                groups += usize::from(!in_digits);
                in_digits = true;
                last = j;
            } else {
                in_digits = false;
            }
            j += 1;
        }
        let run: String = chars[i..=last].iter().collect();
        if groups >= 2 && run.contains([' ', '-', '(']) {
            out.push('\u{2066}');
            out.push_str(&run);
            out.push('\u{2069}');
        } else {
            out.push_str(&run);
        }
        i = last + 1;
    }
    out
}

/// A run of glyphs in one font, placed left to right.
pub(crate) struct Run {
    pub(crate) font: FontId,
    pub(crate) text: String,
    pub(crate) glyphs: Vec<KrillaGlyph>,
    /// In ems.
    pub(crate) width: f32,
}

/// One line, its runs in visual order.
pub(crate) struct Line {
    pub(crate) runs: Vec<Run>,
    /// In ems.
    pub(crate) width: f32,
    pub(crate) ascent: f32,
    pub(crate) descent: f32,
}

struct Para<'a> {
    text: &'a str,
    info: BidiInfo<'a>,
    fonts: Vec<FontId>,
}

impl Para<'_> {
    /// `range` cut where the font or the bidi level changes.
    fn runs(&self, range: Range<usize>) -> Vec<(Range<usize>, FontId, bool)> {
        let mut out: Vec<(Range<usize>, FontId, bool)> = vec![];
        for (i, c) in self.text[range.clone()].char_indices() {
            let at = range.start + i;
            let (font, rtl) = (self.fonts[at], self.info.levels[at].is_rtl());
            match out.last_mut() {
                Some((r, f, d)) if *f == font && *d == rtl => r.end = at + c.len_utf8(),
                _ => out.push((at..at + c.len_utf8(), font, rtl)),
            }
        }
        out
    }

    fn width(&self, fonts: &Fonts, range: Range<usize>) -> f32 {
        self.runs(range)
            .into_iter()
            .map(|(r, f, rtl)| fonts.shape(f, &self.text[r], rtl).1)
            .sum()
    }

    /// Splits a word wider than `max` between clusters.
    fn split_word(&self, fonts: &Fonts, range: Range<usize>, max: f32) -> Vec<Range<usize>> {
        let mut clusters: Vec<(usize, f32)> = vec![];
        for (r, f, rtl) in self.runs(range.clone()) {
            let (glyphs, _) = fonts.shape(f, &self.text[r.clone()], rtl);
            for g in glyphs {
                clusters.push((r.start + g.text_range.start, g.x_advance));
            }
        }
        clusters.sort_by_key(|c| c.0);
        let mut out = vec![];
        let (mut start, mut w) = (range.start, 0.0);
        for (at, adv) in clusters {
            if w + adv > max && at > start && self.text.is_char_boundary(at) {
                out.push(start..at);
                (start, w) = (at, 0.0);
            }
            w += adv;
        }
        out.push(start..range.end);
        out
    }

    /// Byte ranges of each line, at most `max` ems wide where it can be.
    fn break_lines(&self, fonts: &Fonts, max: f32) -> Vec<Range<usize>> {
        let mut lines = vec![];
        let (mut start, mut last, mut w) = (0, 0, 0.0);
        for (end, opportunity) in linebreaks(self.text) {
            let word_end = last + self.text[last..end].trim_end().len();
            let word = self.width(fonts, last..word_end);
            if w + word > max && start < last {
                lines.push(start..last);
                (start, w) = (last, 0.0);
            }
            if word > max {
                let mut pieces = self.split_word(fonts, last..word_end, max);
                let tail = pieces.pop().unwrap_or(last..word_end);
                if let Some(first) = pieces.first_mut() {
                    first.start = start;
                }
                lines.extend(pieces);
                start = tail.start;
                w = self.width(fonts, tail);
            } else {
                w += word;
            }
            w += self.width(fonts, word_end..end);
            if opportunity == BreakOpportunity::Mandatory && end == self.text.len() {
                lines.push(start..end);
                start = end;
            }
            last = end;
        }
        if start < self.text.len() || lines.is_empty() {
            lines.push(start..self.text.len());
        }
        lines
    }

    /// The line's runs in visual order, shaped; trailing spaces dropped.
    fn line(&self, fonts: &Fonts, range: Range<usize>) -> Line {
        let end = range.start + self.text[range.clone()].trim_end().len();
        let mut line = Line {
            runs: vec![],
            width: 0.0,
            ascent: fonts.get(SANS_ID).ascent,
            descent: fonts.get(SANS_ID).descent,
        };
        let Some(para) = self.info.paragraphs.first() else {
            return line;
        };
        if end <= range.start {
            return line;
        }
        let (_, visual) = self.info.visual_runs(para, range.start..end);
        for run in visual {
            let rtl = self.info.levels.get(run.start).is_some_and(|l| l.is_rtl());
            let mut parts = self.runs(run);
            if rtl {
                parts.reverse();
            }
            for (r, font, part_rtl) in parts {
                let text = self.text[r].to_string();
                let (glyphs, width, (top, bottom)) = fonts.shape_with_extent(font, &text, part_rtl);
                // The ink, but never more than the font declares.
                let f = fonts.get(font);
                line.ascent = line.ascent.max(top.min(f.ascent));
                line.descent = line.descent.max(bottom.min(f.descent));
                line.width += width;
                line.runs.push(Run {
                    font,
                    text,
                    glyphs,
                    width,
                });
            }
        }
        line
    }
}

/// Lays `text` out in lines at most `max` ems wide, paragraph by paragraph.
pub(crate) fn lines(fonts: &Fonts, text: &str, bold: bool, rtl: bool, max: f32) -> Vec<Line> {
    let base = if rtl { Level::rtl() } else { Level::ltr() };
    let mut out = vec![];
    for paragraph in text.split('\n') {
        let isolated;
        let paragraph = if rtl {
            isolated = isolate_numbers(paragraph);
            isolated.as_str()
        } else {
            paragraph
        };
        let para = Para {
            text: paragraph,
            info: BidiInfo::new(paragraph, Some(base)),
            fonts: fonts.assign(paragraph, bold),
        };
        for range in para.break_lines(fonts, max) {
            out.push(para.line(fonts, range));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fonts() -> Fonts {
        Fonts::new("en-GB").expect("bundled fonts load")
    }

    fn texts(line: &Line) -> Vec<&str> {
        line.runs.iter().map(|r| r.text.as_str()).collect()
    }

    #[test]
    fn bidi_controls_and_control_characters_are_removed() {
        assert_eq!(
            clean("a\u{202E}b\u{2066}c\u{2069}\u{0007}d\r\n\te"),
            "abcd\n\n e"
        );
    }

    #[test]
    fn scripts_get_their_fonts_and_neutrals_join_their_neighbours() {
        let f = fonts();
        let ids = f.assign("ab سلام ১ ਸ", false);
        let at = |s: &str| ids["ab سلام ১ ਸ".find(s).unwrap()];
        assert_eq!(at("a"), 0);
        assert_eq!(at("س"), 2);
        assert_eq!(at("১"), 5);
        assert_eq!(at("ਸ"), 7);
        // The space after Arabic stays Arabic (joins the run before it).
        assert_eq!(ids["ab سلام".len()], 2);
        assert_eq!(Fonts::new("ur").unwrap().assign("س", true)[0], 4);
    }

    #[test]
    fn arabic_is_joined_and_mixed_lines_are_reordered() {
        let f = fonts();
        // Isolated forms would be wider: joined "سلام" is narrower than its letters.
        let joined = f.shape(2, "سلام", true).1;
        let apart: f32 = "سلام"
            .chars()
            .map(|c| f.shape(2, &c.to_string(), true).1)
            .sum();
        assert!(joined < apart, "{joined} vs {apart}");
        // An English name inside Arabic text: read from the right, the
        // first Arabic word is rightmost, the last leftmost, Sam between.
        let l = lines(&f, "اسمي Sam اليوم", false, true, 100.0);
        assert_eq!(l.len(), 1);
        let order = texts(&l[0]);
        let at = |w: &str| order.iter().position(|t| t.contains(w)).unwrap();
        assert!(
            at("اليوم") < at("Sam") && at("Sam") < at("اسمي"),
            "{order:?}"
        );
    }

    #[test]
    fn phone_numbers_keep_their_order_in_right_to_left_text() {
        assert_eq!(
            isolate_numbers("سام 07700 900123، 50 mg"),
            "سام \u{2066}07700 900123\u{2069}، 50 mg"
        );
        assert_eq!(
            isolate_numbers("+44 (0)20 7946"),
            "\u{2066}+44 (0)20 7946\u{2069}"
        );
        let f = fonts();
        let l = lines(&f, "اتصل 07700 900123", false, true, 100.0);
        let visual: String = l[0].runs.iter().map(|r| r.text.as_str()).collect();
        let (a, b) = (
            visual.find("07700").unwrap(),
            visual.find("900123").unwrap(),
        );
        assert!(a < b, "{visual:?}");
    }

    #[test]
    fn long_words_break_and_lines_fit() {
        let f = fonts();
        let long = "x".repeat(500);
        let l = lines(&f, &format!("short {long} end"), false, false, 20.0);
        assert!(l.len() > 5);
        assert!(l.iter().all(|l| l.width <= 20.0 + 1e-3), "every line fits");
        let all: String = l
            .iter()
            .flat_map(|l| l.runs.iter().map(|r| r.text.as_str()))
            .collect();
        assert_eq!(all.matches('x').count(), 500, "nothing is lost");
    }
}
