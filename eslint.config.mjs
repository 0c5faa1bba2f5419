import next from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...next,
  ...nextTs,
  {
    rules: {
      // Destructuring a field away to omit it is the idiom here; mark such names with a leading underscore.
      "@typescript-eslint/no-unused-vars": ["error", { varsIgnorePattern: "^_", argsIgnorePattern: "^_", ignoreRestSiblings: true }],
    },
  },
  {
    ignores: [
      ".next/**",
      ".next-hostile/**",
      "out/**",
      "node_modules/**",
      "content/generated/**",
      "next-env.d.ts",
      "test-results/**",
      "playwright-report/**",
      ".bench/**",
    ],
  },
];

export default config;
