// Types for scripts/front-door.mjs (plain JavaScript, so `npm start` needs no TypeScript loader).
export declare const FRONT_DOOR_HEADERS: { readonly answer: "x-errata-front"; readonly method: "x-errata-front-method" };
export declare function frontDoor<R extends { method?: string; url?: string; headers: Record<string, string | string[] | undefined> }>(
  req: R,
  options?: { trustProxy?: boolean },
): R;
