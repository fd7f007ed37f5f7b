import { describe, expect, it, vi } from "vitest";
import { isTypingField, keepTypingInView } from "./keepTypingInView";

describe("keeping the field being typed in view", () => {
  it("knows which elements are typed into", () => {
    const make = (html: string): Element => {
      const div = document.createElement("div");
      div.innerHTML = html;
      return div.firstElementChild!;
    };
    expect(isTypingField(make('<input type="text">'))).toBe(true);
    expect(isTypingField(make("<textarea></textarea>"))).toBe(true);
    expect(isTypingField(make('<input type="checkbox">'))).toBe(false);
    expect(isTypingField(make("<button>Save</button>"))).toBe(false);
    expect(isTypingField(null)).toBe(false);
  });

  it("scrolls the focused field into view when the viewport shrinks, and stops when asked", () => {
    const input = document.createElement("input");
    document.body.append(input);
    input.focus();
    const scrolled = vi.fn();
    input.scrollIntoView = scrolled;
    const stop = keepTypingInView(window);
    window.dispatchEvent(new Event("resize"));
    window.visualViewport?.dispatchEvent(new Event("resize"));
    expect(scrolled).toHaveBeenCalledWith({ block: "nearest" });
    const calls = scrolled.mock.calls.length;
    stop();
    window.dispatchEvent(new Event("resize"));
    window.visualViewport?.dispatchEvent(new Event("resize"));
    expect(scrolled.mock.calls.length).toBe(calls);
    input.remove();
  });
});
