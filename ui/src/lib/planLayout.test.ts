// Every heading, prompt and example the plan's screens build from ids exists
// in the reference locale (the ids are built at run time, so the literal-id
// test in locales.test.ts cannot see them).

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FluentResource } from "@fluent/bundle";
import { PLAN_SECTIONS } from "./bindings";
import { CRISIS_PARTS, fieldMessage, sectionTitle } from "./planLayout";

const reference = readFileSync(join(__dirname, "../../../locales/en-GB/harbour.ftl"), "utf8");
const defined = new Set(new FluentResource(reference).body.map((m) => m.id));

// the plan (the Rust registry is the source; this mirrors it for the test).
const FIELDS: Record<string, string[]> = {
  toolbox: ["helps", "avoid"],
  daily: ["when_well", "every_day", "might_need"],
  triggers: ["triggers", "must_do", "might_do"],
  early_warning: ["signs", "must_do", "might_do"],
  breaking_down: ["signs", "must_do", "might_do"],
  crisis: CRISIS_PARTS.flatMap((p) => p.fields),
  after_crisis: ["out_of_crisis_signs", "helpers", "first_steps", "learning"],
  reasons: ["reasons", "good_moments"],
};

describe("the plan's words", () => {
  it("groups all 26 crisis-plan fields into parts, each once", () => {
    const all = CRISIS_PARTS.flatMap((p) => p.fields);
    expect(all.length).toBe(26);
    expect(new Set(all).size).toBe(26);
  });

  it("has a title, intro, and for every field a label, prompt and example", () => {
    const ids: string[] = [];
    for (const section of PLAN_SECTIONS) {
      ids.push(sectionTitle(section), `section-${section}-intro`);
      for (const field of FIELDS[section] ?? []) {
        const m = fieldMessage(`${section}.${field}`);
        ids.push(m, `${m}-hint`, `${m}-example`);
      }
    }
    for (const part of CRISIS_PARTS) ids.push(`crisis-part-${part.id}`);
    for (const key of ["text", "why", "name", "role", "contact", "tasks", "task", "who"]) ids.push(`item-key-${key}`);
    for (const s of ["inactive", "active", "stood_down"]) ids.push(`crisis-status-${s}`);
    for (const p of ["warning_signs", "coping", "actions", "people", "surroundings", "reasons"]) ids.push(`safety-part-safety_${p}`);
    for (let level = 0; level <= 4; level++) ids.push(`passphrase-strength-${level}`);
    for (const tip of ["length", "words", "common", "good"]) ids.push(`passphrase-tip-${tip}`);
    expect(ids.filter((id) => !defined.has(id))).toEqual([]);
  });
});
