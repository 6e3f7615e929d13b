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
    'delete.checking': '正在检查版本 {name}…',
    'retry.failed': '无法重试版本 {name}',
    'retry.label': '重试版本 {name}',
    'retry.elsewhere': '版本 {name} 已在别处开始重试，下面显示它的实时状态。',
    'retry.alreadyDone': '版本 {name} 已在别处重试成功。',
    'delete.label': '删除版本 {name}',
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
    'delete.checking': 'Checking version {name}…',
    'retry.failed': 'Could not retry version {name}',
    'retry.label': 'Retry version {name}',
    'retry.elsewhere':
      'Version {name} is already being retried (started elsewhere); showing its live status.',
    'retry.alreadyDone': 'Version {name} was already retried elsewhere and has succeeded.',
    'delete.label': 'Delete version {name}',
  },
});
