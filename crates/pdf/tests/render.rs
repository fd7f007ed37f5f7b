//! Documents in every script Harbour ships, hostile text, and random text:
//! each renders to a PDF without panicking. Set `HARBOUR_PDF_OUT=dir` to keep
//! the files and look at them.

use harbour_pdf::{render, Block, Document, PageSize};
use proptest::prelude::*;

fn doc(lang: &str, rtl: bool, page: PageSize, words: &[&str]) -> Document {
    let mut blocks = vec![Block::Heading(words[0].into())];
    for (i, w) in words.iter().enumerate() {
        blocks.push(Block::Text {
            label: format!("{w} {i}"),
            text: std::iter::repeat_n(*w, 40).collect::<Vec<_>>().join(" "),
        });
        blocks.push(Block::Bullets {
            label: (*w).into(),
            items: vec![
                format!("{w}\n{w} 07700 900123"),
                "Sam (07700 900123)".into(),
            ],
        });
        if i % 3 == 2 {
            blocks.push(Block::Heading(format!("{w} {w}")));
        }
    }
    blocks.push(Block::Note(words.join(" ")));
    blocks.push(Block::Paragraph(words.join(" ")));
    blocks.push(Block::SignatureLine(words[1].into()));
    Document {
        lang: lang.into(),
        rtl,
        page,
        title: words.join(" "),
        subtitle: vec![words[1].into(), "2026-11-23".into()],
        blocks,
        footer: words.join(" "),
        page_label: "{page} / {pages}".into(),
    }
}

fn keep(name: &str, bytes: &[u8]) {
    if let Some(dir) = std::env::var_os("HARBOUR_PDF_OUT") {
        std::fs::write(std::path::Path::new(&dir).join(name), bytes).unwrap();
    }
}

fn check(name: &str, d: &Document) -> Vec<u8> {
    let pdf = render(d).unwrap_or_else(|e| panic!("{name}: {e}"));
    assert!(pdf.starts_with(b"%PDF-"), "{name}");
    keep(name, &pdf);
    pdf
}

#[test]
fn every_script_renders_on_a4_and_on_cards() {
    let langs: &[(&str, bool, &[&str])] = &[
        (
            "en-GB",
            false,
            &["Things that help", "Please call Sam", "penicillin"],
        ),
        (
            "cy",
            false,
            &["Beth sy'n bwysig i fi", "ŵyr ŷd", "Dŵr a chŵn"],
        ),
        (
            "pl",
            false,
            &["Co jest dla mnie ważne", "zażółć gęślą jaźń", "Łódź"],
        ),
        (
            "ar",
            true,
            &["ما يهمّني", "اتصلوا بسام Sam", "البنسلين 50 mg"],
        ),
        (
            "ur",
            true,
            &["میرے لیے کیا اہم ہے", "سام کو فون کریں", "پینسلین"],
        ),
        (
            "bn",
            false,
            &["আমার কাছে কী গুরুত্বপূর্ণ", "স্যামকে ফোন করুন", "পেনিসিলিন"],
        ),
        (
            "pa",
            false,
            &["ਮੇਰੇ ਲਈ ਕੀ ਮਹੱਤਵਪੂਰਨ ਹੈ", "ਸੈਮ ਨੂੰ ਫ਼ੋਨ ਕਰੋ", "ਪੈਨਿਸਿਲਿਨ"],
        ),
    ];
    for (lang, rtl, words) in langs {
        check(
            &format!("{lang}.pdf"),
            &doc(lang, *rtl, PageSize::A4, words),
        );
        check(
            &format!("{lang}-card.pdf"),
            &doc(lang, *rtl, PageSize::CardsOnA4, words),
        );
    }
}

#[test]
fn hostile_text_renders() {
    let long_word = "a".repeat(20_000);
    let huge: String = "Harbour keeps your plan. ".repeat(4_000);
    let nasty = "\u{202E}evil\u{202C} \u{2066}x\u{2069} 😀🏳️‍🌈 \u{0000}\u{FFFF} \u{10FFFF} 漢字 \u{0301}\u{0301}";
    for page in [PageSize::A4, PageSize::CardsOnA4] {
        let d = Document {
            lang: "xx".into(),
            rtl: false,
            page,
            title: nasty.into(),
            subtitle: vec![long_word.clone()],
            blocks: vec![
                Block::Heading(long_word.clone()),
                Block::Text {
                    label: nasty.into(),
                    text: huge.clone(),
                },
                Block::Bullets {
                    label: String::new(),
                    items: vec![String::new(), "\n\n\n".into(), long_word.clone()],
                },
                Block::Paragraph(String::new()),
                Block::SignatureLine(String::new()),
            ],
            footer: nasty.into(),
            page_label: "{page}/{pages}".into(),
        };
        check(&format!("hostile-{page:?}.pdf"), &d);
    }
}

#[test]
fn an_empty_document_is_one_page() {
    let d = Document {
        lang: String::new(),
        rtl: true,
        page: PageSize::A4,
        title: String::new(),
        subtitle: vec![],
        blocks: vec![],
        footer: String::new(),
        page_label: String::new(),
    };
    check("empty.pdf", &d);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]
    #[test]
    fn random_unicode_never_panics(
        title in any::<String>(),
        texts in proptest::collection::vec(any::<String>(), 0..6),
        rtl in any::<bool>(),
        cards in any::<bool>(),
        lang in "[a-z]{0,3}",
    ) {
        let blocks = texts
            .iter()
            .enumerate()
            .map(|(i, t)| match i % 5 {
                0 => Block::Heading(t.clone()),
                1 => Block::Text { label: t.clone(), text: t.repeat(3) },
                2 => Block::Bullets { label: t.clone(), items: vec![t.clone(), t.clone()] },
                3 if t.len() % 2 == 0 => Block::Paragraph(t.clone()),
                3 => Block::Note(t.clone()),
                _ => Block::SignatureLine(t.clone()),
            })
            .collect();
        let d = Document {
            lang,
            rtl,
            page: if cards { PageSize::CardsOnA4 } else { PageSize::A4 },
            title: title.clone(),
            subtitle: vec![title.clone()],
            blocks,
            footer: title,
            page_label: "{page} / {pages}".into(),
        };
        let pdf = render(&d).expect("a PDF");
        prop_assert!(pdf.starts_with(b"%PDF"));
    }
}
