/**
 * Keeps a page's address in step with its state without filling the history: each change
 * replaces the current entry (`history.replaceState`, never `pushState`), at most once per
 * `interval` while the reader drags, and always with the last state once they stop.
 */
export interface UrlSync {
  /** Asks for the address to become `?query` (written now, or at the end of the interval). */
  write: (query: string) => void;
  /** Writes a pending address at once (a gesture ended, the page is hidden). */
  flush: () => void;
  /** Stops; a pending address is written first. */
  stop: () => void;
}

/** The address of `location` with its query replaced (the hash kept). */
export function withQuery(location: Pick<Location, "pathname" | "hash">, query: string): string {
  return `${location.pathname}${query ? `?${query}` : ""}${location.hash}`;
}

/** Addresses written at most every this many milliseconds during a drag. @default 250 */
export const URL_INTERVAL = 250;

/** A {@link UrlSync} over `window` (or the given window, for tests). */
export function urlSync(win: Window = window, interval = URL_INTERVAL): UrlSync {
  let pending: string | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let last = win.location.search.replace(/^\?/, "");
  const put = () => {
    timer = null;
    if (pending === null) return;
    const query = pending;
    pending = null;
    if (query === last) return;
    last = query;
    try {
      win.history.replaceState(win.history.state, "", withQuery(win.location, query));
    } catch {
      // A sandboxed or opaque-origin frame may refuse: the widget keeps working, unlinked.
    }
  };
  const flush = () => {
    if (timer !== null) clearTimeout(timer);
    put();
  };
  const onHide = () => {
    if (win.document.visibilityState === "hidden") flush();
  };
  win.document.addEventListener("visibilitychange", onHide);
  return {
    write(query) {
      pending = query;
      if (timer === null) {
        // The first change of a burst goes out at once; the rest wait for the interval.
        put();
        timer = setTimeout(put, interval);
      }
    },
    flush,
    stop() {
      flush();
      win.document.removeEventListener("visibilitychange", onHide);
    },
  };
}
