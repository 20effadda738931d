/** Response schemas of /api/search (see src/http/responses.ts for how they are checked). */
import { z } from 'zod';
import type { CategoryFacetNode, QueryInterpretation, SearchFacets, SearchHit, SearchStats, Suggestion } from '../modules/search/index.ts';
import type { LiveSearch } from '../modules/search/index.ts';
import { ProductCard } from './responses.ts';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const same = <A, B>(_proof: Same<A, B>): void => {};
const int = () => z.number().int();

const Range = z.tuple([int(), int()]).meta({ description: '[start, end) offsets (UTF-16 code units) of a match in the title' });
export const SearchHitSchema = z.object({
  id: int(),
  score: z.number(),
  titleZh: z.string(),
  titleEn: z.string(),
  highlights: z.object({ titleZh: z.array(Range), titleEn: z.array(Range) }),
  creditClass: z.enum(['A', 'B', 'C', 'D']).optional().meta({ description: "The merchant's credit class (credit data centre)" }),
  missingWords: z
    .array(z.string())
    .optional()
    .meta({ description: 'Only in a partial answer (interpretation.partial): the words of the query this product does not contain' }),
});
export const CategoryFacet: z.ZodType<CategoryFacetNode> = z
  .object({ code: z.string(), count: int(), children: z.array(z.lazy(() => CategoryFacet)).optional() })
  .meta({ id: 'CategoryFacet' });
const bucket = <K extends z.ZodType>(key: K) => z.array(z.object({ key, count: int() }));
export const Facets = z
  .object({
    category: z.array(CategoryFacet),
    priceBand: bucket(z.string()),
    moqBand: bucket(z.string()),
    district: bucket(int()),
    creditClass: bucket(z.enum(['A', 'B', 'C', 'D', 'none'])),
    standardKind: bucket(z.enum(['national', 'national_recommended', 'industry', 'group', 'enterprise', 'none'])).meta({
      description: 'Products per kind of declared standard (亮标); a product declaring several kinds counts in each; none = declares no standard',
    }),
    standard: bucket(z.string()).meta({ description: 'The most declared standard numbers (up to 30, plus the one filtered on), by count' }),
  })
  .meta({ id: 'SearchFacets' });
export const Interpretation = z.object({
  groups: z.array(
    z.object({
      input: z.string(),
      terms: z.array(
        z.object({
          term: z.string(),
          via: z.enum(['exact', 'stem', 'synonym', 'translation', 'pinyin', 'initials', 'typo', 'concept', 'part']),
          weight: z.number(),
        }),
      ),
    }),
  ),
  didYouMean: z.string().optional(),
  relaxed: z.boolean(),
  partial: z
    .object({
      total: int().meta({ description: 'Products matching at least one of the words, with the filters' }),
      matchedWords: z.array(z.string()).meta({ description: 'Words (as typed) the best partial match contains' }),
      missingWords: z.array(z.string()).meta({ description: 'Words it lacks' }),
    })
    .optional()
    .meta({
      description:
        'Set when no product has all the words: the items are partial matches ranked by the number of words matched; `total` (exact matches) stays 0. Show e.g. "no exact match; showing goods that match 保温杯".',
    }),
});
same<z.output<typeof SearchHitSchema>, SearchHit>(true);
same<z.output<typeof Facets>, SearchFacets>(true);
same<z.output<typeof Interpretation>, QueryInterpretation>(true);

const Results = z.object({
  kind: z.literal('results'),
  total: int(),
  page: int(),
  pageSize: int(),
  items: z.array(SearchHitSchema.extend({ product: ProductCard })),
  facets: Facets.optional(),
  interpretation: Interpretation,
  tookMs: z.number(),
});
const StallAnswer = z.object({
  kind: z.literal('stall'),
  stall: z.object({ id: int(), address: z.string(), addressZh: z.string(), shopNameZh: z.string().nullable(), shopNameEn: z.string().nullable() }).nullable(),
  address: z.string().optional().meta({ description: 'The address understood, when no stall has it' }),
});
/** Either results, or (when the query is a stall address) that stall. */
export const SearchAnswer = z.discriminatedUnion('kind', [Results, StallAnswer]).meta({ id: 'SearchAnswer' });

export const SuggestionSchema = z.object({ text: z.string(), via: z.enum(['zh', 'en', 'pinyin', 'initials']), count: int() }).meta({ id: 'Suggestion' });
same<z.output<typeof SuggestionSchema>, Suggestion>(true);

export const SearchStatsSchema = z
  .object({
    docs: int(),
    deltaDocs: int(),
    deletedDocs: int(),
    terms: int(),
    postings: int(),
    memoryBytes: z.number(),
    memory: z.record(z.string(), z.number()),
    lastChange: z.number(),
    startup: z.object({ source: z.enum(['snapshot', 'build']), seconds: z.number(), docs: int() }),
    building: z
      .object({ done: int(), total: int(), etaSeconds: z.number().nullable() })
      .optional()
      .meta({ description: 'Present while a first start builds the index in the background: products indexed so far and the seconds left at the rate so far' }),
  })
  .meta({ id: 'SearchStats' });
same<z.output<typeof SearchStatsSchema>, ReturnType<LiveSearch['stats']>>(true);
same<Pick<z.output<typeof SearchStatsSchema>, keyof SearchStats>, SearchStats>(true);
