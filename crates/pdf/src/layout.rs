//! Blocks become lines, lines flow into frames (an A4 page's text area, or
//! one card), frames onto pages; then everything is drawn with krilla.

use crate::text::{clean, lines, Fonts, Line};
use crate::{Block, Document, Error, PageSize};
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::Metadata;
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::surface::Surface;

const MM: f32 = 72.0 / 25.4;
const PAGE_W: f32 = 210.0 * MM;
const PAGE_H: f32 = 297.0 * MM;
const CARD_W: f32 = 85.6 * MM;
const CARD_H: f32 = 54.0 * MM;
/// Between cards, room for the cut marks.
const GUTTER: f32 = 6.0 * MM;
/// Space between lines, in ems, on top of the fonts' own ascent and descent.
const LEADING: f32 = 0.12;

/// Sizes in points.
struct Style {
    title: f32,
    heading: f32,
    label: f32,
    body: f32,
    small: f32,
    /// Before a heading, and before a field.
    heading_gap: f32,
    field_gap: f32,
    /// How far list items are indented (their bullet sits in this space).
    indent: f32,
    /// A line under each heading (not on a card: no room).
    rules: bool,
}

const A4_STYLE: Style = Style {
    title: 20.0,
    heading: 14.0,
    label: 10.5,
    body: 10.5,
    small: 8.5,
    heading_gap: 14.0,
    field_gap: 7.0,
    indent: 14.0,
    rules: true,
};

const CARD_STYLE: Style = Style {
    title: 7.5,
    heading: 6.5,
    label: 6.5,
    body: 6.5,
    small: 6.0,
    heading_gap: 2.5,
    field_gap: 1.5,
    indent: 7.0,
    rules: false,
};

enum Elem {
    Text {
        line: Line,
        size: f32,
        indent: f32,
        bullet: bool,
        grey: u8,
    },
    Gap(f32),
    /// A thin line under a heading.
    Rule,
    /// Room to sign, then a line to sign on.
    Sign,
}

struct Item {
    elem: Elem,
    /// Keep on the same page (or card) as the next item.
    keep: bool,
}

impl Elem {
    fn height(&self) -> f32 {
        match self {
            Elem::Text { line, size, .. } => (line.ascent + line.descent + LEADING) * size,
            Elem::Gap(h) => *h,
            Elem::Rule => 5.0,
            Elem::Sign => 30.0,
        }
    }
}

struct Builder<'a> {
    fonts: &'a Fonts,
    rtl: bool,
    width: f32,
    items: Vec<Item>,
}

impl Builder<'_> {
    #[allow(clippy::too_many_arguments)]
    fn text(
        &mut self,
        s: &str,
        size: f32,
        bold: bool,
        indent: f32,
        bullet: bool,
        grey: u8,
        keep: bool,
    ) {
        let max = ((self.width - indent) / size).max(1.0);
        for (i, line) in lines(self.fonts, &clean(s), bold, self.rtl, max)
            .into_iter()
            .enumerate()
        {
            self.items.push(Item {
                elem: Elem::Text {
                    line,
                    size,
                    indent,
                    bullet: bullet && i == 0,
                    grey,
                },
                keep,
            });
        }
    }

    fn push(&mut self, elem: Elem, keep: bool) {
        self.items.push(Item { elem, keep });
    }

    /// Label, kept with the first line after it.
    fn label(&mut self, st: &Style, label: &str) {
        if !label.trim().is_empty() {
            self.text(label, st.label, true, 0.0, false, 0, true);
        }
    }

    fn block(&mut self, st: &Style, block: &Block) {
        match block {
            Block::Heading(h) => {
                self.push(Elem::Gap(st.heading_gap), true);
                self.text(h, st.heading, true, 0.0, false, 0, true);
                if st.rules {
                    self.push(Elem::Rule, true);
                }
            }
            Block::Text { label, text } => {
                self.push(Elem::Gap(st.field_gap), true);
                self.label(st, label);
                self.text(text, st.body, false, 0.0, false, 0, false);
            }
            Block::Bullets { label, items } => {
                if !label.trim().is_empty() {
                    self.push(Elem::Gap(st.field_gap), true);
                }
                self.label(st, label);
                for item in items {
                    // An item's first line is its value; later lines (a reason, a
                    // contact) are a shade lighter.
                    let mut parts = item.splitn(2, '\n');
                    let first = parts.next().unwrap_or("");
                    self.text(first, st.body, false, st.indent, true, 0, false);
                    if let Some(rest) = parts.next() {
                        self.text(rest, st.body, false, st.indent, false, 60, false);
                    }
                }
            }
            Block::Paragraph(p) => {
                self.push(Elem::Gap(st.field_gap), true);
                self.text(p, st.body, false, 0.0, false, 0, false);
            }
            Block::Note(n) => {
                self.text(n, st.small, false, 0.0, false, 60, true);
            }
            Block::SignatureLine(label) => {
                self.push(Elem::Gap(st.field_gap), true);
                self.push(Elem::Sign, true);
                // Kept with what follows: the lines to sign stay on one page.
                self.text(label, st.small, false, 0.0, false, 60, true);
            }
        }
    }
}

