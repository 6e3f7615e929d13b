import { defineMessages } from '../../../../i18n/i18n';

/** Step 2, Services: choosing and adding services, their YAML or values and chart versions; the request's size. */
export const servicesMessages = defineMessages({
  'zh-CN': {
    'drop.title': '要移除已有的服务吗？',
    'drop.text':
      '切换后，已有的 {count} 个服务及你对它们所做的修改（YAML、镜像 tag、勾选）将被移除，改为载入新选择的服务。',
    'drop.ok': '切换并移除',
    'drop.cancel': '保留我的服务',
    'services.loading': '正在读取服务…',
    'services.loadFailed': '无法读取服务',
    'services.fromEnv': '环境 {env} 中的服务（默认全选）：取消勾选即不纳入此版本。',
    'services.fromVersion': '版本 {version} 中的服务：取消勾选即不纳入此版本。',
    'services.manual': '从服务模板添加，或手动添加服务。未填写 YAML 的服务将使用模板中的内容。',
    'services.pickFirst': '请先在“基本信息”中选择环境或基础版本。',
    'services.none': '还没有服务。',
    'services.selected': '已选 {count} / {total}',
    'services.addTemplate': '从模板添加',
    'services.addTemplate.placeholder': '选择服务模板',
    'services.addManual': '手动添加服务',
    'services.remove': '移除服务 {service}',
    'services.unnamed': '新服务',
    'services.templateYaml':
      '留空时，服务器使用服务模板 {service} 中的 YAML。在下方粘贴或输入 YAML 即改用你的内容，其中的镜像会列到“镜像与仓库”中。',
    'services.templateYamlUnnamed':
      '留空时，服务器使用与服务同名的服务模板中的 YAML。在下方粘贴或输入 YAML 即改用你的内容，其中的镜像会列到“镜像与仓库”中。',
    'services.images': '{count, plural, =0 {没有镜像} other {# 个镜像}}',
    'field.serviceName': '服务名称',
    'field.yaml.k8s': '{service} 的 YAML',
    'field.yaml.helm': '{service} 的 values',
    'field.chartVersion': 'Chart 版本',
    'field.chartVersion.suggest': '项目中 {chart} 的最新版本为 {latest}，建议 {next}。',
    'field.chartVersion.suggestShared':
      '项目中 {chart} 的最新版本为 {latest}，建议 {next}（此版本有 {count} 个服务使用 {chart}，每个服务各用一个版本）。',
    'field.chartVersion.noHistory': '项目中还没有 {chart} 的 Chart 版本，例如 1.0.0。',
    'field.chartVersion.example': '语义化版本号，例如 1.0.0。',
    'field.chartVersion.use': '使用 {next}',
    'conflict.charts.field': '{chart} {chartVersion} 已由版本 {version} 推送，再次推送会覆盖它。',
    'field.originalChartVersion': '基础版本的 Chart 版本',
    'decided.yaml.env': '创建版本时由环境 {env} 渲染生成',
    'decided.values.env': '创建版本时由环境 {env} 的 values 生成',
    'decided.yaml.version': '复制自版本 {version}',
    'decided.readonly': '这部分由 Zadig 在创建时决定，此处的修改不会生效，因此只读预览。',
    // The request's size against the server's limit (the meter on Services and Review, the 413 answer).
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
    'drop.title': 'Remove the services you have?',
    'drop.text':
      'Switching removes {count, plural, one {the # service} other {the # services}} you have and what you changed in them (YAML, image tags, choices); the new choice loads its own.',
    'drop.ok': 'Switch and remove',
    'drop.cancel': 'Keep my services',
    'services.loading': 'Reading the services…',
    'services.loadFailed': 'Could not read the services',
    'services.fromEnv':
      'Services of environment {env}, all chosen at first: untick one to leave it out of this version.',
    'services.fromVersion': 'Services of version {version}: untick one to leave it out of this version.',
    'services.manual':
      'Add services from the templates or by hand. A service without YAML takes its template’s.',
    'services.pickFirst': 'Choose an environment or a base version under Basics first.',
    'services.none': 'No services yet.',
    'services.selected': '{count} of {total} chosen',
    'services.addTemplate': 'Add from template',
    'services.addTemplate.placeholder': 'Choose a service template',
    'services.addManual': 'Add a service by hand',
    'services.remove': 'Remove service {service}',
    'services.unnamed': 'New service',
    'services.templateYaml':
      'Left empty, the server uses the YAML of service template {service}. Paste or type YAML below to use yours instead; its images are listed under Images & registry.',
    'services.templateYamlUnnamed':
      'Left empty, the server uses the YAML of the service template of the same name. Paste or type YAML below to use yours instead; its images are listed under Images & registry.',
    'services.images': '{count, plural, =0 {no images} one {# image} other {# images}}',
    'field.serviceName': 'Service name',
    'field.yaml.k8s': 'YAML of {service}',
    'field.yaml.helm': 'Values of {service}',
    'field.chartVersion': 'Chart version',
    'field.chartVersion.suggest': 'Latest {chart} in the project is {latest}; suggested {next}.',
    'field.chartVersion.suggestShared':
      'Latest {chart} in the project is {latest}; suggested {next} ({count} services of this version use {chart}; each gets a version of its own).',
    'field.chartVersion.noHistory': 'No {chart} chart version in the project yet; e.g. 1.0.0.',
    'field.chartVersion.example': 'A semantic version, e.g. 1.0.0.',
    'field.chartVersion.use': 'Use {next}',
    'conflict.charts.field':
      '{chart} {chartVersion} was already pushed by version {version}; pushing again overwrites it.',
    'field.originalChartVersion': 'Chart version in the base version',
    'decided.yaml.env': 'Rendered from environment {env} when the version is created',
    'decided.values.env': 'Generated from the values of environment {env} when the version is created',
    'decided.yaml.version': 'Copied from version {version}',
    'decided.readonly':
      'Zadig decides this itself when it creates the version and would drop any edit, so it is shown read-only.',
    // The request's size against the server's limit (the meter on Services and Review, the 413 answer).
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
