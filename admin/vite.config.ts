import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The server serves admin/dist; in development Vite proxies the API to it.
export default defineConfig({
  base: "/",
  plugins: [react()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // react-admin and MUI make one ~1.2 MB bundle (~370 kB gzipped); splitting
    // it buys nothing for a console that loads once per session.
    chunkSizeWarningLimit: 1500,
  },
  server: {
    proxy: {
      "/graphql": "http://127.0.0.1:4000",
    },
  },
});
