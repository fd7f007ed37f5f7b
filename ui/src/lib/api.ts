// Typed calls into the Rust core. Command names, argument and result types
// come from bindings.ts, which is generated from Rust and checked by a test.

import { invoke } from "@tauri-apps/api/core";
import {
  ERROR_CODES,
  type Commands,
  type Error as ApiError,
  type ErrorCode,
  type HelplinesArgs,
  type HelplinesResult,
  type FindHelpArgs,
  type FindHelpResult,
  type MyPlaceDto,
  type MyPlaceEditArgs,
  type MyPlaceIdArgs,
  type MyPlaceInput,
  type MyPlacesResult,
} from "./bindings";

/** Whatever a command threw, as the `{ code, message }` every boundary speaks. */
export function toApiError(thrown: unknown): ApiError {
  if (typeof thrown === "object" && thrown !== null && "code" in thrown && "message" in thrown) {
    const { code, message } = thrown as { code: unknown; message: unknown };
    if (ERROR_CODES.includes(code as ErrorCode) && typeof message === "string") {
      return { code: code as ErrorCode, message };
    }
  }
  return { code: "internal", message: String(thrown) };
}

/**
 * Calls a command of the app's shell. `Commands` (generated from the Rust
 * table in crates/api/src/commands.rs) types the name, the arguments and the
 * answer, so a call the shell does not answer does not compile.
 */
export async function call<C extends keyof Commands>(
  command: C,
  args: Commands[C]["args"],
): Promise<Commands[C]["returns"]> {
  try {
    return await invoke<Commands[C]["returns"]>(command, args);
  } catch (thrown) {
    throw toApiError(thrown);
  }
}

export const api = {
  helplines: (args: HelplinesArgs) => call("helplines", { args }),
  findHelp: (args: FindHelpArgs) => call("find_help", { args }),
  // My places: the person's own entries, kept in the vault (only while it is unlocked).
  myPlaces: () => call("my_places_list", {}),
  myPlaceAdd: (args: MyPlaceInput) => call("my_place_add", { args }),
  myPlaceEdit: (args: MyPlaceEditArgs) => call("my_place_edit", { args }),
  myPlaceRemove: (args: MyPlaceIdArgs) => call("my_place_remove", { args }),
};
