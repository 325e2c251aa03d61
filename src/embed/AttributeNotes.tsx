import { useSecantWords } from "../hooks/useLocale";
import type { UnreadAttribute } from "./attributes";

/**
 * Tells the page's author, above the widget and in the reader's language, which attributes could
 * not be read (the widget uses its defaults for them). Renders nothing when all could be.
 */
export function AttributeNotes({
  unread,
  theme,
}: {
  unread: readonly UnreadAttribute[];
  theme?: "light" | "dark" | undefined;
}) {
  const { labels } = useSecantWords();
  if (unread.length === 0) return null;
  return (
    <div className="slopes slopes-attribute-notes" data-theme={theme}>
      {unread.map(({ name, value, expected }) => (
        <p key={name} className="slopes-message" role="note">
          {expected === "number"
            ? labels.attributeNotNumber(name, value)
            : labels.attributeNotPair(name, value)}
        </p>
      ))}
    </div>
  );
}
