import type { Command } from 'commander';
import { openConfigured, run } from '../context.ts';
import { startSearch } from '../search-setup.ts';
import { normaliseStandardCode } from '../../modules/credit/index.ts';

/** `yiwu search …`: query the market from the terminal, rebuild the index snapshot. */
export function registerSearchCommands(program: Command): void {
  const search = program.command('search').description('search all goods (Chinese, pinyin, English) and manage the search index');
  search
    .command('query')
    .argument('<text...>', 'what to look for, e.g. 保温杯, bwb, "hair clip", 2区3楼21街12345')
    .option('--category <code>', 'category code prefix, e.g. 01 or 010401')
    .option('--standard <code>', 'only products declaring this standard (亮标), e.g. "GB/T 1234-2008"')
    .option('--standard-kind <kind>', 'only products declaring a standard of this kind: national | national_recommended | industry | group | enterprise | any')
    .option('--sort <how>', 'relevance | price_asc | price_desc | newest', 'relevance')
    .option('--limit <n>', 'results to show', '10')
    .description('run a search and print the top results with the total and facets')
    .action((text: string[], o: { category?: string; standard?: string; standardKind?: string; sort: string; limit: string }) =>
      run(async () => {
        const database = await openConfigured();
        const s = await startSearch(database, true);
        const r = s.search({
          text: text.join(' '),
          filters: {
            ...(o.category ? { category: o.category } : {}),
            ...(o.standard ? { standard: normaliseStandardCode(o.standard) } : {}),
            ...(o.standardKind ? { standardKind: o.standardKind as 'any' } : {}),
          },
          sort: o.sort as 'relevance',
          pageSize: Number(o.limit),
        });
        if (r.kind === 'stall')
          process.stdout.write(`stall address: D${r.stallAddress.district}-F${r.stallAddress.floor}-S${r.stallAddress.street}-${r.stallAddress.number}\n`);
        else {
          process.stdout.write(
            `${r.total} products (${r.tookMs.toFixed(1)} ms)${r.interpretation.didYouMean ? `, did you mean: ${r.interpretation.didYouMean}` : ''}\n`,
          );
          for (const h of r.items) process.stdout.write(`  ${String(h.id).padStart(8)}  ${h.score.toFixed(3)}  ${h.titleZh} | ${h.titleEn}\n`);
          const kinds = r.facets?.standardKind.filter((b) => b.key !== 'none') ?? [];
          if (kinds.length > 0) process.stdout.write(`declared standards: ${kinds.map((b) => `${b.key} ${b.count}`).join(', ')}\n`);
        }
        await s.close();
        await database.close();
      }),
    );
  search
    .command('rebuild')
    .description('rebuild the search index from the database and save its snapshot (servers pick up changes on their own)')
    .action(() =>
      run(async () => {
        const database = await openConfigured();
        const { snapshotPath } = await import('../search-setup.ts');
        const { rmSync } = await import('node:fs');
        rmSync(snapshotPath(), { force: true });
        const s = await startSearch(database, true);
        process.stdout.write(`built ${s.startup.docs} products in ${s.startup.seconds.toFixed(1)} s; snapshot ${snapshotPath()}\n`);
        await s.close();
        await database.close();
      }),
    );
}
