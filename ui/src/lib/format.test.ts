import { describe, expect, it } from "vitest";
import { countryOf, formatDate, webLink } from "./format";

describe("countryOf", () => {
  it("takes the region of a locale", () => {
    expect(countryOf("en-GB")).toBe("GB");
    expect(countryOf("es-es")).toBe("ES");
  });
  it("defaults to GB without a region", () => {
    expect(countryOf("cy")).toBe("GB");
    expect(countryOf("zh-Hans")).toBe("GB");
  });
  it("defaults to GB for a private-use region, as the pseudo-locales have", () => {
    expect(countryOf("en-XA")).toBe("GB");
    expect(countryOf("ar-XB")).toBe("GB");
    expect(countryOf("en-ZZ")).toBe("GB");
    expect(countryOf("pt-BR")).toBe("BR");
  });
});

describe("formatDate", () => {
  it("formats an ISO date in the reader's language", () => {
    expect(formatDate("2026-11-23", "en-GB")).toBe("23 November 2026");
  });
  it("leaves anything that is not a date untouched", () => {
    expect(formatDate("recently", "en-GB")).toBe("recently");
  });
});

describe("webLink", () => {
  it("keeps http(s) links", () => {
    expect(webLink("https://www.samaritans.org/")).toBe("https://www.samaritans.org/");
  });
  it("refuses anything else, so it is shown as text", () => {
    for (const bad of ["service_list.json", "javascript:alert(1)", "file:///etc/passwd", "https://a@b.example/", "https://a b", "", null]) {
      expect(webLink(bad)).toBeNull();
    }
  });
});
