"use client";
import { useGradientWords } from "../hooks/useLocale";

/** Props of {@link GradientLegend}. */
export interface GradientLegendProps {
  /** Include the descent path's entry. @default false */
  trajectory?: boolean | undefined;
}

/**
 * What the marks of the gradient map mean, in words beside a drawing of each: the solid
 * gradient arrow, the dashed descent arrow with its open head, the descent path (a thin solid
 * line through dots, in a colour of its own so it is not taken for the descent arrow).
 */
export function GradientLegend({ trajectory = false }: GradientLegendProps) {
  const t = useGradientWords().gradient;
  return (
    <ul className="slopes-gradient-legend">
      <li>
        <svg width="34" height="12" aria-hidden="true" className="slopes-gradient-ascent">
          <line x1="2" y1="6" x2="24" y2="6" />
          <polygon points="32,6 23,1.5 23,10.5" />
        </svg>
        {t.legendGradient}
      </li>
      <li>
        <svg width="34" height="12" aria-hidden="true" className="slopes-gradient-descent">
          <line x1="2" y1="6" x2="24" y2="6" />
          <polygon points="32,6 23,1.5 23,10.5" />
        </svg>
        {t.legendDescent}
      </li>
      {trajectory ? (
        <li>
          <svg width="34" height="12" aria-hidden="true" className="slopes-gradient-legend-trail">
            <line x1="2" y1="6" x2="32" y2="6" />
            <circle cx="10" cy="6" r="2.5" />
            <circle cx="24" cy="6" r="2.5" />
          </svg>
          {t.legendTrajectory}
        </li>
      ) : null}
    </ul>
  );
}
