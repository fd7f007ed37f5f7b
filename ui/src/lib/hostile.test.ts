// A hostile locale file is refused or shown as plain text, never executed:
// through the real Translator and a real Svelte text binding in a DOM.

import { describe, expect, it } from "vitest";
import { flushSync, mount, unmount } from "svelte";
import { Translator, nestingDepth, stripIsolationMarks, type LocaleSources } from "./fluent";
import TextProbe from "./testing/TextProbe.svelte";
import { SHIPPED, directionOf, parseLocaleToml } from "./locales";
import { negotiate } from "./i18n.svelte";

const reference = "greeting = Hello\nscript = Fine\nmarkup = Fine\nbidi = Fine\n";

function render(text: string): HTMLElement {
  const target = document.createElement("div");
  document.body.append(target);
  const component = mount(TextProbe, { target, props: { text } });
  flushSync();
  const copy = target.cloneNode(true) as HTMLElement;
  unmount(component);
  target.remove();
  return copy;
}

describe("a hostile locale", () => {
  const hostile = [
    "script = <script>window.pwned = true</script>",
    'markup = <img src=x onerror="window.pwned = true"><b>bold</b>',
    "bidi = Call \u202e321 611\u202c now",
  ].join("\n");

  it("is shown as text: no element is created and nothing runs", () => {
    const tr = new Translator({ "en-GB": { standard: reference }, pl: { standard: hostile } }, "pl", false);
    for (const id of ["script", "markup", "bidi"]) {
      const shown = render(tr.format(id));
      expect(shown.querySelector("script, img, b")).toBeNull();
      expect(shown.textContent).toBe(tr.format(id));
    }
    expect(render(tr.format("script")).textContent).toContain("<script>");
    expect((globalThis as { pwned?: boolean }).pwned).toBeUndefined();
  });

  it("is refused whole when huge or nested deeply, falling back to en-GB", () => {
    const huge = `greeting = ${"a".repeat(1024 * 1024)}\n`;
    const deep = `greeting = ${"{".repeat(20000)}$x${"}".repeat(20000)}\n`;
    for (const standard of [huge, deep]) {
      const sources: LocaleSources = { "en-GB": { standard: reference }, pl: { standard } };
      const tr = new Translator(sources, "pl", true);
      expect(tr.format("greeting")).toBe("Hello");
    }
    expect(nestingDepth('a = {"{"} { { $x } }\n# {{{{{{{{{{\n')).toBe(2);
  });
});

describe("shipped locales", () => {
  it("read direction and native names from locale.toml", () => {
    expect(directionOf("ar")).toBe("rtl");
    expect(directionOf("ur")).toBe("rtl");
    expect(directionOf("pl")).toBe("ltr");
    expect(directionOf("xx")).toBe("ltr");
    const tags = SHIPPED.map((l) => l.tag);
    for (const l of ["en-GB", "cy", "pl", "ar", "ur", "ro", "pa", "bn", "es"]) expect(tags).toContain(l);
    expect(SHIPPED.find((l) => l.tag === "cy")?.name).toBe("Cymraeg");
  });

  it("parses locale.toml values with escapes and comments", () => {
    const info = parseLocaleToml("x", 'name = "A \\"B\\"" # c\ndirection = "rtl"\nstatus = "reviewed"\n');
    expect(info).toEqual({ tag: "x", name: 'A "B"', dir: "rtl", status: "reviewed" });
  });

  it("negotiate the system language against them", () => {
    expect(negotiate(["pl-PL"])).toBe("pl");
    expect(negotiate(["en-US"])).toBe("en-GB");
    expect(negotiate(["fr-FR", "ar-EG"])).toBe("ar");
    expect(negotiate(["ja"])).toBe("en-GB");
    expect(negotiate([])).toBe("en-GB");
  });

  it("show no message id and no isolation marks leave with stripIsolationMarks", () => {
    const tr = new Translator({ "en-GB": { standard: "call = Call { $n }\n" } }, "ar", false);
    expect(stripIsolationMarks(tr.format("call", { n: "116 123" }))).toBe("Call 116 123");
  });
});
