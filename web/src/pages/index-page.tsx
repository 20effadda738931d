/** Placeholder page; its capability fills it in. */
export function IndexPage() {
  return <p className="muted">…</p>;
}