/// Where items go: frame index → items with their top y.
type Flow = Vec<Vec<(usize, f32)>>;

/// Puts items into frames of height `frame_h`, starting each frame at 0.
fn flow(items: &[Item], frame_h: f32) -> Flow {
    let mut frames: Flow = vec![vec![]];
    let mut y = 0.0;
    for (i, item) in items.iter().enumerate() {
        let at_top = frames.last().is_none_or(|f| f.is_empty());
        if at_top && matches!(item.elem, Elem::Gap(_)) {
            continue;
        }
        // This item and everything it must stay with.
        let chain: f32 = items[i..]
            .iter()
            .scan(true, |go, it| {
                let this = (*go).then(|| it.elem.height());
                *go = it.keep;
                this
            })
            .sum();
        let h = item.elem.height();
        let room = frame_h - y;
        if !at_top && (h > room || (chain > room && chain <= frame_h)) {
            frames.push(vec![]);
            y = 0.0;
            if matches!(item.elem, Elem::Gap(_)) {
                continue;
            }
        }
        if let Some(f) = frames.last_mut() {
            f.push((i, y));
        }
        y += h;
    }
    frames
}

fn grey_fill(level: u8) -> Fill {
    Fill {
        paint: rgb::Color::new(level, level, level).into(),
        ..Default::default()
    }
}

fn stroke(width: f32, level: u8) -> Stroke {
    Stroke {
        paint: rgb::Color::new(level, level, level).into(),
        width,
        ..Default::default()
    }
}

fn line_path(surface: &mut Surface, from: (f32, f32), to: (f32, f32), s: Stroke) {
    let mut pb = PathBuilder::new();
    pb.move_to(from.0, from.1);
    pb.line_to(to.0, to.1);
    if let Some(path) = pb.finish() {
        surface.set_fill(None);
        surface.set_stroke(Some(s));
        surface.draw_path(&path);
        surface.set_stroke(None);
    }
}

