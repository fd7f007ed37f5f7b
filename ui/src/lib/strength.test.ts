import { describe, expect, it } from "vitest";
import { passphraseStrength } from "./strength";

describe("passphraseStrength", () => {
  it("calls short and common passphrases too weak", () => {
    expect(passphraseStrength("").level).toBe(0);
    expect(passphraseStrength("cat").tip).toBe("length");
    expect(passphraseStrength("password123")).toEqual({ level: 0, tip: "common" });
    expect(passphraseStrength("aaaaaaaaaaaaaa").tip).toBe("common");
  });
  it("rewards a few everyday words", () => {
    expect(passphraseStrength("kettle river yellow sock").level).toBeGreaterThanOrEqual(3);
    expect(passphraseStrength("kettle river").level).toBeLessThan(3);
  });
});
