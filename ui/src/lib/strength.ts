// A gentle, offline passphrase strength estimate: length and variety, with
// very common passwords and simple patterns marked down. It only guides; the
// real protection is Argon2id in the core.

export type Strength = { level: 0 | 1 | 2 | 3 | 4; tip: "length" | "words" | "common" | "good" };

const COMMON = new Set([
  "password", "passw0rd", "123456", "12345678", "123456789", "1234567890", "qwerty",
  "qwertyuiop", "letmein", "iloveyou", "welcome", "monkey", "dragon", "football",
  "abc123", "111111", "000000", "sunshine", "princess", "admin", "harbour",
  "password1", "password123", "trustno1", "baseball", "superman", "starwars",
]);

export const MIN_LENGTH = 10;

export function passphraseStrength(passphrase: string): Strength {
  const p = passphrase.trim();
  if (p.length === 0) return { level: 0, tip: "length" };
  const lower = p.toLowerCase();
  if (COMMON.has(lower.replace(/\s+/g, "")) || /^(.)\1+$/.test(p) || /^(0123456789|abcdefghij)/.test(lower)) {
    return { level: 0, tip: "common" };
  }
  if (p.length < MIN_LENGTH) return { level: 0, tip: "length" };
  const words = p.split(/[\s\-_.]+/).filter((w) => w.length >= 3).length;
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9\s]/].filter((r) => r.test(p)).length;
  const unique = new Set(p).size;
  let score = 0;
  if (p.length >= 12) score += 1;
  if (p.length >= 16) score += 1;
  if (p.length >= 22) score += 1;
  if (words >= 3) score += 1;
  if (classes >= 3) score += 1;
  if (unique < 6) score -= 2;
  const level = Math.max(1, Math.min(4, score)) as 1 | 2 | 3 | 4;
  return { level, tip: level >= 3 ? "good" : "words" };
}