fn dot(surface: &mut Surface, cx: f32, cy: f32, r: f32) {
    // A circle from four cubic curves.
    let k = 0.5523 * r;
    let mut pb = PathBuilder::new();
    pb.move_to(cx + r, cy);
    pb.cubic_to(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
    pb.cubic_to(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
    pb.cubic_to(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
    pb.cubic_to(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
    pb.close();
    if let Some(path) = pb.finish() {
        surface.set_stroke(None);
        surface.set_fill(Some(grey_fill(0)));
        surface.draw_path(&path);
    }
}

/// Draws one line with its top at `top`, in a frame from `left` to `right`.
fn draw_text(
    surface: &mut Surface,
    fonts: &Fonts,
    line: &Line,
    size: f32,
    (left, right, top): (f32, f32, f32),
    rtl: bool,
    grey: u8,
) {
    let x0 = if rtl { right - line.width * size } else { left };
    let baseline = top + (line.ascent + LEADING / 2.0) * size;
    surface.set_stroke(None);
    surface.set_fill(Some(grey_fill(grey)));
    let mut x = x0;
    for run in &line.runs {
        if !run.glyphs.is_empty() {
            surface.draw_glyphs(
                Point::from_xy(x, baseline),
                &run.glyphs,
                fonts.get(run.font).pdf.clone(),
                &run.text,
                size,
                false,
            );
        }
        x += run.width * size;
    }
}

struct Frame {
    page: usize,
    left: f32,
    top: f32,
    right: f32,
}

fn draw_item(
    surface: &mut Surface,
    fonts: &Fonts,
    rtl: bool,
    st: &Style,
    item: &Item,
    f: &Frame,
    y: f32,
) {
    let top = f.top + y;
    match &item.elem {
        Elem::Text {
            line,
            size,
            indent,
            bullet,
            grey,
        } => {
            let (left, right) = if rtl {
                (f.left, f.right - indent)
            } else {
                (f.left + indent, f.right)
            };
            if *bullet {
                let cx = if rtl {
                    right + st.indent / 2.0
                } else {
                    left - st.indent / 2.0
                };
                let cy = top + (line.ascent + LEADING / 2.0) * size - 0.3 * size;
                dot(surface, cx, cy, size * 0.14);
            }
            draw_text(surface, fonts, line, *size, (left, right, top), rtl, *grey);
        }
        Elem::Gap(_) => {}
        Elem::Rule => line_path(
            surface,
            (f.left, top + 1.5),
            (f.right, top + 1.5),
            stroke(0.6, 120),
        ),
        Elem::Sign => {
            let w = (f.right - f.left).min(230.0);
            let y = top + item.elem.height() - 2.0;
            let (a, b) = if rtl {
                (f.right - w, f.right)
            } else {
                (f.left, f.left + w)
            };
            line_path(surface, (a, y), (b, y), stroke(0.8, 0));
        }
    }
}

/// Corner marks just outside a card, and its outline in light grey.
fn cut_marks(surface: &mut Surface, x: f32, y: f32) {
    if let Some(rect) = Rect::from_xywh(x, y, CARD_W, CARD_H) {
        let mut pb = PathBuilder::new();
        pb.push_rect(rect);
        if let Some(path) = pb.finish() {
            surface.set_fill(None);
            surface.set_stroke(Some(stroke(0.3, 190)));
            surface.draw_path(&path);
            surface.set_stroke(None);
        }
    }
    let (gap, len) = (1.5 * MM, 4.0 * MM);
    for (cx, sx) in [(x, -1.0), (x + CARD_W, 1.0)] {
        for (cy, sy) in [(y, -1.0), (y + CARD_H, 1.0)] {
            let s = || stroke(0.5, 0);
            line_path(
                surface,
                (cx + sx * gap, cy),
                (cx + sx * (gap + len), cy),
                s(),
            );
            line_path(
                surface,
                (cx, cy + sy * gap),
                (cx, cy + sy * (gap + len)),
                s(),
            );
        }
    }
}

/// What fits in `max` points of height, from the top; the rest is dropped.
/// Only for our own furniture (a card's header, the foot of a page): the
/// person's text flows onto more pages instead.
fn fit(items: &mut Vec<Item>, max: f32) {
    let mut used = 0.0;
    let keep = items
        .iter()
        .take_while(|i| {
            used += i.elem.height();
            used <= max
        })
        .count();
    items.truncate(keep);
}

pub(crate) fn render(doc: &Document, fonts: &Fonts) -> Result<Vec<u8>, Error> {
    let cards = doc.page == PageSize::CardsOnA4;
    let margin = 20.0 * MM;
    let text_w = PAGE_W - 2.0 * margin;
    let new = |width: f32| Builder {
        fonts,
        rtl: doc.rtl,
        width,
        items: vec![],
    };

    // The title block: the start of an A4 document, or the top of every page
    // of cards (leaving room for at least one row of them).
    let mut head = new(text_w);
    head.text(&doc.title, A4_STYLE.title, true, 0.0, false, 0, true);
    for s in &doc.subtitle {
        head.text(s, A4_STYLE.small + 1.0, false, 0.0, false, 60, true);
    }
    if cards {
        fit(&mut head.items, PAGE_H - 2.0 * margin - CARD_H - 6.0 * MM);
    }
    let head_h: f32 = head.items.iter().map(|i| i.elem.height()).sum();

    // Small print (three lines at most) and page numbers at the foot of every A4 page.
    let mut foot = new(text_w);
    if !cards {
        foot.text(&doc.footer, A4_STYLE.small, false, 0.0, false, 60, false);
        fit(&mut foot.items, 3.0 * (A4_STYLE.small * 1.6));
    }
    let page_label_h = (A4_STYLE.small * 1.6).ceil();
    let foot_h: f32 = foot.items.iter().map(|i| i.elem.height()).sum::<f32>() + page_label_h;

    let st = if cards { &CARD_STYLE } else { &A4_STYLE };
    let pad = 3.5 * MM;
    let frame_w = if cards { CARD_W - 2.0 * pad } else { text_w };
    let mut body = new(frame_w);
    if !cards {
        body.items.append(&mut head.items);
        body.push(Elem::Gap(4.0 * MM), true);
    }
    // Each card starts with the title's first line, so a card cut out alone
    // says what it is.
    let mut card_head = new(frame_w);
    if cards {
        card_head.text(&doc.title, st.title, true, 0.0, false, 0, true);
        card_head.items.truncate(1);
    }
    let card_head_h: f32 = card_head.items.iter().map(|i| i.elem.height()).sum();
    for b in &doc.blocks {
        body.block(st, b);
    }

    // Frames: the text area of each A4 page, or each card on the pages.
    let grid_top = (margin + head_h + 6.0 * MM).max(PAGE_H - margin - 4.0 * CARD_H - 3.0 * GUTTER);
    let rows =
        (((PAGE_H - margin - grid_top + GUTTER) / (CARD_H + GUTTER)).floor() as usize).clamp(1, 4);
    let per_page = if cards { 2 * rows } else { 1 };
    let frame_h = if cards {
        CARD_H - 2.0 * pad - card_head_h
    } else {
        PAGE_H - 2.0 * margin - foot_h - 4.0 * MM
    };
    let flowed = flow(&body.items, frame_h.max(1.0));
    let cards_left = (PAGE_W - 2.0 * CARD_W - GUTTER) / 2.0;
    let frame_at = |i: usize| -> (Frame, (f32, f32)) {
        if cards {
            let slot = i % per_page;
            let (row, mut col) = (slot / 2, slot % 2);
            if doc.rtl {
                col = 1 - col;
            }
            let x = cards_left + col as f32 * (CARD_W + GUTTER);
            let y = grid_top + row as f32 * (CARD_H + GUTTER);
            let f = Frame {
                page: i / per_page,
                left: x + pad,
                top: y + pad,
                right: x + CARD_W - pad,
            };
            (f, (x, y))
        } else {
            let f = Frame {
                page: i,
                left: margin,
                top: margin,
                right: PAGE_W - margin,
            };
            (f, (0.0, 0.0))
        }
    };
    let pages = flowed.len().div_ceil(per_page).max(1);

    let mut pdf = krilla::Document::new();
    pdf.set_metadata(
        Metadata::new()
            .title(clean(&doc.title))
            .language(doc.lang.clone())
            .creator("Harbour".into()),
    );
    let settings =
        PageSettings::from_wh(PAGE_W, PAGE_H).ok_or_else(|| Error("page size".into()))?;
    for p in 0..pages {
        let mut page = pdf.start_page_with(settings.clone());
        let mut surface = page.surface();
        let whole = Frame {
            page: p,
            left: margin,
            top: margin,
            right: PAGE_W - margin,
        };
        if cards {
            let mut y = 0.0;
            for item in &head.items {
                draw_item(&mut surface, fonts, doc.rtl, &A4_STYLE, item, &whole, y);
                y += item.elem.height();
            }
        }
        for (i, placed) in flowed.iter().enumerate() {
            let (frame, (cx, cy)) = frame_at(i);
            if frame.page != p {
                continue;
            }
            let mut offset = 0.0;
            if cards {
                cut_marks(&mut surface, cx, cy);
                for item in &card_head.items {
                    draw_item(&mut surface, fonts, doc.rtl, st, item, &frame, offset);
                    offset += item.elem.height();
                }
            }
            for &(idx, y) in placed {
                if let Some(item) = body.items.get(idx) {
                    draw_item(&mut surface, fonts, doc.rtl, st, item, &frame, offset + y);
                }
            }
        }
        if !cards {
            let mut y = PAGE_H - margin - foot_h;
            let bottom = Frame { top: 0.0, ..whole };
            for item in &foot.items {
                draw_item(&mut surface, fonts, doc.rtl, &A4_STYLE, item, &bottom, y);
                y += item.elem.height();
            }
            if !doc.page_label.is_empty() {
                let label = doc
                    .page_label
                    .replace("{page}", &(p + 1).to_string())
                    .replace("{pages}", &pages.to_string());
                let mut number = new(text_w);
                number.text(&label, A4_STYLE.small, false, 0.0, false, 60, false);
                // Numbers sit at the end of the line: right in LTR, left in RTL.
                for item in number.items.iter().take(1) {
                    draw_item(&mut surface, fonts, !doc.rtl, &A4_STYLE, item, &bottom, y);
                }
            }
        }
        surface.finish();
        page.finish();
    }
    pdf.finish()
        .map_err(|e| Error(format!("the PDF could not be written: {e:?}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A printed element (not a gap), kept with the next one or not.
    fn sign(keep: bool) -> Item {
        Item {
            elem: Elem::Sign,
            keep,
        }
    }

    fn gap(h: f32, keep: bool) -> Item {
        Item {
            elem: Elem::Gap(h),
            keep,
        }
    }

    #[test]
    fn a_chain_that_does_not_fit_moves_to_the_next_frame_whole() {
        // 60 of 100 used, then a 30 + 30 chain (a heading and its first line).
        let items = vec![sign(false), sign(false), sign(true), sign(false)];
        let f = flow(&items, 100.0);
        assert_eq!(f.len(), 2);
        assert_eq!(f[0].iter().map(|p| p.0).collect::<Vec<_>>(), [0, 1]);
        assert_eq!(f[1].iter().map(|p| p.0).collect::<Vec<_>>(), [2, 3]);
        // A gap never starts a frame.
        let items = vec![
            sign(false),
            sign(false),
            sign(false),
            gap(20.0, true),
            sign(false),
        ];
        let f = flow(&items, 100.0);
        assert_eq!(f[1], [(4, 0.0)]);
    }

    #[test]
    fn nothing_runs_past_the_bottom_of_a_frame_unless_taller_than_one() {
        // Items of many heights and keep flags, as gaps and signature lines.
        let items: Vec<Item> = (0..400)
            .map(|i| Item {
                elem: if i % 3 == 0 {
                    Elem::Gap((i % 17) as f32)
                } else {
                    Elem::Sign
                },
                keep: i % 4 == 1,
            })
            .collect();
        for frame_h in [25.0, 31.0, 100.0, 333.0] {
            for frame in flow(&items, frame_h) {
                for (idx, y) in frame {
                    let h = items[idx].elem.height();
                    assert!(
                        y == 0.0 || y + h <= frame_h + 1e-3,
                        "{frame_h}: {idx} at {y}"
                    );
                }
            }
        }
    }
}
