// Every id the UI asks for exists in the reference locale, so no screen can
// fall through to an empty string.

import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FluentResource } from "@fluent/bundle";
import { ERROR_CODES } from "./bindings";

const uiSrc = join(__dirname, "..");
const reference = readFileSync(join(uiSrc, "../../locales/en-GB/harbour.ftl"), "utf8");
const defined = new Set(new FluentResource(reference).body.map((m) => m.id));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(svelte|ts)$/.test(name) && !name.endsWith(".test.ts") ? [path] : [];
  });
}

describe("en-GB covers the UI", () => {
  it("defines every literal id passed to t()", () => {
    const used = new Set<string>();
    for (const file of sourceFiles(uiSrc)) {
      for (const m of readFileSync(file, "utf8").matchAll(/\bt\(\s*"([a-z0-9-_]+)"/g)) {
        used.add(m[1] as string);
      }
    }
    expect(used.size).toBeGreaterThan(5);
    const missing = [...used].filter((id) => !defined.has(id));
    expect(missing).toEqual([]);
  });

  it("translates every error code", () => {
    const missing = ERROR_CODES.filter((code) => !defined.has(`error-${code}`));
    expect(missing).toEqual([]);
  });
});
