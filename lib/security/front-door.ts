/**
 * What the front door (scripts/front-door.mjs, in front of Next's handler in `npm start`) tells the proxy about a
 * request Next would otherwise answer itself. The header names are the front door's; a unit test keeps them equal.
 */
export const FRONT_DOOR_HEADERS = { answer: "x-errata-front", method: "x-errata-front-method" } as const;

export type FrontDoorAnswer =
  /** The path had repeated slashes or backslashes: answer a 308 to its canonical spelling. */
  | { kind: "redirect" }
  /** The request target was not a path (`GET *`, a malformed absolute URL): a 400. */
  | { kind: "bad-target" }
  | undefined;

/** The method the client sent (TRACE arrives as GET, marked), and what the front door asks the proxy to answer. */
export function readFrontDoor(headers: Headers, method: string): { method: string; answer: FrontDoorAnswer } {
  const sent = headers.get(FRONT_DOOR_HEADERS.method) ?? method;
  const answer = headers.get(FRONT_DOOR_HEADERS.answer);
  if (answer === "redirect" || answer === "bad-target") return { method: sent, answer: { kind: answer } };
  return { method: sent, answer: undefined };
}
