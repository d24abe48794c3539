/** Entry of the web page: OpPlan without Office, on a workbook the officer picks from disk. */
import { createRoot } from "react-dom/client";
import { WebApp } from "./WebApp";

const container = document.getElementById("root");
if (container) createRoot(container).render(<WebApp />);
