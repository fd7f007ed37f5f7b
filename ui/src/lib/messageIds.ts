// Translator mode "show message ids": every translated text on screen starts
// with its Fluent message id, e.g. "[home-title] Your plan", so a screenshot
// says which line of harbour.ftl each text comes from (TRANSLATING.md).
//
// Switched on only by the page's address, `?message-ids`: nothing a person can
// tap or save turns it on, and it is gone when the app restarts. The
// screenshot script and the end-to-end tests reload the page with it through
// WebDriver (tests/e2e/lib/app.mjs, showMessageIds); in a browser on the
// development server, open http://localhost:1420/?message-ids.

export const MESSAGE_IDS_PARAM = "message-ids";

/** Whether a page address's query (`location.search`) asks for message ids: present and not "0". */
export function messageIdsRequested(search: string): boolean {
  const value = new URLSearchParams(search).get(MESSAGE_IDS_PARAM);
  return value !== null && value !== "0";
}

/**
 * The text with its message id in front, `[id] text`. The tag is isolated
 * left to right (LRI … PDI), so in a right-to-left language it stays readable
 * and sits at the start (right) of the text; a message with no text at all
 * still shows its id.
 */
export function withMessageId(id: string, text: string): string {
  return `\u2066[${id}]\u2069 ${text}`;
}
