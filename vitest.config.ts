import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL(".", import.meta.url)) } },
  test: {
    include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "components/**/*.test.tsx"],
    environment: "node",
    // A margin, not a measurement: speed is measured by `npm run bench`, and a unit test must pass on a busy machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
