import { defineConfig } from "vitest/config";
import { svelte } from "@sveltejs/vite-plugin-svelte";

// The locale files live at the repository root (one source of truth for the
// app, the CLI and the linter), so Vite may read one level up.
export default defineConfig({
  plugins: [svelte()],
  // Component tests mount real Svelte components in jsdom: use Svelte's browser build there.
  ...(process.env.VITEST ? { resolve: { conditions: ["browser"] } } : {}),
  clearScreen: false,
  server: { port: 1420, strictPort: true, fs: { allow: [".."] } },
  build: { target: "es2021", outDir: "dist", emptyOutDir: true, sourcemap: false },
  test: { environment: "jsdom", include: ["src/**/*.test.ts"] },
});
