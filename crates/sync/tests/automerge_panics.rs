//! Inputs that make Automerge itself panic, found by fuzzing behind the MAC
//! (`scripts/fuzz.sh`, target past_the_mac). A co-writer (a supporter, a
//! linked device) can send them: they must be refused, never crash the app.

use harbour_sync::chunks;

/// A well-framed change chunk whose op counter is past `u32::MAX`:
/// Automerge 0.12's `OpId::new` unwraps the conversion and panics.
#[test]
fn a_change_with_an_op_counter_past_u32_is_refused() {
    let chunk = include_bytes!("vectors/change-counter-past-u32.bin");
    assert_eq!(
        chunks::split(chunk).map(|c| c.len()).ok(),
        Some(1),
        "framing is fine"
    );
    assert!(chunks::actors(chunk).is_err());
}
