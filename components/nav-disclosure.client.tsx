"use client";

import { usePathname } from "next/navigation";
import { useLayoutEffect, useRef, type ReactNode } from "react";
import { useNavTrail } from "./nav-trail.client";
import { revealCurrent } from "./nav-reveal";
import { WideOpenDetails } from "./wide-open-details.client";
import { routes } from "@/lib/routes";

/** Where the sidebar stops being a disclosure and shows beside the content: app/shell.css uses the same width. */
const WIDE = "(min-width: 861px)";

/**
 * The sidebar: the guides beside a guide, the catalogs everywhere else. The current entry is kept in sight as the
 * reader moves from page to page (the first page's is put there before paint by REVEAL_SCRIPT).
 */
export function NavDisclosure({ catalogs, guides }: { catalogs: ReactNode; guides: ReactNode }) {
  const pathname = usePathname() ?? "";
  const trail = useNavTrail();
  const details = useRef<HTMLDetailsElement>(null);
  useLayoutEffect(() => {
    if (details.current) revealCurrent(details.current);
  }, [pathname, trail]);
  const inGuides = pathname === routes.guides() || pathname.startsWith(`${routes.guides()}/`);
  return (
    <WideOpenDetails
      ref={details}
      media={WIDE}
      className="site-nav"
      onToggle={(e) => {
        if (e.currentTarget.open) revealCurrent(e.currentTarget);
      }}
    >
      {inGuides ? guides : catalogs}
    </WideOpenDetails>
  );
}
