/**
 * The demo versions of the sandbox's two projects: what each was, when, by whom and how it ended. The
 * seed (`seed.ts`) turns them into versions, images and chart pushes relative to now.
 */
import type { ReleaseSource, ReleaseStatus } from '../../src/api/schemas';

export interface DemoVersion {
  name: string;
  daysAgo: number;
  status: ReleaseStatus;
  source: ReleaseSource;
  env: string;
  labels: string[];
  desc: string;
  by: string;
  /** Service names in the version (default: all). */
  services?: string[];
  /** Service whose image failed (status failed/retrying). */
  failed?: string;
}

export const YAML_VERSIONS: DemoVersion[] = [
  {
    name: 'v1.0.0',
    daysAgo: 160,
    status: 'success',
    source: 'from_env',
    env: 'qa',
    labels: ['GA', '正式发布'],
    desc: '首个正式版本：商城下单、用户注册与登录。',
    by: 'lilian',
  },
  {
    name: 'v1.0.1',
    daysAgo: 152,
    status: 'success',
    source: 'from_env',
    env: 'qa',
    labels: ['hotfix'],
    desc: 'Fix cart total rounding for JPY.',
    by: 'patrick',
    services: ['order-service'],
  },
  {
    name: 'v1.1.0',
    daysAgo: 141,
    status: 'success',
    source: 'from_env',
    env: 'qa',
    labels: ['feature'],
    desc: '新增优惠券与满减活动。',
    by: 'lilian',
  },
  {
    name: 'v1.1.1',
    daysAgo: 133,
    status: 'failed',
    source: 'from_env',
    env: 'dev',
    labels: ['hotfix'],
    desc: 'Hotfix built from a dev branch that was never pushed.',
    by: 'mei',
    services: ['user-service'],
    failed: 'user-service',
  },
  {
    name: 'v1.2.0',
    daysAgo: 121,
    status: 'success',
    source: 'manual',
    env: '',
    labels: ['feature', 'payments'],
    desc: 'Apple Pay and WeChat Pay at checkout.',
    by: 'patrick',
  },
  {
    name: 'v1.3.0',
    daysAgo: 110,
    status: 'success',
    source: 'from_env',
    env: 'qa',
    labels: ['正式发布'],
    desc: '订单服务拆分读写库，提升大促期间吞吐。',
    by: 'zhang.wei',
  },
  {
    name: 'v1.3.1',
    daysAgo: 103,
    status: 'success',
    source: 'from_version',
    env: 'qa',
    labels: ['hotfix', '紧急修复'],
    desc: '修复 v1.3.0 中库存扣减的并发问题。',
    by: 'zhang.wei',
    services: ['order-service'],
  },
  {
    name: 'v1.4.0',
    daysAgo: 92,
    status: 'success',
    source: 'from_env',
    env: 'qa',
    labels: ['feature'],
    desc: 'Order history search and CSV export.',
    by: 'mei',
  },
  {
    name: 'v1.5.0',
    daysAgo: 80,
    status: 'success',
    source: 'from_env',
    env: 'qa',
    labels: ['GA'],
    desc: 'Storefront redesign (new product page, faster images).',
    by: 'lilian',
  },
  {
    name: 'v1.6.0',
    daysAgo: 69,
    status: 'success',
    source: 'from_env',
    env: 'qa',
    labels: ['双十一', 'performance'],
    desc: '双十一大促准备：扩容与限流策略。',
    by: 'zhang.wei',
  },
  {
    name: 'v1.7.0',
    daysAgo: 57,
    status: 'success',
    source: 'manual',
    env: '',
    labels: ['security'],
    desc: 'Rotate session signing keys; stricter password policy.',
    by: 'patrick',
    services: ['user-service', 'storefront'],
  },
  {
    name: 'v1.8.0',
    daysAgo: 44,
    status: 'success',
    source: 'from_env',
    env: 'qa',
    labels: ['feature', '会员'],
    desc: '会员积分与等级体系上线。',
    by: 'mei',
  },
  {
    name: 'v1.9.0',
    daysAgo: 30,
    status: 'success',
    source: 'from_env',
    env: 'qa',
    labels: ['正式发布'],
    desc: 'Monthly release: wishlist, saved addresses, bug fixes.',
    by: 'lilian',
  },
  {
    name: 'v1.9.1',
    daysAgo: 21,
    status: 'failed',
    source: 'from_env',
    env: 'dev',
    labels: ['hotfix'],
    desc: '支付超时热修复：源镜像尚未构建完成（发布镜像后可重试）。',
    by: 'zhang.wei',
    services: ['order-service', 'storefront'],
    failed: 'order-service',
  },
  {
    name: 'v1.10.0',
    daysAgo: 9,
    status: 'success',
    source: 'from_version',
    env: 'qa',
    labels: ['feature'],
    desc: 'Gift cards; based on v1.9.0 with a new storefront build.',
    by: 'mei',
  },
  {
    name: 'v1.10.1',
    daysAgo: 3,
    status: 'success',
    source: 'from_env',
    env: 'qa',
    labels: ['hotfix', '紧急修复'],
    desc: '修复礼品卡余额显示错误。',
    by: 'patrick',
    services: ['storefront'],
  },
  {
    name: 'v1.11.0',
    daysAgo: 0.001,
    status: 'creating',
    source: 'from_env',
    env: 'qa',
    labels: ['正式发布', 'GA'],
    desc: 'Release candidate for the spring campaign (still being created).',
    by: 'lilian',
  },
];
