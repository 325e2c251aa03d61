"use client";
import { memo, useId } from "react";
import { useLocale } from "../../hooks/useLocale";

/** Props of {@link SoundControls}. */
export interface SoundControlsProps {
  /** Group name. @default "Sound" (in the locale's language) */
  legend?: string | undefined;
  /** The switch for sound while the reader moves things. @default "Sound while moving" */
  toggleLabel?: string | undefined;
  on: boolean;
  onToggle: (on: boolean) => void;
  /** The button that plays the picture once, e.g. "Play the curve" (none without it). */
  playLabel?: string | undefined;
  onPlay?: (() => void) | undefined;
  /** Its key when a handle of the widget has focus (announced through aria-keyshortcuts). */
  playKey?: string | undefined;
  /** Said politely when something starts playing. */
  status?: string | undefined;
}

/**
 * The sound controls of an explorer: a switch for sound that follows every move (off until the
 * reader turns it on, remembered for the page) and a button that plays the picture once.
 */
export const SoundControls = memo(function SoundControls(props: SoundControlsProps) {
  const id = useId();
  const { labels } = useLocale();
  return (
    <fieldset className="slopes-toggles slopes-sound">
      <legend>{props.legend ?? labels.sound}</legend>
      <label className="slopes-toggle" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          checked={props.on}
          onChange={(event) => props.onToggle(event.target.checked)}
        />
        <span>{props.toggleLabel ?? labels.soundWhileMoving}</span>
      </label>
      {props.onPlay ? (
        <button
          type="button"
          className="slopes-button"
          aria-keyshortcuts={props.playKey}
          onClick={props.onPlay}
        >
          {props.playLabel}
        </button>
      ) : null}
      <p className="slopes-visually-hidden" role="status">
        {props.status}
      </p>
    </fieldset>
  );
});
