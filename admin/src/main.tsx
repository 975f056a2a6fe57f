import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { startAtLoginWithoutSession } from "./providers/firstScreen";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

startAtLoginWithoutSession();
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
