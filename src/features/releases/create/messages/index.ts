/**
 * The create wizard's texts, one file per topic (both languages side by side in each). `issue.*` say
 * what is wrong and what to do; they are shown beside fields.
 */
import { defineMessages } from '../../../../i18n/i18n';
import { basicsMessages } from './basics';
import { imagesMessages } from './images';
import { issuesMessages } from './issues';
import { reviewMessages } from './review';
import { servicesMessages } from './services';
import { wizardMessages } from './wizard';

const topics = [
  wizardMessages,
  basicsMessages,
  servicesMessages,
  imagesMessages,
  reviewMessages,
  issuesMessages,
] as const;

type Keys<T> = T extends { 'en-US': Record<infer K, string> } ? K : never;
type CreateKey = Keys<(typeof topics)[number]>;

export const createMessages = defineMessages<CreateKey>({
  'zh-CN': Object.assign({}, ...topics.map((m) => m['zh-CN'])) as Record<CreateKey, string>,
  'en-US': Object.assign({}, ...topics.map((m) => m['en-US'])) as Record<CreateKey, string>,
});

export type CreateMessageKey = CreateKey;
