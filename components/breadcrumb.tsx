import type { ReactNode } from "react";
import { IntentLink } from "@/components/intent-link.client";
import { NavTrail } from "./nav-trail.client";
import "./breadcrumb.css";

/** A breadcrumb trail: every step a link, the last the current page. The sidebar marks the steps it lists too. */
export function Breadcrumb({ trail, current }: { trail: { href: string; label: ReactNode }[]; current: ReactNode }) {
  return (
    <nav aria-label="Breadcrumb" className="breadcrumb">
      <ol>
        {trail.map((step) => (
          <li key={step.href}>
            <IntentLink href={step.href}>{step.label}</IntentLink>
          </li>
        ))}
        <li aria-current="page">{current}</li>
      </ol>
      <NavTrail hrefs={trail.map((step) => step.href)} />
    </nav>
  );
}
