import { test as base, expect, type Page, type Response } from "@playwright/test";

/**
 * How long a page may take to hydrate. Generous on purpose: waiting for a signal returns as soon as it comes, so a
 * wide margin costs nothing on a fast machine and keeps a busy one from failing tests that are not about speed.
 */
export const HYDRATION_TIMEOUT = 45_000;

/**
 * Waits until React has hydrated the page (`<html data-hydrated>`, set by components/hydration-mark.client.tsx), so a
 * test never clicks server HTML whose handlers are not attached yet. Pages without the app's scripts (a refusal page,
 * a redirect page, JSON) have nothing to wait for.
 */
export async function waitForHydration(page: Page): Promise<void> {
  const hasApp = await page
    .locator('script[src*="/_next/static/"]')
    .count()
    .catch(() => 0);
  if (hasApp > 0) await page.locator("html[data-hydrated]").waitFor({ state: "attached", timeout: HYDRATION_TIMEOUT });
}

/** Playwright's `test`, whose `page.goto` and `page.reload` return once the page they load has hydrated. */
export const test = base.extend({
  // The second argument is Playwright's `use`, named otherwise so the React hooks lint does not take it for a hook.
  page: async ({ page, javaScriptEnabled }, provide) => {
    if (javaScriptEnabled !== false) {
      const goto = page.goto.bind(page);
      const reload = page.reload.bind(page);
      const hydrated = async (response: Response | null) => {
        if (response?.headers()["content-type"]?.startsWith("text/html")) await waitForHydration(page);
        return response;
      };
      page.goto = async (url, options) => hydrated(await goto(url, options));
      page.reload = async (options) => hydrated(await reload(options));
    }
    await provide(page);
  },
});

export { expect };
export type { APIRequestContext, Page, Request } from "@playwright/test";
