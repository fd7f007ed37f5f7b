// The guide for supporters: what it says follows what the invite carries, and
// every word of it is there in all nine languages (and in each Easy Read layer
// that exists), with the same variables as en-GB.

import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FluentResource, type Message } from "@fluent/bundle";
import { GUIDE_MESSAGE_IDS, supporterGuide } from "./supporterGuide";

const LOCALES = ["en-GB", "cy", "ar", "ur", "bn", "pa", "pl", "ro", "es"];

function messages(locale: string, file: "harbour" | "easy-read"): Map<string, string> | null {
  const path = join(__dirname, `../../../locales/${locale}/${file}.ftl`);
  if (!existsSync(path)) return null;
  const source = readFileSync(path, "utf8");
  const found = new Map<string, string>();
  for (const entry of new FluentResource(source).body as Message[]) {
    if (!entry.id || entry.id.startsWith("-")) continue;
    found.set(entry.id, JSON.stringify(entry.value));
  }
  return found;
}

/** The variable names a message's source uses, sorted. */
const variables = (serialized: string): string[] =>
  [...new Set([...serialized.matchAll(/"type":"var","name":"(\w+)"/g)].map((m) => m[1] ?? ""))].sort();

const ids = (parts: ReturnType<typeof supporterGuide>): string[] =>
  parts.flatMap((p) => [p.heading.id, ...p.lines.map((l) => l.id)]);

describe("the guide for supporters", () => {
  it("names the person and the sections they share, and points to their crisis plan when it is shared", () => {
    const parts = supporterGuide("Alex", ["crisis", "after_crisis"], "Crisis plan, After a crisis");
    expect(parts.map((p) => p.id)).toEqual(["asked", "not-asked", "worried"]);
    const asked = parts[0]!;
    expect(asked.heading).toEqual({ id: "supporter-guide-asked-heading", args: { person: "Alex" } });
    expect(asked.lines[0]).toEqual({
      id: "supporter-guide-asked-sections",
      args: { person: "Alex", sections: "Crisis plan, After a crisis" },
    });
    expect(ids(parts)).toContain("supporter-guide-asked-crisis");
    expect(ids(parts)).not.toContain("supporter-guide-asked-plan");
  });

  it("without the crisis plan, sends them to the plan they were sent", () => {
    const parts = supporterGuide("Sam", ["wellness"], "Wellness toolbox");
    expect(ids(parts)).toContain("supporter-guide-asked-plan");
    expect(ids(parts)).not.toContain("supporter-guide-asked-crisis");
  });

  it("says the same things whatever is shared: not a clinician, not always there, keep it private, and what to do if worried", () => {
    for (const sections of [[], ["crisis"], ["triggers", "wellness"]]) {
      const said = ids(supporterGuide("Kit", sections, ""));
      for (const id of [
        "supporter-guide-not-clinician",
        "supporter-guide-not-always",
        "supporter-guide-not-share",
        "supporter-guide-worried-emergency",
        "supporter-guide-worried-helplines",
      ]) {
        expect(said, `${id} with ${sections.join(",")}`).toContain(id);
      }
    }
    // Nothing to list: no "they share: ." line.
    expect(ids(supporterGuide("Kit", [], ""))).not.toContain("supporter-guide-asked-sections");
  });

  it("never shows a supporter's tasks it cannot tell are theirs", () => {
    const said = JSON.stringify(supporterGuide("Alex", ["crisis"], "Crisis plan"));
    expect(said).not.toMatch(/tasks/);
  });

  it("uses only ids the component knows", () => {
    const all = new Set([...ids(supporterGuide("A", ["crisis"], "x")), ...ids(supporterGuide("A", ["wellness"], "x"))]);
    for (const id of all) expect(GUIDE_MESSAGE_IDS).toContain(id);
  });

  it("is written in all nine languages, and in every Easy Read layer, with en-GB's variables", () => {
    const reference = messages("en-GB", "harbour")!;
    expect(variables(reference.get("supporter-guide-asked-sections")!)).toEqual(["person", "sections"]);
    for (const locale of LOCALES) {
      for (const file of ["harbour", "easy-read"] as const) {
        const found = messages(locale, file);
        if (!found) continue; // no Easy Read layer in this language: the standard text shows
        for (const id of GUIDE_MESSAGE_IDS) {
          const text = found.get(id);
          expect(text, `${locale}/${file}.ftl: ${id}`).toBeTruthy();
          expect(variables(text!), `${locale}/${file}.ftl: ${id}`).toEqual(variables(reference.get(id)!));
        }
      }
    }
  });
});
