/**
 * Chinese texts use full-width punctuation (？！，；：（）) — never an ASCII "?" ending a dialog title,
 * nor ASCII punctuation against a Chinese character — in every catalogue of the app.
 */
import { describe, expect, it } from 'vitest';
import type { Catalogue } from './i18n';

const modules = import.meta.glob<Record<string, unknown>>(
  ['/src/**/*messages.ts', '/src/i18n/common.ts', '/src/features/releases/shared/values-keys.tsx'],
  { eager: true },
);

function catalogues(): Array<[string, Catalogue<string>]> {
  const out: Array<[string, Catalogue<string>]> = [];
  for (const [file, mod] of Object.entries(modules)) {
    for (const [name, value] of Object.entries(mod)) {
      if (value && typeof value === 'object' && 'zh-CN' in value && 'en-US' in value)
        out.push([`${file}#${name}`, value as Catalogue<string>]);
    }
  }
  return out;
}

const HAN = '[\\u3400-\\u9fff\\u3000-\\u303f\\uff00-\\uffef]';
const ASCII_AFTER_HAN = new RegExp(`${HAN}[?!,;:()]`);
const ASCII_BEFORE_HAN = new RegExp(`[?!,;(]\\s*${HAN}`);

describe('Chinese punctuation', () => {
  it('finds the catalogues', () => {
    expect(catalogues().length).toBeGreaterThan(10);
  });

  it('uses full-width punctuation in every Chinese text', () => {
    const wrong: string[] = [];
    for (const [where, catalogue] of catalogues()) {
      for (const [key, text] of Object.entries(catalogue['zh-CN'])) {
        // Plural and placeholder syntax aside, an ASCII ? or ! never belongs in a Chinese text.
        const plain = text.replace(/\{[^{}]*\}/g, '');
        if (/[?!]/.test(plain) || ASCII_AFTER_HAN.test(text) || ASCII_BEFORE_HAN.test(text))
          wrong.push(`${where} ${key}: ${text}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('ends questions (dialog titles) in a full-width question mark', () => {
    const questions: string[] = [];
    for (const [, catalogue] of catalogues()) {
      for (const [key, text] of Object.entries(catalogue['en-US'])) {
        if (text.trim().endsWith('?')) questions.push(catalogue['zh-CN'][key] ?? '');
      }
    }
    expect(questions.length).toBeGreaterThan(0);
    for (const zh of questions) expect(zh).toMatch(/？$/);
  });

  it('joins a label and its value with a full-width colon', () => {
    const common = catalogues().find(([where]) => where.endsWith('common.ts#commonMessages'))![1];
    expect(common['zh-CN'].pair).toBe('{label}：{value}');
  });
});
