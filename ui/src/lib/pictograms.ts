// Easy Read pictograms: one Mulberry Symbol (CC BY-SA 4.0, Steve Lee) per
// heading or prompt, keyed by the message id the heading shows. Only the
// symbols used here are copied into assets/pictograms (see its README.md).

import find from "../assets/pictograms/find.svg";
import globe from "../assets/pictograms/globe.svg";
import hello from "../assets/pictograms/hello.svg";
import help from "../assets/pictograms/help.svg";
import hug from "../assets/pictograms/hug.svg";
import key from "../assets/pictograms/key.svg";
import listen from "../assets/pictograms/listen.svg";
import notebook from "../assets/pictograms/notebook.svg";
import printer from "../assets/pictograms/printer.svg";
import talk from "../assets/pictograms/talk.svg";
import telephone from "../assets/pictograms/telephone.svg";
import textMessage from "../assets/pictograms/text-message.svg";
import unlock from "../assets/pictograms/unlock.svg";
import wait from "../assets/pictograms/wait.svg";

const BY_ID: Record<string, string> = {
  "home-title": hello,
  "home-help-heading": talk,
  "home-find-heading": find,
  "home-privacy-heading": key,
  "home-plan-title": notebook,
  "home-sections-heading": notebook,
  "home-crisis-heading": hug,
  "home-views-heading": printer,
  "unlock-title": unlock,
  "help-title": help,
  "help-intro": listen,
  "help-country-label": globe,
  "help-call": telephone,
  "help-text": textMessage,
  loading: wait,
};

/** The pictogram for a heading or prompt, by its message id, if it has one. */
export function pictogramFor(id: string): string | undefined {
  return BY_ID[id];
}
