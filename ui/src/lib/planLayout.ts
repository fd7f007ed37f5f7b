// How the plan is laid out on screen. The sections and fields themselves come
// from the Rust model (the full view); this file only groups the crisis plan's
// fields into the parts people read about and names the
// message ids for each heading, prompt and example.

export type CrisisPart = { id: string; fields: string[] };

/** The crisis plan's parts, in order; each lists field ids of the `crisis` section. */
export const CRISIS_PARTS: readonly CrisisPart[] = [
  { id: "well", fields: ["when_well"] },
  { id: "take_over", fields: ["take_over_signs"] },
  { id: "people", fields: ["supporters", "not_involved", "disagreements"] },
  {
    id: "medication",
    fields: [
      "medication_current",
      "medication_preferred",
      "medication_acceptable",
      "medication_unacceptable",
      "allergies",
    ],
  },
  {
    id: "treatments",
    fields: [
      "treatments_current",
      "treatments_preferred",
      "treatments_acceptable",
      "treatments_unacceptable",
    ],
  },
  { id: "home", fields: ["home_care"] },
  { id: "places", fields: ["places_preferred", "places_unacceptable"] },
  { id: "help", fields: ["help_wanted", "help_unwanted", "if_danger", "responsibilities"] },
  { id: "surroundings", fields: ["safer_surroundings"] },
  { id: "money", fields: ["money"] },
  { id: "ending", fields: ["no_longer_needed_signs"] },
  // The advance choice document's own fields (its other parts are above).
  { id: "advance_choice", fields: ["values_statement", "professionals_shared"] },
];

/** "crisis.when_well" → "field-crisis-when_well" (label); add "-hint" / "-example". */
export function fieldMessage(path: string): string {
  return `field-${path.replace(".", "-")}`;
}

export function sectionTitle(id: string): string {
  return `section-${id}-title`;
}

/** The part of the crisis plan a field belongs to. */
export function crisisPartOf(fieldId: string): CrisisPart | undefined {
  return CRISIS_PARTS.find((p) => p.fields.includes(fieldId));
}
