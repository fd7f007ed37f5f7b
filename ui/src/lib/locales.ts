// The locale files from the repository's locales/ folder, bundled at build time:
// each locale's harbour.ftl, easy-read.ftl and locale.toml (name, direction, status).

import type { LocaleSources } from "./fluent";

const files = import.meta.glob("../../../locales/*/*.ftl", {
  query: "?raw",
  import: "default",
  eager: true,
}) as Record<string, string>;

const infoFiles = import.meta.glob("../../../locales/*/locale.toml", {
  query: "?raw",
  import: "default",
  eager: true,
}) as Record<string, string>;

export function bundledLocales(): LocaleSources {
  const sources: LocaleSources = {};
  for (const [path, text] of Object.entries(files)) {
    const match = /locales\/([^/]+)\/(harbour|easy-read)\.ftl$/.exec(path);
    if (!match) continue;
    const [, locale, kind] = match as unknown as [string, string, string];
    const entry = (sources[locale] ??= {});
    if (kind === "harbour") entry.standard = text;
    else entry.easyRead = text;
  }
  return sources;
}

export type LocaleInfo = {
  /** BCP 47 tag, the folder name. */
  tag: string;
  /** The language's own name for itself, e.g. "Cymraeg". */
  name: string;
  dir: "ltr" | "rtl";
  status: "reviewed" | "needs-review";
};

/**
 * Reads the few top-level `key = "value"` lines of a locale.toml. The Rust
 * linter (`harbour locales check`) validates the whole file; this only needs
 * what the UI shows.
 */
export function parseLocaleToml(tag: string, text: string): LocaleInfo {
  const value = (key: string): string | undefined => {
    const m = new RegExp(`^${key}\\s*=\\s*"((?:[^"\\\\]|\\\\.)*)"\\s*(?:#.*)?$`, "m").exec(text);
    return m?.[1]?.replace(/\\(.)/g, "$1");
  };
  return {
    tag,
    name: value("name") ?? tag,
    dir: value("direction") === "rtl" ? "rtl" : "ltr",
    status: value("status") === "reviewed" ? "reviewed" : "needs-review",
  };
}

/** Every shipped locale that has a standard file, sorted by tag. */
export const SHIPPED: readonly LocaleInfo[] = (() => {
  const sources = bundledLocales();
  const out: LocaleInfo[] = [];
  for (const [path, text] of Object.entries(infoFiles)) {
    const tag = /locales\/([^/]+)\/locale\.toml$/.exec(path)?.[1];
    if (tag && sources[tag]?.standard !== undefined) out.push(parseLocaleToml(tag, text));
  }
  return out.sort((a, b) => a.tag.localeCompare(b.tag));
})();

export function localeInfo(locale: string): LocaleInfo | undefined {
  return SHIPPED.find((l) => l.tag === locale);
}

/** The writing direction of a locale, from its locale.toml (ltr if unknown). */
export function directionOf(locale: string): "ltr" | "rtl" {
  return localeInfo(locale)?.dir ?? "ltr";
}
