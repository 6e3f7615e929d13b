/**
 * The wizard's validation issues: a key of the wizard's message catalogue and the params that say which
 * service or image it is about, carried in a field error's message (react-hook-form keeps only text).
 */
export type IssueKey =
  | 'nameRequired'
  | 'nameTooLong'
  | 'nameInvalid'
  | 'nameTaken'
  | 'envRequired'
  | 'baseRequired'
  | 'baseGone'
  | 'descriptionTooLong'
  | 'labelsTooMany'
  | 'labelTooLong'
  | 'servicesRequired'
  | 'serviceNameRequired'
  | 'serviceNameInvalid'
  | 'serviceDuplicate'
  | 'yamlRequired'
  | 'yamlInvalid'
  | 'yamlChecking'
  | 'requestTooLarge'
  | 'chartVersionRequired'
  | 'chartVersionInvalid'
  | 'chartVersionRepeated'
  | 'originalChartVersionRequired'
  | 'registryRequired'
  | 'containerRequired'
  | 'containerDuplicate'
  | 'imageNameRequired'
  | 'sourceImageInvalid'
  | 'tagRequired'
  | 'tagInvalid'
  | 'targetImageInvalid';

export interface IssueParams {
  service?: string;
  container?: string;
  line?: number;
  /** A chart, a version of it, and the service that gives it that version first. */
  chart?: string;
  chartVersion?: string;
  first?: string;
  /** A version's name (the base version the server no longer has). */
  version?: string;
  /** Characters over a length limit. */
  over?: number;
  /** Sizes, formatted (`12.3 MB`): the whole request, this service's YAML, the limit. */
  total?: string;
  size?: string;
  limit?: string;
}

/** Field errors carry the issue key and its params in the message (react-hook-form keeps only text). */
export function encodeIssue(key: IssueKey, params: IssueParams = {}): string {
  return Object.keys(params).length > 0 ? `${key}|${JSON.stringify(params)}` : key;
}

export function decodeIssue(message: string): { key: string; params: IssueParams } {
  const bar = message.indexOf('|');
  if (bar < 0) return { key: message, params: {} };
  try {
    return { key: message.slice(0, bar), params: JSON.parse(message.slice(bar + 1)) as IssueParams };
  } catch {
    return { key: message.slice(0, bar), params: {} };
  }
}
