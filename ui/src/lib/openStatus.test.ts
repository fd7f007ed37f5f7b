import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Translator } from "./fluent";
import { distanceMessage, formatKm, isOpen, statusMessage } from "./openStatus";

const reference = readFileSync(join(__dirname, "../../../locales/en-GB/harbour.ftl"), "utf8");
const tr = new Translator({ "en-GB": { standard: reference } }, "en-GB", false);
const words = (m: { id: string; args?: Record<string, string> }) =>
  tr.format(m.id, m.args).replace(/[\u2066-\u2069]/g, "");

describe("open status in words", () => {
  it("says open until a time", () => {
    expect(words(statusMessage({ state: "open_until", time: "23:00", day: "today" }))).toBe("Open until 23:00");
    expect(words(statusMessage({ state: "open_until", time: "02:00", day: "tomorrow" }))).toBe("Open until 02:00");
    expect(words(statusMessage({ state: "open_until", time: "08:00", day: "sunday" }))).toBe("Open until Sunday 08:00");
  });
  it("says when it opens", () => {
    expect(words(statusMessage({ state: "opens_at", time: "18:00", day: "thursday" }))).toBe("Opens Thursday 18:00");
    expect(words(statusMessage({ state: "opens_at", time: "18:00", day: "today" }))).toBe("Opens today at 18:00");
    expect(words(statusMessage({ state: "open_all_day" }))).toBe("Open 24 hours");
    expect(words(statusMessage({ state: "unknown" }))).toMatch(/not known/);
  });
  it("knows what is open", () => {
    expect(isOpen({ state: "open_all_day" })).toBe(true);
    expect(isOpen({ state: "closed" })).toBe(false);
  });
  it("formats distances", () => {
    expect(formatKm(0.44, "en-GB")).toBe("0.4");
    expect(formatKm(23.6, "en-GB")).toBe("24");
  });
  it("says how far away a place is, without a false precision", () => {
    const at = (distance_km: number | null, approximate_location: boolean, town: string | null = "Grantham") =>
      words(distanceMessage({ distance_km, approximate_location, town }, "en-GB"));
    expect(at(0, true)).toBe("In Grantham (town centre)");
    expect(at(0.4, false)).toBe("0.4 km away");
    expect(at(12.2, true)).toBe("About 12 km away (town centre)");
    expect(at(0.2, true, null)).toBe("About 0.2 km away (town centre)");
    expect(at(null, false)).toBe("Distance not known");
  });
});
