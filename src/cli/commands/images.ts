import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { SYSTEM } from '../../core/auth/index.ts';
import { invalid } from '../../core/errors.ts';
import { images, type ProductImage } from '../../modules/catalog/index.ts';
import { fileAccessError, openConfigured, run } from '../context.ts';
import type { Database } from '../../core/db/database.ts';

const id = (v: string, what: string): number => {
  if (!/^\d{1,15}$/.test(v)) throw invalid(`${what} must be a number, not ${JSON.stringify(v)}`);
  return Number(v);
};

function print(list: ProductImage[]): void {
  if (list.length === 0) process.stdout.write('no pictures\n');
  list.forEach((p, i) => process.stdout.write(`${p.id}\t${i === 0 ? 'main' : `#${i + 1}`}\t${p.width}×${p.height}\t${p.renditions.at(-1)!.url}\n`));
}

async function withDatabase(fn: (database: Database) => Promise<void>): Promise<void> {
  const database = await openConfigured();
  try {
    await fn(database);
  } finally {
    await database.close();
  }
}

/** `yiwu images …`: a product's pictures from the terminal (acts as the operator; docs/media.md). */
export function registerImageCommands(program: Command): void {
  const cmd = program.command('images').description("a product's pictures: add, list, order, main, remove (stored in ./data/media, MEDIA_DIR or S3)");
  cmd
    .command('add <productId> <file...>')
    .description('add JPEG, PNG or WebP files to a product (judged by content; metadata stripped; WebP renditions made)')
    .action((productId: string, files: string[]) =>
      run(() =>
        withDatabase(async (database) => {
          const pid = id(productId, 'productId');
          let list: ProductImage[] = [];
          for (const file of files) {
            const bytes = await readFile(file).catch((e: unknown) => {
              throw fileAccessError(file, e);
            });
            list = await images.addProductImage(database.db, images.mediaStore(database), SYSTEM, pid, bytes, basename(file));
            process.stdout.write(`added ${file}\n`);
          }
          print(list);
        }),
      ),
    );
  cmd
    .command('list <productId>')
    .description("list a product's pictures, main first")
    .action((productId: string) =>
      run(() => withDatabase(async (database) => print(await images.listProductImages(database.db, SYSTEM, id(productId, 'productId'))))),
    );
  cmd
    .command('main <productId> <imageId>')
    .description('make a picture the main one')
    .action((productId: string, imageId: string) =>
      run(() =>
        withDatabase(async (database) => print(await images.setMainProductImage(database.db, SYSTEM, id(productId, 'productId'), id(imageId, 'imageId')))),
      ),
    );
  cmd
    .command('order <productId> <imageId...>')
    .description("put a product's pictures in this order (every picture once; the first is the main one)")
    .action((productId: string, ids: string[]) =>
      run(() =>
        withDatabase(async (database) =>
          print(await images.reorderProductImages(database.db, SYSTEM, id(productId, 'productId'), { imageIds: ids.map((v) => id(v, 'imageId')) })),
        ),
      ),
    );
  cmd
    .command('remove <productId> <imageId>')
    .description('remove a picture from a product')
    .action((productId: string, imageId: string) =>
      run(() =>
        withDatabase(async (database) =>
          print(await images.deleteProductImage(database.db, images.mediaStore(database), SYSTEM, id(productId, 'productId'), id(imageId, 'imageId'))),
        ),
      ),
    );
}
