// A long page of explorers: ?n=50 of them, ?mix=1 to alternate secant, chain rule and gradient.
// Each explorer has its own Profiler ("e0", "e1"…) so the driver sees which ones rendered when.
import "../../src/theme/styles.css";
import type { ReactNode } from "react";
import { Profiler } from "react";
import { ChainRuleExplorer, GradientExplorer, SecantExplorer } from "../../src";
import { mount, onRender } from "./harness";

const params = new URLSearchParams(location.search);
const count = Number(params.get("n") ?? 50);
const mix = params.get("mix") === "1";
const FUNCTIONS = ["x^2", "sin(x)", "x^3 - x", "exp(-x^2)", "1/(1+x^2)", "x*cos(x)", "log(x^2+1)"];
const COSTS = ["w1^2 + 2 w2^2", "(w1 - 1)^2 + 3 w2^2", "w1^2 + w1 w2 + w2^2"];

function explorer(i: number): ReactNode {
  const kind = mix ? i % 3 : 0;
  if (kind === 1) return <ChainRuleExplorer defaultInputs={{ x: 0.5 + (i % 5) / 10 }} />;
  if (kind === 2) return <GradientExplorer cost={COSTS[i % COSTS.length]} />;
  return <SecantExplorer fn={FUNCTIONS[i % FUNCTIONS.length]} defaultX={-1 + (i % 9) / 4} />;
}

mount(
  <main>
    {Array.from({ length: count }, (_, i) => (
      <Profiler key={i} id={`e${i}`} onRender={onRender}>
        <section className="bench-item" data-index={i}>
          {explorer(i)}
        </section>
      </Profiler>
    ))}
  </main>,
);
