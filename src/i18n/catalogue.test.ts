/**
 * Rules over every message catalogue of the app (src/**\/*messages.ts, src/**\/messages/*.ts,
 * src/i18n/common.ts, the values-keys catalogue): the same keys in both languages, full-width
 * punctuation in Chinese (？！，；：（）, never an ASCII "?" ending a dialog title, nor ASCII punctuation
 * against a Chinese character), one spelling per term, and every version status in words.
 */
import { describe, expect, it } from 'vitest';
import { RELEASE_STATUSES } from '../api/constants';
import { commonMessages } from './common';
import type { Catalogue } from './i18n';

const modules = import.meta.glob<Record<string, unknown>>(
  [
    '/src/**/*messages.ts',
    '/src/**/messages/*.ts',
    '/src/i18n/common.ts',
    '/src/features/releases/shared/values-keys.tsx',
  ],
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

function texts(locale: 'zh-CN' | 'en-US'): Array<[string, string]> {
  return catalogues().flatMap(([where, c]) =>
    Object.entries(c[locale]).map(([key, text]) => [`${where} ${key}`, text] as [string, string]),
  );
}

const HAN = '[\\u3400-\\u9fff\\u3000-\\u303f\\uff00-\\uffef]';
const ASCII_AFTER_HAN = new RegExp(`${HAN}[?!,;:()]`);
const ASCII_BEFORE_HAN = new RegExp(`[?!,;(]\\s*${HAN}`);

describe('message catalogues', () => {
  it('are all found', () => {
    expect(catalogues().length).toBeGreaterThan(10);
  });

  it('define the same keys in both languages', () => {
    const mismatched = catalogues()
      .filter(([, c]) => Object.keys(c['zh-CN']).sort().join() !== Object.keys(c['en-US']).sort().join())
      .map(([where]) => where);
    expect(mismatched).toEqual([]);
  });

  it('use no half-width ? ! : in Chinese text (outside placeholders)', () => {
    const wrong = texts('zh-CN').filter(([, text]) => {
      const plain = text.replace(/\{[^{}]*(\{[^{}]*\}[^{}]*)*\}/g, '').replace(/https?:\/\/\S+/g, '');
      return /[?!]/.test(plain) || /[\u3400-\u9fff]\s*:|:\s*[\u3400-\u9fff]/.test(plain);
    });
    expect(wrong).toEqual([]);
  });

  it('spell each term one way', () => {
    const en = texts('en-US');
    const zh = texts('zh-CN');
    expect(en.filter(([, t]) => /Helm Chart/.test(t))).toEqual([]); // "Helm chart"
    expect(zh.filter(([, t]) => /Helm chart/.test(t))).toEqual([]); // "Helm Chart"
    expect(en.filter(([, t]) => /From an environment/i.test(t))).toEqual([]); // "From environment"
    expect(zh.filter(([, t]) => /从环境创建/.test(t))).toEqual([]); // "从环境"
    expect(en.filter(([, t]) => /\(there are \{/.test(t))).toEqual([]);
  });

  it('has words for every version status, in both languages', () => {
    for (const status of RELEASE_STATUSES) {
      const key = `status.${status}` as keyof (typeof commonMessages)['en-US'];
      expect(commonMessages['en-US'][key], status).toBeTruthy();
      expect(commonMessages['zh-CN'][key], status).toMatch(/[\u3400-\u9fff]/);
      expect(commonMessages['en-US'][key]).not.toBe(status); // never the raw lowercase word
    }
  });

  it('use full-width punctuation next to Chinese characters', () => {
    const wrong = texts('zh-CN').filter(([, text]) => {
      // Plural and placeholder syntax aside, an ASCII ? or ! never belongs in a Chinese text.
      const plain = text.replace(/\{[^{}]*\}/g, '');
      return /[?!]/.test(plain) || ASCII_AFTER_HAN.test(text) || ASCII_BEFORE_HAN.test(text);
    });
    expect(wrong).toEqual([]);
  });

  it('end questions (dialog titles) in a full-width question mark', () => {
    const questions: string[] = [];
    for (const [, catalogue] of catalogues()) {
      for (const [key, text] of Object.entries(catalogue['en-US'])) {
        if (text.trim().endsWith('?')) questions.push(catalogue['zh-CN'][key] ?? '');
      }
    }
    expect(questions.length).toBeGreaterThan(0);
    for (const zh of questions) expect(zh).toMatch(/？$/);
  });

  it('join a label and its value with a full-width colon', () => {
    const common = catalogues().find(([where]) => where.endsWith('common.ts#commonMessages'))![1];
    expect(common['zh-CN'].pair).toBe('{label}：{value}');
  });
});
