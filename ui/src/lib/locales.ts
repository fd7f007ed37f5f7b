// The locale files from the repository's locales/ folder, bundled at build time.

import type { LocaleSources } from "./fluent";

const files = import.meta.glob("../../../locales/*/*.ftl", {
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

const RIGHT_TO_LEFT = new Set(["ar", "ur", "fa", "he", "ps", "sd", "ckb", "yi"]);

export function directionOf(locale: string): "ltr" | "rtl" {
  const language = locale.split("-")[0]?.toLowerCase() ?? "";
  return RIGHT_TO_LEFT.has(language) ? "rtl" : "ltr";
}
