/** Placeholder page; its capability fills it in. */
export function LoadPlanPage() {
  return <p className="muted">…</p>;
}
