/**
 * `slopes-iframe.js`, the optional script for pages that frame widget pages: one classic
 * `<script src="slopes-iframe.js"></script>` fits every widget frame to its content's height.
 */
import { sizeFrames } from "./iframeSizer";

sizeFrames();
