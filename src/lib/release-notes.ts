/**
 * The text a release engineer pastes into a change request: a comparison as Markdown (services and
 * their image changes, base → head), and one version's image list as Markdown or CSV. Pure; the words
 * come from the caller (the current language).
 */
import type { ReleaseDetail } from '../api/model';
import type { ChangeKind, HeaderDifference, HeaderField, ReleaseComparison } from './compare-releases';
import { byChange } from './compare-releases';
import { withTag } from './image-ref';

export interface NotesWords {
  title: string;
  summary: string;
  header: string;
  services: string;
  service: string;
  change: string;
  image: string;
  source: string;
  target: string;
  chart: string;
  none: string;
  kind: Record<ChangeKind, string>;
  field: Record<HeaderField, string>;
  /** The page's word for a field's value (a type or source code → "From environment"); others as they are. */
  value: (field: HeaderField, value: string) => string;
  /** "label: value" with the language's colon (full-width in Chinese). */
  pair: (label: string, value: string) => string;
  /** The first line, from the title and the names already written as Markdown code. */
  heading: (parts: { title: string; base: string; head: string; project: string }) => string;
}

/** A Markdown table cell: pipes escaped, line breaks and control characters flattened. */
export function mdCell(text: string): string {
  return text
    .replace(/\p{Cc}+/gu, ' ')
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .trim();
}

/**
 * `text` as inline code, shown as written: fenced by more backticks than its longest run of them (and
 * spaced from a backtick at either end), backslashes as they are (code keeps them), and, in a table
 * cell (`cell`), `|` escaped, which GitHub's tables read inside code too.
 */
function code(text: string, cell = false): string {
  if (!text) return '';
  let clean = text.replace(/\p{Cc}+/gu, ' ').trim();
  if (cell) clean = clean.replace(/\|/g, '\\|');
  const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${clean}${pad}${fence}`;
}

function arrow(before: string, after: string, cell = false): string {
  if (before === after) return code(after, cell);
  if (!before) return `→ ${code(after, cell)}`;
  if (!after) return `${code(before, cell)} →`;
  return `${code(before, cell)} → ${code(after, cell)}`;
}

function headerLine(words: NotesWords, d: HeaderDifference): string {
  const shown = (v: string) => (v ? words.value(d.field, v) : '');
  return `- ${words.pair(words.field[d.field], arrow(shown(d.base), shown(d.head)) || words.none)}`;
}

export function comparisonMarkdown(
  comparison: ReleaseComparison,
  names: { project: string; base: string; head: string },
  words: NotesWords,
  summaryLine: string,
): string {
  const heading = words.heading({
    title: mdCell(words.title),
    base: code(names.base),
    head: code(names.head),
    project: mdCell(names.project),
  });
  const lines = [`# ${heading}`, ''];
  lines.push(`${mdCell(summaryLine)}`, '');
  if (comparison.header.length > 0) {
    lines.push(`## ${words.header}`, '', ...comparison.header.map((d) => headerLine(words, d)), '');
  }
  const changed = comparison.services.filter((s) => s.kind !== 'unchanged').sort(byChange);
  lines.push(`## ${words.services}`, '');
  if (changed.length === 0) {
    lines.push(words.none, '');
    return lines.join('\n');
  }
  lines.push(
    `| ${words.service} | ${words.change} | ${words.image} | ${words.source} | ${words.target} |`,
    '|---|---|---|---|---|',
  );
  for (const s of changed) {
    const rows = s.images.filter((i) => i.kind !== 'unchanged');
    const chart =
      s.chartChanged && s.base && s.head
        ? `${words.chart} ${arrow(`${s.base.chartName}@${s.base.chartVersion}`, `${s.head.chartName}@${s.head.chartVersion}`, true)}`
        : '';
    if (rows.length === 0) {
      lines.push(`| ${mdCell(s.serviceName)} | ${words.kind[s.kind]} | ${chart} |  |  |`);
      continue;
    }
    rows.forEach((i, n) => {
      const image = [mdCell(i.key), n === 0 ? chart : ''].filter(Boolean).join('<br>');
      lines.push(
        `| ${mdCell(s.serviceName)} | ${words.kind[i.kind]} | ${image} | ${arrow(i.sourceBase, i.sourceHead, true)} | ${arrow(i.targetBase, i.targetHead, true)} |`,
      );
    });
  }
  lines.push('');
  return lines.join('\n');
}

export interface ImageListWords {
  service: string;
  container: string;
  source: string;
  target: string;
  chart: string;
}

/** One text per column. */
function imageRows(release: Pick<ReleaseDetail, 'services'>): ImageListWords[] {
  return release.services.flatMap((s) => {
    const chart = s.chartName ? `${s.chartName}${s.chartVersion ? `@${s.chartVersion}` : ''}` : '';
    const images = s.images.length > 0 ? s.images : [null];
    return images.map((i) => ({
      service: s.serviceName,
      container: i ? i.containerName || i.imageName : '',
      source: i ? withTag(i.sourceImage, i.sourceImageTag) : '',
      target: i ? withTag(i.targetImage, i.targetImageTag) : '',
      chart,
    }));
  });
}

export function imageListMarkdown(
  release: Pick<ReleaseDetail, 'name' | 'services' | 'type'>,
  words: ImageListWords,
): string {
  const helm = release.type === 'HelmChart';
  const head = [words.service, words.container, words.source, words.target, ...(helm ? [words.chart] : [])];
  const lines = [
    `# ${code(release.name)}`,
    '',
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
  ];
  for (const r of imageRows(release)) {
    const cells = [mdCell(r.service), mdCell(r.container), code(r.source, true), code(r.target, true)];
    if (helm) cells.push(code(r.chart, true));
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * A CSV cell (RFC 4180 quoting). A cell that a spreadsheet would run as a formula (=, +, -, @, tab,
 * CR) is prefixed with a quote character.
 */
export function csvCell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function imageListCsv(
  release: Pick<ReleaseDetail, 'services' | 'type'>,
  words: ImageListWords,
): string {
  const helm = release.type === 'HelmChart';
  const head = [words.service, words.container, words.source, words.target, ...(helm ? [words.chart] : [])];
  const rows = imageRows(release).map((r) => [
    r.service,
    r.container,
    r.source,
    r.target,
    ...(helm ? [r.chart] : []),
  ]);
  return [head, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
