// Pseudo-locales: en-GB made strange on purpose, so a translator sees on
// every screen what is not translated (it stays plain English), what is cut
// off (the `[!! … !!]` brackets go missing) and what breaks right to left.
// The same transform as crates/l10n/src/pseudo.rs (the CLI and exports), done
// here on the parsed messages so it never drifts from en-GB. Only text changes:
// ids, attributes, placeables, selectors, variant keys and markup stay as they are.

import { FluentResource } from "@fluent/bundle";

export type PseudoStyle = "long" | "mirrored";

export type PseudoLocale = {
  tag: string;
  style: PseudoStyle;
  /** Shown in the language list, under "For translators". */
  name: string;
  dir: "ltr" | "rtl";
};

/** BCP 47 private-use regions, as Android and Chromium use them. */
export const PSEUDO_LOCALES: readonly PseudoLocale[] = [
  { tag: "en-XA", style: "long", name: "Pseudo (long)", dir: "ltr" },
  { tag: "ar-XB", style: "mirrored", name: "Pseudo (RTL)", dir: "rtl" },
];

export function pseudoLocale(tag: string): PseudoLocale | undefined {
  return PSEUDO_LOCALES.find((p) => p.tag.toLowerCase() === tag.toLowerCase());
}

const LOWER = [..."àƀçðéƒĝĥîĵķļɱñöƥʠŕšţûṽŵẋýž"];
const UPPER = [..."ÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖƤǪŔŜŢÛṼŴẊÝŽ"];
const RLM = "\u200F";

function accentChar(c: string): string {
  const code = c.charCodeAt(0);
  if (code >= 97 && code <= 122) return LOWER[code - 97] ?? c;
  if (code >= 65 && code <= 90) return UPPER[code - 65] ?? c;
  return c;
}

/** Accents the letters of plain text; markup (`<b>`, `</a>`) and entities (`&amp;`) are kept. */
export function accent(text: string): string {
  return text.replace(/(<[a-zA-Z/!][^>]*>|&[a-zA-Z0-9#]+;)|[A-Za-z]/g, (m, verbatim: string | undefined) =>
    verbatim ? m : accentChar(m),
  );
}

/** About 35 % more characters, in runs of at most five so the text can still wrap. */
function padding(chars: number): string {
  const n = Math.max(1, Math.floor((chars * 35 + 50) / 100));
  let out = "";
  for (let i = 0; i < n; i++) out += (i > 0 && i % 5 === 0 ? " " : "") + "~";
  return out;
}

type Pattern = NonNullable<FluentResource["body"][number]["value"]>;
type Element = Exclude<Pattern, string>[number];

/** Characters of text in a pattern (a select counts its longest variant). */
function textLength(pattern: Pattern): number {
  if (typeof pattern === "string") return pattern.length;
  let n = 0;
  for (const el of pattern) {
    if (typeof el === "string") n += el.length;
    else if (el.type === "select") n += Math.max(0, ...el.variants.map((v) => textLength(v.value)));
  }
  return n;
}

function accentPattern(pattern: Pattern): Pattern {
  if (typeof pattern === "string") return accent(pattern);
  return pattern.map((el): Element => {
    if (typeof el === "string") return accent(el);
    // Only the variants' text: the selector and keys stay as they are.
    if (el.type === "select") return { ...el, variants: el.variants.map((v) => ({ ...v, value: accentPattern(v.value) })) };
    return el;
  });
}

/** One pattern in the pseudo style: `[!! Ŝàṽé ƥļàñ ~~~ !!]`. */
export function pseudoPattern(pattern: Pattern, style: PseudoStyle): Pattern {
  const pad = padding(textLength(pattern));
  const mark = style === "mirrored" ? RLM : "";
  const open = `${mark}[!! `;
  const close = ` ${pad} !!]${mark}`;
  const accented = accentPattern(pattern);
  if (typeof accented === "string") return open + accented + close;
  return [open, ...accented, close];
}

/** en-GB's messages (and terms' values; term attributes are selectors) in a pseudo style. */
export function pseudoResource(source: string, style: PseudoStyle): FluentResource {
  const resource = new FluentResource(source);
  for (const entry of resource.body) {
    if (entry.value !== null) entry.value = pseudoPattern(entry.value, style);
    if (entry.id.startsWith("-")) continue;
    for (const name of Object.keys(entry.attributes)) {
      const attr = entry.attributes[name];
      if (attr !== undefined) entry.attributes[name] = pseudoPattern(attr, style);
    }
  }
  return resource;
}
