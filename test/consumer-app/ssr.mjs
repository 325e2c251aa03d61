// Server rendering with the installed React: the explorer renders to complete HTML.
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { SecantExplorer } from "slopes";
import { version } from "react";

const html = renderToString(createElement(SecantExplorer, { fn: "x^2", defaultX: 1 }));
if (!html.includes("<svg") || !html.includes("slope of the tangent 2")) {
  console.error("server rendering did not produce the explorer");
  process.exit(1);
}
console.log(`React ${version}: server rendering OK (${html.length} characters)`);
