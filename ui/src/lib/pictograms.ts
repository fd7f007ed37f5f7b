// Easy Read pictograms: one Mulberry Symbol (CC BY-SA 4.0, Steve Lee) per
// heading or prompt, keyed by the message id the heading shows. Only the
// symbols used here are copied into assets/pictograms (see its README.md).
//
// Headings built from ids at run time (a section's title, a crisis-plan
// part, a safety-plan part, a field's prompt) are keyed by the id they
// build; a field's prompt shows the picture of its section, or for the
// crisis plan the picture of its part.

import clipboard from "../assets/pictograms/clipboard.svg";
import cloudy from "../assets/pictograms/cloudy.svg";
import colour from "../assets/pictograms/colour.svg";
import copy from "../assets/pictograms/copy.svg";
import correct from "../assets/pictograms/correct.svg";
import day from "../assets/pictograms/day.svg";
import envelope from "../assets/pictograms/envelope.svg";
import family from "../assets/pictograms/family.svg";
import find from "../assets/pictograms/find.svg";
import folder from "../assets/pictograms/folder.svg";
import folderOpen from "../assets/pictograms/folder-open.svg";
import globe from "../assets/pictograms/globe.svg";
import good from "../assets/pictograms/good.svg";
import goodPerson from "../assets/pictograms/good-person.svg";
import happy from "../assets/pictograms/happy.svg";
import healthCentre from "../assets/pictograms/health-centre.svg";
import heart from "../assets/pictograms/heart.svg";
import hello from "../assets/pictograms/hello.svg";
import help from "../assets/pictograms/help.svg";
import holdHands from "../assets/pictograms/hold-hands.svg";
import house from "../assets/pictograms/house.svg";
import hug from "../assets/pictograms/hug.svg";
import join from "../assets/pictograms/join.svg";
import key from "../assets/pictograms/key.svg";
import laptop from "../assets/pictograms/laptop.svg";
import listen from "../assets/pictograms/listen.svg";
import mobilePhone from "../assets/pictograms/mobile-phone.svg";
import money from "../assets/pictograms/money.svg";
import networkedComputers from "../assets/pictograms/networked-computers.svg";
import no from "../assets/pictograms/no.svg";
import notebook from "../assets/pictograms/notebook.svg";
import notepad from "../assets/pictograms/notepad.svg";
import openShop from "../assets/pictograms/open-shop.svg";
import people from "../assets/pictograms/people.svg";
import printer from "../assets/pictograms/printer.svg";
import rainbow from "../assets/pictograms/rainbow.svg";
import readBook from "../assets/pictograms/read-book.svg";
import receive from "../assets/pictograms/receive.svg";
import recoveryKey from "../assets/pictograms/recovery-key.svg";
import relax from "../assets/pictograms/relax.svg";
import remoteControl from "../assets/pictograms/remote-control.svg";
import share from "../assets/pictograms/share.svg";
import signpost from "../assets/pictograms/signpost.svg";
import tablets from "../assets/pictograms/tablets.svg";
import talk from "../assets/pictograms/talk.svg";
import talkTogether from "../assets/pictograms/talk-together.svg";
import telephone from "../assets/pictograms/telephone.svg";
import textMessage from "../assets/pictograms/text-message.svg";
import tidyUp from "../assets/pictograms/tidy-up.svg";
import trafficLights from "../assets/pictograms/traffic-lights.svg";
import unlock from "../assets/pictograms/unlock.svg";
import wait from "../assets/pictograms/wait.svg";
import walk from "../assets/pictograms/walk.svg";
import wallet from "../assets/pictograms/wallet.svg";
import worried from "../assets/pictograms/worried.svg";
import write from "../assets/pictograms/write.svg";
import { crisisPartOf, sectionTitle } from "./planLayout";

/** The plan's sections (section-<id>-title), by section id. */
export const SECTION_PICTOGRAMS: Readonly<Record<string, string>> = {
  toolbox: relax,
  daily: day,
  triggers: cloudy,
  early_warning: trafficLights,
  breaking_down: worried,
  crisis: hug,
  after_crisis: rainbow,
  reasons: heart,
};

/** The crisis plan's parts (crisis-part-<id>), by part id. */
export const CRISIS_PART_PICTOGRAMS: Readonly<Record<string, string>> = {
  well: happy,
  take_over: holdHands,
  people: family,
  medication: tablets,
  treatments: talkTogether,
  home: house,
  places: healthCentre,
  help,
  surroundings: tidyUp,
  money,
  ending: correct,
  advance_choice: write,
};

