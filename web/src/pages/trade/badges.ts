/**
 * The header's badges ask the server again (GET /api/notifications) when a page
 * tells them something changed: a thread was read, an order moved, a quote sent.
 */
const EVENT = 'yiwu:badges-changed';

/** Ask the header's badges to refresh (after a change this page made). */
export function badgesChanged(): void {
  window.dispatchEvent(new CustomEvent(EVENT));
}

/** Call `fn` whenever a page says the badges changed (or the purchase list did); returns the unsubscribe. */
export function onBadgesChanged(fn: () => void): () => void {
  window.addEventListener(EVENT, fn);
  window.addEventListener('yiwu:purchase-list-changed', fn);
  return () => {
    window.removeEventListener(EVENT, fn);
    window.removeEventListener('yiwu:purchase-list-changed', fn);
  };
}
