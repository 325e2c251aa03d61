import "../../src/theme/styles.css";
import { SecantExplorer } from "../../src";
import { mount } from "./harness";

// Diagnostic knobs (not used by the benchmark itself): ?formulas=0, ?inset=0, ?lazy=0.
const params = new URLSearchParams(location.search);
mount(
  <SecantExplorer
    fn="x^2"
    defaultX={1}
    showFormulas={params.get("formulas") !== "0"}
    showErrorInset={params.get("inset") !== "0"}
    lazy={params.get("lazy") !== "0"}
  />,
);