/** The one-page safety plan's parts (safety-part-<id>), by part id. */
export const SAFETY_PART_PICTOGRAMS: Readonly<Record<string, string>> = {
  safety_warning_signs: trafficLights,
  safety_coping: relax,
  safety_actions: walk,
  safety_people: family,
  safety_surroundings: tidyUp,
  safety_reasons: heart,
};

/** Every heading with a pictogram, by the message id it shows. */
export const BY_ID: Readonly<Record<string, string>> = {
  // Home and the plan overview
  "home-title": hello,
  "home-help-heading": talk,
  "home-find-heading": find,
  "home-sharing-heading": share,
  "home-privacy-heading": key,
  "home-plan-title": notebook,
  "home-sections-heading": notebook,
  "home-crisis-heading": hug,
  "home-views-heading": printer,
  // Unlock and Welcome
  "unlock-title": unlock,
  "welcome-title": hello,
  "welcome-does-heading": good,
  "welcome-doesnt-heading": no,
  "welcome-language-title": globe,
  "passphrase-title": unlock,
  "recovery-title": recoveryKey,
  // Get help now and Find help
  "help-title": help,
  "help-intro": listen,
  "help-country-label": globe,
  "help-call": telephone,
  "help-text": textMessage,
  "help-nearby-heading": openShop,
  "find-title": find,
  "find-near": signpost,
  "find-matching": signpost,
  // The plan's editors
  "crisis-parts-heading": notepad,
  ...Object.fromEntries(Object.entries(SECTION_PICTOGRAMS).map(([id, src]) => [sectionTitle(id), src])),
  ...Object.fromEntries(Object.entries(CRISIS_PART_PICTOGRAMS).map(([id, src]) => [`crisis-part-${id}`, src])),
  ...Object.fromEntries(Object.entries(SAFETY_PART_PICTOGRAMS).map(([id, src]) => [`safety-part-${id}`, src])),
  // Read and print
  "views-title": printer,
  "views-full": notebook,
  "views-safety": clipboard,
  "views-crisis": hug,
  "views-card-title": wallet,
  // Settings
  "settings-title": remoteControl,
  "settings-display": colour,
  "settings-language": globe,
  "settings-privacy": key,
  "settings-notifications": mobilePhone,
  "settings-passphrase": unlock,
  "settings-recovery-key": recoveryKey,
  "settings-backup": copy,
  "settings-restore": folderOpen,
  "settings-about": readBook,
  "sync-heading": networkedComputers,
  "sync-files-heading": folder,
  // Sharing: supporters, shared with me, devices
  "supporters-title": people,
  "supporters-invite-heading": envelope,
  "supporters-invite-ready": envelope,
  "supporters-revoked-heading": no,
  "supporters-ask-heading": help,
  "shared-title": receive,
  "shared-plan-title": notebook,
  "shared-role-heading": goodPerson,
  "shared-reply-heading": write,
  "shared-join-heading": join,
  "supporter-guide-title": holdHands,
  "supporter-guide-asked-heading": readBook,
  "supporter-guide-not-heading": no,
  "supporter-guide-worried-heading": telephone,
  "devices-title": mobilePhone,
  "devices-list-heading": networkedComputers,
  "devices-link-heading": laptop,
  "devices-join-heading": receive,
  "devices-waiting-heading": correct,
  loading: wait,
};

/** "field-crisis-allergies" → the heading id whose picture a field's prompt shares. */
function fieldHeading(id: string): string | undefined {
  const m = /^field-([a-z_]+)-([a-z_]+)$/.exec(id);
  if (!m) return undefined;
  const [, section = "", field = ""] = m;
  if (section === "crisis") {
    const part = crisisPartOf(field);
    return part ? `crisis-part-${part.id}` : undefined;
  }
  return sectionTitle(section);
}

/** The pictogram for a heading or prompt, by its message id, if it has one. */
export function pictogramFor(id: string): string | undefined {
  return own(id) ?? own(fieldHeading(id));
}

function own(id: string | undefined): string | undefined {
  return id !== undefined && Object.prototype.hasOwnProperty.call(BY_ID, id) ? BY_ID[id] : undefined;
}
