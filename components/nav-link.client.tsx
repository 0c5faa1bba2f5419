"use client";

import { usePathname } from "next/navigation";
import type { ReactNode } from "react";
import { IntentLink } from "./intent-link.client";
import { useNavTrail } from "./nav-trail.client";
import { navCurrent } from "@/lib/nav/current";

/** A sidebar link that says whether it is the page being read, or holds it (lib/nav/current.ts). */
export function NavLink({ href, at, className, children }: { href: string; at?: string; className?: string; children: ReactNode }) {
  const current = navCurrent(href, { pathname: usePathname() ?? "", trail: useNavTrail() }, at);
  return (
    <IntentLink href={href} className={className} aria-current={current}>
      {children}
    </IntentLink>
  );
}
