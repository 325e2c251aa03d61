"use client";
import { memo, useEffect, useId, useRef, useState } from "react";
import { useLatest } from "../../hooks/memory";
import { useSecantWords } from "../../hooks/useLocale";

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
  /** Its key when a slider or handle of the widget has focus (announced through aria-keyshortcuts). */
  playKey?: string | undefined;
  /** The key that turns the switch on or off from a slider or handle of the widget. @default "S" */
  toggleKey?: string | undefined;
  /** Said politely when something starts playing. */
  status?: string | undefined;
}

/**
 * The sound controls of an explorer: a switch for sound that follows every move (off until the
 * reader turns it on, remembered for the page) and a button that plays the picture once. Their
 * keys work from any slider or handle of the same widget (S for the switch, and the play key),
 * so a keyboard reader need not leave the point to hear it; the switch says when it changes.
 */
export const SoundControls = memo(function SoundControls(props: SoundControlsProps) {
  const id = useId();
  const { labels } = useSecantWords();
  const toggleKey = props.toggleKey ?? "S";
  const group = useRef<HTMLFieldSetElement>(null);
  const [said, setSaid] = useState("");
  const latest = useLatest({ ...props, toggleKey });
  useEffect(() => {
    const root = group.current?.closest(".slopes");
    if (!root) return;
    const onKey = (event: Event) => {
      const { key, ctrlKey, metaKey, altKey, target } = event as KeyboardEvent;
      if (ctrlKey || metaKey || altKey || !isSlider(target)) return;
      const { onPlay, playKey, on, onToggle, toggleKey: toggle } = latest.current;
      const pressed = key.toLowerCase();
      if (onPlay && playKey && pressed === playKey.toLowerCase()) {
        event.preventDefault();
        onPlay();
      } else if (pressed === toggle.toLowerCase()) {
        event.preventDefault();
        onToggle(!on);
        setSaid(!on ? labels.soundTurnedOn : labels.soundTurnedOff);
      }
    };
    root.addEventListener("keydown", onKey);
    return () => root.removeEventListener("keydown", onKey);
  }, [latest, labels]);
  return (
    <fieldset className="slopes-toggles slopes-sound" ref={group}>
      <legend>{props.legend ?? labels.sound}</legend>
      <label className="slopes-toggle" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          checked={props.on}
          aria-keyshortcuts={toggleKey}
          onChange={(event) => {
            setSaid("");
            props.onToggle(event.target.checked);
          }}
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
        {said || props.status}
      </p>
    </fieldset>
  );
});

/** A handle (`role="slider"`) or a range input: where the sound keys work. */
function isSlider(target: EventTarget | null): boolean {
  if (target instanceof HTMLInputElement) return target.type === "range";
  return target instanceof Element && target.getAttribute("role") === "slider";
}
