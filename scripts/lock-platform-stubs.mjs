#!/usr/bin/env node
// The npm registry mirror this project is built against serves only the Linux x64
// builds of @node-rs/jieba, so `npm install` leaves the other platforms' optional
// packages out of package-lock.json and `npm ci` then refuses the lock. This adds
// lock entries for them with their os/cpu, which npm skips on other platforms
// without fetching. Run after `npm install` changes the lock.
import { readFileSync, writeFileSync } from 'node:fs';

const lockPath = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
const parent = lock.packages['node_modules/@node-rs/jieba'];
const PLATFORMS = {
  'android-arm-eabi': ['android', 'arm'],
  'android-arm64': ['android', 'arm64'],
  'darwin-arm64': ['darwin', 'arm64'],
  'darwin-x64': ['darwin', 'x64'],
  'freebsd-x64': ['freebsd', 'x64'],
  'linux-arm-gnueabihf': ['linux', 'arm'],
  'linux-arm64-gnu': ['linux', 'arm64'],
  'linux-arm64-musl': ['linux', 'arm64'],
  'linux-x64-gnu': ['linux', 'x64'],
  'linux-x64-musl': ['linux', 'x64'],
  'win32-arm64-msvc': ['win32', 'arm64'],
  'win32-ia32-msvc': ['win32', 'ia32'],
  'win32-x64-msvc': ['win32', 'x64'],
};
let added = 0;
for (const [name, version] of Object.entries(parent.optionalDependencies ?? {})) {
  const key = `node_modules/${name}`;
  if (lock.packages[key]) continue;
  const [os, cpu] = PLATFORMS[name.replace('@node-rs/jieba-', '')] ?? [];
  if (!os) continue;
  lock.packages[key] = { version, cpu: [cpu], license: 'MIT', optional: true, os: [os], engines: { node: '>= 10' } };
  added++;
}
const sorted = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
lock.packages = sorted;
writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`added ${added} platform entries`);
