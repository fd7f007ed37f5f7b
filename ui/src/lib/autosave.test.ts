import { describe, expect, it } from "vitest";
import { enqueue, flushAll, saveStatus, schedule } from "./autosave.svelte";

describe("autosave", () => {
  it("stores edits in the order they were made, and only the latest text", async () => {
    const stored: string[] = [];
    const slow = (v: string, ms: number) => () => new Promise<void>((r) => setTimeout(() => (stored.push(v), r()), ms));
    schedule("a", slow("first draft", 1), 10_000);
    schedule("a", slow("final text", 1), 10_000);
    void enqueue(slow("added item", 30));
    await flushAll();
    expect(stored).toEqual(["added item", "final text"]);
    expect(saveStatus.state).toBe("saved");
  });

  it("shows an error when a save fails, and tries again on the next flush", async () => {
    let attempts = 0;
    schedule("b", async () => {
      attempts += 1;
      if (attempts === 1) throw new Error("disk full");
    }, 10_000);
    await flushAll();
    expect(saveStatus.state).toBe("error");
    await flushAll();
    expect(attempts).toBe(2);
    expect(saveStatus.state).toBe("saved");
  });
});
