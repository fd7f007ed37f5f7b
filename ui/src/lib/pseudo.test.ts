// The pseudo-locales en-XA and ar-XB: made from en-GB, accented and longer,
// with every placeable, selector and id kept, and ar-XB right to left.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FluentResource } from "@fluent/bundle";
import { Translator, stripIsolationMarks } from "./fluent";
import { negotiate } from "./i18n.svelte";
import { PSEUDO, SELECTABLE, SHIPPED, bundledLocales, directionOf, localeInfo } from "./locales";
import { PSEUDO_LOCALES, accent, pseudoResource } from "./pseudo";

const reference = readFileSync(join(__dirname, "../../../locales/en-GB/harbour.ftl"), "utf8");
const sources = bundledLocales();
const plain = (text: string) => stripIsolationMarks(text).replace(/\u200F/g, "");

describe("pseudo-locales", () => {
  it("accent letters and keep digits, punctuation and markup", () => {
    expect(accent("Save plan")).toBe("Ŝàṽé ƥļàñ");
    expect(accent("Call 999, <b>now</b> &amp; then!")).toBe("Çàļļ 999, <b>ñöŵ</b> &amp; ţĥéñ!");
    expect(accent("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")).not.toMatch(/[A-Za-z]/);
  });

  it("match the Rust transform (crates/l10n/src/pseudo.rs) on the same input", () => {
    const long = new Translator({ "en-GB": { standard: "x = y\n" }, "en-XA": { standard: "save = Save plan\nfound = { $count ->\n    [one] One place\n   *[other] { $count } places\n}\n", pseudo: "long" } }, "en-XA", false);
    expect(long.format("save")).toBe("[!! Ŝàṽé ƥļàñ ~~~ !!]");
    expect(plain(long.format("found", { count: 1 }))).toBe("[!! Öñé ƥļàçé ~~~ !!]");
    expect(plain(long.format("found", { count: 3 }))).toBe("[!! 3 ƥļàçéš ~~~ !!]");
    const rtl = new Translator({ "ar-XB": { standard: "save = Save plan\n", pseudo: "mirrored" } }, "ar-XB", false);
    expect(rtl.format("save")).toBe("\u200F[!! Ŝàṽé ƥļàñ ~~~ !!]\u200F");
  });

  it("keep every id, attribute, variable and variant key of en-GB", () => {
    const source = "found = { $count ->\n    [one] One near { $town }\n   *[other] { $count } near { $town }\n}\n-brand = Harbour\n    .gender = neuter\nabout = About { -brand } and { found }\n    .title = Read { $name }\n";
    const out = pseudoResource(source, "long");
    const before = new FluentResource(source);
    expect(out.body.map((e) => [e.id, Object.keys(e.attributes)])).toEqual(before.body.map((e) => [e.id, Object.keys(e.attributes)]));
    const json = JSON.stringify(out.body);
    for (const kept of ['{"type":"var","name":"town"}', '{"type":"term","name":"brand"', '{"type":"mesg","name":"found"', '"value":"one"', '{"type":"var","name":"name"}']) {
      expect(json).toContain(kept);
    }
    // Term attributes are selectors, not text.
    expect(out.body.find((e) => e.id === "-brand")?.attributes.gender).toBe("neuter");
  });

  it("have every en-GB message, accented and at least 35 % longer", () => {
    const ids = new FluentResource(reference).body.filter((e) => !e.id.startsWith("-") && e.value !== null).map((e) => e.id);
    expect(ids.length).toBeGreaterThan(100);
    const en = new Translator(sources, "en-GB", false);
    for (const { tag } of PSEUDO_LOCALES) {
      const pseudo = new Translator(sources, tag, false);
      // Only the pseudo bundle, so a message it lacks is not hidden by the en-GB fallback.
      const own = pseudo.chain[0];
      let checked = 0;
      for (const id of ids) {
        expect(own?.getMessage(id)?.value, `${tag} ${id}`).toBeTruthy();
        const errors: Error[] = [];
        const english = en.chain[0]?.formatPattern(en.chain[0].getMessage(id)?.value ?? "", null, errors) ?? "";
        if (errors.length > 0) continue; // needs variables: covered above
        const text = plain(pseudo.format(id));
        expect(text, id).toMatch(/^\[!! [\s\S]* !!\]$/);
        expect(text, id).not.toMatch(/[A-Za-z]/);
        expect(text.length * 100, `${id}: ${text}`).toBeGreaterThanOrEqual(stripIsolationMarks(english).length * 135);
        checked++;
      }
      expect(checked).toBeGreaterThan(100);
    }
  });

  it("fill in variables unchanged", () => {
    const tr = new Translator(sources, "en-XA", false);
    expect(plain(tr.format("help-hours", { hours: "Mon-Fri 9am" }))).toContain("Mon-Fri 9am");
  });

  it("make ar-XB right to left and en-XA left to right", () => {
    expect(directionOf("ar-XB")).toBe("rtl");
    expect(directionOf("en-XA")).toBe("ltr");
    const text = new Translator(sources, "ar-XB", false).format("app-name");
    expect(text.startsWith("\u200F") && text.endsWith("\u200F")).toBe(true);
  });

  it("come last in the language list, apart from the shipped languages", () => {
    expect(SHIPPED.map((l) => l.tag)).not.toContain("en-XA");
    expect(PSEUDO.map((l) => l.tag)).toEqual(["en-XA", "ar-XB"]);
    expect(SELECTABLE.slice(-2).map((l) => l.tag)).toEqual(["en-XA", "ar-XB"]);
    expect(localeInfo("en-XA")?.pseudo).toBe(true);
  });

  it("are chosen only by their exact tag", () => {
    expect(negotiate(["en-XA"])).toBe("en-XA");
    expect(negotiate(["ar-xb"])).toBe("ar-XB");
    expect(negotiate(["pl", "en-XA"])).toBe("pl");
    expect(negotiate(["en-US"])).toBe("en-GB");
    expect(negotiate(["ar-EG"])).toBe("ar");
    expect(negotiate(["ja", "cy-GB"])).toBe("cy");
  });
});
