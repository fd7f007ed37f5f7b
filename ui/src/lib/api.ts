// Typed calls into the Rust core. Argument and result types come from
// bindings.ts, which is generated from the Rust DTOs and checked by a test.

import { invoke } from "@tauri-apps/api/core";
import {
  ERROR_CODES,
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

export async function call<T>(command: string, args: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (thrown) {
    throw toApiError(thrown);
  }
}

export const api = {
  helplines: (args: HelplinesArgs) => call<HelplinesResult>("helplines", { args }),
  findHelp: (args: FindHelpArgs) => call<FindHelpResult>("find_help", { args }),
  // My places: the person's own entries, kept in the vault (only while it is unlocked).
  myPlaces: () => call<MyPlacesResult>("my_places_list", {}),
  myPlaceAdd: (args: MyPlaceInput) => call<MyPlaceDto>("my_place_add", { args }),
  myPlaceEdit: (args: MyPlaceEditArgs) => call<MyPlaceDto>("my_place_edit", { args }),
  myPlaceRemove: (args: MyPlaceIdArgs) => call<MyPlacesResult>("my_place_remove", { args }),
};
