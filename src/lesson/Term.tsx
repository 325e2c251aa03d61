"use client";
import type { ReactNode } from "react";
import { useEffect, useId, useRef, useState } from "react";
import {
  FloatingFocusManager,
  FloatingPortal,
  autoUpdate,
  flip,
  offset,
  shift,
  useClick,
  useDismiss,
  useFloating,
  useInteractions,
  useRole,
} from "@floating-ui/react";
import { isDevelopment } from "../hooks/development";
import type { GlossaryEntry } from "./Glossary";
import { useGlossaryEntry } from "./Glossary";
import { useLessonLanguage } from "./LessonLabels";

/** Props of {@link Term}. */
export interface TermProps {
  /** Id of the entry in the surrounding `Glossary`. */
  id: string;
  /** The words in the text. @default the entry's `term` */
  children?: ReactNode;
  className?: string | undefined;
}

const warned = new Set<string>();

/**
 * A glossary term inside the text: a button that opens its definition in a popover (a
 * non-modal dialog named by the term). Click, tap, Enter or Space open it; Escape, a click
 * outside or the close button close it, and focus returns to the term. A term whose id is not
 * in the `Glossary` prints its words plainly (and warns in development).
 * @example <Term id="chain-rule">chain rule</Term>
 */
export function Term({ id, children, className }: TermProps) {
  const entry = useGlossaryEntry(id);
  useEffect(() => {
    if (entry || !isDevelopment() || warned.has(id)) return;
    warned.add(id);
    console.warn(`slopes: <Term id="${id}"> has no entry in the surrounding <Glossary>.`);
  }, [entry, id]);
  if (!entry) return <span className={className}>{children ?? id}</span>;
  return (
    <TermPopover entry={entry} className={className}>
      {children ?? entry.term}
    </TermPopover>
  );
}

interface TermPopoverProps {
  entry: GlossaryEntry;
  className?: string | undefined;
  children: ReactNode;
}

function TermPopover({ entry, className, children }: TermPopoverProps) {
  const { labels } = useLessonLanguage();
  const [open, setOpen] = useState(false);
  const [host, setHost] = useState<{ root: HTMLElement | null; theme: string | null }>({
    root: null,
    theme: null,
  });
  const dialogRef = useRef<HTMLDivElement | null>(null);
  const headingId = useId();
  const definitionId = useId();
  const { refs, floatingStyles, context, elements } = useFloating<HTMLButtonElement>({
    open,
    onOpenChange: (next) => {
      if (next) {
        // Open inside the lesson's themed root so the popover gets its colours and overrides,
        // and follows them live (a page that switches its theme while the popover is open).
        // Only a popover in the page's body, away from any root, copies the theme it opened in.
        const reference = elements.domReference;
        const root = reference?.closest<HTMLElement>(".slopes") ?? null;
        setHost({
          root,
          theme: root
            ? null
            : (reference?.closest("[data-theme]")?.getAttribute("data-theme") ?? null),
        });
      }
      setOpen(next);
    },
    placement: "bottom-start",
    middleware: [offset(6), flip({ padding: 8 }), shift({ padding: 8 })],
    whileElementsMounted: autoUpdate,
  });
  // floating-ui's ref setters are stable callbacks, not ref values read while rendering.
  const { setReference, setFloating } = refs;
  const { getReferenceProps, getFloatingProps } = useInteractions([
    useClick(context),
    useDismiss(context),
    useRole(context, { role: "dialog" }),
  ]);

  return (
    <>
      <button
        type="button"
        ref={setReference}
        className={["slopes-term", className].filter(Boolean).join(" ")}
        data-open={open ? "true" : undefined}
        {...getReferenceProps()}
      >
        {children}
      </button>
      {open && (
        // No slopes root around the term: the body (floating-ui waits forever on a null root).
        <FloatingPortal root={host.root ?? undefined}>
          <FloatingFocusManager context={context} modal={false} initialFocus={dialogRef}>
            <div
              ref={(node) => {
                dialogRef.current = node;
                setFloating(node);
              }}
              className="slopes slopes-term-popover"
              data-theme={host.theme ?? undefined}
              style={floatingStyles}
              tabIndex={-1}
              aria-labelledby={headingId}
              aria-describedby={definitionId}
              {...getFloatingProps()}
            >
              <div className="slopes-term-popover-head">
                <p id={headingId} className="slopes-term-popover-title">
                  {entry.term}
                </p>
                <button
                  type="button"
                  className="slopes-term-close"
                  aria-label={labels.termCloseLabel(entry.term)}
                  onClick={() => setOpen(false)}
                >
                  <span aria-hidden="true">×</span>
                </button>
              </div>
              <div id={definitionId} className="slopes-term-definition">
                {entry.definition}
              </div>
            </div>
          </FloatingFocusManager>
        </FloatingPortal>
      )}
    </>
  );
}
