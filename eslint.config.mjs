import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["**/node_modules/**", "**/.next/**", "**/generated/**", "**/next-env.d.ts", "**/test-results/**", "**/playwright-report/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
      "no-restricted-imports": ["error", { patterns: [{ group: ["@tally/web", "@tally/web/*"], message: "Imports point down: web → api → domain, db." }] }],
    },
  },
  {
    files: ["apps/web/src/**"],
    ignores: ["apps/web/src/components/ui/link.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [{ group: ["@tally/web", "@tally/web/*"], message: "Imports point down: web → api → domain, db." }],
          paths: [{ name: "next/link", importNames: ["default"], message: "Use @/components/ui/link: it does not prefetch pages rendered per request." }],
        },
      ],
    },
  },
  {
    files: ["packages/domain/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [{ group: ["@tally/*"], message: "domain imports no workspace package." }, { group: ["node:*"], message: "domain is pure: no I/O." }] }] },
  },
  {
    files: ["packages/db/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [{ group: ["@tally/*"], message: "db imports no workspace package." }] }] },
  },
  {
    files: ["packages/api/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [{ group: ["@tally/web", "@tally/web/*"], message: "api must not import web." }] }] },
  },
);
