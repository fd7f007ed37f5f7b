import { describe, expect, it } from "vitest";
import { toApiError } from "./api";

describe("toApiError", () => {
  it("keeps a well-formed error from the core", () => {
    expect(toApiError({ code: "invalid_input", message: "bad" })).toEqual({
      code: "invalid_input",
      message: "bad",
    });
  });
  it("turns anything else into an internal error", () => {
    expect(toApiError("boom")).toEqual({ code: "internal", message: "boom" });
    expect(toApiError({ code: "made_up", message: "x" }).code).toBe("internal");
  });
});
