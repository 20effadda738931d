/**
 * Product cards by id as one JSON array, in the order asked (issue 15: a search results page
 * hydrates its hits from the database).
 *
 * A results page shows each hit's picture, price tiers, MOQ and unit, stall and merchant — not its
 * descriptions, attributes, other-language titles, carton, HS code or picture list. Reading the whole
 * product (catalog_products_json, migration 031) made the answer of a 20-hit page ~37,000 characters,
 * and most of the server's per-request garbage. `catalog_product_cards_json(ids)` builds the card in
 * its final shape (the `ProductCard` of products.ts: camelCase keys, the stall address formatted
 * as `toProduct` formats it) so the client only parses it; the main image arrives as
 * {id, hash, width, height} and the caller adds its rendition URLs. Only active products; missing
 * or hidden ids are left out. Like 031, a PL/pgSQL function so its plan is kept per session.
 */
export const up = /* sql */ `
create function catalog_product_cards_json(p_ids bigint[]) returns json
  language plpgsql stable set plan_cache_mode = force_generic_plan as $$
begin
  return (
    select coalesce(json_agg(json_build_object(
        'id', p.id,
        'sku', p.sku,
        'merchant', json_build_object('id', e.id, 'nameZh', e.name_zh, 'nameEn', e.name_en),
        'stall', case when s.id is not null and d.no is not null then json_build_object(
            'id', s.id,
            'address', 'D' || d.no || '-F' || s.floor || '-S' || s.street || '-' || s.number,
            'addressZh', d.no || '区' || s.floor || '楼' || s.street || '街' || s.number,
            'market', coalesce(m.code, ''),
            'district', d.no) end,
        'category', json_build_object('code', c.code, 'nameZh', c.name_zh, 'nameEn', c.name_en),
        'titleZh', p.title_zh,
        'titleEn', p.title_en,
        'unit', p.unit,
        'moq', p.moq,
        'currency', p.currency,
        'priceTiers', p.price_tiers,
        'stock', p.stock,
        'mainImage', (select json_build_object('id', i.id, 'hash', i.hash, 'width', i.width, 'height', i.height)
           from product_images i where i.product_id = p.id order by i.position, i.id limit 1)
      ) order by x.n), '[]'::json)
    from unnest(p_ids) with ordinality as x(id, n)
    join products p on p.id = x.id
    join entities e on e.id = p.merchant_id
    join categories c on c.id = p.category_id
    left join stalls s on s.id = p.stall_id
    left join districts d on d.id = s.district_id
    left join markets m on m.id = s.market_id
    where p.status = 'active'
  );
end $$;
`;
