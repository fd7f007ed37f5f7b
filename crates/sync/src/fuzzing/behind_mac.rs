//! The fixture for fuzzing behind the MAC, shared by the proptest target
//! (`tests/fuzz_past_mac.rs`) and the libFuzzer one (`fuzz/`): three
//! engines that really paired (the person's phone and laptop, and a
//! supporter), the stream keys each receives on, and the real plaintexts
//! they accepted, as seeds. Hostile plaintext sealed with those keys passes
//! authentication and reaches the body and control decoders, Automerge and
//! the engine's dispatch.
//!
//! Test support: it panics when the honest set-up itself fails.

use crate::envelope::{self, padded_len};
use crate::keys::StreamKeys;
use crate::testing::{add, deliver, device, link_device, set, share_with_sam, Dev};
use crate::{bundle, Engine, MemStore};

pub const NOW: u64 = 1_767_225_600;

/// One receiver: its stored state, and the stream keys it opens.
pub struct Receiver {
    pub name: &'static str,
    pub store: MemStore,
    pub keys: Vec<StreamKeys>,
}

/// A real plaintext some receiver accepted, and which receiver and stream.
pub struct Seed {
    pub to: usize,
    pub key: usize,
    pub plain: Vec<u8>,
}

pub struct Fixture {
    pub receivers: Vec<Receiver>,
    pub seeds: Vec<Seed>,
}

/// Whatever `from` sends now, as (receiver, stream, plaintext) seeds, then delivered.
fn collect(from: &mut Dev, to: &mut Dev, to_index: usize, seeds: &mut Vec<Seed>) {
    let out = from.bundle_out(NOW).expect("bundle out");
    let keys = to.receiving_keys().expect("keys");
    for env in bundle::decode(&out).expect("bundle") {
        let Ok(header) = envelope::peek(env) else {
            continue;
        };
        if let Some(k) = keys.iter().position(|k| k.mailbox == header.mailbox) {
            if let Ok(plain) = envelope::open_plaintext(&keys[k], env) {
                seeds.push(Seed {
                    to: to_index,
                    key: k,
                    plain,
                });
            }
        }
    }
    to.bundle_in(&out, NOW).expect("bundle in");
}

impl Fixture {
    /// Pairs the three engines and records what each accepted.
    pub fn build() -> Fixture {
        let (mut alex, mut laptop, mut sam) = (device(), device(), device());
        set(&mut alex, "crisis.when_well", "I walk by the river");
        add(&mut alex, "crisis.take_over_signs", "a quiet room");
        link_device(&mut alex, &mut laptop, "laptop", NOW);
        share_with_sam(&mut alex, &mut sam, &["crisis"], NOW);
        sam.reply("Alex", Some("I'm here"), Some("evenings"), Some(true), NOW)
            .expect("reply");
        set(&mut alex, "crisis.when_well", "I walk by the sea");
        add(&mut laptop, "crisis.take_over_signs", "tea");
        alex.ask_for_help(NOW).expect("ask for help");
        let mut seeds = Vec::new();
        // Receivers: 0 = alex, 1 = laptop, 2 = sam.
        collect(&mut alex, &mut sam, 2, &mut seeds);
        collect(&mut sam, &mut alex, 0, &mut seeds);
        collect(&mut alex, &mut laptop, 1, &mut seeds);
        collect(&mut laptop, &mut alex, 0, &mut seeds);
        collect(&mut alex, &mut sam, 2, &mut seeds);
        deliver(&mut alex, &mut laptop, NOW);
        let receivers = [("alex", alex), ("laptop", laptop), ("sam", sam)]
            .into_iter()
            .map(|(name, e)| Receiver {
                name,
                keys: e.receiving_keys().expect("keys"),
                store: e.store,
            })
            .collect();
        Fixture { receivers, seeds }
    }

    /// One libFuzzer input (`fuzz/fuzz_targets/past_the_mac.rs`, and the
    /// crash inputs kept in its corpus): the first byte picks the seed (low
    /// seven bits) and whether the rest is the whole body (high bit) or a
    /// payload inside that seed's own framing. Delivered as
    /// [`Fixture::deliver_junk`] does; an empty input does nothing.
    pub fn deliver_fuzz_input(&self, data: &[u8], seq: u64) {
        let Some((&pick, rest)) = data.split_first() else {
            return;
        };
        let seed = &self.seeds[usize::from(pick & 0x7f) % self.seeds.len()];
        let plain = if pick & 0x80 != 0 {
            rest.to_vec()
        } else {
            with_payload(&seed.plain, rest).unwrap_or_default()
        };
        self.deliver_junk(seed.to, seed.key, seq, &plain);
    }

    /// Seals `plain` for the receiver and hands it over; then the receiver
    /// must still open its state and its plan. Panics (the fuzz failure)
    /// on an error where a refusal was due, or a state that no longer opens.
    /// Returns how many messages the receiver accepted.
    pub fn deliver_junk(&self, to: usize, key: usize, seq: u64, plain: &[u8]) -> u32 {
        let r = &self.receivers[to];
        let env = envelope::seal_plaintext(&r.keys[key], seq, plain).expect("seal");
        let mut e = Engine::open(r.store.clone()).expect("engine");
        let report = e.receive(&[env], NOW + 1);
        let accepted = match report {
            Ok(r) => r.accepted,
            Err(err) => panic!("{}: an error, not a refusal: {err}", r.name),
        };
        let mut again = Engine::open(e.store).unwrap_or_else(|err| panic!("{}: {err}", r.name));
        again
            .plan_doc()
            .unwrap_or_else(|err| panic!("{}: the plan no longer opens: {err}", r.name));
        accepted
    }
}

/// The plaintext with its payload replaced (length and padding fixed up),
/// so a mutation reaches the decoders behind the body's framing.
pub fn with_payload(plain: &[u8], payload: &[u8]) -> Option<Vec<u8>> {
    let start = payload_len_at(plain)?;
    let mut out = plain.get(..start)?.to_vec();
    out.extend_from_slice(&(payload.len() as u32).to_be_bytes());
    out.extend_from_slice(payload);
    out.resize(padded_len(out.len()), 0);
    Some(out)
}

/// Where the payload's length sits in a body: after kind, sender and heads.
fn payload_len_at(plain: &[u8]) -> Option<usize> {
    let heads = u16::from_be_bytes([*plain.get(17)?, *plain.get(18)?]) as usize;
    Some(1 + 16 + 2 + heads * 32)
}

pub fn payload_of(plain: &[u8]) -> Option<&[u8]> {
    let start = payload_len_at(plain)?;
    let len = u32::from_be_bytes(plain.get(start..start + 4)?.try_into().ok()?) as usize;
    plain.get(start + 4..start + 4 + len)
}
