// Easy Read pictograms: every heading id that has a picture is a real
// message, every part of the plan has a picture, and every picture in
// assets/pictograms is used and credited in its README.

import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FluentResource } from "@fluent/bundle";
import {
  BY_ID,
  CRISIS_PART_PICTOGRAMS,
  SAFETY_PART_PICTOGRAMS,
  SECTION_PICTOGRAMS,
  pictogramFor,
} from "./pictograms";
import { PLAN_SECTIONS } from "./bindings";
import { CRISIS_PARTS, fieldMessage, sectionTitle } from "./planLayout";

const reference = readFileSync(join(__dirname, "../../../locales/en-GB/harbour.ftl"), "utf8");
const defined = new Set(new FluentResource(reference).body.map((m) => m.id));

const dir = join(__dirname, "../assets/pictograms");
const svgs = readdirSync(dir).filter((f) => f.endsWith(".svg"));
const readme = readFileSync(join(dir, "README.md"), "utf8");

// Safety-plan part ids, from the reference locale (the Rust model names them).
const SAFETY_PARTS = [...defined]
  .filter((id) => id.startsWith("safety-part-"))
  .map((id) => id.slice("safety-part-".length));

// Vite inlines small SVGs as data URIs, so the files are matched by the
// imports in pictograms.ts (and the language list's globe), not by URL.
const importsIn = (file: string): Map<string, string> =>
  new Map(
    [...readFileSync(join(__dirname, file), "utf8").matchAll(/^import (\w+) from "\.\.\/assets\/pictograms\/([a-z0-9-]+\.svg)";$/gm)].map(
      (m) => [m[2] ?? "", m[1] ?? ""],
    ),
  );
const imported = importsIn("pictograms.ts");
const elsewhere = importsIn("../components/LanguagePicker.svelte");

describe("Easy Read pictograms", () => {
  it("are keyed by real message ids", () => {
    const unknown = Object.keys(BY_ID).filter((id) => !defined.has(id));
    expect(unknown).toEqual([]);
  });

  it("give every plan section a picture, by its title id", () => {
    expect(Object.keys(SECTION_PICTOGRAMS).sort()).toEqual([...PLAN_SECTIONS].sort());
    for (const id of PLAN_SECTIONS) {
      expect(pictogramFor(sectionTitle(id)), id).toBeTruthy();
    }
  });

  it("give every crisis-plan part a picture, by its heading id", () => {
    expect(Object.keys(CRISIS_PART_PICTOGRAMS).sort()).toEqual(CRISIS_PARTS.map((p) => p.id).sort());
    for (const part of CRISIS_PARTS) {
      expect(pictogramFor(`crisis-part-${part.id}`), part.id).toBeTruthy();
    }
  });

  it("give every safety-plan part a picture", () => {
    expect(SAFETY_PARTS.length).toBeGreaterThan(0);
    expect(Object.keys(SAFETY_PART_PICTOGRAMS).sort()).toEqual([...SAFETY_PARTS].sort());
  });

  it("give a field's prompt the picture of its section or crisis-plan part", () => {
    expect(pictogramFor(fieldMessage("toolbox.helps"))).toBe(pictogramFor(sectionTitle("toolbox")));
    expect(pictogramFor(fieldMessage("reasons.good_moments"))).toBe(pictogramFor(sectionTitle("reasons")));
    for (const part of CRISIS_PARTS) {
      for (const field of part.fields) {
        expect(pictogramFor(fieldMessage(`crisis.${field}`)), field).toBe(pictogramFor(`crisis-part-${part.id}`));
      }
    }
    const prompts = [...defined].filter((id) => /^field-[a-z_]+-[a-z_]+$/.test(id));
    expect(prompts.length).toBeGreaterThan(40);
    expect(prompts.filter((id) => !pictogramFor(id))).toEqual([]);
  });

  it("have no picture for ids they do not know", () => {
    expect(pictogramFor("no-such-heading")).toBeUndefined();
    expect(pictogramFor("field-nowhere-nothing")).toBeUndefined();
    expect(pictogramFor("toString")).toBeUndefined();
    expect(pictogramFor("neutral-title")).toBeUndefined();
  });

  it("use every SVG in assets/pictograms, and only those", () => {
    const files = new Set([...imported.keys(), ...elsewhere.keys()]);
    expect([...files].sort()).toEqual([...svgs].sort());
    // Each file imported here is a different picture, and each one is shown beside some heading.
    const shown = new Set(Object.values(BY_ID));
    expect(shown.size).toBe(imported.size);
  });

  it("list every SVG in the README with its Mulberry name", () => {
    const listed = new Map(
      [...readme.matchAll(/^\| `([a-z0-9-]+\.svg)` \| ([^|]+?) \|/gm)].map((m) => [m[1], m[2]]),
    );
    for (const svg of svgs) {
      expect(listed.get(svg), svg).toBeTruthy();
    }
    expect([...listed.keys()].sort()).toEqual([...svgs].sort());
  });

  it("have readable, lowercase-hyphenated file names", () => {
    for (const svg of svgs) expect(svg).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*\.svg$/);
  });
});
