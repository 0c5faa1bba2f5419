"use client";

import { useEffect, useState } from "react";

/** The row named by the URL fragment (#AUTH_001, #user:not_found), followed through hash changes. */
export function useHashTarget(): string | undefined {
  const [target, setTarget] = useState<string>();
  useEffect(() => {
    const read = () => {
      const hash = window.location.hash.slice(1);
      let id = hash;
      try {
        id = decodeURIComponent(hash);
      } catch {
        // A malformed escape is taken literally.
      }
      setTarget(id || undefined);
    };
    read();
    window.addEventListener("hashchange", read);
    return () => window.removeEventListener("hashchange", read);
  }, []);
  return target;
}
