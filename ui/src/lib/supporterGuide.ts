// A guide for supporters: what the person asked of them, what they are not
// asked to do, and what to do if they are worried and cannot reach the person.
// Shown when a supporter joins with an invite, and again from "Your role as a
// supporter" on that person's plan (components/SupporterGuide.svelte).
//
// It is built only from what the invite and the shared plan carry: the name
// the person gave for themselves and the sections they share. The crisis
// plan's `crisis.supporters` list may give each supporter `tasks`, but the
// supporter's app never learns the name the person typed for them (the invite
// does not carry it), so it cannot tell which entry is theirs: rather than
// guess, the guide points them to the plan they were sent.

/** One message: its id and the arguments it takes. */
export type GuideLine = { id: string; args?: Record<string, string> };

/** A part of the guide: a heading and its lines, in order. */
export type GuidePart = { id: string; heading: GuideLine; lines: GuideLine[] };

/**
 * The guide for a supporter of `person`, who shares `sections` (ids, e.g.
 * `["crisis"]`); `sectionNames` is those sections' titles, already joined
 * for the reader (e.g. "Crisis plan, After a crisis").
 */
export function supporterGuide(person: string, sections: readonly string[], sectionNames: string): GuidePart[] {
  const asked: GuideLine[] = [];
  if (sections.length > 0) asked.push({ id: "supporter-guide-asked-sections", args: { person, sections: sectionNames } });
  asked.push({ id: sections.includes("crisis") ? "supporter-guide-asked-crisis" : "supporter-guide-asked-plan" });
  asked.push({ id: "supporter-guide-asked-talk" });
  return [
    { id: "asked", heading: { id: "supporter-guide-asked-heading", args: { person } }, lines: asked },
    {
      id: "not-asked",
      heading: { id: "supporter-guide-not-heading" },
      lines: [{ id: "supporter-guide-not-clinician" }, { id: "supporter-guide-not-always" }, { id: "supporter-guide-not-share" }],
    },
    {
      id: "worried",
      heading: { id: "supporter-guide-worried-heading" },
      lines: [
        { id: "supporter-guide-worried-emergency" },
        { id: "supporter-guide-worried-helplines" },
        { id: "supporter-guide-worried-harbour" },
      ],
    },
  ];
}

/** Every message id the guide may show (for the component's own words and the tests). */
export const GUIDE_MESSAGE_IDS: readonly string[] = [
  "supporter-guide-title",
  "supporter-guide-intro",
  "supporter-guide-asked-heading",
  "supporter-guide-asked-sections",
  "supporter-guide-asked-crisis",
  "supporter-guide-asked-plan",
  "supporter-guide-asked-talk",
  "supporter-guide-not-heading",
  "supporter-guide-not-clinician",
  "supporter-guide-not-always",
  "supporter-guide-not-share",
  "supporter-guide-worried-heading",
  "supporter-guide-worried-emergency",
  "supporter-guide-worried-helplines",
  "supporter-guide-worried-harbour",
  "supporter-guide-helplines",
  "supporter-guide-close",
];
