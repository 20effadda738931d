#!/usr/bin/env node
// The `yiwu` command: runs the TypeScript sources through tsx's loader.
import { followParent, runWithHugePages } from './huge-pages.js';

if (!runWithHugePages()) {
  followParent();
  const { register } = await import('tsx/esm/api');
  register();
  // garbage collected before it piles up (why: src/core/heap.ts)
  const { tightenHeap } = await import('../src/core/heap.ts');
  tightenHeap();
  await import('../src/cli/main.ts');
}
