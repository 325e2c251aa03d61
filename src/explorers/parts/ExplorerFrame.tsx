"use client";
import { forwardRef, useCallback, useEffect, useId, useRef } from "react";
import type { ReactNode } from "react";
import { useInView } from "../../hooks/useInView";
import type { RootProps } from "../../views/rootProps";
import { classNames, pickRootProps, useMergedRef } from "../../views/rootProps";
import { checkStylesheet } from "../../views/stylesheetCheck";
import { ExplorerBoundary } from "./ExplorerBoundary";

/** Props of {@link ExplorerFrame}. */
export interface ExplorerFrameProps extends RootProps {
  /** The widget's title: shown as its heading and naming its group for screen readers. */
  title: string;
  /** Pin the colour theme; otherwise the page's `data-theme` or the reader's system decides. */
  theme?: "light" | "dark" | undefined;
  /**
   * Mount the content only when the frame comes near the viewport (a page of many widgets costs
   * what the visible ones cost). Server rendering and hydration always render in full.
   * @default true
   */
  lazy?: boolean | undefined;
  /** Height in pixels kept for the content until it mounts, so the page does not jump. @default 600 */
  placeholderHeight?: number | undefined;
  /** The widget's content, mounted once near the viewport. */
  children?: ReactNode;
}

/**
 * The shell every explorer shares, and that a widget of your own can use: a titled group
 * (`role="group"` named by its visible title), an error boundary that keeps a failing widget
 * from taking the page down, and a placeholder of the widget's size until it comes near the
 * viewport. `id`, `style`, `className`, `aria-*` and `data-*` go to the root element, and so does
 * the `ref`. In development it warns once when slopes' stylesheet is missing.
 */
export const ExplorerFrame = forwardRef<HTMLDivElement, ExplorerFrameProps>(
  function ExplorerFrame(props, forwarded) {
    const { title, theme, lazy = true, placeholderHeight = 600, children } = props;
    const titleId = useId();
    const [watch, seen] = useInView<HTMLDivElement>({ disabled: !lazy });
    const root = useRef<HTMLDivElement | null>(null);
    const own = useCallback(
      (element: HTMLDivElement | null) => {
        root.current = element;
        watch(element);
      },
      [watch],
    );
    const ref = useMergedRef(own, forwarded);
    useEffect(() => checkStylesheet(root.current), []);
    return (
      <div
        // Named by its visible title, unless the page names it itself.
        aria-labelledby={props["aria-label"] === undefined ? titleId : undefined}
        {...pickRootProps(props)}
        ref={ref}
        className={classNames(
          "slopes",
          "slopes-explorer",
          !seen && "slopes-placeholder",
          props.className,
        )}
        data-theme={theme ?? props["data-theme"]}
        role="group"
        aria-busy={seen ? undefined : true}
      >
        <p className="slopes-explorer-title" id={titleId}>
          {title}
        </p>
        {seen ? (
          <ExplorerBoundary title={title}>{children}</ExplorerBoundary>
        ) : (
          <div className="slopes-placeholder-body" style={{ minHeight: placeholderHeight }} />
        )}
      </div>
    );
  },
);
