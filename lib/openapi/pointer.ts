/** JSON pointers (RFC 6901): where in a spec something is, e.g. `/paths/~1users~1{id}/get/responses/404`. */

/** One reference token: `~` as `~0`, `/` as `~1`. */
export function escapeToken(token: string | number): string {
  return String(token).replace(/~/g, "~0").replace(/\//g, "~1");
}

/** A pointer from its tokens; the empty list is the whole document (""). */
export function toPointer(tokens: readonly (string | number)[]): string {
  return tokens.map((t) => `/${escapeToken(t)}`).join("");
}

/** A pointer one token deeper. */
export function child(pointer: string, ...tokens: (string | number)[]): string {
  return pointer + toPointer(tokens);
}
