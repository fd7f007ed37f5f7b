// A small W3C WebDriver client: just what Harbour's end-to-end tests use.
// tauri-driver speaks plain W3C WebDriver over HTTP, so no test framework
// (and nothing that downloads browsers) is needed.

const ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

export class WebDriverError extends Error {
  constructor(status, value) {
    super(`${value?.error ?? status}: ${value?.message ?? ""}`);
    this.error = value?.error;
  }
}

export class Session {
  constructor(base, id) {
    this.base = base;
    this.id = id;
  }

  static async create(base, capabilities) {
    const value = await request(base, "POST", "/session", { capabilities });
    return new Session(base, value.sessionId);
  }

  cmd(method, path, body) {
    return request(this.base, method, `/session/${this.id}${path}`, body);
  }

  async delete() {
    await request(this.base, "DELETE", `/session/${this.id}`).catch(() => {});
  }

  async find(css) {
    const value = await this.cmd("POST", "/element", { using: "css selector", value: css });
    return new Element(this, value[ELEMENT]);
  }

  async findAll(css) {
    const values = await this.cmd("POST", "/elements", { using: "css selector", value: css });
    return values.map((v) => new Element(this, v[ELEMENT]));
  }

  /** Waits until `css` matches at least one element (the UI renders asynchronously). */
  async waitFor(css, { timeout = 10_000 } = {}) {
    const deadline = Date.now() + timeout;
    for (;;) {
      const found = await this.findAll(css);
      if (found.length > 0) return found[0];
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${css}`);
      await sleep(100);
    }
  }

  /** Waits until `predicate()` resolves truthy, returning its value. */
  async until(predicate, { timeout = 10_000, what = "condition" } = {}) {
    const deadline = Date.now() + timeout;
    for (;;) {
      const value = await predicate().catch(() => undefined);
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await sleep(100);
    }
  }

  execute(script, args = []) {
    return this.cmd("POST", "/execute/sync", { script, args });
  }

  executeAsync(script, args = []) {
    return this.cmd("POST", "/execute/async", { script, args });
  }

  async bodyText() {
    return plain(await (await this.find("body")).text());
  }

  setWindowRect(rect) {
    return this.cmd("POST", "/window/rect", rect);
  }

  async screenshot() {
    return Buffer.from(await this.cmd("GET", "/screenshot"), "base64");
  }
}

export class Element {
  constructor(session, id) {
    this.session = session;
    this.id = id;
  }

  cmd(method, path, body) {
    return this.session.cmd(method, `/element/${this.id}${path}`, body);
  }

  async click() {
    // WebKitWebDriver does not always scroll an element below the fold into
    // view before its "in view" check, and then reports "not interactable".
    // Scroll it to the middle first, as a person would before tapping it.
    await this.session.execute(
      "arguments[0].scrollIntoView({ block: 'center', inline: 'nearest' }); return true;",
      [{ [ELEMENT]: this.id }],
    );
    return this.cmd("POST", "/click", {});
  }

  text() {
    return this.cmd("GET", "/text");
  }

  /** The words a person reads: the text without Fluent's invisible FSI/PDI isolation marks. */
  async words() {
    return plain(await this.text());
  }

  attribute(name) {
    return this.cmd("GET", `/attribute/${encodeURIComponent(name)}`);
  }

  property(name) {
    return this.cmd("GET", `/property/${encodeURIComponent(name)}`);
  }

  async type(text) {
    return this.cmd("POST", "/value", { text });
  }

  clear() {
    return this.cmd("POST", "/clear", {});
  }

  async find(css) {
    const value = await this.cmd("POST", "/element", { using: "css selector", value: css });
    return new Element(this.session, value[ELEMENT]);
  }

  async findAll(css) {
    const values = await this.cmd("POST", "/elements", { using: "css selector", value: css });
    return values.map((v) => new Element(this.session, v[ELEMENT]));
  }
}

async function request(base, method, path, body) {
  const response = await fetch(base + path, {
    method,
    headers: body === undefined ? {} : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await response.json().catch(() => ({}));
  if (!response.ok) throw new WebDriverError(response.status, json.value);
  return json.value;
}

/** Drops the bidi isolation marks (FSI, LRI, RLI, PDI) Fluent puts around placeables. */
export const plain = (text) => text.replace(/[\u2066-\u2069]/g, "");

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
