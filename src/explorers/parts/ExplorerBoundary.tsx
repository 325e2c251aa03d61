"use client";
import { Component } from "react";
import type { ReactNode } from "react";
import { secantWords } from "../../i18n/catalogs";
import type { Language } from "../../i18n/language";
import { LocaleContext } from "../../hooks/useLocale";

interface ExplorerBoundaryProps {
  /** The widget's title, repeated in the message. */
  title: string;
  children?: ReactNode;
}

interface State {
  error: Error | null;
}

/**
 * Keeps a failing widget from taking the page down: an unexpected error while rendering shows a
 * message in place of the widget's content (with a button to try again), inside the frame and
 * under its title, and the rest of the page keeps working. Expected bad input never gets here:
 * widgets show it as a state. Used by {@link ExplorerFrame} only.
 */
export class ExplorerBoundary extends Component<ExplorerBoundaryProps, State> {
  static override contextType = LocaleContext;
  declare context: Language;
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    const { labels } = secantWords(this.context);
    return (
      <div className="slopes-explorer-failed">
        <p className="slopes-message" role="alert">
          {labels.widgetFailed(this.props.title, error.message)}
        </p>
        <button
          type="button"
          className="slopes-button"
          onClick={() => this.setState({ error: null })}
        >
          {labels.tryAgain}
        </button>
      </div>
    );
  }
}
