/**
 * Goods belong only to merchants. The catalogue checks it (ownerMerchant); the
 * database holds it too, for every writer (bulk COPY, imports, other tools):
 * a statement-level check over the rows written (one join per statement, so a
 * bulk load pays once per COPY, not per row), and an entity that owns goods
 * cannot stop being a merchant. Both raise SQLSTATE 23514 (a 400 VALIDATION).
 */
export const up = /* sql */ `
create function products_owner_is_merchant() returns trigger language plpgsql as $$
begin
  if exists (select 1 from new_rows n join entities e on e.id = n.merchant_id where e.kind <> 'merchant') then
    raise exception 'products can belong only to merchants' using errcode = '23514', constraint = 'products_owner_is_merchant';
  end if;
  return null;
end $$;

create trigger products_owner_insert after insert on products
  referencing new table as new_rows for each statement execute function products_owner_is_merchant();

create trigger products_owner_update after update on products
  referencing new table as new_rows for each statement execute function products_owner_is_merchant();

create function entities_keep_merchant_kind() returns trigger language plpgsql as $$
begin
  if exists (select 1 from products where merchant_id = new.id) then
    raise exception 'entity % owns products and must stay a merchant', new.id using errcode = '23514', constraint = 'products_owner_is_merchant';
  end if;
  return new;
end $$;

create trigger entities_kind_with_products before update of kind on entities
  for each row when (old.kind = 'merchant' and new.kind <> 'merchant') execute function entities_keep_merchant_kind();
`;
