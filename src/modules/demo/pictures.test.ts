import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PRODUCT_KINDS } from '../catalog/index.ts';
import { ALL_ICONS, kindIcon } from './picture-icons.ts';
import { loadIconSet, productColour } from './pictures.ts';

const set = loadIconSet();

test('every product kind maps to an icon that exists in Fluent Emoji Flat; kinds are told apart', { skip: !set && 'icon set not installed' }, () => {
  for (const icon of ALL_ICONS) assert.ok(set!.icons[icon] || set!.aliases?.[icon], `icon ${icon} is in the set`);
  assert.equal(kindIcon({ en: 'thermos cup', category: '130301' }), 'hot-beverage');
  assert.equal(kindIcon({ en: 'teddy bear', category: '020101' }), 'teddy-bear');
  assert.equal(kindIcon({ en: 'folding umbrella', category: '080101' }), 'closed-umbrella');
  assert.equal(kindIcon({ en: 'something new', category: '250101' }), 'mobile-phone', 'unknown kinds fall back to their top category');
  const distinct = new Set(PRODUCT_KINDS.map(kindIcon));
  assert.ok(distinct.size >= 150, `${distinct.size} different icons over ${PRODUCT_KINDS.length} kinds`);
});

test('the colour of a product comes from its colour attribute, else a colour word in its title', () => {
  assert.equal(productColour({ colour: 'crystal clear' }, 'Red Mug'), 'red');
  assert.equal(productColour({ colour: 'black' }, 'Red Mug'), 'black');
  assert.equal(productColour({}, 'Cartoon Pink Plush Toy'), 'pink');
  assert.equal(productColour({}, 'Plush Toy'), '');
});
