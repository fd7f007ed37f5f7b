import { describe, expect, it } from "vitest";
import { Translator, stripIsolationMarks } from "./fluent";
import { messageIdsRequested, withMessageId } from "./messageIds";

describe("messageIdsRequested", () => {
  it("is on only when the address asks for it", () => {
    expect(messageIdsRequested("")).toBe(false);
    expect(messageIdsRequested("?locale=ar")).toBe(false);
    expect(messageIdsRequested("?message-ids")).toBe(true);
    expect(messageIdsRequested("?message-ids=1")).toBe(true);
    expect(messageIdsRequested("?x=1&message-ids=yes")).toBe(true);
    expect(messageIdsRequested("?message-ids=0")).toBe(false);
    expect(messageIdsRequested("?message-idsx=1")).toBe(false);
  });
});

describe("withMessageId", () => {
  it("puts the id in front of the text, in brackets", () => {
    expect(stripIsolationMarks(withMessageId("home-title", "Your plan"))).toBe("[home-title] Your plan");
  });

  it("isolates the id left to right, so it reads the same in a right-to-left language", () => {
    const text = withMessageId("welcome-title", "مرحبًا بك في Harbour");
    expect(text).toBe("\u2066[welcome-title]\u2069 مرحبًا بك في Harbour");
  });

  it("shows the id of a message with no text", () => {
    expect(stripIsolationMarks(withMessageId("missing", ""))).toBe("[missing] ");
  });

  it("keeps a formatted message whole, placeables and all", () => {
    const tr = new Translator({ "en-GB": { standard: "call = Call { $name }\n" } }, "en-GB", false);
    expect(stripIsolationMarks(withMessageId("call", tr.format("call", { name: "Sam" })))).toBe("[call] Call Sam");
  });
});
