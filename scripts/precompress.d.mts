import type { Plugin } from 'vite';

/** Writes `.br` and `.gz` beside each compressible file of `dir`; returns how many files it compressed. */
export function precompressDir(dir: string): number;

/** The Vite plugin: compresses the output directory once the bundle is written. */
export function precompress(): Plugin;
