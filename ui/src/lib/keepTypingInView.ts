// On a phone the on-screen keyboard takes the lower part of the screen: the
// web view's viewport shrinks, and the field being typed into could end up
// under the keyboard. Whenever the viewport shrinks, bring the focused field
// back into view (the smallest scroll that shows it).

const TYPING = "input:not([type=checkbox]):not([type=radio]):not([type=button]):not([type=submit]), textarea, select, [contenteditable=true]";

/** Whether `el` is a field a person types into. */
export function isTypingField(el: Element | null): el is HTMLElement {
  return el instanceof HTMLElement && el.matches(TYPING);
}

export function keepTypingInView(win: Window = window): () => void {
  const viewport = win.visualViewport;
  const onResize = (): void => {
    const el = win.document.activeElement;
    if (isTypingField(el)) el.scrollIntoView({ block: "nearest" });
  };
  const target: EventTarget = viewport ?? win;
  target.addEventListener("resize", onResize);
  return () => target.removeEventListener("resize", onResize);
}
