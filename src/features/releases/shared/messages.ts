import { defineMessages } from '../../../i18n/i18n';

export const sharedMessages = defineMessages({
  'zh-CN': {
    'delete.title': '删除版本 {name}？',
    'delete.body': '将删除版本「{name}」。此操作无法撤销。',
    'delete.reasonCreating': '这个版本仍在创建中，删除会中止正在进行的镜像推送。',
    'delete.reasonProduction': '这个版本来自生产环境「{env}」。',
    'delete.reasonUnknown': '无法确认这个版本是否来自生产环境，请谨慎操作。',
    'delete.typeToConfirm': '请输入版本名称 {name} 以确认：',
    'delete.typeLabel': '输入版本名称以确认删除',
    'delete.confirm': '删除',
    'delete.failed': '无法删除版本 {name}',
    'delete.done': '已删除版本 {name}',
    'retry.failed': '无法重试版本 {name}',
    'retry.label': '重试版本 {name}',
    'retry.elsewhere': '版本 {name} 已在别处开始重试，下面显示它的实时状态。',
    'retry.alreadyDone': '版本 {name} 已在别处重试成功。',
    'delete.label': '删除版本 {name}',
    'missing.title': '项目 {project} 不存在',
    'missing.blank': '地址中没有项目名称',
    'missing.text': '服务器上没有这个项目，或者当前令牌无权查看它。请检查地址，或选择另一个项目。',
    'missing.choose': '选择项目',
    'missing.all': '全部项目…',
    'gone.title': '版本 {name} 已被删除',
    'gone.text': '服务器上已没有这个版本（可能在另一个标签页或由其他用户删除）。下方是最后一次读取到的内容。',
    'gone.alreadyDeleted': '{name} 已经被删除（在别处删除），无需再次删除。版本列表已刷新。',
  },
  'en-US': {
    'delete.title': 'Delete version {name}?',
    'delete.body': 'Version “{name}” will be deleted. This cannot be undone.',
    'delete.reasonCreating':
      'This version is still being created; deleting it stops the image pushes in progress.',
    'delete.reasonProduction': 'This version comes from the production environment “{env}”.',
    'delete.reasonUnknown': 'It could not be checked whether this version comes from production: take care.',
    'delete.typeToConfirm': 'Type the version name {name} to confirm:',
    'delete.typeLabel': 'Type the version name to confirm the deletion',
    'delete.confirm': 'Delete',
    'delete.failed': 'Could not delete version {name}',
    'delete.done': 'Version {name} deleted',
    'retry.failed': 'Could not retry version {name}',
    'retry.label': 'Retry version {name}',
    'retry.elsewhere':
      'Version {name} is already being retried (started elsewhere); showing its live status.',
    'retry.alreadyDone': 'Version {name} was already retried elsewhere and has succeeded.',
    'delete.label': 'Delete version {name}',
    'missing.title': 'Project {project} does not exist',
    'missing.blank': 'The address names no project',
    'missing.text':
      'The server has no such project, or this token is not allowed to see it. Check the address, or choose another project.',
    'missing.choose': 'Choose a project',
    'missing.all': 'All projects…',
    'gone.title': 'Version {name} was deleted',
    'gone.text':
      'The server no longer has this version (deleted in another tab or by another user). Below is what was last read.',
    'gone.alreadyDeleted':
      '{name} was already deleted elsewhere; nothing to delete. The list has been refreshed.',
  },
});

/** The list's compare selection (ticks and the bar above the table): on the list's first view. */
export const selectionMessages = defineMessages({
  'zh-CN': {
    compare: '对比',
    compareTwo: '对比所选的两个版本',
    selected: '已选 {count} 个版本',
    selectHint: '勾选两个版本进行对比',
    selectOneMore: '已选 {name}，再勾选一个版本即可对比',
    selectMax: '最多对比两个版本：已选 {names}。要改选 {name}，请先取消其中一个。',
    select: '选择 {name} 用于对比',
    clearSelection: '清除选择',
  },
  'en-US': {
    compare: 'Compare',
    compareTwo: 'Compare the two selected versions',
    selected: '{count} versions selected',
    selectHint: 'Tick two versions to compare them',
    selectOneMore: '{name} selected: tick one more version to compare',
    selectMax: 'Two versions at most: {names} are selected. To choose {name}, untick one of them first.',
    select: 'Select {name} to compare',
    clearSelection: 'Clear selection',
  },
});
