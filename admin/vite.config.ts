import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The server serves admin/dist; in development Vite proxies the API to it.
export default defineConfig({
  base: "/",
  plugins: [react()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // Screens are loaded when first opened (src/common/lazyView.ts); what
    // the login page and the layout need comes first. `pnpm bench console`
    // prints the initial download.
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      output: {
        // ra-core's modules import one another through index files: split
        // across chunks they would form chunk cycles with a fragile
        // execution order, so they stay together.
        manualChunks: (id) => (id.includes("/node_modules/ra-core/") ? "ra-core" : undefined),
      },
    },
  },
  server: {
    proxy: {
      "/graphql": "http://127.0.0.1:4000",
      // Photos are uploaded and served over plain HTTP next to GraphQL.
      "/files": "http://127.0.0.1:4000",
    },
  },
});
