//! Non-ASCII text edited after it reached a projection (found by the
//! convergence proptest: positions must be counted as Automerge counts them).

mod common;
use common::*;
const NOW: u64 = 1_750_000_000;
#[test]
fn non_ascii_text_edits_reach_the_projection() {
    let mut a = phone_with_keyring("old \u{2620} text", NOW);
    let mut b = device();
    let code = a.device_link(NOW).unwrap();
    b.device_join(&code, "laptop", NOW).unwrap();
    deliver(&mut b, &mut a, NOW);
    deliver(&mut a, &mut b, NOW);
    deliver(&mut b, &mut a, NOW);
    set(&mut a, "crisis.when_well", "");
    set(&mut a, "crisis.when_well", "");
    deliver(&mut b, &mut a, NOW);
    set(&mut a, "crisis.when_well", "st  f ");
    set(&mut a, "crisis.when_well", "yrn l ne x  ");
    a.bundle_out(NOW).unwrap();
    set(
        &mut a,
        "crisis.when_well",
        "\u{0645}\u{0631}\u{062d}\u{0628}\u{0627} \u{1f600} ok",
    );
    a.bundle_out(NOW).unwrap();
}
