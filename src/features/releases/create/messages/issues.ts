import { defineMessages } from '../../../../i18n/i18n';

/** What is wrong and what to do, shown beside the field (keys of `IssueKey` in wizard-schema.ts). */
export const issuesMessages = defineMessages({
  'zh-CN': {
    'issue.nameInvalid':
      '版本名称只能包含字母、数字、“.”“_”“-”，并以字母或数字开头（它会用作镜像 tag 和 Chart 版本）。',
    'issue.tagRequired': '请填写 tag。',
    'issue.nameRequired': '请输入版本名称。',
    'issue.nameTooLong': '版本名称最多 128 个字符，现在多了 {over} 个，请缩短。',
    'issue.nameTaken': '项目中已有同名版本，请换一个名称。',
    'issue.envRequired': '请选择一个环境。',
    'issue.baseRequired': '请选择一个基础版本。',
    'issue.baseGone':
      '要基于的版本 {version} 已不存在（在此期间被删除）：请选择其他基础版本，或换一种来源，不基于已有版本创建。',
    'issue.descriptionTooLong': '描述最多 4096 个字符，现在多了 {over} 个，请缩短。',
    'issue.labelsTooMany': '最多 32 个标签，请删去一些。',
    'issue.labelTooLong': '每个标签最多 64 个字符，请缩短。',
    'issue.servicesRequired': '至少需要一个服务：勾选或添加一个服务。',
    'issue.serviceNameRequired': '请输入服务名称。',
    'issue.serviceNameInvalid': '服务名称只能包含字母、数字、“-”和“_”（项目中服务的名称）。',
    'issue.serviceDuplicate': '服务名称重复，每个服务只能出现一次。',
    'issue.yamlRequired': '此来源需要 YAML 内容，请填写。',
    'issue.yamlInvalid': 'YAML 有语法错误（第 {line} 行），请按编辑器中的标记修正。',
    'issue.yamlChecking': '正在检查 {service} 的 YAML，请稍候。',
    'issue.requestTooLarge':
      '创建请求将达到 {total}，超过 {limit} 的上限，其中此服务的 YAML 占 {size}：请精简它（删去此版本不需要的资源或注释），或不纳入此服务、另建一个版本。',
    'issue.chartVersionRequired': '请填写 Chart 版本。',
    'issue.chartVersionInvalid': 'Chart 版本应为 1.2.3 这样的语义化版本。',
    'issue.chartVersionRepeated':
      '服务 {first} 已把 Chart {chart} 的版本设为 {chartVersion}：同一个 Chart 版本会被推送两次，后一次覆盖前一次。请为此服务填写另一个 Chart 版本。',
    'issue.originalChartVersionRequired': '缺少基础版本的 Chart 版本，请重新选择基础版本。',
    'issue.registryRequired': '请选择目标镜像仓库。',
    'issue.containerRequired': '请填写容器名称。',
    'issue.containerDuplicate': '同一服务中容器名称重复，请修改。',
    'issue.imageNameRequired': '请填写镜像名称。',
    'issue.sourceImageInvalid': '源镜像不是有效的镜像地址（registry/namespace/name）。',
    'issue.tagInvalid': 'tag 只能包含字母、数字、“_”“.”“-”，不能以“.”或“-”开头，且最多 128 个字符。',
    'issue.targetImageInvalid': '目标镜像不是有效的镜像地址（registry/namespace/name）。',
  },
  'en-US': {
    'issue.nameInvalid':
      'A version name may hold only letters, digits, “.”, “_” and “-”, and starts with a letter or digit (it becomes an image tag and a chart version).',
    'issue.tagRequired': 'Enter a tag.',
    'issue.nameRequired': 'Enter a version name.',
    'issue.nameTooLong':
      'A version name has at most 128 characters and this one has {over, plural, one {# character} other {# characters}} too many; shorten it.',
    'issue.nameTaken': 'The project already has a version with this name; choose another name.',
    'issue.envRequired': 'Choose an environment.',
    'issue.baseRequired': 'Choose a base version.',
    'issue.baseGone':
      'Version {version} to start from no longer exists (it was deleted meanwhile): choose another base version, or another source to start without one.',
    'issue.descriptionTooLong':
      'A description has at most 4096 characters and this one has {over, plural, one {# character} other {# characters}} too many; shorten it.',
    'issue.labelsTooMany': 'At most 32 labels; remove some.',
    'issue.labelTooLong': 'A label has at most 64 characters; shorten it.',
    'issue.servicesRequired': 'A version needs at least one service: tick or add one.',
    'issue.serviceNameRequired': 'Enter a service name.',
    'issue.serviceNameInvalid':
      'A service name may hold only letters, digits, “-” and “_” (the name of a service of the project).',
    'issue.serviceDuplicate': 'This service name is listed twice; each service may appear once.',
    'issue.yamlRequired': 'This source needs the YAML; fill it in.',
    'issue.yamlInvalid': 'The YAML has a syntax error (line {line}); fix it where the editor marks it.',
    'issue.yamlChecking': 'The YAML of {service} is still being checked; a moment.',
    'issue.requestTooLarge':
      'The create request would be {total}, over the {limit} limit, and this service’s YAML is {size} of it: make it smaller (remove resources or comments this version does not need), or leave the service out and create it in another version.',
    'issue.chartVersionRequired': 'Enter the chart version.',
    'issue.chartVersionInvalid': 'A chart version looks like 1.2.3 (semantic version).',
    'issue.chartVersionRepeated':
      'Service {first} already gives chart {chart} version {chartVersion}: that chart version would be pushed twice, the second replacing the first. Give this service another chart version.',
    'issue.originalChartVersionRequired':
      'The base version’s chart version is missing; choose the base version again.',
    'issue.registryRequired': 'Choose the target image registry.',
    'issue.containerRequired': 'Enter the container name.',
    'issue.containerDuplicate': 'This container name is used twice in the service; change one.',
    'issue.imageNameRequired': 'Enter the image name.',
    'issue.sourceImageInvalid': 'The source image is not a valid image reference (registry/namespace/name).',
    'issue.tagInvalid':
      'A tag may hold letters, digits, “_”, “.” and “-”, may not start with “.” or “-”, and has at most 128 characters.',
    'issue.targetImageInvalid': 'The target image is not a valid image reference (registry/namespace/name).',
  },
});
