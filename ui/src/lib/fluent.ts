// Fluent formatting with Harbour's per-message fallback chain:
// Easy Read in the chosen language → standard in the chosen language → en-GB.
// Pure and synchronous, so it is unit-tested without a web view.

import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import { pseudoResource, type PseudoStyle } from "./pseudo";

export const REFERENCE_LOCALE = "en-GB";

/**
 * The raw text of each locale's two files. A pseudo-locale carries en-GB's
 * text and its `pseudo` style, applied when its bundles are made.
 */
export type LocaleSources = Record<string, { standard?: string; easyRead?: string; pseudo?: PseudoStyle }>;

export type Args = Record<string, FluentVariable>;

/** Unicode isolation marks Fluent puts around placeables (FSI, LRI, RLI, PDI). */
const ISOLATION_MARKS = /[\u2066-\u2069]/g;

/** Text that leaves the web view (clipboard, tel: links, files) must not carry isolation marks. */
export function stripIsolationMarks(text: string): string {
  return text.replace(ISOLATION_MARKS, "");
}

/** Same limits as the Rust side (harbour-l10n): bigger or deeper files are refused whole. */
const MAX_FILE_CHARS = 256 * 1024;
const MAX_NESTING = 8;

/** Deepest `{` nesting outside comments and string literals; linear, safe on any input. */
export function nestingDepth(source: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (const line of source.split("\n")) {
    if (depth === 0 && line.startsWith("#")) continue;
    inString = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (inString) {
        if (c === "\\") i++;
        else if (c === '"') inString = false;
      } else if (c === '"' && depth > 0) inString = true;
      else if (c === "{") deepest = Math.max(deepest, ++depth);
      else if (c === "}") depth = Math.max(0, depth - 1);
    }
  }
  return deepest;
}

function bundleFor(locale: string, source: string | undefined, pseudo?: PseudoStyle): FluentBundle | null {
  if (source === undefined) return null;
  // A hostile or corrupt file (huge, or nested deep enough to exhaust the
  // parser's stack) is skipped whole: its messages fall back to the next bundle.
  if (source.length > MAX_FILE_CHARS || nestingDepth(source) > MAX_NESTING) return null;
  // A pseudo-locale keeps en-GB's selectors, so it keeps en-GB's plural rules.
  const bundle = new FluentBundle(pseudo ? REFERENCE_LOCALE : locale);
  // A broken message in a translation must not take the others down with it:
  // addResource skips what it cannot parse and we fall back per message.
  try {
    bundle.addResource(pseudo ? pseudoResource(source, pseudo) : new FluentResource(source));
  } catch {
    return null;
  }
  return bundle;
}

export class Translator {
  readonly chain: FluentBundle[];

  constructor(sources: LocaleSources, locale: string, easyRead: boolean) {
    const chosen = sources[locale];
    const reference = sources[REFERENCE_LOCALE];
    const candidates = [
      easyRead ? bundleFor(locale, chosen?.easyRead, chosen?.pseudo) : null,
      bundleFor(locale, chosen?.standard, chosen?.pseudo),
      locale !== REFERENCE_LOCALE && easyRead ? bundleFor(REFERENCE_LOCALE, reference?.easyRead) : null,
      locale !== REFERENCE_LOCALE ? bundleFor(REFERENCE_LOCALE, reference?.standard) : null,
    ];
    this.chain = candidates.filter((b): b is FluentBundle => b !== null);
  }

  has(id: string): boolean {
    return this.chain.some((b) => b.getMessage(id)?.value != null);
  }

  /**
   * The message in the best available bundle. Never returns the id itself:
   * a message missing everywhere yields "" (and a console error for developers).
   */
  format(id: string, args?: Args): string {
    for (const bundle of this.chain) {
      const message = bundle.getMessage(id);
      if (message?.value == null) continue;
      const errors: Error[] = [];
      const text = bundle.formatPattern(message.value, args ?? null, errors);
      if (errors.length === 0) return text;
    }
    console.error(`Harbour: no translation for ${id}`);
    return "";
  }
}
