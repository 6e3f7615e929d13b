import { defineMessages } from '../../i18n/i18n';

export const errorMessages = defineMessages({
  'zh-CN': {
    'title.bad-request': '服务器拒绝了这个请求',
    'title.conflict': '服务器拒绝了这个请求',
    'title.unauthorized': '需要 API 令牌',
    'title.forbidden': '没有权限',
    'title.not-found': '没有找到',
    'title.no-route': '服务器没有这个接口',
    'title.server': '服务器出错了',
    'title.network': '无法连接服务器',
    'title.timeout': '服务器响应超时',
    'title.invalid-response': '无法理解服务器的响应',
    'title.unknown': '出错了',
    'title.zadig-unreachable': '无法连接 Zadig',
    'text.bad-request': '请根据下方服务器的说明修改后再试。',
    'text.conflict': '请根据下方服务器的说明修改后再试。',
    'text.unauthorized':
      'Zadig 服务器要求有效的 API 令牌。请在 Zadig 的「账号设置」中获取 API 令牌并填入后继续。',
    'text.forbidden': '你的账号没有执行此操作的权限。请联系项目管理员开通权限，或选择其他项目。',
    'text.not-found': '它可能已被删除，或者链接有误。',
    'text.no-route':
      '服务器回答它没有这个接口（而不是没有这个版本）。Zadig 前面的代理可能拦下了请求，或者服务器运行的 Zadig 版本不受支持（需要 v4.0 或更高版本）。',
    'text.server': '服务器暂时无法处理请求，请稍后重试。',
    'text.network': '请检查网络连接后重试。',
    'text.timeout': '请稍后重试；若持续超时，请联系管理员检查 Zadig 服务器。',
    'text.invalid-response':
      '响应的格式与本控制台预期的不一致（位置：{detail}），服务器可能是不受支持的 Zadig 版本。',
    'text.unknown': '请重试；若问题持续，请刷新页面。',
    'text.zadig-unreachable': '控制台的服务器连不上 Zadig。请稍后重试；若问题持续，请告知本控制台的管理员。',
    serverSaid: '服务器说明：{text}',
    serverOriginal: '服务器原文：{text}',
    retry: '重试',
    enterToken: '填写 API 令牌',
    close: '关闭',
  },
  'en-US': {
    'title.bad-request': 'The server refused the request',
    'title.conflict': 'The server refused the request',
    'title.unauthorized': 'An API token is needed',
    'title.forbidden': 'No permission',
    'title.not-found': 'Not found',
    'title.no-route': 'The server has no such route',
    'title.server': 'The server ran into a problem',
    'title.network': 'Cannot reach the server',
    'title.timeout': 'The server took too long to answer',
    'title.invalid-response': "The server's answer could not be understood",
    'title.unknown': 'Something went wrong',
    'title.zadig-unreachable': 'Zadig cannot be reached',
    'text.bad-request': 'Change what the server points out below, then try again.',
    'text.conflict': 'Change what the server points out below, then try again.',
    'text.unauthorized':
      'The Zadig server needs a valid API token. Copy your API token from your Zadig account settings and enter it to continue.',
    'text.forbidden':
      'Your account is not allowed to do this. Ask a project administrator for access, or pick another project.',
    'text.not-found': 'It may have been deleted, or the link is wrong.',
    'text.no-route':
      'The server answered that it has no such route (not that the version does not exist). A proxy in front of Zadig may refuse the request, or the server runs a Zadig version this console does not support (it needs v4.0 or later).',
    'text.server': 'The server could not handle the request right now. Try again in a moment.',
    'text.network': 'Check your network connection, then try again.',
    'text.timeout':
      'Try again in a moment; if it keeps happening, ask an administrator to check the Zadig server.',
    'text.invalid-response':
      'Its shape is not what this console expects (at {detail}); the server may run an unsupported Zadig version.',
    'text.unknown': 'Try again; if it keeps happening, reload the page.',
    'text.zadig-unreachable':
      "The console's server cannot reach Zadig. Try again later; if it keeps happening, tell whoever runs this console.",
    serverSaid: 'The server said: {text}',
    serverOriginal: 'The server said: {text}',
    retry: 'Try again',
    enterToken: 'Enter API token',
    close: 'Close',
  },
});
