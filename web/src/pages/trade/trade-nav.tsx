// Placeholder: the header's trade links with unread badges, built by the talk work (issue 11).
export function TradeNav() {
  return null;
}
