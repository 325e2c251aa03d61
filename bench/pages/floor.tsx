// The floor: a minimal hand-written React + SVG tangent with one draggable circle.
import { useMemo, useRef, useState } from "react";
import { mount } from "./harness";

const W = 560;
const H = 392;
const sx = (x: number) => ((x + 3) / 6) * W;
const sy = (y: number) => H - ((y + 1) / 10) * H;

function FloorTangent() {
  const [x, setX] = useState(1);
  const svg = useRef<SVGSVGElement>(null);
  const dragging = useRef(false);
  const curve = useMemo(() => {
    let d = "";
    for (let i = 0; i <= 200; i++) {
      const t = -3 + (6 * i) / 200;
      d += `${i ? "L" : "M"}${sx(t).toFixed(1)},${sy(t * t).toFixed(1)}`;
    }
    return d;
  }, []);
  const y = x * x;
  const slope = 2 * x;
  return (
    <svg
      ref={svg}
      width={W}
      height={H}
      onPointerMove={(event) => {
        if (!dragging.current || !svg.current) return;
        const rect = svg.current.getBoundingClientRect();
        setX(Math.max(-3, Math.min(3, ((event.clientX - rect.left) / W) * 6 - 3)));
      }}
      onPointerUp={() => (dragging.current = false)}
    >
      <path d={curve} fill="none" stroke="#2563eb" strokeWidth={2} />
      <line
        x1={sx(x - 1.5)}
        y1={sy(y - 1.5 * slope)}
        x2={sx(x + 1.5)}
        y2={sy(y + 1.5 * slope)}
        stroke="#dc2626"
        strokeWidth={2}
      />
      <circle
        className="floor-handle"
        role="slider"
        aria-label="Point on the curve"
        aria-valuenow={x}
        tabIndex={0}
        cx={sx(x)}
        cy={sy(y)}
        r={8}
        fill="#111"
        onPointerDown={(event) => {
          dragging.current = true;
          svg.current?.setPointerCapture(event.pointerId);
        }}
      />
    </svg>
  );
}

mount(<FloorTangent />);
