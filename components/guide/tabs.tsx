import { Children, isValidElement, type ReactNode } from "react";
import { TabsClient } from "./tabs.client";

interface TabProps {
  label: string;
  children?: ReactNode;
}

/** One panel of <Tabs>; only its label and children are read, by Tabs. */
export function Tab({ children }: TabProps) {
  return <>{children}</>;
}

/** Server part of the tabs: collects each <Tab>'s label and server-rendered content for the client tab list. */
export function Tabs({ label = "Examples", children }: { label?: string; children?: ReactNode }) {
  const tabs = Children.toArray(children).filter(
    (c): c is React.ReactElement<TabProps> => isValidElement<TabProps>(c) && typeof c.props.label === "string",
  );
  if (!tabs.length) throw new Error('<Tabs> needs at least one <Tab label="…"> child');
  return (
    <>
      {/* Without JavaScript the tabs cannot switch, so every panel is shown under its label instead. */}
      <noscript>
        <style>
          {
            ".guide-tablist{display:none}.guide-tabpanel[hidden]{display:block}.guide-tabpanel::before{content:attr(data-label);font-weight:600}"
          }
        </style>
      </noscript>
      <TabsClient label={label} labels={tabs.map((t) => t.props.label)} panels={tabs.map((t) => t.props.children)} />
    </>
  );
}
