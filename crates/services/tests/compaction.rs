//! Compaction never loses an edit: any sequence of edits, compactions and
//! reopenings (what a crash after an acknowledged write leaves) reloads to the
//! plan that the same edits make in memory, and the plan the screens read
//! (the materialised copy) is that plan too.

use harbour_api::{KdfParams, PlanGetArgs};
use harbour_doc::Edit;
use harbour_services::Session;
use harbour_vault::{Unlock, Vault};
use proptest::prelude::*;
use std::path::Path;

const PASS: &str = "compaction property passphrase";

#[derive(Debug, Clone)]
enum Step {
    Text(usize, String),
    Add(usize, String),
    Remove(usize, usize),
    Compact,
    Reopen,
}

const TEXTS: [&str; 3] = ["crisis.money", "daily.when_well", "after_crisis.learning"];
const LISTS: [&str; 2] = ["toolbox.helps", "reasons.reasons"];

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        4 => (0..TEXTS.len(), "[a-z ]{0,12}").prop_map(|(i, t)| Step::Text(i, t)),
        3 => (0..LISTS.len(), "[a-z]{1,8}").prop_map(|(i, t)| Step::Add(i, t)),
        1 => (0..LISTS.len(), any::<usize>()).prop_map(|(i, n)| Step::Remove(i, n)),
        1 => Just(Step::Compact),
        1 => Just(Step::Reopen),
    ]
}

fn reopen(dir: &Path) -> Session {
    Session::from_vault(Vault::open(dir, Unlock::Passphrase(PASS)).unwrap()).unwrap()
}

/// What the edits should have made: each text, and each list's texts in order.
#[derive(Debug, Clone, Default, PartialEq)]
struct Model {
    texts: [String; 3],
    lists: [Vec<String>; 2],
}

/// The same, as the session shows it.
fn shown(session: &mut Session) -> Model {
    let view = session.plan_get(PlanGetArgs { section: None }).unwrap();
    let field = |id: &str| {
        view.sections
            .iter()
            .flat_map(|s| &s.fields)
            .find(|f| f.id == id)
            .unwrap()
            .clone()
    };
    Model {
        texts: TEXTS.map(|t| field(t).text),
        lists: LISTS.map(|l| {
            field(l)
                .items
                .iter()
                .map(|i| i.values.get("text").cloned().unwrap_or_default())
                .collect()
        }),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn edits_compactions_and_reopenings_keep_every_edit(steps in proptest::collection::vec(step(), 1..30)) {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("vault");
        let (vault, _) = Vault::create(&dir, PASS, KdfParams::FLOOR).unwrap();
        let mut session = Session::from_vault(vault).unwrap();
        let mut model = Model::default();
        for step in &steps {
            match step {
                Step::Text(i, text) => {
                    session.edit(&Edit::SetText { path: TEXTS[*i].into(), text: text.clone() }).unwrap();
                    model.texts[*i] = text.clone();
                }
                Step::Add(i, text) => {
                    let values = [("text".to_string(), text.clone())].into();
                    session.edit(&Edit::AddItem { path: LISTS[*i].into(), values, after: None }).unwrap();
                    model.lists[*i].push(text.clone());
                }
                Step::Remove(i, n) => {
                    let view = session.plan_get(PlanGetArgs { section: None }).unwrap();
                    let items = &view.sections.iter().flat_map(|s| &s.fields)
                        .find(|f| f.id == LISTS[*i]).unwrap().items;
                    if !items.is_empty() {
                        let at = n % items.len();
                        session.edit(&Edit::RemoveItem { path: LISTS[*i].into(), id: items[at].id.clone() }).unwrap();
                        model.lists[*i].remove(at);
                    }
                }
                Step::Compact => session.compact().unwrap(),
                Step::Reopen => {
                    drop(session);
                    session = reopen(&dir);
                }
            }
            prop_assert_eq!(shown(&mut session), model.clone());
        }
        drop(session);
        prop_assert_eq!(shown(&mut reopen(&dir)), model);
    }
}
