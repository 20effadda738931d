/**
 * The catalogue's IP hold on a listing (issue 13). While an IP complaint holds a
 * listing down (taken down, counter-noticed or upheld), `products.ip_hold` is
 * true and no catalogue path may set the listing active: the update answers 409
 * CONFLICT (details.ipHold), the spreadsheet import reports the row (IP_HOLD),
 * deletion is refused. The hold is set and cleared only by `setListingStatus`
 * (src/modules/catalog/listing-status.ts), which the IP takedown flow calls in
 * its transaction. The CHECK is the last line: a held listing is never active,
 * whatever writes the row. The partial index finds a merchant's held listings
 * (the import reads them once).
 */
export const up = /* sql */ `
alter table products add column ip_hold boolean not null default false;
alter table products add constraint products_ip_hold_not_active check (not ip_hold or status <> 'active');
create index products_ip_held on products (merchant_id) where ip_hold;
`;
