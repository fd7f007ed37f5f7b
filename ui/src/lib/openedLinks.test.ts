import { describe, expect, it } from "vitest";
import { incoming, receive, takeIncoming } from "./openedLinks.svelte";
import { nav } from "./nav.svelte";

describe("opened links", () => {
  it("an invite goes to Shared with me, a device link to My devices", () => {
    receive({ kind: "invite", link: "harbour://invite#a" });
    expect(nav.screen).toBe("shared");
    expect(incoming.invite).toBe("harbour://invite#a");
    receive({ kind: "device", link: "harbour://device#b" });
    expect(nav.screen).toBe("devices");
    expect(incoming.device).toBe("harbour://device#b");
  });

  it("a screen takes its link once", () => {
    receive({ kind: "invite", link: "harbour://invite#c" });
    expect(takeIncoming("invite")).toBe("harbour://invite#c");
    expect(takeIncoming("invite")).toBe("");
    expect(takeIncoming("device")).toBe("harbour://device#b");
    expect(incoming.device).toBe("");
  });

  it("an update file waits on a screen that opens update files, by name only", () => {
    nav.screen = "home";
    receive({ kind: "update_file", link: "from Sam.harbour" });
    expect(nav.screen).toBe("shared");
    expect(incoming.file).toBe("from Sam.harbour");
    nav.screen = "supporters";
    receive({ kind: "update_file", link: "reply.harbour" });
    expect(nav.screen, "already where update files open").toBe("supporters");
    expect(takeIncoming("file")).toBe("reply.harbour");
    expect(incoming.file).toBe("");
  });
});
