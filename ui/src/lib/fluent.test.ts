import { describe, expect, it, vi } from "vitest";
import { Translator, stripIsolationMarks, type LocaleSources } from "./fluent";

const sources: LocaleSources = {
  "en-GB": {
    standard: "greeting = Hello\nfarewell = Goodbye\ncall = Call { $name }\n",
    easyRead: "greeting = Hi\n",
  },
  cy: { standard: "greeting = Helo\n", easyRead: "farewell = Hwyl\n" },
};

describe("Translator fallback chain", () => {
  it("prefers Easy Read in the chosen language", () => {
    expect(new Translator(sources, "cy", true).format("farewell")).toBe("Hwyl");
  });

  it("falls back to standard in the chosen language", () => {
    expect(new Translator(sources, "cy", true).format("greeting")).toBe("Helo");
  });

  it("falls back to en-GB Easy Read, then en-GB", () => {
    expect(new Translator(sources, "pl", true).format("greeting")).toBe("Hi");
    expect(new Translator(sources, "pl", false).format("greeting")).toBe("Hello");
    expect(new Translator(sources, "cy", false).format("farewell")).toBe("Goodbye");
  });

  it("ignores Easy Read when it is off", () => {
    expect(new Translator(sources, "en-GB", false).format("greeting")).toBe("Hello");
  });

  it("never returns the id of a missing message", () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(new Translator(sources, "cy", true).format("no-such-id")).toBe("");
    expect(log).toHaveBeenCalledOnce();
    log.mockRestore();
  });

  it("skips a message whose variables are missing rather than showing a broken one", () => {
    const withArgs = new Translator(sources, "en-GB", false).format("call", { name: "Sam" });
    expect(stripIsolationMarks(withArgs)).toBe("Call Sam");
  });
});

describe("stripIsolationMarks", () => {
  it("removes FSI, LRI, RLI and PDI only", () => {
    expect(stripIsolationMarks("\u2068116 123\u2069 \u2066x\u2069\u2067y")).toBe("116 123 xy");
  });
});
