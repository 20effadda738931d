/** Placeholder page; its capability fills it in. */
export function SearchPage() {
  return <p className="muted">…</p>;
}
