import { defineMessages } from '../../../../i18n/i18n';

/** The request's size against the server's limit (the meter on Services and Review, the 413 answer). */
export const sizeMessages = defineMessages({
  'zh-CN': {
    'size.meter': '请求大小：{size} / {limit}',
    'size.help': '一个版本通过一个请求创建，请求最多 {limit}，其中大部分是各服务的 YAML。',
    'size.near': '接近 {limit} 的上限。',
    'size.over': '超出上限 {over}：精简最大的 YAML，或少纳入一些服务。',
    'size.yaml': 'YAML {size}',
    'size.checking': '正在检查 YAML…',
    'size.show': '查看该服务',
    'size.refused':
      '服务器以“请求过大”（413）拒绝了此请求（{total}）。请精简最大的 YAML（{service}，{size}）后重试。',
  },
  'en-US': {
    'size.meter': 'Request size: {size} of {limit}',
    'size.help': 'A version is created in one request of at most {limit}; most of it is the services’ YAML.',
    'size.near': 'Close to the {limit} limit.',
    'size.over': '{over} over the limit: make the largest YAML smaller or include fewer services.',
    'size.yaml': 'YAML {size}',
    'size.checking': 'Checking the YAML…',
    'size.show': 'Show the service',
    'size.refused':
      'The server refused the request as too large (413, {total}). Make the largest YAML ({service}, {size}) smaller and try again.',
  },
});
