import { expect, test } from "../e2e/fixtures";
import { expectNoAxeViolationsInBothSchemes } from "../e2e/axe";

// e2e-hostile/catalogs/payments.openapi.yaml drifts from payments.yaml once per kind (see its header).
test("/insights shows the drift between a catalog and the OpenAPI spec beside it, with pointers into the spec", async ({ page }) => {
  await page.goto("/insights");
  const section = page.getByRole("region", { name: "OpenAPI drift" });
  const report = section.getByRole("region", { name: /Payments API and payments\.openapi\.yaml/ });
  await expect(report.getByRole("heading", { level: 3 })).toContainText("(4 differences)");
  await expect(report).toContainText("currency_unsupported");
  await expect(report).toContainText("payments.openapi.yaml#/paths/~1v1~1payment_intents/post/responses/400");
  // Codes the catalog has link to their pages.
  await expect(report.getByRole("link", { name: "expired_card" })).toHaveAttribute("href", "/catalogs/payments/expired-card");
  await expect(report.getByRole("link", { name: "incorrect_cvc" })).toHaveAttribute("href", "/catalogs/payments/incorrect-cvc");
  await expect(report).toContainText("catalog 402 Payment Required, spec 400 Bad Request");
  await expect(report).toContainText("examples/legacy_decline/value");
  // The catalogs without a spec beside them have no report.
  await expect(section.getByRole("heading", { level: 3 })).toHaveCount(1);
  await expectNoAxeViolationsInBothSchemes(page);
});

test("the OpenAPI export lists each routed operation with exactly its codes", async ({ request }) => {
  const spec = (await (await request.get("/downloads/payments.openapi.json")).json()) as {
    paths: Record<
      string,
      Record<string, { responses: Record<string, { content: Record<string, { examples: Record<string, unknown> }> }> }>
    >;
  };
  const confirm = spec.paths["/v1/payment_intents/{intent}/confirm"]!.post!;
  expect(Object.keys(confirm.responses)).toEqual(["402"]);
  expect(Object.keys(confirm.responses["402"]!.content["application/json"]!.examples)).toEqual([
    "card_declined",
    "expired_card",
    "incorrect_cvc",
  ]);
  const create = spec.paths["/v1/payment_intents"]!.post!;
  expect(Object.keys(create.responses["400"]!.content["application/json"]!.examples)).toEqual(["amount_too_small", "parameter_missing"]);
});
