import { defineMessages } from '../../i18n/i18n';

export const authMessages = defineMessages({
  'zh-CN': {
    title: '连接 Zadig：填写 API 令牌',
    intro: 'Zadig 服务器要求验证身份。请填写你的 Zadig API 令牌，之后的请求都会带上它。',
    introChange: '创建、重试和删除版本需要你自己的 Zadig API 令牌，变更将以你的身份进行。请填写令牌以继续。',
    where: '在哪里获取：登录 Zadig，点击右上角头像进入「账号设置」，在「API Token」一栏复制令牌。',
    tokenLabel: 'API 令牌',
    tokenPlaceholder: '粘贴 API 令牌',
    remember: '在此设备上记住',
    rememberHelp: '不勾选时，令牌只保存在当前标签页中，关闭标签页后即被清除。请勿在公用电脑上勾选。',
    privacy: '令牌只发送给本控制台的服务器，由它转发给 Zadig。',
    submit: '连接',
    checking: '正在验证…',
    cancel: '取消',
    'problem.empty': '请粘贴 API 令牌。',
    'problem.spaces': '令牌中不应有空格或换行。请从 Zadig 的「账号设置」重新完整复制。',
    'problem.too-long': '这段文字太长，不像是 API 令牌。请从 Zadig 的「账号设置」重新复制。',
    'problem.characters': '令牌中含有不应出现的字符。请从 Zadig 的「账号设置」重新复制。',
    refused: 'Zadig 拒绝了这个令牌。请确认复制完整、令牌未过期，或在「账号设置」中重新生成后再试。',
    unreachable: '暂时无法验证令牌：{reason}。令牌已保留在输入框中，请稍后再点「连接」。',
    'reason.timeout': 'Zadig 服务器响应超时',
    'reason.network': '无法连接服务器',
    'reason.server': 'Zadig 服务器出错',
    signOut: '退出登录',
    signOutHint: '忘记此浏览器中保存的 API 令牌',
    signedOut: '已退出登录，API 令牌已从此浏览器中清除。',
  },
  'en-US': {
    title: 'Connect to Zadig: API token',
    intro: 'The Zadig server asks who you are. Enter your Zadig API token; requests carry it from now on.',
    introChange:
      'Creating, retrying and deleting versions need your own Zadig API token: the change is made as you. Enter it to go on.',
    where:
      'Where to find it: sign in to Zadig, click your avatar (top right), open Account settings and copy the token under API Token.',
    tokenLabel: 'API token',
    tokenPlaceholder: 'Paste your API token',
    remember: 'Remember on this device',
    rememberHelp:
      'Unticked, the token is kept only in this tab and forgotten when you close it. Do not tick this on a shared computer.',
    privacy: 'The token is sent only to this console’s server, which passes it on to Zadig.',
    submit: 'Connect',
    checking: 'Checking…',
    cancel: 'Cancel',
    'problem.empty': 'Paste your API token.',
    'problem.spaces':
      'A token has no spaces or line breaks. Copy it again, whole, from your Zadig account settings.',
    'problem.too-long':
      'This text is too long to be an API token. Copy it again from your Zadig account settings.',
    'problem.characters':
      'The token contains characters a token never has. Copy it again from your Zadig account settings.',
    refused:
      'Zadig refused this token. Check that you copied all of it and that it has not expired, or create a new one in Account settings.',
    unreachable:
      'The token could not be checked: {reason}. It is still in the box; press Connect again in a moment.',
    'reason.timeout': 'the Zadig server took too long to answer',
    'reason.network': 'the server cannot be reached',
    'reason.server': 'the Zadig server ran into a problem',
    signOut: 'Sign out',
    signOutHint: 'Forget the API token kept in this browser',
    signedOut: 'Signed out: the API token is no longer kept in this browser.',
  },
});
