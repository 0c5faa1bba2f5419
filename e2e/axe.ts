import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "./fixtures";

/** WCAG 2.2 AA, as axe tags it. */
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** The rules whose outcome depends on colours, so the only ones a colour scheme can change. */
const COLOUR_RULES = ["color-contrast", "link-in-text-block"];

export interface AxeOptions {
  /** Scan only this part of the page. */
  include?: string;
  /** Leave this part out (scanned by another test). */
  exclude?: string;
  /** Run these rules instead of the WCAG tags. */
  rules?: string[];
}

/** axe's violations on the page as it is now, one readable line each ("rule: targets"), so a failure says what and where. */
export async function axeViolations(page: Page, { include, exclude, rules }: AxeOptions = {}): Promise<string[]> {
  let builder = new AxeBuilder({ page });
  if (include) builder = builder.include(include);
  if (exclude) builder = builder.exclude(exclude);
  builder = rules ? builder.withRules(rules) : builder.withTags(WCAG_TAGS);
  const results = await builder.analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/**
 * Scans the loaded page in light mode with every WCAG rule, then switches it to dark mode and scans again with the
 * colour rules: a scheme changes colours, not structure, so the page is loaded and its structure checked once.
 */
export async function expectNoAxeViolationsInBothSchemes(page: Page, options: Omit<AxeOptions, "rules"> = {}): Promise<void> {
  await page.emulateMedia({ colorScheme: "light" });
  await expect(page.locator("html")).not.toHaveClass(/\bdark\b/);
  expect(await axeViolations(page, options), "light mode").toEqual([]);
  await page.emulateMedia({ colorScheme: "dark" });
  await expect(page.locator("html")).toHaveClass(/\bdark\b/);
  expect(await axeViolations(page, { ...options, rules: COLOUR_RULES }), "dark mode").toEqual([]);
}
